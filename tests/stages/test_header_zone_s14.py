"""The header zone of an article: lines the site prints over the headline (a paywall's meter, an account bar,
its address, a masthead in capitals, a section's label with the outlet's name, a kicker, a menu one item a line),
bylines in less common forms, header date lines, the publisher a footer names, and an HTML page's marked dek."""

from __future__ import annotations

import pandas as pd

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.bylines import looks_like_name, parse_byline, place_byline
from pipeline.stages.dates import classify_dateline, parse_datetime, split_dateline
from tests.stages.inputs import BRIDGE_STORY
from tests.stages.inputs import metadata_row as _row

STORY = [
    "The county's last independent cinema will close at the end of the month after its owners failed to find a "
    "buyer willing to take on the building's repair bill, they said on Friday.",
    "The two-screen cinema opened in 1938 and survived the arrival of television, two floods and a multiplex "
    "built on the edge of town, but its roof now needs replacing at a cost its owners put at £400,000.",
    "A campaign group formed in the spring raised about a tenth of that sum from residents and local firms, and "
    "has asked the council to buy the building and lease it back to a community trust.",
    "The council said it would consider the request at its next meeting but warned that its own budget for "
    "repairs to public buildings had already been spent on the town's library and swimming pool.",
    "Staff were told of the decision at a meeting on Thursday evening, and the final film, chosen by a vote of "
    "regular customers, will be shown on the last Saturday of the month.",
]
HEADLINE = "Last independent cinema to close as owners fail to find buyer"
DEK = "Campaigners ask council to step in after roof repair bill reaches £400,000"


def _text(*top: str, tail: tuple[str, ...] = (), body: list[str] = STORY) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(body) + ("\n\n" + "\n".join(tail) if tail else "")


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NaT


# --- paywall and account lines over the headline ---------------------------------------------------------------


def test_paywall_meter_over_the_headline_is_no_body_and_no_title() -> None:
    meter = "You have 1 free article remaining this week. Subscribe for unlimited reading."
    info = strip_text(_text("Borough Bulletin | News | Arts | Sport", meter, "", HEADLINE, "", DEK, "", "By Tom Ashby"))
    assert info.title == HEADLINE
    assert info.subtitle == DEK
    assert _reasons(info)[meter] == "promo"
    assert meter not in info.text


def test_account_bar_with_a_price_over_the_headline_is_no_title() -> None:
    bar = "Sign in | Subscribe from £2 a week"
    info = strip_text(
        _text("THE BOROUGH BULLETIN", "News  Arts  Sport  Opinion", bar, "", HEADLINE, DEK, "", "By Tom Ashby")
    )
    assert info.title == HEADLINE
    assert info.subtitle == DEK


def test_headline_about_subscribers_stays_the_title() -> None:
    title = "Streaming service tells subscribers to expect higher prices from April"
    info = strip_text(_text(title, "", "By Tom Ashby", "12 March 2026"))
    assert info.title == title


# --- the site's address, a masthead in capitals, a section's label, a kicker -----------------------------------


def test_site_address_over_a_menu_is_the_masthead() -> None:
    row = _row(
        _text(
            "BoroughPost.co.uk",
            "Local | Money | Homes",
            "",
            HEADLINE,
            "",
            "by Tom Ashby",
            tail=("© BoroughPost 2026",),
        )
    )
    assert row["title"] == HEADLINE
    assert row["publisher"] == "BoroughPost"  # the address as the footer spells the name


def test_capitals_headline_under_a_capitals_masthead_is_the_title() -> None:
    head = "HIGH STREET CINEMA CLOSES AFTER EIGHTY YEARS"
    info = strip_text(
        _text("DALESIDE ADVERTISER", "Your dale. Your paper.", "NEWS | SPORT | NOTICES", "", head, "", "By Tom Ashby")
    )
    assert info.title == head


def test_section_label_with_the_outlets_name_is_no_title() -> None:
    row = _row(_text("Arts Notes - Riverside Chronicle", "", HEADLINE, "", "12 March 2026 09:00 GMT"))
    assert row["title"] == HEADLINE
    assert _missing(row["subtitle"])
    assert row["publisher"] == "Riverside Chronicle"  # the outlet, not the section


def test_service_label_in_capitals_with_its_topic_is_no_title() -> None:
    info = strip_text(_text("CULTURE DESK - Film", "", HEADLINE, "", "12 March 2026 09:00 GMT"))
    assert info.title == HEADLINE


def test_kicker_opening_with_a_preposition_is_no_title() -> None:
    info = strip_text(_text("IN FOCUS", "", HEADLINE, "", "By Tom Ashby", "12.03.2026"))
    assert info.title == HEADLINE
    assert info.subtitle is None


def test_short_capitals_headline_over_its_byline_stays_the_title() -> None:
    info = strip_text(_text("IN DEEP WATER", "", "By Tom Ashby", "12.03.2026"))
    assert info.title == "IN DEEP WATER"


def test_menu_one_item_a_line_is_neither_title_nor_author() -> None:
    row = _row(
        _text(
            "FILMGOER",
            "Menu",
            "Latest",
            "Art House",
            "Box Office",
            "Reviews",
            "Search",
            "",
            HEADLINE,
            "",
            DEK,
            "",
            "Written by Tom Ashby",
            tail=("Privacy | © Filmgoer Digital 2026",),
        )
    )
    assert row["title"] == HEADLINE
    assert row["subtitle"] == DEK
    assert row["authors"] == ["Tom Ashby"]
    assert row["publisher"] == "Filmgoer"  # the masthead's capitals as the footer spells them


def test_a_byline_with_its_role_under_the_headline_is_still_read() -> None:
    row = _row(_text(HEADLINE, "", "Tom Ashby", "Arts Correspondent", "", "12 March 2026 09:00 GMT"))
    assert row["authors"] == ["Tom Ashby"]


# --- bylines ---------------------------------------------------------------------------------------------------


def test_section_label_in_the_readers_voice_is_no_name() -> None:
    assert not looks_like_name("YOUR MONEY")
    assert not looks_like_name("Our Town")
    assert looks_like_name("Jane Young")  # a surname that is a word stays a name


def test_words_byline_after_a_date_under_a_standfirst() -> None:
    standfirst = (
        "The cinema's closure, announced on Friday, follows a pattern seen across the county: old buildings, "
        "rising costs and owners with no one to pass them on to."
    )
    row = _row(_text("Analysis: What next for the town's cinema?", "", standfirst, "", "14/03/2026 | Words: Tom Ashby"))
    assert row["authors"] == ["Tom Ashby"]
    assert str(row["published_at"].date()) == "2026-03-14"
    assert parse_byline("Words matter: the council's letter in full") is None


def test_live_updates_byline() -> None:
    assert parse_byline("Live updates by Tom Ashby and Nadia Quinn") == ["Tom Ashby", "Nadia Quinn"]
    assert parse_byline("Live updates by the hour from the count") is None


def test_place_then_name_byline() -> None:
    row = _row(_text(HEADLINE, "", "Berlin | Anna Weber", "12 March 2026 09:00 CET"))
    assert row["authors"] == ["Anna Weber"]
    assert place_byline("Deals | Premier League") == []  # a menu's items: no first name
    assert place_byline("News | Sport | Anna Weber") == []


# --- date lines ------------------------------------------------------------------------------------------------


def test_update_first_then_the_first_publication_on_one_line() -> None:
    parts = split_dateline("Updated 12 Mar. 2026 at 15:05 | First published 12 Mar. 2026 at 07:30")
    assert [classify_dateline(p)[0] for p in parts] == ["updated", "published"]
    row = _row(_text(HEADLINE, "", "Updated 12 Mar. 2026 at 15:05 | First published 12 Mar. 2026 at 07:30"))
    assert str(row["published_at"]) == "2026-03-12 07:30:00+00:00"
    assert str(row["updated_at"]) == "2026-03-12 15:05:00+00:00"


def test_comment_time_stamps_do_not_date_the_article() -> None:
    comments = ["COMMENTS (2)", "filmfan_88", "12 Mar. 2026 at 09:02", "Sad news. I saw my first film there.", "Reply"]
    row = _row(_text(HEADLINE, "", "By Tom Ashby", tail=tuple(comments)))
    assert _missing(row["published_at"])


def test_update_note_with_its_stamp_dates_the_revision() -> None:
    note = "Updated March 12, 2026 at 4:30 pm ET: Corrects the repair bill to £400,000; adds the council's comment"
    row = _row(_text(HEADLINE, "", "Posted by Tom Ashby | March 12, 2026 at 9:10 am ET", note))
    assert str(row["updated_at"]) == "2026-03-12 20:30:00+00:00"
    info = strip_text(_text(HEADLINE, "", "Posted by Tom Ashby | March 12, 2026 at 9:10 am ET", note))
    assert note not in info.text


def test_update_stated_as_a_time_on_the_publication_date() -> None:
    parts = split_dateline("Publicado el 12 de marzo de 2026 a las 08:15 | Actualizado a las 11:40")
    assert [classify_dateline(p) for p in parts] == [
        ("published", pd.Timestamp("2026-03-12 08:15", tz="UTC")),
        ("updated", pd.Timestamp("2026-03-12 11:40", tz="UTC")),
    ]
    # the first stamp's zone carries over; a line with one stamp stays whole
    assert split_dateline("Published 12 March 2026 10:00 GMT, updated 14:30")[1].endswith("14:30 GMT")
    assert split_dateline("Published 12 March 2026 10:00 GMT") == ["Published 12 March 2026 10:00 GMT"]


def test_time_named_by_its_city() -> None:
    assert str(parse_datetime("Thursday 12 March 2026, 10:40 (Stockholm time)")) == "2026-03-12 09:40:00+00:00"
    assert str(parse_datetime("12 July 2026, 10:40 (Stockholm time)")) == "2026-07-12 08:40:00+00:00"
    # a zone already stated wins; no city, no change
    assert str(parse_datetime("12 March 2026, 10:40 GMT (Stockholm time)")) == "2026-03-12 10:40:00+00:00"
    assert str(parse_datetime("12 March 2026, 10:40")) == "2026-03-12 10:40:00+00:00"


# --- the publisher ---------------------------------------------------------------------------------------------


def test_copyright_holder_opening_with_the_sites_name_gives_the_sites_name() -> None:
    row = _row(
        _text(
            "The Borough Bulletin | Local | Arts | Sport",
            "",
            HEADLINE,
            "",
            "By Tom Ashby",
            tail=("© 2026 The Borough Bulletin Company",),
        )
    )
    assert row["publisher"] == "The Borough Bulletin"


def test_copyright_holder_unlike_the_site_stays() -> None:
    row = _row(_text("Courtside Live | Arts", "", HEADLINE, "", "By Tom Ashby", tail=("© Eastgate Media 2026",)))
    assert row["publisher"] == "Eastgate Media"


def test_legal_forms_are_cut_from_the_copyright_name() -> None:
    row = _row(_text(HEADLINE, "", "By Tom Ashby", tail=("© Riverside Chronicle Pty Ltd 2026",)))
    assert row["publisher"] == "Riverside Chronicle"


def test_capitals_masthead_as_the_footer_spells_it() -> None:
    row = _row(
        _text(
            "DALESIDE WEEKLY",
            "News | Sport | Notices",
            "",
            HEADLINE,
            "",
            "By Tom Ashby",
            tail=("Daleside Weekly is a member of the press standards body.",),
        )
    )
    assert row["publisher"] == "Daleside Weekly"


def test_section_label_over_its_section_is_no_publisher() -> None:
    row = _row(_text("EVENING DIGEST | ARTS", "", HEADLINE, "", "12 March 2026"))
    assert row["title"] == HEADLINE
    assert _missing(row["publisher"])


# --- an HTML page's marked dek -----------------------------------------------------------------------------------


def _html(dek_markup: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BRIDGE_STORY)
    return f"""<html lang="en"><head><title>Footbridge approved | Valley Planet</title>
    <meta property="og:site_name" content="Valley Planet"><meta name="author" content="Jane Doe">
    <meta name="description" content="The council approves the crossing after an eleven-year campaign.">
    <meta property="article:published_time" content="2026-03-12T10:00:00+00:00"></head>
    <body><div id="topbar"><a href="/">Valley Planet</a> <a href="/news">News</a></div>
    <div class="wrap"><h1 class="headline">Footbridge approved for the river crossing</h1>{dek_markup}
    <div class="meta"><span class="author">Jane Doe</span> | <span class="date">Thu 12 Mar 2026 10.00 GMT</span></div>
    <div class="body">{paragraphs}</div></div></body></html>"""


def test_html_dek_marked_by_its_class_is_the_subtitle() -> None:
    dek = "Residents on both banks welcome a crossing they have sought since the ferry stopped"
    row = _row(_html(f'<h2 class="dek">{dek}</h2>'), fmt="html")
    assert row["subtitle"] == dek
    assert dek not in list(row["headings"])


def test_html_sub_heading_without_a_dek_class_is_no_subtitle() -> None:
    row = _row(_html('<h2 class="section">Planning</h2>'), fmt="html")
    assert _missing(row["subtitle"])
