"""Rules where a block's neighbours decide what shape alone cannot, applied by ``boilerplate.classify``.

A sentence over a photographer's credit is a caption; a photo described twice (alt text, then caption) is both
furniture; Title Case lines in a run, or lines that are each a whole link, are a list of other stories; the blurbs
of a "More stories" box close with a card's furniture; header lines of one pattern open a comment thread; a lone
sentence between furniture below the article is the furniture's own pitch; a short paragraph above the byline is
the dek. Each function marks ``Block.reason`` in place and says why in the reason it sets.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from pipeline.stages.page_regions import DEK_MAX_PARAGRAPHS, LIST_ITEM_RE, is_flush
from pipeline.stages.text_blocks import BULLET_CHARS, Block

if TYPE_CHECKING:
    from pipeline.stages.boilerplate import Stripped

# A caption's closing credit on the caption's own line: "... in Delhi on Nov. 3. Getty", "... of Titan. (NASA/JPL)"
_CREDIT_TAIL_RE = re.compile(
    r"\w{2}[.!?][\"”’)]?\s+(?:[A-Z][\w&.'’/-]*(?: [A-Z][\w&.'’/-]*)?|\(\s*[A-Z][^()]{1,50}\)"
    r"|(?:[A-Z][\w.'’-]+ ){1,3}?[A-Z][\w.'’-]+ ?/ ?[A-Z][\w&.-]+(?: [A-Z][\w&.-]+){0,2})\s*$"
)
# A credit on a line of its own that the furniture phrases do not know: "Courtesy of Jane Roe", "Photo by Jane Roe"
_CREDIT_LINE_RE = re.compile(r"^(?i:courtesy(?: of)?|photo(?:graph)? by|image by)\s.{2,60}$")
# Lines the caption phrases catch that are not the credit of the paragraph above them: BBC-style labels that
# precede their photo, graphics, sources of a table, gallery counters
_NOT_A_CREDIT_RE = re.compile(r"^\W*(?:image (?:copyright|caption|source)|media caption|graphic|source|\d)", re.I)
_CREDIT_SMALL_WORDS = frozenset({"of", "by", "for", "the", "and", "via", "de", "da", "del", "van", "von"})
CAPTION_MAX_WORDS = 70  # a caption set apart from the text by its margin
CAPTION_MAX_WORDS_SAME_MARGIN = 30  # a caption at the paragraphs' own margin
# a text set flush has no margin to tell a caption from a paragraph over a credited photo: the credit decides, up
# to a caption's length (a long paragraph over a credit is a review's text over its product shot)
FLUSH_CAPTIONS = True
CAPTION_MAX_WORDS_FLUSH = 50


def _bare_credit(b: Block) -> bool:
    """A photographer's or agency's credit and nothing else: "Jane Roe/Getty Images", "Image: Agency"."""
    if b.words > 6 or _NOT_A_CREDIT_RE.match(b.text) or "(" in b.text[1:]:
        return False
    if b.reason == "caption":
        lower = [w for w in re.findall(r"[^\W\d_][\w'’-]*", b.text) if w[0].islower() and w not in _CREDIT_SMALL_WORDS]
        return len(lower) <= 1
    return b.reason is None and _CREDIT_LINE_RE.match(b.text) is not None


def captions(blocks: list[Block]) -> None:
    """Photo captions: a short paragraph directly over its photographer's credit, or one ending in the credit.

    A caption reads like prose (it is a sentence or two), so only the credit beside it gives it away; a longer
    one must also sit at another margin than the text after it (a paragraph above a credited photo does not).
    """
    n = len(blocks)
    flush = FLUSH_CAPTIONS and n > 0 and is_flush(blocks)
    for i, b in enumerate(blocks):
        if b.reason is not None or not 6 <= b.words <= CAPTION_MAX_WORDS:
            continue
        if not b.ends_sentence and _CREDIT_TAIL_RE.search(b.text) and not _goes_on(blocks, i):
            b.reason = "caption"
            continue
        if i + 1 >= n or blocks[i + 1].words > 6 or not _bare_credit(blocks[i + 1]):
            continue
        if b.words > (CAPTION_MAX_WORDS_FLUSH if flush else CAPTION_MAX_WORDS_SAME_MARGIN):
            after = next((c for c in blocks[i + 2 : i + 6] if c.good), None)
            if after is None or after.indent == b.indent:
                continue
        b.reason = blocks[i + 1].reason = "caption"


def _goes_on(blocks: list[Block], i: int) -> bool:
    """Whether block ``i``'s last sentence goes on in the next block (it starts lower-case): "... already has.
    Ireland's" then "took the men's title ...", where a linked name was lost; a caption's credit ends its line."""
    following = next((c for c in blocks[i + 1 : i + 3] if c.words), None)
    return following is not None and following.text[:1].islower()


ALT_MIN_WORDS = 8


def alt_and_caption(blocks: list[Block]) -> None:
    """A photo's description printed twice in a row, as its alt text and as its caption (the one may stop short of
    the other, or add its credit, which the caption phrases may have caught): both are the figure's. An article
    does not repeat a paragraph back to back."""
    for a, b in zip(blocks, blocks[1:]):
        if a.reason not in (None, "caption") or b.reason not in (None, "caption") or a.reason == b.reason == "caption":
            continue
        if not ((a.prose or a.reason) and (b.prose or b.reason)):
            continue
        if min(a.words, b.words) < ALT_MIN_WORDS:
            continue
        short, long = (a.norm, b.norm) if len(a.norm) <= len(b.norm) else (b.norm, a.norm)
        # the same words at the same margin may be a paragraph pasted twice: its repeat goes, the paragraph stays
        if (long == short and a.indent != b.indent) or long.startswith(short + " "):
            a.reason = b.reason = "caption"


def trailing_teasers(blocks: list[Block]) -> None:
    """A bulleted run of three or more headlines closing an extractor's output: a "More stories" box it kept.

    A list the article announces (the line before it ends with a colon) or numbers stays.
    """
    body = [i for i, b in enumerate(blocks) if b.reason is None]
    run: list[int] = []
    for i in reversed(body):
        b = blocks[i]
        listed = b.text[:1] in BULLET_CHARS or b.label_like
        if listed and b.words <= 35 and not b.text.rstrip().endswith(":"):
            run.append(i)
        else:
            break
    if len(run) < 3:
        return
    before = blocks[run[-1] - 1] if run[-1] > 0 else None
    if before is not None and before.text.rstrip().endswith(":"):
        return
    if sum(_title_case(blocks[i]) or blocks[i].text[2:3].isupper() for i in run) < 0.8 * len(run):
        return
    if sum(blocks[i].ends_sentence for i in run) > 0.4 * len(run):
        return  # steps of a recipe, points of a summary: sentences, not headlines
    if sum(bool(LIST_ITEM_RE.search(blocks[i].text)) for i in run) >= 0.8 * len(run):
        return  # rows of data (dates, results), as in ``link_lists``
    for i in run:
        blocks[i].reason = "link-list"


LINKED_RUN_MIN = 3  # whole-link lines in a row: two are a "previous / next story" pair or a source and a quote
LINKED_LABEL_MAX_WORDS = 8
LINKED_PRICED_SHARE = 0.5  # of a run's lines with a price: the products a deals post is about (gold keeps them)
_PRICE_RE = re.compile(r"[$€£¥]\s?\d|\d\s?(?:€|£|\b(?:USD|EUR|GBP)\b)")


def linked_runs(blocks: list[Block], linked: frozenset[int]) -> None:
    """Runs of lines that are each a whole link to another page, anywhere in the text: a teaser box the
    extractor kept ("More stories", video teasers), with the short label over it.

    A run the article introduces (the line before it ends with a colon) stays, as in ``link_lists``, and so
    does a run of priced products (a deals post's own list).
    """
    body = [i for i, b in enumerate(blocks) if b.reason is None]
    runs: list[list[int]] = [[]]
    for i in body:
        if i in linked:
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if len(run) < LINKED_RUN_MIN:
            continue
        pos = body.index(run[0])
        before = blocks[body[pos - 1]] if pos > 0 else None
        if before is not None and before.text.rstrip().endswith(":"):
            continue
        if sum(bool(_PRICE_RE.search(blocks[i].text)) for i in run) >= LINKED_PRICED_SHARE * len(run):
            continue
        for i in run:
            blocks[i].reason = "link-list"
        if before is not None and before.label_like and before.words <= LINKED_LABEL_MAX_WORDS:
            before.reason = "link-list"  # the box's title ("Related", "2019 American Music Awards")


def _title_case(b: Block) -> bool:
    words = [w for w in b.text.split() if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def link_lists(blocks: list[Block]) -> None:
    """Runs of three or more short Title Case lines inside the body: headlines linking elsewhere.

    A run introduced by a colon, or made of numbered items or ordinary sentence-case lines, is the article's
    own list and stays.
    """
    body = [i for i, b in enumerate(blocks) if b.reason is None]
    runs: list[list[int]] = []
    run: list[int] = []
    for i in body:
        b = blocks[i]
        if b.label_like and b.words <= 12 and not b.text.endswith(":"):
            if run and any(blocks[j].reason is None for j in range(run[-1] + 1, i)):
                runs.append(run)
                run = []
            run.append(i)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    for run in runs:
        if len(run) < 3 and (len(run) < 2 or not MENU_NEIGHBOURS or len(run) + _menu_items(blocks, run) < 3):
            continue
        before = next((blocks[j] for j in range(run[0] - 1, -1, -1) if blocks[j].reason is None), None)
        introduced = before is not None and before.text.rstrip().endswith(":")
        numbered = sum(bool(re.match(r"\d{1,2}[.)]\s", blocks[j].text)) for j in run) >= 2
        # rows of data (dates, scores, "June 9 -- Venue, City") rather than headlines
        numbered = numbered or sum(bool(LIST_ITEM_RE.search(blocks[j].text)) for j in run) >= 0.8 * len(run)
        if introduced or numbered:
            continue
        headlines = (
            HEADLINE_RUNS and len(run) >= HEADLINE_RUN_MIN and all(blocks[j].words >= HEADLINE_MIN_WORDS for j in run)
        )
        if headlines or sum(_title_case(blocks[j]) for j in run) >= 0.6 * len(run):
            for j in run:
                blocks[j].reason = "link-list"


HEADLINE_RUNS = True
HEADLINE_RUN_MIN = 4
HEADLINE_MIN_WORDS = 5
MENU_NEIGHBOURS = True
# Items of a menu the phrases know ("Log Out", "Newsletters"): a run of short lines among them is the rest of the menu
_MENU_REASONS = frozenset({"navigation", "newsletter", "cookie-notice", "promo", "related-links", "link-list"})
MENU_ITEM_MAX_WORDS = 6


def _menu_items(blocks: list[Block], run: list[int]) -> int:
    """The known menu items in and directly around a run of short lines (not share buttons: an article's
    headline and sub-headings sit next to those)."""
    lo, hi = run[0], run[-1]
    while lo > 0 and blocks[lo - 1].reason in _MENU_REASONS and blocks[lo - 1].words <= MENU_ITEM_MAX_WORDS:
        lo -= 1
    while (
        hi + 1 < len(blocks) and blocks[hi + 1].reason in _MENU_REASONS and blocks[hi + 1].words <= MENU_ITEM_MAX_WORDS
    ):
        hi += 1
    return sum(blocks[j].reason in _MENU_REASONS and blocks[j].words <= MENU_ITEM_MAX_WORDS for j in range(lo, hi + 1))


TEASER_MAX_WORDS = 120


def last_card(blocks: list[Block], k: int, cards: list[int]) -> bool:
    """The list's last teaser, which has no next card to be closed by: shaped and set like the cards before it
    (a blurb of teaser length at their margin), and no paragraph of the article after it."""
    if len(cards) < 2 or blocks[k].words > TEASER_MAX_WORDS:
        return False
    if any(blocks[j].indent != blocks[k].indent for j in cards):
        return False
    return k + 1 >= len(blocks) or not blocks[k + 1].good


_CARD_END_REASONS = frozenset({"related-links", "share-bar", "link-list"})


def card_end(blocks: list[Block], k: int, norm_counts: Counter) -> bool:
    """The block after ``k`` closes a teaser card: furniture of a list of links (not an advertisement slot), or a
    short line every card repeats (its share buttons)."""
    if k + 1 >= len(blocks):
        return False
    nxt = blocks[k + 1]
    return nxt.reason in _CARD_END_REASONS or (nxt.reason is None and nxt.words <= 6 and norm_counts[nxt.norm] >= 3)


COMMENT_AFTER_PARAGRAPHS = 3  # a comment-section marker after this many paragraphs ends the article
COMMENT_HEADER_MAX_WORDS = 8
COMMENT_THREAD_MIN = 3  # commenters' headers of one pattern
_COMMENT_HEADER_RE = re.compile(r"^(?:(\d{1,4})[.)]?\s+)?\S.{0,80}?\s(\w+)\s*:$")


def comment_thread(blocks: list[Block]) -> None:
    """A comment thread no phrase announces: below most of the article, three or more short header lines of one
    pattern, each ending in a colon after the same word ("1. jane_roe says:", "2. Bob wrote:"), numbered or set in
    from the article's margin (a reporter's "A spokesman said:" before a quote sits at the text's own margin),
    after a few of the article's paragraphs. The thread runs from the first header to the end of the text.
    """
    good = [i for i, b in enumerate(blocks) if b.good]
    if len(good) < COMMENT_AFTER_PARAGRAPHS:
        return
    margin = Counter(blocks[i].indent for i in good).most_common(1)[0][0]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, b in enumerate(blocks):
        if b.words > COMMENT_HEADER_MAX_WORDS or b.reason not in (None, "dateline", "byline") or b.text[-1:] != ":":
            continue
        m = _COMMENT_HEADER_RE.match(b.text)
        if m and (m.group(1) or b.indent != margin):
            groups[m.group(2).lower()].append(i)
    for members in groups.values():
        if len({blocks[i].norm for i in members}) < COMMENT_THREAD_MIN:
            continue
        first = members[0]
        if sum(i < first for i in good) < COMMENT_AFTER_PARAGRAPHS:
            continue  # the article comes first
        for c in blocks[first:]:
            if c.reason is None or c.reason in ("recurring-in-source", "dateline", "byline"):
                c.reason = "comments"
        return


# Furniture that closes in a lone sentence below the article: a newsletter box's pitch between its title and its
# sign-up form, a podcast plug between the "Follow us" line and the topic links. Not advertisements: ad slots
# interleave with the article's own paragraphs.
_SANDWICH_REASONS = frozenset(
    {
        "newsletter",
        "promo",
        "related-links",
        "comments",
        "share-bar",
        "copyright",
        "cookie-notice",
        "navigation",
        "tags",
        "widget",
        "contact",
        "link-list",
        "recurring-in-source",
        "author-bio",
    }
)
# one side at least a box that pitches something (not a "Read more" link, which articles interleave too)
_PITCH_REASONS = frozenset({"newsletter", "promo", "comments", "copyright", "cookie-notice", "widget", "contact"})
SANDWICH_MAX_WORDS = 50
SANDWICH_AFTER_SHARE = 0.7  # of the article's prose (in characters) read before a lone sentence counts as its tail


def sandwiched(blocks: list[Block]) -> None:
    """A short paragraph below most of the article with page furniture directly above and below it."""
    if not any(b.reason in _PITCH_REASONS for b in blocks):
        return
    total = sum(len(b.text) for b in blocks if b.good)
    seen = 0
    for k in range(1, len(blocks) - 1):
        b = blocks[k]
        if b.reason is None and b.prose:
            seen += len(b.text)
        if b.reason is not None or b.words > SANDWICH_MAX_WORDS or seen < SANDWICH_AFTER_SHARE * total:
            continue
        above, below = blocks[k - 1].reason, blocks[k + 1].reason
        if k >= 2 and blocks[k - 2].good and blocks[k - 2].indent == b.indent != blocks[k - 1].indent:
            continue  # the article's paragraph after a button set in between two of them
        if above in _SANDWICH_REASONS and below in _SANDWICH_REASONS and _PITCH_REASONS & {above, below}:
            b.reason = "widget"


def above_byline(blocks: list[Block], info: Stripped) -> None:
    """The dek: a short paragraph or two printed above the byline or dateline, the article's body below it.

    A page puts the headline, its summary and the photo over the byline; what sits above the byline is header.
    Only where the page set the dek apart (at another margin than the body's paragraphs), and not for a date
    inside the text (an embedded post's "— Name (@handle) November 4, 2019").
    """
    heads = [j for j, b in enumerate(blocks) if b.reason == "byline" or b.reason == "dateline"]
    if not heads:
        return
    good = [i for i, b in enumerate(blocks) if b.good]
    if len(good) < 4:
        return
    for j in heads:
        b = blocks[j]
        if b.text.lstrip()[:1] in "—–-―" or "(@" in b.text:
            continue
        above = [i for i in good if i < j]
        if not above:
            continue
        below = [i for i in good if i > j]
        if len(above) > DEK_MAX_PARAGRAPHS or any(blocks[i].words > DEK_MAX_WORDS for i in above) or len(below) < 3:
            return
        body_margin = Counter(blocks[i].indent for i in below).most_common(1)[0][0]
        if any(blocks[i].indent == body_margin for i in above):
            return
        for i in range(j):
            if blocks[i].reason is None:
                blocks[i].reason = "header"
        dek = blocks[above[-1]]
        dek.reason = "subtitle"
        if info.subtitle is None:
            info.subtitle = dek.text
        return


DEK_MAX_WORDS = 50
