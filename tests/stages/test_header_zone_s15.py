"""The header zone, session 15: a date line sharing its line with a credit (a "Written by" byline, a desk's role),
a city's clock in brackets, a German or Italian date line's implied zone, a live blog dated at its first entry,
titles dropped from bylines, and the publisher a header line opens with when the page names it again."""

from __future__ import annotations

import pandas as pd

from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.bylines import byline_date, parse_byline
from pipeline.stages.dates import is_dateline, parse_datetime
from pipeline.stages.metadata import extract_metadata, normalise_author
from tests.stages.inputs import input_frame

STORY = [
    "The harbour authority has approved a £48 million plan to deepen the main shipping channel so that larger "
    "container ships can reach the port at low tide, its board said on Thursday.",
    "Dredging is due to start next spring and to take about eighteen months, during which the channel will close "
    "to leisure craft on weekday mornings while the work boats are moving.",
    "Fishing crews said they welcomed the investment but asked for a guarantee that the spoil would not be dumped "
    "near the mussel beds at the mouth of the estuary, as happened a decade ago.",
    "The authority said an environmental survey had identified a disposal site further offshore and that the "
    "results would be published before any contract was signed with a dredging firm.",
]
HEADLINE = "Harbour approves £48m plan to deepen shipping channel"


def _text(*top: str, tail: tuple[str, ...] = (), body: list[str] = STORY) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(body) + ("\n\n" + "\n".join(tail) if tail else "")


def _row(text: str) -> dict:
    inputs = input_frame([text])
    return extract_metadata(inputs, strip_boilerplate(inputs)).iloc[0].to_dict()


def _utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def _missing(value: object) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and value != value)


# --- a date line that shares its line with a credit -----------------------------------------------------------


def test_date_line_then_a_written_by_byline_dates_the_article() -> None:
    assert byline_date("Jun 9, 2026, 11:40 CEST  |  Written by Marta Kowalski") == "Jun 9, 2026, 11:40 CEST"
    row = _row(_text(HEADLINE, "Jun 9, 2026, 11:40 CEST  |  Written by Marta Kowalski"))
    assert row["published_at"] == _utc("2026-06-09 09:40")
    assert row["authors"] == ["Marta Kowalski"]


def test_date_line_with_a_desk_credit_dates_the_article_and_names_no_author() -> None:
    line = "Posted: Tue 9 Jun 2026, 14:10 UTC | Author: Staff writer"
    assert is_dateline(line)
    assert is_dateline("9 June 2026 · By our business desk")
    row = _row(_text(HEADLINE, line))
    assert row["published_at"] == _utc("2026-06-09 14:10")
    assert row["authors"] == []
    assert _missing(row["subtitle"])


def test_a_newsdesk_credit_after_the_date_names_no_author() -> None:
    row = _row(_text(HEADLINE, "9 June 2026 · By Newsdesk"))
    assert row["authors"] == []
    assert row["published_at"] == _utc("2026-06-09")
    assert parse_byline("By Tom Reilly, Newsdesk") == ["Tom Reilly"]


def test_a_credit_naming_a_person_keeps_the_line_a_byline() -> None:
    # (a surname that is a role's word: the words before it are capitalised, so a person)
    assert not is_dateline("9 June 2026 | Author: Ruth Staff")
    assert not is_dateline("9 June 2026 | By Ruth Baker")
    row = _row(_text(HEADLINE, "Posted: Tue 9 Jun 2026, 14:10 UTC | Author: Ruth Baker"))
    assert row["authors"] == ["Ruth Baker"]
    assert row["published_at"] == _utc("2026-06-09 14:10")


# --- times without a zone -----------------------------------------------------------------------------------


def test_a_city_in_brackets_after_the_time_names_its_clock() -> None:
    assert parse_datetime("Friday, 12 June 2026 – 14:30 (Madrid)") == _utc("2026-06-12 12:30")
    assert parse_datetime("Published 12 January 2026 08:15 (Tokyo)") == _utc("2026-01-11 23:15")


def test_brackets_that_name_no_city_or_follow_a_zone_change_nothing() -> None:
    assert parse_datetime("12 June 2026 14:30 (Reuters)") == _utc("2026-06-12 14:30")
    assert parse_datetime("12 June 2026 14:30 GMT (Madrid)") == _utc("2026-06-12 14:30")
    assert parse_datetime("12 June 2026 (Madrid)") == _utc("2026-06-12")


def test_an_italian_date_line_keeps_its_time_in_central_european_time() -> None:
    assert parse_datetime("3 luglio 2026, ore 09:15") == _utc("2026-07-03 07:15")
    assert parse_datetime("3 febbraio 2026 alle 09:15") == _utc("2026-02-03 08:15")


def test_a_german_date_line_is_read_in_central_european_time() -> None:
    assert parse_datetime("Dienstag, 7.7.2026, 16:05 Uhr") == _utc("2026-07-07 14:05")
    assert parse_datetime("7. Dezember 2026, 16:05") == _utc("2026-12-07 15:05")


def test_languages_of_many_zones_and_dates_without_a_time_stay_as_written() -> None:
    assert parse_datetime("3 juillet 2026, 09:15") == _utc("2026-07-03 09:15")  # French: many zones
    assert parse_datetime("3 de julio de 2026, 09:15") == _utc("2026-07-03 09:15")  # Spanish
    assert parse_datetime("July 3, 2026, 09:15") == _utc("2026-07-03 09:15")  # English
    assert parse_datetime("7. Dezember 2026") == _utc("2026-12-07")  # a day alone: not moved to the day before
    assert parse_datetime("3 luglio 2026, ore 09:15 UTC") == _utc("2026-07-03 09:15")  # a zone of its own


# --- a live blog dated only by its update -------------------------------------------------------------------


LIVE = [
    "Ferry services across the bay have been cancelled for the rest of the day as the storm strengthens, the "
    "operator has told passengers waiting at the terminal.",
    "The coastguard says two yachts that broke their moorings in the marina have been recovered and nobody was "
    "hurt, although one was badly damaged against the harbour wall.",
    "Good morning and welcome to our live coverage of the storm, which forecasters say will bring gusts of up to "
    "80mph to exposed coasts by the middle of the afternoon.",
]


def _live_blog(*stamps: str) -> str:
    entries = [part for stamp, entry in zip(stamps, LIVE) for part in (stamp, entry)]
    top = ("Storm LIVE: Ferries cancelled as gusts reach 80mph", "Live updates | Last updated: 14/02/2026 16:40 GMT")
    return "\n".join(top) + "\n\n" + "\n\n".join(entries)


def test_a_live_blog_with_only_an_update_stamp_is_published_at_its_first_entry() -> None:
    row = _row(_live_blog("16:40 GMT", "12:05 GMT", "07:30 GMT"))
    assert row["updated_at"] == _utc("2026-02-14 16:40")
    assert row["published_at"] == _utc("2026-02-14 07:30")


def test_a_live_blog_whose_entries_run_past_the_update_stays_undated() -> None:
    # an entry later than the update: the blog ran over midnight, so the first entry's day is unknown
    assert _missing(_row(_live_blog("01:10 GMT", "22:05 GMT", "19:30 GMT"))["published_at"])
    # two time stamps alone make no live blog
    assert _missing(_row(_live_blog("12:05 GMT", "07:30 GMT"))["published_at"])


# --- authors ------------------------------------------------------------------------------------------------


def test_a_title_before_a_reporters_name_is_dropped_wherever_the_byline_stands() -> None:
    assert normalise_author("Prof. Helen Ward") == "Helen Ward"
    assert normalise_author("Dr Who") == "Dr Who"  # a one-word name keeps its title
    row = _row(_text(HEADLINE, "Prof. Helen Ward", "Jun 9, 2026 | 10:20 GMT"))
    assert row["authors"] == ["Helen Ward"]


# --- the publisher ------------------------------------------------------------------------------------------


def test_a_header_lines_first_cell_named_again_in_the_footer_is_the_publisher() -> None:
    text = _text(
        "HARBOUR DAILY  |  Home > Business > Shipping",
        "",
        HEADLINE,
        "By Tom Reilly",
        tail=("More from Harbour Daily:", "Harbour Daily is published by HD Media Group. Copyright 2026."),
    )
    assert _row(text)["publisher"] == "Harbour Daily"


def test_a_section_trail_after_a_name_credited_in_a_caption_gives_the_name() -> None:
    text = _text(
        "Coast Courier - Business",
        "",
        HEADLINE,
        "By Tom Reilly",
        "Photo: the container terminal at low tide. Credit: Coast Courier",
    )
    assert _row(text)["publisher"] == "Coast Courier"


def test_a_menus_first_item_or_a_name_printed_once_is_no_publisher() -> None:
    menu = _text("Home | Business | Shipping", "", HEADLINE, "By Tom Reilly", tail=("Home | Terms | Privacy",))
    assert _missing(_row(menu)["publisher"])
    once = _text("Quayside | Business | Shipping", "", HEADLINE, "By Tom Reilly")
    assert _missing(_row(once)["publisher"])


def test_a_holding_companys_copyright_gives_the_publication_it_holds() -> None:
    text = _text(HEADLINE, "By Tom Reilly", tail=("Copyright 2026 Estuary Gazette Holdings. All rights reserved.",))
    assert _row(text)["publisher"] == "Estuary Gazette"
    group = _text(HEADLINE, "By Tom Reilly", tail=("Copyright 2026 Estuary Media Group. All rights reserved.",))
    assert _row(group)["publisher"] == "Estuary Media Group"  # a group's name is kept: it may print many titles


def test_a_shouted_masthead_with_its_article_takes_the_footers_spelling() -> None:
    text = _text(
        "THE ESTUARY EVENING STAR",
        "Home | Local | Sport | Opinion",
        "",
        HEADLINE,
        "By Tom Reilly",
        tail=("Estuary Evening Star. Part of Coastline Press. (c) 2026",),
    )
    assert _row(text)["publisher"] == "Estuary Evening Star"


# --- an e-mail newsletter saved as text ---------------------------------------------------------------------


def test_an_emails_subject_is_the_title_and_its_sender_the_publisher() -> None:
    text = _text(
        "From: The Quayside Brief <news@quaysidebrief.example>",
        "Subject: ⚓ Channel dredging approved, and the week in shipping",
        "Date: Fri, 12 Jun 2026 07:00:00 +0100",
    )
    row = _row(text)
    assert row["title"] == "Channel dredging approved, and the week in shipping"
    assert _missing(row["subtitle"])
    assert row["publisher"] == "The Quayside Brief"
    assert row["published_at"] == _utc("2026-06-12 06:00")


def test_a_subject_line_without_a_sender_is_no_email() -> None:
    row = _row(_text(HEADLINE, "Subject: shipping", "By Tom Reilly"))
    assert row["title"] == HEADLINE


def test_a_byline_crediting_the_outlets_newsroom_names_the_publisher() -> None:
    text = _text("Listen Live | News | Sport | Travel", "", HEADLINE, "Written by: Estuary Radio Newsroom")
    row = _row(text)
    assert row["publisher"] == "Estuary Radio"
    assert row["authors"] == []
    person = _text("Listen Live | News | Sport | Travel", "", HEADLINE, "By Tom Staff")
    assert _missing(_row(person)["publisher"])  # a surname, not a desk
