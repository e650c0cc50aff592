"""HTML pages whose markup names nothing the extractor knows (class names made by a build tool, no <article> or
<main>, no microdata): the article's container is found from the page's structure, and the content area must
agree with it. Also: chunks of an article with a sub-heading or a box of links in them, a page's layout classes
on <body>, and teaser titles cut short with "..".

Found with tests/benchmarks/bench_extraction_robustness.py (the dev pages with their class and id names
replaced by random tokens, their semantic tags by <div>, their metadata removed, furniture inserted)."""

from __future__ import annotations

import pandas as pd
from lxml import html as lxml_html

from pipeline.stages import trafilatura_fast as tf
from pipeline.stages.html_extract import _chunk_groups, _linked_blocks, extract_html
from pipeline.stages.html_frame import _outside_article, article_frame, paragraph_parents
from tests.stages.inputs import BRIDGE_STORY

PARAS = BRIDGE_STORY
STEPS = [
    "Surveyors will take soil samples from both banks during the first two weeks of January",
    "The towpath on the north bank will close for six weeks while the piles are driven",
    "The span will be lifted into place overnight on a weekend when no trains are running",
]
NAV = (
    '<div class="x9k2"><ul>'
    + "".join(
        f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ("News", "Sport", "Culture", "Opinion", "Money", "Weather")
    )
    + "</ul></div>"
)
FOOTER = (
    '<div class="q7m1"><p>Riverside News is published by Riverside Media Group, a company registered in England '
    "and Wales.</p><p>&copy; 2024 Riverside Media Group. All rights reserved.</p></div>"
)
URL = "https://news.example.com/2024/05/footbridge"


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _page(body: str, body_class: str = "") -> str:
    """A page whose class names mean nothing to the extractor, and with no <article>, <main> or metadata."""
    return f"""<!doctype html><html lang="en"><head><title>Council approves footbridge - Riverside News</title>
</head><body class="{body_class}">{NAV}<div class="w3f0"><h1>Council approves new footbridge</h1>{body}</div>
{FOOTER}</body></html>"""


def _text(page: str) -> str:
    frame = pd.DataFrame(
        {"article_id": ["a1"], "format": ["html"], "content": [page], "url": [URL], "title_hint": [None]}
    )
    from pipeline.stages.boilerplate import strip_boilerplate

    return strip_boilerplate(frame)["text"].iloc[0]


def test_sub_headings_and_lists_of_an_article_no_name_finds_are_kept() -> None:
    # with no content area found by names, the extractor read every <p> of the page and nothing else
    body = (
        f'<div class="k81c">{_ps(PARAS[:4])}<h2>How the work will be done</h2>'
        f"<ul>{''.join(f'<li>{s}</li>' for s in STEPS)}</ul><h2>What happens next</h2>{_ps(PARAS[4:])}</div>"
    )
    blocks = extract_html(_page(body), URL)["blocks"]
    assert "How the work will be done" in blocks and "What happens next" in blocks
    assert all(any(s in b for b in blocks) for s in STEPS)
    assert all(p in blocks for p in PARAS)
    assert not any("Riverside Media Group, a company" in b for b in blocks)  # the footer's sentence: not the frame's


def test_a_teaser_in_the_first_article_element_is_not_the_content_area() -> None:
    # the extractor takes the page's first <article> for the content area: here a teaser for another story
    teaser = (
        '<article class="t0c3"><h2><a href="/2024/05/ring-road">Ring road repairs to last into the summer</a></h2>'
        "<p>Drivers face another four months of lane closures on the ring road after engineers found more damage "
        "to the flyover than the first survey had shown.</p><p>The council said it would publish a timetable for "
        "the remaining closures once the contractor had confirmed the order of the repairs.</p></article>"
    )
    body = f'<div class="r2d2">{teaser}</div><div class="k81c">{_ps(PARAS[:5])}</div>'
    text = _text(_page(body))
    assert all(p in text for p in PARAS[:5])
    assert "lane closures" not in text


def test_a_main_named_menu_is_not_the_content_area_when_a_frame_is_marked() -> None:
    page = (
        '<html><body><div class="main-menu"><ul><li><a href="/a">Contact us</a></li></ul></div>'
        f'<div class="k81c">{_ps(PARAS)}</div></body></html>'
    )
    tree = tf.parse(page)
    frame, strength = article_frame(paragraph_parents(tree))
    assert strength == tf.STRONG_FRAME and frame.get("class") == "k81c"
    frame.set(tf.FRAME_ATTR, "")
    token = tf._FRAMED.set(tf.STRONG_FRAME)
    try:
        chosen = tf._MAIN["BODY_XPATH"][4](tree)
    finally:
        tf._FRAMED.reset(token)
    assert chosen == [frame]  # "main-menu" starts with "main", but neither holds the frame nor sits in it
    assert tf._MAIN["BODY_XPATH"][4](tree)[0].get("class") == "main-menu"  # unmarked: the library's choice


def test_the_frame_holds_every_chunk_of_a_split_article_but_not_the_comments() -> None:
    comments = "".join(  # one paragraph to a comment, with its author, time and a reply link
        f'<div class="c{n}"><span>Reader {n}</span> <time>2 hours ago</time><p>{p} I think the council got this '
        f'one right.</p><a href="#reply">Reply</a></div>'
        for n, p in enumerate(PARAS)
    )
    page = (
        '<html><body><div class="g1"><div class="a"><div class="b">'
        f"{_ps(PARAS[:5])}</div></div><div class='ad'>Advertisement</div>"
        f'<div class="d"><div class="e">{_ps(PARAS[5:])}</div></div></div>'
        f'<div class="g2">{comments}</div></body></html>'
    )
    tree = lxml_html.fromstring(page)
    frame, strength = article_frame(paragraph_parents(tree))
    assert strength == tf.STRONG_FRAME
    assert frame.get("class") == "g1"  # both chunks; the comments, one paragraph to a container, stay out


def test_a_short_article_is_a_weak_frame_only_when_it_holds_most_of_the_pages_prose() -> None:
    short = f'<div class="k81c">{_ps(PARAS[:3])}</div>'
    tree = lxml_html.fromstring(_page(short))
    frame, strength = article_frame(paragraph_parents(tree))
    assert strength == tf.WEAK_FRAME and frame.get("class") == "k81c"
    # two paragraphs beside two more in a box and the footer's sentence: no container holds most of the prose
    tree = lxml_html.fromstring(
        _page(f'<div class="k81c">{_ps(PARAS[:2])}</div><div class="n5">{_ps(PARAS[3:5])}</div>')
    )
    assert article_frame(paragraph_parents(tree)) == (None, tf.NO_FRAME)


def test_layout_classes_on_body_do_not_put_the_article_outside_the_article() -> None:
    # Drupal writes the page's layout on <body> ("one-sidebar sidebar-second"); "author" in the container's class
    # is page furniture to the extractor, which then reads the teaser cards of the rail instead
    rail = (
        '<div class="rail">'
        + "".join(
            f'<div class="card"><p>{s}</p></div>'
            for s in (
                "A family bakery in the old town has won a national prize for its sourdough, the judges said Monday.",
                "The town's oldest cinema will reopen next month after a two-year restoration paid for by its members.",
                "Volunteers planted four hundred trees along the ring road on Saturday despite the rain and wind.",
            )
        )
        + "</div>"
    )
    page = _page(f'<div class="entry author-content">{_ps(PARAS)}</div>{rail}', body_class="one-sidebar sidebar-second")
    tree = lxml_html.fromstring(page)
    container = tree.find_class("entry")[0]
    assert not _outside_article(container)
    text = "\n".join(extract_html(page, URL)["blocks"])
    assert all(p in text for p in PARAS)
    assert "sourdough" not in text


def test_chunks_with_a_sub_heading_or_a_box_of_links_are_still_chunks() -> None:
    related = (
        '<div class="k2"><h3>Related</h3><ul>'
        + "".join(f'<li><a href="/s/{n}">Council story number {n} with a long linked title</a></li>' for n in range(8))
        + "</ul></div>"
    )
    chunk = '<div class="grid"><div class="body-chunk">{}</div></div>'
    page = (
        '<html><body><div class="chunks">'
        + chunk.format(_ps(PARAS[:3]) + related)
        + '<div class="ad">Advertisement</div>'
        + chunk.format("<h2>What happens next</h2>" + _ps(PARAS[3:]))
        + "</div></body></html>"
    )
    groups = _chunk_groups(lxml_html.fromstring(page))
    assert groups == [[PARAS[:3], PARAS[3:]]]


def test_teaser_titles_cut_short_with_two_dots_are_linked_lines() -> None:
    titles = [
        "Ring road repairs to last into the sum..",
        "Library opening hours extended from Jan..",
        "Bakery wins national prize for its sourd..",
    ]
    html = "<ul>" + "".join(f'<li><a href="/s/{n}">{t}</a></li>' for n, t in enumerate(titles)) + "</ul>"
    blocks = [PARAS[0], *titles, PARAS[1]]
    assert _linked_blocks(html, blocks) == [1, 2, 3]
    sentences = [t.rstrip(".") + "." for t in titles]  # a sentence's single full stop: no title
    html = "<ul>" + "".join(f'<li><a href="/s/{n}">{t}</a></li>' for n, t in enumerate(sentences)) + "</ul>"
    assert _linked_blocks(html, [PARAS[0], *sentences, PARAS[1]]) == []


TEASER_ARTICLE = (
    '<article class="t0c3"><h3><a href="/2024/05/ring-road">Ring road repairs to last into the summer</a></h3>'
    "<p>Drivers face another four months of lane closures on the ring road after engineers found more damage to "
    "the flyover than the first survey had shown.</p><p>The council said it would publish a timetable for the "
    "remaining closures once the contractor had confirmed the order of the repairs.</p><p>Bus routes through the "
    "junction will keep their temporary stops until the work is finished, the transport authority said.</p>"
    "</article>"
)


def test_a_teaser_article_inside_the_body_is_not_the_content_area() -> None:
    # a promo for another story, marked up as an <article>, sits among the body's paragraphs: the extractor
    # takes the page's first <article> for the content area
    body = f'<div class="k81c">{_ps(PARAS[:3])}{TEASER_ARTICLE}{_ps(PARAS[3:5])}</div>'
    text = _text(_page(body))
    assert all(p in text for p in PARAS[:5])


def test_a_box_of_related_links_in_the_body_does_not_make_it_a_list_of_stories() -> None:
    related = (
        '<div class="k2"><ul>'
        + "".join(
            f'<li><a href="/s/{n}">Council story number {n} with a long linked title for the reader</a></li>'
            for n in range(12)
        )
        + "</ul></div>"
    )
    tree = lxml_html.fromstring(_page(f'<div class="k81c">{_ps(PARAS[:5])}{related}</div>'))
    frame, strength = article_frame(paragraph_parents(tree))
    assert strength == tf.STRONG_FRAME and frame.get("class") == "k81c"
    links = "".join(f'<p><a href="/s/{n}">{p}</a></p>' for n, p in enumerate(PARAS))  # paragraphs that are links
    tree = lxml_html.fromstring(_page(f'<div class="k81c">{links}</div>'))
    assert article_frame(paragraph_parents(tree)) == (None, tf.NO_FRAME)


def test_a_box_of_links_under_a_heading_in_the_body_goes_whole() -> None:
    # the extractor drops the box's links by their density but keeps its heading, and the text rules then read
    # "Related" as the start of the page's furniture: the paragraphs after it were lost
    box = (
        '<div class="v3"><h3>Related</h3><ul>'
        + "".join(
            f'<li><a href="/2024/05/story-{n}">{t}</a></li>'
            for n, t in enumerate(
                (
                    "Ring road repairs to last into the summer",
                    "Library opening hours extended from January",
                    "Bakery wins national prize for its sourdough",
                )
            )
        )
        + "</ul></div>"
    )
    steps = "".join(f"<li>{s}</li>" for s in STEPS)  # short lines after the box: the article's list of steps
    body = (
        f'<div class="k81c">{_ps(PARAS[:5])}{box}<p>The work comes in three stages.</p><ul>{steps}</ul>'
        f"{_ps(PARAS[5:])}</div>"
    )
    text = _text(_page(body))
    assert all(p in text for p in PARAS)
    assert "The work comes in three stages." in text and all(s in text for s in STEPS)
    assert "Related" not in text.split("\n")
