"""HTML to main text and page metadata.

The body comes from trafilatura (its own extraction, without the fallback extractors and without the comment
section: both measured better and faster on the extraction benchmark). The page is parsed once with lxml and
the tree is shared by the metadata readers. A description the page prints as a sub-heading (the dek) is
reported so the text rules can take it out of the body; one that is only the opening paragraph stays. An
article body split into sibling chunks (around ads) is read to its end: trafilatura keeps only the first chunk.
Before extraction a page laid out in tables gets plain containers and hover cards nested in sentences go
(``_tidy_tree``), and bare prose among a container's paragraphs gets ``<p>``s of its own (``_wrap_loose_text``);
after it, the blocks that are each a whole link are marked so the text rules can drop runs of them (teaser
boxes the extractor kept), and when the extractor read some other part of the page than the densest container
of paragraphs (it took the article's container for furniture) that container's blocks are the body. The
article's container found from the page's structure (``_article_frame``: prose paragraphs, not names) is marked
for the extractor, whose content area must hold it or sit in it: on a site whose class names and tags mean
nothing to the extractor it otherwise reads every paragraph of the page, or a teaser. Prose list items count as
paragraphs, a lead written before the wrapper of the rest joins the frame, and a page with no frame of ``<p>``s
gets the container with the most runs of bare prose (``_loose_frame``: text between ``<br>``s). Boxes in the
frame that are a heading over links, teaser cards with linked titles, or a widget with form controls among the
paragraphs go before extraction (``_link_boxes``).
Metadata is read from what pages state for machines first (Open Graph, ``article:*`` meta, JSON-LD), which
carries full times with zones, and htmldate is asked only when those say nothing.

Speed (issue 6): the tree comes from ``trafilatura_fast``, which gives trafilatura's tree and body text for our
options at less CPU (tests/stages/test_html_fast_path.py compares them with the library calls).
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from itertools import islice
from typing import Any

from lxml import html as lxml_html

from pipeline.stages.neighbour_rules import LINKED_RUN_MIN
from pipeline.stages.trafilatura_fast import FRAME_ATTR, NO_FRAME, STRONG_FRAME, WEAK_FRAME, body_text, parse

_SCRIPT_RE = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>", re.I | re.S)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_BLOCK_TAG_RE = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|aside|figure|"
    r"figcaption|blockquote|pre|form|button|dd|dt|dl|main|span class=\"?caption)\b[^>]*>",
    re.I,
)
# _BLOCK_TAG_RE's alternatives as a prefix tree: the regex engine tries alternatives one by one at every "<" (the
# matched span is the same whichever alternative matches: up to the first ">")
_BLOCK_TAG_TRIE_RE = re.compile(
    r"</?(?:p(?:re)?|d(?:iv|[dtl])|b(?:r|lockquote|utton)|li|ul|ol|h(?:[1-6]|eader)|t(?:[rdh]|able)|section|"
    r"a(?:rticle|side)|f(?:ooter|igure|igcaption|orm)|nav|main|span class=\"?caption)\b[^>]*>",
    re.I,
)
_TAG_RE = re.compile(r"<[^>]+>")
_META_DATE_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "published_time",
    "publish-date",
    "publication_date",
    "og:article:published_time",
    "cxenseparse:recs:publishtime",
)
_META_DATE_UPDATED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "lastmod",
    "last-modified",
    "dcterms.modified",
    "article.updated",
    "modified_time",
    "og:article:modified_time",
)
_META_AUTHOR = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl", "byline")
_META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher")
_TITLE_SEP_RE = re.compile(r"\s+(?:[|–—:•»]|-|::)\s+")


def page_lines(html: str) -> list[str]:
    """The page's visible text as lines (cheap, regex based): what ``removed`` is measured against."""
    text = _drop_raw_text(_drop_comments(html))
    text = _BLOCK_TAG_TRIE_RE.sub("\n", text)
    text = html_lib.unescape(_TAG_RE.sub(" ", text))
    return [" ".join(ln.split()) for ln in text.split("\n") if ln and not ln.isspace()]  # most lines are blank


def _drop_comments(html: str) -> str:
    """``_COMMENT_RE.sub(" ", html)`` with ``str.find``: several times faster on long pages."""
    start = html.find("<!--")
    if start < 0:
        return html
    parts, pos = [], 0
    while start >= 0:
        end = html.find("-->", start + 4)
        if end < 0:
            break  # unclosed: the regex matches nothing from here on either
        parts += (html[pos:start], " ")
        pos = end + 3
        start = html.find("<!--", pos)
    parts.append(html[pos:])
    return "".join(parts)


_RAW_OPEN_RE = re.compile(r"<(s(?:cript|tyle|vg)|noscript|template|head)\b", re.I)  # _SCRIPT_RE's, as a tree
_RAW_CLOSE_RE = {
    name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "noscript", "template", "svg", "head")
}


def _drop_raw_text(html: str) -> str:
    """``_SCRIPT_RE.sub(" ", html)``, a quarter of its time: the lazy ``.*?`` tries the back-reference at every
    character of every script, while this jumps from an opening tag to its closing one."""
    parts, pos = [], 0
    match = _RAW_OPEN_RE.search(html)
    while match:
        close_re = _RAW_CLOSE_RE.get(match.group(1).lower())  # None: a name only case folding matches ("<ſcript")
        close = close_re.search(html, match.end()) if close_re else _SCRIPT_RE.match(html, match.start())
        if close is None:  # unclosed: the regex moves on to the next character
            match = _RAW_OPEN_RE.search(html, match.start() + 1)
            continue
        parts += (html[pos : match.start()], " ")
        pos = close.end()
        match = _RAW_OPEN_RE.search(html, pos)
    parts.append(html[pos:])
    return "".join(parts)


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    for el in tree.iterfind(".//time"):
        value = el.get("datetime")
        if value and "time-element" not in out:
            out["time-element"] = value.strip()
    return out


def _json_ld(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """The first NewsArticle-like JSON-LD object's date, author, headline and publisher."""
    found: dict[str, Any] = {}
    for el in tree.iterfind(".//script[@type='application/ld+json']"):
        raw = el.text or ""
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, TypeError):
            continue
        for item in _walk(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(
                isinstance(k, str) and ("Article" in k or k in ("Report", "BlogPosting", "WebPage")) for k in kinds
            ):
                continue
            for key in ("datePublished", "dateModified", "headline", "description"):
                if key not in found and isinstance(item.get(key), str):
                    found[key] = item[key]
            if "author" not in found and item.get("author"):
                found["author"] = _names(item["author"])
            if "publisher" not in found and item.get("publisher"):
                pub = _names(item["publisher"])
                if pub:
                    found["publisher"] = pub[0]
    return found


def _walk(data: Any):
    if isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _walk(data[key])
    elif isinstance(data, list):
        for item in data:
            yield from _walk(item)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) and name.strip() else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def _split_authors(value: str | None) -> list[str]:
    if not value or value.startswith("http"):
        return []
    parts = re.split(r"\s*(?:;|,|\band\b|&|\|)\s*", re.sub(r"^\s*by\s+", "", value, flags=re.I))
    return [p.strip() for p in parts if p.strip() and len(p.split()) <= 5 and not p.startswith("@")]


def extract_html(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text blocks, the page's visible lines, and metadata (title, authors, dates, site, language)."""
    tree = parse(html)
    if tree is None:
        lines = page_lines(html)
        return {"blocks": lines, "page_lines": lines}
    meta = _meta_tags(tree)
    ld = _json_ld(tree)
    lang = tree.get("lang") or meta.get("og:locale") or meta.get("content-language")
    title_el = tree.find(".//title")
    page_title = title_el.text_content().strip() if title_el is not None else None
    lines = page_lines(html)
    published = ld.get("datePublished") or _first(meta, _META_DATE_PUBLISHED) or meta.get("time-element")
    if not published:
        published = _htmldate(tree, url)  # before extraction, which prunes the tree
    h1s = [h.text_content().strip() for h in tree.iterfind(".//h1")]
    description = ld.get("description") or meta.get("og:description") or meta.get("description")
    dek = _shown_as_dek(tree, description)
    parents = _paragraph_parents(tree)  # before extraction, which prunes the tree
    chunks = _chunk_groups(tree, parents) if CONTINUE_CHUNKS else []
    _tidy_tree(tree)  # before extraction
    if WRAP_LOOSE_TEXT:
        _wrap_loose_text(parents)
    dense = _densest_paragraphs(parents) if DENSEST_FALLBACK else []
    frame, framed = _article_frame(parents) if MARK_FRAME else (None, NO_FRAME)
    if frame is None and MARK_FRAME and LOOSE_FRAME:
        frame, framed = _loose_frame(tree)
    if frame is not None:
        frame.set(FRAME_ATTR, "")  # the extractor's content area must hold it or sit in it
        if DROP_LINK_BOXES:
            for box in _link_boxes(frame):
                box.drop_tree()
    text = body_text(tree, url, framed=framed)  # prunes the tree: last
    blocks = [" ".join(ln.split()) for ln in text.split("\n")]
    blocks = [b for b in blocks if b and b != url]
    blocks += _continuation(chunks, blocks)
    if dense and _missed(dense, blocks):
        blocks = dense
    linked = _linked_blocks(html, blocks) if FLAG_LINKED_BLOCKS else []
    site = _first(meta, _META_SITE) or ld.get("publisher")
    title_text = ld.get("headline") or meta.get("og:title") or meta.get("twitter:title") or page_title
    title, suffix = _choose_title(title_text, page_title, h1s, site)
    updated = ld.get("dateModified") or _first(meta, _META_DATE_UPDATED)
    authors = ld.get("author") or _split_authors(_first(meta, _META_AUTHOR))
    return {
        "blocks": blocks,
        "page_lines": lines,
        "linked_blocks": linked,
        "title": title,
        "page_title": page_title,
        "description": description,
        "dek": dek,
        "authors": [a.strip() for a in authors if isinstance(a, str) and a.strip()],
        "published": published,
        "updated": updated,
        "sitename": _site_name(site, suffix) or _twitter_site(meta),
        "language": lang.strip() if isinstance(lang, str) else None,
    }


CONTINUE_CHUNKS = True  # measured on the dev half of the extraction benchmark: recall up, precision unchanged
CHUNK_MIN_PROSE = 3  # prose paragraphs of a container that make it a chunk of the article, however many links
_PROSE_END = (".", "!", "?", "”", '"', "’")


def _chunk_groups(
    tree: lxml_html.HtmlElement, paragraph_parents: dict[lxml_html.HtmlElement, int] | None = None
) -> list[list[list[str]]]:
    """Paragraphs of sibling containers that share one class: an article body split into chunks (around ads).

    Returns, per group, each container's prose paragraphs in document order. A container with its own heading
    or mostly link text is a teaser in a list of stories, and breaks the group, unless it has
    ``CHUNK_MIN_PROSE`` prose paragraphs (a chunk of the article with a sub-heading or a box of related links
    in it). ``paragraph_parents`` is ``_paragraph_parents(tree)`` when the caller has it.
    """
    parents: dict[tuple[str, str], list[lxml_html.HtmlElement]] = {}
    for parent in _paragraph_parents(tree) if paragraph_parents is None else paragraph_parents:
        cls = parent.get("class")
        if cls:
            parents.setdefault((parent.tag, cls), []).append(parent)
    groups = []
    for members in parents.values():
        if len(members) < 2:
            continue
        grand = members[0].getparent()
        root = grand.getparent() if grand is not None else None
        if root is None or any(m.getparent() is not grand and m.getparent().getparent() is not root for m in members):
            continue  # cousins at most: one article's chunks, not containers spread over the page
        group: list[list[str]] = []
        for m in members:
            paras = [" ".join(p.text_content().split()) for p in m.iter("p")]
            prose = [t for t in paras if _prose(t)]
            if len(prose) < CHUNK_MIN_PROSE:  # a chunk of the article may hold a sub-heading or a box of links
                if next(m.iter("h1", "h2", "h3"), None) is not None:
                    group = []
                    break
                text = " ".join(m.text_content().split())
                if text and _link_heavy(m, text):
                    break
            group.append(prose)
        if len(group) >= 2:
            groups.append(group)
    return groups


def _continuation(groups: list[list[list[str]]], blocks: list[str]) -> list[str]:
    """The later chunks of an article the extractor stopped reading after the first (it keeps one container)."""
    body = "\n".join(blocks)
    extra: list[str] = []
    for group in groups:
        if not group[0] or sum(p in body for p in group[0]) < 0.8 * len(group[0]):
            continue  # the extractor did not read this group at all: it is not the article
        for paras in group[1:]:
            missing = [p for p in paras if p not in body]
            if paras and len(missing) >= 0.8 * len(paras):
                extra.extend(missing)
    return extra


FLAG_LINKED_BLOCKS = True  # measured on both quarters of the dev half: three teaser boxes gone, no page worse
LINKED_MIN_WORDS = 3  # a story's title; a bare URL or a one-word label is no teaser
LINKED_MAX_WORDS = 25
LOOKUP_LINES_MAX = 60  # lines looked up per page: dev pages look up 17 on average, 0 on most pages
_LINKED_TAIL_RE = re.compile(r"(?:\s*</\w+\s*>)*?\s*</a\s*>")  # closing tags up to the link's end
_LINKED_HEAD_RE = re.compile(r"<a\b[^<>]*>(?:\s*<\w[^<>]*>)*\s*$")  # the link's start, then opening tags
_LINK_OPEN_REACH = 1000  # characters before a line's text its link may open in (a long href, a picture's tag)
_LOOKUPS = 5  # occurrences of a line's words tried (the title also sits in <title>, meta tags, JSON)


def _linked_blocks(html: str, blocks: list[str]) -> list[int]:
    """Indices of blocks in runs of three or more (in document order) whose whole text is one link's text.

    The extractor's text does not say what was a link: a run of lines each of which is a whole link is a list
    of other stories (a teaser box) however it is worded. The raw page is searched rather than the tree (pruned
    by now), and only in runs of short lines; within a run every third line is looked up first (any three in a
    row include one of them), its neighbours only when it is a link. A page with more short lines than
    ``LOOKUP_LINES_MAX`` is looked up that far (a page of lists; each lookup reads the page).
    """
    # blocks are single-spaced: spaces count their words without splitting every paragraph
    short = [
        LINKED_MIN_WORDS <= b.count(" ") + 1 <= LINKED_MAX_WORDS and not (b.endswith((".", ":")) and b[-2:] != "..")
        for b in blocks
    ]  # a sentence ends in one full stop; a title cut short, in two or more
    known: dict[int, bool] = {}

    def linked(i: int) -> bool:
        if i not in known:
            known[i] = len(known) < LOOKUP_LINES_MAX and _whole_link(html, blocks[i].lstrip("-•*· "))
        return known[i]

    out: list[int] = []
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and short[end]:
            end += 1
        k = start + LINKED_RUN_MIN - 1
        while k < end:
            if not linked(k):
                k += LINKED_RUN_MIN
                continue
            first = last = k
            while first > start and linked(first - 1):
                first -= 1
            while last + 1 < end and linked(last + 1):
                last += 1
            if last - first + 1 >= LINKED_RUN_MIN:
                out += range(first, last + 1)
            k = last + LINKED_RUN_MIN + 1  # last + 1 is no link (or the run's end)
        start = end + 1
    return out


def _whole_link(html: str, text: str) -> bool:
    """Whether the page has ``text`` as the whole text of an ``<a>`` (its first and last words at the link's
    edges; a line whose words the page writes with entities is not found, and counts as not linked)."""
    words = text.split()
    head, tail = " ".join(words[:3]), " ".join(words[-3:])
    pos = html.find(tail)
    for _ in range(_LOOKUPS):
        if pos < 0:
            return False
        if _LINKED_TAIL_RE.match(html, pos + len(tail)):
            begin = html.rfind(head, max(0, pos - 4 * len(text)), pos + len(tail))
            if begin >= 0 and _LINKED_HEAD_RE.search(html, max(0, begin - _LINK_OPEN_REACH), begin):
                return True
        pos = html.find(tail, pos + 1)
    return False


UNTABLE_LAYOUT = True  # measured on both quarters of the dev half: the two pages laid out in tables, no other
DROP_HOVER_CARDS = True  # measured on both quarters of the dev half: one page fixed, no other page changed
LAYOUT_CELL_PARAGRAPHS = 3  # <p>s in one table cell: an article's text, not a data table's cell
_TABLE_TAGS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})
_INLINE_TAGS = frozenset({"span", "a", "em", "i", "b", "strong", "small", "font"})
HOVER_CARD_LINK_SHARE = 0.8  # of the card's text in its links: a name and story titles, no prose of its own
HOVER_CARD_MIN_LINKS = 2
HOVER_CARD_MIN_WORDS_AROUND = 4  # of the paragraph's own text outside the card: the sentence it sits in


def _tidy_tree(tree: lxml_html.HtmlElement) -> None:
    """Undo two page layouts the extractor misreads, found in one walk over pictures and table cells (a
    compiled XPath per layout, or a substring test of the page for "<td", costs more than the walk).

    - a table that lays out the page (a cell holds the article's paragraphs) becomes plain containers: the
      extractor reads a table row by row and prints each row as one line, the whole article on it;
    - a hover card nested in a sentence (a person's photo, full name and links to other stories) is taken out.
    """
    cells, cards = [], []
    for el in tree.iter("img", "td"):
        if el.tag == "td":
            paragraphs = sum(1 for _ in islice(el.iter("p"), LAYOUT_CELL_PARAGRAPHS))
            if UNTABLE_LAYOUT and paragraphs >= LAYOUT_CELL_PARAGRAPHS:
                cells.append(el)
        elif DROP_HOVER_CARDS and (card := _hover_card(el)) is not None:
            cards.append(card)
    for cell in cells:
        for el in (cell, *cell.iterancestors()):
            if el.tag in _TABLE_TAGS:
                el.tag = "div"
    for card in cards:
        card.drop_tree()  # keeps the text after it: the rest of the sentence


WRAP_LOOSE_TEXT = True  # measured on both quarters of the dev half: one page's opening paragraph back, no other
BARE_MIN_SIBLING_PARAGRAPHS = 2  # <p>s next to a container of bare prose that make it a paragraph too
LOOSE_MIN_WORDS = 10  # of a run of bare text: a paragraph, not a label ("Advertisement", a date)
_LOOSE_CONTAINERS = frozenset({"div", "section", "article", "main", "center"})
_LOOSE_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "center", "header", "footer", "aside", "nav", "figure", "table"}
    | {"ul", "ol", "dl", "blockquote", "pre", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "iframe"}
)


def _wrap_loose_text(parents: dict[lxml_html.HtmlElement, int]) -> None:
    """Put each run of bare prose among a container's ``<p>``s in a ``<p>`` of its own: the text before the
    container's first block, or after one of its blocks, with the inline elements up to the next block.

    Once a page has enough ``<p>`` text the extractor reads only known blocks (paragraphs, headings, lists,
    line breaks' tails): a paragraph written straight into a ``<div>``/``<section>`` next to ``<p>``s, or a
    section's opening lines before its first heading, would be dropped. Only containers with a ``<p>`` of their
    own are looked at (the walk is over paragraphs). A container that is all bare prose becomes a ``<p>`` only
    next to ``<p>``s (``_bare_paragraphs``): anywhere else it is mostly a teaser's summary or a caption (measured
    worse on the dev half). A line break's tail is read already; runs under ``LOOSE_MIN_WORDS`` words or not
    ending a sentence (labels, dates, "Read more") stay as they are.
    """
    runs: list[tuple[lxml_html.HtmlElement, int]] = []
    bare: list[lxml_html.HtmlElement] = []
    for el in parents:
        if el.tag not in _LOOSE_CONTAINERS:
            continue
        if el.text and not el.text.isspace():
            runs.append((el, -1))
        kids = list(el)
        for k, child in enumerate(kids):
            if child.tail and child.tag in _LOOSE_BLOCKS and child.tag != "br" and not child.tail.isspace():
                runs.append((el, k))
        if parents[el] >= BARE_MIN_SIBLING_PARAGRAPHS:
            bare += _bare_paragraphs(kids)
    for div in bare:  # a paragraph written as a bare container next to <p>s
        div.tag = "p"
    for el, k in reversed(runs):  # a container's later runs first: the indices of its earlier ones stay
        start = end = k + 1
        while end < len(el) and el[end].tag not in _LOOSE_BLOCKS:
            end += 1
        head = el.text if k < 0 else el[k].tail
        members = el[start:end]
        if not _prose(head + "".join(m.text_content() + (m.tail or "") for m in members)):
            continue
        para = lxml_html.Element("p")
        para.text = head
        if k < 0:
            el.text = None
        else:
            el[k].tail = None
        el.insert(start, para)
        para.extend(members)


def _bare_paragraphs(kids: list[lxml_html.HtmlElement]) -> list[lxml_html.HtmlElement]:
    """The containers of bare prose among ``kids`` in runs next to a ``<p>``: paragraphs written as ``<div>``s.
    (A teaser's summary, also a ``<div>`` of bare prose, sits among its title and date, not next to a ``<p>``.)"""
    found: dict[int, bool] = {}

    def bare(k: int) -> bool:
        if k not in found:
            el = kids[k]
            found[k] = False
            if el.tag in _LOOSE_CONTAINERS and next(el.iterdescendants(*_LOOSE_BLOCKS), None) is None:
                text = el.text_content()
                found[k] = _prose(text) and not _link_heavy(el, text)
        return found[k]

    for k, el in enumerate(kids):
        if el.tag != "p":
            continue
        j = k - 1
        while j >= 0 and kids[j].tag != "p" and bare(j):
            j -= 1
        j = k + 1
        while j < len(kids) and kids[j].tag != "p" and bare(j):
            j += 1
    return [kids[k] for k, yes in sorted(found.items()) if yes]


LINK_HEAVY_SHARE = 0.3  # of a container's text in its links: more is a list of stories, not the article's text


def _link_chars(el: lxml_html.HtmlElement) -> int:
    """Characters of ``el``'s text inside its links."""
    return sum(len(a.text_content()) for a in el.iter("a"))


def _link_heavy(el: lxml_html.HtmlElement, text: str) -> bool:
    """Whether more than ``LINK_HEAVY_SHARE`` of ``text`` (``el``'s text) is the text of its links."""
    return _link_chars(el) > LINK_HEAVY_SHARE * len(text)


def _prose(text: str | None) -> bool:
    words = (text or "").split()
    return len(words) >= LOOSE_MIN_WORDS and words[-1].endswith(_PROSE_END)


MARK_FRAME = True  # measured on both quarters of the dev half and the robustness sets (see _article_frame)
DENSEST_FALLBACK = True  # fires on no page of the dev half; a guard against reading the wrong part of a page
FALLBACK_MIN_PARAGRAPHS = 5  # prose paragraphs in one container: an article's body
FALLBACK_READ_SHARE = 0.3  # of them in the extracted text: below it, the extractor read some other part
FALLBACK_LENGTH_RATIO = 2.0  # the container's text over the extracted text's
_NOT_ARTICLE_RE = re.compile(r"comment(?!ary)|disqus|repl(?:y|ies)|respond|forum|sidebar|related|footer", re.I)
_FALLBACK_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")  # the blocks of the fallback body


def _paragraph_parents(tree: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, int]:
    """Each element with ``<p>`` children, and how many it has (in document order)."""
    counts: dict[lxml_html.HtmlElement, int] = {}
    for p in tree.iter("p"):
        el = p.getparent()
        if el is not None:
            counts[el] = counts.get(el, 0) + 1
    return counts


FRAME_MIN_PROSE = 2  # prose paragraphs of the densest container: a frame for a page no name finds one on
FRAME_STRONG_PROSE = 5  # ... a frame the content area found by names must agree with
FRAME_WEAK_SHARE = 0.6  # of the page's prose paragraphs in a frame of fewer
FRAME_DENSE_MIN = 3  # prose <p>s of a container that count towards an article's body (a comment, a teaser: fewer)
FRAME_GROW = 1.5  # an ancestor with this many times the frame's paragraphs in dense containers: the body's chunks


def _article_frame(counts: dict[lxml_html.HtmlElement, int]) -> tuple[lxml_html.HtmlElement | None, int]:
    """The article's container found from the page's structure, and how sure it is (``WEAK_FRAME``,
    ``STRONG_FRAME``; ``NO_FRAME`` for none).

    The container with the most prose ``<p>`` children (sentences of ``LOOSE_MIN_WORDS`` or more; a wrapper of
    one prose paragraph and nothing else counts for its parent), not mostly linked paragraphs nor in comments
    or an aside, or the ancestor of it that holds the other dense containers of an article split into chunks
    (``FRAME_GROW`` times the paragraphs). Comments and teasers come one or two paragraphs to a container and
    do not count. A frame of fewer than ``FRAME_STRONG_PROSE`` paragraphs is weak, and none unless it holds
    ``FRAME_WEAK_SHARE`` of the page's prose paragraphs (a newsletter box's small print beside a short
    article's). ``body_text`` makes the extractor's content area agree with the frame.

    Measured on dev pages rewritten as unseen sites (bench_extraction_robustness.py: class and id names
    replaced by random tokens, <article>/<main>/<aside>... by <div>, furniture inserted): the extractor's
    content area comes from names, and without them it read every paragraph of the page (and no headings or
    lists), the first <article> (a teaser), or a "main-nav" box."""
    own: dict[lxml_html.HtmlElement, int] = {}
    for el in counts:
        n = sum(1 for p in el.iterchildren("p") if _prose(p.text_content()))
        if FRAME_LIST_PROSE:
            n += sum(_prose_items(lst) for lst in el.iterchildren("ul", "ol"))
        if n:
            own[el] = n
    return _frame_of(own, counts)


FRAME_LIST_PROSE = True  # see _prose_items


def _prose_items(lst: lxml_html.HtmlElement) -> int:
    """The items of a list that are prose paragraphs of their own, not links: an article that writes its
    paragraphs as a list's items among its ``<p>``s (the items count for the list's parent's paragraphs)."""
    n = 0
    for li in lst.iterchildren("li"):
        text = li.text_content()
        n += _prose(text) and not _link_heavy(li, text)
    return n


LOOSE_FRAME = True  # see _loose_frame


def _loose_frame(tree: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement | None, int]:
    """The article's container on a page with no frame of ``<p>``s: the container with the most runs of bare
    prose among its children (text between line breaks and blocks, with the inline elements in it), and how
    sure it is (``STRONG_FRAME`` from ``FRAME_STRONG_PROSE`` runs). An article written straight into a
    ``<div>`` with ``<br>``s gives the extractor nothing to find it by once its names mean nothing: it then
    reads the page's teaser lists."""
    best, most = None, 0
    for el in tree.iter(*_LOOSE_CONTAINERS, "span", "font", "td"):
        n = _loose_prose_runs(el)
        if n > most:
            best, most = el, n
    if best is not None and best.tag not in _LOOSE_CONTAINERS:  # text in a <span> with line breaks: its block
        best = next(best.iterancestors(*_LOOSE_CONTAINERS), None)
    if best is None or most < FRAME_MIN_PROSE or _outside_article(best) or _link_heavy(best, best.text_content()):
        return None, NO_FRAME
    return best, STRONG_FRAME if most >= FRAME_STRONG_PROSE else WEAK_FRAME


def _loose_prose_runs(el: lxml_html.HtmlElement) -> int:
    """How many runs of ``el``'s own text (split at its block children and line breaks) are prose."""
    runs = 0
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str) or child.tag in _LOOSE_BLOCKS:
            runs += _prose("".join(parts))
            parts = [child.tail or ""]
        else:
            parts += (child.text_content(), child.tail or "")
    return runs + _prose("".join(parts))


DROP_LINK_BOXES = True  # fires on 3 dev pages (boxes the extractor dropped anyway); robustness sets: 2 pages fixed
LINK_BOX_SHARE = 0.7  # of a box's text under its heading in links: a list of other stories
LINK_BOX_MAX_WORDS = 300
_BOX_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _link_boxes(frame: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Boxes in the article's container that are a short heading over a list of links ("Related", "More on
    this"): the extractor drops the links by their density but keeps the heading, which the text rules then read
    as the start of the article's furniture. The whole box goes (outermost first). So do teaser cards with
    linked titles (``_teaser_cards``) and, among the paragraphs, widgets with form controls (``_control_box``)."""
    out: list[lxml_html.HtmlElement] = []
    with_controls: set[lxml_html.HtmlElement] = set()  # the boxes in the frame that hold a form control
    if CONTROL_BOXES:
        for control in frame.iterdescendants(*_CONTROLS):
            for a in control.iterancestors():
                if a is frame or a in with_controls:
                    break
                with_controls.add(a)
    for el in frame.iterdescendants("div", "section", "aside"):
        if out and any(a is out[-1] for a in el.iterancestors()):
            continue
        if el in with_controls and _control_box(el) and _prose_after(el, frame):
            out.append(el)
            continue
        heading = next(el.iter(*_BOX_HEADINGS), None)
        if heading is None:
            continue
        if TEASER_CARD_BOXES and _teaser_cards(el):
            out.append(el)
            continue
        text = el.text_content()
        title = heading.text_content()
        words = len(text.split())
        if words > LINK_BOX_MAX_WORDS or len(title.split()) > 6 or words - len(title.split()) < 6:
            continue
        links = sum(len(a.text_content()) for a in el.iter("a") if not any(h is heading for h in a.iterancestors()))
        if links >= LINK_BOX_SHARE * (len(text) - len(title)) and not any(
            _prose(p.text_content()) and _link_share(p) < 0.5 and next(p.iterancestors("a"), None) is None
            for p in el.iter("p")
        ):  # a teaser's summary inside its card's link is no paragraph of the article's
            out.append(el)
    return out


CONTROL_BOXES = True  # see _control_box
CONTROL_BOX_MAX_WORDS = 100  # a widget's pitch, policy and labels; a recipe card with a print button has more
_CONTROLS = ("form", "input", "button", "textarea", "select")


def _control_box(box: lxml_html.HtmlElement) -> bool:
    """Whether ``box``, which holds form controls (a newsletter's sign-up, a comment section's "Show comments", a
    search field), is a widget in the article's container: it has at most one prose paragraph outside links (its pitch
    or a comment policy), not the article's paragraphs around a "Read more" button."""
    if len(box.text_content().split()) > CONTROL_BOX_MAX_WORDS:
        return False
    prose = 0
    for p in box.iter("p", "li"):
        text = p.text_content()
        prose += _prose(text) and not _link_heavy(p, text) and next(p.iterancestors("a"), None) is None
    return prose <= 1


def _prose_after(el: lxml_html.HtmlElement, frame: lxml_html.HtmlElement) -> bool:
    """Whether a prose paragraph of ``frame`` comes after ``el``: ``el`` sits among the article's paragraphs. (A
    widget after the last one is left to the text rules, which read a comment form's "Leave a Reply" as the
    article's end and drop what follows.)"""
    node = el
    while node is not frame and node is not None:
        for sibling in node.itersiblings():
            if sibling.tag == "p" and _prose(sibling.text_content()):
                return True
        node = node.getparent()
    return False


TEASER_CARD_BOXES = True  # see _teaser_cards
TEASER_CARDS_MIN = 2


def _teaser_cards(box: lxml_html.HtmlElement) -> bool:
    """Whether ``box`` is a list of teaser cards: ``TEASER_CARDS_MIN`` or more headings, each a whole link (a
    story's title), and no prose paragraph outside a link (the cards' summaries are a line each, or linked too).
    ``_link_boxes``'s share of link text misses them: a summary line under each title outweighs the links."""
    headings = list(box.iter(*_BOX_HEADINGS))
    if len(headings) < TEASER_CARDS_MIN or len(box.text_content().split()) > LINK_BOX_MAX_WORDS:
        return False
    for h in headings:
        if next(h.iterancestors("a"), None) is None and _link_share(h) < 0.9:
            return False
    return not any(_prose(p.text_content()) and next(p.iterancestors("a"), None) is None for p in box.iter("p"))


def _link_share(el: lxml_html.HtmlElement) -> float:
    """The share of ``el``'s text that is the text of its links."""
    text = len(el.text_content())
    return _link_chars(el) / text if text else 0.0


def _linked_paragraphs(el: lxml_html.HtmlElement) -> bool:
    """Whether ``el``'s paragraphs are mostly link text (a list of stories), measured on its ``<p>``s only: a box
    of related links among an article's paragraphs does not make the article a list."""
    texts = links = 0
    for p in el.iter("p"):
        texts += len(p.text_content())
        links += _link_chars(p)
    return links > LINK_HEAVY_SHARE * texts


def _bare_wrapper(el: lxml_html.HtmlElement) -> bool:
    """Whether ``el``'s text is its one ``<p>``'s: a paragraph's wrapper, not a comment (a name, a date, "Reply")
    or a teaser card (a title) around one."""
    p = next(el.iterchildren("p"))
    return len(el.text_content().split()) == len(p.text_content().split())


def _frame_of(
    own: dict[lxml_html.HtmlElement, int], counts: dict[lxml_html.HtmlElement, int]
) -> tuple[lxml_html.HtmlElement | None, int]:
    """``_article_frame`` from each container's prose paragraphs (``own``) and all its paragraphs (``counts``)."""
    prose = dict(own)
    for el, n in own.items():
        grand = el.getparent() if n == 1 and counts[el] == 1 else None
        if grand is not None and _bare_wrapper(el):  # a wrapper of one paragraph, and nothing else
            prose[grand] = prose.get(grand, 0) + 1
    if not prose:
        return None, NO_FRAME
    best = max(prose, key=prose.__getitem__)
    if prose[best] < FRAME_MIN_PROSE or _outside_article(best) or _linked_paragraphs(best):
        return None, NO_FRAME
    inside: dict[lxml_html.HtmlElement, int] = {}
    for el, n in own.items():  # a rail of teaser cards, one paragraph to a card, does not count
        if n >= FRAME_DENSE_MIN:
            for a in (el, *el.iterancestors()):
                inside[a] = inside.get(a, 0) + n
    frame = best
    for a in best.iterancestors():
        if a.tag in ("body", "html"):
            break
        if inside.get(a, 0) >= FRAME_GROW * inside.get(frame, prose[best]):
            frame = a
    parent = frame.getparent()
    lead = FRAME_LEAD_PARAGRAPHS and parent is not None and parent.tag not in ("body", "html")
    if lead and own.get(parent, 0) and _next_to_prose(frame):
        frame = parent  # the body's opening paragraphs, written before the wrapper of the rest
    if prose[best] >= FRAME_STRONG_PROSE:
        return frame, STRONG_FRAME
    held = sum(n for el, n in own.items() if el is frame or frame in el.iterancestors())
    return (frame, WEAK_FRAME) if held >= FRAME_WEAK_SHARE * sum(own.values()) else (None, NO_FRAME)


FRAME_LEAD_PARAGRAPHS = True  # see _next_to_prose


def _next_to_prose(el: lxml_html.HtmlElement) -> bool:
    """Whether the nearest sibling with text before or after ``el`` is a prose ``<p>``: the article's paragraphs
    go on outside the frame (a lead written before the wrapper of the rest, say), in its parent."""
    for sibling in (el.itersiblings(preceding=True), el.itersiblings()):
        for node in sibling:
            text = node.text_content() if isinstance(node.tag, str) else ""
            if text.strip():
                if node.tag == "p" and _prose(text) and not _link_heavy(node, text):
                    return True
                break
    return False


def _densest_paragraphs(counts: dict[lxml_html.HtmlElement, int]) -> list[str]:
    """The blocks of the element with the most ``<p>`` children (or wrappers of one ``<p>`` each: a body whose
    paragraphs sit in a ``<div>`` of their own), if it can be an article's body (five or more paragraphs, few
    links, not in comments or an aside): what ``_missed`` falls back to."""
    if not counts:
        return []
    score = dict(counts)
    for el, n in counts.items():
        grand = el.getparent() if n == 1 else None  # a wrapper of one paragraph
        if grand is not None:
            score[grand] = score.get(grand, 0) + 1
    best = max(score, key=score.__getitem__)
    if score[best] < FALLBACK_MIN_PARAGRAPHS or _outside_article(best):
        return []
    text = best.text_content()
    if _link_heavy(best, text):
        return []  # a list of stories
    out: list[str] = []
    taken: set[lxml_html.HtmlElement] = set()
    for el in best.iter(*_FALLBACK_TAGS):
        if any(a in taken for a in _ancestors_below(el, best)):
            continue  # a paragraph in a quote or a list's item is part of it
        taken.add(el)
        out.append(" ".join(el.text_content().split()))
    return [t for t in out if t]


def _ancestors_below(el: lxml_html.HtmlElement, top: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    for node in el.iterancestors():
        if node is top:
            return
        yield node


def _outside_article(el: lxml_html.HtmlElement) -> bool:
    """Whether ``el`` sits in a part of the page that is no article's body: comments, an aside, a footer (by its
    tag, class or id, or an ancestor's below ``<body>``)."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False  # their classes describe the page's layout ("one-sidebar"), not a part of it
        if node.tag in ("aside", "nav", "footer", "form"):
            return True
        names = f"{node.get('id') or ''} {node.get('class') or ''}"
        if names != " " and _NOT_ARTICLE_RE.search(names):
            return True
    return False


def _missed(dense: list[str], blocks: list[str]) -> bool:
    """Whether the extractor read some other part of the page than the densest container of paragraphs: it has
    under ``FALLBACK_READ_SHARE`` of that container's prose paragraphs and under half its length. It happens when
    the article's container has a class or id the extractor takes for page furniture ("author", "tags", "embed",
    "meta", an id starting "premium"): it then reads teasers or nothing."""
    prose = [t for t in dense if _prose(t)]
    if len(prose) < FALLBACK_MIN_PARAGRAPHS:
        return False
    body = "\n".join(blocks)
    if sum(len(t) for t in dense) < FALLBACK_LENGTH_RATIO * len(body):
        return False
    return sum(t in body for t in prose) < FALLBACK_READ_SHARE * len(prose)


def _hover_card(img: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The hidden preview card ``img`` opens, if it is one: shown on hover, read by extractors mid-sentence.

    A card is the outermost inline element inside a ``<p>`` that opens with the picture and whose text is
    nearly all links; the paragraph around it must have words of its own (a paragraph that is only a linked
    picture and its caption is left alone).
    """
    card, node = None, img
    while True:
        parent = node.getparent()
        if parent is None or parent.tag not in _INLINE_TAGS or (parent.text or "").strip() or parent[0] is not node:
            break
        card = node = parent
    if card is None:
        return None
    para = next(card.iterancestors("p"), None)
    if para is None:
        return None
    links = [a.text_content() for a in card.iter("a")]
    text = card.text_content()
    if (
        sum(1 for t in links if t.strip()) < HOVER_CARD_MIN_LINKS
        or sum(len(t) for t in links) < HOVER_CARD_LINK_SHARE * len(text)
        or len(para.text_content().split()) - len(text.split()) < HOVER_CARD_MIN_WORDS_AROUND
    ):
        return None
    return card


def _shown_as_dek(tree: lxml_html.HtmlElement, description: str | None) -> str | None:
    """The description when the page prints it as a sub-heading (an h2-h6 or a line of the article's <header>).

    Extractors keep such a standfirst as the first paragraph; a description that is only the opening ``<p>`` of
    the body is the lede and stays.
    """
    if not description or len(description.split()) < 4:
        return None
    want = " ".join(re.findall(r"\w+", description.lower()))
    for el in tree.iter("h2", "h3", "h4", "h5", "h6", "header"):
        if el.tag == "header":  # its lines are parts of its text: none can be the dek if the whole cannot hold it
            candidates = list(el.iter("p", "div", "span")) if may_hold_words(el.text_content(), want) else []
        else:
            candidates = [el]
        for node in candidates:
            text = node.text_content()
            if (
                len(text) < len(want) * 2 + 40
                and may_hold_words(text, want)
                and " ".join(re.findall(r"\w+", text.lower())) == want
            ):
                return " ".join(text.split())
    return None


def may_hold_words(text: str, words: str) -> bool:
    """False when no part of ``text`` can have the lower-cased ``\\w+`` words ``words`` (joined by single spaces):
    a cheap test before finding and joining a text's words. The first word must be in the lower-cased text. In
    ASCII text (lower-casing keeps its length, and its words are parts of it with a space or more between them)
    all the words must fit too. In other text only an ASCII first word is looked for: lower-casing is one
    character at a time but for a final sigma, so a part's ASCII words are in the whole text's lower case."""
    first = words.split(" ", 1)[0]
    if text.isascii():
        return len(text) >= len(words) and first in text.lower()
    return not first.isascii() or first in text.lower()


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _split_title(title: str | None, site: str | None) -> tuple[str | None, str | None]:
    """ "Headline - Site Name" -> ("Headline", "Site Name") when the tail names the site."""
    if not title:
        return None, None
    title = re.sub(r"\s+", " ", title).strip()
    parts = _TITLE_SEP_RE.split(title)
    if len(parts) < 2:
        return title, None
    tail = parts[-1].strip()
    site_words = _words(site)
    tail_is_site = (site_words and _words(tail) <= site_words | {"www", "com"}) or (
        len(tail.split()) <= 4 and len(" ".join(parts[:-1]).split()) >= 3
    )
    if tail_is_site:
        head = title[: title.rfind(tail)].rstrip(" |–—:•»-")
        return head.strip(), re.sub(r"^www\.", "", tail)
    return title, None


def _choose_title(
    title_text: str | None, page_title: str | None, h1s: list[str], site: str | None
) -> tuple[str | None, str | None]:
    """The visible headline (an h1 that agrees with the page's declared title), else the declared title.

    Returns the title and what the page title's tail says the site is called.
    """
    declared, _ = _split_title(title_text, site)
    _, suffix = _split_title(page_title, site)
    reference = _words(title_text) | _words(page_title)
    site_words = _words(site) | _words(suffix)
    best, best_score = None, 0.0
    for h1 in h1s:
        h1 = re.sub(r"\s+", " ", h1).strip()
        words = _words(h1)
        if len(words) < 3 or (site_words and words <= site_words):
            continue
        score = len(words & reference) / len(words)
        if score > best_score:
            best, best_score = h1, score
    candidates = [h for h in h1s if len(_words(h)) >= 3 and not (site_words and _words(h) <= site_words)]
    if best is not None and (best_score >= 0.3 or len(candidates) == 1):
        return best, suffix
    return declared, suffix


def _site_name(declared: str | None, title_suffix: str | None) -> str | None:
    """The site's name: what it declares, or the fuller form its page titles end with ("nj" -> "nj.com")."""
    if declared and title_suffix and declared.islower():  # a slug ("nj", "cleveland"), not a written name
        a = re.sub(r"\W+", "", declared.lower())
        b = re.sub(r"\W+", "", title_suffix.lower())
        if a and b.startswith(a) and len(b) > len(a) and len(title_suffix.split()) <= 3:
            return title_suffix
    return declared or title_suffix


def _twitter_site(meta: dict[str, str]) -> str | None:
    value = meta.get("twitter:site")
    return value.lstrip("@") if value else None


def _htmldate(tree: lxml_html.HtmlElement, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S")
    except Exception:  # htmldate is best effort: a page without a date is fine
        return None
