"""Shared by the quantity tests: read a text that must hold exactly one quantity."""

from __future__ import annotations

from pipeline.claims import extract_quantities


def one(text: str) -> dict:
    """The single quantity of ``text`` (fails, showing what was found, when there are none or several)."""
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]
