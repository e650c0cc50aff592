"""What every step's process needs, loaded once by the fork server of the multiprocess executor.

Each step of a multiprocess run is a process forked from a server that imported the modules listed in the run
config (``MULTIPROCESS_RUN_CONFIG``). Importing the pipeline there is not enough: a step first opens the Dagster
instance, whose SQLite storage imports SQLAlchemy and Alembic (about 500 modules), and the per-article stages load
their language model, stop lists and gazetteers on first use. Each step then paid for these again. Importing this
module in the fork server does both once, so the steps start warm and share those pages with the server.
"""

import logging
import tempfile
from pathlib import Path

from dagster import DagsterInstance

from pipeline import flow
from pipeline.stages.boilerplate import preload as preload_stop_lists
from pipeline.stages.ingest import scan_inputs

_TEXT = """Council approves new budget

By Jane Doe

The city council approved a budget of $4.5 million on Tuesday, up 3% from last year, officials said.

"We kept our promises," said Mayor John Smith.
"""
_HTML = (
    "<html><head><title>Council approves new budget</title>"
    '<meta property="og:site_name" content="Example News"></head><body><article><h1>Council approves new budget</h1>'
    "<p>The city council approved a budget of $4.5 million on Tuesday, up 3% from last year.</p>"
    "<p>Advertisement</p></article></body></html>"
)


def open_instance_storage() -> None:
    """Open and close a throwaway instance on SQLite storage: the imports a step's instance needs, done here."""
    with tempfile.TemporaryDirectory(prefix="pipeline-preload-") as home, DagsterInstance.local_temp(home) as instance:
        instance.get_runs(limit=1)


def parse_samples() -> None:
    """Parse one plain-text and one HTML article, so every lazily loaded model and list is loaded."""
    preload_stop_lists()
    with tempfile.TemporaryDirectory(prefix="pipeline-preload-") as folder:
        (Path(folder) / "sample.txt").write_text(_TEXT, encoding="utf-8")
        (Path(folder) / "sample.html").write_text(_HTML, encoding="utf-8")
        flow.parse(scan_inputs(Path(folder)).records)


def warm() -> None:
    """Both warm-ups. A failure only costs speed, so it is logged, not raised: an exception here would stop the
    fork server and with it every step."""
    for step in (open_instance_storage, parse_samples):
        try:
            step()
        except Exception:  # noqa: BLE001 - a cold start is slower, not wrong
            logging.getLogger(__name__).warning("worker preload: %s failed", step.__name__, exc_info=True)


warm()
