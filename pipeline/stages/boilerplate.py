"""Boilerplate stripping: keep an article's body, and say what was removed and why.

Plain text is split into blocks (lines, or paragraphs when the text is hard-wrapped) and each block is classified
as body, heading or furniture. The decision combines the block's shape (length, final punctuation, stop-word
density), its position (before the first or after the last real paragraph, after a comment-section marker),
repetition (the headline printed twice, a line recurring across many articles of one source) and phrase formulas
(``furniture``). HTML is reduced to its main text by ``html_extract`` first, then goes through the same rules.
Every stripped block lands in ``removed`` with its reason: nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from pipeline.stages.bylines import looks_like_name, parse_byline
from pipeline.stages.dates import is_dateline
from pipeline.stages.furniture import (
    COMMENT_START_RE,
    RELATED_START_RE,
    furniture_reason,
    strong_furniture_reason,
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
_TERMINAL = tuple('.!?…;"”’»)]')
_SENTENCE_END = tuple(".!?…")
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
    }
)
_DIGIT_RE = re.compile(r"\d")
_NAME_IN_PLACE_RE = re.compile(r"^(.{3,60}?)\s+(?:in|at)\s+[A-Z][\w .'’-]{1,40}$")
_TAG_LIST_RE = re.compile(r"^[^.!?,]{1,40}(?:\s*[,|•·]\s*[^.!?,]{1,40}){2,}$")


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

    @property
    def good(self) -> bool:
        """A real paragraph: long enough, punctuated like prose."""
        return self.reason is None and (
            (self.words >= 10 and self.ends_sentence) or (self.words >= 25 and self.stop_share >= 0.15)
        )

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


def normalise(text: str) -> str:
    """Lower-case words only: how repetition is compared."""
    return " ".join(_WORD_RE.findall(text.lower()))


def make_block(text: str) -> Block:
    words = _WORD_RE.findall(text.lower())
    n = len(words)
    stops = sum(map(STOPWORDS.__contains__, words))
    stripped = text.rstrip()
    return Block(
        text=text,
        norm=" ".join(words),
        words=n,
        stop_share=stops / n if n else 0.0,
        ends_sentence=stripped.rstrip("\"”’»)]' ").endswith(_SENTENCE_END),
    )


def split_blocks(content: str) -> list[str]:
    """Lines of the text, with hard-wrapped paragraphs joined back together."""
    content = content.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    paragraphs = re.split(r"\n[ \t]*\n", content)
    lines = [ln for ln in content.split("\n") if ln.strip()]
    wrapped = _is_hard_wrapped(lines)
    out: list[str] = []
    for para in paragraphs:
        rows = [
            " ".join((_BULLET_RE.sub("", ln) if ln[:4].lstrip()[:1] in _BULLET_CHARS else ln).split())
            for ln in para.split("\n")
        ]
        rows = [r for r in rows if r]
        if not rows:
            continue
        if wrapped:
            out.append(" ".join(rows))
            continue
        current = rows[0]
        for row in rows[1:]:
            # a line broken mid-sentence: long, no final punctuation, and the next starts in lower case
            if len(current) > 40 and not current.endswith(_TERMINAL) and row[:1].islower():
                current = f"{current} {row}"
            else:
                out.append(current)
                current = row
        out.append(current)
    return out


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
) -> tuple[list[Block], Stripped]:
    """Judge every block; ``gentle`` is for text an HTML extractor already trimmed (no edge trimming)."""
    blocks = [make_block(t) for t in texts]
    info = Stripped(text="", removed=[], removed_share=0.0, headings=[])
    authors: list[str] = []
    author_norms = {normalise(a) for a in known_authors}

    # 1. line-local signals: recurring lines, furniture formulas, bylines, date lines
    for b in blocks:
        if b.words == 0 and not b.text.strip("-_=*~#. "):
            b.reason = "separator"
            continue
        sentence_like = b.words >= 6 and b.ends_sentence and b.stop_share >= 0.2
        if b.norm in recurring:
            b.reason = "recurring-in-source"
        elif reason := strong_furniture_reason(b.text) if sentence_like else furniture_reason(b.text):
            b.reason = reason
        elif b.words <= 40 and (names := parse_byline(b.text)):
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
    if dek_idx is not None and not gentle:
        dek = blocks[dek_idx]
        after = [b for b in blocks[dek_idx + 1 : dek_idx + 5] if b.reason not in ("advertisement", "caption")]
        by_next = any(b.reason in ("byline", "dateline") for b in after[:3])
        if (description and dek.norm == normalise(description)) or (
            by_next and 5 <= dek.words <= 60 and head_idx is not None
        ):
            dek.reason = "subtitle"
            info.subtitle = dek.text

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
                for c in blocks[i:]:
                    if c.reason is None or c.reason in ("recurring-in-source",):
                        c.reason = "comments"
                break
    for i, b in enumerate(blocks):
        if b.reason in ("related-links",) or (b.reason is None and RELATED_START_RE.match(b.text)):
            b.reason = "related-links"
            for c in blocks[i + 1 :]:
                if c.reason is not None:
                    continue
                if c.good:
                    break
                c.reason = "related-links"

    # Structure-only rules (dropping short lines for where they sit) need evidence that the text carries page
    # furniture at all; a clean article's closing list of fixtures or award winners is body.
    pagelike = not gentle and sum(b.reason in PAGE_FURNITURE for b in blocks) >= 1
    # 4. the main text: the densest run of prose; a whole page rendered to text has several islands of it
    if pagelike:
        _main_region(blocks)
    # 5. edges: what comes before the first and after the last real paragraph
    good_idx = [i for i, b in enumerate(blocks) if b.good]
    if good_idx and not gentle:
        first, last = good_idx[0], good_idx[-1]
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
    # 6. inside the body: link lists, headings, repeats
    if pagelike:
        _link_lists(blocks)
    seen: set[str] = set()
    body = [i for i, b in enumerate(blocks) if b.reason is None]
    for pos, i in enumerate(body):
        b = blocks[i]
        if b.norm in seen and not gentle and (b.words >= 8 or (pagelike and b.words >= 3)):
            b.reason = "repeated"
            continue
        seen.add(b.norm)
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
        if not introduced and not numbered and sum(_title_case(blocks[j]) for j in run) >= 0.6 * len(run):
            for j in run:
                blocks[j].reason = "link-list"


COMMENT_AFTER_PARAGRAPHS = 3  # a comment-section marker after this many paragraphs ends the article

# Weights of the main-text search, chosen on the dev half of the extraction benchmark (text path).
SHORT_LINE_COST = 80  # characters of prose one short line (menu item, teaser title) outweighs
FURNITURE_COST = 60
POSITION_WEIGHT = 1.0  # prose at position p of the page counts (POSITION_WEIGHT - p): articles precede footers


def _block_score(b: Block) -> float:
    if b.reason is not None:
        return -FURNITURE_COST if b.reason not in ("headline", "subtitle", "byline", "dateline") else 0.0
    if b.good:
        return float(len(b.text))
    if b.ends_sentence and b.words >= 4:
        return len(b.text) * 0.5  # a short sentence: prose, but weak evidence
    return -float(min(len(b.text), SHORT_LINE_COST))


def _main_region(blocks: list[Block]) -> None:
    """Keep the contiguous run of blocks with the most prose (maximum-sum subarray); the rest is page furniture.

    Only applied when the text looks like a whole page (many short lines), so a clean article is left alone.
    """
    n = len(blocks)
    short = sum(1 for b in blocks if b.reason is None and not b.good)
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
    for i, b in enumerate(blocks):
        if b.reason is None and not (best_start <= i <= best_end):
            b.reason = "outside-main-text"


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
    rows: list[tuple[str, list[str]]], min_docs: int = 3, min_share: float = 0.3
) -> dict[int, frozenset[str]]:
    """Per document, the lines that recur across many documents of its source (the site's furniture).

    ``rows`` is ``(source_key, blocks)`` per document. A document most of whose lines recur is a near duplicate,
    not furniture, and keeps its lines.
    """
    per_source: dict[str, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(rows):
        per_source[key].append(i)
    out: dict[int, frozenset[str]] = {}
    for members in per_source.values():
        if len(members) < min_docs:
            continue
        norms = {i: {normalise(t) for t in rows[i][1]} - {""} for i in members}
        counts = Counter(n for i in members for n in norms[i])
        threshold = max(min_docs, min_share * len(members))
        common = {n for n, c in counts.items() if c >= threshold}
        if not common:
            continue
        for i in members:
            mine = norms[i] & common
            if mine and len(mine) <= 0.5 * len(norms[i]):
                out[i] = frozenset(mine)
    return out


def strip_text(content: str, title_hint: str | None = None, recurring: frozenset[str] = frozenset()) -> Stripped:
    """Strip one plain-text article."""
    _, info = classify(split_blocks(content), title_hint=title_hint, recurring=recurring)
    return info


def strip_html(content: str, url: str | None = None, title_hint: str | None = None) -> Stripped:
    """Strip one HTML page: main-text extraction, then the text rules on what it kept."""
    from pipeline.stages.html_extract import extract_html

    page = extract_html(content, url=url)
    title = title_hint or page.get("title")
    authors = tuple(page.get("authors") or ())
    _, info = classify(
        page["blocks"], title_hint=title, gentle=True, known_authors=authors, description=page.get("description")
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
    blocks_of = {i: split_blocks(contents[i]) for i in range(n) if formats[i] not in HTML_FORMATS}
    recurring = recurring_lines([(sources[i], blocks_of.get(i, [])) for i in range(n)])
    rows = []
    for i in range(n):
        if formats[i] in HTML_FORMATS:
            url = urls[i] if isinstance(urls[i], str) else None
            info = strip_html(contents[i], url=url, title_hint=hints[i])
        else:
            _, info = classify(blocks_of[i], title_hint=hints[i], recurring=recurring.get(i, frozenset()))
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
            }
        )
    return pd.DataFrame(rows, columns=OUTPUT_COLUMNS)


def _values(frame: pd.DataFrame, name: str, n: int) -> list:
    """A column as a list with None for missing values (or all None when the column is absent)."""
    if name not in frame.columns:
        return [None] * n
    return [None if v is None or (isinstance(v, float) and pd.isna(v)) else v for v in frame[name]]
