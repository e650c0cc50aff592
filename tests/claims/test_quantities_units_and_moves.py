"""News forms: names ending in a number word, spaced pence, lower-cased power units, ranges
whose two ends are written in two units of one dimension, and moves stated without "by" or with "off".

Every sentence is written for these tests (none is taken from NewsQuant).
"""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from tests.claims.reading import one


def _summary(text: str) -> list[tuple[str, float | None, str, str]]:
    return [(r["surface"], r["value"], r["unit"], r["change"]) for r in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The interview was shown on BBC One after the match with 12 million viewers.", 12e6, "count"),
        ("He drove for a Formula One team for 12 years.", 12.0, "year"),
        ("The president boarded Air Force One with 30 aides.", 30.0, "count"),
        ("He served in World War Two and lived to 101.", 101.0, "count"),
    ],
)
def test_number_word_ending_a_name_is_no_amount(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two people died in the crash.", 2.0),
        ("Police said: Three men were arrested.", 3.0),
        ("The survey found that Five percent of voters were undecided.", 5.0),
    ],
)
def test_number_word_opening_a_sentence_or_after_lower_case_stays(text: str, value: float) -> None:
    assert one(text)["value"] == value


def test_spaced_pence_in_a_market_report() -> None:
    text = "Among the risers Centrica was up 4.2 p at 131.5 p, and Vodafone fell 1.5 p to 72.3 p."
    assert _summary(text) == [
        ("4.2 p", 4.2, "GBX", "up"),
        ("131.5 p", 131.5, "GBX", "="),
        ("1.5 p", 1.5, "GBX", "down"),
        ("72.3 p", 72.3, "GBX", "="),
    ]


def test_spaced_pence_before_lower_and_per() -> None:
    assert one("Shares in the miner closed 12 p lower.")["unit"] == "GBX"
    assert one("The tariff adds 3 p per unit.")["unit"] == "GBX_per_unit"


@pytest.mark.parametrize("text", ["The meeting starts at 5 p.m. on Friday.", "See table 5 p 12 for details."])
def test_a_spaced_p_that_is_no_pence(text: str) -> None:
    assert all(r["unit"] != "GBX" for r in extract_quantities(text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the scooter has a 6kw electric motor.", 6.0, "kilowatt"),
        ("the wind farm will add 2 gw of capacity.", 2.0, "gigawatt"),
        ("The charger delivers 350 KW.", 350.0, "kilowatt"),
    ],
)
def test_power_units_in_any_case(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


def test_lower_cased_mojibake_pound() -> None:
    q = one("the package was worth up to ps3.4m last year.")
    assert (q["value"], q["unit"], q["change"]) == (3.4e6, "GBP", "<")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The price of a loaf has gone from 90p to £1.40 in a decade.", 0.9, 1.4, "GBP"),
        ("The route is between 800 metres and 1.2 km long.", 0.8, 1.2, "kilometre"),
    ],
)
def test_range_ends_in_two_units_of_one_dimension(text: str, low: float, high: float, unit: str) -> None:
    q = one(text)
    assert q["value_low"] == pytest.approx(low)
    assert q["value_high"] == pytest.approx(high)
    assert q["unit"] == unit


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The utility raised its dividend 10% this year.", "up"),
        ("The retailer cut its full-year margin forecast 2 percentage points.", "down"),
        ("The central bank lifted the benchmark rate 25 basis points.", "up"),
        ("The bank lifted the rate 0.25 percentage point.", "up"),
        ("The bank lifted the rate about 0.25 percentage point.", "~"),  # the hedge outweighs the move
    ],
)
def test_move_of_a_named_object_without_by(text: str, change: str) -> None:
    assert one(text)["change"] == change


@pytest.mark.parametrize(
    "text",
    [
        "The firm raised the stake to 10%.",  # a level reached, not a move
        "Voters gave the party 40% of the vote.",
        "The company cut the workforce 1,200 strong.",  # only a rate after the object is read as the move
    ],
)
def test_no_move_without_a_moved_rate(text: str) -> None:
    assert one(text)["change"] == "="


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Shares in the lender were off 4% in afternoon trading.", 4.0, "percent"),
        ("Brent crude closed off 65 cents on Tuesday.", 0.65, "USD"),
    ],
)
def test_off_after_a_copula_is_a_fall(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"], q["change"]) == (value, unit, "down")


def test_off_that_is_no_fall() -> None:
    assert one("The store took 30% off winter coats.")["change"] == "="


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The highway project is worth RM1.2bil.", 1.2e9, "MYR"),
        ("Net profit rose to RM350mil in the quarter.", 350e6, "MYR"),
        ("The team paid $5 mil for the striker.", 5e6, "USD"),
    ],
)
def test_bil_and_mil_scales(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The bank announced a 25-basis-point cut on Thursday.", 25.0, "basis_point"),
        ("It was a 2-percentage-point rise in the jobless rate.", 2.0, "percentage_point"),
        ("Analysts expect a 5-percent rise in sales.", 5.0, "percent"),
        ("A 10-per-cent tariff was imposed on steel.", 10.0, "percent"),
        ("The 100-km stretch of road reopened.", 100.0, "kilometre"),
        ("A 5-kg bag of rice now costs more.", 5.0, "kilogram"),
        ("The plant has a 500-MW turbine.", 500.0, "megawatt"),
    ],
)
def test_unit_hyphenated_to_its_noun(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He shot 40% from three-point range.", None),  # "-point" names the shot, it is no unit
        ("The 2-in-1 tablet has a 10-hour battery.", "count"),  # "-in-" is no inch
    ],
)
def test_hyphen_that_joins_no_unit(text: str, unit: str | None) -> None:
    found = extract_quantities(text)
    assert found  # the sentence's amount is still read
    assert all(r["unit"] not in ("point", "inch") for r in found)
    if unit is not None:
        assert found[0]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Inflation is expected to average 3.2% this year.", "~"),
        ("Salaries in the sector average $50,000.", "~"),
        ("Homes stay on the market an average of 70 days.", "="),  # as NewsQuant marks "an average of"
    ],
)
def test_average_as_a_verb_is_approximate(text: str, change: str) -> None:
    assert one(text)["change"] == change


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The final bill could run to £2bn plus.", ">"),
        ("The fee is $5bn plus interest.", "="),
    ],
)
def test_spaced_plus_ends_a_lower_bound(text: str, change: str) -> None:
    assert one(text)["change"] == change


def test_sides_of_a_size_are_no_multiplier() -> None:
    assert _summary("The phone has a resolution of 2,532 x 1,170 pixels.") == [
        ("2,532", 2532.0, "count", "="),
        ("1,170", 1170.0, "count", "="),
    ]
    assert _summary("The room measures 4 x 5 metres.") == [("4", 4.0, "metre", "="), ("5 metres", 5.0, "metre", "=")]


def test_multiplier_x_before_a_word_stays_a_ratio() -> None:
    q = one("The shares trade at 12x forward earnings.")
    assert (q["value"], q["unit"]) == (12.0, "ratio")


@pytest.mark.parametrize(
    "text",
    [
        "The stock hit a 52-week high on Monday.",
        "The 10-year Treasury yield was little changed.",
        "Rates on a 30-year fixed mortgage are near a peak.",
    ],
)
def test_span_in_digits_naming_a_thing_is_no_amount(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The probe ended a 7-year, 4 billion-mile journey.", 7.0, "year"),  # no noun straight after the span
        ("He was jailed for 10 years.", 10.0, "year"),
    ],
)
def test_span_in_digits_that_is_stated_stays(text: str, value: float, unit: str) -> None:
    q = extract_quantities(text)[0]
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dow fell 1.2% while the Nasdaq dropped 2.", ("percent", "down")),
        ("Shares rose 5 percent in the morning and then fell 2 in late trade.", ("percent", "down")),
        ("The index gained 120 points before it lost 40.", ("point", "down")),
    ],
)
def test_parallel_move_shares_the_rate(text: str, expected: tuple[str, str]) -> None:
    last = extract_quantities(text)[-1]
    assert (last["unit"], last["change"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5% and the firm cut 200 jobs.",  # a counted noun keeps its own unit
        "Prices rose 3% in May. Wages rose 2 as well.",  # another sentence
    ],
)
def test_parallel_move_needs_a_bare_number_in_the_same_sentence(text: str) -> None:
    assert extract_quantities(text)[-1]["unit"] == "count"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The nurse earns 31,000 pounds a year.", 31000.0, "GBP_per_year"),
        ("She was handed a fine of 500 pounds.", 500.0, "GBP"),
        ("Tickets for the final cost 20 quid.", 20.0, "GBP"),
        ("The lineman weighs 310 pounds.", 310.0, "pound_mass"),
        ("The truck carried 45,000 pounds of steel.", 45000.0, "pound_mass"),
    ],
)
def test_pounds_after_a_money_word_are_money(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


def test_money_word_of_another_clause_does_not_make_pounds_money() -> None:
    found = _summary("The bag, which cost 300 pounds, weighs 2 pounds.")
    assert [(u, v) for _, v, u, _ in found] == [("GBP", 300.0), ("pound_mass", 2.0)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The striker has 213 Premier League goals.", 213.0),
        ("He has made 40 Champions League appearances.", 40.0),
        ("She holds 14 Grand Slam titles.", 14.0),
    ],
)
def test_count_of_a_plural_noun_after_a_multiword_name(text: str, value: float) -> None:
    assert one(text)["value"] == value


def test_number_before_a_name_alone_stays_a_name() -> None:
    assert extract_quantities("The airline grounded its 737 Max jets.") == []
    assert extract_quantities("The 90049 ZIP Code is among the wealthiest.") == []


@pytest.mark.parametrize("text", ["Leaders met at COP28 in Dubai.", "The site was moved to PHP8 last year."])
def test_code_glued_to_a_small_integer_is_a_name(text: str) -> None:
    assert extract_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The utility raised USD1.2bn in bonds.", 1.2e9, "USD"),
        ("The booking fee is GBP15.50.", 15.5, "GBP"),
        ("A coffee costs CHF 6 in Zurich.", 6.0, "CHF"),
    ],
)
def test_code_before_an_amount_stays_money(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The Greens rose 1.4 points to 12.6% in the latest poll.", "1.4 points", "percentage_point"),
        ("Approval stood at 38%, down four points since March.", "four points", "percentage_point"),
        ("Inflation eased to 2.1% in May, down 0.3 points from April.", "0.3 points", "percentage_point"),
        ("The Dow fell 300 points, or 0.8%, on Tuesday.", "300 points", "point"),  # the same move twice
        ("The index rose 12 points, or 0.8%, to close at 1,478.", "12 points", "point"),
        ("She scored 24 points and hit 50% of her shots.", "24 points", "point"),  # no level in percent
    ],
)
def test_points_of_a_percent_level_are_percentage_points(text: str, surface: str, unit: str) -> None:
    q = next(r for r in extract_quantities(text) if r["surface"] == surface)
    assert q["unit"] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The series was viewed 112m times in its first week.", 112e6, "count"),
        ("The clip was shared almost 3m times.", 3e6, "count"),
        ("His 100m times have improved this season.", 100.0, "metre"),  # a runner's times over 100 metres
    ],
)
def test_a_glued_m_before_times_after_a_verb_of_use_is_millions(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


def test_a_rank_in_a_count_of_countries_is_no_fraction() -> None:
    found = _summary("The show reached the top ten in 93 countries.")
    assert ("93", 93.0, "count", "=") in found
    assert not any(unit == "fraction" for _, _, unit, _ in found)
