"""trafilatura 2.3.1's ``load_html`` and ``bare_extraction(...).text`` for our fixed options, at less CPU a page.

One job: give exactly the library's tree and body text, faster (issue 6). tests/stages/test_html_fast_path.py
checks every step against the library call it replaces; with another trafilatura version ``bare_extraction``
runs instead.

Where the time went, and what is done instead:
- lxml.html's element class lookup calls a Python method for every element handed out: looked up in C here.
- trafilatura's cascade copies whole trees nobody reads afterwards: those copies are skipped.
- its main extractor copies the cleaned tree (and lists its elements) for a recovery pass that seldom runs:
  the copy is built afresh when that pass runs instead (``extract_content``'s ``rebuild``).
- XPath ``re:test`` calls back into Python for every element it tests (the raw-tree prunes, the content-area
  search ``BODY_XPATH``, the section prune ``OVERALL_DISCARD_XPATH``): the same tests run here in one Python walk,
  and the content-area search stops at its first hit (the extractor reads only that one).
- the page measure of the recall-escalation test is read off the tree instead of cleaning a copy of it.
- libxml2 runs the caption and teaser prunes' attribute tests slower than a Python walk does (``_caption_boxes``,
  ``_teaser_boxes``), and the long id and class regexes of the section prune and the content-area tests are
  remembered per value (``_remembered``): a page repeats its class values.

One addition, off unless asked for (``body_text(..., framed=...)``; the library comparisons never ask): the
content-area selectors then agree with the article's container the caller marked from the page's structure
(``_framed``), since the library finds content areas by class, id and tag names only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from copy import copy
from functools import lru_cache
from types import FunctionType
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura import bare_extraction

try:  # trafilatura internals; checked against bare_extraction on this version only
    from trafilatura import main_extractor
    from trafilatura.baseline import _BLOCK_ELEMS, baseline, html2txt
    from trafilatura.core import (
        ESCALATION_ACCEPT_RATIO,
        ESCALATION_MAX_LENGTH,
        ESCALATION_PAGE_SHARE,
        _forum_thread_page,
    )
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.main_extractor import _elem_text
    from trafilatura.settings import MIN_DUPLICATE_LENGTH, Extractor
    from trafilatura.utils import SPACING_PROTECTED, remove_control_characters, text_chars_test
    from trafilatura.xml import delete_element, xmltotxt
    from trafilatura.xpaths import (
        _ARTICLE_CONTENT_CLASS_TOKENS,
        _ARTICLE_CONTENT_ID_TOKENS,
        _MAIN_CONTENT_CLASS_TOKENS,
        _MAIN_CONTENT_ID_TOKENS,
        _OVERALL_DISCARD_BOTH_TOKENS,
        _OVERALL_DISCARD_CLASS_TOKENS,
        _OVERALL_DISCARD_ID_TOKENS,
        _STORY_CLASS_TOKENS,
        _STORY_ID_TOKENS,
        BODY_XPATH,
        _alt,
    )

    FAST_PATH = trafilatura.__version__ == "2.3.1"
except ImportError:  # pragma: no cover - another trafilatura: bare_extraction does it all
    FAST_PATH = False

# Measured on the extraction benchmark (see tests/benchmarks/bench_extraction.py).
EXTRACT_OPTIONS: dict[str, Any] = {"fast": True, "include_comments": False, "include_tables": True}


# ---- parsing: trafilatura's load_html with a cheaper element lookup ------------------------------------------
_PARSER = lxml_html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
)  # trafilatura's HTML_PARSER options
_PARSER.set_element_class_lookup(  # lxml.html's classes but for its form-field ones, which nothing here uses
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)
_INVALID_XML_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # as trafilatura.utils
_INVALID_XML_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_DOCTYPE_TAG_RE = re.compile("^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
_FAULTY_HTML_RE = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)
_FULL_HTML_RE = re.compile(r"^\s*<(?:html|!doctype)", re.I)  # lxml.html.fromstring's test


def parse(html: str) -> lxml_html.HtmlElement | None:
    """The tree trafilatura's ``load_html`` builds from a string (same repairs, same checks), parsed with
    ``_PARSER`` from UTF-8 bytes (lxml encodes a str itself) and without its full regex pass for control
    characters when a byte scan finds none."""
    beginning = html[:50].lower()
    dubious = "html" not in beginning
    try:
        data: bytes | None = html.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        data = None
    if data is None or len(data.translate(None, _INVALID_XML_BYTES)) != len(data) or not _no_nonchars(html):
        html, data = _INVALID_XML_CHARS_RE.sub("", html), None
    if "doctype" in beginning:  # libxml2 issue, see trafilatura.utils.repair_faulty_html
        first, newline, rest = html.partition("\n")
        fixed = _DOCTYPE_TAG_RE.sub("", first, count=1)
        html = fixed + "\n" + rest
        if data is not None and (fixed != first or not newline):  # the same edit on the bytes, not a new encoding
            data = fixed.encode("utf-8") + b"\n" + data[len(first.encode("utf-8")) + len(newline) :]
    for line in html[:4096].splitlines()[:4]:  # a self-closing <html/>
        if "<html" in line and line.endswith("/>"):
            html, data = _FAULTY_HTML_RE.sub(r"\1>", html, count=1), None
            break
    tree, tried_bytes = None, False
    try:
        if _FULL_HTML_RE.match(html):
            tree, tried_bytes = lxml_html.document_fromstring(data or html.encode("utf-8"), parser=_PARSER), True
        else:
            tree = lxml_html.fromstring(html, parser=_PARSER)
    except ValueError:  # a str with an encoding declaration, or lone surrogates
        tree, tried_bytes = _parse_bytes(html), True
    except Exception:  # noqa: BLE001 - as load_html: an unparsable page has no tree
        tree = None
    if (tree is None or len(tree) < 1) and not tried_bytes:
        tree = _parse_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree


def _no_nonchars(html: str) -> bool:
    return "\ufffe" not in html and "\uffff" not in html


def _parse_bytes(html: str) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.fromstring(html.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception:  # noqa: BLE001
        return None


# ---- body text: trafilatura's cascade for EXTRACT_OPTIONS ------------------------------------------------------
NO_FRAME, WEAK_FRAME, STRONG_FRAME = 0, 1, 2


def body_text(tree: lxml_html.HtmlElement, url: str | None, framed: int = NO_FRAME) -> str:
    """``bare_extraction(tree, url=url, **EXTRACT_OPTIONS).text`` ("" for None). Prunes ``tree``: read it first.

    ``framed``: an element of ``tree`` carries ``FRAME_ATTR`` (the article's container, found from the page's
    structure). A ``STRONG_FRAME``'s content area is one that holds it or sits in it, else the frame itself; a
    ``WEAK_FRAME`` is the content area only when no name finds one (see ``_framed``). Another trafilatura
    version (no fast path) ignores the frame.
    """
    if framed and FAST_PATH and EXTRACT_OPTIONS == _CASCADE_OPTIONS:
        token = _FRAMED.set(framed)
        try:
            return body_text(tree, url)
        finally:
            _FRAMED.reset(token)
    if not FAST_PATH or EXTRACT_OPTIONS != _CASCADE_OPTIONS:
        doc = bare_extraction(tree, url=url, **EXTRACT_OPTIONS)
        return (doc.text if doc is not None else "") or ""
    options = copy(_options())
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    try:
        body, text = _cascade(tree, options, url)
        if options.max_tree_size and len(body) > options.max_tree_size:
            etree.strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return ""
        if len(text) < options.min_output_size and options.min_output_comm_size > 0:  # no comments: none
            return ""
        return xmltotxt(body, options.formatting) or ""
    except (TypeError, ValueError):  # bare_extraction's "discarding data"
        return ""


_CASCADE_OPTIONS = {"fast": True, "include_comments": False, "include_tables": True}  # what _cascade implements
_OPTIONS: list[Any] = []


def _options() -> Any:
    """The ``Extractor`` bare_extraction builds for EXTRACT_OPTIONS (reading its config costs more than a copy)."""
    if not _OPTIONS:
        _OPTIONS.append(
            Extractor(
                output_format="python",
                fast=True,
                comments=False,
                tables=True,
            )
        )
    return _OPTIONS[0]


def _cascade(tree: lxml_html.HtmlElement, options: Any, url: str | None) -> tuple[Any, str]:
    """``trafilatura.core.trafilatura_sequence`` with fast=True and no comments, minus its unread copies (the
    caller's tree, the cleaned tree's backup, the tree the recall retry gets last), with the raw-tree prunes
    and the page measure of the escalation test done without XPath regex callbacks."""
    is_forum = _forum_thread_page(tree)
    for element in _raw_prune_targets(tree, comment_sections=not is_forum):  # a forum's posts stay
        delete_element(element)

    def clean() -> Any:
        return convert_tags(tree_cleaning(copy(tree), options), options, url)

    body, text = extract_content(clean(), options, rebuild=clean)  # the raw tree is left as it is until then
    if len(text) < options.min_extracted_size:  # rescue: baseline on the raw tree, if it adds text
        b_body, b_text, b_len = baseline(tree)
        if b_len > len(text):
            body, text = b_body, b_text
    if 0 < len(text) < ESCALATION_MAX_LENGTH and _small_share(len(text), tree):
        retry = copy(options)  # recall escalation: the tree's last use, so no copy of it
        retry.focus = "recall"
        r_text = ""
        try:
            r_body, r_text = extract_content(convert_tags(tree_cleaning(tree, retry), retry, url), retry)
        except Exception:  # noqa: BLE001 - as trafilatura: a failed retry keeps the first result
            r_text = ""
        if len(r_text) >= options.min_extracted_size and len(r_text) > ESCALATION_ACCEPT_RATIO * len(text):
            body, text = r_body, r_text
    return body, text


def _first_attr(items: list[tuple[str, str]], names: tuple[str, str]) -> str:
    """XPath's string of ``@a|@b``: the value of whichever of the two the element states first ("" for none)."""
    for key, value in items:
        if key in names:
            return value
    return ""


def _remembered(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """``pattern.search(value)`` as a bool, remembered per value (an id or a class attribute): these are long
    alternations that take one to three microseconds a value, and a page's values repeat (each about 2.5 times
    over its elements on the extraction benchmark, more over a site's pages)."""

    @lru_cache(maxsize=4096)
    def test(value: str) -> bool:
        return pattern.search(value) is not None

    return test


# trafilatura.xpaths.RAW_TREE_PRUNE_XPATH and REMOVE_COMMENTS_AND_LISTS_XPATH, as Python tests
_SCROLL_RE = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_SCROLL_THEME_RE = re.compile(r"mvp-post-add-(?:box|wrap)")
_COMMENTS_ID_RE = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENTS_LIST_ID_RE = re.compile(r"^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS_RE = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")


def _raw_prune_targets(tree: lxml_html.HtmlElement, comment_sections: bool) -> list[lxml_html.HtmlElement]:
    """What trafilatura's raw-tree prunes delete, in their order: infinite-scroll boxes of follow-up articles (a
    generic one holding the h1 is the article itself), Elementor share buttons, then comment sections.

    Found in one pass: a later prune runs on what the earlier ones left, and deleting an element they found
    inside an already deleted subtree only changes that detached subtree.
    """
    scroll, share, comments = [], [], []
    for el in tree.iterdescendants("div", "section", "aside", "list", "details", "ol", "ul"):
        ident, cls = el.get("id") or "", el.get("class") or ""
        if not ident and not cls:
            continue
        tag = el.tag
        if tag in ("div", "section", "aside"):
            if (_SCROLL_RE.search(ident) or _SCROLL_RE.search(cls)) and (
                el.find(".//h1") is None or _SCROLL_THEME_RE.search(ident) or _SCROLL_THEME_RE.search(cls)
            ):
                scroll.append(el)
            if "elementor-share-buttons" in cls:
                share.append(el)
        if (
            comment_sections
            and (_COMMENTS_ID_RE.search(ident) or _COMMENTS_CLASS_RE.search(cls))
            and (tag not in ("ol", "ul") or _COMMENTS_LIST_ID_RE.search(ident) or _COMMENTS_CLASS_RE.search(cls))
        ):
            comments.append(el)
    return scroll + share + comments


# ---- the main extractor (trafilatura.main_extractor) with its regex XPaths as Python tests ---------------------
_CONTENT_TAGS = ("article", "div", "main", "section")  # BODY_XPATH's self::article or self::div or ...


def _first_content(test: Callable[[lxml_html.HtmlElement], bool]) -> Callable[[Any], list[Any]]:
    """A BODY_XPATH expression as ``_extract`` reads it: the first element it selects, or none.

    ``.//*[...][1]`` and ``(.//*[...])[1]`` both start with the first match in document order, so the walk stops
    there instead of testing the rest of the page.
    """

    def select(tree: Any) -> list[Any]:
        return next(([el] for el in tree.iterdescendants(_CONTENT_TAGS) if test(el)), [])

    return select


if FAST_PATH:
    _ARTICLE_ID_RE = re.compile(_alt(_ARTICLE_CONTENT_ID_TOKENS))
    _ARTICLE_CLASS_RE = re.compile(_alt(_ARTICLE_CONTENT_CLASS_TOKENS))
    _STORY_ID_RE = re.compile(_alt(_STORY_ID_TOKENS))
    _STORY_CLASS_RE = re.compile(_alt(_STORY_CLASS_TOKENS))
    _MAIN_ID_RE = re.compile(_alt(_MAIN_CONTENT_ID_TOKENS))
    _MAIN_CLASS_RE = re.compile(_alt(_MAIN_CONTENT_CLASS_TOKENS))
    _DISCARD_ID_RE = re.compile(_alt(_OVERALL_DISCARD_BOTH_TOKENS + _OVERALL_DISCARD_ID_TOKENS))
    _DISCARD_CLASS_RE = re.compile(_alt(_OVERALL_DISCARD_BOTH_TOKENS + _OVERALL_DISCARD_CLASS_TOKENS))
_FULLTEXT_RE = re.compile("fulltext", re.I)


if FAST_PATH:
    _ARTICLE_CLASS = _remembered(_ARTICLE_CLASS_RE)
    _DISCARD_ID = _remembered(_DISCARD_ID_RE)
    _DISCARD_CLASS = _remembered(_DISCARD_CLASS_RE)
_HIDDEN_ID_RE = re.compile("reader-comments|akismet")
_HIDDEN_CLASS_RE = re.compile(
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|noprint"
    "|notloaded"
)
_HIDDEN_CLASS = _remembered(_HIDDEN_CLASS_RE)


def _article_content(el: lxml_html.HtmlElement) -> bool:
    """BODY_XPATH[0]'s test."""
    ident, cls = el.get("id"), el.get("class")
    return (
        cls in ("post", "entry")
        or ident == "articleContent"
        or el.get("itemprop") == "articleBody"
        or bool(ident and _ARTICLE_ID_RE.search(ident))
        or bool(cls and _ARTICLE_CLASS(cls))
    )


def _story_content(el: lxml_html.HtmlElement) -> bool:
    """BODY_XPATH[2]'s test."""
    ident, cls = el.get("id"), el.get("class")
    return (
        ident in ("article", "story")
        or cls in ("postarea", "art-postcontent", "text", "cell", "story")
        or el.get("role") == "article"
        or bool(ident and _STORY_ID_RE.search(ident))
        or bool(cls and _story_class(cls))
    )


@lru_cache(maxsize=4096)
def _story_class(cls: str) -> bool:
    """BODY_XPATH[2]'s two class regexes, remembered per value as ``_remembered``'s tests."""
    return bool(_FULLTEXT_RE.search(cls) or _STORY_CLASS_RE.search(cls))


def _main_content(el: lxml_html.HtmlElement) -> bool:
    """BODY_XPATH[3]'s test (``translate(@id, 'CM', 'cm')`` lowers those two letters only)."""
    ident, cls = el.get("id"), el.get("class")
    return bool(
        (ident and (ident == "content" or _MAIN_ID_RE.search(ident) or "main-content" in _lower(ident, "CM")))
        or (
            cls
            and (
                cls == "content"
                or _MAIN_CLASS_RE.search(cls)
                or "main-content" in _lower(cls, "CM")
                or "page-content" in _lower(cls, "CP")
            )
        )
    )


def _lower(value: str, letters: str) -> str:
    """XPath's ``translate(value, letters, lower(letters))``: only those capitals lowered, not the whole value."""
    for letter in letters:
        value = value.replace(letter, letter.lower())
    return value


_SECTION_TAGS = frozenset({"div", "item", "list", "p", "section", "span"})


def _discarded_sections(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """``OVERALL_DISCARD_XPATH[0](tree) + OVERALL_DISCARD_XPATH[1](tree)`` in one walk: navigation, ads, share
    and consent boxes, then hidden elements (what ``prune_unwanted_nodes`` collects from the pair, in its order)."""
    sections, hidden = [], []
    for el in tree.iterdescendants():
        items = el.items()  # a comment has none
        if not items:
            continue
        attrs = dict(items)
        ident, cls = attrs.get("id"), attrs.get("class")
        if el.tag in _SECTION_TAGS and (
            "data-lp-replacement-content" in attrs
            or "nav" in attrs.get("role", "").replace("N", "n")
            or "MostPopularStories" in attrs.get("data-component", "")
            or "cookie" in _first_attr(items, ("id", "class"))
            or (ident and _DISCARD_ID(ident))
            or (cls and _DISCARD_CLASS(cls))
        ):
            sections.append(el)
        style = attrs.get("style", "")
        if (
            cls == "comments-title"
            or _first_attr(items, ("id", "class")).startswith("reply-")
            or "hidden" in _first_attr(items, ("id", "style"))
            or "display:none" in style
            or "display: none" in style
            or (ident and _HIDDEN_ID_RE.search(ident))
            or (cls and _HIDDEN_CLASS(cls))
            or attrs.get("aria-hidden") == "true"
        ):
            hidden.append(el)
    return sections + hidden


def _caption_boxes(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """``DISCARD_IMAGE_ELEMENTS[0](tree)``: the containers whose id or class contains "caption". The XPath's
    attribute tests cost more in libxml2 than this walk in Python."""
    found = []
    for el in tree.iterdescendants(_BOX_TAGS):
        ident, cls = el.get("id"), el.get("class")
        if (ident and "caption" in ident) or (cls and "caption" in cls):
            found.append(el)
    return found


def _teaser_boxes(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """``TEASER_DISCARD_XPATH[0](tree)``: the containers whose id or class contains "teaser" once its "T"s are
    lowered (``translate(@id, 'T', 't')``), in a Python walk for the same reason."""
    found = []
    for el in tree.iterdescendants(_BOX_TAGS):
        ident, cls = el.get("id"), el.get("class")
        if (ident and "teaser" in ident.replace("T", "t")) or (cls and "teaser" in cls.replace("T", "t")):
            found.append(el)
    return found


_BOX_TAGS = ("div", "item", "list", "p", "section", "span")  # the two XPaths' self::div or self::item or ...


def _rebind(names: tuple[str, ...], **constants: Any) -> dict[str, Any]:
    """trafilatura.main_extractor's functions ``names`` (its own code, not a copy) reading ``constants`` in place
    of the module globals of those names, and calling each other's rebound versions."""
    namespace = {**vars(main_extractor), **constants}
    for name in names:
        func = getattr(main_extractor, name)
        rebound = FunctionType(func.__code__, namespace, func.__name__, func.__defaults__, func.__closure__)
        rebound.__kwdefaults__ = func.__kwdefaults__
        namespace[name] = rebound
    return namespace


FRAME_ATTR = "data-body-frame"  # the article's container as html_frame finds it from the page's structure
_FRAME_XPATH = etree.XPath(f"descendant::*[@{FRAME_ATTR}][1]")  # the first marked element: the one read
_FRAMED: ContextVar[int] = ContextVar("framed", default=0)  # body_text's ``framed``, for the selectors


def _framed(
    select: Callable[[Any], list[Any]],
    candidates: Callable[[Any], Iterator[Any]],
    last: bool = False,
    trusted: bool = False,
) -> Callable[[Any], list[Any]]:
    """A BODY_XPATH selector that, on a tree with a marked frame (``body_text(..., framed=...)``), takes the first
    of its ``candidates`` (the elements its expression selects, in document order) that holds the frame or sits
    in it with half its paragraphs or more (a teaser's ``<article>`` in the body is no body; a ``trusted``
    selector, names that say "article body", may take any part of it). With none, the last selector (``last``)
    falls back to the frame itself and a ``trusted`` one to its own choice.

    The expressions find content areas by class, id and tag names; on a site whose names mean nothing to them
    they pick the first ``<article>`` (a teaser), a "main-nav" box, or nothing, and the extractor then reads
    every paragraph of the page. A ``WEAK_FRAME`` only stands in for nothing. Without a frame (and on every tree
    the library is compared on) ``select`` runs as it is."""

    def choose(tree: Any) -> list[Any]:
        framed = _FRAMED.get()
        if not framed:
            return select(tree)
        frame = _FRAME_XPATH(tree)
        if not frame:
            return select(tree)
        if framed == WEAK_FRAME:
            return (select(tree) or frame[:1]) if last else select(tree)
        holders = {frame[0], *frame[0].iterancestors()}
        paragraphs = 0

        def agrees(el: Any) -> bool:
            nonlocal paragraphs
            if el in holders:
                return True
            if not any(a is frame[0] for a in el.iterancestors()):
                return False
            if trusted:
                return True  # a name that says "article body": a chunk of a body split around ads, say
            paragraphs = paragraphs or sum(1 for _ in frame[0].iter("p"))
            return 2 * sum(1 for _ in el.iter("p")) >= paragraphs  # the body, not a box in it

        chosen = select(tree)
        if not chosen or agrees(chosen[0]):  # the library's choice (the first match) agrees: most pages
            return chosen or (frame[:1] if last else [])
        found = next((el for el in candidates(tree) if agrees(el)), None)
        if found is not None:
            return [found]
        return chosen if trusted else frame[:1] if last else []

    return choose


def _matches(test: Callable[[lxml_html.HtmlElement], bool]) -> Callable[[Any], Iterator[Any]]:
    return lambda tree: (el for el in tree.iterdescendants(_CONTENT_TAGS) if test(el))


def _main_area(el: lxml_html.HtmlElement) -> bool:
    """BODY_XPATH[4]'s tests: a ``<main>``, or a container whose class, id or role starts with "main"."""
    return el.tag == "main" or any((el.get(name) or "").startswith("main") for name in ("class", "id", "role"))


if FAST_PATH:
    _MAIN = _rebind(
        ("extract_content", "_extract", "prune_unwanted_sections", "recover_wild_text"),
        BODY_XPATH=[
            _framed(_first_content(_article_content), _matches(_article_content), trusted=True),
            _framed(BODY_XPATH[1], lambda tree: tree.iterdescendants("article")),
            _framed(_first_content(_story_content), _matches(_story_content)),
            _framed(_first_content(_main_content), _matches(_main_content)),
            _framed(BODY_XPATH[4], _matches(_main_area), last=True),
        ],
        OVERALL_DISCARD_XPATH=[_discarded_sections],
        DISCARD_IMAGE_ELEMENTS=[_caption_boxes],
        TEASER_DISCARD_XPATH=[_teaser_boxes],
    )
    _library_extract_content: Callable[[Any, Any], tuple[Any, str]] = _MAIN["extract_content"]


def extract_content(cleaned_tree: Any, options: Any, rebuild: Callable[[], Any] | None = None) -> tuple[Any, str]:
    """trafilatura's ``extract_content`` (the main extractor's functions rebound above). With ``rebuild``, a
    function that builds ``cleaned_tree`` afresh, it skips the library's copy of the tree and list of its
    elements taken before the main pass: only the recovery of wild text reads them (2 of 189 calls on the
    extraction benchmark), and it then gets them from two rebuilt trees (the main pass run again on the first
    marks the same elements as consumed: it is deterministic without ``options.dedup``'s cache)."""
    if rebuild is None or options.dedup:
        return _library_extract_content(cleaned_tree, options)
    result_body, temp_text, potential_tags = _MAIN["_extract"](cleaned_tree, options)
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        replay = rebuild()
        order = list(replay.iter())
        _MAIN["_extract"](replay, options)
        backup_tree = rebuild()
        consumed = {twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"}
        result_body = _MAIN["recover_wild_text"](backup_tree, result_body, options, potential_tags, consumed)
        temp_text = " ".join(result_body.itertext()).strip()
    previous = None  # the rest is the library's as it is
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    etree.strip_elements(result_body, "done")
    etree.strip_tags(result_body, "div")
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body, temp_text


# ---- the page measure of the escalation test ---------------------------------------------------------------------
# trafilatura.settings.BASIC_CLEAN_XPATH, as Python tests
_BASIC_CLEAN_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})
_COOKIE_CONSENT_RE = re.compile(
    "cookie[-_]?(?:banner|bar|consent|law|notice|policy|description)|notice[-_]{0,2}cookie"
    "|consent[-_]?(?:banner|manager|sdk)|borlabs|cookiebot|cmplz|onetrust|moove[-_]?gdpr",
    re.I,
)


def _basic_clean_targets(body: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """What ``BASIC_CLEAN_XPATH`` selects under ``body``, in document order."""
    for el in body.iterdescendants():
        if _basic_cleaned(el):
            yield el


def _basic_cleaned(el: lxml_html.HtmlElement) -> bool:
    tag = el.tag
    if not isinstance(tag, str):
        return False
    if tag in _BASIC_CLEAN_TAGS:
        return True
    ident, cls = el.get("id"), el.get("class")
    if ident is None and cls is None:
        return False
    if tag == "div" and "footer" in _first_attr(el.items(), ("class", "id")):  # contains(@class|@id)
        return True
    return bool((cls and _cookie_banner(cls)) or (ident and _cookie_banner(ident)))


_COOKIE_WORDS = ("cookie", "consent", "borlabs", "cmplz", "onetrust", "moove")  # one is in every alternative


def _cookie_banner(value: str) -> bool:
    """``_COOKIE_CONSENT_RE.search(value)``; an ASCII value without any of its words is rejected without it (the
    case-insensitive regex is slow to fail)."""
    if value.isascii():
        low = value.lower()
        if not any(word in low for word in _COOKIE_WORDS):
            return False
    return _COOKIE_CONSENT_RE.search(value) is not None


def _small_share(length: int, tree: lxml_html.HtmlElement) -> bool:
    """The recall escalation's page test, ``length < ESCALATION_PAGE_SHARE * len(html2txt(tree))``; an extraction
    with its share of an upper bound of that measure passes without the measure (most pages: the bound is C work)."""
    if length >= ESCALATION_PAGE_SHARE * _page_text_bound(tree):
        return False
    return length < ESCALATION_PAGE_SHARE * _page_text_length(tree)


_BASIC_CLEAN_TAG_NAMES = tuple(sorted(_BASIC_CLEAN_TAGS))


def _page_text_bound(tree: lxml_html.HtmlElement) -> int:
    """At least ``_page_text_length(tree)``: the body's text without the outermost elements html2txt deletes by
    tag, plus the two spaces each block element can add (deleting more, dropping control characters and
    collapsing whitespace only shorten it)."""
    body = tree.find(".//body")
    if body is None:
        body = tree
    dropped = sum(
        len(el.text_content())
        for el in body.iter(*_BASIC_CLEAN_TAG_NAMES)
        if next(el.iterancestors(*_BASIC_CLEAN_TAG_NAMES), None) is None
    )
    return len(body.text_content()) - dropped + 2 * sum(1 for _ in body.iter(*_BLOCK_ELEMS))


def _page_text_length(tree: lxml_html.HtmlElement) -> int:
    """``len(trafilatura.baseline.html2txt(tree))``, the page measure of the recall-escalation test, read off the
    tree: html2txt copies it, deletes ``BASIC_CLEAN_XPATH``'s elements (their tails join the text before them),
    then spaces the text and tails of block elements, cleaned of control characters, and joins all text."""
    body = tree.find(".//body")
    if body is None:
        body = tree
    pieces: list[str] = []
    try:
        _spaced_pieces(body, pieces)
    except RecursionError:  # pragma: no cover - deeper than the parser nests
        return len(html2txt(tree))
    return len(" ".join("".join(pieces).split()))


def _spaced_pieces(el: lxml_html.HtmlElement, out: list[str]) -> None:
    block = el.tag in _BLOCK_ELEMS
    text = el.text
    out.append((" " + remove_control_characters(text) if text else " ") if block else text or "")
    owner_block = block  # whose text or tail the tail of a deleted element joins
    for child in el:
        tail = child.tail
        if not isinstance(child.tag, str):  # a comment: no text of its own
            out.append(tail or "")
            owner_block = False
        elif _basic_cleaned(child):
            if tail:
                out.append(remove_control_characters(tail) if owner_block else tail)
        else:
            _spaced_pieces(child, out)
            owner_block = child.tag in _BLOCK_ELEMS
            out.append((" " + remove_control_characters(tail) if tail else " ") if owner_block else tail or "")
