"""The throughput changes of claim extraction (issue 6) find exactly what the plain patterns find."""

from __future__ import annotations

import random
import re

from pipeline.claims import context, filters, periods, quantities, subjects
from pipeline.claims.screens import CASE_TRAPS, lowered

KELVIN = "\u212a"
TEXTS = [
    "Revenue rose by about 16% to $11.08 billion; sales grew sales by 35% and were raised by 25 basis points.",
    "Tens of thousands of people, hundreds of millions of dollars and dozens of firms; kittens, not tens of.",
    "It fell 3% to 1,200. Shares slid 0.5%, while the index was hiked by 8% in the second quarter of 2024.",
    "Sub-7 chips, COVID-19, No. 10, Nos. 1 and 2, '95 and 4-3-3; sub-\n5 and No.\n7.",
    "Ninety-nine and a half, an hundred, a third of voters, one in five adults and twenty-five thousand.",
    "1.99×10^30 kilograms, 1.5e-6 metres, 10^9 years and 6.02×10²³ atoms; 3**2 is not one.",
    f"A {KELVIN}elvin sign: spi{KELVIN}ed 5%, {KELVIN}ids; ſix-fold; İnflation hit 9%; ınflation 4%.",
    "The company expects revenue of $5bn by 2027; it will grow 3% next year, analysts predict.",
    "",
]


def _random_texts(n: int, seed: int = 11) -> list[str]:
    pieces = list("0123456789.,-−+$£ ½\n/:%'’#–") + [
        " one", " a ", " an ", "half", "thousands", "tens of ", "hundreds of ", "dozens", " of ", "rose ", "raised ",
        "grew ", "sales ", "by ", "about ", "fell ", "slid ", "cut ", "the ", "sub-", "No.", "foot-", "quarter",
        "Q2 ", "H1 ", "2024", "1950", "$20", "will ", "by 2030", KELVIN, "ſ", "ı", "İ", "K", "Up ", "FELL ",
    ]  # fmt: skip
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 25))) for _ in range(n)]


CASES = TEXTS + _random_texts(1200)


def test_case_traps_hold_the_kelvin_sign_not_a_capital_k() -> None:
    assert KELVIN in CASE_TRAPS and "K" not in CASE_TRAPS
    assert lowered("Kenya’s GDP") == "kenya’s gdp"  # non-ASCII text with a capital K is screened again
    assert lowered(f"{KELVIN}enya") is None


def test_verb_tries_match_the_flat_alternations() -> None:
    c = context
    up = re.compile(
        rf"\b(?:(?:{c._UP_VERBS})\s+|(?:{c._UP_TRANSITIVE})\s+{c._OBJECT_BY}|{c._UP_PASSIVE}){c._FILLER}"
        rf"{c._HEDGE_FILLER}$",
        re.I,
    )
    down = re.compile(rf"\b(?:{c._DOWN_VERBS})\s+(?:{c._OBJECT_BY})?{c._FILLER}{c._HEDGE_FILLER}$", re.I)
    change = re.compile(rf"\b(?:{c._UP_VERBS}|{c._DOWN_VERBS})\s+{c._FILLER}{c._HEDGE_FILLER}$", re.I)
    for text in CASES:
        for end in range(len(text) + 1):
            left = text[:end]
            assert bool(c._UP_BEFORE.search(left)) == bool(up.search(left)), left
            assert bool(c._DOWN_BEFORE.search(left)) == bool(down.search(left)), left
            assert bool(c.CHANGE_BEFORE.search(left)) == bool(change.search(left)), left


def test_cue_start_finds_the_same_cues_with_a_kelvin_sign() -> None:
    patterns = [p for _, p in context._BOUND_BEFORE] + [context._UP_BEFORE, context._DOWN_BEFORE]
    for text in CASES:
        for end in range(len(text) + 1):
            left = text[:end]
            cue = context.cue_start(left)
            for p in patterns:
                full, short = p.search(left), p.search(left, cue)
                assert (full and full.span()) == (short and short.span()), (left, p.pattern[:40])


def test_core_starts_are_the_core_pattern_starts() -> None:
    for text in CASES:
        masked = filters.mask(filters.repair(text))
        assert quantities._core_starts(masked) == [m.start() for m in quantities._CORE.finditer(masked)], text


def test_approximate_plural_matches_are_finditer() -> None:
    for text in CASES:
        expected = [m.span() for m in quantities._APPROX_PLURAL.finditer(text)]
        assert [m.span() for m in quantities._approx_plural_matches(text, lowered(text))] == expected, text


def test_power_screen_lets_every_power_of_ten_through() -> None:
    for text in CASES:
        if quantities._POWER_OF_TEN.search(text):
            assert quantities._may_be_power(text), text


def test_forecast_screen_lets_every_forecast_through() -> None:
    for text in CASES:
        if context._FORECAST.search(text):
            assert context._may_forecast(text), text


def test_reporting_period_is_find_period_when_a_quarter_or_half() -> None:
    import pandas as pd

    for pub in (None, pd.Timestamp("2025-07-20", tz="UTC")):
        for text in CASES:
            period = periods.find_period(text, pub)
            expected = period if periods.is_reporting_period(period) else None
            assert periods.reporting_period(text, pub) == expected, text
            if expected:
                assert periods.may_name_reporting_period(text)


def test_is_claim_gates_change_nothing() -> None:
    gated = [
        (filters._SUB_BEFORE, ("-",)),
        (filters._LETTER_HYPHEN_BEFORE, ("-",)),
        (filters._APOSTROPHE_BEFORE, ("'", "’")),
        (filters._DIGIT_DASH_BEFORE, ("-", "–")),
    ]
    for text in CASES:
        for end in range(len(text) + 1):
            left = text[max(0, end - 30) : end]
            tail = left[:-1] if left.endswith("\n") else left
            for pattern, endings in gated:
                if pattern.search(left):
                    assert tail.endswith(endings), (left, pattern.pattern)
            if filters._NUMBER_SIGN_BEFORE.search(left):
                assert tail.endswith(("#", ".")) or tail[-2:-1] == ".", left


def test_find_subject_reuses_mentions_only_for_an_unchanged_tuple() -> None:
    sentence = "Netflix beat Disney, and Apple gained 4% while it grew."
    start = sentence.index("4%")
    entities = [{"text": "Netflix", "label": "ORG", "count": 3}, {"text": "Apple", "label": "ORG", "count": 1}]
    assert subjects.find_subject(sentence, start, tuple(entities)) == "Apple"
    assert subjects.find_subject(sentence, start, tuple(entities)) == "Apple"  # from the kept mentions
    entities.pop()  # a list may change between calls: never reused
    assert subjects.find_subject(sentence, start, entities) == "Netflix"
    entities.append({"text": "Apple", "label": "ORG", "count": 1})
    assert subjects.find_subject(sentence, start, entities) == "Apple"
