"""Dagster resources: the one place the UI, the CLI and the tests get their folders and store from."""

import dataclasses
import os
import pickle
import shutil
from pathlib import Path
from typing import Any

from dagster import ConfigurableIOManager, ConfigurableResource, InputContext, OutputContext

from pipeline.config import Settings
from pipeline.flow import Batch, Parsed
from pipeline.store import VersionStore


class PipelineConfig(ConfigurableResource):
    """Input folder, output folder and retention; defaults come from PIPELINE_* environment variables."""

    input_dir: str = ""
    output_dir: str = ""
    retention: int = 0
    sensor_settle_seconds: float = -1.0
    ingest_retries: int = -1
    ingest_retry_seconds: float = -1.0

    def retry_policy(self) -> tuple[int, float]:
        """How often a scan that met a file locked by its writer is retried, and the first wait in seconds
        (doubling each time): PIPELINE_INGEST_RETRIES (3) and PIPELINE_INGEST_RETRY_SECONDS (5)."""
        retries = self.ingest_retries
        if retries < 0:
            retries = int(os.environ.get("PIPELINE_INGEST_RETRIES", "3"))
        wait = self.ingest_retry_seconds
        if wait < 0:
            wait = float(os.environ.get("PIPELINE_INGEST_RETRY_SECONDS", "5"))
        return retries, wait

    def settle_seconds(self) -> float:
        """How long a file must stay unchanged before the sensor reads it (PIPELINE_SENSOR_SETTLE_SECONDS)."""
        if self.sensor_settle_seconds >= 0:
            return self.sensor_settle_seconds
        return float(os.environ.get("PIPELINE_SENSOR_SETTLE_SECONDS", "5"))

    def settings(self) -> Settings:
        base = Settings.from_env()
        return Settings(
            input_dir=Path(self.input_dir).resolve() if self.input_dir else base.input_dir,
            output_dir=Path(self.output_dir).resolve() if self.output_dir else base.output_dir,
            retention=self.retention or base.retention,
            max_file_bytes=base.max_file_bytes,
            max_record_bytes=base.max_record_bytes,
        )

    def store(self) -> VersionStore:
        settings = self.settings()
        return VersionStore(settings.output_dir, retention=settings.retention)


class RunStagingIOManager(ConfigurableIOManager):
    """Hands stage results between assets through the run's own staging folder.

    Keyed by run id, so two runs at once never read each other's intermediate data, and nothing here is
    visible to consumers: only the publish step writes a version. ``output_dir`` follows PipelineConfig's
    (empty: PIPELINE_OUTPUT_DIR).
    """

    output_dir: str = ""

    def _path(self, run_id: str, parts: list[str]) -> Path:
        store = PipelineConfig(output_dir=self.output_dir).store()
        return store.staging(run_id) / "io" / ("__".join(parts) + ".pkl")

    def _output_path(self, context: OutputContext) -> Path:
        # Assets by key; the ops inside a graph asset (parse chunks) by step, output and mapping key.
        parts = list(context.asset_key.path) if context.has_asset_key else context.get_identifier()[1:]
        return self._path(context.run_id, parts)

    def handle_output(self, context: OutputContext, obj: Any) -> None:
        path = self._output_path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        staged = STAGED_TYPES.get(type(obj))
        if staged is not None:  # one file per field: each step then reads only the fields it uses
            folder = path.with_suffix(".fields")
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            for name in staged.field_names():
                _dump(getattr(obj, name), folder / f"{name}.pkl")
            obj = staged(folder)
        _dump(obj, path)

    def load_input(self, context: InputContext) -> Any:
        if context.has_asset_key:
            path = self._path(context.upstream_output.run_id, list(context.asset_key.path))
        else:
            path = self._output_path(context.upstream_output)
        if not path.exists():
            raise FileNotFoundError(
                f"{path.stem} was not materialized in this run; "
                "materialize the whole graph (Materialize all) so every stage sees the same batch"
            )
        with path.open("rb") as fh:
            return pickle.load(fh)


class _Staged:
    """A dataclass whose fields stay in the staging folder until a step uses them.

    At 100k articles the parse result is gigabytes and a batch carries 100k seen inputs and file stats; most
    steps need one field (clean_articles the bodies, a table step the batch id), so each reads only that.
    """

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]

    def __init__(self, folder: Path) -> None:  # no dataclass field is set: each loads on first use
        object.__setattr__(self, "_folder", Path(folder))

    def __getattribute__(self, name: str) -> Any:
        # Not __getattr__: a field with a plain default is also a class attribute, which would answer before
        # __getattr__ is asked.
        loaded = object.__getattribute__(self, "__dict__")
        if name in loaded or name.startswith("_") or name not in type(self).field_names():
            return object.__getattribute__(self, name)
        with (loaded["_folder"] / f"{name}.pkl").open("rb") as fh:
            value = pickle.load(fh)
        loaded[name] = value  # read once per step
        return value

    def __getstate__(self) -> dict:
        return {"_folder": str(self._folder)}  # pickled as a reference to the folder, never the data

    def __setstate__(self, state: dict) -> None:
        object.__setattr__(self, "_folder", Path(state["_folder"]))


class StagedBatch(_Staged, Batch):
    """A :class:`~pipeline.flow.Batch` read field by field from the staging folder."""


class StagedParsed(_Staged, Parsed):
    """A :class:`~pipeline.flow.Parsed` read field by field from the staging folder."""


STAGED_TYPES: dict[type, type[_Staged]] = {Batch: StagedBatch, Parsed: StagedParsed}


def _dump(obj: Any, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
