"""trafilatura_fast and html_extract's fast paths give exactly what the library calls and regexes they replace give."""

from __future__ import annotations

import functools
import gzip
import os
from pathlib import Path

import pytest
from lxml import etree
from trafilatura import bare_extraction
from trafilatura.baseline import html2txt
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.settings import BASIC_CLEAN_XPATH
from trafilatura.utils import load_html
from trafilatura.xml import delete_element
from trafilatura.xpaths import (
    BODY_XPATH,
    OVERALL_DISCARD_XPATH,
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
)

from pipeline.stages import html_extract as he
from pipeline.stages import trafilatura_fast as tf
from tests.stages.inputs import COUNCIL_STORY

PARAS = COUNCIL_STORY[:3]
BODY = "".join(f"<p>{p}</p>" for p in PARAS)
MENU = "".join(f'<li><a href="/s{i}">Section number {i} of the site menu</a></li>' for i in range(60))

PAGES = {
    "article": f"<!doctype html><html><head><title>T</title></head><body><article><h1>Budget</h1>{BODY}"
    '</article><div id="comments"><p>First comment here, a long one about buses.</p></div>'
    '<ul class="comment-list"><li>Reader: agreed entirely with the council</li></ul>'
    '<div class="commentary">Commentary stays, it is not a comment section.</div></body></html>',
    "scroll": f'<html><body><div class="post">{BODY}</div><div class="infinite-scroll"><h2>Next story</h2>'
    f'<p>{PARAS[0]}</p></div><section id="mvp-post-add-box"><h1>Another</h1><p>{PARAS[1]}</p></section>'
    '<div class="elementor-share-buttons x">Share on Facebook</div><div class="infinite-scroll">'
    '<div id="comments">Nested comments</div><div class="elementor-share-buttons">Share</div></div>tail</body></html>',
    "cookies": f'<html><body><div class="onetrust-banner">We use cookies to improve this site.</div>'
    f'<div id="x" class="site-footer">Footer text</div><div class="a" id="footer">Footer two</div>'
    f'<div id="CookieNotice">Accept</div><aside>Aside</aside><main>{BODY}</main><svg><text>chart</text></svg>'
    "<footer>(c) Planet</footer></body></html>",
    "short": "<html><body><nav><ul>" + MENU + '</ul></nav><div class="x"><p>A short note of ten words only '
    "here, no more.</p></div><footer>" + MENU + "</footer></body></html>",
    "escalation": f"<html><body><nav><ul>{MENU}{MENU}</ul></nav><article><p>{PARAS[0]} {PARAS[1]}</p>"
    "</article></body></html>",
    "forum": '<html><head><script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script></head>'
    f'<body><div class="thread">{BODY}</div><div class="comments"><p>{PARAS[2]}</p></div></body></html>',
    "soft-hyphens": f"<html><body><div><p>Trans\u00adport fund\u200bing.</p>\x0b<div>x</div></div>{BODY}"
    '<div class="cookie-bar">Cookies</div>tail text</body></html>',
    "fragment": f"<div><p>{PARAS[0]}</p><p>{PARAS[1]}</p></div>",
    "no-body": f"<html><head><title>Only head</title></head><p>{PARAS[0]}</p></html>",
    "xml-declaration": f'<?xml version="1.0" encoding="utf-8"?><html><body><p>{PARAS[0]} é</p></body></html>',
    "doctype-url": f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://w3.org/x.dtd">\n<html><body>{BODY}'
    "</body></html>",
    "self-closing": f"<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd'/>\n<html/>\n<body>{BODY}</body>",
    "controls": f"<html><body><p>{PARAS[0]}\x01\x08 \ufffe</p><p>{PARAS[1]}</p></body></html>",
    "attributes": '<html><body><div class="x" id="cookie-box">order</div><div id="x" class="cookie-box">b</div>'
    '<section role="Navigation">n</section><span data-component="MostPopularStories">p</span><p data-lp-replacement-'
    'content="">r</p><ul class="menu"><li class="reply-x" id="y">q</li><li id="reply-1">q</li></ul><i style="color:'
    'red" id="hidden">h</i><b id="z" style="hidden">h</b><a class="a hide" aria-hidden="true">x</a><div class="PAGE-'
    'content">no</div><div class="Page-content">yes</div><main id="Main-Content">m</main><div class="fullTEXT">f'
    '</div><article class="story">s</article><div class="post"><p>p</p></div><div itemprop="articleBody">a</div>'
    '<div class="ad-slot"> </div><div class=" ad ">x</div><div class="dfpAd">x</div><div id="">e</div></body></html>',
    "empty": "",
    "text": "just some words, not html at all",
}


@functools.cache
def _corpus_pages() -> list[str]:
    base = Path(os.environ.get("NEWS_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora"))
    folder = base / "article-extraction-benchmark" / "html"
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(folder.glob("*.html.gz"))]


def _same_tree(a: etree._Element | None, b: etree._Element | None) -> bool:
    if a is None or b is None:
        return a is b
    return etree.tostring(a) == etree.tostring(b)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_parse_is_trafilaturas_load_html(name: str) -> None:
    assert _same_tree(tf.parse(PAGES[name]), load_html(PAGES[name]))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_body_text_is_bare_extractions(name: str) -> None:
    assert tf.FAST_PATH  # the cascade is checked against this trafilatura version
    tree = load_html(PAGES[name])
    if tree is None:
        return
    doc = bare_extraction(tree, url="https://planet.example/a", **tf.EXTRACT_OPTIONS)
    expected = (doc.text if doc is not None else "") or ""
    assert tf.body_text(tf.parse(PAGES[name]), "https://planet.example/a") == expected


def test_cascade_takes_every_branch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages above reach the baseline rescue and the recall retry, not only the main extractor."""
    calls: dict[str, int] = {"baseline": 0, "extract": 0}

    def counted(name: str, function):  # noqa: ANN001, ANN202
        def call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            calls[name] += 1
            return function(*args, **kwargs)

        return call

    monkeypatch.setattr(tf, "baseline", counted("baseline", tf.baseline))
    monkeypatch.setattr(tf, "extract_content", counted("extract", tf.extract_content))
    trees = [tf.parse(page) for page in PAGES.values()]
    for tree in trees:
        if tree is not None:
            tf.body_text(tree, None)
    assert calls["baseline"] >= 1
    assert calls["extract"] > sum(tree is not None for tree in trees)  # some page was retried in recall mode


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_text_length_is_html2txts(name: str) -> None:
    tree = tf.parse(PAGES[name])
    if tree is not None:
        assert tf._page_text_length(tree) == len(html2txt(tree)) <= tf._page_text_bound(tree)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_python_selectors_are_the_xpaths(name: str) -> None:
    tree, expected = tf.parse(PAGES[name]), tf.parse(PAGES[name])
    if tree is None:
        return
    for element in tf._raw_prune_targets(tree, comment_sections=name != "forum"):
        delete_element(element)
    prune_unwanted_nodes(expected, RAW_TREE_PRUNE_XPATH)
    if name != "forum":
        prune_unwanted_nodes(expected, REMOVE_COMMENTS_AND_LISTS_XPATH)
    assert _same_tree(tree, expected)
    body = tree.find(".//body")
    body = tree if body is None else body
    assert list(tf._basic_clean_targets(body)) == BASIC_CLEAN_XPATH(body)


def _selectors_are_the_xpaths(tree: etree._Element) -> None:
    body_selectors = tf._MAIN["BODY_XPATH"]
    assert len(body_selectors) == len(BODY_XPATH)
    for ours, xpath in zip(body_selectors, BODY_XPATH):
        assert ours(tree)[:1] == xpath(tree)[:1]  # _extract reads the first element only
    assert tf._MAIN["OVERALL_DISCARD_XPATH"][0](tree) == [el for xpath in OVERALL_DISCARD_XPATH for el in xpath(tree)]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_main_extractor_selectors_are_the_xpaths(name: str) -> None:
    tree = tf.parse(PAGES[name])
    if tree is not None:
        _selectors_are_the_xpaths(tree)
        for child in tree.iter("body", "div"):
            _selectors_are_the_xpaths(child)


TRICKY = [
    "a<!-- x -->b<!-- y",
    "<!---->x<!-- a -- b -->y<!-->z-->",
    "<SCRIPT>x</script >a<style>b</STYLE>c<svg><svg></svg>d</svg>e",
    "<script>never closed<p>text</p><style>s</style>after",
    "<scripts>not a script</scripts><head>h</head ><noscript>n</noscript><template>t</template>",
    "<scrip>x</script><script\n type='a'>y</script\n>z",
    "<\u017fcript>x</script>a<\u017fcript>y</\u017fCRIPT>b<SCR\u0130PT>z</scr\u0130pt>c",  # names case folding matches
    "<P>a</Pre><PRE x>b<p\n>c<pa>d<br/>e<BUTTON>f<h7>g</h6 >h<Figcaption>i<span class='caption'>j<Span class=caption>"
    '<span class="caption">k<dL>l<dd>m<tHeAd><th>n<header><headers>o<section/><sections>p<lI>q<main>r<ul>s<ol>t'
    "<nav>u<aside>v<article>w<footer>x<form>y<figure>z<table><tr><td>1<div>2<blockquote>3<\u017fection>4<h1>5",
]


@pytest.mark.parametrize("text", TRICKY)
def test_page_line_helpers_are_the_regexes(text: str) -> None:
    assert he._drop_comments(text) == he._COMMENT_RE.sub(" ", text)
    assert he._drop_raw_text(text) == he._SCRIPT_RE.sub(" ", text)
    assert he._BLOCK_TAG_TRIE_RE.sub("\n", text) == he._BLOCK_TAG_RE.sub("\n", text)


def test_cookie_prefilter_is_the_regex() -> None:
    for value in ("onetrust-pc", "x COOKIE-Banner y", "consent_manager", "moove-gdpr", "cookies", "nav", "ſ", ""):
        assert tf._cookie_banner(value) == bool(tf._COOKIE_CONSENT_RE.search(value))


@pytest.mark.skipif(not _corpus_pages(), reason="the article-extraction-benchmark corpus is not here")
def test_fast_paths_on_real_pages() -> None:
    for page in _corpus_pages()[::4]:
        tree = load_html(page)
        assert _same_tree(tf.parse(page), tree)
        text = he._drop_raw_text(he._drop_comments(page))
        assert text == he._SCRIPT_RE.sub(" ", he._COMMENT_RE.sub(" ", page))
        assert he._BLOCK_TAG_TRIE_RE.sub("\n", text) == he._BLOCK_TAG_RE.sub("\n", text)
        _selectors_are_the_xpaths(tf.parse(page))
        assert tf._page_text_length(tree) <= tf._page_text_bound(tree)
        doc = bare_extraction(tree, **tf.EXTRACT_OPTIONS)
        assert tf.body_text(tf.parse(page), None) == ((doc.text if doc is not None else "") or "")
