"""Shared by the scale and incremental benchmarks: real input folders built from the shared corpora, a real
Dagster run of the whole job, and what it cost (per step, wall, peak memory, CPU of every process it used).
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import psutil

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).parent))

import corpus_dedup as cd  # noqa: E402

BYLINES = ["By Sarah Collins", "By Staff Reporter", "By Mark Jensen and Priya Nair", "Reuters"]
FURNITURE = ["Advertisement", "Share this article", "Related Articles", "Subscribe to our newsletter",
             "Leave a Reply", "© 2005 All rights reserved."]


# ---- corpora --------------------------------------------------------------------------------------------------
def dress(text: str, rng: np.random.Generator) -> str:
    """Wrap a body in the page furniture real scrapes carry: a byline and date line, promos, a footer."""
    paras = text.split("\n\n")
    head, body = paras[0], paras[1:]
    date = f"Published {int(rng.integers(1, 28))} March 2005 {int(rng.integers(0, 24)):02d}:15 GMT"
    for _ in range(int(rng.integers(0, 3))):
        body.insert(int(rng.integers(0, len(body) + 1)), FURNITURE[int(rng.integers(len(FURNITURE)))])
    return "\n\n".join([head, BYLINES[int(rng.integers(len(BYLINES)))], date, *body, FURNITURE[-1]])


def write_text_corpus(folder: Path, n: int, seed: int = 7, start: int = 0) -> int:
    """``n`` plain-text articles from real sentences of the shared corpora, 15% of them duplicates of
    recent ones (re-scrapes, syndicated copies, updates), written as ``folder/<shard>/article-<i>.txt``."""
    rng = np.random.default_rng(seed + 1)
    corpus = cd.scale_corpus(cd.load_sources(), n, seed=seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i, content in enumerate(corpus["content"], start=start):
        shard = folder / f"{i // 5000:03d}"
        shard.mkdir(exist_ok=True)
        (shard / f"article-{i:06d}.txt").write_text(dress(content, rng), encoding="utf-8")
    return n


def html_pages() -> list[str]:
    """The 181 real news pages of the article-extraction-benchmark."""
    base = cd.corpora() / "article-extraction-benchmark" / "html"
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(base.glob("*.html.gz"))]


def write_html_corpus(folder: Path, n: int, distinct: bool = False) -> int:
    """``n`` HTML files: the real pages repeated (each copy is its own input file). Exact copies are parsed once per
    chunk (``flow.parse``); ``distinct`` ends each file with a comment naming it, so no file is an exact copy and every
    one goes through every stage (dedup then finds them near duplicates)."""
    pages = html_pages()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        tail = f"\n<!-- file {i} -->\n" if distinct else ""
        (folder / f"page-{i:05d}.html").write_text(pages[i % len(pages)] + tail, encoding="utf-8")
    return n


# ---- one measured run -----------------------------------------------------------------------------------------
class ProcessTreeMonitor:
    """Samples a process and all its descendants from a separate process (so sampling costs the measured run
    nothing): peak total PSS (shared pages counted once) and the CPU seconds each process used, sampled every
    ``interval`` (a process's last fraction of a second can be missed)."""

    def __init__(self, interval: float = 0.5) -> None:
        self.interval = interval
        self.peak_pss = 0
        self.peak_rss = 0
        self.cpu_seconds = 0.0
        self.samples: list[tuple[float, float]] = []  # (monotonic time, total cpu seconds so far)
        self._out = Path(tempfile.mkstemp(suffix=".json")[1])
        self._proc: subprocess.Popen | None = None

    def __enter__(self) -> ProcessTreeMonitor:
        args = [sys.executable, __file__, "monitor", str(os.getpid()), str(self._out), str(self.interval)]
        self._proc = subprocess.Popen(args, stdout=subprocess.PIPE)
        self._proc.stdout.readline()  # started
        return self

    def __exit__(self, *exc: object) -> None:
        self._proc.send_signal(signal.SIGTERM)
        self._proc.wait()
        data = json.loads(self._out.read_text())
        self._out.unlink()
        self.peak_pss, self.peak_rss = data["peak_pss"], data["peak_rss"]
        self.samples = [tuple(x) for x in data["samples"]]
        # from the first sample: the measuring process's own CPU before the run (profiles, corpus building) is
        # not the run's
        self.cpu_seconds = self.samples[-1][1] - self.samples[0][1] if self.samples else 0.0

    def busy_cores(self, start: float, end: float) -> float:
        """Mean number of cores busy between two monotonic times."""
        inside = [(t, c) for t, c in self.samples if start <= t <= end]
        if len(inside) < 2:
            return float("nan")
        return (inside[-1][1] - inside[0][1]) / (inside[-1][0] - inside[0][0])


def _monitor(pid: int, out: Path, interval: float) -> None:
    """The sampling loop, run in its own process until SIGTERM."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    root = psutil.Process(pid)
    peak_pss = peak_rss = 0
    cpu: dict[int, float] = {}
    samples = []
    print("started", flush=True)
    while not stop.is_set():
        pss = rss = 0
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for proc in procs:
            try:
                info = proc.memory_full_info()
                times = proc.cpu_times()
            except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                continue
            pss += info.pss
            rss += info.rss
            cpu[proc.pid] = times.user + times.system
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        samples.append((time.monotonic(), sum(cpu.values())))
        stop.wait(interval)
    out.write_text(json.dumps({"peak_pss": peak_pss, "peak_rss": peak_rss, "samples": samples}))


@dataclass
class RunReport:
    success: bool
    wall: float
    steps: dict[str, tuple[float, float]] = field(default_factory=dict)  # step -> (start offset, seconds)
    peak_pss: int = 0
    peak_rss: int = 0
    cpu_seconds: float = 0.0
    busy_cores_parse: float = float("nan")
    summary: dict | None = None
    failures: list[str] = field(default_factory=list)


def run_pipeline(input_dir: Path, output_dir: Path, executor: str = "multiprocess") -> RunReport:
    """One real run of the job, as ``python -m pipeline run`` starts it, measured."""
    from dagster import DagsterInstance, execute_job, reconstructable

    from pipeline.defs import ingest_and_publish_job
    from pipeline.defs.automation import run_config_named, with_folders

    run_config = with_folders(run_config_named(executor), str(input_dir), str(output_dir))
    with tempfile.TemporaryDirectory(prefix="bench-dagster-") as home, (
        # as the command line does: in memory for a one-process run, on disk when steps run in other processes
        DagsterInstance.ephemeral() if executor == "in_process" else DagsterInstance.local_temp(home)
    ) as instance:
        began = time.monotonic()
        began_wall = time.time()
        with ProcessTreeMonitor() as monitor, execute_job(
            reconstructable(ingest_and_publish_job), instance=instance, run_config=run_config, raise_on_error=False
        ) as result:
            wall = time.monotonic() - began
            report = RunReport(success=result.success, wall=wall)
            starts: dict[str, float] = {}
            for entry in instance.all_logs(result.run_id):
                event = entry.dagster_event
                if event is None or event.step_key is None:
                    continue
                if event.event_type_value == "STEP_START":
                    starts[event.step_key] = entry.timestamp
                elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and event.step_key in starts:
                    start = starts[event.step_key]
                    report.steps[event.step_key] = (start - began_wall, entry.timestamp - start)
                if event.event_type_value == "STEP_FAILURE":
                    report.failures.append(f"{event.step_key}: {event.event_specific_data.error.message.strip()}")
            if result.success:
                report.summary = result.output_for_node("published_version")
        parse = [(s, s + d) for k, (s, d) in report.steps.items() if "parse_chunk" in k]
        if parse:
            first, last = min(a for a, _ in parse), max(b for _, b in parse)
            report.busy_cores_parse = monitor.busy_cores(began + first, began + last)
        report.peak_pss, report.peak_rss = monitor.peak_pss, monitor.peak_rss
        report.cpu_seconds = monitor.cpu_seconds
    return report


STEP_NAMES = {
    "ingest_batch": "ingest (scan, decode, hash)",
    "parsed_articles.split_batch": "split into chunks",
    "parsed_articles.merge_chunks": "merge chunks",
    "articles": "dedup + stories",
    "clean_articles": "clean_articles table",
    "quotes": "quotes table",
    "claims": "claims table",
    "article_metadata": "article_metadata table",
    "entities": "entities table",
    "claim_clusters": "claim clusters",
    "rejects": "rejects table",
    "published_version": "publish (Parquet, manifest)",
}


def print_report(label: str, n: int, report: RunReport) -> None:
    """Per-step seconds, share of the run and articles/s; wall, throughput, memory, CPU."""
    print(f"\n== {label}: {n:,} inputs ==")
    if not report.success:
        print("RUN FAILED:", *report.failures, sep="\n  ")
        return
    rows = sorted(report.steps.items(), key=lambda kv: kv[1][0])
    print(f"{'step':<44}{'start s':>9}{'seconds':>9}{'share':>8}{'inputs/s':>11}")
    for key, (start, seconds) in rows:
        name = STEP_NAMES.get(key, key)
        if "parse_chunk" in key:
            name = f"parse {key.split('[')[-1].rstrip(']')} (all per-article stages)"
        rate = f"{n / seconds:,.0f}" if seconds > 0 and "parse_chunk" not in key else ""
        print(f"{name:<44}{start:>9.1f}{seconds:>9.1f}{seconds / report.wall:>8.1%}{rate:>11}")
    rows_out = (report.summary or {}).get("rows", {})
    print(f"published {report.summary['version_id']}: " + ", ".join(f"{k} {v:,}" for k, v in rows_out.items()))
    print(f"wall {report.wall:.1f} s -> {n / report.wall:,.0f} inputs/s end to end")
    print(f"peak memory (PSS, all processes) {report.peak_pss / 2**30:.2f} GiB (RSS sum {report.peak_rss / 2**30:.2f})")
    cores = report.cpu_seconds / report.wall
    print(f"CPU {report.cpu_seconds:.0f} s over {report.wall:.0f} s wall = {cores:.2f} cores busy on average; "
          f"{report.busy_cores_parse:.2f} during the parallel parse")


def write_json(path: Path | None, payload: dict) -> None:
    if path:
        path.write_text(json.dumps(payload, indent=2, default=str))


if __name__ == "__main__" and sys.argv[1:2] == ["monitor"]:
    _monitor(int(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4]))
