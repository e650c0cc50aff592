"""Clusters: an open bound reaches ten times its figure, and a person's age is never clustered."""

from __future__ import annotations

import pytest

from pipeline.claims.keys import claim_key
from tests.claims.test_clusters import clusters_of, only_shared


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


def test_an_age_is_kept_apart() -> None:
    assert claim_key("Mateo Valcarcel", "age", "year", None, False, "c1") == "claim:c1"
    assert claim_key("Mateo Valcarcel", "goals", "count", None, False, "c1").startswith("mateo valcarcel|goals|")
