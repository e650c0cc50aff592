"""The Dagster UI for real: `dagster dev` from workspace.yaml, driven by headless Debian Chromium."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.store import VersionStore
from tests.conftest import REPO, SEEDS

pytestmark = pytest.mark.ui
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCATION = "news_pipeline"
JOB = "ingest_and_publish"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _graphql(port: int, query: str, variables: dict | None = None) -> dict:
    import json

    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        payload = json.loads(response.read())
    assert "errors" not in payload, payload
    return payload["data"]


def _wait_for_location(port: int, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    query = "{ workspaceOrError { ... on Workspace { locationEntries { name loadStatus } } } }"
    while time.monotonic() < deadline:
        try:
            entries = _graphql(port, query)["workspaceOrError"]["locationEntries"]
            if any(e["name"] == LOCATION and e["loadStatus"] == "LOADED" for e in entries):
                return
        except OSError:
            pass
        time.sleep(1)
    raise TimeoutError("dagster dev did not load the code location")


def _run_statuses(port: int) -> dict[str, str]:
    data = _graphql(port, "{ runsOrError { ... on Runs { results { runId status } } } }")
    return {r["runId"]: r["status"] for r in data["runsOrError"]["results"]}


def _wait_for_run(port: int, known: set[str], timeout: float = 300) -> tuple[str, str]:
    """The first run not in ``known`` once it finishes: (run_id, status)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for run_id, status in _run_statuses(port).items():
            if run_id not in known and status in {"SUCCESS", "FAILURE", "CANCELED"}:
                return run_id, status
        time.sleep(1)
    raise TimeoutError(f"no run finished; runs: {_run_statuses(port)}")


def _click_past_dialogs(page, button, attempts: int = 6) -> None:
    """Click ``button``; if the UI's first-visit newsletter dialog covers it, dismiss the dialog and retry."""
    for _ in range(attempts):
        skip = page.get_by_role("button", name="Skip")
        if skip.count() and skip.first.is_visible():
            skip.first.click()
        try:
            button.click(timeout=5_000)
            return
        except Exception:  # playwright's TimeoutError: something covered the button
            page.keyboard.press("Escape")
    button.click(timeout=5_000)


@pytest.fixture(scope="module")
def dagster_server(tmp_path_factory) -> Iterator[dict]:
    base = tmp_path_factory.mktemp("ui")
    home, input_dir, output_dir = base / "home", base / "input", base / "outputs"
    home.mkdir()
    shutil.copy(REPO / "deploy" / "dagster.yaml", home / "dagster.yaml")
    shutil.copytree(SEEDS, input_dir)
    port = _free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "PIPELINE_INPUT_DIR": str(input_dir),
        "PIPELINE_OUTPUT_DIR": str(output_dir),
    }
    dagster = Path(sys.executable).with_name("dagster")
    log = (base / "dagster-dev.log").open("w")
    proc = subprocess.Popen(
        [str(dagster), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_for_location(port)
        yield {"port": port, "input": input_dir, "output": output_dir, "log": base / "dagster-dev.log"}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_materialize_all_from_the_browser(dagster_server, tmp_path):
    from playwright.sync_api import sync_playwright

    port = dagster_server["port"]
    known = set(_run_statuses(port))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(f"http://127.0.0.1:{port}/asset-groups", wait_until="domcontentloaded")
        # The lineage graph shows the pipeline's stage groups.
        page.get_by_text("Global asset lineage").first.wait_for(timeout=60_000)
        for group in ("ingest", "clean", "dedup", "metadata", "claims", "publish"):
            page.get_by_text(group, exact=True).first.wait_for(timeout=60_000)
        page.screenshot(path=str(tmp_path / "asset-graph.png"))
        _click_past_dialogs(page, page.get_by_role("button", name="Materialize all").first)
        run_id, status = _wait_for_run(port, known)
        page.goto(f"http://127.0.0.1:{port}/runs/{run_id}", wait_until="domcontentloaded")
        page.get_by_text("Success", exact=False).first.wait_for(timeout=60_000)
        browser.close()
    assert status == "SUCCESS", dagster_server["log"].read_text()[-4000:]
    store = VersionStore(dagster_server["output"])
    assert store.latest_version() is not None
    articles = store.read_table("articles")
    assert len(articles) == len(list(SEEDS.iterdir()))
    assert list((dagster_server["output"] / "latest" / "claims").glob("*.parquet"))


def test_launch_a_run_through_graphql(dagster_server):
    from dagster_graphql import DagsterGraphQLClient

    port = dagster_server["port"]
    store = VersionStore(dagster_server["output"])
    before = store.latest_version()
    (dagster_server["input"] / "graphql.txt").write_text(
        "Carmaker recalls 40,000 vehicles\n\nThe carmaker said on Monday it would recall about 40,000 vehicles "
        "in the United States because of a faulty brake sensor, according to a filing with regulators.\n"
    )
    client = DagsterGraphQLClient("127.0.0.1", port_number=port)
    run_id = client.submit_job_execution(JOB, repository_location_name=LOCATION)
    deadline = time.monotonic() + 300
    status = None
    while time.monotonic() < deadline:
        status = client.get_run_status(run_id).value
        if status in {"SUCCESS", "FAILURE", "CANCELED"}:
            break
        time.sleep(1)
    assert status == "SUCCESS", dagster_server["log"].read_text()[-4000:]
    latest = store.latest_version()
    assert latest != before and store.manifest(latest)["parent_version"] == before
    assert "graphql.txt" in set(store.read_table("articles")["source_path"])
