"""Incremental benchmark: add 100 new articles to a 100k-article corpus and publish a new version.

Builds (or, with ``--workdir`` of an earlier run, reuses) a folder of ``--base`` plain-text articles made from the
real sentences of ``../shared/corpora`` and publishes it once. Then, twice, it drops ``--new`` more articles into
the folder and publishes again:
  1. in this process, on the one-process executor the CLI picks for a small batch, with per-step seconds;
  2. as a user would: ``python -m pipeline run`` in a fresh process (interpreter start-up included).
Each time it checks that only the new articles were processed (the new version holds exactly ``--new`` rows
of the new batch) and that every older row kept its id, batch and ingestion time.

Run: python tests/benchmarks/bench_incremental.py [--base 100000] [--new 100] [--workdir DIR]
Goal (issue 7): a new version in under 30 s wall, processing only the new articles.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pipeline_runs as pr

from pipeline.store import VersionStore

KEEP = ["article_id", "batch_id", "ingested_at"]


def add_articles(input_dir: Path, count: int, seed: int) -> None:
    """``count`` new articles (their own seed, their own file names) in a folder of their own."""
    pr.write_text_corpus(input_dir / f"new-{seed}", count, seed=seed, start=10_000_000 + seed * count)


def check_only_new(store: VersionStore, before: str, count: int) -> str:
    """The latest version added exactly ``count`` articles in one new batch and left every older row as it was."""
    after = store.latest_version()
    assert after != before, "no new version was published"
    old = store.read_table("articles", before, columns=KEEP)
    new = store.read_table("articles", after, columns=KEEP)
    added = new[~new["article_id"].isin(old["article_id"])]
    assert len(added) == count and added["batch_id"].nunique() == 1, f"{len(added)} rows added, expected {count}"
    kept = old.merge(new, on="article_id", suffixes=("_old", "_new"))
    assert len(kept) == len(old), "older articles went missing"
    assert (kept["batch_id_old"] == kept["batch_id_new"]).all(), "older articles changed batch"
    assert (kept["ingested_at_old"] == kept["ingested_at_new"]).all(), "older articles changed ingestion time"
    return f"{len(added)} new rows in batch {added['batch_id'].iloc[0]}; {len(old):,} older rows unchanged"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--workdir", type=Path, default=None, help="keep the corpus and outputs here for reuse")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="news-bench-incremental-"))
    input_dir, output_dir = work / "input", work / "outputs"
    store = VersionStore(output_dir)
    try:
        if store.latest_version() is None:
            shutil.rmtree(input_dir, ignore_errors=True)
            began = time.monotonic()
            pr.write_text_corpus(input_dir / "base", args.base)
            print(f"built {args.base:,} articles in {time.monotonic() - began:.0f} s")
            base = pr.run_pipeline(input_dir, output_dir, executor="multiprocess")
            pr.print_report("base corpus, first publication", args.base, base)
            if not base.success:
                sys.exit(1)
        total = len(store.read_table("articles", columns=["article_id"]))
        print(f"\ncorpus: {total:,} articles published in {store.latest_version()}")

        seed = int(time.time())
        before = store.latest_version()
        add_articles(input_dir, args.new, seed)
        report = pr.run_pipeline(input_dir, output_dir, executor="in_process")
        pr.print_report(f"+{args.new} into {total:,}, one-process executor, in this process", args.new, report)
        print("check:", check_only_new(store, before, args.new))

        before = store.latest_version()
        add_articles(input_dir, args.new, seed + 1)
        env = {**os.environ, "PIPELINE_INPUT_DIR": str(input_dir), "PIPELINE_OUTPUT_DIR": str(output_dir)}
        env.pop("DAGSTER_HOME", None)
        began = time.monotonic()
        cli = subprocess.run([sys.executable, "-m", "pipeline", "run"], env=env, capture_output=True, text=True)
        wall = time.monotonic() - began
        print(f"\n== +{args.new} into {total + args.new:,}: `python -m pipeline run` in a fresh process ==")
        print("\n".join(line for line in cli.stdout.splitlines() if not line.startswith(" ")))
        if cli.returncode:
            print(cli.stderr[-3000:])
            sys.exit(1)
        print(f"wall {wall:.1f} s (goal < 30 s)")
        print("check:", check_only_new(store, before, args.new))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
