"""Furniture sentences that used to stay in the body: disclosures, author boxes, copyright lines, newsletter
forms and footers, channel pitches, the desk's phone and address, teasers and tag boxes."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.furniture import RELATED_START_RE, furniture_reason, strong_furniture_reason, strong_rules_for
from tests.stages.inputs import FERRY_STORY

# (line, reason): each is a full sentence (or reads like one), so only the strong rules see it in an article
STRONG = [
    ("Disclosure: The writer owns shares in Harbor Freight Lines.", "author-bio"),
    ("Full disclosure: I hold a small position in both companies mentioned here.", "author-bio"),
    ("About the author: Mia Lund has reported on shipping for a decade. Follow her @mialund.", "author-bio"),
    ("About the writers: Sam Ode and Lee Park cover transport for the Courier.", "author-bio"),
    ("Related: Ferry fares to rise again in May | Why the north quay is sinking?", "related-links"),
    ("Related stories: Port strike ends after nine days.", "related-links"),
    ("Join The Courier's WhatsApp channel for the day's top stories.", "promo"),
    ("Follow our Telegram channel and get breaking news as it happens.", "promo"),
    ("Copyright 2025 Harbor Media Group. Reproduction only with written permission.", "copyright"),
    ("Copyright © Harbor Media Group. Read our approach to linking to other sites.", "copyright"),
    ("© Coastal Courier Ltd 2025. Registered in England and Wales No. 0123456.", "copyright"),
    ("The Courier is part of Harbor Media, a regional publisher. © Harbor Media Inc. 4 Pier Road, Hull.", "copyright"),
    ("Thanks for reading Harbour Notes! Subscribe for free to get every new post.", "promo"),
    ("Thank you for reading. Please consider upgrading to a paid subscription.", "promo"),
    ("Get the latest ferry times, travel alerts, local offers and more!", "newsletter"),
    ("By entering your email you agree to our Terms of Use and acknowledge our Privacy Notice.", "newsletter"),
    ("Was this email forwarded to you? Sign up here.", "newsletter"),
    ("Did a friend send you this newsletter? Subscribe free.", "newsletter"),
    ("You are receiving this newsletter because you registered with the Courier. Unsubscribe", "newsletter"),
    ("Privacy Notice: Our newsletters may include offers from partners and charities.", "cookie-notice"),
    ("This story is part of our Coastal Towns series. Subscribe to the Courier for more from the coast.", "promo"),
    ("For more details, call 01482 555 0199.", "contact"),
    ("To find out more, please email events@harbourtrust.example.", "contact"),
    ("Got an opinion? Email letters@coastalcourier.example or ring 01482 555 0100.", "contact"),
    ("Call our newsdesk on +44 1482 555 0123.", "contact"),
]

# the article's own sentences with the same words: none is furniture
NOT_STRONG = [
    "The author of the harbour report, Jane Marsh, said the piles could not be saved.",
    "Related to this, the board said it would review the timetable in the spring.",
    "Related charges against two directors were dropped on Monday.",
    "Disclosure of the inspection reports came only after a freedom of information request.",
    "About the authors of the study, little is known beyond their university posts.",
    "The ministry set up a Telegram channel to publish ferry times during the strike.",
    "Join the queue early if you want a seat, the ferry operator told passengers.",
    "Copyright law protects the design of the pier, the trust's lawyer argued.",
    "(c) the operator must publish the timetable a month in advance.",
    "Thanks for reading the report so carefully, the chairman told councillors.",
    "Get the best seats by booking early, the operator said.",
    "By submitting the plans early, the board saved itself a year of delays.",
    "You received this letter because your home is near the pier, the notice said.",
    "The bank said customers could call a helpline on 0800 123 4567 while the app was down.",
    "Contact with the inspectors was limited during the 2024-2025 season, the board said.",
    "Call centre staff will answer questions about refunds until Friday.",
    "For more information on the closure, the board will hold a public meeting on 12 May.",
    "Subscribers to the board's alerts got the news first, and many were angry.",
    "The harbour board said it would subscribe to the findings of the review.",
]


@pytest.mark.parametrize(("line", "reason"), STRONG)
def test_furniture_sentence_is_strong_furniture(line: str, reason: str) -> None:
    assert strong_furniture_reason(line) == reason
    assert strong_furniture_reason(line, strong_rules_for(FERRY_STORY + [line])) == reason


@pytest.mark.parametrize("line", NOT_STRONG)
def test_body_sentence_with_the_same_words_is_not_furniture(line: str) -> None:
    assert strong_furniture_reason(line) is None
    assert strong_furniture_reason(line, strong_rules_for(FERRY_STORY + [line])) is None


ADDRESSES = [
    "Coastal Courier, 12 Quay Street, Hull HU1 1AA",
    "Harbor Media Inc., 200 Main Street, Suite 4, Springfield, IL 62701",
    "Harbour Notes, 3-5 Marine Parade, Brighton, BN2 1TL",
]

NOT_ADDRESSES = [
    "12 Quay Street",  # a heading or a venue, no postcode
    "Pier closes 12 May, Hull",
    "HU1 1AA",
    "Harbor Media, 200 Main Street, Springfield",
]


@pytest.mark.parametrize("line", ADDRESSES)
def test_postal_address_line_is_contact(line: str) -> None:
    assert furniture_reason(line) == "contact"


@pytest.mark.parametrize("line", NOT_ADDRESSES)
def test_lines_short_of_an_address_are_not_contact(line: str) -> None:
    assert furniture_reason(line) != "contact"


def test_copyright_line_opening_with_the_sign_is_copyright_not_caption() -> None:
    assert strong_furniture_reason("© Coastal Courier Ltd 2025. Registered in England No. 0123456.") == "copyright"


@pytest.mark.parametrize("label", ["Related Topics", "Explore more on these topics", "Explore more on this subject"])
def test_tag_box_label_opens_a_related_zone(label: str) -> None:
    assert RELATED_START_RE.match(label)


@pytest.mark.parametrize("line", ["Related to this", "Explore more of the coast"])
def test_similar_lines_open_no_zone(line: str) -> None:
    assert not RELATED_START_RE.match(line)


def test_tags_under_their_label_leave_the_body() -> None:
    text = "\n\n".join(
        [
            "Ferry pier to close for repairs",
            *FERRY_STORY,
            "Explore more on these topics\nFerries  Hull  Transport",
            "Copyright 2025 Coastal Courier. Read our approach to linking.",
        ]
    )
    info = strip_text(text)
    for paragraph in FERRY_STORY:
        assert paragraph in info.text
    assert "Ferries" not in info.text
    assert "Copyright" not in info.text
    assert "Ferries Hull Transport" not in info.headings
    removed = {r["text"]: r["reason"] for r in info.removed}
    assert removed["Ferries Hull Transport"] == "related-links"  # the box's, not a stray footer line


def test_closing_furniture_leaves_the_body_and_the_story_stays() -> None:
    tail = [
        "Disclosure: The writer holds no shares in the operator.",
        "About the author: Mia Lund has reported on shipping for a decade. Call our tip line on 01482 555 0142.",
        "Related: Ferry fares to rise again in May | Why the north quay is sinking?",
        "Join our WhatsApp channel and get the latest local news sent to you.",
    ]
    kept = [
        "The operator said passengers could call a helpline on 0800 555 0100 with questions about refunds.",
        "The author of the engineers' report, Jane Marsh, said the piles had rotted faster than expected.",
    ]
    text = "\n\n".join(["Ferry pier to close for repairs", *FERRY_STORY, *kept, *tail])
    info = strip_text(text)
    for paragraph in FERRY_STORY + kept:
        assert paragraph in info.text
    for line in tail:
        assert line not in info.text
