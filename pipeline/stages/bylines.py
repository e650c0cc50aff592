"""Bylines: recognise an author line ("By Jane Doe and John Roe", "Written by ...", a bare name) and split it.

A byline belongs in the metadata, not in the body, so the text stage removes it and the metadata stage reads the
names back from here.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.stages.dates import DATETIME_RE, is_dateline

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽА-ЯЁΑ-Ω"
_NAME_TOKEN = rf"(?:[{UPPER}][\w'’\-]*\.?|[{UPPER}]\.|(?:de|da|di|del|van|von|der|den|la|le|bin|al|el|dos|du|ter)\b)"
NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}")
_BY_RE = re.compile(
    r"^\s*(?:.{0,60}?[|•·–—]\s*)?(?:(?:story|words|text|written|reported|reporting|report|posted|compiled|edited)\s+)?"
    r"(?:by|por|par|von|oleh|door|av|af|di)[:\s]\s*(?P<names>.+)$",
    re.I,
)
_LABEL_RE = re.compile(
    # (after a date and a separator too: "11/11/2026 | Words: Jane Doe"; a role's kind before it: "Staff reporter:
    # Jane Doe", "Senior correspondent: John Roe")
    r"^\s*(?:[^|•·]{0,40}?\d[^|•·]{0,40}?[|•·]\s*)?(?:(?:[a-z]+\s+){0,2}(?:writers?|reporters?|correspondents?|"
    r"columnists?)\s*:|(?:authors?|writers?|reporters?|correspondent|byline|text|"
    r"words|texto|autor(?:in|a)?|auteur|текст|автор|redacción)\s*[:|])\s*(?P<names>.+)$",
    re.I,
)
# "Posted on Maret 30, 2015 by Admin", "Published 10:05 AM EST by Jane Doe": the date first, then the byline
_DATED_BY_RE = re.compile(
    r"^\s*(?:posted|published|updated|written|submitted)\b[^|•]{0,50}?\d[^|•]{0,25}?\s+by[:\s]\s*(?P<names>.+)$",
    re.I,
)
# "Tuesday, 3 March 2026 - by Ben Aldous", "March 3, 2026 | By Jane Doe": a whole date, a separator, then "by"
_DATE_FIRST_BY_RE = re.compile(
    rf"^\s*(?P<date>{DATETIME_RE.pattern})\s*(?:[|•·,–—]|-{{1,2}})?\s*by[:\s]\s*(?P<names>.+)$", re.I
)
# "Analysis by Jane Doe", "Opinion by ...": the kind of piece, then its author. A sentence may open the same way
# ("Analysis by Oxford Economics suggests ..."), so such a line must be short and not end as a sentence.
_GENRE_BY_RE = re.compile(
    r"^\s*(?:analysis|commentary|opinion|review|essay|column|interview|explainer|feature|"
    r"live (?:updates|coverage|blog|reporting)|updates|coverage)\s+by[:\s]\s*"
    r"(?P<names>.{3,80})(?<![.!?])$",
    re.I,
)
_GENRE_MAX_WORDS = 12
_CREDIT_RE = re.compile(r"^\s*\(?\s*(?:reporting|additional reporting|writing)\s+by\s+(?P<names>[^;)]+)", re.I)
# What may follow the names on a byline: roles, the outlet, a date.
_ROLE_RE = re.compile(
    r"\b(?:staff|senior|chief|contributing|special|political|business|technology|tech|sports?|editor|"
    r"reporter|writer|correspondent|columnist|journalist|contributor|analyst|producer|news|desk|newsdesk|newsroom|"
    r"bureau|team|"
    r"associated press|reuters|afp|ap|for|in|at|and agencies|agencies)\b",
    re.I,
)
_JOB_WORDS = {
    "writer",
    "reporter",
    "editor",
    "correspondent",
    "correspondents",
    "columnist",
    "columnists",
    "contributor",
    "contributors",
    "staff",
    "producer",
    "producers",
    "journalist",
    "journalists",
    "analyst",
    "analysts",
    "desk",
    "bureau",
    "team",
    "editors",
    "reporters",
    "writers",
    "newsroom",
    "services",
    "service",
}
_NOT_NAMES = {
    "The",
    "This",
    "That",
    "These",
    "It",
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "Advertisement",
    "Related",
    "Read",
    "More",
    "Share",
    "Subscribe",
    "Comments",
    "Home",
    "News",
    "Menu",
    "Search",
    "Sign",
    "Log",
    "Follow",
    "Contact",
    "Privacy",
    "Terms",
    "Copyright",
    "Image",
    "Photo",
    "Video",
    "Watch",
    "Listen",
    "Click",
    "Top",
    "Latest",
    "Trending",
    "Popular",
    "Sponsored",
    "Updated",
    "Published",
    "Posted",
}
# Letters after a name ("Ben Aldous, CFA", "Jane Doe, PhD"): the author's qualifications, no second author
_CREDENTIALS = frozenset(
    {"cfa", "cfp", "cpa", "caia", "frm", "acca", "fca", "phd", "ph.d", "md", "m.d", "mba", "jd", "llb", "llm"}
    | {"dds", "rn", "msc", "bsc", "obe", "mbe", "cbe", "esq"}
)
_STOPWORDS_IN_NAME = {"the", "of", "a", "an", "to", "is", "was", "and", "or", "in", "on", "for", "with"}


_ORG_WORDS = {
    "park",
    "stadium",
    "road",
    "street",
    "arena",
    "ground",
    "hall",
    "centre",
    "center",
    "square",
    "bridge",
    "lane",
    "avenue",
    "house",
    "court",
    "field",
    "gardens",
    "station",
    "airport",
    "university",
    "college",
    "press",
    "news",
    "agency",
    "associated",
    "reuters",
    "media",
    "times",
    "post",
    "staff",
    "wire",
    "service",
    "network",
    "group",
    "daily",
    "weekly",
    "herald",
    "tribune",
    "journal",
    "magazine",
    "online",
    "digital",
}


# Pronouns and determiners: a section's label in the reader's voice ("YOUR RIGHTS", "Our Town"), never a name.
_PRONOUNS = frozenset({"your", "our", "my", "his", "her", "their", "its", "you", "we", "us", "this", "these"})


def looks_like_name(text: str) -> bool:
    """Two to five capitalised tokens and nothing else: "Lakshay Kumar", "Mary-Jane O'Neil", "J. R. Smith"."""
    text = text.strip().strip(",;:|")
    if not 3 <= len(text) <= 60 or any(ch.isdigit() for ch in text):
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or tokens[0] in _NOT_NAMES or any(t.lower() in _PRONOUNS for t in tokens):
        return False
    m = NAME_RE.fullmatch(text)
    return (
        bool(m)
        and sum(t[0].isupper() for t in tokens) >= 2
        and not any(part.lower() in _JOB_WORDS | _ORG_WORDS for t in tokens for part in t.split("-"))
    )


_CUT_RE = re.compile(
    r"\s[|•·–—]\s|\s-\s|\(|\bupdated\b|\bpublished\b|\bposted\b|\s+on\s+(?=[A-Z0-9])|\s+at\s+\d|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|@|"
    r"[;,]?\s*\b(?:editing|edited)\s+by\b",  # "Reporting by Jane Doe; Editing by John Roe": the editor is no author
    re.I,
)


# A further credit inside a byline: "Reporting by Jane Doe; Writing by John Roe; Photos by Ann Poe". Who
# reported or wrote is an author; who took the photos or edited is not.
_PART_CREDIT_RE = re.compile(r"^(?P<credit>[a-z]+(?:\s+[a-z]+)?)\s+by\s+(?P<rest>.+)$", re.I)
# ... or labelled with a colon: "Photos: Ann Poe; words: Jane Doe"
_PART_LABEL_RE = re.compile(r"^(?P<credit>[a-z]+(?:\s+[a-z]+)?)\s*:\s*(?P<rest>.+)$", re.I)
_AUTHOR_CREDITS = frozenset(
    {"reporting", "additional reporting", "writing", "written", "words", "text", "story", "research", "reported"}
)
# The last word of a news organisation's name ("Associated Press", "Bloomberg News", "Xinhua News Agency"): the
# publisher or a wire credited after the author, not a person
_OUTLET_WORDS = frozenset(
    {"press", "presse", "news", "newswire", "newswires", "agency", "agencies", "wire", "wires", "media", "service"}
    | {"services", "times", "herald", "tribune", "journal", "magazine", "network", "association", "broadcasting"}
)
# A title before a name ("Dr Jane Doe", "Prof. John Roe"): the author's name is without it
_HONORIFIC_RE = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx|rev|revd|sir|dame)\.?\s+(?=\S+\s+\S)", re.I)


def _author_part(part: str) -> str | None:
    """One separated part of a byline as the text to read a name from: a further credit's names when it credits
    reporting or writing, None for any other credit ("Photos by ...") or for a news organisation's name."""
    m = _PART_CREDIT_RE.match(part) or _PART_LABEL_RE.match(part)
    if m:
        if " ".join(m.group("credit").lower().split()) not in _AUTHOR_CREDITS:
            return None
        part = m.group("rest")
    words = part.split()
    if len(words) >= 2 and words[-1].lower().strip(".") in _OUTLET_WORDS:
        return None
    return part


_AGENCY_NAMES = frozenset({"reuters", "afp", "ap", "bloomberg", "xinhua", "pa", "dpa", "efe", "ansa", "upi"})


def outlet_line(text: str) -> bool:
    """A line that is only a news organisation's name ("Associated Press", "Reuters", "Bloomberg News"), as printed
    under a byline: a few capitalised words ending in an outlet's word, or an agency's name."""
    words = text.strip().split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    return words[-1].lower().strip(".") in _OUTLET_WORDS or " ".join(words).lower() in _AGENCY_NAMES


def strip_honorific(name: str) -> str:
    """ "Dr Jane Doe" -> "Jane Doe" (a one-word name after the title keeps it: "Dr Who")."""
    return _HONORIFIC_RE.sub("", name)


# The separators between names (compiled once, not looked up in ``re``'s cache per byline).
_NAME_SEPARATOR_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bwith\b)\s*")
_LINE_SEPARATOR_RE = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


# A quoted nickname between a first name and a surname: 'Jamie "Reel" Okafor' (whitespace on both sides of the
# quotes, so that "O'Neil" keeps its apostrophe)
_NICKNAME_RE = re.compile(r"(?<=\w)\s+(?:\"[^\"]{1,25}\"|“[^”]{1,25}”|'[^']{1,25}'|‘[^’]{1,25}’)\s+(?=[" + UPPER + "])")


def split_names(names: str, single_ok: bool = False) -> list[str]:
    """ "Jane Doe, John Roe and Ann Poe | Reuters" -> the names, roles and outlets dropped."""
    names = _NICKNAME_RE.sub(" ", names)
    names = _CUT_RE.split(names)[0]
    pieces = _NAME_SEPARATOR_SPLIT_RE.split(names)  # parts, each after the separator before it
    parts = pieces[::2]
    out: list[str] = []
    for k, part in enumerate(parts):
        part = _author_part(part.strip(" .:;,")) or ""
        if not part or part.lower().rstrip(".") in _CREDENTIALS:
            continue
        m = NAME_RE.match(strip_honorific(part))
        if not m:
            continue
        candidate = m.group(0).strip()
        words = candidate.split()
        if (
            all(_ROLE_RE.fullmatch(t) for t in words)
            or words[0] in _NOT_NAMES
            or any(part.lower() in _JOB_WORDS for t in words for part in t.split("-"))
            or _credits_staff(part, candidate)
            or (k > 0 and pieces[2 * k - 1] == "," and _comma_qualifier(part, candidate))
        ):
            continue
        tokens = [t for t in candidate.split() if t.lower() not in _STOPWORDS_IN_NAME or t[0].isupper()]
        if len(tokens) >= 2 or (
            len(tokens) == 1
            and (len(parts) > 1 or single_ok)
            and len(tokens[0]) > 2
            and tokens[0].lower() not in _STOPWORDS_IN_NAME
        ):
            out.append(" ".join(tokens))
    return out


# (and a full stop before a further credit: "Words by Jane Doe. Photos by John Roe")
_NAME_SEPARATOR_SPLIT_RE = re.compile(
    r"\s*(,|;|&|\band\b|\bwith\b|(?<=[a-z]{2})\.(?=\s+[A-Z][a-z]+(?: [a-z]+)? by\s))\s*"
)


_DESK_WORDS = frozenset({"staff", "team", "desk", "newsdesk", "newsroom", "reporters", "writers", "correspondents"})


def _credits_staff(part: str, candidate: str) -> bool:
    """ "Chronicle staff", "Herald staff writers", "Valley Post health staff", "Post business desk": the outlet's
    staff or desk credited as a body (its section's words in lower case before it), no person's name."""
    rest = part[len(candidate) :].split()
    if not rest or not all(w.islower() for w in rest):
        return False
    return rest[0] == "staff" or (len(rest) <= 3 and rest[-1].strip(".") in _DESK_WORDS)


def _comma_qualifier(part: str, candidate: str) -> bool:
    """What a byline sets after a comma that is no second author: a job title ending in a role word ("Latin America
    correspondent", "Europe editor"), a dateline's place ("Brussels", "New York"), an outlet's one-word name ("CNN").
    A second author after a comma is a full name ("Jane Doe, John Roe")."""
    rest = part[len(candidate) :].split()
    if rest and rest[-1].lower().strip(".") in _JOB_WORDS:
        return True
    return len(candidate.split()) == 1 or _place_name(candidate)


def _place_name(text: str) -> bool:
    """A region or a city or country the gazetteer knows ("Latin America", "Hong Kong")."""
    from pipeline.stages.entities import _gazetteers
    from pipeline.stages.entity_lexicon import LOC_NAMES

    return text in LOC_NAMES or text in _gazetteers()[0]


def names_line(line: str) -> list[str]:
    """The names of a byline printed without "By": "Lisa Kaczke and Trevor J. Mitchell", "Jane Doe, Senior Reporter",
    "Jane Doe | Daily Planet"; [] for anything else.

    Every comma/"and" part must be a name or a role ("Senior Reporter", "AP Auto Writer"); one part that is neither
    ("Sioux Falls", "the council") makes the line something other than a byline.
    """
    line = line.strip()
    if not 3 <= len(line) <= 120 or line.endswith((".", "?", "!", ":")):
        return []
    head = _CUT_RE.split(_NICKNAME_RE.sub(" ", line))[0].strip(" ,;")
    if ";" in head:
        return _credits_line(head)
    parts = [p.strip(" .") for p in _LINE_SEPARATOR_RE.split(head) if p.strip(" .")]
    names: list[str] = []
    for part in parts:
        if looks_like_name(part):
            names.append(part)
        elif not _is_role(part):
            return []
    return [strip_honorific(n) for n in names] if names and looks_like_name(parts[0]) else []


def _is_role(part: str) -> bool:
    """ "Senior Reporter", "AP Auto Writer": a job on a byline (a number makes it something else)."""
    return bool(_ROLE_RE.search(part)) and not any(ch.isdigit() for ch in part)


_AND_RE = re.compile(r"\s*(?:&|\band\b)\s*")
_QUALIFIER_WORDS = 4  # words a credit's place or outlet may have ("Taipei", "DIGITIMES Asia", "New York")


def _credits_line(head: str) -> list[str]:
    """A byline of credits separated by semicolons, each a name or a role and then its place or outlet after a
    comma: "Staff reporter, Seoul; Min-ji Park and Ann Lee, Korea Desk" -> the names. Every credit must open
    with a name or a role, and what follows it be a few capitalised words, or the line is no byline."""
    names: list[str] = []
    for credit in filter(None, (c.strip(" .,") for c in head.split(";"))):
        lead, *qualifiers = [f.strip(" .") for f in credit.split(",")]
        for part in filter(None, _AND_RE.split(lead)):
            if looks_like_name(part):
                names.append(strip_honorific(part))
            elif not _is_role(part):
                return []
        if not all(_is_qualifier(q) for q in qualifiers):
            return []
    return names


def _is_qualifier(text: str) -> bool:
    """A place or an outlet after a credit's name: a few words, capitalised, without digits."""
    words = text.split()
    return 1 <= len(words) <= _QUALIFIER_WORDS and text[:1].isupper() and not any(ch.isdigit() for ch in text)


def _unwrapped(line: str) -> str:
    """The line without Markdown emphasis around it: "*Posted on ... by Jane Doe*"."""
    return line.strip().strip("*_").strip()


# A date after the names: "Posted by Jane Doe on May 7, 2026", "... on 17 Sep 2025"
_ON_DATE_RE = re.compile(
    r"\s+on\s+(?P<date>(?:\w+,?\s+)?\w+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.{0,30}|\d[\d/.-]{5,}.{0,30}"
    r"|(?:\w+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}.{0,30})$"
)

# "Posted: Wed 14 Oct 2026 @ 17:30 CEST | By Jane Doe", "11/11/2026 | Words: Jane Doe", "5 May 2026 | Written by
# Jane Doe": a date line, a separator, then the byline (its credit verb before "by" as ``_BY_RE`` allows it)
_DATE_THEN_BY_RE = re.compile(
    r"^(?P<date>[^|•·–—]*\d[^|•·–—]*?)\s*[|•·–—]\s*(?:(?:story|words|text|written|reported|report|compiled)\s+)?"
    r"(?:by[:\s]|(?:words|text|authors?|reporter)\s*:)",
    re.I,
)
# "By Jane Doe, Senior Editor published 3 November 2026" (the byline and the date line run into one paragraph):
# a labelled date after the names
_LABELLED_DATE_RE = re.compile(r"\b(?P<date>(?:last\s+)?(?:published|posted|updated)\b[^|•]*\d[^|•]*)$", re.I)


def byline_date(line: str) -> str | None:
    """The date a byline states before its names ("Posted on 14/03/2025 by Jane Doe" -> "Posted on 14/03/2025",
    "Posted: 14 Mar 2025 | By Jane Doe") or after them ("Posted by Jane Doe on May 7, 2026" -> "May 7, 2026",
    "By Jane Doe published 7 May 2026"), for the date-line reader; None for a byline without one."""
    line = _unwrapped(line)
    m = _DATED_BY_RE.match(line)
    if m:
        return line[: m.start("names")].rstrip().removesuffix("by").rstrip()
    m = _date_first_by(line)
    if m:
        return m.group("date").strip()
    for pattern in (_DATE_THEN_BY_RE, _ON_DATE_RE, _LABELLED_DATE_RE):
        found = pattern.search(line)
        if found:
            return found.group("date").strip()
    # "by Jane Doe | 11/11/2026 02:14 UTC | 4 min read": a cell of its own after the names (a reading time after it)
    return next((cell for cell in map(str.strip, _SEPARATOR_RE.split(line)[1:]) if is_dateline(cell)), None)


def parse_byline(line: str) -> list[str] | None:
    """The author names a byline with "By" or a label states, or None when ``line`` is not such a byline.

    Lines of bare names ("Jane Doe and John Roe") are bylines only where they sit (under the headline), which
    ``header_authors`` judges; anywhere in a body they may be a caption or a cross-head.
    """
    line = _unwrapped(line)
    if len(line) > 200:
        return None
    for pattern in (_BY_RE, _DATED_BY_RE, _LABEL_RE, _CREDIT_RE, _DATE_FIRST_BY_RE, _GENRE_BY_RE):
        m = _date_first_by(line) if pattern is _DATE_FIRST_BY_RE else pattern.match(line)
        if m and pattern is _GENRE_BY_RE and len(line.split()) > _GENRE_MAX_WORDS:
            return None
        if m:
            if not _ROLE_FIRST_RE.sub("", m.group("names").lstrip())[:1].isupper() or _by_clause(m.group("names")):
                return None  # "By declaring their assets, ...", "By Friday 40 ships were idle": a sentence
            single_ok = pattern in (_BY_RE, _DATED_BY_RE, _DATE_FIRST_BY_RE, _GENRE_BY_RE)
            names = split_names(_ROLE_FIRST_RE.sub("", m.group("names").lstrip()), single_ok=single_ok)
            if names:
                return names
            return None
    return None


# What "By" opens when it starts an adverbial of time, not a byline: a day's name, a part of the day, a feast ("By
# Friday afternoon ...", "By midnight", "By Christmas"); a month only before a figure, a small word or a comma
# ("By March 2027 ...", "By May, ..."; "By June Carter" is a name)
_TIME_WORDS_TEXT = (
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday midnight noon midday "
    "nightfall daybreak lunchtime sunset sunrise christmas easter then"
)
_TIME_WORDS = frozenset(_TIME_WORDS_TEXT.split())
_MONTH_WORDS_TEXT = "january february march april may june july august september october november december"
_MONTH_WORDS = frozenset(_MONTH_WORDS_TEXT.split())
# A finite verb: a clause, which a byline never is ("By Friday afternoon 287 vessels were waiting ...")
_FINITE_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|did|does|said|says|told)\b")
_CLAUSE_MIN_WORDS = 6  # words from which a "By" line with a finite verb is a sentence


def _by_clause(names: str) -> bool:
    """Whether what follows "By" is an adverbial of time or a clause, not the names of a byline."""
    words = names.split()
    first = words[0].strip(",.;:").lower() if words else ""
    if first in _TIME_WORDS:
        return True
    nxt = words[1] if len(words) > 1 else ""
    if first in _MONTH_WORDS and (not nxt or words[0].endswith(",") or nxt[:1].isdigit() or nxt[:1].islower()):
        return True
    return len(words) >= _CLAUSE_MIN_WORDS and not _SEPARATOR_RE.search(names) and bool(_FINITE_VERB_RE.search(names))


_SEPARATOR_RE = re.compile(r"[|•·]")


# The reporter's role before her name: "By our transport reporter, Jane Doe", "By a staff correspondent, John Roe"
_ROLE_FIRST_RE = re.compile(
    r"^(?:our|a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|staff)s?,\s+"
    r"(?=[" + UPPER + "])"
)


def _date_first_by(line: str) -> re.Match[str] | None:
    """ "Tuesday, 3 March 2026 - by Ben Aldous": a byline after its date (the long date pattern run only on a line
    that opens with a letter or digit and says "by")."""
    if " by" not in line.lower() or not line[:1].isalnum():
        return None
    return _DATE_FIRST_BY_RE.match(line)


_LEADING_DATE_RE = re.compile(
    r"^\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"\s*[|•·,–—-]?\s+"
)
_HEADER_LINES = 12  # lines after the headline that may still be header (deks, share buttons, photo credits)


def header_authors(lines: list[str], title: str | None, body_start: str | None = None) -> list[str]:
    """Authors from the lines under the headline of a rendered page: the first byline there, with or without "By"
    ("By X", "X and Y", a bare name, "X, Senior Reporter", "X | Publisher").

    Used when neither the page's metadata nor the extracted text named anyone; stops at the body's first line.
    """
    key = _key(title)
    body_key = _key(body_start)[:60]
    # the headline may also stand in a menu or a list of recent posts: try under each place it is printed (a line
    # whose key is the headline's holds the headline's first word in lower case: checked first, as it is cheaper)
    first_word = key.split(" ", 1)[0]
    key_words = key.split(" ")
    starts = [
        i + 1 for i, line in enumerate(lines) if key and first_word in line.lower() and _is_key_of(line, key, key_words)
    ]
    for start in starts:
        for line in lines[start : start + _HEADER_LINES]:
            line_key = _key(line)  # (read once for both tests)
            if line_key == key:
                break  # the headline printed again: judged from there
            # (a names-only line opening the extracted body is the byline the extractor kept, so names come first)
            names = parse_byline(line)
            if names:
                return names
            names = names_line(_LEADING_DATE_RE.sub("", line))  # "November 20, 2019 Emiliano Bellini"
            if names and any(_known_first_name(n.split()[0]) for n in names) and not _event_name(names):
                return names  # a bare name needs a first name people have ("Browse All Posts" is a button)
            if body_key and line_key.startswith(body_key):
                break
    return []


# A reporter and the place she files from: "Jane Doe in Paris", "John Roe at Westminster"
_BY_WORD_RE = re.compile(r"^by\s+", re.I)
_LOCATED_RE = re.compile(r"^(?P<name>.{3,60}?)\s+(?:in|at)\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$")


def located_names(line: str) -> list[str]:
    """The names of a byline of reporters each with her place ("Jane Doe in Paris and John Roe in Oslo", "Jane Doe
    in Paris, John Roe in Oslo and Ann Poe"): every part a name, with a place of a few capitalised words or
    without one, and at least one part placed; [] for anything else ("Mayor in Paris and Lyon", a sentence)."""
    if not 3 <= len(line) <= 160 or line.rstrip().endswith((".", "?", "!", ":")):
        return []
    names: list[str] = []
    placed = False
    line = _BY_WORD_RE.sub("", line.strip())  # "By Jane Doe in Paris and John Roe in Oslo"
    for part in filter(None, (p.strip() for p in _LINE_SEPARATOR_RE.split(line))):
        m = _LOCATED_RE.match(part)
        name = m.group("name") if m else part
        if not looks_like_name(name):
            return []
        placed = placed or m is not None
        names.append(strip_honorific(name))
    return names if placed else []


_PLACE_SEPARATOR_RE = re.compile(r"\s+[|•·]\s+")
_PLACE_MAX_WORDS = 3


def place_byline(line: str) -> list[str]:
    """The name of a byline printed after the reporter's place ("Londres | Marta Iglesias Fontán", "Berlin · Jane
    Doe"): a few capitalised words without figures, one separator, then a name opening with a first name people
    have (a menu's "Deals | Premier League" has none); [] for anything else."""
    parts = _PLACE_SEPARATOR_RE.split(line.strip())
    if len(parts) != 2:
        return []
    place, name = parts
    words = place.split()
    if not 1 <= len(words) <= _PLACE_MAX_WORDS or not all(w[:1].isupper() for w in words) or _DIGIT_RE.search(place):
        return []
    name = strip_honorific(name.strip())
    return [name] if looks_like_name(name) and _known_first_name(name.split()[0]) else []


_DIGIT_RE = re.compile(r"\d")


def _event_name(names: list[str]) -> bool:
    """ "Davis Cup", "Cannes Film Festival": a first name opening an event's name under a sports headline."""
    from pipeline.stages.entity_lexicon import EVENT_WORDS

    return any(n.split()[-1].lower() in EVENT_WORDS for n in names)


def _known_first_name(word: str) -> bool:
    """A first name people have, also when printed with accents the list lacks ("Ciarán", "Zoë" as "Zoe")."""
    first_names = _first_names()
    return word in first_names or _without_accents(word) in first_names


def _without_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _first_names() -> frozenset[str]:
    from pipeline.stages.entities import _first_names as first_names

    return first_names()


_WORD_RE = re.compile(r"\w+")


def _key(text: str | None) -> str:
    return " ".join(_WORD_RE.findall((text or "").lower()))  # (compiled once: asked of every header line)


def _is_key_of(line: str, key: str, key_words: list[str]) -> bool:
    """``_key(line) == key`` (``key_words``: ``key.split(" ")``), a long line's opening read first: a paragraph
    that holds the headline's first word seldom opens with the headline's words, and its end is then not read.

    The words of the opening ``len(key) + 1`` characters, all but the last (it may run on), are the line's first
    words: unless they open ``key_words``, the line's words are not ``key_words``.
    """
    low = line.lower()
    if len(low) > len(key) + 1:
        head = _WORD_RE.findall(low, 0, len(key) + 1)[:-1]
        if head != key_words[: len(head)]:
            return False
    return " ".join(_WORD_RE.findall(low)) == key
