"""Compound units, national cents, hedged moves and other phenomena of news copy (none taken from NewsQuant)."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from tests.claims.reading import one


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a physical unit per another, by slash or "per"
        ("The new hatchback emits 120g/km of CO2.", 120.0, "gram_per_kilometre"),
        ("The car emits 95 grams per kilometre of CO2.", 95.0, "gram_per_kilometre"),
        ("Fine particle levels reached 150 micrograms per cubic metre.", 150.0, "microgram_per_cubic_metre"),
        ("The cells store 250 Wh/kg, the firm said.", 250.0, "watt_hour_per_kilogram"),
        ("Tests found 0.5 mg/kg of mercury in the fish.", 0.5, "milligram_per_kilogram"),
        ("The drive reads at 7,000MB/s.", 7000.0, "megabyte_per_second"),
        ("Rural broadband reaches 50Mb/s at best.", 50.0, "megabit_per_second"),
        ("The probe ran at a density of 1.3 A/cm2 in the lab.", 1.3, "ampere_per_square_centimetre"),
        ("The robot can move at 3.7m/h.", 3.7, "metre_per_hour"),
        # money per a unit of the lexicon
        ("Farmland sold for $10,000 an acre last year.", 10000.0, "USD_per_acre"),
        ("Households pay 30 cents per kilowatt-hour.", 0.3, "USD_per_kilowatt_hour"),
        ("Brent settled at $90.30/bbl.", 90.3, "USD_per_barrel"),
        ("Gas traded at $3.50 per million British thermal units.", 3.5, "USD_per_million_btu"),
        ("The service costs £7.00 per minute.", 7.0, "GBP_per_minute"),
        # a counted noun per a unit, and rates spelt out whole
        ("The city packs 400 people per square kilometre.", 400.0, "count_per_square_kilometre"),
        ("The screen shows 300 dots per inch.", 300.0, "count_per_inch"),
        ("The car returns 45 miles to the gallon.", 45.0, "mile_per_gallon"),
        ("Fibre lines deliver 1 gigabit per second.", 1.0, "gigabit_per_second"),
    ],
)
def test_compound_units(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the retailer rose 5 per cent a year after the float.",  # "per cent" is no denominator
        "The fund paid $5 a second time in March.",  # "a second time": no rate
    ],
)
def test_no_compound_unit_where_none_is_meant(text: str) -> None:
    assert all("_per_" not in q["unit"] for q in extract_quantities(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Canadian dollar rose to 78 US cents.", 0.78, "USD"),
        ("The loonie bought 65 U.S. cents on Friday.", 0.65, "USD"),
        ("Shares in Bombardier closed at 45 Canadian cents.", 0.45, "CAD"),
        ("The Aussie fell to 64 Australian cents.", 0.64, "AUD"),
        ("A stamp now costs 95 euro cents.", 0.95, "EUR"),
        ("The shares were priced at 9 euros cents each.", 0.09, "EUR"),
    ],
)
def test_cents_named_by_their_currency(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Emaar's profit climbed to Dh2.1bn.", 2.1e9, "AED"),
        ("The contract is worth SR 500 million.", 5e8, "SAR"),
        ("Rents average Dhs 5,000 a month.", 5000.0, "AED_per_month"),
        ("The bank was fined SFr 3m.", 3e6, "CHF"),
    ],
)
def test_gulf_and_swiss_currency_abbreviations(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Nearly a quarter of a million people signed the petition.", 250000.0, "count"),
        ("Three-quarters of a million homes lost power.", 750000.0, "count"),
        ("A third of a billion dollars was spent on the scheme.", 1e9 / 3, "USD"),
        ("The club paid a quarter of a million pounds for him.", 250000.0, "GBP"),
    ],
)
def test_fraction_of_a_scale(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Mortgage rates of 6.5-7.25 percent are now common.", 6.5, 7.25, "percent"),
        ("Fares will rise 12.5-15 per cent in January.", 12.5, 15.0, "percent"),
        ("Traders will test the $40-40.25 range.", 40.0, 40.25, "USD"),
    ],
)
def test_decimal_ranges_are_no_dates(text: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert (q["value_low"], q["value_high"], q["unit"]) == (low, high, unit)


def test_a_date_keeps_one_separator() -> None:
    assert extract_quantities("The ruling of 22.07.2025 and the filing of 2025-07-22 were cited.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 32 Labour MPs voted against the bill.", 32.0),
        ("The chain runs 34 Grosvenor casinos.", 34.0),
        ("The airline postponed the delivery of 54 Boeing jets.", 54.0),
        ("All 148 WTO members must back the deal.", 148.0),
    ],
)
def test_a_count_whose_noun_a_name_qualifies(text: str, value: float) -> None:
    assert one(text)["value"] == value


@pytest.mark.parametrize(
    "text", ["The debut of the 787 Dreamliner was delayed.", "The 11 Pro Max costs more than its rival."]
)
def test_a_name_followed_by_a_verb_stays_a_name(text: str) -> None:
    assert all(q["value"] not in (787.0, 11.0) for q in extract_quantities(text))


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # the thing that changed between the verb and "by", up to four words, hyphens included
        ("The group will cut production in North America by 3%.", "down"),
        ("BP is increasing its fourth-quarter dividend by 26%.", "up"),
        ("The airline must reduce wage costs by $500m.", "down"),
        ("The minister has to trim the deficit by 0.3 percentage points.", "down"),
        ("The budget will expand public spending by 30%.", "up"),
        ("The US trade gap narrowed by 4.9% in December.", "down"),
        # "by up to": the move, with its limit as a hedge
        ("Rents have risen by up to 20 per cent.", "up"),
        # an approximation or a lower bound next to the number outweighs the verb, as NewsQuant marks it
        ("The index was up about 19 per cent for the year.", "~"),
        ("Its shares have climbed more than 3% this year.", ">"),
        ("Sales fell roughly 4% in the quarter.", "~"),
    ],
)
def test_changes(text: str, change: str) -> None:
    assert one(text)["change"] == change


def test_a_bound_of_a_range_is_no_hedge_of_the_move() -> None:
    q = one("Fares rose between 5% and 6% this year.")
    assert (q["value_low"], q["value_high"], q["change"]) == (5.0, 6.0, "up")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The singer played to a 2,700-strong audience in Paris.", 2700.0),
        ("The treaty binds the enlarged 25-state EU.", 25.0),
        ("Fire gutted a 20-storey tower block.", 20.0),
    ],
)
def test_a_count_before_a_hyphenated_noun_is_no_ordinal(text: str, value: float) -> None:
    assert one(text)["value"] == value


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tony Bullock was called into action with just over a quarter-of-an-hour on the clock.", 0.25, "hour"),
        ("Gillick was more than half-a-second clear of the field.", 0.5, "second"),
    ],
)
def test_hyphenated_fractions_of_a_unit(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


def test_a_hyphenated_fraction_naming_a_thing_is_no_share() -> None:
    assert extract_quantities("The three notes are separated by a half-step over a low C.")[1:] == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The library receives between three and four million requests from users.", 3e6, 4e6, "count"),
        ("Officials expect five to six million visitors.", 5e6, 6e6, "count"),
        ("The scheme could cost one to two billion dollars.", 1e9, 2e9, "USD"),
        ("There were roughly 200,000-300,000 backlogged DNA samples.", 2e5, 3e5, "count"),
        ("Some 10,000-15,000 jobs could go.", 1e4, 1.5e4, "count"),
    ],
)
def test_ranges_whose_scale_or_grouping_shows(text: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert (q["value_low"], q["value_high"], q["unit"]) == (low, high, unit)


def test_scores_and_addresses_stay_out() -> None:
    assert extract_quantities("Chelsea won 5-4 at 16-18 Industrial Avenue.") == []


def test_a_list_shares_the_move_a_hedge_outweighed() -> None:
    found = extract_quantities("Nvidia advanced about 8%, Qualcomm 4% and Broadcom 3%.")
    assert [q["change"] for q in found] == ["~", "up", "up"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Libyan output rose to 1.2m bpd.", 1.2e6, "barrel_per_day"),
        ("Saudi output hit 11 million b/d in May.", 11e6, "barrel_per_day"),
        ("The developer has 2m sq ft of offices.", 2e6, "square_foot"),
        ("The lake is 5m deep.", 5.0, "metre"),
    ],
)
def test_m_before_a_unit_is_a_million(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)
