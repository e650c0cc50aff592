"""trafilatura_fast's later speed-ups give exactly what the code they replace gives.

- the caption and teaser prunes (``DISCARD_IMAGE_ELEMENTS``, ``TEASER_DISCARD_XPATH``) as Python walks;
- the long regex tests on id and class values remembered per value (``_remembered``, ``_story_class``):
  the same answers, first call or later;
- the frame lookup reading only the first marked element.
"""

from __future__ import annotations

import functools
import gzip
import os
import re
from pathlib import Path

import pytest
from lxml import etree
from trafilatura.xpaths import DISCARD_IMAGE_ELEMENTS, TEASER_DISCARD_XPATH

from pipeline.stages import trafilatura_fast as tf

BOXES = (
    '<html><body><div class="caption"><p id="Teaser">a</p><span class="xTEASER">b</span><list class="TeAser">c'
    '</list><item id="fig-caption">d</item><a class="caption">e</a><section class="">f</section><p class="teaser-'
    'box">g</p><div id="TEASER"><span class="wp-caption-text">h</span></div><main class="teaser">i</main>'
    '<p id="" class="Caption">j</p></div></body></html>'
)
VALUES = (
    "",
    "post",
    "article-body",
    "ArticleContent x",
    "story-content",
    "FullText",
    "article text",
    "site-header nav",
    "sidebar",
    " ad ",
    "x-ad-y",
    "hide-me",
    "a hidden",
    "comments-title",
    "comment-list",
    "commentary",
    "post-comments",
    "infinite-scroll",
    "mvp-post-add-box",
    "comol",
    "disqus_thread",
    "x elementor-share-buttons",
    "onetrust-banner",
    "COOKIE-Banner",
    "ſ",
    "ümlaut-content",
)


@functools.cache
def _corpus_pages() -> list[str]:
    base = Path(os.environ.get("NEWS_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora"))
    folder = base / "article-extraction-benchmark" / "html"
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in sorted(folder.glob("*.html.gz"))]


def _boxes_are_the_xpaths(tree: etree._Element) -> None:
    for sub in [tree, *tree.iter("article", "div", "main", "section")]:
        assert tf._caption_boxes(sub) == DISCARD_IMAGE_ELEMENTS[0](sub)
        assert tf._teaser_boxes(sub) == TEASER_DISCARD_XPATH[0](sub)


def test_caption_and_teaser_walks_are_the_xpaths() -> None:
    tree = tf.parse(BOXES)
    assert tree is not None
    assert [el.text for el in tf._teaser_boxes(tree)] == ["a", "g"]  # "TEASER": only its T is lowered
    _boxes_are_the_xpaths(tree)


@pytest.mark.skipif(not _corpus_pages(), reason="the article-extraction-benchmark corpus is not here")
def test_caption_and_teaser_walks_on_real_pages() -> None:
    for page in _corpus_pages()[::12]:
        tree = tf.parse(page)
        if tree is not None:
            _boxes_are_the_xpaths(tree)


@pytest.mark.parametrize("repeat", [1, 2])  # the second round answers from the remembered values
def test_remembered_tests_are_the_regexes(repeat: int) -> None:
    pairs = [
        (tf._ARTICLE_CLASS, tf._ARTICLE_CLASS_RE),
        (tf._DISCARD_ID, tf._DISCARD_ID_RE),
        (tf._DISCARD_CLASS, tf._DISCARD_CLASS_RE),
        (tf._HIDDEN_CLASS, tf._HIDDEN_CLASS_RE),
    ]
    for value in VALUES:
        for test, pattern in pairs:
            assert test(value) is (pattern.search(value) is not None), (pattern.pattern[:30], value)
        story = bool(tf._FULLTEXT_RE.search(value) or tf._STORY_CLASS_RE.search(value))
        assert tf._story_class(value) is story
        assert tf._cookie_banner(value) == bool(tf._COOKIE_CONSENT_RE.search(value))


def test_frame_lookup_is_the_first_marked_element() -> None:
    html = (
        f"<html><body><div><p>x</p></div><section {tf.FRAME_ATTR}=''><div {tf.FRAME_ATTR}='2'><p>y</p></div>"
        f"</section><aside {tf.FRAME_ATTR}=''>z</aside></body></html>"
    )
    tree = tf.parse(html)
    assert tree is not None
    every = etree.XPath(f".//*[@{tf.FRAME_ATTR}]")
    for sub in [tree, *tree.iter()]:
        assert tf._FRAME_XPATH(sub) == every(sub)[:1]
    assert re.fullmatch(r"descendant::\*\[@[\w-]+\]\[1\]", tf._FRAME_XPATH.path)
