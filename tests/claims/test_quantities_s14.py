"""Currency words, "N-point" moves, "a <noun>" rates, totals over a day, reference figures and asides.

A currency named by its word ("crowns", "krone") is money of the country the text names; "-point" before a move or
a gap reads as "N points"; money "a dose" is a rate like "per dose"; "142mm of rain in a day" is a total. "below the
£440m analysts expected" states £440m. Rate denominators, labels, family sizes, report windows, guesses, age bands,
exchange rates and numbers asked about are quantities, but no claims (``filters.is_story_claim``).
"""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import extract_claims
from pipeline.claims.filters import is_story_claim
from pipeline.claims.quantities import scan


def _read(text: str) -> list[tuple[str, float, str, str]]:
    """(surface, value, unit, change) of every quantity of ``text``."""
    return [(text[q.start : q.end], q.value, q.unit, q.change) for q in scan(text, listed_times=True)]


def _story_surfaces(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan(text, listed_times=True) if is_story_claim(q, text)]


def _claim_rows(text: str) -> list[tuple[str, str, str]]:
    """(surface, unit, change) of the claims table's rows for ``text``."""
    frame = pd.DataFrame(
        {"article_id": ["a"], "text": [text], "published_at": [pd.Timestamp("2026-05-04", tz="UTC")], "entities": [[]]}
    )
    claims = extract_claims(frame)
    return list(zip(claims["surface"], claims["unit"], claims["change"], strict=True))


def _unit_of(text: str, surface: str) -> str:
    return next(unit for s, _, unit, _ in _read(text) if s.startswith(surface))


# -- currency words


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # a bare "crowns" after the country's currency was named, in the same sentence or paragraphs later
        ("Telenor said costs reached 3.4 billion Norwegian crowns, against 3.1 billion crowns a year ago.",
         "3.1 billion crowns", "NOK"),
        ("Volvo Cars earned 6.2 billion Swedish crowns.\n\nIts shares ended at 31.80 crowns in Stockholm.",
         "31.80 crowns", "SEK"),
        ("Prague's budget gap widened to 280 billion crowns, the Czech finance ministry said.",
         "280 billion crowns", "CZK"),
        # the singular form wires use after a country's adjective
        ("Oslo will spend 900 million krone on the new rail tunnel, Norway's transport minister said.",
         "900 million krone", "NOK"),
    ],
)  # fmt: skip
def test_crowns_and_krone_are_the_named_countrys_money(text: str, surface: str, unit: str) -> None:
    assert _unit_of(text, surface) == unit


def test_crowns_as_titles_stay_a_count() -> None:
    text = "The Kenyan has won three crowns at the London Marathon."
    assert _unit_of(text, "three") == "count"


# -- "N-point" moves and gaps


@pytest.mark.parametrize(
    ("text", "surface", "unit", "change"),
    [
        ("Support for the Greens shows a 3.8-point jump since the spring, the poll found.", "3.8-point",
         "percentage_point", "up"),
        ("The Liberals suffered a 5.1-point drop in their vote share.", "5.1-point", "percentage_point", "down"),
        ("Ortega's 9.4-point lead in the polls has narrowed.", "9.4-point", "percentage_point", "="),
        ("The Celtics opened up a 12-point lead in the third quarter.", "12-point", "point", "="),
    ],
)  # fmt: skip
def test_point_compound_before_a_move_or_gap_is_points(text: str, surface: str, unit: str, change: str) -> None:
    assert (surface, unit, change) in _claim_rows(text)


def test_point_compound_naming_a_thing_is_no_points() -> None:
    assert _unit_of("Ministers unveiled a 12-point plan for the railways.", "12") == "count"


def test_points_after_a_percent_level_and_a_clause_go_on_are_percentage_points() -> None:
    text = "Labour slipped to 29.4%, a fall of 3.2 points, and lost 14 councils."
    assert _unit_of(text, "3.2 points") == "percentage_point"


def test_index_points_restated_in_percent_keep_their_points() -> None:
    text = "The FTSE 100 dropped 42 points, or 0.5%, to 8,120 as voting began."
    assert _unit_of(text, "42 points") == "point"


# -- "a <noun>" rates


def test_money_a_noun_is_a_rate_like_per() -> None:
    assert _unit_of("The new jab is priced at about €410 a vial in Germany.", "€410") == "EUR_per_vial"
    assert _unit_of("Claimants will get £180 a claimant, the ruling said.", "£180") == "GBP_per_claimant"


def test_money_a_noun_naming_the_amount_is_no_rate() -> None:
    assert _unit_of("The club paid €95m a record for the league.", "€95m") == "EUR"


# -- totals over a span


def test_rain_in_a_day_is_a_total() -> None:
    assert _unit_of("Honister Pass recorded 188mm of rain in a day.", "188mm") == "millimetre"


def test_rain_a_day_is_a_rate() -> None:
    assert _unit_of("Forecasters expect 40mm of rain a day until Friday.", "40mm") == "millimetre_per_day"


# -- reference figures and shortfalls


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Net profit of €1.2bn was below the €1.4bn that economists had pencilled in.", "€1.4bn"),
        ("Inflation eased to 3.1%, above the 2.9% that markets had priced in.", "2.9%"),
        ("The coalition holds 84 seats, four short of the 88 required for a majority.", "88"),
    ],
)
def test_figure_after_below_the_is_a_stated_reference(text: str, surface: str) -> None:
    assert (surface, "=") in [(s, c) for s, _, _, c in _read(text)]


def test_below_without_the_stays_a_bound() -> None:
    assert ("€1.4bn", "<") in [(s, c) for s, _, _, c in _read("Net profit was below €1.4bn.")]


def test_a_round_mark_after_the_stays_a_bound() -> None:
    text = "Brent crude climbed above the $90 a barrel mark on Monday."
    assert ("$90 a barrel", ">") in [(s, c) for s, _, _, c in _read(text)]


def test_falling_short_is_no_fall() -> None:
    text = "The Social Democrats won 77 seats, falling 11 seats short of a majority."
    assert ("11", "=") in [(s, c) for s, _, _, c in _read(text)]


def test_a_real_fall_keeps_its_direction() -> None:
    assert ("11", "down") in [(s, c) for s, _, _, c in _read("The party's seat count fell 11 to 77.")]


# -- asides that are no claims


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("The striker, who turns 31 in March, has agreed a new deal.", "31"),
        ("Support among 25- to 34-year-olds climbed to 47%.", "25- to 34-year"),
        ("He takes over the number seven shirt from his captain.", "seven"),
        ("She averaged 1.1 tackles per 90 minutes.", "90 minutes"),
        ("Like-for-like sales rose 1.4% in the 26 weeks to 30 September.", "26 weeks"),
        ("A father of four from Tralee was among those hurt.", "four"),
        ("Repairs could take a week, perhaps two.", "two"),
        ("The forint is converted at an exchange rate of 398.2 per euro.", "398.2"),
        ('"Fifty points? Sixty? Nobody knows," the coach said.', "Sixty"),
        ("Oxygen levels had dipped to 17% at one point.", "one point"),
        ("Four charts explain why the pound slumped.", "Four"),
    ],
)
def test_asides_are_no_story_claims(text: str, dropped: str) -> None:
    assert dropped in [s for s, *_ in _read(text)]
    assert dropped not in _story_surfaces(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Three men were arrested after the raid.", "Three"),
        ("The outbreak killed 14 people per day at its peak.", "14 people per day"),
        ("Like-for-like sales rose 1.4% over 26 weeks of trading.", "26 weeks"),
        ("A father of four was among 12 people hurt.", "12"),
        ("The firm turned a profit of £3m.", "£3m"),
        ("The forint weakened 0.4% against the euro.", "0.4%"),
        ("The inspectors asked 40 questions.", "40"),
    ],
)
def test_near_misses_stay_claims(text: str, kept: str) -> None:
    assert kept in _story_surfaces(text)
