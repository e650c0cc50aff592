"""Boilerplate stripping on whole pages rendered to plain text: captions, deks, teaser cards, side columns and
other furniture told apart by structure (margins, neighbours, position, recurrence), each with its reason."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_boilerplate, strip_text
from pipeline.stages.furniture import RELATED_START_RE, strong_furniture_reason
from pipeline.stages.text_blocks import split_blocks
from tests.stages.inputs import COUNCIL_STORY, input_frame

BODY = COUNCIL_STORY

NAV = [
    f"  * {item}"
    for item in (
        "Home",
        "News",
        "Sport",
        "Business",
        "Weather",
        "Culture",
        "Travel",
        "Opinion",
        "Video",
        "Podcasts",
        "Puzzles",
        "Obituaries",
        "Letters",
        "Events",
        "Jobs",
        "Archive",
    )
]
FOOTER = ["  About us", "  Contact", "  Careers", "  Privacy policy", "  © 2025 Daily Planet. All rights reserved."]


def _page(*article: str, margin: int = 4) -> str:
    """A page as a text renderer lays it out: the menu, the article at its own left margin, the footer.

    A line given with its own leading spaces keeps them (a caption or a box set in from the text).
    """
    pad = " " * margin
    lines = [line if line.startswith(" ") else pad + line for line in article]
    return "\n\n".join(NAV + lines + FOOTER)


COMMENTS = [
    "        Comments",
    "        Jane Roe",
    "        About time the trams were fixed, honestly.",
    "        Reply",
]


def _most_read() -> list[str]:
    """A "Most read" box set apart from the text: it cuts the article's run of paragraphs in two."""
    return ["          Most read in news"] + [f"          Harbour ferry {n} returns after refit" for n in range(6)]


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


def _kept(info) -> list[str]:
    return info.text.split("\n\n")


def test_caption_over_its_photo_credit() -> None:
    caption = "Officials handed out air filter masks to schoolchildren outside a school on Monday."
    credit = "Sonu Mehta/Hindustan Times/Getty Images"
    info = strip_text(_page("Delhi hands out masks as smog returns", *BODY[:2], caption, credit, *BODY[2:]))
    reasons = _reasons(info)
    assert reasons[caption] == "caption"
    assert reasons[credit] == "caption"
    assert all(p in _kept(info) for p in BODY)


def test_long_paragraph_above_a_credited_photo_at_the_text_margin_stays() -> None:
    paragraph = (
        "The iPhone 11 Pro Max was not supposed to impress anyone this year, but that is exactly what it did: the "
        "battery lasts two days, the cameras caught up with the best on the market and the screen is brighter than "
        "any phone before it."
    )
    info = strip_text(_page(*BODY[:2], paragraph, "Jason Roe/ZDNet", *BODY[2:]))
    assert paragraph in _kept(info)
    assert _reasons(info)["Jason Roe/ZDNet"] == "caption"


@pytest.mark.parametrize(
    "caption",
    [
        "House Intelligence Committee chairman Adam Roe speaks during a media briefing after a House vote, "
        "October 31, 2019. (Joshua Doe/Reuters)",
        "A man rides on a donkey in the village opposite the settlement on November 19, 2019. Jaafar ROE / AFP",
        "A stock image of a woman holding a joint. Researchers looked at legalisation and problematic use. Getty",
    ],
)
def test_caption_ending_in_its_credit(caption: str) -> None:
    info = strip_text("\n\n".join([BODY[0], caption, *BODY[1:]]))
    assert _reasons(info)[caption] == "caption"
    assert info.text == "\n\n".join(BODY)


@pytest.mark.parametrize(
    ("cut", "rest"),
    [  # a copy whose linked names were lost: the sentence breaks where the name was, and goes on lower-case
        ("The relay squad finished well clear of the field in the final. Norway's", "anchored the team home in 3:02."),
        ("She broke the meeting record in the heats on Saturday morning. And", "then she won the final by a stride."),
    ],
)
def test_a_sentence_going_on_in_the_next_block_is_no_credited_caption(cut: str, rest: str) -> None:
    info = strip_text("\n\n".join([BODY[0], cut, rest, *BODY[1:]]))
    assert cut in _kept(info) and rest in _kept(info)


def test_dek_above_the_byline_is_the_subtitle() -> None:
    dek = "The plan adds buses and repairs two tram lines closed since the spring floods."
    head = "City approves biggest transport budget in a decade"
    info = strip_text(_page(head, "      " + dek, "By Maria Lopez", *BODY))  # the page sets the dek apart
    assert _reasons(info)[dek] == "subtitle"
    assert info.subtitle == dek
    assert _kept(info) == BODY


def test_embedded_post_date_inside_the_text_is_no_byline_line() -> None:
    short = [
        "Rescuers reached the flooded village on Tuesday morning after a night of heavy rain.",
        "The only road into the valley had been closed for three days by a landslide.",
    ]
    post = ["We are on our way. Stay safe everyone.", "— County Fire Service (@countyfire) November 19, 2019"]
    info = strip_text(_page(*short, *post, *BODY))
    assert all(p in _kept(info) for p in short + BODY)
    assert info.subtitle is None


def test_opening_line_at_the_article_margin_is_kept() -> None:
    lead = (
        "HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a San Francisco Bay Area commuter train "
        "(all times local):"
    )
    info = strip_text(_page(lead, *BODY))
    assert _kept(info) == [lead, *BODY]


def test_teaser_cards_after_a_related_label() -> None:
    blurbs = [
        "Binge eating disorder is the most common eating disorder. This article looks at its causes and risks.",
        "Identifying your triggers can help you control your bingeing. Learn more about managing them.",
        "Antidepressants may help treat the disorder. Talk to your doctor to see if they are right for you.",
    ]
    cards = []
    for n, blurb in enumerate(blurbs):
        cards += [f"      Binge Eating Disorder Guide Part {n + 1}", "        Written by Jane Roe", f"      {blurb}"]
        cards.append("      READ MORE")
    info = strip_text(_page(*BODY, "Related stories", *cards))
    reasons = _reasons(info)
    assert all(reasons[b] == "related-links" for b in blurbs)
    assert _kept(info) == BODY


def test_teaser_cards_closed_by_a_repeated_share_line() -> None:
    teasers = [
        "A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer, dizem os "
        "leitores que escrevem para a nossa página todos os dias.",
        "O que une uma família é o amor, o carinho e o querer bem, e é isso que faz de uma casa um lugar onde "
        "todos querem voltar depois de um dia longo.",
        "Força para vencer e fé para acreditar que tudo é possível, que todo obstáculo pode ser vencido e que "
        "a vitória chega para quem não desiste no caminho.",
    ]
    share = "      Whatsapp Facebook Pint Baixar"
    cards = [line for t in teasers for line in (share, t)] + [share]
    info = strip_text(_page(*BODY, "Você pode gostar...", *cards))
    assert all(_reasons(info)[t] == "related-links" for t in teasers)
    assert RELATED_START_RE.match("Você pode gostar...")


def test_teaser_card_set_in_between_paragraphs() -> None:
    title = "            Column: A vulture firm's bid shows there is still value in newspapers, for plundering"
    blurb = (
        "            Among those who believe the press provides value for society, few expected a hedge fund to "
        "agree so soon."
    )
    info = strip_text(_page(*BODY[:3], title, blurb, *BODY[3:]))
    reasons = _reasons(info)
    assert reasons[blurb.strip()] == "related-links"
    assert reasons[title.strip()] == "related-links"
    assert _kept(info) == BODY


def test_side_column_interleaved_with_the_article() -> None:
    side = " " * 60 + "Iconic sitcom props and costumes will be auctioned next month, including the orange couch."
    info = strip_text(_page(*BODY[:2], side, *BODY[2:]))
    assert _reasons(info)[side.strip()] == "outside-main-text"
    assert _kept(info) == BODY


def test_lone_caption_set_in_from_the_text_and_headings_at_the_margin() -> None:
    caption = "      The slimmer bezels of the new 16-inch laptop"
    info = strip_text(_page(*BODY[:2], caption, *BODY[2:3], "Keyboard", *BODY[3:]))
    assert _reasons(info)[caption.strip()] == "caption"
    assert "Keyboard" in info.headings
    assert _kept(info) == [*BODY[:3], "Keyboard", *BODY[3:]]


def test_stories_after_the_article_at_another_margin() -> None:
    more = [
        "        Harbour ferry returns to service",
        "        The ferry is back after a long refit and a new coat of paint, the operator said on Monday.",
        "        Local team wins the cup final",
        "        A dramatic late equaliser took the final to extra time, where the hosts scored twice.",
    ]
    info = strip_text(_page(*BODY, *more))
    assert _kept(info) == BODY
    assert all(_reasons(info)[m.strip()] == "outside-main-text" for m in more)


def test_article_running_on_at_another_margin_is_kept() -> None:
    rest = [
        "        The budget also sets aside money for cycle lanes on the two bridges that cross the river downtown.",
        "        A final vote on the cycle lanes is expected in March, after a round of public consultations.",
    ]
    info = strip_text(_page(*BODY, *rest))
    assert _kept(info) == [*BODY, *(r.strip() for r in rest)]


def test_site_blurb_after_the_author_box_is_not_taken_back() -> None:
    bio = "Maria Lopez is a senior reporter at the Daily Planet covering city hall and transport."
    blurb = (
        "The Daily Planet is where the city reads its news. It is the essential source of information and ideas "
        "that make sense of a region in constant transformation."
    )
    gap = [f"      Most read story number {n}" for n in range(4)]
    info = strip_text(_page(*BODY, bio, *gap, blurb))
    assert _kept(info) == BODY
    assert _reasons(info)[bio] == "author-bio"
    assert blurb not in _kept(info)


def test_newsletter_pitch_between_newsletter_lines() -> None:
    pitch = "Get the day's big stories and the fun stuff you love, like mock drafts, picks and power rankings."
    info = strip_text(
        _page(*BODY, "Pick Six Newsletter", pitch, 'I agree that Example Sports can send me the "Pick Six" newsletter.')
    )
    assert _reasons(info)[pitch] == "widget"
    assert _kept(info) == BODY


def test_source_furniture_recurs_across_pages_with_large_menus() -> None:
    menu = [f"Section number {n}" for n in range(40)]
    about = (
        "Example Health is a global solutions provider focused on hospital software. The vision of Example Health "
        "is to close digital information gaps in clinical care."
    )
    pages = ["\n\n".join([*menu, *[f"{p[:-1]}, release {i}." for p in BODY], about]) for i in range(3)]
    out = strip_boilerplate(input_frame(pages, source_key="example-health.com"))
    for removed, text in zip(out["removed"], out["text"]):
        assert about not in text
        assert {"text": about, "reason": "recurring-in-source"} in removed
        assert "Council members said the money" in text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("You must be logged in to post a comment.", "comments"),
        ("Devi essere connesso per inviare un commento.", "comments"),
        (
            "Jeff Roe (jeff@example.com) is the editor and publisher of The Space Gazette, and a senior staff "
            "writer with Space Weekly.",
            "author-bio",
        ),
    ],
)
def test_furniture_sentences_of_comment_forms_and_author_boxes(line: str, reason: str) -> None:
    assert strong_furniture_reason(line) == reason


def test_key_points_over_the_lead_photo_are_the_dek() -> None:
    points = [
        "        The council approved a budget that raises transport spending by twelve percent next year.",
        "        The money pays for buses and for repairs to two tram lines closed since the spring floods.",
    ]
    caption = "      Buses wait at the central depot on Tuesday. Jane Roe | City Photos"
    info = strip_text(_page("City approves biggest transport budget", "      Key Points", *points, caption, *BODY))
    reasons = _reasons(info)
    assert all(reasons[p.strip()] == "subtitle" for p in points)
    assert _kept(info) == BODY


def test_opening_paragraph_in_a_wrapper_of_its_own_stays() -> None:
    """Set apart from the text but running straight on into it: the article's first paragraph, not a dek."""
    lead = "      The city council voted late on Tuesday to approve the largest transport budget in a decade."
    info = strip_text(_page("City approves biggest transport budget", lead, *BODY))
    assert _kept(info) == [lead.strip(), *BODY]


def test_fact_box_closing_the_article_is_kept() -> None:
    box = [
        "        How does the transport levy work?",
        "        The levy is charged on every commercial property in the city centre.",
        "        Its rate is set each year by the council as part of the budget.",
        "        Money raised by the levy can only be spent on buses, trams and cycle lanes.",
        "        Small shops with fewer than five staff pay half the standard rate.",
    ]
    most_read = _most_read()
    info = strip_text(_page(*BODY[:3], *most_read, *BODY[3:], *box))
    assert _kept(info) == [*BODY, *(b.strip() for b in box)]


def test_recipe_card_closing_the_article_is_kept() -> None:
    card = [
        "        Spiced Apple Butter",
        "        Ingredients",
        "          6 ripe apples, cored and peeled",
        "          1 tsp ground cinnamon",
        "          1/2 cup honey",
        "        Instructions",
        "         1. Cube the apples and put them in a heavy pot with a splash of water and the spices.",
        "         2. Simmer for 40 minutes, stirring often, until the apples fall apart into a thick sauce.",
        "         3. Stir in the honey and cook (about 10 minutes at a low boil)",
        "         4. Spoon into warm jars and let them cool. The butter keeps for a month in the fridge.",
    ]
    most_read = _most_read()
    info = strip_text(_page(*BODY[:3], *most_read, *BODY[3:], *card))
    assert _kept(info) == [*BODY, *(c.strip() for c in card)]


def test_teaser_cards_set_in_after_the_article_are_no_closing_box() -> None:
    cards = []
    for n, blurb in enumerate(("after a long refit", "after a dramatic late equaliser", "after the spring floods")):
        cards += [
            f"        Story number {n} of the week",
            f"        The town cheered on Monday {blurb}, officials said.",
        ]
    most_read = _most_read()
    info = strip_text(_page(*BODY[:3], *most_read, *BODY[3:], *cards))
    assert _kept(info) == BODY


def test_last_teaser_card_without_its_share_line() -> None:
    """Every card but the last is closed by its share buttons; the last is set and shaped like the others."""
    teasers = [
        "A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer, dizem os "
        "leitores que escrevem para a nossa página todos os dias.",
        "O que une uma família é o amor, o carinho e o querer bem, e é isso que faz de uma casa um lugar onde "
        "todos querem voltar depois de um dia longo.",
        "A gratidão mora nos pequenos gestos do dia, no café passado com calma e na conversa demorada com quem "
        "a gente ama.",
    ]
    share = "      Whatsapp Facebook Pint Baixar"
    cards = [share, teasers[0], share, teasers[1], share, teasers[2]]
    info = strip_text(_page(*BODY, "Você pode gostar...", *cards))
    assert all(_reasons(info)[t] == "related-links" for t in teasers)
    assert _kept(info) == BODY


def test_opening_line_over_its_time_stamp_is_kept() -> None:
    lead = "RIVERTON, Ore. (AP) — The Latest on a bridge closed after a barge struck its pier (all times local):"
    info = strip_text(_page(lead, "10 p.m.", *BODY))
    assert _kept(info) == [lead, "10 p.m.", *BODY]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("H arbour ferries stopped again.\n\nThe harbour master blamed the fog.", "Harbour ferries stopped"),
        ("A dam Roe's inquiry is incoherent.\n\nAdam Roe denied it on Monday.", "Adam Roe's inquiry"),
        ("A dog barked all night.\n\nThe neighbours said a dog and a cat live there.", "A dog barked"),
        ("A new depot opens.\n\nThe new depot is near the river, anew.", "A new depot"),
    ],
)
def test_drop_cap_set_apart_by_the_renderer_is_joined_back(text: str, first: str) -> None:
    """Only where the joined word is a word of the text and the rest of it is not."""
    assert split_blocks(text)[0].startswith(first)


def test_caption_over_its_bracketed_credit_set_in_between_paragraphs() -> None:
    caption = "          Jane Roe, the transport director who will oversee the new bus routes"
    credit = "          (City Transport Authority)"
    info = strip_text(_page(*BODY[:2], caption, credit, *BODY[2:]))
    reasons = _reasons(info)
    assert reasons[caption.strip()] == "caption"
    assert reasons[credit.strip()] == "caption"
    assert _kept(info) == BODY


def test_dek_printed_over_the_photo_and_again_under_it() -> None:
    dek = "Our pick of the events, markets and concerts in town for the month of October, with dates and prices."
    info = strip_text(_page("Five things to do in October", dek, "1 of 3", dek, *BODY))
    assert [r["reason"] for r in info.removed if r["text"] == dek] == ["subtitle", "repeated"]
    assert _kept(info) == BODY


def test_post_meta_line_over_the_text_is_no_opening_line() -> None:
    """A review's fact line at the text's margin opens it; the date, author and categories line above does not."""
    meta = "13/06/2014 Jane Roe All , Books , Kit Reviews"
    facts = "Tested by: Sam Roe RRP: £31.50 More info: www.example.co.uk"
    info = strip_text(_page("Workshop manual review", meta, facts, *BODY))
    assert meta not in _kept(info)
    assert _kept(info) == [facts, *BODY]


def test_headlines_under_a_more_label_inside_the_text() -> None:
    """Sentence-case headlines (no Title Case to give them away) under "More:" dropped between paragraphs."""
    links = [
        "  The race back to the moon",
        "  Harbour ferry returns to service after a long refit",
        "  Council completes landing test for its first tram in 2020",
    ]
    info = strip_text(_page(*BODY[:2], "More:", *links, *BODY[2:]))
    reasons = _reasons(info)
    assert reasons["More:"] == "related-links"
    assert all(reasons[link.strip()] == "related-links" for link in links)
    assert _kept(info) == BODY


def test_comments_button_between_two_paragraphs_does_not_end_the_article() -> None:
    button = "      Comments"
    info = strip_text(_page(*BODY[:3], button, *BODY[3:], *COMMENTS))
    assert _kept(info) == BODY
    assert _reasons(info)["About time the trams were fixed, honestly."] == "comments"


def test_last_paragraph_between_a_comments_button_and_the_comments_is_no_pitch() -> None:
    """Furniture above and below a short paragraph makes it a box's pitch, unless it is the article's own: at the
    margin of the paragraph before the button."""
    last = f"{BODY[4]} The vote was nine to four."
    info = strip_text(_page(*BODY[:4], "      Comments", last, *COMMENTS))
    assert _kept(info) == [*BODY[:4], last]
