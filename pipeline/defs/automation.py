"""The job, the folder sensor and the schedule that keep re-ingesting new articles."""

import os
import time

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

from pipeline.defs.resources import PipelineConfig
from pipeline.watch import changes_since

SENSOR_INTERVAL_SECONDS = int(os.environ.get("PIPELINE_SENSOR_INTERVAL_SECONDS", "30"))
SCHEDULE_CRON = os.environ.get("PIPELINE_SCHEDULE_CRON", "0 6 * * *")

ingest_and_publish = define_asset_job(
    "ingest_and_publish",
    selection=AssetSelection.all(),
    description="Ingest what is new in the input folder, run every stage on it and publish a version.",
    tags={"news_pipeline/publisher": "1"},
)


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
