"""Fit the plain-text path's learned block scorer (``pipeline/stages/block_scorer.py``) and check that it transfers.

The hand rules were tuned on the whole dev half of the extraction benchmark, so any change looks good on it. This
script splits the dev half in two quarters by the item id's last hex digit (A: 0/4/8/c, B: 2/6/a/e), fits on one
and scores on the other, both ways, against the rules alone on the same pages. It never reads the held-out half
(odd last digit). Each quarter is scored as it is and in three stand-ins for a site the rules have not seen:
  * nophrase: the furniture phrases switched off (no phrase, comment or related-links marker matches);
  * deleted: every line a furniture phrase matches deleted from the page;
  * foreign: three runs of furniture lines from other sites of the same quarter inserted (above the article's first
    paragraph, between two of its paragraphs, below its last).
Training data: the kept edge blocks of page-shaped texts (as ``classify`` hands them to the scorer), as they are
and with the phrases off; a block is text when most of its word 4-grams are in the gold body (a block of fewer
than four words, when its words occur in that order in the gold). Logistic regression (numpy, Newton's method,
L2), each block weighing its share of its page's kept words. With --write, refit on all of dev and write
``pipeline/stages/block_scorer_weights.py``.
Measured when it was added (threshold 0.1, L2 1): every cross-quarter cell at or above the rules alone (pages as
they are +0.0000 and +0.0003 F1, the stand-ins +0.0005 to +0.0034). The gain is small and fragile: weighting each
page the same instead of each block by its share turned the pages-as-they-are cells negative (-0.0034, -0.0006).

Run: python tests/benchmarks/fit_block_scorer.py [--write]
The corpus is read from <repo>/../shared/corpora (or $NEWS_CORPORA); it is never copied into the project.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).parent))

from bench_extraction import corpus_dir, page_scores  # noqa: E402

from pipeline.stages import block_scorer  # noqa: E402
from pipeline.stages import boilerplate as bp  # noqa: E402
from pipeline.stages.furniture import furniture_reason  # noqa: E402
from pipeline.stages.text_blocks import WORD_RE, Block, preload, split_blocks_indented  # noqa: E402

L2 = 1.0
WEIGHTS_FILE = REPO / "pipeline" / "stages" / "block_scorer_weights.py"


def quarter(item_id: str) -> str | None:
    """A or B for a dev id, None for a held-out one (never read)."""
    digit = int(item_id[-1], 16)
    return None if digit % 2 else ("A" if digit % 4 == 0 else "B")


def load_dev() -> dict[str, dict]:
    """The dev pages, each rendered to text with inscriptis as ``bench_extraction`` does."""
    from inscriptis import get_text

    root = corpus_dir()
    truth = json.loads((root / "ground-truth.json").read_text())
    out = {}
    for i in sorted(truth):
        if quarter(i) is None:
            continue
        html = gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace")
        out[i] = {"gold": truth[i]["articleBody"], "url": truth[i]["url"], "text": get_text(html)}
    return out


@contextlib.contextmanager
def no_phrases() -> Iterator[None]:
    """The furniture phrases switched off, as for a site in a language they do not know."""
    saved = (bp.furniture_reason, bp.strong_furniture_reason, bp.COMMENT_START_RE, bp.RELATED_START_RE)
    never = re.compile(r"(?!x)x")
    bp.furniture_reason = lambda line: None
    bp.strong_furniture_reason = lambda line, rules=None: None
    bp.COMMENT_START_RE = bp.RELATED_START_RE = never
    try:
        yield
    finally:
        bp.furniture_reason, bp.strong_furniture_reason, bp.COMMENT_START_RE, bp.RELATED_START_RE = saved


def classify_pages(pages: dict[str, dict], ids: list[str]) -> dict[str, tuple[list[Block] | None, list[Block]]]:
    """Per page: the blocks as the scorer sees them (None when the text is not page-shaped) and the final blocks.

    Runs ``classify`` as ``strip_boilerplate`` does (lines recurring across a source's pages included), with the
    scorer replaced by a recorder.
    """
    rows_of = {i: split_blocks_indented(pages[i]["text"]) for i in ids}
    texts = {i: [t for t, _ in rows] for i, rows in rows_of.items()}
    words = {i: [WORD_RE.findall(t.lower()) for t in texts[i]] for i in ids}
    sources = [urlparse(pages[i]["url"]).hostname or "" for i in ids]
    recurring = bp.recurring_lines(
        [(sources[k], texts[i]) for k, i in enumerate(ids)],
        norms_of={k: [" ".join(w) for w in words[i]] for k, i in enumerate(ids)},
    )
    seen: list[list[Block]] = []
    saved = bp.score_blocks
    bp.score_blocks = seen.append
    out = {}
    try:
        for k, i in enumerate(ids):
            seen.clear()
            blocks, _ = bp.classify(
                texts[i],
                recurring=recurring.get(k, frozenset()),
                indents=[x for _, x in rows_of[i]],
                word_lists=words[i],
            )
            out[i] = (blocks if seen else None, blocks)
    finally:
        bp.score_blocks = saved
    return out


def _shingles(text: str) -> Counter:
    w = re.findall(r"\w+", text)
    return Counter(tuple(w[k : k + 4]) for k in range(max(0, len(w) - 3)))


def labels(gold: str, blocks: list[Block]) -> list[float]:
    """Share of each block's word 4-grams found in the gold body (short blocks: 1 when their words are in it)."""
    gs = _shingles(gold)
    joined = " " + " ".join(re.findall(r"\w+", gold)) + " "
    out = []
    for b in blocks:
        s = _shingles(b.text)
        if s:
            out.append(sum((s & gs).values()) / sum(s.values()))
        else:
            w = re.findall(r"\w+", b.text)
            out.append(1.0 if w and f" {' '.join(w)} " in joined else 0.0)
    return out


def foreign(pages: dict[str, dict], ids: list[str], seed: int = 0) -> dict[str, dict]:
    """Each page with three runs (3-12 lines) of furniture from other sites of the same ids inserted."""
    rng = random.Random(seed)
    judged = classify_pages(pages, ids)
    chunks: dict[str, list[list[str]]] = {}
    body_of: dict[str, list[int]] = {}
    for i in ids:
        blocks = judged[i][1]
        labs = labels(pages[i]["gold"], blocks)
        body_of[i] = [k for k, lab in enumerate(labs) if lab >= 0.5]
        run: list[str] = []
        chunks[i] = []
        for b, lab in zip([*blocks, None], [*labs, 1.0]):
            if b is not None and lab == 0.0:
                run.append(" " * b.indent + b.text)
                continue
            if len(run) >= 3:
                chunks[i].append(run[:12])
            run = []
    host = {i: urlparse(pages[i]["url"]).hostname for i in ids}
    out = {}
    for i in ids:
        others = [c for j in ids if host[j] != host[i] for c in chunks[j]]
        lines = [" " * x + t for t, x in split_blocks_indented(pages[i]["text"])]
        body = body_of[i] or [len(lines) // 2]
        spots = [rng.choice(body[:-1] or body) + 1, body[-1] + 1, body[0]]
        for pos in sorted(spots, reverse=True):
            if others:
                lines[pos:pos] = rng.choice(others)
        out[i] = {**pages[i], "text": "\n".join(lines)}
    return out


def deleted(pages: dict[str, dict]) -> dict[str, dict]:
    """Each page without the lines a furniture phrase matches."""

    def furniture(line: str) -> bool:
        s = line.strip()
        if s[:2] in ("+ ", "o "):
            s = s[2:]
        return bool(s) and furniture_reason(s) is not None

    return {
        i: {**p, "text": "\n".join(ln for ln in p["text"].split("\n") if not furniture(ln))} for i, p in pages.items()
    }


def dataset(pages: dict[str, dict], judged: dict, ids: list[str]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per page-shaped page with edge blocks: features, labels (text or not) and weights."""
    out = []
    for i in ids:
        seen = judged[i][0]
        if seen is None:
            continue
        idx, rows = block_scorer.features(seen)
        if not rows:
            continue
        labs = labels(pages[i]["gold"], seen)
        # a block weighs its share of the page's kept words: what it moves the page's precision or recall by
        kept_words = sum(b.words + 3 for b in seen if b.reason is None)
        w = np.array([seen[k].words + 3 for k in idx], float) / kept_words
        out.append((np.array(rows), np.array([labs[k] >= 0.5 for k in idx], float), w))
    return out


def fit(data: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> dict:
    """Weighted L2 logistic regression on standardised features (Newton's method)."""
    x = np.vstack([d[0] for d in data])
    y = np.concatenate([d[1] for d in data])
    w = np.concatenate([d[2] for d in data])
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    ridge = L2 / len(data) * np.diag(np.r_[np.ones(x.shape[1]), 0.0])
    beta = np.zeros(z.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-z @ beta))
        grad = z.T @ (w * (p - y)) + ridge @ beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + ridge + 1e-9 * np.eye(len(beta))
        beta -= np.linalg.solve(hess, grad)
    return {"mean": mean, "scale": scale, "coef": beta[:-1], "bias": float(beta[-1])}


def predictions(judged: dict, ids: list[str], model: dict | None) -> dict[str, str]:
    """The kept text of each page, with the scorer's decision (``model``) or the rules alone (None)."""
    out = {}
    for i in ids:
        seen, final = judged[i]
        drop: set[int] = set()
        if model is not None and seen is not None:
            idx, rows = block_scorer.features(seen)
            if rows:
                z = ((np.array(rows) - model["mean"]) / model["scale"]) @ model["coef"] + model["bias"]
                drop = {k for k, p in zip(idx, 1 / (1 + np.exp(-z))) if p < block_scorer.THRESHOLD}
        blocks = seen if seen is not None else final
        out[i] = "\n\n".join(b.text for k, b in enumerate(blocks) if b.reason is None and k not in drop)
    return out


def f1(pages: dict[str, dict], preds: dict[str, str], ids: list[str]) -> tuple[float, float, float]:
    """The benchmark's page-averaged precision, recall and F1."""
    ps, rs = [], []
    for i in ids:
        p, r, _ = page_scores(pages[i]["gold"], preds[i])
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
    precision, recall = sum(ps) / len(ps), sum(rs) / len(rs)
    return precision, recall, 2 * precision * recall / (precision + recall)


def write_weights(model: dict) -> None:
    def floats(values: np.ndarray) -> str:
        return "(\n" + "".join(f"    {v:.6g},  # {n}\n" for v, n in zip(values, block_scorer.FEATURES)) + ")"

    WEIGHTS_FILE.write_text(
        '"""Weights of ``block_scorer``, written by tests/benchmarks/fit_block_scorer.py --write (do not edit).\n\n'
        "Logistic regression on standardised features: z = BIAS + sum(COEF * (x - MEAN) / SCALE).\n"
        '"""\n\n'
        "FEATURE_NAMES = (\n" + "".join(f'    "{n}",\n' for n in block_scorer.FEATURES) + ")\n"
        f"MEAN = {floats(model['mean'])}\nSCALE = {floats(model['scale'])}\nCOEF = {floats(model['coef'])}\n"
        f"BIAS = {model['bias']:.6g}\n"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="refit on all of dev and write the weights module")
    args = ap.parse_args()
    preload()
    pages = load_dev()
    ids = sorted(pages)
    quarters = {q: [i for i in ids if quarter(i) == q] for q in "AB"}
    variants = {"normal": pages, "deleted": deleted(pages)}
    fpages: dict[str, dict] = {}
    for q in "AB":  # furniture from the same quarter only: the other quarter stays unseen
        fpages.update(foreign(pages, quarters[q]))
    variants["foreign"] = fpages
    judged = {name: classify_pages(v, ids) for name, v in variants.items()}
    with no_phrases():
        judged["nophrase"] = classify_pages(pages, ids)
    train = ("normal", "nophrase")
    print(f"{len(ids)} dev pages (A {len(quarters['A'])}, B {len(quarters['B'])}); threshold {block_scorer.THRESHOLD}")
    for fit_q, score_q in (("A", "B"), ("B", "A")):
        model = fit([row for v in train for row in dataset(pages, judged[v], quarters[fit_q])])
        for name in ("normal", "nophrase", "deleted", "foreign"):
            base = f1(pages, predictions(judged[name], quarters[score_q], None), quarters[score_q])
            new = f1(pages, predictions(judged[name], quarters[score_q], model), quarters[score_q])
            print(
                f"fit {fit_q} score {score_q} {name:<9} rules P {base[0]:.4f} R {base[1]:.4f} F1 {base[2]:.4f}"
                f" | +scorer P {new[0]:.4f} R {new[1]:.4f} F1 {new[2]:.4f} ({new[2] - base[2]:+.4f})"
            )
    if args.write:
        model = fit([row for v in train for row in dataset(pages, judged[v], ids)])
        write_weights(model)
        print(f"wrote {WEIGHTS_FILE.relative_to(REPO)}")


if __name__ == "__main__":
    main()
