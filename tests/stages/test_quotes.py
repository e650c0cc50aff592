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
        ("“We will build the line by 2027,” Jane Doe said.", "We will build the line by 2027", "Jane Doe"),
        (
            '"We will build the line by 2027," said Jane Doe, head of transport at the council.',
            "We will build the line by 2027",
            "Jane Doe",
        ),
        (
            "“The cost would not have been feasible,” Sarandos stated.",
            "The cost would not have been feasible",
            "Sarandos",
        ),
        (
            "Jane Doe noted: “The numbers simply do not add up for the smaller towns.”",
            "The numbers simply do not add up for the smaller towns.",
            "Jane Doe",
        ),
        (
            "“Prices will rise again before the summer,” according to Jane Doe.",
            "Prices will rise again before the summer",
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
            "Whenever I hear executives touting efficiency gains, I wonder whose jobs go",
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
        ("The cost of it just wouldn’t have been feasible", "Ted Sarandos"),
        ("an incredible opportunity to help creators make films better.", "Ted Sarandos"),
        ("We’re doing it to create optionality for artists", "Inga Saffron"),
        ("This enables artists to spend more time on creative work.", "Inga Saffron"),
        ("It is real people doing real work with better tools", "Inga Saffron"),
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
        "It was thought to be like skateboarding",
        "a craze that everyone thought would go away.",
    ]
    assert {q["speaker"] for q in quotes} == {"Peter Molyneux"}


def test_pronoun_points_to_the_person_just_introduced_not_the_last_speaker() -> None:
    text = (
        '"It\'s suggested after a major marathon you take a month off," said Liz Yelling, herself a runner. '
        '"But that is only for long-term health and fitness."\n\n'
        "Hugh Richards also points out conditions in New York will suit Paula Radcliffe better. "
        '"The heat stress was the primary factor that tripped her up in Athens," he said. '
        '"And that just isn\'t going to be there in New York."'
    )
    speakers = [q["speaker"] for q in extract_quotes(text)]
    assert speakers == ["Liz Yelling", "Liz Yelling", "Hugh Richards", "Hugh Richards"]


def test_pronoun_skips_a_possessive_and_a_contradicting_first_name() -> None:
    text = (
        "Sonya Zoghlin, Carlineo's attorney, told reporters that her client did not intend to cause harm. "
        '"Pat Carlineo is passionate about his political beliefs and his right to express them," she said.'
    )
    assert [q["speaker"] for q in extract_quotes(text)] == ["Sonya Zoghlin"]


def test_unattributed_quote_after_narration_about_someone_new() -> None:
    text = (
        'Mark Oaten said: "This has all the signs of a leader overruling his colleagues on the cards."\n\n'
        "The chairman of the Bar Council, Guy Mansfield QC, warned there was a real risk to young men. "
        '"What is going to happen to young men when there has been a bomb gone off somewhere?"'
    )
    assert [q["speaker"] for q in extract_quotes(text)] == ["Mark Oaten", "Guy Mansfield"]


def test_a_full_stop_inside_the_marks_ends_the_attribution() -> None:
    text = (
        'Trevor Phillips, chairman of the commission, disagreed. "Ditto the teachers, who are reducing the sizes of '
        'our classes and schools." The Refugee Council said the proposals would leave no safe haven.'
    )
    assert [q["speaker"] for q in extract_quotes(text)] == ["Trevor Phillips"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The Americans wanted to raid a base, but their helicopter was shot down," Taliban spokesman Zabihullah '
            "Mujahid said in a tweet.",
            "Zabihullah Mujahid",
        ),
        (
            "“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham.",
            "Stephanie Grisham",
        ),
        (
            "Australian Prime Minister Scott Morrison said in a statement, “We are profoundly pleased and relieved at "
            "their release.”",
            "Scott Morrison",
        ),
        (
            '"The tax will hit the families of exiles hardest," says Jose Barrionuevo, head of strategy at Barclays.',
            "Jose Barrionuevo",
        ),
        (
            "Noem called the new campaign a “bold, innovative effort like the nation has never before seen.”",
            "Noem",
        ),
    ],
)
def test_titles_and_roles_around_the_name_are_dropped(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "President Castro's chief aide said it was necessary because of the rising costs. \"The ten percent "
            'obligation applies exclusively to the dollar," he said.',
            "President Castro's chief aide",
        ),
        (
            'A Department for Education and Skills source said: "Every day in school counts for every pupil."',
            "A Department for Education and Skills source",
        ),
        (
            'Opera 8.0 will be "the most accessible browser on the market," according to its authors.',
            "its authors",
        ),
        (
            '"Organics are very important for the possibility of life on Titan," said planetary geologist Rosaly '
            "Lopes of NASA's Jet Propulsion Laboratory.",
            "Rosaly Lopes",
        ),
        (
            '"What is really fun to think about is whether organics can mix with water," JPL scientist and study '
            "co-author Michael Malaska said.",
            "Michael Malaska",
        ),
    ],
)
def test_unnamed_and_described_speakers(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in extract_quotes(text)] == [speaker]


def test_a_title_points_back_to_the_person_who_holds_it() -> None:
    text = (
        "Migrants will have to pass a test, Home Secretary Charles Clarke has said. Tory Liam Fox said his party "
        "offered a clear choice.\n\n"
        "The home secretary said, by 2008, he wanted everyone entering the UK to have their fingerprints taken, to "
        '"ensure we can know everybody who is in the country". Speaking on television, he said "economic migrants '
        'are of great value to this country".'
    )
    assert [q["speaker"] for q in extract_quotes(text)] == ["Charles Clarke", "Charles Clarke"]


def test_a_pronoun_subject_of_reported_speech_points_before_its_sentence() -> None:
    text = (
        'Michael Howard said: "When the police say that, you have to take them seriously."\n\n'
        'He also said he was confident shadow home secretary Mr Davis would "set out the position very clearly" '
        "next week."
    )
    assert [q["speaker"] for q in extract_quotes(text)] == ["Michael Howard", "Michael Howard"]


def test_a_speaker_whose_saying_verb_comes_second() -> None:
    text = (
        "A council spokeswoman declined to comment on the figures but said the service was “working closely with "
        "the operators”."
    )
    assert _pairs(text) == [("working closely with the operators", "A council spokeswoman")]
    assert _pairs("Jane Doe refused to give details and said: “We will appeal.”") == [("We will appeal.", "Jane Doe")]


def test_a_short_speaker_is_the_full_name_given_elsewhere_in_the_article() -> None:
    text = (
        "Finance Minister Odile Marchetti unveiled the budget on Wednesday.\n\n"
        "“Every household will keep more of what it earns,” Ms Marchetti told parliament.\n\n"
        "“This budget borrows from our grandchildren,” Dr Haverkamp said. Ingrid Haverkamp leads the opposition."
    )
    assert [q["speaker"] for q in extract_quotes(text)] == ["Odile Marchetti", "Ingrid Haverkamp"]
    # the same name as the entities table gives the person
    from pipeline.stages.entities import extract_entities

    people = {e["text"] for e in extract_entities(text) if e["label"] == "PERSON"}
    assert {"Odile Marchetti", "Ingrid Haverkamp"} <= people


def test_a_shared_surname_or_an_unnamed_speaker_stays_as_written() -> None:
    text = (
        "Ferry captain Aurelio Sandoval and his daughter Pilar Sandoval rescued four swimmers.\n\n"
        "“The water was colder than any of us expected,” Sandoval said.\n\n"
        "“Nobody was hurt and the crew acted quickly,” a spokeswoman for the ferry line said."
    )
    assert [q["speaker"] for q in extract_quotes(text)] == ["Sandoval", "a spokeswoman"]


def test_a_role_with_its_holder_in_apposition_is_the_holder() -> None:
    text = 'The coroner, Alma Tregunna, said the driver had "no chance of seeing the cyclist in that light".'
    assert [q["speaker"] for q in extract_quotes(text)] == ["Alma Tregunna"]
