"""A related-stories box at the end of a plain-text article goes whole: its label and every teaser under it.

Labels worded with a share bar's words ("More on this story") or not yet known as box labels ("In other news")
used to leave the box open: the label went as a share bar, a teaser as footer, and a teaser asking a question
stayed in the body. The article's own closing question stays.
"""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.furniture import RELATED_START_RE, furniture_reason
from tests.stages.inputs import FERRY_STORY

HEADLINE = "Harbour Board Closes Old Ferry Pier"
BYLINE = "By Ines Moreau"
TEASERS = ["Harbour board minutes: what was decided", "Can the timber piles be saved?"]
BOX_LABELS = [
    "More on this story",
    "More on this story:",
    "In other news",
    "Top headlines",
    "Popular now",
    "More in Business",
    "You might have missed",
    "See also",
    "Related Articles",  # the label the others are handled like
]


def _article(body: list[str], tail: list[str]) -> str:
    """Headline, byline, the paragraphs, then ``tail`` as lines of one block."""
    return "\n\n".join([HEADLINE, BYLINE, *body, "\n".join(tail), "Follow us on Facebook and Instagram"]) + "\n"


@pytest.mark.parametrize("label", BOX_LABELS)
def test_label_opens_a_related_box(label: str) -> None:
    assert RELATED_START_RE.match(label)
    assert furniture_reason(label) == "related-links"


@pytest.mark.parametrize("label", BOX_LABELS)
def test_every_teaser_of_the_box_goes_with_its_label(label: str) -> None:
    info = strip_text(_article(FERRY_STORY[:4], ["ADVERTISEMENT", "", label, *TEASERS]))
    reasons = {r["text"]: r["reason"] for r in info.removed}
    assert reasons[label] == "related-links"
    for teaser in TEASERS:
        assert reasons.get(teaser) == "related-links", (teaser, reasons)
        assert teaser not in info.text
    assert info.text.endswith(FERRY_STORY[3])


def test_a_share_bar_is_still_a_share_bar() -> None:
    assert furniture_reason("Share this story") == "share-bar"
    assert furniture_reason("Share on Facebook Twitter Email") == "share-bar"


def test_the_article_may_end_with_its_own_question() -> None:
    """A closing question of the article is prose above the box, not a teaser inside it."""
    question = "Will the board find the money to rebuild the pier before the next winter storms arrive?"
    info = strip_text(_article([*FERRY_STORY[:4], question], ["Most read", *TEASERS]))
    assert info.text.endswith(question)
    assert not any(t in info.text for t in TEASERS)


def test_a_short_closing_question_without_a_box_stays() -> None:
    question = "What happens next?"
    info = strip_text("\n\n".join([HEADLINE, BYLINE, *FERRY_STORY[:4], question]) + "\n")
    assert info.text.endswith(question)


def test_a_box_label_inside_the_article_keeps_the_paragraphs_after_it() -> None:
    """A round-up's "In other news" over more of the article's own paragraphs: only the label goes."""
    text = "\n\n".join([HEADLINE, BYLINE, *FERRY_STORY[:3], "In other news", *FERRY_STORY[3:6]]) + "\n"
    info = strip_text(text)
    for paragraph in FERRY_STORY[:6]:
        assert paragraph in info.text
