"""Clusters: an open bound reaches ten times its figure; ages agree, but two ages are never a conflict."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import cluster_claims, extract_claims
from tests.claims.test_clusters import clusters_of, only_shared

SATURDAY = pd.Timestamp("2026-01-24", tz="UTC")


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("Netflix now has 300 million subscribers.", "consistent"),  # above the bound, within its reach
        ("Netflix now has 3.2 billion subscribers.", "conflict"),  # over ten times it: another figure
    ],
)
def test_an_open_bound_reaches_ten_times_its_figure(later: str, status: str) -> None:
    shared = only_shared(clusters_of("Netflix has more than 260 million subscribers.", later))
    assert shared["status"] == status


def test_a_bound_below_its_figure_is_still_a_conflict() -> None:
    lower = "Netflix has 200 million subscribers."
    shared = only_shared(clusters_of("Netflix has more than 260 million subscribers.", lower))
    assert shared["status"] == "conflict"


def _age_clusters(first: str, second: str) -> pd.DataFrame:
    entities = [{"text": "Mara Lindqvist", "label": "PERSON", "count": 2}]
    rows = [(f"a{i}", f"Mara Lindqvist won the title on Saturday. {text}", SATURDAY, entities)
            for i, text in enumerate((first, second))]  # fmt: skip
    claims = extract_claims(pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities"]))
    return cluster_claims(claims, pd.DataFrame({"article_id": ["a0", "a1"], "story_id": ["s1", "s1"]}))


def test_ages_that_agree_cluster_and_ages_that_disagree_are_no_conflict() -> None:
    same = _age_clusters("The 23-year-old took the final set.", "The 23-year-old Swede was in tears.")
    assert only_shared(same)["status"] == "agree"
    apart = _age_clusters("The 23-year-old took the final set.", "The 27-year-old Swede was in tears.")
    assert (apart["n_articles"] == 1).all() and not (apart["status"] == "conflict").any()
