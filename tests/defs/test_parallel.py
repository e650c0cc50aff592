"""Per-article parsing fans out into chunks that Dagster's multiprocess executor runs in separate processes."""

from __future__ import annotations

import os

from dagster import AssetKey, DagsterInstance, execute_job, reconstructable

from pipeline.defs import ingest_and_publish_job
from pipeline.store import VersionStore


def test_two_chunks_are_parsed_by_two_processes(input_dir, output_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("PIPELINE_INPUT_DIR", str(input_dir))
    monkeypatch.setenv("PIPELINE_OUTPUT_DIR", str(output_dir))
    monkeypatch.setenv("PIPELINE_MIN_CHUNK", "2")  # five seeds -> two chunks
    monkeypatch.setenv("PIPELINE_WORKERS", "2")
    (tmp_path / "dagster").mkdir()
    with DagsterInstance.local_temp(str(tmp_path / "dagster")) as instance:
        result = execute_job(reconstructable(ingest_and_publish_job), instance=instance, raise_on_error=False)
        assert result.success
        steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_SUCCESS"}
        assert {"parsed_articles.parse_chunk[chunk_0]", "parsed_articles.parse_chunk[chunk_1]"} <= steps
        materialization = instance.get_latest_materialization_event(AssetKey("parsed_articles")).asset_materialization
        pids = materialization.metadata["worker_pids"].value
    assert len(pids) == 2 and os.getpid() not in pids  # each chunk in its own worker process
    assert len(VersionStore(output_dir).read_table("articles")) == 5
