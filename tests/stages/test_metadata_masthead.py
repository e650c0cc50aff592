"""The publisher and the title of a copied page whose text opens with the site's name (its masthead)."""

from __future__ import annotations

from pipeline.schemas import conform, validate
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import COUNCIL_STORY, input_frame

HEADLINE = "Council approves budget with record rise in transport spending"
DEK = "Buses to run more often from spring as two tram lines are repaired"


def _row(text: str) -> dict:
    inputs = input_frame([text])
    out = extract_metadata(inputs, strip_boilerplate(inputs))
    validate("article_metadata", conform("article_metadata", out))
    return out.iloc[0].to_dict()


def _text(*top: str, tail: str = "") -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(COUNCIL_STORY) + ("\n\n" + tail if tail else "")


def test_masthead_with_copyright_gives_title_dek_and_publisher() -> None:
    row = _row(
        _text(
            "Brookfield Sentinel",
            "Home | News | Politics | Sport | Opinion",
            "",
            HEADLINE,
            DEK,
            "",
            "By Odile Marchetti",
            "Published June 2, 2025 8:00 AM",
            tail="© 2025 Brookfield Sentinel. All rights reserved.",
        )
    )
    assert row["title"] == HEADLINE
    assert row["subtitle"] == DEK
    assert row["publisher"] == "Brookfield Sentinel"
    assert row["authors"] == ["Odile Marchetti"]


def test_masthead_alone_names_the_publisher() -> None:
    headline = "Transport budget: what the vote means for commuters"
    row = _row(_text("Eastmoor Tribune", "", headline, "", "Last updated: 02/06/2025 15:30", "By Rafe Okonjo"))
    assert row["title"] == headline
    assert row["publisher"] == "Eastmoor Tribune"


def test_masthead_is_the_publication_where_the_copyright_names_its_owner() -> None:
    row = _row(
        _text(
            "Brookfield Sentinel",
            "Home | News | Politics | Sport | Opinion",
            "",
            HEADLINE,
            "",
            "By Odile Marchetti",
            tail="© 2025 Northgate Media Group. All rights reserved.",
        )
    )
    assert row["title"] == HEADLINE
    assert row["publisher"] == "Brookfield Sentinel"


def test_short_headline_is_no_publisher() -> None:
    row = _row(_text("Budget passes", DEK, "", "By Odile Marchetti"))
    assert row["title"] == "Budget passes"
    assert row["subtitle"] == DEK
    assert row["publisher"] is None or row["publisher"] != row["publisher"]  # none stated (a frame's NaN)


def test_a_blog_prints_its_name_then_the_byline_then_the_post_title() -> None:
    row = _row(_text("Harbourside Money Blog", "Posted by Kit Arundel on June 2, 2025", "", HEADLINE))
    assert row["title"] == HEADLINE
    assert row["publisher"] == "Harbourside Money Blog"
    assert list(row["authors"]) == ["Kit Arundel"]
    assert str(row["published_at"].date()) == "2025-06-02"  # the date after the names
