"""Metadata from the header lines the stripper set aside, and from HTML meta tags."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.schemas import conform, validate
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.bylines import looks_like_name, parse_byline
from pipeline.stages.dates import classify_dateline, is_dateline, parse_datetime
from pipeline.stages.metadata import detect_language, extract_metadata, normalise_author
from tests.stages.inputs import input_frame

BODY = (
    "The city council voted on Tuesday to approve a new budget that raises spending on public transport by twelve "
    "percent, the largest increase in a decade.\n\nCouncil members said the money would pay for more frequent buses "
    "and the repair of two tram lines that have been closed since the floods of last spring.\n\nOpponents argued "
    "that the plan relies on optimistic tax forecasts and could force cuts to other services if the economy slows."
)


def _meta(contents, **cols) -> pd.DataFrame:
    inputs = input_frame(contents, **cols)
    out = extract_metadata(inputs, strip_boilerplate(inputs))
    validate("article_metadata", conform("article_metadata", out))
    return out


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("By Jane Doe | Reuters", ["Jane Doe"]),
        ("By Jane Doe, Senior Reporter", ["Jane Doe"]),
        ("Author: Jane Doe", ["Jane Doe"]),
        ("By Mary-Jane O'Neil", ["Mary-Jane O'Neil"]),
        ("(Reporting by Jane Doe; Editing by John Roe)", ["Jane Doe"]),
    ],
)
def test_bylines(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


def test_not_bylines() -> None:
    assert parse_byline("By the end of the year the council had spent its reserve.") is None
    assert parse_byline("The council approved the budget.") is None
    assert looks_like_name("Lakshay Kumar")
    assert not looks_like_name("Related Articles")
    assert not looks_like_name("The Fusion of Artistry and Algorithm")


@pytest.mark.parametrize(
    ("line", "kind", "iso"),
    [
        ("Updated Jul 22, 2025 12:07 PM IST", "updated", "2025-07-22T06:37:00+00:00"),
        ("Published on: Jul 22, 2025 12:07 PM IST", "published", "2025-07-22T06:37:00+00:00"),
        ("Published 10:05 AM EDT, March 4, 2024", "published", "2024-03-04T14:05:00+00:00"),
        ("Mon 4 Mar 2024 10.05 GMT", "published", "2024-03-04T10:05:00+00:00"),
        ("Last updated: 15 January 2025, 09:30 EST", "updated", "2025-01-15T14:30:00+00:00"),
        ("Posted: 2024-03-01T10:00:00+02:00", "published", "2024-03-01T08:00:00+00:00"),
        ("March 3, 2024", "published", "2024-03-03T00:00:00+00:00"),
    ],
)
def test_date_lines(line: str, kind: str, iso: str) -> None:
    assert is_dateline(line)
    got_kind, when = classify_dateline(line)
    assert got_kind == kind
    assert when == pd.Timestamp(iso)


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    line = "The company said on March 3, 2024 that profits rose sharply."
    assert not is_dateline(line)
    assert parse_datetime(line) == pd.Timestamp("2024-03-03", tz="UTC")


def test_text_article_header() -> None:
    content = "\n".join(
        [
            "Advertisement",
            "City approves biggest transport budget in a decade",
            "City approves biggest transport budget in a decade",
            "Council backs bus and tram plan despite warnings over tax forecasts.",
            "Maria Lopez",
            "Maria Lopez",
            "• Updated Jul 22, 2025 12:07 PM IST",
            BODY,
            "For unparalleled coverage of the city – Subscribe to Daily Planet Magazine",
            "Published on: Jul 21, 2025 09:00 AM IST",
        ]
    )
    row = _meta([content]).iloc[0]
    assert row["title"] == "City approves biggest transport budget in a decade"
    assert row["subtitle"] == "Council backs bus and tram plan despite warnings over tax forecasts."
    assert row["authors"] == ["Maria Lopez"]
    assert row["published_at"] == pd.Timestamp("2025-07-21T03:30:00Z")
    assert row["updated_at"] == pd.Timestamp("2025-07-22T06:37:00Z")
    assert row["publisher"] == "Daily Planet"
    assert row["language"] == "en"
    assert row["word_count"] == len(BODY.split())


def test_by_line_with_two_authors_and_hints() -> None:
    content = f"Budget approved\n\nBy Jane Doe and John Roe\n\n{BODY}"
    row = _meta([content], title_hint=["Budget approved"], published_hint=["2025-01-02T10:00:00Z"]).iloc[0]
    assert row["title"] == "Budget approved"
    assert row["authors"] == ["Jane Doe", "John Roe"]
    assert row["published_at"] == pd.Timestamp("2025-01-02T10:00:00Z")


def test_html_meta_tags() -> None:
    html = f"""<html lang="en"><head><title>Budget approved | Daily Planet</title>
    <meta property="og:title" content="Budget approved">
    <meta property="og:site_name" content="Daily Planet">
    <meta name="author" content="JANE DOE">
    <meta property="article:published_time" content="2025-01-02T10:00:00+01:00">
    <meta property="article:modified_time" content="2025-01-03T08:00:00Z">
    </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Budget approved</h1><p>By Jane Doe</p>
    {"".join(f"<p>{p}</p>" for p in BODY.split(chr(10) + chr(10)))}</article>
    <footer>© 2025 Daily Planet. All rights reserved.</footer></body></html>"""
    row = _meta([html], fmt="html").iloc[0]
    assert row["title"] == "Budget approved"
    assert row["publisher"] == "Daily Planet"
    assert row["authors"] == ["Jane Doe"]
    assert row["published_at"] == pd.Timestamp("2025-01-02T09:00:00Z")
    assert row["updated_at"] == pd.Timestamp("2025-01-03T08:00:00Z")
    assert row["language"] == "en"


def test_language_and_author_case() -> None:
    assert detect_language(BODY) == "en"
    german = (
        "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der die Ausgaben für den öffentlichen "
        "Nahverkehr um zwölf Prozent erhöht. Das ist die größte Steigerung seit einem Jahrzehnt."
    )
    assert detect_language(german) == "de"
    assert detect_language("Hi", hint="fr-FR") == "fr"
    assert normalise_author("TOM KRISHER") == "Tom Krisher"
