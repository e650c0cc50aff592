"""Date lines with a separator or a numeric UTC offset, relative update stamps, dates beside a byline, and bylines
with accents, genre labels, several credits, an agency's name or an honorific."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.schemas import conform, validate
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.bylines import byline_date, header_authors, names_line, parse_byline
from pipeline.stages.dates import classify_dateline, is_dateline, parse_datetime, split_dateline
from pipeline.stages.metadata import authors_from_meta, extract_metadata
from tests.stages.inputs import input_frame

HEADLINE = "Port authority approves plan to deepen the northern shipping channel"
BODY = (
    "The port authority voted on Monday to deepen the northern shipping channel, a project that officials say "
    "will let larger container ships dock without waiting for the tide.\n\nThe works are expected to take two "
    "years and will be paid for by a levy on cargo, the authority said in a statement after the meeting.\n\n"
    "Fishing groups said they feared the dredging would disturb spawning grounds near the mouth of the estuary."
)


def _row(*header: str) -> pd.Series:
    inputs = input_frame(["\n\n".join([HEADLINE, *header, BODY])])
    out = extract_metadata(inputs, strip_boilerplate(inputs))
    validate("article_metadata", conform("article_metadata", out))
    return out.iloc[0]


def _utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


# 1. a dash, a middle dot or an at sign between the date and its time
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("17.09.2026 – 08:40 CEST", "2026-09-17 06:40"),
        ("2 February 2026 · 16:05 GMT · 3 min read", "2026-02-02 16:05"),
        ("Nov. 9, 2026 · 7:30 a.m. ET", "2026-11-09 12:30"),
        ("Friday 6 June 2025 — 9:12am", "2025-06-06 09:12"),
        ("Sat 3 Jan 2026 @ 22:10 CET", "2026-01-03 21:10"),
    ],
)
def test_a_time_after_a_separator_is_read(line: str, expected: str) -> None:
    assert is_dateline(line)
    assert classify_dateline(line) == ("published", _utc(expected))


def test_a_number_after_a_dash_is_no_time() -> None:
    assert parse_datetime("12 March 2026 – 3 dead after flooding") == _utc("2026-03-12 00:00")


def test_a_dashed_time_dates_the_article() -> None:
    row = _row("By Marta Kowalczyk", "21.10.2026 – 18:20 CEST")
    assert row["published_at"] == _utc("2026-10-21 16:20")


# 2. numeric offsets from UTC or GMT
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2026-06-18 09:45 UTC+2", "2026-06-18 07:45"),
        ("Thursday 7 May 2026 14:00 (GMT+9)", "2026-05-07 05:00"),
        ("Jan 20, 2026, 06:00 PM GMT+5:45", "2026-01-20 12:15"),
        ("12 August 2026 11:00 UTC-3", "2026-08-12 14:00"),
    ],
)
def test_a_numeric_utc_offset_is_applied(line: str, expected: str) -> None:
    assert is_dateline(line)
    assert classify_dateline(line)[1] == _utc(expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("12 August 2026 11:00 GMT", "2026-08-12 11:00"), ("12 August 2026 11:00 BST", "2026-08-12 10:00")],
)
def test_a_zone_name_without_an_offset_is_unchanged(line: str, expected: str) -> None:
    assert classify_dateline(line)[1] == _utc(expected)


# 3. an update stated only relative to now leaves the stamp before it the publication
def test_a_relative_update_leaves_the_publication_stamp() -> None:
    assert split_dateline("June 2, 2026 5:10 PM EDT Updated 40 minutes ago") == ["June 2, 2026 5:10 PM EDT"]
    row = _row("By Caleb Whitford", "June 2, 2026 5:10 PM EDT Updated 40 minutes ago")
    assert row["published_at"] == _utc("2026-06-02 21:10")
    assert pd.isna(row["updated_at"])


def test_a_dated_update_still_splits_into_two_stamps() -> None:
    line = "June 2, 2026 5:10 PM EDT Updated June 3, 2026 8:00 AM EDT"
    assert split_dateline(line) == ["June 2, 2026 5:10 PM EDT", "Updated June 3, 2026 8:00 AM EDT"]
    assert split_dateline("June 2, 2026 Updated") == ["June 2, 2026 Updated"]


# 4. a date line, a separator, then the byline
def test_a_date_before_a_separated_byline() -> None:
    line = "Posted: Thu 5 Mar 2026 @ 09:05 GMT | By Lena Hartmann and Piotr Zielinski"
    assert byline_date(line) == "Posted: Thu 5 Mar 2026 @ 09:05 GMT"
    row = _row(line)
    assert list(row["authors"]) == ["Lena Hartmann", "Piotr Zielinski"]
    assert row["published_at"] == _utc("2026-03-05 09:05")


def test_a_section_before_a_separated_byline_is_no_date() -> None:
    assert byline_date("Home | By Lena Hartmann") is None
    assert not is_dateline(byline_date("Section 4 | By Lena Hartmann") or "")


# 5. a labelled date after the names, the byline and the date line run into one paragraph
def test_a_published_date_after_the_byline_names() -> None:
    row = _row("By Priya Natarajan, Deputy Reviews Editor\npublished 19 August 2026")
    assert list(row["authors"]) == ["Priya Natarajan"]
    assert row["published_at"] == _utc("2026-08-19 00:00")


def test_a_published_word_without_a_date_after_the_names() -> None:
    assert byline_date("By Priya Natarajan, published author") is None
    assert not is_dateline(byline_date("By Priya Natarajan, published in 12 languages") or "")


# 6. a first name printed with accents the list of first names lacks
def test_an_accented_first_name_on_a_bare_byline() -> None:
    row = _row("Rónán Ó Briain | Courts Correspondent", "Tue 10 Nov 2026, 07:15")
    assert list(row["authors"]) == ["Rónán Ó Briain"]


def test_an_accented_word_that_is_no_first_name() -> None:
    lines = [HEADLINE, "Économie Française", BODY.split("\n\n")[0]]
    assert header_authors(lines, HEADLINE, BODY.split("\n\n")[0]) == []


# 7. the kind of piece, then "by"
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Opinion by Katarzyna Wójcik", ["Katarzyna Wójcik"]),
        ("Commentary by Rafael Montes", ["Rafael Montes"]),
        ("Analysis by J. P. Lindqvist", ["J. P. Lindqvist"]),
    ],
)
def test_a_genre_label_before_by(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Analysis by Capital Economics suggests the rate cuts will come sooner than markets now expect",
        "Analysis by Capital Economics.",
        "Photos by Ann Lee",
    ],
)
def test_a_sentence_or_a_photo_credit_is_no_genre_byline(line: str) -> None:
    assert parse_byline(line) is None


# 8. further credits in one byline: who reported or wrote is an author, who edited or took photos is not
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Reporting by Noor Haddad and Ben Carver; Writing by Ida Lund; Editing by Mark Potter",
            ["Noor Haddad", "Ben Carver", "Ida Lund"],
        ),
        ("By Ida Lund; Photos by Chris Moyo", ["Ida Lund"]),
    ],
)
def test_further_credits_in_a_byline(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


def test_an_editing_credit_stays_out() -> None:
    assert parse_byline("Reporting by Noor Haddad; Editing by Mark Potter") == ["Noor Haddad"]


# 9. a news organisation after the author is the publisher
@pytest.mark.parametrize(
    ("line", "expected"),
    [("By MARIA SANTOS, Bloomberg News", ["MARIA SANTOS"]), ("By Kenji Mori, Kyodo News Agency", ["Kenji Mori"])],
)
def test_an_outlet_after_the_author_is_no_author(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


def test_a_surname_that_starts_like_an_outlet_word_stays() -> None:
    assert parse_byline("By Maria Santos and Alan Newsome") == ["Maria Santos", "Alan Newsome"]


# 10. credits separated by semicolons, each with its place or outlet
def test_a_line_of_semicolon_credits() -> None:
    assert names_line("Staff writer, Jakarta; Dewi Lestari, Asia Business Desk") == ["Dewi Lestari"]
    row = _row("Staff writer, Jakarta; Dewi Lestari, Asia Business Desk", "Monday 9 March 2026 10:00 (GMT+7)")
    assert list(row["authors"]) == ["Dewi Lestari"]


@pytest.mark.parametrize(
    "line", ["Jakarta; Surabaya; Bandung", "Tickets: Adults, 12; Children, 6", "Opening hours, Monday; Closed, Sunday"]
)
def test_semicolon_lines_that_are_no_byline(line: str) -> None:
    assert names_line(line) == []


# 11. an honorific is no part of the author's name
def test_an_honorific_is_dropped() -> None:
    assert parse_byline("By Prof. Helen Okafor") == ["Helen Okafor"]
    assert names_line("Dr Samuel Adeyemi, Health Editor") == ["Samuel Adeyemi"]
    assert authors_from_meta(["Dr Amara Singh"]) == ["Amara Singh"]


def test_a_name_that_starts_like_an_honorific_stays() -> None:
    assert parse_byline("By Drew Carter") == ["Drew Carter"]
    assert parse_byline("By Dr Dre") == ["Dr Dre"]
