"""Shared by the claims tests: read a text that must hold exactly one quantity; the metric of a figure in a
sentence; the claims of one article and a field of one of them."""

from __future__ import annotations

import pandas as pd

from pipeline.claims import extract_claims, extract_quantities
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


def claims_of(text: str, entities: list[dict], published: pd.Timestamp | None = None) -> pd.DataFrame:
    """The claims of one article with these entities (undated unless ``published`` is given)."""
    frame = pd.DataFrame(
        [("t1", text, published, entities)], columns=["article_id", "text", "published_at", "entities"]
    )
    return extract_claims(frame)


def field(claims: pd.DataFrame, surface: str, name: str) -> object:
    """One field of the single claim with this surface (None for a missing value)."""
    hits = claims[claims["surface"] == surface]
    assert len(hits) == 1, claims["surface"].tolist()
    value = hits.iloc[0][name]
    return None if value is None or (isinstance(value, float) and value != value) else value
