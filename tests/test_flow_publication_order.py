"""Dedup decides a batch in publication order, so the original, not the file name sorting first, is canonical."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import flow, read_table
from tests.conftest import materialize_all

BODY = (
    "Harbour Water will replace 40 kilometres of Victorian mains under the city centre over the next three years, "
    "the utility said on Tuesday, after a winter in which burst pipes left thousands of homes without supply.\n\n"
    "The work, which the company costs at £118 million, will close lanes on six main roads in turn, starting with "
    "Quay Street in March. Engineers will work at night where they can to keep traffic moving.\n\n"
    '"These pipes were laid when Queen Victoria was on the throne," said operations director Priya Nair. '
    '"Patching them is no longer enough."\n\n'
    "The regulator said it would watch progress closely and could fine the company if the programme slipped."
)
ORIGINAL = "Harbour Water to replace city mains\n\nBy Tom Reilly\n\n14 January 2026, 09:30 GMT\n\n" + BODY
UPDATE = (
    "Harbour Water to replace city mains\n\nBy Tom Reilly\n\n14 January 2026, 09:30 GMT\n"
    "Updated 14 January 2026, 13:05 GMT\n\n" + BODY + "\n\n"
    "City councillors welcomed the plan on Tuesday afternoon but asked the company to publish a timetable for "
    "each street before work begins."
)


def test_the_original_is_canonical_when_its_update_sorts_first(tmp_path: Path) -> None:
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "a2_mains_updated.txt").write_text(UPDATE)  # sorts before the original's name
    (folder / "a_mains.txt").write_text(ORIGINAL)
    result = materialize_all(folder, tmp_path / "outputs")
    assert result.success
    articles = read_table("articles", root=tmp_path / "outputs").set_index("source_path")
    original, update = articles.loc["a_mains.txt"], articles.loc["a2_mains_updated.txt"]
    assert pd.isna(original["duplicate_of"])
    assert update["duplicate_of"] == original["article_id"] and update["duplicate_kind"] == "near"


def test_publication_order_puts_undated_articles_last_and_keeps_arrival_among_equals() -> None:
    at = pd.Timestamp
    frame = pd.DataFrame(
        {
            "article_id": ["undated", "update", "original", "later", "same-time"],
            "published_at": [pd.NaT, at("2026-01-14 09:30", tz="UTC"), at("2026-01-14 09:30", tz="UTC"),
                             at("2026-01-15 08:00", tz="UTC"), at("2026-01-14 09:30", tz="UTC")],
            "updated_at": [pd.NaT, at("2026-01-14 13:05", tz="UTC"), pd.NaT, pd.NaT, pd.NaT],
        }
    )  # fmt: skip
    ordered = flow.in_publication_order(frame)["article_id"].tolist()
    assert ordered == ["original", "same-time", "update", "later", "undated"]


def test_an_article_dated_only_by_its_update_is_dated_for_stories() -> None:
    stamp = pd.Timestamp("2026-11-20 23:30", tz="UTC")
    frame = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "published_at": [pd.NaT, pd.Timestamp("2026-11-21 02:15", tz="UTC"), pd.NaT],
            "updated_at": [stamp, pd.Timestamp("2026-11-21 09:00", tz="UTC"), pd.NaT],
        }
    )
    out = flow.dated_for_stories(frame)
    assert "updated_at" not in out
    assert out["published_at"].iloc[0] == stamp  # only an update stamp: that time
    assert out["published_at"].iloc[1] == pd.Timestamp("2026-11-21 02:15", tz="UTC")  # its own, not the update's
    assert pd.isna(out["published_at"].iloc[2])  # undated stays undated
