"""Word-shingle sets, one-permutation MinHash signatures and LSH band keys, all vectorised in numpy.

Why one-permutation hashing (Li, Owen & Zhang 2012) with optimal densification (Shrivastava 2017): a classic
MinHash evaluates K hash functions per shingle (K x work); OPH hashes each shingle once, sends it to one of K
bins by its top bits and keeps the minimum per bin, so signatures cost O(shingles) and the collision probability
per bin is still the Jaccard similarity. Empty bins (short texts) borrow a neighbour bin chosen by a fixed
random sequence, the same for every document, which keeps the estimate consistent.

Shingles are runs of ``SHINGLE_WORDS`` words, stored per document as sorted unique uint32 hashes: the exact
Jaccard / containment of two documents is then one sorted-array intersection (the verification step).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.stages.text_normalize import Words, mix64, sorted_unique

SHINGLE_WORDS = 5  # 5-word shingles: rare across different articles, yet one edited word only touches 5
BINS = 128  # signature length
BANDS = 32  # LSH bands of ROWS bins: P(candidate) = 1 - (1 - J**4)**32 -> 0.99 at J=0.6, 0.05 at J=0.2
ROWS = BINS // BANDS
EMPTY = np.uint32(0xFFFFFFFF)
_rng = np.random.default_rng(20260422)
_DENSIFY = [_rng.permutation(BINS) for _ in range(64)]
_BAND_SALT = mix64(np.arange(1, BANDS + 1, dtype=np.uint64))
_ROW_MULT = (mix64(np.arange(101, 101 + ROWS, dtype=np.uint64)) | np.uint64(1)).astype(np.uint64)


@dataclass
class Shingles:
    """Sorted unique shingle hashes per document of a chunk: ``values[offsets[i]:offsets[i+1]]``."""

    values: np.ndarray  # uint32
    offsets: np.ndarray  # int64, len n_docs + 1

    def of(self, i: int) -> np.ndarray:
        return self.values[self.offsets[i] : self.offsets[i + 1]]


def shingle(words: Words, n_docs: int, k: int = SHINGLE_WORDS) -> Shingles:
    """k-word shingles per document; a document shorter than k words keeps its single words."""
    h, d = words.hashes, words.docs
    n = len(h)
    counts = np.bincount(d, minlength=n_docs) if n else np.zeros(n_docs, dtype=np.int64)
    parts_v, parts_d = [], []
    if n >= k:
        with np.errstate(over="ignore"):
            acc = h[: n - k + 1].copy()
            for t in range(1, k):
                acc = acc * np.uint64(0x9E3779B97F4A7C15) + h[t : n - k + 1 + t]
        valid = d[: n - k + 1] == d[k - 1 :]
        parts_v.append(mix64(acc[valid]))
        parts_d.append(d[: n - k + 1][valid])
    short = counts[d] < k if n else np.zeros(0, dtype=bool)
    if short.any():
        parts_v.append(h[short])
        parts_d.append(d[short])
    if not parts_v:
        return Shingles(np.zeros(0, dtype=np.uint32), np.zeros(n_docs + 1, dtype=np.int64))
    values = np.concatenate(parts_v) >> np.uint64(32)
    key = sorted_unique((np.concatenate(parts_d).astype(np.uint64) << np.uint64(32)) | values)
    docs = (key >> np.uint64(32)).astype(np.int64)
    offsets = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=n_docs), out=offsets[1:])
    return Shingles((key & np.uint64(0xFFFFFFFF)).astype(np.uint32), offsets)


def signatures(sh: Shingles) -> np.ndarray:
    """(n_docs, BINS) uint32 one-permutation MinHash; rows of documents without shingles stay EMPTY."""
    n_docs = len(sh.offsets) - 1
    sig = np.full(n_docs * BINS, EMPTY, dtype=np.uint32)
    if len(sh.values):
        docs = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(sh.offsets))
        # bin from a remix of the value so bins do not depend on the ordering of the stored hashes
        mixed = mix64(sh.values.astype(np.uint64))
        bins = (mixed >> np.uint64(57)).astype(np.int64)
        vals = (mixed & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        np.minimum.at(sig, docs * BINS + bins, vals)
    sig = sig.reshape(n_docs, BINS)
    return densify(sig)


def densify(sig: np.ndarray) -> np.ndarray:
    """Fill empty bins from bins picked by a fixed random sequence (optimal densification)."""
    original = sig
    out = sig.copy()
    empty = out == EMPTY
    has_any = ~empty.all(axis=1)
    for perm in _DENSIFY:
        if not (empty & has_any[:, None]).any():
            break
        src = original[:, perm]
        fill = empty & (src != EMPTY)
        out[fill] = src[fill]
        empty &= ~fill
    left = empty & has_any[:, None]
    if left.any():  # vanishingly rare: a document with one or two shingles
        first = np.where(original == EMPTY, EMPTY, original).min(axis=1)
        out[left] = np.broadcast_to(first[:, None], out.shape)[left]
    return out


def band_keys(sig: np.ndarray) -> np.ndarray:
    """(n_docs, BANDS) int64 LSH keys; a key mixes the band number so bands never collide with each other."""
    n = len(sig)
    with np.errstate(over="ignore"):
        rows = sig.reshape(n, BANDS, ROWS).astype(np.uint64)
        acc = (rows * _ROW_MULT).sum(axis=2, dtype=np.uint64) + _BAND_SALT
    return mix64(acc).view(np.int64)


def overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact (Jaccard, containment of the smaller in the larger) of two sorted unique hash arrays."""
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0
    if len(a) > len(b):
        a, b = b, a
    idx = np.searchsorted(b, a)
    idx[idx == len(b)] = 0
    inter = int(np.count_nonzero(b[idx] == a))
    return inter / (len(a) + len(b) - inter), inter / len(a)
