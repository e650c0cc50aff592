"""The period a claim is about, anchored on the article's publication date.

"Second-quarter revenue" in an article of July 2025 is 2025-Q2; "last year" is the year before publication.
Clusters only compare claims of one period, so a period is a key ingredient, and None is better than a guess.

Without a publication date a named quarter or half is still kept, with its year unknown: "Q2" or "H1" (no
year prefix). Such a period never equals a dated one ("Q2" is not "2025-Q2"), so clusters keep them apart
rather than guess the year; relative periods ("last year") stay None.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import pandas as pd

from pipeline.claims.screens import lowered, may_contain, trie_pattern, word_screen

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_QUARTER = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter"
    r"|(?:fiscal\s+)?Q(?P<q>[1-4]))\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:FY)?(?P<year>" + _YEAR + r"))?",
    re.I,
)
# Quarters written out: "the last three months of 2004" (Q4), "the first three months of the year" (Q1), "the final
# quarter of 2004" (Q4; "last quarter" alone is relative, see _RELATIVE), "the three months to September" (the
# quarter that month ends; other months end no calendar quarter).
_QUARTER_SPELLED = re.compile(
    r"\b(?:(?P<edge>first|opening|last|final|closing)\s+(?:three\s+months|quarter)\s+of\s+(?:the\s+year|(?P<year>"
    + _YEAR
    + r")|(?P<which>this|next|last)\s+year)|final\s+quarter"
    r"|three\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?P<month>March|June|September|December)"
    r"(?:\s+(?P<month_year>" + _YEAR + r"))?)\b",
    re.I,
)
_HALF = re.compile(
    r"\b(?P<ord>first|second)[- ]half\b(?:\s+(?:of\s+)?(?P<year>" + _YEAR + r"))?|\bH(?P<h>[12])\b", re.I
)
_EXPLICIT_YEAR = re.compile(
    # not "since": "lost since 1997" is a span that starts then, not the period of the figure
    # nor "until": "signed until 2031 on wages of £310,000 a week" ends a span, it does not date the figure
    r"\b(?P<prep>in|by|during|for|through|throughout|of|fiscal|FY|end\s+of)\s+(?:the\s+)?"
    r"(?:(?:fiscal\s+)?year\s+)?(?:FY)?(?P<year>" + _YEAR + r")\b(?!\s+(?:report|study|survey|poll|analysis))",
    re.I,
)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
# A month with its year ("In January 2004", "in May 2002") -> "2004-01"; not the start of a span ("since
# January 2004", "between November 2003 and ...", "from May 2002").
_MONTH_YEAR = re.compile(
    r"(?<!since )(?<!between )(?<!from )\b(?P<month>"
    + "|".join(m.capitalize() for m in _MONTHS)
    + r")\s+(?:of\s+)?(?P<year>"
    + _YEAR
    + r")\b"
)
# A month without its year ("rose 0.8% in January"): the latest such month by the publication date
# ("in the year to October": an annual rate read in that month)
_MONTH_ALONE = re.compile(
    r"\b(?:in|during|throughout|for|(?:year|12\s+months|twelve\s+months)\s+to)\s+(?:the\s+month\s+of\s+)?(?P<month>"
    + "|".join(m.capitalize() for m in _MONTHS)
    + r")\b(?!\s*\d)"
)
# "the first nine months": the months of a year so far, "2026-9M" (three and six are a quarter and a half); without
# a year named, the latest year whose first N months have passed by the publication date
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11}  # fmt: skip
# (not a span counted from something else: "for the first six months after the birth", "her first nine months as
# minister", "a baby's first six months")
_FIRST_MONTHS = re.compile(
    rf"(?<!['’]s\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\b(?:first|opening)\s+(?P<n>{'|'.join(_NUMBER_WORDS)}"
    rf"|[2-9]|1[01])\s+months\b(?:\s+of\s+(?:the\s+year|(?P<year>{_YEAR})|(?P<which>this|last)\s+year)\b"
    r"|(?!\s+(?:after|of|since|following|from|before|as|at|in\s+(?:office|charge|power|post|the\s+job))\b))",
    re.I,
)
_YEAR_DIGITS = re.compile(_YEAR)  # in every match of the year patterns: a screen found at C speed
_RELATIVE = re.compile(
    r"\b(?P<which>last|this|next|previous|past|current|coming)\s+(?P<what>year|quarter|month)\b"
    r"|\b(?P<ago>a\s+year\s+(?:ago|earlier))\b",
    re.I,
)

# Words one of which every match of the pattern above holds (lower-cased): screens, see ``screens.py``.
_QUARTER_WORDS = word_screen(["quarter", "q1", "q2", "q3", "q4", "months"])
_HALF_WORDS = word_screen(["half", "h1", "h2"])
_RELATIVE_WORDS = word_screen(["year", "quarter", "month"])
# (as a trie: for a dozen words, one branch per first character is searched faster than an alternation)
_ANY_PERIOD = re.compile(
    trie_pattern(["quarter", "q1", "q2", "q3", "q4", "half", "h1", "h2", "year", "month", "19", "20", *_MONTHS])
)


def _quarter_of(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def find_period(sentence: str, published_at: pd.Timestamp | None, forecast: bool = False) -> str | None:
    """'2025-Q2', '2025-H1', '2024', '2025-07', 'Q2' (year unknown) or None, from the sentence and the date."""
    if published_at is None or type(published_at) is pd.Timestamp:  # the common cases, without pandas calls
        pub = published_at
    else:
        pub = None if pd.isna(published_at) else pd.Timestamp(published_at)
    lower = lowered(sentence)
    if lower is not None and not _ANY_PERIOD.search(lower):
        return None  # most sentences: no pattern below can match
    if "(" in sentence and ":" in sentence:
        sentence = _without_comparatives(sentence)
    # every pattern's year starts so (ASCII digits); "$20 million" and "2,000" are no years, so look closer
    years = ("19" in sentence or "20" in sentence) and _YEAR_DIGITS.search(sentence) is not None
    if lower is None or "months" in lower:
        months = _first_months(sentence, pub)
        if months:
            return months
    quarter = _quarter(sentence, pub) if may_contain(lower, _QUARTER_WORDS) else None
    if quarter:
        q, named_year = quarter
        if named_year:
            return f"{named_year}-Q{q}"
        year = _explicit_year(sentence)
        if year:
            return f"{year}-Q{q}"
        if pub is None:
            return f"Q{q}"  # the year is unknown, the quarter is not
        current = _quarter_of(pub)
        if forecast:
            return f"{pub.year if q >= current else pub.year + 1}-Q{q}"
        # a reported quarter has ended: the latest quarter q that is not the one still running
        return f"{pub.year if q < current else pub.year - 1}-Q{q}"
    m = _HALF.search(sentence) if may_contain(lower, _HALF_WORDS) else None
    if m and not (m.group("h") or m.group("year") or _HALF_OF_A_YEAR.search(sentence)):
        m = None  # "covered the second half in 62:11": a half of a race or a match, no half-year
    if m:
        h = 1 if (m.group("ord") or "").lower() == "first" or m.group("h") == "1" else 2
        year = m.group("year") or _explicit_year(sentence)
        if year:
            return f"{year}-H{h}"
        if pub is None:
            return f"H{h}"
        running = 1 if pub.month <= 6 else 2
        if forecast:
            return f"{pub.year if h >= running else pub.year + 1}-H{h}"
        return f"{pub.year if h < running else pub.year - 1}-H{h}"
    m = _own_date(_MONTH_YEAR, sentence) if years else None
    if m:
        return f"{m.group('year')}-{_MONTHS.index(m.group('month').lower()) + 1:02d}"
    year = _explicit_year(sentence) if years else None
    if year:
        return year
    m = _own_month(sentence) if pub is not None else None
    if m and pub is not None:
        month = _MONTHS.index(m.group("month").lower()) + 1
        if forecast:
            return f"{pub.year if month >= pub.month else pub.year + 1}-{month:02d}"
        return f"{pub.year if month <= pub.month else pub.year - 1}-{month:02d}"
    m = _own_relative(sentence) if pub is not None and may_contain(lower, _RELATIVE_WORDS) else None
    if m and pub is not None:
        if m.group("ago"):
            return None  # the comparison base, not the claim's own period
        which, what = m.group("which").lower(), m.group("what").lower()
        if which == "past":
            return None  # "cited 47 times over the past year": the twelve months to now, no calendar year
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
        if what == "year":
            return str(pub.year + step)
        if what == "quarter":
            index = pub.year * 4 + _quarter_of(pub) - 1 + step
            return f"{index // 4}-Q{index % 4 + 1}"
        index = pub.year * 12 + pub.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}"
    return None


# "up 8 per cent on last year", "compared with last year": the base a change is measured against, not the period
# of the figure ("4% higher than last month" still reads the month named as the figure's; "from last year's 3.1%"
# is last year's own figure, so "from" counts only without the possessive)
_BASE_BEFORE = re.compile(
    r"\b(?:on|over|versus|vs\.?|against|compared\s+(?:with|to)|from(?=\s+\w+\s+\w+\b(?![’']s)))\s+"
    r"(?:the\s+same\s+(?:period|quarter|month|week|time)\s+)?$",  # "a 23% rise on the same period last year"
    re.I,
)


# The earlier period's figure in brackets, as accounts and results tables give it: "Revenue £5.2m (2024: £4.8m)",
# "Deliveries: 118,400 (Q3 2025: 96,300)". Its period dates the figure inside only.
_COMPARATIVE = re.compile(r"\([^():]{1,30}:\s*[^():]*\d[^():]*\)")


def _without_comparatives(sentence: str) -> str:
    """``sentence`` with its comparative brackets blanked, unless it is one (the bracketed figure's own clause)."""
    return _COMPARATIVE.sub(lambda m: " " * len(m.group(0)), sentence) if sentence.strip()[:1] != "(" else sentence


def _own_relative(sentence: str) -> re.Match | None:
    """The first relative period of the sentence that is not a comparison base."""
    for m in _RELATIVE.finditer(sentence):
        if m.group("ago"):
            return m
        if not (_BASE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) or _after_base_figure(sentence, m)):
            return m
    return None


# A bare "first half" or "second half" is a half-year only beside a word of the calendar, of accounts or of money:
# "sales in the first half", "first-half profit of $3m"; "ran the second half in 62:11" halves a race or a match
_HALF_OF_A_YEAR = re.compile(
    r"\b(?:year|fiscal|financial|sales|revenues?|profits?|earnings|results|turnover|loss(?:es)?|margins?|output|"
    r"growth|economy|gdp|deliveries|orders|shipments|dividends?|income|ebitda|spending|prices|inflation|"
    r"unemployment|demand|bookings|trading|per\s*cent|percent|million|billion|bn)\b|[$£€¥₹%]",
    re.I,
)


def _first_months(sentence: str, pub: pd.Timestamp | None) -> str | None:
    """The period of "the first N months" (``_FIRST_MONTHS``), else None."""
    m = _FIRST_MONTHS.search(sentence)
    if m is None:
        return None
    n = m.group("n").lower()
    months = _NUMBER_WORDS.get(n) or int(n)
    year = m.group("year") or _relative_year(m.group("which"), pub)
    if year is None and pub is not None:
        year = str(pub.year if pub.month > months else pub.year - 1)
    part = {3: "Q1", 6: "H1"}.get(months, f"{months}M")
    return f"{year}-{part}" if year else (part if months in (3, 6) else None)


# The figure a move is measured from, and its words: "climbed to 41.3 from 39.8 in 2021", "higher than 2.1% in
# March": the date after it is that figure's, not the headline figure's ("more than 4,000 last year" is a bound)
_BASE_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:up|down|higher|lower|ris(?:e|es|en|ing)|rose|f(?:all|alls|ell|allen|alling)|climbed|dropped|increased|"
    r"decreased|grew|jumped|slipped|eased)\s+from|\bto\s+[^,;:()]{1,40}?\s+from|(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan|\bvs\.?|\bversus|"
    r"\bcompared\s+(?:with|to))\s+(?:(?:about|around|roughly|nearly|almost|some|just|the|a|an)\s+)*"
    r"[A-Z]{0,3}[$£€¥₹]?\d[\d,.]*(?:\s*(?:%|[a-z]+)){0,2}\s+$",
    re.I,
)


def _own_month(sentence: str) -> re.Match | None:
    """The first month without its year (``_MONTH_ALONE``) that does not date a comparison base."""
    return next((m for m in _MONTH_ALONE.finditer(sentence) if not _after_base_figure(sentence, m)), None)


def _after_base_figure(sentence: str, m: re.Match) -> bool:
    """Whether the period matched at ``m`` follows the figure a move is measured from (``_BASE_FIGURE_BEFORE``)."""
    return _BASE_FIGURE_BEFORE.search(sentence, max(0, m.start() - 80), m.start()) is not None


def _quarter(sentence: str, pub: pd.Timestamp | None = None) -> tuple[int, str | None] | None:
    """The quarter a sentence names (1-4) and the year written with it, if any."""
    m = _QUARTER.search(sentence)
    if m:
        return (_ORD[m.group("ord").lower()] if m.group("ord") else int(m.group("q"))), m.group("year")
    m = _QUARTER_SPELLED.search(sentence)
    if m is None:
        return None
    if m.group("month"):
        return (_MONTHS.index(m.group("month").lower()) + 1) // 3, m.group("month_year")
    edge = (m.group("edge") or "final").lower()
    return (1 if edge in ("first", "opening") else 4), m.group("year") or _relative_year(m.group("which"), pub)


def _relative_year(which: str | None, pub: pd.Timestamp | None) -> str | None:
    """The year "this year", "next year" or "last year" names, by the publication date ("the final quarter of next
    year" in a 2025 article is 2026-Q4)."""
    if which is None or pub is None:
        return None
    return str(pub.year + {"next": 1, "last": -1}.get(which.lower(), 0))


def _explicit_year(sentence: str) -> str | None:
    m = _own_date(_EXPLICIT_YEAR, sentence) or _own_date(_MODIFIER_YEAR, sentence)
    return m.group("year") if m else None


# A year modifying the measured noun after an owner or determiner: "Belgium's 2025 budget deficit came in at 4.8%",
# "its 2024 revenue" (not a document's year: "the 2023 report found")
_MODIFIER_YEAR = re.compile(
    r"(?:['’]s|\b(?:[Tt]he|[Ii]ts|[Tt]heir))\s+(?P<year>" + _YEAR + r")\s+"
    r"(?!(?:report|study|survey|poll|analysis|review|paper|census)\b)[a-z]"
)


# A date that says when another figure was set, not this one's: "30cm below the record set in February 2020", "a
# level last seen in 2008"
_OTHER_FIGURE_SET = re.compile(
    r"\b(?:record|high|low|peak|level|mark)s?\s+(?:last\s+|first\s+)?(?:set|seen|reached|recorded|hit|posted)\s+(?:in\s+)?$",
    re.I,
)
# "compared with NOK 2.31bn in the same quarter of 2025": a quarter of that year (which one the clause does not
# say), not the year
_SAME_SPAN_BEFORE = re.compile(r"\bsame\s+(?:quarter|half|period|month|week)\s+$", re.I)


def _own_date(pattern: re.Pattern, sentence: str) -> re.Match | None:
    """The first match of ``pattern`` that dates the figure: not another figure's date (``_OTHER_FIGURE_SET``) nor
    the year of an unnamed part of it (``_SAME_SPAN_BEFORE``)."""
    for m in pattern.finditer(sentence):
        before = max(0, m.start() - 30)
        other = _OTHER_FIGURE_SET.search(sentence, before, m.start())
        if not (other or _SAME_SPAN_BEFORE.search(sentence, before, m.start()) or _after_base_figure(sentence, m)):
            return m
    return None


_REPORTING_WORDS = word_screen(["quarter", "q1", "q2", "q3", "q4", "half", "h1", "h2", "months"])


def reporting_period(sentence: str, published_at: pd.Timestamp | None) -> str | None:
    """``find_period`` when it is a quarter or half, else None, without reading most sentences at all.

    Only a quarter (named or "last quarter") or a half is a reporting period, and each needs one of these words;
    the claims step asks this of every sentence of an article, most of which name no period.
    """
    if not may_contain(lowered(sentence), _REPORTING_WORDS):
        return None
    period = find_period(sentence, published_at)
    return period if is_reporting_period(period) else None


def sentence_reporting_periods(
    text: str, spans: list[tuple[int, int]], published_at: pd.Timestamp | None
) -> list[str | None]:  # fmt: skip
    """``[reporting_period(text[a:b], published_at) for a, b in spans]``, lowering and searching the text once.

    ``spans`` are sentence spans (sorted, disjoint, separated by spaces), so a screen word lies in a sentence iff
    one found in the whole lowered text (same offsets) starts and ends inside its span: only those sentences are
    read; the others have no reporting period. A text ``lowered`` cannot screen is read sentence by sentence.
    """
    lower = lowered(text)
    if lower is None:
        return [reporting_period(text[a:b], published_at) for a, b in spans]
    hits = [(m.start(), m.end()) for m in _REPORTING_WORDS.finditer(lower)]
    if not hits:
        return [None] * len(spans)  # most articles: no quarter or half anywhere
    periods: list[str | None] = []
    for a, b in spans:
        i = bisect_left(hits, (a, -1))
        inside = i < len(hits) and hits[i][1] <= b
        periods.append(reporting_period(text[a:b], published_at) if inside else None)
    return periods


def may_name_reporting_period(text: str) -> bool:
    """Whether any sentence of ``text`` can hold a reporting period (a screen for a whole article)."""
    return may_contain(lowered(text), _REPORTING_WORDS)


def is_reporting_period(period: str | None) -> bool:
    """A quarter or half, dated or not: the periods an earnings story reports on and carries across sentences."""
    return bool(period) and bool(_REPORTING.search(period))


_REPORTING = re.compile(r"(?:^|-)[QH][1-4]$")


@lru_cache(maxsize=256)
def has_relative_period(sentence: str) -> bool:
    """Whether the sentence dates itself relatively ("last year", "in January", "on the day") or names the whole
    year: then no other sentence's period applies.

    "A year ago" names the comparison base, not the claim's own period, so it does not count. Cached: each
    claim of a sentence asks in turn.
    """
    lower = lowered(sentence)
    if may_contain(lower, _RELATIVE_WORDS) and (
        any(m.group("which") for m in _RELATIVE.finditer(sentence)) or _WHOLE_YEAR.search(sentence) is not None
    ):
        return True
    if may_contain(lower, _DAY_WORDS) and _ON_THE_DAY.search(sentence) is not None:
        return True
    return may_contain(lower, _MONTH_WORDS) and _MONTH_ALONE.search(sentence) is not None  # even with no date


def has_undatable_period(sentence: str) -> bool:
    """Whether the sentence dates a figure by something a publication date does not resolve: "for the full
    year" (which year?) or "on the day" (a day's move). "Last year" or "in January" resolve with a date, so in
    a dated article they give their own figure a period and say nothing of the sentence's other figures."""
    lower = lowered(sentence)
    return (may_contain(lower, _RELATIVE_WORDS) and _WHOLE_YEAR.search(sentence) is not None) or (
        may_contain(lower, _DAY_WORDS) and _ON_THE_DAY.search(sentence) is not None
    )


# "GDP rose 2.3% for the full year" in a story about the fourth quarter: the year's figure, not the quarter's
_WHOLE_YEAR = re.compile(r"\b(?:full|whole)[- ]year\b", re.I)
# "the euro was up 0.9% on the day": the day's move, not the quarter's
_ON_THE_DAY = re.compile(r"\bon the day\b", re.I)
_DAY_WORDS = word_screen(["on the day"])
_MONTH_WORDS = word_screen(_MONTHS)
