"""The job, the folder sensor and the schedule that keep re-ingesting new articles."""

import os
import time
from pathlib import Path

import yaml
from dagster import (
    AssetSelection,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SkipReason,
    define_asset_job,
    sensor,
)

from pipeline.config import REPO_ROOT
from pipeline.defs.resources import PipelineConfig
from pipeline.watch import changes_since

SENSOR_INTERVAL_SECONDS = int(os.environ.get("PIPELINE_SENSOR_INTERVAL_SECONDS", "30"))
SCHEDULE_CRON = os.environ.get("PIPELINE_SCHEDULE_CRON", "0 6 * * *")
# Below this many new files a run is cheaper in one process: each step of the multiprocess executor pays for a
# process of its own (the seeds: 23 s in one process, 91 s with one per step, on a busy machine), which only pays
# off when there are chunks to parse in parallel.
IN_PROCESS_MAX_NEW_FILES = int(os.environ.get("PIPELINE_IN_PROCESS_MAX_NEW_FILES", "400"))

# Steps run in processes forked from a server that has already imported the pipeline, not spawned afresh:
# the seeds' run drops from about 120 s to about 70 s of wall time on a busy 2-core machine. The server also opens
# a throwaway instance (``worker_preload``), so no step imports the instance's storage again.
PRELOAD_MODULES = ["pipeline.defs", "pipeline.defs.worker_preload"]
MULTIPROCESS_RUN_CONFIG = {
    "execution": {"config": {"multiprocess": {"start_method": {"forkserver": {"preload_modules": PRELOAD_MODULES}}}}}
}
IN_PROCESS_RUN_CONFIG = {"execution": {"config": {"in_process": {}}}}


def run_config_for(new_files: int | None) -> dict:
    """Run config for a batch of about ``new_files`` new files (``None``: unknown, use every core)."""
    if new_files is not None and new_files <= IN_PROCESS_MAX_NEW_FILES:
        return IN_PROCESS_RUN_CONFIG
    return MULTIPROCESS_RUN_CONFIG


def run_config_named(executor: str) -> dict:
    """The run config of an executor by name: ``in_process`` or ``multiprocess``."""
    return IN_PROCESS_RUN_CONFIG if executor == "in_process" else MULTIPROCESS_RUN_CONFIG


def with_folders(run_config: dict, input_dir: str, output_dir: str) -> dict:
    """The run config plus the folders for this run, for every resource that needs them.

    Run config reaches each step's process whatever its start method (environment variables set after a
    forkserver started would not), so a process that launches several runs can point each at other folders.
    """
    return {
        **run_config,
        "resources": {
            "pipeline_config": {"config": {"input_dir": input_dir, "output_dir": output_dir}},
            "io_manager": {"config": {"output_dir": output_dir}},
        },
    }


K8S_RUN_CONFIG = REPO_ROOT / "deploy" / "k8s" / "executor.yaml"


def build_job(executor: str = "multiprocess"):  # noqa: ANN201 - an unresolved asset job (no public type)
    """The job, on this machine's executors (``multiprocess``/``in_process`` picked by run config) or, with
    ``k8s``, on dagster-k8s's ``k8s_job_executor`` configured from PIPELINE_K8S_RUN_CONFIG
    (deploy/k8s/executor.yaml): each step a Kubernetes Job."""
    executor_def, config = None, MULTIPROCESS_RUN_CONFIG
    if executor == "k8s":
        from dagster_k8s import k8s_job_executor

        executor_def = k8s_job_executor
        config = yaml.safe_load(Path(os.environ.get("PIPELINE_K8S_RUN_CONFIG", K8S_RUN_CONFIG)).read_text())
    return define_asset_job(
        "ingest_and_publish",
        selection=AssetSelection.all(),
        description="Ingest what is new in the input folder, run every stage on it and publish a version.",
        tags={"news_pipeline/publisher": "1"},
        config=config,
        executor_def=executor_def,
    )


EXECUTOR = os.environ.get("PIPELINE_EXECUTOR", "multiprocess")
ingest_and_publish = build_job(EXECUTOR)


@sensor(
    job=ingest_and_publish,
    minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
    default_status=DefaultSensorStatus.STOPPED,
    description="Starts one run when files in the input folder are new or changed and have settled.",
)
def new_articles_sensor(context: SensorEvaluationContext, pipeline_config: PipelineConfig):
    cursor = int(context.cursor or 0)
    found = changes_since(
        pipeline_config.settings().input_dir, cursor, pipeline_config.settle_seconds(), time.time_ns()
    )
    if not found.changed:
        waiting = f"; {len(found.unsettled)} still being written" if found.unsettled else ""
        return SkipReason(f"no new or changed files{waiting}")
    context.update_cursor(str(found.cursor_ns))
    return RunRequest(
        run_key=f"files-{found.cursor_ns}",
        tags={"news_pipeline/new_files": str(len(found.changed))},
        run_config=run_config_for(len(found.changed)) if EXECUTOR != "k8s" else None,
    )


def _schedule_status() -> DefaultScheduleStatus:
    enabled = os.environ.get("PIPELINE_SCHEDULE_ENABLED", "").lower() in {"1", "true", "yes"}
    return DefaultScheduleStatus.RUNNING if enabled else DefaultScheduleStatus.STOPPED


daily_reingest = ScheduleDefinition(
    name="daily_reingest",
    job=ingest_and_publish,
    cron_schedule=SCHEDULE_CRON,
    execution_timezone="UTC",
    default_status=_schedule_status(),
    description="Re-ingests the input folder on PIPELINE_SCHEDULE_CRON (daily 06:00 UTC); off unless enabled.",
)
