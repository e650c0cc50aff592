"""Article metadata: title, dek, authors, times, publisher, language, size and headings.

Reads what ``strip_boilerplate`` set aside (headline, dek, byline and date lines, promo and copyright lines, the
HTML page's meta tags) rather than searching the body again, so each fact comes from the place that states it:
machine-readable page metadata first for HTML, the article's own header lines for text, input hints last.
"""

from __future__ import annotations

import re

import pandas as pd
import py3langid

from pipeline.schemas import UTC_TS
from pipeline.stages.boilerplate import normalise, publisher_from_line, unique_names
from pipeline.stages.bylines import looks_like_name, split_names
from pipeline.stages.dates import classify_dateline, parse_any

METADATA_COLUMNS = [
    "article_id",
    "title",
    "subtitle",
    "authors",
    "published_at",
    "updated_at",
    "publisher",
    "language",
    "word_count",
    "headings",
]
_MIN_LANG_CHARS = 40


_EN_FUNCTION_WORDS_TEXT = (
    "the of and to in is that for it was on with as are be by at this from have has an not but were which"
)
_EN_FUNCTION_WORDS = frozenset(_EN_FUNCTION_WORDS_TEXT.split())


def detect_language(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of the body; the page's own ``lang`` only when the body is too short to tell.

    English prose is a third function words, which settles most articles without the classifier (and its
    cost); anything else goes to py3langid on a sample.
    """
    sample = text[:1200]
    if len(sample.strip()) >= _MIN_LANG_CHARS:
        words = sample.lower().split()[:200]
        if len(words) >= 30 and sum(w in _EN_FUNCTION_WORDS for w in words) >= 0.22 * len(words):
            return "en"
        code, _ = py3langid.classify(text[:800])
        return str(code)[:2].lower()
    if hint:
        code = re.split(r"[-_]", hint.strip())[0].lower()
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return None


def normalise_author(name: str) -> str:
    """ "TOM KRISHER" -> "Tom Krisher"; surrounding noise dropped."""
    name = re.sub(r"\s+", " ", name).strip(" ,;|.-")
    if name.isupper() and len(name) > 3:
        name = " ".join(part.capitalize() if len(part) > 2 or "." not in part else part for part in name.split())
        name = re.sub(r"\b(Mc|O'|Mac)(\w)", lambda m: m.group(1) + m.group(2).upper(), name)
    return name


def authors_from_meta(values: list[str], publisher: str | None = None) -> list[str]:
    """Author strings from page metadata ("By TOM KRISHER, AP Auto Writer") as clean names."""
    out: list[str] = []
    site = normalise(publisher or "")
    for value in values:
        if not isinstance(value, str) or value.startswith(("http", "@")):
            continue
        value = re.sub(r"^.{0,30}?\bby\s+", "", value, flags=re.I)
        names = split_names(value, single_ok=True) or ([value] if looks_like_name(value) else [])
        out.extend(normalise_author(n) for n in names if not site or normalise(n) not in site)
    return out


def _publisher(meta: dict, publisher_lines: list[str]) -> str | None:
    site = meta.get("sitename") if meta else None
    if isinstance(site, str) and site.strip() and not site.startswith("http"):
        return site.strip().lstrip("@")
    for line in publisher_lines:
        name = publisher_from_line(line)
        if name:
            return name
    return None


def metadata_row(record: dict, row: dict) -> dict:
    """The metadata of one article from its input record and its stripped row."""
    meta = row.get("meta") or {}
    text = row.get("text") or ""
    title_hint = record.get("title_hint")
    title = row.get("title") or meta.get("title") or (title_hint if isinstance(title_hint, str) else None)
    subtitle = row.get("subtitle")
    if subtitle is None and meta.get("description"):
        desc = meta["description"].strip()
        if desc and normalise(desc) not in normalise(text[: len(desc) + 200]):
            subtitle = desc
    from_byline = [normalise_author(a) for a in row.get("byline_authors") or []]
    from_meta = authors_from_meta(meta.get("authors") or [], meta.get("sitename"))
    if from_byline and from_meta and not {normalise(a) for a in from_meta} <= {normalise(a) for a in from_byline}:
        from_byline = []  # a header line that disagrees with the page's own author field is not the byline
    authors = unique_names(from_byline + from_meta)
    published = parse_any(meta.get("published"))
    updated = parse_any(meta.get("updated"))
    for line in row.get("date_lines") or []:
        kind, when = classify_dateline(line)
        if when is None:
            continue
        if kind == "updated" and updated is None:
            updated = when
        elif kind == "published" and published is None:
            published = when
    if published is None:
        published = parse_any(record.get("published_hint"))
    return {
        "article_id": row["article_id"],
        "title": title.strip() if isinstance(title, str) and title.strip() else None,
        "subtitle": subtitle,
        "authors": authors,
        "published_at": published,
        "updated_at": updated,
        "publisher": _publisher(meta, list(row.get("publisher_lines") or [])),
        "language": detect_language(text, meta.get("language")),
        "word_count": len(text.split()),
        "headings": list(row.get("headings") or []),
    }


def extract_metadata(inputs: pd.DataFrame, stripped: pd.DataFrame) -> pd.DataFrame:
    """One ``ArticleMetadata`` row per stripped article."""
    records = {r["article_id"]: r for r in inputs.to_dict("records")} if len(inputs) else {}
    rows = [metadata_row(records.get(row["article_id"], {}), row) for row in stripped.to_dict("records")]
    frame = pd.DataFrame(rows, columns=METADATA_COLUMNS)
    for column in ("published_at", "updated_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True).astype(UTC_TS)
    frame["word_count"] = frame["word_count"].astype("int64")
    return frame
