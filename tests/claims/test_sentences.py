"""Sentence spans cover the text and do not break on decimals or abbreviations."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5% in the U.S.\n\nThe company expects 3,000 job cuts.",
        "The deal was cleared for Acme Inc.\n\nThe company expects 3,000 job cuts.",
        "Audiences gave the film an A.\n\nThe company expects 3,000 job cuts.",
    ],
)
def test_a_paragraph_break_ends_a_sentence_after_an_abbreviation(text: str) -> None:
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans][-1] == "The company expects 3,000 job cuts."


@pytest.mark.parametrize(
    "text",
    [
        "LOS ANGELES, Oct 21, 2025 (Newswire) - Streamline Media will raise its prices.",
        "STOCKHOLM, 18 May 2026 (Reuters) - Streamline Media will raise its prices.",
    ],
)
def test_a_wire_dateline_with_a_year_is_no_part_of_the_lead(text: str) -> None:
    (span,) = split_sentences(text)
    assert text[span[0] : span[1]] == "Streamline Media will raise its prices."
