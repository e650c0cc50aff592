"""Every quantity form a news sentence uses is read; numbers that are not claims are not reported."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities


def one(text: str) -> dict:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


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
