"""Claims of a court report, in sentences written for these tests: the prison term, the money taken, and the
hearing as the source."""

from __future__ import annotations

import pytest

from pipeline.claims.attribution import find_attribution
from tests.claims.reading import metric_of


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "metric"),
    [
        ("The former treasurer has been jailed for six years.", "six years", "year", "sentence"),
        ("She was sentenced to 30 months in prison.", "30 months", "month", "sentence"),
        ("He faces up to 14 years behind bars.", "14 years", "year", "sentence"),
        ("He had coached the team for 11 years before prison.", "11 years", "year", "duration"),
        ("The clerk stole £1.4 million from the parish fund.", "£1.4 million", "GBP", "theft"),
        ("He admitted a £900,000 fraud.", "£900,000", "GBP", "theft"),
    ],
)
def test_court_report_metrics(sentence: str, surface: str, unit: str, metric: str) -> None:
    assert metric_of(sentence, surface, unit) == metric


def test_the_hearing_is_the_source() -> None:
    assert find_attribution("He took money from 22 accounts, Exeter Crown Court heard.") == "Exeter Crown Court"


def test_a_court_is_no_main_organisation_and_the_story_s_figures_meet() -> None:
    import pandas as pd

    from pipeline.claims import cluster_claims, extract_claims

    texts = [
        "A former treasurer who stole £1.4 million from the club has been jailed for six years, Truro Crown Court "
        "heard. The bank said members had been repaid.",
        "A club treasurer who stole more than £1m has been jailed for six years.",
    ]
    court = [{"text": "Truro Crown Court", "label": "ORG", "count": 1}]
    frame = pd.DataFrame(
        [(f"a{i}", t, pd.Timestamp("2026-03-02", tz="UTC"), court) for i, t in enumerate(texts)],
        columns=["article_id", "text", "published_at", "entities"],
    )
    claims = extract_claims(frame)
    assert "Truro Crown Court" not in set(claims["subject"].dropna())
    out = cluster_claims(claims, pd.DataFrame({"article_id": ["a0", "a1"], "story_id": ["s1", "s1"]}))
    shared = out[out["n_articles"] == 2].set_index("metric")["status"].to_dict()
    assert shared == {"sentence": "agree", "theft": "consistent"}
