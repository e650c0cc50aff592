"""Incremental clusters: updating the previous table with a batch gives what clustering everything gives."""

from __future__ import annotations

import pandas as pd

from pipeline.claims import cluster_claims, extract_claims
from pipeline.claims.clusters import ClusterUpdate, update_clusters
from pipeline.schemas import conform, to_arrow
from pipeline.store import replace_by_key

JULY_2025 = pd.Timestamp("2025-07-18", tz="UTC")
NETFLIX = [{"text": "Netflix", "label": "ORG", "count": 2}]

# (article, story, text): later batches add a period to a story (its undated claim then borrows it) and a
# second period to another story (its undated claim then has nothing to borrow, and leaves the cluster).
ARTICLES = [
    ("a1", "s1", "Netflix reported $11.08 billion in second-quarter revenue."),
    ("a2", "s1", "Netflix revenue rose to $11.08 billion, the company said."),
    ("a3", "s2", "Netflix revenue rose to $11.2 billion."),
    ("a4", "s3", "Netflix second-quarter revenue reached $11 billion, up 16%."),
    ("a5", "s2", "Netflix reported first-quarter revenue of $10.5 billion."),
    ("a6", "s1", "Netflix posted first-quarter revenue of $10.54 billion."),
    ("a7", "s4", "Netflix now has over 260 million subscribers."),
    ("a8", "s5", "Netflix now has 262 million subscribers."),
]
BATCHES = [["a1", "a2", "a3", "a4"], ["a5", "a7"], ["a6", "a8"]]


def claims_of(ids: list[str]) -> pd.DataFrame:
    rows = [(a, text, JULY_2025, NETFLIX) for a, _, text in ARTICLES if a in ids]
    return extract_claims(pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities"]))


def stories_of(ids: list[str]) -> pd.DataFrame:
    return pd.DataFrame([(a, s) for a, s, _ in ARTICLES if a in ids], columns=["article_id", "story_id"])


def applied(update: ClusterUpdate, clusters: pd.DataFrame) -> pd.DataFrame:
    """The table after the update, as the store publishes it."""
    table = replace_by_key(
        to_arrow("claim_clusters", clusters), to_arrow("claim_clusters", update.rows), update.replaced_keys, "claim_key"
    )
    return conform("claim_clusters", table.to_pandas())


def test_each_update_equals_clustering_the_whole_corpus() -> None:
    done: list[str] = list(BATCHES[0])
    corpus = claims_of(done)
    clusters = cluster_claims(corpus, stories_of(done))
    for batch in BATCHES[1:]:
        new = claims_of(batch)
        touched = set(stories_of(batch)["story_id"])
        earlier = stories_of(done)
        old_in_stories = corpus[corpus["article_id"].isin(earlier.loc[earlier["story_id"].isin(touched), "article_id"])]
        story_claims = pd.concat([old_in_stories, new], ignore_index=True)
        update = update_clusters(
            clusters,
            story_claims,
            stories_of(done + batch),
            lambda ids, corpus=corpus: corpus[corpus["claim_id"].isin(ids)],
        )
        everything = cluster_claims(pd.concat([corpus, new]), stories_of(done + batch))
        assert len(update.rows) < len(everything)  # only what the batch touches
        clusters = applied(update, clusters)
        done += batch
        corpus = pd.concat([corpus, new], ignore_index=True)
        pd.testing.assert_frame_equal(clusters, cluster_claims(corpus, stories_of(done)))


def test_a_story_gaining_a_second_period_releases_its_undated_claim() -> None:
    first = cluster_claims(claims_of(BATCHES[0]), stories_of(BATCHES[0]))
    q2 = first[first["claim_key"] == "netflix|revenue|USD|2025-Q2|result"].iloc[0]
    assert q2["n_articles"] == 3  # a2 borrowed its story's single period
    everything = [a for batch in BATCHES for a in batch]
    final = cluster_claims(claims_of(everything), stories_of(everything))
    q2 = final[final["claim_key"] == "netflix|revenue|USD|2025-Q2|result"].iloc[0]
    assert q2["n_articles"] == 2  # story s1 now reports Q1 and Q2: a2's revenue is no longer dated


def test_an_updates_revised_figure_supersedes_its_original_in_the_cluster() -> None:
    """An outlet's update ("the toll rose to 126") is filed under the article it revises: its figure, not the
    original's, is that report's, so the update and another outlet's 126 agree, and the original alone with its
    own update is one report (single), not a conflict."""
    pub = pd.Timestamp("2026-03-09", tz="UTC")
    peru = [{"text": "Peru", "label": "GPE", "count": 1}]
    rows = [
        ("w1", "The earthquake in Peru has killed 100 people, officials said.", "s1"),
        ("w2", "The earthquake in Peru has killed 126 people, officials said.", "s1"),  # w1's update
        ("x1", "The earthquake in Peru has killed 126 people.", "s1"),
    ]
    claims = extract_claims(pd.DataFrame(
        [(a, text, pub, peru) for a, text, _ in rows], columns=["article_id", "text", "published_at", "entities"]
    ))  # fmt: skip
    stories = pd.DataFrame(
        {"article_id": ["w1", "w2", "x1"], "story_id": ["s1"] * 3, "duplicate_of": ["", "w1", ""]}
    ).replace("", None)
    together = cluster_claims(claims, stories)
    (row,) = together[together["metric"].eq("deaths")].to_dict("records")
    assert (row["status"], row["min_value"], row["max_value"], row["n_claims"]) == ("agree", 126.0, 126.0, 3)
    alone = cluster_claims(claims[claims["article_id"].ne("x1")], stories)
    assert alone.loc[alone["metric"].eq("deaths"), "status"].tolist() == ["single"]
    unrelated = cluster_claims(claims[claims["article_id"].ne("x1")], stories.drop(columns="duplicate_of"))
    assert unrelated.loc[unrelated["metric"].eq("deaths"), "status"].tolist() == ["conflict"]  # two reports
