"""Generic US zone names ("ET", "PT", "Eastern") follow daylight saving; explicit EST/EDT/PST/PDT do not."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.stages.dates import classify_dateline, is_dateline, parse_datetime


def _utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # summer (daylight saving) dates: four hours behind UTC in the East, seven in the West
        ("Updated Oct 21, 2026 08:30 PM ET", "2026-10-22 00:30"),
        ("October 22, 2026 7:15am PT", "2026-10-22 14:15"),
        ("Published July 4, 2026 at 3:00 p.m. CT", "2026-07-04 20:00"),
        ("June 10, 2026 10:00 AM MT", "2026-06-10 16:00"),
        ("2026-10-21 20:30 ET", "2026-10-22 00:30"),
        ("Oct 21, 2026, 8:30 p.m. ET", "2026-10-22 00:30"),
        ("8:30 PM ET, Oct 21, 2026", "2026-10-22 00:30"),
        ("21 October 2026 20:30 ET", "2026-10-22 00:30"),
        # winter (standard time)
        ("Jan 5, 2026 9:00 AM ET", "2026-01-05 14:00"),
        ("Dec 1, 2026 9:00 AM PT", "2026-12-01 17:00"),
        ("Feb 2, 2026 9:00 AM CT", "2026-02-02 15:00"),
        ("Feb 2, 2026 9:00 AM MT", "2026-02-02 16:00"),
        # the switch-over days: 8 March 2026 (spring forward at 2:00) and 1 November 2026 (fall back at 2:00)
        ("March 8, 2026 1:30 AM ET", "2026-03-08 06:30"),
        ("March 8, 2026 3:30 AM ET", "2026-03-08 07:30"),
        ("November 1, 2026 3:30 AM ET", "2026-11-01 08:30"),
        # spelled-out zone names
        ("Updated Oct 21, 2026 08:30 PM Eastern", "2026-10-22 00:30"),
        ("Oct 21, 2026 8:30 PM Eastern Time", "2026-10-22 00:30"),
        ("Jan 5, 2026 9:00 AM Eastern", "2026-01-05 14:00"),
        ("October 22, 2026 7:15 am Pacific", "2026-10-22 14:15"),
        ("October 22, 2026 7:15 am Pacific Time", "2026-10-22 14:15"),
    ],
)
def test_generic_us_zone_follows_daylight_saving(line: str, expected: str) -> None:
    assert parse_datetime(line) == _utc(expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an explicit standard or daylight abbreviation is taken at its word, whatever the season
        ("Oct 21, 2026 08:30 PM EST", "2026-10-22 01:30"),
        ("Oct 21, 2026 08:30 PM EDT", "2026-10-22 00:30"),
        ("Jan 5, 2026 9:00 AM EDT", "2026-01-05 13:00"),
        ("October 22, 2026 7:15am PST", "2026-10-22 15:15"),
        ("October 22, 2026 7:15am PDT", "2026-10-22 14:15"),
        ("Jan 5, 2026 9:00 AM PDT", "2026-01-05 16:00"),
        ("July 4, 2026 3:00 PM CST", "2026-07-04 21:00"),
        ("July 4, 2026 3:00 PM MST", "2026-07-04 22:00"),
        # other zones and offsets are unchanged
        ("Updated Jul 22, 2025 12:07 PM IST", "2025-07-22 06:37"),
        ("12 March 2005 14:15 GMT", "2005-03-12 14:15"),
        ("2026-07-04T15:00:00-04:00", "2026-07-04 19:00"),
        ("July 4, 2026 3:00 PM", "2026-07-04 15:00"),
    ],
)
def test_fixed_zones_keep_their_offsets(line: str, expected: str) -> None:
    assert parse_datetime(line) == _utc(expected)


def test_yearless_update_line_with_generic_zone() -> None:
    assert classify_dateline("Updated Jul 19, 6:55 AM ET", 2026) == ("updated", _utc("2026-07-19 10:55"))
    assert classify_dateline("Updated Jan 19, 6:55 AM ET", 2026) == ("updated", _utc("2026-01-19 11:55"))


def test_zone_names_still_make_a_dateline() -> None:
    assert is_dateline("Updated Oct 21, 2026 08:30 PM ET")
    assert is_dateline("Published Oct 21, 2026 8:30 PM Eastern")
    assert is_dateline("June 10, 2026 10:00 AM MT")
    assert not is_dateline("The Eastern Conference final starts on June 10, 2026 in Boston after the break.")


def test_result_is_utc_microseconds() -> None:
    value = parse_datetime("Updated Oct 21, 2026 08:30 PM ET")
    assert value is not None
    assert str(value.tz) == "UTC"
    assert value.unit == "us"
