"""The screens and scanners that speed up claim extraction give exactly what the regular expressions they
replace give.

Each helper or screen is compared with the plain form it stands for, on tricky fragments and on random strings
built from them (a seeded generator: the same strings on every run).
"""

from __future__ import annotations

import random
import re

import pytest

from pipeline.claims import attribution, context, filters, metrics, quantities, screens, sentences, subjects
from pipeline.claims.quantity import Quantity


def _strings(pieces: list[str], n: int = 3000, most: int = 8, seed: int = 6) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_char_positions_and_matches_at_are_finditer() -> None:
    boundary = re.compile(r"[.!?]+\s+(?=[A-Z])|\n")
    for text in _strings(["Mr.", " A", ". ", "!", "?", "\n", "x", "5", " "]):
        positions = screens.char_positions(text, ".!?\n")
        assert positions == [i for i, c in enumerate(text) if c in ".!?\n"]
        found = [m.span() for m in screens.matches_at(boundary, positions, text)]
        assert found == [m.span() for m in boundary.finditer(text)]


def test_last_word_is_the_regex_search() -> None:
    for text in _strings(["ab", ".", "Z_9", " ", "\n", "\t", "é", "٣", "-"], most=6):
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                m = sentences._LAST_WORD.search(text, start, end)
                assert sentences._last_word(text, start, end) == (m.group(1) if m else None), (text, start, end)


def test_word_before_is_the_regex_search() -> None:
    for text in _strings(["ab", "No.", " ", "\n", "\t", "\u00a0", "(x", "-"], n=5000):
        m = filters._WORD_BEFORE.search(text)
        assert filters._word_before(text) == ((m.group(1), len(m.group(0))) if m else None), repr(text)


@pytest.mark.parametrize(
    ("pattern", "plain"),
    [
        (filters._MOJIBAKE_POUND, r"(?<![A-Za-z0-9])(?:PS|ps)(?=\d[\d,]*(?:\.\d+|,\d{3})|\d+(?:\.\d+)?(?:bn|m|k)\b)"),
        (subjects._CLAUSE_BREAK, r"[;:—–]\s*|,\s+|\s(?:and|but|while|whereas)\s+"),
        (metrics._CLAUSE_BREAK, r"[;:]|,\s|\s(?:and|but|while|whereas)\s"),
        (subjects._CAPITALISED, r"\b[A-Z][\w&’'.-]*[\w&](?:\s+(?:of\s+|de\s+)?[A-Z][\w&’'.-]*[\w&])*"),
    ],
)
def test_rewritten_patterns_match_as_written_before(pattern: re.Pattern, plain: str) -> None:
    """Patterns reordered to start with a character class find the same matches as their plain form."""
    plain_re = re.compile(plain)
    pieces = ["PS2.7m", "ps5", "aPS3,000", " and ", " but", "whereas ", ";", ",", ":", "—", " ", "\n", "x", "é"]
    pieces += ["Bank of England", "Apple's", "BBC", "’s", "&", "_A", "9B"]
    for text in _strings(pieces):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain_re.finditer(text)], text


def test_anaphora_matches_as_the_case_insensitive_pattern() -> None:
    plain = re.compile(
        r"\b(?:the\s+(?:company|firm|group|streamer|studio|network|carmaker|automaker|bank|retailer|giant|"
        r"business|platform|service|startup|chipmaker|insurer|lender|airline|brand)|it|its)\b",
        re.I,
    )
    rewritten = subjects._the_described_or_it(subjects._DESCRIBED_AS)  # how _REFERENCE is built
    for text in _strings(["the ", "The  company", "it", "its", "İt", "ıts", "x", "_", " ", "-", "THE\tfirm", "itsy"]):
        for lo in range(len(text) + 1):
            a, b = plain.search(text, lo), rewritten.search(text, lo)
            assert (a and a.span()) == (b and b.span()), (text, lo)


def test_core_starts_are_the_case_insensitive_search() -> None:
    for text in _strings(["one", "Two", "a half", "an hundred", "a-third", "ten", "-", " ", "x", "é", "7", "½", "\n"]):
        assert quantities._core_starts(text) == [m.start() for m in quantities._CORE.finditer(text)], text


def test_date_or_phone_screens_keep_every_match() -> None:
    for text in _strings(["12", "/", "07", "-", ".", ":", "+44", "(0)", " ", "a", "٣", "2025"], n=5000):
        expected = [m.span() for m in filters._DATE_OR_PHONE.finditer(text)]
        for screen in (filters._DATE_OR_PHONE_START, filters._DATE_OR_PHONE_START_ASCII):
            if screen is filters._DATE_OR_PHONE_START_ASCII and not text.isascii():
                continue
            assert [m.span() for m in screens.starts_at(filters._DATE_OR_PHONE, screen, text)] == expected, text


def test_clause_boundaries_are_the_plain_pattern() -> None:
    plain = re.compile(r"[;,:—–]|\s(?:and|but|while|whereas)\s|$")
    for text in _strings([" and ", " but", ";", ",", "—", " ", "\n", "x", "AND", "\u00a0and\u2003"]):
        for start in range(len(text) + 1):
            m = plain.search(text, start)
            assert context.clause_after(text, start) == text[start : m.start()]
            before = [m.end() for m in plain.finditer(text[:start]) if m.end() < start]
            first = max(before) if before else 0
            assert context.clause_around(text, start, start) == text[first:start] + context.clause_after(text, start)


def test_who_says_search_ends_before_nothing_it_finds() -> None:
    pieces = ["John Smith", " said", " says", "saidx", ", ", "CEO ", "The ", "Bank of England", " told", "\n", "x", " "]
    for text in _strings(pieces, n=5000):
        end = attribution._who_says_end(text)
        found = [] if end is None else [m.span() for m in attribution._WHO_SAYS.finditer(text, 0, end)]
        assert found == [m.span() for m in attribution._WHO_SAYS.finditer(text)], text


def test_cue_screens_never_hide_a_cue() -> None:
    """Where a screen of ``change_and_hedge`` says no, its pattern finds nothing."""
    pieces = [
        "rose ", "fell ", "was up ", "were off ", "raised its dividend ", "by ", "about ", "more than ", "up to ",
        "the ", "knocked ", "nearly ", "c.", "~", "+", "grew ", "was dropped by ", "ROSE  ", "x", ",", "K", " ",
    ]  # fmt: skip
    rights = [
        " more than a year earlier", " up on the same time last year", " lower year-on-year", " YoY", " y/y drop",
        " increase", "  \tMORE than previously", " sequential decline", " improvement", " slower", " x", "",
    ]  # fmt: skip
    for left in _strings(pieces, most=5):
        cue = context.cue_start(left)
        tail = context._Tail(left, cue)
        screened = [*zip((p for _, p in context._BOUND_BEFORE), context._BOUND_SCREENS, strict=True)]
        screened += [(p, context._UP_SCREEN) for p in (context._UP_BEFORE, context._UP_OBJECT)]
        screened += [(p, context._DOWN_SCREEN) for p in (context._DOWN_BEFORE, context._DOWN_OBJECT)]
        for pattern, screen in screened:
            if pattern.search(left, cue):
                assert tail.may(screen), (left, pattern.pattern[:40])
        assert not context._OFF_BEFORE.search(left, cue) or tail.has("off")
        assert not context._PASSIVE_AGENT.search(left, cue) or tail.has("by")
    for right in _strings(rights, most=3):
        lead = context._lead(right)
        for pattern, words in (
            (context._MORE_THAN_BEFORE, context._MORE_THAN_LEADS),
            (context._LESS_THAN_BEFORE, context._LESS_THAN_LEADS),
            (context._UP_ON_EARLIER, context._UP_ON_LEADS), (context._DOWN_ON_EARLIER, context._DOWN_ON_LEADS),
            (context._VERSUS_EARLIER, context._VERSUS_LEADS), (context._UP_AFTER, context._IMPLIED_LEADS),
            (context._DOWN_AFTER, context._IMPLIED_LEADS), (context._MORE_AFTER, context._IMPLIED_LEADS),
            (context._LESS_AFTER, context._IMPLIED_LEADS),
        ):  # fmt: skip
            if pattern.match(right):
                assert context._leads(lead, words), (right, pattern.pattern[:40])


def test_screened_change_and_hedge_reads_a_move() -> None:
    q = Quantity(start=0, end=1, value=5.0, unit="percent")
    assert context.change_and_hedge("Sales rose by about ", "", q) == ("~", ["about"])
    q = Quantity(start=0, end=1, value=5.0, unit="percent")
    assert context.change_and_hedge("Shares were off ", "", q)[0] == "down"
    q = Quantity(start=0, end=1, value=5.0, unit="percent")
    assert context.change_and_hedge("Revenue was ", " higher year-on-year", q)[0] == "up"


def test_metric_mentions_tried_at_heads_only_are_all_found() -> None:
    pieces = ["revenue", "Revenues ", "net sales", "top-line", " profits", "EPS", "y/y", "x", " ", "-", "K"]
    for text in _strings(pieces):
        expected: list[tuple[int, int, str]] = []
        for metric, pattern in metrics._PATTERNS:
            expected.extend((m.start(), m.end(), metric) for m in pattern.finditer(text))
        expected.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept, reach = [], -1
        for f in expected:
            if f[0] >= reach:
                kept.append(f)
                reach = max(reach, f[1])
        assert list(metrics._mentions.__wrapped__(text)) == kept, text


def test_guess_entities_counts_as_one_pass_over_every_match() -> None:
    def plain(text: str) -> list[dict]:
        counts: dict[str, int] = {}
        for m in subjects._CAPITALISED.finditer(text):
            words = [
                w for w in subjects._POSSESSIVE.sub("", m.group(0)).split() if w.lower() not in subjects._NOT_NAMES
            ]
            if words:
                counts[" ".join(words)] = counts.get(" ".join(words), 0) + 1
        return [{"text": name, "label": "ORG", "count": n} for name, n in counts.items() if n >= 2]

    pieces = ["Apple", "Apple's", " ", "of ", "BBC", "’s", "The", "Bank of England", ". ", "x", "&", "\n"]
    for text in _strings(pieces, n=5000, most=12):
        assert subjects.guess_entities(text) == plain(text), text
