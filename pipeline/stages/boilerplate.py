"""Boilerplate stripping: keep an article's body, and say what was removed and why.

Plain text is split into blocks (``text_blocks``: lines, or paragraphs when the text is hard-wrapped, each with its
shape) and each block is classified as body, heading or furniture. The decision combines the block's shape
(length, final punctuation, stop-word density in the text's own language), its position (before the first or after
the last real paragraph, after a comment-section marker), repetition (the headline printed twice, a line recurring
across many articles of one source) and phrase formulas (``furniture``). A whole page rendered to text is first cut
to where its article sits (``page_regions``: the densest run of prose, extended over what interrupts it, set apart
from what sits at another margin). Neighbours decide what shape alone cannot (``neighbour_rules``): a sentence
over a photographer's credit is a caption, a short paragraph above the byline is the dek, a blurb closed by "Read
more" in a related-links box is a teaser, a run of lines that are each a whole link is a list of other stories, a
lone sentence between furniture below the article is the furniture's own pitch. A short label a page repeats
three times or more is a widget's. Last, on page-shaped texts, a learned scorer (``block_scorer``) gives a second
opinion on the kept text's edges, for sites whose boxes the rules do not know.
HTML is reduced to its main text by ``html_extract`` first, then goes through the same rules (gently: the extractor
already cut the page). Every stripped block lands in ``removed`` with its reason: nothing is dropped silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from pipeline.collector import paused_gc
from pipeline.stages.block_scorer import score_blocks
from pipeline.stages.bylines import byline_date, looks_like_name, outlet_line, parse_byline, place_byline
from pipeline.stages.dates import (
    DATETIME_RE,
    NEWS_DATELINE_RE,
    UPDATED_RE,
    WIRE_TAG_RE,
    dateline_agency,
    is_dateline,
    note_stamp,
    wire_dateline,
)
from pipeline.stages.furniture import (
    COMMENT_START_RE,
    COMPANY_CUE_RE,
    CORRECTION_NOTE,
    JOURNALIST_CUE_RE,
    LEGAL_CONTENT_RE,
    LEGAL_RUN_IN_RE,
    MENU_MIN_ITEMS,
    PRESS_RELEASE_REASON,
    RELATED_START_RE,
    StrongRules,
    footer_links,
    furniture_reason,
    menu_line,
    press_release_marker,
    spaced_menus,
    strong_furniture_reason,
    strong_rules_for,
    ticker_line,
)
from pipeline.stages.neighbour_rules import (
    COMMENT_AFTER_PARAGRAPHS,
    TEASER_MAX_WORDS,
    above_byline,
    alt_and_caption,
    captions,
    card_end,
    comment_thread,
    last_card,
    link_lists,
    linked_runs,
    sandwiched,
    trailing_teasers,
)
from pipeline.stages.page_regions import (
    comment_button,
    extend_over_list,
    main_region,
)
from pipeline.stages.text_blocks import (
    BULLET_CHARS,
    BULLET_RE,
    DIGIT_RE,
    TAG_LIST_RE,
    Block,
    lower_words,
    make_block,
    normalise,
    sample_words,
    split_blocks_indented,
    stopwords_of_sample,
)

HTML_FORMATS = {"html", "jsonl-html"}
# Reasons that only page furniture earns (not the article's own header lines).
PAGE_FURNITURE = frozenset(
    {
        "advertisement",
        "promo",
        "newsletter",
        "related-links",
        "comments",
        "share-bar",
        "copyright",
        "caption",
        "cookie-notice",
        "navigation",
        "tags",
        "reading-time",
        "widget",
        "contact",
        "recurring-in-source",
        "citation",
        "author-bio",
        PRESS_RELEASE_REASON,
    }
)
_ABOUT_AUTHOR_RE = re.compile(
    r"^(?i:about|über|sobre|à propos de|a proposito di|об авторе)\s+(?:(?i:(the author|l['’]auteur|o autor|el autor|"
    r"dem autor))|((?:[A-Z][\w.'’-]+\s?){2,4}))\s*:?$"
)
_BY_PREFIX_RE = re.compile(
    r"^\W{0,3}(?:by|(?:written|words|text|posted|published|reported|story|live updates|live coverage) by|von|por|"
    r"par|di|door|av)\b"
    r"|^[^|•·]{0,40}?\d[^|•·]{0,40}?[|•·]\s*(?:by\b|(?:words|text|authors?|reporter)\s*:)",  # "11/11/2026 | Words:"
    re.I,
)
# A byline crediting a desk, not a person ("By the Valley Voice news team", "By Herald staff")
_DESK_BYLINE_RE = re.compile(
    r"^(?i:(?:written |reported )?by:?\s+(?:the\s+)?)(?:[A-Z][\w&'’.-]*\s+){1,4}"
    r"(?i:(?:news\s+)?(?:team|staff|desk|newsroom))\.?$"
)
DESK_BYLINE_MAX_WORDS = 10
TICKER_MAX_WORDS = 30
PLACE_BYLINE_MAX_WORDS = 9  # a place of three words, a separator, a name of five
AUTHOR_BIO_TAIL = 2  # open blocks at the end an author's bio may be
_AUTHOR_BIO_RE = re.compile(
    r",? (?:(?:is|was|writes|covers|reports) (?:an? |the |our )?[\w ,'’-]{0,60}?\b(?:correspondent|reporter|editor|"
    r"writer|columnist|journalist|contributor|author|producer|analyst|critic)\b"
    r"|(?:covers|writes about|reports on) [^.]{1,80}\.\s+(?:reach|contact|email|follow|write to) (?:her|him|them)\b)",
    re.I,
)
_NAME_IN_PLACE_RE = re.compile(r"^(.{3,60}?)\s+(?:in|at)\s+[A-Z][\w .'’-]{1,40}$")
# inscriptis (and other renderers) mark the items of a nested list with "+ " and deeper ones with "o "; only for
# matching the furniture phrases ("o Privacy Policy" is a footer's link), the block keeps its text. "o " must be
# followed by a capital or a digit: "o presidente" is Portuguese.
NESTED_MARKERS = True


@dataclass
class Stripped:
    """The result for one article, before it becomes a row."""

    text: str
    removed: list[dict]
    removed_share: float
    headings: list[str]
    title: str | None = None
    subtitle: str | None = None
    byline_authors: list[str] = field(default_factory=list)
    date_lines: list[str] = field(default_factory=list)
    publisher_lines: list[str] = field(default_factory=list)
    meta: dict | None = None
    page_lines: list[str] | None = None  # an HTML page's visible lines, handed to metadata (not published)


# A footer's copyright with the name first ("Valley Courier © 2026 · All rights reserved"): the site's own name.
NAME_COPYRIGHT_RE = re.compile(
    r"^\W{0,3}(?P<name>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4})\s*(?:©|\(c\)|ⓒ)\s*\d{4}\b"
)
NAME_COPYRIGHT_MAX_WORDS = 20
_PUBLISHER_RES = [
    re.compile(
        # (the name in capitals: "Subscribe to The Valley Post for $1 a week" names no "Valley Post for")
        r"subscribe to (?:the )?(?P<name>(?-i:[A-Z])[\w&'’.\-]*(?:\s+(?-i:[A-Z])[\w&'’.\-]*){0,4})"
        r"(?:\s+(?:magazine|newspaper|newsletter|digital|app|channel|premium|plus))?",
        re.I,
    ),
    re.compile(
        r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[A-Z][\w&'’.\-]*"
        r"(?:\s+[A-Z][\w&'’.\-]*){0,4})",
        re.I,
    ),
    NAME_COPYRIGHT_RE,
]
# A footer's line naming the site with its owner ("Valley Radio - part of Hometown Media Ltd") and an app's
# sign-off ("Sent from the Valley Post app"): the name they give is the publication's. Read anywhere on the
# page, whatever the line's reason (they are removed as a footer's lines, late).
_FOOTER_NAME_RES = [
    re.compile(
        r"^\W{0,3}(?P<name>[A-Z][\w&'’.\-]*(?:\s+[A-Z\d][\w&'’.\-]*){0,4})(?:\s*,|\s+[-–—|])\s+"
        r"(?:an?\s+|is\s+)?part of\s+(?:the\s+)?[A-Z]"
    ),
    re.compile(r"^(?i:sent from (?:the )?)(?P<name>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3})\s+(?i:app)\b"),
]
_PUBLISHER_RES += _FOOTER_NAME_RES
FOOTER_NAME_MAX_WORDS = 12


# A company's legal form closing its name, one or more ("Pty Ltd", "Ltd.", "AS", "S.L."), and the words a
# promo's name may end with: the publication's name is without them.
_LEGAL_FORM_RE = re.compile(
    r"(?:\s+(?:all|inc|ltd|llc|plc|limited|pty|gmbh|ag|sa|s\.a|s\.l|asa|as|ab|bv|nv|oy|spa|srl|"
    r"magazine|newspaper|newsletter)\.?)+$",
    re.I,
)


_PUBLISHER_REASONS = frozenset({"promo", "copyright", "newsletter"})  # the lines that name the site's publisher


def publisher_from_line(line: str) -> str | None:
    """What a promo or copyright line says the publisher is ("Subscribe to Business Today Magazine")."""
    for pattern in _PUBLISHER_RES:
        m = pattern.search(line)
        if m:
            # the sentence's first part, then without its legal form ("© 2026 The Valley Post Ltd. All rights ...")
            name = re.split(r"\.\s|,|\s+all\b", m.group("name").strip(" .,"), flags=re.I)[0].strip(" .")
            name = _LEGAL_FORM_RE.sub("", name)
            if name and name[0].isupper() and name.lower() not in {"my", "our", "the", "this", "all"}:
                return name
    return None


def _footer_name_line(b: Block) -> bool:
    """A short line naming the site by its owner or its app (``_FOOTER_NAME_RES``)."""
    if b.words > FOOTER_NAME_MAX_WORDS or ("part of" not in b.norm and not b.norm.startswith("sent from")):
        return False  # (the words both patterns need, looked for before the patterns)
    return any(p.match(b.text) for p in _FOOTER_NAME_RES)


# A news lede's attribution: a past-tense reporting verb in a clause of its own (", the agency said on Monday.",
# "police told reporters"). A dek sums the story up in the present ("Minister says ...") and attributes nothing.
_LEDE_ATTRIBUTION_RE = re.compile(r"(?:,|\bwho)\s[^,;]{0,60}?\b(?:said|told|announced|confirmed|reported)\b", re.I)


def _news_lede(text: str) -> bool:
    """A full sentence attributed in the past tense: the story's first paragraph printed over the byline."""
    return text.rstrip("\"”’' ").endswith(".") and _LEDE_ATTRIBUTION_RE.search(text) is not None


def _date_after_names(text: str) -> str | None:
    """The whole date a byline closes with after a comma ("By Jane Doe, 1 May 2025", "By Jane Doe, Health Editor,
    March 5, 2026"), the longest such tail; a title there is none."""
    parts = text.split(",")
    tails = (",".join(parts[i:]).strip() for i in range(1, len(parts)))
    return next((tail for tail in tails if DATETIME_RE.fullmatch(tail)), None)


_BIO_VERB_RE = re.compile(r"\s+(?:is|was|has been|writes|covers)\s")


def _bio_of(text: str, authors: list[str], words: int | None = None, after_name: re.Pattern = _BIO_VERB_RE) -> bool:
    """A short paragraph (``words``, else its own word count) opening with a byline's name and what ``after_name``
    reads after it: by default a verb of who she is ("Jane Roe is director of ...")."""
    return (len(text.split()) if words is None else words) <= 60 and any(
        a and text.startswith(a) and after_name.match(text, len(a)) for a in authors
    )


# A columnist's sign-off under the text: a long dash, then the name alone ("— Jane Doe")
_SIGN_OFF_RE = re.compile(r"\s*(?:—|–|--)\s*(?P<name>[^\W\d_][^—–\d]{2,60}?)\s*")


def _sign_off(blocks: list[Block]) -> list[str]:
    """The name a column is signed with under its last paragraph ("— Jane Doe"), marked as its byline; a dash and
    a name above more of the text is a quotation's source."""
    good = [i for i, b in enumerate(blocks) if b.good]
    for b in blocks[good[-1] + 1 :] if good else []:
        signed = _SIGN_OFF_RE.fullmatch(b.text) if b.reason is None else None
        if signed and looks_like_name(signed.group("name")):
            b.reason = "byline"
            return [signed.group("name")]
    return []


# A row of two or more labels each in square brackets and nothing else: a page's buttons printed as text
_BUTTON_ROW_RE = re.compile(r"(?:\s*\[[^\[\]\d]{1,40}\]){2,}\s*")


def line_furniture_reason(b: Block, line: str, strong_rules: StrongRules | None = None) -> str | None:
    """The furniture reason of one line on its own: the strong phrases and a footer's row of links parted by bars
    anywhere, the other phrases only on a line that does not read as a sentence (six words or more, ending as a
    sentence, a fifth of them stop words)."""
    sentence_like = b.words >= 6 and b.ends_sentence and b.stop_share >= 0.2
    return (
        strong_furniture_reason(line, strong_rules)
        or footer_links(line)
        or (None if sentence_like else furniture_reason(line))
    )


# An app's buttons that also name a shopping guide's sections ("Save" / "Splurge"): furniture only beside the
# share button they are printed with, wherever in the text the row recurs
_BESIDE_SHARE_BUTTONS = frozenset({"save", "like", "comment", "comments", "gift", "copy link"})


def share_bar_buttons(blocks: list[Block]) -> None:
    """A lone button label on a line of its own next to a share bar's line ("Share" over "Save") is the bar's."""
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        for k in order:
            b = blocks[k]
            if (
                b.reason is None
                and b.norm in _BESIDE_SHARE_BUTTONS
                and any(0 <= j < len(blocks) and blocks[j].reason == "share-bar" for j in (k - 1, k + 1))
            ):
                b.reason = "share-bar"


# The label of a box of the story's facts and figures ("Key facts", "The numbers", "In numbers"); a box that sums the
# story up in sentences ("Key points", "Highlights") repeats its paragraphs and is left to the main-text search
_FACT_BOX_LABEL_RE = re.compile(
    r"^\s*(?:(?:the )?(?:key |fast |quick )?(?:facts|figures|numbers)(?: (?:and|&) (?:figures|numbers))?|"
    r"(?:(?:the )?[\w'’-]+ )?(?:in|by the) numbers)\s*:?\s*$",
    re.I,
)
FACT_BOX_MIN_ITEMS = 2
FACT_BOX_ITEM_MAX_WORDS = 20


def fact_box_over_lead(blocks: list[Block]) -> None:
    """A box of the story's facts under the headline and over its first paragraph (above or below the byline):
    its label, then short lines, half of them or more with a figure ("27 injured, six critically"). They are the
    article's, marked ``lead`` as the main-text search marks a box of "Label: figure" rows there."""
    first = next((i for i, b in enumerate(blocks) if b.good), None)
    head = next((i for i, b in enumerate(blocks) if b.reason == "headline"), None)
    if first is None or head is None:
        return
    for i in range(head + 1, first):
        if blocks[i].reason is not None or not _FACT_BOX_LABEL_RE.match(blocks[i].text):
            continue
        items = []
        for b in blocks[i + 1 : first]:
            if b.reason is not None or b.prose or b.words > FACT_BOX_ITEM_MAX_WORDS:
                break
            items.append(b)
        figures = sum(DIGIT_RE.search(b.text) is not None for b in items)
        if len(items) >= FACT_BOX_MIN_ITEMS and 2 * figures >= len(items):
            for b in (blocks[i], *items):
                b.lead = True
        return


# A row of a table or a fact box closes with its figure: "3   Jane Roe   KEN   2:06:40", "Finishers: 38,400",
# "Start temperature: 7C" (a year closing a headline, "... since 2019", is none)
_DATA_ROW_END_RE = re.compile(r"(?<![\d,.:])(?!(?:19|20)\d\d\s*\)?$)\d(?:[\d,.:]*\d)?\s?(?:%|[A-Za-z]{1,3})?\)?$")
DATA_ROWS_SHARE = 2 / 3


def data_rows_back(blocks: list[Block], before: list[str | None]) -> None:
    """The runs ``link_lists`` took (``before``: each block's reason ahead of it) that are rows of figures, a
    results table or a box of key figures, not headlines: two thirds of their lines end with a figure. A list of
    links to other stories is made of headlines, which end with words."""
    run: list[int] = []
    for i, b in enumerate([*blocks, None]):
        if b is not None and b.reason == "link-list" and before[i] is None:
            run.append(i)
            continue
        if b is not None and b.reason is not None and run:
            continue  # furniture between two rows of one list
        rows = sum(_DATA_ROW_END_RE.search(blocks[j].text) is not None for j in run)
        if run and rows >= DATA_ROWS_SHARE * len(run):
            for j in run:
                blocks[j].reason = None
        run = []


def _figure_list_title(blocks: list[Block], run: list[int]) -> bool:
    """A box's label ("Key facts", "In numbers") over its short items (``FACT_BOX_MIN_ITEMS`` or more): the box's
    heading, though its items are no longer than it (a heading over prose is found by the next line being longer)."""
    items = [blocks[j] for j in run[1 : 1 + FACT_BOX_MIN_ITEMS]]
    return (
        _FACT_BOX_LABEL_RE.match(blocks[run[0]].text) is not None
        and len(items) == FACT_BOX_MIN_ITEMS
        and not any(c.words > FACT_BOX_ITEM_MAX_WORDS or c.prose for c in items)
    )


PICTOGRAPH_LABEL_MAX_WORDS = 6


def _pictograph_label(text: str) -> bool:
    """A section's label an e-mail edition opens with a pictograph: "📈 BY THE NUMBERS", "💬 ONE MORE THING" (in
    capitals: a list's items, "✅ Free delivery", are in sentence case)."""
    text = text.strip()
    if not text or unicodedata.category(text[0]) != "So":
        return False
    rest = text[1:].lstrip("\ufe0f\u200d ")  # (an emoji's variation selector and joiner)
    return sum(c.isalpha() for c in rest) >= 3 and rest.isupper() and len(rest.split()) <= PICTOGRAPH_LABEL_MAX_WORDS


QUESTION_TEASER_MAX_WORDS = 16
_INNER_STOP_RE = re.compile(r"[.!?;:\"“”]")


def _question_teaser(blocks: list[Block], k: int) -> bool:
    """A list's headline that asks a question ("What happens to your savings when a bank goes bust?"): one short
    question, capitalised, nothing quoted and no other sentence before it, with no paragraph under it (the next
    line is another headline, furniture, or the end of the text). Its full stop makes it read as prose."""
    text = blocks[k].text.strip()
    return (
        blocks[k].words <= QUESTION_TEASER_MAX_WORDS
        and text.endswith("?")
        and text[:1].isupper()
        and _INNER_STOP_RE.search(text[:-1]) is None
        and (k + 1 >= len(blocks) or not blocks[k + 1].good)
    )


# A transcript's turn of speech: the speaker's label in capitals (with a name in brackets), a colon, the words:
# "PRESENTER: And the pilots, were they experienced?", "HOST (Jane Roe): Welcome back."
_SPEAKER_LABEL_RE = re.compile(r"^\s*([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3})(?: \([^()]{1,60}\))?:\s+\S")
SPEAKER_MIN_TURNS = 2


def speaker_turns(texts: list[str]) -> list[bool]:
    """Which texts are turns of speech: opened by a speaker's label that opens another text too (a transcript's
    speakers talk in turns; a lone "ANALYSIS: Why the target is out of reach" is a heading's label)."""
    labels = [m.group(1) if (m := _SPEAKER_LABEL_RE.match(t)) else None for t in texts]
    counts = Counter(label for label in labels if label)
    return [label is not None and counts[label] >= SPEAKER_MIN_TURNS for label in labels]


LIST_ITEM_MAX_WORDS = 30  # a headline's length: an item of a list of links is no paragraph
_ITEM_MARKER_RE = re.compile(r"^\s*([>»›•·▪●◦■►▶*‣+–—-])\s")


def _next_item(blocks: list[Block], k: int) -> bool:
    """The next item of a list of links, right under the one before it and opened by the same marker ("> Who is
    the man steering the airline through crisis?" under "> Families demand answers ..."): a headline, however
    much it reads as a sentence."""
    mark = _ITEM_MARKER_RE.match(blocks[k].text)
    prev = blocks[k - 1] if k > 0 else None
    return (
        mark is not None
        and prev is not None
        and prev.reason == "related-links"
        and blocks[k].words <= LIST_ITEM_MAX_WORDS
        and (prev_mark := _ITEM_MARKER_RE.match(prev.text)) is not None
        and prev_mark.group(1) == mark.group(1)
    )


def lead_lines_back(blocks: list[Block]) -> None:
    """The opening lines the main-text search marked as the article's own (``lead``: a "Key facts" box between the
    byline and the first paragraph, a live page's newest entry time) and then set aside with the page around the
    prose run: they stay the article's."""
    for b in blocks:
        if b.lead and b.reason == "outside-main-text":
            b.reason = None


def classify(
    texts: list[str],
    *,
    title_hint: str | None = None,
    recurring: frozenset[str] = frozenset(),
    gentle: bool = False,
    known_authors: tuple[str, ...] = (),
    description: str | None = None,
    dek: str | None = None,
    indents: list[int] | None = None,
    word_lists: list[list[str]] | None = None,
    linked: frozenset[int] = frozenset(),
    spaced: frozenset[str] = frozenset(),
) -> tuple[list[Block], Stripped]:
    """Judge every block; ``gentle`` is for text an HTML extractor already trimmed (no edge trimming).

    ``linked`` (HTML only): indices of blocks the page prints as the whole text of a link.

    ``word_lists`` (each text's lower-cased words, as ``normalise`` reads them) spares reading them again.

    ``spaced``: the texts of lines the raw text set out as a menu with runs of spaces (``spaced_menus``).
    """
    if word_lists is None:
        word_lists = [lower_words(t) for t in texts]
    stopwords = stopwords_of_sample(sample_words(texts, word_lists))
    blocks = [make_block(t, stopwords, words) for t, words in zip(texts, word_lists)]
    for b, indent in zip(blocks, indents or ()):
        b.indent = indent
    info = Stripped(text="", removed=[], removed_share=0.0, headings=[])
    authors: list[str] = []
    author_norms = {normalise(a) for a in known_authors}

    # 1. line-local signals: recurring lines, furniture formulas, bylines, date lines
    lines = [BULLET_RE.sub("", t) if t[:1] in BULLET_CHARS else t for t in texts]  # extractors keep "- "
    if NESTED_MARKERS:  # a renderer's markers of nested list items ("+ About Us", "o Privacy Policy")
        lines = [t[2:] if t[:2] == "+ " or (t[:2] == "o " and not t[2:3].islower()) else t for t in lines]
    strong_rules = strong_rules_for(lines)  # the article's furniture keys, looked for once
    prose_seen = False
    dated: list[int] = []  # the blocks the date lines come from, in order
    for k, (b, line) in enumerate(zip(blocks, lines)):
        if b.words == 0 and not b.text.strip("-_=*~#. "):
            b.reason = "separator"
            continue
        if reason := line_furniture_reason(b, line, strong_rules):
            b.reason = reason
        elif _BUTTON_ROW_RE.fullmatch(line):
            b.reason = "share-bar"  # "[ Print this article ]  [ Email this article ]": a print view's buttons
        elif b.words <= NAME_COPYRIGHT_MAX_WORDS and NAME_COPYRIGHT_RE.match(line):
            b.reason = "copyright"  # "Valley Courier © 2026 · All opinions our own"
        elif (
            b.words <= 40
            # below the first paragraph only a line that says "By" is a byline: "Touch Bar and Escape Key" is a heading
            and (not prose_seen or _BY_PREFIX_RE.match(b.text))
            and (names := parse_byline(b.text))
        ):
            b.reason = "byline"
            authors.extend(names)
            if is_dateline(re.split(r"[|•·]", b.text)[-1]):
                info.date_lines.append(b.text)
                dated.append(k)
            elif (stated := byline_date(b.text) or _date_after_names(b.text)) and is_dateline(stated):
                info.date_lines.append(stated)  # "Posted on 14/03/2025 by Jane Doe", "By Jane Doe, 1 May 2025"
                dated.append(k)
        elif not prose_seen and b.words <= PLACE_BYLINE_MAX_WORDS and (names := place_byline(b.text)):
            b.reason = "byline"  # "Londres | Marta Iglesias Fontán": the reporter's place, then her name
            authors.extend(names)
        elif b.words <= 25 and is_dateline(b.text):
            b.reason = "dateline"
            info.date_lines.append(b.text)
            dated.append(k)
        elif not prose_seen and b.words <= TICKER_MAX_WORDS and ticker_line(b.text):
            b.reason = "widget"  # a market-data strip over the headline (below it, a table's row may read alike)
        elif not prose_seen and b.words <= DESK_BYLINE_MAX_WORDS and _DESK_BYLINE_RE.match(b.text):
            b.reason = "byline"  # "By the Valley Voice news team": the outlet's desk credits no author
        elif b.words <= 25 and (stamp := _credited_stamp(b.text)):
            b.reason = "dateline"  # "posted July 20, 2026 | by the Valley staff": a staff credit names no author
            info.date_lines.append(stamp)
            dated.append(k)
        elif b.norm in recurring:  # after the bylines and date lines: a site's "Updated ..." line still dates it
            b.reason = "recurring-in-source"
        elif author_norms and b.norm in author_norms:
            b.reason = "byline"
        elif MENU_LINES and (
            (menu_line(line) and not _table_header(line, lines[k + 1 : k + 2]))
            or glyph_menu(line)
            # (a row of topics spaced out under the story belongs to the box over it)
            or (not prose_seen and line in spaced)
        ):
            b.reason = "navigation"  # after the byline rules: "By Jane Roe | Reuters | 20 Nov" is a byline
        if b.reason in (None, CORRECTION_NOTE) and b.words <= NOTICE_MAX_WORDS and (stamp := note_stamp(b.text)):
            b.reason = CORRECTION_NOTE  # "Updated October 8, 2026 at 2:15 pm ET: Corrects ...": it dates the revision
            info.date_lines.append(stamp)
            dated.append(k)
        # (also a copyright sign in another line's small print: "Cookie Policy | © Valley Digital 2026")
        if (b.reason in _PUBLISHER_REASONS or "©" in b.text) and publisher_from_line(b.text):
            info.publisher_lines.append(b.text)
        prose_seen = prose_seen or (b.reason is None and b.words >= 10 and b.ends_sentence)

    share_bar_buttons(blocks)
    if not gentle:
        newsletter_opening(blocks)
    # a press release's dateline opens its first paragraph and stays there; its date is the release's
    wire_idx = next(
        (i for i, b in enumerate(blocks[:WIRE_DATELINE_WITHIN]) if b.reason is None and wire_dateline(b.text)), None
    )
    if wire_idx is not None:
        info.date_lines.append(wire_dateline(blocks[wire_idx].text) or "")
    # (before the author box: "About <Company>" is none); a news agency's dateline opens no press release
    release = wire_idx is not None and WIRE_TAG_RE.search(blocks[wire_idx].text[:160]) is not None
    press_release_tail(blocks, wire=release)
    for i, b in enumerate(blocks[:-1]):  # "About Jane Doe" over a paragraph about her: the author box
        m = _ABOUT_AUTHOR_RE.match(b.text) if b.reason is None and b.words <= 6 else None
        nxt = next((c for c in blocks[i + 1 : i + 3] if c.reason is None), None)
        if m is None or nxt is None:
            continue
        surname = (m.group(2) or "").split()[-1:]
        if m.group(1) or (surname and surname[0] in nxt.text):
            b.reason = nxt.reason = "author-bio"
    authors.extend(_sign_off(blocks))
    if authors:  # "Lena Hoffmann is Technology Correspondent at TechDesk. Follow her on X": the byline's bio at the end
        tail = [b for b in blocks if b.reason is None][-AUTHOR_BIO_TAIL:]
        for b in tail:
            if _bio_of(b.text, authors, b.words, _AUTHOR_BIO_RE):
                b.reason = "author-bio"
    if not gentle:  # an HTML extractor has dropped the figures already
        captions(blocks)
        if ALT_AND_CAPTION:
            alt_and_caption(blocks)
    for prev, b in zip(blocks, blocks[1:]):  # the keyword list under a "Tags" label
        if prev.reason == "tags" and b.reason is None and TAG_LIST_RE.match(b.text):
            b.reason = "tags"
    # 2. the headline (and its repeats), then the dek that sits between it and the byline
    title_norm = normalise(title_hint) if title_hint else ""
    menu_lines: set[int] = set()
    if MASTHEADS and not gentle:  # the site's name printed over the headline is no headline
        menu_lines = vertical_menu(blocks)
        header_notices(blocks)
        agencies = [dateline_agency(b.text) for b in blocks[:WIRE_DATELINE_WITHIN] if b.reason is None]
        masthead(blocks, info.publisher_lines, title_norm, [a for a in agencies if a])
        if HEADER_CHROME:
            header_chrome(blocks, title_norm)
    head_idx = None
    if title_norm:
        for i, b in enumerate(blocks):
            if b.norm == title_norm and b.reason is None:
                head_idx = i
                break
    if head_idx is None and not gentle and not title_norm:
        head_idx = _repeated_headline(blocks)
        if head_idx is not None:
            _masthead_over(blocks, head_idx)
    if head_idx is None and not gentle and not title_norm:  # a given title not in the text: no guessing
        # (under a masthead, a menu printed one item a line uses up no place)
        free = menu_lines if any(b.reason == "masthead" for b in blocks[:MASTHEAD_WITHIN]) else set()
        counted = 0
        for i, b in enumerate(blocks):
            counted += i not in free
            if counted > HEADLINE_WITHIN:
                break
            if b.reason is not None:
                continue
            if _section_label(blocks, i):
                b.reason = "navigation"
                continue
            if _tagline_over_menu(blocks, i):
                b.reason = "header"
                continue
            if (_caps_label(b.text) or (b.text.isupper() and outlet_line(b.text))) and _over_dateline_lead(blocks, i):
                # "NEWS WIRE" over "BRUSSELS, Oct 14 (ENW) - ...": the service's name over its story, no headline
                named = any(c.reason == "masthead" for c in blocks[:i])
                b.reason = "navigation" if named else "masthead"
                continue
            if b.words <= HEADLINE_MAX_WORDS and _headline_stop(b.text) and len(blocks) > i + 1:
                head_idx = i
            break
    if head_idx is not None:
        blocks[head_idx].reason = "headline"
        info.title = blocks[head_idx].text
        title_norm = blocks[head_idx].norm
        info.date_lines = _below_date_bar(blocks, head_idx, dated, info.date_lines)
    if title_norm:
        for b in blocks:
            if b.reason is None and b.norm == title_norm:
                b.reason = "repeated-headline"
            elif (
                b.reason is None and b.norm.startswith(title_norm + " ") and b.words <= 2 * len(title_norm.split()) + 15
            ):
                b.reason = "caption"  # the lead image's alt text glued to its caption
    first_body = next((i for i, b in enumerate(blocks) if b.good), len(blocks))
    for b in blocks[:first_body]:
        if b.reason is not None:
            continue
        located = _NAME_IN_PLACE_RE.match(b.text)  # "Jennifer Rankin in Brussels"
        name = located.group(1) if located else b.text.strip()
        if looks_like_name(name):
            b.reason = "byline"
            authors.append(name)
        elif stamp := _outlet_byline(b.text):
            b.reason = "byline"  # "Jane Doe | Valley Times | 1 Dec 2026": the name, the outlet, the date
            authors.append(_STAMP_PARTS_RE.split(b.text.strip())[0])
            if stamp is not True:
                info.date_lines.append(stamp)
    for i in range(1, len(blocks)):  # a name printed twice in a row is a byline wherever it is
        a, b = blocks[i - 1], blocks[i]
        if b.reason is None and a.norm == b.norm and looks_like_name(b.text):
            a.reason = b.reason = "byline"
            authors.append(b.text.strip())
        elif a.reason == "byline" and b.reason is None and outlet_line(b.text):
            b.reason = "byline"  # "By Jane Doe" over "Associated Press": the outlet the byline credits
    start = head_idx + 1 if head_idx is not None else 0
    dek_idx = next((i for i in range(start, min(start + 3, len(blocks))) if blocks[i].reason is None), None)
    if dek and dek_idx is not None and blocks[dek_idx].norm == normalise(dek):
        blocks[dek_idx].reason = "subtitle"  # the page printed it as a sub-heading, not as the opening paragraph
        info.subtitle = blocks[dek_idx].text
    elif dek_idx is not None and not gentle:
        lead = blocks[dek_idx]
        after = [b for b in blocks[dek_idx + 1 : dek_idx + 5] if b.reason not in ("advertisement", "caption")]
        # a press release's dateline paragraph stands where a story's byline does: under the dek
        wire_block = blocks[wire_idx] if wire_idx is not None else None
        by_next = any(b.reason in ("byline", "dateline") or b is wire_block for b in after[:3])
        # a paragraph opening with a news dateline ("GENEVA (AP) — Last year was ...") is the story's lead, even
        # when the byline is printed under it
        lead_para = NEWS_DATELINE_RE.match(lead.text) is not None
        if _bio_of(lead.text, authors):
            lead.reason = "author-bio"  # "Jane Roe is director of ...": the author's bio under her byline
        elif (description and lead.norm == normalise(description)) or (
            by_next and 5 <= lead.words <= 60 and head_idx is not None and not lead_para and not _news_lede(lead.text)
        ):
            lead.reason = "subtitle"
            info.subtitle = lead.text

    # 3. zones: comment sections and related-link lists
    good_idx = [i for i, b in enumerate(blocks) if b.good]
    if good_idx:
        good_chars = sum(len(blocks[i].text) for i in good_idx)
        seen_chars = seen_good = 0
        for i, b in enumerate(blocks):
            if b.good:
                seen_chars += len(b.text)
                seen_good += 1
            article_seen = seen_chars >= 0.5 * good_chars or seen_good >= COMMENT_AFTER_PARAGRAPHS
            if i > good_idx[0] and article_seen and COMMENT_START_RE.match(b.text):
                if comment_button(blocks, i):
                    b.reason = "comments"
                    continue
                for c in blocks[i:]:
                    if c.reason is None or c.reason in ("recurring-in-source",):
                        c.reason = "comments"
                break
    if COMMENT_THREADS and not gentle:
        comment_thread(blocks)
    norm_counts: Counter = Counter()  # counted once a related-links zone needs it
    for i, b in enumerate(blocks):
        # only a section label ("Related Articles", "More from Sport") opens a zone; "Read more: <headline>" is one line
        if b.reason in (None, "related-links") and RELATED_START_RE.match(b.text):
            b.reason = "related-links"
            if not norm_counts:
                norm_counts.update(c.norm for c in blocks)
            cards: list[int] = []
            for k in range(i + 1, len(blocks)):
                c = blocks[k]
                if c.reason is not None:
                    continue
                # a teaser's blurb reads as prose; it is one per card, closed by the card's furniture ("Read more",
                # its share buttons), where the article's own paragraphs run on one after another
                # (a teaser's headline may ask a question: "What happens to your savings now?" over the next one)
                if (
                    c.good
                    and not _question_teaser(blocks, k)
                    and not _next_item(blocks, k)
                    and (gentle or c.words > TEASER_MAX_WORDS or not card_end(blocks, k, norm_counts))
                ):
                    if not gentle and last_card(blocks, k, cards):
                        c.reason = "related-links"
                    break
                c.reason = "related-links"
                if c.prose:
                    cards.append(k)

    # Structure-only rules (dropping short lines for where they sit) need evidence that the text carries page
    # furniture at all; a clean article's closing list of fixtures or award winners is body.
    pagelike = not gentle and (sum(b.reason in PAGE_FURNITURE for b in blocks) >= 1 or _page_shaped(blocks))
    # 4. the main text: the densest run of prose; a whole page rendered to text has several islands of it
    if pagelike and REPEATED_LABELS:
        repeated_labels(blocks)
    if pagelike:
        fact_box_over_lead(blocks)
        main_region(blocks)
        lead_lines_back(blocks)
        above_byline(blocks, info)
    # 5. edges: what comes before the first and after the last real paragraph
    good_idx = [i for i, b in enumerate(blocks) if b.good]
    if good_idx and not gentle:
        first, last = good_idx[0], extend_over_list(blocks, good_idx[-1])
        first = next((i for i, b in enumerate(blocks[:first]) if b.lead and b.reason is None), first)
        last = max(
            (i for i in range(last + 1, len(blocks)) if blocks[i].trail and blocks[i].reason is None), default=last
        )
        for b in blocks[:first]:
            if b.reason is None and (pagelike or (b.words <= 3 and not DIGIT_RE.search(b.text))):
                b.reason = "navigation" if b.words <= 6 else "header"
        tail_sentences = 0
        for b in blocks[last + 1 :] if pagelike else []:
            if b.reason is None:
                if b.ends_sentence and b.words >= 4 and tail_sentences < 2 and b.stop_share >= 0.2:
                    tail_sentences += 1
                    continue
                b.reason = "footer"
    if pagelike:
        sandwiched(blocks)
    # 6. inside the body: link lists, headings, repeats
    if pagelike:
        listed = [b.reason for b in blocks]
        link_lists(blocks)
        data_rows_back(blocks, listed)
    if gentle and GENTLE_TAIL_LISTS:
        trailing_teasers(blocks)
    if gentle and linked:
        linked_runs(blocks, linked)
    seen: dict[str, int] = {}  # each text's first block
    paragraphs_seen = 0
    body = [i for i, b in enumerate(blocks) if b.reason is None]
    turns = {i for i, turn in zip(body, speaker_turns([blocks[i].text for i in body])) if turn}
    for pos, i in enumerate(body):
        b = blocks[i]
        if b.norm in seen and not gentle and (b.words >= 8 or (pagelike and b.words >= 3)):
            b.reason = "repeated"
            if pagelike and b.prose and paragraphs_seen == 1:  # the first copy is the only paragraph above
                blocks[seen[b.norm]].reason = "subtitle"  # the dek, printed over the photo and again under it
            continue
        seen.setdefault(b.norm, i)
        paragraphs_seen += b.good
        if i in turns:
            continue  # "HOST: And against the benchmark?": a turn of speech, neither a heading nor a footer
        if b.label_like and _pictograph_label(b.text):
            b.heading = True  # "📈 BY THE NUMBERS" over a list of short figures: the section's heading all the same
            continue
        if b.label_like and _figure_list_title(blocks, body[pos:]):
            b.heading = True  # "Key facts" over "Population: 48.2 million", "Median age: 41": the box's heading
            continue
        prev_listy = pos > 0 and blocks[body[pos - 1]].heading_like
        if b.heading_like and pos + 1 < len(body) and not prev_listy:
            nxt = blocks[body[pos + 1]]
            after_prose = pos > 0 and blocks[body[pos - 1]].good
            if nxt.words > b.words and (not nxt.heading_like or (after_prose and b.words <= 5)):
                b.heading = True  # a heading before prose, or a short title over a list ("Key facts")
        elif b.heading_like and pos + 1 == len(body) and pagelike and b.words <= 8:
            b.reason = "footer"

    if pagelike:  # a learned second opinion on the kept text's edges, for a site the rules were not tuned on
        score_blocks(blocks)
    info.date_lines = _comment_stamps(blocks, dated, info.date_lines)
    info.publisher_lines += [b.text for b in blocks if b.reason is not None and _footer_name_line(b)]
    kept = [b for b in blocks if b.reason is None]
    info.text = "\n\n".join(b.text for b in kept)
    info.headings = [b.text for b in kept if b.heading]
    info.removed = [{"text": b.text, "reason": b.reason} for b in blocks if b.reason is not None]
    total = sum(len(b.text) for b in blocks)
    info.removed_share = (sum(len(b.text) for b in blocks if b.reason) / total) if total else 0.0
    info.byline_authors = unique_names(authors)
    return blocks, info


def _comment_stamps(blocks: list[Block], dated: list[int], date_lines: list[str]) -> list[str]:
    """The date lines without the comments' time stamps: a date line inside the comment section (after the first
    comment block below the body) dates a reader's comment, not the article. The stamps join the comments."""
    body = next((i for i, b in enumerate(blocks) if b.good), None)
    if body is None:
        return date_lines
    zone = next((i for i in range(body + 1, len(blocks)) if blocks[i].reason == "comments"), None)
    if zone is None or any(b.good for b in blocks[zone:]):
        return date_lines  # (a comment button inside the article: the article goes on under it)
    late = [k for k in dated if k > zone]
    if not late:
        return date_lines
    for k in late:
        blocks[k].reason = "comments"
    stamps = [blocks[k].text for k in late]
    return [d for d in date_lines if not any(d in t for t in stamps)]


WIRE_DATELINE_WITHIN = 12  # blocks from the top a press release's dateline paragraph may open
PRESS_RELEASE_MIN_BODY = 2  # real paragraphs above a closing section: the release's own text comes first
ABOUT_BOX_MAX_PARAGRAPHS = 4  # paragraphs under one "About <Company>" heading (a story's section runs longer)
CONTACT_LINE_MAX_WORDS = 12  # a contact block's lines: a name, a title, a number, an address
PRESS_RELEASE_MARKER_MAX_WORDS = 40  # (a contact heading may carry the contact after its colon)
# reasons a closing section's lines may already carry from the line rules ("Media Contact:" is "contact")
_PRESS_RELEASE_RELABEL = frozenset({None, "contact", "separator"})


def _company_description(text: str) -> bool:
    """A paragraph describing a company (what it makes, where, since when, its address), not a person's bio."""
    return COMPANY_CUE_RE.search(text) is not None and JOURNALIST_CUE_RE.search(text) is None


def press_release_tail(blocks: list[Block], wire: bool = False) -> None:
    """A press release's closing sections, each heading with what it holds: the "About <Company>" boxes, the
    forward-looking-statements notice, the media and investor contacts, the "SOURCE" line and the end mark.

    A section counts only after the release's own text (``PRESS_RELEASE_MIN_BODY`` paragraphs above it). An
    "About" box needs a company's description under its heading and at most ``ABOUT_BOX_MAX_PARAGRAPHS``
    paragraphs before the next section or the end: a story's own "About ..." sub-heading runs on. A legal heading
    needs the notice's words in its first paragraph. Contacts, "SOURCE" lines and end marks, which a story may
    print too, go only in a release (its wire dateline, ``wire``, or one of the sections above).
    """
    markers: dict[int, str] = {}
    for i, b in enumerate(blocks):
        if b.reason not in _PRESS_RELEASE_RELABEL or b.words > PRESS_RELEASE_MARKER_MAX_WORDS:
            continue
        if kind := press_release_marker(b.text):
            markers[i] = kind
        elif b.reason is None and LEGAL_RUN_IN_RE.match(b.text) and LEGAL_CONTENT_RE.search(b.text):
            markers[i] = "legal-run-in"
    if not markers:
        return
    order = sorted(markers)
    body_before = 0
    seen = 0
    spans: list[tuple[str, int, int]] = []  # (kind, first block, end)
    for n, i in enumerate(order):
        body_before += sum(b.good for b in blocks[seen:i])
        seen = i
        if body_before < PRESS_RELEASE_MIN_BODY:
            continue
        kind = markers[i]
        nxt = order[n + 1] if n + 1 < len(order) else len(blocks)
        inside = [k for k in range(i + 1, nxt) if blocks[k].reason is None]
        if kind == "about":
            paragraphs = sum(blocks[k].prose for k in inside)
            if inside and paragraphs <= ABOUT_BOX_MAX_PARAGRAPHS and _company_description(blocks[inside[0]].text):
                spans.append((kind, i, nxt))
        elif kind == "legal":
            if inside and LEGAL_CONTENT_RE.search(blocks[inside[0]].text):
                spans.append((kind, i, nxt))
        elif kind == "contact":
            end = i + 1
            while end < nxt and (
                blocks[end].reason is not None
                or (blocks[end].words <= CONTACT_LINE_MAX_WORDS and not blocks[end].prose)
            ):
                end += 1
            spans.append((kind, i, end))
        else:  # a "SOURCE" line, an end mark, a notice run into its heading: the line alone
            spans.append((kind, i, i + 1))
    if not wire and not any(kind in ("about", "legal", "legal-run-in") for kind, _, _ in spans):
        return
    for _, first, end in spans:
        for b in blocks[first:end]:
            if b.reason in _PRESS_RELEASE_RELABEL:
                b.reason = PRESS_RELEASE_REASON


PAGE_SHAPE_MIN_BLOCKS = 40  # a whole page rendered to text: its menus and teasers are many short lines
PAGE_SHAPE_SHORT_SHARE = 0.6
PAGE_SHAPE_MARGINS = 3  # a renderer sets each element in by its depth: a page keeps several margins


def _page_shaped(blocks: list[Block]) -> bool:
    """A text shaped like a whole page even where no furniture phrase is known (a language the phrases miss, a
    site that words its boxes its own way): many lines, most of them short lines that are no paragraph."""
    n = len(blocks)
    if not PAGE_SHAPE:
        return False
    if MANY_MARGINS and n >= MANY_MARGINS_MIN_BLOCKS and len({b.indent for b in blocks}) >= MANY_MARGINS:
        return True  # a renderer sets each element in by its depth: a short page still keeps many margins
    if n < PAGE_SHAPE_MIN_BLOCKS:
        return False
    if sum(not b.prose for b in blocks) < PAGE_SHAPE_SHORT_SHARE * n:
        return False
    if len({b.indent for b in blocks}) >= PAGE_SHAPE_MARGINS:
        return True
    # set flush at one margin: a clean article with a long list (winners, fixtures) is one too, so only a page
    # with both a header and a footer of short lines (a menu over the first paragraph, a menu under the last)
    prose = [i for i, b in enumerate(blocks) if b.prose]
    return bool(prose) and min(prose[0], n - 1 - prose[-1]) >= PAGE_SHAPE_FLUSH_EDGE


PAGE_SHAPE = True
PAGE_SHAPE_FLUSH_EDGE = 10  # short lines above the first and below the last paragraph of a page set flush
MANY_MARGINS = 5  # distinct left margins that make even a short text (a dozen lines) a rendered page
MANY_MARGINS_MIN_BLOCKS = 12
REPEATED_LABELS = True
REPEATED_LABEL_MIN = 3  # copies of one short line in a page: each card's share buttons, each box's "Read more"
REPEATED_LABEL_MAX_WORDS = 6
_DATA_LABEL_RE = re.compile(r"[:%\d]")


def repeated_labels(blocks: list[Block]) -> None:
    """A short label the page prints three times or more ("Whatsapp Facebook Pint Baixar" under each card, "Read
    more" under each teaser) is a widget's, in any language: an article does not repeat a line that often.
    Every copy goes, the first too (the rules for repeats keep a text's first copy)."""
    counts = Counter(b.norm for b in blocks if b.reason is None and 0 < b.words <= REPEATED_LABEL_MAX_WORDS)
    common = {norm for norm, c in counts.items() if c >= REPEATED_LABEL_MIN}
    if not common:
        return
    for b in blocks:
        # not a line with a colon, a figure or a per cent sign: a heading announcing what follows ("Dare to Play
        # 3:", which a menu item repeats), a table's header row over each table, a product's "See it now: Shop"
        if b.reason is None and b.norm in common and not b.ends_sentence and not _DATA_LABEL_RE.search(b.text):
            b.reason = "repeated-label"


HEADLINE_WITHIN = 8  # blocks from the top the headline may open at, a menu's lines not counted
HEADLINE_MIN_WORDS = 3  # under a masthead: fewer words make a menu item, not the headline
HEADLINE_MAX_WORDS = 30  # an unlabelled text's first short line without a full stop is its headline
MASTHEADS = True
MASTHEAD_WITHIN = 4  # blocks from the top a masthead may sit in (under a "Skip to content" or a cookie notice)
MASTHEAD_MAX_WORDS = 5
# The last word of most publication names ("Coastal Herald", "The Valley Times", "St. Louis Post-Dispatch").
_MASTHEAD_WORDS_TEXT = (
    "times herald post news gazette journal tribune telegraph chronicle wire standard observer express mirror mail "
    "independent record courier examiner inquirer enquirer bulletin dispatch register sentinel monitor press daily "
    "weekly guardian globe star sun ledger leader reporter advertiser argus beacon messenger citizen recorder "
    "transcript review magazine today online blog"
)
MASTHEAD_WORDS = frozenset(_MASTHEAD_WORDS_TEXT.split())
# Of those, the words a headline ends in as often ("Striker's Club Record", "Harbour Board Review"): they make a
# name only over a menu, not over a longer line alone (which may be the headline's dek).
_COMMON_NOUN_MASTHEAD_WORDS_TEXT = (
    "post wire standard express mirror mail independent record monitor press star sun leader reporter beacon "
    "messenger citizen recorder transcript review magazine today online globe"
)
_COMMON_NOUN_MASTHEAD_WORDS = frozenset(_COMMON_NOUN_MASTHEAD_WORDS_TEXT.split())
# Lower-case words a publication's name may hold; any other one makes the line a sentence's ("Markets tumble").
_NAME_SMALL_WORDS_TEXT = "the of and de du des la le el di der die das y e et"
_NAME_SMALL_WORDS = frozenset(_NAME_SMALL_WORDS_TEXT.split())
# Words that make a title-case line a headline ("Fed To Raise Rates", "Markets Tumble As Oil Slides").
_HEADLINE_WORDS_TEXT = (
    "is are was were be been has have had will would can could may might must says said say to as after amid over "
    "for with on at in by from against into"
)
_HEADLINE_WORDS = frozenset(_HEADLINE_WORDS_TEXT.split())
# "World News", "Breaking News": a section's label over the headline, not the publication's name.
_SECTION_WORDS_TEXT = (
    "world breaking latest top local national international business sport sports tech technology science "
    "health entertainment politics us uk more markets economy opinion culture travel lifestyle environment education"
)
_SECTION_WORDS = frozenset(_SECTION_WORDS_TEXT.split())
_SENTENCE_MARKS = (",", ";", ":", "?", "!", '"', "“", "”")


def _name_shaped(text: str) -> bool:
    """A few title-case words without sentence punctuation or a verb: how a publication's name is printed."""
    tokens = text.split()
    if (
        not 1 <= len(tokens) <= MASTHEAD_MAX_WORDS
        or text.rstrip().endswith(".")
        or any(m in text for m in _SENTENCE_MARKS)
    ):
        return False
    for token in tokens:
        word = token.strip("()'’")
        if not word:
            return False
        if word.lower() in _HEADLINE_WORDS:
            return False
        if not (word[0].isupper() or word[0].isdigit() or word in _NAME_SMALL_WORDS or word == "&"):
            return False
    return True


# Inflected words inside a title-case line that make it a headline ("Bolt Breaks World Record", "Storm Battered
# Coast Times"); the time of day of a paper's name is none ("Evening Standard").
_INFLECTED_RE = re.compile(r"\w{2,}(?:[^s]s|ed|ing)$")
_NOT_INFLECTED = frozenset({"evening", "morning"})


def publication_name(norm: str) -> bool:
    """A normalised name shaped as a publication's ("the valley post", "severn valley gazette")."""
    return _publication_name(norm, True)


def _publication_name(norm: str, menu: bool) -> bool:
    """A name ending in a newspaper's word ("Coastal Herald"), not a section label made of one ("World News") nor a
    title-case headline whose verb sits inside it ("Bolt Breaks World Record": a place's "s" is lost with it, as in
    "Los Angeles Times", which then stays where it was)."""
    words = norm.split()
    if not words or words[-1] not in MASTHEAD_WORDS or all(w in _SECTION_WORDS for w in words[:-1]):
        return False
    if words[-1] in _COMMON_NOUN_MASTHEAD_WORDS and not menu:
        return False
    inside = words[1:-1]
    return not any(_INFLECTED_RE.search(w) and w not in _NOT_INFLECTED | MASTHEAD_WORDS for w in inside)


def _headline_after(blocks: list[Block], i: int, over_labels: bool = False) -> int | None:
    """The first block after ``i`` that could be a headline, over navigation and separators; None if another
    kind of line comes first (a paragraph, a byline: then the line at ``i`` is the headline itself).

    ``over_labels``: also over other page furniture and a section's short label ("SPORT"), for a line that is the
    site's by its own shape (a name with its tagline, a consent banner)."""
    for k in range(i + 1, len(blocks)):
        b = blocks[k]
        if b.reason in ("separator", "navigation", "byline", "dateline"):
            continue  # (a blog prints its name, then "Posted by ... on ...", then the post's title)
        if over_labels and (b.reason in PAGE_FURNITURE or (b.reason is None and b.words < HEADLINE_MIN_WORDS)):
            continue
        # a headline has a few words: a one- or two-word line under the name is a menu's item ("Frontpage")
        shaped = (
            b.reason is None
            and HEADLINE_MIN_WORDS <= b.words <= HEADLINE_MAX_WORDS
            and not b.text.rstrip().endswith(".")
        )
        return k if shaped and k + 1 < len(blocks) else None
    return None


HEADER_CHROME = True
HEADER_CHROME_LINES = 4  # passes over the top: a name, a menu, a section's label, a kicker
HEADER_SCAN = 12  # blocks from a header line the headline under it is looked for in
CHROME_MAX_WORDS = 8  # a name, a label or a menu printed without separators
CHROME_MAX_OPEN_BETWEEN = 2  # short open lines between a header line and the headline (a page's long menu: none)
NAME_MAX_WORDS = 3  # words of a masthead besides its "The" (more make a menu: "Towns Business Transport Opinion")
# A kicker's label over the headline ("Breaking: Harbour ferry inquiry"): what follows it names a topic, no event.
_KICKER_RE = re.compile(
    r"^\s*(?:breaking(?: news)?|exclusive|live|watch|analysis|opinion|explainer|developing|just in|updated?)\s*"
    r"[:|–—-]\s*(?P<topic>.+)$",
    re.I,
)
_ITEM_MARKS = frozenset({"+ ", "o ", "* ", "- ", "• "})
_SENTENCE_BREAK_RE = re.compile(r"\b[a-z]{2,}\. [A-Z]")
_CAMEL_RE = re.compile(r"[a-z][A-Z]")  # "IrishWire": a brand's spelling, no word of a sentence


def _headline_voice(text: str) -> bool:
    """Whether a line reads as a headline or a sentence, not as a name, a menu or a label: it holds a lower-case
    word (other than a name's "of" or "de"), a verb or function word of a title-case headline ("Fed To Raise
    Rates"), or a sentence's punctuation."""
    if any(m in text for m in _SENTENCE_MARKS):
        return True
    return any(
        (w[0].islower() and w not in _NAME_SMALL_WORDS) or w.lower() in _HEADLINE_WORDS
        for w in re.findall(r"[^\W\d_][\w'’-]*", text)
    )


def _kicker(text: str) -> bool:
    """A kicker's label and topic ("Exclusive: Harbour ferry contract"): no verb, no function word after the
    label; "Breaking: Minister resigns" is the headline itself."""
    m = _KICKER_RE.match(text)
    if m is None:
        return False
    words = m.group("topic").lower().split()
    return not any(w in _HEADLINE_WORDS or w in _TITLE_SMALL_WORDS or _INFLECTED_RE.search(w) for w in words)


def _reads_as_headline(b: Block, over: Block) -> bool:
    """A line that can be the headline under the header line ``over``: longer, headline-shaped, in a headline's
    voice."""
    return (
        b.reason is None
        and b.text[:2] not in _ITEM_MARKS  # a list's item ("o Were You Seen?") is a menu's or a teaser's
        and max(HEADLINE_MIN_WORDS, over.words + 1) <= b.words <= HEADLINE_MAX_WORDS
        and _headline_stop(b.text.rstrip("\"”’'») "))
        and not _SENTENCE_BREAK_RE.search(b.text)  # a notice's two sentences ("... to us. We have updated ...")
        and _headline_voice(b.text)
    )


def _chrome_over(blocks: list[Block], top: int, title_norm: str = "") -> int | None:
    """The headline under the header line at ``top`` when that line is the site's, not the headline; else None.

    Above the body, a line not in a headline's voice gives way to one that is when the page leaves it no
    headline's slot: something stands between them (a menu, a date line, a section's label), or a dek sits under
    that headline, or the line is a kicker's label. A short real headline straight over its dek ("Harbour Board
    Review", the dek, the byline) keeps its place. A given title (``title_norm``) is the headline wherever it
    reads."""
    b = blocks[top]
    kicker = _kicker(b.text)
    # (a label, a name: never the headline)
    label = (
        _caps_label(b.text) or site_crumbs(b.text) is not None or _tagged_label(b.text) or _edition_name(b.text)
    )
    if (
        not (kicker or label)
        and (b.words > CHROME_MAX_WORDS or b.text.rstrip().endswith(".") or _headline_voice(b.text))
    ):
        return None
    open_between = 0
    for k in range(top + 1, min(len(blocks) - 1, top + 1 + HEADER_SCAN)):
        c = blocks[k]
        if c.reason is not None:
            continue
        if (_reads_as_headline(c, b) and not (label and c.text.isupper() and not _caps_headline(c.text))) or (
            title_norm and c.norm == title_norm
        ):
            break
        open_between += 1
        if c.prose or kicker or open_between > CHROME_MAX_OPEN_BETWEEN:
            return None  # the body has begun, the kicker's line sits over no headline, or a whole page's menu
    else:
        return None
    between = any(c.reason != "separator" for c in blocks[top + 1 : k])
    dek = next((c for c in blocks[k + 1 :] if c.reason != "separator"), None)
    under = dek is not None and dek.reason is None and not dek.prose and _reads_as_headline(dek, b)
    return k if kicker or label or between or under or _crumbs(b.text) else None


_CRUMB_SEPARATOR_RE = re.compile(r"\s+[|>»/]\s+")
CAPS_LABEL_MAX_WORDS = 3


def _caps_label(text: str) -> bool:
    """A short label in capitals without a verb ("OUTBREAK WATCH", "WORLD NEWS WIRE", "IN BRIEF", "AT A GLANCE"): a
    kicker, a section or a site's name over a headline set in mixed case. A headline in capitals carries its verb
    ("STORM HITS COAST"); a label may open with a preposition and its small words, never hold a verb."""
    words = [w.lower() for w in text.split()]
    prepositional = bool(words) and words[0] in _TITLE_SMALL_WORDS
    return (
        text.isupper()
        and 1 <= len(words) <= CAPS_LABEL_MAX_WORDS
        and not DIGIT_RE.search(text)
        and not any(m in text for m in _SENTENCE_MARKS)
        # (after a preposition a noun: "IN FOCUS", "IN PICTURES" hold no verb whatever their endings)
        and not any(
            (_INFLECTED_RE.search(w) and not prepositional)
            or (w in _HEADLINE_WORDS and not (prepositional and w in _TITLE_SMALL_WORDS))
            for w in words
        )
    )


_EDITION_RE = re.compile(r"(?:[A-Za-z]+\s+){0,2}edition", re.I)


def _edition_name(text: str) -> str | None:
    """The publication's name a masthead prints with its edition ("Valley Courier – International edition",
    "The Harbour Post | UK Edition"): the name, else None."""
    parts = _TAGLINE_SPLIT_RE.split(text.strip())
    if len(parts) == 2 and _EDITION_RE.fullmatch(parts[1]) and _name_shaped(parts[0]):
        return parts[0]
    return None


def _tagged_label(text: str) -> bool:
    """A section's or a service's label paired with the outlet's name or a topic around a dash ("Science Briefs -
    Northbridge Courier", "SPORTS WIRE - Football"): two name-shaped parts without figures, one of them set in
    capitals or shaped as a publication's name. A headline around a dash reads as one ("Harbour Board — the vote
    that split a town")."""
    parts = _TAGLINE_SPLIT_RE.split(text.strip())
    return (
        len(parts) == 2
        and not DIGIT_RE.search(text)
        and all(_name_shaped(p) for p in parts)
        and any(p.isupper() or _publication_name(normalise(p), True) for p in parts)
    )


def _caps_headline(text: str) -> bool:
    """A headline set in capitals under a label in capitals: it carries a verb or a headline's function word
    ("MAREN CLEAN-UP BEGINS AS RIVER LEVELS FALL"), which neither a site's name nor a section's label does."""
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    return len(words) > CAPS_LABEL_MAX_WORDS and any(
        w in _HEADLINE_WORDS or (_INFLECTED_RE.search(w) and w not in MASTHEAD_WORDS) for w in words
    )


def site_crumbs(text: str) -> str | None:
    """The publication's name closing a section trail ("Comment is free | The Valley Review"): the name, else
    None. A section's label may read as a phrase; a name ending in a newspaper's word closes the trail."""
    items = _CRUMB_SEPARATOR_RE.split(text.strip())
    if len(items) < 2 or not all(1 <= len(item.split()) <= 3 for item in items):
        return None
    last = items[-1].strip()
    return last if _name_shaped(last) and _publication_name(normalise(last), True) else None


def _crumbs(text: str) -> bool:
    """A section trail ("Business | Energy", "News > World"): two or more short items between separators."""
    items = _CRUMB_SEPARATOR_RE.split(text.strip())
    return len(items) >= 2 and all(1 <= len(item.split()) <= 3 for item in items)


def header_chrome(blocks: list[Block], title_norm: str = "") -> None:
    """The site's lines over the headline: its name, a menu printed without separators, a section's label, a
    kicker ("RiverDesk", "Towns Business Transport Opinion", "COMMUNITY", "Exclusive: ..."), each found by
    ``_chrome_over`` from the top down. The first is the masthead when shaped like a name of at most
    ``NAME_MAX_WORDS`` words, no section's words, and printed as a name is: spelled as a brand ("RiverDesk"),
    opened by "The", or set over the site's menu or the date (a section's "COMMUNITY" sits straight over the
    headline). The rest, and the short lines between, are navigation."""
    named = any(b.reason == "masthead" for b in blocks[:MASTHEAD_WITHIN])
    for _ in range(HEADER_CHROME_LINES):
        top = next((i for i, b in enumerate(blocks[:HEADER_SCAN]) if b.reason is None), None)
        if top is None or blocks[top].norm == title_norm:
            return
        head = _chrome_over(blocks, top, title_norm)
        if head is None:
            return
        b = blocks[top]
        words = [w for w in b.norm.split() if w != "the"]
        below = next((c for c in blocks[top + 1 :] if c.reason != "separator"), b)
        printed = _CAMEL_RE.search(b.text) or b.norm.startswith("the ") or below.reason is not None
        name = _name_shaped(b.text) and len(words) <= NAME_MAX_WORDS and not set(words) <= _SECTION_WORDS | {"news"}
        name = name and printed or site_crumbs(b.text) is not None or _edition_name(b.text) is not None
        b.reason = "masthead" if not named and top < MASTHEAD_WITHIN and name else "navigation"
        named = named or b.reason == "masthead"
        for c in blocks[top + 1 : head]:
            if c.reason is None:
                c.reason = "navigation"


VERTICAL_MENU_MIN_ITEMS = 4  # menu items printed one a line (three when the run holds a known menu word)
VERTICAL_ITEM_MAX_WORDS = 3


def _menu_item(b: Block) -> bool:
    """A line that may be a menu's item: at most three capitalised words, no figure, no sentence punctuation."""
    return (
        b.reason in (None, "navigation")
        and 1 <= b.words <= VERTICAL_ITEM_MAX_WORDS
        and b.text[:1].isupper()
        and not DIGIT_RE.search(b.text)
        and not b.text.rstrip().endswith(".")
        and not any(m in b.text for m in _SENTENCE_MARKS)
    )


def vertical_menu(blocks: list[Block]) -> set[int]:
    """A menu printed one item a line over the headline ("Menu", "Latest", "Premier League", "Opinion", "Search"):
    a run of such short lines with a headline-shaped line after it. Its items are navigation, not a byline's names
    nor the headline; the text's first line stays open, the masthead's slot (``masthead`` judges it). Returns the
    menu's lines."""
    first_open = next((i for i, b in enumerate(blocks) if b.reason is None), None)
    found: set[int] = set()
    i = 0
    while i < min(len(blocks), HEADER_SCAN * 2):
        if blocks[i].good:
            break  # the body has begun
        end = i
        while end < len(blocks) and _menu_item(blocks[end]):
            end += 1
        run = [k for k in range(i, end) if k != first_open]
        known = any(blocks[k].reason == "navigation" for k in run)
        if (
            len(run) >= (MENU_MIN_ITEMS if known else VERTICAL_MENU_MIN_ITEMS)
            and _headline_after(blocks, end - 1) is not None
        ):
            for k in run:
                blocks[k].reason = "navigation"
            found.update(run)
        i = max(end, i + 1)
    return found


def _section_label(blocks: list[Block], i: int) -> bool:
    """A line too short for a headline ("SPORT") between the site's masthead and a headline-shaped line: the
    section's label (``HEADLINE_MIN_WORDS``)."""
    return (
        blocks[i].words < HEADLINE_MIN_WORDS
        and any(b.reason == "masthead" for b in blocks[:i])
        and _headline_after(blocks, i) is not None
    )


def _tagline_over_menu(blocks: list[Block], i: int) -> bool:
    """A line between the site's masthead and its menu ("Valley Voice", "Independent news since 1998", "Home  News
    Sport"): the masthead's tagline. A page prints its headline under the menu, never over it."""
    nxt = next((b for b in blocks[i + 1 :] if b.reason != "separator"), None)
    return (
        nxt is not None
        and nxt.reason == "navigation"
        and i > 0
        and blocks[i - 1].reason == "masthead"
        and _headline_after(blocks, i, over_labels=True) is not None
    )


def _over_dateline_lead(blocks: list[Block], i: int) -> bool:
    """Whether the next line after ``i`` is a paragraph opening with a news dateline ("OSLO (Reuters) - ...")."""
    nxt = next((b for b in blocks[i + 1 :] if b.reason != "separator"), None)
    return nxt is not None and nxt.reason is None and nxt.prose and NEWS_DATELINE_RE.match(nxt.text) is not None


# A newsletter's greeting on a line of its own ("Hi all,", "Good morning!", "Dear readers,")
_GREETING_RE = re.compile(
    r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|morning|evening)\b[^.?]{0,30}[,!]$", re.I
)
GREETING_MAX_WORDS = 5
NEWSLETTER_INTRO_MAX = 2  # the editor's lines between the greeting and the lead item's heading
INTRO_MAX_WORDS = 40


def _greeting(b: Block) -> bool:
    return b.words <= GREETING_MAX_WORDS and _GREETING_RE.match(b.text) is not None


def newsletter_opening(blocks: list[Block]) -> None:
    """An email newsletter's opening near the top: its greeting ("Hi all,") and the editor's line or two under it
    ("Big week for launches. Here's the rundown.") over the lead item's heading. Neither is the headline nor
    the story; the heading under them is (``_headline_after`` passes over them as furniture). Without a
    heading-shaped line right under them they may be the story's own opening and are left as they are."""
    top = next((i for i, b in enumerate(blocks[:HEADLINE_WITHIN]) if b.reason is None and _greeting(b)), None)
    if top is None:
        return
    for k in range(top + 1, min(top + 2 + NEWSLETTER_INTRO_MAX, len(blocks) - 1)):
        b = blocks[k]
        if b.reason is not None or b.words > INTRO_MAX_WORDS:
            return
        if HEADLINE_MIN_WORDS <= b.words <= HEADLINE_MAX_WORDS and not b.ends_sentence and blocks[k + 1].good:
            for c in blocks[top:k]:
                c.reason = "newsletter"
            return


def _headline_stop(text: str) -> bool:
    """Whether a line can be a headline by its end: no full stop, unless every word of it is capitalised as a
    headline's are ("Halvorsen Paid Too Much For Brightwater. Here's Why."): a sentence's words are not."""
    if not text.rstrip().endswith("."):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= HEADLINE_MIN_WORDS and all(w[0].isupper() for w in words)


_TITLE_SMALL_WORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "vs", "via",
    "per",
))
REPEATED_HEADLINE_WITHIN = 12  # blocks from the top a headline and its repeat are looked for in
REPEAT_GAP = 3  # blocks from a headline to its repeat (a dek or an image between): a share bar recurs further apart


def _repeated_headline(blocks: list[Block]) -> int | None:
    """A headline-shaped line printed twice near the top (a page's headline over its share card, a copied
    page's title bar): the headline, whatever short lines (a site's name, a menu) come before it."""
    top = blocks[:REPEATED_HEADLINE_WITHIN]
    seen: dict[str, int] = {}
    for i, b in enumerate(top):
        if b.reason is None and b.words >= 10 and b.ends_sentence:
            return None  # the body has begun: a line it repeats is a motif or a title inside it, not the headline
        if b.reason is not None or not b.norm:
            continue
        if b.norm in seen and i - seen[b.norm] <= REPEAT_GAP:
            return seen[b.norm]
        if HEADLINE_MIN_WORDS <= b.words <= HEADLINE_MAX_WORDS and _headline_stop(b.text):
            seen[b.norm] = i
    return None


def _masthead_over(blocks: list[Block], head: int) -> None:
    """Over a headline found by its repeat, the first open line is the site's name when it is shaped like one and
    only short lines (a menu's items) stand between them."""
    top = next((i for i, b in enumerate(blocks[:head]) if b.reason is None), None)
    if top is None or not _name_shaped(blocks[top].text) or blocks[top].words > 3:
        return
    if all(b.reason is not None or b.words < HEADLINE_MIN_WORDS for b in blocks[top + 1 : head]):
        blocks[top].reason = "masthead"
        for b in blocks[top + 1 : head]:
            if b.reason is None:
                b.reason = "navigation"


_STAMP_PARTS_RE = re.compile(r"\s*[|•·]\s*")


_POSTED_ON_RE = re.compile(
    r"^\W{0,3}(?:(?:posted|published|written)\s+)?by\s+[^|•·\d]{1,60}?\s+on\s+(?P<date>[^|•·]{6,60})$", re.I
)

_STAMP_THEN_CREDIT_RE = re.compile(r"^(?P<date>[^\n]*\d[^\n]*?)\s+by\s+[a-z][^|•·\d]{1,60}$")


def _outlet_byline(text: str) -> str | bool | None:
    """A reporter's name, then her outlet and maybe the date, between separators ("Jane Doe | Valley Times | 1 Dec
    2026"): the date part, True when there is none; None for any other line (a place after the name is no
    outlet)."""
    parts = _STAMP_PARTS_RE.split(text.strip())
    if not 2 <= len(parts) <= 3 or not looks_like_name(parts[0]) or not outlet_line(parts[1]):
        return None
    if len(parts) == 2:
        return True
    return parts[2] if is_dateline(parts[2]) else None


def _credited_stamp(text: str) -> str | None:
    """The date of a header line made of a date and a credit that names no person ("posted July 20, 2026 | by the
    Valley staff", "12 May 2026 · By Staff Reporter", "Posted by Markets Staff on 4 Feb 2026"): every part is the
    date or opens with "by"."""
    posted = _POSTED_ON_RE.match(text)  # "Posted by Markets Staff on 2026-02-04T14:30:00Z"
    if posted and is_dateline(posted.group("date")):
        return posted.group("date")
    # a credit in lower case run into the date line over it by the text's line joining ("Posted: 30 Nov 2026 at
    # 17:45 GMT | Last updated: 30 Nov 2026 at 19:02 GMT by courier business desk"): the stamps before "by"
    # (that pattern backtracks over every digit of a line; its credit's "by" is in lower case)
    credited = _STAMP_THEN_CREDIT_RE.match(text) if "by" in text else None
    if credited and is_dateline(credited.group("date")):
        return credited.group("date")
    parts = [p for p in _STAMP_PARTS_RE.split(text.strip()) if p]
    if len(parts) < 2:
        return None  # (most lines: no part is read as a date)
    stamps = [p for p in parts if is_dateline(p)]
    if len(stamps) != 1:
        return None
    return stamps[0] if all(p in stamps or _BY_PREFIX_RE.match(p) for p in parts) else None


# Glyphs a site's menu bar prints between its items ("LISTEN LIVE ▶ News Weather", "Menu ▾ Markets Tech").
_MENU_GLYPHS = "▶►▸▾▼☰≡⌄"
_GLYPH_SPLIT_RE = re.compile(rf"[\s{_MENU_GLYPHS}]+")
GLYPH_MENU_MAX_WORDS = 12


def glyph_menu(line: str) -> bool:
    """A menu bar printed with a glyph among its items: a few capitalised labels, no lower-case word and no
    sentence punctuation ("Menu ▾ Markets Tech Property Life"); a video's label ("▶ Watch: crews battle the fire")
    reads as a sentence."""
    if not any(g in line for g in _MENU_GLYPHS) or any(m in line for m in _SENTENCE_MARKS):
        return False
    words = [w for w in _GLYPH_SPLIT_RE.split(line) if w]
    return MENU_MIN_ITEMS <= len(words) <= GLYPH_MENU_MAX_WORDS and all(w[0].isupper() for w in words)


_SLASH_SPLIT_RE = re.compile(r"\s+/\s+")
SLASH_ITEM_MAX_WORDS = 3
# A consent banner's own words: its buttons ("Accept all", "Manage preferences") or "we (and our partners) use
# cookies". An article about cookies speaks of them in the third person ("Google delays its cookie phase-out").
_CONSENT_RE = re.compile(
    r"\b(?:accept|reject|allow|refuse) all\b|\bmanage (?:your )?(?:preferences|choices|consent|cookies|settings)\b|"
    r"\b(?:we|partners) (?:use|store|set) cookies\b|\bcookie (?:settings|preferences|consent)\b",
    re.I,
)


def _slash_menu(text: str) -> bool:
    """A menu printed with slashes between its items ("home / reviews / box office / about")."""
    items = _SLASH_SPLIT_RE.split(text.strip())
    return len(items) >= MENU_MIN_ITEMS and all(
        1 <= len(item.split()) <= SLASH_ITEM_MAX_WORDS and not DIGIT_RE.search(item) for item in items
    )


NOTICE_MAX_WORDS = 40
# The label a press release is issued under ("FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Embargoed until 00:01"):
# the release's, over its headline.
_RELEASE_LABEL_RE = re.compile(
    r"^\W*(?:for immediate release|(?:press|news|media) release|embargoed\b.{0,40})\W*$", re.I
)
# A site's account and search controls printed as words ("Menu  Search  Sign in", "Subscribe Log in").
_UI_WORD_RE = re.compile(
    r"\b(?:menu|search|sign (?:in|up|out)|log ?(?:in|out)|register|subscribe|my account|account|home|newsletters?|"
    r"close|skip to (?:main )?content)\b",
    re.I,
)
UI_LINE_MIN_ITEMS = 2


def _ui_line(text: str) -> bool:
    """A line made of nothing but a site's controls ("Menu  Search  Sign in"): no word of its own besides them."""
    found = len(_UI_WORD_RE.findall(text))
    return found >= UI_LINE_MIN_ITEMS and not re.search(r"\w", _UI_WORD_RE.sub(" ", text))


# The site speaking to its reader about an account or a subscription, as its header prints it: an imperative
# ("Subscribe from NOK 99/month", "Sign up for fare alerts", "Log in | Register") or the paywall's meter ("You have
# 2 free articles remaining this month"). A headline speaks of subscribers in the third person.
_ACCOUNT_NOTICE_RE = re.compile(
    r"^\W*(?:(?:log|sign) ?(?:in|up)|subscribe|register|already a (?:subscriber|member)|"
    r"you(?:['’]ve| have)\b[^.!?]{0,40}\b(?:free|articles?|stories|left|remaining)\b)",
    re.I,
)


def _account_notice(b: Block) -> bool:
    """A paywall's or account's notice over the headline (``_ACCOUNT_NOTICE_RE``), read even as a sentence: the
    meter's "You have 2 free articles remaining this month." is the site's, not the first paragraph."""
    return b.words <= NOTICE_MAX_WORDS and _ACCOUNT_NOTICE_RE.match(b.text) is not None


def header_notices(blocks: list[Block]) -> None:
    """Over the headline, a consent banner's line ("We and our partners use cookies. Manage preferences | Accept
    all"), a menu printed with slashes or made of the site's controls ("Menu  Search  Sign in"), a paywall's or
    account's notice and a press release's label are the site's, not the headline: each when a headline-shaped
    line still follows it above the body (a headline that merely speaks of cookies has none under it)."""
    for i, b in enumerate(blocks[:HEADER_SCAN]):
        if b.reason is None and _account_notice(b) and _headline_after(blocks, i, over_labels=True) is not None:
            b.reason = "promo"
            continue
        if b.good:
            return  # the body has begun
        if b.reason is not None or b.words > NOTICE_MAX_WORDS:
            continue
        if _RELEASE_LABEL_RE.match(b.text) and _headline_after(blocks, i, over_labels=True) is not None:
            b.reason = PRESS_RELEASE_REASON
            continue
        consent = _CONSENT_RE.search(b.text) is not None
        menu = _slash_menu(b.text) or _ui_line(b.text)
        if (consent or menu) and _headline_after(blocks, i, over_labels=True) is not None:
            b.reason = "cookie-notice" if consent else "navigation"


def _below_date_bar(blocks: list[Block], head: int, dated: list[int], date_lines: list[str]) -> list[str]:
    """The date lines without the site's date bar: a bare date over the headline ("Saturday 22 November 2025") is
    today's date on the site, not the story's, when a publication date sits under the headline (the byline's)."""
    over = [n for n, k in enumerate(dated) if k < head]
    body = next((i for i in range(head + 1, len(blocks)) if blocks[i].good), len(blocks))  # (a teaser's date: none)
    below = any(head < k < body and not UPDATED_RE.search(date_lines[n]) for n, k in enumerate(dated))
    if not over or not below:
        return date_lines
    return [line for n, line in enumerate(date_lines) if n not in over]


# Between a site's name and its tagline or section ("THE VALLEY POST — News from the valley", "NEWSDESK — SPORT").
_TAGLINE_SPLIT_RE = re.compile(r"\s+[—–|-]\s+")
TAG_SECTION_MAX_WORDS = 2


# A site's address printed as its name ("MoneyBrief.ie", "valleypost.co.uk"): one word, a dot, a domain's ending.
DOMAIN_RE = re.compile(r"(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}")


def masthead_part(text: str) -> str:
    """The name of a masthead printed with its tagline or section ("Valley Post — News you can use" -> "Valley
    Post"); the whole line otherwise."""
    parts = _TAGLINE_SPLIT_RE.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and _outlet_second(parts):
        return parts[1]  # "Science Briefs - Northbridge Courier": the section, then the outlet
    return parts[0] if len(parts) == 2 and _name_shaped(parts[0]) else text.strip()


def _outlet_second(parts: list[str]) -> bool:
    """Whether a "Section - Outlet" line names the outlet second: only that part is shaped as a publication's name."""
    first, second = normalise(parts[0]), normalise(parts[1])
    return (
        _name_shaped(parts[1])
        and _publication_name(second, True)
        and not _publication_name(first, True)
        and not (second.split() and second.split()[-1] in _COMMON_NOUN_MASTHEAD_WORDS)
    )


def _tagged_masthead(name: str, rest: str, named: bool, menu: bool) -> bool:
    """A name with its tagline or section over the headline is the site's masthead when the page names it
    elsewhere (a copyright line, a wire's dateline), when both halves are a label in capitals ("NEWSDESK —
    SPORT"), or, over a menu, when it is shaped as a publication's name, spelled as a brand or set in capitals
    ("Valley Post — ...", "CityBeat — ...", "TECH DESK — news for ..."). A headline with a dash ("Harbour Board —
    the vote that split a town") has none."""
    label = name.isupper() and rest.isupper() and len(rest.split()) <= TAG_SECTION_MAX_WORDS
    brand = _publication_name(normalise(name), True) or _CAMEL_RE.search(name) is not None
    return named or label or (menu and (brand or name.isupper()))


# The page's own lines that may print its name again: a promo ("Support Valley Voice"), a newsletter's sign-up,
# the copyright, a contact address, a caption's credit. A headline's words recur in the body, not in these.
_NAMING_REASONS = frozenset({"promo", "newsletter", "copyright", "contact", "caption"})


def _named_below(blocks: list[Block], top: int, norm: str) -> bool:
    """Whether a later furniture line names the top line again ("Student Voice" over the page, "Support Student
    Voice. Donate today." at its foot): a name of two words or more, so that a bare "News" is no name."""
    if len(norm.split()) < 2:
        return False
    phrase = re.compile(rf"\b{re.escape(norm)}\b")
    return any(b.reason in _NAMING_REASONS and phrase.search(b.norm) for b in blocks[top + 1 :])


def _initials_named(words: list[str], agencies: list[str] | None) -> bool:
    """Whether a dateline credits the name by its initials ("Harbour News Agency" over "LISBON (HNA) -")."""
    initials = "".join(w[0] for w in words if w not in _NAME_SMALL_WORDS)
    return len(initials) >= 2 and any(a.isupper() and a.lower() == initials for a in agencies or ())


def masthead(
    blocks: list[Block], publisher_lines: list[str], title_norm: str = "", agencies: list[str] | None = None
) -> None:
    """The site's name copied over the headline ("Coastal Herald", a menu, then the headline) is a masthead.

    The first open line near the top is one when a headline-like line follows it (across a menu) and either the
    page names it as its publisher elsewhere (a copyright or subscription line, the ``agencies`` a dateline
    credits), or it is shaped like a publication's name: a few title-case words, no verb, ending in a newspaper's
    word, with a menu or a longer headline under it. A short real headline ("Brexit talks collapse") over its dek
    is sentence-cased or holds a verb, and stays the headline. A name printed with its tagline or section ("Valley
    Post — News you can use") is judged by its name (``_tagged_masthead``).
    """
    top = next((i for i, b in enumerate(blocks[:MASTHEAD_WITHIN]) if b.reason is None), None)
    if top is None:
        return
    b = blocks[top]
    name = masthead_part(b.text)
    tagged = name != b.text.strip()  # "Valley Post — News you can use", "Science Briefs — Valley Post"
    if not b.norm or b.norm == title_norm or not _name_shaped(name):
        return
    head = _headline_after(blocks, top, over_labels=tagged)
    if head is None:
        return
    if DOMAIN_RE.fullmatch(name):
        b.reason = "masthead"  # "MoneyBrief.ie" over a menu and the headline: the site's address as its name
        return
    norm = normalise(name)
    words = norm.split()
    if not tagged and all(w in _SECTION_WORDS or w == "news" for w in words) and len(words) <= 2:
        b.reason = "navigation"  # "ENTERTAINMENT", "World News": the section's label over the headline
        return
    names = {normalise(n) for n in map(publisher_from_line, publisher_lines) if n}
    names |= {normalise(a) for a in agencies or ()}  # a wire's name in its story's dateline ("(HarbourWire) -")
    # (a copyright holder's legal name opens with the masthead's: "Northbridge Courier Pty Ltd")
    named = any(norm in (n, f"the {n}") or n == f"the {norm}" or n.startswith(f"{norm} ") for n in names)
    named = named or _initials_named(words, agencies) or _named_below(blocks, top, norm)
    menu = any(c.reason in ("navigation", "newsletter") for c in blocks[top + 1 : head])
    if tagged and set(words) <= _SECTION_WORDS:
        b.reason = "navigation"  # "MARKETS | TECHNOLOGY": a section trail, no name with its section
        return
    if tagged:
        rest = b.text.strip().replace(name, "", 1).strip(" —–|-")
        # (a section's label and the outlet's name: "Science Briefs - Valley Courier")
        if _tagged_masthead(name, rest, named, menu) or not b.text.strip().startswith(name):
            b.reason = "masthead"
        return
    # a one-word name over a breadcrumb trail and the headline ("GameBeat", "Home > Industry > Labor")
    crumbs = menu and len(words) == 1 and blocks[head].words >= HEADLINE_MIN_WORDS
    if named or crumbs or (_publication_name(b.norm, menu) and (menu or blocks[head].words > b.words)):
        b.reason = "masthead"


ALT_AND_CAPTION = True
MENU_LINES = True  # measured on the dev half's "joined" rendering (bench_text_robustness): both quarters gain


GENTLE_TAIL_LISTS = True  # measured on the dev half: a kept "More stories" box costs more than the odd list lost

COMMENT_THREADS = True


def _table_header(line: str, following: list[str]) -> bool:
    """A table's header row ("Pos. | Driver | Points"): the next line is a data row with as many cells (a menu's
    next line may be another menu with as many items)."""
    return bool(following) and following[0].count("|") == line.count("|") > 0 and not menu_line(following[0])


def unique_names(names: list[str]) -> list[str]:
    """Names in first-seen order, one per normalised form ("Jane Doe" and "JANE DOE" are one author)."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        key = normalise(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


PROSE_WORDS = 10  # a line of this many words or more is prose to ``recurring_lines``
PROSE_MIN_DOCS, PROSE_MIN_SHARE = 3, 0.5


def recurring_lines(
    rows: list[tuple[str, list[str]]],
    min_docs: int = 3,
    min_share: float = 0.3,
    norms_of: dict[int, list[str]] | None = None,
) -> dict[int, frozenset[str]]:
    """Per document, the lines that recur across many documents of its source (the site's furniture).

    ``rows`` is ``(source_key, blocks)`` per document; documents without a key (files straight in the input
    folder, no URL) share no source: a folder of write-ups from different outlets has no common furniture, and
    three copies of one story in it (the original, a syndicated copy, an update) would make the story's own
    paragraphs look like it. A document most of whose prose lines (ten words or more)
    recur is a near duplicate, not furniture, and keeps its lines (a page with a large menu shares most of its
    short lines). ``norms_of`` (document -> ``normalise`` of each block) spares reading the blocks twice.
    """
    per_source: dict[str, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(rows):
        per_source[key].append(i)
    out: dict[int, frozenset[str]] = {}
    for key, members in per_source.items():
        if not key or len(members) < min_docs:
            continue
        if norms_of is None:
            norms = {i: {normalise(t) for t in rows[i][1]} - {""} for i in members}
        else:
            norms = {i: set(norms_of[i]) - {""} for i in members}
        counts = Counter(n for i in members for n in norms[i])
        threshold = max(min_docs, min_share * len(members))
        # a paragraph of prose recurs as furniture only on most of a site's pages: a wire quote or fact carried
        # by a few of them (copies of one story) is the story's
        prose_threshold = max(PROSE_MIN_DOCS, PROSE_MIN_SHARE * len(members))
        common = {
            n for n, c in counts.items() if c >= (prose_threshold if n.count(" ") >= PROSE_WORDS - 1 else threshold)
        }
        if not common:
            continue
        for i in members:
            mine = norms[i] & common
            if not mine:
                continue
            # a near duplicate shares most of its prose; a page with a large menu shares most of its short lines
            prose = {n for n in norms[i] if n.count(" ") >= PROSE_WORDS - 1}
            if len(prose & common) <= 0.5 * len(prose) if prose else len(mine) <= 0.5 * len(norms[i]):
                out[i] = frozenset(mine)
    return out


def strip_text(content: str, title_hint: str | None = None, recurring: frozenset[str] = frozenset()) -> Stripped:
    """Strip one plain-text article."""
    rows = split_blocks_indented(content)
    _, info = classify(
        [t for t, _ in rows],
        title_hint=title_hint,
        recurring=recurring,
        indents=[i for _, i in rows],
        spaced=spaced_menus(content),
    )
    return info


def strip_html(content: str, url: str | None = None, title_hint: str | None = None) -> Stripped:
    """Strip one HTML page: main-text extraction, then the text rules on what it kept."""
    from pipeline.stages.html_extract import extract_html

    page = extract_html(content, url=url)
    title = title_hint or page.get("title")
    authors = tuple(page.get("authors") or ())
    _, info = classify(
        page["blocks"],
        title_hint=title,
        gentle=True,
        known_authors=authors,
        description=page.get("description"),
        dek=page.get("dek") or _shown_description(page, title, authors),
        linked=frozenset(page.get("linked_blocks") or ()),
    )
    if info.title is None:
        info.title = title
    block_keys = {_line_key(b) for b in page["blocks"]}
    body_key = "\n".join(block_keys)
    title_key = " ".join(title.lower().split()) if title else ""
    furniture = []
    previous = ""
    for t in page.get("page_lines", []):
        key = _line_key(t)
        # kept: a long line found inside the body (line breaks differ between the two), a short one as a block
        if not (key in body_key if len(key) >= 20 else key in block_keys):
            reason = _page_line_reason(t, title_key)
            if reason == "page-furniture" and previous.lower() in _BY_WORDS and looks_like_name(t):
                reason = "byline"  # "by" and the linked name on lines of their own
                t = f"By {t}"
            furniture.append({"text": t, "reason": reason})
        previous = t
    info.removed = furniture + info.removed
    for item in furniture:  # header lines the extractor dropped still carry metadata
        if item["reason"] == "byline" and len(info.byline_authors) < 4:
            info.byline_authors = unique_names(info.byline_authors + (parse_byline(item["text"]) or []))
        elif item["reason"] == "dateline" and len(info.date_lines) < 4:
            info.date_lines.append(item["text"])
        elif (item["reason"] in _PUBLISHER_REASONS or "©" in item["text"]) and publisher_from_line(item["text"]):
            info.publisher_lines.append(item["text"])  # the page's footer the extractor dropped: "© 2026 Valley Post"
    visible = sum(len(t) for t in page.get("page_lines", [])) or sum(len(t) for t in page["blocks"])
    kept = len(info.text)
    info.removed_share = min(1.0, max(0.0, 1 - kept / visible)) if visible else 0.0
    info.meta = {k: v for k, v in page.items() if k not in ("blocks", "page_lines")}
    info.page_lines = page.get("page_lines")
    return info


DEK_WITHIN = 3  # blocks from the top of the extracted text a standfirst kept with it may sit at (under the headline)


def _shown_description(page: dict, title: str | None, authors: tuple[str, ...]) -> str | None:
    """The page's description where the extractor kept it as the body's opening block and the page prints it as
    the standfirst (a line of its own under the headline, the byline or date line right under it): the dek that
    metadata reports as the subtitle, so not a paragraph of the body too. A description that only repeats the
    opening paragraph is followed by more paragraphs, not by the byline, and stays."""
    description = page.get("description")
    if not isinstance(description, str) or not description.strip():
        return None
    want = normalise(description)
    if not any(normalise(b) == want for b in page["blocks"][:DEK_WITHIN]):
        return None
    from pipeline.stages.metadata import visible_dek

    return visible_dek(page.get("page_lines") or [], description, title, list(authors))


_BY_WORDS = {"by", "by:", "written by", "author", "author:", "authors:", "words by", "text:"}


def _line_key(text: str) -> str:
    """A line as the body and the page's visible lines are compared: lower case, single spaces, none before a
    punctuation mark (the page's lines put one after an inline element: "<em>Hollow Pines</em>, tracking")."""
    key = " ".join(text.lower().split())
    # drop each space after "(" or before a mark, as ``re.sub(r"(?<=\()\s+|\s+(?=[,.;:!?)])", "", key)`` would: with
    # single spaces only, plain replacements do it (no removal puts a space next to another mark) without a regex
    # pass over every line of the page
    key = key.replace("( ", "(")
    for mark in _SPACED_MARKS:
        key = key.replace(mark, mark[1])
    return key


_SPACED_MARKS = (" ,", " .", " ;", " :", " !", " ?", " )")


def _page_line_reason(line: str, title_key: str) -> str:
    """Why a line of the page did not make it into the body (the extractor does not say)."""
    if len(line) > 300 or line.count(" ") > 40:
        return "page-furniture"
    if title_key and line.lower() == title_key:
        return "headline"
    reason = furniture_reason(line)
    if reason:
        return reason
    if len(line) <= 160 and ("by" in line.lower() or ":" in line) and parse_byline(line):
        return "byline"
    if len(line) <= 120 and DIGIT_RE.search(line) and is_dateline(line):
        return "dateline"
    return "page-furniture"


OUTPUT_COLUMNS = [
    "article_id",
    "text",
    "removed",
    "removed_share",
    "headings",
    "title",
    "subtitle",
    "byline_authors",
    "date_lines",
    "publisher_lines",
    "meta",
    "page_lines",
]


def strip_boilerplate(inputs: pd.DataFrame) -> pd.DataFrame:
    """One row per input, same order: the body text, what was removed and why, and header facts for metadata."""
    n = len(inputs)
    ids = list(inputs["article_id"])
    contents = [c if isinstance(c, str) else "" for c in _values(inputs, "content", n)]
    formats = _values(inputs, "format", n)
    urls = _values(inputs, "url", n)
    hints = [h if isinstance(h, str) and h.strip() else None for h in _values(inputs, "title_hint", n)]
    sources = [str(k or "") for k in _values(inputs, "source_key", n)]
    # the cyclic collector paused (``paused_gc``): blocks, words and rows hold no reference cycles, and each
    # allocation burst set off a collection walking everything the process keeps (up to a tenth of this stage's CPU)
    with paused_gc():
        rows_of = {i: split_blocks_indented(contents[i]) for i in range(n) if formats[i] not in HTML_FORMATS}
        blocks_of = {i: [t for t, _ in rows] for i, rows in rows_of.items()}
        # each block's words, read once for both the repetition count and the block's own measures
        words_of = {i: [lower_words(t) for t in texts] for i, texts in blocks_of.items()}
        norms_of = {i: [" ".join(words) for words in lists] for i, lists in words_of.items()}
        recurring = recurring_lines(
            [(sources[i], blocks_of.get(i, [])) for i in range(n)], norms_of={i: norms_of.get(i, []) for i in range(n)}
        )
        rows = []
        for i in range(n):
            if formats[i] in HTML_FORMATS:
                url = urls[i] if isinstance(urls[i], str) else None
                info = strip_html(contents[i], url=url, title_hint=hints[i])
            else:
                _, info = classify(
                    blocks_of[i],
                    title_hint=hints[i],
                    recurring=recurring.get(i, frozenset()),
                    indents=[indent for _, indent in rows_of[i]],
                    word_lists=words_of[i],
                    spaced=spaced_menus(contents[i]),
                )
            rows.append(
                {
                    "article_id": ids[i],
                    "text": info.text,
                    "removed": info.removed,
                    "removed_share": float(info.removed_share),
                    "headings": info.headings,
                    "title": info.title,
                    "subtitle": info.subtitle,
                    "byline_authors": info.byline_authors,
                    "date_lines": info.date_lines,
                    "publisher_lines": info.publisher_lines,
                    "meta": info.meta,
                    "page_lines": info.page_lines,
                }
            )
    return pd.DataFrame(rows, columns=OUTPUT_COLUMNS)


def _values(frame: pd.DataFrame, name: str, n: int) -> list:
    """A column as a list with None for missing values (or all None when the column is absent)."""
    if name not in frame.columns:
        return [None] * n
    return [None if v is None or (isinstance(v, float) and pd.isna(v)) else v for v in frame[name]]
