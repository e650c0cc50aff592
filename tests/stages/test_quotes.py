"""Direct quotations with their speakers."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.schemas import conform, validate
from pipeline.stages.quotes import extract_quotes, extract_quotes_table


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q["quote"], q["speaker"]) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("“We will build the line by 2027,” Jane Doe said.", "We will build the line by 2027,", "Jane Doe"),
        (
            '"We will build the line by 2027," said Jane Doe, head of transport at the council.',
            "We will build the line by 2027,",
            "Jane Doe",
        ),
        (
            "“The cost would not have been feasible,” Sarandos stated.",
            "The cost would not have been feasible,",
            "Sarandos",
        ),
        (
            "Jane Doe noted: “The numbers simply do not add up for the smaller towns.”",
            "The numbers simply do not add up for the smaller towns.",
            "Jane Doe",
        ),
        (
            "“Prices will rise again before the summer,” according to Jane Doe.",
            "Prices will rise again before the summer,",
            "Jane Doe",
        ),
        (
            "Jane Doe, co-founder of the studio CraveFX, acknowledged the change: “AI opens the gate to smaller "
            "studios.”",
            "AI opens the gate to smaller studios.",
            "Jane Doe",
        ),
        (
            "“Whenever I hear executives touting efficiency gains, I wonder whose jobs go,” commented an anonymous "
            "visual effects artist familiar with the work.",
            "Whenever I hear executives touting efficiency gains, I wonder whose jobs go,",
            "an anonymous visual effects artist",
        ),
        (
            "The council revealed the plan on Monday. Jane Doe revealed: “It is the biggest budget we have had.”",
            "It is the biggest budget we have had.",
            "Jane Doe",
        ),
    ],
)
def test_attribution_forms(text: str, quote: str, speaker: str) -> None:
    assert _pairs(text) == [(quote, speaker)]


def test_pronoun_surname_and_continuation() -> None:
    text = (
        "Co-CEO Ted Sarandos spoke on the call. “The cost of it just wouldn’t have been feasible,” Sarandos said. "
        "He called it “an incredible opportunity to help creators make films better.”\n\n"
        "“We’re doing it to create optionality for artists,” said Inga Saffron, vice president at Netflix. "
        "“This enables artists to spend more time on creative work.”\n\n"
        "“It is real people doing real work with better tools,” he added."
    )
    assert _pairs(text) == [
        ("The cost of it just wouldn’t have been feasible,", "Ted Sarandos"),
        ("an incredible opportunity to help creators make films better.", "Ted Sarandos"),
        ("We’re doing it to create optionality for artists,", "Inga Saffron"),
        ("This enables artists to spend more time on creative work.", "Inga Saffron"),
        ("It is real people doing real work with better tools,", "Inga Saffron"),
    ]


def test_titles_and_scare_quotes_are_not_quotations() -> None:
    text = "The series “The Eternaut” used so-called “generative” tools, in what critics call “AI slop.”"
    assert extract_quotes(text) == []


def test_offsets_point_into_the_text() -> None:
    text = "Intro line.\n\n“We will build the line by 2027,” Jane Doe said. Then she left."
    (q,) = extract_quotes(text)
    assert text[q["char_start"] : q["char_end"]] == q["quote"]


def test_unattributed_quote_has_no_speaker() -> None:
    assert _pairs("Viewers can ask for “a film from the 80s that is a dark psychological thriller” now.") == [
        ("a film from the 80s that is a dark psychological thriller", None)
    ]


def test_table_contract() -> None:
    docs = pd.DataFrame({"article_id": ["a", "b"], "text": ["“We will build the line by 2027,” Jane Doe said.", ""]})
    out = extract_quotes_table(docs)
    assert list(out["speaker"]) == ["Jane Doe"]
    validate("quotes", conform("quotes", out))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The council spends millions on transport every year," said chief executive officer John Woodward.',
            "John Woodward",
        ),
        ('"You will see me in Madrid and there is a lot more to come," said the 22-year-old.', "the 22-year-old"),
        ('But Umaga said: "We know we have to be better than that next week."', "Umaga"),
        (
            '"I am positive I touched the ball down over the line," England\'s Josh Lewsey told BBC Sport.',
            "Josh Lewsey",
        ),
        ('"The whistle does not need to be blown at all," said referee Graham Poll.', "Graham Poll"),
    ],
)
def test_roles_and_lead_words_around_names(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in extract_quotes(text)] == [speaker]


def test_unbalanced_straight_quotes_and_pronoun_to_last_person() -> None:
    text = (
        "Leading games maker Peter Molyneux has been honoured. It's come completely out of the blue,\" he said. "
        '"I never would have guessed it."\n\n'
        '"It was thought to be like skateboarding," he said, "a craze that everyone thought would go away."'
    )
    quotes = extract_quotes(text)
    assert [q["quote"] for q in quotes] == [
        "I never would have guessed it.",
        "It was thought to be like skateboarding,",
        "a craze that everyone thought would go away.",
    ]
    assert {q["speaker"] for q in quotes} == {"Peter Molyneux"}
