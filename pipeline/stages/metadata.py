"""Article metadata: title, dek, authors, times, publisher, language, size and headings.

Reads what ``strip_boilerplate`` set aside (headline, dek, byline and date lines, promo and copyright lines, the
HTML page's meta tags) rather than searching the body again, so each fact comes from the place that states it:
machine-readable page metadata first for HTML, the article's own header lines for text, input hints last.
"""

from __future__ import annotations

import html as html_lib
import re

import pandas as pd
import py3langid

from pipeline.collector import paused_gc
from pipeline.schemas import UTC_TS
from pipeline.stages.boilerplate import (
    DOMAIN_RE,
    HTML_FORMATS,
    masthead_part,
    publication_name,
    publisher_from_line,
    site_crumbs,
    unique_names,
)
from pipeline.stages.bylines import (
    header_authors,
    located_names,
    looks_like_name,
    outlet_line,
    parse_byline,
    split_names,
    strip_honorific,
)
from pipeline.stages.dates import (
    classify_dateline,
    dateline_agency,
    is_dateline,
    parse_any,
    parse_datetime,
    split_dateline,
)
from pipeline.stages.furniture import PRESS_RELEASE_REASON, about_heading_name
from pipeline.stages.text_blocks import normalise

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
        if len(words) >= 30 and sum(map(_EN_FUNCTION_WORDS.__contains__, words)) >= 0.22 * len(words):
            return "en"
        code, _ = py3langid.classify(text[:800])
        return str(code)[:2].lower()
    if hint:
        code = re.split(r"[-_]", hint.strip())[0].lower()
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return None


_SPACES_RE = re.compile(r"\s+")
_SURNAME_PREFIX_RE = re.compile(r"\b(Mc|O'|Mac)(\w)")


def normalise_author(name: str) -> str:
    """ "TOM KRISHER" -> "Tom Krisher"; surrounding noise and a title dropped ("Dr. Jane Doe" -> "Jane Doe", as
    a "By" line's names are read: the same reporter under a bare byline and a "Written by" one is one name)."""
    name = strip_honorific(_SPACES_RE.sub(" ", name).strip(" ,;|.-"))
    if _SURNAME_PREFIX_RE.sub(lambda m: m.group(1).upper() + m.group(2), name).isupper() and len(name) > 3:
        # (also "PETER McALLISTER": a surname's "Mc" keeps its small letter in capitals)
        name = " ".join(part.capitalize() if len(part) > 2 or "." not in part else part for part in name.split())
        name = _SURNAME_PREFIX_RE.sub(lambda m: m.group(1) + m.group(2).upper(), name)
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


_DEK_LOOKAHEAD = 4  # lines between a dek and the byline or date line under it (share buttons, a photo credit)


def _header_line(line: str, author_keys: set[str]) -> bool:
    """A byline, a date line or an author's name on its own: what sits under a headline and its dek."""
    if len(line) > 160:
        return False
    key = normalise(line)
    return (
        any(a and key.startswith(a) for a in author_keys)  # "Nishant Kumar @Nishantopines"
        or bool(parse_byline(line))
        or is_dateline(line)
        or (looks_like_name(line) and len(line.split()) <= 4)
    )


def visible_dek(lines: list[str], description: str | None, title: str | None, authors: list[str]) -> str | None:
    """The page's description when the page shows it as a dek: a line of its own, after the headline, with the
    byline or date line right under it.

    A description that is not shown at all, or is only the opening paragraph of the body (a lede is followed by
    more body, not by the byline), is no subtitle.
    """
    if not description:
        return None
    want = normalise(description)
    if len(want.split()) < 4:
        return None
    from pipeline.stages.html_meta import may_hold_words  # normalise's words: most lines are ruled out unread

    def shows(line: str, key: str) -> bool:
        return may_hold_words(line, key) and normalise(line) == key

    title_key = normalise(title or "")
    after_title = next((i for i, line in enumerate(lines) if title_key and shows(line, title_key)), -1)
    author_keys = {normalise(a) for a in authors}
    for i, line in enumerate(lines):
        if i <= after_title or not shows(line, want):
            continue
        if any(_header_line(nxt, author_keys) for nxt in lines[i + 1 : i + 1 + _DEK_LOOKAHEAD]):
            return line
    return None


_MODIFIED_META_RE = re.compile(
    r"<meta\b[^>]*?(?:name|property|itemprop)\s*=\s*[\"'](?:dc\.date\.modified|dcterms\.modified|datemodified|"
    r"article:modified_time|og:updated_time|last-modified|lastmod|article_date_updated|modified)[\"'][^>]*>",
    re.I,
)
_CONTENT_RE = re.compile(r"\bcontent\s*=\s*[\"']([^\"']{6,40})[\"']", re.I)
_LD_MODIFIED_RE = re.compile(r"[\"']dateModified[\"']\s*:\s*[\"']([^\"']{6,40})[\"']")


def modified_in_page(page: str) -> str | None:
    """The modification time a page states in any meta tag or JSON-LD object, for pages whose article metadata
    the extractor did not find it in (a ``dc.date.modified`` tag, the ``dateModified`` of a WebPage object)."""
    head = page[:300_000]
    for m in _MODIFIED_META_RE.finditer(head):
        content = _CONTENT_RE.search(m.group(0))
        if content and parse_any(content.group(1)) is not None:
            return content.group(1)
    # (a plain search for the key first: the pattern opens with a quotation mark, and a page holds thousands)
    m = _LD_MODIFIED_RE.search(head) if "dateModified" in head else None
    return m.group(1) if m and parse_any(m.group(1)) is not None else None


def _visible_lines(record: dict, row: dict) -> list[str]:
    """The article as a reader sees it, line by line: the rendered page's lines (as boilerplate stripping already
    rendered them, else rendered again), or the text's own lines."""
    content = record.get("content")
    if not isinstance(content, str) or not content:
        return []
    if record.get("format") in HTML_FORMATS:
        if isinstance(row.get("page_lines"), list):
            return row["page_lines"]
        from pipeline.stages.html_extract import page_lines

        return page_lines(content)
    return [line.strip() for line in content[:5000].split("\n") if line.strip()]


def masthead_name(removed: object) -> str | None:
    """The site's name printed over a text's headline (a "masthead" line of ``removed``)."""
    if removed is None or isinstance(removed, float):
        return None
    for item in removed:
        if item.get("reason") == "masthead" and (item.get("text") or "").strip():
            name = masthead_part(item["text"])  # "Valley Post — News you can use": the name, not its tagline
            return site_crumbs(name) or name  # "Opinion | The Valley Review": the name closing the trail
    return None


def release_issuer(removed: object) -> str | None:
    """The company a press release's "About <Company>" section presents: the release's issuer."""
    if removed is None or isinstance(removed, float):
        return None
    for item in removed:
        if item.get("reason") == PRESS_RELEASE_REASON and (name := about_heading_name(item.get("text") or "")):
            return name
    return None


def _hint_names(value: object) -> list[str]:
    """An input record's author hint as a list of strings (a frame cell may hold a list, an array, None or NaN)."""
    if isinstance(value, str):
        return [value]
    if value is None or isinstance(value, float):
        return []
    try:
        return [v for v in value if isinstance(v, str)]
    except TypeError:
        return []


def _publisher(
    meta: dict,
    publisher_lines: list[str],
    removed: object = None,
    hint: object = None,
    text: str = "",
    content: str = "",
    page_text: str = "",
) -> str | None:
    """The page's site name, else the input record's publisher field (a JSONL "publisher", "source" ...), else the
    masthead over the headline (the publication's own name, where a copyright line may name its parent company),
    else a copyright or subscription line's name, else the news agency of the dateline the story opens with
    ("OSLO, Feb 9 (Reuters) -": the page names no other source), else the outlet a byline names ("Jane Doe |
    Valley Times"), else a press release's issuer (the newsroom named over it, "Acme — Media Centre", or its
    "About" section). Between the masthead and the copyright line: the name a header line opens with that the
    page's own text names again (``_recurring_header_name``, for a text's ``page_text``); a holding company's
    name without its "Holdings" ("Valley Post Holdings": the publication it holds)."""
    for site in (meta.get("sitename") if meta else None, hint):
        if isinstance(site, str) and site.strip() and not site.startswith("http"):
            return site.strip().lstrip("@")
    stated = [name for name in map(publisher_from_line, publisher_lines) if name]
    agency = _opening_agency(text)
    named = stated + [agency] if agency else stated
    if (name := masthead_name(removed)) and _names_publication(name, removed, named):
        return _spelled_as(name, named, content)
    # the copyright holder's legal name opening with the site's name over the page ("The Valley Post Company"
    # under "The Valley Post | News | Sport"): the publication is the site's name
    top = _header_names(removed)
    for holder in stated:
        short = next((n for n in top if normalise(holder).startswith(normalise(n) + " ")), None)
        if short:
            return _spelled_as(short, [holder], content)
    if page_text and (brand := _recurring_header_name(removed, page_text)):
        return _spelled_as(brand, stated, page_text)
    return (
        next((_HOLDING_RE.sub("", name) for name in stated), None)
        or agency
        or _byline_outlet(removed)
        or _credited_desk(removed)
        or _newsroom_name(removed)
        or release_issuer(removed)
    )


_DATELINE_WITHIN = 2  # paragraphs the story's dateline may open (a headline line left over it: a wire's "UPDATE 1-")


def _opening_agency(text: str) -> str | None:
    """The news agency the dateline opening the story names ("LONDON, Feb 12 (Valley Wire) - ..."), also under
    one line left over it."""
    return next(filter(None, map(dateline_agency, text.split("\n\n", _DATELINE_WITHIN)[:_DATELINE_WITHIN])), None)


_BYLINE_PARTS_RE = re.compile(r"\s+[|•·]\s+")


def _byline_outlet(removed: object) -> str | None:
    """The outlet a byline names after the reporter ("Jane Doe | Valley Times | 1 Dec 2026"): a part after the
    first shaped as a news organisation's name."""
    if removed is None or isinstance(removed, float):
        return None
    for item in removed:
        parts = _BYLINE_PARTS_RE.split((item.get("text") or "").strip())
        # (a header line of that shape too, when the record's own author field made it no byline)
        if item.get("reason") == "byline" or (item.get("reason") == "header" and looks_like_name(parts[0])):
            outlet = next((p for p in parts[1:] if outlet_line(p)), None)
            if outlet:
                return outlet
    return None


# A byline crediting the outlet's own desk: "Written by: Valley Radio Newsroom", "By the Valley Post staff", "By
# Valley Post health staff" (a section's word in lower case before "staff"; "By John Staff" names a person: the
# role's word in lower case only there)
_DESK_CREDIT_RE = re.compile(
    r"^(?i:(?:written|reported|compiled)\s+)?(?i:by)\s*:?\s*(?i:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:(?i:newsroom|news\s*desk|news\s+team)|"
    r"(?:[a-z]+\s+)?(?:staff|desk|team))$"
)


def _credited_desk(removed: object) -> str | None:
    """The outlet whose desk a header's byline credits ("Written by: Valley Radio Newsroom" -> "Valley Radio"):
    the page prints its own name there."""
    if removed is None or isinstance(removed, float):
        return None
    for item in removed:
        m = _DESK_CREDIT_RE.match((item.get("text") or "").strip())
        if m:
            return m.group("name")
    return None


# An organisation's own news page over its release: "Valley Transport — Media Centre", "Acme Corp | Newsroom"
_NEWSROOM_RE = re.compile(
    r"^(?P<name>.{3,60}?)\s+[—–|-]\s+(?:media|news|press)\s*(?:centre|center|room|office|releases?)$", re.I
)


def _newsroom_name(removed: object) -> str | None:
    """The organisation whose newsroom prints the page, named over the headline: a press release's issuer."""
    if removed is None or isinstance(removed, float):
        return None
    for item in removed:
        if item.get("reason") in ("headline", "byline", "dateline"):
            break
        m = _NEWSROOM_RE.match((item.get("text") or "").strip())
        if m:
            return m.group("name")
    return None


# The cells of a header line: "FINANCE DAILY | Home > Markets", "Valley Post - Politics", "Home  News  Sport"
_HEADER_CELL_RE = re.compile(r"\s*[|•·>»]\s*|\s+[-–—]\s+|\s{2,}")
_HEADER_NAME_WORDS = 4  # a publication's name, with its "The" ("The Bay Evening Post")
# The first items of a site's menu, and its sections' labels: no publication's name.
_MENU_ITEMS_TEXT = (
    "home homepage news menu sections search latest top stories front page index main world local national "
    "international business money markets sport sports politics tech technology science health opinion culture "
    "lifestyle travel entertainment weather video live podcasts jobs uk us"
)
_MENU_ITEMS = frozenset(_MENU_ITEMS_TEXT.split())
_MENU_LINE_SEPARATORS = 2  # separators a line of the page's menu has at least ("Home | Terms | Privacy")
# A holding company's last word: the company that holds the publication, not the publication
_HOLDING_RE = re.compile(r"\s+holdings?$", re.I)


def _recurring_header_name(removed: object, page_text: str) -> str | None:
    """The name a text's header line opens with ("FINANCE DAILY | Home > Markets", "Valley Post - Politics", a
    name alone over a menu) when the page names it again outside the header and outside its menus: in the footer,
    a caption's credit, a cookie notice, "Sent from the Valley Post app". A menu's first item ("Home") and a
    section's label are no name; a name the page prints once may be a kicker or a section's label.

    Under the headline (above the byline) only a name shaped as a publication's ("Valley Gazette | Politics desk")
    counts: a kicker there names the story's topic, which its text repeats. A site's name with its web edition's
    word ("Valley Post Online") is named again without it ("Valley Post is a member of ..."), and is that name."""
    over, under = _header_lines(removed)
    cells = [_HEADER_CELL_RE.split(over[0])[0].strip()] if over else []
    cells += [c for c in (_HEADER_CELL_RE.split(line)[0].strip() for line in under) if publication_name(normalise(c))]
    header_keys = {normalise(h) for h in over + under}
    for cell in cells:
        words = cell.split()
        if not 1 <= len(words) <= _HEADER_NAME_WORDS or not all(w[:1].isupper() for w in words):
            continue
        if set(normalise(cell).split()) <= _MENU_ITEMS:
            continue
        for name in (cell, _WEB_EDITION_RE.sub("", cell)) if _WEB_EDITION_RE.search(cell) else (cell,):
            if _named_again(name, page_text, header_keys):
                return name
    return None


# The word a site's name carries for its web edition: "Valley Post Online", "Courier Digital"
_WEB_EDITION_RE = re.compile(r"\s+(?:online|digital|web|\.com)$", re.I)


def _header_lines(removed: object) -> tuple[list[str], list[str]]:
    """The masthead and menu lines over the headline, and those under it, before the byline or date line."""
    over: list[str] = []
    under: list[str] = []
    if removed is None or isinstance(removed, float):
        return over, under
    lines = over
    for item in removed:
        reason = item.get("reason")
        if reason in ("byline", "dateline") or (reason == "headline" and lines is under):
            break
        if reason == "headline":
            lines = under
        elif reason in ("masthead", "navigation") and (item.get("text") or "").strip():
            lines.append(item["text"].strip())
    return over, under


def _named_again(name: str, page_text: str, header_keys: set[str]) -> bool:
    """Whether a line of the page outside its header and its menus names ``name`` (as printed or in capitals)."""
    spellings = {name, name.title()} if name.isupper() else {name, name.upper()}
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, spellings)) + r")(?!\w)")
    return any(
        pattern.search(line) and normalise(line) not in header_keys and not _menu_like(line)
        for line in page_text.split("\n")
    )


def _menu_like(line: str) -> bool:
    """A line of the page's links ("Home | Terms | Privacy"): a name in it is no mention."""
    return len(re.findall(r"[|•·>»]", line)) >= _MENU_LINE_SEPARATORS


def _names_publication(name: str, removed: object, named: list[str]) -> bool:
    """A masthead names the publication unless it is a section's label over a section's ("MORNING BRIEFING |
    SPORT"): two words or more in capitals over another label in capitals, not shaped as a publication's name, not
    named anywhere else on the page. A name over its tagline ("HARBOUR PULSE - news for ...") is the site's."""
    if not name.isupper() or len(name.split()) < 2:
        return True
    line = next((item["text"] for item in removed if item.get("reason") == "masthead"), "")  # (one there: name's)
    rest = line.replace(name, "", 1).strip(" —–|-")
    key = normalise(name)
    return not (rest and rest.isupper()) or publication_name(key) or any(normalise(n).startswith(key) for n in named)


def _header_names(removed: object) -> list[str]:
    """The names the page's header lines open with, above the headline: a masthead's name, a menu's first item
    ("The Valley Post | News | Sport")."""
    if removed is None or isinstance(removed, float):
        return []
    names: list[str] = []
    for item in removed:
        text = (item.get("text") or "").strip()
        if item.get("reason") in ("headline", "byline", "dateline"):
            break
        if item.get("reason") in ("masthead", "navigation") and text:
            names.append(masthead_part(re.split(r"\s+[|•·]\s+", text)[0]))
    return names


def _key_letters(name: str) -> str:
    """A name's letters alone ("Valley-Wire.com" -> "valleywire"), a domain's ending dropped."""
    if DOMAIN_RE.fullmatch(name):
        name = name.removeprefix("www.").split(".")[0]
    return re.sub(r"\W+", "", name.lower())


def _spelled_as(name: str, others: list[str], content: str = "") -> str:
    """A masthead set in capitals ("VALLEYWIRE", "THE VALLEY POST") or printed as its address ("ValleyWire.com") as
    the page spells the same name elsewhere: a copyright line or a dateline ("ValleyWire", "The Valley Post
    Company": the holder's words as far as the masthead's go), else the page's own text in mixed case (with or
    without its "The"); as printed otherwise."""
    domain = DOMAIN_RE.fullmatch(name) is not None
    if not name.isupper() and not domain:
        return name
    key = _key_letters(name)
    for other in others:
        if _key_letters(other) == key:
            return other
        words = other.split()[: len(name.split())]
        if not domain and _key_letters(" ".join(words)) == key:
            return " ".join(words)  # "THE LEDGER" in "The Ledger Group plc"
    if domain or not content:
        return name
    words = name.split()
    found = _mixed_case_in(words, content)
    if found is None and words[0] == "THE" and len(words) > 2:
        # "THE BAY EVENING POST" over a footer's "Bay Evening Post. Part of ...": the name without its article
        found = _mixed_case_in(words[1:], content)
    return found or name


def _mixed_case_in(words: list[str], content: str) -> str | None:
    """The words as ``content`` prints them in mixed case, else None."""
    pattern = r"\s+".join(re.escape(w) for w in words)
    return next((m.group(0) for m in re.finditer(pattern, content, re.I) if not m.group(0).isupper()), None)


def _located_authors(removed: object) -> list[str]:
    """The reporters of a byline that places each of them ("Jane Doe in Paris and John Roe in Oslo"): the
    stripper reads such a line's first name only, or sets it aside as a header line without reading it."""
    if removed is None or isinstance(removed, float):
        return []
    for item in removed:
        if item.get("reason") in ("byline", "header") and (names := located_names(item.get("text") or "")):
            return [normalise_author(n) for n in names]
    return []


def credited_authors(removed: object) -> list[str]:
    """The reporters of a wire story's closing credit ("Reporting by Jane Doe; Editing by John Roe"): its
    authors when no byline named any (the editors are not authors)."""
    if removed is None or isinstance(removed, float):
        return []
    for item in removed:
        if item.get("reason") == "credits":
            names = parse_byline(item.get("text") or "")
            if names:
                return unique_names([normalise_author(a) for a in names])
    return []


_CLOCK_TIME = re.compile(r"\d:\d\d")


def _has_clock_time(value: object) -> bool:
    """Whether a record's date field holds a time of day: a date alone leaves the text's date line the better."""
    return isinstance(value, str) and _CLOCK_TIME.search(value) is not None


def _day_only(value: object, stamp: pd.Timestamp) -> bool:
    """A page's publication date without its time: midnight UTC with no zone stated (the date in the page's
    address, as htmldate reads it, "2026-11-12T00:00:00")."""
    return stamp == stamp.normalize() and not (isinstance(value, str) and _ZONE_SUFFIX_RE.search(value.strip()))


_ZONE_SUFFIX_RE = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")
_DAY = pd.Timedelta(days=1)


def _timed_on_day(day: pd.Timestamp | None, timed: pd.Timestamp | None) -> pd.Timestamp | None:
    """A stamp with its time in place of the date alone it falls on (a local time's UTC may be the day before or
    after); the date alone when the stamp is another day's."""
    if day is None or (timed is not None and -_DAY < timed - day < 2 * _DAY):
        return timed if timed is not None else day
    return day


# A live blog's entry stamp: a paragraph that is a clock time alone, with its zone ("09:00 GMT", "2.15pm")
_ENTRY_STAMP_RE = re.compile(
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\d{1,2}\s*[ap]\.?m\.?"
)
_MIN_ENTRIES = 3  # stamps that make a live blog (two times alone may be a timetable's)


def _first_entry(text: str, updated: pd.Timestamp) -> pd.Timestamp | None:
    """A live blog dated only by its "Last updated" stamp is published at its first (oldest) entry: the
    earliest of the time-only stamps its entries open with, on the update's day. None when the entries are too
    few or one is later than the update (the blog then ran over midnight, and the day is unknown)."""
    stamps = [p.strip() for p in text.split("\n\n") if len(p) <= 12 and _ENTRY_STAMP_RE.fullmatch(p.strip())]
    if len(stamps) < _MIN_ENTRIES:
        return None
    day = f"{updated.day} {updated:%B %Y}"
    times = [parse_datetime(f"{day} {stamp}") for stamp in stamps]
    if any(t is None or t > updated for t in times):
        return None
    return min(times)


# An e-mail's header lines (a newsletter saved as text): "From: The Valley Brief <hello@valley.example>"
_MAIL_HEADER_RE = re.compile(r"^(?P<field>from|subject|to|date|sent)\s*:\s*(?P<value>\S.*)$", re.I)
_SENDER_RE = re.compile(r"^\W*(?P<name>[^<@\"]+?)\W*<[^>]+@[^>]+>\s*$")
_SUBJECT_MARKS_RE = re.compile(r"^[^\w\"'“‘]+")  # a subject line's leading emoji or bullet


def _mail_headers(removed: object) -> dict[str, str]:
    """The subject and the sender's name of an e-mail whose header lines ("From:", "Subject:") the stripper set
    aside over its text; empty unless both are there (a "Subject:" line alone may be a form's label)."""
    if removed is None or isinstance(removed, float):
        return {}
    fields: dict[str, str] = {}
    for item in removed:
        m = _MAIL_HEADER_RE.match((item.get("text") or "").strip())
        if m:
            fields.setdefault(m.group("field").lower(), m.group("value").strip())
        elif item.get("reason") not in (None, "headline", "subtitle", "dateline", "newsletter", "separator"):
            break  # the header lines come first, one after another
    if "from" not in fields or "subject" not in fields:
        return {}
    sender = _SENDER_RE.match(fields["from"])
    return {"subject": fields["subject"], **({"sender": sender.group("name")} if sender else {})}


def metadata_row(record: dict, row: dict) -> dict:
    """The metadata of one article from its input record and its stripped row."""
    meta = row.get("meta") or {}
    text = row.get("text") if isinstance(row.get("text"), str) else ""
    candidates = (row.get("title"), meta.get("title"), record.get("title_hint"))
    title = next((t for t in candidates if isinstance(t, str) and t.strip()), None)
    subtitle = row.get("subtitle") if isinstance(row.get("subtitle"), str) else None  # a frame's NaN is no dek
    if subtitle is None and isinstance(record.get("subtitle_hint"), str) and record["subtitle_hint"].strip():
        subtitle = " ".join(record["subtitle_hint"].split())  # the input record's own dek field (JSONL "subtitle")
    description = html_lib.unescape(meta["description"]).strip() if meta.get("description") else None
    from_byline = [normalise_author(a) for a in row.get("byline_authors") or []] + _located_authors(row.get("removed"))
    # the page's author fields, else the input record's (a JSONL "author"): machine-readable either way
    hinted_site = record.get("publisher_hint")
    site = meta.get("sitename") or (hinted_site if isinstance(hinted_site, str) else None)  # (a frame's NaN: none)
    from_meta = authors_from_meta(meta.get("authors") or _hint_names(record.get("authors_hint")), site)
    if from_byline and from_meta and not {normalise(a) for a in from_meta} <= {normalise(a) for a in from_byline}:
        from_byline = []  # a header line that disagrees with the page's own author field is not the byline
    authors = unique_names(from_byline + from_meta)
    # the page's lines only when a dek or an author is still to be found there (an HTML page's cost most)
    wants_dek = subtitle is None and description and record.get("format") in HTML_FORMATS
    lines = _visible_lines(record, row) if wants_dek or not authors else []
    if wants_dek and lines:
        subtitle = visible_dek(lines, description, title, authors)
    if subtitle is None and isinstance(meta.get("dek"), str) and meta["dek"].strip():
        # the standfirst the page's markup prints next to the headline (<h2 class="dek">), which the extractor
        # may have set aside with the page's furniture
        subtitle = " ".join(meta["dek"].split())
    if not authors and lines:
        # the body's first paragraph ends the header, unless it is the dek the extractor kept
        dek_keys = {normalise(d) for d in (subtitle, description) if d}
        first = next((p for p in text.split("\n\n") if p.strip() and normalise(p) not in dek_keys), None)
        authors = [normalise_author(a) for a in header_authors(lines, title, first)]
        if authors and subtitle is None and description and record.get("format") in HTML_FORMATS:
            subtitle = visible_dek(lines, description, title, authors)
    if not authors:
        authors = credited_authors(row.get("removed"))
    published = parse_any(meta.get("published"))
    if (published is None or _day_only(meta.get("published"), published)) and _has_clock_time(
        record.get("published_hint")
    ):
        # the input record's own field (a JSONL "published") is machine-readable, as a page's meta tag is: its
        # offset is stated, where a date line in the text may print the local time without a zone; and its time
        # beats a page's date alone (one read from the page's address), on the same day
        published = _timed_on_day(published, parse_any(record.get("published_hint")))
    updated = parse_any(meta.get("updated"))
    date_lines = [part for line in row.get("date_lines") or [] for part in split_dateline(line)]
    stated = [classify_dateline(line) for line in date_lines]
    for kind, when in stated:
        if kind == "published" and published is None and when is not None:
            published = when
    year = published.year if published is not None else None
    for line, (kind, when) in zip(date_lines, stated):
        if when is None and year is not None:  # the year only completes a date that lacks one: parsed once
            kind, when = classify_dateline(line, year)
        if kind == "updated" and updated is None and when is not None:
            updated = when
    if published is None:
        published = parse_any(record.get("published_hint"))
    if published is None and updated is not None:
        published = _first_entry(text, updated)
    if updated is None and record.get("format") in HTML_FORMATS and isinstance(record.get("content"), str):
        updated = parse_any(modified_in_page(record["content"]))
    mail = _mail_headers(row.get("removed"))
    if mail:  # an e-mail's "From:"/"Subject:" lines over the text: its subject is the title, its sender the outlet
        title = _SUBJECT_MARKS_RE.sub("", mail["subject"]) or title
        subtitle = None if subtitle and _MAIL_HEADER_RE.match(subtitle) else subtitle
    return {
        "article_id": row["article_id"],
        "title": title.strip() if isinstance(title, str) and title.strip() else None,
        "subtitle": subtitle,
        "authors": authors,
        "published_at": published,
        "updated_at": updated,
        "publisher": (mail or {}).get("sender")
        or _publisher(
            meta,
            list(row.get("publisher_lines") or []),
            row.get("removed"),
            record.get("publisher_hint"),
            text,
            record["content"][:20000] if isinstance(record.get("content"), str) else "",
            _plain_text(record),
        ),
        "language": detect_language(text, meta.get("language")),
        "word_count": len(text.split()),
        # (a dek the extractor kept as the body's first line is the subtitle, not a heading of the body)
        "headings": [h for h in row.get("headings") or [] if not subtitle or normalise(h) != normalise(subtitle)],
    }


def _plain_text(record: dict) -> str:
    """A text record's content, where its lines are the page's lines (an HTML page's markup names its site in
    links and tags, not as a reader sees it)."""
    content = record.get("content")
    if record.get("format") in HTML_FORMATS or not isinstance(content, str):
        return ""
    return content[:20000]


def _records(frame: pd.DataFrame) -> list[dict]:
    """``frame.to_dict("records")`` built from whole columns (``tolist``) rather than boxed cell by cell."""
    columns = list(frame.columns)
    return [dict(zip(columns, values)) for values in zip(*(frame[c].tolist() for c in columns))]


def extract_metadata(inputs: pd.DataFrame, stripped: pd.DataFrame) -> pd.DataFrame:
    """One ``ArticleMetadata`` row per stripped article."""
    with paused_gc():  # (the input records too: a dict per input set off collections that freed nothing)
        records = {r["article_id"]: r for r in _records(inputs)} if len(inputs) else {}
        rows = [metadata_row(records.get(row["article_id"], {}), row) for row in _records(stripped)]
    frame = pd.DataFrame(rows, columns=METADATA_COLUMNS)
    for column in ("published_at", "updated_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True).astype(UTC_TS)
    frame["word_count"] = frame["word_count"].astype("int64")
    return frame
