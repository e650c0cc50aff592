"""Sentence spans cover the text and do not break on decimals or abbreviations."""

from __future__ import annotations

from pipeline.claims.sentences import split_sentences


def test_sentences_with_decimals_and_abbreviations() -> None:
    text = "Revenue rose 3.5% to $11.08 billion. Mr. Smith joined the U.S. unit on Oct. 3. Shares fell."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Revenue rose 3.5% to $11.08 billion.",
        "Mr. Smith joined the U.S. unit on Oct. 3.",
        "Shares fell.",
    ]


def test_paragraph_breaks_end_sentences() -> None:
    text = "First paragraph without a stop\n\nSecond paragraph."
    assert len(split_sentences(text)) == 2
