"""Figures that repeat or precede the claim: a unit conversion in brackets, and the level a move started from."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import extract_claims

PUB = pd.Timestamp("2026-03-09", tz="UTC")
ENTITIES = [{"text": "Halden Water", "label": "ORG", "count": 2}, {"text": "Norvik", "label": "GPE", "count": 1}]


def _keys(text: str) -> dict[str, str]:
    claims = extract_claims(
        pd.DataFrame({"article_id": ["a"], "text": [text], "published_at": [PUB], "entities": [ENTITIES]})
    )
    return dict(zip(claims["surface"], claims["claim_key"]))


@pytest.mark.parametrize(
    ("text", "original", "converted"),
    [
        ("Halden Water's new tunnel runs at a depth of about 14 km (8.7 miles) under Norvik.", "14 km", "8.7 miles"),
        ("Halden Water said the reservoir reached 31.5C (88.7F) on Sunday.", "31.5C", "88.7F"),
        ("Halden Water cut its emissions to 1,200 tonnes (1,323 tons) last year.", "1,200 tonnes", "1,323 tons"),
    ],
)
def test_a_bracketed_conversion_into_another_unit_is_no_claim_of_its_own(
    text: str, original: str, converted: str
) -> None:
    keys = _keys(text)
    assert not keys[original].startswith("claim:")
    assert keys[converted].startswith("claim:")


def test_two_figures_in_one_unit_family_but_not_a_conversion_both_stay() -> None:
    keys = _keys("Halden Water's first well reached a depth of 14 km, and its second, dug in May, a depth of 9 miles.")
    assert not keys["14 km"].startswith("claim:") and not keys["9 miles"].startswith("claim:")


@pytest.mark.parametrize(
    ("text", "now", "before"),
    [
        ("Halden Water said its customers rose to 41,200 in February, up from 38,050.", "41,200", "38,050"),
        ("Halden Water raised its repair budget to £48m from the £35m it set aside in 2025.", "£48m", "£35m"),
        ("Halden Water now has 2,150 staff, down from 2,400.", "2,150", "2,400"),
    ],
)
def test_the_level_a_move_started_from_is_keyed_apart_from_the_level_now(text: str, now: str, before: str) -> None:
    keys = _keys(text)
    assert "@previous" not in keys[now]
    assert "@previous|" in keys[before]


def test_a_year_ago_baseline_is_dated_not_qualified() -> None:
    keys = _keys("Halden Water's revenue rose to £412m from £380m a year earlier.")
    assert "@previous" not in keys["£380m"]


def test_from_naming_a_source_or_a_span_is_no_previous_level() -> None:
    keys = _keys("Halden Water said it drew 60% of its water from 12 reservoirs across Norvik.")
    assert all("@previous" not in key for key in keys.values())
