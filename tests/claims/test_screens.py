"""The speed-ups of claim extraction must find exactly what the plain regular expressions find."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.claims import context, metrics, quantities, sentences, subjects, units
from pipeline.claims.filters import _DATE_OR_PHONE, mask
from pipeline.claims.screens import lowered, may_contain, starts_at, trie_pattern, word_screen

TEXTS = [
    "Netflix's revenue rose 16% to $11.08 billion, up from US$ 9.5bn a year earlier.",
    "About two-thirds of voters, or roughly 1.2 million people, backed the plan; a quarter did not.",
    "Shares fell -.5% to C $ 12, while HK $3.4 and A$ half a million went to Rs. 300 and €1,200.",
    "Call +44 (0)20 3353 2000 before 12:07 PM on 22/07/2025; 24/7 support, 10 1/2 miles away.",
    "The firm cut 1,500 jobs.\nIt expects growth of about 3 per cent next year. Mr. Smith said so.",
    "An ſix-fold rise, a tenfold jump and a 3-fold gain; the manifold was unfolded in a folder.",
    "İnflation hit 9.1%, the highest in Kelvin-scale terms; earnings per share were 52 cents.",
    "",
]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    pieces = list("0123456789.,-−+$£€¥ ½\n/:%") + [
        "US$", "A$", "Rs.", "U.S. $", "HK $", "NIS", "ſ", "\u212a", "İ", " one", " a ", " an ", "half", "thousand",
        "quarter", "third", "dozen", "rose ", "by about ", "more than ", "fell ", "approx. ", "~", "the ", "Mr. ",
        "earnings per share", "revenue", "year-over-year", "fold", "twenty", "-five",
    ]  # fmt: skip
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


CASES = TEXTS + _random_texts(1500)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_trie_pattern_matches_the_same_strings_longest_first(text: str) -> None:
    words = ["US$", "US", "U.S. $", "USD ", "USD", "$", "A$", "one", "on", "onerous"]
    alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    trie = re.compile(trie_pattern(words), re.I)
    assert _spans(trie.finditer(text)) == _spans(alternation.finditer(text))


def test_atoms_are_found_where_finditer_finds_them() -> None:
    for text in CASES:
        masked = mask(text)
        assert _spans(quantities.atom_matches(masked)) == _spans(quantities._ATOM.finditer(masked)), text


def test_starts_at_is_finditer_and_mask_is_the_substitution() -> None:
    for text in CASES:
        assert mask(text) == _DATE_OR_PHONE.sub(lambda m: " " * len(m.group(0)), text)
        screen = re.compile(r"[.!?\n]")
        assert _spans(starts_at(sentences._BOUNDARY, screen, text)) == _spans(sentences._BOUNDARY.finditer(text))


def test_cues_are_searched_from_where_they_can_start() -> None:
    patterns = [p for _, p in context._BOUND_BEFORE] + [context._UP_BEFORE, context._DOWN_BEFORE]
    for text in CASES[:300]:
        for end in range(len(text) + 1):
            left = text[:end]
            start = context.cue_start(left)
            for pattern in patterns:
                shortened, full = pattern.search(left, start), pattern.search(left)
                assert _spans([shortened] if shortened else []) == _spans([full] if full else [])


def test_last_word_reads_the_end_of_a_span() -> None:
    text = "x " + "a" * 80 + ".b. Then e.g. U.S. " + "word" * 20
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 5):
            m = sentences._LAST_WORD.search(text[start:end])
            assert sentences._last_word(text, start, end) == (m.group(1) if m else None)


def test_entity_occurrences_are_whole_words() -> None:
    sentence = "Netflix, Netflix's NetflixCo and _Netflix; Netflix"
    for name in ("Netflix", "Co", "x", "Netflix's", "AT&T"):
        pattern = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")
        assert subjects._occurrences(name, sentence) == [m.span() for m in pattern.finditer(sentence)]


def test_metric_mentions_skip_only_patterns_that_cannot_match() -> None:
    for text in CASES:
        found = []
        for metric, pattern in metrics._PATTERNS:
            found.extend((m.start(), m.end(), metric) for m in pattern.finditer(text))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept: list[tuple[int, int, str]] = []
        for f in found:
            if not any(k[0] <= f[0] < k[1] for k in kept):
                kept.append(f)
        assert metrics.metric_mentions(text) == kept, text


def test_word_screens_never_hide_a_case_insensitive_match() -> None:
    screen = word_screen(["sales", "kilo", "inflation"])
    pattern = re.compile("sales|kilo|inflation", re.I)
    for text in ("SALES", "ſales", "\u212ailo", "İnflation", "ınflation", "nothing here", "SaLeS"):
        if pattern.search(text):
            assert may_contain(lowered(text), screen), text


def test_unit_tries_read_the_same_units_as_sorted_alternations() -> None:
    end = units._END
    dicts = [
        (units.PERCENT_RE, r"\s?", units.PERCENT_WORDS, re.I),
        (units.CURRENCY_WORD_RE, r"\s?", units.CURRENCY_WORDS, re.I),
        (units.SUBUNIT_RE, r"(?:\s?|-)", units.SUBUNITS, 0),
        (units.PHYSICAL_WORD_RE, r"[\s-]?", units.PHYSICAL_WORDS, re.I),
        (units.PHYSICAL_SYMBOL_RE, r"\s?", units.PHYSICAL_SYMBOLS, 0),
    ]
    rnd = random.Random(11)
    keys = [k for _, _, words, _ in dicts for k in words]
    for trie, lead, words, flags in dicts:
        alternation = "|".join(re.escape(k) for k in sorted(words, key=len, reverse=True))
        plain = re.compile(lead + "(?P<u>" + alternation + ")" + end, flags)
        for _ in range(1000):
            key = "".join(c.upper() if rnd.random() < 0.3 else c for c in rnd.choice(keys))
            text = rnd.choice(["", " ", "-"]) + key + rnd.choice(["", " ", "s", ".", "2", "/h", "ſ"]) + rnd.choice(keys)
            assert _spans(filter(None, [trie.match(text)])) == _spans(filter(None, [plain.match(text)])), text
