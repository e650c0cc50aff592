"""The article's container found from the page's structure (prose paragraphs, not class names), and the boxes
in it that are no part of the article: what ``html_extract`` marks for the extractor, or falls back to when the
extractor read some other part of the page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import html as lxml_html

from pipeline.stages.trafilatura_fast import NO_FRAME, STRONG_FRAME, WEAK_FRAME

LOOSE_MIN_WORDS = 10  # of a run of bare text: a paragraph, not a label ("Advertisement", a date)
_PROSE_END = (".", "!", "?", "”", '"', "’")
# the containers bare prose is written straight into, and the blocks that end a run of it (for loose_frame here
# and for html_extract's wrapping of bare prose in <p>s)
LOOSE_CONTAINERS = frozenset({"div", "section", "article", "main", "center"})
LOOSE_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "center", "header", "footer", "aside", "nav", "figure", "table"}
    | {"ul", "ol", "dl", "blockquote", "pre", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "iframe"}
)


LINK_HEAVY_SHARE = 0.3  # of a container's text in its links: more is a list of stories, not the article's text


def _link_chars(el: lxml_html.HtmlElement) -> int:
    """Characters of ``el``'s text inside its links."""
    return sum(len(a.text_content()) for a in el.iter("a"))


def link_heavy(el: lxml_html.HtmlElement, text: str) -> bool:
    """Whether more than ``LINK_HEAVY_SHARE`` of ``text`` (``el``'s text) is the text of its links: a list of
    stories, not the article's text (for the frame here, and for html_extract's chunks and bare paragraphs)."""
    return _link_chars(el) > LINK_HEAVY_SHARE * len(text)


def is_prose(text: str | None) -> bool:
    """Whether ``text`` reads as a paragraph of prose: ``LOOSE_MIN_WORDS`` words or more, ending a sentence. What
    every structural test counts (the frame's paragraphs, an article's chunks, bare prose to wrap in a ``<p>``).

    Called on every paragraph of a page, so no word list is made: the last word ends the text without its
    trailing white space (``rstrip`` and ``split`` agree on what white space is), and a split that stops after
    ``LOOSE_MIN_WORDS`` words counts far enough."""
    return (
        bool(text)
        and text.rstrip().endswith(_PROSE_END)
        and len(text.split(None, LOOSE_MIN_WORDS - 1)) >= LOOSE_MIN_WORDS
    )


def paragraph_parents(tree: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, int]:
    """Each element with ``<p>`` children, and how many it has (in document order). Read once, before the
    extractor prunes the tree, and shared by the frame, the fallback body and html_extract's chunk finder."""
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


def article_frame(counts: dict[lxml_html.HtmlElement, int]) -> tuple[lxml_html.HtmlElement | None, int]:
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
        n = sum(1 for p in el.iterchildren("p") if is_prose(p.text_content()))
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
        n += is_prose(text) and not link_heavy(li, text)
    return n


def loose_frame(tree: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement | None, int]:
    """The article's container on a page with no frame of ``<p>``s: the container with the most runs of bare
    prose among its children (text between line breaks and blocks, with the inline elements in it), and how
    sure it is (``STRONG_FRAME`` from ``FRAME_STRONG_PROSE`` runs). An article written straight into a
    ``<div>`` with ``<br>``s gives the extractor nothing to find it by once its names mean nothing: it then
    reads the page's teaser lists."""
    best, most = None, 0
    for el in tree.iter(*LOOSE_CONTAINERS, "span", "font", "td"):
        n = _loose_prose_runs(el)
        if n > most:
            best, most = el, n
    if best is not None and best.tag not in LOOSE_CONTAINERS:  # text in a <span> with line breaks: its block
        best = next(best.iterancestors(*LOOSE_CONTAINERS), None)
    if best is None or most < FRAME_MIN_PROSE or _outside_article(best) or link_heavy(best, best.text_content()):
        return None, NO_FRAME
    return best, STRONG_FRAME if most >= FRAME_STRONG_PROSE else WEAK_FRAME


def _loose_prose_runs(el: lxml_html.HtmlElement) -> int:
    """How many runs of ``el``'s own text (split at its block children and line breaks) are prose."""
    runs = 0
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str) or child.tag in LOOSE_BLOCKS:
            runs += is_prose("".join(parts))
            parts = [child.tail or ""]
        else:
            parts += (child.text_content(), child.tail or "")
    return runs + is_prose("".join(parts))


LINK_BOX_SHARE = 0.7  # of a box's text under its heading in links: a list of other stories
LINK_BOX_MAX_WORDS = 300
_BOX_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def link_boxes(frame: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
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
            is_prose(p.text_content()) and _link_share(p) < 0.5 and next(p.iterancestors("a"), None) is None
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
        prose += is_prose(text) and not link_heavy(p, text) and next(p.iterancestors("a"), None) is None
    return prose <= 1


def _prose_after(el: lxml_html.HtmlElement, frame: lxml_html.HtmlElement) -> bool:
    """Whether a prose paragraph of ``frame`` comes after ``el``: ``el`` sits among the article's paragraphs. (A
    widget after the last one is left to the text rules, which read a comment form's "Leave a Reply" as the
    article's end and drop what follows.)"""
    node = el
    while node is not frame and node is not None:
        for sibling in node.itersiblings():
            if sibling.tag == "p" and is_prose(sibling.text_content()):
                return True
        node = node.getparent()
    return False


TEASER_CARD_BOXES = True  # see _teaser_cards
TEASER_CARDS_MIN = 2


def _teaser_cards(box: lxml_html.HtmlElement) -> bool:
    """Whether ``box`` is a list of teaser cards: ``TEASER_CARDS_MIN`` or more headings, each a whole link (a
    story's title), and no prose paragraph outside a link (the cards' summaries are a line each, or linked too).
    ``link_boxes``'s share of link text misses them: a summary line under each title outweighs the links."""
    headings = list(box.iter(*_BOX_HEADINGS))
    if len(headings) < TEASER_CARDS_MIN or len(box.text_content().split()) > LINK_BOX_MAX_WORDS:
        return False
    for h in headings:
        if next(h.iterancestors("a"), None) is None and _link_share(h) < 0.9:
            return False
    return not any(is_prose(p.text_content()) and next(p.iterancestors("a"), None) is None for p in box.iter("p"))


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


def _with_wrappers(
    counts: dict[lxml_html.HtmlElement, int], is_wrapper: Callable[[lxml_html.HtmlElement], bool]
) -> dict[lxml_html.HtmlElement, int]:
    """``counts`` with each wrapper of one paragraph (that ``is_wrapper`` accepts) also counted for its parent: a
    body whose paragraphs each sit in a ``<div>`` of their own is the parent of those divs."""
    score = dict(counts)
    for el, n in counts.items():
        parent = el.getparent() if n == 1 and is_wrapper(el) else None
        if parent is not None:
            score[parent] = score.get(parent, 0) + 1
    return score


def _frame_of(
    own: dict[lxml_html.HtmlElement, int], counts: dict[lxml_html.HtmlElement, int]
) -> tuple[lxml_html.HtmlElement | None, int]:
    """``article_frame`` from each container's prose paragraphs (``own``) and all its paragraphs (``counts``)."""
    prose = _with_wrappers(own, lambda el: counts[el] == 1 and _bare_wrapper(el))  # one paragraph, nothing else
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
                if node.tag == "p" and is_prose(text) and not link_heavy(node, text):
                    return True
                break
    return False


FALLBACK_MIN_PARAGRAPHS = 5  # prose paragraphs in one container: an article's body
FALLBACK_READ_SHARE = 0.3  # of them in the extracted text: below it, the extractor read some other part
FALLBACK_LENGTH_RATIO = 2.0  # the container's text over the extracted text's
_FALLBACK_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")  # the blocks of the fallback body


def densest_paragraphs(counts: dict[lxml_html.HtmlElement, int]) -> list[str]:
    """The blocks of the element with the most ``<p>`` children (or wrappers of one ``<p>`` each: a body whose
    paragraphs sit in a ``<div>`` of their own), if it can be an article's body (five or more paragraphs, few
    links, not in comments or an aside): the body html_extract falls back to when the extractor ``missed`` it."""
    if not counts:
        return []
    score = _with_wrappers(counts, lambda el: True)
    best = max(score, key=score.__getitem__)
    if score[best] < FALLBACK_MIN_PARAGRAPHS or _outside_article(best):
        return []
    text = best.text_content()
    if link_heavy(best, text):
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


_NOT_ARTICLE_RE = re.compile(r"comment(?!ary)|disqus|repl(?:y|ies)|respond|forum|sidebar|related|footer", re.I)


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


def missed(dense: list[str], blocks: list[str]) -> bool:
    """Whether the extractor read some other part of the page than the densest container of paragraphs: it has
    under ``FALLBACK_READ_SHARE`` of that container's prose paragraphs and under half its length. It happens when
    the article's container has a class or id the extractor takes for page furniture ("author", "tags", "embed",
    "meta", an id starting "premium"): it then reads teasers or nothing."""
    prose = [t for t in dense if is_prose(t)]
    if len(prose) < FALLBACK_MIN_PARAGRAPHS:
        return False
    body = "\n".join(blocks)
    if sum(len(t) for t in dense) < FALLBACK_LENGTH_RATIO * len(body):
        return False
    return sum(t in body for t in prose) < FALLBACK_READ_SHARE * len(prose)


# A photo gallery's captions carry its text: most of the page's prose is in its figures' captions, each a sentence
# with a counter and a credit ("3/8 Crowds line the quay at dawn. Photo: Jane Roe"). The extractor drops every
# <figure> (and a caption is furniture in an ordinary article, beside paragraphs that say more than it).
GALLERY_MIN_CAPTIONS = 3
GALLERY_CAPTION_SHARE = 0.5  # of the page's prose words (captions and <p>s outside figures) in captions
_COUNTER_RE = re.compile(r"^\s*(?:\d{1,3}\s*(?:/|of)\s*\d{1,3})\b\s*[:.|–—-]?\s*", re.I)
_CREDIT_RE = re.compile(
    r"\s*[(\[]?\s*(?:photo(?:graph)?s?|pictures?|images?|pic|credit)(?: credit)?\s*(?::|/|by\b)\s*[^.!?()\[\]]{1,60}"
    r"[)\]]?\s*$",
    re.I,
)


def caption_parts(text: str) -> tuple[str, str, str]:
    """A caption's gallery counter in front, its own words, and the photographer's credit behind (each may be "")."""
    text = " ".join(text.split())
    counter = _COUNTER_RE.match(text)
    head = counter.group(0) if counter else ""
    credit = _CREDIT_RE.search(text, len(head))
    tail = credit.group(0) if credit else ""
    return head.strip(), text[len(head) : len(text) - len(tail)], tail.strip()


def gallery_captions(tree: lxml_html.HtmlElement) -> list[tuple[lxml_html.HtmlElement, tuple[str, str, str]]]:
    """Each figure of a photo gallery with its caption's parts (``caption_parts``), or nothing when the page is no
    gallery: fewer than ``GALLERY_MIN_CAPTIONS`` captions are prose, or paragraphs outside the figures say more."""
    captions = []
    for cap in tree.iter("figcaption"):
        parts = caption_parts(cap.text_content())
        if is_prose(parts[1]):
            captions.append((next(cap.iterancestors("figure"), cap), parts))
    if len(captions) < GALLERY_MIN_CAPTIONS:
        return []
    caption_words = sum(len(parts[1].split()) for _, parts in captions)
    prose_words = 0
    for p in tree.iter("p"):
        if next(p.iterancestors("figure", "figcaption"), None) is None and is_prose(text := p.text_content()):
            prose_words += len(text.split())
    return captions if caption_words >= GALLERY_CAPTION_SHARE * (caption_words + prose_words) else []
