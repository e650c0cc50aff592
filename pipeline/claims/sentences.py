"""Sentence spans, with offsets into the article text.

A claim's context (its hedges, period, subject and attribution) is read from its sentence; a rule-based
splitter is enough for news prose and keeps the step model-free and fast.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.screens import char_positions, matches_at

# Abbreviations whose period does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "st", "jr", "sr", "inc", "corp",
    "co", "ltd", "plc", "no", "vs", "etc", "est", "approx", "u.s", "u.k", "u.n", "e.g", "i.e", "jan", "feb",
    "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "ft", "in", "mt", "ave", "dept",
}  # fmt: skip

_BOUNDARY = re.compile(r"([.!?]+[\"'”’)]*)(\s+)(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n")

_BOUNDARY_START = ".!?\n"  # where a boundary can start
# A wire dateline opening the text: "PORT CALDER, March 3 (National Wire) - ", "LONDON (Reuters) - ",
# "NEW YORK — ", "(AP) — ". It says where and who filed the story, not who did what: the first sentence starts
# after it, so its agency is never the subject of the lead's figures.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})??"
_DAY = rf"(?:,?\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?)"  # "Oct 21", "18 May 2026"
_DATELINE = re.compile(
    rf"(?:(?:{_PLACE}{_DAY}?\s*)?\([^()\n]{{2,40}}\)\s*[-–—]+"  # [place, day] (agency) -
    rf"|{_PLACE}{_DAY}?\s+(?:[—–]|--))"  # or place [day] — (no agency: a long dash)
    r"\s+(?=\S)"
)
_LAST_WORD = re.compile(r"([\w.]+)$")  # what ``_last_word`` reads, without the regex


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, covering every non-blank character but an opening wire
    dateline (``_DATELINE``)."""
    return list(_split(text))


@lru_cache(maxsize=16)
def _split(text: str) -> tuple[tuple[int, int], ...]:
    """Cached: reading quantities and then claims splits the same article twice."""
    spans: list[tuple[int, int]] = []
    dateline = _DATELINE.match(text)
    start = dateline.end() if dateline else 0
    for m in matches_at(_BOUNDARY, char_positions(text, _BOUNDARY_START), text):
        if m.start() < start:
            continue  # inside the dateline
        if m.group(1):
            word = _last_word(text, start, m.start(1))
            token = word.lower().rstrip(".") if word else ""
            if (token in _ABBREV or (len(token) == 1 and "a" <= token <= "z")) and "\n" not in m.group(2):
                continue  # an initial, "J. Smith", or "U.S. officials"; a line break after it ends the sentence
            end = m.end(1)
        else:
            end = m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return tuple(spans)


def _last_word(text: str, start: int, end: int) -> str | None:
    """``_LAST_WORD.search(text, start, end)``'s word, read backwards from ``end`` without a regex.

    The search tries every start in the span and runs ``[\\w.]+`` to its end from each; the match it finds is
    the longest run of word characters (``isalnum`` or "_", as ``\\w`` reads them) and points ending where
    ``$`` holds: at ``end``, or before a newline that ends the span.
    """
    k = end
    if k > start and text[k - 1] == "\n":
        k -= 1
    j = k
    while j > start and ((c := text[j - 1]).isalnum() or c == "_" or c == "."):
        j -= 1
    return text[j:k] if j < k else None


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
