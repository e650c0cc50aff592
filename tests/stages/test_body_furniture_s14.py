"""Body text (session 14): syndication credits, editors' correction notes, pointers to the outlet's own pages,
labels joined on one line, ad labels in other languages, membership pleas, helplines, a byline's job title and
disclaimers leave the body; a short question of its own is a sub-heading, and the list a question or a heading
announces stays with the article."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import line_furniture_reason, strip_text
from pipeline.stages.text_blocks import make_block

_PARAGRAPHS = [
    "Harbour City Council has approved a £14 million plan to rebuild the sea wall along the promenade, after two "
    "winters of storm damage left parts of the seafront closed to the public.",
    "Work is due to start in March and will take about eighteen months, the council said, with the promenade "
    "reopening in stages as each section of the wall is finished.",
    "Councillor Ruth Adebayo, who chairs the planning committee, said the scheme was the largest the council had "
    "undertaken since the harbour was rebuilt in the 1980s.",
]


def _reason(line: str) -> str | None:
    """What the body rules make of a line on its own (``boilerplate.line_furniture_reason``)."""
    return line_furniture_reason(make_block(line), line)


@pytest.mark.parametrize(
    "line",
    [
        "First published by the Valley Courier. Copyright © 2026 Valley Courier Media Ltd.",
        "This story first ran on The Harbour Herald. Copyright 2026 Harbour Herald Group.",
    ],
)
def test_syndication_credit_with_copyright_is_furniture(line):
    assert _reason(line) == "copyright"


def test_a_books_publication_history_is_the_article():
    line = "Originally published by Faber in 1971, the novel sold poorly until a television adaptation in 1994."
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "UPDATED 09:45 BST: adds comment from the council in paragraph four",
        "Updated March 3, 2026 at 4:20 pm ET: Corrects the number of homes without power to 12,500.",
        "(Corrects spelling of the minister's name in paragraph 3)",
        "(Adds analyst comment, updates share price)",
        "Correction: An earlier version of this article misstated the date of the planning hearing.",
        "This story has been updated to include a statement from the airline.",
    ],
)
def test_editors_correction_notes_are_furniture(line):
    assert _reason(line) == "correction-note"


@pytest.mark.parametrize(
    "line",
    [
        "The update adds two new bus routes to the timetable from May.",
        "Updated figures from the council show 2,300 homes were affected by the floods.",
        "The correction came after the regulator reviewed the bank's accounts.",
        "Update: changes to bin collections over the Christmas holiday",
    ],
)
def test_sentences_about_updates_and_corrections_are_the_article(line):
    assert _reason(line) is None


def test_an_update_time_alone_stays_a_dateline():
    assert _reason("Updated 14 May 2026, 10:05 BST") != "correction-note"


def test_correction_note_leaves_the_body_of_a_wire_copy():
    note = "UPDATED 11:20 GMT: corrects wall length in paragraph two, adds contractor paragraph"
    info = strip_text("\n\n".join([note, *_PARAGRAPHS]))
    assert note not in info.text
    assert all(p in info.text for p in _PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Members' exclusive: read our guide to the new council tax bands",
        "Premium: watch our interview with the harbour master",
    ],
)
def test_labelled_pointer_to_the_outlets_pages_is_furniture(line):
    assert _reason(line) == "related-links"


def test_a_labelled_heading_is_not_a_pointer():
    assert _reason("Analysis: the trade deal explained") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement - scroll to continue reading", "advertisement"),
        ("Subscribers only | continue reading below", "promo"),
        ("Publicité", "advertisement"),
        ("Publicidad", "advertisement"),
        ("Anzeige", "advertisement"),
    ],
)
def test_ad_and_paywall_labels_are_furniture(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    "line",
    ["Budget 2026 - what it means for you", "Advertisement - the industry fights back", "La publicité en ligne recule"],
)
def test_headings_sharing_a_word_with_labels_are_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Fund our reporting. Become a supporter from £3 a month.",
        "Join us as a supporter from $5 a month to keep local news free.",
    ],
)
def test_membership_plea_is_furniture(line):
    assert _reason(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "Residents can become a member of the allotment society for a small fee.",
        "Become a member of the club, the chairman urged fans at the annual meeting.",
    ],
)
def test_membership_in_the_news_is_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Need support? Call the Harbour Council helpline on 01632 960718, open until 8pm.",
        "Where to get help: Ring the Floodline on 0345 988 1188.",
    ],
)
def test_helpline_line_is_furniture(line):
    assert _reason(line) == "contact"


@pytest.mark.parametrize(
    "line",
    [
        "Call volumes rose by a fifth in 2024-2025, the company said.",
        "The council said residents should call 999 in an emergency.",
        "Residents can call the helpline on 01632 960718 until 8pm.",
    ],
)
def test_calls_and_numbers_in_the_news_are_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize("line", ["Journalist", "Senior Health Correspondent", "Chief Political Reporter"])
def test_a_bylines_job_title_alone_is_furniture(line):
    assert _reason(line) == "byline-title"


@pytest.mark.parametrize("line", ["Hollywood Reporter.", "The reporter", "Columnists", "Letters to the Editor"])
def test_titles_in_sentences_and_section_names_are_no_job_title(line):
    assert _reason(line) != "byline-title"


def test_job_title_under_the_byline_is_neither_body_nor_heading():
    text = "\n\n".join(["Sea wall plan approved after storm damage", "Amira Haddad\nSenior Reporter", *_PARAGRAPHS])
    info = strip_text(text)
    assert "Senior Reporter" not in info.text
    assert "Senior Reporter" not in info.headings
    assert all(p in info.text for p in _PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "This column is not a recommendation to buy or sell any share.",
        "Past performance is no guarantee of future returns.",
    ],
)
def test_disclaimers_are_furniture(line):
    assert _reason(line) == "disclaimer"


def test_past_performance_in_a_sentence_is_the_article():
    assert _reason("Past performance is not a guide, the fund manager said, but the trend is clear.") is None


@pytest.mark.parametrize("line", ["What happens next?", "Why now?", "Who pays for the wall?", "Q: What changes?"])
def test_a_short_question_alone_is_heading_shaped(line):
    assert make_block(line).heading_like


@pytest.mark.parametrize(
    "line",
    [
        '"Why?"',
        "He asked why. Why?",
        "Is this the end of the road for the seafront as the town has known it for a century?",
    ],
)
def test_quoted_or_long_questions_are_not_heading_shaped(line):
    assert not make_block(line).heading_like


def test_question_subheadings_are_listed_like_statement_ones():
    text = "\n\n".join(
        [
            "Sea wall plan approved after storm damage",
            _PARAGRAPHS[0],
            "Why now?",
            _PARAGRAPHS[1],
            "The cost",
            _PARAGRAPHS[2],
        ]
    )
    info = strip_text(text)
    assert info.headings == ["Why now?", "The cost"]


# A page rendered to text: a masthead, a menu, the article, then the site's boxes and footer.
_TOP = ["HARBOUR NEWS", "Home | News | Sport | Business | Opinion", "", "Sea wall plan approved after storm damage", ""]
_BOTTOM = [
    "",
    "Tags: Harbour City, sea wall, council",
    "",
    "Share: Facebook | Twitter | Email",
    "",
    "Most read",
    "Ferry timetable changes from June",
    "New cycle lane opens on the quay",
    "",
    "© 2026 Harbour News Media Ltd",
]


def _page(after: list[str]) -> str:
    lines = list(_TOP)
    for p in _PARAGRAPHS:
        lines += [p, ""]
    return "\n".join([*lines, *after, *_BOTTOM])


def test_bullets_under_a_closing_question_stay_with_the_article():
    items = ["- Check whether your street is on the closure map", "- Move cars off the seafront before work starts"]
    info = strip_text(_page(["What should residents do?", "", *items]))
    assert "What should residents do?" in info.text
    for item in items:
        assert item[2:] in info.text
    assert "Ferry timetable changes from June" not in info.text


def test_numbered_steps_under_a_closing_heading_stay_with_the_article():
    steps = [
        "1. Find your property on the council's flood map",
        "2. Fill in the grant form with your council tax reference",
        "3. Send photos of the damage within 28 days",
    ]
    info = strip_text(_page(["How to apply for a grant", *steps]))
    assert "How to apply for a grant" in info.text
    for step in steps:
        assert step in info.text


def test_numbered_teasers_under_a_box_label_below_another_stay_out():
    teasers = [
        "1. Ten of the best beach cafés on the coast this summer",
        "2. The island ferry that time forgot, and why it still runs",
    ]
    info = strip_text(_page(["Elsewhere on Harbour News", "Good reads", *teasers]))
    for teaser in teasers:
        assert teaser not in info.text
