"""Figures that are no claims of the story (asides, notes, worked examples), and the forecast flag of estimates,
baselines and pledges. Sentences written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import extract_claims, extract_quantities
from pipeline.claims.context import is_forecast
from pipeline.claims.filters import is_story_claim
from pipeline.claims.quantities import scan
from tests.claims.reading import field

JUNE_2026 = pd.Timestamp("2026-06-12", tz="UTC")


def _story_claims(text: str) -> list[str]:
    """The surfaces of the quantities ``text`` asserts as a story, after the claim-level filter."""
    return [text[q.start : q.end] for q in scan(text) if is_story_claim(q, text)]


def _forecast(sentence: str, surface: str) -> bool:
    start = sentence.index(surface)
    return is_forecast(sentence, start, start + len(surface))


# -- (A) no claims of the story


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Dalton, 61, joined the board of the insurer in 2019 after a decade at Aviva.", "61", None),
        ("The new chief executive, Priya Raman, 48, starts in September.", "48", None),
        ("Harlow is 29. He has played 140 league games.", "29", "140"),
        ("Some 2,000 adults aged between 25 and 40 were surveyed online.", "between 25 and 40", "2,000"),
        ("(£1 = €1.16)", "£1", None),
        ("Sales rose 4% to 310 billion rupees. ($1 = 83.40 Indian rupees)", "83.40 Indian rupees", "4%"),
        ("The three lenders declined to comment on Friday.", "three", None),
        ("Her party has won two of the last five elections.", "five", "two"),
        ("The change adds about £900 a year for a worker earning £35,000.", "£35,000", "£900 a year"),
    ],
)
def test_asides_notes_and_examples_are_no_story_claims(text: str, dropped: str, kept: str | None) -> None:
    surfaces = _story_claims(text)
    assert dropped not in surfaces
    assert kept is None or kept in surfaces
    # still quantities of the text: NewsQuant's reader is unchanged
    assert dropped in [r["surface"] for r in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("His widow died aged 88 at the family home.", "88"),  # an age after "aged" can be the news
        ("The 19-year-old striker scored twice on his debut.", "19-year-old"),  # labelled a claim in the gold
        ("Harlow is 29 and has played 140 league games.", "29"),  # no clause end after the age
        ("The fee is a flat rate. It is 29.", "29"),  # a pronoun: no person's age
        ("Three lenders declined to comment on Friday.", "Three"),  # the first mention of a set is its count
        ("The 40 lenders in the scheme declined to comment.", "40"),  # digits: a figure the story gives
        ("The bond (worth $1.2 billion) was repaid in full.", "$1.2 billion"),  # brackets, but no "1 = ..." note
        ("A worker earned £35,000 last year, the tribunal heard.", "£35,000"),  # a fact, not a worked example
        ("People over 70 will make up a fifth of voters.", "70"),
    ],
)
def test_near_misses_stay_story_claims(text: str, kept: str) -> None:
    assert kept in _story_claims(text)


def test_a_north_american_phone_number_with_its_trunk_prefix_is_no_quantity() -> None:
    assert extract_quantities("Readers can reach the newsroom on 1-888-204-3170 around the clock.") == []
    assert extract_quantities("Or write to 1.866.310.4422 before Friday.") == []


def test_numbers_beside_a_phone_number_pattern_are_still_read() -> None:
    surfaces = [r["surface"] for r in extract_quantities("The trust logged 1,800 calls and there is a 1-in-100 risk.")]
    assert surfaces == ["1,800", "1"]


# -- (B) forecast flag


@pytest.mark.parametrize(
    ("sentence", "surface", "forecast"),
    [
        # an earnings table line: the estimate is the figure next to "expected", the result is reported
        ("Adjusted EPS: $2.04 vs. $1.95 expected", "$2.04", False),
        ("Adjusted EPS: $2.04 vs. $1.95 expected", "$1.95", True),
        ("Sales came in at $4.2bn, topping the $4.0bn Wall Street had pencilled in.", "$4.0bn", True),
        ("Sales came in at $4.2bn, topping the $4.0bn Wall Street had pencilled in.", "$4.2bn", False),
        ("Inflation was 0.4%, above economists' consensus estimate of 0.3%.", "0.3%", True),
        ("The charity disputed the agency's estimate of 12,000 displaced people.", "12,000", False),
        ("EPS was 98 cents, 5 cents above the consensus estimate of 93 cents.", "5 cents", False),
        ("Analysts estimate the group controls more than 60% of the market.", "60%", False),
        ("Brokers said profit was ahead of their estimate of Rs 900 crore.", "Rs 900 crore", True),
        # the level a move starts from is the level now, whatever the move's verb
        ("Fares will rise to £4.80 from £4.50 in January.", "£4.50", False),
        ("Fares will rise to £4.80 from £4.50 in January.", "£4.80", True),
        ("Fares will jump from £4.50 to £4.80 in January.", "£4.50 to £4.80", True),
        ("The payroll could reach $90m next year, up from $72m.", "$72m", False),
        ("The service will launch next year, starting from 40 depots.", "40", True),  # a source, no baseline
        ("The group will refinance loans of about $300 million next spring.", "$300 million", False),
        ("The group will take on loans of $300 million next spring.", "$300 million", True),
        # a clause of its own tense is not the future of the clause before it
        ("The ministry forecasts growth of 2% in 2027, and the central bank has reserves of $40 billion.",
         "$40 billion", False),
        ("The ministry forecasts growth of 2% in 2027, and the central bank has reserves of $40 billion.", "2%", True),
        ("The grant would go to schools, which have a repair backlog of £2bn.", "£2bn", False),
        ("The grant would go to a new hall, which is expected to cost £2bn.", "£2bn", True),
        ("The market was worth $20m in 2024, but is set to be worth $900m by 2030.", "$900m", True),
        # a pledge is a plan
        ("The mayor pledged to build 10,000 homes over the decade.", "10,000", True),
        ("The mayor built 10,000 homes over the decade.", "10,000", False),
    ],
)  # fmt: skip
def test_forecast_flag(sentence: str, surface: str, forecast: bool) -> None:
    assert _forecast(sentence, surface) is forecast


def test_the_reported_figure_of_an_earnings_line_carries_no_hedge() -> None:
    text = "Quillon reported its quarterly results on Thursday.\nAdjusted EPS: $2.04 vs. $1.95 expected\n"
    frame = pd.DataFrame(
        [("e1", text, JUNE_2026, [{"text": "Quillon", "label": "ORG", "count": 1}], "Quillon beats forecasts")],
        columns=["article_id", "text", "published_at", "entities", "title"],
    )
    claims = extract_claims(frame)
    assert not field(claims, "$2.04", "forecast")
    assert field(claims, "$2.04", "hedge") is None
    assert field(claims, "$1.95", "forecast")
