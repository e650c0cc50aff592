"""A figure whose sentence names no subject ("the launch cost $418 million") is filed under the subject its story's
other reports of that metric name, when they name exactly one; otherwise it stays on its own."""

from __future__ import annotations

import pandas as pd

from pipeline.claims import cluster_claims, extract_claims
from pipeline.claims.keys import UNNAMED_KEY_PREFIX, UNNAMED_SUBJECT, claim_key, story_keys

PUBLISHED = pd.Timestamp("2026-03-04", tz="UTC")


def _claims(*articles: tuple[str, list[dict]]) -> pd.DataFrame:
    rows = [(f"a{i}", text, PUBLISHED, ents) for i, (text, ents) in enumerate(articles)]
    return extract_claims(pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities"]))


def _story(n: int, story: str = "s1") -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "story_id": [story] * n})


def _cluster_of(clusters: pd.DataFrame, claims: pd.DataFrame, surface: str, article: str) -> pd.Series:
    claim_id = claims.loc[(claims["surface"] == surface) & (claims["article_id"] == article), "claim_id"].iloc[0]
    return clusters[clusters["claim_ids"].map(lambda ids: claim_id in list(ids))].iloc[0]


KESTON = [{"text": "Keston Aerospace", "label": "ORG", "count": 1}]
NAMED = ("Keston Aerospace said the programme cost $418 million.", KESTON)


def test_an_unnamed_lexicon_metric_is_keyed_under_a_placeholder_then_its_story() -> None:
    assert claim_key(None, "cost", "USD", None, False, "c1") == f"{UNNAMED_SUBJECT}|cost|USD|-|result"
    claims = pd.DataFrame({"article_id": ["a1", "a2"], "claim_key": [f"{UNNAMED_SUBJECT}|cost|USD|-|result"] * 2})
    keyed = story_keys(claims, pd.DataFrame({"article_id": ["a1"], "story_id": ["s9"]}))["claim_key"].tolist()
    assert keyed == [f"{UNNAMED_KEY_PREFIX}s9|cost|USD|-|result", f"{UNNAMED_KEY_PREFIX}article:a2|cost|USD|-|result"]


def test_an_unnamed_figure_meets_the_one_subject_its_story_names() -> None:
    claims = _claims(NAMED, ("The programme cost $418 million over six years.", []))
    out = cluster_claims(claims, _story(2))
    joined = _cluster_of(out, claims, "$418 million", "a1")
    assert joined["claim_key"].startswith("keston aerospace|")
    assert joined["n_articles"] == 2 and joined["status"] == "agree" and joined["subject"] == "Keston Aerospace"


def test_an_unnamed_figure_that_disagrees_is_not_taken_for_the_subjects() -> None:
    """With no subject named, a different value is as likely another figure of the metric as a disagreement."""
    claims = _claims(NAMED, ("The programme cost $450 million, according to people familiar with it.", []))
    out = cluster_claims(claims, _story(2))
    alone = _cluster_of(out, claims, "$450 million", "a1")
    assert alone["n_articles"] == 1 and alone["claim_key"].startswith("claim:")
    rounded = _claims(NAMED, ("The programme cost about $420 million.", []))  # within "about"'s slack: the same
    assert _cluster_of(cluster_claims(rounded, _story(2)), rounded, "$420 million", "a1")["status"] == "consistent"


def test_two_subjects_in_the_story_lend_none() -> None:
    rival = ("Orbis Dynamics said its programme cost $300 million.", [{"text": "Orbis Dynamics", "label": "ORG"}])
    claims = _claims(NAMED, rival, ("The programme cost $418 million.", []))
    out = cluster_claims(claims, _story(3))
    alone = _cluster_of(out, claims, "$418 million", "a2")
    assert alone["n_articles"] == 1 and alone["claim_key"].startswith("claim:")


def test_another_story_or_no_story_lends_nothing() -> None:
    claims = _claims(NAMED, ("The programme cost $418 million over six years.", []))
    two_stories = pd.DataFrame({"article_id": ["a0", "a1"], "story_id": ["s1", "s2"]})
    for clusters in (cluster_claims(claims, two_stories), cluster_claims(claims)):
        assert _cluster_of(clusters, claims, "$418 million", "a1")["n_articles"] == 1


def test_an_unnamed_figure_beside_its_own_articles_named_one_is_another_figure() -> None:
    """"Keston put the cost at $418 million; the first stage alone cost $90 million": the second is not Keston's
    cost, though the story names no other subject."""
    both = ("Keston Aerospace said the programme cost $418 million. The first stage alone cost $90 million.", KESTON)
    claims = _claims(both, NAMED)
    out = cluster_claims(claims, _story(2))
    stage = _cluster_of(out, claims, "$90 million", "a0")
    assert stage["n_articles"] == 1 and stage["claim_key"].startswith("claim:")
    assert _cluster_of(out, claims, "$418 million", "a1")["status"] == "agree"
