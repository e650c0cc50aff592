"""Body text (session 15): an advert's label run into its copy, a footer's row of links holding a cookie notice,
"continue reading" pointers past an ad, newsletter pleas with no "sign up", a live page's closing notice, an e-mail
edition's greeting, sign-off and links, reader-funding pleas after two sentences, lone app buttons beside a share
bar, a comment count over its thread, a box of key facts over the lead, a results table, a related list's question
headline, a standfirst kept by the HTML extractor, and a newsletter's pictograph section labels."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import fact_box_over_lead, line_furniture_reason, strip_html, strip_text
from pipeline.stages.text_blocks import make_block, split_blocks


def _reason(line: str) -> str | None:
    """What the body rules make of a line on its own (``boilerplate.line_furniture_reason``)."""
    return line_furniture_reason(make_block(line), line)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement - Switch to a fixed-rate savings bond from £500. Terms apply.",
        "Sponsored: Get 25% off your first box of recipes. New customers only.",
        "[Ad] | Compare business broadband deals in minutes!",
    ],
)
def test_an_adverts_label_run_into_its_copy_is_furniture(line):
    assert _reason(line) == "advertisement"


@pytest.mark.parametrize(
    "line",
    [
        "Ad spending rose 4% in the quarter, the group said.",
        "Sponsored by the county council, the festival drew 20,000 visitors over the weekend.",
        "Advertisement - the industry counts the cost",
        "Advertising: how the regulator plans to police influencers.",
    ],
)
def test_advertising_in_the_news_is_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Privacy Notice | Do Not Sell My Personal Information | (c) 2025 Lakeside Media LLC.", "copyright"),
        ("Cookie Settings | Terms of Use | Accessibility | Contact us.", "cookie-notice"),
    ],
)
def test_a_footers_row_with_a_cookie_or_privacy_link_is_furniture(line, reason):
    assert _reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Revenue | £4.1bn | up 6% on the year.",
        "Voters were asked about the cookie tax | the privacy bill | and the copyright reform in one survey.",
    ],
)
def test_rows_of_bars_without_a_footer_link_are_not_footer(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Keep reading after the advert",
        "Article continues after this advertisement",
        "Continue reading below the ad",
        "Story continues under the advertisement",
    ],
)
def test_pointers_past_an_ad_are_furniture(line):
    assert _reason(line) == "advertisement"


def test_reading_below_in_a_heading_is_the_article():
    assert _reason("Reading below the poverty line") is None


@pytest.mark.parametrize(
    "line",
    [
        "Never miss an update - join 12,000 subscribers to our evening email.",
        "Join more than 25,000 readers who get our weekly property briefing.",
        "Don't miss a thing: our morning newsletter lands in your inbox at 7am.",
    ],
)
def test_newsletter_pleas_without_sign_up_are_furniture(line):
    assert _reason(line) == "newsletter"


@pytest.mark.parametrize(
    "line",
    [
        "More than 25,000 readers joined the campaign in its first week, the paper said.",
        "Don't miss the final, which starts at 8pm on Saturday.",
        "Fans who join the club's 40,000 members will get priority for cup tickets.",
    ],
)
def test_readers_and_missing_things_in_the_news_are_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "This live blog is now closed. Thanks for joining us.",
        "We're pausing our live coverage for now - we'll be back at 6am.",
        "Our live coverage of the election count has ended.",
    ],
)
def test_a_live_pages_closing_notice_is_furniture(line):
    assert _reason(line) == "widget"


@pytest.mark.parametrize(
    "line",
    [
        "The live broadcast of the debate ended at 10pm after a power cut.",
        "Live coverage of the final was watched by 3 million people, the broadcaster said.",
    ],
)
def test_live_broadcasts_in_the_news_are_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Good evening, and welcome to The Night Desk. Here's what happened today.",
        "Hello and welcome back to Market Minute.",
        "Good morning! Here's your Thursday briefing.",
        "That's it for this week - see you on Monday.",
        "That's all from us today. Forward this email to a colleague who'd enjoy it.",
    ],
)
def test_an_email_editions_greeting_and_sign_off_are_furniture(line):
    assert _reason(line) == "newsletter"


@pytest.mark.parametrize(
    "line",
    [
        "Good morning and welcome to our live coverage of the budget, which the chancellor delivers at 12.30.",
        "That's it for now, the minister said, but more cuts may follow next year.",
        "“That's all for today,” the judge told the jury before adjourning the trial.",
        "Hello Kitty maker Sanrio welcomed the ruling on Tuesday.",
    ],
)
def test_greetings_and_endings_in_the_news_are_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["Unsubscribe | Manage your email preferences", "View this email in your browser", "Forward to a friend"],
)
def test_an_email_editions_own_links_are_furniture(line):
    assert _reason(line) == "newsletter"


def test_preferences_in_a_heading_are_the_article():
    assert _reason("Voters update their preferences on housing") is None


def test_a_reader_funding_plea_after_two_sentences_is_furniture():
    line = "Back Harbour Voice. We're staffed by volunteers and funded by readers. Please donate from £2."
    assert _reason(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "The hospice is run by volunteers and funded by donations from local families.",
        "The charity, which is run by volunteers and funded by members, said demand rose 40%.",
    ],
)
def test_volunteer_run_and_funded_bodies_in_the_news_are_the_article(line):
    assert _reason(line) is None


_PARAGRAPHS = [
    "The county council voted on Tuesday to close three of its five recycling centres next spring, saying the "
    "sites cost £1.8 million a year to run and handle less than a fifth of the county's household waste.",
    "Opposition councillors said the closures would lead to more fly-tipping in rural areas, where the nearest "
    "remaining centre would be more than 20 miles away for thousands of households.",
    "The council's cabinet member for the environment, Priya Nandha, said the savings would protect bin "
    "collections, which residents had said in a survey were the service they valued most.",
    "A petition against the plan has gathered more than 6,000 signatures, and campaigners said they would ask "
    "the council to reconsider when it sets next year's budget in February.",
]


def test_lone_app_buttons_beside_a_share_bar_are_furniture():
    text = "\n\n".join(
        ["Council to shut three recycling centres", "By Tom Hale", _PARAGRAPHS[0], "Share\nSave"]
        + _PARAGRAPHS[1:3]
        + ["Bookmark", _PARAGRAPHS[3]]
    )
    info = strip_text(text)
    assert "Save" not in info.text.split("\n\n") and "Bookmark" not in info.text.split("\n\n")
    assert info.headings == []
    assert {"text": "Save", "reason": "share-bar"} in info.removed


def test_a_shopping_guides_save_heading_is_the_article():
    text = "\n\n".join(
        [
            "The best winter coats for every budget",
            "By Tom Hale",
            _PARAGRAPHS[0],
            "Save",
            "The high street's best value parka costs £45 and kept our tester warm on a week of frosty walks.",
            "Splurge",
            "The down jacket from the outdoor specialist costs £320 but should last a decade of hard winters.",
        ]
    )
    info = strip_text(text)
    assert "Save" in info.text.split("\n\n")


def test_a_share_bar_of_three_network_buttons_is_furniture():
    assert _reason("Share Tweet Pin") == "share-bar"


def test_a_comment_count_is_not_joined_to_the_first_comment():
    assert split_blocks("8 Comments\nkayak_kev - Great news for the town.") == [
        "8 Comments",
        "kayak_kev - Great news for the town.",
    ]


def test_a_comment_thread_under_its_count_leaves_the_body():
    text = "\n\n".join(["Council to shut three recycling centres", "By Tom Hale", *_PARAGRAPHS]) + (
        "\n\nTags: Council, Recycling\n\n8 Comments\nkayak_kev - Great news for the town.\n"
        "millie_r - Where am I supposed to take my garden waste now?\n\n© 2026 County Courier"
    )
    info = strip_text(text)
    assert info.text.endswith(_PARAGRAPHS[-1])


def test_a_line_broken_mid_sentence_still_joins():
    assert split_blocks("Residents sent in 12 comments\nabout the plan before the deadline") == [
        "Residents sent in 12 comments about the plan before the deadline"
    ]


def _page(header: list[str], body: list[str], footer: list[str]) -> str:
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(footer)


_MENU = ["County Courier", "Home | News | Sport | Business | Opinion | Weather | Subscribe", "Accept all cookies"]
_FOOTER = [
    "Advertisement",
    "Share this article",
    "Facebook  X  WhatsApp  Email",
    "Related Articles",
    "- Bin collections to move to fortnightly",
    "- Why councils are short of money",
    "- New leisure centre opens its doors",
    "Sign up to our Morning Briefing newsletter",
    "About us",
    "Contact",
    "Careers",
    "Advertise with us",
    "© 2026 County Courier Ltd. All rights reserved.",
]


def test_a_box_of_key_facts_over_the_lead_is_the_article():
    box = [
        "Key facts",
        "- Centres to close: 3 of 5",
        "- Annual saving: £1.8 million",
        "- Petition: 6,000 signatures",
    ]
    header = _MENU + ["", "Council to shut three recycling centres", "", *box, "", "By Tom Hale", "1 December 2026"]
    info = strip_text(_page(header, _PARAGRAPHS, _FOOTER))
    assert "Annual saving: £1.8 million" in info.text and "Petition: 6,000 signatures" in info.text
    assert info.text.index("Key facts") < info.text.index(_PARAGRAPHS[0])


def test_a_key_facts_label_over_lines_without_figures_marks_nothing():
    texts = ["Council to shut centres", "Key facts", "Centres to close", "Savings expected", _PARAGRAPHS[0]]
    blocks = [make_block(t) for t in texts]
    blocks[0].reason = "headline"
    fact_box_over_lead(blocks)
    assert not any(b.lead for b in blocks)


def test_a_results_table_is_the_article():
    table = [
        "MEN",
        "Pos  Name              Country  Time",
        "1    Abel Kiprono      KEN      2:07:12",
        "2    Tomas Lindqvist   SWE      2:08:40",
        "3    Yusuf Bekele      ETH      2:09:05",
        "WOMEN",
        "Pos  Name              Country  Time",
        "1    Grace Wanjiru     KEN      2:22:48",
        "2    Elin Nordahl      NOR      2:23:10",
        "3    Sara Mekonnen     ETH      2:24:31",
        "Finishers: 12,300",
        "Start temperature: 6C",
    ]
    body = [
        "Abel Kiprono won the city marathon on Sunday in a course record, pulling clear of the field after 30 "
        "kilometres as the temperature stayed close to freezing all morning.",
        "\n".join(table),
        "Kiprono's winning margin of 88 seconds was the largest in the race's history, organisers said, and the "
        "field of 12,300 finishers was the biggest since the race began in 1984.",
    ]
    footer = ["Subscribe to Marathon Weekly for $3.99 a month."]
    info = strip_text(_page(_MENU + ["", "Kiprono breaks course record in city marathon"], body, footer))
    for row in ("1 Abel Kiprono KEN 2:07:12", "3 Sara Mekonnen ETH 2:24:31", "Finishers: 12,300"):
        assert row in info.text


def test_a_list_of_headlines_inside_the_page_stays_furniture():
    teasers = "Bin Collections Move To Fortnightly\nWhy Councils Are Short Of Money\nNew Leisure Centre Opens Its Doors"
    body = [*_PARAGRAPHS[:2], teasers, *_PARAGRAPHS[2:]]
    info = strip_text(_page(_MENU + ["", "Council to shut three recycling centres"], body, ["© 2026 County Courier"]))
    assert "Why Councils Are Short Of Money" not in info.text


def test_a_related_lists_question_headline_leaves_with_the_list():
    footer = [
        "Related Articles",
        "- Bin collections to move to fortnightly",
        "- What happens to your rubbish after the bin lorry takes it away each week?",
        "- New leisure centre opens its doors",
        "",
        "© 2026 County Courier Ltd. All rights reserved.",
    ]
    info = strip_text(_page(_MENU + ["", "Council to shut three recycling centres"], _PARAGRAPHS, footer))
    assert "What happens to your rubbish" not in info.text


_QUESTION = "So what will happen to the three recycling centres once they close next spring?"


def test_a_question_heading_after_a_related_box_is_the_article():
    body = [
        *_PARAGRAPHS[:2],
        "Related Articles\n- Bin collections to move to fortnightly",
        _QUESTION,
        *_PARAGRAPHS[2:],
    ]
    info = strip_text(_page(_MENU + ["", "Council to shut three recycling centres"], body, _FOOTER))
    assert _QUESTION in info.text and _PARAGRAPHS[3] in info.text


_STANDFIRST = "Campaigners say rural households will be left with a 20-mile round trip to get rid of bulky waste"


def _html(description: str, under_headline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        f'<html><head><title>Council to shut recycling centres</title><meta name="description" '
        f'content="{description}"></head><body><article><h1>Council to shut three recycling centres</h1>'
        f"{under_headline}{paragraphs}</article></body></html>"
    )


def test_a_standfirst_the_extractor_kept_is_the_subtitle_not_the_body():
    page = _html(
        _STANDFIRST,
        f'<p class="intro">{_STANDFIRST}</p><div class="byline">By Tom Hale</div><time>1 December 2026</time>',
    )
    info = strip_html(page)
    assert info.subtitle == _STANDFIRST
    assert _STANDFIRST not in info.text and info.text.startswith(_PARAGRAPHS[0])


def test_a_description_that_repeats_the_lede_stays_in_the_body():
    info = strip_html(_html(_PARAGRAPHS[0], '<div class="byline">By Tom Hale</div>'))
    assert info.text.startswith(_PARAGRAPHS[0])


def test_a_newsletters_pictograph_labels_are_headings():
    text = "\n\n".join(
        [
            "The Weekly Ledger",
            _PARAGRAPHS[0],
            _PARAGRAPHS[1],
            "📊 BY THE NUMBERS",
            "3 centres to close",
            "£1.8m saved a year",
            "🗳️ WHAT'S NEXT",
            _PARAGRAPHS[3],
        ]
    )
    info = strip_text(text)
    assert "📊 BY THE NUMBERS" in info.headings and "🗳️ WHAT'S NEXT" in info.headings


def test_a_pictograph_list_item_in_sentence_case_is_no_heading():
    items = ["✅ Free delivery", "✅ Easy returns", "✅ Open on Sundays"]
    info = strip_text("\n\n".join(["Five reasons to shop local", _PARAGRAPHS[0], *items, _PARAGRAPHS[1]]))
    assert not set(items) & set(info.headings)
