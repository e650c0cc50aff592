"""Exchange-rate levels, spaced dashes, moves "from A to B", scores, compound durations, spoken sterling and
amounts stated as a difference ("$150 more than").

A currency's level that a verb states ("slid to 16,420 per dollar") is a claim, a rate in brackets or after no
such verb a note; a spaced dash opens an aside, not a range; "from A to B" after a verb of change is a move;
"12 points to 10" and "7-6(3)" are scores; "a 3-hour, 12-minute wait" is one time; "three pound forty" is money.
"""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import extract_claims
from pipeline.claims.filters import is_story_claim
from pipeline.claims.quantities import extract_quantities, scan


def _read(text: str) -> list[tuple[str, float, str]]:
    """(surface, value, unit) of every quantity of ``text``, as the claims read them."""
    return [(text[q.start : q.end], q.value, q.unit) for q in scan(text, listed_times=True)]


def _story_surfaces(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan(text, listed_times=True) if is_story_claim(q, text)]


def _claims(text: str) -> pd.DataFrame:
    frame = pd.DataFrame(
        {"article_id": ["a"], "text": [text], "published_at": [pd.Timestamp("2026-03-02", tz="UTC")], "entities": [[]]}
    )
    return extract_claims(frame)


# -- 1. an exchange rate a sentence states as a level or a move is a claim; a note or a quote line is not


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The rupiah slid to 16,420 per dollar on Tuesday, its weakest in two years.", "16,420"),
        ("The forint hit an all-time low of 412.5 against the euro.", "412.5"),
        ("The real traded at 5.61 per dollar late on Monday.", "5.61"),
        ("On Thursday the lira recovered 1.8% to 32.9 per dollar.", "32.9"),
        ("The shilling, which lost a fifth of its value last year, stood at 129.4 per dollar.", "129.4"),
        ("The rouble was at about 97.2 against the dollar by midday.", "97.2"),
        ("The cedi lost 9% in a week, touching 15.30 to the US dollar.", "15.30"),
        ("The kwacha fell 6% over the month, to 27.4 per dollar, traders said.", "27.4"),
        ("Markets at a glance:\n- Rand: 18.62 per dollar, down 1.2%", "18.62"),
    ],
)
def test_a_stated_exchange_rate_is_a_claim(text: str, kept: str) -> None:
    assert kept in _story_surfaces(text)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("The budget of 4 trillion rupiah (16,420 per dollar) was approved.", "16,420"),
        ("Figures were converted at an average rate of 7.44 per euro.", "7.44"),
        ("EUR/JPY: 161.40", "161.40"),
    ],
)
def test_an_exchange_rate_note_is_no_claim(text: str, dropped: str) -> None:
    assert dropped not in _story_surfaces(text)


# -- 2. a spaced dash is punctuation


def test_a_spaced_em_dash_is_no_range() -> None:
    text = "The buyer offered $41.20 a share — $30 in cash and the rest in stock."
    assert [(s, v) for s, v, _ in _read(text)] == [("$41.20 a share", 41.2), ("$30", 30.0)]


def test_a_falling_pair_across_a_spaced_dash_is_no_range() -> None:
    assert [s for s, _, _ in _read("Growth slowed to 3.4% – 2.1% in the north – last year.")] == ["3.4%", "2.1%"]


@pytest.mark.parametrize("text", ["Tickets cost $20–$35 at the door.", "Tickets cost $20 – $35 at the door."])
def test_a_rising_dashed_pair_stays_a_range(text: str) -> None:
    assert [(v, u) for _, v, u in _read(text)] == [(27.5, "USD")]


# -- 3. "from A to B" after a verb of change is a move (the quantity stays a range, as NewsQuant reads it)


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("The operator will lift the day fare from £4.80 to £5.30 in April.", "up"),
        ("A monthly pass went from £88 to £96.50.", "up"),
        ("The central bank will cut the rate from 5.25% to 5%.", "down"),
        ("Councillors voted to raise parking charges from 90p to £1.20.", "up"),
        ("Seats range from $40 to $95.", None),
        ("Tickets cost from £5 to £9.", None),
    ],
)
def test_from_to_after_a_verb_of_change_is_a_move(text: str, move: str | None) -> None:
    (q,) = scan(text, listed_times=True)
    assert q.value_low is not None and q.extras.get("move") == move


def test_extract_quantities_keeps_the_range() -> None:
    (q,) = extract_quantities("The operator will lift the day fare from £4.80 to £5.30 in April.")
    assert (q["value_low"], q["value_high"]) == (4.8, 5.3)


# -- 4. scores


@pytest.mark.parametrize(
    "text",
    [
        "She edged the tie-break 12 points to 10 after saving a set point.",
        "Vale beat Rovers three goals to two on Saturday.",
        "He won 6-4, 7-6(3) in the second round.",
        "He won 7–6 (4), 6–3 in the second round.",
    ],
)
def test_scores_are_no_quantities(text: str) -> None:
    assert [s for s, _, _ in _read(text) if s not in ("a", "one")] == []


def test_a_move_in_points_and_a_span_from_points_stay() -> None:
    assert [s for s, _, _ in _read("The FTSE 100 fell 40 points to 7,520.")] == ["40 points", "7,520"]
    assert [(v, u) for _, v, u in _read("Their lead grew from 4 points to 9.")] == [(6.5, "point")]


# -- 5. compound durations written as hyphenated adjectives


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Fans queued after a 3-hour, 12-minute wait.", 192.0),
        ("The longest rally of a two-hour 35-minute match.", 155.0),
    ],
)
def test_a_hyphenated_compound_duration_is_one_time(text: str, minutes: float) -> None:
    assert [(v, u) for _, v, u in _read(text)] == [(minutes, "minute")]


def test_a_hyphenated_span_naming_a_thing_stays_no_amount() -> None:
    assert _read("Shares hit a 52-week low.") == []
    assert _read("The 10-year, 30-year curve steepened.") == [("10-year", 10.0, "year")]


# -- 6. sterling said aloud; amounts stated as a difference


def test_pounds_and_pence_said_aloud_are_money() -> None:
    assert _read("The cab ride was three pound forty, the driver said.") == [("three pound forty", 3.4, "GBP")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She bought a four pound bag of flour.", "pound_mass"),
        ("The baby weighed seven pound two ounces.", "pound_mass"),
    ],
)
def test_a_weight_in_pounds_stays_a_weight(text: str, unit: str) -> None:
    assert _read(text)[0][2] == unit


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("The new model costs $1,199, $150 more than its predecessor.", "$150", "up"),
        ("Commuters will pay 40p more for a return ticket.", "40p", "up"),
        ("Rivals sold 1.4 million fewer than the market leader.", "1.4 million", "down"),
    ],
)
def test_a_difference_is_a_move_not_a_level(text: str, surface: str, change: str) -> None:
    claims = _claims(text)
    assert claims.loc[claims["surface"] == surface, "change"].tolist() == [change]


def test_a_level_after_more_than_stays_a_bound() -> None:
    claims = _claims("More than 2,000 people signed the petition.")
    assert claims["change"].tolist() == [">"]
