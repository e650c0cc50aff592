"""Quantities that belong together: ranges, shares of a whole, and units given once for two numbers.

"5-7%", "between $62 and $68 per share", "one in five adults" and "from 21 mpg to 23" are single claims or
share one unit; a score ("won 5-4") and a change followed by its new level ("rose 8% to $3.65") are not ranges.
"""

from __future__ import annotations

import re

from pipeline.claims import numbers as num
from pipeline.claims import units as un
from pipeline.claims.context import CHANGE_BEFORE
from pipeline.claims.filters import AGED_BEFORE, is_day_of_month, looks_like_year
from pipeline.claims.quantity import Quantity


def join_ranges(atoms: list[Quantity], text: str) -> list[Quantity]:
    """'5-7%', '5 to 7 million', 'between $62 and $68': one quantity with a low and a high."""
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None:
            joined = _try_range(a, b, text) or _try_ratio(a, b, text)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            if _is_score(a, b, text):
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# Compiled once: every pair of neighbouring numbers is tried as a range.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+ages\s+of\s+)?$", re.I)
_BETWEEN_WORD_BEFORE = re.compile(r"between\s+(?:the\s+ages\s+of\s+)?$", re.I)
_BETWEEN_GAP = re.compile(r"\s*(?:and|-|–|to)\s*")
_OR_GAP = re.compile(r"\s+or\s+")
_RANGE_GAP = re.compile(r"\s*(?:to-?|–|—|-)\s*|-|-to-|-\s+to\s+")  # "a 10- to 15-minute walk"
# a dash with a space on either side: "$68.50 a share — $52 in cash", "3.1% – 2.9% in the north"
_SPACED_DASH = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+")
_BY_BEFORE = re.compile(r"\bby\s+$")
_RATIO_GAP = re.compile(r"\s+(?:(?:times\s+)?out\s+of|in)\s+(?:every\s+)?")  # "nine times out of ten"
_TALLY_GAP = re.compile(r"\s+(?:votes?\s+)?to\s+")  # "passed 62 to 38", "by 297 votes to 203"


def _try_range(a: Quantity, b: Quantity, text: str) -> Quantity | None:
    gap = text[a.end : b.start]
    if a.unit == "foot" and gap in ("-", " ") and not b.unit_given and b.scale == 1.0 and b.value < 12:
        b.unit, b.unit_given = "inch", True  # "the 6-foot-4 forward": six feet and four inches, not a range
        return None
    if a.currency_given and gap in ("-", "–") and a.scale == 1.0 and a.value_low is None:
        _share_money_scale(a, b, text)
    before = text[max(0, a.start - 40) : a.start]
    # (a substring test first: ``_BETWEEN_BEFORE`` tries every position of ``before``, and most have no "between")
    between = "between" in before.lower() and _BETWEEN_BEFORE.search(before) is not None
    if between:
        ok = _BETWEEN_GAP.fullmatch(gap)
    elif _OR_GAP.fullmatch(gap):
        ok = not a.unit_given and a.value <= 100 and b.value <= 100 and a.words == b.words  # "three or four"
    else:
        ok = _RANGE_GAP.fullmatch(gap)  # "a 10- to 15-minute walk"
    if not ok or a.extras.get("vague") or b.extras.get("vague"):
        return None
    if a.words != b.words and not between and "to" not in gap:
        return None  # "on November 3—nine days before": a dash between digits and words is punctuation
    if _SPACED_DASH.fullmatch(gap) and ("—" in gap or a.value > b.value):
        return None  # "$68.50 a share — $52 in cash": a spaced dash opens an aside; a range is written rising
    if looks_like_year(a, text) != looks_like_year(b, text):  # "in 2008 to 29 mpg"; a range of years is kept
        return None
    if is_day_of_month(b, text):
        if not a.unit_given and a.scale == 1.0 and not a.words and a.value == int(a.value) and 1 <= a.value <= 31:
            a.extras["date"] = True  # "from 5 to 7 March", "between 10 and 12 December": two days of one month
        return None  # "in the 12 months to 30 September": a span up to a date, whose day is no end of a range
    unitless = not (a.unit_given or b.unit_given or a.scale != 1.0 or b.scale != 1.0)
    if ("-" in gap or "–" in gap) and "to" not in gap and unitless and not _grouped_range(a, b, text):
        return None  # "5-4" is a score, "16-18 Industrial Avenue" an address
    if unitless and "to" in gap and (_tally_before(a, b, before) or _TALLY_AFTER.match(text, b.end)):
        return None  # "the bill passed 62 to 38", "an eight to one majority": a vote tally, not a range
    if "to" in gap and _score_tally(a, b, text, before):
        return None  # "took the tie-break 10 points to 5": a score, not a range
    if "to" in gap and _vote_split(a, b, before):
        b.extras["against"] = True
        return None  # "ratified by a vote of 95.04% to 4.96%": the shares for and against, not a range
    a_bare = not a.unit_given and a.scale == 1.0
    if (
        "to" in gap and not a_bare and (CHANGE_BEFORE.search(before) or _BY_BEFORE.search(before))
        and not _percent_span(a, b, text)
    ):  # fmt: skip
        return None  # "rose 8% to $3.65", "increased by $43.6 billion to $419.2 billion": change, then level
    if "to" in gap and CHANGE_BEFORE.search(before) and a.value > 0 and b.value > 3 * a.value * b.scale / a.scale:
        return None  # "claims increased 12,000 to 230,000": a move and the level, too far apart for a range
    if a.unit_given and b.unit_given and a.unit != b.unit:
        if b.unit.startswith(a.unit + "_per_"):
            a.unit = b.unit  # "between $62 and $68 per share"
        elif a.unit.startswith(b.unit + "_per_"):
            b.unit = a.unit  # "from $75 per barrel to $45.88"
        elif un.dimension_of(a.unit) != un.dimension_of(b.unit):
            return None
        elif a.scale == b.scale:  # "from 90p to £1.40", "800 metres to 1.2 km": one span, read in b's unit
            a.value *= un.unit_info(a.unit).factor / un.unit_info(b.unit).factor
            a.unit = b.unit
    if not a.unit_given and b.unit_given and a.unit == "count":
        a.unit = b.unit
    if a.scale == 1.0 and b.scale != 1.0 and a.value < (b.value / b.scale) * 10:
        a.value = num.scaled(a.value, b.scale)  # "5 to 7 million", "$89 to $93 billion"; not "$200 to $4 million"
        a.scale = b.scale
    elif a.words and b.words and (scale := _word_scale(a, b, text)) and a.value < (b.value / scale) * 10:
        a.value = num.scaled(a.value, scale)  # "five to six million": the words carry the scale inside the value
    low, high = sorted((a.value, b.value))
    q = Quantity(
        start=a.start, end=b.end, value=(a.value + b.value) / 2, unit=b.unit if b.unit_given else a.unit,
        scale=b.scale,
        decimals=max(a.decimals, b.decimals), currency_given=a.currency_given or b.currency_given,
        unit_given=a.unit_given or b.unit_given, value_low=low, value_high=high, noun=b.noun,
    )  # fmt: skip
    if between:
        words = _BETWEEN_WORD_BEFORE.search(before).group(0)
        q.start = a.start - len(words)
        if "ages" in words.lower() and not q.unit_given and high < 130:
            q.unit, q.unit_given = "year", True  # "between the ages of 10 and 17": an age span, in years
            q.extras["age"] = True
    q.extras["range"] = True
    if "to" in gap:
        _mark_move(q, a, b, text)
    return q


def _percent_span(a: Quantity, b: Quantity, text: str) -> bool:
    """'cut costs by 30% to 40%': two close percents each written with its sign are the span of one move; a move
    and the level it reached are far apart ("rose by 0.2% to 3.1%") or in different units."""
    written = all(text[q.end - 1 : q.end] == "%" or text[q.start : q.end].lower().endswith("cent") for q in (a, b))
    return a.unit == b.unit == "percent" and written and 0 < a.value < b.value <= 1.34 * a.value


# A verb of change before "from A to B" ("raise the fare from 200p to 250p", "a ticket goes from £21 to £23.50",
# "will be cut from 5% to 4.5%", "went up from"): a move from one level to the next, not a span of values. Verbs of
# extent ("range", "vary", "run", "cost", "start") are left out: "prices range from $5 to $9" is a span.
_MOVE_VERBS = (
    r"rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
    r"cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|"
    r"mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|shift(?:s|ed|ing)?|bump(?:s|ed|ing)?|go|goes|went|gone|going|"
    r"ris(?:e|es|ing)|rose|risen|fall(?:s|ing|en)?|fell|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|drop(?:s|ped|ping)?|"
    r"gr(?:ow|ows|ew|own|owing)|shr(?:ink|inks|ank|unk|inking)|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|"
    r"soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|plung(?:e|es|ed|ing)|slid(?:e|es|ing)?|slip(?:s|ped|ping)?|"
    r"decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|extend(?:s|ed|ing)?|"
    r"expand(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|revis(?:e|es|ed|ing)"
)
# ... or the size of the move before it: "push back the retirement age by two years, from 62 to 64"
_MOVE_FROM_BEFORE = re.compile(
    rf"(?:\b(?:{_MOVE_VERBS})\b(?:\s+[\w'’-]+){{0,4}}?"
    rf"|\bby\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?"
    rf"(?:[$£€¥]?\d[\d.,]*(?:%|[a-z]+)?|{num.CARDINAL_RE}|an?)(?:\s+[a-z]+){{0,2}},?)"
    rf"\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.I,
)


def _mark_move(q: Quantity, a: Quantity, b: Quantity, text: str) -> None:
    """Mark a "from A to B" after a verb of change as a move to B (``extras["move"]``: "up" or "down").

    The quantity stays a range, as NewsQuant annotates it; a claim reads the mark as the level moved to.
    """
    if a.value != b.value and _MOVE_FROM_BEFORE.search(text, max(0, a.start - 60), a.start):
        q.extras["move"] = "up" if b.value > a.value else "down"


_VOTE_WORD = re.compile(r"\b(?:vot\w*|ballots?|polls?|referendum|elected|won|beat|defeated|backed|rejected)\b", re.I)


def _vote_split(a: Quantity, b: Quantity, before: str) -> bool:
    """Two percentages that add up to a whole after a word of voting: a result for and against."""
    return (
        a.unit == b.unit == "percent" and abs(a.value + b.value - 100) <= 1 and a.value != b.value
        and _VOTE_WORD.search(before) is not None
    )  # fmt: skip


# what a tally is of, named after it: "by an eight to one majority", "a 62 to 38 vote"
_TALLY_AFTER = re.compile(r"\s+(?:majority|vote|verdict|decision|ruling|margin|split)\b", re.I)
_GLUED_MILLION = re.compile(r"\d[mM]$")
_THOUSANDS_TAIL = re.compile(r",000$")


def _share_money_scale(a: Quantity, b: Quantity, text: str) -> None:
    """'£5-10m', '$50-100,000': the currency is written before the range, its scale after it, once for both ends.

    Alone, "10m" reads as metres and "$50" as fifty dollars; hyphened to an amount of money they are its high end
    in millions and its low end in the thousands the high end spells out.
    """
    if b.unit == "metre" and not b.currency_given and b.scale == 1.0 and _GLUED_MILLION.search(text, b.start, b.end):
        b.value = num.scaled(b.value, 1e6)
        b.scale = 1e6
        b.unit, b.currency_given = a.unit, True
    elif (
        not b.unit_given and b.scale == 1.0 and b.value >= 1000 and a.value == int(a.value)
        and a.value < b.value / 1000 < 10 * a.value and _THOUSANDS_TAIL.search(text, b.start, b.end)
    ):  # fmt: skip
        a.value = num.scaled(a.value, 1000)
        b.unit, b.unit_given, b.currency_given = a.unit, True, True


_TALLY_BEFORE = re.compile(
    r"\b(?:passed|voted|vote|votes|approved|rejected|defeated|confirmed|margin\s+of|tally\s+of|won|lost|beat)"
    r"\s+(?:by\s+)?(?:a\s+)?$",
    re.I,
)


# "by a majority of seven to two", "a vote of 5 to 4": the votes for, then the fewer against (a rising pair after
# "a majority of" is a range of seats: "a majority of 50 to 60")
_MAJORITY_OF_BEFORE = re.compile(r"\b(?:majority|vote|split)\s+of\s+$", re.I)


def _tally_before(a: Quantity, b: Quantity, before: str) -> bool:
    """Whether the words before a pair "A to B" make it a vote tally."""
    return _TALLY_BEFORE.search(before) is not None or (
        a.value > b.value and _MAJORITY_OF_BEFORE.search(before) is not None
    )


TOP_BEFORE = re.compile(r"\b[Tt]op[ -]$")  # "the top ten": a rank, not a count


def _try_ratio(a: Quantity, b: Quantity, text: str) -> Quantity | None:
    """'one out of three Germans', 'one in five adults', 'four trains in ten': a share of a whole."""
    gap = text[a.end : b.start]
    if not (_RATIO_GAP.fullmatch(gap) or _noun_ratio(a, b, gap, text)) or a.unit_given or b.unit_given or not b.value:
        return None
    if a.value > b.value or a.scale != 1.0 or b.scale != 1.0 or looks_like_year(b, text):
        return None  # "won one in 2019" is not a share
    if TOP_BEFORE.search(text, max(0, a.start - 8), a.start):
        return None  # "reached the top ten in 93 countries": a rank, then a count of countries
    return Quantity(start=a.start, end=b.end, value=a.value / b.value, unit="fraction", unit_given=True,
                    decimals=3, noun=b.noun)  # fmt: skip


# "four TGVs in ten", "one metro line in three": the counted noun between the share and its whole
_NOUN_RATIO_GAP = re.compile(
    r"\s+(?:(?!(?:was|were|is|are|has|have|had|the|a|an|of|and|or|to|per|their|its|his|her)\s)[\w'’-]+\s+){1,3}"
    r"in\s+(?:every\s+)?",
    re.I,
)


def _noun_ratio(a: Quantity, b: Quantity, gap: str, text: str) -> bool:
    """A share with its noun written before the whole ("four trains in ten ran"), whose whole counts nothing of
    its own: "two goals in three games" and "two men in three cars" count two things."""
    if not (a.value == int(a.value) and b.value == int(b.value) and 1 < b.value <= 100):
        return False
    return _NOUN_RATIO_GAP.fullmatch(gap) is not None and _COUNTED_AFTER_WHOLE.match(text, b.end) is None


_COUNTED_AFTER_WHOLE = re.compile(r"\s+(?:[a-z-]+\s+)?(?:[a-z]{2,}[a-rt-z]s|people|men|women|children)\b")
_SCALE_WORD = re.compile(r"\b(?:hundred|thousand|million|billion|trillion)\b", re.I)


def _word_scale(a: Quantity, b: Quantity, text: str) -> float | None:
    """The last scale word of ``b`` ("six million dollars") when ``a`` has none as large ("five", "four hundred"
    of "four hundred to four hundred and fifty million"), else None."""
    scales = [num.SCALE_WORDS[m.group(0).lower()] for m in _SCALE_WORD.finditer(text, b.start, b.end)]
    own = [num.SCALE_WORDS[m.group(0).lower()] for m in _SCALE_WORD.finditer(text, a.start, a.end)]
    if not scales or max(own, default=0.0) >= scales[-1]:
        return None
    return scales[-1]


def _grouped_range(a: Quantity, b: Quantity, text: str) -> bool:
    """'10,000-15,000 jobs': rising numbers grouped in thousands are a range; no score or address is written so.

    So is a rising pair that counts a plural noun from a round or small low end ("30-40 firms", "200-300 jobs",
    "12-18 months" unwritten): a score is followed by a win or a draw, not by what was counted.
    """
    if 1000 <= a.value < b.value and "," in text[a.start : a.end] and "," in text[b.start : b.end]:
        return True
    if a.value < b.value < 130 and AGED_BEFORE.search(text, max(0, a.start - 12), a.start):
        return True  # "those aged 30-39": an age span, read in years by ``filters``
    return (
        a.value < b.value <= 10 * a.value and a.value == int(a.value) and b.value == int(b.value)
        and (a.value < 25 or a.value % 5 == 0) and b.scale == a.scale == 1.0
        and (m := _COUNTED_PLURAL.match(text, b.end)) is not None and m.group("n").lower() not in _SCORE_NOUNS
        and not _SCORE_BEFORE.search(text, max(0, a.start - 30), a.start)
    )  # fmt: skip


# What a hyphenated pair counts ("30-40 enterprises", "200-300 new jobs"), and the nouns and verbs of a score
_COUNTED_PLURAL = re.compile(r"\s(?:[A-Za-z]+\s)?(?P<n>[a-z]{2,}[a-rt-z]s)\b")  # "100-120 UK troops"
_SCORE_NOUNS = frozenset({"wins", "victories", "defeats", "losses", "draws", "votes", "decisions", "leads", "margins"})
_SCORE_BEFORE = re.compile(
    r"\b(?:won|win|wins|beat|beats|lost|lose|loses|drew|draw|score|scored|led|trailed|passed|voted|ruled|by)\s+"
    r"(?:[A-Z][\w'-]*\s+){0,3}$"
)


# "10 points to 5", "three goals to one": the counts of a score, the unit written once after the first
_SCORE_TALLY_GAP = re.compile(
    r"\s+(?:(?:points?|goals?|runs?|games?|sets?|frames?|tries|wickets?|shots?|holes?)\s+)?to\s+", re.I
)
_FROM_OR_BETWEEN_BEFORE = re.compile(r"\b(?:from|between)\s+(?:about\s+|around\s+|some\s+)?$", re.I)


def _score_tally(a: Quantity, b: Quantity, text: str, before: str) -> bool:
    """Whether "A points to B" (goals, runs, sets ...) is a score: the second count bare, and falling (a range is
    written rising) or after a verb of winning; not a move ("fell 50 points to 7,400") nor "from"/"between"."""
    gap = text[a.end : b.start]
    if not (a.unit == "point" or (a.unit == "count" and not a.unit_given)) or a.scale != 1.0:
        return False
    named = a.unit == "point" or gap.strip().lower() != "to"
    if not named or b.unit_given or b.scale != 1.0 or b.noun is not None or not _SCORE_TALLY_GAP.fullmatch(gap):
        return False
    if _FROM_OR_BETWEEN_BEFORE.search(before) or CHANGE_BEFORE.search(before):
        return False
    if _tally_before(a, b, before):
        return True  # "won by three goals to one"
    return not _BY_BEFORE.search(before) and (a.value > b.value or _SCORE_BEFORE.search(before) is not None)


def _is_score(a: Quantity, b: Quantity, text: str) -> bool:
    gap = text[a.end : b.start]
    if _grouped_range(a, b, text):
        return False
    if _score_tally(a, b, text, text[max(0, a.start - 40) : a.start]):
        return True  # "won the tie-break 10 points to 5", "beat them three goals to one"
    unitless = not (a.unit_given or b.unit_given) and a.scale == b.scale == 1.0
    if (
        unitless
        and _TALLY_GAP.fullmatch(gap)
        and (
            "vote" in gap
            or _tally_before(a, b, text[max(0, a.start - 30) : a.start])
            or _TALLY_AFTER.match(text, b.end)
        )
    ):
        return True  # "passed 62 to 38", "ruled by an eight to one majority"
    return (
        gap in ("-", "–")
        and not (a.unit_given or b.unit_given)
        and a.value == int(a.value)
        and b.value == int(b.value)
        and a.scale == b.scale == 1.0
    )


_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_TO_GAP = re.compile(r"^[^,;.()]{0,40}\bto\s+(?:about\s+|around\s+)?$", re.I)
_AND_GAP = re.compile(r"\s*,?\s+(?:and|or)\s+|\s?[x×]\s?")  # and the "by" of a size: "4 x 5 metres"
_OF_THE_GAP = re.compile(r"^\s+of\s+(?:the|a|an|its|their)\s+$", re.I)
_LIST_COMMA = re.compile(r",\s*")


def carry_units(quantities: list[Quantity], text: str) -> None:
    """Writers give the unit once: "from 21 mpg combined to 23", "280 million of the 1.5 billion shekels"."""
    for first, second in zip(quantities, quantities[1:], strict=False):
        gap = text[first.end : second.start]
        if (
            not second.unit_given and second.noun is None and first.unit_given
            and _FROM.search(text[max(0, first.start - 20) : first.start]) and _TO_GAP.match(gap)
        ):  # fmt: skip
            second.unit, second.unit_given = first.unit, True
        elif not first.unit_given and first.noun is None and second.unit_given and _OF_THE_GAP.match(gap):
            first.unit, first.unit_given = second.unit, True
            first.currency_given = second.currency_given
        elif (
            not first.unit_given and first.noun is None and first.scale == second.scale and second.unit_given
            and second.value_low is None and _AND_GAP.fullmatch(gap) and second.unit not in ("ratio", "fraction")
        ):  # fmt: skip
            first.unit, first.unit_given = second.unit, True  # "given 45 and 50 mg", "3 or 4 per cent"
            first.extras["list_unit"] = True
        elif (
            not first.unit_given and first.noun is None and second.unit_given and gap == "/"
            and first.scale == second.scale and second.unit in ("mile_per_gallon", "mile_per_hour", "percent")
        ):  # fmt: skip
            first.unit, first.unit_given = second.unit, True  # "28/39 mpg city/highway": two figures, one unit
    # ... and through a list, from its last item back: "growth of 2, 3 and 4 per cent", "fish of 5, 7 and 9 kg"
    for first, second in reversed(list(zip(quantities, quantities[1:], strict=False))):
        if (
            second.extras.get("list_unit") and not first.unit_given and first.noun is None
            and first.scale == second.scale and _LIST_COMMA.fullmatch(text, first.end, second.start)
        ):  # fmt: skip
            first.unit, first.unit_given = second.unit, True
            first.extras["list_unit"] = True


def join_from_to(quantities: list[Quantity], text: str) -> list[Quantity]:
    """'from 21 mpg combined to 23', 'from 20 miles per gallon in 2008 to 29 mpg in 2020': the two ends of a span.

    A "from A ... to B" with words between the two numbers (which ``join_ranges`` leaves apart) is one range when
    both ends are single amounts of one unit, as NewsQuant reads it; "rose to $7.36bn from $6.78bn" stays two.
    """
    if len(quantities) < 2 or ("from" not in text and "From" not in text):
        return quantities
    out: list[Quantity] = []
    i = 0
    while i < len(quantities):
        a = quantities[i]
        b = quantities[i + 1] if i + 1 < len(quantities) else None
        if b is not None and _from_to(a, b, text):
            q = Quantity(
                start=a.start, end=b.end, value=(a.value + b.value) / 2, unit=a.unit, scale=max(a.scale, b.scale),
                decimals=max(a.decimals, b.decimals), currency_given=a.currency_given, unit_given=a.unit_given,
                value_low=min(a.value, b.value), value_high=max(a.value, b.value), noun=b.noun or a.noun,
            )  # fmt: skip
            q.extras["range"] = True
            _mark_move(q, a, b, text)
            out.append(q)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _from_to(a: Quantity, b: Quantity, text: str) -> bool:
    gap = text[a.end : b.start]
    if len(gap.split()) < 2 or a.value_low is not None or b.value_low is not None:
        return False  # "from 5 to 7" is joined already; a range has no single end to give
    if a.unit != b.unit or a.extras.get("vague") or b.extras.get("vague"):
        return False
    if not a.unit_given and (a.noun is not None or b.noun is not None or a.scale != b.scale):
        return False  # "from 36,185 in 2003 to 28,041" is a span; "from 30 staff to 2,000 people" two counts
    return bool(_FROM.search(text[max(0, a.start - 20) : a.start]) and _TO_GAP.match(gap))
