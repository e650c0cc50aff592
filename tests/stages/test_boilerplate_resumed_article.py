"""End-of-article markers and footer lines dropped into the middle of an article, on a page rendered to text
(inscriptis keeps the layout: each element indented by its depth).

The texts are written for these tests in the shapes of the dev pages: a tag line with its share buttons, a comment
form, a "Share this" bar and a footer's sentence, each set off the article's margin, with the article going on
below them; and the real ends (a tag line over related titles, an author's box over a comment form and its
notices) that must still close the article.
"""

from __future__ import annotations

import pytest

from pipeline.stages import page_regions
from pipeline.stages.boilerplate import strip_text
from tests.stages.inputs import FERRY_STORY

_MENU = ["Home", "News", "Sport", "Weather", "Business", "Opinion", "Culture", "Travel", "Video", "Podcasts",
         "Science", "Health"]  # fmt: skip
_FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Advertise", "Careers", "Sitemap"]
_OPENING = FERRY_STORY[:4]
_AFTER = FERRY_STORY[4:]
_FACT_BOX = [
    "How are the piles inspected?",
    "Divers examine each pile by hand at low tide, tapping the timber to find the soft wood under the surface.",
    "Samples are taken from the piles that sound hollow and sent to a laboratory, which measures the rot.",
    "A pile that has lost more than a quarter of its cross-section is marked for replacement the same year.",
]
_RELATED = ["Council to review parking fees", "Storm warning for the coast", "Library opens late tonight",
            "School league tables published", "Ferry fares to rise in April", "Market moves indoors"]  # fmt: skip


def _page(middle: list[str], after: list[str], margin: int = 8) -> str:
    pad = " " * margin
    lines = [f"  {m}" for m in _MENU]
    lines += ["", f"{pad}Ferry pier to close for repairs", ""]
    lines += [f"{pad}{p}\n" for p in _OPENING]
    lines += middle
    lines += after
    lines += ["", *(f"  {f}" for f in _FOOTER), "  © 2019 Harbour News Ltd. All rights reserved."]
    return "\n".join(lines)


def _removed(info) -> dict[str, str]:
    return {r["text"].strip(): r["reason"] for r in info.removed}


_TAG_BOX = [
    "            Tags:",
    "              Harbour Ferry Council",
    "              Facebook",
    "              Twitter",
    "              Email",
]


def test_article_resumed_after_tag_line_into_a_fact_box_is_kept() -> None:
    """A tag line and its share buttons dropped in, then one paragraph at the margin over a fact box set in."""
    after = [f"        {_AFTER[0]}\n", f"          {_FACT_BOX[0]}", *(f"          {p}\n" for p in _FACT_BOX[1:])]
    info = strip_text(_page(_TAG_BOX, after))
    for paragraph in _OPENING + [_AFTER[0]] + _FACT_BOX[1:]:
        assert paragraph in info.text
    removed = _removed(info)
    assert removed.get("Tags:") == "tags"
    assert "Privacy policy" not in info.text


def test_tag_line_over_related_titles_still_ends_the_article() -> None:
    """The real end: a tag line, then a box of related titles, each with its blurb (cards, not a run of text)."""
    after = []
    for title, blurb in zip(_RELATED[:3], _AFTER):
        after += [f"          {title}", f"        {blurb}\n"]
    info = strip_text(_page(_TAG_BOX, after))
    for paragraph in _OPENING:
        assert paragraph in info.text
    for blurb in _AFTER:
        assert blurb not in info.text
        assert _removed(info).get(blurb) is not None


_FORM_BOX = [
    "              Comments are closed for guests.",
    "              You must be logged in to post a comment.",
    "            Search",
    "    We use cookies to make sure you get the best experience on our website.",
]


def test_article_resumed_after_a_comment_form_box_is_kept() -> None:
    """A comment form set in a box of its own (off the article's margin), then the article runs on at its margin."""
    after = ["        ___", "        4:14 p.m.", *(f"        {p}\n" for p in _AFTER)]
    info = strip_text(_page(_FORM_BOX, after))
    for paragraph in _OPENING + _AFTER:
        assert paragraph in info.text
    removed = _removed(info)
    assert removed.get("You must be logged in to post a comment.") == "comments"
    assert "You must be logged in to post a comment." not in info.text


def test_comment_form_under_an_author_box_still_ends_the_article() -> None:
    """The real end: the author's box, then a comment form whose consent notices run on at the article's margin."""
    middle = ["          Jane Roe",
              "        Jane Roe joined the Harbour News in March 2017 and has reported on the port and its ferries "
              "ever since.",
              "          More articles from Jane Roe",
              "            Your email address will not be published. Required fields are marked *",
              "            Save my name, email, and website in this browser for the next time I comment."]  # fmt: skip
    notices = [
        "By submitting this form you agree to the Harbour News using your data for the purposes of publishing "
        "your comment on this website.",
        "Your personal data will only be disclosed or otherwise passed on to third parties for the purpose of "
        "spam filtering or if this is necessary for technical maintenance of the website.",
        "You may revoke this consent at any time with effect for the future, in which case your personal data "
        "will be deleted immediately.",
    ]
    info = strip_text(_page(middle, [f"        {p}\n" for p in notices]))
    for paragraph in _OPENING:
        assert paragraph in info.text
    for notice in notices:
        assert notice not in info.text
        assert _removed(info).get(notice) is not None


def test_tour_dates_announced_below_a_share_box_are_kept() -> None:
    """The list the article announces ("Tour dates:"), cut off from its last paragraph by a share bar."""
    share = ["          Share this:", "              Click to share on Facebook (Opens in new window)",
             "              Click to share on Twitter (Opens in new window)",
             "              Click to print (Opens in new window)"]  # fmt: skip
    dates = ["June 9 -- Harbour Arena, Portsmouth", "June 12 -- The Pier Pavilion, Brighton",
             "June 14 -- Quay Theatre, Plymouth",
             "June 18 -- Dock Hall at the Old Harbour, Southampton, Hampshire"]  # fmt: skip
    after = ["        The ferry's farewell concert tour dates:", *(f"        {d}" for d in dates)]
    info = strip_text(_page(share, after))
    for line in _OPENING + ["The ferry's farewell concert tour dates:", *dates]:
        assert line in info.text
    assert _removed(info).get("Share this:") is not None
    assert "Privacy policy" not in info.text


def test_footer_sentence_further_out_does_not_take_the_article_apart() -> None:
    """A footer's sentence at the page's outer margin after the last paragraph: the article's paragraphs above a
    menu dropped in between are still taken back at their own margin."""
    menu = [f"      {m}" for m in ["TELEVISION", "RADIO", "BIG READS", "INSIDERS", "RSS", "FACEBOOK", "TWITTER",
                                    "YOUTUBE", "INSTAGRAM", "MEDIA CENTRE"]]  # fmt: skip
    lines = [f"  {m}" for m in _MENU]
    lines += ["", "        Ferry pier to close for repairs", ""]
    lines += [f"          {_OPENING[0]}\n"]
    lines += menu
    lines += [f"          {_OPENING[1]}\n", "        Can a ferry run on tidal power alone?"]
    # the footer's sentence is as long as a paragraph: the prose search runs on into it
    lines += ["  Harbour News is part of Coastal Media Group, an international media group and leading digital "
              "publisher. Visit our corporate site to learn more about the group, its brands and the many "
              "magazines, websites and events it runs in this country and abroad.\n"]  # fmt: skip
    lines += [f"    {f}" for f in _FOOTER]
    info = strip_text("\n".join(lines))
    for paragraph in _OPENING[:2]:
        assert paragraph in info.text
    assert "Coastal Media Group" not in info.text
    assert _removed(info).get("RADIO") is not None


@pytest.mark.parametrize(
    ("flag", "test"),
    [
        ("RESUME_INTO_BOX", test_article_resumed_after_tag_line_into_a_fact_box_is_kept),
        ("COMMENT_FORM_BOX", test_article_resumed_after_a_comment_form_box_is_kept),
        ("ANNOUNCED_LIST_ISLANDS", test_tour_dates_announced_below_a_share_box_are_kept),
        ("OUTER_TAIL_TRIM", test_footer_sentence_further_out_does_not_take_the_article_apart),
    ],
)
def test_each_form_needs_its_rule(monkeypatch: pytest.MonkeyPatch, flag: str, test) -> None:
    """Without the rule (the old code) the form loses the article's text."""
    monkeypatch.setattr(page_regions, flag, False)
    with pytest.raises(AssertionError):
        test()
