"""Claim keys: which claims of different articles can be compared, and which stand alone."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims.keys import claim_key, is_conversion, is_market_quote, market_day
from pipeline.claims.quantities import scan
from tests.claims.reading import claims_of


def test_a_key_joins_subject_metric_dimension_period_and_kind() -> None:
    assert claim_key("Netflix", "revenue", "USD", "2025-Q2", False, "c1") == "netflix|revenue|USD|2025-Q2|result"
    assert claim_key("Netflix", "revenue", "USD", None, True, "c1") == "netflix|revenue|USD|-|forecast"


@pytest.mark.parametrize(
    ("subject", "metric", "unit"),
    [
        ("Netflix", None, "USD"),  # no predicate
        ("Chelsea", "duration", "week"),  # a dimension, not a fact
        ("BT", "share", "percent"),  # 95% of homes, 56% of viewers: shares of different things
        ("India", "population", "percent"),  # 2% of the population are Christians, 20% own a phone
        ("ILO", "people", "count"),  # people who lost their jobs, people out of work
    ],
)
def test_claims_no_other_article_can_match_stand_alone(subject: str | None, metric: str | None, unit: str) -> None:
    assert claim_key(subject, metric, unit, None, False, "c1") == "claim:c1"


def test_a_population_count_is_a_fact() -> None:
    assert claim_key("India", "population", "count", None, False, "c1") == "india|population|count|-|result"


def test_market_quotes_are_compared_within_their_trading_day_only() -> None:
    assert is_market_quote("shares", "GBX") and is_market_quote("shares_growth", "percent")
    assert is_market_quote("price", "USD_per_barrel")
    assert not is_market_quote("price", "GBP")  # a console's price is no quote of the day
    assert claim_key("Barclays", "shares", "GBX", None, False, "c1") == "claim:c1"  # undated: no day to compare
    day = market_day(pd.Timestamp("2005-02-14 16:40", tz="UTC"))
    assert day == "2005-02-14"
    assert claim_key("Barclays", "shares", "GBX", day, False, "c1") == "barclays|shares|GBP|2005-02-14|result"
    assert market_day(None) is None and market_day(pd.NaT) is None


@pytest.mark.parametrize(
    ("text", "conversions"),
    [
        ("The firm must pay a $27bn (£14bn) tax bill.", [False, True]),
        ("Profit was 40m rupees ($915,000; £486,000) in the quarter.", [False, True, True]),
        ("The console costs $250 (about £132) in the US.", [False, True]),
        ("Tickets cost $5, £3 and €2 in the three cities.", [False, False, False, False]),  # prices, no conversion
        ("Sales rose from $5bn to £3bn after the merger.", [False, False]),
        ("Shares rose 12p (3%) to 410p.", [False, False, False]),  # a move and its percentage, no currencies
    ],
)
def test_a_bracketed_conversion_repeats_the_figure_before_it(text: str, conversions: list[bool]) -> None:
    found = scan(text)
    assert [is_conversion(text, found[i - 1] if i else None, q) for i, q in enumerate(found)] == conversions


ENTITIES = [{"text": "Barclays", "label": "ORG", "count": 2}, {"text": "Yukos", "label": "ORG", "count": 1}]


def _claims(text: str, published: pd.Timestamp | None) -> pd.DataFrame:
    return claims_of(text, ENTITIES, published).set_index("surface")


def test_extracted_market_quotes_take_the_publication_day() -> None:
    monday = pd.Timestamp("2005-02-14 11:05", tz="UTC")
    dated = _claims("Barclays shares rose 1.3% to 605 pence by late morning.", monday)
    assert dated.loc["1.3%", "period"] == "2005-02-14"
    assert dated.loc["1.3%", "claim_key"].endswith("|2005-02-14|result")
    undated = _claims("Barclays shares rose 1.3% to 605 pence by late morning.", None)
    assert undated.loc["1.3%", "claim_key"].startswith("claim:")


def test_an_extracted_conversion_stands_alone() -> None:
    out = _claims("Yukos was hit with a $27bn (£14bn) tax bill.", pd.Timestamp("2005-01-10", tz="UTC"))
    assert not out.loc["$27bn", "claim_key"].startswith("claim:")
    assert out.loc["£14bn", "claim_key"].startswith("claim:")


def test_an_undated_figure_its_sentence_dates_relatively_stands_alone() -> None:
    text = "Barclays reported fourth-quarter results. Its revenue rose 4% to £2.1bn. Barclays revenue rose 0.8% in May."
    out = _claims(text, None)
    assert out.loc["£2.1bn", "claim_key"].endswith("|Q4|result")
    assert out.loc["0.8%", "metric"] == "revenue_growth"  # no market quote: the month alone sets it apart
    assert out.loc["0.8%", "claim_key"].startswith("claim:")


def test_in_a_dated_article_a_relative_date_dates_only_its_own_figure() -> None:
    friday = pd.Timestamp("2005-03-11 09:30", tz="UTC")
    text = (
        "Barclays has been fined £12.4 million after it admitted releasing untreated sewage into the River Tam on "
        "more than 4,000 occasions last year, the Environment Agency said on Friday."
    )  # (the fine's own clause names no period; "last year" dates the 4,000 occasions)
    out = _claims(text, friday)
    assert out.loc["4,000", "period"] == "2004"
    assert out.loc["£12.4 million", "claim_key"] == "barclays|fine|GBP|-|result"  # comparable with other reports
    undated = _claims(text, None)  # no date: "last year" may be any year, and the fine's sentence with it
    assert undated.loc["£12.4 million", "claim_key"].startswith("claim:")


def test_an_institution_and_its_abbreviation_share_a_key() -> None:
    full = claim_key("Office for National Statistics", "unemployment", "percent", None, False, "c1")
    short = claim_key("ONS", "unemployment", "percent", None, False, "c2")
    assert full == short == "ons|unemployment|percent|-|result"
    assert claim_key("Bank of England", "interest_rate", "percent", None, False, "c1").startswith("bank of england|")
    assert claim_key("Mary Lou Smith", "salary", "USD", None, False, "c1").startswith("mary lou smith|")
