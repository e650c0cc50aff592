"""The screens and class-first patterns added for claim extraction speed give exactly what their plain forms give.

Each is compared with the form it replaces on tricky fragments and on seeded random strings built from the
characters and words that matter to it (ASCII, Latin-1 and wider text, the case traps). No timing is asserted.
"""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

from pipeline.claims import context, filters, quantities, screens

_TRAPS = list(screens.CASE_TRAPS)  # dotted and dotless i, long s, the Kelvin sign


def _texts(pieces: list[str], n: int = 4000, most: int = 12, seed: int = 17) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_case_variants_are_every_character_ignorecase_equates_with_a_letter() -> None:
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    folding = [c for c in map(chr, range(sys.maxunicode + 1)) if any_letter.fullmatch(c)]
    for letter in string.ascii_lowercase:
        expected = {c for c in folding if re.fullmatch(letter, c, re.IGNORECASE)}
        assert set(screens._case_variants(letter)) == expected, letter


def test_is_latin1_is_the_plain_search() -> None:
    for text in ["", "abc", "£5 é", "ÿ", "\u0100", "’", "a\u212a", "\U0001f600"] + _texts(
        ["a", "£", "é", "ÿ", "’", "—", "\u0100", " ", "5"]
    ):
        assert screens.is_latin1(text) == (re.search(r"[^\x00-\xff]", text) is None), text


def test_latin1_stand_in_writes_wide_punctuation_as_a_question_mark() -> None:
    pieces = ["a", "£", "é", "?", "’", "“", "—", "…", "ł", "다", "\u2009", "\u3000", "٣", "⅓", "_", " ", "5", *_TRAPS]
    for text in ["", "abc", "it’s “5”", "a ł"] + _texts(pieces):
        narrow = screens.latin1_stand_in(text)
        wide = [c for c in text if c > "\xff"]
        if any(re.fullmatch(r"[\w\s]", c) for c in wide):
            assert narrow is None, text
        else:
            assert narrow == "".join("?" if c > "\xff" else c for c in text), text


@pytest.mark.parametrize(
    ("fast", "plain"),
    [(context._SENTENCE_HEDGES_AT, context._SENTENCE_HEDGES), (context._FORECAST_AT, context._FORECAST)],
    ids=["hedges", "forecast"],
)
def test_word_start_patterns_match_their_plain_forms(fast: re.Pattern, plain: re.Pattern) -> None:
    """Same spans, and the whole match is the plain pattern's group 1 (the word between its two ``\\b``)."""
    words = ["could", "Could", "may", "May", "MAY", "will", "Will", "is set to", "IS  SET\nTO", "are set to",
             "seen as", "likely", "unlikely", "expected", "expects", "forecast", "on track to", "aims to",
             "plans to", "next year", "next decade", "by 2027", "by the end of 2100", "by 2019", "according to",
             "according to estimates", "guidance", "target", "targets", "reportedly", "predicts"]  # fmt: skip
    pieces = [*words, " ", "x", "_", "-", ".", "5", "é", "’", *_TRAPS, "\u0130s set to", "\u017feen as", "\u212a"]
    rnd = random.Random(5)
    for text in words + _texts(pieces, n=6000, most=8):
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        for a, b in ((0, len(text)), (lo, hi)):
            expected = [(m.span(), m.group(1)) for m in plain.finditer(text, a, b)]
            assert [(m.span(), m.group(0)) for m in fast.finditer(text, a, b)] == expected, (text, a, b)


def test_word_start_pattern_refuses_what_it_cannot_write() -> None:
    for alternative in (r"\bx", "(?:a|b)", "1st", "éclair"):
        with pytest.raises(ValueError):
            screens.word_start_pattern([alternative])


def test_core_starts_on_latin1_and_wide_punctuated_text() -> None:
    pieces = ["one", "Two", "a half", "an hundred", "a-third", "ten", "-", " ", "x", "é", "7", "12", "½", "¼", "¾",
              "²", "ª", "º", "µ", "ß", "\u00a0", "£", "_", "\n", "ÿ", "×", "’", "“", "—", "?", "ł", "⅓", "\u2009",
              "\u212a"]  # fmt: skip
    for text in _texts(pieces, n=6000):
        assert quantities._core_starts(text) == [m.start() for m in quantities._CORE.finditer(text)], text


def test_repair_is_the_plain_substitution() -> None:
    def plain(text: str) -> str:
        return filters._MOJIBAKE_POUND.sub("£ ", text) if "PS" in text or "ps" in text else text

    pieces = ["PS", "ps", "Ps", "pS", "2", ".7", "m", "bn", ",000", "٣", " ", "x", "perhaps ", "PS5", "é"]
    for text in ["worth up to ps2.7m", "PS2.7m", "the PS5", "perhaps 5"] + _texts(pieces):
        assert filters.repair(text) == plain(text), text


def test_power_screen_on_wider_text_is_the_plain_search() -> None:
    pieces = ["1", "e", "E", "5", "-", "+", "x", "10", "^", "*", "×", "·", "⋅", "²", "⁹", "é", "’", "٣", " ", "?", "ł"]
    for text in _texts(pieces, n=6000, most=8):
        if not text.isascii():
            plain = quantities._POWER_CHARS.search(text) is not None or quantities._E_AFTER_DIGIT.search(text)
            assert quantities._may_be_power(text) == bool(plain), text


def test_mask_is_the_plain_substitution() -> None:
    def plain(text: str) -> str:
        return filters._DATE_OR_PHONE.sub(lambda m: " " * (m.end() - m.start()), text)

    pieces = ["1", "12", "123", "1234", "12345", "2025", "07", "/", "-", ".", ":", "+44", "(0)", "(020)", " ", "\n",
              "\u00a0", "a", "é", "٣", "٣٣٣", "of", " points", "mpg", "%", "’", "—", "?", "ł", "\u2009"]  # fmt: skip
    for text in _texts(pieces, n=8000, most=10):
        assert filters.mask(text) == plain(text), text
