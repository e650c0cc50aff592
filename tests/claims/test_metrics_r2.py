"""Physical sizes (a mass, an altitude, a power demand or output) take a metric from their own word close by, so two
outlets' reports of one spacecraft's orbit or one grid's peak demand can meet; and a walkout's head count is
``strikers`` however the walkout is told."""

from __future__ import annotations

import pytest

from tests.claims.reading import claims_of, field


def _metric(text: str, surface: str) -> str | None:
    return field(claims_of(text, []), surface, "metric")


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The Helios-2 probe weighs 1,850 kg and will be placed in orbit next spring.", "1,850 kg", "mass"),
        ("Its payload of 6.5 tonnes is the heaviest the agency has flown.", "6.5 tonnes", "mass"),
        ("The relay satellite will circle the planet at an altitude of 720 km.", "720 km", "altitude"),
        ("Engineers nudged the station into a 410-kilometre orbit on Friday.", "410-kilometre", "altitude"),
        ("Electricity demand peaked at 38.2GW shortly after 6pm, the grid operator said.", "38.2GW", "demand"),
        ("National load climbed to 52.7 gigawatts on Wednesday afternoon.", "52.7 gigawatts", "demand"),
        ("The country's solar farms generated 14.3 TWh in July, a record.", "14.3 TWh", "generation"),
        ("The plant has an installed capacity of 2.4 GW once its fourth unit opens.", "2.4 GW", "capacity"),
    ],
)
def test_a_physical_size_takes_its_own_word(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a word of size is no metric of a figure in another dimension, nor of one far off in the sentence
        ("Demand for the new handset rose 12% in the first quarter, the company said.", "12%", "growth"),
        ("The stadium, which reopened last month, has a capacity of 62,000.", "62,000", None),
        ("The 70-metre rocket lifted off at dawn from the coastal pad and, after a short delay, reached orbit.",
         "70-metre", None),
        ("The 4.2-tonne lander sat on the pad for a week before the launch, which was watched by thousands.",
         "4.2-tonne", None),
        ("Output at the factory fell 3% in May.", "3%", "growth"),
    ],
)
def test_words_of_size_leave_other_figures_alone(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("More than 31,000 workers walked out on Monday, halting services across the region.", "31,000"),
        ("About 27,000 union members began strikes at 4am, the union said.", "27,000"),
        ("Nearly 9,500 staff are on strike at the country's airports.", "9,500"),
    ],
)
def test_a_walkout_counts_strikers(text: str, surface: str) -> None:
    assert _metric(text, surface) == "strikers"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The carrier employs 31,000 workers across Europe.", "31,000", "jobs"),
        ("The union now has 27,000 members, up from 22,000 in 2020.", "27,000", "members"),
        ("About 40 members walked out of the council meeting in protest.", "40", "members"),
    ],
)
def test_a_workforce_or_a_membership_is_no_walkout(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # who said it parts no clause: the price before the attribution still governs the move after it
        ("The typical price of a flat reached £312,900, the agency said, up 4.1% on a year earlier.", "4.1%",
         "price_growth"),
        ("Quarterly turnover reached £2.6bn, the retailer reported on Thursday, up 5% on last year.", "5%",
         "revenue_growth"),
        # near miss: a new clause with its own word keeps it
        ("Turnover reached £2.6bn, the retailer said, while its staff numbers grew 3%.", "3%", "jobs_growth"),
    ],
)
def test_an_attribution_aside_parts_no_clause(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "forecast"),
    [
        # a clause in the past after a future one reports a result: "last year's peak was ..."
        ("Forecasters say the drought will deepen; last year's driest month was June, with 4mm of rain.", "4mm",
         False),
        ("Heat records will keep falling, and Portugal's previous high was 47.4C.", "47.4C", False),
        # near miss: the possessive clause is still a forecast when its own verb says so
        ("Stocks will stay volatile, and the bank's profit is expected to reach $3bn.", "$3bn", True),
    ],
)
def test_a_possessive_clause_of_its_own_tense_is_no_forecast(text: str, surface: str, forecast: bool) -> None:
    assert bool(field(claims_of(text, []), surface, "forecast")) is forecast


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # "worth" values the figure after it, never the one before it
        ("The board tabled a 3.2% rise, worth about £900 a year to a junior nurse.", "3.2%", "growth"),
        ("Ministers said the 6% award was worth roughly £2,100 to the average teacher.", "6%", None),
        # near miss: the money after "worth" is still a valuation
        ("Ministers said the 6% award was worth roughly £2,100 to the average teacher.", "£2,100", "valuation"),
        ("The chipmaker, now worth $40bn, employs 9,000 people.", "$40bn", "valuation"),
    ],
)
def test_worth_values_the_figure_after_it(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric
