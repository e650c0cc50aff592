"""Claim fields (subject, metric, period, attribution, hedge) measured on hand-labelled BBC articles.

Run: ``python tests/benchmarks/bench_claim_fields.py [--split dev|heldout|all] [--errors]``

Data: ``tests/benchmarks/gold/claim_fields_gold.json`` (30 BBC business, politics and tech articles, every
quantitative claim labelled by hand; how they were chosen and the labelling rules are in its ``about``). The
articles are read from ``$NEWS_CORPORA/bbc`` or else ``<repo>/../shared/corpora/bbc``; no article text is stored
in the project. Articles are split by ``sha1(path)``: first hex digit even = ``dev``, odd = ``heldout``. Tune on
``dev`` only and report ``heldout``. Values, units and changes are measured on NewsQuant (``bench_claims.py``);
this bench measures the fields that are not measured there.

How claims are obtained: the per-article functions, as ``bench_scale.stage_profile`` runs them
(``strip_boilerplate`` -> ``extract_metadata`` -> ``extract_entities_table`` -> ``flow.extract_article_claims``)
on records built like ``bench_extraction._frame`` (format ``text``). BBC files have no date line, so periods come
only from years and quarters written in the text.

Matching and scores:

* A gold claim is located in the stripped text by its sentence's first six words, then the ``occurrence``-th
  (default first) copy of its surface after them. A predicted row matches a gold claim when their character
  spans overlap (one-to-one, largest overlap first). The headline is not labelled; predictions outside the body
  would count as extras (the stripped text has no headline for these files).
* A gold claim whose sentence the boilerplate step dropped counts as missed (``--errors`` marks it).
* Detection: P = matched / predicted rows, R = matched / gold claims, F1 their harmonic mean.
* Fields, on matched claims only: exact-match accuracy, a null gold field counting as right only when the
  prediction is null too. ``acc`` is over all matched claims, ``acc|gold`` over those whose gold field is set.
  - subject and attribution: compared lower-cased, punctuation dropped, spaces collapsed, a leading "the"
    dropped. ``partial`` counts predictions that are wrong but whose words are a proper subset of the gold's or
    the reverse (gold "Ted Sarandos", predicted "Sarandos"): the "fullest form" misses, counted wrong in ``acc``.
  - metric and period: exact strings. A predicted metric also counts as right when it equals the gold claim's
    ``missing_metric``: the labeller's name for the predicate the lexicon lacked (the lexicon has since gained
    some, e.g. ``assets``; a counted noun such as "countries" can name it too). Only the labeller's own word is
    accepted, so a near miss ("games" for ``titles``) stays wrong. ``metric/lexicon`` and ``metric/noun`` split
    the matched claims by where the prediction came from: a lexicon key (or its ``_growth``, or none) versus the
    counted-noun fallback (``metrics.counted_noun_metric``), whose accuracy is low by design: a noun is right
    only when the labeller named that very predicate.
  - hedge: the set of hedge expressions (the pipeline joins them with ", "), each lower-cased with a leading
    "is/are/was/were/an/a" dropped ("is set to" = "set to", "an estimated" = "estimated").

``--errors`` prints misses, extras and every field mismatch of the chosen split; use it on ``dev`` only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench_extraction import _frame  # noqa: E402

from pipeline import flow  # noqa: E402
from pipeline.claims.metrics import LEXICON, UNIT_METRICS  # noqa: E402
from pipeline.stages.boilerplate import strip_boilerplate  # noqa: E402
from pipeline.stages.entities import extract_entities_table  # noqa: E402
from pipeline.stages.metadata import extract_metadata  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "claim_fields_gold.json"
FIELDS = ("subject", "metric", "period", "attribution", "hedge")
_PUNCT = re.compile(r"[^\w\s]")
_HEDGE_LEAD = re.compile(r"^(?:is|are|was|were|an|a)\s+")


def corpora_root() -> Path:
    env = os.environ.get("NEWS_CORPORA")
    return Path(env) if env else ROOT.parent / "shared" / "corpora"


def load_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def run_pipeline(paths: list[str], root: Path) -> tuple[dict[str, str], pd.DataFrame]:
    """(stripped text by article, claim rows) from the per-article stage functions."""
    contents = {p: (root / p).read_text(encoding="utf-8", errors="replace") for p in paths}
    urls = {p: f"file:///{p}" for p in paths}
    records = _frame(paths, contents, urls, "text")
    stripped = strip_boilerplate(records)
    meta = extract_metadata(records, stripped)
    ents = extract_entities_table(stripped[["article_id", "text"]])
    claims = flow.extract_article_claims(stripped, meta, ents)
    return dict(zip(stripped["article_id"], stripped["text"])), claims


def _loose(text: str) -> str:
    """A regex for ``text`` that lets any run of whitespace stand for its spaces."""
    return r"\s+".join(re.escape(w) for w in text.split())


def locate(text: str, claim: dict) -> tuple[int, int] | None:
    """The gold claim's character span in the stripped text (None when its sentence or surface is not there)."""
    m = re.search(_loose(claim["sentence"]), text)
    if not m:
        return None
    pos = m.start()
    found = None
    for _ in range(claim.get("occurrence", 1)):
        found = re.compile(_loose(claim["surface"])).search(text, pos)
        if not found:
            return None
        pos = found.start() + 1
    return (found.start(), found.end()) if found else None


def _null(v: object) -> bool:
    return v is None or (isinstance(v, float) and v != v) or v is pd.NA or (isinstance(v, str) and not v.strip())


def norm_name(v: object) -> str | None:
    if _null(v):
        return None
    s = " ".join(_PUNCT.sub(" ", str(v).lower()).split())
    return s[4:] if s.startswith("the ") else s


def norm_hedge(v: object) -> frozenset[str] | None:
    if _null(v):
        return None
    return frozenset(_HEDGE_LEAD.sub("", " ".join(h.lower().split())) for h in str(v).split(",") if h.strip())


def is_lexicon_metric(metric: object) -> bool:
    """A lexicon key or its growth (or none), as opposed to a counted noun from the fallback."""
    if _null(metric):
        return True
    m = str(metric)
    return m in LEXICON or m in UNIT_METRICS or (m.endswith("_growth") and m[: -len("_growth")] in LEXICON)


def compare(field: str, gold: object, pred: object, missing: object = None) -> str:
    """'right', 'partial' (subject/attribution fullest-form miss) or 'wrong'.

    ``missing``: the gold claim's ``missing_metric`` (see the module docstring), for ``metric`` only.
    """
    if field in ("subject", "attribution"):
        g, p = norm_name(gold), norm_name(pred)
        if g == p:
            return "right"
        if g and p and (set(p.split()) < set(g.split()) or set(g.split()) < set(p.split())):
            return "partial"
        return "wrong"
    if field == "hedge":
        return "right" if norm_hedge(gold) == norm_hedge(pred) else "wrong"
    g = None if _null(gold) else str(gold)
    p = None if _null(pred) else str(pred)
    if field == "metric" and p is not None and not _null(missing) and p == str(missing):
        return "right"
    return "right" if g == p else "wrong"


def match(article: dict, text: str, rows: pd.DataFrame) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(gold, predicted row) pairs, unmatched gold claims, unmatched predicted rows of one article."""
    preds = rows.to_dict("records")
    spans = [locate(text, c) for c in article["claims"]]
    pairs = []
    for gi, span in enumerate(spans):
        if span is None:
            continue
        for pi, p in enumerate(preds):
            overlap = min(span[1], p["char_end"]) - max(span[0], p["char_start"])
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((article["claims"][gi], preds[pi]))
    missed = [c for gi, c in enumerate(article["claims"]) if gi not in used_g]
    extra = [p for pi, p in enumerate(preds) if pi not in used_p]
    return matched, missed, extra


def score(articles: list[dict], texts: dict[str, str], claims: pd.DataFrame) -> dict:
    by_article = {a: g for a, g in claims.groupby("article_id", sort=False)}
    empty = claims.iloc[0:0]
    n_gold = n_pred = 0
    matched: list[tuple[dict, dict, str]] = []
    missed: list[tuple[dict, str]] = []
    extra: list[tuple[dict, str]] = []
    for art in articles:
        rows = by_article.get(art["path"], empty)
        m, mi, ex = match(art, texts[art["path"]], rows)
        n_gold += len(art["claims"])
        n_pred += len(rows)
        matched += [(g, p, art["path"]) for g, p in m]
        missed += [(g, art["path"]) for g in mi]
        extra += [(p, art["path"]) for p in ex]
    fields = {}
    for f in FIELDS:
        verdicts = [
            (compare(f, g.get(f), p.get(f), g.get("missing_metric")), not _null(g.get(f))) for g, p, _ in matched
        ]
        set_gold = [v for v, has in verdicts if has]
        fields[f] = {
            "acc": sum(v == "right" for v, _ in verdicts) / len(verdicts) if verdicts else 0.0,
            "partial": sum(v == "partial" for v, _ in verdicts) / len(verdicts) if verdicts else 0.0,
            "acc|gold": sum(v == "right" for v in set_gold) / len(set_gold) if set_gold else 0.0,
            "n|gold": len(set_gold),
        }
    for name, from_lexicon in (("metric/lexicon", True), ("metric/noun", False)):
        part = [(g, p) for g, p, _ in matched if is_lexicon_metric(p.get("metric")) == from_lexicon]
        right = [compare("metric", g.get("metric"), p.get("metric"), g.get("missing_metric")) == "right"
                 for g, p in part]  # fmt: skip
        fields[name] = {"acc": sum(right) / len(right) if right else 0.0, "partial": 0.0, "acc|gold": 0.0,
                        "n|gold": len(right)}  # fmt: skip
    tp = len(matched)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {
        "articles": len(articles), "gold": n_gold, "pred": n_pred, "matched": tp, "P": p, "R": r,
        "F1": 2 * p * r / (p + r) if p + r else 0.0, "fields": fields,
        "pairs": matched, "missed": missed, "extra": extra, "texts": texts,
    }  # fmt: skip


def report(name: str, s: dict) -> None:
    print(f"\n== {name}: {s['articles']} articles, {s['gold']} gold claims, {s['pred']} predicted rows ==")
    print(f"detection  P {s['P']:.3f}  R {s['R']:.3f}  F1 {s['F1']:.3f}  ({s['matched']} matched)")
    print(f"{'field':<13}{'acc':>7}{'partial':>9}{'acc|gold':>10}{'n|gold':>8}   (over {s['matched']} matched claims)")
    for f, v in s["fields"].items():
        if f.startswith("metric/"):
            print(f"  {f:<13}{v['acc']:>7.3f}{'-':>9}{'-':>10}{v['n|gold']:>8}   (n = claims predicted so)")
            continue
        partial = f"{v['partial']:>9.3f}" if f in ("subject", "attribution") else f"{'-':>9}"
        print(f"{f:<13}{v['acc']:>7.3f}{partial}{v['acc|gold']:>10.3f}{v['n|gold']:>8}")


def print_errors(s: dict) -> None:
    print("\n-- missed gold claims --")
    for g, path in s["missed"]:
        lost = "" if path not in s["texts"] or locate(s["texts"][path], g) else "  (not in the stripped text)"
        print(f"  {path}  {g['surface']!r}  in {g['sentence']!r}...{lost}")
    print("\n-- extra predicted rows --")
    for p, path in s["extra"]:
        print(f"  {path}  {p['surface']!r}  in {p['sentence'][:70]!r}...")
    print("\n-- field mismatches (gold -> predicted) --")
    for f in FIELDS:
        for g, p, path in s["pairs"]:
            verdict = compare(f, g.get(f), p.get(f), g.get("missing_metric"))
            if verdict != "right":
                pred = None if _null(p.get(f)) else p.get(f)
                tag = " (partial)" if verdict == "partial" else ""
                print(f"  {f:<11} {path}  {g['surface']!r}: {g.get(f)!r} -> {pred!r}{tag}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default=None, help="default: print all three")
    ap.add_argument("--errors", action="store_true", help="print the errors of the split (dev unless --split)")
    args = ap.parse_args()
    root = corpora_root()
    gold = load_gold()
    articles = gold["articles"]
    missing = [a["path"] for a in articles if not (root / a["path"]).is_file()]
    if missing:
        sys.exit(f"corpora not found under {root} (set NEWS_CORPORA): {missing[:3]}")
    print(f"corpus: {root / 'bbc'} ({len(articles)} articles; dev = sha1(path) first hex digit even, heldout = odd)")
    texts, claims = run_pipeline([a["path"] for a in articles], root)
    splits = [args.split] if args.split else ["dev", "heldout", "all"]
    for split in splits:
        chosen = [a for a in articles if split == "all" or a["split"] == split]
        s = score(chosen, texts, claims)
        report(split, s)
    if args.errors:
        split = args.split or "dev"
        if split != "dev":
            print("\n(note: --errors is meant for dev; tuning on heldout spoils it)")
        chosen = [a for a in articles if split == "all" or a["split"] == split]
        print_errors(score(chosen, texts, claims))


if __name__ == "__main__":
    main()
