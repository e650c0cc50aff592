"""Scale benchmark: the whole pipeline on 100k plain-text articles and on thousands of real HTML pages.

1. Where the time goes: every stage function timed on one core on a sample (milliseconds per article).
2. End to end: real Dagster runs of the whole job (multiprocess executor, parse chunks in parallel) on folders of
   20k and 100k plain-text articles built from the real sentences of ``../shared/corpora`` (15% duplicates of
   recent articles: re-scrapes, syndicated copies, updates), with page furniture; per-step seconds, articles/s,
   peak memory of all processes (PSS) and cores busy. Two sizes show whether cost grows linearly.
3. HTML end to end: the 181 real pages of the article-extraction-benchmark repeated to ``--html-pages`` files, twice:
   as exact copies (parsed once per chunk), and each file made distinct by a comment (every file parsed).

Run: python tests/benchmarks/bench_scale.py [--sizes 20000,100000] [--html-pages 2000] [--sample 2000]
     [--workdir DIR] [--skip-text] [--skip-html] [--json FILE]
Goals (issue 6): text >= 500 articles/s end to end with peak memory < 4 GiB, HTML >= 40 pages/s, both cores busy.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pipeline_runs as pr

from pipeline import flow
from pipeline.claims import cluster_claims
from pipeline.config import Settings
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.dedup import exact_keys
from pipeline.stages.entities import extract_entities_table
from pipeline.stages.metadata import extract_metadata
from pipeline.stages.quotes import extract_quotes_table
from pipeline.store import VersionStore


def _timed(label: str, n: int, func: Callable[[], object], rows: list) -> object:
    """CPU seconds of this process (all its threads): steadier than wall time when the machine is shared."""
    began = time.process_time()
    out = func()
    seconds = time.process_time() - began
    rows.append((label, seconds, n))
    return out


def _warm_up(records: pd.DataFrame) -> None:
    """Every per-article stage once on a few inputs: gazetteers, name tables and lexicons load on first use, once
    per process (each parse chunk of a run pays it once), so they are not charged to the stage that meets them."""
    stripped = strip_boilerplate(records)
    meta = extract_metadata(records, stripped)
    ents = extract_entities_table(stripped[["article_id", "text"]])
    extract_quotes_table(stripped[["article_id", "text"]])
    flow.extract_article_claims(stripped, meta, ents)


def stage_profile(input_dir: Path, work: Path, label: str) -> None:
    """Each stage function on its own, one core, in the order the job runs them."""
    output_dir = work / f"profile-{label}"
    shutil.rmtree(output_dir, ignore_errors=True)
    settings = Settings(input_dir=input_dir, output_dir=output_dir)
    store = VersionStore(output_dir)
    rows: list[tuple[str, float, int]] = []
    batch = _timed("ingest: scan, read, decode, hash", 0, lambda: flow.ingest(settings, store), rows)
    n = len(batch.records)
    rows[-1] = (rows[-1][0], rows[-1][1], n)
    records = batch.records
    _timed("warm-up: word lists, once per process", 0, lambda: _warm_up(records.head(3)), rows)
    stripped = _timed("boilerplate stripping", n, lambda: strip_boilerplate(records), rows)
    meta = _timed("metadata", n, lambda: extract_metadata(records, stripped), rows)
    ents = _timed("entities", n, lambda: extract_entities_table(stripped[["article_id", "text"]]), rows)
    quotes = _timed("quotes", n, lambda: extract_quotes_table(stripped[["article_id", "text"]]), rows)
    claims = _timed("claims", n, lambda: flow.extract_article_claims(stripped, meta, ents), rows)
    contents = records.set_index("article_id").loc[stripped["article_id"], "content"]
    stripped["exact_key"] = _timed("exact-copy keys (in parse)", n, lambda: exact_keys(contents), rows)
    parsed = flow.Parsed(stripped, meta, ents, quotes, claims, workers=[])
    state = work / f"state-{label}"
    shutil.rmtree(state, ignore_errors=True)
    articles = _timed("dedup + stories", n, lambda: flow.dedup(batch, parsed, store, state), rows)
    canonical = flow.claims(articles, parsed, store, None)
    _timed("claim clusters", n, lambda: cluster_claims(canonical), rows)
    warm = [r for r in rows if r[0].startswith("warm-up")]
    rows = [r for r in rows if not r[0].startswith("warm-up")]
    total = sum(seconds for _, seconds, _ in rows)
    kept = len(flow.canonical_ids(articles))
    print(f"\n== where the time goes, one core, {n:,} {label} inputs ({kept:,} canonical) ==")
    print(f"{'stage':<36}{'CPU s':>9}{'ms/input':>10}{'share':>8}")
    for name, seconds, count in sorted(rows, key=lambda r: -r[1]):
        print(f"{name:<36}{seconds:>9.2f}{1000 * seconds / max(count, 1):>10.3f}{seconds / total:>8.1%}")
    print(f"{'total':<36}{total:>9.2f}{1000 * total / max(n, 1):>10.3f}  -> {n / total:,.0f} inputs/s on one core")
    for name, seconds, _ in warm:
        print(f"{name:<36}{seconds:>9.2f}  (not in the total: each parse chunk of a run pays it once)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="20000,100000", help="plain-text corpus sizes, comma separated")
    parser.add_argument("--html-pages", type=int, default=2000)
    parser.add_argument("--sample", type=int, default=2000, help="articles for the per-stage profile")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and outputs go (default: a temp dir)")
    parser.add_argument("--skip-text", action="store_true")
    parser.add_argument("--skip-html", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="news-bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    figures: dict[str, dict] = {}
    try:
        if not args.skip_text:
            sample = work / "text-sample"
            shutil.rmtree(sample, ignore_errors=True)
            pr.write_text_corpus(sample, args.sample)
            stage_profile(sample, work, "text")
            for size in [int(s) for s in args.sizes.split(",") if s]:
                folder = work / f"text-{size}"
                shutil.rmtree(folder, ignore_errors=True)
                began = time.monotonic()
                pr.write_text_corpus(folder / "input", size)
                print(f"\nbuilt {size:,} text articles in {time.monotonic() - began:.0f} s")
                report = pr.run_pipeline(folder / "input", folder / "outputs")
                pr.print_report("plain text, whole pipeline, multiprocess executor", size, report)
                figures[f"text-{size}"] = {"wall": report.wall, "per_s": size / report.wall,
                                           "peak_pss": report.peak_pss, "steps": report.steps}
                shutil.rmtree(folder, ignore_errors=True)
            sizes = sorted(k for k in figures if k.startswith("text-"))
            if len(sizes) > 1:
                per = {k: figures[k]["wall"] / int(k.split("-")[1]) * 1000 for k in sizes}
                print("\nlinearity: " + ", ".join(f"{k}: {v:.2f} ms/article" for k, v in per.items()))
        if not args.skip_html and args.html_pages:
            folder = work / "html"
            shutil.rmtree(folder, ignore_errors=True)
            pr.write_html_corpus(folder / "profile-input", min(args.html_pages, 181))
            stage_profile(folder / "profile-input", work, "html")
            for distinct, label in ((False, "html"), (True, "html-distinct")):
                shutil.rmtree(folder / "input", ignore_errors=True)
                shutil.rmtree(folder / "outputs", ignore_errors=True)
                pr.write_html_corpus(folder / "input", args.html_pages, distinct=distinct)
                report = pr.run_pipeline(folder / "input", folder / "outputs")
                what = "every file made distinct" if distinct else "repeats are exact copies"
                pr.print_report(f"HTML pages, whole pipeline, multiprocess executor ({what})", args.html_pages, report)
                figures[label] = {"wall": report.wall, "per_s": args.html_pages / report.wall,
                                  "peak_pss": report.peak_pss, "steps": report.steps}
            shutil.rmtree(folder, ignore_errors=True)
        pr.write_json(args.json, figures)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
