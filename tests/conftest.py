"""Shared fixtures: copies of the real seed articles in temporary folders, and a real Dagster run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session", autouse=True)
def pipeline_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Derived tables the pipeline caches between runs go to a folder of this test session, not the user's."""
    folder = tmp_path_factory.mktemp("pipeline-cache")
    os.environ["PIPELINE_CACHE_DIR"] = str(folder)  # also seen by the runs' subprocesses
    return folder


@pytest.fixture
def input_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def output_dir(tmp_path: Path) -> Path:
    return tmp_path / "outputs"


def materialize_all(input_dir: Path, output_dir: Path):
    """Run the real asset job in process (what `python -m pipeline run` does)."""
    from dagster import DagsterInstance

    from pipeline.defs import build_definitions
    from pipeline.defs.resources import PipelineConfig

    config = PipelineConfig(input_dir=str(input_dir), output_dir=str(output_dir))
    job = build_definitions(config).resolve_job_def("ingest_and_publish")
    with DagsterInstance.ephemeral() as instance:
        return job.execute_in_process(instance=instance, raise_on_error=False)
