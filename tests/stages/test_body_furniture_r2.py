"""Body text (session 13, round 2): paywall meters, donation pleas, disclaimers, imprints, circulation notices and
columnists' bio lines leave the body; "About the <Company>" closes a press release like "About <Company>"; a
"Label: figure" fact box between the headline and the first paragraph is the article's."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.furniture import about_heading_name, strong_furniture_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Subscribe to keep reading. You have read 5 of 5 free stories this month.", "promo"),
        ("You've used all of your free articles. Sign in to continue reading.", "promo"),
        ("This story is free to read. Please consider supporting local news.", "promo"),
        ("Support our journalism: 85% of our income comes from readers. Please give today.", "promo"),
        ("Support independent local reporting - donate from $5 a month.", "promo"),
        ("Disclaimer: The author holds no shares in the companies mentioned.", "disclaimer"),
        ("This newsletter does not constitute investment advice.", "disclaimer"),
        ("The opinions expressed in this column are those of the writer.", "disclaimer"),
        ("Quayside Weekly is published by Lantern Media Ltd.", "copyright"),
        ("Northfield Gazette is published by Brook Press Ltd. Registered in Scotland No. SC123456.", "copyright"),
        ("This briefing is for paying subscribers only. Forwarding prohibited.", "copyright"),
        ("Helena Marsh writes about personal finance every Saturday.", "author-bio"),
        ("Tomasz Wren writes a fortnightly column on farming.", "author-bio"),
        ("Helena Marsh's new book is \u201cThe Price of Bread\u201d.", "author-bio"),
        (
            "Priya Nandakumar is a visiting professor at Keele University and the author of two books on trade.",
            "author-bio",
        ),
        ("Owen Clarke is head of research at the Harbour Institute and a former Treasury economist.", "author-bio"),
        (
            "Lena Fischer is chief economist at Mercato Partners. She previously worked at the central bank.",
            "author-bio",
        ),
    ],
)
def test_reader_revenue_disclaimer_imprint_and_bio_lines_are_furniture(line: str, reason: str) -> None:
    assert strong_furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # the article's own sentences on the same subjects
        "The museum said 60% of its funding comes from ticket sales and donations.",
        "Readers of the paper have read more than 3 million free articles since the site launched, the editor said.",
        "The regulator said the advice given to investors was misleading.",
        "The figures are published by the Office for National Statistics every month.",
        "The court heard that redistribution of the footage had been going on for months.",
        "Owen Clarke, head of research at the Harbour Institute and a former Treasury economist, said rates rose.",
        "Owen Clarke was head of research at the Harbour Institute and a former Treasury economist.",  # an obituary
        "Mr Clarke is head of research at the Harbour Institute and a former Treasury economist.",
        "Helena Marsh writes that the plan will fail.",
    ],
)
def test_the_articles_own_sentences_stay(line: str) -> None:
    assert strong_furniture_reason(line) is None


def test_about_the_company_heading() -> None:
    assert about_heading_name("About the Northern Ports Authority") == "Northern Ports Authority"
    assert about_heading_name("About the author") is None
    assert about_heading_name("About the time the ferry left") is None


_RELEASE = """FOR IMMEDIATE RELEASE

Northern Ports Authority opens new container berth

HULL, England, 2 June 2026 /PRNewswire/ -- The Northern Ports Authority today opened a new deep-water container \
berth at its Hull terminal, adding capacity for 400,000 containers a year.

The berth cost £180 million and took three years to build. It can handle the largest container ships now in \
service, the authority said.

"This berth puts the region on the map for global shipping," said chief executive Amira Hollis.

The authority expects the berth to create 350 jobs by 2028.

About the Northern Ports Authority

The Northern Ports Authority is a statutory body founded in 1974 that operates six ports on the east coast and \
employs 2,300 people.

Media contact:
press@northernports.example
"""


def test_about_the_company_section_of_a_press_release_is_removed() -> None:
    info = strip_text(_RELEASE)
    assert "statutory body founded in 1974" not in info.text
    assert "350 jobs by 2028" in info.text


_FACT_BOX_PAGE = """Home | Markets | Quotes | Watchlist | Log in

Halden Foods cuts 1,200 jobs in restructuring

Posted 3 March 2026

- Jobs cut: 1,200 (about 7% of staff)
- Sites closing: 3 of 14
- Restructuring charge: $90m-$110m
- Annual savings: $60m from 2027

Halden Foods said on Tuesday that it would cut about 1,200 jobs and close three of its factories as it tries to \
restore margins after two years of falling sales.

The company said the restructuring would cost between $90 million and $110 million, most of it this year, and \
would save about $60 million a year from 2027 onwards.

Shares in the company rose 3% in early trading as analysts welcomed the plan, which had been expected since the \
autumn.

Unions said they would seek talks with management over the closures and the terms offered to staff.
"""


def test_a_fact_box_between_headline_and_first_paragraph_is_kept() -> None:
    info = strip_text(_FACT_BOX_PAGE)
    assert "Jobs cut: 1,200" in info.text
    assert "Annual savings: $60m from 2027" in info.text
    assert "Log in" not in info.text


def test_a_ticker_over_the_headline_is_still_header() -> None:
    ticker = "FTSE 100: 8,120 (+0.4%)\nDow: 39,850 (-0.2%)\nBrent: $82.10\nGold: $2,310\n\n"
    page = _FACT_BOX_PAGE.replace("Home | Markets", ticker + "Home | Markets").replace(
        "- Jobs cut: 1,200 (about 7% of staff)\n- Sites closing: 3 of 14\n- Restructuring charge: $90m-$110m\n"
        "- Annual savings: $60m from 2027\n\n",
        "",
    )
    info = strip_text(page)
    assert "FTSE 100" not in info.text
    assert "Halden Foods said on Tuesday" in info.text


_LIVE_HEADER = """Skip to content
THE LAKESIDE TELEGRAPH | LIVE
Live: Flood warnings across the valley as river peaks
Last updated 18:40 BST, 9 October 2026

"""
_LIVE_ENTRIES = [
    (
        "18:40",
        "The Environment Agency has issued a severe flood warning for the lower valley, its highest level, "
        "and asked residents of 300 homes to leave before nightfall.",
    ),
    (
        "17:15",
        "Police have closed the A59 bridge in both directions after the river rose above the markers on "
        "its western side, the force said in a statement.",
    ),
    (
        "15:50",
        "Volunteers at the rest centre in the town hall say they have taken in about forty people so far, "
        "most of them elderly residents from the streets near the quay.",
    ),
    (
        "14:05",
        "Good afternoon and welcome to our live coverage of the flooding, which has already forced the "
        "closure of two schools and the railway line to the coast.",
    ),
]
_LIVE_FOOTER = """
Share this live blog
Advertisement
Most read
Council tax rise confirmed
New ferry route announced
Copyright © Lakeside Telegraph 2026
"""


def _live_page(entries: list[tuple[str, str]]) -> str:
    body = "\n\n".join(f"{stamp}\n{text}" for stamp, text in entries)
    return _LIVE_HEADER + body + "\n" + _LIVE_FOOTER


def test_a_live_blogs_newest_entry_keeps_its_time() -> None:
    info = strip_text(_live_page(_LIVE_ENTRIES))
    assert info.text.startswith("18:40")
    assert "Council tax rise confirmed" not in info.text


def test_a_clock_over_an_ordinary_article_stays_out() -> None:
    # one clock time above an article whose paragraphs carry no entry times: a page widget's, not the text's
    entries = [("18:40", _LIVE_ENTRIES[0][1])] + [("", text) for _, text in _LIVE_ENTRIES[1:]]
    info = strip_text(_live_page(entries).replace("\n\n\n", "\n\n"))
    assert not info.text.startswith("18:40")
    assert "Police have closed the A59 bridge" in info.text
