"""Claim extraction speed on the synthetic news corpus, in ms of CPU per article (budget: ~3 ms).

Run: ``python tests/benchmarks/bench_claims_speed.py [n_articles] [--profile]``. Ingests ``n`` generated
articles (default 600), runs the stages claims depend on, then times ``flow.extract_article_claims`` alone.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pipeline_runs as pr  # noqa: E402

from pipeline import flow  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.stages.boilerplate import strip_boilerplate  # noqa: E402
from pipeline.stages.entities import extract_entities_table  # noqa: E402
from pipeline.stages.metadata import extract_metadata  # noqa: E402
from pipeline.store import VersionStore  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=600)
    ap.add_argument("--profile", action="store_true", help="print the 30 costliest functions")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="claims-speed-"))
    try:
        pr.write_text_corpus(work / "in", args.n)
        settings = Settings(input_dir=work / "in", output_dir=work / "out")
        batch = flow.ingest(settings, VersionStore(settings.output_dir))
        stripped = strip_boilerplate(batch.records)
        meta = extract_metadata(batch.records, stripped)
        ents = extract_entities_table(stripped[["article_id", "text"]])
        profiler = cProfile.Profile()
        wall, cpu = time.perf_counter(), time.process_time()
        if args.profile:
            profiler.enable()
        claims = flow.extract_article_claims(stripped, meta, ents)
        profiler.disable()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        n = max(1, len(stripped))
        print(f"{len(stripped)} articles, {len(claims)} claims: {1000 * cpu / n:.2f} ms CPU/article "
              f"({1000 * wall / n:.2f} ms wall)")  # fmt: skip
        if args.profile:
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
