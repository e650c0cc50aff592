"""Who the article credits for a number."""

from __future__ import annotations

import pytest

from pipeline.claims.attribution import find_attribution


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "AI could cause significant disruption to 204,000 film and TV jobs by 2027, according to a 2023 "
            "report by CVL Economics.",
            "a 2023 report by CVL Economics",
        ),
        ("The disruption could hit 204,000 jobs, a 2023 report by CVL Economics found.",
         "a 2023 report by CVL Economics"),
        ("Non-English titles accounted for one-third of viewing, said Co-CEO Ted Sarandos.", "Co-CEO Ted Sarandos"),
        ("Co-CEO Ted Sarandos said the service had 300 million members.", "Co-CEO Ted Sarandos"),
        ("Revenue rose 16%, according to the company's earnings letter.", "the company's earnings letter"),
        ("Sales fell 3%, data from Circana showed.", "Circana"),
    ],
)  # fmt: skip
def test_attribution(sentence: str, source: str) -> None:
    assert find_attribution(sentence) == source


def test_no_source_means_none() -> None:
    assert find_attribution("Revenue rose 16% to $11 billion in the quarter.") is None


def test_analysts_at_a_firm_are_the_source() -> None:
    sentence = "Analysts at Calder Brothers expect revenue of $1.05 billion in 2025."
    assert find_attribution(sentence) == "Analysts at Calder Brothers"


def test_an_abbreviation_in_brackets_before_the_verb() -> None:
    sentence = "Unemployment rose to 4.8%, the Office for National Statistics (ONS) said on Tuesday."
    assert find_attribution(sentence) == "Office for National Statistics"


@pytest.mark.parametrize(
    "sentence",
    [
        "An estimated 160,000 members belong to the union.",
        "A reported 40,000 fans were turned away.",
        "A projected 2.1 million homes will lose power.",
    ],
)
def test_an_estimate_without_a_source_credits_no_one(sentence: str) -> None:
    assert find_attribution(sentence) is None
