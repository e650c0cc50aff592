"""The header zone, round 2: labels over the headline that are not it (a press release's label, a kicker or a
wire's name in capitals, a section trail closed by the publication's name, a row of the site's controls, a name
with its tagline in capitals over a menu), the publisher they and a release's "About" section name, a release's
dateline without an agency, a staff credit's "Posted by ... on <date>", and the lede or the author's bio under the
headline that is no dek."""

from __future__ import annotations

import pandas as pd

from pipeline.stages.boilerplate import site_crumbs, strip_boilerplate, strip_text
from pipeline.stages.dates import wire_dateline
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import input_frame

BODY = [
    "The ferry operator will add two sailings a day between the island and the mainland from next month, "
    "after complaints that cars were being turned away at the quay every weekend of the summer.",
    "Crews have been hired for the extra crossings, and the older of the two vessels will return to service "
    "once its engines have been overhauled at the yard across the estuary.",
    "Islanders have long argued that the timetable was set for visitors rather than for the people who live "
    "there, and a petition calling for earlier morning sailings gathered 1,400 names.",
    "Fares will not change this year, although the operator warned that fuel costs remain high and that the "
    "price of a return ticket would be reviewed in the spring.",
]
HEADLINE = "Island ferry adds two daily sailings after summer queues"


def _text(*top: str, body: list[str] | None = None, tail: tuple[str, ...] = ()) -> str:
    paragraphs = BODY if body is None else body
    return "\n".join(top) + "\n\n" + "\n\n".join(paragraphs) + ("\n\n" + "\n".join(tail) if tail else "")


def _row(text: str) -> dict:
    inputs = input_frame([text])
    return extract_metadata(inputs, strip_boilerplate(inputs)).iloc[0].to_dict()


# --- a press release: its label, its dateline without an agency, its issuer ------------------------------------

RELEASE_BODY = [
    "Bristol, 4 March 2026 – Severnside Water today announced plans for a new reservoir that would supply "
    "40,000 homes in the north of the county by the end of the decade.",
    *BODY[1:],
]


def test_release_label_is_not_the_title_and_the_dateline_dates_it() -> None:
    row = _row(
        _text(
            "NEWS RELEASE",
            "",
            "Severnside Water announces plans for a new reservoir",
            body=RELEASE_BODY,
            tail=(
                "About Severnside Water",
                "Severnside Water is a regulated company that supplies drinking water to 1.2 million customers.",
                "",
                "Media contact",
                "press@severnside.example",
                "###",
            ),
        )
    )
    assert row["title"] == "Severnside Water announces plans for a new reservoir"
    assert row["published_at"] == pd.Timestamp("2026-03-04", tz="UTC")
    assert row["publisher"] == "Severnside Water"


def test_headline_about_press_releases_stays_the_title() -> None:
    row = _row(_text("Press release errors cost agency its council contract", "", "By Mark Bell", body=BODY))
    assert row["title"] == "Press release errors cost agency its council contract"


def test_dated_dateline_without_agency() -> None:
    assert wire_dateline("NEW YORK, June 5, 2026 — The company said on Friday that ...") == "NEW YORK, June 5, 2026"
    assert wire_dateline('Leeds, Tuesday, 3 February 2026 - "We are pleased", the chair said.') is not None
    # a date inside a sentence has no place before it, or no dash after it
    assert wire_dateline("On 13 July 2026 – the day of the vote – turnout fell.") is None
    assert wire_dateline("London, 13 July 2026, was the hottest day on record.") is None


# --- short labels in capitals over a mixed-case headline -------------------------------------------------------


def test_capitals_kicker_over_the_headline_is_not_the_title() -> None:
    row = _row(_text("COAST WATCH", "", HEADLINE, "", "By Ellen Marsh", "12/03/2026 09:00 GMT", body=BODY))
    assert row["title"] == HEADLINE
    assert row["subtitle"] is None


def test_capitals_headline_with_its_verb_stays_the_title() -> None:
    row = _row(
        _text(
            "FERRY QUEUES FORCE CHANGE",
            "",
            "Operator adds two sailings a day after islanders complain",
            "",
            "By Ellen Marsh",
            body=BODY,
        )
    )
    assert row["title"] == "FERRY QUEUES FORCE CHANGE"


def test_wire_name_credited_by_its_initials_is_the_publisher() -> None:
    body = ["OBAN, March 12 (IFS) - " + BODY[0], *BODY[1:]]
    row = _row(_text("ISLAND FERRY SERVICE", "", HEADLINE, body=body))
    assert row["title"] == HEADLINE
    assert row["publisher"] == "ISLAND FERRY SERVICE"


# --- a section trail closed by the publication's name ------------------------------------------------------------


def test_section_trail_closed_by_the_publication_name() -> None:
    row = _row(_text("Letters and views | The Harbour Review", "", HEADLINE, "", "Ellen Marsh", body=BODY))
    assert row["title"] == HEADLINE
    assert row["publisher"] == "The Harbour Review"


def test_site_crumbs_needs_a_publication_name_at_the_end() -> None:
    assert site_crumbs("Comment | The Valley Times") == "The Valley Times"
    assert site_crumbs("Rates on hold | Markets calm") is None
    assert site_crumbs("Opinion | Town Hall") is None


def test_section_trail_in_capitals_is_no_publisher() -> None:
    row = _row(
        _text(
            "MARKETS | ENERGY",
            "",
            HEADLINE,
            "",
            "By Ellen Marsh",
            body=BODY,
            tail=("Copyright ©2026 Harbour Ledger. All Rights Reserved.",),
        )
    )
    assert row["title"] == HEADLINE
    assert row["publisher"] == "Harbour Ledger"


# --- the site's controls, and its name with a tagline over a menu ------------------------------------------------


def test_row_of_site_controls_is_not_the_title() -> None:
    row = _row(_text("THE ISLAND HERALD", "Menu  Search  Log in", "", HEADLINE, "", "By Ellen Marsh", body=BODY))
    assert row["title"] == HEADLINE


def test_headline_with_a_control_word_stays_the_title() -> None:
    row = _row(_text("Search for missing sailor resumes at dawn", "", "By Ellen Marsh", body=BODY))
    assert row["title"] == "Search for missing sailor resumes at dawn"


def test_name_in_capitals_with_tagline_over_menu_is_the_masthead() -> None:
    row = _row(
        _text(
            "HARBOUR PULSE - news for people who live by the sea",
            "About | Donate | Newsletter",
            "",
            HEADLINE,
            "",
            "by Ellen Marsh",
            body=BODY,
        )
    )
    assert row["title"] == HEADLINE
    assert row["publisher"] == "HARBOUR PULSE"


# --- a staff credit's date, a lede and an author's bio under the headline ---------------------------------------


def test_posted_by_staff_on_iso_date() -> None:
    row = _row(_text(HEADLINE, "", "Posted by Newsdesk Staff on 2026-03-12T08:15:00Z", body=BODY))
    assert row["published_at"] == pd.Timestamp("2026-03-12 08:15", tz="UTC")
    assert row["authors"] == []


def test_attributed_lede_over_the_byline_stays_in_the_body() -> None:
    lede = "The ferry operator carried 12,000 cars in August, a record, the harbour authority said on Monday."
    info = strip_text(_text(HEADLINE, "", lede, "", "By Ellen Marsh", body=BODY))
    assert info.subtitle is None
    assert info.text.startswith(lede)


def test_dek_over_the_byline_is_still_the_subtitle() -> None:
    dek = "Islanders welcome the extra crossings but say fares are still too high"
    info = strip_text(_text(HEADLINE, "", dek, "", "By Ellen Marsh", body=BODY))
    assert info.subtitle == dek


def test_author_bio_under_the_byline_is_no_subtitle() -> None:
    bio = "Ellen Marsh is a former harbour master and writes on island transport."
    info = strip_text(_text(HEADLINE, "", "Ellen Marsh", "", bio, "", "12 March 2026, 09:00", body=BODY))
    assert info.subtitle is None
    assert bio not in info.text


def test_byline_closing_with_a_date_dates_the_story() -> None:
    row = _row(_text(HEADLINE, "", "By Ellen Marsh, Transport Editor, 12 March 2026", body=BODY))
    assert row["authors"] == ["Ellen Marsh"]
    assert row["published_at"] == pd.Timestamp("2026-03-12", tz="UTC")


def test_byline_closing_with_a_title_has_no_date() -> None:
    row = _row(_text(HEADLINE, "", "By Ellen Marsh, Transport Editor", body=BODY))
    assert row["authors"] == ["Ellen Marsh"]
    assert pd.isna(row["published_at"])


def test_capitals_name_over_a_short_section_trail_and_the_headline() -> None:
    row = _row(_text("ISLAND TRAVEL BRIEF", "Ferries / Timetables", "", HEADLINE, "", "By Ellen Marsh", body=BODY))
    assert row["title"] == HEADLINE
