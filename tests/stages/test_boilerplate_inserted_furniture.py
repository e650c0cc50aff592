"""Page furniture inserted among an article's paragraphs, on a page rendered to text (inscriptis keeps the layout).

The texts are written for these tests in the shapes of the dev pages: an article whose opening paragraphs sit in
one wrapper and the rest one level deeper, cut in two by a box of short lines (a menu, a "Most read" list).
"""

from __future__ import annotations

from pipeline.stages.boilerplate import strip_text

_MENU = ["Home", "News", "Sport", "Weather", "Business", "Opinion", "Culture", "Travel", "Video", "Podcasts"]
_OPENING = [
    "The harbour board voted on Tuesday to close the old ferry pier for at least two years while engineers "
    "decide whether the timber piles can be saved or must be replaced.",
    "Inspectors found that more than a third of the piles had rotted below the waterline, and the board said it "
    "could no longer guarantee the safety of the passengers who used it every morning.",
]
_REST = [
    "Commuters will be moved to a temporary landing at the north quay, which the board said would open within a "
    "fortnight and would be served by the same boats on the same timetable.",
    "Local traders, who depend on the foot traffic from the pier, said they had not been consulted and asked the "
    "board to publish the engineers' report before any final decision was made.",
    "The board's chair said the report would be released next month, once the insurers had seen it, and that "
    "the public would be invited to comment on the options it sets out.",
    "A decision on whether to rebuild the pier or replace it with a floating pontoon is expected in the spring.",
]
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
