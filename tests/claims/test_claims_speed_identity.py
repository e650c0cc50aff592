"""The fast paths of the claims step give exactly what their plain forms give.

Each rewrite (a pattern starting with a character class, a screen, a text-wide search instead of one per
sentence, a specialised atom pattern) is compared with the plain form it replaces on tricky fragments and on
seeded random strings built from the characters and words that matter to it. No timing is asserted.
"""

from __future__ import annotations

import gc
import random
import re

import pandas as pd
import pytest

from pipeline.claims import attribution, extract, metrics, periods, quantities, subjects
from pipeline.claims.extract import extract_claims
from pipeline.claims.filters import mask
from pipeline.claims.sentences import split_sentences

_PLAIN_PERSONAL = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is)\b")
_PLAIN_PRONOUN_SAYS = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+)?(?:said|says|added|told|explained|believes|warned|claimed|estimated)\b"
    r"|\b(?:said|says|added)\s+(?:he|she)\b"
)
_PLAIN_OWN_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")

_TOKENS = [
    "he", "He", "she", "She", "his", "His", "said", "says", "added", "also", "told", "estimated", " ", "  ", "\n",
    "x", "_", "-", ".", ",", "1", "2", "19", "95", "2004", "1999", "20", "0", "é", "s", "a", "H", "٣", "the",
    "quarter", "Q1", "h2", "half", "year", "sales", "revenue", "profit", "net sales", "wholesales", "-sales",
    "$", "£", "US$", "5", "1,000", "3.5", "½", "one", "two", "million", "per cent", "%", "according to",
    "analysts", "report by", "Reuters", "Mr Smith", "İ", "K", "\u212a",
]  # fmt: skip


def _random_texts(seed: int, n: int, max_tokens: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_TOKENS) for _ in range(rng.randint(0, max_tokens))) for _ in range(n)]


def _spans(pattern: re.Pattern, text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, lo, hi)]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (subjects.PERSONAL, _PLAIN_PERSONAL),
        (extract._PRONOUN_SAYS, _PLAIN_PRONOUN_SAYS),
        (extract._OWN_YEAR, _PLAIN_OWN_YEAR),
    ],
)
def test_class_first_patterns_match_their_plain_forms(fast: re.Pattern, plain: re.Pattern) -> None:
    tricky = ["He said", "she says", "Shell", "this", "the", "said he", "added she.", "in 2004,", "x2004", "1949 1950",
              "20045", "_He said", "2099", "He  also  told", "said  she", "His", "The", ""]  # fmt: skip
    rng = random.Random(3)
    for text in tricky + _random_texts(11, 20000):
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert _spans(fast, text, 0, len(text)) == _spans(plain, text, 0, len(text)), text
        assert _spans(fast, text, lo, hi) == _spans(plain, text, lo, hi), (text, lo, hi)


def test_attribution_screens_pass_every_sentence_a_pattern_matches() -> None:
    """A screen may let a sentence through in vain, never turn away one its pattern matches."""
    sentences = ["Analysts said sales rose.", "He pointed to data from the ONS.", "a study by the World Bank",
                 "according to Reuters", "Economists believe it", "Mr Smith, who warned that", "The report of IMF"]
    for sentence in sentences + _random_texts(5, 20000, 10):
        for pattern, needs in zip(attribution._PATTERNS, attribution._NEEDS, strict=True):
            if pattern.search(sentence):
                assert attribution._may_match(needs, sentence), (pattern.pattern[:40], sentence)


def _plain_reporting_periods(text: str, spans: list[tuple[int, int]], pub: pd.Timestamp | None) -> list:
    if not periods.may_name_reporting_period(text):
        return [None] * len(spans)
    return [periods.reporting_period(text[a:b], pub) for a, b in spans]


def test_sentence_reporting_periods_read_as_each_sentence_would() -> None:
    pub = pd.Timestamp("2005-02-10", tz="UTC")
    texts = ["Profits rose in the fourth quarter. Sales fell 5% in Q1.\n\nIn the first half, it lost $3m.",
             "No period here. None at all.", "H1 results. Next quarter! The half-year İ report."]  # fmt: skip
    rng = random.Random(9)
    texts += [". ".join(_random_texts(rng.randint(0, 99), rng.randint(1, 6))) for _ in range(3000)]
    for text in texts:
        spans = split_sentences(text)
        for when in (pub, None):
            assert periods.sentence_reporting_periods(text, spans, when) == _plain_reporting_periods(text, spans, when)


def _plain_metric_mentions(sentence: str) -> tuple:
    found = [(m.start(), m.end(), metric) for metric, pattern in metrics._PATTERNS for m in pattern.finditer(sentence)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept, reach = [], -1
    for f in found:
        if f[0] >= reach:
            kept.append(f)
            reach = max(reach, f[1])
    return tuple(kept)


def test_metric_heads_after_a_boundary_find_every_mention() -> None:
    sentences = ["Net sales and revenue rose; wholesales fell", "-sales", "sales", "pre-tax profit of the group",
                 "Its GDP and CO2 emissions, its exports", "\u212aelvin sales"]  # fmt: skip
    for sentence in sentences + _random_texts(21, 20000):
        assert metrics._mentions.__wrapped__(sentence) == _plain_metric_mentions(sentence), sentence


def test_atom_at_a_digit_matches_the_full_atom_pattern() -> None:
    texts = ["$5", "US$ 1,000.5m", "12,34,567", "80 000 people", "3 1/2 miles", "x5", "5.5", ".5", "-3%", "2,000,",
             "½", "10\u00a0000", "1 000 000", "one 5"]  # fmt: skip
    for text in texts + _random_texts(33, 20000):
        for p, ch in enumerate(text):
            if "0" <= ch <= "9":
                fast, plain = quantities._ATOM_AT_DIGIT.match(text, p), quantities._ATOM.match(text, p)
                assert (fast and (fast.span(), fast.groupdict(), fast.span("digits"))) == (
                    plain and (plain.span(), plain.groupdict(), plain.span("digits"))
                ), (text, p)


def test_atom_matches_is_the_plain_scan() -> None:
    texts = ["Sales rose $5bn, or 3%, to £1.2m and two million euros in 2004.", "-3.5% and +2", "a half of US$5"]
    for text in texts + _random_texts(44, 5000, 20):
        masked = mask(text)
        fast = [(m.span(), m.groupdict()) for m in quantities.atom_matches(masked)]
        assert fast == [(m.span(), m.groupdict()) for m in quantities._ATOM.finditer(masked)], text


def test_extract_claims_restores_the_collector() -> None:
    frame = pd.DataFrame({"article_id": ["a"], "text": ["Netflix said revenue rose 16% to $11bn."],
                          "published_at": [pd.NaT], "entities": [[]]})  # fmt: skip
    assert gc.isenabled()
    extract_claims(frame)
    assert gc.isenabled()
    gc.disable()
    try:
        extract_claims(frame)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_core_starts_on_ascii_latin1_and_wider_text() -> None:
    """Each of the three ways to find number starts gives ``_CORE``'s starts."""
    texts = ["One, two: 3½ and ¼ of a million", "Über zwei 2 £5 és három", "two—3 “four” ½ ⅓", "ª1 µtwo ºthree ÿfour"]
    rng = random.Random(55)
    extra = ["ª", "µ", "º", "ß", "ÿ", "×", "÷", "\u00a0", "¼", "⅓", "—", "“", "Ω", "Two", "ONE", "a half", "an eighth",
             "a dozen", "-one", "_two"]  # fmt: skip
    for text in texts + _random_texts(66, 5000, 16):
        for variant in (text, text + rng.choice(extra), rng.choice(extra) + text + rng.choice(extra)):
            expected = [m.start() for m in quantities._CORE.finditer(variant)]
            assert quantities._core_starts(variant) == expected, variant


def test_power_screen_on_ascii_text_is_the_plain_search() -> None:
    for text in ["1.5e-6", "3E8", "e5", "5e", "the 2e+3 case", "x9e9y", "1e+"] + _random_texts(77, 5000, 12):
        for variant in (text, text.replace("a", "e")):
            if variant.isascii():
                plain = "^" in variant or "*" in variant or quantities._E_AFTER_DIGIT.search(variant) is not None
                assert quantities._may_be_power(variant) == plain, variant


def test_lowered_is_the_plain_form() -> None:
    from pipeline.claims.screens import CASE_TRAPS, lowered

    def plain(text: str) -> str | None:
        return text.lower() if text.isascii() or not any(c in text for c in CASE_TRAPS) else None

    for text in ["ABC", "Ünïcödé", *CASE_TRAPS, "x\u212ay", ""] + _random_texts(88, 5000):
        assert lowered(text) == plain(text), text
