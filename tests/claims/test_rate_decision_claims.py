"""Claims of a central bank's rate decision, in sentences written for these tests: the words for the rate, the
forecasts, and what is no source, no subject and no period of a figure."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.claims.reading import claims_of, field, metric_of

MAY_2026 = pd.Timestamp("2026-05-07", tz="UTC")
BANK = [{"text": "Bank of Norvania", "label": "ORG", "count": 3}]


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The Bank of Norvania kept rates at 3.5% on Thursday.", "3.5%", "interest_rate"),
        ("Policymakers left rates unchanged at 3.5%.", "3.5%", "interest_rate"),
        ("Tax rates at 21% will stay.", "21%", "tax"),  # a rate no central bank sets
        ("Exchange rates at 1.2% above parity.", "1.2%", None),
    ],
)
def test_rates_a_central_bank_sets(sentence: str, surface: str, metric: str | None) -> None:
    assert metric_of(sentence, surface, "percent") == metric


def test_worth_before_a_verb_is_no_valuation() -> None:
    sentence = "Fixed deals are near 4.9%, down from 5.6% last year, so it is worth comparing offers."
    assert metric_of(sentence, "5.6%", "percent") != "valuation"
    assert metric_of("The start-up is now worth $2bn.", "$2bn", "USD") == "valuation"


def test_a_raised_forecast_is_no_funding() -> None:
    sentence = "The bank raised its forecast for economic growth to 1.4% from 0.9%."
    assert metric_of(sentence, "1.4%", "percent", "up") == "growth"
    assert metric_of("The start-up raised $12m from investors.", "$12m", "USD") == "funding"


def test_a_month_in_a_forecast_is_no_source() -> None:
    text = "The bank now expects growth of 1.4% this year, up from 0.9% in its February forecast."
    claims = claims_of(text, BANK, MAY_2026)
    assert field(claims, "0.9%", "attribution") is None


def test_a_month_right_after_a_figure_dates_it() -> None:
    text = "Inflation in Norvania fell to 2.6% in April from 3.0% in March, official figures showed."
    claims = claims_of(text, [{"text": "Norvania", "label": "GPE", "count": 1}], MAY_2026)
    assert field(claims, "2.6%", "period") == "2026-04"
    assert field(claims, "3.0%", "period") == "2026-03"


def test_a_quarter_still_to_come_frames_no_later_sentence() -> None:
    text = (
        "The Bank of Norvania expects inflation to reach its 2% target in the first quarter of 2027. "
        "The crown rose 0.3% against the dollar after the decision."
    )
    claims = claims_of(text, BANK, MAY_2026)
    assert field(claims, "2%", "period") == "2027-Q1"
    assert field(claims, "0.3%", "period") is None


def test_a_holiday_is_no_subject() -> None:
    text = "Most economists expect two more cuts before Christmas."
    claims = claims_of(text, [{"text": "Christmas", "label": "EVENT", "count": 1}], MAY_2026)
    assert field(claims, "two", "subject") is None
