"""Page furniture inserted among an article's paragraphs, on a page rendered to text (inscriptis keeps the layout).

The texts are written for these tests in the shapes of the dev pages: an article whose opening paragraphs sit in
one wrapper and the rest one level deeper, cut in two by a box of short lines (a menu, a "Most read" list).
"""

from __future__ import annotations

from pipeline.stages.boilerplate import strip_text
from tests.stages.inputs import FERRY_STORY

_MENU = ["Home", "News", "Sport", "Weather", "Business", "Opinion", "Culture", "Travel", "Video", "Podcasts"]
_OPENING = FERRY_STORY[:2]
_REST = FERRY_STORY[2:6]
_BOX = ["Most read", "Council to review parking fees", "Storm warning for the coast", "Library opens late",
        "School league tables", "Ferry fares to rise", "Market moves indoors", "Bridge repairs delayed",
        "New cycle lane opens", "Festival line-up announced", "Road closed for works"]  # fmt: skip


def _page(box: list[str]) -> str:
    lines = [f"  {m}" for m in _MENU]
    lines += ["", "      Ferry pier to close for repairs", ""]
    lines += [f"        {p}\n" for p in _OPENING]
    lines += [f"          {p}\n" for p in _REST[:2]]
    lines += [f"    * {b}" for b in box]
    lines += [""] + [f"          {p}\n" for p in _REST[2:]]
    lines += ["", "  About us", "  Contact", "  Privacy policy", "  Terms of use", "  Advertise", "  Careers"]
    return "\n".join(lines)


def test_article_resumed_after_box_in_nested_wrapper_is_kept() -> None:
    info = strip_text(_page(_BOX))
    for paragraph in _OPENING + _REST:
        assert paragraph in info.text
    removed = {r["text"]: r["reason"] for r in info.removed}
    for title in _BOX[1:]:
        assert title not in info.text
        assert removed.get(title) is not None
    assert "Privacy policy" not in info.text


def test_box_far_off_at_the_side_is_not_a_margin_of_the_article() -> None:
    """A teaser's blurb at a margin far from the article's (a box at the side) does not become the article's."""
    box = ["Around the region", "Lighthouse keeper retires after forty years",
           "                        The last keeper of the point light is retiring, and the light will be run "
           "from the mainland.", *_BOX[1:6]]  # fmt: skip
    info = strip_text(_page(box))
    assert "The last keeper of the point light" not in info.text
    for paragraph in _OPENING + _REST:
        assert paragraph in info.text
