"""A claim's metric, move, hedge, forecast flag and period, in sentences written for these tests: prizes, race
fields, venue counts, costs and damage, shares of a group, "worth" after a noun, paying for a purchase, forecast
cues that govern only their own figure, and periods named as a comparison base or a relative quarter."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims.context import is_forecast, sentence_hedges
from pipeline.claims.metrics import occurrence_metric
from pipeline.claims.periods import find_period
from tests.claims.reading import claims_of, field, metric_of

OCT_2026 = pd.Timestamp("2026-10-14", tz="UTC")  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The champion takes home prize money of $75,000 from the event.", "$75,000", "prize"),
        ("The fight carries a purse of $4 million for each boxer.", "$4 million", "prize"),
        ("Ministers said £3m from the public purse had been spent.", "£3m", "spending"),
        ("A record 52,000 starters crossed the line in the city's marathon.", "52,000", "participants"),
        ("Organisers expect 52,000 runners on Sunday.", "52,000", "participants"),
        ("The thriller opened in 3,950 cinemas across the country.", "3,950", "venues"),
        ("The thriller opened in 3,950 theatres across the country.", "3,950", "venues"),
        ("The film played on 9,200 screens.", "9,200", "screens"),  # several screens to a cinema: another count
        ("The repairs would cost the operator about $180 million, analysts said.", "$180 million", "cost"),
        ("The council put the cost of the flood defences at £45m.", "£45m", "cost"),
        ("The damage from the storm could exceed $3 billion, insurers said.", "$3 billion", "damage"),
        ("A return ticket costs £89.", "£89", "price"),  # a thing's price stays a price
    ],
)
def test_lexicon_words_for_prizes_fields_venues_and_costs(sentence: str, surface: str, metric: str) -> None:
    assert field(claims_of(sentence, [], OCT_2026), surface, "metric") == metric


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("About 64% of festival ticket buyers were under 30.", "64%", "share"),
        ("Some 38% of supporters who bought resale seats paid over the odds.", "38%", "share"),
        ("Nearly 30% of its sales came from China.", "30%", "revenue"),  # a lexicon noun keeps its metric
        ("Prices rose 4% of late.", "4%", "price_growth"),  # no group named
    ],
)
def test_a_percentage_of_a_group_is_a_share(sentence: str, surface: str, metric: str) -> None:
    change = "up" if "rose" in sentence else "="
    assert metric_of(sentence, surface, "percent", change) == metric


def test_a_multiple_of_a_price_counts_no_occurrences() -> None:
    sentence = "Some seats changed hands at nine times face value."
    end = sentence.index("nine") + len("nine")
    assert occurrence_metric(sentence, end, "count") is None
    sentence = "The river burst its banks nine times in 2025."
    assert occurrence_metric(sentence, sentence.index("nine") + 4, "count") == "occurrences"


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "metric"),
    [
        ("The chancellor unveiled tax rises worth £19 billion a year.", "£19 billion", "GBP", "tax"),
        ("Rivals agreed a merger worth $6bn.", "$6bn", "USD", "deal_value"),
        ("The start-up is now worth $2bn.", "$2bn", "USD", "valuation"),
        ("The company is worth $2bn.", "$2bn", "USD", "valuation"),
        ("Harlow Systems will pay about $3.2 billion in cash for Denmoor.", "$3.2 billion", "USD", "deal_value"),
        ("Shell is to pay $1m to the former finance chief.", "$1m", "USD", "salary"),  # a payment to a person
    ],
)
def test_the_noun_before_worth_and_paying_for_a_target(sentence: str, surface: str, unit: str, metric: str) -> None:
    assert metric_of(sentence, surface, unit) == metric


def test_a_growth_takes_no_metric_from_the_next_clause() -> None:
    sentence = "The bank lowered its forecast for growth next year to 0.8%, and said unemployment would reach 5.3%."
    assert metric_of(sentence, "0.8%", "percent", "down") == "growth"
    assert metric_of("Sales growth slowed to 3%.", "3%", "percent", "down") == "revenue_growth"


@pytest.mark.parametrize(
    ("sentence", "surface", "forecast"),
    [
        ("Industry tracking had pointed to a $70 million debut for the sequel.", "$70 million", True),
        ("Sales are tracking at $70 million so far.", "$70 million", False),  # the verb reports a level
        (
            "It beat the studio's forecast of $60 million and the $52.4 million the first film made.",
            "$52.4 million",
            False,
        ),
        (
            "It beat the studio's forecast of $60 million and the $52.4 million the first film made.",
            "$60 million",
            True,
        ),
        ("The agency knows of 31 deaths in fires that may be tied to the heaters.", "31", False),
        ("Unions warn that 4,000 jobs that could be lost by 2028 are at stake.", "4,000", True),
    ],
)
def test_forecast_cues_govern_their_own_figure(sentence: str, surface: str, forecast: bool) -> None:
    start = sentence.index(surface)
    assert is_forecast(sentence, start, start + len(surface)) is forecast


def test_reported_speech_and_reported_amounts() -> None:
    assert "would" not in sentence_hedges("The federation confirmed that the champion would receive €60,000.")
    assert "would" in sentence_hedges("Analysts said the bid would value the group at €6bn.")
    assert "reported" in sentence_hedges("The club's reported £90m offer was rejected.")
    assert "reported" not in sentence_hedges("The club reported a loss of £90m.")
    claims = claims_of("Organisers will collect prize money of $80,000.", [], OCT_2026)
    assert not field(claims, "$80,000", "forecast")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Entries were up 6 per cent on last year.", None),  # last year is the base
        ("Entries rose 6 per cent compared with last year.", None),
        ("Entries rose 6 per cent last year.", "2025"),
        ("Inflation should ease to 2.1% by the final quarter of next year.", "2027-Q4"),
        ("Output fell in the final quarter of 2025.", "2025-Q4"),
    ],
)
def test_periods_of_a_base_and_a_relative_quarter(text: str, period: str | None) -> None:
    assert find_period(text, OCT_2026, forecast="should" in text) == period


def test_gdp_as_a_yardstick_names_no_other_figure() -> None:
    sentence = "The deficit will shrink from £90bn, or 3.1% of GDP, to £74bn in 2028."
    assert metric_of(sentence, "£74bn", "GBP", "down") != "gdp"
    assert metric_of(sentence, "3.1%", "percent") == "deficit"


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "metric"),
    [
        # GDP measures the percentage before it, and no other figure of the sentence
        ("GDP grew to £2.9 trillion.", "£2.9 trillion", "GBP", "gdp"),
        # a word in a clause opened by "after"/"because" speaks of something else
        ("Shares in regional lenders fell 4% after the bank levy was confirmed.", "4%", "percent", "shares_growth"),
        ("The Treasury collected £3bn in stamp duty.", "£3bn", "GBP", "tax"),
        # a currency's moves
        ("The pound slipped 0.4% against the dollar.", "0.4%", "percent", "exchange_rate_growth"),
        ("Exports to the euro zone rose 3%.", "3%", "percent", "exports_growth"),
        # a price for a purchase with a conversion in brackets before "for"
        ("Norlund will pay about €4.6 billion ($5.1 billion) in cash for Vestra.", "€4.6 billion", "EUR", "deal_value"),
    ],
)
def test_yardsticks_subordinate_clauses_and_currencies(sentence: str, surface: str, unit: str, metric: str) -> None:
    change = "down" if any(w in sentence for w in ("fell", "slipped")) else "up" if "rose" in sentence else "="
    assert metric_of(sentence, surface, unit, change) == metric
