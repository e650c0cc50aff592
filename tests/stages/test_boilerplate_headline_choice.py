"""The headline among a page's header lines: the site's name, a menu, a sign-in bar, a weather widget, a section's
label or a kicker printed over it is neither the title nor the dek."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.furniture import furniture_reason
from tests.stages.inputs import BRIDGE_STORY

HEADLINE = "Council backs riverside footbridge despite warnings over steel costs"
DEK = "The crossing should open to walkers next autumn, eleven years after the old ferry stopped running"
BYLINE = ("By Ruairi Fenwick", "Published 14 May 2025, 08:15")


def _page(*top: str) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(BRIDGE_STORY[:4])


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


def test_a_brand_name_over_the_headline_and_its_dek_is_the_masthead() -> None:
    info = strip_text(_page("RiverDesk", "", HEADLINE, "", DEK, "", *BYLINE))
    assert (info.title, info.subtitle) == (HEADLINE, DEK)
    assert _reasons(info)["RiverDesk"] == "masthead"
    assert info.text.startswith(BRIDGE_STORY[0])


def test_a_name_opened_by_the_over_a_date_line_is_the_masthead() -> None:
    info = strip_text(_page("The Wharfedale Lantern", "Wednesday 14 May 2025 - 8:15am", "", HEADLINE, "", BYLINE[0]))
    assert info.title == HEADLINE
    assert _reasons(info)["The Wharfedale Lantern"] == "masthead"


def test_a_menu_without_separators_under_the_masthead_is_navigation() -> None:
    menu = "Towns Business Transport Opinion"
    info = strip_text(_page("THE VALLEY HERALD", menu, "", HEADLINE, "", DEK, "", *BYLINE))
    assert (info.title, info.subtitle) == (HEADLINE, DEK)
    assert _reasons(info)[menu] == "navigation"


def test_a_menu_buttons_label_with_its_items_is_navigation() -> None:
    info = strip_text(_page("RIVERSIDE VOICE", "Menu  Towns  Transport  Schools  Weather", "", HEADLINE, *BYLINE))
    assert info.title == HEADLINE
    assert _reasons(info)["Menu Towns Transport Schools Weather"] == "navigation"


@pytest.mark.parametrize("widget", ["Log in   Subscribe", "Sign in | Register", "Weather: 14°C Harrogate"])
def test_an_account_bar_or_weather_widget_over_the_headline_is_navigation(widget: str) -> None:
    info = strip_text(_page("The Valley Herald", "Towns | Business | Transport | Sport", widget, "", HEADLINE, *BYLINE))
    assert info.title == HEADLINE
    assert " ".join(widget.split()) in {t for t, r in _reasons(info).items() if r == "navigation"}


def test_a_section_label_straight_over_a_shouted_headline_is_navigation_not_a_masthead() -> None:
    headline = "BRIDGE BILL SOARS AGAIN! Residents fume as steel price rise adds £2m to the cost"
    dek = "Councillors were told the overrun will be shared with the contractor"
    info = strip_text(_page("COMMUNITY", headline, dek, *BYLINE))
    assert (info.title, info.subtitle) == (headline, dek)
    assert _reasons(info)["COMMUNITY"] == "navigation"


def test_a_kicker_between_the_masthead_and_the_headline_is_navigation() -> None:
    info = strip_text(_page("RiverDesk", "Exclusive: Footbridge steel contract", "", HEADLINE, "", *BYLINE))
    assert info.title == HEADLINE
    reasons = _reasons(info)
    assert (reasons["RiverDesk"], reasons["Exclusive: Footbridge steel contract"]) == ("masthead", "navigation")


@pytest.mark.parametrize(
    "headline", ["Footbridge Plan Approved", "Riverside Footbridge Vote", "Exclusive: Council leader resigns"]
)
def test_a_short_headline_straight_over_its_dek_stays_the_headline(headline: str) -> None:
    info = strip_text(_page(headline, DEK, "", *BYLINE))
    assert (info.title, info.subtitle) == (headline, DEK)
    assert not {"masthead", "navigation"} & set(_reasons(info).values())


def test_a_short_headline_over_an_unmarked_byline_stays_the_headline() -> None:
    """The reporter's line under the headline ("Name | Title") is no dek: nothing makes the headline a name."""
    headline = "Footbridge Plan Approved"
    info = strip_text(_page(headline, "", "Ruairi Fenwick | Transport Reporter", "14 May 2025, 08:15"))
    assert info.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Weather warnings issued as temperatures reach 31°C in the south",
        "Menu prices at the riverside cafe",
        "Register now for the public meeting",
    ],
)
def test_sentences_that_start_like_header_widgets_are_not_navigation(line: str) -> None:
    assert furniture_reason(line) != "navigation"
