"""The Dagster code location: assets, checks, job, sensor, schedule and resources."""

from dagster import Definitions, load_assets_from_modules

from pipeline.defs import assets
from pipeline.defs.automation import daily_reingest, ingest_and_publish, new_articles_sensor
from pipeline.defs.checks import latest_is_fresh
from pipeline.defs.resources import PipelineConfig, RunStagingIOManager


def build_definitions(config: PipelineConfig | None = None) -> Definitions:
    """Definitions bound to a configuration (the environment's by default; tests pass their folders)."""
    config = config or PipelineConfig()
    return Definitions(
        assets=load_assets_from_modules([assets]),
        asset_checks=[latest_is_fresh],
        jobs=[ingest_and_publish],
        sensors=[new_articles_sensor],
        schedules=[daily_reingest],
        resources={"pipeline_config": config, "io_manager": RunStagingIOManager(output_dir=config.output_dir)},
    )


defs = build_definitions()


def ingest_and_publish_job():
    """The job, importable by name so Dagster can rebuild it in worker processes (multiprocess executor)."""
    return defs.resolve_job_def("ingest_and_publish")
