"""The metadata stage's fast paths give exactly what the plain forms they replace give."""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.stages.bylines import header_authors
from pipeline.stages.dates import classify_dateline
from pipeline.stages.metadata import _records


def test_records_as_to_dict() -> None:
    frame = pd.DataFrame(
        {
            "article_id": pd.Series(["a", "b", None], dtype="str"),
            "count": np.array([1, 2, 3], dtype="int64"),
            "share": [0.5, np.nan, 1.0],
            "meta": [{"title": "T"}, {}, None],
            "lines": [["x"], [], None],
        }
    )
    ours, theirs = _records(frame), frame.to_dict("records")
    assert [list(r) for r in ours] == [list(r) for r in theirs]
    for mine, other in zip(ours, theirs):
        for key, value in other.items():
            assert type(mine[key]) is type(value)
            assert mine[key] == value or (value != value and mine[key] != mine[key])  # NaN is NaN
    assert _records(frame.iloc[0:0]) == []


def test_cached_dateline_is_the_same_answer() -> None:
    line = "Updated Nov 19, 6:55 AM EST"
    assert classify_dateline(line, 2024) == classify_dateline(line, 2024)
    assert classify_dateline(line) == ("updated", None)
    assert classify_dateline(line, 2024)[1] == pd.Timestamp("2024-11-19 11:55", tz="UTC")


def test_header_authors_finds_the_headline_whatever_its_case() -> None:
    lines = ["Menu", "WORLD LEADERS MEET IN PARIS", "By Jane Doe", "Body text starts here."]
    assert header_authors(lines, "World leaders meet in Paris") == ["Jane Doe"]
    assert header_authors(lines, "Something else") == []


def test_word_prefilter_never_rules_out_a_match() -> None:
    """``may_hold_words`` only skips lines whose words cannot be the key (visible_dek and the HTML dek finder)."""
    from pipeline.stages.html_meta import may_hold_words
    from pipeline.stages.text_blocks import normalise

    texts = [
        "  Budget cuts hit buses -- council says!  ",
        "A__B c'd 123",
        "x",
        "",
        "ÉTÉ à Paris",
        "İstanbul STRASSE ß ﬁx",
        "Σ final ΟΔΟΣ",
        "\t tabs\tand\nnewlines ",
    ]
    for text in texts:
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                part = text[start:end]
                assert may_hold_words(text, normalise(part)) or normalise(part) == ""
                assert may_hold_words(part, normalise(part))
    assert not may_hold_words("Menu", "budget cuts hit buses")
    assert not may_hold_words("Cuts hit buses, says the council office today", "budget cuts hit buses")


def test_is_key_of_as_the_whole_key() -> None:
    """``bylines._is_key_of`` (a long line's opening read first) answers as comparing the whole line's key."""
    import random

    from pipeline.stages import bylines

    rng = random.Random(8)
    pieces = ["Ad", "sales", "boost", "Time", "Warner", "profit", " ", "  ", "-", "--", ",", "’", "İ", "ß", "\n", "é"]
    titles = ["Ad sales boost Time Warner profit", "Ad sales", "ad", "Time-Warner: profit", "İstanbul ßig"]
    same = 0
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        gaps = [" ", "  ", "-", ", ", " -- ", ": "]  # the headline itself, set with other punctuation
        retyped = [rng.choice(gaps).join(t.split()) + rng.choice(["", ".", " |", " x"]) for t in titles]
        for candidate in [line, *retyped]:
            for title in titles:
                key = bylines._key(title)
                whole = bylines._key(candidate) == key
                assert bylines._is_key_of(candidate, key, key.split(" ")) == whole, (candidate, title)
                same += whole
    assert same > 10_000
