"""Shared precise figures as same-story evidence: two outlets' write-ups of one bank's results, worded apart (salient
cosine 0.24, under every text-only rule) but reporting the same £2.46bn, 3.17%, £7.85bn and £412m, are one story;
a rival's results the same morning, with round or different figures, are not. Written for these tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from pipeline import read_table
from pipeline.claims import extract_quantities
from pipeline.stages import stories
from pipeline.stages.dedup import DedupIndex, deduplicate
from tests.conftest import materialize_all

STORY = Path(__file__).parents[1] / "data" / "story_harbourview"
FILES = ["a_city_wire.txt", "b_consumer_desk.txt", "c_rival_results.txt"]
NAMES = [
    ["Harbourview Bank", "Maria Okafor", "London"],
    ["Harbourview Bank", "Maria Okafor", "UK", "London", "Bank of England"],
    ["Kestrel Building Society", "Tom Reilly", "London"],
]


def _body(text: str) -> str:
    """The paragraphs, as boilerplate stripping leaves them (headline, byline and date line go to metadata)."""
    return "\n\n".join(p for p in text.split("\n\n") if len(p.split()) >= 12)


def _frame() -> pd.DataFrame:
    texts = [_body((STORY / f).read_text(encoding="utf-8")) for f in FILES]
    when = pd.Timestamp("2025-07-30 06:05", tz="UTC")
    return pd.DataFrame(
        {
            "article_id": [f"{i:016d}" for i in range(len(texts))],
            "content": texts,
            "text": texts,
            "published_at": pd.Series([when, when + pd.Timedelta(hours=5), when + pd.Timedelta(hours=2)]),
            "entity_names": NAMES,
        }
    )


def _figures(frame: pd.DataFrame) -> pd.DataFrame:
    """(article_id, value, unit) as the flow hands the claims over: a bound's low end stands for it."""
    rows = [
        (aid, q["value"] if q["value"] is not None else q["value_low"], q["unit"])
        for aid, text in zip(frame["article_id"], frame["text"])
        for q in extract_quantities(text)
    ]
    return pd.DataFrame(rows, columns=["article_id", "value", "unit"])


def test_figure_keys_keep_precise_figures_once_and_drop_round_ones():
    rows = stories.figure_rows(
        np.array([0, 0, 0, 0, 1, 1]),
        [2.46e9, 2.46e9, 10.0, 2e9, 2.4600001e9, 3.17],
        ["GBP", "GBP", "percent", "GBP", "GBP", "percent"],
    )
    assert rows["doc"].tolist() == [0, 1, 1]  # "10%" and "£2bn" are round; the repeat counts once
    assert rows["fig"].iloc[0] == rows["fig"].iloc[1]  # the same figure to three significant digits
    other_unit = stories.figure_rows(np.array([2]), [2.46e9], ["USD"])
    assert other_unit["fig"].iloc[0] != rows["fig"].iloc[0]


def test_write_ups_sharing_precise_figures_are_one_story_and_a_rival_is_not():
    frame = _frame()
    index = DedupIndex()
    out = deduplicate(frame, index, figures=_figures(frame))
    story = out["story_id"].tolist()
    assert story[0] == story[1] != story[2]
    pair = index.last_story_pairs.set_index(["a", "b"]).loc[(1, 0)]
    assert pair["cos"] < min(stories.COS_STRONG, stories.COS_WITH_ENTITIES, stories.COS_SAME_DAY)
    assert pair["shared_figures"] >= stories.MIN_SHARED_FIGURES
    without = deduplicate(frame, DedupIndex())  # the text and the names alone keep them apart
    assert without["story_id"].nunique() == 3


def test_a_figure_most_articles_report_pairs_nothing(monkeypatch: pytest.MonkeyPatch):
    frame = _frame()
    monkeypatch.setattr(stories, "MAX_FIGURE_DF", 1)
    out = deduplicate(frame, DedupIndex(), figures=_figures(frame))
    assert out["story_id"].nunique() == 3


def test_figure_pairs_respect_the_time_window():
    figs = pd.DataFrame({"doc": [0, 0, 0, 1, 1, 1], "fig": [7, 8, 9, 7, 8, 9]})
    terms = pd.DataFrame({"doc": [0, 1], "term": [5, 5], "w": [1.0, 1.0]})
    for day_b, found in ((2.0, True), (20.0, False), (None, True)):
        days = pd.DataFrame({"doc": [0, 1], "day": [0.0, day_b]}).astype({"day": "float64"})
        pairs = stories.figure_pairs(duckdb.connect(), figs[figs["doc"] == 1], figs, terms[terms["doc"] == 1],
                                     terms, days)
        assert (len(pairs) == 1) is found
        if found:
            assert pairs[["a", "b", "shared_figures"]].values.tolist() == [[1, 0, 3]]


def test_figures_are_kept_in_the_index_and_an_index_saved_without_them_still_loads(tmp_path: Path):
    frame = _frame()
    figures = _figures(frame)
    index = DedupIndex()
    first = deduplicate(frame.iloc[[0]], index, figures=figures)
    index.save(tmp_path / "v1")
    later = deduplicate(frame.iloc[[1, 2]], DedupIndex.load(tmp_path / "v1"), figures=figures)
    assert later["story_id"].iloc[0] == first["story_id"].iloc[0]  # found through the persisted figures
    for saved in (tmp_path / "v1").rglob("figs.parquet"):
        saved.unlink()  # as a version written before figures were kept
    old = DedupIndex.load(tmp_path / "v1")
    assert old.figs().empty
    assert len(deduplicate(frame.iloc[[1, 2]], old, figures=figures)) == 2


def test_the_asset_job_joins_the_write_ups_through_their_claims(tmp_path: Path):
    input_dir, root = tmp_path / "input", tmp_path / "outputs"
    shutil.copytree(STORY, input_dir)
    assert materialize_all(input_dir, root).success
    story = read_table("articles", root=root).set_index("source_path")["story_id"]
    assert story["a_city_wire.txt"] == story["b_consumer_desk.txt"] != story["c_rival_results.txt"]
