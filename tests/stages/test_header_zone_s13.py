"""The header zone of a plain-text article: the site's lines over the headline (a masthead with its tagline, a
consent banner, a menu printed with glyphs or slashes, a section's label), the date bar, a staff credit's date
line, and the publisher named by a footer."""

from __future__ import annotations

from pipeline.schemas import conform, validate
from pipeline.stages import boilerplate
from pipeline.stages.boilerplate import publisher_from_line, strip_boilerplate, strip_text
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import input_frame

STORY = [
    "The city's central library will reopen on Monday after an eighteen-month refurbishment that replaced its "
    "leaking roof and added a children's floor, the council said on Thursday.",
    "Contractors finished the work three weeks ahead of schedule, and the building's reading rooms have been "
    "rewired so that every desk now has a power socket and a lamp of its own.",
    "Librarians spent the last fortnight moving more than 200,000 books back onto the shelves, with help from "
    "volunteers who signed up through the council's website in the spring.",
    "The council's culture lead said the library had lent more books in its temporary home than before it "
    "closed, and that she expected the new building to draw even larger crowds.",
    "Opening hours will be extended to eight in the evening on weekdays, and a cafe run by a local bakery will "
    "open on the ground floor in the summer once its kitchen passes inspection.",
]
HEADLINE = "Central library reopens with new children's floor after roof repairs"
DEK = "Eighteen months of building work end three weeks early as volunteers restock the shelves"


def _text(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(STORY) + ("\n\n" + "\n".join(tail) if tail else "")


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


def _row(text: str) -> dict:
    inputs = input_frame([text])
    out = extract_metadata(inputs, strip_boilerplate(inputs))
    validate("article_metadata", conform("article_metadata", out))
    return out.iloc[0].to_dict()


# --- a masthead printed with its tagline or section ------------------------------------------------------------


def test_masthead_with_tagline_over_menu_and_section_label() -> None:
    row = _row(
        _text(
            "THE HARBOUR GAZETTE — Local news for the bay since 1921",
            "Menu | Towns | Council | Schools | Sport",
            "",
            "CULTURE",
            "",
            HEADLINE,
            "",
            "Thursday, 12 March 2026, 16:20 (GMT)",
            "Written by Ines Carvalho",
            tail=("© 2026 The Harbour Gazette. Terms · Privacy",),
        )
    )
    assert row["title"] == HEADLINE
    assert row["publisher"] == "The Harbour Gazette"  # the name, not its tagline; spelled as the footer does


def test_masthead_with_tagline_named_by_its_footer_only() -> None:
    info = strip_text(
        _text(
            "Riverbend Weekly — Stories from the valley",
            "Destinations | Food | Outdoors | Newsletter",
            "",
            HEADLINE,
            DEK,
            "",
            "Words by Marta Lindgren",
            "12 March 2026, 09:30 UTC",
            tail=("Riverbend Weekly © 2026. All rights reserved.",),
        )
    )
    assert info.title == HEADLINE
    assert info.subtitle == DEK
    assert _reasons(info)["Riverbend Weekly — Stories from the valley"] == "masthead"


def test_capitals_name_and_section_over_a_wire_brief() -> None:
    text = (
        "HARBOURWIRE — TRANSPORT\n\n"
        "Harbour city: ferry fares to rise in April\n\n"
        "Published: 12/03/2026 10:05 CET\n\n"
        "OSLO, March 12 (HarbourWire) - The city's ferry operator will raise fares by 6 per cent in April, it said "
        "on Thursday, the first increase in three years.\n\n" + "\n\n".join(STORY[1:])
    )
    row = _row(text)
    assert row["title"] == "Harbour city: ferry fares to rise in April"
    assert row["subtitle"] is None
    assert row["publisher"] == "HarbourWire"  # the capitals spelled as the dateline names the wire


def test_headline_with_a_dash_over_its_dek_stays_the_title() -> None:
    title = "Harbour Board — the vote that split a town"
    info = strip_text(_text(title, DEK, "", "By Ines Carvalho", "12 March 2026 16:20 GMT"))
    assert info.title == title
    assert info.subtitle == DEK


# --- a consent banner, a glyph menu, a slash menu -------------------------------------------------------------


def test_consent_banner_over_the_headline_is_no_title() -> None:
    banner = "We and our partners use cookies to personalise ads. Manage preferences | Accept all"
    info = strip_text(
        _text(
            "The Valley Ledger",
            "News | Sport | Business | Opinion",
            "",
            banner,
            "",
            HEADLINE,
            DEK,
            "",
            "By Ines Carvalho",
            "12 March 2026 • 4:20pm GMT",
        )
    )
    assert info.title == HEADLINE
    assert info.subtitle == DEK
    assert _reasons(info)[banner] == "cookie-notice"


def test_headline_about_cookies_stays_the_title() -> None:
    title = "Browsers to drop the 'accept all' button as regulator tightens privacy rules"
    info = strip_text(_text(title, "", "By Ines Carvalho", "12 March 2026 16:20 GMT"))
    assert info.title == title


def test_glyph_menu_under_the_site_name_is_navigation() -> None:
    menu = "LISTEN LIVE ▶ News Sport Traffic Podcasts"
    info = strip_text(_text("Bayside Radio News", menu, "", HEADLINE, "", "March 12, 2026 | 4:20 PM", "By Sam Okafor"))
    assert info.title == HEADLINE
    assert _reasons(info)[menu] == "navigation"


def test_glyph_menu_shape() -> None:
    assert boilerplate.glyph_menu("Menu ▾ Markets Tech Homes Travel")
    assert not boilerplate.glyph_menu("▶ Watch: crews battle the fire at dawn")  # a video's label is a sentence
    assert not boilerplate.glyph_menu("▶ Play")


def test_site_name_run_into_a_slash_menu_is_no_title() -> None:
    top = "LIBRARY LIFE home / reviews / events / podcast / about"
    info = strip_text(_text(top, "", HEADLINE, "", "posted March 12, 2026 | by the Library Life team"))
    assert info.title == HEADLINE
    assert _reasons(info)[top] == "navigation"


# --- date lines ----------------------------------------------------------------------------------------------


def test_posted_date_with_a_staff_credit_dates_the_post() -> None:
    row = _row(_text(HEADLINE, "", "posted March 12, 2026 | by the Library Life team"))
    assert row["title"] == HEADLINE
    assert str(row["published_at"].date()) == "2026-03-12"
    assert row["authors"] == []  # a team is no author


def test_a_credit_without_a_date_is_no_date_line() -> None:
    row = _row(_text(HEADLINE, "", "posted in Culture | by the Library Life team"))
    assert row["published_at"] is None or str(row["published_at"]) == "NaT"


def test_date_bar_over_the_headline_gives_way_to_the_byline_date() -> None:
    row = _row(
        _text(
            "THE HARBOUR GAZETTE — News Towns Council Sport",
            "Saturday 14 March 2026",
            "",
            HEADLINE,
            DEK,
            "",
            "By Ines Carvalho",
            "Thursday 12 March 2026, 16:20 GMT",
        )
    )
    assert str(row["published_at"]) == "2026-03-12 16:20:00+00:00"


def test_date_over_the_headline_stays_when_only_an_update_is_under_it() -> None:
    top = ("Thursday 12 March 2026", "", HEADLINE, DEK, "", "By Ines Carvalho", "Updated 13 March 2026 09:00")
    row = _row(_text(*top))
    assert str(row["published_at"].date()) == "2026-03-12"
    assert str(row["updated_at"]) == "2026-03-13 09:00:00+00:00"


# --- the publisher from a footer -----------------------------------------------------------------------------


def test_name_before_its_copyright_sign_is_the_publisher() -> None:
    assert publisher_from_line("Library Life © 2026 · All opinions our own.") == "Library Life"
    assert publisher_from_line("Prices rose 5% © 2026") is None  # a sentence's words are no name
    row = _row(_text(HEADLINE, "", "By Ines Carvalho", "12 March 2026", tail=("Library Life © 2026 · Contact us",)))
    assert row["publisher"] == "Library Life"


def test_a_copyright_line_names_the_publisher_without_its_legal_form_or_sentence() -> None:
    from pipeline.stages.boilerplate import publisher_from_line

    assert publisher_from_line("© 2025 The Harbour Ledger Ltd. All rights reserved.") == "The Harbour Ledger"
    assert publisher_from_line("Copyright 2026 Valley Post Inc, all rights reserved") == "Valley Post"
    assert publisher_from_line("© 2026 Northgate Media Group") == "Northgate Media Group"  # a group is its name
