"""Transient input failures: a file locked by its writer is retried, then left for the next run; never lost."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from dagster import AssetKey, DagsterInstance

from pipeline.defs import build_definitions
from pipeline.defs.resources import PipelineConfig
from pipeline.store import VersionStore

HOLD_LOCK = """
import fcntl, sys, time
handle = open(sys.argv[1], "ab")
fcntl.flock(handle, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _writer_holding_lock(path: Path, seconds: float) -> subprocess.Popen:
    """A real second process that holds an exclusive lock on ``path``, as a slow writer would."""
    writer = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)], stdout=subprocess.PIPE)
    assert writer.stdout.readline().strip() == b"locked"
    return writer


def _run(input_dir: Path, output_dir: Path, retries: int, wait: float):
    config = PipelineConfig(
        input_dir=str(input_dir), output_dir=str(output_dir), ingest_retries=retries, ingest_retry_seconds=wait
    )
    job = build_definitions(config).resolve_job_def("ingest_and_publish")
    instance = DagsterInstance.ephemeral()
    return instance, job.execute_in_process(instance=instance, raise_on_error=False)


def test_a_file_locked_by_its_writer_is_retried_until_the_writer_is_done(input_dir, output_dir):
    locked = sorted(input_dir.iterdir())[0]
    hold = 10.0  # long enough that the scan meets the lock even when the machine is slow to start the run
    writer = _writer_holding_lock(locked, seconds=hold)
    started = time.monotonic()
    try:
        _, result = _run(input_dir, output_dir, retries=5, wait=1.0)  # waits 1+2+4+8+16 s: outlasts the writer
    finally:
        writer.wait()
    assert result.success
    retried = [e for e in result.all_events if e.event_type_value == "STEP_UP_FOR_RETRY"]
    assert retried and all(e.step_key == "ingest_batch" for e in retried)
    assert time.monotonic() - started >= hold  # it really waited for the writer
    articles = VersionStore(output_dir).read_table("articles")
    assert locked.name in set(articles["source_path"]) and len(articles) == 5


def test_a_file_locked_for_the_whole_run_is_left_for_the_next_run(input_dir, output_dir):
    locked = sorted(input_dir.iterdir())[0]
    writer = _writer_holding_lock(locked, seconds=600)
    try:
        instance, result = _run(input_dir, output_dir, retries=1, wait=0.2)
        assert result.success
        event = instance.get_latest_materialization_event(AssetKey("ingest_batch")).asset_materialization
        assert event.metadata["deferred_locked"].value == [locked.name]
        store = VersionStore(output_dir)
        first = store.read_table("articles")
        assert locked.name not in set(first["source_path"]) and len(first) == 4
        assert store.read_table("rejects").empty  # deferred, not rejected: it is not an input of this run yet
    finally:
        writer.kill()
        writer.wait()
    _, again = _run(input_dir, output_dir, retries=1, wait=0.2)
    assert again.success
    second = VersionStore(output_dir).read_table("articles")
    assert locked.name in set(second["source_path"]) and len(second) == 5
    assert set(first["article_id"]) <= set(second["article_id"])  # old rows kept
