"""Staged step outputs: a batch and a parse result are written one file per field and read back lazily."""

from __future__ import annotations

import dataclasses
import pickle

import pandas as pd

from pipeline import flow
from pipeline.defs.resources import STAGED_TYPES, _dump


def _stage(obj, folder):
    staged = STAGED_TYPES[type(obj)]
    for name in staged.field_names():
        _dump(getattr(obj, name), folder / f"{name}.pkl")
    return pickle.loads(pickle.dumps(staged(folder)))  # what the next step unpickles


def test_every_field_of_a_batch_comes_back_including_those_with_defaults(tmp_path):
    batch = flow.Batch(
        batch_id="b1",
        version_id="v1",
        parent=None,
        ingested_at=pd.Timestamp("2025-07-22T06:37:00Z"),
        records=pd.DataFrame({"article_id": ["a"]}),
        rejects=pd.DataFrame(),
        seen=[("a.txt", "0" * 64)],
        input_fingerprint="f",
        deferred=["locked.txt"],
        file_stats=pd.DataFrame({"file": ["a.txt"]}),
    )
    staged = _stage(batch, tmp_path)
    assert isinstance(staged, flow.Batch)
    for field in dataclasses.fields(flow.Batch):
        value, expected = getattr(staged, field.name), getattr(batch, field.name)
        if isinstance(expected, pd.DataFrame):
            pd.testing.assert_frame_equal(value, expected)
        else:
            assert value == expected, field.name


def test_a_parse_result_is_read_only_as_far_as_a_step_uses_it(tmp_path):
    parsed = flow.Parsed(
        stripped=pd.DataFrame({"article_id": ["a"], "text": ["body"]}),
        metadata=pd.DataFrame({"article_id": ["a"]}),
        entities=pd.DataFrame({"article_id": ["a"], "text": ["Netflix"]}),
    )
    staged = _stage(parsed, tmp_path)
    (tmp_path / "metadata.pkl").unlink()  # a step that never touches metadata does not need it
    assert staged.stripped["text"].tolist() == ["body"]
    assert staged.entities["text"].tolist() == ["Netflix"]
