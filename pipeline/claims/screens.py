"""Cheap screens that tell when an expensive regular expression cannot match, so it is not run at all.

Claim extraction runs dozens of case-insensitive patterns over every article and sentence; most of them find
nothing. A screen is a necessary condition (a word the pattern must contain, a character a match must start
with), so skipping a pattern on a failed screen never changes a result, only the time taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Characters that ``re.IGNORECASE`` matches to an ASCII letter while ``str.lower`` does not give that letter
# (dotted and dotless i, long s, the Kelvin sign): a text holding one is never screened by substring. Written as
# escapes: Unicode normalisation (NFKC) turns the Kelvin sign into an ASCII "K", which made every non-ASCII text
# holding a capital K unscreenable (most articles: a curly quote or a dash is enough to be non-ASCII).
CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


# Any of ``CASE_TRAPS``, found in one search (``any(c in text for c in CASE_TRAPS)`` ran a generator of four).
_CASE_TRAP = re.compile("[" + "".join(CASE_TRAPS) + "]")


def lowered(text: str) -> str | None:
    """``text.lower()`` when ASCII words found by ``re.IGNORECASE`` are sure to appear in it; else None."""
    if text.isascii() or _CASE_TRAP.search(text) is None:
        return text.lower()
    return None


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern for exactly these strings, as a character trie: a few branches per position, not one per word.

    Where several of the strings match at one position the longest is tried first, as in an alternation sorted
    longest first.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return emit(tree)


def word_screen(words: Iterable[str]) -> re.Pattern:
    """Any of ``words`` (lower-case ASCII), to search in ``lowered`` text.

    Case-sensitive and made of literals only, so ``re`` skips through the text at C speed; the same words
    under ``re.IGNORECASE`` would be tried at every character.
    """
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


def may_contain(text_lower: str | None, screen: re.Pattern) -> bool:
    """Whether a case-insensitive pattern needing one of the words of ``screen`` can match the lowered text."""
    return text_lower is None or screen.search(text_lower) is not None


def starts_at(pattern: re.Pattern, screen: re.Pattern, text: str) -> Iterator[re.Match]:
    """Exactly ``pattern.finditer(text)`` for a pattern whose every match starts where ``screen`` matches.

    ``screen`` is one character class with no context (e.g. ``[\\d+(]``), found at C speed; ``pattern`` is only
    tried at the characters it finds. ``match(text, pos)`` sees the text before ``pos``, so lookbehinds and
    ``\\b`` behave as in a full scan. The pattern must not match the empty string.
    """
    return matches_at(pattern, (candidate.start() for candidate in screen.finditer(text)), text)


def char_positions(text: str, chars: str) -> list[int]:
    """The sorted offsets of every occurrence in ``text`` of any of ``chars`` (single characters).

    ``str.find`` skips to each occurrence at C speed, where a regular expression for a character class is tried
    at every position: worth it for characters that are rare in the text.
    """
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def matches_at(pattern: re.Pattern, positions: Iterable[int], text: str) -> Iterator[re.Match]:
    """Exactly ``pattern.finditer(text)`` for a pattern whose every match starts at one of ``positions`` (sorted).

    As ``starts_at``, with the candidate positions given. The pattern must not match the empty string.
    """
    pos = 0
    for start in positions:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            pos = m.end()
