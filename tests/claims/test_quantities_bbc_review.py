"""News forms found by reading BBC business, entertainment and sport copy by hand: spans up to
a date, race times, number words that start a name, moves whose verb is given once for a list, adjectives and
long objects between a verb and its amount, moves stated against an earlier period after the number, and a few
units (CFA francs, a spaced scale letter after money, a price's thing after its conversion).

Every sentence is written for these tests (none is taken from NewsQuant); each failed on the code before.
"""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from tests.claims.reading import one


def _summary(text: str) -> list[tuple[str, float | None, str, str]]:
    return [(r["surface"], r["value"], r["unit"], r["change"]) for r in extract_quantities(text)]


# --- a span up to a date is no range ending at the day -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("GDP rose 0.7% in the three months to 31 December.", "three months", 3.0, "month"),
        ("The deficit hit $412bn in the 12 months to 30 September 2004.", "12 months", 12.0, "month"),
    ],
)
def test_span_up_to_a_date_keeps_its_length(text: str, surface: str, value: float, unit: str) -> None:
    spans = [r for r in extract_quantities(text) if r["unit"] == unit]
    assert [(r["surface"], r["value"], r["value_low"]) for r in spans] == [(surface, value, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The festival runs from 5 to 7 March in Utah.",
        "Talks are planned for between 10 and 12 December.",
        "The Dublin dates on June 24 and 25 form part of the tour.",
    ],
)
def test_days_of_one_month_are_no_amounts(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_count_after_a_date_stays() -> None:
    assert _summary("On March 3 and 20 people came.") == [("20", 20.0, "count", "=")]


@pytest.mark.parametrize(
    "text",
    [
        "He set a life-time best of 1:48.32 in Birmingham.",
        "Reid (4:31.34) was seventh in the 1500m final.",
    ],
)
def test_race_times_leave_no_fraction_behind(text: str) -> None:
    assert all(r["value"] >= 1 for r in extract_quantities(text)), extract_quantities(text)


# --- number words ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He has been dropped for the Six Nations match with Ireland.",
        "The sprinter told Five Live he was happy.",
        "Work has stopped on two plants near the Three Gorges Dam.",
        "BBC1 fell, while Five's share remained the same.",
    ],
)
def test_capitalised_number_word_starting_a_name_is_no_amount(text: str) -> None:
    assert [r["value"] for r in extract_quantities(text) if r["value"] in (3.0, 5.0, 6.0)] == []


def test_two_one_word_numbers_side_by_side_are_not_added() -> None:
    assert _summary("He was axed after just one Six Nations outing.") == [("one", 1.0, "count", "=")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Twenty-five people came.", 25.0), ("It sold forty two cars.", 42.0), ("a hundred and twenty-one cats", 121.0)],
)
def test_compound_number_words_still_read(text: str, value: float) -> None:
    assert one(text)["value"] == value


def test_glued_m_before_a_name_after_a_modifier_is_metres() -> None:
    q = one("World 100m champion Kim Collins clinched second spot.")
    assert (q["value"], q["unit"]) == (100.0, "metre")


def test_glued_m_before_a_capitalised_plural_is_still_millions() -> None:
    assert one("There are 1.6m Muslims in the country.")["value"] == 1.6e6


# --- moves ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Steel prices rose by 8% globally in January alone and by 24% in China.", "up"),
        ("The lender said prices rose 15.1% over the whole of 2004, but by only 2.8% in the second half.", "up"),
        ("House prices went up by 0.4% on the month and by 12.6% on a year earlier.", "up"),
        ("Exports fell 3% in 2004 and by 2% in 2005.", "down"),
    ],
)
def test_second_item_of_a_move_without_its_verb_shares_the_move(text: str, change: str) -> None:
    assert [r["change"] for r in extract_quantities(text)] == [change, change]


@pytest.mark.parametrize(
    "text", ["Sales rose 5% and profits were hit by 2%.", "Sales rose 5% in the year, helped by 3% growth in Asia."]
)
def test_second_item_with_its_own_verb_keeps_its_reading(text: str) -> None:
    assert [r["change"] for r in extract_quantities(text)] == ["up", "="]


@pytest.mark.parametrize(
    "text",
    [
        "China's economy has expanded by a breakneck 9.5% during 2004.",
        "GDP rose by a strong 0.7% in the quarter.",
        "The Fed has raised its key federal funds rate by a quarter percentage point.",
        "The mill will increase the price of its steel by 10%.",
    ],
)
def test_adjective_or_long_object_before_the_amount_keeps_the_move(text: str) -> None:
    assert extract_quantities(text)[0]["change"] == "up"


def test_a_bare_article_before_the_number_is_still_no_filler() -> None:
    assert one("He added a 30 degree homer.")["change"] == "="


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Our sales so far have been 2% up on the same time last year.", "up"),
        ("Gross lending was 18% lower year-on-year.", "down"),
        ("Profit was 3% down on a year earlier.", "down"),
        ("Profit was less than 1% up on the year before.", "<"),
        ("BioView shares finished 34.4% higher at 3.23 shekels.", "="),
    ],
)
def test_move_stated_after_the_number_against_an_earlier_period(text: str, change: str) -> None:
    assert extract_quantities(text)[0]["change"] == change


def test_move_restated_as_a_rate_between_dashes() -> None:
    assert _summary("Oracle shares rose 15 cents - 1.1% - on Nasdaq.") == [
        ("15 cents", 0.15, "USD", "up"),
        ("1.1%", 1.1, "percent", "up"),
    ]


def test_doer_after_a_passive_verb_is_no_move() -> None:
    assert one("Stern was dropped by six stations owned by Clear Channel.")["change"] == "="
    assert one("Staff numbers were reduced by 500 last year.")["change"] == "down"


# --- units ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Senegal will spend 500m CFA francs on roads.", "XOF"),
        ("Cameroon says corruption has cost it 1bn CFA francs in a year.", "XAF"),
        ("It cost 20 francs.", "CHF"),
    ],
)
def test_cfa_francs_are_no_swiss_francs(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


def test_spaced_scale_letter_after_money() -> None:
    q = extract_quantities("Shrek 2 took an estimated $458 m (£242.7m) in North America.")
    assert [(r["value"], r["unit"]) for r in q if r["unit"] == "USD"] == [(458e6, "USD")]


def test_price_thing_after_a_bracketed_conversion() -> None:
    q = extract_quantities("The rate would be about 900 rupees ($20.40; £10.50) per tonne of oil.")
    assert [r["unit"] for r in q] == ["INR_per_tonne", "USD", "GBP"]


def test_time_rate_after_a_conversion_is_unchanged() -> None:
    assert [r["unit"] for r in extract_quantities("It costs 9 billion shekels ($2.4 billion) a year.")] == [
        "ILS_per_year",
        "USD",
    ]


def test_ages_between_two_numbers_are_one_age_span() -> None:
    q = extract_quantities("Children between the ages of 10 and 17 had an income of £775.")
    assert [(r["value_low"], r["value_high"], r["unit"]) for r in q][0] == (10.0, 17.0, "year")


def test_hyphen_to_range_of_a_compound_noun() -> None:
    q = one("Both are designed for the 200- to 300-seat sector.")
    assert (q["value_low"], q["value_high"]) == (200.0, 300.0)


@pytest.mark.parametrize("text", ["It was 5-4 at the break.", "The bill passed 62 to 38."])
def test_scores_and_tallies_stay_out(text: str) -> None:
    assert extract_quantities(text) == []


# --- more moves -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The yen was strengthening 0.7% against the dollar.", "up"),
        ("The euro ended the week weakening 1.2% against the pound.", "down"),
        ("India's defence budget has also been raised 7.8% to 830bn rupees.", "up"),
        ("Card-not-present fraud rose an annual 6% to £116.4m.", "up"),
        ("Ethiopia's harvest was 24% higher than in 2003.", "up"),
        ("But high oil prices have knocked 0.2% off the growth rate.", "down"),
        ("The warning wiped £2bn off the value of the firm.", "down"),
    ],
)
def test_more_forms_of_a_move(text: str, change: str) -> None:
    assert extract_quantities(text)[0]["change"] == change


def test_move_then_level_after_adding_is_no_range() -> None:
    assert _summary("Brent crude rose in London, adding $1.89 to $48.62 at the close.") == [
        ("$1.89", 1.89, "USD", "up"),
        ("$48.62", 48.62, "USD", "="),
    ]


@pytest.mark.parametrize(
    "text", ["She took 3 days off work.", "He had to add ten users in Asia.", "The firm gained a 30% stake."]
)
def test_no_move_without_a_moved_amount(text: str) -> None:
    assert one(text)["change"] == "="


# --- more units -----------------------------------------------------------------------------------------------


def test_more_of_the_same_money_in_millions() -> None:
    q = extract_quantities("Fiat is to get 1bn euros now, with another 550m to follow.")
    assert [(r["value"], r["unit"]) for r in q] == [(1e9, "EUR"), (550e6, "EUR")]


def test_another_distance_after_money_stays_metres() -> None:
    q = extract_quantities("The club paid £5m and plans another 100m race.")
    assert [(r["value"], r["unit"]) for r in q] == [(5e6, "GBP"), (100.0, "metre")]


def test_level_of_a_stock_exchange_is_in_points() -> None:
    q = extract_quantities("By the close, the Jakarta Stock Exchange was down 2.1% at 1,011.15.")
    assert [(r["value"], r["unit"], r["change"]) for r in q] == [(2.1, "percent", "down"), (1011.15, "point", "=")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Total production costs were £1.30 per gigajoule, UK Coal said.", "GBP_per_gigajoule"),
        ("A slice of the cake has 500 kilojoules.", "kilojoule"),
    ],
)
def test_energy_units_of_gas_and_food(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "The recalled cars are from the 2004 and 2005 model years, GM said.",
        "GM is calling back Buicks from the 2005 model years.",
    ],
)
def test_years_naming_model_years_are_no_amounts(text: str) -> None:
    assert [r for r in extract_quantities(text) if r["value"] in (2004.0, 2005.0)] == []


# --- athletics, nouns of a move, phrasal verbs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She scraped into the women's 5K final as a fastest loser.", 5.0, "kilometre"),
        ("He was to step out for the 50K Walk in Athens.", 50.0, "kilometre"),
        ("He trains with 400m runners at the club.", 400.0, "metre"),
        ("It sold 5k units.", 5000.0, "count"),
    ],
)
def test_race_distances_are_no_thousands_or_millions(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Mortgage approvals stood 32% lower than at the same time last year.", "down"),
        ("Sales were 9.3% higher than during the same period last year.", "up"),
        ("He had to settle for a season's best jump of 7.91m.", "="),
        ("Nationwide reported a rise of 0.4% in January.", "="),
        ("40 record labels turned up to one gig in Glasgow.", "="),
        ("Rents rose by up to 20%.", "up"),
    ],
)
def test_comparisons_nouns_and_phrasal_verbs(text: str, change: str) -> None:
    assert extract_quantities(text)[-1]["change"] == change


def test_year_before_a_noun_of_a_work_is_no_count() -> None:
    assert extract_quantities("It was this famous 1979 series that became a cult favourite.") == []


@pytest.mark.parametrize(
    "text", ["Almunia, Lauren, Van Persie (Bergkamp 68), Henry.", "Kewell (Nunez 56), Morientes (Baros 74)."]
)
def test_substitutes_minute_in_brackets_is_no_amount(text: str) -> None:
    assert extract_quantities(text) == []


def test_amount_in_brackets_after_a_function_word_stays() -> None:
    assert one("They own a stake (about 20) in it.")["value"] == 20.0
