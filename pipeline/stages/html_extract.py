"""HTML to main text and page metadata: the steps around the extractor, in ``extract_html``.

The body comes from trafilatura (its own extraction, without the fallback extractors and without the comment
section: both measured better and faster on the extraction benchmark). The page is parsed once with lxml and
the tree is shared by the metadata readers (``html_meta``). A description the page prints as a sub-heading (the
dek) is reported so the text rules can take it out of the body; one that is only the opening paragraph stays. An
article body split into sibling chunks (around ads) is read to its end: trafilatura keeps only the first chunk.
Before extraction a page laid out in tables gets plain containers and hover cards nested in sentences go
(``_tidy_tree``), and bare prose among a container's paragraphs gets ``<p>``s of its own (``_wrap_loose_text``);
after it, the blocks that are each a whole link are marked so the text rules can drop runs of them (teaser
boxes the extractor kept), and when the extractor read some other part of the page than the densest container
of paragraphs (it took the article's container for furniture) that container's blocks are the body. The
article's container found from the page's structure (``html_frame.article_frame``: prose paragraphs, not names)
is marked for the extractor, whose content area must hold it or sit in it: on a site whose class names and tags
mean nothing to the extractor it otherwise reads every paragraph of the page, or a teaser. Prose list items count
as paragraphs, a lead written before the wrapper of the rest joins the frame, and a page with no frame of
``<p>``s gets the container with the most runs of bare prose (``html_frame.loose_frame``: text between
``<br>``s). Boxes in the frame that are a heading over links, teaser cards with linked titles, or a widget with
form controls among the paragraphs go before extraction (``html_frame.link_boxes``).
Metadata is read from what pages state for machines first (Open Graph, ``article:*`` meta, JSON-LD), which
carries full times with zones, and htmldate is asked only when those say nothing (``html_meta``).

Speed (issue 6): the tree comes from ``trafilatura_fast``, which gives trafilatura's tree and body text for our
options at less CPU (tests/stages/test_html_fast_path.py compares them with the library calls).
"""

from __future__ import annotations

import html as html_lib
import re
from itertools import islice
from typing import Any

from lxml import html as lxml_html

from pipeline.stages.html_frame import (
    LOOSE_BLOCKS,
    LOOSE_CONTAINERS,
    article_frame,
    densest_paragraphs,
    gallery_captions,
    is_prose,
    link_boxes,
    link_heavy,
    loose_frame,
    missed,
    paragraph_parents,
)
from pipeline.stages.html_meta import (
    META_AUTHOR,
    META_DATE_PUBLISHED,
    META_DATE_UPDATED,
    META_SITE,
    choose_title,
    first_meta,
    htmldate_published,
    json_ld,
    marked_dek,
    meta_tags,
    shown_as_dek,
    site_name,
    split_authors,
    twitter_site,
)
from pipeline.stages.neighbour_rules import LINKED_RUN_MIN
from pipeline.stages.trafilatura_fast import FRAME_ATTR, NO_FRAME, body_text, parse

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


# switches for extract_html's steps that use the article's frame (html_frame finds it and its boxes)
MARK_FRAME = True  # measured on both quarters of the dev half and the robustness sets (see article_frame)
LOOSE_FRAME = True  # see loose_frame
DROP_LINK_BOXES = True  # fires on 3 dev pages (boxes the extractor dropped anyway); robustness sets: 2 pages fixed
DENSEST_FALLBACK = True  # fires on no page of the dev half; a guard against reading the wrong part of a page


def extract_html(html: str, url: str | None = None) -> dict[str, Any]:
    """Main text blocks, the page's visible lines, and metadata (title, authors, dates, site, language)."""
    tree = parse(html)
    if tree is None:
        lines = page_lines(html)
        return {"blocks": lines, "page_lines": lines}
    meta = meta_tags(tree)
    ld = json_ld(tree)
    lang = tree.get("lang") or meta.get("og:locale") or meta.get("content-language")
    title_el = tree.find(".//title")
    page_title = title_el.text_content().strip() if title_el is not None else None
    lines = page_lines(html)
    published = ld.get("datePublished") or first_meta(meta, META_DATE_PUBLISHED) or meta.get("time-element")
    if not published:
        published = htmldate_published(tree, url)  # before extraction, which prunes the tree
    h1s = [h.text_content().strip() for h in tree.iterfind(".//h1")]
    description = ld.get("description") or meta.get("og:description") or meta.get("description")
    dek = shown_as_dek(tree, description) or shown_as_dek(tree, ld.get("alternativeHeadline")) or marked_dek(tree)
    if GALLERY_CAPTIONS and (captions := _captions_as_paragraphs(tree)):  # (before the frame is sought)
        lines = [part for line in lines for part in captions.get(line, (line,)) if part]
    parents = paragraph_parents(tree)  # before extraction, which prunes the tree
    chunks = _chunk_groups(tree, parents) if CONTINUE_CHUNKS else []
    _tidy_tree(tree)  # before extraction
    if WRAP_LOOSE_TEXT:
        _wrap_loose_text(parents)
    dense = densest_paragraphs(parents) if DENSEST_FALLBACK else []
    frame, framed = article_frame(parents) if MARK_FRAME else (None, NO_FRAME)
    if frame is None and MARK_FRAME and LOOSE_FRAME:
        frame, framed = loose_frame(tree)
    if frame is not None:
        frame.set(FRAME_ATTR, "")  # the extractor's content area must hold it or sit in it
        if DROP_LINK_BOXES:
            for box in link_boxes(frame):
                box.drop_tree()
    text = body_text(tree, url, framed=framed)  # prunes the tree: last
    blocks = [" ".join(ln.split()) for ln in text.split("\n")]
    blocks = [b for b in blocks if b and b != url]
    blocks += _continuation(chunks, blocks)
    if dense and missed(dense, blocks):
        blocks = dense
    blocks = _ld_paragraphs(blocks, ld.get("articleBody"))
    linked = _linked_blocks(html, blocks) if FLAG_LINKED_BLOCKS else []
    site = first_meta(meta, META_SITE) or ld.get("publisher")
    title_text = ld.get("headline") or meta.get("og:title") or meta.get("twitter:title") or page_title
    title, suffix = choose_title(title_text, page_title, h1s, site)
    updated = ld.get("dateModified") or first_meta(meta, META_DATE_UPDATED)
    authors = ld.get("author") or split_authors(first_meta(meta, META_AUTHOR))
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
        "sitename": site_name(site, suffix) or twitter_site(meta),
        "language": lang.strip() if isinstance(lang, str) else None,
    }


GALLERY_CAPTIONS = True  # see html_frame.gallery_captions


def _captions_as_paragraphs(tree: lxml_html.HtmlElement) -> dict[str, tuple[str, str, str]]:
    """A photo gallery's figures become paragraphs of their captions' sentences (the extractor drops figures).

    Returns each caption's page line with its parts: the page's lines list the counter and credit as removed."""
    out = {}
    for figure, parts in gallery_captions(tree):
        para = lxml_html.Element("p")
        para.text = parts[1]
        para.tail = figure.tail
        figure.getparent().replace(figure, para)
        out[" ".join(" ".join(parts).split())] = parts
    return out


def _ld_paragraphs(blocks: list[str], body: object) -> list[str]:
    """The JSON-LD ``articleBody``'s own paragraphs when the extracted text is that body run into one block (a page
    whose article is drawn by script: the extractor reads the JSON-LD and joins its paragraphs)."""
    if len(blocks) != 1 or not isinstance(body, str) or "\n" not in body:
        return blocks
    paragraphs = [" ".join(p.split()) for p in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    return paragraphs if " ".join(paragraphs) == blocks[0] else blocks


CONTINUE_CHUNKS = True  # measured on the dev half of the extraction benchmark: recall up, precision unchanged
CHUNK_MIN_PROSE = 3  # prose paragraphs of a container that make it a chunk of the article, however many links


def _chunk_groups(
    tree: lxml_html.HtmlElement, counts: dict[lxml_html.HtmlElement, int] | None = None
) -> list[list[list[str]]]:
    """Paragraphs of sibling containers that share one class: an article body split into chunks (around ads).

    Returns, per group, each container's prose paragraphs in document order. A container with its own heading
    or mostly link text is a teaser in a list of stories, and breaks the group, unless it has
    ``CHUNK_MIN_PROSE`` prose paragraphs (a chunk of the article with a sub-heading or a box of related links
    in it). ``counts`` is ``paragraph_parents(tree)`` when the caller has it.
    """
    parents: dict[tuple[str, str], list[lxml_html.HtmlElement]] = {}
    for parent in paragraph_parents(tree) if counts is None else counts:
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
            prose = [t for t in paras if is_prose(t)]
            if len(prose) < CHUNK_MIN_PROSE:  # a chunk of the article may hold a sub-heading or a box of links
                if next(m.iter("h1", "h2", "h3"), None) is not None:
                    group = []
                    break
                text = " ".join(m.text_content().split())
                if text and link_heavy(m, text):
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


WRAP_LOOSE_TEXT = True  # measured on both quarters of the dev half: one page's opening paragraph back, no other
BARE_MIN_SIBLING_PARAGRAPHS = 2  # <p>s next to a container of bare prose that make it a paragraph too


def _wrap_loose_text(parents: dict[lxml_html.HtmlElement, int]) -> None:
    """Put each run of bare prose among a container's ``<p>``s in a ``<p>`` of its own: the text before the
    container's first block, or after one of its blocks, with the inline elements up to the next block.

    Once a page has enough ``<p>`` text the extractor reads only known blocks (paragraphs, headings, lists,
    line breaks' tails): a paragraph written straight into a ``<div>``/``<section>`` next to ``<p>``s, or a
    section's opening lines before its first heading, would be dropped. Only containers with a ``<p>`` of their
    own are looked at (the walk is over paragraphs). A container that is all bare prose becomes a ``<p>`` only
    next to ``<p>``s (``_bare_paragraphs``): anywhere else it is mostly a teaser's summary or a caption (measured
    worse on the dev half). A line break's tail is read already; runs under ``html_frame.LOOSE_MIN_WORDS`` words
    or not ending a sentence (labels, dates, "Read more") stay as they are.
    """
    runs: list[tuple[lxml_html.HtmlElement, int]] = []
    bare: list[lxml_html.HtmlElement] = []
    for el in parents:
        if el.tag not in LOOSE_CONTAINERS:
            continue
        if el.text and not el.text.isspace():
            runs.append((el, -1))
        kids = list(el)
        for k, child in enumerate(kids):
            if child.tail and child.tag in LOOSE_BLOCKS and child.tag != "br" and not child.tail.isspace():
                runs.append((el, k))
        if parents[el] >= BARE_MIN_SIBLING_PARAGRAPHS:
            bare += _bare_paragraphs(kids)
    for div in bare:  # a paragraph written as a bare container next to <p>s
        div.tag = "p"
    for el, k in reversed(runs):  # a container's later runs first: the indices of its earlier ones stay
        start = end = k + 1
        while end < len(el) and el[end].tag not in LOOSE_BLOCKS:
            end += 1
        head = el.text if k < 0 else el[k].tail
        members = el[start:end]
        if not is_prose(head + "".join(m.text_content() + (m.tail or "") for m in members)):
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
            if el.tag in LOOSE_CONTAINERS and next(el.iterdescendants(*LOOSE_BLOCKS), None) is None:
                text = el.text_content()
                found[k] = is_prose(text) and not link_heavy(el, text)
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
