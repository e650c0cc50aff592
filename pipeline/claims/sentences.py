"""Sentence spans, with offsets into the article text.

A claim's context (its hedges, period, subject and attribution) is read from its sentence; a rule-based
splitter is enough for news prose and keeps the step model-free and fast.
"""

from __future__ import annotations

import re

# Abbreviations whose period does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "st", "jr", "sr", "inc", "corp",
    "co", "ltd", "plc", "no", "vs", "etc", "est", "approx", "u.s", "u.k", "u.n", "e.g", "i.e", "jan", "feb",
    "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "ft", "in", "mt", "ave", "dept",
}  # fmt: skip

_BOUNDARY = re.compile(r"([.!?]+[\"'”’)]*)(\s+)(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, covering every non-blank character."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1):
            word = re.search(r"([\w.]+)$", text[start : m.start(1)])
            token = word.group(1).lower().rstrip(".") if word else ""
            if token in _ABBREV or re.fullmatch(r"[a-z]", token):
                continue
            end = m.end(1)
        else:
            end = m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
