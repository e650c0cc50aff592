"""Per-year adverbs, race kilometres, money restated in brackets, shares written around their noun, spans of a move,
spelled-out ranges, and numbers that define a group or frame a story rather than state a figure.

"€18bn annually" is a rate per year; "at 30K" in a marathon is a distance; "12.95 pounds ($16.40) an hour" is a
wage; "four trains in ten" is a share; "by 30% to 40%" is one span; "by two years, from 62 to 64" a move;
"between four hundred and four hundred and fifty million" two ends of one range; "aged 65 or over", "firms with
fewer than 10 staff", "with seven other unions" and "nearly two-thirds (64%)" add no second figure.
"""

from __future__ import annotations

import pytest

from pipeline.claims.filters import is_story_claim
from pipeline.claims.quantities import scan


def _read(text: str) -> list[tuple[str, float, str]]:
    """(surface, value, unit) of every quantity of ``text``."""
    return [(text[q.start : q.end], q.value, q.unit) for q in scan(text, listed_times=True)]


def _units(text: str) -> list[str]:
    return [q.unit for q in scan(text, listed_times=True)]


def _story(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan(text, listed_times=True) if is_story_claim(q, text)]


# -- 1. a rate said by an adverb or by "each"/"every"; "in <stuff> a day"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The ministry expects the levy to raise €6bn annually from 2028.", "EUR_per_year"),
        ("The operator pays the council £3.5m each year for the site.", "GBP_per_year"),
        ("Smugglers moved $40 million every month through the port.", "USD_per_month"),
        ("The exchange cleared $9 billion in trades a day last quarter.", "USD_per_day"),
        ("The club spends €40m yearly on wages.", "EUR_per_year"),
    ],
)
def test_adverb_and_each_make_a_rate(text: str, unit: str) -> None:
    assert _units(text)[0] == unit


def test_a_total_over_a_span_stays_a_total() -> None:
    assert _units("The fund lost $5 billion in 2024, a year earlier it had gained.")[0] == "USD"
    assert _units("The airport handled 2m passengers each way.")[0] == "count"


# -- 2. a glued "K" in a race is kilometres; kelvin wants temperatures near it


def test_race_k_is_kilometres() -> None:
    text = "The marathon leader broke clear. \"At 25K I knew the course record was mine,\" she said."
    assert ("25K", 25.0, "kilometre") in _read(text)


def test_k_near_temperatures_stays_kelvin_and_crowds_stay_thousands() -> None:
    assert ("4K", 4.0, "kelvin") in _read("The magnet was cooled to 4K, a few degrees above absolute zero.")
    assert _read("Some 40K runners lined up for the city marathon.")[0][1] == 40000.0
    # a temperature far away in a long article does not make a racer's kilometres kelvins
    far = "Temperatures were mild on race day. " + "The field was strong and the crowd loud. " * 10
    assert ("30K", 30.0, "kilometre") in _read(far + "By 30K the marathon leaders had split.")


# -- 3. pounds restated in another currency are money; the rate follows the brackets


def test_pounds_with_a_dollar_conversion_are_a_wage() -> None:
    text = "Staff at the chain will get 11.80 pounds ($14.90) an hour from April."
    assert _read(text)[0] == ("11.80 pounds", 11.8, "GBP_per_hour")


def test_pounds_with_a_weight_in_brackets_stay_a_weight() -> None:
    assert _read("The boxer weighed in at 147 pounds (66.7kg).")[0][2] == "pound_mass"


# -- 4. "up four points" after a share of people is in percentage points; an index keeps its points


def test_points_after_a_share_opening_its_clause() -> None:
    text = "Some 70% of residents opposed the bypass, while 58% backed the new tram, up four points from March."
    assert ("four points", 4.0, "percentage_point") in _read(text)


def test_index_points_after_a_percent_move_stay_points() -> None:
    assert ("61 points", 61.0, "point") in _read("The Dax fell 0.8% to 18,020, down 61 points.")


# -- 5. "four trains in ten": a share with its noun between the parts


def test_share_with_noun_between() -> None:
    assert _read("Only three flights in ten left on time.")[0][1:] == (0.3, "fraction")
    assert _read("Barely one bus route in four ran a full service.")[0][1:] == (0.25, "fraction")


def test_count_in_a_count_of_things_is_no_share() -> None:
    assert [u for _, _, u in _read("He scored two goals in three matches.")] == ["count", "count"]
    assert [u for _, _, u in _read("Five officers were hurt in two incidents.")] == ["count", "count"]


# -- 6. "by 30% to 40%" is one span; "rose by 0.2% to 3.1%" a move and a level


def test_close_percents_after_by_are_one_span() -> None:
    qs = scan("The new engines could cut fuel bills by 20% to 25%.")
    assert [(q.value_low, q.value_high, q.change) for q in qs] == [(20.0, 25.0, "down")]


def test_move_then_level_in_percent_stays_two() -> None:
    assert len(scan("Inflation rose by 0.3% to 2.9% in June.")) == 2


# -- 7. "by N, from X to Y" is a move to Y


def test_from_to_after_the_size_of_a_move_is_a_move() -> None:
    q = scan("The plan raises the pension age by three years, from 64 to 67.")[-1]
    assert (q.value_low, q.value_high, q.extras.get("move")) == (64.0, 67.0, "up")


def test_from_to_after_by_and_no_amount_stays_a_span() -> None:
    qs = scan("The mill was run by the family, from 1920 to 1985.")
    assert all(not q.extras.get("move") for q in qs)


# -- 8. spelled-out ends of a range keep apart at "hundred and"


def test_spelled_out_range_of_hundreds_of_millions() -> None:
    q = scan("The club changed hands for between six hundred and six hundred and fifty million pounds.")[0]
    assert (q.value_low, q.value_high, q.unit) == (600e6, 650e6, "GBP")


def test_spelled_out_number_with_hundreds_after_thousands_stays_one() -> None:
    assert _read("The ring sold for three thousand four hundred pounds.")[0][1] == 3400.0
    assert _read("A crowd of two hundred and forty thousand people gathered.")[0][1] == 240000.0


# -- 9. numbers that define a group or frame the story are no claims


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Drivers aged 70 and over must renew their licence every three years.", ["three years"]),
        ("Patients aged over 75 will be offered the jab, the NHS said.", []),
        ("Turnout among Scottish 16-year-olds was 75%.", ["75%"]),
        ("Shops with fewer than 20 employees are exempt from the rule.", []),
        ("For a typical family-run bakery with 12 staff, the change adds about £9,000 a year.", ["£9,000 a year"]),
        ("Almost half (48%) of renters said they had skipped meals.", ["48%"]),
        ("The nurses' union will strike alongside four other unions.", []),
        ("Air traffic was halted and visibility was close to zero.", []),
    ],
)
def test_group_bounds_and_framing_are_no_claims(text: str, kept: list[str]) -> None:
    assert _story(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The former nurse died aged 104 at her home in Leeds.", ["104"]),
        ("The firm employs fewer than 20 people.", ["20"]),
        ("Four other banks have cut their rates.", ["Four"]),
        ("Almost half of renters said they had skipped meals.", ["half"]),
        ("The 19-year-old midfielder scored twice.", ["19-year-old"]),
    ],
)
def test_near_misses_stay_claims(text: str, kept: list[str]) -> None:
    assert _story(text) == kept


def test_age_of_a_named_person_in_passing() -> None:
    assert _story("Sophie Marr, the charity's 52-year-old director, said demand had doubled.") == []
    assert _story("76-year-old widower Tom Pryce said the bus was his lifeline.") == []
