"""Boilerplate stripping: keep an article's body, and say what was removed and why.

Plain text is split into blocks (lines, or paragraphs when the text is hard-wrapped) and each block is classified as
body, heading or furniture. The decision combines the block's shape (length, final punctuation, stop-word density in
the text's own language), its position (before the first or after the last real paragraph, after a comment-section
marker), repetition (the headline printed twice, a line recurring across many articles of one source) and phrase
formulas (``furniture``). A whole page rendered to text is first cut to its densest run of prose (jusText/boilerpipe
style: prose earns its length, short lines and furniture cost), then paragraphs at the run's own left margin that a
gallery or a "Most read" box cut off are taken back, with a list the text announces and the opening lines at that
margin, and the short lines that share the article's wrapper (the stretch of lines at its margin or deeper, where a
page rendered to text indents each element by its depth). A page whose article is a table (a race calendar: rows of
data, no sentence) would leave almost nothing: its run of data rows is taken instead of the stray blurb the prose
search found. The margin also sets apart what is not the article inside the run: a caption line set in between
paragraphs, teaser cards, a side column, the stories after the last paragraph. Neighbours decide what shape alone
cannot: a sentence over a photographer's credit is a caption, a short paragraph above the byline is the dek, a blurb
closed by "Read more" in a related-links box is a teaser, a lone sentence between furniture below the article is the
furniture's own pitch.
HTML is reduced to its main text by ``html_extract`` first, then goes through the same rules (gently: the extractor
already cut the page). Every stripped block lands in ``removed`` with its reason: nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from pipeline.stages.bylines import looks_like_name, parse_byline
from pipeline.stages.dates import is_dateline
from pipeline.stages.furniture import (
    COMMENT_START_RE,
    RELATED_START_RE,
    furniture_reason,
    strong_furniture_reason,
    strong_rules_for,
)

STOPWORDS_TEXT = (
    "the a an and or but of to in on at for with by from as is are was were be been being has have had it "
    "its this that these those he she they we you i his her their our who whom which what when where will "
    "would can could said says not no than then so if about after before over into up out more also just "
    "there here do does did him them us my your all any some such only other most very may might must "
    "should while because"
)
STOPWORDS = frozenset(STOPWORDS_TEXT.split())
_WORD_RE = re.compile(r"\w+")
_TERMINAL = tuple('.!?…;"”’»)]。！？」』')
_SENTENCE_END = tuple(".!?…。！？")
# Chinese and Japanese are written without spaces: a "word" of \w+ is a whole clause there.
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_RE = re.compile(r"[\u3040-\u309f]")  # hiragana: Japanese grammar (particles, endings), dense in prose
_BULLET_CHARS = set("•·▪●◦■□►▶*‣-|")
_BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦■□►▶*‣-]\s+|\|\s*)")
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
    }
)
_DIGIT_RE = re.compile(r"\d")
_CLAUSE_RE = re.compile(r"\w[,;.!?]\s")
_ABOUT_AUTHOR_RE = re.compile(
    r"^(?i:about|über|sobre|à propos de|a proposito di|об авторе)\s+(?:(?i:(the author|l['’]auteur|o autor|el autor|"
    r"dem autor))|((?:[A-Z][\w.'’-]+\s?){2,4}))\s*:?$"
)
_BY_PREFIX_RE = re.compile(r"^\W{0,3}(?:by|written by|words by|text by|von|por|par|di|door|av)\b", re.I)
_NAME_IN_PLACE_RE = re.compile(r"^(.{3,60}?)\s+(?:in|at)\s+[A-Z][\w .'’-]{1,40}$")
_TAG_LIST_RE = re.compile(r"^[^.!?,]{1,40}(?:\s*[,|•·]\s*[^.!?,]{1,40}){2,}$")
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
_PAREN_CREDIT_RE = re.compile(r"^\(\s*[A-Z][^()]{1,50}\)$")  # a credit in brackets on a line of its own
_CREDIT_SMALL_WORDS = frozenset({"of", "by", "for", "the", "and", "via", "de", "da", "del", "van", "von"})
CAPTION_MAX_WORDS = 70  # a caption set apart from the text by its margin
CAPTION_MAX_WORDS_SAME_MARGIN = 30  # a caption at the paragraphs' own margin


@dataclass
class Block:
    """One line or paragraph of the input and what it was judged to be."""

    text: str
    norm: str
    words: int
    stop_share: float
    ends_sentence: bool
    reason: str | None = None  # None: kept in the body
    heading: bool = False
    indent: int = 0  # leading spaces of the line, where the text kept its layout
    prose: bool = False  # shaped like a real paragraph (``good`` once nothing has claimed the block)
    lead: bool = False  # an opening line of the main text that scores as short (kept by ``_extend_over_lead``)
    trail: bool = False  # a closing line of the article's wrapper that scores as short (``_extend_over_wrapper``)

    @property
    def good(self) -> bool:
        """A real paragraph: long enough, punctuated like prose."""
        return self.prose and self.reason is None

    @property
    def heading_like(self) -> bool:
        return 1 <= self.words <= 15 and not self.ends_sentence and not self.text.rstrip().endswith((",", ":"))


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


def normalise(text: str) -> str:
    """Lower-case words only: how repetition is compared."""
    return " ".join(_WORD_RE.findall(text.lower()))


ENGLISH_ENOUGH = 0.25  # share of the sample in the English list (English prose runs at 0.35-0.5)


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    """jusText's stop-word lists (about 100 languages), loaded once; empty when jusText is not installed."""
    try:
        import justext
    except ImportError:  # a dependency of trafilatura, so normally present
        return {}
    return {name: frozenset(justext.get_stoplist(name)) for name in justext.get_stoplists()}


@lru_cache(maxsize=1)
def _stop_index() -> dict[str, tuple[str, ...]]:
    """word -> the languages whose stop list holds it: one dictionary look-up per word to guess the language.

    Built list by list with set operations: only the words already seen in an earlier list take a Python step
    (a word-by-word loop over all 180,000 entries cost most of a second, once per process).
    """
    index: dict[str, tuple[str, ...]] = {}
    for name, words in _stoplists().items():
        one = (name,)
        shared = words & index.keys()
        index.update(dict.fromkeys(words - shared, one))
        for w in shared:
            index[w] += one
    return index


def preload() -> None:
    """Load the stop lists now (about a second, once per process) rather than inside the first foreign article."""
    _stop_index()


def stopwords_for(texts: list[str]) -> frozenset[str]:
    """The stop words of the text's language, guessed from its longest lines (prose, not menus).

    Stop-word density is what tells prose from furniture, and an English list sees none in a Portuguese article.
    English (and anything unrecognised) keeps the short list the thresholds were tuned with.
    """
    words = _sample_words(texts)
    return _stopwords_of_sample(words)


def _sample_words(texts: list[str], word_lists: list[list[str]] | None = None) -> list[str]:
    """The first 400 words of the eight longest lines; ``word_lists`` (each line's words) saves reading them again."""
    if word_lists is None:
        sample = sorted(texts, key=len, reverse=True)[:8]
        return _WORD_RE.findall(" ".join(sample).lower())[:400]
    # the same order as sorting the texts (a stable sort, longest first), and the same words: a space splits words
    longest = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)[:8]
    return [w for i in longest for w in word_lists[i]][:400]


def _stopwords_of_sample(words: list[str]) -> frozenset[str]:
    """``stopwords_for`` once the sample's words are known."""
    if not words:
        return STOPWORDS
    english = sum(map(STOPWORDS.__contains__, words))
    if english >= ENGLISH_ENOUGH * len(words):
        return STOPWORDS  # plainly English prose: no need to ask the other lists
    index = _stop_index()
    counts: dict[str, int] = {}
    for langs in filter(None, map(index.get, words)):
        for lang in langs:
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return STOPWORDS
    best = max(counts, key=counts.__getitem__)
    hits = counts[best]
    if best == "English" or hits <= 1.2 * english or hits < 0.15 * len(words):
        return STOPWORDS
    return _stoplists()[best]


def make_block(text: str, stopwords: frozenset[str] = STOPWORDS, words: list[str] | None = None) -> Block:
    """Measure one block; ``words`` (the lower-cased words of ``text``) when the caller already has them."""
    if words is None:
        words = _WORD_RE.findall(text.lower())
    n = len(words)
    stops = sum(map(stopwords.__contains__, words))
    share = stops / n if n else 0.0
    if not text.isascii() and (cjk := len(_CJK_RE.findall(text))) >= 4:
        # about two characters to a word; the share of hiragana stands in for stop-word density
        n = max(n, len(_WORD_RE.findall(_CJK_RE.sub(" ", text))) + cjk // 2)
        share = max(share, len(_KANA_RE.findall(text)) / cjk)
    ends_sentence = text.rstrip().rstrip("\"”’»)]'」』 ").endswith(_SENTENCE_END)
    return Block(
        text=text,
        norm=" ".join(words),
        words=n,
        stop_share=share,
        ends_sentence=ends_sentence,
        prose=(n >= 10 and ends_sentence)
        # an unfinished long paragraph still has clause punctuation; a menu squeezed onto one line has none
        or (n >= 25 and share >= 0.15 and _CLAUSE_RE.search(text) is not None),
    )


def split_blocks(content: str) -> list[str]:
    """Lines of the text, with hard-wrapped paragraphs joined back together."""
    return [text for text, _ in split_blocks_indented(content)]


def split_blocks_indented(content: str) -> list[tuple[str, int]]:
    """``split_blocks`` with each block's indentation: a page rendered to text keeps its layout, and an
    article's paragraphs share one left margin that its sidebars and footers do not."""
    content = content.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    content = content.replace("\t", "    ")
    paragraphs = re.split(r"\n[ \t]*\n", content)
    lines = [ln for ln in content.split("\n") if ln.strip()]
    wrapped = _is_hard_wrapped(lines)
    out: list[tuple[str, int]] = []
    for para in paragraphs:
        rows = [
            (
                " ".join((_BULLET_RE.sub("", ln) if ln.lstrip()[:1] in _BULLET_CHARS else ln).split()),
                len(ln) - len(ln.lstrip(" ")),
            )
            for ln in para.split("\n")
        ]
        rows = [r for r in rows if r[0]]
        if not rows:
            continue
        if wrapped:
            out.append((" ".join(r[0] for r in rows), rows[0][1]))
            continue
        current, indent = rows[0]
        for row, row_indent in rows[1:]:
            # a line broken mid-sentence: long, no final punctuation, and the next starts in lower case
            if len(current) > 40 and not current.endswith(_TERMINAL) and row[:1].islower():
                current = f"{current} {row}"
            else:
                out.append((current, indent))
                current, indent = row, row_indent
        out.append((current, indent))
    # "H ong Kong": a capital, a space, a lower-case letter (a cheap test before the word look-ups)
    drop_caps = [k for k, (text, _) in enumerate(out) if text[1:2] == " " and text[0].isupper() and text[2:3].islower()]
    if drop_caps:
        lower = content.lower()
        for k in drop_caps:
            out[k] = (_rejoin_drop_cap(out[k][0], lower), out[k][1])
    return out


_DROP_CAP_RE = re.compile(r"([^\W\d_]) ([^\W\d_]+)\b")


def _rejoin_drop_cap(text: str, lower: str) -> str:
    """A paragraph's enlarged first letter, which a renderer sets apart ("H ong Kong is burning"), joined back.

    Only where the joined word occurs elsewhere in the text (``lower``, all of it in lower case) and the rest of
    it does not ("A dam Schiff" is Adam; "A dog" stays, and so does "A new" where "new" is a word of the text).
    """
    m = _DROP_CAP_RE.match(text)
    if m is None or not m.group(2).islower():
        return text
    word = (m.group(1) + m.group(2)).lower()
    if word not in lower or re.search(rf"\b{word}\b", lower) is None:  # a substring test first: it is cheaper
        return text
    if len(re.findall(rf"\b{m.group(2)}\b", lower)) > 1:
        return text
    return m.group(1) + m.group(2) + text[m.end() :]


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Fixed-width text (e-mail style): most lines are of similar width and many end mid-sentence."""
    if len(lines) < 8:
        return False
    lengths = [len(ln.rstrip()) for ln in lines]
    longest = max(lengths)
    if longest > 100 or longest < 50:
        return False
    near_full = sum(1 for n in lengths if n >= longest - 20)
    open_ended = sum(1 for ln in lines if not ln.rstrip().endswith(_TERMINAL))
    return near_full >= 0.6 * len(lines) and open_ended >= 0.5 * len(lines)


_PUBLISHER_RES = [
    re.compile(
        r"subscribe to (?:the )?(?P<name>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4})"
        r"(?:\s+(?:magazine|newspaper|newsletter|digital|app|channel|premium|plus))?",
        re.I,
    ),
    re.compile(
        r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[A-Z][\w&'’.\-]*"
        r"(?:\s+[A-Z][\w&'’.\-]*){0,4})",
        re.I,
    ),
]


def publisher_from_line(line: str) -> str | None:
    """What a promo or copyright line says the publisher is ("Subscribe to Business Today Magazine")."""
    for pattern in _PUBLISHER_RES:
        m = pattern.search(line)
        if m:
            name = re.sub(
                r"\s+(?:all|inc|ltd|llc|plc|limited|magazine|newspaper|newsletter)\.?$",
                "",
                m.group("name").strip(" .,"),
                flags=re.I,
            )
            name = re.split(r"\.\s|,|\s+all\b", name, flags=re.I)[0].strip(" .")
            if name and name[0].isupper() and name.lower() not in {"my", "our", "the", "this", "all"}:
                return name
    return None


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
) -> tuple[list[Block], Stripped]:
    """Judge every block; ``gentle`` is for text an HTML extractor already trimmed (no edge trimming).

    ``linked`` (HTML only): indices of blocks the page prints as the whole text of a link.

    ``word_lists`` (each text's lower-cased words, as ``normalise`` reads them) spares reading them again.
    """
    if word_lists is None:
        word_lists = [_WORD_RE.findall(t.lower()) for t in texts]
    stopwords = _stopwords_of_sample(_sample_words(texts, word_lists))
    blocks = [make_block(t, stopwords, words) for t, words in zip(texts, word_lists)]
    for b, indent in zip(blocks, indents or ()):
        b.indent = indent
    info = Stripped(text="", removed=[], removed_share=0.0, headings=[])
    authors: list[str] = []
    author_norms = {normalise(a) for a in known_authors}

    # 1. line-local signals: recurring lines, furniture formulas, bylines, date lines
    lines = [_BULLET_RE.sub("", t) if t[:1] in _BULLET_CHARS else t for t in texts]  # extractors keep "- "
    strong_rules = strong_rules_for(lines)  # the article's furniture keys, looked for once
    prose_seen = False
    for b, line in zip(blocks, lines):
        if b.words == 0 and not b.text.strip("-_=*~#. "):
            b.reason = "separator"
            continue
        sentence_like = b.words >= 6 and b.ends_sentence and b.stop_share >= 0.2
        if b.norm in recurring:
            b.reason = "recurring-in-source"
        elif reason := strong_furniture_reason(line, strong_rules) or (
            None if sentence_like else furniture_reason(line)
        ):
            b.reason = reason
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
        elif b.words <= 25 and is_dateline(b.text):
            b.reason = "dateline"
            info.date_lines.append(b.text)
        elif author_norms and b.norm in author_norms:
            b.reason = "byline"
        if b.reason in {"promo", "copyright", "newsletter"} and publisher_from_line(b.text):
            info.publisher_lines.append(b.text)
        prose_seen = prose_seen or (b.reason is None and b.words >= 10 and b.ends_sentence)

    for i, b in enumerate(blocks[:-1]):  # "About Jane Doe" over a paragraph about her: the author box
        m = _ABOUT_AUTHOR_RE.match(b.text) if b.reason is None and b.words <= 6 else None
        nxt = next((c for c in blocks[i + 1 : i + 3] if c.reason is None), None)
        if m is None or nxt is None:
            continue
        surname = (m.group(2) or "").split()[-1:]
        if m.group(1) or (surname and surname[0] in nxt.text):
            b.reason = nxt.reason = "author-bio"
    if not gentle:  # an HTML extractor has dropped the figures already
        _captions(blocks)
    for prev, b in zip(blocks, blocks[1:]):  # the keyword list under a "Tags" label
        if prev.reason == "tags" and b.reason is None and _TAG_LIST_RE.match(b.text):
            b.reason = "tags"
    # 2. the headline (and its repeats), then the dek that sits between it and the byline
    title_norm = normalise(title_hint) if title_hint else ""
    head_idx = None
    if title_norm:
        for i, b in enumerate(blocks):
            if b.norm == title_norm and b.reason is None:
                head_idx = i
                break
    if head_idx is None and not gentle and not title_norm:  # a given title not in the text: no guessing
        for i, b in enumerate(blocks[:8]):
            if b.reason is not None:
                continue
            if b.words <= 30 and not b.text.rstrip().endswith(".") and len(blocks) > i + 1:
                head_idx = i
            break
    if head_idx is not None:
        blocks[head_idx].reason = "headline"
        info.title = blocks[head_idx].text
        title_norm = blocks[head_idx].norm
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
    for i in range(1, len(blocks)):  # a name printed twice in a row is a byline wherever it is
        a, b = blocks[i - 1], blocks[i]
        if b.reason is None and a.norm == b.norm and looks_like_name(b.text):
            a.reason = b.reason = "byline"
            authors.append(b.text.strip())
    start = head_idx + 1 if head_idx is not None else 0
    dek_idx = next((i for i in range(start, min(start + 3, len(blocks))) if blocks[i].reason is None), None)
    if dek and dek_idx is not None and blocks[dek_idx].norm == normalise(dek):
        blocks[dek_idx].reason = "subtitle"  # the page printed it as a sub-heading, not as the opening paragraph
        info.subtitle = blocks[dek_idx].text
    elif dek_idx is not None and not gentle:
        lead = blocks[dek_idx]
        after = [b for b in blocks[dek_idx + 1 : dek_idx + 5] if b.reason not in ("advertisement", "caption")]
        by_next = any(b.reason in ("byline", "dateline") for b in after[:3])
        if (description and lead.norm == normalise(description)) or (
            by_next and 5 <= lead.words <= 60 and head_idx is not None
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
                if _comment_button(blocks, i):
                    b.reason = "comments"
                    continue
                for c in blocks[i:]:
                    if c.reason is None or c.reason in ("recurring-in-source",):
                        c.reason = "comments"
                break
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
                if c.good and (gentle or c.words > TEASER_MAX_WORDS or not _card_end(blocks, k, norm_counts)):
                    if not gentle and _last_card(blocks, k, cards):
                        c.reason = "related-links"
                    break
                c.reason = "related-links"
                if c.prose:
                    cards.append(k)

    # Structure-only rules (dropping short lines for where they sit) need evidence that the text carries page
    # furniture at all; a clean article's closing list of fixtures or award winners is body.
    pagelike = not gentle and sum(b.reason in PAGE_FURNITURE for b in blocks) >= 1
    # 4. the main text: the densest run of prose; a whole page rendered to text has several islands of it
    if pagelike:
        _main_region(blocks)
        _above_byline(blocks, info)
    # 5. edges: what comes before the first and after the last real paragraph
    good_idx = [i for i, b in enumerate(blocks) if b.good]
    if good_idx and not gentle:
        first, last = good_idx[0], _extend_over_list(blocks, good_idx[-1])
        first = next((i for i, b in enumerate(blocks[:first]) if b.lead and b.reason is None), first)
        last = max(
            (i for i in range(last + 1, len(blocks)) if blocks[i].trail and blocks[i].reason is None), default=last
        )
        for b in blocks[:first]:
            if b.reason is None and (pagelike or (b.words <= 3 and not _DIGIT_RE.search(b.text))):
                b.reason = "navigation" if b.words <= 6 else "header"
        tail_sentences = 0
        for b in blocks[last + 1 :] if pagelike else []:
            if b.reason is None:
                if b.ends_sentence and b.words >= 4 and tail_sentences < 2 and b.stop_share >= 0.2:
                    tail_sentences += 1
                    continue
                b.reason = "footer"
    if pagelike:
        _sandwiched(blocks)
    # 6. inside the body: link lists, headings, repeats
    if pagelike:
        _link_lists(blocks)
    if gentle and GENTLE_TAIL_LISTS:
        _trailing_teasers(blocks)
    if gentle and linked:
        _linked_runs(blocks, linked)
    seen: dict[str, int] = {}  # each text's first block
    paragraphs_seen = 0
    body = [i for i, b in enumerate(blocks) if b.reason is None]
    for pos, i in enumerate(body):
        b = blocks[i]
        if b.norm in seen and not gentle and (b.words >= 8 or (pagelike and b.words >= 3)):
            b.reason = "repeated"
            if pagelike and b.prose and paragraphs_seen == 1:  # the first copy is the only paragraph above
                blocks[seen[b.norm]].reason = "subtitle"  # the dek, printed over the photo and again under it
            continue
        seen.setdefault(b.norm, i)
        paragraphs_seen += b.good
        prev_listy = pos > 0 and blocks[body[pos - 1]].heading_like
        if b.heading_like and pos + 1 < len(body) and not prev_listy:
            nxt = blocks[body[pos + 1]]
            after_prose = pos > 0 and blocks[body[pos - 1]].good
            if nxt.words > b.words and (not nxt.heading_like or (after_prose and b.words <= 5)):
                b.heading = True  # a heading before prose, or a short title over a list ("Key facts")
        elif b.heading_like and pos + 1 == len(body) and pagelike and b.words <= 8:
            b.reason = "footer"

    kept = [b for b in blocks if b.reason is None]
    info.text = "\n\n".join(b.text for b in kept)
    info.headings = [b.text for b in kept if b.heading]
    info.removed = [{"text": b.text, "reason": b.reason} for b in blocks if b.reason is not None]
    total = sum(len(b.text) for b in blocks)
    info.removed_share = (sum(len(b.text) for b in blocks if b.reason) / total) if total else 0.0
    info.byline_authors = unique_names(authors)
    return blocks, info


def _bare_credit(b: Block) -> bool:
    """A photographer's or agency's credit and nothing else: "Jane Roe/Getty Images", "Image: Agency"."""
    if b.words > 6 or _NOT_A_CREDIT_RE.match(b.text) or "(" in b.text[1:]:
        return False
    if b.reason == "caption":
        lower = [w for w in re.findall(r"[^\W\d_][\w'’-]*", b.text) if w[0].islower() and w not in _CREDIT_SMALL_WORDS]
        return len(lower) <= 1
    return b.reason is None and _CREDIT_LINE_RE.match(b.text) is not None


def _captions(blocks: list[Block]) -> None:
    """Photo captions: a short paragraph directly over its photographer's credit, or one ending in the credit.

    A caption reads like prose (it is a sentence or two), so only the credit beside it gives it away; a longer
    one must also sit at another margin than the text after it (a paragraph above a credited photo does not).
    """
    n = len(blocks)
    for i, b in enumerate(blocks):
        if b.reason is not None or not 6 <= b.words <= CAPTION_MAX_WORDS:
            continue
        if not b.ends_sentence and _CREDIT_TAIL_RE.search(b.text):
            b.reason = "caption"
            continue
        if i + 1 >= n or blocks[i + 1].words > 6 or not _bare_credit(blocks[i + 1]):
            continue
        if b.words > CAPTION_MAX_WORDS_SAME_MARGIN:
            after = next((c for c in blocks[i + 2 : i + 6] if c.good), None)
            if after is None or after.indent == b.indent:
                continue
        b.reason = blocks[i + 1].reason = "caption"


GENTLE_TAIL_LISTS = True  # measured on the dev half: a kept "More stories" box costs more than the odd list lost


def _trailing_teasers(blocks: list[Block]) -> None:
    """A bulleted run of three or more headlines closing an extractor's output: a "More stories" box it kept.

    A list the article announces (the line before it ends with a colon) or numbers stays.
    """
    body = [i for i, b in enumerate(blocks) if b.reason is None]
    run: list[int] = []
    for i in reversed(body):
        b = blocks[i]
        listed = b.text[:1] in _BULLET_CHARS or b.heading_like
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
    if sum(bool(_LIST_ITEM_RE.search(blocks[i].text)) for i in run) >= 0.8 * len(run):
        return  # rows of data (dates, results), as in ``_link_lists``
    for i in run:
        blocks[i].reason = "link-list"


LINKED_RUN_MIN = 3  # whole-link lines in a row: two are a "previous / next story" pair or a source and a quote
LINKED_LABEL_MAX_WORDS = 8
LINKED_PRICED_SHARE = 0.5  # of a run's lines with a price: the products a deals post is about (gold keeps them)
_PRICE_RE = re.compile(r"[$€£¥]\s?\d|\d\s?(?:€|£|\b(?:USD|EUR|GBP)\b)")


def _linked_runs(blocks: list[Block], linked: frozenset[int]) -> None:
    """Runs of lines that are each a whole link to another page, anywhere in the text: a teaser box the
    extractor kept ("More stories", video teasers), with the short label over it.

    A run the article introduces (the line before it ends with a colon) stays, as in ``_link_lists``, and so
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
        if before is not None and before.heading_like and before.words <= LINKED_LABEL_MAX_WORDS:
            before.reason = "link-list"  # the box's title ("Related", "2019 American Music Awards")


def _title_line(b: Block) -> bool:
    """A headline's shape: a line of up to 25 words that does not end a sentence."""
    return 1 <= b.words <= 25 and not b.ends_sentence and not b.text.rstrip().endswith((",", ":"))


def _title_case(b: Block) -> bool:
    words = [w for w in b.text.split() if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _link_lists(blocks: list[Block]) -> None:
    """Runs of three or more short Title Case lines inside the body: headlines linking elsewhere.

    A run introduced by a colon, or made of numbered items or ordinary sentence-case lines, is the article's
    own list and stays.
    """
    body = [i for i, b in enumerate(blocks) if b.reason is None]
    runs: list[list[int]] = []
    run: list[int] = []
    for i in body:
        b = blocks[i]
        if b.heading_like and b.words <= 12 and not b.text.endswith(":"):
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
        if len(run) < 3:
            continue
        before = next((blocks[j] for j in range(run[0] - 1, -1, -1) if blocks[j].reason is None), None)
        introduced = before is not None and before.text.rstrip().endswith(":")
        numbered = sum(bool(re.match(r"\d{1,2}[.)]\s", blocks[j].text)) for j in run) >= 2
        # rows of data (dates, scores, "June 9 -- Venue, City") rather than headlines
        numbered = numbered or sum(bool(_LIST_ITEM_RE.search(blocks[j].text)) for j in run) >= 0.8 * len(run)
        if not introduced and not numbered and sum(_title_case(blocks[j]) for j in run) >= 0.6 * len(run):
            for j in run:
                blocks[j].reason = "link-list"


TEASER_MAX_WORDS = 120


def _last_card(blocks: list[Block], k: int, cards: list[int]) -> bool:
    """The list's last teaser, which has no next card to be closed by: shaped and set like the cards before it
    (a blurb of teaser length at their margin), and no paragraph of the article after it."""
    if len(cards) < 2 or blocks[k].words > TEASER_MAX_WORDS:
        return False
    if any(blocks[j].indent != blocks[k].indent for j in cards):
        return False
    return k + 1 >= len(blocks) or not blocks[k + 1].good


_CARD_END_REASONS = frozenset({"related-links", "share-bar", "link-list"})


def _card_end(blocks: list[Block], k: int, norm_counts: Counter) -> bool:
    """The block after ``k`` closes a teaser card: furniture of a list of links (not an advertisement slot), or a
    short line every card repeats (its share buttons)."""
    if k + 1 >= len(blocks):
        return False
    nxt = blocks[k + 1]
    return nxt.reason in _CARD_END_REASONS or (nxt.reason is None and nxt.words <= 6 and norm_counts[nxt.norm] >= 3)


COMMENT_AFTER_PARAGRAPHS = 3  # a comment-section marker after this many paragraphs ends the article


def _comment_button(blocks: list[Block], i: int) -> bool:
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
    if b.reason is not None:
        return -FURNITURE_COST if b.reason not in ("headline", "subtitle", "byline", "dateline") else 0.0
    if b.good:
        return float(len(b.text))
    if b.ends_sentence and b.words >= 4:
        return len(b.text) * SHORT_SENTENCE_WEIGHT  # a short sentence: prose, but weak evidence
    return -float(max(min(len(b.text), SHORT_LINE_COST), SHORT_LINE_FLOOR))


def _main_region(blocks: list[Block]) -> None:
    """Keep the contiguous run of blocks with the most prose (maximum-sum subarray); the rest is page furniture.

    Only applied when the text looks like a whole page (many short lines), so a clean article is left alone.
    """
    n = len(blocks)
    short = sum(1 for b in blocks if not b.good)  # menus, teasers and lines already known as furniture
    if n < 25 or short < 0.4 * n:
        return
    best, best_start, best_end = 0.0, 0, -1
    current, start = 0.0, 0
    in_list = False
    for i, b in enumerate(blocks):
        score = _block_score(b)
        if b.reason is None and b.text.rstrip().endswith(":"):
            in_list = True  # "Tour dates:", "What you need:" announce a list that belongs to the article
        elif b.good:
            in_list = False
        elif in_list and score < 0:
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
    best_end = _extend_over_list(blocks, best_end)
    best_start = _extend_over_lead(blocks, best_start, best_end)
    same_margin = _same_margin(blocks, best_start, best_end)
    last = max(same_margin, default=-1)
    if last > best_end:  # the article resumed after an interruption: its closing list goes with it
        same_margin.update(range(last + 1, _extend_over_list(blocks, last) + 1))
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
    return _NUMERIC_DATE_RE.search(b.text) is not None or _TAG_LIST_RE.match(b.text) is not None


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
    labels = {i for i in box if i not in sentences and not _DIGIT_RE.search(blocks[i].text)}
    if len(labels) > BOX_MAX_LABELS or any(not (blocks[i].heading_like and blocks[i].words <= 8) for i in labels):
        return []
    cards = sum(a in labels and blocks[b].prose for a, b in zip(box, box[1:]))
    return box if cards < 2 else []


BOX_MIN_PARAGRAPHS = 3
BOX_MAX_LABELS = 3  # the box's title and a heading or two ("Ingredients", "Instructions")


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


def _sandwiched(blocks: list[Block]) -> None:
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


def _above_byline(blocks: list[Block], info: Stripped) -> None:
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


DEK_MAX_PARAGRAPHS = 3
DEK_MAX_WORDS = 50


def _extend_over_lead(blocks: list[Block], start: int, end: int) -> int:
    """Carry the main text back over the opening lines at its own margin that score as short: a dateline lead
    ("CITY (AP) — The Latest on ...:"), a first sentence cut off without its full stop, a review's fact line.

    Only prose-shaped lines (several words, some stop words) directly above the run, nothing between them.
    """
    margin = _margin(blocks, start, end)
    if margin is None:
        return start

    def opening(b: Block) -> bool:  # not a post's meta line ("13/06/2014 Jane Roe All, Books, Reviews")
        return (
            b.reason is None
            and b.indent == margin
            and b.words >= 8
            and b.stop_share >= LEAD_MIN_STOP_SHARE
            and _NUMERIC_DATE_START_RE.match(b.text) is None
        )

    i = start - 1
    while i >= 0:
        b = blocks[i]
        # a time stamp under the lead ("10 p.m." opening an agency's running file) goes with it
        stamp = b.reason is None and b.indent == margin and b.words <= 3 and _DIGIT_RE.search(b.text) is not None
        if not (opening(b) or (stamp and i > 0 and opening(blocks[i - 1]))):
            break
        b.lead = True
        i -= 1
    return i + 1


LEAD_MIN_STOP_SHARE = 0.1
_NUMERIC_DATE_START_RE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")


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
        if sum(blocks[i].good for i in island) > 1:
            continue  # two paragraphs: a part of the article set at another margin, not a teaser's one blurb
        teaser = any(
            _title_line(blocks[i]) and blocks[j].good and blocks[j].words <= 60 for i, j in zip(island, island[1:])
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


OFF_MARGIN_TAIL = True  # measured on the dev half: pages run their "More stories" on at another margin
OFF_MARGIN_SHARE = 0.6  # of the run's paragraphs at one margin, for that margin to set the article apart
SIDE_COLUMN_OFFSET = 40  # spaces of indentation that put a line in another column, not a quote or list


def _margin(blocks: list[Block], start: int, end: int, share: float = 0.8) -> int | None:
    """The left margin most of the main run's paragraphs share, where the text kept a layout."""
    first = blocks[0].indent if blocks else 0
    if all(b.indent == first for b in blocks):  # stops at the first line set elsewhere
        return None
    margins = Counter(blocks[i].indent for i in range(start, end + 1) if blocks[i].good)
    if not margins:
        return None
    margin, count = margins.most_common(1)[0]
    return margin if count >= share * sum(margins.values()) else None


_ARTICLE_END_REASONS = frozenset({"author-bio", "tags", "comments", "copyright"})


def _same_margin(blocks: list[Block], start: int, end: int) -> set[int]:
    """Paragraphs outside the main run that sit at its left margin: the article's own text, cut off from the run
    by a gallery, a "Most read" box or a caption (only where the text kept a layout with several margins).
    """
    margin = _margin(blocks, start, end)
    if margin is None:
        return set()
    keep: list[int] = []
    for direction, edge in ((1, end), (-1, start)):  # outwards, hop by hop: a far-off footer blurb is no island
        last = edge
        i = edge + direction
        while 0 <= i < len(blocks) and abs(i - last) <= ISLAND_GAP:
            b = blocks[i]
            if direction == 1 and b.reason in _ARTICLE_END_REASONS and not _comment_button(blocks, i):
                break  # the author's box or the topic tags close the article: what follows is the site's
            if b.good and b.indent == margin:
                keep.append(i)
                last = i
            i += direction
    out = set(keep)
    ordered = sorted(keep + list(range(start, end + 1)))
    for a, b in zip(ordered, ordered[1:]):  # headings at the same margin between two kept paragraphs
        if b - a <= 3 and all(blocks[k].indent == margin for k in range(a + 1, b)):
            out.update(range(a + 1, b))
    return out


_LIST_ITEM_RE = re.compile(r"\d|\s[–—-]{1,2}\s|:\s|https?://")


def _extend_over_list(blocks: list[Block], end: int) -> int:
    """Carry the main text on through a list its last line announces ("Tour dates:", "Final standings:").

    Fixture lists, tour dates and tables are short lines that score as menus; they belong to the article when a
    line ending in a colon introduces them and every item carries data (a number, a dash or colon separator, a link).
    """
    j = end + 1
    if not blocks[end].text.rstrip().endswith(":"):
        # the announcing line itself fell just outside (perhaps after a caption or a stray name)
        intro = next(
            (k for k in range(end + 1, min(end + 4, len(blocks))) if blocks[k].text.rstrip().endswith(":")), None
        )
        if intro is None or any(blocks[k].reason is not None or blocks[k].words > 12 for k in range(end + 1, intro)):
            return end
        if blocks[intro].reason is not None:
            return end
        j = intro + 1
    items = 0
    while j < len(blocks):
        b = blocks[j]
        if b.reason is not None or b.words > 40 or not _LIST_ITEM_RE.search(b.text):
            break
        items += 1
        j += 1
    return j - 1 if items >= 2 else end


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


def recurring_lines(
    rows: list[tuple[str, list[str]]],
    min_docs: int = 3,
    min_share: float = 0.3,
    norms_of: dict[int, list[str]] | None = None,
) -> dict[int, frozenset[str]]:
    """Per document, the lines that recur across many documents of its source (the site's furniture).

    ``rows`` is ``(source_key, blocks)`` per document. A document most of whose prose lines (ten words or more)
    recur is a near duplicate, not furniture, and keeps its lines (a page with a large menu shares most of its
    short lines). ``norms_of`` (document -> ``normalise`` of each block) spares reading the blocks twice.
    """
    per_source: dict[str, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(rows):
        per_source[key].append(i)
    out: dict[int, frozenset[str]] = {}
    for members in per_source.values():
        if len(members) < min_docs:
            continue
        if norms_of is None:
            norms = {i: {normalise(t) for t in rows[i][1]} - {""} for i in members}
        else:
            norms = {i: set(norms_of[i]) - {""} for i in members}
        counts = Counter(n for i in members for n in norms[i])
        threshold = max(min_docs, min_share * len(members))
        common = {n for n, c in counts.items() if c >= threshold}
        if not common:
            continue
        for i in members:
            mine = norms[i] & common
            if not mine:
                continue
            # a near duplicate shares most of its prose; a page with a large menu shares most of its short lines
            prose = {n for n in norms[i] if n.count(" ") >= 9}
            if len(prose & common) <= 0.5 * len(prose) if prose else len(mine) <= 0.5 * len(norms[i]):
                out[i] = frozenset(mine)
    return out


def strip_text(content: str, title_hint: str | None = None, recurring: frozenset[str] = frozenset()) -> Stripped:
    """Strip one plain-text article."""
    rows = split_blocks_indented(content)
    _, info = classify([t for t, _ in rows], title_hint=title_hint, recurring=recurring, indents=[i for _, i in rows])
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
        dek=page.get("dek"),
        linked=frozenset(page.get("linked_blocks") or ()),
    )
    if info.title is None:
        info.title = title
    block_keys = {" ".join(b.lower().split()) for b in page["blocks"]}
    body_key = "\n".join(block_keys)
    title_key = " ".join(title.lower().split()) if title else ""
    furniture = []
    previous = ""
    for t in page.get("page_lines", []):
        key = t.lower()  # page lines are already single-spaced
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
    visible = sum(len(t) for t in page.get("page_lines", [])) or sum(len(t) for t in page["blocks"])
    kept = len(info.text)
    info.removed_share = min(1.0, max(0.0, 1 - kept / visible)) if visible else 0.0
    info.meta = {k: v for k, v in page.items() if k not in ("blocks", "page_lines")}
    info.page_lines = page.get("page_lines")
    return info


_BY_WORDS = {"by", "by:", "written by", "author", "author:", "authors:", "words by", "text:"}


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
    if len(line) <= 120 and _DIGIT_RE.search(line) and is_dateline(line):
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
    rows_of = {i: split_blocks_indented(contents[i]) for i in range(n) if formats[i] not in HTML_FORMATS}
    blocks_of = {i: [t for t, _ in rows] for i, rows in rows_of.items()}
    # each block's words, read once for both the repetition count and the block's own measures
    words_of = {i: [_WORD_RE.findall(t.lower()) for t in texts] for i, texts in blocks_of.items()}
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
