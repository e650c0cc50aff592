"""Press releases copied into a news collection: the closing sections go, the wire dateline gives the date."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.stages.boilerplate import strip_boilerplate, strip_text
from pipeline.stages.dates import classify_dateline, wire_dateline
from pipeline.stages.furniture import PRESS_RELEASE_REASON, press_release_marker
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import input_frame

HEADLINE = "Tidewater Ceramics to Acquire Juniper Kilns for $85 Million"
DEK = "Deal adds industrial kilns to Tidewater's tile business and is expected to close in the second quarter"
DATELINE = "GDANSK, Poland, September 8, 2026 /PRNewswire/ --"
BODY = [
    f"{DATELINE} Tidewater Ceramics SA (WSE: TDW), a maker of floor and wall tiles, today announced that it has "
    "agreed to acquire Juniper Kilns Oy, a Finnish builder of industrial kilns, for $85 million in cash.",
    "The two companies have worked together for more than a decade, and the deal will bring about 140 kiln "
    "engineers into Tidewater's workshops in Gdansk and Tampere.",
    '"Owning the kilns we fire our tiles in lets us plan our plants for the next twenty years," said Marta '
    "Wrona, chief executive of Tidewater Ceramics.",
    "The boards of both companies have approved the deal, which still needs the approval of competition "
    "authorities in Poland and Finland.",
]
TAIL = [
    "About Tidewater Ceramics",
    "Tidewater Ceramics SA is one of Central Europe's largest tile makers, with plants in four countries. For "
    "more information, visit www.tidewater.example.",
    "About Juniper Kilns",
    "Founded in 1987, Juniper designs and builds gas and electric kilns for ceramics producers in 30 countries.",
    "Forward-Looking Statements",
    "This press release contains forward-looking statements within the meaning of applicable securities laws. "
    "Actual results may differ materially from those described.",
    "Cautionary Note Regarding Forward-Looking Statements",
    "These statements reflect current expectations and are subject to risks and uncertainties.",
    "Media Contact:",
    "Ewa Kowal",
    "+48 58 000 00 00",
    "press@tidewater.example",
    "Investor Contacts:",
    "Piotr Lis, Head of Investor Relations",
    "SOURCE Tidewater Ceramics SA",
    "###",
]
RELEASE = "\n\n".join([HEADLINE, DEK, *BODY, *TAIL])


def _reasons(info) -> dict[str, str]:
    return {item["text"]: item["reason"] for item in info.removed}


def test_every_closing_section_of_a_release_is_press_release_boilerplate() -> None:
    info = strip_text(RELEASE)
    reasons = _reasons(info)
    for line in TAIL:
        assert reasons.get(line) == PRESS_RELEASE_REASON, line
    assert info.text == "\n\n".join(BODY)  # the dateline stays where the wire put it


def test_the_dek_over_the_wire_dateline_is_the_subtitle() -> None:
    info = strip_text(RELEASE)
    assert info.title == HEADLINE
    assert info.subtitle == DEK


def test_the_wire_dateline_gives_the_publication_date() -> None:
    inputs = input_frame([RELEASE])
    meta = extract_metadata(inputs, strip_boilerplate(inputs)).iloc[0]
    assert meta["published_at"] == pd.Timestamp("2026-09-08", tz="UTC")
    assert meta["subtitle"] == DEK


@pytest.mark.parametrize(
    "dateline",
    [
        "OSLO, Norway, June 16, 2026 /PRNewswire/ --",
        "NEW YORK, June 16, 2026 /PRNewswire-FirstCall/ --",
        "AUSTIN, Texas, June 16, 2026 (BUSINESS WIRE) --",
        "AUSTIN, Texas--(BUSINESS WIRE)--June 16, 2026--",
        "AUSTIN, Texas, June 16, 2026 /Business Wire/ --",
        "TORONTO, June 16, 2026 /CNW/ -",
        "LISBON, PORTUGAL, June 16, 2026 /EINPresswire.com/ --",
        "Espoo, Finland, 16 June 2026 (GLOBE NEWSWIRE) --",
    ],
)
def test_wire_datelines_of_each_newswire(dateline: str) -> None:
    assert wire_dateline(f"{dateline} Acme Oyj said it would build a plant.") == dateline
    assert classify_dateline(dateline) == ("published", pd.Timestamp("2026-06-16", tz="UTC"))


@pytest.mark.parametrize(
    "paragraph",
    [
        "AUSTIN, Texas--(BUSINESS WIRE)--Acme Inc. today announced a new chip.",  # no date in the line
        "The company said on June 16, 2026 (PRNewswire) that it would expand.",  # not at the paragraph's start
        "LONDON, June 16 (Reuters) - Shares fell on Tuesday.",  # a news agency's dateline, no wire tag
    ],
)
def test_lines_that_are_no_wire_dateline(paragraph: str) -> None:
    assert wire_dateline(paragraph) is None


STORY = [
    "Ferry Lane Cricket Club Reopens After Flood",
    "The cricket club on Ferry Lane reopened on Saturday, eight months after the river burst its banks and "
    "left the pavilion under a metre of water.",
    "Volunteers spent the winter stripping the floors, and a grant from the county paid for new drainage under "
    "the outfield and a raised floor in the changing rooms.",
    "About 200 people attended.",
    "About the New Pavilion",
    "The pavilion now stands on concrete piles, and the club says the next flood should pass beneath it.",
    "The architect, a former opening batsman, gave his time for free and designed the raised veranda himself.",
    "The club's insurers have agreed to cover the building again, which they had refused to do last year.",
    "The first league match on the new ground will be played next weekend against the village of Marsh End.",
    "Membership has doubled since the flood, and the club will start a junior section in the spring.",
]


def test_a_storys_about_lines_stay() -> None:
    info = strip_text("\n\n".join(STORY))
    assert "About 200 people attended." in info.text
    assert "About the New Pavilion" in info.text
    assert PRESS_RELEASE_REASON not in _reasons(info).values()


def test_an_about_heading_inside_a_story_is_no_company_box() -> None:
    # title case, and a company's description under it, but the story runs on for five paragraphs below
    paragraphs = [
        "About Marsh End Brewery",
        "Marsh End Brewery is a family company founded in 1921 that supplies pubs across the county.",
        *STORY[5:],
    ]
    info = strip_text("\n\n".join([*STORY[:3], *paragraphs]))
    assert all(p in info.text for p in STORY[5:])
    assert PRESS_RELEASE_REASON not in _reasons(info).values()


def test_the_author_box_keeps_its_reason() -> None:
    bio = "Hanna Ilves has followed village cricket for ten years and lives in Marsh End."
    info = strip_text("\n\n".join([*STORY[:3], STORY[5], "About Hanna Ilves", bio]))
    assert _reasons(info)["About Hanna Ilves"] == "author-bio"
    assert _reasons(info)[bio] == "author-bio"


def test_a_storys_source_line_and_end_mark_stay_without_a_release() -> None:
    info = strip_text("\n\n".join([*STORY[:3], *STORY[5:8], "SOURCE Ferry Lane Cricket Club", "###"]))
    assert PRESS_RELEASE_REASON not in _reasons(info).values()


def test_a_release_without_a_wire_dateline_loses_its_closing_sections() -> None:
    body = [p.replace(DATELINE + " ", "GDANSK, Poland - ") for p in BODY]
    info = strip_text("\n\n".join([HEADLINE, *body, *TAIL]))
    reasons = _reasons(info)
    assert all(reasons.get(line) == PRESS_RELEASE_REASON for line in TAIL[:8])
    assert info.text == "\n\n".join(body)


def test_a_notice_run_into_its_heading() -> None:
    notice = (
        "Safe Harbor Statement: This news release contains forward-looking statements that involve risks and "
        "uncertainties, and actual results may differ."
    )
    info = strip_text("\n\n".join([HEADLINE, *BODY, notice, "-- END --"]))
    reasons = _reasons(info)
    assert reasons[notice] == PRESS_RELEASE_REASON
    assert reasons["-- END --"] == PRESS_RELEASE_REASON


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("About Tidewater Ceramics", "about"),
        ("About The Juniper Kiln Company, Inc.", "about"),
        ("About 200 people attended.", None),
        ("About the author", None),
        ("Safe Harbor Statement", "legal"),
        ("Cautionary Statements", "legal"),
        ("Media Contacts:", "contact"),
        ("Investor Contact: Piotr Lis, +48 58 000 00 01", "contact"),
        ("Press Contact", "contact"),
        ("SOURCE Juniper Kilns Oy", "source"),
        ("Source: company filings", None),
        ("###", "end"),
        ("-- END --", "end"),
    ],
)
def test_press_release_markers(line: str, kind: str | None) -> None:
    assert press_release_marker(line) == kind


def test_a_release_on_a_web_page() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [DEK, *BODY, *TAIL])
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{HEADLINE}</h1>{paragraphs}</article></body></html>"
    )
    inputs = input_frame([page], fmt="html")
    stripped = strip_boilerplate(inputs)
    reasons = {item["text"]: item["reason"] for item in stripped.iloc[0]["removed"]}
    assert all(reasons.get(line) == PRESS_RELEASE_REASON for line in TAIL)
    assert extract_metadata(inputs, stripped).iloc[0]["published_at"] == pd.Timestamp("2026-09-08", tz="UTC")
