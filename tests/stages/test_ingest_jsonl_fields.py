"""A JSONL record's author and publisher fields reach the article's metadata, cleaned as bylines are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.ingest import scan_inputs
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import COUNCIL_STORY

BODY = "\n\n".join(COUNCIL_STORY)


def _metadata(tmp_path: Path, **fields: object) -> dict:
    """The metadata row of one JSONL record holding the story and ``fields``."""
    record = {"url": "https://news.example.net/budget", "title": "Transport budget approved", "text": BODY}
    record.update(fields)
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n")
    records = scan_inputs(tmp_path).records
    return extract_metadata(records, strip_boilerplate(records)).iloc[0].to_dict()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"author": "Mira Castell"}, ["Mira Castell"]),
        ({"author": "By Mira Castell"}, ["Mira Castell"]),
        ({"authors": ["Mira Castell", "Odd Lunde"]}, ["Mira Castell", "Odd Lunde"]),
        ({"authors": "Mira Castell and Odd Lunde"}, ["Mira Castell", "Odd Lunde"]),
        ({"authors": ["", None, "by ODD LUNDE"]}, ["Odd Lunde"]),
        ({"byline": "By Mira Castell, Transport Correspondent"}, ["Mira Castell"]),
        ({"creator": "Odd Lunde"}, ["Odd Lunde"]),
        ({"author": {"@type": "Person", "name": "Mira Castell"}}, ["Mira Castell"]),
        ({"author": None, "creator": "Odd Lunde"}, ["Odd Lunde"]),
        ({"author": ""}, []),
        ({}, []),
    ],
)
def test_author_fields_give_the_authors(tmp_path: Path, fields: dict, expected: list[str]) -> None:
    row = _metadata(tmp_path, published="2026-03-04T08:15:00+01:00", **fields)
    assert list(row["authors"]) == expected
    assert row["title"] == "Transport budget approved"
    assert row["published_at"].isoformat() == "2026-03-04T07:15:00+00:00"


@pytest.mark.parametrize(
    "fields",
    [
        {"publisher": "Lakeside Courier"},
        {"site_name": "Lakeside Courier"},
        {"source": "Lakeside Courier"},
        {"source": {"id": "lakeside-courier", "name": "Lakeside Courier"}},
    ],
)
def test_publisher_fields_give_the_publisher(tmp_path: Path, fields: dict) -> None:
    assert _metadata(tmp_path, **fields)["publisher"] == "Lakeside Courier"


def test_the_publisher_named_as_author_is_no_author(tmp_path: Path) -> None:
    row = _metadata(tmp_path, author=["Mira Castell", "Lakeside Courier"], publisher="Lakeside Courier")
    assert list(row["authors"]) == ["Mira Castell"]


def test_a_url_is_no_publisher(tmp_path: Path) -> None:
    assert not _metadata(tmp_path, source="https://news.example.net/")["publisher"]


def test_hints_are_carried_by_the_record(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": BODY, "authors": ["Mira Castell", 7], "publisher": " "}) + "\n" + json.dumps({"text": BODY})
    )
    records = scan_inputs(tmp_path).records
    assert list(records["authors_hint"].iloc[0]) == ["Mira Castell"]
    assert records["publisher_hint"].iloc[0] is None
    assert records["authors_hint"].iloc[1] is None


def test_a_records_dek_field_is_the_subtitle_and_a_description_is_not(tmp_path: Path) -> None:
    dek = "Councillors back  a £48m plan for buses and cycle lanes"
    assert _metadata(tmp_path, subtitle=dek)["subtitle"] == "Councillors back a £48m plan for buses and cycle lanes"
    assert _metadata(tmp_path, standfirst=dek)["subtitle"] == "Councillors back a £48m plan for buses and cycle lanes"
    assert not isinstance(_metadata(tmp_path, description=dek)["subtitle"], str)  # a feed's summary may be the lead
