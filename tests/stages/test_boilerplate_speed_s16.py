"""The boilerplate stage's fast paths of session 16 give exactly what the plain forms they replace give."""

from __future__ import annotations

import random
import re

from pipeline.stages import boilerplate as B
from pipeline.stages import furniture as F
from pipeline.stages import text_blocks as T

# Characters of news copy and of page lines, the four ``re.I`` folds onto ASCII letters, and a lone surrogate.
_ODD = ["’", "“", "£", "é", "©", "ⓒ", "…", "\u017f", "\u212a", "\u0130", "\u0131", "\u00a0", "\ud800", "Ärger", "—"]


def _phrase_lines(seed: int, n: int, words: list[str]) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(words) if rng.random() < 0.9 else rng.choice(_ODD) for _ in range(rng.randint(1, 12))]
        line = rng.choice([" ", "", ": ", " / ", " | ", " - "]).join(parts)
        out.append(line.upper() if rng.random() < 0.15 else line.capitalize() if rng.random() < 0.4 else line)
    return out


def _open_branch_words() -> list[str]:
    """Words of the open branches' phrases and of the rest of the rules, and plain words around them."""
    words = [w for phrases in F._OPEN_BRANCHES.values() for phrase in phrases for w in phrase.split()]
    return words + _OTHER_WORDS.split()


_OTHER_WORDS = (
    "photo image credit reuters afp ap getty we this site uses cookie accept all our email alerts retrieved from "
    "https://example.org copyright 2026 sign up for the to (photo: jane roe) file) home menu news sport more related "
    "read comments share print subscribe now today via by pic:"
)


def test_any_rule_without_the_open_branches_fits_the_same_rule() -> None:
    """``_match_any_rule`` gives the rule ``ANY_RULE`` gives (or none), whichever pattern it uses."""
    lines = _phrase_lines(1, 30_000, _open_branch_words())
    closed = 0
    for line in lines:
        want = F.ANY_RULE.match(line)
        got = F._match_any_rule(line)
        assert (want is None) == (got is None), line
        if want is not None and got is not None:
            assert want.lastgroup == got.lastgroup, line
        closed += T.FOLDS_TO_ASCII_RE.search(line) is None and not any(n in line.lower() for n in F._OPEN_NEEDS)
    assert closed > 2000  # the reduced pattern is exercised


def test_every_line_an_open_branch_matches_holds_one_of_its_phrases() -> None:
    lines = _phrase_lines(2, 30_000, _open_branch_words())
    matched = 0
    for branch, phrases in F._OPEN_BRANCHES.items():
        pattern = re.compile(r"^\s*[\[(]?\s*(?:" + branch.strip("|") + r")\s*[\])]?\s*[.:!?…]*\s*$", re.I | re.S)
        for line in lines:
            if pattern.match(line) and T.FOLDS_TO_ASCII_RE.search(line) is None:
                matched += 1
                assert any(phrase in line.lower() for phrase in phrases), (branch[:40], line)
    assert matched > 500


def test_trigram_filter_keeps_every_key_an_article_holds() -> None:
    keys = list(F._ALL_STRONG_KEYS)
    rng = random.Random(3)
    for _ in range(3000):
        pieces = [rng.choice(keys) if rng.random() < 0.3 else rng.choice([*_ODD, "a", "the ", "\n"]) for _ in range(8)]
        low = "".join(pieces).lower()
        maybe = set(F._maybe_present(low))
        assert {key for key in keys if key in low} <= maybe, low
    assert F._maybe_present("") == ["©"]  # a key under three bytes is always looked for


def test_line_key_as_the_space_before_mark_pattern() -> None:
    space_before_mark = re.compile(r"(?<=\()\s+|\s+(?=[,.;:!?)])")
    rng = random.Random(4)
    alphabet = list("ab (),.;:!?)  \t\n\u00a0\u2003xİ") + ["( ", " )", " ,", " .", "( ("]
    for _ in range(100_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert B._line_key(text) == space_before_mark.sub("", " ".join(text.lower().split())), text


def test_languages_learnt_a_sample_at_a_time_as_word_by_word() -> None:
    lists = T._stoplists()
    words = sorted({w for stop in list(lists.values())[:12] for w in list(stop)[:40]}) + ["zzqx", "the", "de"]
    T._LANGUAGES.clear()
    T._learn_languages(words)
    for word in words:
        assert T._LANGUAGES[word] == tuple(name for name, stop in lists.items() if word in stop), word
