"""The entity stage's regexes rewritten for speed and its cheap screens before a regex give exactly what the plain
forms they replace give."""

from __future__ import annotations

import random
import re

from pipeline.stages import entities as E
from tests.stages.test_entities import TEXT

# The plain forms, as first written
PLAIN_CAP_OPENING = (
    r"(?:[A-Z](?<![\w'’\-&].)[A-Z]{0,2}&[A-Z]{1,3}(?![\w&])(?=[ \t]+[A-Z])|"
    r"[A-Z](?<![\w'’\-].)(?:(?:\.[A-Z])+\.?|[\w'’\-]*[\w]|\.?|[A-Z]+\d*)|\d(?<![\w'’\-.,].)\d*(?![CF]\b)[A-Z][\w\-]*)"
)
PLAIN_SPAN_RE = re.compile(E.SPAN_RE.pattern.replace(E._CAP_OPENING, PLAIN_CAP_OPENING, 1))
PLAIN_LAW_RE = re.compile(
    r"(?<![\w'’-])(?P<words>[A-Z][\w'’-]*(?:(?:,? and |, | of | for | on | & | )[A-Z][\w'’-]*)*?) "
    r"(?:Act|Bill)(?: (?:19|20)\d\d)?(?![\w'’-]| [A-Z])"
)
PLAIN_QUOTED_TITLE_RE = re.compile(r"[“\"]([A-Z][^“”\"\n]{1,60}?)[”\"]")
PLAIN_DATELINE_HINT_RE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z]")
PLAIN_DEFINED_ACRONYM_RE = re.compile(r"[ \t]\(([A-Z][A-Za-z]{1,7})\)")  # (its match opened at the space)


def _plain_vessel_before(text: str, start: int) -> bool:
    if start < 2 or text[start - 1] != " ":
        return False
    window = text[max(0, start - 16) : start - 1].lower()
    for word in E._VESSEL_WORDS:
        cut = len(window) - len(word)
        if window.endswith(word) and cut > 0 and not window[cut - 1].isalnum() and window[cut - 1] not in "-'’":
            return True
    return False


def _random_texts(pieces: list[str], n: int, seed: int, most: int = 12) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


_PIECES = [
    *"AB ab1-'’.,\t\n_éÉ&\"“”()".replace("", " ").split(" "),
    *["Act", "Bill", " Act", " Bill", " Act 2024", " and ", ", ", " of ", " for ", " on ", " & ", "Digital Markets"],
    *["P&O", "R&D", "S&P Global", "U.S.", "41.2C", "28C", "3D", "A380", "1,400W", "McDonald's", "O’Neil", "Ωmega"],
    *['"Top Gear"', "“Spend Spend Spend”", '"', "tanker", "supertanker", "ferry", "-ship", "Ship"],
    *[f'"A{"x" * n}"' for n in (59, 60, 61)],  # a title's longest
    *["village of", "near", "NEAR", "Of", "miles near", "town of\n", "\u2003", "ſ", "Kelvin\u212a"],
    *["(FCA)", " (OfS)", "\t(AB)", "(Abcdefgh)", "(A)"],
]


def test_span_regex_as_the_plain_opening() -> None:
    for text in [TEXT, *_random_texts(_PIECES, 20_000, 1)]:
        assert [m.span() for m in E.SPAN_RE.finditer(text)] == [m.span() for m in PLAIN_SPAN_RE.finditer(text)], text


def test_law_and_title_regexes_as_their_plain_forms() -> None:
    for text in [TEXT, *_random_texts(_PIECES, 20_000, 2)]:
        assert [m.span("words") for m in E._LAW_RE.finditer(text)] == [
            m.span("words") for m in PLAIN_LAW_RE.finditer(text)
        ], text
        assert [(m.start() - 1, m.end(), m.group(1)) for m in E._DEFINED_ACRONYM_RE.finditer(text)] == [
            (m.start(), m.end(), m.group(1)) for m in PLAIN_DEFINED_ACRONYM_RE.finditer(text)
        ], text
        for quoted in (E.QUOTED_TITLE_RE.finditer(text), E._quoted_titles(text)):
            assert [m.span(1) for m in quoted] == [m.span(1) for m in PLAIN_QUOTED_TITLE_RE.finditer(text)], text


def test_dateline_hint_and_folded_capitals_as_their_plain_forms() -> None:
    for text in [TEXT, "AB", " AB", "x\nAB", "x\n\tAB", "x\r\nAB", "", *_random_texts(_PIECES, 20_000, 3)]:
        hinted = E._DATELINE_HINT_RE.search("\n" + text) is not None
        assert hinted == (PLAIN_DATELINE_HINT_RE.search(text) is not None), text
        assert E._capitals_folded(text) == text.translate(E._FOLD_CAPITALS)


def test_screens_before_a_regex_answer_as_the_regex() -> None:
    for text in [TEXT, *_random_texts(_PIECES, 20_000, 4)]:
        for start in range(len(text) + 1):
            assert E._vessel_before(text, start) == _plain_vessel_before(text, start), (text, start)
        before = text[-30:]
        assert E._place_cue_before(before) == (E._PLACE_CUE_BEFORE.search(before) is not None), before
    for span in ["DKK150m", "USD2bn", "ABC1", "XYZ1", "A320", "IBM370", "DKK", "DK150", "DKK١٥٠", "DKK²"]:
        m = E._CODE_AMOUNT_RE.fullmatch(span)
        assert E._is_money_amount(span) == (m is not None and E.is_currency(m.group(1))), span


def _listed(words: str) -> list[str]:
    """A word list written as one string."""
    return words.split()


_CUE_PIECES = [
    *_listed("film films drama opera games such as the a an The AN Such As FILM xfilm breathe ſeries hit smash"),
    *_listed("think tank think-tank watchdog start-up firm side club group analysts at companies like Body said x"),
    *[" ", "  ", " ", " ", "\n", "\t", ", ", ",", "-", "é", "K", "1", "Jane Doe"],
]


def test_no_tail_before_a_name_means_no_cue_there() -> None:
    cues = (
        (E._WORK_CUE_ENDINGS, E._WORK_CUE_RE, 40),
        (E._ORG_CUE_ENDINGS, E._ORG_CUE_BEFORE, 30),
        (E._STRONG_ORG_ENDINGS, E._STRONG_ORG_BEFORE, 30),
    )
    ruled_out = 0
    for text in [TEXT, *_random_texts(_CUE_PIECES, 5_000, 5)]:
        for at in range(len(text) + 1):
            for endings, pattern, width in cues:
                if E._no_tail_before(text, at, endings):
                    ruled_out += 1
                    assert pattern.search(text[max(0, at - width) : at]) is None, (text, at)
    assert ruled_out
    for text in [TEXT, *_random_texts(_CUE_PIECES, 5_000, 6)]:
        for at in range(len(text) + 1):
            window = text[max(0, at - 40) : at]
            plain = E._WORK_CUE_RE.search(window) is not None
            hit = E._HIT_CUE_RE.search(window)
            plain = plain and (hit is None or E._HIT_NOUN_BEFORE_RE.search(hit.group("before")) is not None)
            assert E._work_cue_before(text, at) == plain, (text, at)
