"""The versioned output store: immutable versions of every table, and an atomic ``latest`` pointer.

Layout under the output root::

    versions/<version_id>/<table>/part-<batch_id>.parquet   one file per batch (append tables)
    versions/<version_id>/<table>/part-all.parquet          the whole table (keyed tables, updated by key)
    versions/<version_id>/_state/<name>/...                 stage state carried between runs (dedup index)
    versions/<version_id>/_manifest.json                    what the version holds, with checksums
    latest -> versions/<version_id>                         switched with one atomic rename
    .staging/<run_id>/                                      a run's work in progress, never read by consumers

A new version hard-links the parent's unchanged parts, so publishing costs what the new batch costs, not what
the corpus costs, and every older version stays readable. ``latest`` only ever points at a directory whose
manifest was written last, so a reader never sees half a version, even if the writer is killed mid-way.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline import schemas

MANIFEST = "_manifest.json"
STATE = "_state"
EMPTY_PART = "part-empty.parquet"  # a table with no rows yet: zero rows, its columns, so globbing readers work
APPEND_TABLES = ("articles", "clean_articles", "article_metadata", "entities", "quotes", "claims", "rejects")
# Keyed tables are corpus-wide: a batch replaces some of their rows, by key, and keeps the parent's others.
KEYED_TABLES = {"claim_clusters": "claim_key"}


def package_version() -> str:
    try:
        from importlib.metadata import version

        return version("news-pipeline")
    except Exception:  # not installed (running from a bare checkout)
        return "0+unknown"


def code_revision() -> str | None:
    """The git commit the code runs from, so a version can be traced to the code that made it."""
    here = Path(__file__).resolve().parent
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=here, capture_output=True, text=True, timeout=5, check=True
        )
        return out.stdout.strip() or None
    except Exception:
        return None


def new_version_id(now: datetime | None = None) -> str:
    """Sortable by time, unique across concurrent writers."""
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}Z-{uuid.uuid4().hex[:6]}"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class PublishResult:
    version_id: str | None
    published: bool
    message: str
    manifest: dict | None = None


class VersionStore:
    """Reads and writes versions under one output root. Safe for several processes at once."""

    def __init__(self, root: Path | str, retention: int = 20):
        self.root = Path(root)
        self.retention = max(1, int(retention))
        self.versions_dir = self.root / "versions"
        self.staging_root = self.root / ".staging"
        self.latest_link = self.root / "latest"

    # ---- reading -------------------------------------------------------------------------------------------
    def latest_version(self) -> str | None:
        try:
            target = os.readlink(self.latest_link)
        except OSError:
            return None
        version = Path(target).name
        return version if (self.versions_dir / version / MANIFEST).is_file() else None

    def resolve(self, version: str = "latest") -> str:
        resolved = self.latest_version() if version == "latest" else version
        if not resolved or not (self.versions_dir / resolved / MANIFEST).is_file():
            raise LookupError(f"no complete version {version!r} under {self.root}")
        return resolved

    def version_dir(self, version: str = "latest") -> Path:
        return self.versions_dir / self.resolve(version)

    def manifest(self, version: str = "latest") -> dict:
        return json.loads((self.version_dir(version) / MANIFEST).read_text())

    def list_versions(self) -> list[dict]:
        """Complete versions, oldest first (a directory without a manifest is an unfinished write)."""
        if not self.versions_dir.is_dir():
            return []
        found = []
        for child in sorted(self.versions_dir.iterdir()):
            manifest = child / MANIFEST
            if child.name.startswith(".") or not manifest.is_file():
                continue
            found.append(json.loads(manifest.read_text()))
        return found

    def table_files(self, table: str, version: str = "latest") -> list[Path]:
        if table not in schemas.ARROW_SCHEMAS:
            raise KeyError(f"unknown table {table!r}; tables are {', '.join(schemas.TABLES)}")
        return sorted((self.version_dir(version) / table).glob("*.parquet"))

    def read_table(
        self, table: str, version: str = "latest", columns: list[str] | None = None, filters: list | None = None
    ) -> pd.DataFrame:
        """One version's table as pandas (empty, with the right columns, if it has no rows).

        ``columns`` reads only those columns (Parquet is columnar: much less to read on a large corpus);
        ``filters`` keeps only matching rows before they become pandas, in pyarrow's form
        (``[("claim_id", "in", ids)]``).
        """
        if not self.table_files(table, version):
            frame = schemas.empty_frame(table)
            return frame[columns] if columns else frame
        arrow = self.read_arrow(table, version, columns, filters)
        if columns:
            return arrow.to_pandas()
        return schemas.conform(table, arrow.to_pandas())

    def read_arrow(
        self, table: str, version: str = "latest", columns: list[str] | None = None, filters: list | None = None
    ) -> pa.Table:
        """One version's table as Arrow: for corpus-wide steps that filter or join without a pandas copy."""
        files = self.table_files(table, version)
        schema = schemas.ARROW_SCHEMAS[table]
        if not files:
            empty = schema.empty_table()
            return empty.select(columns) if columns else empty
        return pq.read_table(files, schema=schema, columns=columns, filters=filters)

    def state_dir(self, name: str, version: str = "latest") -> Path | None:
        """Where a stage's persisted state lives in a version, if that version has it."""
        try:
            path = self.version_dir(version) / STATE / name
        except LookupError:
            return None
        return path if path.exists() else None

    # ---- writing -------------------------------------------------------------------------------------------
    def staging(self, run_id: str) -> Path:
        path = self.staging_root / run_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    @contextlib.contextmanager
    def lock(self, name: str = ".lock", timeout: float = 600.0) -> Iterator[None]:
        """One holder at a time, across processes; a killed holder releases it with its process.

        ``.lock`` guards publication; ``.run.lock`` lets whole command-line runs queue behind each other.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / name).open("a+") as fh:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"another run holds {self.root / name}") from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def publish(
        self,
        tables: dict[str, pd.DataFrame],
        *,
        batch_id: str,
        parent: str | None,
        version_id: str | None = None,
        input_fingerprint: str,
        state_dirs: dict[str, Path] | None = None,
        extra: dict | None = None,
        replaced_keys: dict[str, list[str]] | None = None,
    ) -> PublishResult:
        """Validate and publish a new version made of the parent's tables plus this batch.

        ``tables`` holds, for append tables, only this batch's new rows. For a keyed table it holds the new
        or recomputed rows: they replace the parent's rows with the same key, and so do nothing but remove
        the rows of ``replaced_keys[table]``; the parent's other rows are kept as they were (validated when
        they were published). Without ``replaced_keys`` for it, a keyed table's rows are the whole table.
        Nothing is published when no table changes, and nothing at all if any table fails validation.
        """
        replaced_keys = replaced_keys or {}
        validated = {}
        for name, frame in tables.items():
            conformed = schemas.conform(name, frame)
            validated[name] = schemas.validate(name, conformed)
        arrow_tables = {name: schemas.to_arrow(name, frame) for name, frame in validated.items()}

        with self.lock():
            current = self.latest_version()
            if current != parent:
                return PublishResult(
                    None,
                    False,
                    f"not published: latest moved from {parent} to {current} while this run worked; "
                    "its inputs are still unprocessed and the next run picks them up",
                )
            new_rows = sum(arrow_tables[t].num_rows for t in APPEND_TABLES if t in arrow_tables)
            parent_manifest = self.manifest(parent) if parent else None
            unchanged = parent_manifest and self._keyed_unchanged(arrow_tables, replaced_keys, parent_manifest)
            if new_rows == 0 and unchanged:
                return PublishResult(parent, False, f"no new input: latest stays {parent}", parent_manifest)

            version_id = version_id or new_version_id()
            tmp = self.versions_dir / f".tmp-{version_id}"
            tmp.mkdir(parents=True)
            table_entries = {}
            for name in schemas.TABLES:
                folder = tmp / name
                folder.mkdir()
                if parent and name in APPEND_TABLES:
                    for part in (self.versions_dir / parent / name).glob("*.parquet"):
                        if part.name != EMPTY_PART:
                            os.link(part, folder / part.name)
                parent_part = self.versions_dir / parent / name / "part-all.parquet" if parent else None
                if name in KEYED_TABLES and name in arrow_tables:
                    keyed = self._updated(name, arrow_tables[name], replaced_keys.get(name), parent_part)
                    if keyed is None:  # nothing replaced: the parent's file as it is
                        os.link(parent_part, folder / parent_part.name)
                    else:
                        pq.write_table(keyed, folder / "part-all.parquet", compression="zstd")
                elif name in arrow_tables and arrow_tables[name].num_rows:
                    part_name = f"part-{batch_id}.parquet"
                    if (folder / part_name).exists():  # a hard link into an older version: never write through it
                        shutil.rmtree(tmp, ignore_errors=True)
                        raise ValueError(f"batch {batch_id} is already in {parent}; a batch id is published once")
                    pq.write_table(arrow_tables[name], folder / part_name, compression="zstd")
                elif name in KEYED_TABLES and parent_part is not None and parent_part.exists():
                    os.link(parent_part, folder / parent_part.name)
                if not any(folder.glob("*.parquet")):  # a reader globbing the folder still finds the columns
                    pq.write_table(schemas.ARROW_SCHEMAS[name].empty_table(), folder / EMPTY_PART, compression="zstd")
                table_entries[name] = self._describe_table(name, folder, parent_manifest)
            for name, source in (state_dirs or {}).items():
                if source and Path(source).exists():
                    shutil.copytree(source, tmp / STATE / name, copy_function=os.link)
            manifest = {
                "version_id": version_id,
                "parent_version": parent,
                "created_at": datetime.now(timezone.utc).isoformat(),
                "package_version": package_version(),
                "code_revision": code_revision(),
                "batch_id": batch_id,
                "input_fingerprint": input_fingerprint,
                "tables": table_entries,
                **(extra or {}),
            }
            manifest_path = tmp / MANIFEST
            manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True))
            with manifest_path.open("rb") as fh:
                os.fsync(fh.fileno())
            final = self.versions_dir / version_id
            os.rename(tmp, final)
            _fsync_dir(self.versions_dir)
            self._point_latest_at(version_id)
            self._apply_retention()
        return PublishResult(version_id, True, f"published {version_id} ({new_rows} new rows)", manifest)

    def _describe_table(self, name: str, folder: Path, parent_manifest: dict | None) -> dict:
        parent_files = (parent_manifest or {}).get("tables", {}).get(name, {}).get("files", {})
        files, rows = {}, 0
        for part in sorted(folder.glob("*.parquet")):
            known = parent_files.get(part.name)
            if known and name in APPEND_TABLES:  # hard-linked, immutable: reuse the parent's checksum
                files[part.name] = known
            else:
                files[part.name] = {"sha256": _sha256_file(part), "rows": pq.ParquetFile(part).metadata.num_rows}
            rows += files[part.name]["rows"]
        return {
            "rows": rows,
            "files": files,
            "schema": {field.name: str(field.type) for field in schemas.ARROW_SCHEMAS[name]},
        }

    @staticmethod
    def _updated(name: str, rows: pa.Table, replaced: list[str] | None, parent_part: Path | None) -> pa.Table | None:
        """A keyed table after this batch: the parent's rows minus the replaced keys, plus the new rows, in key
        order. ``None`` when the parent's file stays as it is (no row and no key replaced)."""
        key = KEYED_TABLES[name]
        if replaced is None or parent_part is None or not parent_part.exists():
            return rows.sort_by(key)  # the whole table
        if rows.num_rows == 0 and not replaced:
            return None
        return replace_by_key(pq.read_table(parent_part, schema=schemas.ARROW_SCHEMAS[name]), rows, replaced, key)

    def _keyed_unchanged(self, arrow_tables: dict, replaced_keys: dict, parent_manifest: dict) -> bool:
        for name in KEYED_TABLES:
            if name not in arrow_tables:
                continue
            if name in replaced_keys:  # an update: unchanged when it replaces nothing
                if arrow_tables[name].num_rows or replaced_keys[name]:
                    return False
                continue
            before = parent_manifest["tables"].get(name, {}).get("rows")
            if before != arrow_tables[name].num_rows:
                return False
            old = self.read_table(name, parent_manifest["version_id"])
            new = schemas.conform(name, arrow_tables[name].to_pandas())
            if not _frames_equal(old, new):
                return False
        return True

    def _point_latest_at(self, version_id: str) -> None:
        tmp_link = self.root / f".latest-{uuid.uuid4().hex}"
        os.symlink(Path("versions") / version_id, tmp_link)
        os.replace(tmp_link, self.latest_link)  # atomic: readers see the old or the new version, never none
        _fsync_dir(self.root)

    def _apply_retention(self) -> None:
        complete = [m["version_id"] for m in self.list_versions()]
        latest = self.latest_version()
        for version in complete[: max(0, len(complete) - self.retention)]:
            if version != latest:
                shutil.rmtree(self.versions_dir / version, ignore_errors=True)

    def clean_leftovers(self, max_age_seconds: float = 0.0) -> list[Path]:
        """Remove what dead runs left behind: half-written versions and stale staging directories.

        Only called under the lock, so a live publisher is never disturbed; staging younger than
        ``max_age_seconds`` is kept because a concurrent run may still be filling it.
        """
        removed = []
        now = time.time()
        candidates = list(self.versions_dir.glob(".tmp-*")) if self.versions_dir.is_dir() else []
        candidates += list(self.root.glob(".latest-*"))
        if self.staging_root.is_dir():
            candidates += [p for p in self.staging_root.iterdir() if now - p.stat().st_mtime > max_age_seconds]
        for path in candidates:
            if path.is_symlink() or path.is_file():
                path.unlink(missing_ok=True)
            else:
                shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        return removed


def replace_by_key(old: pa.Table, rows: pa.Table, replaced: list[str], key: str) -> pa.Table:
    """``old`` without the rows whose key is in ``replaced`` or in ``rows``, plus ``rows``, in key order: how a
    keyed table takes a batch's update."""
    gone = pa.array(sorted(set(replaced) | set(rows[key].to_pylist())), pa.string())
    kept = old.filter(pc.invert(pc.is_in(old[key], value_set=gone)))
    return pa.concat_tables([kept, rows.cast(kept.schema)]).sort_by(key)


def _frames_equal(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    if a.shape != b.shape or list(a.columns) != list(b.columns):
        return False
    key = a.columns[0]
    a = a.sort_values(key).reset_index(drop=True).astype(str)
    b = b.sort_values(key).reset_index(drop=True).astype(str)
    return a.equals(b)


def read_table(table: str, version: str = "latest", root: Path | str | None = None) -> pd.DataFrame:
    """Read one published table: ``pipeline.read_table("claims", version="latest")``."""
    from pipeline.config import Settings

    return VersionStore(root or Settings.from_env().output_dir).read_table(table, version)
