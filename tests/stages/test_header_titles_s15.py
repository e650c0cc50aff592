"""The header zone of a plain-text page (s15): a menu set out with runs of spaces, a market-data strip, a masthead
alone on the first line that the page names again at its foot, a newsletter's greeting over its lead item, the
publisher named by a footer's "part of" or an app's sign-off line, a table inside a long page, and the title of a
box of key figures."""

from __future__ import annotations

import pandas as pd

from pipeline.stages.boilerplate import classify, publisher_from_line, strip_boilerplate, strip_text
from pipeline.stages.furniture import spaced_menu, ticker_line
from tests.stages.inputs import metadata_row as _row

STORY = [
    "The harbour board approved a £26 million plan on Tuesday to dredge the main channel and rebuild two berths, "
    "ending a three-year dispute with the ferry operators over who should pay for the work.",
    "The board's chair, Hannah Oyelaran, said the port had lost at least four cruise calls a year because larger "
    "ships could not reach the quay at low tide, costing local businesses an estimated £1.2 million.",
    "Work is due to start in March and take about 18 months. The ferry operators will pay a third of the cost "
    "through higher berthing fees, the board said.",
    "Residents near the quay have complained about night-time noise during previous works, and the board said it "
    "would limit dredging to daylight hours except in an emergency.",
]
HEADLINE = "Harbour board backs £26m plan to dredge main channel"


def _text(*top: str, tail: tuple[str, ...] = (), body: list[str] = STORY) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(body) + ("\n\n" + "\n".join(tail) if tail else "")


def _reasons(text: str) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in strip_text(text).removed}


# --- a menu set out with runs of spaces ---------------------------------------------------------------------------


def test_short_spaced_menu_under_masthead_is_navigation_not_the_title() -> None:
    text = _text("Coastline Gazette", "Home  Local  Weather", "", HEADLINE, "", "By Nadia Kerr")
    info = strip_text(text)
    assert info.title == HEADLINE
    assert info.subtitle is None
    assert _reasons(text)["Home Local Weather"] == "navigation"


def test_spaced_menu_shape() -> None:
    assert spaced_menu("Home  News  Sport")
    assert spaced_menu("World   Business")
    assert spaced_menu("Cost of Living  Politics  Opinion")


def test_headline_and_table_header_are_no_spaced_menu() -> None:
    assert not spaced_menu("Ferry fares  rise again")  # lower-case words: a headline set loosely
    assert not spaced_menu("Harbour Board  Backs Plan")  # two items of two words: too little to call a menu
    assert not spaced_menu("Pos  Name  Club  Time", "1    Ana Ruiz    Harbour AC    31:02")  # a table's header row


def test_short_headline_with_single_spaces_stays_the_title() -> None:
    text = _text("Storm Closes Ferry Port", "", "By Nadia Kerr")
    assert strip_text(text).title == "Storm Closes Ferry Port"


# --- a market-data strip ---------------------------------------------------------------------------------------


def test_ticker_strip_over_the_headline_is_no_title() -> None:
    text = _text("USD/JPY 151.32  Gold $2,391.40  DAX 18,402.1 (+0.4%)", "", HEADLINE, "", "By Nadia Kerr")
    info = strip_text(text)
    assert info.title == HEADLINE
    assert _reasons(text)["USD/JPY 151.32 Gold $2,391.40 DAX 18,402.1 (+0.4%)"] == "widget"


def test_ticker_line_shape() -> None:
    assert ticker_line("EUR/USD 1.0841 Brent $82.10 Nikkei 38,120.5 (-1.2%)")
    assert ticker_line("S&P 500 5,321.4 +0.6% | Nasdaq 16,802.2 +1.1% | Dow 39,110.8 -0.2%")


def test_market_headlines_are_no_ticker() -> None:
    assert not ticker_line("Nikkei 225 closes 1.2% lower at 38,120.5")
    assert not ticker_line("Nikkei Falls 1.2% To 38,120.5")
    assert not ticker_line("Results for 2026 Q3")


# --- a masthead alone on the first line, named again at the foot ------------------------------------------------


def test_masthead_alone_named_in_a_newsletter_line_is_no_title() -> None:
    text = _text(
        "Harbour Lights",
        "",
        HEADLINE,
        "",
        "By Nadia Kerr",
        tail=("Sign up to the Harbour Lights newsletter",),
    )
    info = strip_text(text)
    assert info.title == HEADLINE
    assert _reasons(text)["Harbour Lights"] == "masthead"


def test_masthead_tagline_over_menu_and_section_label() -> None:
    text = _text(
        "Harbour Lights",
        "Independent news for the coast since 2004",
        "Home  Local  Opinion  Donate",
        "",
        "NEWS",
        "",
        HEADLINE,
        "",
        "By the Harbour Lights news team",
        tail=("Sign up to the Harbour Lights newsletter",),
    )
    info = strip_text(text)
    assert info.title == HEADLINE
    assert info.subtitle is None  # the desk's credit is a byline, not a dek
    reasons = _reasons(text)
    assert reasons["Independent news for the coast since 2004"] == "header"
    assert reasons["By the Harbour Lights news team"] == "byline"


def test_short_first_line_not_named_again_stays_the_title() -> None:
    text = _text("Harbour Lights", "", "Port traffic rises for a third year", "", "By Nadia Kerr")
    assert strip_text(text).title == "Harbour Lights"  # no evidence it is the site's name: left as it was


def test_headline_words_in_the_body_do_not_make_a_masthead() -> None:
    text = _text("Channel Dredging", "", HEADLINE, "", "By Nadia Kerr", tail=("Channel dredging starts in March.",))
    assert strip_text(text).title == "Channel Dredging"


# --- a newsletter's greeting over its lead item -------------------------------------------------------------------


def test_newsletter_greeting_and_intro_are_not_the_story() -> None:
    text = _text(
        "The Quayside — your weekly ports and shipping digest",
        "View in browser | Forward to a friend",
        "",
        "Good morning,",
        "",
        "A busy week on the water. Here's what you need to know.",
        "",
        "⚓ HARBOUR BOARD BACKS DREDGING PLAN",
        tail=("You are receiving this email because you signed up to The Quayside. Unsubscribe",),
    )
    info = strip_text(text)
    assert info.title == "⚓ HARBOUR BOARD BACKS DREDGING PLAN"
    reasons = _reasons(text)
    assert reasons["Good morning,"] == "newsletter"
    assert reasons["A busy week on the water. Here's what you need to know."] == "newsletter"
    assert reasons["The Quayside — your weekly ports and shipping digest"] == "masthead"


def test_greeting_over_prose_leaves_the_letter_alone() -> None:
    body = ["Thank you all for coming to the open day at the harbour office last weekend."] + STORY
    text = _text(HEADLINE, "", "Dear readers,", body=body)
    info = strip_text(text)
    assert body[0] in info.text
    assert info.title == HEADLINE


# --- the publisher named by a footer's line ----------------------------------------------------------------------


def test_footer_owner_and_app_lines_name_the_publisher() -> None:
    assert publisher_from_line("Valley FM - part of Coastline Radio Group Ltd") == "Valley FM"
    assert publisher_from_line("Harbour 104, part of the Coastline Group") == "Harbour 104"
    assert publisher_from_line("Sent from the Quayside app") == "Quayside"


def test_lines_like_footer_names_name_no_publisher() -> None:
    assert publisher_from_line("Sent from my phone") is None
    assert publisher_from_line("Liverpool, part of the problem") is None


def test_app_sign_off_gives_the_publisher() -> None:
    text = _text("Quayside", "9:41", "", HEADLINE, "", "By Nadia Kerr", tail=("Sent from the Quayside app", "Terms"))
    assert _row(text)["publisher"] == "Quayside"


def test_html_record_footer_copyright_gives_the_publisher() -> None:
    html = (
        "<html><body><article><h1>"
        + HEADLINE
        + "</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</article><footer>© 2026 Coastline Chronicle. Privacy | Terms</footer></body></html>"
    )
    info = strip_boilerplate(pd.DataFrame([{"article_id": "a", "content": html, "format": "jsonl-html"}]))
    assert "© 2026 Coastline Chronicle. Privacy | Terms" in info.iloc[0]["publisher_lines"]


# --- a table inside a long page ---------------------------------------------------------------------------------

_PAGE_TOP = [
    "Coastline Sport",
    "Home | Football | Cricket | Rugby | Athletics | Sailing",
    "Login",
    "Subscribe",
    "Search",
    "",
    "Tall ships race: Skylark takes line honours",
    "",
    "By Nadia Kerr",
    "Sunday 6 September 2026",
    "",
    "Skylark crossed the finish line off the harbour wall first on Sunday afternoon, completing the 180-mile course "
    "in 21 hours and 14 minutes, more than an hour ahead of the rest of the fleet, the organisers said.",
    "",
    "Light winds overnight split the fleet, and only the larger ships kept their speed through the early morning, "
    "according to race officials watching from the committee boat.",
    "",
]
_PAGE_TAIL = [
    "",
    "About 40,000 people watched the finish from the quay, the harbour board said, up from 32,000 when the race "
    "last visited the port in 2022.",
    "",
    "The fleet leaves for its next leg on Thursday. Skylark's captain said her crew would rest for two days first.",
    "",
    "Related stories",
    "Harbour festival draws record crowd",
    "Lifeboat crew honoured for rescue",
    "Ferry timetable changes for winter",
    "Share",
    "Facebook",
    "Email",
    "Most read",
    "Council approves new marina plan",
    "Weather warning for weekend",
    "Sign up to our newsletter",
    "About us",
    "Contact",
    "Privacy",
    "© 2026 Coastline Sport",
]
_ROWS = [
    "1    Skylark          Porthaven Sail Trust    21:14",
    "2    Morning Star     Northern Sea Cadets     22:30",
    "3    Albatross        Harbour Youth Sailing   22:51",
    "4    Sea Spray        Coastline Sea School    23:05",
    "5    Kittiwake        Porthaven Sail Trust    23:40",
    "6    Grey Seal        Northern Sea Cadets     23:58",
]


def test_table_inside_a_long_page_stays_with_the_paragraph_under_it() -> None:
    info = strip_text("\n".join(_PAGE_TOP + ["Pos  Ship  Crew  Time", *_ROWS] + _PAGE_TAIL))
    assert "1 Skylark Porthaven Sail Trust 21:14" in info.text
    assert "6 Grey Seal Northern Sea Cadets 23:58" in info.text
    assert "About 40,000 people watched" in info.text
    assert "Harbour festival draws record crowd" not in info.text


def test_figure_rows_with_no_paragraph_under_them_stay_out() -> None:
    scores = ["Latest scores", "Harbour 2 City 1", "Rovers 0 United 3", "Athletic 1 Town 1", "Albion 4 County 2"]
    info = strip_text("\n".join(_PAGE_TOP + _PAGE_TAIL[:5] + scores + _PAGE_TAIL[5:]))
    assert "Rovers 0 United 3" not in info.text


# --- the title of a box of key figures -------------------------------------------------------------------------


def _boxed(title: str) -> str:
    box = [title, "• Cost: £26 million", "• Start: March 2027", "• Length: 18 months"]
    top = ["Home | News | Sport | Business | Opinion", "", HEADLINE, "", "By Nadia Kerr", "Published 3 March 2026"]
    return _text(*top, "", *box)


def test_key_facts_title_over_figure_rows_is_a_heading() -> None:
    info = strip_text(_boxed("Key facts"))
    assert "Key facts" in info.text
    assert "Key facts" in info.headings


def test_other_label_over_rows_is_no_box_heading() -> None:
    rows = ["Pos Ship Time", "1 Skylark 21:14", "2 Morning Star 22:30"]
    _, info = classify([HEADLINE, "By Nadia Kerr", STORY[0], "RESULTS", *rows, *STORY[1:]])
    assert "Pos Ship Time" not in info.headings
