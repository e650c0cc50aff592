"""Same-story signals without a model: salient-term cosine, shared named entities, publication-time proximity.

Each canonical article is summarised by its ``TOP_TERMS`` most salient words (weight (1 + log tf) * idf over the
corpus seen so far, stop words and words under 3 letters left out; the vector is L2-normalised). Candidate pairs
come from a SQL join on shared salient terms that are not too common (document frequency <= ``MAX_DF``), within a
time window when both articles are dated (``WINDOW_DAYS``; blocking by 3-day buckets, so it scales with the
articles of a few days, not with the corpus). A pair is the same story when it passes ``same_story``.

Thresholds were chosen on the dev half of the benchmark's labelled pairs (tests/benchmarks/bench_dedup.py prints
the sweep): real BBC re-edits and split write-ups of one article against other articles of the same topic folder.
"""

from __future__ import annotations

from functools import lru_cache

import duckdb
import numpy as np
import pandas as pd

from pipeline.stages.text_normalize import Words, hash_words

TOP_TERMS = 24
MAX_DF = 400  # terms in more articles than this neither create candidate pairs nor count in the cosine
MAX_DF_UNDATED = 50  # an undated article has no time window: only rarer terms pair it
WINDOW_DAYS = 3
UNKNOWN_IDF = float(np.log(1e8))  # a word missing from the background list: rarer than 1 in 10**8
# Dev end-to-end story F1 0.433 with these, 0.402 with (0.15, 2 entities, 0.25); higher cosine loses recall fast.
COS_STRONG = 0.30  # salient-term cosine alone
COS_WITH_ENTITIES = 0.20  # weaker cosine, when the articles also share named entities
MIN_SHARED_ENTITIES = 3
MIN_ENTITY_OVERLAP = 0.40  # shared / smaller entity set

STOPWORDS = """a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now
of off on once only or other our ours ourselves out over own said same says she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours yourself yourselves mr mrs ms one two three new
year years last first told people get got make made like well may might must much many even still back way since
week weeks month months day days time times per cent percent its it's can't don't won't going according""".split()  # noqa: SIM905
_STOP = np.unique(hash_words([" ".join(STOPWORDS)]).hashes)


def term_counts(words: Words) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(doc, term, tf) for every distinct content word of every document."""
    keep = (words.lengths >= 3) & ~np.isin(words.hashes, _STOP)
    d, h = words.docs[keep], words.hashes[keep]
    order = np.lexsort((h, d))
    d, h = d[order], h[order]
    if len(d) == 0:
        return d, h, np.zeros(0, dtype=np.int64)
    first = np.flatnonzero(np.r_[True, (d[1:] != d[:-1]) | (h[1:] != h[:-1])])
    tf = np.diff(np.r_[first, len(d)])
    return d[first], h[first], tf


@lru_cache(maxsize=1)
def _background() -> tuple[np.ndarray, np.ndarray] | None:
    """English word frequencies (the ``wordfreq`` package's shipped lists) as sorted (hash, idf) arrays."""
    try:
        import wordfreq
    except ImportError:
        return None
    freqs = wordfreq.get_frequency_dict("en")
    words = [w for w in freqs if w.isalnum()]
    hashed = hash_words(words)
    single = np.bincount(hashed.docs, minlength=len(words)) == 1
    first = np.searchsorted(hashed.docs, np.arange(len(words)))
    keys = hashed.hashes[first[single]]
    idf = -np.log(np.array([freqs[w] for w, ok in zip(words, single) if ok]))
    keys, pos = np.unique(keys, return_index=True)
    return keys, idf[pos]


def idf(terms: np.ndarray, df: np.ndarray, n_total: int) -> np.ndarray:
    """Background idf (-log of the word's general English frequency; UNKNOWN_IDF for words too rare to be
    listed), which is stable from the first article on; the corpus idf when wordfreq is not installed."""
    bg = _background()
    if bg is None:
        return np.log((n_total + 1) / (df + 1)) + 1.0
    keys, values = bg
    pos = np.minimum(np.searchsorted(keys, terms), len(keys) - 1)
    return np.where(keys[pos] == terms, values[pos], UNKNOWN_IDF)


def salient(docs: np.ndarray, terms: np.ndarray, tf: np.ndarray, df: np.ndarray, n_total: int,
            top: int = TOP_TERMS) -> pd.DataFrame:
    """Top ``top`` terms per document with L2-normalised tf-idf weights."""
    tfw = 1.0 + np.log(tf)
    w = tfw * idf(terms, df, n_total)
    order = np.lexsort((-w, docs))
    docs, terms, w, df, tfw = docs[order], terms[order], w[order], df[order], tfw[order]
    starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]]) if len(docs) else np.zeros(0, dtype=np.int64)
    rank = np.arange(len(docs)) - np.repeat(starts, np.diff(np.r_[starts, len(docs)]))
    keep = rank < top
    docs, terms, w, df, tfw = docs[keep], terms[keep], w[keep], df[keep], tfw[keep]
    norm = np.sqrt(np.bincount(docs, weights=w * w)) if len(docs) else np.zeros(0)
    w = w / norm[docs]
    return pd.DataFrame(
        {"doc": docs, "term": terms.view(np.int64), "w": w.astype(np.float32), "df": df, "tfw": tfw}
    )


def entity_frame(docs: np.ndarray, names: list, chunk: int = 5000) -> pd.DataFrame:
    """(doc, ent): stable 64-bit keys of each article's distinct entity names (case and spacing folded).

    Hashed a few thousand articles at a time, so millions of name strings never live at once."""
    doc_parts, key_parts = [], []
    for start in range(0, len(docs), chunk):
        owner, clean = [], []
        for doc, group in zip(docs[start : start + chunk], names[start : start + chunk]):
            for name in {" ".join(str(n).lower().split()) for n in (group if group is not None else [])} - {""}:
                owner.append(doc)
                clean.append(name)
        if clean:
            doc_parts.append(np.array(owner, dtype=np.int64))
            key_parts.append(pd.util.hash_array(np.array(clean, dtype=object)).view(np.int64))
    if not doc_parts:
        return pd.DataFrame({"doc": np.zeros(0, np.int64), "ent": np.zeros(0, np.int64)})
    return pd.DataFrame({"doc": np.concatenate(doc_parts), "ent": np.concatenate(key_parts)})


def candidate_pairs(con: duckdb.DuckDBPyConnection, new_terms: pd.DataFrame, all_terms: pd.DataFrame,
                    days: pd.DataFrame) -> pd.DataFrame:
    """(a, b, cos, shared_terms) for new article a and earlier article b sharing an uncommon salient term.

    The cosine is summed over the shared terms with document frequency <= MAX_DF (common terms carry small
    weights; leaving them out keeps the join bounded).

    ``new_terms``/``all_terms``: (doc, term, w, df); ``days``: (doc, day) with day NULL when undated. Pure SQL so
    the same statement can run on a cluster engine over the whole corpus.
    """
    con.register("q_terms", new_terms)
    con.register("c_terms", all_terms)
    con.register("doc_days", days)
    return con.execute(
        f"""
        with q as (
            select t.doc, t.term, t.w, t.df, d.day, cast(floor(d.day / {WINDOW_DAYS}) as bigint) as bucket
            from q_terms t join doc_days d using (doc) where t.df <= {MAX_DF}
        ),
        c as (
            select t.doc, t.term, t.w, d.day, cast(floor(d.day / {WINDOW_DAYS}) as bigint) as bucket
            from c_terms t join doc_days d using (doc) where t.df <= {MAX_DF}
        ),
        q_dated as (
            select doc, term, w, bucket + off as bucket from q, (values (-1), (0), (1)) o(off) where day is not null
        ),
        shared as (
            select q.doc as a, c.doc as b, q.w * c.w as ww from q_dated q
            join c on q.term = c.term and q.bucket = c.bucket
            where c.doc < q.doc
            union all
            select q.doc as a, c.doc as b, q.w * c.w as ww from q join c on q.term = c.term
            where c.doc < q.doc and (q.day is null or c.day is null) and q.df <= {MAX_DF_UNDATED}
        )
        select a, b, sum(ww) as cos, count(*) as shared_terms from shared group by a, b
        having sum(ww) >= {min(COS_STRONG, COS_WITH_ENTITIES)}
        """
    ).df()


def entity_overlap(con: duckdb.DuckDBPyConnection, pairs: pd.DataFrame, ents: pd.DataFrame) -> pd.DataFrame:
    """Adds shared_entities and entity_overlap (shared / smaller set) to candidate pairs."""
    con.register("cand", pairs[["a", "b"]])
    con.register("ents", ents)
    stats = con.execute(
        """
        with sizes as (select doc, count(*) as n from ents group by doc),
        left_side as materialized (select c.a, c.b, x.ent from cand c join ents x on x.doc = c.a),
        shared as (
            select l.a, l.b, count(*) as shared
            from left_side l join ents y on y.doc = l.b and y.ent = l.ent
            group by l.a, l.b
        )
        select c.a, c.b, coalesce(s.shared, 0) as shared_entities,
               coalesce(s.shared, 0) / greatest(least(coalesce(na.n, 0), coalesce(nb.n, 0)), 1) as entity_overlap
        from cand c left join shared s on s.a = c.a and s.b = c.b
        left join sizes na on na.doc = c.a left join sizes nb on nb.doc = c.b
        """
    ).df()
    return pairs.merge(stats, on=["a", "b"], how="left")


def same_story(pairs: pd.DataFrame, days: np.ndarray) -> np.ndarray:
    """The documented decision: close in time (when both dated) and lexically or entity-wise similar."""
    if pairs.empty:
        return np.zeros(0, dtype=bool)
    da, db = days[pairs["a"].to_numpy()], days[pairs["b"].to_numpy()]
    close = np.isnan(da) | np.isnan(db) | (np.abs(da - db) <= WINDOW_DAYS)
    cos = pairs["cos"].to_numpy()
    ents = (pairs["shared_entities"].to_numpy() >= MIN_SHARED_ENTITIES) & (
        pairs["entity_overlap"].to_numpy() >= MIN_ENTITY_OVERLAP
    )
    return close & ((cos >= COS_STRONG) | ((cos >= COS_WITH_ENTITIES) & ents))
