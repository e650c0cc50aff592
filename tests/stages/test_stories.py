"""Same-story grouping: time window, entity keys, and the seeds (five write-ups of one story) as one sanity case."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.stages import stories
from pipeline.stages.dedup import DedupIndex, deduplicate

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").iterdir())


def test_entity_keys_fold_case_and_spacing():
    frame = stories.entity_frame(np.array([5, 6]), [["Netflix", "netflix ", "El  Eternauta"], []])
    assert frame["doc"].tolist() == [5, 5]
    other = stories.entity_frame(np.array([1]), [["NETFLIX"]])
    assert other["ent"].iloc[0] in set(frame["ent"])


def test_same_story_needs_close_dates_when_both_are_known():
    pairs = pd.DataFrame(
        {
            "a": [1, 2, 3],
            "b": [0, 0, 0],
            "cos": [0.6, 0.6, 0.6],
            "shared_entities": [0, 0, 0],
            "entity_overlap": [0.0, 0.0, 0.0],
        }
    )
    days = np.array([100.0, 101.0, 120.0, np.nan])
    assert stories.same_story(pairs, days).tolist() == [True, False, True]


def test_seed_write_ups_form_one_story_and_a_later_one_joins_it(tmp_path: Path):
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    frame = pd.DataFrame(
        {
            "article_id": [f"{i:016d}" for i in range(len(texts))],
            "content": texts,
            "text": texts,
            "published_at": pd.Series([pd.Timestamp("2025-05-01", tz="UTC")] * len(texts)),
            "entity_names": [["Netflix", "El Eternauta", "Argentina"]] * len(texts),
        }
    )
    index = DedupIndex()
    out = deduplicate(frame.iloc[:3], index)
    index.save(tmp_path / "v1")
    later = deduplicate(frame.iloc[3:], DedupIndex.load(tmp_path / "v1"))
    assert out["story_id"].nunique() == 1
    assert set(later["story_id"]) == set(out["story_id"])  # incremental: the story is found in the index
