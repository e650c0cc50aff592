"""An update's figure that stands where its original's stood (the same sentence but for its numbers) is filed
under the original's key, so the cluster shows the revision even when neither figure has a subject or metric."""

from __future__ import annotations

import pandas as pd

from pipeline.claims import cluster_claims, extract_claims
from pipeline.claims.revisions import follow_originals, revised_claims

PUBLISHED = pd.Timestamp("2026-02-12", tz="UTC")
ORIGINAL = "The backlog shrank to 284,000 cases in January. Officials expect 30 new judges by June."
UPDATE = "The backlog shrank to 248,000 cases in January. Officials expect 30 new judges by June."


def _claims(texts: dict[str, str]) -> pd.DataFrame:
    rows = [(a, t, PUBLISHED, []) for a, t in texts.items()]
    return extract_claims(pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities"]))


NEAR = pd.DataFrame({"article_id": ["upd"], "duplicate_of": ["orig"]})


def test_a_corrected_figure_takes_its_originals_key() -> None:
    claims = _claims({"orig": ORIGINAL, "upd": UPDATE})
    originals, copies = claims[claims["article_id"] == "orig"], claims[claims["article_id"] == "upd"]
    revised = revised_claims(copies, NEAR, originals)
    assert revised["surface"].tolist() == ["248,000"]  # the unchanged "30 new judges" repeats the original
    followed = follow_originals(revised, NEAR, originals)
    assert followed["claim_key"].iloc[0] == originals.loc[originals["surface"] == "284,000", "claim_key"].iloc[0]
    stories = pd.DataFrame({"article_id": ["orig", "upd"], "story_id": ["s1", "s1"], "duplicate_of": [None, "orig"]})
    clusters = cluster_claims(pd.concat([originals, followed], ignore_index=True), stories)
    row = clusters[clusters["claim_ids"].map(lambda ids: followed["claim_id"].iloc[0] in list(ids))].iloc[0]
    assert row["n_claims"] == 2 and row["status"] == "single" and row["consensus_value"] == 248_000  # the latest


def test_a_figure_in_a_new_sentence_follows_nothing() -> None:
    claims = _claims({"orig": ORIGINAL, "upd": UPDATE + " A further 5,000 cases were filed on Monday."})
    originals, copies = claims[claims["article_id"] == "orig"], claims[claims["article_id"] == "upd"]
    followed = follow_originals(revised_claims(copies, NEAR, originals), NEAR, originals)
    added = followed[followed["surface"] == "5,000"]
    assert (
        len(added) == 1 and added["claim_key"].iloc[0] == copies.loc[copies["surface"] == "5,000", "claim_key"].iloc[0]
    )
