"""The fast paths of the claim-field readers (metric, subject, story-claim filter) give exactly what the plain
regular expressions give.

Each screen is a necessary condition for its pattern, checked on tricky fragments and on random strings built from
them (a seeded generator: the same strings on every run).
"""

from __future__ import annotations

import random

import pytest

from pipeline.claims import filters, metrics, subjects


def _strings(pieces: list[str], n: int = 3000, most: int = 8, seed: int = 16) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


# Words of the synonyms that open with a group ("(?:budget |fiscal )?deficits?"), whose heads are the group's branches
_METRIC_PIECES = [
    " ", "  ", ",", "-", "(", "The ", "budget ", "Fiscal ", "PUBLIC ", "government ", "deficit", "deficits", "s",
    "cost ", "Savings", "saving", "synergies", "key ", "cash ", "Reverse Repo ", "repo ", "federal funds ", "interest ",
    "rate", "rates", " at 4%", "more ", "Less ", "likely", "voted ", "votes ", "Voting ", "vote", " in favour",
    " against", "of the ", "popular ", "left ", "forced ", "out of ", "from ", "their homes", "fled ", "x", "4%", "ſ",
]  # fmt: skip


def test_metric_mentions_equal_the_unscreened_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [
        "The budget deficit widened to 4.4% of GDP, while cost savings reached $35m.",
        "The central bank kept key rates at 4.3% and cut the reverse repo rate.",
        "Smokers were 33% less likely to quit; members voted 95% in favour.",
        "About 8,000 people were forced out of their homes and 300 fled their homes.",
        "The FISCAL DEFICITS of the popular vote",
        *_strings(_METRIC_PIECES),
    ]
    screened = [metrics._mentions.__wrapped__(s) for s in sentences]
    monkeypatch.setattr(metrics, "_head_starts", lambda sentence: None)  # every pattern over the whole sentence
    assert screened == [metrics._mentions.__wrapped__(s) for s in sentences]


def test_literal_heads_of_a_leading_group() -> None:
    assert metrics._literal_heads(r"(?:cost )?savings") == {"cost savings", "savings"}
    assert metrics._literal_heads(r"(?:more|less) likely") == {"more likely", "less likely"}
    assert metrics._literal_heads(r"(?:a|b)+c") == {""}  # a repeated group: no head, the metric runs everywhere


def test_example_screen_is_necessary() -> None:
    pieces = [
        " ", "  ", "\n", "for ", "someone ", "a ", "an ", "typical ", "hypothetical ", "single ", "worker ", "Woman ",
        "who ", "earning ", "Weighs ", "pays ", "using ", "on ", "with ", "about ", "around ", "a salary of ",
        "an income of ", "retailer ", "x", "-", "ſ", "K",
    ]  # fmt: skip
    for left in [*_strings(pieces), "for someone weighing ", "a worker earning about ", "for a typical firm with "]:
        if filters._EXAMPLE_BEFORE.search(left):
            assert filters._may_be_example(left), left


def test_published_by_screen_is_necessary() -> None:
    pieces = [" ", "  ", "\n", "figures ", "data ", "published ", "released on Monday ", "polled ", "seen ", "by",
              "by ", "from", "from ", "the", "the ", "breathe ", "x", "Acme"]  # fmt: skip
    for text in _strings(pieces):
        for a in range(len(text) + 1):
            if subjects._PUBLISHED_BY_BEFORE.search(text, 0, a):
                assert subjects._after_by_or_from(text, a), (text, a)



def test_only_in_tickers_is_its_definition() -> None:
    pieces = ["(", ")", ":", " ", "NYSE", "NYSEx", "xNYSE", "Acme", ",", "(NYSE: HLVP)"]
    for text in _strings(pieces):
        for name in ("NYSE", "Acme"):
            spans = subjects._occurrences(name, text)
            plain = bool(spans) and all(a > 0 and text[a - 1] == "(" and text.startswith(":", b) for a, b in spans)
            assert subjects._only_in_tickers(name, text) == plain, (name, text)
