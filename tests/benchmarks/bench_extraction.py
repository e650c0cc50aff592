"""Body extraction benchmark on the article-extraction-benchmark corpus (181 real news pages with gold bodies).

Scores, side by side on the same pages and in the same run:
  * ours, HTML path: ``strip_boilerplate`` on format "html";
  * trafilatura's plain default, ``trafilatura.extract(html)``;
  * with --peers, jusText on the HTML with the stop list that fits the page best;
  * ours, plain-text path: each page rendered to text with inscriptis (navigation, footers and all), then
    ``strip_boilerplate`` on format "text".
Metric (the benchmark's own, re-implemented): word 4-gram shingles of ``re.findall(r"\\w+")``; per page TP/FP/FN
normalised by their sum; precision and recall averaged over pages; F1 from the means; accuracy = share of pages
whose token list equals the gold exactly. Rules were tuned on the "dev" half (item ids whose last hex digit is
even); the "test" half is the held-out figure. Speed is pages per second on one core, parsing included; the text
path also reports its CPU time per article (``time.process_time``, steadier than wall time on a shared machine).

Run: python tests/benchmarks/bench_extraction.py [--limit N] [--split all|dev|test] [--skip-text] [--peers]
The corpus is read from <repo>/../shared/corpora (or $NEWS_CORPORA); it is never copied into the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from pipeline.stages.boilerplate import strip_boilerplate  # noqa: E402
from pipeline.stages.text_blocks import preload  # noqa: E402


def corpus_dir() -> Path:
    base = Path(os.environ.get("NEWS_CORPORA", REPO.parent / "shared" / "corpora"))
    return base / "article-extraction-benchmark"


def split_of(item_id: str) -> str:
    return "dev" if int(item_id[-1], 16) % 2 == 0 else "test"


def _shingles(text: str) -> tuple[Counter, list[str]]:
    words = re.findall(r"\w+", text or "")
    return Counter(tuple(words[i : i + 4]) for i in range(max(0, len(words) - 3))), words


def page_scores(gold: str, pred: str) -> tuple[float | None, float | None, bool]:
    """(precision, recall, exact) of one page; None where the benchmark leaves the page out."""
    g, gw = _shingles(gold)
    p, pw = _shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    if tp + fp + fn == 0:
        return 1.0, 1.0, gw == pw
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall, gw == pw


def score(gold: dict[str, str], preds: dict[str, str], ids: list[str]) -> dict[str, float]:
    ps, rs, exact = [], [], 0
    for i in ids:
        p, r, ok = page_scores(gold[i], preds.get(i) or "")
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
        exact += ok
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": precision, "R": recall, "F1": f1, "accuracy": exact / len(ids) if ids else 0.0}


def dev_pages() -> tuple[list[str], dict[str, str], dict[str, str], dict[str, str]]:
    """Ids, gold bodies, urls and HTML of the dev half only (the held-out half is never read), for the benches that
    perturb pages to stand in for unknown sites."""
    root = corpus_dir()
    truth = json.loads((root / "ground-truth.json").read_text())
    ids = sorted(i for i in truth if split_of(i) == "dev")
    gold = {i: truth[i]["articleBody"] for i in ids}
    urls = {i: truth[i]["url"] for i in ids}
    pages = {i: gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace") for i in ids}
    return ids, gold, urls, pages


def _frame(ids: list[str], contents: dict[str, str], urls: dict[str, str], fmt: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ids,
            "format": fmt,
            "content": [contents[i] for i in ids],
            "url": [urls[i] for i in ids],
            "title_hint": None,
            "published_hint": None,
            "source_key": [urlparse(urls[i]).hostname or "" for i in ids],
        }
    )


def report(name: str, gold: dict[str, str], preds: dict[str, str], ids: list[str], seconds: float | None) -> None:
    parts = []
    for split in ("all", "dev", "test"):
        chosen = [i for i in ids if split == "all" or split_of(i) == split]
        if not chosen:
            continue
        s = score(gold, preds, chosen)
        parts.append(f"{split}({len(chosen)}): P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.4f} acc {s['accuracy']:.3f}")
    speed = f" | {len(ids) / seconds:6.1f} pages/s" if seconds else ""
    print(f"{name:<34} " + " | ".join(parts) + speed, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--split", choices=["all", "dev", "test"], default="all")
    ap.add_argument("--skip-text", action="store_true")
    ap.add_argument("--skip-trafilatura", action="store_true")
    ap.add_argument("--dump", type=Path, help="write our predictions to this JSON file")
    ap.add_argument("--peers", action="store_true", help="also score jusText on the HTML (slow)")
    args = ap.parse_args()
    root = corpus_dir()
    truth = json.loads((root / "ground-truth.json").read_text())
    ids = sorted(truth)
    if args.split != "all":
        ids = [i for i in ids if split_of(i) == args.split]
    if args.limit:
        ids = ids[: args.limit]
    gold = {i: truth[i]["articleBody"] for i in ids}
    urls = {i: truth[i]["url"] for i in ids}
    pages = {i: gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace") for i in ids}
    print(f"corpus: {root} ({len(ids)} pages; dev = even last hex digit of the id, test = odd)")

    strip_boilerplate(_frame(ids[:2], pages, urls, "html"))  # warm-up: imports and gazetteers
    preload()  # the stop lists of other languages, loaded once per process
    t0 = time.perf_counter()
    ours = strip_boilerplate(_frame(ids, pages, urls, "html"))
    t_ours = time.perf_counter() - t0
    ours_preds = dict(zip(ours["article_id"], ours["text"]))
    report("ours (html path)", gold, ours_preds, ids, t_ours)
    if args.dump:
        args.dump.write_text(json.dumps(ours_preds, ensure_ascii=False))

    if not args.skip_trafilatura:
        import trafilatura

        t0 = time.perf_counter()
        traf = {i: trafilatura.extract(pages[i]) or "" for i in ids}
        report("trafilatura.extract(html) default", gold, traf, ids, time.perf_counter() - t0)

    if args.peers:  # jusText (a block classifier of the same family as our text rules) on the HTML, best stoplist
        import justext

        from pipeline.stages.html_extract import page_lines

        stoplists = {name: justext.get_stoplist(name) for name in justext.get_stoplists()}
        t0 = time.perf_counter()
        jt = {}
        for i in ids:
            words = re.findall(r"\w+", " ".join(page_lines(pages[i])).lower())[:3000]  # visible text, not markup
            lang = max(stoplists, key=lambda name: sum(w in stoplists[name] for w in words))
            paragraphs = justext.justext(pages[i].encode("utf-8"), stoplists[lang], encoding="utf-8")
            jt[i] = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
        report("justext(html), guessed stoplist", gold, jt, ids, time.perf_counter() - t0)

    if not args.skip_text:
        from inscriptis import get_text

        t0 = time.perf_counter()
        texts = {i: get_text(pages[i]) for i in ids}
        t_render = time.perf_counter() - t0
        report("inscriptis whole-page text", gold, texts, ids, t_render)
        t0, c0 = time.perf_counter(), time.process_time()
        stripped = strip_boilerplate(_frame(ids, texts, urls, "text"))
        t_text, c_text = time.perf_counter() - t0, time.process_time() - c0
        report(
            "ours (text path, on inscriptis)", gold, dict(zip(stripped["article_id"], stripped["text"])), ids, t_text
        )
        print(
            f"text path: stripping alone {len(ids) / t_text:.0f} articles/s "
            f"({1000 * t_text / len(ids):.2f} ms each, {1000 * c_text / len(ids):.2f} ms CPU (process_time) each; "
            "rendering excluded)"
        )


if __name__ == "__main__":
    main()
