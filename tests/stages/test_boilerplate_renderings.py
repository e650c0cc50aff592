"""The plain-text rules on pages rendered by other tools than the one they were tuned on (see
tests/benchmarks/bench_text_robustness.py): every line set flush (lxml, a copy from a browser), hard-wrapped at 72
columns, markdown (html2text), a paragraph broken at each link (BeautifulSoup's ``get_text("\\n")``).

The pages are written for the tests in the shapes of dev pages of the extraction benchmark: a tabloid's story
interrupted by a "Most read" box and a gallery, a business story with a long caption over its credit, a deals post
whose paragraphs a renderer broke at each link.
"""

from __future__ import annotations

import textwrap

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.text_blocks import split_blocks

MENU = ["Home", "News", "Sport", "TV & Showbiz", "Money", "Travel", "Tech", "Motors", "Puzzles", "Vouchers"]
MENU += ["UK News", "World News", "Politics", "Opinion", "Health News", "Topics A-Z", "Sign in", "Subscribe"]
HEADER = ["BAD HARVEST", "Farmer falls ill with rare fever after eating wild hare caught in the hills", "Jo Bloggs"]
OPENING = [
    "A FARMER who caught and ate a wild hare in the hills has been taken ill with a rare fever, health officials said.",
    "The 48-year-old is the second resident of the valley to catch the disease this year, according to the regional "
    "health office.",
    "He told doctors he cooked the meat at home on November 3 and fell ill four days later.",
    "Officials said that 19 people in close contact with him had been asked to stay at home for a week.",
    "He was admitted to hospital on Saturday, where he is being treated with antibiotics.",
]
MOST_READ = [
    "Most read in world news",
    "ROYAL ROW",
    "Prince pictured partying in unearthed snaps despite denials",
    "TIME TRAVELLER",
    "Fans claim they spotted the teen activist in 120-year-old photo",
    "EYE POPPING",
    "Bodybuilder has arm muscle removed after injecting oil",
    "SCHOOL RUN",
    "Furious mum demands shops scrap labels on kids' clothes",
    "HIGH STAKES",
    "Man wins a fortune on a scratchcard bought with his last coins",
]
RESUMED = [
    "The fever is carried by ticks and fleas that live on hares, rabbits and other small mammals, the office said.",
    "Most people who catch it develop symptoms within a week, including a sudden fever, chills and aches.",
    "It can be treated with antibiotics if it is caught early, but it can be fatal if it is left untreated.",
    "Health officials have asked hunters in the valley to wear gloves when they handle the animals they shoot.",
    "The last case was in May. Two Hikers From Oslo were treated at St Mary's Hospital in Glendale. Both recovered. "
    'Dr Anna Berg, who treated them, said: "Early treatment is what matters. Anyone With A Fever should call us."',
]
FOOTER = ["Topics", "Health", "Comments are subject to our community guidelines, which can be viewed here."]
FOOTER += ["Popular Articles", "Contact us", "Editorial Complaints", "Help Hub", "Cookie Settings", "Sign Up"]


def _flush_page() -> str:
    """A whole page set flush: no margin sets the article apart from the menus, teasers and footer."""
    lines = MENU + HEADER + OPENING + MOST_READ + RESUMED + FOOTER
    return "\n".join(lines)


def _reasons(info) -> dict[str, str]:
    return {r["text"].strip(): r["reason"] for r in info.removed}


def test_flush_page_keeps_the_article_resumed_after_a_most_read_box() -> None:
    info = strip_text(_flush_page())
    kept = info.text.split("\n\n")
    for paragraph in OPENING + RESUMED:
        assert paragraph in kept
    reasons = _reasons(info)
    for teaser in MOST_READ[1:]:
        assert reasons[teaser] == "outside-main-text", teaser
    assert reasons["Most read in world news"] == "related-links"
    assert reasons["Popular Articles"] != "kept"
    assert "Home" in reasons and "Topics A-Z" in reasons


def test_flush_page_does_not_take_a_teaser_blurb_or_a_gallery_caption_printed_twice() -> None:
    # each teaser's blurb is a sentence, alone between its title and the next card's; the gallery prints its
    # caption in the strip and again in the enlarged view, over the photographer's credit
    caption = "Health workers in protective suits walk past the hospital where the farmer is being treated."
    cards: list[str] = []
    for title, blurb in (
        ("RIVER RESCUE", "A dog was pulled from the river by firefighters after a three-hour search on Monday."),
        ("LOTTERY LUCK", "A pensioner has won the top prize for the second time in a year, the operator said."),
        ("TRAIN CHAOS", "Commuters faced delays of up to two hours after a signal failure outside the station."),
    ):
        cards += [title, blurb, "Read more"]
    gallery = [caption, "Photo: Jane Roe, Agency", "Image 1 of 3", caption, "Photo: Jane Roe, Agency"]
    page = "\n".join(MENU + HEADER + OPENING + ["More stories"] + cards + gallery + RESUMED + FOOTER)
    info = strip_text(page)
    kept = info.text.split("\n\n")
    for paragraph in OPENING + RESUMED:
        assert paragraph in kept
    assert caption not in kept
    for blurb in cards[1::3]:
        assert blurb not in kept
    assert {_reasons(info)[caption]} <= {"caption", "repeated", "outside-main-text"}


def test_hard_wrapped_page_rejoins_its_paragraphs_and_keeps_its_menu_lines_apart() -> None:
    out: list[str] = []
    for line in MENU + HEADER + OPENING + MOST_READ + RESUMED + FOOTER:
        out += textwrap.wrap(line, 72) + [""]
    page = "\n".join(out)
    assert any(len(line) > 72 for line in OPENING + RESUMED)  # the article's lines were broken
    blocks = split_blocks(page)
    for paragraph in OPENING + RESUMED:
        assert paragraph in blocks
    for label in MENU + MOST_READ[1:]:
        assert label in blocks  # a short line followed by another short one was never broken
    info = strip_text(page)
    kept = info.text.split("\n\n")
    for paragraph in OPENING + RESUMED:
        assert paragraph in kept
    assert _reasons(info)["Prince pictured partying in unearthed snaps despite denials"] == "outside-main-text"


def test_plain_article_with_short_lines_is_not_read_as_hard_wrapped() -> None:
    # a clean article whose lines are all under 100 characters: headings over paragraphs, no line broken
    article = "\n\n".join(
        [
            "Council approves new cycle lanes",
            "The council has approved plans for new cycle lanes on four roads.",
            "Work will begin in the spring and should take about six months.",
            "Why now?",
            "Councillors said the number of people cycling to work had doubled.",
            "Residents will be asked for their views on two more routes.",
            "What happens next",
            "A public meeting will be held at the town hall next month.",
            "The council said it would publish the results in the summer.",
        ]
    )
    assert split_blocks(article) == [p for p in article.split("\n\n")]


def test_markdown_heading_marker_does_not_hide_a_related_box() -> None:
    # html2text prints the page's headings as markdown: "### Related Articles" is the box's label all the same
    assert split_blocks("## Related Articles\n\n* ##### Farmer falls ill") == ["Related Articles", "Farmer falls ill"]
    page = "\n\n".join(
        ["# Farmer falls ill with rare fever"] + OPENING[:3] + ["### Related Articles"] + MOST_READ[2:6:2]
    )
    info = strip_text(page)
    reasons = _reasons(info)
    assert reasons["Related Articles"] == "related-links"
    assert reasons[MOST_READ[2]] == "related-links"
    for paragraph in OPENING[:3]:
        assert paragraph in info.text


def test_paragraph_broken_at_each_link_is_rejoined() -> None:
    # BeautifulSoup's get_text("\n") puts each link's text on a line of its own
    soup = "\n".join(
        [
            "Monday's best deals include",
            "laptops from $700 at a big online store",
            ". You'll also find",
            "wireless earbuds for $150 and",
            "smart thermostats from $139",
            ". All that and more is below.",
        ]
    )
    assert split_blocks(soup) == [
        "Monday's best deals include laptops from $700 at a big online store. You'll also find wireless earbuds for "
        "$150 and smart thermostats from $139. All that and more is below."
    ]


def test_nested_menu_items_of_a_layout_are_not_joined() -> None:
    # inscriptis sets a nested item in and marks it "o ": a lower-case start that is no clause's continuation
    menu = "  Events\n    o Bridal Show\n    o community links and more\n  Sports"
    assert split_blocks(menu) == ["Events", "o Bridal Show", "o community links and more", "Sports"]


def test_flush_caption_over_its_credit_is_a_caption_up_to_a_caption_length() -> None:
    caption = (
        "The prime minister, centre, shakes hands with the airline's chief executive as they arrive for the signing "
        "ceremony of the aircraft order at the air show in the desert outside the city on Monday."
    )
    review = " ".join(["The phone was not supposed to impress us, but that is exactly what it did."] * 5)
    credit = "Jane Roe | Bloomberg | Getty Images"
    page = "\n".join(MENU + HEADER + OPENING[:2] + [caption, credit] + OPENING[2:] + [review, credit] + FOOTER)
    info = strip_text(page)
    reasons = _reasons(info)
    assert reasons[caption] == "caption"
    assert review in info.text.split("\n\n")  # 75 words over a product shot's credit: the text, not a caption


def test_markdown_page_does_not_take_the_blurbs_of_the_cards_below_the_article() -> None:
    # html2text sets only nested list items in: the paragraphs share the left edge with the menus and the cards
    # ("##### title", author, date, blurb) that follow the article, so the margin sets nothing apart
    menu = ["* Home", "* News", "  * UK News", "  * World News", "* Sport", "  * Football", "* Opinion"]
    menu += ["  * Columnists", "  * Letters", "* Money", "* Travel", "* Sign in", "* Subscribe"]
    cards: list[str] = []
    for title, name, blurb in (
        (
            "Council rejects plan for a new bridge",
            "Sam Doe",
            "The council has voted against a plan for a second bridge over the river, saying the cost was too high.",
        ),
        (
            "Schools to close early for the holiday",
            "Alex Roe",
            "Schools across the county will close a day early for the holiday after a vote by the governors.",
        ),
        (
            "Bus fares to rise in the new year",
            "Kim Poe",
            "Bus fares will rise by ten pence from January, the operator said in a statement on Tuesday.",
        ),
    ):
        cards += [f"  * ##### {title}", name, "Wednesday November 20, 2019", blurb]
    page = "\n\n".join(menu + ["# " + HEADER[1]] + OPENING + ["Share this article"] + cards + FOOTER)
    info = strip_text(page)
    kept = info.text.split("\n\n")
    for paragraph in OPENING:
        assert paragraph in kept
    reasons = _reasons(info)
    for blurb in cards[3::4]:
        assert reasons[blurb] == "outside-main-text", blurb
