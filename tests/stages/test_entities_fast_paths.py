"""The entity stage's later fast paths (cue patterns matched backwards, each span trimmed once) give exactly
what the plain forms they replace give."""

from __future__ import annotations

import random
from collections.abc import Container
from itertools import chain
from operator import itemgetter

import pytest

from pipeline.stages import entities as E
from tests.stages.test_entities import TEXT


def _listed(items: str, sep: str | None = None) -> list[str]:
    """A word list written as one string."""
    return items.split(sep)


_WINDOW_WORDS = [
    *_listed("film films drama opera musical games such as the a an The AN aN Such As FILM xfilm breathe"),
    *_listed("think tank think-tank watchdog start-up firm side club ſeries ſuch K , - é _ 1"),
]
_SEPARATORS = [" ", "  ", "\n", "\t", ", ", ",", "", "\u00a0", "\u2003"]

_TEXT_WORDS = [
    *_listed("The He It's But In Mr Dr President Minister Labour BBC US us UK the of and said says film the comedy"),
    *_listed("Tony Blair Blair's Gordon Brown Brown Bank England Department Education Skills New York Sunday Cairo"),
    *_listed("Aston Villa's Thomas Hitzlsperger PCs AI-generated Sarandos Ted Conservative John Smith Smith Van Doren"),
    *_listed("Stern Philip van of the House Commons games such as Populous Theme Park Dungeon Keeper an a Comedy"),
]
_TEXT_GLUE = [" ", " ", " ", ", ", ". ", ".\n\n", ' "', '" ', " and ", "\t", ": "]


def _windows(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_WINDOW_WORDS) + rng.choice(_SEPARATORS) for _ in range(rng.randint(0, 7))) for _ in range(n)
    ]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_TEXT_WORDS) + rng.choice(_TEXT_GLUE) for _ in range(rng.randint(1, 60))) for _ in range(n)
    ]


def test_cues_read_backwards_match_the_forward_search() -> None:
    real = [TEXT[max(0, i - 40) : i] for i in range(len(TEXT) + 1)]
    for window in [*real, *_windows(30_000, 6)]:
        for tails, forward, backward in (
            (E._WORK_CUE_TAILS, E._WORK_CUE_RE, E._WORK_CUE_REVERSED),
            (E._ORG_CUE_TAILS, E._ORG_CUE_BEFORE, E._ORG_CUE_REVERSED),
        ):
            expected = forward.search(window) is not None
            assert (backward.match(window[::-1]) is not None) == expected, window
            assert E._ends_with_cue(window, tails, forward) == expected, window


def test_dropped_words_are_words_extraction_drops(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [TEXT, *_texts(400, 7)]
    fast = [E._extract(text) for text in texts]
    monkeypatch.setattr(E, "_dropped_words", frozenset)
    assert [E._extract(text) for text in texts] == fast


class _FreshTrimmer(E._SpanTrimmer):
    """Trims every span anew: no answer kept for the next mention of the same words."""

    __slots__ = ()

    def trim(self, key: str, tokens: list[str], at_start: bool) -> tuple[E._Cut | None, E._Kept | None]:
        return self._trim(key, tokens, at_start)


def test_trimmed_spans_the_same_when_trimmed_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [TEXT, *_texts(400, 8)]
    fast = [E._extract(text) for text in texts]
    monkeypatch.setattr(E, "_SpanTrimmer", _FreshTrimmer)
    assert [E._extract(text) for text in texts] == fast


def _canonicalise_per_mention(mentions: list[tuple[str, str, int, int]], vocab: Container[str]) -> list[dict]:
    """``_canonicalise`` as it was before these fast paths: every rule reads every mention."""
    words = {span: span.split() for span, _, _, _ in mentions}
    by_part: dict[str, tuple[str, str]] = {}
    for span, lab, _, _ in mentions:
        parts = words[span]
        if len(parts) < 2:
            continue
        if lab == "PERSON":
            for part in (parts[-1], parts[0]):
                by_part.setdefault(part, (span, lab))
        elif lab in ("WORK", "ORG") and parts[-1][0].isupper():
            by_part.setdefault(parts[-1], (span, lab))
    singles = {span for span, _, _, _ in mentions if " " not in span}
    promoted = {}
    for span, lab, _, _ in mentions:
        parts = words[span]
        if lab == "MISC" and 2 <= len(parts) <= 3 and parts[-1] in singles and parts[0][0].isupper():
            if E._not_a_person(parts) or parts[0].lower() in vocab or "the" in parts:
                continue
            promoted[span] = "PERSON"
            by_part.setdefault(parts[-1], (span, "PERSON"))
    if promoted:
        mentions = [(s_, promoted.get(s_, lab), a, b) for s_, lab, a, b in mentions]
    full_names = sorted(
        dict.fromkeys((s_, lab) for s_, lab, _, _ in mentions if lab in ("PERSON", "WORK")),
        key=lambda x: -len(x[0].split()),
    )
    full_parts = [(full.lower().split(), full, full_label) for full, full_label in full_names]
    longer: dict[str, tuple[str, str]] = {}
    for span, lab, _, _ in mentions:
        if lab not in ("PERSON", "MISC"):
            continue
        low = span.lower().split()
        n = len(low)
        if n < 2:
            continue
        for parts, full, full_label in full_parts:
            if len(parts) <= n:
                break
            if (full_label == "PERSON" or lab == "MISC") and (parts[-n:] == low or parts[:n] == low):
                longer[span] = (full, full_label)
                break
    if longer:
        mentions = [(*longer.get(s_, (s_, lab)), a, b) for s_, lab, a, b in mentions]
    labels: dict[str, dict[str, int]] = {}
    counts: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for span, label, start, end in mentions:
        key = E.ALIASES.get(span, span)
        single = len(words[span]) == 1
        if single and span in by_part and (label in ("MISC", "PERSON", "ORG") or span not in E._major_places()):
            key, label = by_part[span]
        elif label == "MISC" and single and span in E.NORP:
            label = "NORP"
        counts[key] = counts.get(key, 0) + 1
        key_labels = labels.setdefault(key, {})
        key_labels[label] = key_labels.get(label, 0) + 1
        spans.setdefault(key, []).append((start, end))
    out = []
    for key, count in counts.items():
        label_counts = labels[key]
        label = max(label_counts.items(), key=itemgetter(1))[0]
        if label == "MISC" and len(label_counts) > 1:
            label = max(((lab, c) for lab, c in label_counts.items() if lab != "MISC"), key=itemgetter(1))[0]
        out.append({"text": key, "label": label, "count": count, "spans": spans[key]})
    out.sort(key=lambda e: e["spans"][0][0])
    return out


_SPANS = [
    *_listed("Hassan|Margaret Hassan|Gallin|Elain Gallin|Van Doren Stern|Philip van Doren Stern|Wonderful Life", "|"),
    *_listed("It's A Wonderful Life|US|United States|British|Sky One|Whatever Kilroy-Silk|Kilroy-Silk|Tony Blair", "|"),
    *_listed("Blair|Mr Blair|Theme Park|Park|Aston Villa|Villa|Hopefully the UKIP|UKIP|Ted Sarandos|Sarandos", "|"),
    "Tab\tSeparated",
    "Separated",
]
_LABELS = ["PERSON", "MISC", "ORG", "WORK", "GPE", "NORP", "EVENT"]


def test_canonical_forms_as_when_every_mention_was_read() -> None:
    rng = random.Random(9)
    vocab = frozenset({"whatever", "hopefully"})
    named = [("Doren Stern Again Tonight", "WORK", 0, 5), ("Philip van Doren Stern", "PERSON", 10, 15)]
    person, misc = ("Doren Stern", "PERSON", 20, 25), ("Doren Stern", "MISC", 30, 35)
    for mentions in ([*named, person, misc], [*named, misc, person], [*named, misc, person, misc]):
        assert E._canonicalise(mentions, vocab) == _canonicalise_per_mention(mentions, vocab)  # the last one decides
    for _ in range(3_000):
        starts = rng.sample(range(5_000), rng.randint(0, 25))
        mentions = [(rng.choice(_SPANS), rng.choice(_LABELS), at, at + 5) for at in starts]
        assert E._canonicalise(list(mentions), vocab) == _canonicalise_per_mention(list(mentions), vocab)


def test_canonical_forms_of_real_texts_as_when_every_mention_was_read(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [TEXT, *_texts(300, 10)]
    fast = [E._extract(text) for text in texts]
    monkeypatch.setattr(E, "_canonicalise", _canonicalise_per_mention)
    assert [E._extract(text) for text in texts] == fast
    assert any(chain.from_iterable(fast))


def test_strong_org_cue_read_off_the_end_equals_the_regex() -> None:
    pieces = ["analysts at", "Analyst  at", "the group", "subgroup", "Residents' group", "charity", "think-tank",
              "think tank", "law firm", "lawfirm", "brokerage", "regulator", "the", "said", "x", "\n", "  ", ","]
    rng = random.Random(5)
    for _ in range(20_000):
        before = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) + rng.choice(["", " ", "  ", "\t"])
        text = before + "Jane Doe"
        start = len(before)
        expected = bool(E._STRONG_ORG_BEFORE.search(text, max(0, start - 30), start))
        assert E._strong_org_before(text, start) == expected, text
