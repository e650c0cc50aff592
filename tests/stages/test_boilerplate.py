"""Boilerplate stripping on plain text: each furniture kind leaves the body with its reason."""

from __future__ import annotations

import pytest

from pipeline.schemas import conform, validate
from pipeline.stages.boilerplate import strip_boilerplate, strip_text
from pipeline.stages.furniture import furniture_reason, strong_furniture_reason
from pipeline.stages.text_blocks import split_blocks
from tests.stages.inputs import COUNCIL_STORY, input_frame

BODY = COUNCIL_STORY[:3]


def _article(*lines: str) -> str:
    return "\n\n".join(lines)


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Subscribe to Business Today Magazine", "promo"),
        ("Subscribe to my whatsapp channel", "promo"),
        ("Download the app", "promo"),
        ("Follow us on Twitter", "promo"),
        ("Related Articles", "related-links"),
        ("Read more: Council approves tram repairs", "related-links"),
        ("You may also like", "related-links"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Get the latest headlines delivered to your inbox", "newsletter"),
        ("Leave a Reply", "comments"),
        ("Post a comment", "comments"),
        ("Post a comment0", "comments"),
        ("No comments yet. Why don’t you start the discussion?", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        ("12 Comments", "comments"),
        ("Share this article", "share-bar"),
        ("Facebook Twitter LinkedIn Email", "share-bar"),
        ("Share | Tweet | Email | Print", "share-bar"),
        ("© 2024 Example Media Ltd. All rights reserved.", "copyright"),
        ("Copyright 2023 The Daily Planet", "copyright"),
        ("Photo: Jane Smith / Reuters", "caption"),
        ("Image caption, Firefighters at the scene on Monday", "caption"),
        ("A protester holds a flag outside parliament. (Photo: AFP)", "caption"),
        ("Workers clear debris in the city centre. Getty Images", "caption"),
        ("We use cookies to improve your experience on our site.", "cookie-notice"),
        ("Skip to main content", "navigation"),
        ("Home > News > Politics", "navigation"),
        ("Tags: budget, council, transport", "tags"),
        ("5 min read", "reading-time"),
        ("(Reporting by Jane Doe; Editing by John Roe)", "credits"),
        ("Click to share on Facebook (Opens in new window)", "share-bar"),
        ("1 of 4 A shopper looks at extension cords at a hardware store", "caption"),
        ("Explore further", "related-links"),
        ("Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18)", "citation"),
    ],
)
def test_furniture_phrases(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.", "copyright"),
        ("By choosing I Accept, you consent to our use of cookies and other tracking technologies.", "cookie-notice"),
        ("Save my name, email, and website in this browser for the next time I comment.", "comments"),
        ("Associated Press writer Kevin Freking contributed to this report.", "credits"),
    ],
)
def test_furniture_sentences(line: str, reason: str) -> None:
    assert strong_furniture_reason(line) == reason


def test_body_sentences_are_not_furniture() -> None:
    for line in BODY + ["Analysts expect more households to subscribe to the service next year."]:
        info = strip_text(_article(line, *BODY))
        assert line in info.text.split("\n\n")


@pytest.mark.parametrize(
    "paragraph",
    [
        # a company described in the article's own words (the form of a BBC business paragraph)
        "Meditech is a leading producer of heart monitors and pacemakers. Analysts said the purchase would "
        "offset the buyer's reliance on a slowing drug business, and that more mergers were likely because the "
        "industry is fragmented. The firm will pay $76 for each share, 6% more than Tuesday's closing price.",
        # a person in the news, named with his title, opening a quoted paragraph
        'Mr Harding is a gifted writer and should keep his fiction where it belongs. "The government is not '
        'going down that road," a spokesman said on Friday, adding that the claims were "simply untrue".',
    ],
)
def test_article_paragraphs_that_open_like_an_author_bio_stay(paragraph: str) -> None:
    assert strong_furniture_reason(paragraph) is None
    info = strip_text(_article(*BODY, paragraph))
    assert paragraph in info.text.split("\n\n")


def test_header_byline_date_and_dek_go_to_metadata_not_body() -> None:
    content = "\n".join(
        [
            "Advertisement",
            "City approves biggest transport budget in a decade",
            "",
            "City approves biggest transport budget in a decade",
            "",
            "Council backs bus and tram plan despite warnings over tax forecasts.",
            "",
            "Maria Lopez",
            "Maria Lopez",
            "  • Updated Jul 22, 2025 12:07 PM IST",
            *BODY,
            "Published on: Jul 22, 2025 12:07 PM IST",
        ]
    )
    info = strip_text(content)
    assert info.text == "\n\n".join(BODY)
    reasons = _reasons(info)
    assert reasons["City approves biggest transport budget in a decade"] in {"headline", "repeated-headline"}
    assert [r["reason"] for r in info.removed].count("repeated-headline") == 1
    assert reasons["Council backs bus and tram plan despite warnings over tax forecasts."] == "subtitle"
    assert reasons["Maria Lopez"] == "byline"
    assert reasons["Updated Jul 22, 2025 12:07 PM IST"] == "dateline"
    assert reasons["Published on: Jul 22, 2025 12:07 PM IST"] == "dateline"
    assert info.title == "City approves biggest transport budget in a decade"
    assert info.subtitle.startswith("Council backs")
    assert info.byline_authors == ["Maria Lopez"]
    assert len(info.date_lines) == 2


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe", "By Jane Doe and John Roe", "Written by Jane Doe", "By JANE DOE | Reuters", "Author: Jane Doe"],
)
def test_bylines_are_removed(byline: str) -> None:
    info = strip_text(_article("Council approves transport budget", byline, *BODY))
    assert _reasons(info)[byline] == "byline"
    assert "Jane Doe" in info.byline_authors[0] or "JANE DOE" in info.byline_authors[0]
    assert info.text == "\n\n".join(BODY)


def test_comment_section_after_the_body_is_removed_whole() -> None:
    info = strip_text(
        _article(
            "Council approves transport budget",
            *BODY,
            "Comments",
            "I think this is a terrible idea and the council should be ashamed of wasting our money like this.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        )
    )
    assert info.text == "\n\n".join(BODY)
    assert {r["reason"] for r in info.removed} >= {"comments", "headline"}


def test_section_headings_are_kept_as_structure() -> None:
    info = strip_text(_article("Council approves transport budget", BODY[0], "What happens next", *BODY[1:]))
    assert info.headings == ["What happens next"]
    assert "\n\nWhat happens next\n\n" in info.text


def test_ads_and_related_lists_inside_the_body() -> None:
    info = strip_text(
        _article(
            "Council approves transport budget",
            BODY[0],
            "Advertisement",
            "Related Articles",
            "Mayor defends tram repairs",
            "Bus fares to rise in April",
            "Flood damage bill tops 40m",
            *BODY[1:],
            "Subscribe to Daily Planet Magazine",
        )
    )
    assert info.text == "\n\n".join(BODY)
    reasons = _reasons(info)
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["Bus fares to rise in April"] == "related-links"
    assert info.publisher_lines == ["Subscribe to Daily Planet Magazine"]


def test_caption_glued_to_repeated_headline() -> None:
    head = "Netflix uses AI in its shows: efficiency gains worth the trade-offs?"
    info = strip_text(_article(head, head + "A still from the series", *BODY))
    assert _reasons(info)[head + "A still from the series"] == "caption"
    assert info.text == "\n\n".join(BODY)


def test_lines_recurring_across_one_source_are_furniture() -> None:
    footer = "Daily Planet is part of Planet Media Group, which runs six regional titles"
    contents = [
        _article(f"Story number {i} headline here", *[f"{b} Variant {i}." for b in BODY], footer) for i in range(5)
    ]
    out = strip_boilerplate(input_frame(contents))
    for removed, text in zip(out["removed"], out["text"]):
        assert footer not in text
        assert {"text": footer, "reason": "recurring-in-source"} in removed


def test_near_duplicate_articles_keep_their_shared_lines() -> None:
    contents = [_article("Council approves transport budget", *BODY) for _ in range(4)]
    out = strip_boilerplate(input_frame(contents))
    assert all(text == "\n\n".join(BODY) for text in out["text"])


def test_hard_wrapped_text_is_rejoined() -> None:
    wrapped = (
        "The city council voted on Tuesday to approve a new budget that raises\n"
        "spending on public transport by twelve percent, the largest increase in\n"
        "a decade."
    )
    assert split_blocks(wrapped) == [
        "The city council voted on Tuesday to approve a new budget that raises spending on public transport by "
        "twelve percent, the largest increase in a decade."
    ]


def test_output_contract_and_order() -> None:
    contents = [_article("Budget approved", *BODY, "Advertisement"), _article(*BODY), "Advertisement"]
    out = strip_boilerplate(input_frame(contents))
    assert list(out["article_id"]) == [f"{i:016x}" for i in range(3)]
    assert out["text"].iloc[2] == ""
    assert out["removed_share"].between(0, 1).all()
    assert out["removed"].iloc[2] == [{"text": "Advertisement", "reason": "advertisement"}]
    kept = out[out["text"] != ""]
    validate("clean_articles", conform("clean_articles", kept[["article_id", "text", "removed", "removed_share"]]))


def test_nothing_is_lost_silently() -> None:
    content = _article("Budget approved", "By Jane Doe", *BODY, "Share this article", "© 2024 Daily Planet")
    info = strip_text(content)
    kept = info.text.split("\n\n")
    removed = [r["text"] for r in info.removed]
    assert sorted(kept + removed) == sorted(split_blocks(content))


def test_lists_inside_the_body_are_kept() -> None:
    info = strip_text(
        _article(
            "Central bank raises rates again",
            BODY[0],
            "The decision included several measures:",
            "1. The main rate rises to 5.25%",
            "2. Bond purchases end in March",
            "3. Banks face higher reserve requirements",
            BODY[1],
            "Key facts",
            "- Inflation stood at 6.1% in October",
            "- Unemployment is at a record low",
            "- Wages rose 4.2% over the year",
            BODY[2],
        )
    )
    assert "3. Banks face higher reserve requirements" in info.text
    assert "Unemployment is at a record low" in info.text
    assert info.headings == ["Key facts"]
    assert [r["reason"] for r in info.removed] == ["headline"]


def test_wire_story_credits_and_copyright() -> None:
    info = strip_text(
        _article(
            "Council approves transport budget",
            "By LISA MASCARO and MARY CLARE JALONICK",
            "Associated Press",
            "WASHINGTON (AP) — " + BODY[0],
            *BODY[1:],
            "Associated Press writer Kevin Freking contributed to this report.",
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed without permission.",
        )
    )
    assert info.text == "\n\n".join(["WASHINGTON (AP) — " + BODY[0], *BODY[1:]])
    reasons = [r["reason"] for r in info.removed]
    assert reasons == ["headline", "byline", "byline", "credits", "copyright"]  # the agency under the byline is its
    assert info.byline_authors == ["LISA MASCARO", "MARY CLARE JALONICK"]


def test_name_in_place_byline_and_topic_footer() -> None:
    content = "\n".join(
        [
            "EU leaders agree new migration pact after marathon talks",
            "Deal would speed up asylum checks at external borders, but critics say it weakens protections",
            "Jennifer Rankin in Brussels",
            "Mon 4 Mar 2024 10.05 GMT",
            "Last modified on Mon 4 Mar 2024 12.00 GMT",
            "Share",
            *BODY,
            "Explore more on these topics",
            "European Union",
            "Migration",
            "Share",
            "Reuse this content",
        ]
    )
    info = strip_text(content)
    assert info.text == "\n\n".join(BODY)
    assert info.byline_authors == ["Jennifer Rankin"]
    assert info.subtitle.startswith("Deal would speed up")
    assert len(info.date_lines) == 2


def test_blog_share_widgets_and_comment_form() -> None:
    content = "\n".join(
        [
            "My weekend trip to the mountains",
            "Posted on March 3, 2024 by admin",
            *BODY,
            "Share this:",
            "Twitter",
            "Facebook",
            "Like this:",
            "Like Loading...",
            "Related",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment *",
            "Name *",
            "Email *",
            "Website",
            "Save my name, email, and website in this browser for the next time I comment.",
        ]
    )
    info = strip_text(content)
    assert info.text == "\n\n".join(BODY)
    assert {r["reason"] for r in info.removed} >= {"headline", "dateline", "share-bar", "comments"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Related: Harbour ferry returns after two-year refit", "related-links"),
        ("Most read in business", "related-links"),
        ("Popular on The Daily Planet", "related-links"),
        ("Editors' Picks", "related-links"),
        ("More Planet Sport: https://planet.example/sport and https://social.example/planetsport", "related-links"),
        ("- Order Reprints", "widget"),
        ("Share to Facebook Facebook Share to Email Email Share to More More", "share-bar"),
        ("Lascia un commento", "comments"),
        ("Rosa Mendez, AP", "caption"),
        ("Tom Hale/Planet Photos", "caption"),
        ("Click To Tweet", "share-bar"),
        ("More:", "related-links"),
        ("Subscribe to our Newsletters", "newsletter"),
        ("More", "navigation"),
    ],
)
def test_more_furniture_phrases(line: str, reason: str) -> None:
    from pipeline.stages.text_blocks import BULLET_RE

    assert (strong_furniture_reason(line) or furniture_reason(BULLET_RE.sub("", line))) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Planet staff writers Ann Lee, Bo Chan, Cy Diaz and Dee Fox contributed to this report.", "credits"),
        ("Reach the reporter on Twitter at @annlee or by email at alee@planet.example.", "contact"),
        ("If you buy something through this post, the Planet may get a share of the sale.", "advertisement"),
        ("Like this story? Share it with a friend!", "widget"),
        ("Follow Planet Sport on Instagram, Facebook and YouTube.", "promo"),
        ("If you enjoyed this article, we have a proposition for you: join our members' club today.", "promo"),
        ("Get Garden Monthly delivered through your letterbox every month. 12 issues for £20.", "promo"),
        ("No spam, we promise. You can unsubscribe at any time and we never share your details.", "newsletter"),
        ("I agree that the Planet can send me the 'Morning Brief' newsletter.", "newsletter"),
        ("Ann Lee is a staff writer at the Planet covering transport and city hall.", "author-bio"),
        ("Bo Chan joined the Planet in May 2016. He has been reporting on energy since 2008.", "author-bio"),
        ("The new depot opened on Monday near the river. Credit: City Transport", "caption"),
        ("Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza.", "cookie-notice"),
    ],
)
def test_more_furniture_sentences(line: str, reason: str) -> None:
    assert strong_furniture_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "The Planet welcomes letters from readers. We'd like to hear what you think of this story or any "
            "other on our site. Write to letters@planet.example.",
            "contact",
        ),
        ("Note: we're moderating all comments this week while we clear out spam bots.", "comments"),
        ("AVISO: Comentários ofensivos ou fora do tema não serão aprovados pelo moderador.", "comments"),
        ("Les commentaires sont modérés avant publication.", "comments"),
        ("Subscribe to the Planet and get the stories that matter to your town.", "promo"),
        ("Clique na imagem acima e veja a classificação completa do campeonato.", "promo"),
        ("Click the banner and read our full guide to the holiday markets.", "promo"),
    ],
)
def test_furniture_sentences_of_letters_desks_moderation_and_box_pitches(line: str, reason: str) -> None:
    """The desk inviting letters, the site on moderating comments, a box's "click and see" pitch (any language)."""
    assert strong_furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Facebook said its moderators review comments flagged by users within a day.",
        "Click the gear icon, choose Settings and turn off location sharing for the app.",
        "Readers said they would like to hear more from the mayor about the tram repairs.",
        "Subscribers to the council's text alerts were told about the closure on Monday.",
    ],
)
def test_body_sentences_about_comments_clicks_and_subscribers_are_kept(line: str) -> None:
    assert strong_furniture_reason(line) is None


def test_moderation_words_in_a_whole_page_line_do_not_remove_it() -> None:
    """A table-laid page can render the whole article as one line; a notice's phrase inside it is no notice."""
    page_line = " ".join(COUNCIL_STORY) + " Note: we are moderating all comments this week."
    page_line = " ".join([page_line] * 3)
    assert strong_furniture_reason(page_line) is None


@pytest.mark.parametrize(
    "line",
    [
        "The mayor is a former reporter who covered city hall for a decade.",
        "Bo Chan joined the team as a coach in 2019 and led it to two titles.",
        "The council's planning chief said the depot would open in May.",
    ],
)
def test_body_sentences_like_furniture_are_kept(line: str) -> None:
    assert strong_furniture_reason(line) is None
    info = strip_text(_article(line, *BODY))
    assert line in info.text.split("\n\n")


# A whole page rendered to text (as inscriptis or a browser's "save as text" would): menus, the article, a
# "Most read" box that interrupts it, the rest of the article, then the footer. Indentation is the page's layout.
_PAGE_TEXT = "\n\n".join(
    ["  * Home", "  * News", "  * Sport", "  * Business", "  * Weather", "  * Culture", "  * Travel"]
    + ["    City approves biggest transport budget in a decade", "    By Maria Lopez"]
    + [f"    {p}" for p in BODY]
    + ["    A new depot will open near the river. Credit: City Transport"]
    + ["          Most read in news"]
    + [f"          Local team wins the {n} cup final in extra time" for n in ("first", "second", "third", "fourth")]
    + [f"          Harbour ferry {n} returns after refit" for n in ("one", "two", "three", "four")]
    + [
        "    The mayor said the first new buses would run in the spring and promised a review of the tram "
        "repairs before the end of the year.",
        "    Tour dates:",
        "    June 9 -- Riverside Hall, Northtown",
        "    June 12 -- Old Mill Arena, Southport",
        "    June 20 -- Park Stage, Eastham",
    ]
    + ["  About us", "  Contact", "  Careers", "  Privacy policy", "  © 2025 Daily Planet. All rights reserved."]
)


def test_whole_page_text_keeps_the_article_across_an_interruption() -> None:
    info = strip_text(_PAGE_TEXT)
    kept = info.text.split("\n\n")
    for para in BODY:
        assert para in kept
    assert any(p.startswith("The mayor said the first new buses") for p in kept)  # after the "Most read" box
    assert "June 12 -- Old Mill Arena, Southport" in kept  # the list its last line announces
    reasons = _reasons(info)
    assert reasons["A new depot will open near the river. Credit: City Transport"] == "caption"
    assert reasons["Most read in news"] == "related-links"
    assert reasons["© 2025 Daily Planet. All rights reserved."] == "copyright"
    assert not any("Harbour ferry" in p or p in ("Home", "Sport", "Careers") for p in kept)
    assert "Maria Lopez" in info.byline_authors


def test_menu_on_one_line_is_not_prose() -> None:
    menu = " ".join(f"News from {place} Sport from {place}" for place in ("Leeds", "York", "Hull", "Bath", "Kent"))
    info = strip_text(_article(*[f"* Section {n}" for n in range(30)], menu, *BODY, "© 2025 Daily Planet"))
    assert menu not in info.text.split("\n\n")
    assert all(p in info.text for p in BODY)


def test_non_english_prose_is_recognised() -> None:
    from pipeline.stages.text_blocks import STOPWORDS, make_block, stopwords_for

    paras = [
        "A câmara municipal aprovou na terça-feira um novo orçamento que aumenta os gastos com transporte "
        "público em doze por cento, o maior aumento da década.",
        "Os vereadores disseram que o dinheiro vai pagar por mais ônibus e pelo conserto de duas linhas de "
        "bonde que estão fechadas desde as enchentes da última primavera.",
    ]
    stops = stopwords_for(paras)
    assert stops is not STOPWORDS and "que" in stops
    assert make_block(paras[0], stops).stop_share > make_block(paras[0]).stop_share
    assert stopwords_for(BODY) is STOPWORDS


def test_japanese_prose_counts_as_prose() -> None:
    from pipeline.stages.text_blocks import make_block

    prose = make_block(
        "東京都は十日、新しい交通計画を発表した。計画では二〇三〇年までにバスの本数を大幅に増やすという。"
    )
    menu = make_block("ニュース一覧")
    assert prose.good and prose.ends_sentence
    assert not menu.good


def test_strong_rules_for_an_article_give_the_same_reasons():
    """Looking for the furniture keys once per article changes no line's verdict."""
    from pipeline.stages.furniture import strong_rules_for

    lines = [
        "Reporting by Jane Doe; editing by John Roe",
        "Sign up for our daily newsletter, delivered straight to your inbox.",
        "The council met on Tuesday to discuss the new budget for the harbour.",
        "All rights reserved.",
        "Photo credit: Jane Roe",
        "She said the approach was working and the app would launch next year.",
    ]
    rules = strong_rules_for(lines)
    assert [strong_furniture_reason(line, rules) for line in lines] == [strong_furniture_reason(line) for line in lines]
    assert strong_rules_for(["Nothing to see here."]) == ()
    assert strong_furniture_reason("All rights reserved.", ()) is None  # no key in the article: no rule applies


def test_files_without_a_source_share_no_furniture() -> None:
    """Three copies of one wire story (original, syndicated copy, an update that rewrote two paragraphs) straight
    in the input folder: their shared paragraphs are the story, not a site's furniture."""
    update = [*BODY[:-2], "The council later said the vote would be held again next month.", "No reason was given."]
    contents = [_article("Council approves transport budget", *BODY),
                _article("Council approves transport budget", *BODY),
                _article("Council approves transport budget, then delays it", *update)]
    out = strip_boilerplate(input_frame(contents, source_key=""))
    assert out["text"].iloc[2] == "\n\n".join(update)
    assert not any(r["reason"] == "recurring-in-source" for removed in out["removed"] for r in removed)


def test_a_date_line_recurring_across_one_source_still_dates_each_article() -> None:
    """Three different stories of one site, all updated at the same minute: the shared line is a date line (for
    metadata), not furniture."""
    stamp = "Updated June 9, 2026 4:30 PM EDT"
    contents = [
        _article(f"Story number {i} headline here", stamp, *[f"{b} Variant {i}." for b in BODY]) for i in range(3)
    ]
    out = strip_boilerplate(input_frame(contents, source_key="examplenews.com"))
    for removed in out["removed"]:
        assert {"text": stamp, "reason": "dateline"} in removed
    assert all(stamp in lines for lines in out["date_lines"])


@pytest.mark.parametrize(
    ("glued", "caption", "paragraph"),
    [
        (
            "The mayor at the flooded quay on Monday. (Photo: Getty Images)The council approved the repairs.",
            "The mayor at the flooded quay on Monday. (Photo: Getty Images)",
            "The council approved the repairs.",
        ),
        (
            "A collapsed house in the old town. (Photo by Jane Roe/AFP)Firefighters worked through the night.",
            "A collapsed house in the old town. (Photo by Jane Roe/AFP)",
            "Firefighters worked through the night.",
        ),
    ],
)
def test_a_caption_glued_to_the_next_paragraph_is_cut_off(glued: str, caption: str, paragraph: str) -> None:
    info = strip_text(_article("Council approves transport budget", *BODY[:2], glued, BODY[2]))
    assert _reasons(info)[caption] == "caption"
    assert info.text == "\n\n".join([*BODY[:2], paragraph, BODY[2]])


def test_a_bracket_that_is_no_photo_credit_stays_glued() -> None:
    line = "The agency said (Reuters)The figures were revised."  # no credit label: not split
    assert split_blocks(line) == [line]


def test_the_bylined_authors_bio_at_the_end_is_removed() -> None:
    bio = "Maria Lopez is Transport Correspondent at the Daily Planet. Follow her on X @mlopez."
    info = strip_text(_article("Council approves transport budget", "By Maria Lopez", *BODY, bio))
    assert _reasons(info)[bio] == "author-bio"
    assert info.text == "\n\n".join(BODY)


def test_a_paragraph_about_someone_else_at_the_end_stays() -> None:
    last = "Tomas Reyes is a transport analyst at the city's university, which studied the plan."
    info = strip_text(_article("Council approves transport budget", "By Maria Lopez", *BODY, last))
    assert info.text == "\n\n".join([*BODY, last])


def test_an_authors_beat_and_contact_line_is_a_bio() -> None:
    bio = "Maria Lopez covers transport for the Daily Planet. Reach her at mlopez@example.com."
    info = strip_text(_article("Council approves transport budget", "By Maria Lopez", *BODY, bio))
    assert _reasons(info)[bio] == "author-bio"
