"""A story the rules were not written from: five write-ups of one water-company fine (a report, its syndicated copy,
another outlet's HTML page, a business brief that rounds the figures, a wire update as JSONL), written for these
tests, through the real asset job. What a fact-checker reads off the tables must hold: the copy is a duplicate, the
three reports of the fine meet in one cluster whose figures are consistent, and the header lines became metadata.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from pipeline import read_table
from tests.conftest import materialize_all

STORY = Path(__file__).parent / "data" / "story_aldermoor"


def test_five_write_ups_of_one_story(tmp_path: Path) -> None:
    input_dir = tmp_path / "input"
    shutil.copytree(STORY, input_dir)
    result = materialize_all(input_dir, tmp_path / "outputs")
    assert result.success
    root = tmp_path / "outputs"
    articles = read_table("articles", root=root).set_index("source_path")
    assert articles.loc["b_syndicated.txt", "duplicate_kind"] == "near"
    assert articles.loc["b_syndicated.txt", "duplicate_of"] == articles.loc["a_riverside_post.txt", "article_id"]
    same_story = articles.loc[["a_riverside_post.txt", "c_valley_news.html", "d_business_daily.txt"], "story_id"]
    assert same_story.nunique() == 1

    ids = {path: aid for path, aid in articles["article_id"].items()}
    meta = read_table("article_metadata", root=root).set_index("article_id")
    assert list(meta.loc[ids["a_riverside_post.txt"], "authors"]) == ["Hannah Price", "Tomás Reyes"]
    assert list(meta.loc[ids["c_valley_news.html"], "authors"]) == ["Gareth Lloyd"]
    assert list(meta.loc[ids["e_wire.jsonl#L1"], "authors"]) == ["Sam Okafor"]  # from "Reporting by ..."
    assert meta.loc[ids["d_business_daily.txt"], "published_at"] == pd.Timestamp("2025-03-15 12:45", tz="UTC")
    assert meta.loc[ids["a_riverside_post.txt"], "updated_at"] == pd.Timestamp("2025-03-14 11:02", tz="UTC")

    clean = read_table("clean_articles", root=root).set_index("article_id")
    body = clean.loc[ids["a_riverside_post.txt"], "text"]
    assert "Advertisement" not in body and "Leave a Reply" not in body and "newsletter" not in body
    assert body.startswith("Aldermoor Water has been fined")

    quotes = read_table("quotes", root=root)
    assert {"Rebecca Oduya", "Martin Cole", "Alison Marsh"} <= set(quotes["speaker"])

    clusters = read_table("claim_clusters", root=root).set_index("claim_key")
    fine = clusters.loc["aldermoor water|fine|GBP|-|result"]
    assert fine["n_articles"] == 3  # £12.4 million, £12.4m and "about £12.5 million"
    assert fine["status"] == "consistent"
    spills = clusters.loc["aldermoor water|occurrences|count|2024|result"]
    assert spills["n_articles"] >= 3 and spills["status"] == "consistent"  # "more than 4,000", "nearly 4,100"
    assert (clusters["status"] != "conflict").all()
