"""Cheap screens that tell when an expensive regular expression cannot match, so it is not run at all.

Claim extraction runs dozens of case-insensitive patterns over every article and sentence; most of them find
nothing. A screen is a necessary condition (a word the pattern must contain, a character a match must start
with), so skipping a pattern on a failed screen never changes a result, only the time taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

# Characters that ``re.IGNORECASE`` matches to an ASCII letter while ``str.lower`` does not give that letter
# (dotted and dotless i, long s, the Kelvin sign): a text holding one is never screened by substring. Written as
# escapes: Unicode normalisation (NFKC) turns the Kelvin sign into an ASCII "K", which made every non-ASCII text
# holding a capital K unscreenable (most articles: a curly quote or a dash is enough to be non-ASCII).
CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowered(text: str) -> str | None:
    """``text.lower()`` when ASCII words found by ``re.IGNORECASE`` are sure to appear in it; else None.

    The traps are tested by four substring searches written out (``CASE_TRAPS`` in order): ``str.find`` runs at
    C speed and returns at once in a text of one-byte characters, where one search of a class of the four tests
    every character (ten times slower on an article); a generator over ``CASE_TRAPS`` costs more on a sentence.
    """
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text):
        return text.lower()
    return None


def latin1_stand_in(text: str) -> str | None:
    """``text`` with each character beyond Latin-1 written "?", when none of them is a word character (``\\w``:
    ``isalnum`` or "_") or a space (``\\s``: ``isspace``); else None. A Latin-1 text is its own stand-in.

    Most wide copy is wide for its curly quotes and dashes only. The stand-in has the same length and offsets, is
    stored one byte a character (``re`` scans it faster, and may use Latin-1 classes), and a pattern that names
    neither "?" nor those characters, and sees them only as what is not a word character, a digit or a space,
    finds in it what it finds in ``text``.
    """
    if is_latin1(text):
        return text
    narrow = text.encode("latin-1", "replace").decode("latin-1")
    i = narrow.find("?")
    while i >= 0:  # the characters replaced, and the question marks of the text (a few)
        c = text[i]
        if c.isalnum() or c == "_" or c.isspace():
            return None
        i = narrow.find("?", i + 1)
    return narrow


def _case_variants(letter: str) -> str:
    """The characters ``re.IGNORECASE`` matches to an ASCII letter: its two cases, and for "i", "s" and "k" the
    ``CASE_TRAPS`` that fold to it (no other character does: ``tests/claims/test_claims_speed_screens.py``)."""
    return "".join(c for c in (letter.lower(), letter.upper(), *CASE_TRAPS) if re.fullmatch(letter, c, re.IGNORECASE))


def word_start_pattern(alternatives: Sequence[str]) -> str:
    r"""``\b(?:<alternatives>)`` under ``re.IGNORECASE``, written to start with one character class.

    ``re`` tries a pattern that starts with a class only where the class matches (skipping to it at C speed), and
    ``\b`` followed by a dozen case-insensitive words at every character, twice as slow on a sentence. Each
    alternative is a pattern starting with an ASCII letter, or ``(?-i:...)`` for one matched in its own case. The
    class holds every first letter in each case ``re.IGNORECASE`` equates with it; ``(?<!\w.)`` after it is the
    leading ``\b`` (the first letter is a word character); a lookbehind before each alternative, in the given
    order, says whether the letter found is its first. The match spans the alternative matched, as the plain
    pattern's would, with no group. Compile it without ``re.IGNORECASE``: each alternative carries its own flags.
    """
    letters: list[str] = []
    branches: list[str] = []
    for alternative in alternatives:
        own_case = alternative.startswith("(?-i:") and alternative.endswith(")")
        word = alternative[len("(?-i:") : -1] if own_case else alternative
        if not (word[:1].isascii() and word[:1].isalpha()):
            raise ValueError(f"not a pattern starting with an ASCII letter: {alternative!r}")
        first = word[0] if own_case else _case_variants(word[0])
        branches.append(f"(?<={first}){word[1:]}" if own_case else f"(?<=[{first}])(?i:{word[1:]})")
        letters.append(first)
    return "[" + "".join(dict.fromkeys("".join(letters))) + r"](?<!\w.)(?:" + "|".join(branches) + ")"


def is_latin1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100 (then so is every character of its lower case).

    Encoding drops the others at C speed: a few times faster than searching ``[^\\x00-\\xff]``, and at once for
    text stored one byte a character.
    """
    return text.isascii() or len(text.encode("latin-1", "ignore")) == len(text)


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
