"""Plain-text boilerplate rules on renderings they were not tuned on (see tests/benchmarks/bench_text_robustness.py):
a menu a renderer printed on one line, and an article interrupted by a tag box before it runs on. The snippets are
lines of dev pages of the extraction benchmark (mysanantonio.com, chron.com, pv-magazine.com, a NASCAR table)."""

from __future__ import annotations

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.furniture import menu_line

# mysanantonio.com's section menus, each printed on one line (the "joined" rendering of the robustness bench)
MENU_LINES = [
    "o News by Neighborhood | o Texas | o Obituaries | o Traffic | o Weather | o S.A. History",
    "Nation | o Breaking News Anywhere | o Border & Mexico | o US | o World | o Health Care | o Politics",
    "o NBA | o NFL | o MLB | o Soccer | o Colleges | o College Football | o College Basketball",
    "/* | * | * | * Subscribe | * Sign In | * Home | o Subscribe | o Contact Us | o About Us | o Advertise With Us "
    "| o Subscriber Services o Place a Classified Ad o Privacy Notice o Find a Business in S.A.",
]
# chron.com, an AP story (dev page db6b0816c612)
OPENING = [
    "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China of using coercion and "
    "intimidation against smaller Asian nations to impose its will in the South China Sea. He urged Vietnam and "
    "others in the region to push back.",
    "“We will not accept attempts to assert unlawful maritime claims at the expense of law-abiding nations,” Esper "
    "said in a speech to the Diplomatic Academy of Vietnam, a government university.",
    "Vietnam is one of the region’s most vocal critics of China’s sweeping territorial claims in the South China Sea "
    "and has accused Beijing of encroaching into its waters.",
    "“The United States firmly opposes intimidation by any claimant to assert its territorial or maritime claims, "
    "and we call for an end to the bullying and unlawful activities,” Esper said.",
]
RUN_ON = [
    "Later, in remarks at Vietnam’s Communist Party headquarters, Esper said, “We strongly oppose violations of "
    "international law by China and excessive claims in the South China Sea.”",
    "As part of a long-term effort to forge closer relations with Vietnam, Esper announced that the U.S. will "
    "provide Vietnam’s coast guard with a surplus American ship. He said it would be provided next year, but he "
    "gave no details on payment or exact timing.",
    "Esper met with several top government officials and paid a visit to the city’s Hoa Lo prison, dubbed the "
    "“Hanoi Hilton” by American servicemen held there during the Vietnam War. The late Sen. John McCain was held "
    "there after he was shot down in his Navy jet over Hanoi in 1967.",
]
TOP_NAV = [
    "Subscribe",
    "Sign In",
    "Home",
    "o Contact Chron",
    "o Advertise with Us",
    "o Careers",
    "o Privacy Notice",
    "o Terms of Use",
    "o Newsletters",
]
MOST_POPULAR = [
    "Most Popular",
    "47 nabbed in massive Katy human-trafficking sting",
    "Human trafficking, prostitution sting near The Woodlands nets 75",
    "14-year-old girl missing from The Woodlands, last seen at mall",
    "Cleveland ISD: White van being used to lure children",
    "J.J. Watt gives out personal phone number on Twitter",
    "Montgomery County declared a gun sanctuary",
]
FOOTER = ["© 2019 Hearst Communications, Inc.", "About", "Privacy Notice", "Your California Privacy Rights"]


def _page(head: list[str], article: list[str], tail: list[str]) -> str:
    """A page as inscriptis lays it out: menus set in by their depth, the article at its own margin."""
    lines = [" " * (4 + 2 * (k % 3)) + t for k, t in enumerate(head)]
    lines += [" " * 8 + t for t in article]
    lines += [" " * (6 + 2 * (k % 2)) + t for k, t in enumerate(tail)]
    return "\n\n".join(lines)


def _reasons(info) -> dict[str, str]:
    return {r["text"].strip(): r["reason"] for r in info.removed}


def test_menu_printed_on_one_line_is_navigation() -> None:
    # many words and a clause's commas would make it a paragraph; its items are labels of a few words each
    assert all(menu_line(line) for line in MENU_LINES)


def test_menu_lines_do_not_pull_the_main_text_to_the_header() -> None:
    text = _page(TOP_NAV[:3] + MENU_LINES + TOP_NAV[3:], OPENING + RUN_ON, MOST_POPULAR + FOOTER)
    info = strip_text(text)
    assert info.text.split("\n\n") == OPENING + RUN_ON
    reasons = _reasons(info)
    assert all(reasons[line] == "navigation" for line in MENU_LINES)


def test_lines_with_separators_that_are_not_menus_are_kept_apart() -> None:
    # a table's row carries figures; a byline's parts are a name and an agency (two items); a sentence runs long
    assert not menu_line("3 | Kevin Harvick | 5033 | 4 | 6 | 15 | 26")
    assert not menu_line("By Jennifer Rankin | The Guardian")
    assert not menu_line(
        "The council voted 7-2 on Tuesday | a decision that opponents said would raise rents across the city | "
        "and the mayor said she would sign it"
    )


def test_table_with_a_header_row_is_not_a_menu() -> None:
    header = "Pos. | Piloto | Pontos | Vitórias | Poles | Top 5 | Top 10"
    rows = ["1 | Kyle Busch | 5040 | 5 | 1 | 17 | 27", "2 | Martin Truex Jr. | 5035 | 7 | 0 | 15 | 24"]
    info = strip_text("\n\n".join([*OPENING, header, *rows, *RUN_ON]))
    assert header in info.text and all(row in info.text for row in rows)


def test_article_running_on_after_a_tag_box_is_kept() -> None:
    # a tag line and its share buttons dropped between paragraphs: three paragraphs at the article's margin follow
    box = ["Tags:", "Entertainment Latest News", "* Facebook", "* Twitter"]
    text = _page(TOP_NAV, [*OPENING, *(" " * 12 + b for b in box), *RUN_ON], MOST_POPULAR + FOOTER)
    info = strip_text(text)
    assert info.text.split("\n\n") == OPENING + RUN_ON
    assert _reasons(info)["Tags:"] == "tags"
    assert "Most Popular" not in info.text


def test_comment_form_notices_after_the_author_box_stay_out() -> None:
    # pv-magazine.com: the author's box, then a comment form whose legal notices read as paragraphs at the margin
    bio = [
        "Emiliano Bellini",
        "About Emiliano Bellini",
        "Emiliano joined pv magazine in March 2017. He has been reporting on solar and renewable energy since 2009.",
    ]
    form = [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "By submitting this form you agree to pv magazine using your data for the purposes of publishing your comment.",
        "Your personal data will only be disclosed or otherwise transmitted to third parties for the purposes of "
        "spam filtering or if this is necessary for technical maintenance of the website.",
        "You may revoke this consent at any time with effect for the future, in which case your personal data will "
        "be deleted immediately.",
        "Further information on data privacy can be found in our Data Protection Policy.",
    ]
    text = _page(TOP_NAV, OPENING + RUN_ON + bio + form, FOOTER)
    info = strip_text(text)
    assert info.text.split("\n\n")[: len(OPENING + RUN_ON)] == OPENING + RUN_ON
    assert bio[2] not in info.text and all(line not in info.text for line in form)  # not taken back as the article
