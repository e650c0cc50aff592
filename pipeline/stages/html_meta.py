"""What a page says about itself: its meta tags and JSON-LD (title, authors, dates, site, description),
htmldate when those say nothing, and which headline, site name and dek to report."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import html as lxml_html

# meta tag names (lower-cased ``property``, ``name`` or ``itemprop``) each field is read from, first found wins
META_DATE_PUBLISHED = (
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
META_DATE_UPDATED = (
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
META_AUTHOR = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl", "byline")
META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher")
_TITLE_SEP_RE = re.compile(r"\s+(?:[|–—:•»]|-|::)\s+")


def meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """The page's ``<meta>`` values by lower-cased name (the first of each name), and the first ``<time>``'s
    ``datetime`` as ``"time-element"``: what the ``META_*`` tables are looked up in."""
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


_LD_TEXT_KEYS = ("datePublished", "dateModified", "headline", "alternativeHeadline", "description", "articleBody")


def json_ld(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """The first NewsArticle-like JSON-LD object's date, author, headline, publisher and body."""
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
            for key in _LD_TEXT_KEYS:
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


def first_meta(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The value of the first of ``keys`` (a ``META_*`` table) that ``meta`` has: sites name a field many ways."""
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def split_authors(value: str | None) -> list[str]:
    """The names in an author meta tag ("By A, B and C"): none for a profile URL, and no handles ("@name")."""
    if not value or value.startswith("http"):
        return []
    parts = re.split(r"\s*(?:;|,|\band\b|&|\|)\s*", re.sub(r"^\s*by\s+", "", value, flags=re.I))
    return [p.strip() for p in parts if p.strip() and len(p.split()) <= 5 and not p.startswith("@")]


# Class words of a standfirst: <p class="standfirst">, <div class="article-dek">, "sub-headline", "strapline"
_DEK_NEAR = 2  # levels above the <h1> whose paragraphs and boxes may hold the standfirst


def _near_headline(tree: lxml_html.HtmlElement, tags: tuple[str, ...] = ("p", "div")) -> list[lxml_html.HtmlElement]:
    """The ``tags`` elements with a class around each <h1> (its ancestor ``_DEK_NEAR`` levels up), in page order."""
    out = []
    for h1 in tree.iter("h1"):
        box = h1
        for _ in range(_DEK_NEAR):
            box = box.getparent() if box.getparent() is not None else box
        out += [el for el in box.iter(*tags) if el.get("class")]
    return out
_DEK_CLASS = re.compile(r"(?i)(?<![a-z])(?:standfirst|dek|deck|sub-?title|sub-?head(?:line)?|strap-?line)(?![a-z])")


def shown_as_dek(tree: lxml_html.HtmlElement, description: str | None) -> str | None:
    """The description when the page prints it as a sub-heading (an h2-h6, a line of the article's <header>, or
    a paragraph its class calls a standfirst).

    Extractors keep such a standfirst as the first paragraph; a description that is only the opening ``<p>`` of
    the body is the lede and stays.
    """
    if not description or len(description.split()) < 4:
        return None
    want = " ".join(re.findall(r"\w+", description.lower()))
    # a paragraph is the dek only where the page's markup calls it one, next to the headline (read only there:
    # pages hold thousands of paragraphs and boxes)
    marked = [el for el in _near_headline(tree) if _DEK_CLASS.search(el.get("class") or "")]
    for el in [*tree.iter("h2", "h3", "h4", "h5", "h6", "header"), *marked]:
        if el.tag in ("p", "div"):
            candidates = [el]
        elif el.tag == "header":  # its lines are parts of its text: none can be the dek if the whole cannot hold it
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


def marked_dek(tree: lxml_html.HtmlElement) -> str | None:
    """A standfirst the markup names as one next to the headline (<h2 class="dek">, <p class="standfirst">) when
    no description repeats it: a sentence-long line of its own, printed over the body."""
    for el in _near_headline(tree, ("h2", "h3", "p", "div")):
        if _DEK_CLASS.search(el.get("class") or ""):
            text = " ".join(el.text_content().split())
            if MARKED_DEK_WORDS[0] <= len(text.split()) <= MARKED_DEK_WORDS[1]:
                return text
    return None


MARKED_DEK_WORDS = (4, 60)


def may_hold_words(text: str, words: str) -> bool:
    """False when no part of ``text`` can have the lower-cased ``\\w+`` words ``words`` (joined by single spaces):
    a cheap test before finding and joining a text's words. The first word must be in the lower-cased text. In
    ASCII text (lower-casing keeps its length, and its words are parts of it with a space or more between them)
    all the words must fit too. In other text only an ASCII first word is looked for: lower-casing is one
    character at a time but for a final sigma, so a part's ASCII words are in the whole text's lower case.
    Shared with the metadata stage's dek finder, which rules out most lines with it unread."""
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


def choose_title(
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


def site_name(declared: str | None, title_suffix: str | None) -> str | None:
    """The site's name: what it declares, or the fuller form its page titles end with ("nj" -> "nj.com")."""
    if declared and title_suffix and declared.islower():  # a slug ("nj", "cleveland"), not a written name
        a = re.sub(r"\W+", "", declared.lower())
        b = re.sub(r"\W+", "", title_suffix.lower())
        if a and b.startswith(a) and len(b) > len(a) and len(title_suffix.split()) <= 3:
            return title_suffix
    return declared or title_suffix


def twitter_site(meta: dict[str, str]) -> str | None:
    """The site's Twitter handle without its "@": the site's name when nothing else gives one."""
    value = meta.get("twitter:site")
    return value.lstrip("@") if value else None


def htmldate_published(tree: lxml_html.HtmlElement, url: str | None) -> str | None:
    """htmldate's publication date for a page whose meta tags and JSON-LD state none (read before extraction,
    which prunes the tree; htmldate is imported only for such pages)."""
    from htmldate import find_date

    try:
        return find_date(tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S")
    except Exception:  # htmldate is best effort: a page without a date is fine
        return None
