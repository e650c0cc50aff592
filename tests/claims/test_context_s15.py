"""Session 15: modal hedges and forecasts kept to the figure they govern, comparison bases dated apart, halves and
months of a year read only as such, and the source of each figure in sentences that set two clauses side by side."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import extract_quantities
from pipeline.claims.attribution import find_attribution
from pipeline.claims.context import clause_around, is_forecast, is_modal_cue, sentence_hedges
from pipeline.claims.periods import find_period

OCT_2026 = pd.Timestamp("2026-10-20", tz="UTC")


def _span(sentence: str, figure: str) -> tuple[int, int]:
    start = sentence.index(figure)
    return start, start + len(figure)


def _forecast(sentence: str, figure: str) -> bool:
    return is_forecast(sentence, *_span(sentence, figure))


def _period(sentence: str, figure: str) -> str | None:
    return find_period(clause_around(sentence, *_span(sentence, figure)), OCT_2026)


def _source(sentence: str, figure: str) -> str | None:
    return find_attribution(sentence, *_span(sentence, figure))


# --- 1. modal hedges and forecast cues ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hedges"),
    [
        # a modal before a verb of seeming judges the figure; "could not" is a past inability, a fact
        ("A 2.4-point drop might seem modest, but it is the steepest on record.", []),
        ("Auditors said $310m in client money could not be traced.", []),
        ("The reservoir could hold 40 billion litres by 2030.", ["could"]),  # near miss: a real modal
        ("A 12% rise may follow in the spring.", ["may"]),
        # "projects" is a noun unless a name or a pronoun projects something
        ("The bypass cost twice what comparable road projects cost a decade ago.", []),
        ("The IMF projects growth of 2.9% next year.", ["projects"]),
    ],
)
def test_modals_of_seeming_negated_ability_and_noun_projects_are_no_hedges(sentence: str, hedges: list[str]) -> None:
    assert sentence_hedges(sentence) == hedges


@pytest.mark.parametrize(
    ("sentence", "figure", "forecast"),
    [
        ("A 2.4-point drop might seem modest, but it is the steepest on record.", "2.4-point", False),
        ("A 2.4-point drop may look small, but it represents a loss of nearly 6%.", "6%", False),
        ("Sales dipped in May, but it expects growth of 4% next year.", "4%", True),  # the cue is the clause's own
        ("Auditors said $310m in client money could not be traced.", "$310m", False),
        ("The bypass cost twice what comparable road projects cost a decade ago.", "twice", False),
        # a relative clause of the past says the figure exists, whatever is planned for it
        ("Engineers will inspect the 22 cables that divers photographed last spring.", "22", False),
        ("Engineers will inspect 22 cables next month.", "22", True),
        ("The trust, which signed a £95m deal with the builder in 2023, will open the ward soon.", "£95m", False),
        # a figure owned by a year named is that year's result, whatever the clause predicts
        ("The levy would reach £40m, based on the group's 2024 turnover of £2bn.", "£2bn", False),
        ("The levy would reach £40m, based on the group's 2024 turnover of £2bn.", "£40m", True),
        ("The penalty could be as much as $75m, regulators warned.", "$75m", True),
    ],
)  # fmt: skip
def test_forecast_cues_govern_their_own_clause(sentence: str, figure: str, forecast: bool) -> None:
    assert _forecast(sentence, figure) is forecast


def test_modal_cues_are_the_hedges_a_forecast_carries() -> None:
    assert is_modal_cue("could") and is_modal_cue("expected")
    assert not is_modal_cue("reportedly") and not is_modal_cue("estimated")


def test_closer_to_is_an_approximation() -> None:
    q = extract_quantities("Unions said the real turnout was closer to 80,000.")[0]
    assert q["change"] == "~" and q["hedge"] == "closer to"


# --- 2. periods ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "period"),
    [
        # an earlier period's figure in brackets dates only itself
        ("Passengers: 4.2 million (Q2 2025: 3.9 million)", "4.2 million", None),
        ("Passengers: 4.2 million (Q2 2025: 3.9 million)", "3.9 million", "2025-Q2"),
        ("Operating profit was £61m (2025: £48m).", "£61m", None),
        # the date after the figure a move started from is that figure's
        ("The average rent rose to £940 from £860 in 2023.", "£940", None),
        ("The average rent rose to £940 from £860 in 2023.", "£860", "2023"),
        ("The average rent rose to £940 in 2025.", "£940", "2025"),  # near miss: its own year
        ("Orders reached 5,100, a 9% rise on the same period last year.", "9%", None),
        ("Orders fell 9% last year.", "9%", "2025"),
    ],
)
def test_a_comparison_base_keeps_its_date(sentence: str, figure: str, period: str | None) -> None:
    assert _period(sentence, figure) == period


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("She ran the second half in 71:05 to win.", None),
        ("United scored twice in the first half.", None),
        ("Sales in the second half rose 8%.", "2025-H2"),
        ("First-half profit climbed to $3.1bn.", "2026-H1"),
        ("In the first nine months the carmaker built 412,000 vehicles.", "2026-9M"),
        ("Output in the first six months of 2025 was flat.", "2025-H1"),
        ("Mothers would get £150 a week for the first six months after the birth.", None),
        ("In her first nine months as mayor she built 900 homes.", None),
    ],
)
def test_halves_and_first_months_are_periods_of_a_year_only(sentence: str, period: str | None) -> None:
    assert find_period(sentence, OCT_2026) == period


# --- 3. attribution ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "source"),
    [
        # two estimates set side by side: each clause's own source
        ("Stewards estimated 18,000 fans, while the club put the crowd at nearer 25,000.", "18,000", "Stewards"),
        ("Stewards estimated 18,000 fans, while the club put the crowd at nearer 25,000.", "25,000", "club"),
        ("The Home Office said 41% of claims were approved, while the charity Asylum Aid claimed the rate was 35%.",
         "41%", "Home Office"),
        ("The Home Office said 41% of claims were approved, while the charity Asylum Aid claimed the rate was 35%.",
         "35%", "Asylum Aid"),
        # the agent of the figure's own verb
        ("Shipments hit 2.1m, short of the 2.3m that analysts surveyed by Bloomberg had forecast.", "2.3m",
         "Bloomberg"),
        ("Shipments hit 2.1m, short of the 2.3m expected by economists.", "2.3m", "economists"),
        # a clause that opens on its source does not reach back; one that closes on it does
        ("Councils built 9,400 homes last year, and the Local Government Association warns that more are needed.",
         "9,400", None),
        ("Revenue rose 6% to $4bn, and margins widened to 12%, Acme said.", "6%", "Acme"),
        ("Acme said revenue rose 6% to $4bn, and margins widened to 12%.", "12%", "Acme"),
    ],
)  # fmt: skip
def test_each_clause_has_its_own_source(sentence: str, figure: str, source: str | None) -> None:
    assert _source(sentence, figure) == source


def test_without_a_figure_the_sentence_source_is_kept() -> None:
    assert find_attribution("Councils built 9,400 homes, the Local Government Association said.") == (
        "Local Government Association"
    )
