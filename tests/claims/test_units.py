"""Units have a dimension and a factor, so clusters compare like with like."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from pipeline.claims.units import dimension_of, unit_info


def test_money_dimensions_are_the_currency() -> None:
    assert dimension_of("USD") == "USD"
    assert dimension_of("EUR") != dimension_of("USD")
    assert unit_info("GBX").base == "GBP" and unit_info("GBX").factor == 0.01


def test_percent_and_percentage_points_never_share_a_dimension() -> None:
    assert dimension_of("percent") != dimension_of("percentage_point")
    assert dimension_of("basis_point") == "percentage_point"


def test_lengths_convert_to_metres() -> None:
    assert unit_info("mile").factor == pytest.approx(1609.344)
    assert dimension_of("kilometre") == dimension_of("mile") == "length"


def test_compound_money_units_are_their_own_dimension() -> None:
    assert dimension_of("USD_per_share") == "USD_per_share"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The fare is 10 US dollar for adults.", 10.0, "USD"),
        ("The ticket cost 100 Chinese yuan.", 100.0, "CNY"),
        ("Nokia paid 420 million Finnish markka for the cable maker.", 420e6, "FIM"),
        ("The board declared a 12-cent-a-share dividend.", 0.12, "USD_per_share"),
        ("It was 6 deg c at dawn.", 6.0, "degree_celsius"),
        ("Water boils at 212 degree fahrenheit.", 212.0, "degree_fahrenheit"),
        ("The patient is a 64 yo man.", 64.0, "year"),
        ("The suspect, aged 43, was arrested on Friday.", 43.0, "year"),
        ("She retired at the age of 70.", 70.0, "year"),
        ("The stock trades at 12 times forward earnings.", 12.0, "ratio"),
        ("It takes more than 10 1/2 miles of cable.", 10.5, "mile"),
        ("The bonds pay 7 3/4% interest.", 7.75, "percent"),
    ],
)
def test_more_unit_surfaces(text: str, value: float, unit: str) -> None:
    found = extract_quantities(text)
    assert len(found) == 1, found
    assert (found[0]["value"], found[0]["unit"]) == (pytest.approx(value), unit)


def test_marks_in_a_test_are_not_money() -> None:
    assert extract_quantities("She scored 20 marks in the test.")[0]["unit"] == "count"


def test_stock_index_levels_are_points() -> None:
    found = extract_quantities("The Nasdaq closed at 13,000.25, while the S&P 500 ended at 4,120.")
    assert [(q["value"], q["unit"]) for q in found] == [(13000.25, "point"), (4120.0, "point")]
    found = extract_quantities("The index company sold 300 units to 450 clients.")
    assert [q["unit"] for q in found] == ["count", "count"]


def test_a_height_in_feet_and_inches_is_not_a_range() -> None:
    found = extract_quantities("The 6-foot-4 forward scored 31 points.")
    assert [(q["value"], q["unit"]) for q in found] == [(6.0, "foot"), (4.0, "inch"), (31.0, "point")]


def test_perus_sol() -> None:
    from pipeline.claims import extract_quantities

    found = extract_quantities("The government will release 40 million soles in emergency funds.")
    assert [(q["value"], q["unit"]) for q in found] == [(40_000_000.0, "PEN")]
