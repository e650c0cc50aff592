"""Metadata from the header lines the stripper set aside, and from HTML meta tags."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.schemas import conform, validate
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.bylines import header_authors, looks_like_name, names_line, parse_byline
from pipeline.stages.dates import classify_dateline, is_dateline, parse_datetime
from pipeline.stages.html_extract import page_lines
from pipeline.stages.metadata import detect_language, extract_metadata, modified_in_page, normalise_author
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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on Maret 30, 2015 by Admin", ["Admin"]),
        ("Published 10:02 AM EST Nov 19, 2019 by Jane Doe", ["Jane Doe"]),
        ("By Stefan Becket, Kathryn Watson, Grace Segers", ["Stefan Becket", "Kathryn Watson", "Grace Segers"]),
        ("By TOM KRISHER, AP Auto Writer", ["TOM KRISHER"]),
    ],
)
def test_more_by_forms(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lisa Kaczke and Trevor J. Mitchell", ["Lisa Kaczke", "Trevor J. Mitchell"]),
        ("Jane Doe, Senior Reporter", ["Jane Doe"]),
        ("Jane Doe | Daily Planet", ["Jane Doe"]),
        ("Carlos Nadalim", ["Carlos Nadalim"]),
        ("Photo: Damian Dovarganes, AP", []),
        ("Council backs bus and tram plan.", []),
        ("Tom and Jerry", []),
    ],
)
def test_bylines_without_by(line: str, expected: list[str]) -> None:
    assert names_line(line) == expected


def test_bare_name_bylines_only_under_the_headline() -> None:
    title = "Two prison officers charged over records"
    lines = ["Home", "News", title, "Kevin Johnson and Kevin McCoy", "USA TODAY", "Published 7:07 PM EST Nov 19, 2019"]
    assert header_authors([*lines, BODY], title, BODY) == ["Kevin Johnson", "Kevin McCoy"]
    # the headline in a list of recent posts first, the article's own header further down
    assert header_authors([title, "Older post", "Menu", title, "Carlos Nadalim", "23/08/2018", BODY], title) == [
        "Carlos Nadalim"
    ]
    # a button, and a name printed only after the body began, are no bylines
    assert header_authors([title, "Browse All Posts", BODY, "Maria Lopez"], title, BODY) == []
    assert header_authors(["Maria Lopez", title, BODY], title, BODY) == []
    assert header_authors([title, "Davis Cup", "19 November 2019", BODY], title, BODY) == []  # an event


@pytest.mark.parametrize(
    ("line", "kind", "iso"),
    [
        ("Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com", "updated", "2019-11-20T08:11:00+00:00"),
        ("UPDATED: Tue., Nov. 19, 2019", "updated", "2019-11-19T00:00:00+00:00"),
        ("Updated November 19, 2019 | 9:32pm", "updated", "2019-11-19T21:32:00+00:00"),
        ("Published 10:02 AM EST Nov 19, 2019", "published", "2019-11-19T15:02:00+00:00"),
        ("11/18/19 11:04 PM EST", "published", "2019-11-19T04:04:00+00:00"),
        ("Posted on Maret 30, 2015", "published", "2015-03-30T00:00:00+00:00"),
        ("20 Nov 2019 08:00 GMT", "published", "2019-11-20T08:00:00+00:00"),
    ],
)
def test_more_date_lines(line: str, kind: str, iso: str) -> None:
    assert is_dateline(line)
    assert classify_dateline(line) == (kind, pd.Timestamp(iso))


def test_a_date_line_without_a_year_takes_the_page_year() -> None:
    assert is_dateline("Updated Nov 19, 6:55 AM;")
    assert classify_dateline("Updated Nov 19, 6:55 AM;") == ("updated", None)
    assert classify_dateline("Updated Nov 19, 6:55 AM EST", 2019) == ("updated", pd.Timestamp("2019-11-19T11:55Z"))
    assert not is_dateline("Nov 19 was the day the council finally voted")


def _page(header: str, description: str, author_meta: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return f"""<html lang="en"><head><title>Budget approved | Daily Planet</title>
    <meta property="og:title" content="Budget approved"><meta property="og:site_name" content="Daily Planet">
    <meta name="description" content="{description}">{author_meta}
    <meta property="article:published_time" content="2025-01-02T10:00:00+01:00"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Budget approved</h1>{header}{paragraphs}</article>
    <footer>© 2025 Daily Planet. All rights reserved.</footer></body></html>"""


def test_html_dek_and_bare_byline() -> None:
    dek = "Council backs bus and tram plan despite warnings over tax forecasts."
    header = f"<p class='dek'>{dek}</p><div class='byline'>Jane Doe and John Roe</div><time>Jan 2, 2025</time>"
    row = _meta([_page(header, dek)], fmt="html").iloc[0]
    assert row["subtitle"] == dek
    assert row["authors"] == ["Jane Doe", "John Roe"]
    assert "Council backs bus" not in row["title"]


def test_a_description_that_is_the_lede_or_hidden_is_no_dek() -> None:
    lede = BODY.split("\n\n")[0]
    assert _meta([_page("<div>By Jane Doe</div>", lede)], fmt="html").iloc[0]["subtitle"] is None
    hidden = "Everything you need to know about the new transport budget, explained."
    assert _meta([_page("<div>By Jane Doe</div>", hidden)], fmt="html").iloc[0]["subtitle"] is None


def test_a_date_before_the_name_on_one_line() -> None:
    title = "South Korea's roadmap to drive down solar costs"
    lines = [title, "The government has unveiled a plan.", "November 20, 2019 Emiliano Bellini", "Markets", BODY]
    assert header_authors(lines, title, BODY) == ["Emiliano Bellini"]


def test_modification_time_from_any_page_metadata() -> None:
    assert modified_in_page('<meta name="dc.date.modified" content="2019-11-18">') == "2019-11-18"
    page = '<script type="application/ld+json">{"@type": "WebPage", "dateModified": "2019-11-18T16:06:51-05:00"}'
    assert modified_in_page(page) == "2019-11-18T16:06:51-05:00"
    assert modified_in_page('<meta name="description" content="Updated daily">') is None


def test_text_byline_of_two_names_without_by() -> None:
    content = f"City approves biggest transport budget\n\nJane Doe and John Roe\n\n{BODY}"
    assert list(_meta([content]).iloc[0]["authors"]) == ["Jane Doe", "John Roe"]


@pytest.mark.filterwarnings("ignore::dateutil.parser.UnknownTimezoneWarning")  # "XYZ" is meant to be unknown
def test_fast_date_path_agrees_with_dateutil():
    """The regular-expression fast path in ``_to_utc`` gives exactly what dateutil's fuzzy parse gives."""
    import contextlib
    import itertools
    from datetime import datetime

    from dateutil import parser as date_parser

    from pipeline.stages.dates import _TZINFOS, _fast_parse, _to_utc

    shapes = ["{d} {m} {y}{t}", "{m} {d}, {y}{t}", "{m} {d} {y}{t}"]
    times = ["", " 0:05", " 9:15 am", " 12:00 pm", " 12:30 AM", " 14:15", " 14:15 pm", " 23:59:30", " 24:00"]
    zones = ["", " GMT", " EST", " IST", " Z", " XYZ"]
    months = ["March", "feb", "Sept", "MAY", "Marc"]
    fragments = [
        shape.format(d=d, m=m, y=y, t=t + (z if t else ""))
        for shape, d, m, y, t, z in itertools.product(
            shapes, ["1", "09", "29", "31", "32"], months, ["1989", "2005"], times, zones
        )
    ]
    fragments += [f"2005-{md}{t}" for md in ("03-12", "02-30") for t in ("", "T14:15", "T14:15:30Z", "T09:00+05:30")]
    hits = 0
    for fragment in fragments:
        with contextlib.suppress(ValueError):  # a day out of range: left to dateutil
            hits += _fast_parse(fragment) is not None
        try:
            value = date_parser.parse(fragment, fuzzy=True, tzinfos=_TZINFOS, default=datetime(1, 1, 1))
        except (ValueError, OverflowError):
            assert _to_utc(fragment) is None, fragment
            continue
        expected = pd.Timestamp(value)
        expected = expected.tz_localize("UTC") if expected.tzinfo is None else expected.tz_convert("UTC")
        if not 1990 <= value.year <= 2100:
            assert _to_utc(fragment) is None, fragment
        else:
            assert _to_utc(fragment) == expected, fragment
    assert hits > len(fragments) // 3  # the fast path is taken for the common shapes


def test_html_metadata_reads_the_page_lines_stripping_rendered_and_agrees_with_rendering_again() -> None:
    dek = "Council backs bus and tram plan despite warnings over tax forecasts."
    header = f"<p class='dek'>{dek}</p><div class='byline'>Jane Doe and John Roe</div><time>Jan 2, 2025</time>"
    inputs = input_frame([_page(header, dek)], fmt="html")
    stripped = strip_boilerplate(inputs)
    assert stripped.loc[0, "page_lines"] == page_lines(inputs.loc[0, "content"])
    handed_over = extract_metadata(inputs, stripped)
    rendered_again = extract_metadata(inputs, stripped.drop(columns=["page_lines"]))
    pd.testing.assert_frame_equal(handed_over, rendered_again)
    assert handed_over.loc[0, "subtitle"] == dek


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe and John Roe, Transport Correspondents", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Staff Writers", ["Jane Doe"]),
        ("Reporting by Jane Doe and Ann Poe in Leeds; Editing by John Roe", ["Jane Doe", "Ann Poe"]),
    ],
)
def test_roles_and_editors_are_no_authors(line: str, expected: list[str]) -> None:
    assert parse_byline(line) == expected


def test_a_wire_story_credits_its_reporter_at_the_end() -> None:
    content = f"Budget approved\n\n{BODY}\n\nReporting by Jane Doe; Editing by John Roe"
    row = _meta([content]).iloc[0]
    assert row["authors"] == ["Jane Doe"]


def test_a_markdown_byline() -> None:
    assert parse_byline("*Posted on 14/03/2025 by Jane Doe*") == ["Jane Doe"]
    assert parse_byline("_By Jane Doe_") == ["Jane Doe"]


def test_the_date_of_a_dated_byline() -> None:
    content = f"Budget approved\n\n*Posted on 14/03/2025 by Jane Doe*\n\n{BODY}"
    row = _meta([content]).iloc[0]
    assert row["authors"] == ["Jane Doe"]
    assert row["published_at"] == pd.Timestamp("2025-03-14T00:00:00Z")


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("March 4, 2026 6:15 PM EST Updated March 5, 2026 9:40 AM EST", "2026-03-04T23:15Z", "2026-03-05T14:40Z"),
        (
            "Sat 1 Aug 2026 14.32 BST, last modified on Sun 2 Aug 2026 09.10 BST",
            "2026-08-01T13:32Z",
            "2026-08-02T08:10Z",
        ),
        ("Published 3 June 2026 10:00 BST, updated 4 June 2026 08:30 BST", "2026-06-03T09:00Z", "2026-06-04T07:30Z"),
        ("Published 3 June 2026 | Updated 4 June 2026 08:30 BST", "2026-06-03T00:00Z", "2026-06-04T07:30Z"),
    ],
)
def test_one_line_with_the_publication_and_the_update(line: str, published: str, updated: str) -> None:
    row = _meta([f"City approves biggest transport budget in a decade\n\nBy Maria Lopez\n\n{line}\n\n{BODY}"]).iloc[0]
    assert (row["published_at"], row["updated_at"]) == (pd.Timestamp(published), pd.Timestamp(updated))
