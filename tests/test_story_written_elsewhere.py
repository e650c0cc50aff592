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


def _run_story(story: Path, tmp_path: Path) -> Path:
    """Every write-up of ``story`` through the real asset job; the output root."""
    input_dir, root = tmp_path / "input", tmp_path / "outputs"
    shutil.copytree(story, input_dir)
    assert materialize_all(input_dir, root).success
    return root


def test_five_write_ups_of_one_story(tmp_path: Path) -> None:
    root = _run_story(STORY, tmp_path)
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


WILDFIRE = Path(__file__).parent / "data" / "story_wildfire"


def test_a_disaster_story_with_an_update(tmp_path: Path) -> None:
    """Four write-ups of a wildfire that names no company: the original, its update with a higher toll (a near
    duplicate), a wire report with a dateline and a question-and-answer explainer. The tolls meet across the
    articles, the update's changed figures stand beside the original's, and its unchanged ones are not counted
    twice."""
    root = _run_story(WILDFIRE, tmp_path)
    articles = read_table("articles", root=root).set_index("source_path")
    ids = {path: aid for path, aid in articles["article_id"].items()}
    assert articles.loc["b_harbour_herald_update.txt", "duplicate_kind"] == "near"
    assert articles.loc["b_harbour_herald_update.txt", "duplicate_of"] == ids["a_harbour_herald.txt"]
    assert articles["story_id"].nunique() == 1

    claims = read_table("claims", root=root)
    update = claims[claims["article_id"] == ids["b_harbour_herald_update.txt"]]
    assert sorted(update["surface"]) == ["15", "16,500 acres"]  # what the update changed, nothing it repeated
    assert "National Wire" not in set(claims["subject"].dropna())  # the dateline's agency is no subject

    clusters = read_table("claim_clusters", root=root)
    deaths = clusters[clusters["metric"].eq("deaths") & clusters["n_articles"].gt(1)]
    assert len(deaths) == 1
    deaths = deaths.iloc[0]
    assert set(deaths["article_ids"]) == set(ids.values())  # 12 first, then 15 in the update and the others
    # the update's 15 supersedes its original's 12: the Herald's report is its latest figure, as the others'
    assert (deaths["min_value"], deaths["max_value"], deaths["status"]) == (15.0, 15.0, "agree")
    assert deaths["n_claims"] == len(ids)  # the original's 12 is still listed
    missing = clusters[clusters["metric"].eq("missing")].iloc[0]
    assert missing["n_articles"] == 3 and missing["status"] == "agree"  # "23", "Twenty-three", "23"
    contained = clusters[clusters["metric"].eq("containment")].iloc[0]
    assert contained["n_articles"] == 3 and contained["status"] == "agree"

    meta = read_table("article_metadata", root=root).set_index("article_id")
    assert meta.loc[ids["a_harbour_herald.txt"], "title"] == "Wildfire near Port Calder kills 12 as thousands flee"
    assert meta.loc[ids["a_harbour_herald.txt"], "publisher"] == "Harbour Herald"
    assert meta.loc[ids["d_valley_times.txt"], "publisher"] == "Valley Times"


def test_an_update_arriving_in_a_later_run_is_compared_with_the_stored_original(tmp_path: Path) -> None:
    """The original was ingested by an earlier run: its claims are read from the stored version."""
    input_dir, root = tmp_path / "input", tmp_path / "outputs"
    input_dir.mkdir()
    for name in ("a_harbour_herald.txt", "c_national_wire.txt"):
        shutil.copy(WILDFIRE / name, input_dir / name)
    assert materialize_all(input_dir, root).success
    shutil.copy(WILDFIRE / "b_harbour_herald_update.txt", input_dir / "b_harbour_herald_update.txt")
    assert materialize_all(input_dir, root).success
    articles = read_table("articles", root=root).set_index("source_path")
    update = articles.loc["b_harbour_herald_update.txt"]
    assert update["duplicate_kind"] == "near"
    claims = read_table("claims", root=root)
    assert sorted(claims.loc[claims["article_id"].eq(update["article_id"]), "surface"]) == ["15", "16,500 acres"]
    deaths = read_table("claim_clusters", root=root)
    deaths = deaths[deaths["metric"].eq("deaths") & deaths["n_articles"].gt(1)].iloc[0]
    assert deaths["n_articles"] == 3 and deaths["status"] == "agree"  # the stored original's 12 is superseded
    assert (deaths["min_value"], deaths["max_value"]) == (15.0, 15.0)
