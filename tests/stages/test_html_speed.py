"""The speed-ups of issue 6 (round 3) give exactly what the code they replace gives.

- ``trafilatura_fast.extract_content`` with ``rebuild``: no backup copy of the cleaned tree, rebuilt only when the
  recovery of wild text needs it;
- ``text_normalize.nfkc``: NFKC piece by piece, cut in front of ASCII characters;
- ``ingest.count_utf8_controls``: the control count read off UTF-8 bytes;
- ``html_meta.may_hold_words`` on non-ASCII lines (curly quotes, accents): an ASCII first word is looked for.
"""

from __future__ import annotations

import random
import unicodedata
from copy import copy

import pytest
from lxml import etree
from trafilatura import bare_extraction

from pipeline.stages import text_normalize
from pipeline.stages import trafilatura_fast as tf
from pipeline.stages.html_meta import may_hold_words
from pipeline.stages.ingest import count_controls, count_utf8_controls, decode_bytes
from pipeline.stages.text_blocks import normalise
from tests.stages.inputs import COUNCIL_STORY

P = COUNCIL_STORY
# pages whose main pass finds too little, so the extractor recovers wild text (the rebuilt-backup branch)
RECOVERING = {
    "short-frame": f"<html><body><article><p>A short note.</p></article><section><p>{P[0]}</p><p>{P[1]}</p>"
    "</section></body></html>",
    "empty-article": f'<html><body><article class="post"><div>Share</div></article><div><p>{P[0]}</p></div>'
    f"<p>{P[2]}</p></body></html>",
    "quotes": f"<html><body><main><h2>Title</h2></main><blockquote><p>{P[1]}</p></blockquote><table><tr><td>{P[2]}"
    "</td></tr></table></body></html>",
}
# a page the main pass reads in full (no recovery)
PLAIN = {
    "article": f'<html><body><nav><a href="/a">Home</a></nav><article><h1>Budget</h1><p>{P[0]}</p><p>{P[1]}</p>'
    f"<p>{P[2]}</p></article><footer>(c) Planet</footer></body></html>",
}


def _cleaned(html: str):  # noqa: ANN202 - the extractor's tree and a function that builds it again
    tree = tf.parse(html)
    options = tf._options()

    def clean():  # noqa: ANN202
        return tf.convert_tags(tf.tree_cleaning(copy(tree), options), options, None)

    return clean, options


@pytest.mark.parametrize("name", sorted(RECOVERING | PLAIN))
def test_extract_content_without_backup_is_the_librarys(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    recovered = []
    library_recover = tf._MAIN["recover_wild_text"]

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - counts, then runs the library's own
        recovered.append(1)
        return library_recover(*args, **kwargs)

    monkeypatch.setitem(tf._MAIN, "recover_wild_text", counted)
    clean, options = _cleaned((RECOVERING | PLAIN)[name])
    body, text = tf.extract_content(clean(), options, rebuild=clean)
    expected_body, expected_text = tf._library_extract_content(clean(), options)
    assert text == expected_text
    assert etree.tostring(body) == etree.tostring(expected_body)
    assert len(recovered) == (2 if name in RECOVERING else 0)  # ours and the library's


@pytest.mark.parametrize("name", sorted(RECOVERING))
def test_body_text_on_recovering_pages_is_bare_extractions(name: str) -> None:
    html = RECOVERING[name]
    doc = bare_extraction(tf.parse(html), url="https://planet.example/a", **tf.EXTRACT_OPTIONS)
    expected = (doc.text if doc is not None else "") or ""
    assert expected
    assert tf.body_text(tf.parse(html), "https://planet.example/a") == expected


_NFKC_PIECES = (  # one code point each
    "aeA \n<="
    "\u0301\u0308\u0327\u0338\u0323\u0345\u05b0\u3099\uff9e"  # combining marks
    "\u1100\u1161\u11a8\uac00"  # Hangul jamo and a syllable
    "\u0b47\u0b3e\u1025\u102e\u0f71\u0f72\u0f73"  # vowel signs that compose
    "\u2122\uff21\u00bd\u00b4\u1e9b\u212b\ufb01\u1fbf\u00e9\u304b"  # compatibility and canonical forms
    "\U0001d400\U0001d15e\U00011099\U000110ba\ud800"
)


def test_nfkc_is_unicodedatas(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(6)
    for size in (1, 2, 3, 7):  # small pieces: every cut lands next to a combining sequence somewhere
        monkeypatch.setattr(text_normalize, "NFKC_CHUNK", size)
        for _ in range(3000):
            text = "".join(rng.choice(_NFKC_PIECES) for _ in range(rng.randint(0, 30)))
            assert text_normalize.nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)


def test_nfkc_on_a_long_page() -> None:
    page = "<p>Caf\u00e9 \u2122 \uff21\uff22 e\u0301 \u1100\u1161\u11a8</p>\n" * 2000 + "x\u0301"
    assert text_normalize.nfkc(page) == unicodedata.normalize("NFKC", page)
    assert text_normalize.normalize_content(page).startswith("<p>Caf\u00e9 TM AB \u00e9 \uac01</p>")


_EDGES = (  # the ends of each counted range and their neighbours, one code point each
    "\x00\x08\t\n\x0b\x0c\r\x0e\x1f A~\x7f\x80\x9f\xa0\xff\u07ff\u0800\ud7ff\ue000\uefff\uf000\uf8ff\uf900"
    "\ufeff\ufffd\uffff\U00010000\U000effff\U000f0000\U000ffffd\U000ffffe\U000fffff\U00100000\U0010fffd"
    "\U0010fffe\U0010ffff\u2019"
)


def test_utf8_control_count_is_the_code_point_count() -> None:
    rng = random.Random(6)
    for _ in range(5000):
        text = "".join(rng.choice(_EDGES) for _ in range(rng.randint(0, 20)))
        assert count_utf8_controls(text.encode("utf-8")) == count_controls(text), repr(text)
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert count_utf8_controls(every.encode("utf-8")) == count_controls(every)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"plain text", ("plain text", None)),
        ("caf\u00e9 \u201cquoted\u201d".encode() * 20 + b"\x01\x0c", ("caf\u00e9 \u201cquoted\u201d" * 20, None)),
        ("icon \ue000 ".encode() * 3, (None, "binary content: 14% control characters")),
        ("plane 15 \U000f0000 not \U000ffffe ".encode() * 3, (None, "binary content: 6% control characters")),
        (b"C1 \xc2\x85 and \xc2\xa0 " * 3, (None, "binary content: 9% control characters")),
        (b"\xef\xbb\xbfwith a byte-order mark \x01" + b"." * 200, ("with a byte-order mark " + "." * 200, None)),
        (b"caf\xe9 in Latin-1", ("caf\u00e9 in Latin-1", None)),
    ],
)
def test_decode_bytes_counts_controls_as_before(data: bytes, expected: tuple[str | None, str | None]) -> None:
    assert decode_bytes(data) == expected


def test_word_prefilter_on_non_ascii_lines() -> None:
    dek = normalise("Council approves \u201cbold\u201d bus plan for the city")
    assert may_hold_words("Council approves \u201cbold\u201d bus plan for the city", dek)
    assert may_hold_words("COUNCIL APPROVES \u201cBOLD\u201d BUS PLAN FOR THE CITY", dek)
    assert not may_hold_words("\u2014 Advertisement \u2014", dek)  # the dek's first word is not in it
    assert not may_hold_words("Caf\u00e9 owners say the plan is \u201ctoo late\u201d", dek)
    assert may_hold_words("\u00c9t\u00e9 \u00e0 Paris", normalise("\u00e9t\u00e9 \u00e0 paris"))  # non-ASCII word
    assert may_hold_words("\u0130stanbul council", normalise("\u0130stanbul council"))  # "i stanbul council"
    lines = [
        "Council approves \u201cbold\u201d bus plan",
        "\u00a9 2024 The Planet \u2014 all rights",
        "\u0130zmir \u00a7 4",
    ]
    for line in lines:  # a line whose words are the key is never ruled out, nor is any part of it
        for start in range(len(line)):
            for end in range(start + 1, len(line) + 1):
                key = normalise(line[start:end])
                assert not key or may_hold_words(line, key)
