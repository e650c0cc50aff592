"""Forms of the Recognizers-Text number-with-unit spec cases (currency, dimension, temperature) that news copy
uses: the signs of smaller currencies, "RMB" and bitcoin after the number, a code glued to the dollar sign,
Deutsche marks in FX tables, cents said after the currency, a share price hyphenated with spaced hyphens,
decimetres and picometres, "kmph", kitchen measures.

Every sentence is written for these tests (none is copied from the spec files or from NewsQuant).
"""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from tests.claims.reading import one


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # signs of smaller currencies, before or after the number
        ("A taxi ride across San Jose costs about 4,500 ₡ at night.", 4500.0, "CRC"),
        ("The guesthouse charges ₭150,000 a night in Luang Prabang.", 150000.0, "LAK_per_night"),
        ("Bread now costs ₾3 in Tbilisi.", 3.0, "GEL"),
        ("The fine was raised to 20,000 ₸ last year.", 20000.0, "KZT"),
        # the renminbi's abbreviation after the number
        ("The developer borrowed 800 million RMB from state banks.", 800e6, "CNY"),
        # bitcoin quoted like a currency, and its hundred-millionth
        ("Investigators traced 3,500 bitcoins to the exchange's wallets.", 3500.0, "BTC"),
        ("The fund sold 120 BTC on Monday.", 120.0, "BTC"),
        ("Each transaction fee was 400 satoshis.", 4e-6, "BTC"),
        # a code or short country name glued to the dollar sign
        ("The peso bond raised MXN$ 2 billion.", 2e9, "MXN"),
        ("The retailer posted sales of Mex$ 45 million.", 45e6, "MXN"),
        ("Tickets cost CAD$ 80 each.", 80.0, "CAD"),
        ("The miner raised AUD$ 30 million in a placement.", 30e6, "AUD"),
    ],
)
def test_currency_forms(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert q["value"] == pytest.approx(value) and q["unit"] == unit


def test_deutsche_marks_in_an_fx_table() -> None:
    found = extract_quantities("The dollar closed at 1.6120 marks, down from 1.6245 marks on Friday.")
    assert [(r["value"], r["unit"]) for r in found] == [(1.612, "DEM"), (1.6245, "DEM")]


def test_scaled_marks_are_money() -> None:
    q = one("The carmaker paid 350 million marks for the plant.")
    assert (q["value"], q["unit"]) == (350e6, "DEM")


def test_exam_marks_stay_a_count() -> None:
    q = one("She scored 78 marks in the final exam.")
    assert q["unit"] == "count"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A coffee there costs 4 dollars 80.", 4.8, "USD"),
        ("The monthly fee rises to 12 USD 99.", 12.99, "USD"),
        ("With 20 euros 50 more they could have bought the ticket.", 20.5, "EUR"),
    ],
)
def test_cents_said_after_the_currency(text: str, value: float, unit: str) -> None:
    q = extract_quantities(text)[0]
    assert q["value"] == pytest.approx(value) and q["unit"] == unit


def test_cents_after_the_currency_need_a_clause_end() -> None:
    found = extract_quantities("He paid 10 dollars 30 years ago.")
    assert [(r["value"], r["unit"]) for r in found] == [(10.0, "USD"), (30.0, "year")]


def test_share_price_with_spaced_hyphens() -> None:
    q = one("the board rejected a $ 42 - a - share offer from the rival group.")
    assert (q["value"], q["unit"]) == (42.0, "USD_per_share")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The pipe is 3 m 5 dm long.", 5.0, "decimetre"),
        ("The crack measured 4 decimetres.", 4.0, "decimetre"),
        ("The bond length is about 74 picometres.", 74.0, "picometre"),
        ("Trucks are limited to 60 kmph on the bridge.", 60.0, "kilometre_per_hour"),
        ("Add 2 tablespoons of sugar.", 2.0, "tablespoon"),
        ("Stir in 1 teaspoon of salt.", 1.0, "teaspoon"),
        ("Pour in 3/4 cup milk.", 0.75, "cup"),
        ("He drinks 4 cups of coffee a day.", 4.0, "cup_per_day"),
        ("The water was 21.5 centigrate.", 21.5, "degree_celsius"),
    ],
)
def test_dimension_forms(text: str, value: float, unit: str) -> None:
    q = extract_quantities(text)[-1]
    assert q["value"] == pytest.approx(value) and q["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The club have won 3 cups in five seasons.", "count"),
    ],
)
def test_trophy_cups_are_no_measure(text: str, unit: str) -> None:
    assert extract_quantities(text)[0]["unit"] == unit


def test_a_year_before_cup_is_no_measure() -> None:
    assert all(r["unit"] != "cup" for r in extract_quantities("He scored in the 1998 cup final against them."))
