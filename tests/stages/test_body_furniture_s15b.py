"""Body text (session 15, round 2): end-of-article promos and publisher notes (a subscription offer with its terms,
a sign-up to the outlet's briefing, "Get the ... newsletter", a help line pointing to the outlet's pages, press
regulator membership), a share bar of logos, a transcript's stage directions, podcast sign-off and transcript note,
a dated correction note, every item of a related list, and a transcript's speaker turns, which are no headings."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import line_furniture_reason, publisher_from_line, strip_text
from pipeline.stages.text_blocks import make_block


def _reason(line: str) -> str | None:
    """What the body rules make of a line on its own (``boilerplate.line_furniture_reason``)."""
    return line_furniture_reason(make_block(line), line)


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Subscribe to The Valley Post for £1 a week. Cancel at any time.", "promo"),
        ("Subscribe to Lakeside Weekly for $2.99 a month. No contract.", "promo"),
        ("Sign up to The Morning Wrap - our free daily briefing for investors.", "newsletter"),
        ("Sign up for Quay Notes, our weekly email digest of the city's planning news.", "newsletter"),
        ("Get the Harbour Times morning newsletter for the day's top stories at 7 a.m.", "newsletter"),
        ("For support, call Samaritans on 116 123 or visit our mental health hub.", "contact"),
        ("If you need advice, ring 0300 123 1234 or see our money guide.", "contact"),
        ("The Valley Post is a member of the Independent Press Standards Organisation (IPSO).", "copyright"),
        ("This newspaper is regulated by IMPRESS, the independent monitor for the press.", "copyright"),
        ("The Lakeside Gazette is a signatory to the Editors' Code of Practice.", "copyright"),
    ],
)
def test_end_of_article_promos_and_publisher_notes_are_furniture(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the pension plan now, the regulator urged. Its chief executive said fees would rise in April.",
        "Sign up for the weekly briefing at the town hall, residents were told.",
        "Get the vaccine, the health newsletter urged its readers.",
        "Residents can call the council on 0800 123 456 or visit its website.",
        "Norway is a member of NATO.",
        "Kenya is a member of the Commonwealth Press Union, the minister said.",
        "The regulator says the firm is a member of the trade body.",
    ],
)
def test_subscriptions_helplines_and_memberships_in_the_news_are_the_article(line):
    assert _reason(line) is None


def test_a_subscription_offer_names_the_publisher_without_its_price():
    assert publisher_from_line("Subscribe to The Valley Post for £1 a week. Cancel at any time.") == "Valley Post"


@pytest.mark.parametrize(
    "line",
    ["Share this story  f  X  in  ✉", "Share  f  in  🔗", "Follow  f  X  in  p"],
)
def test_a_share_bar_of_logos_is_furniture(line):
    assert _reason(line) == "share-bar"


@pytest.mark.parametrize("line", ["Share in the profits", "f in", "Follow in his footsteps"])
def test_lines_with_single_letters_but_no_share_bar_are_not_one(line):
    assert _reason(line) is None


@pytest.mark.parametrize("line", ["[Theme music]", "[LAUGHTER]", "[Crosstalk]"])
def test_a_transcripts_stage_direction_is_furniture(line):
    assert _reason(line) == "stage-direction"


@pytest.mark.parametrize("line", ["[1]", "[Photo=Harbour Images]", "[Updated 5pm: the mayor has resigned]"])
def test_bracketed_notes_numbers_and_credits_are_no_stage_direction(line):
    assert _reason(line) != "stage-direction"


@pytest.mark.parametrize(
    "line,reason",
    [
        (
            "The Weekly Ledger is produced by Quay Audio. Listen and subscribe wherever you get your podcasts. "
            "Transcript edited for length.",
            "promo",
        ),
        ("Subscribe wherever you get your podcasts.", "promo"),
        ("This transcript was automatically generated and may contain errors.", "disclaimer"),
        ("Transcript lightly edited for clarity.", "disclaimer"),
    ],
)
def test_a_podcasts_sign_off_and_transcript_note_are_furniture(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The series is available wherever you get your podcasts, the broadcaster said.",
        "The transcript was released by the court on Monday.",
        "A transcript of the call, edited by the White House, runs to five pages.",
    ],
)
def test_podcasts_and_transcripts_in_the_news_are_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Correction, March 4: An earlier version of this story incorrectly gave the mayor's age as 54. She is 45.",
        "Clarification (12 May): A previous version of this article wrongly said the bridge would close in June.",
    ],
)
def test_a_dated_correction_note_has_its_own_reason(line):
    assert _reason(line) == "correction-note"


def test_a_correction_in_the_news_is_the_article():
    line = "Correction of the figures, the agency said on Nov. 11, came after an earlier version of the report leaked."
    assert _reason(line) is None


_MENU = ["County Courier", "Home | News | Sport | Business | Opinion | Weather", "Accept all cookies"]
_PARAGRAPHS = [
    "The county council has voted to close three of its five recycling centres next spring to save £1.8 million "
    "a year, despite a petition signed by more than 6,000 residents.",
    "Councillors approved the plan by 32 votes to 21 after a three-hour debate on Tuesday evening, in which "
    "opposition members warned that fly-tipping would rise across the rural north of the county.",
    "The council's cabinet member for the environment, Tom Hale, said the remaining two centres would open seven "
    "days a week and that a booking system would cut queues at weekends.",
    "Campaigners said they would ask for a judicial review of the decision, arguing that the consultation had "
    "failed to consider the needs of elderly residents without cars.",
]


def _page(body: list[str], footer: list[str]) -> str:
    header = [*_MENU, "", "Council to shut three recycling centres", "By Tom Hale", "1 December 2026"]
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(footer)


def test_every_item_of_a_related_list_leaves_with_it():
    related = (
        "Read more:\n> Bin collections to move to fortnightly\n"
        "> Who is Tom Hale, the councillor who wants every household to recycle more of its waste?"
    )
    body = [*_PARAGRAPHS[:2], "Advertisement", related, *_PARAGRAPHS[2:]]
    info = strip_text(_page(body, ["© 2026 County Courier Ltd. All rights reserved."]))
    assert "Bin collections" not in info.text and "Who is Tom Hale" not in info.text
    assert _PARAGRAPHS[2] in info.text and _PARAGRAPHS[3] in info.text


def test_a_paragraph_under_a_related_list_stays():
    related = "Read more:\n> Bin collections to move to fortnightly\n" + _PARAGRAPHS[2]
    body = [_PARAGRAPHS[0], _PARAGRAPHS[1], related, _PARAGRAPHS[3]]
    info = strip_text(_page(body, ["© 2026 County Courier Ltd."]))
    assert _PARAGRAPHS[2] in info.text and "Bin collections" not in info.text


_TRANSCRIPT = [
    "HOST (Amy Lund): Welcome back. The council has voted to close three recycling centres. Tom, what happened?",
    "TOM HALE: Councillors approved the plan by 32 votes to 21, after a long and at times angry debate.",
    "HOST: And the residents?",
    "TOM HALE: More than 6,000 signed a petition against it, and campaigners now want a judicial review.",
    "HOST: How much will it save?",
    "TOM HALE: About £1.8 million a year, the council says, although opponents dispute the figure.",
]


def test_a_transcripts_speaker_turns_are_no_headings():
    info = strip_text(_page(_TRANSCRIPT, ["© 2026 County Courier Ltd."]))
    assert "HOST: And the residents?" in info.text and "HOST: How much will it save?" in info.text
    assert info.headings == []


def test_a_labelled_question_heading_stays_a_heading():
    body = [_PARAGRAPHS[0], _PARAGRAPHS[1], "ANALYSIS: What comes next?", _PARAGRAPHS[2], _PARAGRAPHS[3]]
    info = strip_text(_page(body, ["© 2026 County Courier Ltd."]))
    assert info.headings == ["ANALYSIS: What comes next?"]
