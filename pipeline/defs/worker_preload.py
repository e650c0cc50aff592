"""What every step's process needs, loaded once by the fork server of the multiprocess executor.

Each step of a multiprocess run is a process forked from a server that imported the modules listed in the run
config (``MULTIPROCESS_RUN_CONFIG``). Importing the pipeline there is not enough: a step first opens the Dagster
instance, whose SQLite storage imports SQLAlchemy and Alembic (about 500 modules, 37 MiB), and each step paid for
that again. Importing this module in the fork server opens a throwaway instance once, so every step starts with
those modules loaded.

The per-article stages' models and word lists are not loaded here: only the parse steps use them, each would save
about a second, but the forked parse processes copy the pages they touch (reference counts), so the server's copy
(170 MiB) would add to the peak memory of a large run instead of being shared.
"""

import logging
import tempfile

from dagster import DagsterInstance


def open_instance_storage() -> None:
    """Open and close a throwaway instance on SQLite storage: the imports a step's instance needs, done here.

    A failure only costs speed, so it is logged, not raised: an exception here would stop the fork server and
    with it every step."""
    try:
        with tempfile.TemporaryDirectory(prefix="pipeline-preload-") as home, DagsterInstance.local_temp(home) as inst:
            inst.get_runs(limit=1)
    except Exception:  # noqa: BLE001 - a cold start is slower, not wrong
        logging.getLogger(__name__).warning("worker preload: opening a Dagster instance failed", exc_info=True)


open_instance_storage()
