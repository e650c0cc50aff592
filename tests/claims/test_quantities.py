"""Every quantity form a news sentence uses is read; numbers that are not claims are not reported."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from tests.claims.reading import one


def test_money_with_scale_in_base_units_and_exact_offsets() -> None:
    text = "The company reported $11.08 billion in second-quarter revenue."
    q = one(text)
    assert q["value"] == pytest.approx(11_080_000_000.0)
    assert q["unit"] == "USD"
    assert q["change"] == "="
    assert q["surface"] == "$11.08 billion"
    assert text[q["char_start"] : q["char_end"]] == "$11.08 billion"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Analysts valued the unit at €1.2bn on Monday.", 1.2e9, "EUR"),
        ("The council set aside £300k for repairs.", 300_000.0, "GBP"),
        ("The deal was worth 5m euros to the club.", 5e6, "EUR"),
        ("Wages rose 3.5 per cent in the year.", 3.5, "percent"),
        ("The budget includes Rs 450 crore for roads.", 4.5e9, "INR"),
        ("Sony posted a profit of ¥1.2 trillion.", 1.2e12, "JPY"),
        ("The chain sold 5m burgers in a week.", 5e6, "count"),
        ("Turnout rose 4.1 percentage points.", 4.1, "percentage_point"),
        ("The bank raised rates by 25 basis points.", 25.0, "basis_point"),
        ("Oil traded at $80.12 a barrel.", 80.12, "USD_per_barrel"),
        ("The storm brought winds of 155mph to the coast.", 155.0, "mile_per_hour"),
        ("The train reached 320 km/h on the new line.", 320.0, "kilometre_per_hour"),
        ("Temperatures hit 41.2C in Seville.", 41.2, "degree_celsius"),
        ("The bridge is 72.7 metres long.", 72.7, "metre"),
        ("The rover weighs 1,025 kilograms.", 1025.0, "kilogram"),
    ],
)
def test_scales_currencies_and_units(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert q["value"] == pytest.approx(value)
    assert q["unit"] == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new system completed the task ten times faster.", 10.0),
        ("Downloads grew tenfold after the update.", 10.0),
        ("The chip is 2x faster than its predecessor.", 2.0),
    ],
)
def test_multipliers_are_ratios(text: str, value: float) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, "ratio")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Non-English titles accounted for one-third of all viewing hours.", 1 / 3, "fraction"),
        ("A quarter of the respondents said they would move.", 0.25, "fraction"),
        ("One in five adults now works from home.", 0.2, "fraction"),
        ("The project took two and a half years to finish.", 2.5, "year"),
        ("Ten hospitals in the region reported shortages.", 10.0, "count"),
    ],
)
def test_number_words_and_fractions(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert q["value"] == pytest.approx(value)
    assert q["unit"] == unit


def test_empty_text() -> None:
    assert extract_quantities("") == []


def test_records_have_the_documented_keys() -> None:
    (q,) = extract_quantities("Profits rose to $3.13 billion.")
    assert set(q) == {
        "value", "value_low", "value_high", "unit", "change", "hedge", "surface", "char_start", "char_end",
    }  # fmt: skip


def test_times_as_occurrences_is_a_count_not_a_ratio() -> None:
    q = one("Bayern have won the title 11 times in a row.")
    assert (q["value"], q["unit"]) == (11.0, "count")
    q = one("The app was downloaded 10 million times in a week.")
    assert (q["value"], q["unit"]) == (1e7, "count")
    q = one("The stock trades at 25 times earnings.")
    assert (q["value"], q["unit"]) == (25.0, "ratio")


@pytest.mark.parametrize(
    ("text", "value", "unit", "change"),
    [
        # the bound or approximation next to the number outweighs the verb, as NewsQuant marks it
        ("Exports shrank by more than a fifth last year.", 0.2, "fraction", ">"),
        ("The firm's market value has fallen by almost half since March.", 0.5, "fraction", "~"),
        ("Nearly a third said they would not vote.", 1 / 3, "fraction", "~"),
        ("The bank is expected to cut rates by a quarter of a percentage point.", 0.25, "percentage_point", "down"),
        ("The Fed raised rates by half a percentage point.", 0.5, "percentage_point", "up"),
    ],
)
def test_fractions_after_a_bound_or_by_are_shares(text: str, value: float, unit: str, change: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"], q["change"]) == (pytest.approx(value), unit, change)


def test_an_ordinal_fraction_word_is_not_a_share() -> None:
    assert extract_quantities("It was the third straight year of losses.") == []


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("He averaged 25.3 points per game last season.", "25.3 points per game", "point_per_game"),
        ("The lab now runs 3,000 tests per day.", "3,000 tests per day", "count_per_day"),
        ("The site draws 40,000 visitors a day.", "40,000 visitors a day", "count_per_day"),
        ("Junior doctors work 60 hours a week.", "60 hours a week", "hour_per_week"),
    ],
)
def test_rates_of_counts_and_times(text: str, surface: str, unit: str) -> None:
    q = one(text)
    assert (q["surface"], q["unit"]) == (surface, unit)


def test_a_period_after_a_count_is_not_a_rate() -> None:
    q = one("The club sold 5 players a year ago.")
    assert q["unit"] == "count"


def test_lower_cased_and_greek_unit_surfaces() -> None:
    assert one("it sold for c $ 12 million")["unit"] == "CAD"
    assert one("the dose was 150 μg daily")["unit"] == "microgram"


def test_a_box_score_rate_covers_its_whole_list() -> None:
    found = extract_quantities("He is averaging 25.3 points, 7.1 rebounds and 6.4 assists per game.")
    assert [q["unit"] for q in found] == ["point_per_game", "count_per_game", "count_per_game"]
    found = extract_quantities("The firm has 300 staff and 20 hires a month.")
    assert [q["unit"] for q in found] == ["count", "count_per_month"]  # a time rate is not shared


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("A mouse can squeeze through a 1/4 inch gap.", "1/4 inch", 0.25, "inch"),
        ("The farm lies a quarter mile from the river.", "a quarter mile", 0.25, "mile"),
        ("The walk took half an hour.", "half an hour", 0.5, "hour"),
        ("He ate three-quarters of a pound of beef.", "three-quarters of a pound", 0.75, "pound_mass"),
        ("Its economy is worth $2.174T.", "$2.174T", 2.174e12, "USD"),
        ("The island covers 1,200 sq mi.", "1,200 sq mi", 1200.0, "square_mile"),
    ],
)
def test_fractions_and_scales_with_units(text: str, surface: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["surface"], q["value"], q["unit"]) == (surface, pytest.approx(value), unit)


def test_a_unit_given_once_for_two_numbers() -> None:
    found = extract_quantities("Patients were given 45 and 50 mg of the drug.")
    assert [(q["value"], q["unit"]) for q in found] == [(45.0, "milligram"), (50.0, "milligram")]
    found = extract_quantities("Shares rose 2 and 3 percent on consecutive days.")
    assert [(q["unit"], q["change"]) for q in found] == [("percent", "up"), ("percent", "up")]
    found = extract_quantities("The club had 20 players and 5 coaches.")
    assert [q["unit"] for q in found] == ["count", "count"]
