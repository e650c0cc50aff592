"""Forms of British business copy (BBC News style, 2004-2005) that a review of real articles showed misread.

Every sentence here is written for the test in that style; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities


def _values(text: str) -> list[tuple]:
    return [(q["value"], q["value_low"], q["value_high"], q["unit"], q["change"]) for q in extract_quantities(text)]


def _units(text: str) -> dict[float, str]:
    return {q["value"]: q["unit"] for q in extract_quantities(text)}


# --- years that are not counts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The retailer will publish its 2004 results on 9 March.",
        "Analysts said the cut would knock five cents off 2005 earnings.",
        "Oil stocks remain well below their 2003 levels.",
        "Full year 2004 profits were lower than hoped.",
        "2004 was a difficult year for the airline, its chairman said.",
        '"2005 offers a real chance to cut debt," said the minister.',
        "The brewer is more upbeat about 2005, forecasting higher sales.",
        "Rates are expected to stay low until at least 2007, helped by weak inflation.",
        "The bank was bought in November 2002 after months of talks.",
        "Sales fell short of 2003's record of £4bn.",
    ],
)
def test_a_year_before_a_report_noun_a_verb_or_after_a_month_is_no_count(text: str) -> None:
    assert not [v for v in _values(text) if v[0] is not None and 1900 <= v[0] <= 2099 and v[3] == "count"]


def test_a_count_that_looks_like_a_year_stays_a_count() -> None:
    assert (1500.0, 1500.0, None, "count", ">") in _values("The council employs more than 1500 workers.")


# --- "m" for million before what it counts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("Sony has shipped nearly 3m PSP handhelds since the launch.", 3e6),
        ("More than 120m text messages were sent on New Year's Eve.", 120e6),
        ("The group runs some 2.2m cash machines worldwide.", 2.2e6),
        ("Roughly 1.8m Britons now shop online every week.", 1.8e6),
    ],
)
def test_a_glued_m_before_a_modified_or_capitalised_plural_is_a_million(text: str, value: float) -> None:
    assert _units(text).get(value) == "count"


@pytest.mark.parametrize(
    "text, value",
    [
        ("The new tower stands 420m tall.", 420.0),
        ("The slope runs for about 300m and is steep.", 300.0),
        ("He built a 6m wall around the plant.", 6.0),
    ],
)
def test_a_glued_m_of_length_stays_metres(text: str, value: float) -> None:
    assert _units(text).get(value) == "metre"


def test_a_level_after_a_move_in_millions_takes_the_millions() -> None:
    values = _values("US crude inventories fell 2m barrels to 301.5m, the government said.")
    assert (2e6, None, None, "barrel", "down") in values
    assert (301.5e6, None, None, "barrel", "=") in values


# --- names and spans that are not amounts ------------------------------------------------------------------------


def test_a_capital_e_between_whole_numbers_is_a_model_name() -> None:
    assert _values("Boeing hopes its 7E7 will beat the Airbus A350 for orders.") == []
    assert _values("The plant makes 2.5e6 tonnes a year.")[0][0] == 2.5e6


def test_a_model_variant_after_a_hyphen_is_no_amount() -> None:
    assert _values("The 747-400ER can fly further than its rivals.") == []
    assert (7.5, 5.0, 10.0, "watt", "=") in _values("It uses a 5-10W laser.")


def test_a_span_after_to_is_still_a_span_naming_a_thing() -> None:
    assert _values("Opec output climbed to 20-year highs in the autumn.") == []
    assert (16.0, 14.0, 18.0, "year", "=") in _values("Grants go to 14 to 18-year-olds in school.")


# --- ranges written with a hyphen ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("The carmaker will shed 200-300 jobs at the plant.", 200.0, 300.0),
        ("Only 20-25 firms are expected to bid for the licence.", 20.0, 25.0),
    ],
)
def test_a_rising_pair_before_what_it_counts_is_a_range(text: str, low: float, high: float) -> None:
    assert [(v[1], v[2]) for v in _values(text)] == [(low, high)]


@pytest.mark.parametrize(
    "text",
    ["Arsenal beat Chelsea 2-1 on Sunday.", "The board voted 7-2 in favour of the merger.", "They won 3-1 victories."],
)
def test_scores_and_tallies_stay_out(text: str) -> None:
    assert _values(text) == []


def test_a_model_number_pair_is_no_range() -> None:
    assert [v[0] for v in _values("The airline ordered 12 737-800 jets.")] == [12.0]


# --- ages of groups of people --------------------------------------------------------------------------------------


def test_people_over_or_under_an_age_are_bounded_ages() -> None:
    values = _values("By 2030 people over 65 will outnumber those under 16.")
    assert (65.0, 65.0, None, "year", ">") in values
    assert (16.0, None, 16.0, "year", "<") in values
    assert (65.0, None, None, "year", "=") in _values("Staff can no longer be made to retire before 65.")


def test_a_span_of_time_after_over_stays_no_bound() -> None:
    assert (10.0, None, None, "year", "=") in _values("Costs have doubled over 10 years.")


# --- currencies several countries share -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, unit",
    [
        ("A Norwegian court fined the trader 250,000 kroner.", "NOK"),
        ("A Danish court fined the trader 250,000 kroner.", "DKK"),
        ("Argentina's government will spend 1.2bn pesos on the scheme.", "ARS"),
        ("The Mexican operator agreed to invest 900m pesos.", "MXN"),
        ("Pakistan's central bank injected 30bn rupees into the market.", "PKR"),
        ("The Indian carrier raised 4bn rupees.", "INR"),
        ("The firm will invest 500m pesos.", "MXN"),
    ],
)
def test_a_shared_currency_word_follows_the_country_named(text: str, unit: str) -> None:
    assert [q["unit"] for q in extract_quantities(text)] == [unit]


# --- money ranges that give the currency before and the scale after -------------------------------------------------


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("The refit is expected to cost £15-20m over two years.", 15e6, 20e6, "GBP"),
        ("Big console titles now cost $10-20m to develop.", 10e6, 20e6, "USD"),
        ("Partners paid penalties of between $40-80,000 each.", 40e3, 80e3, "USD"),
    ],
)
def test_a_money_range_shares_its_currency_and_scale(text: str, low: float, high: float, unit: str) -> None:
    assert (low, high, unit) in [(v[1], v[2], v[3]) for v in _values(text)]


def test_a_money_range_without_a_shared_scale_is_unchanged() -> None:
    assert (20.0, 25.0, "USD") in [(v[1], v[2], v[3]) for v in _values("The shares traded at $20-25.")]


# --- vote tallies written in words ------------------------------------------------------------------------------------


def test_a_tally_named_after_its_numbers_is_no_range() -> None:
    assert [v[0] for v in _values("The judges ruled by a seven to two majority against the bank.")] == []
    assert [v[0] for v in _values("Shareholders backed the plan in a 70 to 30 vote.")] == []
