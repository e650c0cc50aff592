"""Exact, near-duplicate and same-story detection, incremental over a persisted index (issue 3).

Decisions, in the order articles are given (earlier articles win, old decisions never change; the pipeline gives a
batch in publication order, ``flow.in_publication_order``, so an original comes before its update):

* exact: the raw ``content`` after ``normalize_content`` (NFKC, straight quotes, white space and line endings
  folded) hashes to the key of an earlier article -> ``exact``, similarity 1.0, pointing at the first such article.
* near: on the boilerplate-free ``text``, 5-word shingles, a 128-bin one-permutation MinHash and 32 LSH bands of
  4 bins give candidates (a SQL join of band keys against the persisted bands, top ``MAX_CANDIDATES`` per article
  by shared bands); each candidate is verified with the exact Jaccard / containment of the two shingle sets.
  ``near`` when Jaccard >= ``NEAR_JACCARD``, or containment >= ``NEAR_CONTAINMENT`` (one text inside the other:
  an update that added paragraphs, a syndicated copy with extra furniture) with Jaccard >= ``NEAR_JACCARD_FLOOR``,
  or, between two articles of one batch under the same headline (four words or more, figures masked), Jaccard >=
  ``NEAR_JACCARD_SAME_TITLE`` or containment >= ``NEAR_CONTAINMENT_SAME_TITLE`` (a short wire story whose update
  rewrote its lead figures or corrected one and added a paragraph).
  Every near link is verified against the article it names. The earliest verified canonical article wins; with
  none, a verified copy from the same batch (an update of the syndicated copy whose original came first in
  the folder), so ``duplicate_of`` may lead to a copy, as an exact copy of a copy does. ``similarity`` is the
  measure that decided (Jaccard, else containment).
* story: canonical articles join the story of their best earlier same-story match (``stories.same_story``) or
  start one (story_id = the founding article's id); duplicates inherit the story of what they duplicate.

Thresholds were chosen from the sweep printed by tests/benchmarks/bench_dedup.py on the dev split.

The index is a list of immutable segments, one per batch, each a directory of Parquet/NumPy files: saving a new
version hard-links the parent's segments and writes only the new one, and candidate lookups read the persisted
band keys (memory-mapped), so a run costs what its new articles cost.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import uuid
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.stages import stories
from pipeline.stages.minhash import BANDS, band_keys, overlap, shingle, signatures
from pipeline.stages.text_normalize import Words, exact_key, hash_words

# Best dev F1 of the benchmark's sweep (pair level 0.9984 on dev; J >= 0.5 alone: 0.9891, J >= 0.7 alone: 0.9735):
# Jaccard alone loses updates and copies wrapped in furniture, containment alone links teasers of long articles.
NEAR_JACCARD = 0.70
NEAR_CONTAINMENT = 0.90
NEAR_JACCARD_FLOOR = 0.30
# Under one headline (same batch; its figures masked, "kills more than 100" = "kills more than 120"), an update
# that rewrote its lead figures of a short wire story: J 0.68, C 0.83; a brief of 80 words whose update corrected a
# figure and added a paragraph: J 0.45, C 0.87. Either measure, from a lower bar than two unrelated headlines allow.
NEAR_JACCARD_SAME_TITLE = 0.50
NEAR_CONTAINMENT_SAME_TITLE = 0.80
_DIGITS = re.compile(r"\d[\d,.]*")
# A story is joined when >= half of its members (at most 6 counted) match: on the labelled BBC dev pairs 0.5 gave
# P 0.787 R 0.771, 0.75 P 0.783 R 0.750, 1.0 (complete linkage) P 0.767 R 0.688.
STORY_MEMBER_SHARE = 0.5
STORY_MEMBER_CAP = 6
MAX_CANDIDATES = 20  # per new article, by number of shared LSH bands
CHUNK = 2000  # articles hashed at once: bounds memory, keeps numpy vectors long
WORKERS = min(4, os.cpu_count() or 1)
# The joins spill to disk beyond this instead of growing the process. Not every operator can spill: at 512MB the
# story join of a first run over 100k articles failed once for want of 32 MB (and passed on a re-run).
DUCKDB_MEMORY = os.environ.get("PIPELINE_DUCKDB_MEMORY", "1GB")
PRESELECT_TERMS = 48  # salient-term candidates kept per article before the corpus-wide idf is known (> TOP_TERMS)

OUTPUT_COLUMNS = ["article_id", "duplicate_of", "duplicate_kind", "similarity", "story_id"]
_DOC_SCHEMA = pa.schema(
    [
        ("row", pa.int64()),
        ("article_id", pa.string()),
        ("exact", pa.int64()),
        ("duplicate_of", pa.int64()),  # row, -1 for canonical articles
        ("kind", pa.string()),
        ("similarity", pa.float64()),
        ("story_id", pa.string()),
        ("day", pa.float64()),  # days since epoch, NaN when undated
    ]
)
_EMPTY_FIGS = pd.DataFrame({"doc": np.zeros(0, np.int64), "fig": np.zeros(0, np.int64)})
_ARRAYS = ("sh_rows", "sh_values", "sh_offsets", "bands", "df_terms", "df_counts")


@dataclass
class _Segment:
    """One batch of articles: decisions plus the features later batches are compared with."""

    name: str
    docs: pd.DataFrame
    arrays: dict[str, np.ndarray] = field(default_factory=dict)  # see _ARRAYS; memory-mapped once saved
    terms: pd.DataFrame | None = None  # (doc, term, w): salient terms of canonical articles
    ents: pd.DataFrame | None = None  # (doc, ent): entity keys of canonical articles
    figs: pd.DataFrame | None = None  # (doc, fig): precise figures of canonical articles (``stories.figure_rows``)
    n_df_docs: int = 0
    path: Path | None = None

    def write(self, directory: Path) -> None:
        tmp = directory / f".{self.name}.tmp"
        tmp.mkdir(parents=True)
        pq.write_table(pa.Table.from_pandas(self.docs, schema=_DOC_SCHEMA, preserve_index=False), tmp / "docs.parquet")
        for key in _ARRAYS:
            np.save(tmp / f"{key}.npy", self.arrays[key])
        pq.write_table(pa.Table.from_pandas(self.terms, preserve_index=False), tmp / "terms.parquet")
        pq.write_table(pa.Table.from_pandas(self.ents, preserve_index=False), tmp / "ents.parquet")
        figs = self.figs if self.figs is not None else _EMPTY_FIGS
        pq.write_table(pa.Table.from_pandas(figs, preserve_index=False), tmp / "figs.parquet")
        (tmp / "n_df_docs").write_text(str(self.n_df_docs))
        os.replace(tmp, directory / self.name)
        self.path = directory / self.name

    @classmethod
    def read(cls, path: Path) -> _Segment:
        docs = pq.read_table(path / "docs.parquet").to_pandas()
        seg = cls(path.name, docs, path=path, n_df_docs=int((path / "n_df_docs").read_text()))
        seg.arrays = {key: np.load(path / f"{key}.npy", mmap_mode="r") for key in _ARRAYS}
        return seg

    def table(self, name: str) -> pd.DataFrame:
        """Terms / entities / figures, read on first use (a lookup may not need them)."""
        if getattr(self, name) is None:
            path = self.path / f"{name}.parquet"
            if name == "figs" and not path.exists():  # a segment saved before figures were kept
                self.figs = _EMPTY_FIGS
            else:
                setattr(self, name, pq.read_table(path).to_pandas())
        return getattr(self, name)


def _link_dir(source: Path, target: Path) -> None:
    """Hard-link a segment's files (a copy only where links are impossible, e.g. across devices)."""
    target.mkdir(parents=True, exist_ok=True)
    for f in source.iterdir():
        dest = target / f.name
        if dest.exists():
            continue
        try:
            os.link(f, dest)
        except OSError:
            shutil.copy2(f, dest)


class DedupIndex:
    """Every article seen so far, as immutable per-batch segments, with corpus-wide views built on demand."""

    def __init__(self) -> None:
        self.segments: list[_Segment] = []
        self._views: dict[str, object] = {}
        self.last_candidates: pd.DataFrame | None = None  # (a, b, hits, jaccard, containment) rows of the last run
        self.last_story_pairs: pd.DataFrame | None = None  # (a, b, cos, shared_terms, shared_entities, ...)

    # ---- persistence --------------------------------------------------------------------------------------
    @classmethod
    def load(cls, directory: Path | None) -> DedupIndex:
        index = cls()
        if directory is None or not Path(directory).is_dir():
            return index
        for path in sorted(Path(directory).glob("seg-*")):
            if path.is_dir():
                index.segments.append(_Segment.read(path))
        return index

    def save(self, directory: Path, parent: Path | None = None) -> None:
        """Hard-link the parent's (and already saved) segments, write only the segments added since loading."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        if parent is not None and Path(parent).is_dir():
            for path in sorted(Path(parent).glob("seg-*")):
                _link_dir(path, directory / path.name)
        for seg in self.segments:
            target = directory / seg.name
            if seg.path is not None and seg.path.resolve() == target.resolve():
                continue
            if seg.path is not None:
                _link_dir(seg.path, target)
            elif not target.exists():
                seg.write(directory)

    # ---- corpus-wide views --------------------------------------------------------------------------------
    @property
    def n_docs(self) -> int:
        return sum(len(s.docs) for s in self.segments)

    def _view(self, name: str, build) -> object:
        if name not in self._views:
            self._views[name] = build()
        return self._views[name]

    def docs(self) -> pd.DataFrame:
        def build() -> pd.DataFrame:
            if not self.segments:
                return pd.DataFrame(
                    {c: pd.Series(dtype=t.to_pandas_dtype()) for c, t in zip(_DOC_SCHEMA.names, _DOC_SCHEMA.types)}
                )
            return pd.concat([s.docs for s in self.segments], ignore_index=True)

        return self._view("docs", build)

    def exact_first(self) -> dict[int, int]:
        def build() -> dict[int, int]:
            d = self.docs()
            first = d.drop_duplicates("exact", keep="first")
            return dict(zip(first["exact"].tolist(), first["row"].tolist()))

        return self._view("exact", build)

    def band_table(self) -> pd.DataFrame:
        def build() -> pd.DataFrame:
            keys = [np.asarray(s.arrays["bands"]).ravel() for s in self.segments]
            rows = [np.repeat(np.asarray(s.arrays["sh_rows"]), BANDS) for s in self.segments]
            if not keys:
                return pd.DataFrame({"key": np.zeros(0, np.int64), "row": np.zeros(0, np.int64)})
            return pd.DataFrame({"key": np.concatenate(keys), "row": np.concatenate(rows)})

        return self._view("bands", build)

    def shingles_of(self, row: int) -> np.ndarray:
        locate = self._view("locate", self._build_locate)
        starts, seg_of, local_of = locate
        pos = np.searchsorted(starts, row)
        if pos >= len(starts) or starts[pos] != row:
            return np.zeros(0, dtype=np.uint32)
        seg = self.segments[seg_of[pos]]
        off = seg.arrays["sh_offsets"]
        i = local_of[pos]
        return np.asarray(seg.arrays["sh_values"][off[i] : off[i + 1]])

    def _build_locate(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows = [np.asarray(s.arrays["sh_rows"]) for s in self.segments]
        if not rows:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
        seg_of = np.concatenate([np.full(len(r), k) for k, r in enumerate(rows)])
        local = np.concatenate([np.arange(len(r)) for r in rows])
        allrows = np.concatenate(rows)
        order = np.argsort(allrows, kind="stable")
        return allrows[order], seg_of[order], local[order]

    def document_frequency(self) -> tuple[np.ndarray, np.ndarray, int]:
        def build() -> tuple[np.ndarray, np.ndarray, int]:
            n = sum(s.n_df_docs for s in self.segments)
            if not self.segments:
                return np.zeros(0, np.uint64), np.zeros(0, np.int64), 0
            terms = np.concatenate([np.asarray(s.arrays["df_terms"]) for s in self.segments])
            counts = np.concatenate([np.asarray(s.arrays["df_counts"]) for s in self.segments])
            s = pd.Series(counts).groupby(terms).sum()
            return s.index.to_numpy(np.uint64), s.to_numpy(np.int64), n

        return self._view("df", build)

    def terms(self) -> pd.DataFrame:
        frames = [s.table("terms") for s in self.segments]
        return (
            pd.concat(frames, ignore_index=True)
            if frames
            else pd.DataFrame(
                {"doc": np.zeros(0, np.int64), "term": np.zeros(0, np.int64), "w": np.zeros(0, np.float32)}
            )
        )

    def ents(self) -> pd.DataFrame:
        frames = [s.table("ents") for s in self.segments]
        return (
            pd.concat(frames, ignore_index=True)
            if frames
            else pd.DataFrame({"doc": np.zeros(0, np.int64), "ent": np.zeros(0, np.int64)})
        )

    def figs(self) -> pd.DataFrame:
        frames = [s.table("figs") for s in self.segments]
        return pd.concat(frames, ignore_index=True) if frames else _EMPTY_FIGS

    def add(self, segment: _Segment) -> None:
        self.segments.append(segment)
        self._views.clear()


# ---- the stage ----------------------------------------------------------------------------------------------
def _days(values: pd.Series) -> np.ndarray:
    ts = pd.to_datetime(values, utc=True, errors="coerce")
    out = (ts - pd.Timestamp("1970-01-01", tz="UTC")) / pd.Timedelta(days=1)
    return np.asarray(out, dtype=np.float64)


def _lookup(sorted_keys: np.ndarray, counts: np.ndarray, keys: np.ndarray) -> np.ndarray:
    if len(sorted_keys) == 0:
        return np.zeros(len(keys), dtype=np.int64)
    pos = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return np.where(sorted_keys[pos] == keys, counts[pos], 0)


@dataclass
class _Features:
    """Per non-exact new article: shingles, band keys, pre-selected salient terms; plus batch df."""

    shingles: list[np.ndarray] = field(default_factory=list)
    bands: list[np.ndarray] = field(default_factory=list)
    term_frames: list[pd.DataFrame] = field(default_factory=list)
    df_parts: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)


def _chunk_features(
    texts: list[str], rows: np.ndarray, idx_df: tuple[np.ndarray, np.ndarray, int], titles: list[str] | None = None
) -> tuple:
    """Shingles, band keys, document frequencies and pre-selected salient terms of one chunk. The salient terms
    also count the headline's words (``titles``): write-ups of one event by different outlets word their bodies
    apart but headline its key names and figures (on the helper-written five-outlet stories, 36 story ids for 24
    stories against 40 without; the BBC labelled pairs were always measured with the headline in the text)."""
    idx_terms, idx_counts, idx_n = idx_df
    words = hash_words(texts)
    sh = shingle(words, len(texts))
    bands = band_keys(signatures(sh))
    d, t, tf = stories.term_counts(_with_titles(words, titles))
    uniq, counts = np.unique(t, return_counts=True)
    # idf estimate from the index plus this chunk, only to keep a short list per article
    local_df = counts[np.searchsorted(uniq, t)] + _lookup(idx_terms, idx_counts, t)
    pre = stories.salient(d, t, tf, local_df, idx_n + len(texts), top=PRESELECT_TERMS)
    pre = pd.DataFrame(
        {"doc": rows[pre["doc"].to_numpy()], "term": pre["term"].to_numpy(), "tfw": pre["tfw"].to_numpy(np.float32)}
    )  # only what the final weighting needs
    return np.split(sh.values, sh.offsets[1:-1]), bands, pre, (uniq, counts)


def _with_titles(words: Words, titles: list[str] | None) -> Words:
    """The chunk's words and its headlines' words, each headline counted with its own document."""
    if not titles or not any(titles):
        return words
    head = hash_words(titles)
    return Words(
        np.concatenate([words.hashes, head.hashes]),
        np.concatenate([words.docs, head.docs]),
        np.concatenate([words.lengths, head.lengths]),
    )


def _str(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def exact_keys(contents: Iterable[object]) -> np.ndarray:
    """The exact-copy key of each raw content (see :func:`exact_key`).

    The pipeline computes these where the per-article work runs in parallel and hands them to
    :func:`deduplicate` as an ``exact_key`` column: on web pages the key costs milliseconds per page, which the
    serial dedup step would otherwise spend.
    """
    return np.fromiter((exact_key(_str(c)) for c in contents), dtype=np.int64)


def _features(
    text_column: pd.Series, work: np.ndarray, work_rows: np.ndarray, index: DedupIndex, titles: pd.Series | None = None
) -> _Features:
    """Chunks run on WORKERS threads: numpy sorts and arithmetic release the GIL, so both cores work. Texts are
    materialised as Python strings one chunk at a time."""
    out = _Features()
    idx_df = index.document_frequency()

    def run(s: int) -> tuple:
        texts = [_str(t) for t in text_column.take(work[s : s + CHUNK])]
        heads = [_str(t) for t in titles.take(work[s : s + CHUNK])] if titles is not None else None
        return _chunk_features(texts, work_rows[s : s + CHUNK], idx_df, heads)

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = pool.map(run, range(0, len(work), CHUNK))
        for shingles, bands, pre, df in results:
            out.shingles.extend(shingles)
            out.bands.append(bands)
            out.term_frames.append(pre)
            out.df_parts.append(df)
    return out


def _candidates(con: duckdb.DuckDBPyConnection, new_bands: pd.DataFrame, old_bands: pd.DataFrame) -> pd.DataFrame:
    """(a, b, hits): earlier articles sharing LSH bands with each new article, the most-shared first."""
    con.register("new_bands", new_bands)
    con.register("old_bands", old_bands)
    return con.execute(
        f"""
        with cand as (
            select n.row as a, o.row as b from new_bands n join old_bands o on n.key = o.key
            union all
            select n.row as a, m.row as b from new_bands n join new_bands m on n.key = m.key and m.row < n.row
        ),
        hits as (select a, b, count(*) as hits from cand group by a, b)
        select a, b, hits from hits
        qualify row_number() over (partition by a order by hits desc, b) <= {MAX_CANDIDATES}
        order by a, b
        """
    ).df()


def _title_keys(titles: pd.Series) -> list[str | None]:
    """Each article's headline folded for comparison, its figures masked (an update revises them), None when it
    has fewer than four words (too generic)."""
    out: list[str | None] = []
    for t in titles.tolist():
        words = _DIGITS.sub("#", str(t).lower()).split() if isinstance(t, str) else []
        out.append(" ".join(words) if len(words) >= 4 else None)
    return out


def is_near_same_title(jaccard: float, containment: float) -> bool:
    """Near, for two articles of one batch under one headline (``NEAR_JACCARD_SAME_TITLE``)."""
    return jaccard >= NEAR_JACCARD_SAME_TITLE or (
        containment >= NEAR_CONTAINMENT_SAME_TITLE and jaccard >= NEAR_JACCARD_FLOOR
    )


def _with_same_title_pairs(cand: pd.DataFrame, titles: list[str | None], work: np.ndarray, base: int) -> pd.DataFrame:
    """``cand`` plus every pair of this batch's articles under one headline (``_title_keys``) that LSH missed: a
    short brief and its update share too few shingles (Jaccard 0.44) for the bands to find them reliably (a 30%
    miss at that overlap), and the same-headline rule is only as good as its candidates."""
    groups: dict[str, list[int]] = {}
    for i in work.tolist():
        if titles[i] is not None:
            groups.setdefault(titles[i], []).append(base + i)
    # (a headline shared by more articles than one's candidates, "Live updates", is too generic to pair them all)
    paired = [rows for rows in groups.values() if 1 < len(rows) <= MAX_CANDIDATES]
    extra = [(a, b) for rows in paired for k, a in enumerate(rows) for b in rows[:k]]
    if not extra:
        return cand
    pairs = pd.DataFrame(extra, columns=["a", "b"])
    pairs = pairs.merge(cand[["a", "b"]], on=["a", "b"], how="left", indicator=True)
    pairs = pairs.loc[pairs["_merge"].eq("left_only"), ["a", "b"]].assign(hits=0)
    return pd.concat([cand, pairs.astype(cand.dtypes.to_dict())], ignore_index=True) if len(pairs) else cand


def is_near(jaccard: float, containment: float) -> bool:
    return jaccard >= NEAR_JACCARD or (containment >= NEAR_CONTAINMENT and jaccard >= NEAR_JACCARD_FLOOR)


def deduplicate(
    new: pd.DataFrame, index: DedupIndex, mentions: pd.DataFrame | None = None, figures: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Mark each new article exact/near duplicate or canonical and give it a story; adds the batch to ``index``.

    Entity names for the story step come from ``mentions`` (one row per ``article_id`` and name ``text``, as the
    entities table has them) when given, else from an ``entity_names`` list column of ``new``. ``figures`` (one
    row per ``article_id``, ``value`` and ``unit``, as the claims table has them) lets articles that report the
    same precise figures join one story (``stories.figure_pairs``)."""
    n = len(new)
    base = index.n_docs
    ids = [str(a) for a in new["article_id"]]
    text_column = new["text"].reset_index(drop=True)
    days_new = _days(new["published_at"]) if "published_at" in new else np.full(n, np.nan)
    mention_pos, mention_names = _mentions(new, ids, mentions)

    # exact: first earlier article with the same normalised content
    # given by the caller (computed in the parallel parse), or streamed here: no second copy of every body
    keys = (new["exact_key"] if "exact_key" in new else exact_keys(new["content"])).tolist()
    seen = dict(index.exact_first())
    exact_of = np.full(n, -1, dtype=np.int64)
    for i, k in enumerate(keys):
        if k in seen:
            exact_of[i] = seen[k]
        else:
            seen[k] = base + i
    work = np.flatnonzero(exact_of < 0)
    work_rows = base + work
    title_column = new["title"].reset_index(drop=True) if "title" in new else None
    feats = _features(text_column, work, work_rows, index, title_column)
    pos_of = {int(r): p for p, r in enumerate(work_rows)}
    has_sh = np.array([len(s) > 0 for s in feats.shingles], dtype=bool)

    con = duckdb.connect(config={"memory_limit": DUCKDB_MEMORY})
    bands = np.concatenate(feats.bands) if feats.bands else np.zeros((0, BANDS), np.int64)
    new_bands = pd.DataFrame({"key": bands[has_sh].ravel(), "row": np.repeat(work_rows[has_sh], BANDS)})
    cand = _candidates(con, new_bands, index.band_table())
    titles = _title_keys(new["title"]) if "title" in new else None
    if titles is not None:
        cand = _with_same_title_pairs(cand, titles, work, base)

    # verify candidates with the exact shingle-set overlap
    old_docs = index.docs()
    old_canonical = (old_docs["duplicate_of"].to_numpy() < 0) if len(old_docs) else np.zeros(0, bool)
    verified: dict[int, list[tuple[int, float, float]]] = {}
    measured = np.zeros((len(cand), 2))
    for k, (a, b) in enumerate(zip(cand["a"].to_numpy(), cand["b"].to_numpy())):
        sa = feats.shingles[pos_of[int(a)]]
        sb = feats.shingles[pos_of[int(b)]] if b >= base else index.shingles_of(int(b))
        jac, con_ = measured[k] = overlap(sa, sb)
        same_title = titles is not None and b >= base and titles[a - base] is not None and (
            titles[a - base] == titles[b - base]
        )
        if is_near(jac, con_) or (same_title and is_near_same_title(jac, con_)):
            verified.setdefault(int(a), []).append((int(b), jac, con_))

    dup_of = np.full(n, -1, dtype=np.int64)
    kind: list[str | None] = [None] * n
    sim = np.full(n, np.nan)
    for i in range(n):
        if exact_of[i] >= 0:
            dup_of[i], kind[i], sim[i] = exact_of[i], "exact", 1.0
            continue
        copy_of_copy = None  # a near match to this batch's copy of another article (its canonical is unmatched)
        for b, jac, con_ in sorted(verified.get(base + i, [])):
            canonical = dup_of[b - base] < 0 if b >= base else old_canonical[b]
            if canonical:
                dup_of[i], kind[i] = b, "near"
                sim[i] = jac if jac >= NEAR_JACCARD else con_
                break
            if copy_of_copy is None and b >= base:
                copy_of_copy = (b, jac, con_)
        else:
            if copy_of_copy is not None:  # an update of a syndicated copy: linked to that copy, as exact copies are
                b, jac, con_ = copy_of_copy
                dup_of[i], kind[i] = b, "near"
                sim[i] = jac if jac >= NEAR_JACCARD else con_

    # stories for canonical articles
    canon_rows = base + np.flatnonzero(dup_of < 0)
    idx_terms, idx_counts, idx_n = index.document_frequency()
    batch_df_terms, batch_df_counts = _merge_df(feats.df_parts)
    new_terms = _final_terms(
        feats.term_frames, canon_rows, idx_terms, idx_counts, idx_n, batch_df_terms, batch_df_counts, len(work)
    )
    all_days = np.concatenate([old_docs["day"].to_numpy(np.float64) if len(old_docs) else np.zeros(0), days_new])
    canon_mention = dup_of[mention_pos] < 0
    ents = stories.entity_rows(base + mention_pos[canon_mention], mention_names[canon_mention])
    figs = _figures(figures, ids, base, dup_of)
    story = _assign_stories(
        con,
        index,
        ids,
        base,
        dup_of,
        new_terms,
        all_days,
        ents,
        figs,
        (idx_terms, idx_counts, batch_df_terms, batch_df_counts),
    )
    con.close()

    # output and the new segment
    old_ids = old_docs["article_id"].to_numpy(object) if len(old_docs) else np.zeros(0, object)

    def article(row: int) -> str:
        return ids[row - base] if row >= base else str(old_ids[row])

    out = pd.DataFrame(
        {
            "article_id": ids,
            "duplicate_of": pd.Series([article(r) if r >= 0 else None for r in dup_of], dtype=object),
            "duplicate_kind": pd.Series(kind, dtype=object),
            "similarity": pd.Series([None if math.isnan(s) else float(s) for s in sim], dtype=object),
            "story_id": story,
        }
    )
    out["similarity"] = out["similarity"].astype("float64")
    keep = np.isin(work_rows, canon_rows) & has_sh
    kept = [feats.shingles[p] for p in np.flatnonzero(keep)]
    offsets = np.zeros(len(kept) + 1, dtype=np.int64)
    np.cumsum([len(s) for s in kept], out=offsets[1:])
    docs = pd.DataFrame(
        {
            "row": base + np.arange(n, dtype=np.int64),
            "article_id": ids,
            "exact": np.array(keys, dtype=np.int64),
            "duplicate_of": dup_of,
            "kind": pd.Series(kind, dtype=object),
            "similarity": sim,
            "story_id": story,
            "day": days_new,
        }
    )
    segment = _Segment(
        name=f"seg-{base:012d}-{uuid.uuid4().hex[:8]}",
        docs=docs,
        arrays={
            "sh_rows": work_rows[keep].astype(np.int64),
            "sh_values": np.concatenate(kept) if kept else np.zeros(0, np.uint32),
            "sh_offsets": offsets,
            "bands": bands[keep] if len(bands) else np.zeros((0, BANDS), np.int64),
            "df_terms": batch_df_terms,
            "df_counts": batch_df_counts,
        },
        terms=new_terms[["doc", "term", "w"]].reset_index(drop=True),
        ents=ents,
        figs=figs,
        n_df_docs=len(work),
    )
    index.add(segment)
    index.last_candidates = cand.assign(jaccard=measured[:, 0], containment=measured[:, 1])  # for diagnostics
    return out[OUTPUT_COLUMNS]


def _merge_df(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    if not parts:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    s = pd.Series(np.concatenate([c for _, c in parts])).groupby(np.concatenate([t for t, _ in parts])).sum()
    return s.index.to_numpy(np.uint64), s.to_numpy(np.int64)


def _final_terms(
    frames: list[pd.DataFrame],
    canon_rows: np.ndarray,
    idx_terms: np.ndarray,
    idx_counts: np.ndarray,
    idx_n: int,
    b_terms: np.ndarray,
    b_counts: np.ndarray,
    n_work: int,
) -> pd.DataFrame:
    """Re-weight the pre-selected terms with the corpus idf (index + whole batch) and keep the top ones.

    One chunk's frame at a time, each freed once used (``frames`` is emptied): the sort arrays then cost a
    chunk, not the batch (at 100k articles the whole-batch version held ~0.3 GiB of them at once)."""
    parts = []
    while frames:
        pre = frames.pop(0)
        pre = pre[pre["doc"].isin(canon_rows)]
        if pre.empty:
            continue
        terms = pre["term"].to_numpy().view(np.uint64)
        df = _lookup(idx_terms, idx_counts, terms) + _lookup(b_terms, b_counts, terms)
        w = pre["tfw"].to_numpy(np.float64) * stories.idf(terms, df, idx_n + n_work)
        doc = pre["doc"].to_numpy(np.int64)
        del pre
        order = np.lexsort((-w, doc))
        doc, terms, w, df = doc[order], terms[order], w[order], df[order]
        starts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
        rank = np.arange(len(doc)) - np.repeat(starts, np.diff(np.r_[starts, len(doc)]))
        keep = rank < stories.TOP_TERMS
        doc, terms, w, df = doc[keep], terms[keep], w[keep], df[keep]
        _, inv = np.unique(doc, return_inverse=True)
        norm = np.sqrt(np.bincount(inv, weights=w * w))
        parts.append(
            pd.DataFrame({"doc": doc, "term": terms.view(np.int64), "w": (w / norm[inv]).astype(np.float32), "df": df})
        )
    if not parts:
        return pd.DataFrame(
            {
                "doc": np.zeros(0, np.int64),
                "term": np.zeros(0, np.int64),
                "w": np.zeros(0, np.float32),
                "df": np.zeros(0, np.int64),
            }
        )
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]


def _mentions(new: pd.DataFrame, ids: list[str], mentions: pd.DataFrame | None) -> tuple[np.ndarray, np.ndarray]:
    """(position in ``new``, name) of each entity mention of the new articles, in long form."""
    if mentions is not None:
        pos = pd.Index(ids).get_indexer(mentions["article_id"].astype(object))
        known = pos >= 0
        return pos[known].astype(np.int64), mentions["text"].to_numpy(object)[known]
    if "entity_names" not in new:
        return np.zeros(0, np.int64), np.zeros(0, object)
    groups = [g if g is not None else [] for g in new["entity_names"]]
    pos = np.repeat(np.arange(len(groups), dtype=np.int64), [len(g) for g in groups])
    return pos, np.array([name for g in groups for name in g], dtype=object)


def _figures(figures: pd.DataFrame | None, ids: list[str], base: int, dup_of: np.ndarray) -> pd.DataFrame:
    """(doc, fig) of the batch's canonical articles from long-form (article_id, value, unit) rows."""
    if figures is None or figures.empty:
        return _EMPTY_FIGS
    row_of = {a: i for i, a in enumerate(ids)}
    pos = figures["article_id"].map(row_of)
    keep = pos.notna().to_numpy()
    pos = pos[keep].to_numpy(np.int64)
    canon = dup_of[pos] < 0
    values = figures["value"].to_numpy(np.float64)[keep][canon]
    units = figures["unit"].to_numpy(object)[keep][canon]
    return stories.figure_rows(base + pos[canon], values, units)


def _pick_story(
    matches: list[tuple[float, int]], story_of, size: dict[str, int], base: int, dup_of: np.ndarray, old_dup: np.ndarray
) -> str | None:
    """The best-scoring story among those the article matches in enough members (``STORY_MEMBER_SHARE`` of the
    story, up to ``STORY_MEMBER_CAP`` members): single-link chaining would merge a whole topic into one story."""
    matched: dict[str, list[float]] = {}
    for neg_score, b in matches:
        if (b >= base and dup_of[b - base] < 0) or (b < base and old_dup[b] < 0):
            matched.setdefault(story_of(b), []).append(-neg_score)
    ok = [
        (max(scores), s)
        for s, scores in matched.items()
        if len(scores) >= math.ceil(STORY_MEMBER_SHARE * min(size.get(s, 1), STORY_MEMBER_CAP))
    ]
    return max(ok)[1] if ok else None


def _assign_stories(
    con: duckdb.DuckDBPyConnection,
    index: DedupIndex,
    ids: list[str],
    base: int,
    dup_of: np.ndarray,
    new_terms: pd.DataFrame,
    all_days: np.ndarray,
    new_ents: pd.DataFrame,
    new_figs: pd.DataFrame,
    dfs: tuple,
) -> list[str]:
    """Story per new article: best earlier same-story match's story, else a new story named after the article."""
    n = len(ids)
    old_terms = index.terms()
    idx_terms, idx_counts, b_terms, b_counts = dfs
    if len(old_terms):
        t = old_terms["term"].to_numpy().view(np.uint64)
        old_terms = old_terms.assign(df=_lookup(idx_terms, idx_counts, t) + _lookup(b_terms, b_counts, t))
    # no copy when one side is empty (a first run holds every term once)
    all_terms = (
        pd.concat([old_terms, new_terms], ignore_index=True)
        if len(old_terms) and len(new_terms)
        else (old_terms if len(old_terms) else new_terms)
    )
    days = pd.DataFrame(
        {
            "doc": np.arange(len(all_days), dtype=np.int64),
            "day": pd.Series(all_days).where(~np.isnan(all_days), None).astype("float64"),
        }
    )
    pairs = (
        stories.candidate_pairs(con, new_terms, all_terms, days)
        if len(new_terms)
        else pd.DataFrame(columns=["a", "b", "cos", "shared_terms"])
    )
    if len(new_figs) and len(new_terms):
        all_figs = pd.concat([index.figs(), new_figs], ignore_index=True)
        by_figures = stories.figure_pairs(con, new_figs, all_figs, new_terms, all_terms, days)
        if len(by_figures):
            pairs = pairs.merge(by_figures, on=["a", "b"], how="outer", suffixes=("", "_f"))
            pairs["cos"] = pairs["cos"].fillna(pairs.pop("cos_f"))
            pairs["shared_terms"] = pairs["shared_terms"].fillna(pairs.pop("shared_terms_f"))
            pairs["shared_figures"] = pairs["shared_figures"].fillna(0)
    best: dict[int, list[tuple[float, int]]] = {}
    if len(pairs):
        ents = pd.concat([index.ents(), new_ents], ignore_index=True)
        pairs = stories.entity_overlap(con, pairs, ents)
        index.last_story_pairs = pairs
        ok = stories.same_story(pairs, all_days)
        acc = pairs[ok]
        score = acc["cos"].to_numpy() + 0.5 * acc["entity_overlap"].to_numpy()
        for a, b, s in zip(acc["a"].to_numpy(), acc["b"].to_numpy(), score):
            best.setdefault(int(a), []).append((-float(s), int(b)))
    old_docs = index.docs()
    old_story = old_docs["story_id"].to_numpy(object) if base else np.zeros(0, object)
    old_dup = old_docs["duplicate_of"].to_numpy() if base else np.zeros(0, np.int64)
    size = old_docs.loc[old_docs["duplicate_of"] < 0, "story_id"].value_counts().to_dict() if base else {}
    story: list[str] = [""] * n

    def story_of(row: int) -> str:
        return story[row - base] if row >= base else str(old_story[row])

    for i in range(n):
        if dup_of[i] >= 0:
            story[i] = story_of(int(dup_of[i]))
            continue
        story[i] = _pick_story(best.get(base + i, []), story_of, size, base, dup_of, old_dup) or ids[i]
        size[story[i]] = size.get(story[i], 0) + 1
    _merge_batch_stories(story, ids, best, base, dup_of, story_of, size)
    return story


def _merge_batch_stories(
    story: list[str], ids: list[str], best: dict, base: int, dup_of: np.ndarray, story_of, size: dict[str, int]
) -> None:
    """Undo the arrival-order bias of greedy assignment: a story founded in this batch joins an earlier story
    when at least ``STORY_MEMBER_SHARE`` of the member pairs between them (members capped at
    ``STORY_MEMBER_CAP``) are same-story matches (average linkage). Only stories founded in this batch move, so
    published story ids never change. Cost: linear in the accepted same-story pairs."""
    neighbours: dict[int, list[int]] = {}
    for a, matches in best.items():
        for _, b in matches:
            neighbours.setdefault(a, []).append(b)
            neighbours.setdefault(b, []).append(a)
    if not neighbours:
        return
    founder = {sid: row for row, sid in enumerate(ids)}
    moved: dict[str, str] = {}

    def resolve(sid: str) -> str:
        while sid in moved:
            sid = moved[sid]
        return sid

    members: dict[str, list[int]] = {}
    for i, sid in enumerate(story):
        if dup_of[i] < 0:
            members.setdefault(sid, []).append(i)
    for row, new_story in enumerate(ids):
        if story[row] != new_story or dup_of[row] >= 0 or new_story not in members:
            continue  # not a story founded in this batch
        own = {base + i for i in members[new_story]}
        linked: dict[str, int] = {}
        for member in own:
            for other_row in neighbours.get(member, ()):
                if other_row not in own:
                    other = resolve(story_of(other_row))
                    linked[other] = linked.get(other, 0) + 1
        candidates = []
        for other, count in linked.items():
            if founder.get(other, -1) >= row:
                continue  # only merge into stories founded earlier
            pairs = min(len(own), STORY_MEMBER_CAP) * min(size.get(other, 1), STORY_MEMBER_CAP)
            if count >= STORY_MEMBER_SHARE * pairs:
                candidates.append((count / pairs, other))
        if candidates:
            target = max(candidates)[1]
            moved[new_story] = target
            members.setdefault(target, []).extend(members.pop(new_story))
            size[target] = size.get(target, 0) + size.pop(new_story, 0)
    for i, sid in enumerate(story):  # duplicates follow the article they duplicate
        story[i] = resolve(sid)
