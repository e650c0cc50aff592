"""A wire story's first paragraph printed above its byline is the lead, not a dek; the agency's name printed under
the byline is the byline's, not a heading of the body. Written for these tests."""

from __future__ import annotations

from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.dates import NEWS_DATELINE_RE
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import input_frame

LEAD = (
    "HALIFAX, Nova Scotia (AP) — The region's largest ferry operator will cancel a third of its winter crossings, "
    "the company said Monday, blaming fuel prices that have doubled since spring."
)
PAGE = "\n\n".join(
    [
        "Business | Energy",
        "Ferry operator scraps winter timetable as fuel costs bite",
        LEAD,
        "By Maren Holt\nAssociated Press\nNovember 3, 2025, 9:14 AM EST",
        "Bay Crossings said the cuts would affect routes to four islands from December and save about $6 million.",
        "Island councils said residents would be cut off for days at a time when storms cancel the remaining "
        "sailings.",
    ]
)


def _row() -> tuple[dict, dict]:
    inputs = input_frame([PAGE])
    stripped = strip_boilerplate(inputs)
    return stripped.iloc[0].to_dict(), extract_metadata(inputs, stripped).iloc[0].to_dict()


def test_a_paragraph_opening_with_a_news_dateline_is_the_lead_even_over_the_byline():
    row, meta = _row()
    assert row["text"].startswith("HALIFAX, Nova Scotia (AP) — The region's largest ferry operator")
    assert meta["subtitle"] is None or "ferry operator will cancel" not in meta["subtitle"]
    assert meta["title"] == "Ferry operator scraps winter timetable as fuel costs bite"


def test_the_agency_under_the_byline_is_the_bylines():
    row, meta = _row()
    assert "Associated Press" not in row["text"]
    assert {"text": "Associated Press", "reason": "byline"} in list(row["removed"])
    assert list(meta["authors"]) == ["Maren Holt"]


def test_news_datelines_and_lines_that_only_look_like_them():
    for line in ("GENEVA (AP) — Last year", "OSLO/LONDON, Feb 9 (Reuters) - Castellan", "NEW YORK — Stocks fell",
                 "WASHINGTON, D.C. (AP) -- The Senate"):
        assert NEWS_DATELINE_RE.match(line), line
    for line in ("UK-based lenders said", "The US (AP) — x", "Markets - live"):
        assert not NEWS_DATELINE_RE.match(line), line


def test_the_datelines_agency_is_the_publisher_when_the_page_names_none():
    _, meta = _row()
    assert meta["publisher"] == "AP"
    inputs = input_frame([PAGE.replace("(AP) ", "")])
    assert extract_metadata(inputs, strip_boilerplate(inputs)).iloc[0]["publisher"] is None
