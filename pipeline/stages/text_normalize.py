"""Text normalisation and vectorised word hashing shared by exact, near-duplicate and story matching.

Exact duplicates are compared on a canonical form of the raw content (Unicode NFKC, straight quotes, no
zero-width characters, every run of white space, line endings included, folded to one space), so copies that
differ only in how they were typed or transported collide.

Word hashing runs on a whole chunk of documents at once in numpy instead of one regex per document: the chunk is
joined, lower-cased and encoded to UTF-8 bytes once; word boundaries come from a byte mask; each word's hash is a
polynomial hash read off a prefix sum (mod 2**64, with the inverse of an odd base), then mixed with splitmix64.
That is ~5x faster than ``re.findall`` + per-word hashing and gives stable hashes (no PYTHONHASHSEED).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "\u0060": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
}
_DROP = {"\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None}
_REPLACE = [(k, v or "") for k, v in {**_QUOTES, **_DROP}.items()]
# Characters NFKC maps to ASCII that take part in no composition: replacing them first gives the same result, and a
# page whose only compatibility characters they are (no-break spaces and ellipses: most web pages) then skips the
# NFKC pass over its chunks (see ``nfkc``).
_ASCII_COMPATIBLE = [
    ("\u00a0", " "), ("\u2002", " "), ("\u2003", " "), ("\u2009", " "), ("\u200a", " "), ("\u202f", " "),
    ("\u2026", "..."),
]


NFKC_CHUNK = 2048  # characters checked at a time by ``nfkc``


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, normalising only the parts of ``text`` that need it.

    Normalisation never reaches across an ASCII character (it starts no combining sequence and composes with
    nothing before it), so the text is cut in front of one every ``NFKC_CHUNK`` characters or so and each piece
    is checked on its own. A whole-text ``is_normalized`` check is no shortcut: one combining mark or Hangul
    vowel anywhere ("maybe" in its quick check) makes it normalise the whole page to compare, and a page with a
    trademark sign normalises all of it for one character."""
    out = []
    start, end_of_text = 0, len(text)
    while start < end_of_text:
        end = start + NFKC_CHUNK
        while end < end_of_text and not text[end].isascii():
            end += 1
        chunk = text[start:end]
        out.append(chunk if unicodedata.is_normalized("NFKC", chunk) else unicodedata.normalize("NFKC", chunk))
        start = end
    return "".join(out)


def normalize_content(text: str | None) -> str:
    """Canonical form for exact matching: NFKC, straight quotes, single spaces (line endings included)."""
    if not text:
        return ""
    if not text.isascii():  # the common ASCII case skips the slower Unicode steps
        for char, replacement in _ASCII_COMPATIBLE:
            if char in text:
                text = text.replace(char, replacement)
        text = nfkc(text)
        for char, replacement in _REPLACE:  # a membership scan is far cheaper than str.translate
            if char in text:
                text = text.replace(char, replacement)
    return " ".join(text.split())


def exact_key(text: str | None) -> int:
    """64-bit key of the normalised content (signed, to sit in an int64 column)."""
    digest = hashlib.blake2b(_normalized_bytes(text), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


_ASCII_BYTES = bytes(range(128))
KINDS_MAX_BYTES = 16_384  # of non-ASCII characters in a text whose kinds are looked at (see ``_normalized_bytes``)
_SPLIT_ONLY_BYTES = (b"\x1c", b"\x1d", b"\x1e", b"\x1f")  # white space to ``str.split``, not to ``bytes.split``
# every character normalize_content replaces (all by ASCII, so no replacement makes text another one replaces)
_REPLACEMENTS = dict([*_ASCII_COMPATIBLE, *_REPLACE])
_ASCII_REPLACED = [(char, rep) for char, rep in _REPLACE if char.isascii()]  # the backtick
_BEFORE_NFKC = frozenset(char for char, _ in _ASCII_COMPATIBLE)  # replaced before NFKC, the rest after it
_REPLACE_AFTER = frozenset(char for char, _ in _REPLACE if not char.isascii())


@lru_cache(maxsize=65_536)
def _inert(char: str) -> bool:
    """Whether NFKC leaves ``char`` as it is wherever it stands (so a text of ASCII and such characters is NFKC
    already) and ``str.split`` does not split at it: no compatibility mapping, combining class 0, and no mark or
    conjoining Hangul jamo (every character that composes with the one before it is one of those, which
    tests/stages/test_html_key_speed.py checks on the running Unicode database). The characters normalize_content
    maps to ASCII before NFKC count as inert."""
    if char in _BEFORE_NFKC:
        return True
    return (
        not char.isspace()
        and unicodedata.combining(char) == 0
        and unicodedata.category(char)[0] != "M"
        and not "\u1100" <= char <= "\u11ff"
        and unicodedata.normalize("NFKC", char) == char
    )


def _normalized_bytes(text: str | None) -> bytes:
    """``normalize_content(text).encode("utf-8", "replace")``, with NFKC only around the characters it may change.

    A web page is mostly ASCII with a few kinds of other characters (no-break spaces, curly quotes, letters NFKC
    keeps, now and then a trademark sign or a combining accent), read off its UTF-8 bytes at memory speed. Only
    the kinds with a replacement are replaced, NFKC runs only on the stretches around kinds that are not
    ``_inert`` (``_nfkc_around``), and white space is folded on the UTF-8 bytes (``bytes.split`` makes no string
    objects of wide characters; UTF-8 sequences hold no ASCII bytes, so the splits are the same). Lone
    surrogates, a text with more than ``KINDS_MAX_BYTES`` of other characters (a page in another script: NFKC's
    chunks are cheaper), white space other than ASCII's, or one of the four separators only ``str.split`` knows
    take the ``normalize_content`` path."""
    if not text:
        return b""
    if text.isascii():
        data = text.encode("ascii")
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            return normalize_content(text).encode("utf-8", "replace")
        others = data.translate(None, _ASCII_BYTES)  # the UTF-8 sequences of the non-ASCII characters
        if len(others) > KINDS_MAX_BYTES:
            return normalize_content(text).encode("utf-8", "replace")
        kinds = set(others.decode("utf-8"))  # each non-ASCII character once
        bad = [char for char in kinds if not _inert(char)]
        if any(char.isspace() for char in bad):
            return normalize_content(text).encode("utf-8", "replace")
        normal = text
        for char in kinds.intersection(_BEFORE_NFKC):  # str.replace: several times faster than on UTF-8 bytes
            normal = normal.replace(char, _REPLACEMENTS[char])
        if bad:
            normal, kinds = _nfkc_around(normal, bad, kinds - _BEFORE_NFKC)
            if any(char.isspace() for char in kinds):
                return normalize_content(text).encode("utf-8", "replace")
        for char in kinds.intersection(_REPLACE_AFTER):
            normal = normal.replace(char, _REPLACEMENTS[char])
        for char, replacement in _ASCII_REPLACED:  # replaced in non-ASCII texts only, as normalize_content does
            if char in normal:
                normal = normal.replace(char, replacement)
        if normal is not text:
            data = normal.encode("utf-8")
    if any(sep in data for sep in _SPLIT_ONLY_BYTES):
        return normalize_content(text).encode("utf-8", "replace")
    return b" ".join(data.split())


def _nfkc_around(text: str, bad: list[str], kinds: set[str]) -> tuple[str, set[str]]:
    """NFKC of ``text``, whose non-ASCII characters (``kinds``) are ``_inert`` but for ``bad``, and the non-ASCII
    characters the result may hold (all it holds; an inert one composed away stays listed): only the stretch around
    each bad character is normalised, from the ASCII character before it (which a combining mark may join) up to
    the next ASCII character. NFKC never reaches across an ASCII character (see ``nfkc``), and a stretch of ASCII
    and inert characters is NFKC already."""
    spans = set()
    for char in bad:
        at = text.find(char)
        while at >= 0:
            start, end = at, at + 1
            while start > 0 and not text[start].isascii():
                start -= 1
            while end < len(text) and not text[end].isascii():
                end += 1
            spans.add((start, end))
            at = text.find(char, end)
    pieces, pos = [], 0
    kinds = kinds.difference(bad)
    for start, end in sorted(spans):  # stretches are whole and never overlap: equal or apart
        normal = unicodedata.normalize("NFKC", text[start:end])
        kinds.update(c for c in normal if not c.isascii())
        pieces += (text[pos:start], normal)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), kinds


# ---- vectorised word hashing --------------------------------------------------------------------------------
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_BASE = 0x100000001B3  # odd, so invertible mod 2**64
_BASE_INV = pow(_BASE, -1, 2**64)
_POWERS: list[tuple[np.ndarray, np.ndarray]] = []  # the current (BASE**i, BASE**-i) table, replaced whole


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads polynomial hashes over all 64 bits."""
    x = x.astype(np.uint64, copy=True)
    x ^= x >> np.uint64(30)
    x *= _M1
    x ^= x >> np.uint64(27)
    x *= _M2
    x ^= x >> np.uint64(31)
    return x


def _power_table(n: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE**i and BASE**-i mod 2**64 for i < n (cached, grown on demand).

    Sized to the largest chunk seen so far, doubled: a run of five articles builds a few kilobytes, not the
    134 MB (1.3 s) of a fixed large table; a large run rebuilds it a few times. The pair is swapped in as one
    object, so a thread that hashes while another grows the table never gets powers of two different sizes.
    """
    current = _POWERS[-1] if _POWERS else None
    if current is not None and len(current[0]) >= n:
        return current
    size = max(2 * n, 1 << 16)
    with np.errstate(over="ignore"):
        fwd = np.full(size, _BASE, dtype=np.uint64)
        fwd[0] = 1
        inv = np.full(size, _BASE_INV, dtype=np.uint64)
        inv[0] = 1
        table = (np.cumprod(fwd, dtype=np.uint64), np.cumprod(inv, dtype=np.uint64))
    _POWERS[:] = [table]
    return table


@dataclass
class Words:
    """Every word of a chunk of documents, in reading order."""

    hashes: np.ndarray  # uint64
    docs: np.ndarray  # int64: position of the document in the chunk
    lengths: np.ndarray  # int32: bytes


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique via sort (numpy 2.4's hash-based unique is ~10x slower on large uint64 arrays)."""
    out = np.sort(values)
    if len(out) < 2:
        return out
    return out[np.r_[True, out[1:] != out[:-1]]]


def _prepare(texts: list[str]) -> bytes:
    """One byte string for the chunk: NFKC only for the few texts that need it, ASCII lower-casing on bytes
    (memory speed; accented capitals keep their case, the same way in every copy)."""
    cleaned = []
    for t in texts:
        t = t or ""
        if "\x00" in t:
            t = t.replace("\x00", " ")
        if not t.isascii():
            t = nfkc(t)
        cleaned.append(t)
    return "\x00".join(cleaned).encode("utf-8", "replace").lower()


def hash_words(texts: list[str]) -> Words:
    """Hashes of the lower-cased words of each text (letters, digits, any non-punctuation non-ASCII letter)."""
    raw = np.frombuffer(_prepare(texts), dtype=np.uint8)
    n = len(raw)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Words(empty.astype(np.uint64), empty, empty.astype(np.int32))
    word = ((raw >= 97) & (raw <= 122)) | ((raw >= 48) & (raw <= 57)) | (raw >= 0x80)
    # UTF-8 punctuation is not part of a word: General Punctuation (E2 80/81 xx: dashes, curly quotes, ...),
    # Latin-1 symbols (C2 xx: guillemets, no-break space, degree ...), CJK punctuation (E3 80 xx).
    lead = np.flatnonzero(((raw[:-2] == 0xE2) & ((raw[1:-1] == 0x80) | (raw[1:-1] == 0x81))) | (
        (raw[:-2] == 0xE3) & (raw[1:-1] == 0x80)
    ))
    for shift in (0, 1, 2):
        word[lead + shift] = False
    c2 = np.flatnonzero(raw[:-1] == 0xC2)
    word[c2] = False
    word[c2 + 1] = False
    prev = np.empty_like(word)
    prev[0] = False
    prev[1:] = word[:-1]
    nxt = np.empty_like(word)
    nxt[-1] = False
    nxt[:-1] = word[1:]
    starts = np.flatnonzero(word & ~prev)
    ends = np.flatnonzero(word & ~nxt)
    fwd, inv = _power_table(n)
    with np.errstate(over="ignore"):
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum((raw.astype(np.uint64) + np.uint64(1)) * inv[:n], dtype=np.uint64, out=prefix[1:])
        poly = (prefix[ends + 1] - prefix[starts]) * fwd[ends]
    seps = np.flatnonzero(raw == 0)
    docs = np.searchsorted(seps, starts).astype(np.int64)
    return Words(mix64(poly), docs, (ends - starts + 1).astype(np.int32))
