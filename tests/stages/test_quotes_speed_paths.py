"""The quote stage's shortcuts give what the patterns they stand in for give, on random texts."""

from __future__ import annotations

import random

from pipeline.stages import quotes as Q

_PIECES = ["A", "a", "Smith", ".", "!", "?", ",", "'", "’", "”", '"', "“", "‘", "x. Y", "b' C", ".'", "é", "9"]
_GAPS = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", " \n ", ""]


def test_sentence_ends_as_the_pattern_finds_them() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(50_000):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(0, 10)))
        lo = rng.randint(0, len(text))
        hi = rng.choice([len(text), rng.randint(lo, len(text)), lo, lo - 1])
        expected = [m.end() for m in Q._SENTENCE_END_RE.finditer(text, lo, hi)]
        assert Q._sentence_ends(text, lo, hi) == expected, (text, lo, hi)
        found += len(expected)
    assert found > 20_000

# Speakers, verbs and the words around them, to build sentences that the before-patterns match and miss
_SENTENCE_PIECES = [
    "Jo Bell",
    "the chairman",
    "Acme's chief executive",
    "(MHRA)",
    "who runs Acme",
    "She",
    "he",
    "an official",
    "As",
    "said",
    "says",
    "told reporters",
    "wrote in The Times",
    "put it",
    "added",
    "but",
    "and",
    "that",
    "the plan was",
    "it",
    "on Monday",
    "O'Neil",
    "well-known",
    "”",
    ";",
    ".",
]
_SENTENCE_GAPS = [" ", " ", " ", ", ", ": ", ",", "  ", "\n", "-"]


def test_before_patterns_need_a_say_verb_at_the_end() -> None:
    rng = random.Random(7)
    gated = [p for p in Q._BEFORE_PATTERNS if p not in Q._BEFORE_PATTERNS_NO_END_VERB]
    matched = 0
    for _ in range(30_000):
        words = [rng.choice(_SENTENCE_PIECES) for _ in range(rng.randint(1, 12))]
        sentence = "".join(w + rng.choice(_SENTENCE_GAPS) for w in words)[: rng.choice([None, -1, -2])]
        if any(p.search(sentence) for p in gated):
            matched += 1
            assert Q._VERB_AT_END_RE.search(sentence), sentence
    assert matched > 1000
