"""What makes two articles' claims comparable: the claim key.

A key names one fact: subject, metric, unit dimension, period, and whether it is a forecast or a result (an
institution of three or more capitalised words is keyed by its initials, as other articles abbreviate it). Claims
that cannot be compared with another article's get a key of their own (``claim:<claim_id>``) and stay single:

* no metric;
* a metric that names a dimension (``metrics.UNCLUSTERED_METRICS``: a duration) or a part of something the key
  does not say: a ``share`` ("accounts for 20% of ..."), a share of a ``population``, a count of ``people``.
  On the BBC corpus every multi-article cluster under these was two different facts (BT's 95% of homes and 56%
  of viewers; India's 2% Christians and 20% mobile owners);
* a market quote (a share price or move, a commodity price) with no trading day: the article's publication day
  is its period (``market_day``), so quotes are compared within one day only, and an undated quote with none;
* a conversion in brackets ("$27bn (£14bn)", "53 km (33 miles)"): the original figure is the claim; the converted
  one only repeats it (at some day's exchange rate, or in another unit: ``is_conversion``);
* a figure its sentence dates relative to a day the article does not give ("up 0.9% on the day", "in January"
  with no publication date): ``extract`` keys these apart, as it does conversions, since both need the text;
* every claim of a key under which one article reports values that cannot all be true: that key names no single
  fact in that article (``clusters.one_fact_per_article``, applied by ``extract`` to all of a batch's claims).

The claims table qualifies a key's metric by what the figure's own clause says it covers (``qualified_keys``):
"600,000 vehicles in the US" is ``recalls@us``, "about 1.2 million worldwide" ``recalls@worldwide``, so the two
never meet; so are the scope words domestic, international/overseas and lifetime/to date, a premium to an average
price (``premium@average``, not the premium to the last close), and an undated price on a weekday ("closed at
$37.14 on Tuesday": ``price@tuesday``). A qualifier only splits: a figure with none never meets a qualified one,
which at worst misses an agreement, where one key for both made false conflicts.

A claim with no subject is about the event its story reports when its metric is one an event has of its own
(``EVENT_METRICS``: a disaster's tolls, "has killed 12 people", "about 8,000 were evacuated", "5% contained", and
its weather, "212mm of rain fell"; an election's turnout; a trial's sentence and the sum stolen; a match's
attendance, a race's finishers; a strike's cancellations; a study's risk) or a counted noun
of its own ("140 homes"): a fire, a storm, an outbreak is rarely a named entity, yet every write-up of the story
gives its death toll. Such a claim is keyed under a placeholder subject (``STORY_SUBJECT``) that ``story_keys``
replaces with the article's story once dedup has assigned it, so it meets only the same story's reports.
Any other metric of the lexicon with no subject ("the launch cost $418 million", "revenue rose 8%") is keyed under
``UNNAMED_SUBJECT``, ``unnamed:<story_id>`` in the claims table: with no company named, "revenue" may be anyone's,
so such a claim never conflicts with another; clustering files it under the subject its story's other reports
of that metric name when they name exactly one and its value agrees (``clusters.adopt_story_subjects``), else
with the other unnamed reports of its story that agree with it (``clusters.file_unnamed_alone``), else under its
own ``claim:<claim_id>``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pandas as pd

from pipeline.claims.metrics import UNCLUSTERED_METRICS, is_lexicon_metric
from pipeline.claims.quantity import Quantity
from pipeline.claims.subjects import normalize_subject
from pipeline.claims.units import dimension_of, is_currency

PART_METRICS = frozenset({"share", "people"})  # a part or a head count of something the key does not name
MARKET_METRICS = frozenset({"shares", "shares_growth"})  # quoted each trading day
# A person's age describes who a figure's sentence is about ("the 27-year-old Japanese player") more than it reports
# a fact of the story; read by descriptor it often lands on another person of the story (two players' ages under
# one name made false conflicts in the helper-written stories). Ages that agree cluster (13 agreements on the BBC
# articles); ages that disagree are split per article, never a conflict (``clusters``).
DESCRIPTOR_METRICS = frozenset({"age"})
# An event's own figures, keyed by story when no subject is named (see the module docstring).
EVENT_METRICS = frozenset({
    "deaths", "injuries", "evacuations", "missing", "rescued", "survivors", "passengers", "crew", "area",
    "containment", "magnitude", "depth", "cases", "recalls", "strikers", "occurrences", "turnout", "sentence", "theft",
    "attendance", "participants", "finishers", "risk", "rainfall", "snowfall", "wind_speed", "water_level", "spill",
    "cancellations",
})  # fmt: skip
STORY_SUBJECT = "@story"  # replaced by ``story:<story_id>`` in ``story_keys``
_STORY_PREFIX = STORY_SUBJECT + "|"
STORY_KEY_PREFIX = "story:"  # what a placeholder becomes: ``story:<story_id>|metric|...``
UNNAMED_SUBJECT = "@unnamed"  # any other lexicon metric with no subject; ``unnamed:<story_id>`` in ``story_keys``
_UNNAMED_PREFIX = UNNAMED_SUBJECT + "|"
UNNAMED_KEY_PREFIX = "unnamed:"  # only ever filed under a subject its story names (``clusters``), never by itself
_COMMODITY_UNIT = re.compile(r"_per_(?:barrel|ounce|troy_ounce|tonne|bushel)$")
# Between a figure and its conversion: an opening bracket or a separator inside one, and an approximation word.
_CONVERSION_GAP = re.compile(r"\s*[(\[;:,]\s*(?:about|around|approx(?:imately|\.)?|roughly|some|c\.|or)?\s*")


_MOVE_SUFFIX = re.compile(r"_(?:up|down)$")  # an amount moved by a verb is keyed apart from the level (``extract``)


def claim_key(subject: str | None, metric: str | None, unit: str, period: str | None, forecast: bool,
              fallback: str) -> str:  # fmt: skip
    """``subject|metric|dimension|period|kind``, or ``claim:<fallback>`` for a claim no other article's can
    match (see the module docstring)."""
    base = _MOVE_SUFFIX.sub("", metric) if metric else metric  # "profit_up": a move of the profit
    if not base or not comparable_metric(base, unit):
        return f"claim:{fallback}"
    if not subject:
        unnamed = base.removesuffix("_growth") not in EVENT_METRICS and is_lexicon_metric(base)
        subject = UNNAMED_SUBJECT if unnamed else STORY_SUBJECT
    if period is None and is_market_quote(base, unit):
        return f"claim:{fallback}"
    kind = "forecast" if forecast else "result"
    subject = subject if subject in (STORY_SUBJECT, UNNAMED_SUBJECT) else subject_key(subject)
    return "|".join([subject, metric, dimension_of(unit), period or "-", kind])


# Qualifiers a figure's own clause gives that make it another fact than the same metric without them: the part
# of the world it counts ("600,000 vehicles in the US" is not the "1.2 million worldwide"), the price a premium
# is measured against (the 30-day average is not the last close), the day an undated price was quoted on.
_SCOPE_WORDS = {
    "worldwide": r"worldwide|world-wide|globally|global|(?:around|across) the (?:world|globe)",
    "international": r"international(?:ly)?|overseas|abroad|outside (?:the )?[A-Z][\w.]*",
    "domestic": r"domestic(?:ally)?",
    "lifetime": r"lifetime|all-time|to date|cumulative(?:ly)?|went on to",
}  # fmt: skip
_SCOPES = [(name, re.compile(rf"\b(?:{words})\b")) for name, words in _SCOPE_WORDS.items()]
_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
})  # fmt: skip
# "in the US", "in North America" after the figure and at most two words of its noun, ending its phrase: "$50m
# in Series B funding" names a round, not a place, and "in New York trading" a market (the name ends at a word's
# end: "London trading" is not "Lond" before "on")
_PLACE_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}\s+in\s+(?:the\s+)?((?:[A-Z][A-Za-z.-]*)(?:\s+[A-Z][A-Za-z.-]*){0,2})"
    r"(?![A-Za-z])(?=\s*(?:$|[,;:.)—–-]|(?:and|or|but|over|on|by|from|to|for|since|last|this|after|before|while|with|at|as"
    r"|in|during|alone|against|compared|versus|up|down|because|due|amid|following|under|until|through|including"
    r"|according|which|where|who|that|when|so|than|of|is|are|was|were|has|have|had|will|would)\b))"
)
_BRACKET = re.compile(r"\s*\([^()]{0,30}\)")
_CLAUSE_END = re.compile(r"[,;:.()!?]|\s(?:and|but|while|whereas)\s|\d(?![\d,.]*-(?:day|week|month|year))")
_REFERENCE = re.compile(r"\baverage\b|\bvolume-weighted\b|\bVWAP\b|\b\d+-(?:day|month)\b", re.I)
_REFERENCED_METRICS = frozenset({"premium"})  # a premium or discount is to some price: which one, its clause says
_WINDOW = 60  # characters of a clause read after the figure
_HEAD = 40  # ... and before it ("worldwide vehicle sales rose 8%"; "Global chipmaker X reported revenue of" is further)
_HEAD_END = re.compile(r"[,;:.()!?]\s|\d")  # (a decimal point or a thousands comma is no break)


def key_qualifiers(sentence: str, surface: str, subject: str, metric: str, period: str) -> str:
    """The qualifiers the figure's own clause gives it, "@"-joined ("" for none; see ``_SCOPE_WORDS``): scope
    words in its clause before the figure ("worldwide sales of ...") or after it up to its clause's end, a place after
    its noun ("188,000 in Canada", not the key's own subject: "unemployment in the UK" is the UK's), a premium's
    reference price, and for an undated price the weekday it names ("closed at $37.14 on Tuesday"; a rate "held at
    2% on Thursday" is the same level any day)."""
    at = sentence.find(surface)
    if at < 0:
        return ""
    after = sentence[at + len(surface) : at + len(surface) + _WINDOW]
    bracket = _BRACKET.match(after)  # "$261m (£194m) worldwide": a conversion is no clause end
    after = after[bracket.end() :] if bracket else after
    cut = _CLAUSE_END.search(after, 1)
    tail = after[: cut.start()] if cut else after
    before = sentence[max(0, at - _HEAD) : at]
    head = before[max((m.end() for m in _HEAD_END.finditer(before)), default=0) :]
    found = [name for name, words in _SCOPES if words.search(tail) or _modifies(words.search(head), head)]
    market = _MOVE_SUFFIX.sub("", metric) in MARKET_METRICS
    place = None if market else _PLACE_AFTER.match(after)  # "fell 7.4% to 182.5p in London": the listing, not a part
    if place and not any(c.isdigit() for c in place.group(1)):
        name = normalize_subject(place.group(1).rstrip(".-"))
        if name not in _MONTHS and name not in subject and subject not in name and not name.endswith("'s"):
            found.append(name)
    if metric in _REFERENCED_METRICS and _REFERENCE.search(tail):
        found.append("average")
    day = re.search(rf"\bon {_WEEKDAY}\b|\b{_WEEKDAY}'s close", tail) if (period, metric) == ("-", "price") else None
    if day:
        found.append((day.group(1) or day.group(2)).lower())
    if market:
        session = _market_session(head, after)
        found += [session] if session else []
    return "@".join(found)


# A quote's moment within its trading day: the close ("closed down 4.5%", "at the close", "fell 5.2% to close at
# $187.40") or a time of day ("down 5.8% at 0820 GMT", "in early trading", "in premarket trading", "after hours").
# Quotes of one day at different moments are different facts; a quote that names neither stays unqualified (it may
# be either, so it meets neither).
_CLOSE = re.compile(r"\b(?:closed|closing|close)\b", re.I)
_CLOSE_AFTER = re.compile(r"\s*(?:(?:lower|higher)?\s*at the close|(?:to|and)\s+(?:close|closed|end|ended)\s+at)\b")
_INTRADAY = re.compile(
    r"\b(?:(?:at|by)\s+\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|UTC|ET|EST|EDT)\b|in\s+(?:early|late|"
    r"morning|afternoon|midday|lunchtime)\s+(?:trading|trade|deals)\b|intraday|at\s+one\s+(?:point|stage)"
    r"|pre-?market|after-?hours|after\s+hours|(?:in\s+)?extended\s+trading)",
    re.I,
)
_SESSION_END = re.compile(r"[;!?]|[.,](?!\d)")


def _market_session(head: str, after: str) -> str:
    """``close`` or ``intraday`` for a share quote whose clause says which, else "" (see ``_CLOSE``)."""
    end = _SESSION_END.search(after)
    rest = after[: end.start()] if end else after
    if _CLOSE.search(head) or _CLOSE_AFTER.match(rest):
        return "close"
    return "intraday" if _INTRADAY.search(rest) or _INTRADAY.search(head) else ""


def _modifies(scope: re.Match[str] | None, head: str) -> bool:
    """Whether a scope word before the figure qualifies the figure's own noun ("worldwide sales rose 8%"), not
    a noun it is said of ("the cost of the worldwide recall at ¥68bn": the cost is of the recall)."""
    return scope is not None and " of " not in head[: scope.start()]


def qualified_keys(claims: pd.DataFrame) -> pd.Series:
    """Each claim's key with its qualifiers (``key_qualifiers``) on the metric: "kurata|recalls@us|count|-|result".
    Claims of a ``claim:`` key, or without a sentence to read, keep theirs."""
    keys = claims["claim_key"].astype("string")
    if "sentence" not in claims or len(claims) == 0:
        return keys
    out = keys.tolist()
    rows = zip(claims["sentence"].tolist(), claims["surface"].tolist(), out)
    for i, (sentence, surface, key) in enumerate(rows):
        parts = key.split("|") if isinstance(key, str) else []
        if len(parts) != 5 or "@" in parts[1] or not isinstance(sentence, str) or not isinstance(surface, str):
            continue  # (a key read back from the claims table is qualified already)
        qualifiers = key_qualifiers(sentence, surface, parts[0], parts[1], parts[3])
        if qualifiers:
            out[i] = qualified(key, qualifiers)
    return pd.Series(out, index=claims.index, dtype="string")


def qualified(key: str, qualifiers: str) -> str:
    """``key`` with ``qualifiers`` on its metric ("acme|revenue|USD|-|result" -> "acme|revenue@previous|...")."""
    parts = key.split("|")
    if len(parts) != 5:
        return key
    parts[1] = f"{parts[1]}@{qualifiers}"
    return "|".join(parts)


def story_index(stories: pd.DataFrame) -> pd.Series:
    """``stories`` (article_id, story_id) as a lookup: story id by article id, one per article."""
    return stories.drop_duplicates("article_id").set_index("article_id")["story_id"].astype("string")


def story_keys(claims: pd.DataFrame, stories: pd.DataFrame | None) -> pd.DataFrame:
    """``claims`` with the keys the claims table stores: qualified (``qualified_keys``), and each placeholder
    subject replaced by the claim's story (``story:<story_id>``, ``unnamed:<story_id>``), or by its article
    (``article:<article_id>``, ``unnamed:article:<article_id>``) when ``stories`` (article_id, story_id) does not
    know it: a claim about an unnamed event is only ever compared with its own story's. Returns a copy when it
    changes."""
    if len(claims) == 0:
        return claims
    keys = qualified_keys(claims)
    story = keys.str.startswith(_STORY_PREFIX).fillna(False).astype(bool)
    unnamed = keys.str.startswith(_UNNAMED_PREFIX).fillna(False).astype(bool)
    placeholder = story | unnamed
    if not placeholder.any() and keys.equals(claims["claim_key"].astype("string")):
        return claims
    articles = claims.loc[placeholder, "article_id"].astype("string")
    known = stories is not None and len(stories) > 0
    story_id = articles.map(story_index(stories)) if known else pd.Series(pd.NA, index=articles.index, dtype="string")
    article = "article:" + articles
    story_owner = (STORY_KEY_PREFIX + story_id).fillna(article)
    owner = story_owner.where(story[placeholder], UNNAMED_KEY_PREFIX + story_id.fillna(article))
    out = claims.copy()
    out["claim_key"] = keys.astype(object).to_numpy()
    out.loc[placeholder, "claim_key"] = owner + "|" + keys[placeholder].str.split("|", n=1).str[1]
    return out


# Words that make a name of three or more capitalised words an institution's, which writers also abbreviate
INSTITUTION_WORDS = frozenset({
    "office", "commission", "agency", "organization", "organisation", "association", "authority", "council",
    "department", "ministry", "bureau", "institute", "federation", "union", "board", "service", "committee",
    "administration", "fund", "bank", "corporation", "foundation", "society", "statistics", "reserve",
})  # fmt: skip
_JOINERS = frozenset({"of", "for", "the", "and", "&", "on", "de"})


@lru_cache(maxsize=1024)
def subject_key(subject: str) -> str:
    """The subject as keys spell it: ``normalize_subject``, and an institution named in three or more capitalised
    words by its initials, as other articles abbreviate it ("Office for National Statistics" and "ONS" -> "ons",
    "World Health Organization" and "WHO" -> "who"). Cached: an article's claims and their re-keying name the same
    few subjects again and again."""
    words = [w for w in subject.split() if w.lower() not in _JOINERS]
    if len(words) >= 3 and all(w[:1].isupper() for w in words) and any(w.lower() in INSTITUTION_WORDS for w in words):
        return _unaccented("".join(w[0] for w in words).lower())
    return _unaccented(normalize_subject(subject))


def _unaccented(key: str) -> str:
    """Without diacritics: wires drop them ("Valcarcel"), other outlets keep them ("Valcárcel")."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def comparable_metric(metric: str, unit: str) -> bool:
    """Whether a metric names one fact of its subject (not a dimension, nor a part of something unsaid)."""
    if metric in UNCLUSTERED_METRICS or metric in PART_METRICS:
        return False
    return not (metric == "population" and dimension_of(unit) in ("percent", "fraction"))


def is_market_quote(metric: str | None, unit: str) -> bool:
    """A share price or move, or a commodity's price: a figure of one trading day."""
    return metric in MARKET_METRICS or (metric == "price" and _COMMODITY_UNIT.search(unit) is not None)


def market_day(published_at: pd.Timestamp | None) -> str | None:
    """The period of an undated market quote: the day the article was published (UTC), if known."""
    if published_at is None or pd.isna(published_at):
        return None
    return f"{pd.Timestamp(published_at):%Y-%m-%d}"


_TEMPERATURES = frozenset({"degree_celsius", "degree_fahrenheit", "kelvin"})


def _convertible(a: str, b: str) -> bool:
    """Two units one amount can be written in: two currencies, two temperature scales, or two units of one
    physical dimension ("53 km (33 miles)"); counts, rates and shares are no such units."""
    if a == b:
        return False
    if is_currency(a) or is_currency(b):
        return is_currency(a) and is_currency(b)
    if a in _TEMPERATURES or b in _TEMPERATURES:
        return a in _TEMPERATURES and b in _TEMPERATURES
    dimension = dimension_of(a)
    return dimension == dimension_of(b) and dimension not in (a, b)  # (a unit with no dimension is its own)


def is_conversion(text: str, before: Quantity | None, q: Quantity) -> bool:
    """Whether ``q`` converts the figure just before it into another currency or unit: "$27bn (£14bn)", "40m
    rupees ($915,000; £486,000)", "$250 (about £132)", "about 53 km (33 miles)", "44.8C (112.6F)"."""
    if before is None or not _convertible(before.unit, q.unit):
        return False
    if not 0 <= q.start - before.end <= 16:
        return False
    gap = text[before.end : q.start]
    return _CONVERSION_GAP.fullmatch(gap) is not None and ("(" in gap or "[" in gap or _inside_brackets(text, q.start))


def _inside_brackets(text: str, at: int) -> bool:
    """Whether ``at`` is inside a bracket opened on the same sentence (the second of two conversions)."""
    opened = text.rfind("(", max(0, at - 60), at)
    return opened >= 0 and text.find(")", opened, at) < 0
