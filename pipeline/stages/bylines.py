"""Bylines: recognise an author line ("By Jane Doe and John Roe", "Written by ...", a bare name) and split it.

A byline belongs in the metadata, not in the body, so the text stage removes it and the metadata stage reads the
names back from here.
"""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽА-ЯЁΑ-Ω"
_NAME_TOKEN = rf"(?:[{UPPER}][\w'’\-]*\.?|[{UPPER}]\.|(?:de|da|di|del|van|von|der|den|la|le|bin|al|el|dos|du|ter)\b)"
NAME_RE = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}")
_BY_RE = re.compile(
    r"^\s*(?:.{0,60}?[|•·–—]\s*)?(?:(?:story|words|text|written|reported|reporting|report|posted|compiled|edited)\s+)?"
    r"(?:by|por|par|von|oleh|door|av|af|di)[:\s]\s*(?P<names>.+)$",
    re.I,
)
_LABEL_RE = re.compile(
    r"^\s*(?:authors?|writers?|reporters?|correspondent|byline|text|words|texto|autor(?:in|a)?|auteur|"
    r"текст|автор|redacción)\s*[:|]\s*(?P<names>.+)$",
    re.I,
)
_CREDIT_RE = re.compile(r"^\s*\(?\s*(?:reporting|additional reporting|writing)\s+by\s+(?P<names>[^;)]+)", re.I)
# What may follow the names on a byline: roles, the outlet, a date.
_ROLE_RE = re.compile(
    r"\b(?:staff|senior|chief|contributing|special|political|business|technology|tech|sports?|editor|"
    r"reporter|writer|correspondent|columnist|journalist|contributor|analyst|producer|news|desk|bureau|team|"
    r"associated press|reuters|afp|ap|for|in|at|and agencies|agencies)\b",
    re.I,
)
_JOB_WORDS = {
    "writer",
    "reporter",
    "editor",
    "correspondent",
    "columnist",
    "contributor",
    "staff",
    "producer",
    "journalist",
    "analyst",
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


def looks_like_name(text: str) -> bool:
    """Two to five capitalised tokens and nothing else: "Lakshay Kumar", "Mary-Jane O'Neil", "J. R. Smith"."""
    text = text.strip().strip(",;:|")
    if not 3 <= len(text) <= 60 or any(ch.isdigit() for ch in text):
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or tokens[0] in _NOT_NAMES:
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
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|@",
    re.I,
)


def split_names(names: str, single_ok: bool = False) -> list[str]:
    """ "Jane Doe, John Roe and Ann Poe | Reuters" -> the names, roles and outlets dropped."""
    names = _CUT_RE.split(names)[0]
    parts = re.split(r"\s*(?:,|;|&|\band\b|\bwith\b)\s*", names)
    out: list[str] = []
    for part in parts:
        part = part.strip(" .:;,")
        if not part:
            continue
        m = NAME_RE.match(part)
        if not m:
            continue
        candidate = m.group(0).strip()
        words = candidate.split()
        if (
            all(_ROLE_RE.fullmatch(t) for t in words)
            or words[0] in _NOT_NAMES
            or any(part.lower() in _JOB_WORDS for t in words for part in t.split("-"))
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


def parse_byline(line: str) -> list[str] | None:
    """The author names a byline states, or None when ``line`` is not a byline."""
    line = line.strip()
    if len(line) > 200:
        return None
    for pattern in (_BY_RE, _LABEL_RE, _CREDIT_RE):
        m = pattern.match(line)
        if m:
            if not m.group("names").lstrip()[:1].isupper():
                return None  # "By declaring their assets, ...": a sentence, not a byline
            names = split_names(m.group("names"), single_ok=pattern is _BY_RE)
            if names:
                return names
            return None
    return None
