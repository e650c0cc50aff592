"""The speed-ups of the HTML path's exact-copy keys and paragraph tests give exactly what the code they replace
gives.

- ``text_normalize._normalized_bytes`` (what ``exact_key`` hashes): NFKC only around the characters that are not
  ``_inert`` (``_nfkc_around``), white space folded on the UTF-8 bytes, else ``normalize_content``;
- ``html_frame.is_prose``: no word list, a split that stops after ``LOOSE_MIN_WORDS`` words.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import random
import unicodedata
from pathlib import Path

import pytest

from pipeline.stages import text_normalize
from pipeline.stages.html_frame import _PROSE_END, LOOSE_MIN_WORDS, is_prose
from pipeline.stages.text_normalize import _inert, _nfkc_around, _normalized_bytes, exact_key, normalize_content

REPO = Path(__file__).resolve().parents[2]


def _by_normalize_content(text: str | None) -> bytes:
    return normalize_content(text).encode("utf-8", "replace")


def _key_by_normalize_content(text: str | None) -> int:
    digest = hashlib.blake2b(_by_normalize_content(text), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def test_every_character_that_composes_with_the_one_before_is_a_mark_or_a_conjoining_jamo() -> None:
    """``_inert`` rules out marks and conjoining jamo instead of looking up the Unicode database's composition
    pairs: checked here on the running database (a new Unicode version could add a pair)."""
    seconds = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    seconds |= {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}  # Hangul V, T
    assert seconds and not any(_inert(c) for c in seconds)
    assert all(unicodedata.category(c)[0] == "M" or "\u1100" <= c <= "\u11ff" for c in seconds)


def test_inert_characters_are_left_alone_by_nfkc_next_to_anything() -> None:
    inert = [c for c in map(chr, range(0x80, 0x3000)) if _inert(c) and c not in text_normalize._BEFORE_NFKC]
    assert "\u2019" in inert and "\u00e9" in inert and "\u00a0" not in inert and "\u0301" not in inert
    rng = random.Random(1)
    neighbours = [*"aeAE .'1<", "\u0301", "\u0308", "\u0327", "\u1161", "\u11a8", "\u0bbe", "\u3099", *inert[:50]]
    for _ in range(20_000):
        text = "".join(rng.choice(neighbours) for _ in range(3)) + rng.choice(inert)
        text += "".join(rng.choice(neighbours) for _ in range(2))
        if all(_inert(c) or c.isascii() for c in text):
            assert unicodedata.is_normalized("NFKC", text), repr(text)


def test_nfkc_around_the_characters_nfkc_may_change_is_nfkc() -> None:
    rng = random.Random(4)
    alphabet = [
        *"ae .1<",
        "\u00e9",
        "\u2019",
        "\u4e2d",
        "\u0301",
        "\u0327",
        "\u2122",
        "\ufb01",
        "\u1161",
        "\u11a8",
        "\u1100",
        "\uac00",
        "\u0b47",
        "\u0b3e",
        "\ufe0f",
        "\uff21",
        "\u00ba",
        "\u2034",
    ]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        kinds = {c for c in text if not c.isascii()}
        normal, after = _nfkc_around(text, [c for c in kinds if not _inert(c)], kinds)
        assert normal == unicodedata.normalize("NFKC", text), repr(text)
        assert after >= {c for c in normal if not c.isascii()}, repr(text)  # what may be replaced


def test_key_bytes_match_normalize_content_on_random_mixes() -> None:
    alphabet = [
        *"ab .e\t\n`'\"",
        "\r\n",
        "\x1c",
        "\x1f",
        "\x85",
        "\u2028",
        "\u1680",
        "\ud800",
        "\u00a0",
        "\u2002",
        "\u2003",
        "\u2009",
        "\u200a",
        "\u202f",
        "\u2026",
        "\u0301",
        "\u0308",
        "\u0327",
        "\u00e9",
        "\u2019",
        "\u201c",
        "\u2014",
        "\u2212",
        "\u200b",
        "\u00ad",
        "\ufeff",
        "\ufb01",
        "\u1100",
        "\u1161",
        "\u11a8",
        "\uff21",
        "\u0b47",
        "\u0b3e",
        "\u00b4",
        "\u2033",
        "\u2034",
        "\u2122",
        "\uac00",
        "\u4e2d",
        "\u3000",
        "\u00ab",
        "\u00bb",
        "\ufe0f",
        "\U0001f600",
        "\u0915",
        "\u093f",
    ]
    rng = random.Random(0)
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _normalized_bytes(text) == _by_normalize_content(text), repr(text)
    assert _normalized_bytes(None) == b"" and _normalized_bytes("  \n ") == b""


def test_key_bytes_of_a_text_with_many_other_characters_take_the_full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "<p>Caf\u00e9 \u2019" + "\u4e2d\u00e9" * 50 + " \u2014 end</p>"
    expected = _by_normalize_content(text)
    for limit in (0, 10, 16_384):
        monkeypatch.setattr(text_normalize, "KINDS_MAX_BYTES", limit)
        assert _normalized_bytes(text) == expected


def _corpus_pages() -> list[str]:
    base = Path(os.environ.get("NEWS_CORPORA", REPO.parent / "shared" / "corpora"))
    folder = base / "article-extraction-benchmark" / "html"
    files = sorted(folder.glob("*.html.gz")) if folder.is_dir() else []
    return [gzip.decompress(f.read_bytes()).decode("utf-8", "replace") for f in files]


@pytest.mark.skipif(not _corpus_pages(), reason="the article-extraction-benchmark corpus is not here")
def test_keys_of_real_pages_are_the_keys_of_their_normalised_content() -> None:
    for page in _corpus_pages():
        assert exact_key(page) == _key_by_normalize_content(page)


def _is_prose_by_words(text: str | None) -> bool:
    words = (text or "").split()
    return len(words) >= LOOSE_MIN_WORDS and words[-1].endswith(_PROSE_END)


def test_is_prose_is_the_word_list_test() -> None:
    rng = random.Random(2)
    pieces = [
        "word",
        "end.",
        "why?",
        "\u201cquote\u201d",
        "it\u2019s",
        "x!",
        " ",
        "  ",
        "\n",
        "\u00a0",
        "\u2028",
        "\u3000",
        "\t",
        ".",
        "",
    ]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", "\n"]) for _ in range(rng.randint(0, 25)))
        assert is_prose(text) == _is_prose_by_words(text), repr(text)
    for text in (None, "", " ", "one two three four five six seven eight nine ten.", "a b c d e f g h i j. \u2003"):
        assert is_prose(text) == _is_prose_by_words(text), repr(text)
