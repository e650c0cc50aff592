"""The header zone, second pass: date lines joined to a credit, dotted two-digit years, slash dates in a record's
field, a record's timed stamp over a page's bare date, press-release datelines, print-view buttons, edition
mastheads, a wire service's name over its dateline, credits after a full stop, a role before the name, labelled
author fields and a columnist's sign-off."""

from __future__ import annotations

import pandas as pd

from pipeline.stages.boilerplate import strip_boilerplate, strip_text
from pipeline.stages.bylines import parse_byline
from pipeline.stages.dates import is_dateline, parse_any, parse_datetime, wire_dateline
from pipeline.stages.metadata import authors_from_meta, extract_metadata, normalise_author
from tests.stages.inputs import input_frame

STORY = [
    "The regional water company has been fined £3.2 million after sewage spilled into a river used by swimmers "
    "for eleven days last summer, magistrates heard on Monday.",
    "The court was told that an alarm at the pumping station had been switched off during maintenance and was "
    "never switched back on, so staff did not learn of the spill until residents complained.",
    "The company apologised and said it had since fitted a second alarm at each of its pumping stations and "
    "trained its engineers to check both before leaving a site.",
    "Campaigners said the fine was the largest ever imposed on the company but still too small to change how it "
    "looks after a network that was built more than a century ago.",
]
HEADLINE = "Water firm fined £3.2m over eleven-day sewage spill"


def _text(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(STORY) + ("\n\n" + "\n".join(tail) if tail else "")


def _row(text: str, fmt: str = "text", **cols) -> dict:
    inputs = input_frame([text], fmt=fmt, **cols)
    return extract_metadata(inputs, strip_boilerplate(inputs)).iloc[0].to_dict()


def _utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def _missing(value: object) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and value != value)


# --- dates ------------------------------------------------------------------------------------------------------


def test_posted_and_updated_stamps_with_a_desk_credit_run_into_the_line() -> None:
    text = (
        "Water firm fined £3.2m over eleven-day sewage spill\n"
        "Posted: 9 Mar 2026 at 08:10 GMT | Last updated: 9 Mar 2026 at 12:25 GMT\n"
        "by our courts desk\n" + "\n".join(STORY)
    )
    row = _row(text)
    assert row["title"] == HEADLINE
    assert row["published_at"] == _utc("2026-03-09 08:10")
    assert row["updated_at"] == _utc("2026-03-09 12:25")


def test_a_lower_case_sentence_after_a_date_is_no_credit_line() -> None:
    # (near miss: "by" inside a sentence with a date is no date line run into a credit)
    assert not is_dateline("The fine must be paid on 9 March 2026 by the company within a month of sentencing")


def test_dotted_date_with_a_two_digit_year_is_a_dateline_read_day_first() -> None:
    row = _row(_text(HEADLINE, "", "By Nadia Ferris", "07.03.26"))
    assert row["published_at"] == _utc("2026-03-07")
    assert row["authors"] == ["Nadia Ferris"]


def test_dotted_numbers_that_cannot_be_a_date_are_no_dateline() -> None:
    assert parse_datetime("Firmware 3.14.15 fixes the pump alarm") is None
    assert not is_dateline("3.14.15")


def test_a_records_slash_date_is_read_as_the_text_reads_it() -> None:
    # a 24-hour time without a zone is read day first, as with a European zone: the same digits, one date
    assert parse_any("04/11/2026 16:20") == _utc("2026-11-04 16:20")
    assert parse_any("04/11/2026 16:20 CET") == _utc("2026-11-04 15:20")


def test_a_records_slash_date_with_a_us_zone_stays_month_first() -> None:
    assert parse_any("11/04/2026 4:20 PM EST") == _utc("2026-11-04 21:20")
    assert parse_any("2026-11-04T16:20:00+01:00") == _utc("2026-11-04 15:20")


def test_a_records_timed_stamp_beats_the_bare_date_of_the_page_address() -> None:
    page = f"<html><body><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>"
    row = _row(
        page,
        fmt="jsonl-html",
        url=["https://news.example/2026/03/09/water-firm-fined"],
        published_hint=["09/03/2026 11:40 CET"],
    )
    assert row["published_at"] == _utc("2026-03-09 10:40")


def test_a_records_stamp_of_another_day_does_not_replace_the_page_date() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2026-03-09"></head><body>'
        f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>"
    )
    row = _row(page, fmt="jsonl-html", published_hint=["21/03/2026 11:40 CET"])
    assert row["published_at"] == _utc("2026-03-09")


def test_press_release_dateline_with_dashes_around_the_date() -> None:
    lead = (
        "PORTLAND, Ore. — April 14, 2026 — Cascade Pumps Inc. (NYSE: CSPX) today announced a new line of "
        "pumping-station alarms for water utilities."
    )
    assert wire_dateline(lead) == "PORTLAND, Ore. — April 14, 2026"
    # (near miss: a date inside a sentence has no place before it)
    assert wire_dateline("On April 14, 2026 — a Tuesday — the company announced new alarms.") is None


def test_release_date_line_is_the_date_not_the_headline() -> None:
    text = _text("NEWS RELEASE", "For immediate release: 14 April 2026", "", "Utility sets out new spill alarms plan")
    row = _row(text)
    assert row["title"] == "Utility sets out new spill alarms plan"
    assert row["published_at"] == _utc("2026-04-14")
    assert not is_dateline("Immediate action promised on 14 April 2026 vote")


# --- titles -----------------------------------------------------------------------------------------------------


def test_print_view_buttons_are_no_headline() -> None:
    buttons = "[ Print ]  [ Email to a friend ]  [ Larger text ]  [ Close ]"
    info = strip_text(_text(buttons, "", HEADLINE, "", "By Nadia Ferris"))
    assert info.title == HEADLINE
    assert {" ".join(r["text"].split()): r["reason"] for r in info.removed}[" ".join(buttons.split())] == "share-bar"


def test_a_headline_with_a_bracketed_word_stays_the_headline() -> None:
    title = "Water firm fined [again] over sewage spill"
    assert strip_text(_text(title, "", "By Nadia Ferris")).title == title


def test_masthead_with_its_edition_is_no_headline_and_names_the_publisher() -> None:
    row = _row(_text("Harbour Gazette – International edition", "News / Environment", HEADLINE, "By Nadia Ferris"))
    assert row["title"] == HEADLINE
    assert row["publisher"] == "Harbour Gazette"


def test_a_headline_ending_in_edition_words_is_kept() -> None:
    title = "Library saves the last copies of the paper's final edition"
    assert strip_text(_text(title, "", "By Nadia Ferris")).title == title


def test_wire_service_name_over_its_dateline_lead_is_no_title() -> None:
    lead = "OSLO, March 9 (NWS) - " + STORY[0]
    info = strip_text("NORDIC NEWS WIRE\n\n" + lead + "\n\n" + "\n\n".join(STORY[1:]))
    assert info.title is None
    assert {r["text"]: r["reason"] for r in info.removed}["NORDIC NEWS WIRE"] == "masthead"


def test_a_headline_in_capitals_over_a_dateline_lead_stays_the_title() -> None:
    lead = "OSLO, March 9 (NWS) - " + STORY[0]
    info = strip_text("WATER FIRM FINED OVER SPILL\n\n" + lead + "\n\n" + "\n\n".join(STORY[1:]))
    assert info.title == "WATER FIRM FINED OVER SPILL"


# --- authors ----------------------------------------------------------------------------------------------------


def test_a_credit_after_a_full_stop_is_not_part_of_the_name() -> None:
    assert parse_byline("Words by Tomas Lindgren. Pictures by Reuters. Published 9 Mar 2026") == ["Tomas Lindgren"]
    assert parse_byline("By Ruth Okafor. Additional reporting by Sam Hale") == ["Ruth Okafor", "Sam Hale"]
    assert parse_byline("By R. J. Okafor") == ["R. J. Okafor"]  # (near miss: initials keep their stops)


def test_a_role_before_the_name_is_skipped() -> None:
    assert parse_byline("By our environment correspondent, Ruth Okafor") == ["Ruth Okafor"]
    assert parse_byline("By the end of the week, Okafor said, the fine would be paid") is None


def test_labelled_author_field_keeps_the_writer_not_the_photographer() -> None:
    assert authors_from_meta(["Pictures: Lena Moss; text: Omar Haddad"]) == ["Omar Haddad"]
    assert authors_from_meta(["Omar Haddad; Lena Moss"]) == ["Omar Haddad", "Lena Moss"]


def test_columnists_sign_off_under_the_last_paragraph_is_the_author() -> None:
    row = _row(_text(HEADLINE, "", tail=("— Miriam Achterberg",)))
    assert row["authors"] == ["Miriam Achterberg"]


def test_a_dash_and_name_above_more_text_is_no_sign_off() -> None:
    text = "\n\n".join([HEADLINE, STORY[0], "— Miriam Achterberg", *STORY[1:]])
    info = strip_text(text)
    assert info.byline_authors == []
    assert "— Miriam Achterberg" in info.text


def test_capitalised_name_with_a_mc_prefix_is_recased() -> None:
    assert normalise_author("FIONA McGREGOR") == "Fiona McGregor"
    assert normalise_author("Fiona McGregor") == "Fiona McGregor"
    assert _missing(None)


# --- publisher --------------------------------------------------------------------------------------------------


def test_outlet_named_in_the_byline_is_the_publisher() -> None:
    row = _row(_text(HEADLINE, "Nadia Ferris | Valley Times | 9 Mar 2026"))
    assert row["publisher"] == "Valley Times"
    assert row["authors"] == ["Nadia Ferris"]
    assert row["published_at"] == _utc("2026-03-09")


def test_a_byline_with_a_place_names_no_publisher() -> None:
    row = _row(_text(HEADLINE, "Nadia Ferris | Riverside | 9 Mar 2026"))
    assert _missing(row["publisher"])


def test_a_newsroom_over_a_release_names_its_issuer() -> None:
    release = "For immediate release: 14 April 2026"
    text = _text("Severn Water — Media Centre", "", "NEWS RELEASE", release, "", HEADLINE)
    assert _row(text)["publisher"] == "Severn Water"


def test_a_section_over_a_headline_is_no_newsroom() -> None:
    text = _text("Severn Water — Our Rivers", "", HEADLINE, "By Nadia Ferris")
    assert _row(text)["publisher"] != "Severn Water"
