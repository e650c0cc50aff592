"""Periods are anchored on the publication date."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims.periods import find_period
from tests.claims.reading import claims_of

JULY_2025 = pd.Timestamp("2025-07-18", tz="UTC")
FEB_2025 = pd.Timestamp("2025-02-03", tz="UTC")


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        ("The company reported $11.08 billion in second-quarter revenue.", JULY_2025, "2025-Q2"),
        ("Fourth-quarter revenue rose 9%.", FEB_2025, "2024-Q4"),
        ("Profit in Q1 2023 fell sharply.", JULY_2025, "2023-Q1"),
        ("Sales in the first half rose 12%.", JULY_2025, "2025-H1"),
        ("Revenue last year reached $2 billion.", JULY_2025, "2024"),
        ("So far this year shares are up 57%.", JULY_2025, "2025"),
        ("The region lost 5,000 jobs in 2023.", JULY_2025, "2023"),
        ("The disruption could reach 204,000 jobs by 2027.", JULY_2025, "2027"),
        ("The figure is 4% higher than last month.", JULY_2025, "2025-06"),
    ],
)
def test_periods(sentence: str, published: pd.Timestamp, period: str) -> None:
    assert find_period(sentence, published) == period


def test_a_report_year_is_not_the_claims_period() -> None:
    assert find_period("A 2023 report by CVL Economics found 204,000 jobs at risk.", JULY_2025) is None


def test_relative_periods_need_a_publication_date() -> None:
    assert find_period("Second-quarter revenue rose 9%.", None) == "Q2"  # the year stays unknown
    assert find_period("Sales in the first half rose 12%.", None) == "H1"
    assert find_period("Fourth-quarter 2023 revenue rose 9%.", None) == "2023-Q4"
    assert find_period("Revenue last year reached $2 billion.", pd.NaT) is None
    assert find_period("Revenue in 2023 reached $2 billion.", None) == "2023"


def test_a_forecast_quarter_lies_ahead() -> None:
    assert find_period("It expects third-quarter revenue of $12 billion.", JULY_2025, forecast=True) == "2025-Q3"
    assert find_period("It expects first-quarter revenue of $12 billion.", JULY_2025, forecast=True) == "2026-Q1"


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        ("The economy contracted by 0.3% in the last three months of 2024.", FEB_2025, "2024-Q4"),
        ("Exports grew 4% in the first three months of the year.", JULY_2025, "2025-Q1"),
        ("Pre-tax profit climbed 11% in the three months to September.", FEB_2025, "2024-Q3"),
        ("Turnover slipped 2% in the three months to the end of March 2024.", JULY_2025, "2024-Q1"),
        ("Shipments doubled in the final quarter of 2024.", JULY_2025, "2024-Q4"),
        ("Shipments doubled in the last quarter of 2023.", JULY_2025, "2023-Q4"),
    ],
)
def test_quarters_written_out(sentence: str, published: pd.Timestamp, period: str) -> None:
    assert find_period(sentence, published) == period


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial will run for three months.",
        "Prices rose 2% over the last three months.",  # a rolling span, not a calendar quarter
        "Sales rose 6% in the three months to October.",  # a fiscal quarter: which year's calendar quarter is unsure
    ],
)
def test_spans_of_three_months_that_are_no_quarter(sentence: str) -> None:
    assert find_period(sentence, JULY_2025) is None


def test_a_whole_year_figure_is_not_framed_by_the_storys_quarter() -> None:
    text = (
        "Acme Corp reported fourth-quarter results on Tuesday. Revenue rose 4% to $2.1 billion. "
        "For the full year, revenue grew 2.3%."
    )
    acme = [{"text": "Acme Corp", "label": "ORG", "count": 1}]
    periods = claims_of(text, acme, FEB_2025).set_index("surface")["period"]
    assert periods["$2.1 billion"] == "2024-Q4"
    assert pd.isna(periods["2.3%"])


@pytest.mark.parametrize(
    ("sentence", "published", "forecast", "period"),
    [
        ("House prices rose by 0.8% in January, the lender said.", FEB_2025, False, "2025-01"),
        ("Retail sales fell 1% in December.", FEB_2025, False, "2024-12"),  # the latest December
        ("Output is expected to rise 2% in March.", FEB_2025, True, "2025-03"),
        ("Sales rose 2% in March 2023.", FEB_2025, False, "2023-03"),
    ],
)
def test_a_month_without_its_year_is_the_latest_by_the_publication_date(
    sentence: str, published: pd.Timestamp, forecast: bool, period: str
) -> None:
    assert find_period(sentence, published, forecast) == period


@pytest.mark.parametrize(
    "sentence", ["May saw a 3% rise in sales.", "The chain opens in March 12 new stores.", "Prices may rise 2%."]
)
def test_no_month_without_a_preposition_or_before_a_number(sentence: str) -> None:
    assert find_period(sentence, FEB_2025) is None


@pytest.mark.parametrize(
    "sentence",
    ["House prices rose 0.8% in January, the lender said.", "The euro was up 0.9% on the day at $1.31."],
)
def test_a_month_or_day_figure_is_not_framed_by_the_storys_quarter(sentence: str) -> None:
    text = f"Acme Corp reported fourth-quarter results on Tuesday. Revenue rose 4% to $2.1 billion. {sentence}"
    periods = claims_of(text, [], pd.NaT).set_index("surface")["period"]
    assert periods["$2.1 billion"] == "Q4"
    assert pd.isna(periods.iloc[-1])  # undated: no publication date to read the month by, and no quarter either
