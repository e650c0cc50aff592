"""General phenomena of numbers in news copy, one group per rule (each held out from the NewsQuant dev split)."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from tests.claims.reading import one


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # singular and spelling variants of units the lexicon knows
        ("The dose was 150 microgram.", 150.0, "microgram"),
        ("The chip is 5 micrometre wide.", 5.0, "micrometre"),
        ("The siren hit 90 decibel.", 90.0, "decibel"),
        ("The crane lifts 2 metric ton.", 2.0, "tonne"),
        ("He carried 3 kgs of rice.", 3.0, "kilogram"),
        ("The tank holds 50 gal.", 50.0, "gallon"),
        ("The field produced 1,000 bbl.", 1000.0, "barrel"),
        ("The flat is 1 square metre too small.", 1.0, "square_metre"),
        ("Carbon dioxide reached 415 parts per million.", 415.0, "part_per_million"),
        ("The plane flew at 500 knot.", 500.0, "knot"),
        ("The ring weighs 2 carat.", 2.0, "carat"),
        ("The engine makes 400 newton-metres.", 400.0, "newton_metre"),
        ("The plant produced 5 gigawatt hours.", 5.0, "gigawatt_hour"),
        ("Old modems ran at 56 kbps.", 56.0, "kilobit_per_second"),
        ("Speeds fall to 384 kilobits per second.", 384.0, "kilobit_per_second"),
        # a degree sign apart from its scale, and misspelt scales
        ("Water boils at 100° Celsius.", 100.0, "degree_celsius"),
        ("It froze at 0 ° C overnight.", 0.0, "degree_celsius"),
        ("It was 10.5 celcius at noon.", 10.5, "degree_celsius"),
        ("Texas hit 90 farenheit.", 90.0, "degree_fahrenheit"),
        # the inch mark typed as a straight quote, before a dimension
        ('The set measures 22" long.', 22.0, "inch"),
        ('He bought a 65" TV.', 65.0, "inch"),
    ],
)
def test_unit_variants(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # currency signs written after the number, and the signs of smaller currencies
        ("The ticket cost 150 kn.", 150.0, "HRK"),
        ("The ticket cost 200 zł.", 200.0, "PLN"),
        ("The ticket cost 300 Kč.", 300.0, "CZK"),
        ("It costs 10 $ in the shop.", 10.0, "USD"),
        ("It costs 200 ₽ in the shop.", 200.0, "RUB"),
        # a scale letter glued to an ISO code, and a code before its scale word
        ("Losses exceeded 30 MUSD.", 30e6, "USD"),
        ("The client estimates 120 MEUR.", 120e6, "EUR"),
        ("They lost 75 USD million.", 75e6, "USD"),
        # the smaller unit written in words or as a sign
        ("Its shares closed one penny higher.", 1.0, "GBX"),
        ("A stamp costs 5¢.", 0.05, "USD"),
        # a price per month or year written short
        ("Premium costs $4.99/mo.", 4.99, "USD_per_month"),
        ("Premium costs $40/yr.", 40.0, "USD_per_year"),
    ],
)
def test_money_surfaces(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # scientific notation
        ("The sun weighs about 1.99×10^30 kilograms.", 1.99e30, "kilogram"),
        ("The sun weighs about 1.99×10−30 kilograms.", 1.99e-30, "kilogram"),
        ("It weighs 2 x 10^30 kg.", 2e30, "kilogram"),
        ("Light travels at 3e8 m/s.", 3e8, "metre_per_second"),
        ("A mole holds 6.02×10²³ atoms.", 6.02e23, "count"),
        # Indian grouping and spaced thousands
        ("He took a loan of 12,34,567.89 rupees.", 1234567.89, "INR"),
        ("The fee is Rs 1,50,000.", 150000.0, "INR"),
        ("The crowd was 80 000 strong.", 80000.0, "count"),
        ("It cost 1 000 000 euros.", 1e6, "EUR"),
        # number words: a fraction of a scale, a whole and a half, dozens
        ("It costs half million usd.", 5e5, "USD"),
        ("It costs a quarter million dollars.", 2.5e5, "USD"),
        ("It costs three quarters billion dollars.", 7.5e8, "USD"),
        ("The film lasts two-and-a-half hours.", 2.5, "hour"),
        ("She bought two dozen eggs.", 24.0, "count"),
    ],
)
def test_number_forms(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_scientific_notation_needs_an_exponent_mark() -> None:
    assert [q["value"] for q in extract_quantities("They won the 4×100 relay.")] == [4.0, 100.0]
    assert extract_quantities("The 10×10 grid.")[0]["value"] == 10.0


def test_a_plain_space_joins_digits_only_when_they_cannot_be_two_numbers() -> None:
    assert [q["value"] for q in extract_quantities("Of those 12 500 fans came.")] == [12.0, 500.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She turned 40 last week.", 40.0),
        ("He turns 18 next month.", 18.0),
        ("Life expectancy for men in Glasgow is around 73.", 73.0),
        ("Life expectancy at birth rose to 81.2 in 2019.", 81.2),
    ],
)
def test_ages_from_their_cue(text: str, value: float) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, "year")


def test_turning_a_count_is_no_age() -> None:
    assert one("The team turned 2 defeats into wins.")["unit"] == "count"


def test_a_span_naming_a_thing_is_not_an_amount() -> None:
    assert extract_quantities("He signed a five-year contract and a two-month deal.") == []
    kept = extract_quantities("It made a five-year, 1.8 billion-mile trip; a three-year-old boy.")
    assert [q["surface"] for q in kept] == ["five-year", "1.8 billion-mile", "three-year-old"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He won the 1500m and 5,000m titles.", 5000.0, "metre"),
        ("She stormed to the 60m hurdles crown.", 60.0, "metre"),
        ("The show drew 5m viewers.", 5e6, "count"),
    ],
)
def test_m_after_a_distance_race_is_metres(text: str, value: float, unit: str) -> None:
    q = extract_quantities(text)[-1]
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_not_amounts() -> None:
    assert extract_quantities("The big day was 050505, said agent 007.") == []
    assert extract_quantities("Sales of 4K TVs and 8K video soared.") == []


def test_a_dash_between_a_date_and_words_is_no_range() -> None:
    found = extract_quantities("He arrived on November 3—nine days before the announcement.")
    assert [(q["value"], q["unit"]) for q in found] == [(9.0, "day")]


def test_an_earlier_figure_keeps_the_currency_and_scale() -> None:
    found = extract_quantities("Earnings were 77m euros (£53m; $100m), up from 38m a year earlier.")
    assert (found[-1]["value"], found[-1]["unit"]) == (38e6, "EUR")
    found = extract_quantities("Sales hit £2.1bn compared with 1.8bn a year earlier.")
    assert (found[-1]["value"], found[-1]["unit"]) == (pytest.approx(1.8e9), "GBP")
    assert extract_quantities("The wall grew from 3m to 5m.")[0]["unit"] == "metre"


def test_conversions_in_one_bracket_share_the_bound() -> None:
    found = extract_quantities("It expects repayments of up to 30 trillion rupiah ($3.2bn; £1.7bn) to be frozen.")
    assert [q["change"] for q in found] == ["<", "<", "<"]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The policy rate was raised by 25 basis points.", "up"),
        ("Prices were hiked by 8%.", "up"),
        ("The target was lowered by 10%.", "down"),
        ("The rand rebounded 2.1%.", "up"),
        ("The lira depreciated 3%.", "down"),
    ],
)
def test_more_change_verbs(text: str, change: str) -> None:
    assert one(text)["change"] == change


@pytest.mark.parametrize(
    ("text", "change", "hedge"),
    [
        ("No fewer than 30 people came.", ">", "no fewer than"),
        ("Not less than 5% of staff left.", ">", "not less than"),
        ("Not more than 20 people came.", "<", "not more than"),
        ("Upward of 500 fans came.", ">", "upward of"),
    ],
)
def test_negated_bounds(text: str, change: str, hedge: str) -> None:
    q = one(text)
    assert (q["change"], q["hedge"]) == (change, hedge)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The airline buys 2.4 billion gallons of jet fuel a year.", "gallon_per_year"),
        ("The firm earns $2 billion of revenue a year.", "USD_per_year"),
        ("The plant makes 300 tonnes of steel per day.", "tonne_per_day"),
        ("The firm had $5 billion of debt a year ago.", "USD"),
    ],
)
def test_a_rate_after_the_stuff_it_measures(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


def test_a_rate_after_a_conversion_in_brackets() -> None:
    found = extract_quantities("It is a 9 billion shekels ($2.4 billion) a year industry.")
    assert [q["unit"] for q in found] == ["ILS_per_year", "USD"]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Mileage rose from 20 miles per gallon in 2008 to 29 mpg in 2020.", 20.0, 29.0, "mile_per_gallon"),
        ("Turnout fell from 72 per cent in 2017 to 67 per cent.", 67.0, 72.0, "percent"),
        ("Sales went from $5bn last year to $6bn.", 5e9, 6e9, "USD"),
    ],
)
def test_from_a_to_b_with_words_between_is_a_span(text: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert (q["value_low"], q["value_high"], q["unit"]) == (low, high, unit)


def test_to_a_from_b_stays_two_amounts() -> None:
    found = extract_quantities("Revenue rose to $7.36 billion from $6.78 billion.")
    assert [q["value"] for q in found] == [7.36e9, 6.78e9]


def test_half_of_a_period_is_not_a_share() -> None:
    assert extract_quantities("Profits rose in the first half of the year.") == []
    assert extract_quantities("In the latter half of 2019 sales rose.") == []
    assert one("Half of the staff left.")["unit"] == "fraction"


def test_a_bond_price_move_in_fractions_of_a_point() -> None:
    found = extract_quantities("Bond prices fell 1/4 point and rose 3/8 point.")
    assert [(q["value"], q["unit"], q["change"]) for q in found] == [(0.25, "point", "down"), (0.375, "point", "up")]


def test_a_price_per_dozen() -> None:
    q = one("Egg prices averaged 64.2 cents a dozen.")
    assert (q["value"], q["unit"]) == (pytest.approx(0.642), "USD_per_dozen")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("It raised NT$3 billion.", 3e9, "TWD"), ("It raised KSh 500 million.", 5e8, "KES")],
)
def test_more_currency_prefixes(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


def test_an_age_span() -> None:
    q = one("Voters aged between 18 and 24 backed it.")
    assert (q["value_low"], q["value_high"], q["unit"]) == (18.0, 24.0, "year")


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Sales hit 1.2 million, a 5.6% increase over the same period last year.", "up"),
        ("There was a 3% drop from a year earlier.", "down"),
        ("There was a 3% drop in sales.", "="),
    ],
)
def test_a_move_against_a_named_earlier_period(text: str, change: str) -> None:
    assert extract_quantities(text)[-1]["change"] == change


def test_m_before_a_currency_word_is_millions() -> None:
    q = one("Profits trailed 2003's 784m euro figure.")
    assert (q["value"], q["unit"]) == (784e6, "EUR")


def test_a_dashed_or_apposition_shares_the_move() -> None:
    found = extract_quantities("Shares sank 14.87% - or $1.83 - to close at $10.48.")
    assert [q["change"] for q in found] == ["down", "down", "="]


def test_from_a_to_b_counts_with_a_year_between() -> None:
    q = one("Sales fell from 36,185 in 2003 to 28,041.")
    assert (q["value_low"], q["value_high"], q["unit"]) == (28041.0, 36185.0, "count")
    assert [q["value"] for q in extract_quantities("They went from 30 staff in London to 2,000 people.")] == [30, 2000]


def test_scaled_values_carry_no_floating_point_noise() -> None:
    q = one("Contributions rose from £5.5bn to £8.2bn a year.")
    assert (q["value_low"], q["value_high"]) == (5.5e9, 8.2e9)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It only cost 3 dollars 50 cents.", 3.5, "USD"),
        ("It only cost thirteen dollars and forty-five cents.", 13.45, "USD"),
        ("It cost £1 and 50p.", 1.5, "GBP"),
    ],
)
def test_an_amount_in_a_currency_and_its_subunit(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_a_list_of_money_is_not_one_amount() -> None:
    assert [q["value"] for q in extract_quantities("It cost $5, 20 cents off.")] == [5.0, 0.2]


def test_megapixels_written_mp() -> None:
    found = extract_quantities("A 12MP back camera and a 48 MP sensor; 5 MPs voted.")
    assert [(q["value"], q["unit"]) for q in found] == [(12, "megapixel"), (48, "megapixel"), (5, "count")]


def test_the_scale_named_after_a_bare_number_is_its_unit() -> None:
    q = one("Diamonds score between 50 and 70 on the GPa scale.")
    assert (q["value_low"], q["value_high"], q["unit"]) == (50.0, 70.0, "gigapascal")
    assert one("It is 20 on the Celsius scale.")["unit"] == "degree_celsius"
    assert one("It hit 6.5 on the Richter scale.")["unit"] == "count"


def test_a_span_before_money_names_the_award() -> None:
    assert [q["surface"] for q in extract_quantities("It comes with a five-year $700000 award.")] == ["$700000"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("It's 90 F outside.", 90.0, "degree_fahrenheit"), ("12 C melting point.", 12.0, "degree_celsius")],
)
def test_a_spaced_temperature_letter_in_a_sentence_about_heat(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


def test_a_spaced_letter_elsewhere_is_no_temperature() -> None:
    assert all(q["unit"] == "count" for q in extract_quantities("Pupils got 5 C grades and 3 F grades in photos."))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The index rose 0.5 pts.", 0.5, "point"),
        ("It was a 500-million-dollar project.", 5e8, "USD"),
        ("He found a five-dollar bill.", 5.0, "USD"),
        ("She bought a 12-euro ticket.", 12.0, "EUR"),
        ("The yen traded at 108.5 per dollar while the Nikkei rose.", 108.5, "count"),
    ],
)
def test_points_money_adjectives_and_exchange_rates(text: str, value: float, unit: str) -> None:
    q = extract_quantities(text)[0]
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("He earns £30,000 per annum.", 30000.0, "GBP_per_year"),
        ("She sold 5 kilo of rice.", 5.0, "kilogram"),
        ("It is a 2,000 calorie diet.", 2000.0, "calorie"),
        ("The fee is 50 rands.", 50.0, "ZAR"),
    ],
)
def test_more_lexicon_entries(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


def test_one_in_every_n_is_a_share() -> None:
    found = extract_quantities("One in every five adults and one out of every three voters agreed.")
    assert [(round(q["value"], 3), q["unit"]) for q in found] == [(0.2, "fraction"), (0.333, "fraction")]
