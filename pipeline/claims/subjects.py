"""The entity a claim is about, chosen among the article's named entities.

The nearest organisation, product or person before the number is usually the grammatical subject of a news
sentence; "the company" and "it" point back to the article's main organisation. Sources named in the
attribution are never the subject.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

_PREFERRED = ("ORG", "PRODUCT", "WORK", "PERSON", "EVENT")
_PLACES = ("GPE", "LOC", "NORP")
# ``\b(?:the\s+(?:company|...)|it|its)\b`` under ``re.I``, written to start with a character class so ``re`` skips
# to the next "t" or "i" at C speed instead of trying every position: the class holds what ``re.I`` equates with
# "t" and "i" (the dotted and dotless i too), the boundary is checked after that first letter ("no word character
# before it") and the rest, still case-insensitive, after a lookbehind saying which letter it was.
_ANAPHORA = re.compile(
    r"[TtIi\u0130\u0131](?<!\w.)(?:(?<=[Tt])(?i:he\s+(?:company|firm|group|streamer|studio|network|carmaker|"
    r"automaker|bank|retailer|giant|business|platform|service|startup|chipmaker|insurer|lender|airline|brand))"
    r"|(?<=[Ii\u0130\u0131])(?i:t|ts))\b"
)
# ``[;:—–]\s*|,\s+|\s(?:and|but|while|whereas)\s+``, starting with a character class so ``re`` skips to the next
# mark or space at C speed; the first character picks the branch (the classes are disjoint): the same matches.
_CLAUSE_BREAK = re.compile(r"[;:—–,\s](?:(?<=[;:—–])\s*|(?<=,)\s+|(?<=\s)(?:and|but|while|whereas)\s+)")
_RELATIVE = re.compile(r"(?:which|who|whose|that)\b", re.I)
# A personal pronoun as the clause's subject or owner ("he has contributed more than £10m", "He passed away ...
# just 11 days after"): the person the article last named (``main_person``), as "the company" is its organisation.
# Written as ``\b(?:[Hh]e|[Ss]he|[Hh]is)\b`` would be, but starting with a character class: ``re`` skips to an
# "H", "h", "S" or "s" at C speed instead of trying ``\b`` and three branches at every character of the sentence.
# ``(?<!\w.)`` is the leading ``\b`` (the character before the first letter is no word character).
PERSONAL = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])(?:e|is)|(?<=[Ss])he)\b")
# Generic technologies and formats written in capitals are no named entities ("HD", "LCD", "DVDs").
GENERIC_TECH = frozenset({
    "HD", "HDTV", "LCD", "LCDs", "DVD", "DVDs", "CD", "CDs", "PC", "PCs", "TV", "TVs", "MP3", "GB", "MB", "3G",
    "SMS", "GPS", "PDA", "PDAs", "LED", "LEDs", "Wi-Fi", "WiFi", "RAM", "USB", "VoIP", "DSL",
})  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s$")
_SPACES = re.compile(r"\s+")
_SUFFIX = re.compile(r"(?:,?\s+(?:inc|corp|corporation|co|ltd|plc|llc|ag|sa|group|holdings)\.?)+$", re.I)


def normalize_subject(name: str) -> str:
    """'Netflix Inc.' and "Netflix's" are the same subject for clustering."""
    name = _POSSESSIVE.sub("", name.strip())
    name = _SUFFIX.sub("", name)
    return _SPACES.sub(" ", name).strip().lower()


# ``\b[A-Z]...`` with the boundary checked after the capital ("not a word character before it"): a pattern that
# starts with a character class lets ``re`` skip to the next capital at C speed instead of trying every position.
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[\w&’'.-]*[\w&](?:\s+(?:of\s+|de\s+)?[A-Z][\w&’'.-]*[\w&])*")
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we",
    "but", "and", "or", "with", "for", "from", "as", "by", "if", "when", "while", "after", "before", "since",
    "there", "their", "his", "her", "our", "what", "who", "how", "why", "thanks", "throughout", "faced",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "ai", "ceo", "co-ceo", "cfo", "tv", "us", "uk", "eu",
}  # fmt: skip


def guess_entities(text: str) -> list[dict]:
    """Named things when the entity stage gave none: capitalised names, counted; those seen twice count as ORG.

    A fallback only: real entity labels come from the entities stage.
    """
    counts: dict[str, int] = {}
    # each distinct match read once (the same names recur through an article), in order of first occurrence, so
    # the names keep the order of their first mention
    for raw, n in Counter(_CAPITALISED.findall(text)).items():
        name = raw[:-2] if raw.endswith(("'s", "’s")) else raw  # ``_POSSESSIVE``: a match ends in \w or "&"
        words = [w for w in name.split() if w.lower() not in _NOT_NAMES]
        if not words:
            continue
        name = " ".join(words)
        counts[name] = counts.get(name, 0) + n
    return [{"text": name, "label": "ORG", "count": n} for name, n in counts.items() if n >= 2]


def main_organisation(entities: Iterable[dict]) -> str | None:
    """The article's most mentioned organisation (what "the company" refers to)."""
    orgs = [e for e in entities if e.get("label") == "ORG" and e.get("text")]
    if not orgs:
        return None
    return max(orgs, key=lambda e: (int(e.get("count") or 1), -len(e["text"])))["text"]


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern (checked over every code point: ``isalnum`` or ``_``)."""
    return ch.isalnum() or ch == "_"


def _occurrences(name: str, sentence: str) -> list[tuple[int, int]]:
    """Spans of ``name`` as a whole word, as ``(?<![\\w])name(?![\\w])`` would find them, without a regex.

    Compiling one pattern per entity per claim thrashed ``re``'s 512-entry cache (thousands of compilations).
    """
    spans = []
    i = sentence.find(name)
    while i >= 0:
        end = i + len(name)
        before_ok = i == 0 or not _is_word_char(sentence[i - 1])
        if before_ok and (end == len(sentence) or not _is_word_char(sentence[end])):
            spans.append((i, end))
            i = sentence.find(name, end)
        else:
            i = sentence.find(name, i + 1)
    return spans


# The last sentence's mentions: the claims of one sentence come one after another and share them. Kept only for
# a tuple of entities (``extract`` passes one per article), which cannot change between calls; the key holds the
# tuple itself, not its id, so another made at a freed one's address is never mistaken for it. One tuple, replaced
# whole, so a reader never sees the parts of two different entries.
_last_mentions: tuple = (None, None, None, [])


def _mentions(
    sentence: str, entities: Sequence[dict], exclude: str | None
) -> list[tuple[int, int, str, str]]:  # fmt: skip
    """(start, end, name, label) of every entity named in the sentence, in order (the attribution's names aside)."""
    global _last_mentions
    last = _last_mentions
    if last[0] is entities and last[1] == sentence and last[2] == exclude:
        return last[3]
    mentions: list[tuple[int, int, str, str]] = []
    for e in entities:
        text = e.get("text") or ""
        if len(text) < 2 or (exclude and text in exclude and text != exclude):  # "Netflix said" stays
            continue
        if text in GENERIC_TECH:
            continue
        if text not in sentence:
            continue  # the common case, before any search for whole words
        for a, b in _occurrences(text, sentence):
            mentions.append((a, b, text, e.get("label") or ""))
    mentions.sort()
    if type(entities) is tuple:
        _last_mentions = (entities, sentence, exclude, mentions)
    return mentions


def find_subject(
    sentence: str, start: int, entities: Sequence[dict], exclude: str | None = None, main_org: str | None = None,
    main_person: str | None = None,
) -> str | None:  # fmt: skip
    """The entity the quantity at ``start`` (an offset into ``sentence``) is about, or None.

    In order: the first entity of the number's own clause, its grammatical subject ("..., while Netflix gained
    4%"; "Johnson & Johnson has agreed to buy Guidant for $25bn": the buyer, not the object nearer the number);
    "he" or "it" nearest before the number (``main_person`` / ``main_org``); "the company" in
    that clause; for a relative clause ("Squid Game, which drew 122 million views") the nearest entity before
    it; otherwise the sentence's first entity, its grammatical subject ("Netflix beat Disney, reporting $11bn").
    Places only when no organisation, product, work or person fits.
    """
    mentions = _mentions(sentence, entities, exclude)
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    relative = bool(_RELATIVE.match(sentence, clause_start))
    for group in (_PREFERRED, _PLACES):
        before = [m for m in mentions if m[1] <= start and m[3] in group]
        in_clause = [m for m in before if m[0] >= clause_start]
        if in_clause:
            return in_clause[0][2]
        if group == _PREFERRED and (main_org or main_person):
            referent = _nearest_referent(sentence, clause_start, start, main_org, main_person)
            if referent:
                return referent
        if before:
            return before[-1][2] if relative else before[0][2]
        if group == _PREFERRED and (main_org or main_person):
            referent = _nearest_referent(sentence, 0, start, main_org, main_person)
            if referent:
                return referent
        after = [m for m in mentions if m[0] >= start and m[3] in group]
        if after:
            return after[0][2]
    if main_org and _ANAPHORA.search(sentence):
        return main_org
    return None


def _nearest_referent(sentence: str, lo: int, hi: int, main_org: str | None, main_person: str | None) -> str | None:
    """What the pronoun or description nearest before ``hi`` refers to: "it", "the company" -> ``main_org``;
    "he", "she", "his" -> ``main_person`` ("It is the latest donation by the billionaire - he has contributed
    more than £10m": he)."""
    org = max((m.start() for m in _ANAPHORA.finditer(sentence, lo, hi)), default=-1) if main_org else -1
    person = max((m.start() for m in PERSONAL.finditer(sentence, lo, hi)), default=-1) if main_person else -1
    if org < 0 and person < 0:
        return None
    return main_person if person > org else main_org
