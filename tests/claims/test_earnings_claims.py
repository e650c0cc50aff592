"""An earnings story about a company the tagger does not know, in sentences written for these tests: its figures
are its own even where a sentence does not name it."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import extract_claims
from tests.claims.reading import field, metric_of

APRIL_2026 = pd.Timestamp("2026-04-29", tz="UTC")
TEXT = (
    "Quillon reported revenue of $3.1 billion for the quarter, up 12% from a year earlier.\n\n"
    "Net income was $410 million, or 88 cents a share.\n\n"
    "The shares rose 4% in late trading."
)


def _claims(entities: list[dict], title: str) -> pd.DataFrame:
    frame = pd.DataFrame(
        [("e1", TEXT, APRIL_2026, entities, title)], columns=["article_id", "text", "published_at", "entities", "title"]
    )
    return extract_claims(frame)


def test_an_untyped_name_in_the_headline_and_the_lead_is_the_story_company() -> None:
    claims = _claims([{"text": "Quillon", "label": "MISC", "count": 1}], "Quillon sales beat forecasts")
    assert field(claims, "$410 million", "subject") == "Quillon"  # no name in its sentence: the company's
    assert field(claims, "4%", "subject") == "Quillon"


def test_a_figure_of_no_company_metric_stays_without_a_subject() -> None:
    text = "Quillon reported revenue of $3.1 billion. About 40,000 fans attended the final."
    frame = pd.DataFrame(
        [("e1", text, APRIL_2026, [{"text": "Quillon", "label": "MISC", "count": 1}], "Quillon sales beat forecasts")],
        columns=["article_id", "text", "published_at", "entities", "title"],
    )
    assert field(extract_claims(frame), "40,000", "subject") is None


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "metric"),
    [
        ("The brewer employs about 2,400 people.", "2,400", "count", "jobs"),
        ("The merger should bring annual cost savings of $80 million.", "$80 million", "USD", "savings"),
        ("Managers expect the plan to save $12m a year.", "$12m", "USD", "savings"),
        ("Tarnby has agreed to buy Kestrel Mills, a maker of flour and oats, for $640m.", "$640m", "USD", "deal_value"),
    ],
)
def test_company_metrics(sentence: str, surface: str, unit: str, metric: str) -> None:
    assert metric_of(sentence, surface, unit) == metric


def test_where_a_company_is_based_is_not_what_its_figures_are_about() -> None:
    text = "Kestrel, based in Leeds, England, generated sales of $210 million last year."
    entities = [{"text": "Leeds", "label": "GPE", "count": 1}, {"text": "England", "label": "GPE", "count": 1}]
    frame = pd.DataFrame(
        [("e1", text, APRIL_2026, entities, "Kestrel sales rise")],
        columns=["article_id", "text", "published_at", "entities", "title"],
    )
    assert field(extract_claims(frame), "$210 million", "subject") not in ("Leeds", "England")


def test_a_story_s_long_and_short_names_of_one_company_meet() -> None:
    from pipeline.claims import cluster_claims

    claims = pd.DataFrame(
        {
            "claim_id": ["c1", "c2"],
            "article_id": ["a1", "a2"],
            "claim_key": ["tarnby foods|jobs|count|-|result", "tarnby|jobs|count|-|result"],
            "subject": ["Tarnby Foods", "Tarnby"],
            "metric": ["jobs", "jobs"],
            "unit": ["count", "count"],
            "period": [None, None],
            "forecast": [False, False],
            "value": [14000.0, 14000.0],
            "value_low": [None, None],
            "value_high": [None, None],
            "change": ["=", "="],
            "hedge": [None, None],
            "surface": ["14,000", "14,000"],
        }
    )
    together = cluster_claims(claims, pd.DataFrame({"article_id": ["a1", "a2"], "story_id": ["s1", "s1"]}))
    assert together["n_articles"].tolist() == [2] and together["claim_key"].iloc[0] == "tarnby|jobs|count|-|result"
    apart = cluster_claims(claims, pd.DataFrame({"article_id": ["a1", "a2"], "story_id": ["s1", "s2"]}))
    assert sorted(apart["n_articles"]) == [1, 1]  # other stories: a short name may be another firm's
