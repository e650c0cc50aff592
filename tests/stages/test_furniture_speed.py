"""The boilerplate stage's fast paths give exactly what the plain forms they replace give."""

from __future__ import annotations

import random
import re
import sys

import pytest

from pipeline.stages import furniture as F
from pipeline.stages import text_blocks as T

# Words of the screened patterns (and near misses), joined at random into lines that match them often.
_VOCAB_TEXT = (
    "subscribe to now today the our magazine channel newsletter digital download get app apps webapp follow join "
    "us @news on facebook twitter instagram youtube if you enjoyed liked value appreciated this article story "
    "journalism reporting support donate click tap here full coverage of delivered through your letterbox door "
    "doorstep 12 issues for this copy is for personal, non-commercial use an error has occurred there was "
    "processing keep eye inbox thanks thank signing up subscribing please try again later order presentation-ready "
    "copies like enjoy love post? story? article? been sent to may might will could receive earn collect a small "
    "share commission portion affiliate links link from when photo image picture credit credits: (photo: ( ) "
    "Reuters AP . , ? ! : happen terror"
)
_VOCAB = _VOCAB_TEXT.split()


# Beyond ASCII: punctuation and letters of news copy, and the characters ``re.I`` folds onto ASCII letters.
_OTHER = ["’", "“", "£", "é", "Ärger", "suſbscribe", "ſubscribe", "\u212aeep", "\u0130f", "cl\u0131ck"]


def _lines(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_VOCAB) if rng.random() < 0.9 else rng.choice(_OTHER) for _ in range(rng.randint(1, 14))]
        line = " ".join(words)
        out.append(line.capitalize() if rng.random() < 0.5 else line.upper() if rng.random() < 0.2 else line)
    return out


EXAMPLES = [
    "Subscribe to The Economist magazine today",
    "Download our free app for the latest news",
    "Get the BBC News app",
    "Follow us on Facebook",
    "Join @bbcnews on Twitter for updates",
    "If you enjoyed this article, please support our journalism",
    "Click here to read more",
    "Tap here for the live blog",
    "Follow Jane Roe on Instagram",
    "Follow our full coverage of the election",
    "Delivered to your doorstep every week",
    "12 issues for £1",
    "Photo credit: Jane Roe",
    "(Photo: Reuters)",
    "Credits: AP",
    "This copy is for your personal, non-commercial use only.",
    "An error has occurred. There was an error processing your request.",
    "Keep an eye on your inbox.",
    "Thank you for signing up! Thanks for subscribing.",
    "Please try again later.",
    "To order presentation-ready copies for distribution",
    "Like this story? Enjoyed this article? Love this post?",
    "This article has been sent to your friend",
    "We may earn a commission from links on this page.",
    "The site could receive a small share of the sale.",
    "This post contains affiliate links.",
    "Things happen in terror of the credit crunch.",
]


@pytest.mark.parametrize("seed", [1, 2])
def test_strong_rule_screens_pass_every_line_their_pattern_matches(seed: int) -> None:
    """A screen may only turn away lines its pattern does not match (on ASCII lines, where it is used)."""
    lines = EXAMPLES + _lines(seed, 15_000)
    matched = 0
    for pattern, screen in F._SCREENS.items():
        for line in lines:
            if pattern.search(line) and T.FOLDS_TO_ASCII_RE.search(line) is None:
                matched += 1
                assert screen(line.lower()), (pattern.pattern[:40], line)
    assert matched > 200  # the random lines do exercise the patterns


def test_screened_strong_reasons_equal_the_plain_loop() -> None:
    """``strong_furniture_reason`` with the screens gives what the keys and patterns alone give."""

    def plain(line: str) -> str | None:
        low = line.lower()
        for reason, pattern, keys in F._EVERY_STRONG_RULE:
            if any(key in low for key in keys) and pattern.search(line):
                return reason
        return None

    extra = ["Subscribe to the magazine channel", "Follow uſ on Facebook", "ſubscribe to the digital magazine"]
    for line in EXAMPLES + _lines(4, 10_000) + extra:
        assert F.strong_furniture_reason(line) == plain(line), line
        assert F.strong_furniture_reason(line, F.strong_rules_for([line])) == plain(line), line


def test_stop_lists_read_as_justext_reads_them() -> None:
    justext = pytest.importorskip("justext")
    ours = T._stoplists()
    assert set(ours) == set(justext.get_stoplists())
    for name, words in ours.items():
        assert words == justext.get_stoplist(name), name


def test_languages_of_a_word_as_the_full_index() -> None:
    """The per-word look-up gives each word's languages in the order a full index built list by list gives."""
    lists = T._stoplists()
    index: dict[str, tuple[str, ...]] = {}
    for name, words in lists.items():
        for word in words:
            index[word] = index.get(word, ()) + (name,)
    rng = random.Random(5)
    asked = rng.sample(sorted(index), 3000) + ["de", "la", "und", "the", "não", "zzzq", ""]
    for word in asked:
        assert T._languages_of(word) == index.get(word, ()), word


def test_folds_to_ascii_holds_every_character_re_i_matches_with_an_ascii_letter() -> None:
    """Beyond ASCII, only these four match an ASCII letter under ``re.I``, and only one lowers to more characters."""
    letter = re.compile("[a-z]", re.I)
    folding = {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert folding == set(T.FOLDS_TO_ASCII_RE.pattern[1:-1])
    assert {chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1} <= folding
    for c in range(128, sys.maxunicode + 1):  # no other character lowers to anything holding an ASCII letter
        if chr(c) not in folding:
            assert not any("a" <= ch <= "z" for ch in chr(c).lower())


def test_lower_words_as_the_word_pattern() -> None:
    rng = random.Random(6)
    alphabet = [chr(c) for c in range(128)] + ["é", "’", "ß", "İ", "Σ", "\u00a0", "\u2003", "٣", "_"]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20_000)]
    texts += ["Hello, World! It's 9:30 -- x_y z\x1cq\x1fw", "Rock'n'roll   ÉTÉ ΣΑΣ"]
    for text in texts:
        assert T.lower_words(text) == T.WORD_RE.findall(text.lower()), text
        assert T.normalise(text) == " ".join(T.WORD_RE.findall(text.lower()))


def test_strong_rules_for_as_one_scan_per_key() -> None:
    """The key scan screened by three-byte runs finds the rules and keys that one scan of the article per key finds."""

    def plain(lines: list[str]) -> F.StrongRules:
        low = "\n".join(line.lower() for line in lines)
        present = {key for key in F._ALL_STRONG_KEYS if key in low}
        out = []
        for reason, pattern, every_key in F._EVERY_STRONG_RULE:
            keys = tuple(key for key in every_key if key in present)
            if keys:
                out.append((reason, pattern, keys))
        return tuple(out)

    keys = list(F._ALL_STRONG_KEYS) + ["comment", "sign", "been", "if you", "mail", "news", "mod", "]", "cli"]
    rng = random.Random(7)
    words = keys + _VOCAB
    for _ in range(5000):
        lines = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 4))]
        assert F.strong_rules_for(lines) == plain(lines), lines
