"""Ranges, shares of a whole and units written once are joined; scores are not ranges."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from tests.claims.reading import one


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Prices are expected to rise between 5 and 7 percent.", 5.0, 7.0, "percent"),
        ("Rents climbed 5-7% in the capital.", 5.0, 7.0, "percent"),
        ("The fire displaced 5 to 7 million people.", 5e6, 7e6, "count"),
        ("Shares are priced at between $62 and $68 per share.", 62.0, 68.0, "USD_per_share"),
        ("Thousands of residents were evacuated.", 1e3, 1e4, "count"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert (q["value_low"], q["value_high"], q["unit"]) == (pytest.approx(low), pytest.approx(high), unit)
    assert low <= q["value"] <= high


def test_a_unit_given_once_carries_to_the_number_that_shares_it() -> None:
    found = extract_quantities("Fuel economy climbed from about 14-18 mpg to 23 for the new model.")
    assert [(q["value"], q["unit"]) for q in found] == [(16.0, "mile_per_gallon"), (23.0, "mile_per_gallon")]
    # with single ends, "from A ... to B" is one span (as NewsQuant annotates it), its unit given once
    found = extract_quantities("Fuel economy climbed from 21 mpg combined to 23 for the new model.")
    assert [(q["value_low"], q["value_high"], q["unit"]) for q in found] == [(21.0, 23.0, "mile_per_gallon")]
    found = extract_quantities("He has raised 280 million of the 1.5 billion shekels he needs.")
    assert [q["unit"] for q in found] == ["ILS", "ILS"]


def test_a_move_and_a_far_larger_level_are_not_a_range() -> None:
    found = extract_quantities("Jobless claims increased 12,000 to 230,000 last week.")
    assert [(q["value"], q["value_low"], q["change"]) for q in found] == [(12000.0, None, "up"), (230000.0, None, "=")]
    found = extract_quantities("Prices rose 2 to 3 percent.")
    assert [(q["value_low"], q["value_high"], q["unit"]) for q in found] == [(2.0, 3.0, "percent")]


def test_percentage_point_abbreviations() -> None:
    found = extract_quantities("The jobless rate fell by 0.2 ppt to 4.3%.")
    assert [(q["value"], q["unit"], q["change"]) for q in found] == [
        (0.2, "percentage_point", "down"),
        (4.3, "percent", "="),
    ]


def test_a_suspended_hyphen_range() -> None:
    found = extract_quantities("It is a 10- to 15-minute walk from the station.")
    assert [(q["value_low"], q["value_high"], q["unit"]) for q in found] == [(10.0, 15.0, "minute")]


def test_how_often_is_a_rate_and_times_per_share_earnings_is_not_a_ratio() -> None:
    found = extract_quantities("The trains run four times a week.")
    assert [(q["surface"], q["unit"]) for q in found] == [("four times a week", "count_per_week")]
    assert [q["unit"] for q in extract_quantities("It is ten times bigger.")] == ["ratio"]
