"""Watching the input folder: which files are new or changed since a cursor, and settled enough to read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.stages.ingest import walk_files


@dataclass(frozen=True)
class FolderChanges:
    """Files changed since the cursor, the cursor to store next, and files still being written."""

    changed: list[str]
    cursor_ns: int
    unsettled: list[str]


def changes_since(input_dir: Path, cursor_ns: int, settle_seconds: float, now_ns: int) -> FolderChanges:
    """Compare file change times with the cursor.

    A file counts once its last change (mtime, or ctime for files moved in with an old mtime) is older than
    ``settle_seconds``: a file still being written keeps changing and is left for a later tick. The new
    cursor is the newest settled change, so every file is reported exactly once per change.
    """
    changed, unsettled = [], []
    newest = cursor_ns
    settle_ns = int(settle_seconds * 1e9)
    for rel in walk_files(input_dir):
        try:
            stat = os.stat(os.path.join(input_dir, rel))
        except OSError:
            continue  # vanished: nothing to ingest
        stamp = max(stat.st_mtime_ns, stat.st_ctime_ns)
        if stamp <= cursor_ns:
            continue
        if now_ns - stamp < settle_ns:
            unsettled.append(rel)
            continue
        changed.append(rel)
        newest = max(newest, stamp)
    # Settled changes are all older than unsettled ones, so this cursor never skips a file being written.
    return FolderChanges(changed=changed, cursor_ns=newest, unsettled=unsettled)
