"""The header zone, session 15 (second round): a body sentence opening "By Friday ..." is no byline; a role's
label before the name, reporters each with their place and a desk's section staff; a date inside a byline's
cells and a programme's "Recorded ... p.m. <city> time" line; the publisher named under the headline or by a web
edition's name, and by an agency's dateline under a leftover line; a JSONL text field that holds markup."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.bylines import byline_date, located_names, parse_byline
from pipeline.stages.dates import is_dateline, parse_datetime
from pipeline.stages.ingest import holds_markup, scan_inputs
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import input_frame

STORY = [
    "The regional water company will cut supplies to two reservoirs for a fortnight after tests found traces of "
    "algae near the intake pipes, its operations director said on Wednesday.",
    "Households in the northern suburbs are being asked to boil tap water before drinking it until the company "
    "confirms that the treatment works have cleared the affected tanks.",
    "Engineers said the algae had bloomed after three weeks of unusually warm weather and that similar problems "
    "had been reported at reservoirs further up the valley this summer.",
    "The company said bottled water would be handed out at four collection points and that elderly customers on "
    "its priority register would receive deliveries at home.",
]
HEADLINE = "Water company cuts reservoir supply after algae found"


def _text(*top: str, tail: tuple[str, ...] = (), body: list[str] = STORY) -> str:
    return "\n\n".join(top) + "\n\n" + "\n\n".join(body) + ("\n\n" + "\n\n".join(tail) if tail else "")


def _stripped(text: str) -> tuple[dict, dict]:
    inputs = input_frame([text])
    stripped = strip_boilerplate(inputs)
    return extract_metadata(inputs, stripped).iloc[0].to_dict(), stripped.iloc[0].to_dict()


def _row(text: str) -> dict:
    return _stripped(text)[0]


def _utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


# --- "By" opening an adverbial of time or a sentence --------------------------------------------------------


def test_a_sentence_opening_by_a_weekday_stays_in_the_body_and_names_no_author() -> None:
    line = "By Saturday morning 1,240 homes were without running water, the company said, up from 800 on Friday."
    row, stripped = _stripped(_text(HEADLINE, "By Nadia Ferreira", body=STORY[:2] + [line] + STORY[2:]))
    assert row["authors"] == ["Nadia Ferreira"]
    assert line in stripped["text"]
    assert parse_byline(line) is None


def test_by_a_month_or_a_clause_is_no_byline() -> None:
    assert parse_byline("By September 2027 the new treatment plant should be running at full capacity.") is None
    assert parse_byline("By May, engineers had replaced most of the pipes.") is None
    assert parse_byline("By Christmas the reservoir was full again") is None
    assert parse_byline("By Northern Water's own estimate, the repairs will cost about 3 million pounds.") is None


def test_a_byline_whose_name_is_a_month_or_carries_a_verb_word_stays_a_byline() -> None:
    assert parse_byline("By June Okafor") == ["June Okafor"]
    assert parse_byline("By April Dunne and Tom Reyes") == ["April Dunne", "Tom Reyes"]
    assert parse_byline("By Nadia Ferreira | Valley Post | Updated 10 min ago") == ["Nadia Ferreira"]


# --- a role's label, reporters with their places, a desk's section staff -------------------------------------


def test_a_role_label_before_the_name_is_a_byline() -> None:
    assert parse_byline("Environment correspondent: Ruth Adebayo") == ["Ruth Adebayo"]
    row = _row(_text(HEADLINE, "Staff writer: Colm Brennan"))
    assert row["authors"] == ["Colm Brennan"]


def test_a_label_that_is_no_reporters_role_is_no_byline() -> None:
    assert parse_byline("Operations director: Ruth Adebayo") is None
    assert parse_byline("The court reporter: a witness said") is None


def test_reporters_each_with_their_place_are_all_authors() -> None:
    assert located_names("Ruth Adebayo in Leeds and Colm Brennan in Belfast") == ["Ruth Adebayo", "Colm Brennan"]
    row = _row(_text(HEADLINE, "Ruth Adebayo in Leeds and Colm Brennan in Belfast"))
    assert row["authors"] == ["Ruth Adebayo", "Colm Brennan"]


def test_one_reporter_with_her_place_after_by_is_one_author() -> None:
    assert located_names("By Ruth Adebayo in Leeds") == ["Ruth Adebayo"]
    assert _row(_text(HEADLINE, "By Ruth Adebayo in Leeds"))["authors"] == ["Ruth Adebayo"]


def test_places_joined_by_and_are_no_reporters() -> None:
    assert located_names("Protests in Leeds and Belfast") == []
    assert located_names("Ruth Adebayo and Colm Brennan") == []  # (no place: the bare-name reader's)
    assert located_names("Prices in New York and London rose.") == []


def test_a_desk_credit_with_its_section_names_no_author_but_the_outlet() -> None:
    assert parse_byline("By Valley Post environment staff") is None
    row = _row(_text(HEADLINE, "By Valley Post environment staff"))
    assert row["authors"] == []
    assert row["publisher"] == "Valley Post"
    assert parse_byline("By Ruth Adebayo, environment staff") == ["Ruth Adebayo"]


# --- dates in a byline's cells and in a programme's line ----------------------------------------------------


def test_a_date_cell_inside_a_byline_dates_the_article() -> None:
    line = "by Colm Brennan | 14/09/2026 06:40 UTC | 3 min read"
    assert byline_date(line) == "14/09/2026 06:40 UTC"
    row = _row(_text(HEADLINE, line))
    assert row["authors"] == ["Colm Brennan"]
    assert row["published_at"] == _utc("2026-09-14 06:40")


def test_a_byline_with_a_reading_time_alone_states_no_date() -> None:
    assert byline_date("by Colm Brennan | 3 min read") is None
    assert byline_date("By Colm Brennan | Valley Post") is None


def test_a_recorded_line_with_a_city_clock_dates_the_transcript() -> None:
    line = "Recorded Thursday, September 10, 2026, 6 p.m. Dublin time"
    assert is_dateline(line)
    assert parse_datetime(line) == _utc("2026-09-10 17:00")  # Irish summer time
    assert parse_datetime("Aired 10 September 2026, 9 a.m. Oslo time") == _utc("2026-09-10 07:00")
    row = _row(_text("THE WATER HOUR - episode transcript", line))
    assert row["published_at"] == _utc("2026-09-10 17:00")


def test_a_sentence_about_recordings_is_no_date_line() -> None:
    assert not is_dateline("Recorded music sales in Ireland rose by 4 percent in 2025, the industry body said")
    assert parse_datetime("on 10 September 2026 at 6 p.m.") == _utc("2026-09-10 18:00")  # no city: as before


# --- the publisher ------------------------------------------------------------------------------------------


def test_a_publication_named_under_the_headline_and_in_the_footer_is_the_publisher() -> None:
    text = _text(
        "ENVIRONMENT",
        HEADLINE,
        "Dunmore Gazette | Environment desk",
        "By Nadia Ferreira",
        tail=("Dunmore Gazette, 22 Quay Street, Dunmore. Tel 01632 960 321",),
    )
    assert _row(text)["publisher"] == "Dunmore Gazette"


def test_a_kicker_under_the_headline_that_the_text_repeats_is_no_publisher() -> None:
    body = [*STORY, "Algae Watch volunteers said they had warned the company in June."]
    text = _text("ENVIRONMENT", HEADLINE, "Algae Watch | Analysis", "By Nadia Ferreira", body=body)
    assert _row(text)["publisher"] != "Algae Watch"


def test_a_web_editions_name_over_a_menu_is_the_name_the_footer_repeats() -> None:
    text = _text(
        "Dunmore Courier Online | Log in | Newsletters",
        HEADLINE,
        "By Nadia Ferreira",
        tail=("Dunmore Courier is a member of the Independent Press Standards Organisation.",),
    )
    assert _row(text)["publisher"] == "Dunmore Courier"


def test_a_web_editions_name_the_page_does_not_repeat_gives_no_publisher() -> None:
    text = _text("Dunmore Courier Online | Log in | Newsletters", HEADLINE, "By Nadia Ferreira")
    assert not _row(text)["publisher"]


def test_an_agency_dateline_under_a_leftover_line_names_the_publisher() -> None:
    lead = "DUNMORE, Sept 10 (Eastline) - The regional water company will cut supplies to two reservoirs."
    row = _row(_text("WATER-ALGAE/ (UPDATE 1)", "UPDATE 1-Water company cuts supply after algae found", lead))
    assert row["publisher"] == "Eastline"


# --- a JSONL text field that holds markup ---------------------------------------------------------------------


def _jsonl_row(tmp_path: Path, record: dict) -> tuple[dict, dict, str]:
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n")
    records = scan_inputs(tmp_path).records
    stripped = strip_boilerplate(records)
    row = extract_metadata(records, stripped).iloc[0].to_dict()
    return row, stripped.iloc[0].to_dict(), records.iloc[0]["format"]


def test_a_content_field_holding_html_is_read_as_html(tmp_path: Path) -> None:
    content = "".join(f"<p>{p}</p>\n" for p in STORY[:2])
    content += '<div class="share">Share this: <a href="#">Facebook</a> <a href="#">X</a></div>\n'
    content += "".join(f"<p>{p}</p>\n" for p in STORY[2:])
    record = {"title": HEADLINE, "content": content, "link": "https://dunmore.example/news/algae", "feed": "Dunmore"}
    row, stripped, fmt = _jsonl_row(tmp_path, record)
    assert fmt == "jsonl-html"
    assert "<p>" not in stripped["text"] and "Share this" not in stripped["text"]
    assert stripped["text"].startswith("The regional water company")
    assert row["publisher"] == "Dunmore"


def test_plain_text_that_mentions_a_tag_stays_text(tmp_path: Path) -> None:
    text = "\n\n".join([*STORY, "The company's web page wrapped the notice in a <p> element by mistake."])
    _, stripped, fmt = _jsonl_row(tmp_path, {"title": HEADLINE, "content": text})
    assert fmt == "jsonl-text"
    assert "<p> element" in stripped["text"]
    assert holds_markup("<div class='story'><p>Text</p></div>")
    assert not holds_markup("Use <br> for a line break, one reader wrote.")
