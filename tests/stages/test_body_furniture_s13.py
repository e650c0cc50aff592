"""Body text and author lines (session 13): a fact box inside an article keeps the article whole, contest and
newsletter pitches, a wire's tagline and comment threads under a caption leave the body, menus and comment
blocks get their own reasons, and staff credits, job titles and datelines' places are no authors."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.bylines import parse_byline
from pipeline.stages.furniture import COMMENT_START_RE, furniture_reason, strong_furniture_reason
from pipeline.stages.text_blocks import split_blocks

_HEADER = [
    "Skip to main content",
    "THE HARBOUR GAZETTE",
    "News | Sport | Business | Opinion | Weather",
    "",
    "Rovers' record season in numbers",
    "",
    "By Tomas Reilly",
    "",
    "Published 14/05/2026 09:30",
    "",
]
_INTRO = (
    "Harbour Rovers finished the season with their highest points total in the club's history, and the board "
    "published the figures behind the campaign on Thursday."
)
_FACTS = [
    "On the pitch",
    "Points: 94 (+17 on last season)",
    "Goals scored: 88",
    "Goals conceded: 31",
    "Clean sheets: 19",
    "Off the pitch",
    "Average attendance: 21,450 (+12%)",
    "Season tickets sold: 14,200",
    "Matchday revenue: £9.8m (+15%)",
    "Wage bill: £22.4m",
    "Academy",
    "First-team debuts: 6",
    "Players sold: 3 (£4.1m in fees)",
]
_PROSE = [
    "The chairman said the club would spend most of the extra matchday income on the training ground, which has "
    "not been rebuilt since the 1990s.",
    "Supporters' groups welcomed the figures but asked the board to freeze ticket prices for next season, after "
    "two rises in three years.",
    "The manager, who signed a new three-year contract in March, said the squad needed four new players to cope "
    "with a first season in the higher division.",
]
_FOOTER = [
    "",
    "MOST READ",
    "Ferry timetable changes from June",
    "New cycle lane opens on the quay",
    "Council tax: what you will pay",
    "",
    "© 2026 Harbour Gazette Media Ltd",
]


def _page(facts: list[str], prose: list[str], after: list[str] = ()) -> str:
    lines = [*_HEADER, _INTRO, "", *facts, ""]
    for p in prose:
        lines += [p, ""]
    return "\n".join([*lines, *after, *_FOOTER])


def test_fact_box_between_paragraphs_keeps_the_paragraphs_after_it():
    info = strip_text(_page(_FACTS, _PROSE))
    assert _INTRO in info.text
    for p in _PROSE:
        assert p in info.text  # the prose after the box is the article's, never lost
    assert "Matchday revenue: £9.8m (+15%)" in info.text  # and the box is the article's too
    assert "Ferry timetable changes from June" not in info.text


def test_fact_box_before_the_longer_part_keeps_the_lead_above_it():
    lead = _PROSE[0]
    more = [*_PROSE[1:], _INTRO, "Tickets for the first home game go on sale to season-ticket holders on Monday."]
    text = "\n".join([*_HEADER, lead, "", *_FACTS, "", *(p + "\n" for p in more), *_FOOTER])
    info = strip_text(text)
    assert lead in info.text
    assert "Goals scored: 88" in info.text


def test_market_ticker_after_the_article_stays_out_of_the_body():
    ticker = ["", "Markets", "FTSE 100: 8,112.4 (+0.4%)", "Brent crude: $81.20 (-1.1%)", "Pound: $1.2710 (+0.2%)"]
    info = strip_text(_page([], _PROSE, after=ticker))
    assert _PROSE[-1] in info.text
    assert "FTSE 100" not in info.text  # a box with no article text after it gains the article nothing


@pytest.mark.parametrize(
    "line",
    [
        "Contest: Win two passes to the Harbour Jazz Weekend! Text JAZZ to 60123.",
        "Want to win a family trip to the coast? Text SEASIDE to 81818 to enter.",
    ],
)
def test_text_to_win_promo_is_furniture(line):
    assert strong_furniture_reason(line) == "promo"


def test_number_to_text_without_a_prize_is_the_article():
    line = "Anyone struggling can text SHOUT to 85258 at any hour, the charity said."
    assert strong_furniture_reason(line) is None


def test_agency_tagline_is_furniture_but_a_report_history_is_not():
    assert strong_furniture_reason("This report by The Canadian Press was first published March 3, 2026.") == (
        "copyright"
    )
    assert strong_furniture_reason("This story by Reuters was first published 4 May 2026.") == "copyright"
    assert strong_furniture_reason("This report by the inspectorate was first published in 2019.") is None
    assert strong_furniture_reason("The report was first published on May 4, 2019 by the ministry.") is None


def test_labelled_newsletter_pitch_is_furniture():
    assert strong_furniture_reason("Newsletter: The week's best local stories, every Friday at noon.") == "newsletter"
    assert strong_furniture_reason("The council's newsletter said the road would reopen on Friday.") is None


def test_menu_with_a_newsletters_item_is_navigation():
    assert furniture_reason("World | Politics | Science | Newsletters | Podcasts") is None  # left to the menu rule
    text = "\n".join([*_HEADER[:2], "World | Politics | Science | Newsletters | Podcasts", *_HEADER[3:], _INTRO])
    removed = {r["text"]: r["reason"] for r in strip_text(text).removed}
    assert removed["World | Politics | Science | Newsletters | Podcasts"] == "navigation"
    assert furniture_reason("Sign up to our newsletter for the week's best reads") == "newsletter"


def test_comment_count_with_thousands_separator_opens_the_comments():
    assert COMMENT_START_RE.match("Comments (2,381)")
    assert COMMENT_START_RE.match("Comments (12)")


def test_commenters_handles_are_not_joined_to_the_comment_header():
    text = "Readers' views\n12 Comments\nharbourfan_77: Best season I can remember.\nmarina_j: Now fix the roof."
    assert split_blocks(text)[1:] == [
        "12 Comments",
        "harbourfan_77: Best season I can remember.",
        "marina_j: Now fix the roof.",
    ]
    # a link's lower-case continuation is still joined to its line
    assert split_blocks("Today's best deals include\nvarious laptops from big brands") == [
        "Today's best deals include various laptops from big brands"
    ]


def test_comment_block_after_a_caption_leaves_the_body():
    comments = ["Photo: The squad on the open-top bus on Sunday. (Gazette)", "", "3 Comments"]
    comments += ["quayside_dave: Brilliant. Up the Rovers.", "annie.k: Well deserved."]
    info = strip_text(_page([], _PROSE, after=comments))
    assert "quayside_dave" not in info.text and "Well deserved" not in info.text
    assert _PROSE[-1] in info.text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Gazette staff", None),
        ("By Tomas Reilly, Middle East correspondent", ["Tomas Reilly"]),
        ("By Tomas Reilly, Sports editor", ["Tomas Reilly"]),
        ("by Ines Duarte, Lisbon", ["Ines Duarte"]),
        ("By Ines Duarte, Buenos Aires", ["Ines Duarte"]),
        ("By Ines Duarte, Lisbon, and Tomas Reilly", ["Ines Duarte", "Tomas Reilly"]),
    ],
)
def test_staff_credits_titles_and_places_are_no_authors(line, names):
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ines Duarte, Tomas Reilly", ["Ines Duarte", "Tomas Reilly"]),
        ("By Ines Duarte and Tomas Reilly", ["Ines Duarte", "Tomas Reilly"]),
        ("By Ines Duarte, Chief Reporter, and Tomas Reilly", ["Ines Duarte", "Tomas Reilly"]),
        ("By Ines Duarte", ["Ines Duarte"]),
    ],
)
def test_second_authors_after_a_comma_stay(line, names):
    assert parse_byline(line) == names


def test_staff_credit_line_is_a_byline():
    assert furniture_reason("By Gazette staff") == "byline"
    assert furniture_reason("From staff reports") == "byline"
    assert furniture_reason("By Tomas Reilly") is None
