"""The metric lexicon: canonical predicates and the words news writers use for them.

Two articles that say "sales" and "revenue", or "year-over-year" and "year-on-year", make the same claim;
mapping their words to one canonical metric is what lets clusters compare them. Add a synonym here, not in
the extractor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.screens import lowered, matches_at, trie_pattern

# canonical metric -> synonyms (regular expressions, matched case-insensitively on word boundaries)
LEXICON: dict[str, list[str]] = {
    "revenue": [r"revenues?", r"net sales", r"sales", r"turnover", r"top[- ]line", r"takings", r"billings"],
    "profit": [r"net income", r"net profits?", r"profits?", r"earnings", r"bottom[- ]line", r"net earnings"],
    "operating_profit": [r"operating (?:profit|income)", r"ebitda", r"ebit", r"operating margin"],
    "eps": [r"earnings per share", r"eps"],
    "loss": [r"net loss(?:es)?", r"losses", r"loss"],
    "growth": [r"growth", r"year[- ]over[- ]year", r"year[- ]on[- ]year", r"yoy", r"y/y", r"annual increase"],
    "subscribers": [r"subscribers?", r"subscriptions?", r"paid memberships?", r"paying members"],
    "users": [r"monthly active users", r"daily active users", r"active users", r"users", r"maus?", r"daus?"],
    "customers": [r"customers?", r"clients?", r"households"],
    "views": [r"viewing hours", r"hours viewed", r"views", r"streams", r"hours watched", r"watch time", r"viewers",
              r"viewership", r"audience"],
    "jobs": [r"jobs?", r"workers", r"employees", r"positions", r"staff", r"headcount", r"workforce", r"roles"],
    "job_cuts": [r"layoffs?", r"lay off", r"laid off", r"job cuts", r"redundancies", r"job losses"],
    "speed_up": [r"times faster", r"faster", r"speed[- ]?up", r"quicker", r"more quickly"],
    "market_share": [r"market share", r"share of the market", r"stake"],
    "share": [r"share of", r"accounted for", r"proportion", r"portion", r"fraction"],
    "price": [r"share price", r"stock price", r"prices?", r"priced at", r"costs?", r"fees?", r"fares?",
              r"tickets?", r"per share", r"a barrel", r"per barrel", r"an ounce", r"msrp"],
    "valuation": [r"valuation", r"valued at", r"market (?:cap|capitali[sz]ation|value)", r"worth"],
    "funding": [r"funding", r"raised", r"investment", r"invested", r"financing", r"capital raise"],
    "deal_value": [r"deal", r"acquisition", r"takeover", r"buyout", r"merger", r"acquire", r"bought"],
    "spending": [r"spending", r"spent", r"spend", r"capex", r"capital expenditures?", r"budget"],
    "debt": [r"debt", r"borrowing", r"deficit", r"liabilities"],
    "fine": [r"fined?", r"penalty", r"penalties", r"settlement", r"damages"],
    "salary": [r"salary", r"salaries", r"pay", r"wages?", r"compensation", r"bonus(?:es)?", r"pay package"],
    "deaths": [r"deaths?", r"died", r"killed", r"fatalities", r"dead", r"death toll"],
    "cases": [r"cases", r"infections", r"infected"],
    "inflation": [r"inflation", r"consumer prices", r"cpi"],
    "unemployment": [r"unemployment(?: rate)?", r"jobless(?: rate)?"],
    "interest_rate": [r"interest rates?", r"bank rate", r"base rate", r"yield", r"mortgage rates?"],
    "gdp": [r"gdp", r"gross domestic product", r"economy"],
    "population": [r"population", r"residents", r"inhabitants", r"people live"],
    "emissions": [r"emissions", r"co2", r"carbon dioxide", r"greenhouse gas(?:es)?"],
    "exports": [r"exports?"],
    "imports": [r"imports?"],
    "tax": [r"tax(?:es)?", r"tariffs?", r"duty", r"duties", r"levy"],
    "shares": [r"shares", r"stock"],
    "votes": [r"votes", r"voters", r"turnout"],
    "downloads": [r"downloads?", r"installs"],
    "units_sold": [r"units", r"deliveries", r"delivered", r"shipments", r"shipped", r"vehicles sold"],
    "speed": [r"speed", r"top speed", r"winds"],
    "distance": [r"distance", r"range"],
    "temperature": [r"temperatures?", r"warming"],
}  # fmt: skip

_PATTERNS: list[tuple[str, re.Pattern]] = [
    (metric, re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.I)) for metric, words in LEXICON.items()
]
# ``[;:]|,\s|\s(?:and|but|while|whereas)\s`` starting with a character class (see ``subjects._CLAUSE_BREAK``)
_CLAUSE_BREAK = re.compile(r"[;:,\s](?:(?<=[;:])|(?<=,)\s|(?<=\s)(?:and|but|while|whereas)\s)")
_RATE_UNITS = ("percent", "percentage_point", "basis_point")
MAX_COST = 120  # characters (a clause break counts 80): beyond this a metric word is about something else


def _literal_head(word: str) -> str:
    """The literal text every match of a synonym starts with ("revenue" for ``revenues?``), lower-cased."""
    head = ""
    for i, ch in enumerate(word):
        if ch in "\\[](){}|.*+?^$":
            break
        if word[i + 1 : i + 2] in ("?", "*", "{"):
            break  # an optional last character is not required
        head += ch
    return head.lower()


_HEAD_OF: dict[str, set[str]] = {}  # literal head -> the metrics with a synonym starting so
for _metric, _words in LEXICON.items():
    for _word in _words:
        _HEAD_OF.setdefault(_literal_head(_word), set()).add(_metric)
_UNSCREENED = frozenset(_HEAD_OF.pop("", set()))  # a synonym without a literal head: its metric always runs
# The longest head found at a position stands for the heads that are its prefixes, found there too.
_METRICS_AT: dict[str, frozenset[str]] = {
    head: frozenset(m for other, metrics in _HEAD_OF.items() if head.startswith(other) for m in metrics)
    for head in _HEAD_OF
}
# Every head at every position (a lookahead, so heads inside other heads are found), in one pass over the
# lowered sentence: running ~40 case-insensitive patterns on every sentence was the cost of this step.
_ANY_HEAD = re.compile("(?=(" + trie_pattern(_HEAD_OF) + "))")


def _head_starts(sentence: str) -> dict[str, list[int]] | None:
    """Where a match of each metric's pattern can start: the offsets of its heads in the lowered sentence.

    None when the sentence cannot be screened (every pattern runs everywhere). The metrics of ``_UNSCREENED`` are
    left out: their patterns run over the whole sentence.
    """
    sentence_lower = lowered(sentence)
    if sentence_lower is None:
        return None
    starts: dict[str, list[int]] = {}
    for m in _ANY_HEAD.finditer(sentence_lower):
        for metric in _METRICS_AT[m.group(1)]:
            starts.setdefault(metric, []).append(m.start())
    return starts


def metric_mentions(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, metric) for every lexicon word in the sentence, longest match first at a position."""
    return list(_mentions(sentence))


@lru_cache(maxsize=1024)
def _mentions(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Cached per sentence: every claim of a sentence asks for the same mentions."""
    found: list[tuple[int, int, str]] = []
    heads = _head_starts(sentence)
    for metric, pattern in _PATTERNS:
        if heads is None or metric in _UNSCREENED:
            matches = pattern.finditer(sentence)
        elif metric in heads:  # tried only where one of its heads starts, not at every character
            matches = matches_at(pattern, heads[metric], sentence)
        else:
            continue
        found.extend((m.start(), m.end(), metric) for m in matches)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    reach = -1  # found is sorted by start, so a mention overlaps a kept one iff it starts before their last end
    for f in found:
        if f[0] >= reach:
            kept.append(f)
            reach = max(reach, f[1])
    return tuple(kept)


@lru_cache(maxsize=4096)
def _noun_metric(noun: str) -> str | None:
    """The first metric whose synonyms spell the counted noun exactly, cached: nouns repeat across claims."""
    return next((metric for metric, pattern in _PATTERNS if pattern.fullmatch(noun)), None)


def find_metric(sentence: str, start: int, end: int, unit: str, change: str, noun: str | None = None) -> str | None:
    """The canonical metric of the quantity at [start, end) of ``sentence``.

    The nearest lexicon word wins, with words in the same clause preferred; a percentage that rises or falls
    is the growth of its metric ("sales jumped 9%" -> ``revenue_growth``), so it never meets a level.
    """
    mentions = metric_mentions(sentence)
    if noun:
        metric = _noun_metric(noun)
        if metric is not None:
            mentions.append((end, end + len(noun), metric))
    if not mentions:
        return "growth" if unit in _RATE_UNITS and change in ("up", "down") else None

    def cost(m: tuple[int, int, str]) -> float:
        if m[1] <= start:
            gap, distance = sentence[m[1] : start], start - m[1]
        else:
            gap, distance = sentence[end : m[0]], max(0, m[0] - end)
        breaks = len(_CLAUSE_BREAK.findall(gap))
        return distance + 80 * breaks + (0 if m[1] <= start else 5)

    costs = {m: cost(m) for m in mentions}  # each mention's cost once, not once to sort and once to filter
    ranked = [m for m in sorted(mentions, key=costs.__getitem__) if costs[m] <= MAX_COST]
    if not ranked:
        return "growth" if unit in _RATE_UNITS and change in ("up", "down") else None
    best = ranked[0][2]
    if best == "growth":
        base = next((m[2] for m in ranked if m[2] not in ("growth", "share")), None)
        return f"{base}_growth" if base and unit in _RATE_UNITS else "growth"
    if unit in _RATE_UNITS and best not in (
        "share",
        "market_share",
        "interest_rate",
        "inflation",
        "unemployment",
        "tax",
        "votes",
    ):
        growth_word = any(m[2] == "growth" for m in mentions)
        if change in ("up", "down") or growth_word:
            return f"{best}_growth"
    return best


def counted_noun_metric(noun: str | None, unit: str) -> str | None:
    """For a plain count outside the lexicon, the counted noun itself ("300,000 homes" -> ``homes``).

    Two articles counting the same noun about the same subject can still be compared; a count without a noun
    has no metric.
    """
    if not (unit == "count" or unit.startswith("count_per_")) or not noun or len(noun) < 3:
        return None
    return noun.lower()
