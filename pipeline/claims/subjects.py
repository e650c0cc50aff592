"""The entity a claim is about, chosen among the article's named entities.

The nearest organisation, product or person before the number is usually the grammatical subject of a news
sentence; "the company" and "it" point back to the article's main organisation (the actor its lead names), "he"
and "the 64-year-old" to a person. Sources named in the attribution are never the subject, but the body they speak
for is ("Thailand's Prime Minister X estimated ..."). Without a tagger's part-of-speech, "grammatical subject" is
read from position: what comes first in the figure's clause, else in its sentence; a name after the figure only
when nothing comes before it. Some positions never supply one: the agent of a participle qualifying a noun
("approved by X", "a firm owned by X"), a name inside a relative clause closed before the figure ("The Kenyan, who
finished fourth in Berlin, ..."), where the figure was said ("..., the minister confirmed in the Commons"), a
participle's beneficiary ("built for X"), a place owning a person ("Kenya's X") or locating another name, the
places of a route ("flying from Oslo to Split", "diverted ships around Africa"), a name after the figure behind
"from" or "on" ("a woman from Bergen", "3,900 hours on the A321"). A list item's figure after a bare "on" or "at"
("the Greens on 11% and the Liberal Forum on 9%") is its own name's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from pipeline.claims.numbers import CARDINAL_RE
from pipeline.claims.units import CURRENCY_CODES

_PREFERRED = ("ORG", "PRODUCT", "WORK", "PERSON", "EVENT", "MISC")
# Nationality adjectives (NORP: "Asian region", "Tory spokesman") name no entity a figure is about: not places.
_PLACES = ("GPE", "LOC")
_DESCRIBED_AS = (
    "company|firm|group|streamer|studio|network|carmaker|automaker|bank|retailer|giant|business|platform|service|"
    "startup|chipmaker|insurer|lender|airline|brand|biotech"
)


def _the_described_or_it(descriptions: str) -> re.Pattern:
    r"""``\b(?:the\s+(?:<descriptions>)|it|its)\b`` under ``re.I``, written to start with a character class so
    ``re`` skips to the next "t" or "i" at C speed instead of trying every position: the class holds what ``re.I``
    equates with "t" and "i" (the dotted and dotless i too), the boundary is checked after that first letter ("no
    word character before it") and the rest, still case-insensitive, after a lookbehind saying which letter it was."""
    return re.compile(
        rf"[TtIi\u0130\u0131](?<!\w.)(?:(?<=[Tt])(?i:he\s+(?:{descriptions}))|(?<=[Ii\u0130\u0131])(?i:t|ts))\b"
    )


# A company named again by what it is, and the descriptions of other bodies, for what a figure is about: "the
# company's revenue", "the party's candidates", "the club's debts", "its sales"
_REFERENCE_WORDS = f"{_DESCRIBED_AS}|party|club|team|union|charity|carrier|manufacturer|broadcaster|publisher|operator"
_REFERENCE = _the_described_or_it(_REFERENCE_WORDS)
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
# Generic technologies, formats and kinds of vehicle written in capitals are no named entities ("HD", "DVDs", "SUVs").
GENERIC_TECH = frozenset({
    "HD", "HDTV", "LCD", "LCDs", "DVD", "DVDs", "CD", "CDs", "PC", "PCs", "TV", "TVs", "MP3", "GB", "MB", "3G",
    "SMS", "GPS", "PDA", "PDAs", "LED", "LEDs", "Wi-Fi", "WiFi", "RAM", "USB", "VoIP", "DSL", "SUV", "SUVs", "EV",
    "EVs",
})  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s$")
_SPACES = re.compile(r"\s+")
_SUFFIX = re.compile(
    r"(?:,?\s+(?:inc|corp|corporation|co|ltd|plc|llc|ag|sa|group|holdings|asa|ab|oyj|oy|se|spa|nv|bv|gmbh|kk)\.?)+$",
    re.I,
)


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


def main_organisation(
    entities: Iterable[dict], text: str | None = None, lead_end: int = 0, title: str | None = None
) -> str | None:
    """The organisation "the company" refers to: the first one the lead (``text[:lead_end]``) names as an actor,
    not after a preposition ("... challenging the plans in the High Court" names a venue); else the first one the
    headline names ("Record fine for Aldermoor Water" over a lead that says "the water firm"); else the most
    mentioned, ties to the one named first, among those named in the article's first half or first paragraph (one named
    only further down, an expert's university or a company in a closing paragraph, is not what it is about).

    One named once among several named once is no article's main organisation: None then ("the giant waves" in a
    story naming three bodies once each is about none of them).
    """
    # a court hears a story, it is not what its figures are about ("jailed for nine years, Exeter Crown Court heard")
    orgs = [e for e in entities if e.get("label") == "ORG" and e.get("text") and not _VENUE.search(e["text"])]
    if text is not None:  # an exchange named only in tickers ("(NYSE: HLVP)") is no company the story is about
        orgs = [e for e in orgs if not _only_in_tickers(e["text"], text)]
    if not orgs:
        # no name the tagger knows for a company ("Nimbus says ..."): an untyped name the headline carries and the
        # body repeats (or its lead names) is what the story is about
        lead = text[:lead_end] if text is not None and lead_end else ""
        repeated = [
            e for e in entities
            if e.get("label") == "MISC" and e.get("text") and (int(e.get("count") or 0) >= 2 or e["text"] in lead)
        ]  # fmt: skip
        # (named in the headline too: the lead's name is then named twice); else the lead's company
        return _first_named(repeated, title) or _lead_company(entities, lead)
    if title:  # an untyped name the headline and the lead both carry is the story's company as much as a typed one,
        # unless the lead says it is a place ("the evacuation of the town of Marlow Springs")
        lead = text[:lead_end] if text is not None and lead_end else ""
        orgs += [
            e for e in entities
            if e.get("label") == "MISC" and e.get("text") and e["text"] in title and e["text"] in lead
            and not all(_PLACE_NAMED_BEFORE.search(lead, max(0, a - 24), a) for a, _ in _occurrences(e["text"], lead))
        ]  # fmt: skip
    lead = text[:lead_end] if text is not None and lead_end else ""
    if lead:
        dateline = dateline_end(lead)  # "OSLO/LONDON, Feb 9 (Reuters) - ": no actor of the lead
        actors = [
            (a, e["text"])
            for e in orgs
            if e["text"] in lead
            for a, _ in _occurrences(e["text"], lead)
            if a >= dateline and not _after_preposition(lead, a)
        ]  # fmt: skip
        if actors:  # a company before a regulator: "The FDA approved Halbrook's pill" is about Halbrook's figures
            return min(actors, key=lambda a: (_PUBLIC_BODY.search(a[1]) is not None or a[1] in _REGULATORS, a[0]))[1]
    in_title = _first_named(orgs, title)
    if in_title:
        return in_title
    untyped = _lead_company(entities, lead)
    if untyped:  # the lead's company the tagger typed otherwise, over an organisation named only further down
        return untyped

    def first_seen(e: dict) -> int:
        return text.find(e["text"]) % (len(text) + 1) if text else 0

    several = len(orgs) > 1
    if text:  # a body first named in a later paragraph of the second half is no referent of "it" and "the company"
        orgs = [e for e in orgs if first_seen(e) <= len(text) // 2 or "\n" not in text[: first_seen(e)]]
        # nor one named only as a source: a commenter's employer ("said Jo Lin, chief economist at Halvorsen Bank"),
        # the agency that polled or published ("Economists polled by Newswire had forecast ...")
        orgs = [e for e in orgs if not _only_as_source(e["text"], text)]
        if not orgs:
            return None
    best = max(orgs, key=lambda e: (int(e.get("count") or 1), -first_seen(e), -len(e["text"])))
    if int(best.get("count") or 1) < 2 and several:
        return None
    return best["text"]


# "the town of Marlow Springs", "near Tallow Creek": a name the words before say is a place
_PLACE_NAMED_BEFORE = re.compile(
    r"\b(?:(?:town|village|city|hamlet|community|suburb|county|district|province|region|island)\s+of|near)\s+$"
)
# "drugmaker Halvorsen Pharma", "the lender Northbridge": a name after a word saying it is a company
_COMPANY_BEFORE = re.compile(
    rf"\b(?:{_DESCRIBED_AS}|drugmaker|pharmaceutical\s+company|manufacturer|operator|developer|maker)\s+$"
)


def _lead_company(entities: Iterable[dict], lead: str) -> str | None:
    """The first name the lead gives a company's place that the tagger did not type as one: an untyped name as the
    actor or owner ("Streamly added 6.4 million subscribers", "Halvorsen's pill"), or any name introduced as a
    company ("drugmaker Halvorsen Pharma", though tagged a person)."""
    found = []
    dateline = dateline_end(lead)
    for e in entities:
        name, label = e.get("text") or "", e.get("label")
        if not name or name not in lead or label not in ("MISC", "PERSON", "PRODUCT"):
            continue
        for a, b in _occurrences(name, lead):
            if a < dateline or _after_preposition(lead, a) or _not_a_name_here(lead, a, b, name):
                continue
            if _COMPANY_BEFORE.search(lead, max(0, a - 30), a) or (label == "MISC" and _misc_as_subject(lead, a, b)):
                found.append((a, name))
    return min(found, key=lambda n: (n[0], -len(n[1])))[1] if found else None


def _only_as_source(name: str, text: str) -> bool:
    """Whether every mention of ``name`` names a figure's source (``_in_source_phrase``): "economist at Halvorsen
    Bank", "polled by Newswire"."""
    spans = _occurrences(name, text)
    return bool(spans) and all(_in_source_phrase(text, a, b, "ORG") for a, b in spans)


def _only_in_tickers(name: str, text: str) -> bool:
    """Whether every mention of ``name`` is an exchange in a ticker: "(NYSE: HLVP)"."""
    if f"({name}:" not in text:
        return False  # no mention is one (most names): spare finding them all in the whole text
    spans = _occurrences(name, text)
    return bool(spans) and all(a > 0 and text.startswith("(", a - 1) and text.startswith(":", b) for a, b in spans)


def _first_named(entities: list[dict], title: str | None) -> str | None:
    """The entity the headline names first, if it names any (in full: "Brannock & Hale", not its alias "Brannock")."""
    title = title or ""
    named = [(a, e["text"]) for e in entities if e["text"] in title for a, _ in _occurrences(e["text"], title)]
    return min(named, key=lambda n: (n[0], -len(n[1])))[1] if named else None


_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|in|at|by|with|to|for|from|on|against|into|over|after|before|than|under|between)\s+(?:the\s+)?$"
)


def _after_preposition(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition: an object or a place, not the clause's actor."""
    return _AFTER_PREPOSITION.search(text, max(0, start - 16), start) is not None


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


_IGNORED = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
# Holidays tagged as events name a time ("two cuts before Christmas"), never what a figure is about.
HOLIDAYS = frozenset({
    "Christmas", "Christmas Day", "Christmas Eve", "Easter", "Thanksgiving", "Ramadan", "Eid", "Diwali", "Hanukkah",
    "New Year", "New Year's Day", "New Year's Eve", "Halloween", "Lent", "Passover", "Chinese New Year",
})  # fmt: skip


# An entity the tagger could not type (MISC) is as often an adjective or a title ("Olympic champion", "Oscar
# nominee", "Middle Eastern groups") as an organisation it missed ("OptInRealBig claimed", "Audrey died"): it
# counts only where a verb follows it, as the grammatical subject of its clause.
_VERB_AFTER = re.compile(
    r"(?:,\s+[a-z]+,)?"  # a parenthetical adverb between: "Tidewater, meanwhile, dropped 58%"
    r"\s+(?:has|have|had|is|was|were|are|will|would|can|could|may|might|should|must|did|does|said|says|"
    r"also\s+\w+|[a-z]+ed|won|took|made|saw|sold|bought|paid|got|gave|lost|fell|rose|grew|became|went|came|"
    r"beat|ran|led|left|held|kept|told|spent|brought|found|slid|sank|shrank|drew|swung|shed|hit)\b"
)


# An untyped name owning a noun or a figure ("Halvorsen's experimental pill", "Sinn Féin's 27%", "Halvorsen shares")
# is that noun's owner, what the figure is about
_OWNER_AFTER = re.compile(r"['’]s\s+[a-z\d£$€]|(?<=s)['’]\s+[a-z\d£$€]|\s+(?:shares|stock)\b")  # ("Tankers' shares")
# An untyped name opening a list item with its figure: "Sinn Féin 27%, Fianna Fáil 22% and Fine Gael 20%"
_LIST_ITEM_BEFORE = re.compile(r"(?:[,;]|\band)\s+$")
_FIGURE_AFTER = re.compile(r"\s+[£$€]?(?!(?:1[89]|20)\d\d\b)\d")  # a figure, not a year ("Olympic 2036")
_OWNER_BEFORE = re.compile(r"\w['’]s\s$")
_BRACKETED_FIGURE_AFTER = re.compile(r"\s*\(\s*(?:[A-Z]{0,3}[£$€¥])?\d")
# ... or paired with a figure by a bare "on" or "at" (``_ON_AFTER_NAME``): "and the Liberal Forum on nine per cent"
_ON_FIGURE_AFTER = re.compile(
    r"\s+(?:on|at)\s+(?:(?:about|around|nearly|almost|roughly|just|only)\s+)?(?:[A-Z]{0,3}[£$€¥])?"
    rf"(?:\d|{CARDINAL_RE}\b)"
)
# A name in apposition before its verb: "Norway's wealth fund, Statens Framtidsfond, returned 13.2%"
_APPOSITION_BEFORE = re.compile(r"\w,\s+(?:the\s+)?$")
# A name opening the sentence, a relative clause after it: "The Liberal Forum, which won 14% in 2022, is on 9%"
_OPENS_SENTENCE = re.compile(r"(?:[Tt]he\s+)?")
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\b")
# A bracketed ticker or abbreviation between a name and its verb: "Halvorsen Pharma (NYSE: HLVP) reported"
_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,24}\)")


def _misc_as_subject(sentence: str, a: int, b: int) -> bool:
    """Whether an untyped name (MISC) stands where a subject does: before a verb (an appositive's too), as an
    owner, opening the sentence before a relative clause, or heading a list item with its own figure."""
    bracket = _BRACKET_AFTER.match(sentence, b)
    if _VERB_AFTER.match(sentence, bracket.end() if bracket else b) or _OWNER_AFTER.match(sentence, b):
        return True
    if _TO_PAY_AFTER.match(sentence, b) and _ORDER_VERB_BEFORE.search(sentence, max(0, a - 24), a):
        return True  # "ordered Halvern to pay": the subject of the payment
    if _BRACKETED_FIGURE_AFTER.match(sentence, b) or _ON_FIGURE_AFTER.match(sentence, b):
        return True  # "highest in the North East (9.1%)": the name its bracketed figure belongs to
    if sentence.startswith(",", b) and _APPOSITION_BEFORE.search(sentence, max(0, a - 8), a):
        return _VERB_AFTER.match(sentence, b + 1) is not None  # the appositive's comma closed: its verb follows
    if _RELATIVE_AFTER.match(sentence, b) and _OPENS_SENTENCE.fullmatch(sentence, 0, a):
        return True  # "The Liberal Forum, which won 14% ...": the sentence's subject, its verb past the clause
    if " " in sentence[a:b] and _OWNER_BEFORE.search(sentence, max(0, a - 4), a):
        return True  # "Ethiopia's Lemma Hailu": a full name someone owns heads its noun phrase ("Britain's Olympic" no)
    listed = _LIST_ITEM_BEFORE.search(sentence, max(0, a - 6), a)
    return listed is not None and _FIGURE_AFTER.match(sentence, b) is not None


# A place modifying a noun: "the Munich-based maker", "Munich- and Austin-based", "Charlotte, North Carolina-based"
_PLACE_MODIFIER = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?-")
# ... and a place between a determiner and a company's description: "the Boston biotech's drug", "a Seattle
# company" (the company acts, not the city; "US business investment" stays the US's, and "Brussels officials"
# speak for Brussels)
_COMPANY_AFTER = re.compile(
    r"\s+(?:company|firm|biotech|drugmaker|carmaker|automaker|retailer|startup|chipmaker|insurer|lender|airline)\b"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")


def _owns_source(name: str, source: str) -> bool:
    """Whether ``name`` is the possessive owner the source speaks for ("Thailand's Prime Minister ...")."""
    return source.startswith(name) and source[len(name) : len(name) + 2] in ("'s", "’s")


def _outermost(mentions: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Mentions in order, a name inside a longer one dropped ("Labour" inside "Labour Party": the fullest form)."""
    mentions.sort()
    kept = [mentions[0]]
    for m in mentions[1:]:
        if m[0] >= kept[-1][1]:
            kept.append(m)
        elif m[0] == kept[-1][0]:
            kept[-1] = m  # the same start and, sorted so, a longer name
    return kept


# A wire dateline opening the text: "OSLO/LONDON, Feb 9 (Reuters) - ", "SAN JOSE, Calif., Nov 3 - ", "LONDON
# (Reuters) - ": its place and agency say where and by whom the story was filed, never what it is about.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][A-Za-z.]+)?"
    r"(?P<date>,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?P<agency>\([^()]{2,40}\))?\s*[-–—]{1,2}\s+"
)


def dateline_end(text: str) -> int:
    """Where the body starts after a wire dateline at the start of ``text`` (0 without one)."""
    m = _DATELINE.match(text)
    return m.end() if m and (m.group("date") or m.group("agency")) else 0


# ISO 4217 codes (the units module's) and "RMB", written before an amount ("EUR 2.3 billion", "CHF12m", "RMB 5bn"):
# a currency, not a name
_CURRENCY_CODES = CURRENCY_CODES | {"RMB"}
_AMOUNT_AFTER = re.compile(r"\s?\d")
# A unit written after a number: "192GB", or a short symbol after a space ("8 TB/s", "15 MW"; not a year's "In
# 2003 IBM")
_GLUED_NUMBER_BEFORE = re.compile(r"\d$")
_CLOCK_BEFORE = re.compile(r"(?:\b\d{1,2}[:.]\d\d|\d[ap]\.?m\.?|\b[ap]\.?m\.?)\s?$", re.I)  # "2:15 pm", "9am"
_NUMBER_BEFORE = re.compile(r"(?<![\d.,])(?!(?:1[89]|20)\d\d\s$)[\d.,]*\d\s$")


def _not_a_name_here(sentence: str, a: int, b: int, text: str) -> bool:
    """Whether this occurrence of ``text`` is part of a figure or a ticker, not a name: a currency code or prefix
    ("EUR 2.3 billion", "US$11bn"), a unit after a number ("8 TB/s"), an exchange in a ticker ("(NYSE: HLVP)")."""
    if sentence.startswith("$", b) or (text in _CURRENCY_CODES and _AMOUNT_AFTER.match(sentence, b)):
        return True
    if a and _GLUED_NUMBER_BEFORE.search(sentence, a - 1, a):
        return True
    if len(text) <= 4 and " " not in text and _NUMBER_BEFORE.search(sentence, max(0, a - 24), a):
        return True
    if text.isupper() and len(text) <= 4 and _CLOCK_BEFORE.search(sentence, max(0, a - 8), a):
        return True  # a time zone after a clock time: "2:15 pm ET", "9am BST"
    return sentence.startswith("(", a - 1) and sentence.startswith(":", b) if a else False


# Who a figure comes from, not what it is about: "analysts at Morgan Stanley", "Jefferies analysts", "ahead of
# Wall Street's forecast", the person in '..., said Jane Doe', the body in "..., according to Ofgem", and all up to
# the comma of a sentence opening "According to Ofgem, ..."
_ANALYSTS_AT = re.compile(
    r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Rr]esearchers?|[Ee]xperts?|[Bb]rokers?)\s+(?:at|from|with)"
    r"\s+(?:the\s+)?$"
)
_ANALYSTS_AFTER = re.compile(r"(?:['’]s)?\s+(?:analysts?|economists?|strategists?)\b(?!\s+(?:at|from|with)\b)")
_COMPARED_WITH = re.compile(
    r"\b(?:ahead\s+of|above|below|beat|beating|missed|missing|topped|topping|than|against|versus|vs\.?|short\s+of)"
    r"\s+(?:the\s+)?$"
)
_FORECAST_AFTER = re.compile(r"['’]s\s+(?:(?:average|consensus|own)\s+)?(?:forecasts?|estimates?|expectations?)\b")
_SAID_THEN_SOURCE = re.compile(r"[,\"”]\s*(?:said|says|told|according\s+to)\s")
_ACCORDING_TO = re.compile(r"[Aa]ccording\s+to\s")
_ACCORDING_TO_BEFORE = re.compile(r"[,\"”]\s*according\s+to\s+(?:the\s+)?$")


# The body that publishes or polls for a statistic is its source: "according to figures published on Wednesday by
# the Central Statistics Office", "Economists surveyed by Marlow Economics had expected ..."
# ... and a newspaper that saw or obtained the figures: "according to figures seen by the City Herald"; and the
# body figures come from: "figures from the National Bank of Belgium showed"
_PUBLISHED_BY_BEFORE = re.compile(
    r"\b(?:(?:published|released|compiled|issued)\s+(?:[\w-]+\s+){0,3}?|surveyed\s+|polled\s+|seen\s+|obtained\s+|"
    r"reviewed\s+)by\s+(?:the\s+)?$|\b(?:data|figures|statistics|numbers)\s+from\s+(?:the\s+)?$"
)


def _after_by_or_from(sentence: str, a: int) -> bool:
    """Whether the text before ``a`` ends in "by" or "from", maybe with "the" after it (spaces aside): every match of
    ``_PUBLISHED_BY_BEFORE`` does, and this test spares its search, which tries every word before the name."""
    tail = sentence[:a].rstrip()
    if tail.endswith("the"):
        tail = tail[:-3].rstrip()
    return tail.endswith(("by", "from"))


_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell)\s+(?:the\s+)?$")
_TO_AFTER = re.compile(r"\s+to\s")


# A name the tagger took in with a commenter's role: "Analyst Tom Ferris of Keswick Research" is a source
_ROLE_FIRST = re.compile(r"(?:Analyst|Economist|Strategist|Researcher|Professor|Spokes(?:man|woman|person))\s")


def _in_source_phrase(sentence: str, a: int, b: int, label: str | None) -> bool:
    """Whether the name at [a, b) stands in a phrase naming a figure's source, not what the figure is about; the
    body a speaker speaks for stays ('..., said Jo Lin, governor of the Bank of Thailand')."""
    if _ROLE_FIRST.match(sentence, a, b) or _ANALYSTS_AT.search(sentence, max(0, a - 40), a):
        return True
    if _ANALYSTS_AFTER.match(sentence, b):
        return True
    if _FORECAST_AFTER.match(sentence, b) and _COMPARED_WITH.search(sentence, max(0, a - 20), a):
        return True  # "ahead of Wall Street's forecast": the estimate the figure is compared with
    if label == "PERSON" and _SAID_THEN_SOURCE.search(sentence, 0, a):
        return True  # '..., said Priya Rao, the bank's chief economist': the speaker
    if _ACCORDING_TO_BEFORE.search(sentence, max(0, a - 30), a) or (
        _after_by_or_from(sentence, a) and _PUBLISHED_BY_BEFORE.search(sentence, 0, a)
    ):
        return True  # "..., according to Ofgem", "figures published by the ONS": the source itself
    if _TOLD_BEFORE.search(sentence, max(0, a - 12), a) and not _TO_AFTER.match(sentence, b):
        return True  # "the CEO told Airline Insider ...": the audience ("told Acme to pay" orders Acme)
    opening = _ACCORDING_TO.match(sentence)
    return opening is not None and "," not in sentence[opening.end() : a]


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
        if len(text) < 2 or text not in sentence:
            continue  # the common case, before any other test
        inside = exclude and text in exclude and text != exclude and not _owns_source(text, exclude)
        # "Netflix said" stays, and so does the owner in "Thailand's Prime Minister X said"; a name inside the source
        # is dropped there only when a place ("Belgium ran a deficit ..., figures from the National Bank of Belgium
        # showed")
        label = e.get("label") or ""
        source_spans = _occurrences(exclude, sentence) if inside and exclude and label in _PLACES else []
        if text in GENERIC_TECH or label in _IGNORED or text in HOLIDAYS or _VENUE.search(text) or text[0].isdigit():
            continue  # "192GB", "4K": a figure or a format read as a name
        for a, b in _occurrences(text, sentence):
            if _names_nothing(sentence, a, b, text, label):
                continue
            if inside and (not source_spans or any(x <= a and b <= y for x, y in source_spans)):
                continue
            if label != "MISC" or _misc_as_subject(sentence, a, b):
                mentions.append((a, b, text, label))
    if len(mentions) > 1:
        mentions = _outermost(mentions)
        mentions = [
            m for m, n in zip(mentions, [*mentions[1:], None])
            if not (n and (_classifies(sentence, m, n) or _owns_named(sentence, m, n)))
        ]  # fmt: skip
    if type(entities) is tuple:
        _last_mentions = (entities, sentence, exclude, mentions)
    return mentions


def _names_nothing(sentence: str, a: int, b: int, text: str, label: str | None) -> bool:
    """Whether the name at [a, b) names no possible subject: a dateline's, a figure's or a source's part, or a
    place modifying a noun ("the Munich-based maker", "the Boston biotech")."""
    if a < dateline_end(sentence) or _not_a_name_here(sentence, a, b, text) or _in_source_phrase(sentence, a, b, label):
        return True
    if _INDEFINITE_BEFORE.search(sentence, max(0, a - 4), a) and _NOUN_AFTER.match(sentence, b):
        return True  # "a Grand Slam quarter-final", "an Acme spokesman": a name modifying a noun
    if label not in _PLACES:
        return False
    if _SUPERLATIVE_OWNED.match(sentence, b):
        return True  # "two of Massachusetts's biggest drugmakers": where a group is, not what a figure is about
    if _PLACE_MODIFIER.match(sentence, b):
        return True
    company = _COMPANY_AFTER.match(sentence, b) is not None
    return company and _DETERMINER_BEFORE.search(sentence, max(0, a - 4), a) is not None


_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_SUPERLATIVE_OWNED = re.compile(
    r"['’]s?\s+(?:biggest|largest|leading|top|best-known|oldest|richest|main|major|smallest|busiest|first|only)\b"
)
# Words that open a prepositional phrase: a place after the figure behind two of them ("carrying 700,000 barrels
# of crude from West Africa to a refinery in northern Europe") qualifies another noun, not the figure
_PREPOSITION = re.compile(r"\b(?:to|from|into|in|at|on|by|with|near|off|between|for|across|via|towards?)\b")


def _distant_place(sentence: str, start: int, at: int) -> bool:
    """Whether two or more prepositions stand between the figure at ``start`` and a place at ``at``."""
    return len(_PREPOSITION.findall(sentence, start, at)) >= 2


# "Premier League club Harrow United", "Nasdaq-listed firm Acme": a name, a word saying what kind of body the next
# one is, then that name; the first only classifies the second, which is the clause's actor
_KIND_BETWEEN = re.compile(
    rf"(?:-listed)?\s+(?:{_DESCRIBED_AS}|club|side|team|party|drugmaker|contractor|developer|maker|fund|subsidiary)\s+"
)


# A name owning a named body or product right after it: "Prime Minister X's Renewal Party slumped to 31%", "Alphabet's
# YouTube": the owned name is what the clause is about (a person owned, "Apple's Tim Cook", stays with the owner)
_OWNED_LABELS = frozenset({"ORG", "PRODUCT", "WORK", "EVENT"})


def _owns_named(sentence: str, m: tuple[int, int, str, str], n: tuple[int, int, str, str]) -> bool:
    """Whether mention ``m`` is only the possessive owner of the named body or product ``n`` right after it, or a
    place owning a person: "Ethiopia's Lemma Hailu" gives a nationality, the runner is what the figure is about."""
    owned = n[3] in _OWNED_LABELS or (m[3] in _PLACES and n[3] in ("PERSON", "MISC"))
    return owned and n[0] == m[1] + 3 and sentence[m[1] : n[0]] in ("'s ", "’s ")


def _classifies(sentence: str, m: tuple[int, int, str, str], n: tuple[int, int, str, str]) -> bool:
    """Whether mention ``m`` only says what kind of body the mention ``n`` right after it is."""
    gap = _KIND_BETWEEN.match(sentence, m[1])
    return gap is not None and gap.end() == n[0]


def named_in(sentence: str, entities: Sequence[dict]) -> set[str]:
    """The entities ``sentence`` names, but for those that name nothing a figure could be about
    (``_names_nothing``: "the Munich-based maker", "analysts at Morgan Stanley")."""
    out = set()
    for e in entities:
        text = e.get("text") or ""
        if not text or text not in sentence:
            continue
        if all(_names_nothing(sentence, a, b, text, e.get("label")) for a, b in _occurrences(text, sentence)):
            continue
        out.add(text)
    return out


def find_subject(
    sentence: str, start: int, entities: Sequence[dict], exclude: str | None = None, main_org: str | None = None,
    main_person: str | None = None,
) -> str | None:  # fmt: skip
    """The entity the quantity at ``start`` (an offset into ``sentence``) is about, or None.

    In order: the person a "his" or "her" right before the figure names ("his nearly 22 years": the owner of the
    measured thing); the one ordered to pay it ("the judge ordered Acme to pay £5m"); for a figure "against"
    another, the side named after it ("... against 31.6% for Bolt"); the first entity of the number's own clause,
    its grammatical subject ("..., while Netflix gained 4%"; "Johnson & Johnson has agreed to buy Guidant for
    $25bn": the buyer, not the object nearer the number); "he" or "it" nearest before the number (``main_person``
    / ``main_org``); "the company" in that clause; for a relative clause ("Squid Game, which drew 122 million
    views") the nearest entity before it; otherwise the sentence's first entity, its grammatical subject ("Netflix
    beat Disney, reporting $11bn").
    Places only when no organisation, product, work or person fits; last, the country a nationality before a
    national statistic names ("Irish inflation"). A payee ("paying Bolt £84m") is never the subject.
    """
    if main_person and _PERSON_OWNER.search(sentence, max(0, start - 40), start):
        return main_person
    if sentence[max(0, start - 9) : start].rstrip(" £$€").endswith(_BOUNDS) and _GROUP_THRESHOLD.search(
        sentence, max(0, start - 60), start
    ):
        return None
    mentions = [
        m for m in _mentions(sentence, entities, exclude)
        if not _reports_figure(sentence, m, start) and not _paid_to(sentence, m, start)
        and not _modifier_agent(sentence, m) and not _in_closed_relative(sentence, m, start)
    ]  # fmt: skip
    payer = _ordered_to_pay(sentence, start, mentions)
    if payer:
        return payer
    paired = _paired_owner(sentence, start, mentions)
    if paired:
        return paired
    versus = _VERSUS_BEFORE.search(sentence, max(0, start - 48), start)
    other_side = versus and _FOR_OTHER.match(sentence, start)
    if other_side:  # "Acme was on 38.1% against 31.6% for Bolt": the figure of the side named after it
        side = next(
            (m[2] for m in mentions if m[0] == other_side.end() and not sentence.startswith(("'s", "’s"), m[1])),
            None,
        )
        # "for" names the side even when unnamed ("for the ruling party"); "in" or "across" only a named place
        # ("compared with 4% in March" is the clause subject's earlier figure)
        if side or other_side.group("prep") == "for":
            return side
    if mentions and ("that " in sentence or "which " in sentence):
        agent = _relative_agent(sentence, start, mentions)
        if agent:
            return agent
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    relative = bool(_RELATIVE.match(sentence, clause_start))
    opener = _place_opening(sentence, clause_start, start, mentions) or _list_item_owner(
        sentence, clause_start, start, mentions
    )
    if opener:
        return opener
    for group in (_PREFERRED, _PLACES):
        if group is _PLACES:  # "discharged sewage into the River Tam": where something went, not what it is about
            mentions = [
                m for m in mentions
                if m[3] not in _PLACES
                or not (_PLACE_NOT_SUBJECT_BEFORE.search(sentence, 0, m[0]) or _locates_name(sentence, m, entities)
                        or _route_start(sentence, m))
            ]  # fmt: skip
        before = [m for m in mentions if m[1] <= start and m[3] in group]
        in_clause = [m for m in before if m[0] >= clause_start]
        if in_clause:
            return in_clause[0][2]
        if group is _PREFERRED:
            owner = _place_owner(sentence, clause_start, start, mentions)
            if owner:  # "Belgium's deficit reached 4.6%, ... a clash with the European Commission": Belgium's
                return owner
        if group == _PREFERRED and (main_org or main_person):
            referent = _nearest_referent(sentence, clause_start, start, main_org, main_person, mentions)
            if referent:
                return referent
        if group == _PREFERRED and (main_org or main_person) and not (before and (relative or before[0][0] < 2)):
            # the sentence's grammatical subject: whichever comes first, a name or a pronoun ("He passed away at
            # home in East Sussex, just 11 days after ...": he); for a relative clause, the nearest name
            first = _nearest_referent(sentence, 0, before[0][0] if before else start, main_org, main_person,
                                      mentions, subjects_only=True)  # fmt: skip
            if first:
                return first
        if before:
            if relative:
                return before[-1][2]
            # the subject of the coordinated clause holding the figure: "X won the vote, but Y took the most
            # seats, 46" is about Y
            coordinated = max((m.end() for m in _COORDINATION.finditer(sentence, 0, start)), default=0)
            return next((m[2] for m in before if m[0] >= coordinated), before[0][2])
        # an untyped name (MISC) only in the subject's place, before the figure: after it, it is as often a
        # source, a title or a stray capital ("..., Agence France Presse reported"); not a name of a coordinated
        # clause with its own subject ("Emissions fell 0.8%, and in the EU they dropped ..."), nor a place saying
        # where something traded ("rose 12% in New York trading")
        after = [
            m for m in mentions
            if m[0] >= start and m[3] in group and m[3] != "MISC"
            and not _COORDINATION.search(sentence, start, m[0])
            and not _PART_BETWEEN.search(sentence, start, m[0])
            and not _OTHER_CLAUSE_BETWEEN.search(sentence, start, m[0])
            and not _DESTINATION_BEFORE.search(sentence, max(start, m[0] - 12), m[0])
            and not _BENEFICIARY_BEFORE.search(sentence, max(start, m[0] - 80), m[0])
            and not _COMPARED_WITH.search(sentence, max(start, m[0] - 20), m[0])  # "3.1%, above the Bank's 2% target"
            and not _COMPARISON_BETWEEN.search(sentence, start, m[0])
            and not _uttered_at(sentence, start, m[0])  # "..., the minister confirmed in the Commons"
            and not (relative and clause_start and "," in sentence[start : m[0]])  # the main clause's, past it
            and not (group is _PLACES and _VENUE_NOUN_AFTER.match(sentence, m[1]))
            and not (group is _PLACES and _distant_place(sentence, start, m[0]))  # "... to a mill in Spain"
        ]  # fmt: skip
        if after:
            return after[0][2]
    if main_org and any(
        not _COMPARED_WITH.search(sentence, max(0, a - 20), a)
        and not (a >= start and _another_body_after(sentence, start, a, b))
        for a, b, _ in _main_descriptions(sentence, main_org)
    ):  # (not one a figure is compared with: "3.1%, well above the Bank's 2% target")
        return main_org
    return _national_subject(sentence, clause_start, start, entities)


# A sentence opening on a body named by a common noun, its verb after: "The government estimates ...", "The interior
# ministry put the figure at ..." (the lazy modifiers let the head be the last noun before the verb)
_COMMON_NOUN_SUBJECT = re.compile(
    r"(?:The|A|An)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)\s+"
    r"(?:[a-z]+(?:s|ed)|put|set|cut|said|has|had|is|was|will|would|can|could|may|might)\b"
)
# "..., the company said": a description stating the sentence's figures
_SAYER_TAIL = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:said|says|reported|announced|added|confirmed|stated)"
    r"\s*(?:[.,;:]|$|(?:on|in|at|last|this|yesterday|today)\b)"
)


def _another_body_after(sentence: str, start: int, a: int, b: int) -> bool:
    """Whether the pronoun or description at [a, b), after the figure at ``start``, speaks of another body than
    the figure's: in a clause of its own ("..., where the union counted 400,000"), or pointing back to a body the
    sentence opens on ("The government estimates the change will save €17bn, money it says is needed"), unless
    it states the figure ("..., the company said")."""
    if _OTHER_CLAUSE_BETWEEN.search(sentence, start, a):
        return True
    opening = _COMMON_NOUN_SUBJECT.match(sentence)
    if opening is None or opening.end("head") > start:
        return False
    head = opening.group("head")
    own = head in _REFERENCE_WORD_SET or head.endswith("s")  # "The company said ...", "The figures show ..."
    return not own and _SAYER_TAIL.match(sentence, b) is None


# A nationality before a national statistic names the country it is about: "Irish consumer price inflation rose to
# 3.4%" is Ireland's, as "Inflation in Ireland rose to 3.4%" is (the first spelling is the one a key uses, unless
# the article names the country another way: "UK" for "British")
_COUNTRIES = {
    "Irish": ("Ireland",), "British": ("UK", "Britain", "United Kingdom"), "French": ("France",),
    "German": ("Germany",), "Spanish": ("Spain",), "Italian": ("Italy",), "Dutch": ("Netherlands",),
    "Swedish": ("Sweden",), "Norwegian": ("Norway",), "Danish": ("Denmark",), "Finnish": ("Finland",),
    "Polish": ("Poland",), "Greek": ("Greece",), "Portuguese": ("Portugal",), "Swiss": ("Switzerland",),
    "Belgian": ("Belgium",), "Austrian": ("Austria",), "Japanese": ("Japan",), "Chinese": ("China",),
    "Indian": ("India",), "Canadian": ("Canada",), "Australian": ("Australia",), "Brazilian": ("Brazil",),
    "Mexican": ("Mexico",), "Russian": ("Russia",), "Turkish": ("Turkey",), "Scottish": ("Scotland",),
    "Welsh": ("Wales",), "American": ("US", "United States", "America"), "South African": ("South Africa",),
    "South Korean": ("South Korea",), "New Zealand": ("New Zealand",),
}  # fmt: skip
_NATIONAL_STATISTIC = re.compile(
    r"\b(?P<nation>" + "|".join(_COUNTRIES) + r")\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:inflation|unemployment|jobless|economy|economic|gdp|GDP|growth|exports|imports|output|wages|deficit|debt|"
    r"(?:house|consumer|producer|retail|food|energy)\s+prices|retail\s+sales|bond\s+yields|interest\s+rates)\b"
)


def _national_subject(sentence: str, clause_start: int, start: int, entities: Sequence[dict]) -> str | None:
    """The country a nationality before a national statistic in the figure's clause names (``_NATIONAL_STATISTIC``)."""
    m = _NATIONAL_STATISTIC.search(sentence, clause_start, start)
    if m is None:
        return None
    names = _COUNTRIES[m.group("nation")]
    named = {e.get("text") for e in entities}
    return next((n for n in names if n in named), names[0])


# A figure set against another, then the side it belongs to: "38.1% of the vote against 31.6% for the ruling party"
# (a noun of the move between: "compared with a rise of 2.9% across the UK")
_VERSUS_BEFORE = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?of\s+)?"
    r"(?:(?:about|around|just|only)\s+)?$"
)
_FOR_OTHER = re.compile(r"[^\s,;]+\s+(?:[a-z-]+\s+){0,2}?(?P<prep>for|in|across)\s+(?:the\s+)?")
# A figure paired with its own name: right after it in brackets ("highest in the North East (9.1%) and lowest in
# London (5.1%)"), right after its possessive ("41 winners to Tanabe's 33", "compared with Germany's 2.1%"), or
# behind a bare "on" or "at", the verb of a list's later items left out ("Labour is on 31% and the Greens on 9%",
# "a poll that has the Greens on 9%", "valued Acme at $2bn")
_BRACKET_AFTER_NAME = re.compile(r"\s*\(\s*(?:[A-Z]{0,3}[£$€¥])?$")
_ON_AFTER_NAME = re.compile(
    r"\s+(?:on|at)\s+(?:(?:about|around|nearly|almost|roughly|just|only)\s+)?(?:[A-Z]{0,3}[£$€¥])?$"
)
_POSSESSIVE_BEFORE = re.compile(
    r"['’]s\s+(?:(?:about|around|nearly|almost|roughly|some|just|only)\s+)?(?:[A-Z]{0,3}[£$€¥])?$"
)


def _paired_owner(sentence: str, start: int, mentions: Sequence[tuple[int, int, str, str]]) -> str | None:
    """The name the figure at ``start`` is paired with (``_BRACKET_AFTER_NAME``, ``_POSSESSIVE_BEFORE``,
    ``_ON_AFTER_NAME``): in a list of parallel items each figure is its own name's, not the clause's first name's."""
    for a, b, name, _label in mentions:
        if b > start:
            break
        gap = sentence[b:start]
        if len(gap) > 16:
            continue
        if _BRACKET_AFTER_NAME.fullmatch(gap) or _POSSESSIVE_BEFORE.fullmatch(gap):
            return name
        # (not where something went: "poured into the River Lune on 300 days")
        if _ON_AFTER_NAME.fullmatch(gap) and not _PLACE_NOT_SUBJECT_BEFORE.search(sentence, 0, a):
            return name
    return None


# "The judge ordered Halvern to pay a penalty of £42.5m": the one ordered to pay owes the sum, not the one ordering
_ORDER_VERB_BEFORE = re.compile(
    r"\b(?:order(?:s|ed|ing)?|forc(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|direct(?:s|ed|ing)?|told|tells?)\s+(?:the\s+)?$"
)
_TO_PAY_AFTER = re.compile(r"\s+to\s+(?:pay|repay|refund|forfeit|hand\s+over|compensate)\b")


def _ordered_to_pay(sentence: str, start: int, mentions: Sequence[tuple[int, int, str, str]]) -> str | None:
    """The name ordered to pay before the figure (``_ORDER_VERB_BEFORE``), no clause with its own subject between."""
    for a, b, name, _ in mentions:
        if b > start:
            break
        if (
            _TO_PAY_AFTER.match(sentence, b)
            and _ORDER_VERB_BEFORE.search(sentence, max(0, a - 24), a)
            and not _COORDINATION.search(sentence, b, start)  # "... a penalty of £42.5m and damages of £18m": both
        ):
            return name
    return None


# "paying Atlético Sornay a guaranteed £84m", "gave the charity £2m": a name between a verb of giving and the amount
# is who receives it, never what the amount is about
_GIVING_BEFORE = re.compile(
    r"\b(?:pay|pays|paid|paying|gave|give|gives|giving|award(?:s|ed|ing)?|lent|lend|lends|lending|owe|owes|owed|"
    r"owing|grant(?:s|ed|ing)?|offer(?:s|ed|ing)?|hand(?:s|ed|ing)?)\s+(?:the\s+)?$"
)  # ("handing Norway a gain of almost 2.4 trillion kroner")
_TO_AMOUNT = re.compile(r"\s+(?:[a-z-]+\s+){0,4}(?=[A-Z]{0,3}[£$€¥]|\d)")


def _paid_to(sentence: str, m: tuple[int, int, str, str], start: int) -> bool:
    """Whether mention ``m`` is the recipient of the amount at ``start`` (``_GIVING_BEFORE``)."""
    gap = _TO_AMOUNT.match(sentence, m[1])
    if gap is None or gap.end() != start:
        return False
    return _GIVING_BEFORE.search(sentence, max(0, m[0] - 16), m[0]) is not None


# A reporting verb right after a name (an adverb, an auxiliary or a bracketed abbreviation between): the name
# states, measured or recorded a figure ("..., the US Geological Survey said", "which the USGS measured at 6.8")
# (an appositive between: "Dr Jo Lin, the trust's chief executive, said the recovery could take two weeks"; and
# an expectation: "Mr Greaves expects house prices to rise by 3%")
_REPORTS_AFTER = re.compile(
    r"(?:\s*\([^()]{1,24}\)|,\s+(?:the|a|an|its|their|[A-Z][\w.-]*['’]s)\s[^,;\"“”]{1,60},)?\s+"
    r"(?:(?:now|also|has|have|had|later|earlier|previously)\s+)*"
    r"(?P<verb>said|says|told|reported|reports|estimated|estimates|measured|recorded|records|put|puts|confirmed|"
    r"confirms|announced|added|noted|stated|warned|expects|expected|predicts|predicted|forecasts|believes|thinks)\b"
)
# A complement opening on a pronoun speaks of the one who states it ("Acme said it sold 5m cars", "he said his"),
# and so does an infinitive ("she expects to earn £2m")
_PRONOUN_COMPLEMENT = re.compile(r"\s+(?:that\s+)?(?:it|its|he|his|she|her|they|their|to)\b")
_SELF_REFERENCE = re.compile(r"\b(?:it|its|we|our|us)\b")
# Bodies that report on events and on the economy rather than on themselves: an agency, a statistics office, a
# survey, an investigating board ("the US Geological Survey", "the Office for National Statistics", "the Bureau of
# Meteorology", "the Air Accidents Investigation Board")
_REPORTING_BODY = re.compile(
    r"^Statistics\b|\b(?:Survey|Statistics|Centre|Center|Institute|Agency|Service|Office|Bureau|Police|Commission|"
    r"Authority|Administration|Department|Ministry|Observatory|Board)(?:\s+(?:of|for)\s.*)?$"
)  # (the word last, or before "of"/"for": "Bureau of Meteorology", "Statistics Canada"; not "Office Depot")


# A name that is the agent of a participle modifying a noun ("The deal, approved by the league, includes a £180m
# loan", "a loan from lenders led by Acme", "a firm owned by X"): it qualifies that noun and is never what a figure
# is about; a passive verb's own agent ("the plant was bought by Acme for $5m") stays
_PARTICIPLE_BY_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+(?:ed|en|wn|ld|lt|ght|de|id|un)|led|set|hit|cut|put)\s+by\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+)*(?:[a-z-]+\s+){1,2})?$"
)  # (a description between: "led by New York financier Garrett Vance")
# (... or a relative clause's: "The deal, which was approved by the league, includes ...")
_AUXILIARY_BEFORE = re.compile(
    r"(?P<relative>\b(?:which|that|who)\s+)?\b(?:is|was|were|are|be|been|being|get|gets|got|has|have|had)\s+"
    r"(?:\w+ly\s+)?$"
)


# A non-restrictive relative clause: "The Kenyan, who finished fourth in Berlin, beat the record by 77 seconds"
_RELATIVE_OPENING = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,;]*$")


def _in_closed_relative(sentence: str, m: tuple[int, int, str, str], start: int) -> bool:
    """Whether mention ``m`` stands inside a relative clause between commas that closes before the figure at
    ``start``: it speaks of its own noun, and the figure belongs to the main clause resumed after it."""
    if m[1] > start or _RELATIVE_OPENING.search(sentence, 0, m[0]) is None:
        return False
    close = sentence.find(",", m[1], start)
    return close >= 0 and ";" not in sentence[m[1] : close]


def _modifier_agent(sentence: str, m: tuple[int, int, str, str]) -> bool:
    """Whether mention ``m`` is the agent of a participle modifying a noun (``_PARTICIPLE_BY_BEFORE``)."""
    by = _PARTICIPLE_BY_BEFORE.search(sentence, max(0, m[0] - 60), m[0])
    if by is None:
        return False
    auxiliary = _AUXILIARY_BEFORE.search(sentence, max(0, by.start("verb") - 30), by.start("verb"))
    return auxiliary is None or auxiliary.group("relative") is not None


def _reports_figure(sentence: str, m: tuple[int, int, str, str], start: int) -> bool:
    """Whether the mention ``m`` only reports the figure at ``start``: after it, any name followed by a reporting
    verb ("..., the Foreign Office said" is the source); before it, a person or a reporting body whose verb's
    complement has a subject of its own ("Parks Canada's fire centre says the fire covers ...", "which the
    Survey measured at 6.8"), and so any body that estimates ("Aster Risk estimated that insured losses could
    reach €1.4bn": the estimator is the source), not a pronoun pointing back ("the Agency said it fined ...": its
    own figure). A company saying "revenue rose 5%" stays the subject: it reports its own figures."""
    verb = _REPORTS_AFTER.match(sentence, m[1])
    if verb is None:
        return False
    if m[0] > start:
        return True
    # a body estimates what others lose or owe, not its own ("Acme estimated the recall would cost it $5m" aside)
    estimates = verb.group("verb").startswith("estimate") and not _SELF_REFERENCE.search(sentence, verb.end(), start)
    if verb.end() > start or not (m[3] == "PERSON" or _REPORTING_BODY.search(m[2]) or estimates):
        return False
    return _PRONOUN_COMPLEMENT.match(sentence, verb.end(), start) is None


# A name after these words belongs to what the figure is compared with: "3.8%, compared with the 3.5% the
# Chancellor put in her Red Book"
_COMPARISON_BETWEEN = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s")
# A name after the figure behind a reporting verb belongs to the attribution that states it, as where or to whom
# it was said: "..., the minister confirmed in the Commons", "..., she told reporters in Brussels"
# (not the body a speaker heads: "..., said Jo Lin, head of the Port Authority")
_REPORTING_BETWEEN = re.compile(r"\b(?:said|says|told|tells|confirmed|confirms|announced|announces|stated|added)\b")
_PLACE_OF_UTTERANCE_BEFORE = re.compile(r"\b(?:in|at|on|before|during)\s+(?:the\s+)?$")


def _uttered_at(sentence: str, start: int, at: int) -> bool:
    """Whether the name at ``at``, after the figure at ``start``, is where a reporting verb between was spoken."""
    return (
        _PLACE_OF_UTTERANCE_BEFORE.search(sentence, max(start, at - 12), at) is not None
        and _REPORTING_BETWEEN.search(sentence, start, at) is not None
    )


# A name between the figure and these words is a part or a companion of what the figure counts, not its subject:
# "$118m overseas, with China contributing $21m", "395 firefighters, including 85 from Quebec"
# (after a comma: "charged nine suppliers with helping Ahold" names a counterpart)
_PART_BETWEEN = re.compile(
    r",\s+(?:with|including|excluding|among\s+them|mostly|mainly|largely|chiefly|primarily|[\d,.]+\s+of\s+(?:them|which)"
    r"|or\s+(?:[a-z]+\s+)?(?:[A-Z]{0,3}[£$€¥]|\d))"
)  # ("operates 92 aircraft, mostly Boeing 737s": the maker of most of them; "12,400 hours, 3,900 of them on the
# A321": the part's; "$89.99, or ¥12,980 in Japan": the name of the amount restated)
# A name after the figure in a clause of its own ("population about 1,400, where the Red Cross set up a shelter", "a
# tree fell on their vehicle ... when", "a man who drowned in Powys") or where something went ("were flown to X
# Medical Center", "sold 5,000 units to Acme") is no subject of the figure
_OTHER_CLAUSE_BETWEEN = re.compile(r"\b(?:where|which|who|whom|whose|when)\b")
# (or came from, or what it was spent on: "a woman from Bergen", "3,900 hours on the A321")
_DESTINATION_BEFORE = re.compile(r"\b(?:to|into|towards?|from|on|onto)\s+(?:the\s+)?$")
# ... nor the beneficiary of a participle: "the 1,150 kg satellite was built for the agency" (a noun's "for"
# stays: "a loss of $5m for Acme" is Acme's)
_BENEFICIARY_BEFORE = re.compile(
    r"\b[a-z]+(?:ed|en|wn|lt|ght|de|id|un)\s+for\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w&'’.-]*\s+)*[A-Z][\w&'’.-]*\s*\()?$"  # (and its abbreviation: "the Space Agency (NSA)")
)


# A list item made of a figure and where it comes from, or where it is: "..., $4 million from the United States,
# ¥300 million from Japan and £2.5 million from Britain", "240,000 are in China, 188,000 in Canada"
_ITEM_OPENING = re.compile(
    r"(?:(?:and|including|about|around|some|nearly|almost|another|a\s+further|more\s+than|over)\s+)*$"
)
_ITEM_TAIL = re.compile(r"[£$€¥]?\d[\d.,]*\s*(?:[a-zA-Z%]+\s+){0,2}?(?:from|in)\s+(?:the\s+)?")


def _list_item_owner(
    sentence: str, clause_start: int, start: int, mentions: Sequence[tuple[int, int, str, str]]
) -> str | None:  # fmt: skip
    """The name after "from" or "in" right after a figure that opens a later clause of a list, as in
    ``_ITEM_OPENING``'s examples: the item's own name, not the first item's."""
    if not clause_start or not _ITEM_OPENING.match(sentence, clause_start, start):
        return None
    tail = _ITEM_TAIL.match(sentence, start)
    if tail is None:
        return None
    return next((m[2] for m in mentions if m[0] == tail.end()), None)


_OPENING_WORDS = re.compile(r"(?:(?:and|but|or|while|whereas)\s+)?(?:[Tt]he\s+)?")  # before a clause's subject


def _place_opening(
    sentence: str, clause_start: int, start: int, mentions: Sequence[tuple[int, int, str, str]]
) -> str | None:  # fmt: skip
    """The place that opens the figure's clause as its subject, in a list of parallel clauses after the first
    ("The EU pledged €5m, the US $4m, and Japan offered ¥300m"): each item's own name, not the first item's. Only
    after a punctuation mark: a place opening the sentence is left to the usual order, and one after a
    preposition ("In Japan, ...") is a scope."""
    if not sentence[:clause_start].rstrip().endswith((",", ";", ":", "—", "–")):
        return None  # no clause after a mark: the sentence's start, or names joined by "and" ("between X and Y")
    at = _OPENING_WORDS.match(sentence, clause_start).end()
    for a, b, name, label in mentions:
        if a == at and b <= start and label in _PLACES and not sentence.startswith(("'s", "’s"), b):
            return name  # (not an owner: "Britain's Acme" leaves the clause to what it owns)
    return None


def _place_owner(
    sentence: str, clause_start: int, start: int, mentions: Sequence[tuple[int, int, str, str]]
) -> str | None:  # fmt: skip
    """A place owning what the figure's clause measures ("Belgium's 10-year yield rose to 3.42%"): what the figure
    is about, ahead of any organisation named after it."""
    for a, b, name, label in mentions:
        if label in _PLACES and clause_start <= a and b <= start and sentence.startswith(("'s", "’s"), b):
            return name
    return None


# A place naming where something traded, not what the figure is about: "rose 12% in New York trading"
_VENUE_NOUN_AFTER = re.compile(r"\s+(?:trading|trade|dealings|deals|session|hours|time|markets?|exchange)\b")
# Where a coordinated clause with its own subject starts: "..., but Fianna Fáil took ...", "; Acme ..."
_COORDINATION = re.compile(r"[;,]?\s+(?:but|while|whereas)\s+|;\s+|,\s+and\s+")


@lru_cache(maxsize=512)
def _main_descriptions(sentence: str, main_org: str) -> tuple[tuple[int, int, bool], ...]:
    """The sentence's descriptions that can stand for ``main_org`` (``_may_be_main``); a pronoun after one that
    cannot speaks of that one ("The airline's value fell NOK 4bn ..., and its insurers ..." when the main body is
    an investigation board). Cached: each claim of a sentence asks, some twice."""
    kept, other = [], False
    for a, b, own in _descriptions(sentence):
        if not _may_be_main(sentence, a, b, main_org):
            other = True
        elif not (other and sentence[a : a + 2].lower() == "it"):
            kept.append((a, b, own))
    return tuple(kept)


def _may_be_main(sentence: str, a: int, b: int, main_org: str) -> bool:
    """Whether the description at [a, b) can stand for the main organisation: a public body is no "company"."""
    return not (_PUBLIC_BODY.search(main_org) and _COMPANY_WORD.search(sentence, a, b))


# "the Kelvane Bridge in Marlow Bay", "Halden Arena at Ashby": a place right after another name says where that
# named thing is, and the figure is about the thing (or nothing named), not the town
_LOCATED_BEFORE = re.compile(r"\s(?:in|at|near)\s+$")


def _locates_name(sentence: str, m: tuple[int, int, str, str], entities: Sequence[dict]) -> bool:
    """Whether the place ``m`` comes right after another entity's name and "in", "at" or "near"."""
    located = _LOCATED_BEFORE.search(sentence, max(0, m[0] - 8), m[0])
    if located is None:
        return False
    end = located.start()
    return any(
        e.get("text") and e["text"] != m[2] and e.get("label") not in _IGNORED and sentence.endswith(e["text"], 0, end)
        and (end == len(e["text"]) or not _is_word_char(sentence[end - len(e["text"]) - 1]))
        for e in entities
    )  # fmt: skip


# Places that say where something went or where a company sits, not what a figure is about: "into the River
# Tam", "GreenLeaf, based in Portland, Oregon, generated sales of ..." (the name after the state too); where a
# route passes or ends ("diverted 15 ships around Africa", "flying from Oslo to Split"): a qualifier of a noun or a
# verb, never the bearer of a figure (a route's start is ``_route_start``; "southern Africa", "northern Europe": a
# compass point before the name changes nothing)
_PLACE_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:(?:into|onto|through|along|across|towards?|past|off|around|via)\s+(?:the\s+)?(?:[a-z-]+ern\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+|\s+and\s+))*"  # "across Wales and England": each of them
    r"|between\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s+)?"  # "a line between Leeds and York": its ends
    r"|from\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+to\s+(?:the\s+)?(?:[a-z-]+ern\s+)?"  # a route's end
    r"|(?:based|headquartered|located|born|founded|registered)\s+in\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+)?)$"
)

_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z-]+ern\s+)?$")
_TO_AFTER_PLACE = re.compile(r"\s+to\s")


def _route_start(sentence: str, m: tuple[int, int, str, str]) -> bool:
    """Whether the place ``m`` starts a route, "from" before it and "to" after ("containers from Asia to northern
    Europe"): where something travels, not the owner of a figure ("Exports from Canada rose 1.4%" stays Canada's)."""
    return (
        _FROM_BEFORE.search(sentence, max(0, m[0] - 24), m[0]) is not None
        and _TO_AFTER_PLACE.match(sentence, m[1]) is not None
    )


# "She expects a list price of around $620", "he said revenue rose 5%": a person who states or expects the figure
# is its source, not what it is about ("he expects to earn £2m" is still his own)
_PRONOUN_SOURCE = re.compile(
    r"\s+(?:also\s+)?(?:expects|expected|estimates|estimated|predicts|predicted|forecasts|believes|reckons|said|says|"
    r"added|told|thinks)\b(?!\s+to\b)"
)

# "the 31-year-old won the race": news style names the person last spoken of by age, as by "he"
AGE_DESCRIPTION = re.compile(r"[Tt](?<!\w.)he\s+\d{1,3}-year-old\b")
# An age description whose noun takes "which" describes a thing, not a person: "the 58-year-old bridge, which"
_THING_AFTER_AGE = re.compile(r"\s+[a-z-]+,?\s+which\b")
# "his nearly 22 years", "her £2m salary": a possessive pronoun right before the figure (a word between at most)
# names its owner, the person spoken of, even when that person also states it.
_PERSON_OWNER = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?(?:[£$€]\s*)?$")
# A description or pronoun after "to", "for", "from" is a recipient or a counterpart ("a gift to the party", "paid
# for it"), not what the figure is about; a possessive one still owns what follows ("40% of the party's
# candidates"), and "jobs to go at the firm" still speaks of the firm.
_RECIPIENT_MARKS = tuple(f"{w} " for w in (" to", " for", " from", " against", " than", " toward", " towards"))
# "the giant waves": "giant" qualifying a noun is an adjective, not a description of the company
_ADJECTIVE_USE = re.compile(r"\s+(?!(?:said|says|has|had|have|is|was|will|would|also|which|who)\b)[a-z]")


# "those earning more than £100,000", "a tax on incomes over £100,000", "firms with fewer than 50": a threshold that
# defines an unnamed group, which is what the figure is about: no entity (the nearest name proposes the threshold)
_GROUP_THRESHOLD = re.compile(
    r"\b(?:those|anyone|people|earners|incomes|households|families|firms|companies|businesses|pensioners|workers)"
    r"\s+(?:(?:earning|making|aged|with|on|worth|employing|paid)\s+)?"
    r"(?:more\s+than|less\s+than|fewer\s+than|over|above|under|below|up\s+to)\s+(?:[£$€]\s*)?$"
)
_BOUNDS = (" than", " over", " above", " under", " below", " to")  # how every threshold above ends: its screen
# "the $46m that Microsoft is seeking", "20% which Acme owns": the figure, up to two words of its noun, then a
# relative pronoun whose clause opens on a name: the figure is what that name seeks, owns or pays
_OBJECT_RELATIVE = re.compile(r"[^\s,;]+(?:\s+[a-z-]+){0,2}?\s+(?:that|which)\s+")


def _relative_agent(sentence: str, start: int, mentions: list[tuple[int, int, str, str]]) -> str | None:
    """The name opening an object relative clause right after the figure, as its subject (not as an owner)."""
    m = _OBJECT_RELATIVE.match(sentence, start)
    if m is None:
        return None
    for a, b, name, label in mentions:
        if a == m.end() and label in _PREFERRED and not sentence.startswith(("'s", "’s"), b):
            return name
    return None


@lru_cache(maxsize=512)
def _descriptions(sentence: str) -> tuple[tuple[int, int, bool], ...]:
    """(start, end, possessive) of the sentence's pronouns and descriptions of an organisation ("it", "the
    company", "the party's") that stand for what a figure is about (``_refers``); cached: a sentence's claims
    share them."""
    found = [m for m in _REFERENCE.finditer(sentence) if _refers(sentence, m)]
    found += [m for m in _MODIFIED_REFERENCE.finditer(sentence) if _refers(sentence, m)]
    return tuple(sorted((m.start(), m.end(), _possessive(sentence, m)) for m in found))


# The company described with a word or two before its noun ("the water firm said", "the San Jose company's"), or,
# opening a sentence, introduced as a lead does ("A water company that spilled sewage ... was fined £12m"): not a
# rival, parent or other body ("the rival firm", "the parent company" name another).
_OTHER_BODY = (
    r"rival|parent|other|same|former|sister|holding|acquired|target|new|smaller|larger|bigger|competing|biggest|"
    r"largest|second|third|its|their|that|this|each|every|one"
)
_MODIFIED_REFERENCE = re.compile(
    rf"(?:\b[Tt]he(?:\s+(?!(?:{_OTHER_BODY})\b)[\w-]+){{1,2}}|^(?:A|An)(?:\s+(?!(?:{_OTHER_BODY})\b)[\w-]+){{0,2}})\s+"
    rf"(?:{_DESCRIBED_AS})\b"
)


# "X said it", "X has said that it": "it" (and an "its" after it in that clause) is the one that said it
_SAID_IT = re.compile(
    r"\s+(?:(?:has|had|also|now)\s+)*(?:said|says|announced|added|confirmed|stated)\s+(?:that\s+)?it\b"
)
_REFERENCE_WORD_SET = frozenset(_REFERENCE_WORDS.split("|"))


def _pronoun_sayer(sentence: str, a: int) -> int | None:
    """Where the sayer ends when the "it" or "its" at ``a`` points to whoever "said it" in the same clause."""
    if sentence[a : a + 2].lower() != "it":
        return None
    said = None
    for m in _SAID_IT.finditer(sentence, 0, a + 2):
        said = m
    if said is None or _CLAUSE_BREAK.search(sentence, said.end(), a):
        return None
    return said.start()


def _body_says(sentence: str, end: int) -> bool:
    """Whether the words before ``end`` are a body described in common nouns, not a company's description: "Peru's
    finance ministry", "the government" (a singular head; "analysts said it" speaks of something else)."""
    words = sentence[max(0, end - 60) : end].split()[-4:]
    if not words or not words[-1].islower() or words[-1] in _REFERENCE_WORD_SET or words[-1].endswith("s"):
        return False
    for i in range(len(words) - 2, -1, -1):  # back over lowercase modifiers to the determiner or owner
        if words[i] in ("the", "The") or words[i].endswith(("'s", "’s")):
            return True
        if not words[i].islower():
            return False
    return False


def _refers(sentence: str, m: re.Match) -> bool:
    """Whether the description ``m`` stands for the clause's subject: not after a preposition unless possessive,
    not "giant" used as an adjective, and not an "it" a ministry or government said of itself ("Peru's finance
    ministry said it would raise its budget": neither is the article's company)."""
    end = m.end()
    if not _possessive(sentence, m) and sentence[max(0, m.start() - 10) : m.start()].endswith(_RECIPIENT_MARKS):
        return False
    said = _pronoun_sayer(sentence, m.start())
    if said is not None and _body_says(sentence, said):
        return False
    return not (m.group(0)[-5:].lower() == "giant" and _ADJECTIVE_USE.match(sentence, end))


def _possessive(sentence: str, m: re.Match) -> bool:
    """Whether the pronoun or description ``m`` is a possessive ("its", "the party's")."""
    return m.group(0).lower() == "its" or sentence.startswith(("'s", "’s"), m.end())


# A main organisation that is a public body ("Met Service", "Environment Agency") is never what "the regional water
# company" or "the firm" stands for: those name a business the tagger did not know.
_REGULATORS = frozenset({"FDA", "SEC", "FTC", "FCC", "EPA", "CMA", "FCA", "EMA", "ECB", "Fed", "IMF", "WHO", "EU"})
_PUBLIC_BODY = re.compile(
    r"\b(?:Service|Agency|Office|Authority|Ministry|Department|Council|Commission|Bureau|Institute|Police|Court|"
    r"Parliament|Government|Board|Survey|Administration|Regulator|Reserve)$"
)
_COMPANY_WORD = re.compile(
    r"\b(?:company|firm|business|startup|carmaker|automaker|retailer|chipmaker|insurer|lender|bank|airline|streamer|"
    r"studio|brand|carrier|manufacturer)\b",
    re.I,
)
_VENUE = re.compile(r"\b(?:Court|Tribunal)$")


def _nearest_referent(
    sentence: str, lo: int, hi: int, main_org: str | None, main_person: str | None,
    mentions: Sequence[tuple[int, int, str, str]] = (), subjects_only: bool = False,
) -> str | None:  # fmt: skip
    """What the pronoun or description nearest before ``hi`` refers to: "it", "the company" -> the organisation
    the sentence named last before it, not as an object ("AMR added that, to cut costs, it is postponing 54 jets";
    "after taking the lead from Netscape, its share ..." is not Netscape's), else
    ``main_org``; "he", "she", "his" -> ``main_person`` ("It is the latest donation by the billionaire - he has
    contributed more than £10m": he). ``subjects_only``: no possessive ("In its filing, Acme said ...": "its" is no
    subject)."""
    org = person = -1
    if main_org:
        spans = _main_descriptions(sentence, main_org)
        org = max((a for a, b, own in spans if lo <= a and b <= hi and not (subjects_only and own)), default=-1)
    if main_person:
        found = list(PERSONAL.finditer(sentence, lo, hi))
        if "-year-old" in sentence:  # "The 64-year-old ...": the figure may be the description's own age
            found += (  # (not a thing's: "The 58-year-old bridge, which spans 412 metres")
                m
                for m in AGE_DESCRIPTION.finditer(sentence, lo, min(len(sentence), hi + 12))
                if not _THING_AFTER_AGE.match(sentence, m.end())
            )
        person = max(
            (
                m.start() for m in found
                if not (subjects_only and m.group(0)[-1:] == "s") and not _PRONOUN_SOURCE.match(sentence, m.end())
            ),
            default=-1,
        )  # fmt: skip
    if org < 0 and person < 0:
        return None
    if person > org:
        return main_person
    said = _pronoun_sayer(sentence, org)
    sayer = next((m[2] for m in mentions if m[1] == said), None) if said is not None else None
    if sayer:  # "the United States said it would provide $4m": the one that said it, whatever its kind
        return sayer
    named = [m[2] for m in mentions if m[3] == "ORG" and m[1] <= org and not _after_preposition(sentence, m[0])]
    return named[-1] if named else main_org
