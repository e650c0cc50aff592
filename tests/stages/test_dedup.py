"""Dedup on real articles (the seed write-ups): every duplicate kind, a same-topic negative, incremental runs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.stages.dedup import NEAR_JACCARD, DedupIndex, deduplicate, exact_keys

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").iterdir())


def _body(i: int) -> str:
    return SEEDS[i].read_text(encoding="utf-8")


def _frame(items: list[tuple[str, str, str]], entities: list[list[str]] | None = None) -> pd.DataFrame:
    """(article_id, content, text) rows as the pipeline hands them over."""
    return pd.DataFrame(
        {
            "article_id": [a for a, _, _ in items],
            "content": [c for _, c, _ in items],
            "text": [t for _, _, t in items],
            "published_at": pd.Series([pd.Timestamp("2025-05-01", tz="UTC")] * len(items)),
            "entity_names": entities or [[] for _ in items],
        }
    )


def _row(out: pd.DataFrame, article_id: str) -> pd.Series:
    return out.set_index("article_id").loc[article_id]


def test_exact_duplicate_despite_whitespace_quotes_and_line_endings():
    body = _body(1)
    copy = "  " + body.replace("\n", "\r\n").replace("’", "'").replace(" the ", " the\u00a0") + "\n\n"
    out = deduplicate(_frame([("a" * 16, body, body), ("b" * 16, copy, copy)]), DedupIndex())
    assert out["article_id"].tolist() == ["a" * 16, "b" * 16]
    first, second = _row(out, "a" * 16), _row(out, "b" * 16)
    assert first["duplicate_of"] is None and pd.isna(first["duplicate_kind"])
    assert second["duplicate_kind"] == "exact" and second["duplicate_of"] == "a" * 16
    assert second["similarity"] == 1.0 and second["story_id"] == first["story_id"]


def test_exact_keys_handed_over_give_the_same_decisions():
    """The pipeline hashes contents in the parallel parse and passes an ``exact_key`` column; dedup must decide
    exactly as when it hashes them itself."""
    bodies = [_body(i) for i in range(len(SEEDS))]
    items = [(f"{i:016x}", b, b) for i, b in enumerate(bodies)] + [("f" * 16, bodies[0] + "  \n", bodies[0])]
    frame = _frame(items)
    computed = deduplicate(frame, DedupIndex())
    given = deduplicate(frame.assign(exact_key=exact_keys(frame["content"])), DedupIndex())
    pd.testing.assert_frame_equal(given, computed)
    assert _row(given, "f" * 16)["duplicate_kind"] == "exact"


def test_syndicated_copy_with_other_headline_byline_and_furniture_is_near():
    body = _body(2)
    paras = body.split("\n")
    syndicated = "\n".join(
        [
            "Netflix turns to AI for its effects",
            "By Staff Reporter, Reuters",
            paras[0],
            "Advertisement",
            *paras[1:],
            "Subscribe to our newsletter",
        ]
    )
    out = deduplicate(_frame([("a" * 16, body, body), ("b" * 16, syndicated, syndicated)]), DedupIndex())
    copy = _row(out, "b" * 16)
    assert copy["duplicate_kind"] == "near" and copy["duplicate_of"] == "a" * 16
    assert NEAR_JACCARD <= copy["similarity"] < 1.0


def test_update_with_a_paragraph_added_is_near():
    body = _body(3)
    update = body + "\n\nUpdate: Netflix confirmed on Friday that more of its productions will use the tools."
    out = deduplicate(_frame([("a" * 16, body, body), ("b" * 16, update, update)]), DedupIndex())
    assert _row(out, "b" * 16)["duplicate_kind"] == "near"
    assert _row(out, "b" * 16)["duplicate_of"] == "a" * 16


def test_html_and_text_of_the_same_body_are_near_duplicates():
    body = _body(4)
    html = (
        "<html><body><nav>Home</nav><article>"
        + "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
        + "</article></body></html>"
    )
    out = deduplicate(_frame([("a" * 16, body, body), ("b" * 16, html, body)]), DedupIndex())
    copy = _row(out, "b" * 16)
    assert copy["duplicate_kind"] == "near" and copy["similarity"] == pytest.approx(1.0)


def test_different_write_ups_of_one_story_are_not_duplicates_but_share_a_story():
    items = [(f"{i:016d}", _body(i), _body(i)) for i in range(len(SEEDS))]
    out = deduplicate(_frame(items, [["Netflix", "El Eternauta", "Argentina"]] * len(items)), DedupIndex())
    assert out["duplicate_of"].isna().all()  # true negatives on the same topic
    assert out["story_id"].nunique() == 1 and out["story_id"].notna().all()


def test_unrelated_articles_get_their_own_stories():
    other = (
        "Quarterly profits at the media group jumped 76% to $1.13bn for the three months to December.\n\n"
        "The firm benefited from sales of high-speed internet connections and higher advert sales, and said "
        "fourth quarter sales rose 2% to $11.1bn from $10.9bn."
    )
    out = deduplicate(_frame([("a" * 16, _body(0), _body(0)), ("b" * 16, other, other)]), DedupIndex())
    assert out["duplicate_of"].isna().all() and out["story_id"].nunique() == 2


def test_earlier_article_in_the_batch_wins():
    body = _body(1)
    out = deduplicate(_frame([("a" * 16, body, body), ("b" * 16, body, body), ("c" * 16, body, body)]), DedupIndex())
    assert out["duplicate_of"].tolist() == [None, "a" * 16, "a" * 16]


def test_incremental_runs_keep_old_decisions_and_hard_link_parent_segments(tmp_path: Path):
    first = _frame([(f"{i:016d}", _body(i), _body(i)) for i in range(3)])
    index = DedupIndex.load(None)
    out1 = deduplicate(first, index)
    index.save(tmp_path / "v1")

    again = DedupIndex.load(tmp_path / "v1")
    assert again.n_docs == 3
    second = _frame(
        [
            ("x" * 16, _body(1), _body(1)),
            ("y" * 16, _body(3), _body(3)),
            ("z" * 16, _body(3) + "\n\nOne more paragraph of late news about it.", _body(3)),
        ]
    )
    out2 = deduplicate(second, again)
    again.save(tmp_path / "v2", parent=tmp_path / "v1")
    assert _row(out2, "x" * 16)["duplicate_of"] == f"{1:016d}"  # against the persisted index
    assert _row(out2, "x" * 16)["story_id"] == _row(out1, f"{1:016d}")["story_id"]
    assert _row(out2, "z" * 16)["duplicate_of"] == "y" * 16  # within the batch

    v1_files = {p.relative_to(tmp_path / "v1") for p in (tmp_path / "v1").rglob("*") if p.is_file()}
    for rel in v1_files:  # the parent's segment is linked, not rewritten
        assert os.path.samefile(tmp_path / "v1" / rel, tmp_path / "v2" / rel)
    assert len(list((tmp_path / "v2").glob("seg-*"))) == 2

    third = DedupIndex.load(tmp_path / "v2")
    old = third.docs().set_index("article_id")
    assert old.loc[f"{1:016d}", "duplicate_of"] == -1 and len(old) == 6
    out3 = deduplicate(_frame([("w" * 16, _body(3), _body(3))]), third)
    assert _row(out3, "w" * 16)["duplicate_of"] == "y" * 16
    assert _row(out3, "w" * 16)["duplicate_kind"] == "exact"


def test_empty_batch_and_empty_text():
    index = DedupIndex()
    out = deduplicate(_frame([]), index)
    assert list(out.columns) == ["article_id", "duplicate_of", "duplicate_kind", "similarity", "story_id"]
    assert out.empty
    out = deduplicate(_frame([("a" * 16, "", ""), ("b" * 16, "word", "word")]), index)
    assert out["story_id"].notna().all()


def test_mentions_in_long_form_decide_as_entity_name_lists_do(tmp_path: Path):
    """The pipeline hands the entities table over as rows (article_id, text); the decisions and the persisted
    entity keys must be those of the per-article lists."""
    bodies = [_body(i) for i in range(len(SEEDS))]
    names = [["Netflix", "El Eternauta"], ["netflix", "Argentina"], [], ["Ted Sarandos", "Netflix"], ["Argentina"]]
    items = [(f"{i:016d}", b, b) for i, b in enumerate(bodies)]
    listed = _frame(items, names[: len(items)])
    index_a, index_b = DedupIndex(), DedupIndex()
    rows = [(a, name) for (a, _, _), group in zip(items, names) for name in group]
    mentions = pd.DataFrame(rows, columns=["article_id", "text"])
    by_rows = deduplicate(listed.drop(columns=["entity_names"]), index_a, mentions=mentions)
    by_lists = deduplicate(listed, index_b)
    pd.testing.assert_frame_equal(by_lists, by_rows)
    index_a.save(tmp_path / "a")
    index_b.save(tmp_path / "b")
    ents_a = DedupIndex.load(tmp_path / "a").ents().sort_values(["doc", "ent"], ignore_index=True)
    ents_b = DedupIndex.load(tmp_path / "b").ents().sort_values(["doc", "ent"], ignore_index=True)
    assert len(ents_a) > 0
    pd.testing.assert_frame_equal(ents_a, ents_b)


def test_an_update_of_a_copy_links_to_that_copy_when_it_misses_the_canonical():
    """The syndicated copy sorts first (canonical), the original is its near copy, and the original's update
    rewrote enough to miss the syndicated copy: it is still a near duplicate, of the original it updates."""
    sentences = [
        s for i in range(len(SEEDS)) for s in re.split(r"(?<=[.!?])\s+", _body(i).replace("\n", " "))
        if len(s.split()) > 12
    ]
    original = " ".join(sentences[:20])
    syndicated = " ".join(sentences[:18] + sentences[40:41])
    update = " ".join(sentences[:3] + sentences[6:20] + sentences[50:53])
    items = [("s" * 16, syndicated, syndicated), ("o" * 16, original, original), ("u" * 16, update, update)]
    out = deduplicate(_frame(items), DedupIndex())
    assert _row(out, "o" * 16)["duplicate_of"] == "s" * 16
    updated = _row(out, "u" * 16)
    assert updated["duplicate_kind"] == "near" and updated["duplicate_of"] == "o" * 16
    assert updated["story_id"] == _row(out, "s" * 16)["story_id"]


def test_an_update_under_the_same_headline_is_near_at_a_lower_overlap():
    """A short wire story whose update rewrote its lead figures shares only two thirds of its shingles with the
    original; under the same headline in one batch that is an update, under another headline a different story."""
    sentences = [
        s for i in range(len(SEEDS)) for s in re.split(r"(?<=[.!?])\s+", _body(i).replace("\n", " "))
        if len(s.split()) > 12
    ]
    original = " ".join(sentences[:8])
    update = " ".join(sentences[:1] + sentences[2:8] + sentences[60:62])  # Jaccard 0.61, containment 0.82
    for title, kind in (("Netflix uses generative AI in a series", "near"), ("Another headline for it", None)):
        frame = _frame([("a" * 16, original, original), ("b" * 16, update, update)])
        frame["title"] = ["Netflix uses generative AI in a series", title]
        out = deduplicate(frame, DedupIndex())
        got = _row(out, "b" * 16)["duplicate_kind"]
        assert (got if isinstance(got, str) else None) == kind


def test_a_brief_whose_update_corrects_its_headline_figure_and_adds_a_paragraph_is_near():
    """A short brief's update corrects figures (one in the headline) and adds a paragraph: Jaccard falls under the
    same-headline bar, but nearly all of the original is in the update. Another headline stays another story."""
    brief = (
        "Flooding in the northern provinces has forced 1,200 people from their homes, the regional emergency service "
        "said on Sunday. Rivers burst their banks after three days of rain, cutting two main roads and the railway "
        "line to the coast. Schools in four towns will stay closed on Monday. The service said crews had rescued "
        "dozens of residents by boat overnight and that water levels were expected to peak on Monday evening."
    )
    update = brief.replace("1,200 people", "1,650 people").replace("four towns", "six towns") + (
        " The regional governor asked the army for help and said temporary shelters had been set up in sports halls "
        "in three towns. Forecasters warned that more rain was on its way for Wednesday, and insurers said claims "
        "from the last floods in the region, two winters ago, had taken more than a year to settle."
    )
    for title, kind in (("Floods force 1,650 from homes in the north", "near"), ("Rain closes northern schools", None)):
        frame = _frame([("a" * 16, brief, brief), ("b" * 16, update, update)])
        frame["title"] = ["Floods force 1,200 from homes in the north", title]
        out = deduplicate(frame, DedupIndex())
        got = _row(out, "b" * 16)["duplicate_kind"]
        assert (got if isinstance(got, str) else None) == kind


def test_articles_under_one_headline_are_candidates_whatever_lsh_finds():
    """Same-headline pairs of a batch join the LSH candidates: a brief and its update share too few shingles for
    the bands to find them reliably. Pairs LSH found already are not repeated; a generic headline shared by more
    articles than one's candidates pairs none."""
    import numpy as np

    from pipeline.stages.dedup import MAX_CANDIDATES, _title_keys, _with_same_title_pairs

    titles = _title_keys(pd.Series(["Floods force 1,200 from homes", "Floods force 1,650 from homes", "Other news"]))
    found = pd.DataFrame({"a": [12], "b": [3], "hits": [5]})  # an LSH pair with an article of an earlier batch
    cand = _with_same_title_pairs(found, titles, np.arange(3), base=10)
    assert sorted(zip(cand["a"], cand["b"])) == [(11, 10), (12, 3)]
    generic = _title_keys(pd.Series(["Live updates from the count"] * (MAX_CANDIDATES + 1)))
    assert len(_with_same_title_pairs(found, generic, np.arange(MAX_CANDIDATES + 1), base=0)) == 1
