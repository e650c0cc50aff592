"""Shared by the claims tests: read a text that must hold exactly one quantity; the metric of a figure in a
sentence."""

from __future__ import annotations

from pipeline.claims import extract_quantities
from pipeline.claims.metrics import find_metric


def one(text: str) -> dict:
    """The single quantity of ``text`` (fails, showing what was found, when there are none or several)."""
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def metric_of(sentence: str, surface: str, unit: str = "USD", change: str = "=", noun: str | None = None) -> str | None:
    """The metric ``find_metric`` gives the first ``surface`` of ``sentence``."""
    start = sentence.index(surface)
    return find_metric(sentence, start, start + len(surface), unit, change, noun)
