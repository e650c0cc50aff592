"""The site's name copied over the headline (the masthead) is neither the title nor the body."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_text
from tests.stages.inputs import FERRY_STORY

HEADLINE = "Ferry pier to close for two years after inspectors find rotten piles"
DEK = "Commuters will move to a temporary landing at the north quay within a fortnight"


def _page(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(FERRY_STORY[:4]) + "\n\n" + "\n".join(tail)


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


def test_masthead_over_menu_headline_and_dek() -> None:
    text = _page(
        "Lakeside Courier",
        "Home | Local | Business | Sport | Weather",
        "",
        HEADLINE,
        DEK,
        "",
        "By Tomasz Wren",
        "Published April 9, 2025 7:10 AM",
        tail=("© 2025 Lakeside Courier. All rights reserved.",),
    )
    info = strip_text(text)
    assert info.title == HEADLINE
    assert info.subtitle == DEK
    assert _reasons(info)["Lakeside Courier"] == "masthead"
    assert info.text.startswith(FERRY_STORY[0])


def test_masthead_without_menu_or_copyright() -> None:
    headline = "North quay landing: what commuters need to know"
    text = _page("The Ridgeford Gazette", "", headline, "", "Last updated: 09/04/2025 14:20", "By Ines Calloway")
    info = strip_text(text)
    assert info.title == headline
    assert _reasons(info)["The Ridgeford Gazette"] == "masthead"


def test_site_name_the_copyright_line_names_is_a_masthead() -> None:
    """No newspaper's word in the name ("Harbourline"): the copyright line says it is the site's."""
    text = _page("Harbourline", "", HEADLINE, "", "By Tomasz Wren", tail=("© 2025 Harbourline. All rights reserved.",))
    info = strip_text(text)
    assert info.title == HEADLINE
    assert _reasons(info)["Harbourline"] == "masthead"


@pytest.mark.parametrize(
    "headline",
    [
        "Brexit talks collapse",
        "Markets tumble",
        "Markets Tumble",
        "Striker Breaks Club Record",  # title case, ends in a newspaper's word, but holds a verb
        "Harbour Board Review",  # a newspaper's word headlines end in too: a name only over a menu
    ],
)
def test_short_real_headline_over_its_dek_stays_the_headline(headline: str) -> None:
    dek = "The vote ends months of talks and leaves both sides counting the cost"
    text = _page(headline, dek, "", "By Tomasz Wren", "Published April 9, 2025")
    info = strip_text(text)
    assert info.title == headline
    assert "masthead" not in _reasons(info).values()


def test_title_case_headline_over_a_short_dek_is_not_a_masthead() -> None:
    """A name-shaped line is a masthead only when what follows is longer and headline-like, not a byline."""
    headline = "The Harbour Review"
    text = _page(headline, "", "By Tomasz Wren", "Published April 9, 2025")
    info = strip_text(text)
    assert info.title == headline
    assert "masthead" not in _reasons(info).values()


def test_copyright_of_another_name_does_not_make_a_headline_a_masthead() -> None:
    headline = "Pier Closure Approved"
    text = _page(headline, DEK, "", "By Tomasz Wren", tail=("© 2025 Northgate Media Group. All rights reserved.",))
    info = strip_text(text)
    assert info.title == headline
    assert info.subtitle == DEK


def test_name_ending_in_a_common_noun_is_a_masthead_over_a_menu() -> None:
    text = _page("Westfield Post", "News | Sport | Business | Weather", "", HEADLINE, DEK, "", "By Tomasz Wren")
    info = strip_text(text)
    assert info.title == HEADLINE
    assert _reasons(info)["Westfield Post"] == "masthead"


def test_section_label_is_no_masthead() -> None:
    """ "World News" over the headline names a section, not the publication."""
    info = strip_text(_page("World News", "", HEADLINE, DEK, "", "By Tomasz Wren"))
    assert "masthead" not in _reasons(info).values()


def test_a_menu_item_under_the_name_is_no_headline() -> None:
    """A rendered page: the site's name, then its menu as one-word list items: no item is taken for the headline."""
    text = _page("Quillfeed", "", "  * Frontpage", "  * Video", "  * Store", "", HEADLINE, tail=("© 2025 Quillfeed",))
    info = strip_text(text)
    assert _reasons(info).get("Frontpage") != "headline" and info.title != "Frontpage"


def test_a_headline_printed_twice_wins_over_the_site_name_and_menu_above_it() -> None:
    text = _page("Skip to main content", "Harbourline", "News", "Sport", "Weather", HEADLINE, HEADLINE, DEK,
                 "By Tomasz Wren", "April 9, 2025 7:10am PT")  # fmt: skip
    info = strip_text(text)
    assert info.title == HEADLINE
    reasons = _reasons(info)
    assert reasons["Harbourline"] == "masthead"
    assert {reasons[item] for item in ("News", "Sport", "Weather")} == {"navigation"}
    assert info.text.startswith(FERRY_STORY[0])


def test_a_one_word_site_name_over_a_breadcrumb_trail() -> None:
    text = _page("PierWatch", "Home › Transport › Ferries", HEADLINE, "By Tomasz Wren | Staff Writer")
    info = strip_text(text)
    assert info.title == HEADLINE
    assert _reasons(info)["PierWatch"] == "masthead"


@pytest.mark.parametrize("label", ["ENTERTAINMENT", "World News", "Business"])
def test_a_section_label_over_the_headline_is_no_title(label: str) -> None:
    info = strip_text(_page(label, HEADLINE, "Tomasz Wren | Ferry Times", "Wednesday, 9 April 2025"))
    assert info.title == HEADLINE
    assert _reasons(info)[label] == "navigation"


def test_a_title_cased_headline_may_end_in_a_full_stop() -> None:
    headline = "I Was Stranded For Four Days By The Ferry Strike. Here's What I Learned."
    info = strip_text(_page(headline, "Posted by Kirsten Vale in Travel Disasters"))
    assert info.title == headline
    assert info.byline_authors == ["Kirsten Vale"]
    assert info.text.startswith(FERRY_STORY[0])


def test_a_sentence_opening_a_text_is_no_headline() -> None:
    info = strip_text("\n\n".join(FERRY_STORY[:3]))
    assert info.title is None
