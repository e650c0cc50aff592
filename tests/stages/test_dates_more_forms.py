"""More date-line and byline forms: time-first stamps, day-first numeric dates, dates around "by", nicknames and
news-agency datelines with a year."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.schemas import conform, validate
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.bylines import byline_date, parse_byline
from pipeline.stages.dates import classify_dateline, is_dateline, parse_datetime, split_dateline, wire_dateline
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import input_frame

HEADLINE = "City approves biggest transport budget in a decade"
BODY = (
    "The city council voted on Tuesday to approve a new budget that raises spending on public transport by twelve "
    "percent, the largest increase in a decade.\n\nCouncil members said the money would pay for more frequent buses "
    "and the repair of two tram lines that have been closed since the floods of last spring.\n\nOpponents argued "
    "that the plan relies on optimistic tax forecasts and could force cuts to other services if the economy slows."
)


def _meta(contents: list[str]) -> pd.DataFrame:
    inputs = input_frame(contents)
    out = extract_metadata(inputs, strip_boilerplate(inputs))
    validate("article_metadata", conform("article_metadata", out))
    return out


def _row(*header: str, body: str = BODY) -> pd.Series:
    return _meta(["\n\n".join([HEADLINE, *header, body])]).iloc[0]


def _utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


# 1. a time-first stamp pair (Gannett): "6:15 p.m. CT Oct. 12, 2025"


GANNETT = "Published 6:15 p.m. CT Oct. 12, 2025 | Updated 8:02 p.m. CT Oct. 12, 2025"


def test_a_time_first_pair_of_stamps_is_a_date_line() -> None:
    assert is_dateline(GANNETT)
    first, second = split_dateline(GANNETT)
    assert classify_dateline(first) == ("published", _utc("2025-10-12 23:15"))
    assert classify_dateline(second) == ("updated", _utc("2025-10-13 01:02"))


def test_a_time_first_pair_of_stamps_dates_the_article() -> None:
    row = _row("By Maria Lopez", GANNETT)
    assert row["authors"] == ["Maria Lopez"]
    assert (row["published_at"], row["updated_at"]) == (_utc("2025-10-12 23:15"), _utc("2025-10-13 01:02"))


def test_a_sentence_opening_with_a_time_and_date_is_no_date_line() -> None:
    line = "Published 6:15 p.m. CT Oct. 12, 2025 figures show the council spent more than it raised in taxes."
    assert not is_dateline(line)


# 2. "Posted by X on 17 Sep 2025": the day before the month


def test_a_day_first_date_after_the_byline() -> None:
    line = "Posted by Kenji Watanabe on 17 Sep 2025"
    assert parse_byline(line) == ["Kenji Watanabe"]
    assert byline_date(line) == "17 Sep 2025"
    row = _row(line)
    assert row["authors"] == ["Kenji Watanabe"]
    assert row["published_at"] == _utc("2025-09-17")


# 3. DD-MM-YYYY, a place before the label


def test_a_place_and_a_dashed_day_first_date() -> None:
    line = "New Delhi, Updated: 22-10-2025 11:30 IST"
    assert is_dateline(line)
    assert classify_dateline(line) == ("updated", _utc("2025-10-22 06:00"))
    row = _row("By Maria Lopez", line)
    assert row["updated_at"] == _utc("2025-10-22 06:00")


def test_a_sentence_with_a_dashed_date_is_no_date_line() -> None:
    assert not is_dateline("The council said on 22-10-2025 that the budget would be revised before the vote.")
    assert parse_datetime("call 555-12-2025 now") is None  # digits run into the day: no date


# 4. numeric dates: day first with a European/Asian/Australian zone or a 24-hour time; US zones month first


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 04/03/2025 14:20 CET", "2025-03-04 13:20"),
        ("04/03/2025 09:00 BST", "2025-03-04 08:00"),
        ("04/03/2025 10:00 AM IST", "2025-03-04 04:30"),
        ("04/03/2025 10:00 JST", "2025-03-04 01:00"),
        ("Updated 04/03/2025 10:00 AEST", "2025-03-04 00:00"),
        ("04/03/2025 10:00 CEST", "2025-03-04 08:00"),
        ("Published 04/03/2025 14:20", "2025-03-04 14:20"),  # a 24-hour clock, no zone
        ("04-03-2025 14:20", "2025-03-04 14:20"),
        # US zones keep the month first (April is daylight time: ET is four hours behind)
        ("04/03/2025 2:20 PM ET", "2025-04-03 18:20"),
        ("04/03/2025 14:20 EST", "2025-04-03 19:20"),
        ("Published 04/03/2025 10:00 PT", "2025-04-03 17:00"),
        # an impossible month decides, whatever the zone
        ("04/13/2025 14:20 CET", "2025-04-13 13:20"),
        ("13/04/2025 2:20 PM ET", "2025-04-13 18:20"),
        # nothing to go by: month first, as before
        ("04/03/2025", "2025-04-03"),
        ("04/03/2025 2:20 PM", "2025-04-03 14:20"),
    ],
)
def test_numeric_dates_day_or_month_first(line: str, expected: str) -> None:
    assert is_dateline(line)
    assert parse_datetime(line) == _utc(expected)


def test_a_swedish_paper_numeric_date_dates_the_article() -> None:
    assert _row("By Maria Lopez", "Published: 04/03/2025 14:20 CET")["published_at"] == _utc("2025-03-04 13:20")


# 5. the date before "by Author"


def test_a_date_before_the_by_line() -> None:
    line = "Tuesday, 3 March 2026 - by Ben Aldous, CFA"
    assert parse_byline(line) == ["Ben Aldous"]
    assert byline_date(line) == "Tuesday, 3 March 2026"
    row = _row(line)
    assert row["authors"] == ["Ben Aldous"]
    assert row["published_at"] == _utc("2026-03-03")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 3, 2026 | By Jane Doe", ["Jane Doe"]),
        ("3 March 2026 — by Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, PhD", ["Jane Doe"]),
        ("By Jane Doe, CFA, and John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_more_dated_and_credentialed_bylines(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, 3 March 2026 - by then the council had spent its reserve.",
        "The vote on 3 March 2026 - by a show of hands - passed easily.",
        "On 3 March 2026 the plan was backed by Mayor John Smith and the council.",
    ],
)
def test_by_in_prose_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_a_body_sentence_with_a_date_and_by_leaves_the_dates_alone() -> None:
    sentence = "On 3 March 2026 the plan was backed by Mayor John Smith and most of the council members."
    row = _row("By Maria Lopez", body=f"{sentence}\n\n{BODY}")
    assert row["authors"] == ["Maria Lopez"]
    assert pd.isna(row["published_at"])


# 6. a quoted nickname inside a name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('Posted by Jamie "Reel" Okafor | Film', ["Jamie Okafor"]),
        ("By Jamie “Reel” Okafor", ["Jamie Okafor"]),
        ("By Jamie 'Reel' Okafor and Jane Doe", ["Jamie Okafor", "Jane Doe"]),
        ("By Mary-Jane O'Neil", ["Mary-Jane O'Neil"]),  # an apostrophe is no quote
    ],
)
def test_a_quoted_nickname_is_dropped(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


def test_a_nickname_byline_names_the_author() -> None:
    assert _row('Posted by Jamie "Reel" Okafor | Film')["authors"] == ["Jamie Okafor"]


# 7. news agencies' datelines with a year, opening the first paragraph


@pytest.mark.parametrize(
    ("paragraph", "dateline", "expected"),
    [
        (
            "LOS ANGELES, Oct 21, 2025 (Newswire) - Streamline Media will raise its prices next month.",
            "LOS ANGELES, Oct 21, 2025 (Newswire) -",
            "2025-10-21",
        ),
        (
            "STOCKHOLM, May 18, 2026 (Reuters) - Sweden's central bank held rates on Monday.",
            "STOCKHOLM, May 18, 2026 (Reuters) -",
            "2026-05-18",
        ),
        (
            "LONDON, 18 May 2026 (Reuters) — Shares fell on Monday.",
            "LONDON, 18 May 2026 (Reuters) —",
            "2026-05-18",
        ),
        (
            "WASHINGTON, Jan. 5, 2026 (AP) -- The Senate voted on Monday.",
            "WASHINGTON, Jan. 5, 2026 (AP) --",
            "2026-01-05",
        ),
    ],
)
def test_news_agency_datelines_with_a_year(paragraph: str, dateline: str, expected: str) -> None:
    assert wire_dateline(paragraph) == dateline
    assert classify_dateline(dateline) == ("published", _utc(expected))


@pytest.mark.parametrize(
    "paragraph",
    [
        "LONDON, Oct 21 (Reuters) - Shares fell on Tuesday.",  # no year: cannot be dated
        "The company said on May 18, 2026 (Reuters) - shares fell.",  # not a place opening the paragraph
        "STOCKHOLM, May 18, 2026 (local time) - the bank held rates.",  # no agency in the brackets
        "In a statement on May 18, 2026 the bank said it would hold rates (Reuters).",
    ],
)
def test_lines_that_are_no_agency_dateline(paragraph: str) -> None:
    assert wire_dateline(paragraph) is None


def test_an_agency_dateline_dates_the_article_and_stays_in_the_body() -> None:
    lead = (
        "STOCKHOLM, May 18, 2026 (Reuters) - Sweden's central bank held its main interest rate on Monday, as most "
        "economists had expected, and said it saw room for one more cut later in the year."
    )
    inputs = input_frame(["\n\n".join(["Riksbank holds rates steady", lead, BODY])])
    stripped = strip_boilerplate(inputs)
    assert stripped.iloc[0]["text"].startswith("STOCKHOLM, May 18, 2026 (Reuters) - Sweden's")
    row = extract_metadata(inputs, stripped).iloc[0]
    assert row["published_at"] == _utc("2026-05-18")
    assert pd.isna(row["updated_at"])


def test_a_newswire_dateline_dates_the_article() -> None:
    lead = (
        "LOS ANGELES, Oct 21, 2025 (Newswire) - Streamline Media will raise the price of its basic plan next "
        "month, the company said on Tuesday, citing the rising cost of the films it licenses."
    )
    assert _row(lead)["published_at"] == _utc("2025-10-21")
