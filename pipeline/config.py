"""Settings shared by the Dagster UI, the CLI and the tests, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _path_from_env(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


@dataclass(frozen=True)
class Settings:
    """Where inputs come from, where versions go, and the limits that keep a run safe."""

    input_dir: Path
    output_dir: Path
    retention: int = 20
    max_file_bytes: int = 20 * 1024 * 1024
    max_record_bytes: int = 5 * 1024 * 1024

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            input_dir=_path_from_env("PIPELINE_INPUT_DIR", REPO_ROOT / "seeds"),
            output_dir=_path_from_env("PIPELINE_OUTPUT_DIR", REPO_ROOT / "outputs"),
            retention=int(os.environ.get("PIPELINE_RETENTION", "20")),
            max_file_bytes=int(os.environ.get("PIPELINE_MAX_FILE_BYTES", str(20 * 1024 * 1024))),
        )
