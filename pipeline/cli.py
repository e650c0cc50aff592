"""Command line: ``python -m pipeline run | versions | show TABLE [--version V]``."""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator

import pandas as pd

from pipeline import schemas
from pipeline.config import Settings
from pipeline.store import VersionStore


@contextlib.contextmanager
def _instance(in_process: bool) -> Iterator:
    """The DAGSTER_HOME instance when set (runs show in the UI), else a throwaway one: in memory for a run in
    this process (its SQLite event log cost 40 ms per event, 7 s a run), on disk when steps run in others."""
    from dagster import DagsterInstance

    if os.environ.get("DAGSTER_HOME"):
        with DagsterInstance.get() as instance:
            yield instance
        return
    if in_process:
        with DagsterInstance.ephemeral() as inst:
            yield inst
        return
    with tempfile.TemporaryDirectory(prefix="news-pipeline-dagster-") as home, DagsterInstance.local_temp(home) as inst:
        yield inst


def run_pipeline(settings: Settings, executor: str = "auto") -> tuple[dict | None, list[str]]:
    """Materialize the whole asset graph through Dagster: the job the UI, sensor and schedule launch.

    ``executor``: ``multiprocess`` (every step in its own process, parse chunks of a large batch in parallel),
    ``in_process`` (one process: far less start-up for a small batch), or ``auto`` (in process when few files
    are new). Settings reach worker processes through the PIPELINE_* environment variables. Returns the
    publish summary (None when the run failed) and the failure messages.
    """
    from dagster import execute_job, reconstructable

    from pipeline.defs import ingest_and_publish_job
    from pipeline.defs.automation import run_config_for, run_config_named, with_folders
    from pipeline.flow import count_new_files

    os.environ["PIPELINE_INPUT_DIR"] = str(settings.input_dir)
    os.environ["PIPELINE_OUTPUT_DIR"] = str(settings.output_dir)
    store = VersionStore(settings.output_dir, settings.retention)
    with store.lock(".run.lock", timeout=3600):
        if executor == "auto":
            run_config = run_config_for(count_new_files(settings, store))
        else:
            run_config = run_config_named(executor)
        run_config = with_folders(run_config, str(settings.input_dir), str(settings.output_dir))
        job = reconstructable(ingest_and_publish_job)
        with (
            _instance(in_process="in_process" in run_config["execution"]["config"]) as instance,
            execute_job(job, instance=instance, run_config=run_config, raise_on_error=False) as result,
        ):
            failures = [
                f"{event.step_key}: {event.event_specific_data.error.message.strip()}"
                for event in result.all_events
                if event.event_type_value == "STEP_FAILURE"
            ]
            summary = result.output_for_node("published_version") if result.success else None
            shutil.rmtree(store.staging_root / result.run_id, ignore_errors=True)
    return summary, failures


def cmd_run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    print(f"input:  {settings.input_dir}\noutput: {settings.output_dir}")
    summary, failures = run_pipeline(settings, args.executor)
    if summary is None:
        for failure in failures:
            print(f"FAILED {failure}", file=sys.stderr)
        print("run failed: nothing was published; latest is unchanged", file=sys.stderr)
        return 1
    print(summary["message"])
    print(f"version: {summary['version_id']}  (inputs seen: {summary['inputs_seen']})")
    for table, rows in summary["rows"].items():
        print(f"  {table:<18} {rows:>8} rows")
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    store = VersionStore(Settings.from_env().output_dir)
    latest = store.latest_version()
    versions = store.list_versions()
    if not versions:
        print("no versions yet: run `python -m pipeline run`")
        return 0
    for manifest in versions:
        mark = "*" if manifest["version_id"] == latest else " "
        rows = manifest["tables"]["articles"]["rows"]
        print(
            f"{mark} {manifest['version_id']}  created {manifest['created_at']}  articles {rows}"
            f"  parent {manifest['parent_version'] or '-'}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    store = VersionStore(Settings.from_env().output_dir)
    try:
        frame = store.read_table(args.table, args.version)
    except (LookupError, KeyError) as err:
        print(err, file=sys.stderr)
        return 2
    with pd.option_context("display.max_columns", None, "display.width", 160, "display.max_colwidth", 60):
        print(f"{args.table} @ {store.resolve(args.version)}: {len(frame)} rows")
        print(frame.head(args.rows).to_string())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="ingest the input folder and publish a new version")
    run.add_argument(
        "--executor",
        choices=["auto", "in_process", "multiprocess"],
        default="auto",
        help="auto: one process when few files are new, else one process per step and parallel parse chunks",
    )
    run.set_defaults(func=cmd_run)
    sub.add_parser("versions", help="list published versions (* = latest)").set_defaults(func=cmd_versions)
    show = sub.add_parser("show", help="preview a table")
    show.add_argument("table", choices=schemas.TABLES)
    show.add_argument("--version", default="latest")
    show.add_argument("--rows", type=int, default=10)
    show.set_defaults(func=cmd_show)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
