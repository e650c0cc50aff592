"""Bad input, killed processes and concurrent runs, all for real (real processes, real signals, real files)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline import read_table
from pipeline.store import MANIFEST, VersionStore, _sha256_file
from tests.bad_inputs import write_bad_corpus
from tests.conftest import REPO, materialize_all


def _cli(input_dir: Path, output_dir: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PIPELINE_INPUT_DIR": str(input_dir), "PIPELINE_OUTPUT_DIR": str(output_dir)}
    env.pop("DAGSTER_HOME", None)
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _assert_store_consistent(store: VersionStore) -> None:
    """latest is complete; every listed version's files match their manifest checksums."""
    latest = store.latest_version()
    if latest is None:
        assert not (store.root / "latest").exists() or not os.path.exists(store.root / "latest")
        return
    for manifest in store.list_versions():
        folder = store.versions_dir / manifest["version_id"]
        for table, entry in manifest["tables"].items():
            for name, meta in entry["files"].items():
                part = folder / table / name
                assert _sha256_file(part) == meta["sha256"], f"{part} differs from its manifest"
                assert pq.ParquetFile(part).metadata.num_rows == meta["rows"]
    assert (store.versions_dir / latest / MANIFEST).is_file()


def test_bad_inputs_never_crash_and_are_all_accounted_for(tmp_path: Path):
    input_dir, output_dir = tmp_path / "in", tmp_path / "out"
    written = write_bad_corpus(input_dir, 1000)
    result = materialize_all(input_dir, output_dir)
    assert result.success
    articles = read_table("articles", root=output_dir)
    rejects = read_table("rejects", root=output_dir)
    # JSONL files expand to one input per non-blank line.
    expected = sum(written.values()) + written["broken_jsonl"] * 2
    assert len(articles) + len(rejects) == expected
    assert not set(articles["source_path"]) & set(rejects["source_path"])
    assert rejects["reason"].str.len().gt(0).all()
    reasons = rejects.set_index("source_path")["reason"]
    assert reasons["huge-50mb.txt"].startswith("file too large")
    assert reasons.filter(like="empty-").eq("empty file").all()
    assert reasons.filter(like="random_bytes-").str.startswith("binary content").all()
    decoded = set(articles["source_path"])
    for kind in ("latin1", "cp1252", "utf16", "text_with_nuls"):
        assert any(p.startswith(kind) for p in decoded), f"{kind} inputs were not decoded"
    clean = read_table("clean_articles", root=output_dir)
    assert clean["text"].str.contains("Zürich").any() and not clean["text"].str.contains("\x00").any()


def test_publisher_killed_at_random_points_leaves_latest_complete(tmp_path: Path):
    """kill -9 a process that keeps publishing large versions; after each kill the store is consistent."""
    script = """
import sys, uuid, pandas as pd
from pipeline import schemas
from pipeline.store import VersionStore
store = VersionStore(sys.argv[1])
print("ready", flush=True)
for _ in range(1000):
    i = uuid.uuid4().hex[:12]
    tables = {t: schemas.empty_frame(t) for t in schemas.TABLES}
    n = 60000
    tables["rejects"] = pd.DataFrame({"source_path": [f"f{i}-{k}.txt" for k in range(n)], "reason": ["empty file"] * n,
        "stage": ["ingest"] * n, "content_sha256": [None] * n, "batch_id": [f"b{i}"] * n,
        "detected_at": [pd.Timestamp.now(tz="UTC")] * n})
    store.publish(tables, batch_id=f"b{i}", parent=store.latest_version(), input_fingerprint=str(i))
"""
    rng = random.Random(3)
    store = VersionStore(tmp_path)
    for _ in range(6):
        command = [sys.executable, "-c", script, str(tmp_path)]
        proc = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"  # imports done: the kill lands in publishing, however busy
        time.sleep(rng.uniform(0.5, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _assert_store_consistent(store)
        latest = store.latest_version()
        if latest:
            rows = len(store.read_table("rejects"))
            assert rows == store.manifest()["tables"]["rejects"]["rows"]
    with store.lock():
        store.clean_leftovers()
    assert not list(store.versions_dir.glob(".tmp-*"))
    assert store.latest_version() is not None, "no publication finished in the time given"


def test_killed_run_leaves_latest_intact_and_next_run_completes(input_dir: Path, output_dir: Path):
    assert materialize_all(input_dir, output_dir).success
    store = VersionStore(output_dir)
    first = store.latest_version()
    write_bad_corpus(input_dir / "more", 60)
    proc = _cli(input_dir, output_dir)
    time.sleep(4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _assert_store_consistent(store)
    assert store.latest_version() is not None
    done = _cli(input_dir, output_dir)
    out, _ = done.communicate(timeout=600)
    assert done.returncode == 0, out
    _assert_store_consistent(store)
    articles, rejects = read_table("articles", root=output_dir), read_table("rejects", root=output_dir)
    paths = pd.concat([articles["source_path"], rejects["source_path"]])
    assert paths.is_unique
    assert store.latest_version() != first


def test_two_runs_started_together_both_end_cleanly(input_dir: Path, output_dir: Path):
    write_bad_corpus(input_dir / "bad", 30)
    first, second = _cli(input_dir, output_dir), _cli(input_dir, output_dir)
    out1, _ = first.communicate(timeout=600)
    out2, _ = second.communicate(timeout=600)
    assert first.returncode == 0, out1
    assert second.returncode == 0, out2
    assert "no new input" in out1 + out2  # one waited, then found the other had published everything
    store = VersionStore(output_dir)
    _assert_store_consistent(store)
    assert len(store.list_versions()) == 1
    articles, rejects = read_table("articles", root=output_dir), read_table("rejects", root=output_dir)
    assert articles["article_id"].is_unique
    assert pd.concat([articles["source_path"], rejects["source_path"]]).is_unique
