"""Sentence spans, with offsets into the article text.

A claim's context (its hedges, period, subject and attribution) is read from its sentence; a rule-based
splitter is enough for news prose and keeps the step model-free and fast.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.screens import starts_at

# Abbreviations whose period does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "st", "jr", "sr", "inc", "corp",
    "co", "ltd", "plc", "no", "vs", "etc", "est", "approx", "u.s", "u.k", "u.n", "e.g", "i.e", "jan", "feb",
    "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "ft", "in", "mt", "ave", "dept",
}  # fmt: skip

_BOUNDARY = re.compile(r"([.!?]+[\"'”’)]*)(\s+)(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n")

_BOUNDARY_START = re.compile(r"[.!?\n]")  # where a boundary can start
_LAST_WORD = re.compile(r"([\w.]+)$")
_LETTER = re.compile(r"[a-z]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, covering every non-blank character."""
    return list(_split(text))


@lru_cache(maxsize=16)
def _split(text: str) -> tuple[tuple[int, int], ...]:
    """Cached: reading quantities and then claims splits the same article twice."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in starts_at(_BOUNDARY, _BOUNDARY_START, text):
        if m.group(1):
            word = _last_word(text, start, m.start(1))
            token = word.lower().rstrip(".") if word else ""
            if token in _ABBREV or _LETTER.fullmatch(token):
                continue
            end = m.end(1)
        else:
            end = m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def _last_word(text: str, start: int, end: int) -> str | None:
    """``_LAST_WORD.search(text[start:end])``'s word, read from the end of the span rather than the whole of it.

    A match is a run of word characters and points reaching the end; one found past the start of the shortened
    span cannot reach further left, one found at its start may, and is then looked for again in the full span.
    """
    lo = max(start, end - 32)
    m = _LAST_WORD.search(text, lo, end)
    if m is not None and m.start() == lo and lo > start:
        m = _LAST_WORD.search(text, start, end)
    return m.group(1) if m else None


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
