"""Where the article sits in a whole page rendered to text.

A page copied or rendered to text carries its menus, teasers and footers as lines of their own. The article is
found as its densest run of prose (jusText/boilerpipe style: prose earns its length, short lines and furniture
cost), then extended over what the run's edges cut off: paragraphs at the run's own left margin that a gallery or
a "Most read" box interrupted, a list the text announces, the opening lines at that margin, the short lines that
share the article's wrapper (lines at its margin or deeper, where a renderer indents each element by its depth),
a closing fact box. A page whose article is a table (a race calendar) keeps its run of data rows. The margin also
sets apart what is not the article inside the run: a caption set in between paragraphs, a side column, the
stories after the last paragraph. Only ``boilerplate.classify`` calls this, for texts shaped like whole pages.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.stages.text_blocks import DIGIT_RE, TAG_LIST_RE, Block

_PAREN_CREDIT_RE = re.compile(r"^\(\s*[A-Z][^()]{1,50}\)$")  # a credit in brackets on a line of its own


def _title_line(b: Block) -> bool:
    """A headline's shape: a line of up to 25 words that does not end a sentence."""
    return 1 <= b.words <= 25 and not b.ends_sentence and not b.text.rstrip().endswith((",", ":"))


def comment_button(blocks: list[Block], i: int) -> bool:
    """A "Comments" button set between two of the article's paragraphs (at their margin, the button at another,
    like the advertisement slots): the article goes on below it, the comment section is further down."""
    if not 0 < i < len(blocks) - 1:
        return False
    before, after = blocks[i - 1], blocks[i + 1]
    return before.good and after.good and after.indent == before.indent != blocks[i].indent


# Weights of the main-text search, chosen on the dev half of the extraction benchmark (text path).
SHORT_LINE_COST = 80  # characters of prose one short line (menu item, teaser title) outweighs
SHORT_LINE_FLOOR = 25  # even a two-word menu item or staff name costs this much
FURNITURE_COST = 60
SHORT_SENTENCE_WEIGHT = 0.5
ISLAND_GAP = 15  # blocks of furniture an article may be interrupted by (a gallery, a "Most read" box)
POSITION_WEIGHT = 1.0  # prose at position p of the page counts (POSITION_WEIGHT - p): articles precede footers


def _block_score(b: Block) -> float:
    if b.reason is not None and b.reason != "repeated-label":  # a repeated label costs what any short line does
        return -FURNITURE_COST if b.reason not in ("headline", "subtitle", "byline", "dateline") else 0.0
    if b.good:
        return float(len(b.text))
    if b.ends_sentence and b.words >= 4:
        return len(b.text) * SHORT_SENTENCE_WEIGHT  # a short sentence: prose, but weak evidence
    return -float(max(min(len(b.text), SHORT_LINE_COST), SHORT_LINE_FLOOR))


FACT_LIST_MIN_ROWS = 3  # "Label: figure" rows a fact box holds; one or two such lines are a ticker's or a teaser's
FACT_LABEL_MAX_WORDS = 4  # a fact box's sub-heading ("Public finances", "Growth (OBR)")
_FACT_ROW_RE = re.compile(r"^[^:]{1,60}:\s+\S*\d")  # "Defence: £64.5bn", "2026: 1.4% (down from 1.9%)"


def _fact_row(b: Block) -> bool:
    """A fact box's row: a short label, a colon, a figure ("Equity value: $9.6bn"). A menu item or a teaser's title
    carries no figure after a colon."""
    return b.reason is None and not b.prose and 2 <= b.words <= 25 and _FACT_ROW_RE.match(b.text) is not None


def _fact_lists(blocks: list[Block]) -> set[int]:
    """The lines of the "key figures" boxes an article sets between its paragraphs: runs of "Label: figure" rows,
    with the short sub-headings over groups of rows. The prose search scores them as menus and would cut the
    article in two at the box, dropping the paragraphs on its lighter side."""
    out: set[int] = set()
    run: list[int] = []
    rows = 0
    for i, b in enumerate([*blocks, None]):
        if b is not None and _fact_row(b):
            run.append(i)
            rows += 1
            continue
        label = b is not None and b.reason is None and b.label_like and b.words <= FACT_LABEL_MAX_WORDS
        if label and i + 1 < len(blocks) and _fact_row(blocks[i + 1]):
            run.append(i)  # a sub-heading over the next group of rows
            continue
        if rows >= FACT_LIST_MIN_ROWS:
            out.update(run)
        run, rows = [], 0
    return out


_HEAD_REASONS = frozenset({"headline", "byline", "dateline"})


def _lead_fact_box(blocks: list[Block]) -> None:
    """A "key figures" box that opens the article, between its headline (or byline) and its first paragraph:
    its "Label: figure" rows are the article's (marked ``lead``, so the edge rule keeps them), not header lines.
    A ticker or a market-data strip over the page's headline has no headline above it."""
    first = next((i for i, b in enumerate(blocks) if b.good), None)
    if first is None:
        return
    facts = _fact_lists(blocks[:first])
    start = first
    while start - 1 in facts:  # the run of the box that ends right above the first paragraph
        start -= 1
    if start == first or not any(b.reason in _HEAD_REASONS for b in blocks[:start]):
        return
    for b in blocks[start:first]:
        b.lead = True


def main_region(blocks: list[Block]) -> None:
    """Keep the contiguous run of blocks with the most prose (maximum-sum subarray); the rest is page furniture.

    Only applied when the text looks like a whole page (many short lines), so a clean article is left alone. A fact
    box's rows cost nothing: the run may cross one to the article's paragraphs on its other side, but never ends
    on one (a box outside the article gains the run nothing).
    """
    if FACT_LISTS:
        _lead_fact_box(blocks)
    first = next((i for i, b in enumerate(blocks) if b.good), None)
    if first is not None and _live_entry_time(blocks, first, len(blocks) - 1):
        blocks[first - 1].lead = True  # (on a short page too, where the search below does not run)
    if FIRST_QUESTION and first is not None:
        _first_question(blocks, first, len(blocks) - 1)  # (also on a short page: it marks the question ``lead``)
    n = len(blocks)
    short = sum(1 for b in blocks if not b.good)  # menus, teasers and lines already known as furniture
    if n < 25 or short < 0.4 * n:
        return
    best, best_start, best_end = 0.0, 0, -1
    current, start = 0.0, 0
    in_list = False
    facts = _fact_lists(blocks) if FACT_LISTS else set()
    if TABLES_IN_TEXT:
        facts |= _tables_in_text(blocks)
    for i, b in enumerate(blocks):
        score = _block_score(b)
        if b.reason is None and b.text.rstrip().endswith(":"):
            in_list = True  # "Tour dates:", "What you need:" announce a list that belongs to the article
        elif b.good:
            in_list = False
        elif (in_list or i in facts) and score < 0:
            score = 0.0
        if score > 0:
            score *= POSITION_WEIGHT - i / n  # the article comes before the footer's long notices
        if current <= 0:
            current, start = score, i
        else:
            current += score
        if current > best:
            best, best_start, best_end = current, start, i
    if best_end < 0:
        return
    if DATA_TABLE_FALLBACK:
        best_start, best_end = _table_instead(blocks, best_start, best_end)
    if OUTER_TAIL_TRIM:
        best_end = _trim_outer_tail(blocks, best_start, best_end)
    best_end = extend_over_list(blocks, best_end)
    best_start = _extend_over_lead(blocks, best_start, best_end)
    if FIRST_QUESTION:
        best_start = _first_question(blocks, best_start, best_end)
    same_margin = _same_margin(blocks, best_start, best_end)
    last = max(same_margin, default=-1)
    if last > best_end:  # the article resumed after an interruption: its closing list goes with it
        same_margin.update(range(last + 1, extend_over_list(blocks, last) + 1))
    box = _closing_box(blocks, max(best_end, last))
    same_margin.update(box)
    last = max(box, default=last)
    if WRAPPER_EXTENSION:
        wrapper = _extend_over_wrapper(blocks, best_start, best_end)
        if last > max(wrapper, default=best_end):  # and on from the paragraphs taken back after an interruption
            wrapper += _extend_over_wrapper(blocks, best_start, last)
        same_margin.update(wrapper)
        last = max([last, *wrapper])
    for i, b in enumerate(blocks):
        if b.reason is None and not (best_start <= i <= best_end) and i not in same_margin:
            b.reason = "outside-main-text"
    _off_margin(blocks, best_start, max(best_end, last))


FACT_LISTS = True
OUTER_TAIL_TRIM = True
TABLES_IN_TEXT = True
TABLE_MIN_ROWS = 3
TABLE_LABELS_AROUND = 2  # short lines over or under a table that go with it: its title, its header row, a note
# A table's row ends with its figure: a time, a score, an amount ("1 Grace Okafor Harbour AC 31:02"); a year
# closing a headline ("Best films of 2026") does not make one
_ROW_END_RE = re.compile(r"(?<![\d,.:])(?!(?:19|20)\d\d\s*\)?$)\d(?:[\d,.:]*\d)?\s?(?:%|[A-Za-z]{1,3})?\)?$")


def _tables_in_text(blocks: list[Block]) -> set[int]:
    """A table set inside the article: a run of rows ending in figures, with prose both over and under it (a few
    short lines apart: the table's label, its header row). The rows cost the prose search nothing, so it runs on
    through them to the paragraphs below; a box of scores beside the footer has no paragraph under it."""
    out: set[int] = set()
    i = 0
    while i < len(blocks):
        k = i
        while k < len(blocks) and _table_row(blocks[k]):
            k += 1
        if k - i >= TABLE_MIN_ROWS:
            above = _labels_to_prose(blocks, range(i - 1, max(i - 2 - TABLE_LABELS_AROUND, -1), -1))
            below = _labels_to_prose(blocks, range(k, min(k + 1 + TABLE_LABELS_AROUND, len(blocks))))
            if above is not None and below is not None:
                out.update(range(i, k), above, below)
        i = max(k, i + 1)
    return out


def _table_row(b: Block) -> bool:
    return b.reason is None and 2 <= b.words <= 12 and not b.prose and _ROW_END_RE.search(b.text) is not None


def _labels_to_prose(blocks: list[Block], steps: range) -> list[int] | None:
    """The short open lines passed from a table to the nearest paragraph along ``steps`` (None: no paragraph)."""
    labels: list[int] = []
    for j in steps:
        if blocks[j].good:
            return labels
        if blocks[j].reason is not None or blocks[j].words > 8:
            return None
        labels.append(j)
    return None


def _trim_outer_tail(blocks: list[Block], start: int, end: int) -> int:
    """A footer's sentence ("X is part of Y Inc, a media group...") the prose search ran on into: the run's last
    paragraph, set further out than the article's paragraphs and at a margin none of them shares, while without it
    the run's paragraphs keep one margin. It would leave the run with no margin, and the article's own paragraphs
    cut off above a box dropped in would not be taken back."""
    good = [i for i in range(start, end + 1) if blocks[i].good]
    if len(good) < 2 or _margin(blocks, start, end) is not None:
        return end
    tail = good[-1]
    rest = good[:-1]
    margin = _margin(blocks, start, rest[-1])
    if margin is None or blocks[tail].indent >= margin or any(blocks[i].indent == blocks[tail].indent for i in rest):
        return end
    return max(k for k in range(start, tail) if blocks[k].indent >= margin or k == rest[-1])


WRAPPER_EXTENSION = True  # measured on both quarters of the dev half: blog posts lost their short lines


def _extend_over_wrapper(blocks: list[Block], start: int, end: int) -> list[int]:
    """The unclaimed lines next to the main run in the article's own wrapper, which the prose search scores as
    short: a blog post's opening exclamations, its closing fact lines, a list it announces.

    A page rendered to text indents each element by its depth, so the wrapper is the stretch of lines set at the
    paragraphs' margin or deeper; a line further out, a post's meta line, or one the furniture rules claimed is
    where it ends. Of the deeper lines only a list announced by a line at the margin ("The game has:") is taken: a
    photo's caption or a "More stories" box nested in the wrapper is not the text.
    """
    margin = _margin(blocks, start, end)
    if margin is None and not any(blocks[i].good for i in range(start, end + 1)):
        margin = _table_margin(blocks, start, end)  # a run of data rows (``_table_instead``) has no paragraph
    if margin is None:
        return []
    out: list[int] = []
    # upwards only from a run that opens at the margin: over an opening paragraph set in a wrapper of its own lies
    # the page's header (the headline at the text's margin), not more of the same wrapper
    i = start - 1 if abs(blocks[start].indent - margin) <= 1 else -1
    while i >= 0 and blocks[i].reason is None and blocks[i].indent >= margin and not _post_meta(blocks[i]):
        if blocks[i].indent <= margin + 1:
            out.append(i)
        i -= 1
    for k in out:
        blocks[k].lead = True  # the edge rules keep it: it opens the article's own wrapper
    j = end + 1
    announced = blocks[end].text.rstrip().endswith(":")
    while j < len(blocks) and blocks[j].reason is None and blocks[j].indent >= margin:
        b = blocks[j]
        if b.indent <= margin + 1:
            announced = b.text.rstrip().endswith(":")
        elif not announced:
            j += 1
            continue
        b.trail = True  # the edge rules keep it: it closes the article's own wrapper
        out.append(j)
        j += 1
    return out


def _table_margin(blocks: list[Block], start: int, end: int) -> int | None:
    """The one margin all the run's lines share, where the text kept a layout with several margins."""
    indents = {blocks[i].indent for i in range(start, end + 1)}
    if len(indents) != 1 or all(b.indent == blocks[start].indent for b in blocks):
        return None
    return indents.pop()


_NUMERIC_DATE_RE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")


def _post_meta(b: Block) -> bool:
    """A post's meta line over its text ("13/06/2014 Jane Roe All, Books, Reviews"): a date in figures or a list of
    categories, which closes the header, not the article's opening."""
    return _NUMERIC_DATE_RE.search(b.text) is not None or TAG_LIST_RE.match(b.text) is not None


DATA_TABLE_FALLBACK = True  # a guard against catastrophe: a page whose article is a calendar kept nothing of it
DATA_ROWS_MIN_RUN = 5  # fewer rows are a sidebar's scores or a ticker
THIN_RUN_WORDS = 60  # a main run with less prose than this is no article's text
_DATA_ROW_RE = re.compile(r"\d.*?(?:\s[–—-]{1,2}\s|:\s)|(?:\s[–—-]{1,2}\s|:\s).*?\d")


def _data_runs(blocks: list[Block]) -> list[list[int]]:
    """Runs of data rows at one margin: "3a etapa: 22 de abril – Velopark", "June 9 -- Venue, City".

    Each row pairs a figure with a separator (a dash, a colon), where a menu's items are bare labels; a short run
    is a sidebar's scores.
    """
    runs: list[list[int]] = []
    run: list[int] = []
    for i, b in enumerate(blocks):
        row = b.reason is None and 3 <= b.words <= 25 and not b.prose and _DATA_ROW_RE.search(b.text) is not None
        if row and run and b.indent == blocks[run[-1]].indent and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= DATA_ROWS_MIN_RUN:
            runs.append(run)
        run = [i] if row else []
    if len(run) >= DATA_ROWS_MIN_RUN:
        runs.append(run)
    return runs


def _table_instead(blocks: list[Block], start: int, end: int) -> tuple[int, int]:
    """A guard against a page whose article is a table (a race calendar, a results list): no sentence in it, so the
    prose search lands on a stray blurb. Where the run it found holds almost no prose and a run of data rows holds
    more words, the data is the article.
    """
    found = sum(blocks[i].words for i in range(start, end + 1) if blocks[i].good)
    if found >= THIN_RUN_WORDS:
        return start, end
    runs = _data_runs(blocks)
    best = max(runs, key=lambda run: sum(blocks[i].words for i in run), default=None)
    if best is None or sum(blocks[i].words for i in best) <= found:
        return start, end
    return best[0], best[-1]


def _closing_box(blocks: list[Block], end: int) -> list[int]:
    """A box closing the article, set in from its last paragraph: a fact box ("How is the disease spread?" over
    its sentences), a recipe card (its title, "Ingredients", the quantities, the numbered steps).

    The box runs on while the lines stay at its margin or further in. Its lines are sentences, a few labels and
    data rows, with several sentences among them; a "More stories" list is titles over their blurbs again and
    again, a footer is a menu of labels, and neither is taken.
    """
    start = end + 1
    if start >= len(blocks) or blocks[start].reason is not None or blocks[start].indent <= blocks[end].indent:
        return []
    indent = blocks[start].indent
    stop = start
    while stop < len(blocks) and blocks[stop].indent >= indent:
        stop += 1
    box = [i for i in range(start, stop) if blocks[i].reason is None]
    sentences = {i for i in box if blocks[i].prose or (blocks[i].ends_sentence and blocks[i].words >= 4)}
    if sum(blocks[i].prose for i in sentences) < BOX_MIN_PARAGRAPHS:
        return []
    labels = {i for i in box if i not in sentences and not DIGIT_RE.search(blocks[i].text)}
    if len(labels) > BOX_MAX_LABELS or any(not (blocks[i].label_like and blocks[i].words <= 8) for i in labels):
        return []
    cards = sum(a in labels and blocks[b].prose for a, b in zip(box, box[1:]))
    return box if cards < 2 else []


BOX_MIN_PARAGRAPHS = 3
BOX_MAX_LABELS = 3  # the box's title and a heading or two ("Ingredients", "Instructions")


DEK_MAX_PARAGRAPHS = 3


def _live_entry_time(blocks: list[Block], start: int, end: int) -> bool:
    """The clock time over the run's first paragraph in a live blog (whose entries each open with a clock time on
    a line of its own): the newest entry's time, which the run starts just below."""
    if start == 0 or blocks[start - 1].reason is not None or _CLOCK_RE.match(blocks[start - 1].text) is None:
        return False
    return sum(_CLOCK_RE.match(b.text) is not None for b in blocks[start : end + 1]) >= LIVE_MIN_STAMPS


def _extend_over_lead(blocks: list[Block], start: int, end: int) -> int:
    """Carry the main text back over the opening lines at its own margin that score as short: a dateline lead
    ("CITY (AP) — The Latest on ...:"), a first sentence cut off without its full stop, a review's fact line.

    Only prose-shaped lines (several words, some stop words) directly above the run, nothing between them; and a
    live blog's newest entry time (``_live_entry_time``), at any margin.
    """
    entry_time = _live_entry_time(blocks, start, end)
    if entry_time:
        blocks[start - 1].lead = True
    margin = _margin(blocks, start, end)
    if margin is None:
        return start - 1 if entry_time else start

    def opening(b: Block) -> bool:  # not a post's meta line ("13/06/2014 Jane Roe All, Books, Reviews")
        return (
            b.reason is None
            and b.indent == margin
            and b.words >= 8
            and b.stop_share >= LEAD_MIN_STOP_SHARE
            and _NUMERIC_DATE_RE.match(b.text) is None
        )

    i = start - 1
    while i >= 0:
        b = blocks[i]
        # a time stamp under the lead ("10 p.m." opening an agency's running file) goes with it
        stamp = b.reason is None and b.indent == margin and b.words <= 3 and DIGIT_RE.search(b.text) is not None
        if not (opening(b) or (entry_time and i == start - 1) or (stamp and i > 0 and opening(blocks[i - 1]))):
            break
        b.lead = True
        i -= 1
    return i + 1


LEAD_MIN_STOP_SHARE = 0.1
LIVE_MIN_STAMPS = 2  # clock times on lines of their own inside the run: a live blog's entries
_CLOCK_RE = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$", re.I)
FIRST_QUESTION = True
FIRST_QUESTION_MIN_LATER = 2  # question sub-headings inside the run that make it an explainer's


def _first_question(blocks: list[Block], start: int, end: int) -> int:
    """Carry the main text back over an explainer's first question, directly above its first paragraph, when
    the run holds more sub-headings that are questions: the prose search scores the first as a short line before
    the text, the later ones sit between paragraphs (one page element, read one way)."""
    if start == 0:
        return start
    first = blocks[start - 1]
    if first.reason is not None or not first.question_heading or first.listed:
        return start
    if sum(b.reason is None and b.question_heading for b in blocks[start : end + 1]) < FIRST_QUESTION_MIN_LATER:
        return start
    first.lead = True  # (the edge rule keeps it too)
    return start - 1


def _off_margin(blocks: list[Block], start: int, end: int) -> None:
    """Inside the main run, where the article's paragraphs share one left margin: teaser cards set in at another
    margin (a headline over its blurb: "Related: ..." boxes dropped between paragraphs), a lone caption line set in
    between two paragraphs, a side column interleaved with the text, and whatever follows the last paragraph at
    the margin at another one (the "More stories" a page runs on with after the article). Two paragraphs in a row
    at one margin are text, wherever they sit: the article may go on in another wrapper, and is left alone.
    """
    margin = _margin(blocks, start, end, OFF_MARGIN_SHARE)
    if margin is None:
        return
    at_margin = [i for i in range(start, end + 1) if blocks[i].good and blocks[i].indent == margin]
    if len(at_margin) < 3:
        return
    _dek_over_photo(blocks, start, at_margin[0], margin)
    for i in range(at_margin[0] + 1, at_margin[-1]):
        b = blocks[i]
        if b.reason is None and abs(b.indent - margin) >= SIDE_COLUMN_OFFSET and not _in_run_of_prose(blocks, i):
            b.reason = "outside-main-text"  # a side column the text rendering interleaved with the article
    for a, b in zip(at_margin, at_margin[1:]):
        island = [i for i in range(a + 1, b) if blocks[i].reason is None]
        if not island or any(abs(blocks[i].indent - margin) <= 1 for i in island):
            continue
        if len(island) == 1 and _title_line(c := blocks[island[0]]) and c.text[:1] not in "—–-―(\"“‘'«":
            c.reason = "caption"  # a photo's caption set in from the text (a heading sits at the text's margin)
            continue
        if len(island) == 2 and _title_line(blocks[island[0]]) and _PAREN_CREDIT_RE.match(blocks[island[1]].text):
            for i in island:  # the caption over its credit: "Jane Roe, who runs the service" / "(Example Co.)"
                blocks[i].reason = "caption"
            continue
        if sum(blocks[i].good for i in island) > 1 and not (
            LONE_BLURB_ISLANDS and not any(_in_run_of_prose(blocks, i) for i in island)
        ):
            continue  # two paragraphs in a row: a part of the article set at another margin, not a teaser's blurb
        # a card's title line may have gone already (outside the main run): the blurb under it still reads as one
        cards = [i for i in range(a + 1, b) if blocks[i].reason in _CARD_LINE_REASONS] if LONE_BLURB_ISLANDS else island
        teaser = any(
            _title_line(blocks[i]) and blocks[j].prose and blocks[j].words <= 60 for i, j in zip(cards, cards[1:])
        )
        if teaser:
            for i in island:
                blocks[i].reason = "related-links"
    tail = [i for i in range(at_margin[-1] + 1, end + 1) if blocks[i].reason is None]
    # "10." sits one space left of "9.": a margin is a margin give or take a space
    tail = [i for i in tail if abs(blocks[i].indent - margin) > 1]
    tail = [i for i in tail if not blocks[i].trail]  # the list the wrapper's last line announces
    if OFF_MARGIN_TAIL and not any(_in_run_of_prose(blocks, i) for i in tail):
        for i in tail:
            blocks[i].reason = "outside-main-text"


def _dek_over_photo(blocks: list[Block], start: int, first: int, margin: int) -> None:
    """The summary a page sets over the lead photo: a paragraph or three at another margin than the article's,
    parted from its first paragraph by the photo's caption or a label ("Key Points" box, a dek, a claim being
    fact-checked). An opening paragraph in a wrapper of its own runs straight on into the text and stays.
    """
    head = [i for i in range(start, first) if blocks[i].reason is None and abs(blocks[i].indent - margin) > 1]
    paragraphs = [i for i in head if blocks[i].good]
    if not paragraphs or len(paragraphs) > DEK_MAX_PARAGRAPHS:
        return
    if any(blocks[i].words > DEK_OVER_PHOTO_MAX_WORDS for i in paragraphs):
        return
    between = range(paragraphs[-1] + 1, first)
    if not between or any(blocks[i].good or blocks[i].reason in _BYLINE_REASONS for i in between):
        return  # a dek over the byline is ``_above_byline``'s
    for i in head:
        blocks[i].reason = "subtitle" if blocks[i].good else "header"


DEK_OVER_PHOTO_MAX_WORDS = 120
_BYLINE_REASONS = frozenset({"byline", "dateline"})


def _in_run_of_prose(blocks: list[Block], i: int) -> bool:
    """The block and the one before or after it are paragraphs at one margin: text, where a teaser's blurb or a
    side column's item stands alone between its title and link lines."""
    b = blocks[i]
    if not b.good:
        return False
    return any(0 <= j < len(blocks) and blocks[j].good and blocks[j].indent == b.indent for j in (i - 1, i + 1))


# an island whose paragraphs each stand alone between title lines is teaser cards (a title over its blurb, twice),
# not a part of the article set at another margin (its paragraphs run on one after another)
LONE_BLURB_ISLANDS = True
_CARD_LINE_REASONS = frozenset({None, "outside-main-text"})
OFF_MARGIN_TAIL = True  # measured on the dev half: pages run their "More stories" on at another margin
OFF_MARGIN_SHARE = 0.6  # of the run's paragraphs at one margin, for that margin to set the article apart
SIDE_COLUMN_OFFSET = 40  # spaces of indentation that put a line in another column, not a quote or list


def _margin(blocks: list[Block], start: int, end: int, share: float = 0.8) -> int | None:
    """The left margin most of the main run's paragraphs share, where the text kept a layout."""
    if is_flush(blocks):
        return None
    margins = Counter(blocks[i].indent for i in range(start, end + 1) if blocks[i].good)
    if not margins:
        return None
    margin, count = margins.most_common(1)[0]
    return margin if count >= share * sum(margins.values()) else None


_ARTICLE_END_REASONS = frozenset({"author-bio", "tags", "comments", "copyright"})
# A gallery's captions, credits and counters: claimed lines dropped in between paragraphs, which do not cut the
# article off at any margin (a gallery of half a dozen photos runs past ``ISLAND_GAP`` lines on its own)
_FIGURE_REASONS = frozenset({"caption"})


def _same_margin(blocks: list[Block], start: int, end: int) -> set[int]:
    """Paragraphs outside the main run that sit at its left margin: the article's own text, cut off from the run
    by a gallery, a "Most read" box or a caption.

    Where no margin sets the article apart (a text set flush, or markdown with its paragraphs at the left edge
    among the menus and cards), only a paragraph ``_flush_island`` takes, and the distance hopped counts only the
    lines no furniture rule claimed (a gallery's claimed captions and credits do not cut the article off). At a
    margin it skips the claimed captions alone (measured on both dev quarters and every rendering of
    bench_text_robustness: one gallery page fixed, no page worse; skipping every claimed line there cost pages
    whose "More stories" box sits at the article's margin).
    """
    margin = _margin(blocks, start, end)
    # no layout that sets the article apart (every line flush, or the paragraphs at the text's left edge with the
    # menus and teasers, where only lists are set in): only a run of paragraphs is the article resumed
    flush = FLUSH_ISLANDS and (
        is_flush(blocks) if margin is None else margin <= min(b.indent for b in blocks) and EDGE_MARGIN_ISLANDS
    )
    copies: Counter = Counter()
    if flush:
        margin = blocks[0].indent if margin is None else margin
        copies.update(b.norm for b in blocks)
    margins = {margin}
    if margin is None and MIXED_MARGIN_ISLANDS and not flush:
        margins = _run_margins(blocks, start, end)
        margin = min(margins, default=None)
    if margin is None:
        return set()
    keep: list[int] = []
    for direction, edge in ((1, end), (-1, start)):  # outwards, hop by hop: a far-off footer blurb is no island
        last = edge
        i = edge + direction
        gap = 0  # blocks since the last paragraph kept, claimed captions aside; without a layout only unclaimed ones
        while 0 <= i < len(blocks) and gap < ISLAND_GAP:
            b = blocks[i]
            gap += (b.reason not in _FIGURE_REASONS) if not flush else (b.reason is None and b.words > 0)
            if (
                direction == 1
                and b.reason in _ARTICLE_END_REASONS
                and not comment_button(blocks, i)
                and not (RESUMED_ARTICLE and _resumes(blocks, i, margins))
            ):
                break  # the author's box or the topic tags close the article: what follows is the site's
            if b.good and b.indent in margins and (not flush or _flush_island(blocks, i, last, copies)):
                keep.append(i)
                last = i
                gap = 0
            elif direction == 1 and ANNOUNCED_LIST_ISLANDS and (listed := _announced_list(blocks, i, margins)):
                keep.extend(listed)  # "Tour dates:" over its dates, at the article's margin below a box dropped in
                last = i = listed[-1]
                gap = 0
            i += direction
    out = set(keep)
    ordered = sorted(keep + list(range(start, end + 1)))
    for a, b in zip(ordered, ordered[1:]):  # headings at the same margin between two kept paragraphs
        if b - a <= 3 and all(blocks[k].indent in margins for k in range(a + 1, b)):
            out.update(range(a + 1, b))
    return out


ANNOUNCED_LIST_ISLANDS = True


def _announced_list(blocks: list[Block], i: int, margins: set[int]) -> list[int]:
    """A line at the article's margin announcing a list ("Tour dates:") over its data rows at that margin, below a
    box dropped in after the last paragraph: the article's closing list, cut off from it by the box."""
    b = blocks[i]
    if b.reason is not None or b.indent not in margins or not b.text.rstrip().endswith(":") or b.words > 25:
        return []
    end = extend_over_list(blocks, i)
    if end <= i or not all(blocks[k].indent in margins for k in range(i + 1, end + 1)):
        return []
    for k in range(i, end + 1):
        blocks[k].trail = True  # the edge rules keep it: it closes the article
    return list(range(i, end + 1))


MIXED_MARGIN_ISLANDS = True
MIXED_MARGIN_MIN_PARAGRAPHS = 2  # paragraphs of the main run at a margin for the margin to be the article's
MIXED_MARGIN_MIN_SHARE = 0.25  # and of its prose (in words): teaser blurbs are short, and a few among many
MIXED_MARGIN_MAX_STEP = 2


def _run_margins(blocks: list[Block], start: int, end: int) -> set[int]:
    """Where no one margin holds most of the main run's paragraphs (an opening pair set in one wrapper, the rest
    in another): each margin that holds several of them is the article's, and a paragraph cut off from the run
    by a box dropped in between, at one of them, is the article resumed."""
    counts: Counter = Counter()
    words: Counter = Counter()
    for i in range(start, end + 1):
        if blocks[i].good:
            counts[blocks[i].indent] += 1
            words[blocks[i].indent] += blocks[i].words
    total = sum(words.values())
    margins = {
        m for m, c in counts.items() if c >= MIXED_MARGIN_MIN_PARAGRAPHS and words[m] >= MIXED_MARGIN_MIN_SHARE * total
    }
    # one wrapper nested in the other (a renderer sets each level in by two spaces), not a box far off at the side
    if not margins or max(margins) - min(margins) > MIXED_MARGIN_MAX_STEP:
        return set()
    # at the text's left edge the article shares its margin with the menus and only its lists are set in (markdown)
    return margins if min(margins) > min(b.indent for b in blocks) else set()


FLUSH_ISLANDS = True  # measured on both quarters of the dev half's flush renderings (bench_text_robustness)
EDGE_MARGIN_ISLANDS = True  # the same where the paragraphs sit at the left edge (html2text's markdown)
FLUSH_ISLAND_NEAR = 3  # blocks of furniture (a caption, an advertisement) a lone paragraph may be parted by


def is_flush(blocks: list[Block]) -> bool:
    """Every line at one margin: a text set flush (most renderers, a copy from a browser) keeps no layout."""
    first = blocks[0].indent if blocks else 0
    return all(b.indent == first for b in blocks)


def _flush_island(blocks: list[Block], i: int, last: int, copies: Counter) -> bool:
    """Where a text is set flush, the paragraph outside the main run that goes with the article: one of a run of
    paragraphs (the text resumed after a "Most read" box or a gallery), or one parted from a paragraph already kept
    only by lines the furniture rules claimed (a caption, an advertisement slot) or blank separators.

    A teaser's blurb stands alone between its title and the next card's; a gallery's captions sit over their
    credit ("Photo: ...") and come twice (the strip and the enlarged view).
    """
    if copies[blocks[i].norm] > 1 or (i + 1 < len(blocks) and blocks[i + 1].reason == "caption"):
        return False
    if any(0 <= j < len(blocks) and blocks[j].good for j in (i - 1, i + 1)):
        return True
    between = range(min(i, last) + 1, max(i, last))
    return len(between) < FLUSH_ISLAND_NEAR and all(
        blocks[k].reason is not None or not blocks[k].words for k in between
    )


RESUMED_ARTICLE = True
RESUME_WITHIN = 8  # blocks of a box dropped between paragraphs (a tag line and its share buttons, a pitch)
RESUME_PARAGRAPHS = 3
RESUME_INTO_BOX = True  # the run after a tag line may go on in a fact box set deeper than the article's margin
# a comment form set in a box of its own (off the article's margin) with the article's paragraphs running on at the
# margin below it was dropped in between: a real comment section's form and comments are not a run at the margin
COMMENT_FORM_BOX = True
_THREAD_REASONS = frozenset({"comments", "copyright"})


def _resumes(blocks: list[Block], i: int, margins: set[int]) -> bool:
    """A tag line or an author's box set between paragraphs, not closing the article: within a few blocks the text
    runs on at its margin with several paragraphs in a row (a related box or a comment thread after the real end
    is titles, labels and comments, not a run of paragraphs at the article's margin). A comment form set in a box
    of its own, off the margin, may be such a box dropped in; one at the margin, or one under an author's box or a
    tag line (the sequence that closes an article), ends it."""
    k = i + 1
    form = blocks[i].reason in _THREAD_REASONS  # after a comment form only paragraphs at the margin resume
    # the comment form itself is the box dropped in, set off the article's margin (not one under an author's box)
    # (a prompt and a login line, no notice as long as a paragraph: a full form's notices run on into its consent
    # text, which is paragraphs at the margin too)
    boxed_form = COMMENT_FORM_BOX and form and blocks[i].indent not in margins and not blocks[i].prose
    while k < min(len(blocks), i + 1 + RESUME_WITHIN) and not (blocks[k].good and blocks[k].indent in margins):
        if blocks[k].reason in _THREAD_REASONS and not (
            boxed_form and blocks[k].indent not in margins and not blocks[k].prose
        ):
            return False  # a comment form's notices below the author's box are the site's, not the article's
        k += 1
    if RESUME_INTO_BOX and not form:
        return k < len(blocks) and blocks[k].good and blocks[k].indent in margins and _resumed_run(blocks, k)
    run = blocks[k : k + RESUME_PARAGRAPHS]
    return len(run) == RESUME_PARAGRAPHS and all(b.good and b.indent in margins for b in run)


def _resumed_run(blocks: list[Block], k: int) -> bool:
    """From the paragraph at the margin, a run of paragraphs at that margin or in a box set in from it (a fact
    box's heading, "How is it spread?", over its sentences): the article's text, where what follows a real end
    (related titles, a comment's name and date over it) breaks the run with lines of another shape."""
    margin = blocks[k].indent
    paragraphs = headings = 0
    for b in blocks[k:]:
        if paragraphs >= RESUME_PARAGRAPHS or b.indent < margin or b.reason is not None:
            break
        if b.good:
            paragraphs += 1
        elif b.indent > margin and 1 <= b.words <= 12 and headings == 0 and paragraphs:
            headings += 1  # one heading, opening a box set in from the paragraph
        else:
            break
    return paragraphs >= RESUME_PARAGRAPHS


LIST_ITEM_RE = re.compile(r"\d|\s[–—-]{1,2}\s|:\s|https?://")
_NUMBERED_ITEM_RE = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+\S")  # a step's number: "1. Go to ...", "2) Fill in ..."
ANNOUNCED_BY_HEADING = True  # a question or a heading over numbered steps announces its list as a colon does
LIST_HEADING_MAX_WORDS = 10
ANSWER_ITEM_MAX_WORDS = 25  # a bullet under a question ("Change your password"); a longer line is a paragraph
ANSWER_MAX_ITEMS = 10
_TAKEN_BACK = (None, "outside-main-text")  # what the main-text search set aside may be taken back


def _intro(b: Block) -> str | None:
    """How a line announces a list below it: "colon" ("Tour dates:"), "question" ("What should I do?"), "heading"
    (a short label, which announces only numbered steps: "How to claim"); None for any other line."""
    if b.reason is not None:
        return None
    if b.text.rstrip().endswith(":"):
        return "colon"
    if ANNOUNCED_BY_HEADING and b.heading_like and b.words <= LIST_HEADING_MAX_WORDS:
        return "question" if b.question_heading else "heading"
    return None


def _announced_items(blocks: list[Block], k: int, kind: str) -> int:
    """How many items of a list announced by a question or a heading at block ``k`` run on under it: under a
    question the short lines at its margin (its bullets, whose markers the text's reading dropped), under a heading
    only steps numbered 1, 2, 3 ... (a box of teasers has a label, no question and no numbers)."""
    count = 0
    for b in blocks[k + 1 : k + 1 + ANSWER_MAX_ITEMS]:
        if b.reason not in _TAKEN_BACK or b.indent != blocks[k].indent:
            break
        if kind == "question":
            if b.words > ANSWER_ITEM_MAX_WORDS or b.question_heading or b.text.rstrip().endswith(":"):
                break
        elif (m := _NUMBERED_ITEM_RE.match(b.text)) is None or int(m.group("n")) != count + 1 or b.words > 40:
            break
        count += 1
    return count


def _announces(blocks: list[Block], k: int, end: int) -> bool:
    """Whether block ``k`` announces a list: a line ending in a colon, or a question or heading over its items
    right after the text's last paragraph ``end`` (a box's label further down, under another, is the box's)."""
    kind = _intro(blocks[k])
    return kind == "colon" or (kind is not None and k <= end + 1 and _announced_items(blocks, k, kind) >= 2)


def extend_over_list(blocks: list[Block], end: int) -> int:
    """Carry the main text on through a list its last line announces ("Tour dates:", "Final standings:").

    Fixture lists, tour dates and tables are short lines that score as menus; they belong to the article when a
    line ending in a colon introduces them and every item carries data (a number, a dash or colon separator, a link).
    A question of its own ("What should I do?") announces the bulleted list under it, and a short heading ("How to
    claim") the numbered steps under it: an explainer's advice, where a box of teasers has a label no question and
    no numbers. Items the main-text search set outside are taken back.
    """
    intro = end if _announces(blocks, end, end) else None
    if intro is None:
        # the announcing line itself fell just outside (perhaps after a caption or a stray name)
        for k in range(end + 1, min(end + 4, len(blocks))):
            if _announces(blocks, k, end):
                intro = k
                break
            if blocks[k].reason is not None or blocks[k].words > 12:
                return end
        if intro is None:
            return end
    kind = _intro(blocks[intro])
    if kind is not None and kind != "colon":
        last = intro + _announced_items(blocks, intro, kind)
        for b in blocks[intro + 1 : last + 1]:
            b.reason = None  # (the search's "outside-main-text" undone: the article announced them)
            b.listed = True
        return last
    j = intro + 1
    items = 0
    while j < len(blocks):
        b = blocks[j]
        if b.reason is not None or b.words > 40 or not LIST_ITEM_RE.search(b.text):
            break
        items += 1
        j += 1
    if items < 2:
        return end
    for b in blocks[intro + 1 : j]:
        b.listed = True
    return j - 1
