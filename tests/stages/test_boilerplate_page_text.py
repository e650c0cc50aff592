"""Boilerplate stripping on whole pages rendered to plain text: captions, deks, teaser cards, side columns and
other furniture told apart by structure (margins, neighbours, position, recurrence), each with its reason."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_boilerplate, strip_text
from pipeline.stages.furniture import RELATED_START_RE, strong_furniture_reason
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
