"""The versioned store: immutable versions, atomic latest, hard-linked parts, retention, validation."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from pipeline import schemas
from pipeline.store import VersionStore


def _rejects(paths: list[str], batch: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "source_path": paths,
            "reason": ["empty file"] * len(paths),
            "stage": ["ingest"] * len(paths),
            "content_sha256": [None] * len(paths),
            "batch_id": [batch] * len(paths),
            "detected_at": [pd.Timestamp("2025-07-22T06:37:00Z")] * len(paths),
        }
    )


def _publish(store: VersionStore, paths: list[str], batch: str, parent: str | None):
    tables = {name: schemas.empty_frame(name) for name in schemas.TABLES}
    tables["rejects"] = _rejects(paths, batch)
    return store.publish(tables, batch_id=batch, parent=parent, input_fingerprint=batch)


def test_versions_are_immutable_and_latest_switches(tmp_path):
    store = VersionStore(tmp_path)
    first = _publish(store, ["a.txt"], "b1", None)
    assert first.published and store.latest_version() == first.version_id
    second = _publish(store, ["b.txt"], "b2", first.version_id)
    assert store.latest_version() == second.version_id
    # The new version carries the parent's rows (hard-linked, same inode) plus its own.
    assert sorted(store.read_table("rejects")["source_path"]) == ["a.txt", "b.txt"]
    assert list(store.read_table("rejects", first.version_id)["source_path"]) == ["a.txt"]
    old_part = store.versions_dir / first.version_id / "rejects" / "part-b1.parquet"
    new_part = store.versions_dir / second.version_id / "rejects" / "part-b1.parquet"
    assert os.stat(old_part).st_ino == os.stat(new_part).st_ino
    manifest = json.loads((store.versions_dir / second.version_id / "_manifest.json").read_text())
    assert manifest["parent_version"] == first.version_id
    assert manifest["tables"]["rejects"]["rows"] == 2
    assert manifest["tables"]["rejects"]["schema"]["detected_at"] == "timestamp[us, tz=UTC]"
    assert os.readlink(tmp_path / "latest") == f"versions/{second.version_id}"


def test_no_new_rows_publishes_nothing(tmp_path):
    store = VersionStore(tmp_path)
    first = _publish(store, ["a.txt"], "b1", None)
    again = _publish(store, [], "b2", first.version_id)
    assert not again.published and again.version_id == first.version_id
    assert "no new input" in again.message
    assert len(store.list_versions()) == 1


def test_invalid_table_is_not_published(tmp_path):
    store = VersionStore(tmp_path)
    first = _publish(store, ["a.txt"], "b1", None)
    tables = {name: schemas.empty_frame(name) for name in schemas.TABLES}
    bad = _rejects(["b.txt"], "b2")
    bad.loc[0, "reason"] = ""
    tables["rejects"] = bad
    with pytest.raises(schemas.TableValidationError, match=r"(?s)'rejects'.*'reason'.*rows \[0\]"):
        store.publish(tables, batch_id="b2", parent=first.version_id, input_fingerprint="x")
    assert store.latest_version() == first.version_id
    assert len(store.list_versions()) == 1


def test_stale_parent_is_refused(tmp_path):
    store = VersionStore(tmp_path)
    first = _publish(store, ["a.txt"], "b1", None)
    _publish(store, ["b.txt"], "b2", first.version_id)
    late = _publish(store, ["c.txt"], "b3", first.version_id)
    assert not late.published and late.version_id is None
    assert "latest moved" in late.message


def test_retention_keeps_last_n(tmp_path):
    store = VersionStore(tmp_path, retention=2)
    parent = None
    for i in range(4):
        parent = _publish(store, [f"{i}.txt"], f"b{i}", parent).version_id
    versions = store.list_versions()
    assert len(versions) == 2 and versions[-1]["version_id"] == parent
    assert len(store.read_table("rejects")) == 4


def test_unfinished_version_is_invisible_and_cleaned(tmp_path):
    store = VersionStore(tmp_path)
    first = _publish(store, ["a.txt"], "b1", None)
    half = store.versions_dir / ".tmp-20990101T000000000Z-dead00"
    (half / "articles").mkdir(parents=True)
    assert [m["version_id"] for m in store.list_versions()] == [first.version_id]
    with store.lock():
        removed = store.clean_leftovers()
    assert half in removed and not half.exists()


def test_a_batch_is_published_once_and_old_parts_are_never_rewritten(tmp_path):
    store = VersionStore(tmp_path)
    first = _publish(store, ["a.txt"], "b1", None)
    part = store.versions_dir / first.version_id / "rejects" / "part-b1.parquet"
    before = part.read_bytes()
    with pytest.raises(ValueError, match="already in"):
        _publish(store, ["b.txt"], "b1", first.version_id)
    assert part.read_bytes() == before
    assert store.latest_version() == first.version_id and not list(store.versions_dir.glob(".tmp-*"))


def _clusters(rows: list[tuple[str, float]]) -> pd.DataFrame:
    return schemas.conform(
        "claim_clusters",
        pd.DataFrame(
            {
                "claim_key": [key for key, _ in rows],
                "subject": "netflix",
                "metric": "revenue",
                "unit": "USD",
                "period": "2025-Q2",
                "forecast": False,
                "n_claims": 1,
                "n_articles": 1,
                "article_ids": [["a"] for _ in rows],
                "claim_ids": [[f"{key}-0"] for key, _ in rows],
                "consensus_value": [value for _, value in rows],
                "min_value": [value for _, value in rows],
                "max_value": [value for _, value in rows],
                "status": "single",
            }
        ),
    )


def test_a_keyed_table_keeps_the_rows_a_batch_does_not_replace(tmp_path):
    store = VersionStore(tmp_path)
    tables = {name: schemas.empty_frame(name) for name in schemas.TABLES}
    tables["rejects"] = _rejects(["a.txt"], "b1")
    tables["claim_clusters"] = _clusters([("c", 3.0), ("a", 1.0), ("b", 2.0)])
    first = store.publish(tables, batch_id="b1", parent=None, input_fingerprint="1")
    tables["rejects"] = _rejects(["b.txt"], "b2")
    tables["claim_clusters"] = _clusters([("b", 20.0), ("d", 4.0)])
    second = store.publish(
        tables, batch_id="b2", parent=first.version_id, input_fingerprint="2", replaced_keys={"claim_clusters": ["c"]}
    )
    after = store.read_table("claim_clusters", second.version_id)
    assert list(zip(after["claim_key"], after["consensus_value"])) == [("a", 1.0), ("b", 20.0), ("d", 4.0)]
    assert store.manifest(second.version_id)["tables"]["claim_clusters"]["rows"] == 3
    assert len(store.read_table("claim_clusters", first.version_id)) == 3  # the parent is untouched
    tables["rejects"] = _rejects([], "b3")
    tables["claim_clusters"] = _clusters([])
    third = store.publish(
        tables, batch_id="b3", parent=second.version_id, input_fingerprint="3", replaced_keys={"claim_clusters": []}
    )
    assert not third.published  # nothing new and nothing replaced


def test_a_table_without_rows_still_has_a_file_with_its_columns(tmp_path):
    """Consumers glob a table's folder (DuckDB ``read_parquet('.../quotes/*.parquet')``): an empty table must
    not be an empty folder, and the placeholder goes once the table has rows."""
    import duckdb

    store = VersionStore(tmp_path)
    first = _publish(store, ["a.txt"], "b1", None)
    folder = store.version_dir(first.version_id) / "quotes"
    columns = duckdb.sql(f"SELECT * FROM read_parquet('{folder}/*.parquet')").columns
    assert columns == list(schemas.ARROW_SCHEMAS["quotes"].names)
    assert list(pd.read_parquet(folder).columns) == list(schemas.ARROW_SCHEMAS["quotes"].names)
    second = _publish(store, ["b.txt"], "b2", first.version_id)
    rejects = sorted(p.name for p in (store.version_dir(second.version_id) / "rejects").glob("*.parquet"))
    assert rejects == ["part-b1.parquet", "part-b2.parquet"]  # rows: no placeholder beside them
