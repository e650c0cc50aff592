"""Quotation and speaker forms of news copy, one written example each (no corpus text)."""

from __future__ import annotations

import pytest

from pipeline.stages.quotes import extract_quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q["quote"], q["speaker"]) for q in extract_quotes(text)]


def test_quotation_running_on_into_the_next_paragraph() -> None:
    # the first paragraph of a long quotation is left open; the next paragraph reopens it
    text = (
        'Party spokesman Alan Brindle said: "The plan protects every village school in the county.\n\n'
        '"A new council will double the grant within two years."'
    )
    assert _pairs(text) == [
        ("The plan protects every village school in the county.", "Alan Brindle"),
        ("A new council will double the grant within two years.", "Alan Brindle"),
    ]


def test_curly_quotation_running_on_into_the_next_paragraph() -> None:
    text = (
        "Minister Rhona Calder said the vote “gives us real hope for the coming season of talks.\n\n"
        "“We see this as a turning point for the whole region.”"
    )
    assert _pairs(text) == [
        ("gives us real hope for the coming season of talks.", "Rhona Calder"),
        ("We see this as a turning point for the whole region.", "Rhona Calder"),
    ]


def test_british_single_quotation_marks() -> None:
    text = "Clara Rowe said: ‘We didn’t expect the response to be this strong.’"
    assert _pairs(text) == [("We didn’t expect the response to be this strong.", "Clara Rowe")]


def test_name_appositive_then_verb_after_the_quotation() -> None:
    text = '"These numbers prove the market has cooled," Harriet Vane, deputy director of the lenders\' group, said.'
    assert _pairs(text) == [("These numbers prove the market has cooled", "Harriet Vane")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "<name> of <organisation>": the organisation is not part of the name
        (
            '"The software will change how people watch television," explained Dr Martin Oduya of Telcom.',
            "Martin Oduya",
        ),
        # "Secretary of State <name>": the whole title goes
        (
            'Secretary of State Laura Penhale said the deal "gives the region a real chance of lasting peace".',
            "Laura Penhale",
        ),
    ],
)
def test_titles_and_organisations_around_names(text: str, speaker: str) -> None:
    assert [s for _, s in _pairs(text)] == [speaker]


def test_definite_role_refers_back_to_the_sentence_subject() -> None:
    # nobody is given the title; "the chief executive" is the person the previous sentence is about
    text = (
        "Helen Marsh has rejected claims she plans to resign.\n\n"
        '"I have no intention of going anywhere," the chief executive told staff.'
    )
    assert _pairs(text) == [("I have no intention of going anywhere", "Helen Marsh")]


def test_a_deputy_does_not_hold_the_title() -> None:
    text = (
        "Deputy Prime Minister Colin Ashby opened the session on Monday.\n\n"
        '"We are ready to move quickly on this," the prime minister told reporters.'
    )
    assert _pairs(text) == [("We are ready to move quickly on this", "the prime minister")]


def test_pronoun_after_a_but_clause_is_its_subject() -> None:
    text = (
        "Kevin Dale said the courts were too slow, but Tennis Board's Peter Sandoval rejected the claim. "
        '"We resurfaced every court this winter," he said.'
    )
    assert _pairs(text) == [("We resurfaced every court this winter", "Peter Sandoval")]


def test_four_word_fragment_inside_reported_speech() -> None:
    text = 'Daniel Okafor said the claims were "recycled from last spring" and that he was busy with the budget.'
    assert _pairs(text) == [("recycled from last spring", "Daniel Okafor")]


def test_attribution_at_the_end_of_the_sentence() -> None:
    text = (
        'Ada Greene spoke at the opening. The river\'s pollution is "rising at a worrying pace" and harms every '
        "town downstream, Greene said in a statement."
    )
    assert _pairs(text) == [("rising at a worrying pace", "Ada Greene")]


def test_short_phrase_without_a_speaker_is_not_a_quotation() -> None:
    text = 'The bill, known as the "fair deal for tenants" plan, goes to a vote next week.'
    assert _pairs(text) == []
