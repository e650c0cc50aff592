"""Claim clusters on a real corpus: the 2,225 BBC News articles through the whole pipeline, and what clustered.

NewsQuant measures single quantities and ``bench_claim_fields.py`` the fields of single claims; this bench shows
what the corpus-wide step makes of them: how many facts several articles report, and whether those reports agree,
are consistent (differences explained by precision or hedges) or conflict. The status counts are not a score
(there is no gold for clusters); ``--show N`` prints N clusters of each status with every claim's article, surface
and sentence, so a reader can judge whether a cluster holds one fact and whether its status is right.

How: the BBC files (``$NEWS_CORPORA/bbc/<category>/*.txt``, else ``<repo>/../shared/corpora/bbc``) are linked into
a temporary input folder and published by one real run of the job (``pipeline_runs.run_pipeline``, the multiprocess
executor as ``python -m pipeline run`` uses it on a batch this size); the published ``claim_clusters``, ``claims``
and ``articles`` tables are then read back from Parquet.

Run: python tests/benchmarks/bench_claim_clusters.py [--show 5] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import pandas as pd
import pipeline_runs as pr

from pipeline.claims.clusters import STORY_SUFFIX
from pipeline.store import VersionStore

CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")


def bbc_dir() -> Path:
    return Path(os.environ.get("NEWS_CORPORA", pr.REPO.parent / "shared" / "corpora")) / "bbc"


def link_inputs(folder: Path) -> int:
    """Symlinks to every BBC article, one subfolder per category (the corpus is read, never copied)."""
    n = 0
    for category in CATEGORIES:
        (folder / category).mkdir(parents=True, exist_ok=True)
        for path in sorted((bbc_dir() / category).glob("*.txt")):
            (folder / category / path.name).symlink_to(path)
            n += 1
    return n


def summary(clusters: pd.DataFrame) -> pd.DataFrame:
    """Status counts: all clusters, those several articles report, and those split by story."""
    multi = clusters[clusters["n_articles"] >= 2]
    split = multi[multi["claim_key"].str.contains(STORY_SUFFIX, regex=False)]
    return (
        pd.DataFrame(
            {
                "all clusters": clusters["status"].value_counts(),
                "reported by 2+ articles": multi["status"].value_counts(),
                "of those, split by story": split["status"].value_counts(),
            }
        )
        .fillna(0)
        .astype(int)
    )


def show(clusters: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame, status: str, n: int) -> None:
    """``n`` clusters of one status reported by several articles (a fixed sample: sorted by key)."""
    path_of = dict(zip(articles["article_id"], articles["source_path"]))
    by_id = claims.set_index("claim_id")
    chosen = clusters[(clusters["status"] == status) & (clusters["n_articles"] >= 2)].sort_values("claim_key")
    step = max(1, len(chosen) // max(n, 1))
    for _, row in chosen.iloc[::step].head(n).iterrows():
        print(
            f"\n  [{status}] subject={row['subject']!r} metric={row['metric']!r} unit={row['unit']!r} "
            f"period={row['period']!r}: {row['n_claims']} claims in {row['n_articles']} articles, "
            f"range {row['min_value']:g} .. {row['max_value']:g}"
        )
        for claim_id in row["claim_ids"]:
            claim = by_id.loc[claim_id]
            sentence = " ".join(str(claim["sentence"]).split())
            print(f"    {path_of.get(claim['article_id'], '?'):<22} {claim['surface']!r:<22} {sentence[:110]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=3, help="clusters of each status to print with their claims")
    ap.add_argument("--workdir", type=Path, default=None, help="where inputs and outputs go (default: a temp dir)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-clusters-") as tmp:
        work = args.workdir or Path(tmp)
        inputs, outputs = work / "bbc-inputs", work / "outputs"
        n = link_inputs(inputs)
        report = pr.run_pipeline(inputs, outputs)
        pr.print_report("BBC News, whole pipeline", n, report)
        if not report.success:
            raise SystemExit(1)
        store = VersionStore(outputs)
        clusters = store.read_table("claim_clusters")
        claims = store.read_table("claims", columns=["claim_id", "article_id", "surface", "sentence"])
        articles = store.read_table("articles", columns=["article_id", "source_path", "duplicate_of"])
        canonical = int(articles["duplicate_of"].isna().sum())
        print(f"\n{n:,} inputs, {canonical:,} canonical articles, {len(claims):,} claims, {len(clusters):,} clusters")
        print(summary(clusters).to_string())
        for status in ("agree", "consistent", "conflict"):
            show(clusters, claims, articles, status, args.show)


if __name__ == "__main__":
    main()
