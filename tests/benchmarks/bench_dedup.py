"""Dedup quality (labelled pairs from real articles) and speed at 100k articles, ours vs datasketch.

Quality: per split (dev/test by source hash), one ingestion stream holds every source article as published
(BBC real duplicates included, found independently with rapidfuzz's edit ratio >= 90) and five variants of each
(see corpus_dedup.py). Every link the stage makes is judged: correct when both articles come from the same source
group. Printed: precision of exact and near links, recall per variant type, F1; a threshold sweep over the
verified LSH candidates (pair level, LSH misses count as false negatives).

Stories: the headline figure is pair P/R/F1 on hand-labelled pairs of real BBC articles (gold/stories_pairs.json:
same story vs same topic, dev/test), with a threshold sweep; then split write-ups of one article (synthetic; other
real same-event articles count as wrong, so P is a lower bound), undated and with dates 0-36 h or 10-60 days apart.

Speed: a ``--scale`` article corpus of real sentences mixed across articles plus 15% copies; our signature +
candidate search vs datasketch MinHash + MinHashLSH (same 5-word shingles, 128 permutations; measured on a
sample and reported as docs/s); the whole ``deduplicate`` wall time and peak RSS; +1,000 articles (load + dedup +
save with hard-linked parent segments).

Run: python tests/benchmarks/bench_dedup.py [--scale 100000] [--datasketch-sample 5000] [--skip-scale]
     [--stories-only]
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import psutil

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).parent))

import corpus_dedup as cd  # noqa: E402

from pipeline.stages import dedup  # noqa: E402
from pipeline.stages.minhash import band_keys, shingle, signatures  # noqa: E402
from pipeline.stages.text_normalize import hash_words, normalize_content  # noqa: E402

KINDS = ["exact", "syndicated", "update", "boilerplate", "format", "real_exact", "real_near"]


# ---- labelled stream ---------------------------------------------------------------------------------------------
def real_groups(sources: list[cd.Source]) -> dict[str, str]:
    """Source id -> group id, grouping BBC articles whose bodies have an edit ratio >= 90 (independent of ours)."""
    from rapidfuzz import fuzz, process

    parent = {s.sid: s.sid for s in sources}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_topic = defaultdict(list)
    for s in sources:
        by_topic[s.topic].append(s)
    for group in by_topic.values():
        m = process.cdist([s.body for s in group], [s.body for s in group], scorer=fuzz.ratio, workers=2,
                          score_cutoff=90, dtype=np.uint8)
        for i, j in zip(*np.nonzero(m)):
            if i < j:
                a, b = find(group[i].sid), find(group[j].sid)
                parent[max(a, b)] = min(a, b)
    return {s.sid: find(s.sid) for s in sources}


def build_stream(sources: list[cd.Source], groups: dict[str, str], split: str, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    mine = [s for s in sources if cd.split_of(groups[s.sid]) == split]
    by_topic = defaultdict(list)
    for s in mine:
        by_topic[s.topic].append(s)
    rows = []

    def add(content: str, text: str, group: str, kind: str, source: str, ents_from: str) -> None:
        rows.append({"content": content, "text": text, "group": group, "kind": kind, "source": source,
                     "entity_names": cd.entities(ents_from)})

    seen_norm: dict[str, str] = {}
    for s in mine:  # every article as published, real duplicates included
        content = cd.plain(s.headline, [s.body])
        key = normalize_content(content)
        kind = "original"
        if groups[s.sid] != s.sid:
            kind = "real_exact" if key in seen_norm else "real_near"
        seen_norm.setdefault(key, s.sid)
        add(content, content, groups[s.sid], kind, s.sid, s.body)
    variants = []
    for s in mine:
        if groups[s.sid] != s.sid or len(s.paragraphs) < 2:
            continue
        others = [o for o in by_topic[s.topic] if groups[o.sid] != groups[s.sid]]
        other = others[int(rng.integers(len(others)))]
        g = groups[s.sid]
        ex = cd.v_exact(s, rng)
        variants.append((ex, ex, g, "exact", s))
        syn = cd.v_syndicated(s, rng, other)
        variants.append((syn, syn, g, "syndicated", s))
        upd = cd.v_update(s, rng, other)
        variants.append((upd, upd, g, "update", s))
        first, second = cd.v_boilerplate(s, rng)
        variants.append((first, first, g, "boilerplate_first", s))
        variants.append((second, second, g, "boilerplate", s))
        html, body = cd.v_html(s)
        variants.append((html, body, g, "format", s))
    order = rng.permutation(len(variants))
    # the first boilerplate copy must precede the second: keep stable relative order per source
    variants = [variants[i] for i in order]
    variants.sort(key=lambda v: v[3] == "boilerplate")
    for content, text, g, kind, s in variants:
        add(content, text, g, kind, s.sid, s.body)
    frame = pd.DataFrame(rows)
    frame["article_id"] = [f"{split[0]}{i:015d}" for i in range(len(frame))]
    frame["published_at"] = pd.NaT
    return frame


def score_stream(frame: pd.DataFrame, out: pd.DataFrame) -> dict[str, tuple[float, float, float]]:
    group_of = dict(zip(frame["article_id"], frame["group"]))
    res = frame.assign(dup=out["duplicate_of"].to_numpy(), pkind=out["duplicate_kind"].to_numpy())
    linked = res[res["dup"].notna()]
    correct = np.array([group_of[a] == group_of[b] for a, b in zip(linked["article_id"], linked["dup"])], bool)
    metrics = {}
    for pk in ("exact", "near"):
        sel = (linked["pkind"] == pk).to_numpy()
        precision = correct[sel].mean() if sel.any() else float("nan")
        metrics[f"precision_{pk}"] = (precision, int(sel.sum()), int((sel & ~correct).sum()))
    ok = pd.Series(False, index=res.index)
    ok[linked.index] = correct
    for kind in KINDS:
        sel = res["kind"] == kind
        if not sel.any():
            continue
        hit = ok[sel]
        if kind in ("exact", "real_exact"):
            hit = hit & (res.loc[sel, "pkind"] == "exact")
        metrics[f"recall_{kind}"] = (hit.mean(), int(sel.sum()), int((~hit).sum()))
    near_kinds = ["syndicated", "update", "boilerplate", "format", "real_near"]
    sel = res["kind"].isin(near_kinds)
    tp = int(ok[sel].sum())
    fp = int((~correct).sum())
    fn = int(sel.sum()) - tp
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    metrics["near_all"] = (p, r, 2 * p * r / max(p + r, 1e-9))
    return metrics


def run_quality(sources: list[cd.Source], groups: dict[str, str]) -> None:
    print("\n== near/exact duplicates: labelled streams (every link judged) ==")
    print(f"thresholds: near if Jaccard >= {dedup.NEAR_JACCARD} or (containment >= {dedup.NEAR_CONTAINMENT} and "
          f"Jaccard >= {dedup.NEAR_JACCARD_FLOOR}); 5-word shingles, 128-bin OPH MinHash, 32 bands x 4")
    sweeps = {}
    for split in ("dev", "test"):
        frame = build_stream(sources, groups, split)
        index = dedup.DedupIndex()
        t0 = time.perf_counter()
        out = dedup.deduplicate(frame.drop(columns=["group", "kind", "source"]), index)
        elapsed = time.perf_counter() - t0
        m = score_stream(frame, out)
        print(f"\n[{split}] {len(frame)} articles ({(frame['kind'] == 'original').sum()} sources), "
              f"dedup {elapsed:.2f}s")
        for key in ("precision_exact", "precision_near"):
            v, n, bad = m[key]
            print(f"  {key:<22} {v:.4f}  ({n} links, {bad} wrong)")
        for kind in KINDS:
            if f"recall_{kind}" in m:
                v, n, miss = m[f"recall_{kind}"]
                print(f"  recall {kind:<15} {v:.4f}  ({n} pairs, {miss} missed)")
        p, r, f = m["near_all"]
        print(f"  NEAR overall: P={p:.4f} R={r:.4f} F1={f:.4f}")
        ep, _, _ = m["precision_exact"]
        er = np.mean([m[k][0] for k in ("recall_exact",)])
        print(f"  EXACT overall (synthetic whitespace/quote copies): P={ep:.4f} R={er:.4f} "
              f"F1={2 * ep * er / max(ep + er, 1e-9):.4f}")
        cand = index.last_candidates
        groups_arr = frame["group"].to_numpy()
        cand = cand.assign(same=groups_arr[cand["a"].to_numpy()] == groups_arr[cand["b"].to_numpy()])
        # every variant/real duplicate must pair with an earlier member of its group: LSH misses are FNs
        n_pos = int(frame["kind"].isin(["syndicated", "update", "boilerplate", "boilerplate_first", "format",
                                        "real_near"]).sum())
        sweeps[split] = (cand, n_pos)
    print_sweep(sweeps)


def print_sweep(sweeps: dict[str, tuple[pd.DataFrame, int]]) -> None:
    """Pair-level sweep over the verified LSH candidates of each stream (exact copies excluded: no candidates)."""
    print("\nthreshold sweep (pair level: a new article counts as found when some same-group candidate passes;"
          " FP = passing cross-group candidates)")
    print(f"{'rule':<34}" + "".join(f"{s + ' P':>9}{s + ' R':>9}{s + ' F1':>9}" for s in sweeps))
    rules = [(j, None, None) for j in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)]
    rules += [(j, c, f) for j in (0.5, 0.6, 0.7) for c in (0.8, 0.9) for f in (0.2, 0.3)]
    for j, c, f in rules:
        name = f"J>={j}" + (f" or (C>={c} and J>={f})" if c else "")
        line = f"{name:<34}"
        for cand, n_pos in sweeps.values():
            ok = cand["jaccard"] >= j
            if c:
                ok |= (cand["containment"] >= c) & (cand["jaccard"] >= f)
            tp = cand.loc[ok & cand["same"], "a"].nunique()
            fp = int((ok & ~cand["same"]).sum())
            p, r = tp / max(tp + fp, 1), tp / max(n_pos, 1)
            line += f"{p:>9.4f}{r:>9.4f}{2 * p * r / max(p + r, 1e-9):>9.4f}"
        print(line)


# ---- stories -----------------------------------------------------------------------------------------------------
GOLD_STORIES = Path(__file__).parent / "gold" / "stories_pairs.json"
STORY_RULES = [  # (COS_STRONG, COS_WITH_ENTITIES, MIN_ENTITY_OVERLAP, TOP_TERMS): the sweep printed on the real set
    (0.30, 0.20, 0.40, 24), (0.35, 0.30, 0.60, 40), (0.40, 0.30, 0.60, 40), (0.45, 0.30, 0.60, 40),
    (0.50, 0.30, 0.60, 40), (0.45, 0.30, 0.60, 24),
]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def real_story_stream(sources: list[cd.Source], seed: int = 5) -> pd.DataFrame:
    """Every BBC article once, in a seeded random order, undated (BBC has no dates), entities from cd.entities."""
    bbc = [s for s in sources if s.sid.startswith("bbc/")]
    bbc = [bbc[i] for i in np.random.default_rng(seed).permutation(len(bbc))]
    texts = [cd.plain(s.headline, [s.body]) for s in bbc]
    return pd.DataFrame({"article_id": [f"r{i:015d}" for i in range(len(bbc))], "content": texts, "text": texts,
                         "published_at": pd.NaT, "entity_names": [cd.entities(s.headline + ". " + s.body) for s in bbc],
                         "source": [s.sid for s in bbc]})


def stream_figures(frame: pd.DataFrame) -> pd.DataFrame:
    """(article_id, value, unit) of every quantity in each article: a superset of the claims the pipeline hands the
    story step (no claim filters), so the shared-figures rule is judged at its worst."""
    from pipeline.claims import extract_quantities

    rows = [
        (aid, q["value"] if q["value"] is not None else q["value_low"], q["unit"])
        for aid, text in zip(frame["article_id"], frame["text"])
        for q in extract_quantities(text)
    ]
    return pd.DataFrame(rows, columns=["article_id", "value", "unit"]).astype({"value": "float64"})


def score_real_stories(frame: pd.DataFrame, story_ids: np.ndarray, gold: list[dict]) -> dict[str, tuple]:
    """Pair P/R/F1 per split: a labelled pair is predicted same-story when both articles got one story_id."""
    story = dict(zip(frame["source"], story_ids))
    out = {}
    for split in ("dev", "test"):
        pairs = [g for g in gold if g["split"] == split]
        pred = np.array([story[g["a"]] == story[g["b"]] for g in pairs])
        y = np.array([g["same_story"] == 1 for g in pairs])
        tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
        out[split] = (*_prf(tp, fp, fn), tp, fp, fn)
    return out


def run_real_stories(sources: list[cd.Source]) -> None:
    """Headline story figure: hand-labelled same-story / same-topic pairs of real BBC articles (see the gold file)."""
    gold = json.loads(GOLD_STORIES.read_text())
    pairs = gold["pairs"]
    print("\n== same story: hand-labelled real BBC pairs (tests/benchmarks/gold/stories_pairs.json) ==")
    print(f"{len(pairs)} pairs ({gold['note']['counts']}); one ingestion of all BBC articles (undated), a pair counts "
          "as predicted when both articles share a story_id")
    st = dedup.stories
    saved = (st.COS_STRONG, st.COS_WITH_ENTITIES, st.MIN_ENTITY_OVERLAP, st.TOP_TERMS)
    frame = real_story_stream(sources)
    figures = stream_figures(frame)
    print(f"{'rule (cos | cos+ents ov | top terms)':<40}" + "".join(f"{s + ' P':>9}{s + ' R':>9}{s + ' F1':>9}"
                                                                      for s in ("dev", "test")) + "  largest story")
    try:
        for rule in [saved, *[r for r in STORY_RULES if r != saved]]:
            st.COS_STRONG, st.COS_WITH_ENTITIES, st.MIN_ENTITY_OVERLAP, st.TOP_TERMS = rule
            out = dedup.deduplicate(frame.drop(columns=["source"]), dedup.DedupIndex(), figures=figures)
            m = score_real_stories(frame, out["story_id"].to_numpy(), pairs)
            name = f"{rule[0]:.2f} | {rule[1]:.2f} {rule[2]:.2f} | {rule[3]}" + ("  (current)" if rule == saved else "")
            print(f"{name:<40}" + "".join(f"{m[s][0]:>9.3f}{m[s][1]:>9.3f}{m[s][2]:>9.3f}" for s in ("dev", "test"))
                  + f"  {out['story_id'].value_counts().max()}")
            if rule == saved:
                for s in ("dev", "test"):
                    p, r, f, tp, fp, fn = m[s]
                    print(f"  STORY real [{s}]: P={p:.4f} R={r:.4f} F1={f:.4f} (tp {tp}, fp {fp}, fn {fn})")
                unsure = [g for g in pairs if not g["unsure"]]
                m2 = score_real_stories(frame, out["story_id"].to_numpy(), unsure)
                print("  without the pairs marked unsure: " + ", ".join(
                    f"{s} P={m2[s][0]:.3f} R={m2[s][1]:.3f} F1={m2[s][2]:.3f}" for s in ("dev", "test")))
    finally:
        st.COS_STRONG, st.COS_WITH_ENTITIES, st.MIN_ENTITY_OVERLAP, st.TOP_TERMS = saved
    # the same-day rule (``stories.SAME_DAY``) cannot fire on undated articles: its worst case is every labelled
    # article published on one day, where all same-topic pairs are inside the window
    one_day = frame.assign(published_at=pd.Timestamp("2005-03-01", tz="UTC"))
    for label, given in (("", figures), (", without the shared-figures rule", None)):
        out = dedup.deduplicate(one_day.drop(columns=["source"]), dedup.DedupIndex(), figures=given)
        m = score_real_stories(one_day, out["story_id"].to_numpy(), pairs)
        print(f"  all on one day (worst case for the same-day rule){label}: " + ", ".join(
            f"{s} P={m[s][0]:.3f} R={m[s][1]:.3f} F1={m[s][2]:.3f}" for s in ("dev", "test"))
            + f"; largest story {out['story_id'].value_counts().max()}")
    out = dedup.deduplicate(frame.drop(columns=["source"]), dedup.DedupIndex())
    m = score_real_stories(frame, out["story_id"].to_numpy(), pairs)
    print("  undated, current rule without the shared-figures rule: " + ", ".join(
        f"{s} P={m[s][0]:.3f} R={m[s][1]:.3f} F1={m[s][2]:.3f}" for s in ("dev", "test")))


def split_stream(sources: list[cd.Source], groups: dict[str, str], split: str) -> pd.DataFrame:
    rows = []
    for s in sources:
        if cd.split_of(groups[s.sid]) != split or groups[s.sid] != s.sid or len(cd.sentences(s.body)) < 6:
            continue
        a, b = cd.v_split(s)
        rows.append({"content": a, "text": a, "source": s.sid, "entity_names": cd.entities(a)})
        rows.append({"content": b, "text": b, "source": s.sid, "entity_names": cd.entities(b)})
    frame = pd.DataFrame(rows)
    frame["article_id"] = [f"s{split[0]}{i:014d}" for i in range(len(frame))]
    frame["published_at"] = pd.NaT
    return frame


def score_split(frame: pd.DataFrame, out: pd.DataFrame) -> tuple[float, float, float, int, int, int]:
    """(P, R, F1, predicted pairs, wrong pairs, largest story): write-ups of one article are the only positives."""
    res = frame.assign(story=out["story_id"].to_numpy())
    tp = int(res.groupby("source")["story"].nunique().eq(1).sum())
    pred_pairs = sum(c * (c - 1) // 2 for c in res["story"].value_counts())
    p, r, f = _prf(tp, pred_pairs - tp, res["source"].nunique() - tp)
    return p, r, f, pred_pairs, pred_pairs - tp, int(res["story"].value_counts().max())


def with_dates(frame: pd.DataFrame, gap_days: tuple[float, float], seed: int = 3) -> pd.DataFrame:
    """Each article's first write-up on a random day of 2005, the second ``gap_days`` (uniform range) later."""
    rng = np.random.default_rng(seed)
    sources = frame["source"].unique()
    day = dict(zip(sources, rng.uniform(0, 365, len(sources))))
    second = frame.duplicated("source").to_numpy()
    gap = np.where(second, rng.uniform(*gap_days, len(frame)), 0.0)
    base = np.array([day[s] for s in frame["source"]])
    when = pd.Timestamp("2005-01-01", tz="UTC") + pd.to_timedelta(base + gap, unit="D")
    return frame.assign(published_at=when)


def run_stories(sources: list[cd.Source], groups: dict[str, str]) -> None:
    print("\n== same story (synthetic): two write-ups of each article (odd vs even sentences), all same-topic pairs "
          "judged ==")
    print(f"thresholds: cos >= {dedup.stories.COS_STRONG} or (cos >= {dedup.stories.COS_WITH_ENTITIES} and "
          f">= {dedup.stories.MIN_SHARED_ENTITIES} shared entities, overlap >= {dedup.stories.MIN_ENTITY_OVERLAP}); "
          f"top {dedup.stories.TOP_TERMS} salient terms; window {dedup.stories.WINDOW_DAYS} days. Other BBC articles "
          "about the same event count as wrong, so P is a lower bound")
    sweeps = {}
    for split in ("dev", "test"):
        frame = split_stream(sources, groups, split)
        index = dedup.DedupIndex()
        out = dedup.deduplicate(frame.drop(columns=["source"]), index)
        sweeps[split] = (index.last_story_pairs, frame["source"].to_numpy(), frame["source"].nunique())
        p, r, f, pred, wrong, largest = score_split(frame, out)
        near_fp = int(out["duplicate_of"].notna().sum())
        print(f"[{split}] undated: {len(frame)} write-ups of {frame['source'].nunique()} articles: story P={p:.4f} "
              f"R={r:.4f} F1={f:.4f} (same-story pairs predicted {pred}, wrong {wrong}; largest story {largest}); "
              f"write-ups wrongly marked duplicate: {near_fp}")
        # the time rule: dated write-ups, the second one hours later (one event) or weeks later (must not merge)
        for label, gap in (("dated, 0-36 h apart", (0.0, 1.5)), ("dated, 10-60 days apart", (10.0, 60.0))):
            dated = with_dates(frame, gap)
            out = dedup.deduplicate(dated.drop(columns=["source"]), dedup.DedupIndex())
            p, r, f, pred, wrong, largest = score_split(dated, out)
            print(f"[{split}] {label}: story P={p:.4f} R={r:.4f} F1={f:.4f} (predicted {pred}, wrong {wrong}; "
                  f"largest {largest}); write-up pairs merged: {pred - wrong}")
    print("story threshold sweep, undated (pair level over the SQL candidates; recall over all write-up pairs)")
    print(f"{'rule':<40}" + "".join(f"{s + ' P':>9}{s + ' R':>9}{s + ' F1':>9}" for s in sweeps))
    rules = [(c, None, None) for c in (0.3, 0.35, 0.4, 0.45, 0.5)]
    rules += [(c, e, o) for c in (0.3, 0.4) for e, o in ((1, 0.0), (2, 0.25), (3, 0.4), (3, 0.6))]
    for c, e, o in rules:
        name = f"cos>={c}" if e is None else f"cos>={c} and shared ents>={e}, ov>={o}"
        line = f"{name:<40}"
        for pairs, source, n_pos in sweeps.values():
            same = source[pairs["a"].to_numpy()] == source[pairs["b"].to_numpy()]
            ok = np.array(pairs["cos"] >= c)
            if e is not None:
                ok &= (pairs["shared_entities"] >= e).to_numpy() & (pairs["entity_overlap"] >= o).to_numpy()
            tp, fp = int((ok & same).sum()), int((ok & ~same).sum())
            p, r = tp / max(tp + fp, 1), tp / max(n_pos, 1)
            line += f"{p:>9.4f}{r:>9.4f}{2 * p * r / max(p + r, 1e-9):>9.4f}"
        print(line)


# ---- speed -------------------------------------------------------------------------------------------------------
class PeakRSS:
    """Samples this process's resident set size every 20 ms."""

    def __init__(self) -> None:
        self.proc = psutil.Process()
        self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(0.02)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)


def ours_signatures(texts: list[str], workers: int) -> tuple[float, int]:
    """Signature + candidate search as the stage does it; returns (seconds, candidate pairs)."""
    from concurrent.futures import ThreadPoolExecutor

    import duckdb

    def chunk(start: int) -> np.ndarray:
        part = texts[start : start + dedup.CHUNK]
        return band_keys(signatures(shingle(hash_words(part), len(part))))

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        bands = np.concatenate(list(pool.map(chunk, range(0, len(texts), dedup.CHUNK))))
    frame = pd.DataFrame({"key": bands.ravel(), "row": np.repeat(np.arange(len(texts)), bands.shape[1])})
    con = duckdb.connect()
    cand = dedup._candidates(con, frame, frame.iloc[:0])
    return time.perf_counter() - t0, len(cand)


def datasketch_signatures(texts: list[str]) -> tuple[float, int]:
    from datasketch import MinHash, MinHashLSH

    word = re.compile(r"\w+")
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=dedup.NEAR_JACCARD, num_perm=128)
    found = 0
    for i, text in enumerate(texts):
        words = word.findall(text.lower())
        shingles = {" ".join(words[j : j + 5]).encode() for j in range(max(len(words) - 4, 1))}
        m = MinHash(num_perm=128)
        m.update_batch(list(shingles))
        found += len(lsh.query(m))
        lsh.insert(str(i), m)
    return time.perf_counter() - t0, found


def run_scale(sources: list[cd.Source], n: int, sample: int) -> None:
    print(f"\n== speed: {n} articles (real sentences mixed across articles, 15% copies) ==")
    t0 = time.perf_counter()
    corpus = cd.scale_corpus(sources, n + 1000)
    frame = pd.DataFrame({k: v[:n] for k, v in corpus.items()})
    extra = pd.DataFrame({k: v[n:] for k, v in corpus.items()})
    for f in (frame, extra):
        f["published_at"] = pd.to_datetime(f["published_at"], utc=True)
    mb = sum(len(t) for t in frame["text"]) / 1e6
    print(f"corpus built in {time.perf_counter() - t0:.1f}s: {n} articles, {mb:.0f} MB of text")
    texts = frame["text"].tolist()

    t_ds, _ = datasketch_signatures(texts[:sample])
    ds_rate = sample / t_ds
    t_one, n_cand = ours_signatures(texts, 1)
    print(f"signature + candidate search, ours on 1 thread: {t_one:.2f}s for {n} docs = {n / t_one:,.0f} docs/s "
          f"({n_cand} candidate pairs) = {n / t_one / ds_rate:.1f}x datasketch")
    t_ours, n_cand = ours_signatures(texts, dedup.WORKERS)
    ours_rate = n / t_ours
    print(f"signature + candidate search, ours on {dedup.WORKERS} threads (as the stage runs): {t_ours:.2f}s "
          f"= {ours_rate:,.0f} docs/s")
    print(f"datasketch MinHash(128)+MinHashLSH on a {sample}-doc sample: {t_ds:.2f}s = {ds_rate:,.0f} docs/s "
          f"(extrapolated to {n}: {n / ds_rate:.0f}s)")
    print(f"speed-up: {ours_rate / ds_rate:.1f}x (datasketch is single-threaded; 1-thread figure above)")

    # the whole stage in a fresh process holding only the input frame, so RSS is the stage's, not this script's
    child = subprocess.run([sys.executable, __file__, "--child-dedup", str(n)], capture_output=True, text=True)
    print(child.stdout.strip() or child.stderr[-2000:])
    index = dedup.DedupIndex()
    dedup.deduplicate(frame, index)

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        index.save(Path(tmp) / "v1")
        t_save_full = time.perf_counter() - t0
        del index
        t0 = time.perf_counter()
        loaded = dedup.DedupIndex.load(Path(tmp) / "v1")
        t_load = time.perf_counter() - t0
        # a realistic +1,000: new articles plus copies of old ones
        add = extra.copy()
        old = frame.sample(100, random_state=3)
        add.loc[add.index[:100], ["content", "text", "entity_names", "published_at"]] = old[
            ["content", "text", "entity_names", "published_at"]].to_numpy()
        t1 = time.perf_counter()
        out2 = dedup.deduplicate(add, loaded)
        t_dedup = time.perf_counter() - t1
        t1 = time.perf_counter()
        loaded.save(Path(tmp) / "v2", parent=Path(tmp) / "v1")
        t_save = time.perf_counter() - t1
        total = time.perf_counter() - t0
        linked = sum(1 for f in (Path(tmp) / "v2").rglob("*") if f.is_file() and f.stat().st_nlink > 1)
        written = sum(1 for f in (Path(tmp) / "v2").rglob("*") if f.is_file() and f.stat().st_nlink == 1)
        print(f"+1,000 articles to the {n} index: load {t_load * 1000:.0f} ms + dedup {t_dedup:.2f}s + save "
              f"{t_save * 1000:.0f} ms = {total:.2f}s (full first save {t_save_full:.2f}s); files hard-linked "
              f"{linked}, written {written}; of the 100 re-sent old articles "
              f"{out2['duplicate_kind'].iloc[:100].notna().sum()} found")


def child_dedup(n: int) -> None:
    """Runs in a subprocess: build the corpus, drop the builder's lists, time one deduplicate call."""
    corpus = cd.scale_corpus(cd.load_sources(), n + 1000)
    frame = pd.DataFrame({k: v[:n] for k, v in corpus.items()})
    del corpus
    frame["published_at"] = pd.to_datetime(frame["published_at"], utc=True)
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)  # hand the corpus builder's freed memory back before measuring
    base_rss = psutil.Process().memory_info().rss
    with PeakRSS() as peak:
        t0 = time.perf_counter()
        out = dedup.deduplicate(frame, dedup.DedupIndex())
        t_full = time.perf_counter() - t0
    kinds = out["duplicate_kind"].value_counts(dropna=False).to_dict()
    print(f"whole deduplicate of {n} articles: {t_full:.1f}s; peak RSS {peak.peak / 2**30:.2f} GiB for the process "
          f"(input frame alone {base_rss / 2**30:.2f} GiB; the stage adds {(peak.peak - base_rss) / 2**30:.2f} GiB); "
          f"decisions {kinds}; stories {out['story_id'].nunique()}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=100_000)
    ap.add_argument("--datasketch-sample", type=int, default=5000)
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--stories-only", action="store_true", help="only the same-story measures (fast)")
    ap.add_argument("--child-dedup", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_dedup:
        child_dedup(args.child_dedup)
        return
    sources = cd.load_sources()
    groups = real_groups(sources)
    n_real = sum(1 for s in sources if groups[s.sid] != s.sid)
    print(f"{len(sources)} source articles ({n_real} real BBC duplicates by edit ratio >= 90)")
    if not args.stories_only:
        run_quality(sources, groups)
    run_real_stories(sources)
    run_stories(sources, groups)
    if not args.skip_scale and not args.stories_only:
        run_scale(sources, args.scale, args.datasketch_sample)


if __name__ == "__main__":
    main()
