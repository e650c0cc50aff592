"""HTML shapes that the extractor only gets right by class names, on a page whose names mean nothing (random
tokens, no <article>/<main>, no metadata): the article's container is then found from its text, and boxes of
teasers and widgets inside it are dropped by their structure.

Each snippet is the shape of a dev page of the extraction benchmark as tests/benchmarks/
bench_extraction_robustness.py rewrites it (names replaced by random tokens, semantic tags by <div>, furniture
of other dev pages inserted), with the text replaced."""

from __future__ import annotations

import pandas as pd

from pipeline.stages import trafilatura_fast as tf
from pipeline.stages.html_extract import extract_html
from pipeline.stages.html_frame import article_frame, link_boxes, loose_frame, paragraph_parents
from tests.stages.inputs import BRIDGE_STORY

PARAS = BRIDGE_STORY
URL = "https://news.example.com/2024/05/footbridge"
TEASERS = (
    "Ring road repairs to last into the summer",
    "Library opening hours extended from January",
    "Bakery wins national prize for its sourdough",
    "Police appeal for witnesses after late night crash",
)


def _page(body: str) -> str:
    return f"""<!doctype html><html lang="en"><head><title>Council approves footbridge - Riverside News</title>
</head><body class="qz41"><div class="x9k2"><a href="/">Riverside News</a></div><div class="w3f0">
<h1 class="b7c1">Council approves new footbridge</h1>{body}</div>
<div class="q7m1"><p>Riverside News is published by Riverside Media Group, a company registered in England and
Wales.</p></div></body></html>"""


def _ps(paras: list[str] | tuple[str, ...]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _text(page: str) -> str:
    from pipeline.stages.boilerplate import strip_boilerplate

    frame = pd.DataFrame(
        {"article_id": ["a1"], "format": ["html"], "content": [page], "url": [URL], "title_hint": [None]}
    )
    return strip_boilerplate(frame)["text"].iloc[0]


def _teaser_rows() -> str:
    """A list of other stories as one site writes it: each a link holding a title and a byline list."""
    return "".join(
        f'<div class="zs20"><a href="/2024/05/story-{n}" title="{t}"><span class="wr44">{t}</span>'
        f'<ul class="pb2a"><li>By <span class="qr3c">STAFF</span></li><li>05/14/2024 01:14 PM</li></ul></a></div>'
        for n, t in enumerate(TEASERS)
    )


def test_an_article_written_into_a_div_with_line_breaks_is_the_frame() -> None:
    # no <p> at all: the body is a <div>'s text between empty <div>s and a <br>, the page's teaser list after it;
    # with no frame the extractor read the teasers too
    body = (
        f'<div class="gg0b"><div class="br02">{PARAS[0]}<div class="xs62"></div>{PARAS[1]}{PARAS[2]}<br>'
        f'<div class="xs62"></div></div></div><div class="gg0b"><div class="rn3e">{_teaser_rows()}</div></div>'
    )
    page = _page(body)
    tree = tf.parse(page)
    assert article_frame(paragraph_parents(tree)) == (None, tf.NO_FRAME)  # no <p>: nothing found before
    frame, strength = loose_frame(tree)
    assert frame is not None and frame.get("class") == "br02" and strength == tf.WEAK_FRAME
    text = _text(page)
    assert all(p in text for p in PARAS[:3])
    assert not any(t in text for t in TEASERS)


def test_an_article_in_a_span_with_line_breaks_is_framed_by_its_block() -> None:
    # a review whose whole text is one <span> in a <div>, paragraphs split by <br><br>; the page's <p>s are a
    # list of deals, one link each
    spans = "<br><br>".join(PARAS)
    deals = "".join(f'<div class="dg5f"><p><a href="/deal/{n}">{t}</a></p></div>' for n, t in enumerate(TEASERS))
    body = f'<div class="gm96"><span class="rh8c">{spans}</span></div><div class="qk2e">{deals}</div>'
    tree = tf.parse(_page(body))
    frame, strength = loose_frame(tree)
    assert frame is not None and frame.tag == "div" and frame.get("class") == "gm96"
    assert strength == tf.STRONG_FRAME
    blocks = extract_html(_page(body), URL)["blocks"]
    assert all(any(p in b for b in blocks) for p in PARAS)


def test_paragraphs_written_as_list_items_count_for_the_frame() -> None:
    # one <p>, then the analysis as <ul>s of prose items between stat tables: the <p>s alone made no frame
    items = "".join(f"<ul><li>{p}</li></ul><div><table><tr><td>DL</td><td>63</td></tr></table></div>" for p in PARAS)
    body = f'<div class="fsd1"><p>{PARAS[0]}</p>{items}</div>'
    tree = tf.parse(_page(body))
    frame, strength = article_frame(paragraph_parents(tree))
    assert frame is not None and frame.get("class") == "fsd1" and strength == tf.STRONG_FRAME
    links = "".join(f'<ul><li><a href="/s/{n}">{t}.</a></li></ul>' for n, t in enumerate(TEASERS))
    tree = tf.parse(_page(f'<div class="fsd1"><p>{PARAS[0]}</p>{links}</div>'))
    assert article_frame(paragraph_parents(tree)) == (None, tf.NO_FRAME)  # linked items are no paragraphs


def test_lead_paragraphs_before_the_wrapper_of_the_rest_are_in_the_frame() -> None:
    # the first two paragraphs sit next to a picture, the rest in a <div> of their own
    body = (
        f'<div class="ms06"><div class="ske3"><figure><img src="/a.jpg"><figcaption>The river at dawn'
        f'</figcaption></figure></div>{_ps(PARAS[:2])}<div class="pl9f">{_ps(PARAS[2:])}</div></div>'
    )
    tree = tf.parse(_page(body))
    frame, _ = article_frame(paragraph_parents(tree))
    assert frame is not None and frame.get("class") == "ms06"
    blocks = extract_html(_page(body), URL)["blocks"]
    assert all(p in blocks for p in PARAS)


def test_teaser_cards_inside_their_links_are_dropped_from_the_body() -> None:
    # "Editors' Picks" among the paragraphs: each card an <a> around a picture, a title, a date and a summary
    # sentence; the summaries are inside the link, so the box is a box of links
    cards = "".join(
        f'<div class="fz6e"><a class="tcb9" href="/story-{n}"><figure><img src="/{n}.jpg"></figure>'
        f'<div class="vl12"><h5>{t}</h5><ul><li>12 November 2019</li></ul><p>The council said the work on this '
        f"story would be finished well before the end of the year, officials confirmed.</p></div></a></div>"
        for n, t in enumerate(TEASERS)
    )
    box = f'<div class="cg34"><div class="mm4d"><h3>Editors\' Picks</h3><div class="hgb5">{cards}</div></div></div>'
    body = f'<div class="nm09">{_ps(PARAS[:4])}{box}{_ps(PARAS[4:])}</div>'
    tree = tf.parse(_page(body))
    frame, _ = article_frame(paragraph_parents(tree))
    assert frame is not None and frame.get("class") == "nm09"
    assert [b.get("class") for b in link_boxes(frame)] == ["cg34"]  # the whole box, outermost
    blocks = extract_html(_page(body), URL)["blocks"]
    assert all(p in blocks for p in PARAS)
    assert not any(t in b for t in TEASERS for b in blocks)
    assert not any("officials confirmed" in b for b in blocks)


def test_teaser_cards_with_linked_titles_and_summary_lines_are_dropped() -> None:
    # "Next"/"Previous" story cards after the last paragraph: a linked <h5> title over a one-line summary that
    # is no link, so links are under the box's share of link text
    cards = "".join(
        f'<div class="fccd"><p class="wt33"><a href="/s/{n}">- Next News</a></p><div class="wt33">'
        f'<a href="/s/{n}"><h5>{t}</h5></a><p>The most talked about story on the river this week</p>'
        f"<label>Staff reporter <span>2019-11-20 17:27:46</span></label></div></div>"
        for n, t in enumerate(TEASERS[:2])
    )
    body = f'<div class="nm09">{_ps(PARAS)}<div class="sj88">{cards}</div></div>'
    text = _text(_page(body))
    assert all(p in text for p in PARAS)
    assert not any(t in text for t in TEASERS[:2])
    assert "The most talked about story" not in text


def test_a_sign_up_box_among_the_paragraphs_is_dropped() -> None:
    # a newsletter box inserted among the paragraphs: a title, a pitch, a form; the pitch was kept mid-article
    box = (
        '<section class="nw1c"><div class="nw2i"><figure><img src="/n.png"></figure></div><div class="nw3s">'
        "<h3>Morning Briefing</h3><h4>Get the day's big stories and the things you love in your inbox.</h4>"
        '<form action="#" method="post"><input type="email" name="email"><button>Sign up</button></form>'
        "</div></section>"
    )
    body = f'<div class="nm09">{_ps(PARAS[:4])}{box}{_ps(PARAS[4:])}</div>'
    blocks = extract_html(_page(body), URL)["blocks"]
    assert all(p in blocks for p in PARAS)
    assert not any("big stories" in b or "Morning Briefing" in b for b in blocks)
