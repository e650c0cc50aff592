"""Finding every quantity a text asserts: rules, not a model.

A scan finds number atoms (digits or number words, with a currency before them and a scale and unit after
them), joins atoms into ranges (``ranges.py``), drops the numbers that are not claims (``filters.py``: years,
dates, times, ordinals, scores, phone numbers, labels such as "Section 427") and reads the approximation,
bound and direction of change from the words around each quantity (``context.py``). Rules keep the step fast
(thousands of sentences a second), explainable and free of model downloads;
``tests/benchmarks/bench_claims.py`` measures it against quantulum3 on NewsQuant.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.claims import numbers as num
from pipeline.claims import units as un
from pipeline.claims.context import change_and_hedge, sentence_hedges
from pipeline.claims.filters import is_claim, mask, repair
from pipeline.claims.quantity import Quantity
from pipeline.claims.ranges import carry_units, join_ranges
from pipeline.claims.screens import lowered, may_contain, starts_at, trie_pattern, word_screen
from pipeline.claims.sentences import split_sentences

PUBLIC_KEYS = (
    "value", "value_low", "value_high", "unit", "change", "hedge", "surface", "char_start", "char_end",
)  # fmt: skip
_ATOM = re.compile(
    r"(?:(?<![A-Za-z0-9$£€¥])(?P<pre>" + un.CURRENCY_PREFIX_RE + r")\s?)?"
    r"(?P<sign>(?<![A-Za-z0-9%.,)])[-−+](?=[\d.]))?"
    r"(?:(?(pre)|(?<![\w.,]))(?P<digits>" + num.DIGITS_RE + r")(?![\d,]\d)"
    r"|(?<![\w-])(?P<words>" + num.WORD_NUMBER_RE + r")(?!\w))",
    re.IGNORECASE,
)


# Where an atom's number can begin (a run of digits, or number words at a word start: "a"/"an" only before a
# fraction, "dozen" or a scale, as ``num.WORD_NUMBER_RE`` reads them) and where its currency can: the screens that
# let ``atom_matches`` try ``_ATOM`` at a few positions instead of at every character of the text.
_CORE = re.compile(
    r"[\d½¼¾⅓⅔⅛]+|(?<![\w-])(?:"
    + trie_pattern([*num.UNITS_WORDS, *num.TENS_WORDS, "half"])
    + r"|a[\s-]"
    + trie_pattern(list(num.FRACTION_WORDS))
    + r"|an?\s+"
    + trie_pattern(["dozen", "hundred", "thousand", "million", "billion", "trillion"])
    + ")",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"(?<![A-Za-z0-9$£€¥])" + trie_pattern(list(un.CURRENCY_PREFIX)), re.IGNORECASE)
_PREFIX_LEN = max(map(len, un.CURRENCY_PREFIX))
# An atom starts at most this far before its number: currency, a space, a sign and the "." of ".5".
_REACH = _PREFIX_LEN + 3
_SIGN_OR_POINT = frozenset("-−+.")  # besides a currency, what an atom can start with before its number
_SCALE_WORD = re.compile(r"[\s-]?(?P<s>(?:(?:hundred|thousand|million|billion|trillion|lakh|crore)s?\b\s?)+)", re.I)
_SCALE_ABBR = re.compile(r"\s?(?P<s>bn|mn|mln|bln|tn|trn|cr|lac)(?![A-Za-z])|(?P<t>[kKmMbBT])(?![A-Za-z0-9])")
# "by a third", "more than a fifth", "almost half": a share, where "a third straight year" is an ordinal
_SHARE_BEFORE = re.compile(
    r"\b(?:by|more\s+than|less\s+than|over|under|nearly|almost|about|around|roughly|some|just|barely|"
    r"close\s+to|at\s+least|up\s+to)\s+$",
    re.I,
)
_MINUS_WORD = re.compile(r"\bminus[\s-]?$", re.I)
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:no|any|every|each|the|that|this|which|someone|anyone|other|same)\s+$", re.I)
_PRONOUN_ONE_AFTER = re.compile(r"^\s*(?:another|'s|’s|else|way or|by one|another)\b", re.I)
_GLUED = re.compile(r"^[A-Za-z0-9]")
_FRACTION_TAIL = re.compile(r"[\s-](?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)$", re.I)
_APPROX_PLURAL = re.compile(
    r"\b(?P<q>(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions))\s+of\b", re.I
)
_APPROX_WORDS = word_screen(["dozens", "hundreds", "thousands", "millions", "billions"])  # one is in every match
_APPROX_RANGES = {
    "dozens": (12.0, 120.0), "hundreds": (100.0, 1000.0), "thousands": (1e3, 1e4), "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
}  # fmt: skip
_NOT_ADJECTIVES = {"this", "that", "the", "a", "an", "last", "next", "per", "of", "in", "for", "and", "or", "to"}
_STOPWORDS = {
    "for", "in", "on", "at", "to", "from", "by", "of", "and", "or", "but", "with", "as", "than", "the", "a", "an",
    "this", "that", "last", "next", "per", "after", "before", "since", "until", "over", "under", "more", "less",
    "up", "down", "is", "was", "were", "are", "be", "been", "it", "its", "which", "who", "when", "while",
    "during", "into", "each", "year", "points", "times", "higher", "lower", "earlier", "ago", "later",
}  # fmt: skip
_COUNT_NOUN = re.compile(r"^\s?(?P<n>[a-z][a-z'-]+)")


def extract_quantities(text: str) -> list[dict]:
    """Every quantity ``text`` asserts, in reading order, as claim-ready records.

    Each record has ``value`` (float in the unit's own scale, scale words applied: "$11.08 billion" ->
    11080000000.0, "3.5 per cent" -> 3.5), ``value_low``/``value_high`` (ranges "between 5 and 7", "5-7%",
    "5 to 7 million", and bounds "over 260 million"; else None), ``unit`` (ISO 4217 code for money,
    ``percent``, ``percentage_point``, ``basis_point``, ``ratio`` for "ten times"/"tenfold"/"10x", ``fraction``
    for "one-third of", ``count`` for plain counts, or a physical unit such as ``metre``,
    ``kilometre_per_hour``, ``degree_celsius``; money per thing is e.g. ``USD_per_share``, a counted noun per
    time or game ``count_per_day``/``point_per_game``), ``change`` (``=`` exact, ``~`` approximate or an
    average, ``>``/``<`` one-sided bounds (a range never is one), ``up``/``down`` a move stated by a verb, a
    sign, or against a named earlier period ("16% year-over-year increase"); a bare "a 3% drop" or "12%
    higher" stays ``=``, as NewsQuant annotates it; an "or" apposition or a list that drops the verb
    ("down 2.3%, Burlington by 2.6%") shares the move), ``hedge``
    (the hedge words kept, comma-separated, e.g. "more than" or "about, expected"; None if none),
    ``surface`` (the exact span) and ``char_start``/``char_end`` (offsets into ``text``).

    Not reported, because they are not amounts: years ("in 2023", "a 2023 report"), dates ("July 22",
    "22/07/2025"), clock times ("12:07 PM"), ordinals ("3rd", "second-quarter"), scores and vote tallies
    ("won 5-4"), phone numbers, and labels ("Section 427", "Game 7", "iPhone 11").
    """
    return [public_record(q, text) for q in scan(text)]


def public_record(q: Quantity, text: str) -> dict:
    return {
        "value": q.value,
        "value_low": q.value_low,
        "value_high": q.value_high,
        "unit": q.unit,
        "change": q.change,
        "hedge": q.hedge,
        "surface": text[q.start : q.end],
        "char_start": q.start,
        "char_end": q.end,
    }


def scan(text: str) -> list[Quantity]:
    """The quantities of ``text`` with the extra reading details (noun, precision) claims need."""
    if not text:
        return []
    text = repair(text)
    masked = mask(text)
    fractions = _slash_fractions(text)
    for f in fractions:
        masked = masked[: f.start] + " " * (f.end - f.start) + masked[f.end :]
    atoms = [a for a in (_read_atom(m, text) for m in atom_matches(masked)) if a is not None]
    atoms += fractions
    text_lower = lowered(text)
    if may_contain(text_lower, _APPROX_WORDS):
        atoms += _approximate_plurals(text, atoms)
    atoms += _folds(text)
    atoms.sort(key=lambda a: (a.start, -a.end))
    atoms = [a for i, a in enumerate(atoms) if not any(b.end > a.start for b in atoms[max(0, i - 3) : i])]
    quantities = join_ranges(atoms, text)
    quantities = [q for q in quantities if is_claim(q, text)]
    carry_units(quantities, text)
    _index_levels(quantities, text)
    _share_rates(quantities, text)
    spans = split_sentences(text)
    starts = [a for a, _ in spans]
    previous: Quantity | None = None
    for q in quantities:
        i = bisect_right(starts, q.start) - 1  # spans are sorted and disjoint
        s_start, s_end = spans[i] if i >= 0 and q.start < spans[i][1] else (0, len(text))
        sentence_left = text[s_start : q.start]
        sentence_right = text[q.end : s_end]
        change, hedges = change_and_hedge(sentence_left, sentence_right, q)
        if change in (">", "<") and q.extras.get("range"):
            change = "="  # "from up to 252 miles to 287 miles": a range has both ends, it is no one-sided bound
        q.change = change
        gap = text[previous.end : q.start] if previous is not None else ""
        if previous is not None and change == "=" and _SAME_AMOUNT_GAP.fullmatch(gap):
            # "more than 7.5 million crowns (US $1.1 million)", "fell $2.15, or 2.6%": the same amount again
            q.change = previous.change
            hedges = hedges or ([previous.hedge] if previous.hedge else [])
        elif (
            previous is not None and change == "=" and previous.change in ("up", "down")
            and previous.unit == q.unit and (_ELLIPSIS_GAP.fullmatch(gap) or _AND_GAP.fullmatch(gap))
        ):  # fmt: skip
            q.change = previous.change  # "Ross was down 2.3%, Burlington by 2.6%": the verb is not repeated
        previous = q
        hedges += [h for h in sentence_hedges(text[s_start:s_end]) if not any(h in kept for kept in hedges)]
        q.hedge = ", ".join(dict.fromkeys(hedges)) or None
        if q.change == ">" and q.value_low is None:
            q.value_low = q.value
        elif q.change == "<" and q.value_high is None:
            q.value_high = q.value
    return quantities


# Between two quantities that state one amount twice: a conversion in brackets or an "or" apposition.
_SAME_AMOUNT_GAP = re.compile(r"\s*[(/]\s*(?:US|U\.S\.)?\s*|\s*,?\s+or\s+(?:US\s+)?", re.I)
# Between a move and the next item of a list that leaves out the verb: ", Burlington by", "; Qualcomm".
_AND_GAP = re.compile(r"\s*,?\s+(?:and|or)\s+")  # "rose 2 and 3 percent"
_ELLIPSIS_GAP = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+|while\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:by\s+)?"
)


_INDEX_NAME = re.compile(
    r"\b(?:index|indices|indexes|Dow|Nasdaq|S&P|FTSE|DAX|CAC|Nikkei|Hang\s+Seng|Sensex|Nifty|TSX|Kospi|Stoxx|"
    r"TA-\d+|ASX|Straits\s+Times|Shanghai\s+Composite|KLCI|Euro\s+Stoxx)\b"
)
_LEVEL_BEFORE = re.compile(r"\b(?:at|to|from)\s+(?:a\s+(?:record|fresh|new)\s+(?:high|low)\s+of\s+)?$", re.I)


def _index_levels(quantities: list[Quantity], text: str) -> None:
    """'The TA-125 lost 1.1% to end at 1,334.20': a stock index level is in points even when "points" is left out."""
    for q in quantities:
        if q.unit_given or q.noun or q.scale != 1.0 or q.words or q.value < 100 or q.value_low is not None:
            continue
        left = text[max(0, q.start - 80) : q.start]
        clause = re.split(r"[;.!?]\s|,\s+(?:while|and|but)\s", left)[-1]
        if _LEVEL_BEFORE.search(clause) and _INDEX_NAME.search(clause):
            q.unit, q.unit_given = "point", True


def atom_matches(masked: str) -> list[re.Match]:
    """Exactly ``list(_ATOM.finditer(masked))``, found by trying ``_ATOM`` only where a match can start.

    ``_ATOM`` has no literal prefix, so ``finditer`` runs its whole pattern at every character: the largest cost
    of a scan. A match starts at its number (which ``_CORE`` finds: digits cannot start inside a run of digits,
    being preceded by a word character), at its currency (``_PREFIX``), or at a sign or the point of ".5" just
    before the number; every other position is skipped. ``match(masked, p)`` sees the text before ``p``, so the
    lookbehinds behave as in ``finditer``.
    """
    out: list[re.Match] = []
    pos = 0  # the end of the last match: finditer resumes there
    done = -1  # every position up to here was tried or cannot start a match
    for core in _CORE.finditer(masked):
        c = core.start()
        lo = max(pos, c - _REACH, done + 1)
        if lo > c:
            continue
        done = c
        # a currency starting before c ends by c + _PREFIX_LEN, so the shortened search still finds it
        prefix = _PREFIX.search(masked, lo, c + _PREFIX_LEN) if lo < c else None
        first = prefix.start() if prefix is not None and prefix.start() < c else c
        tries = [p for p in range(lo, first) if masked[p] in _SIGN_OR_POINT]
        tries += range(first, c + 1)
        for p in tries:
            m = _ATOM.match(masked, p)
            if m is not None:
                out.append(m)
                pos = m.end()  # past its number, so past c: the candidates inside it are skipped
                break
    return out


def _read_atom(m: re.Match, text: str) -> Quantity | None:
    """One number with its currency, sign, scale and unit, or None when it is not an amount."""
    start, end = m.start(), m.end()
    pre, sign, digits, words = m.group("pre"), m.group("sign"), m.group("digits"), m.group("words")
    if words is not None:
        if pre and not re.fullmatch(r"[$£€¥₹]", pre.strip()):
            return None
        value = num.parse_words(words)
        if value is None:
            return None
        fraction = bool(_FRACTION_TAIL.search(" " + words)) and " and a " not in words
        hyphenated = bool(re.search(r"\w-\w", words))
        by_before = _SHARE_BEFORE.search(text[max(0, start - 30) : start])
        if fraction and not (
            hyphenated or by_before or re.match(r"\s+of\b", text[end:]) or _FRACTION_OF_UNIT.match(text[end:])
        ):
            return None  # "a third straight year" is an ordinal, "a third of voters" a share
        if re.match(r"\s+\d", text[end:]) and words.lower() in ("one", "a", "an"):
            return None  # "one 52,000 barrel-a-day refinery"
        if words.lower() in ("one", "a", "an") and (
            _PRONOUN_ONE_BEFORE.search(text[max(0, start - 12) : start]) or _PRONOUN_ONE_AFTER.match(text[end:])
        ):
            return None
        decimals = 0
    else:
        value = num.parse_digits(digits)
        decimals = num.decimals_of(digits)
    q = Quantity(start=start, end=end, value=value, decimals=decimals, words=words is not None)
    if sign == "+":
        q.extras["sign"] = "+"
    elif sign or _MINUS_WORD.search(text[max(0, start - 7) : start]):
        if sign is None:
            q.start = start - len(_MINUS_WORD.search(text[max(0, start - 7) : start]).group(0))
        q.value = -q.value
        q.extras["sign"] = "-"
    if pre:
        q.unit = un.currency_of_prefix(pre)
        q.currency_given = q.unit_given = True
    if words is not None and _FRACTION_TAIL.search(" " + words) and " and a " not in words:
        q.unit, q.unit_given = "fraction", True
        point = re.match(r"(?:\s+of)?(?:\s+an?)?[\s-](?:percentage[\s-])?points?\b", text[q.end :])
        if point:  # "a quarter point", "half a percentage point"
            q.unit = "percentage_point"
            q.end += point.end()
        measure = _FRACTION_OF_UNIT.match(text[q.end :])
        if not point and measure and measure.group("u").lower() in un.PHYSICAL_WORDS:
            q.unit = un.PHYSICAL_WORDS[measure.group("u").lower()]  # "a quarter mile", "half an hour"
            q.end += measure.end()
    _read_scale(q, text)
    _read_unit(q, text)
    if q.words and text[q.end : q.end + 1] == "-" and not q.unit_given:
        return None  # "one-time", "three-point"
    if _GLUED.match(text[q.end : q.end + 1]) or re.match(r"-(?:st|nd|rd|th\b|[A-Z])", text[q.end : q.end + 4]):
        return None  # "3rd", "1990s", "5G", "9AB8": not an amount
    q.value *= q.scale
    return q


def _read_scale(q: Quantity, text: str) -> None:
    rest = text[q.end :]
    m = _SCALE_WORD.match(rest)
    if m:
        q.scale = num.scale_of(m.group("s"))
        q.end += len(m.group(0).rstrip())
        return
    m = _SCALE_ABBR.match(rest)
    if not m:
        return
    token = m.group("s") or m.group("t")
    if m.group("t"):
        after = rest[m.end() :]
        if token == "m" and not q.currency_given:
            # "5m viewers" is five million, "the 100m final" and "a 5m wall" are metres
            noun = _COUNT_NOUN.match(after)
            if not noun or not (noun.group("n").endswith("s") or noun.group("n") in ("people", "staff")):
                return
        if token in "bB" and not q.currency_given and (not _COUNT_NOUN.match(after) or q.value >= 1000):
            return  # "5b users" is billions; "the 1500b packet" is not 1.5 trillion
        if token == "T" and not q.currency_given:
            return  # "$2.174T" is trillions; a bare "5T" is more likely a model name or tonnes
    q.scale = num.scale_of(token)
    q.end += m.end()


def _read_unit(q: Quantity, text: str) -> None:
    """The unit after the number; money may carry a 'per share' / 'a barrel' after it."""
    rest = text[q.end :]
    if q.currency_given:
        m = re.match(r"\s?(?:US|U\.S\.)(?![A-Za-z])", rest)
        if m and q.unit == "USD":
            q.end += m.end()
        _read_per(q, text)
        return
    if q.unit == "fraction":
        return
    m = un.PERCENT_RE.match(rest)
    if m:
        unit = un.PERCENT_WORDS[m.group("u").lower()]
        occurrences = m.group("u").lower() == "times" and not _RATIO_AFTER.match(rest[m.end() :])
        if unit == "ratio" and occurrences and q.scale == 1.0 and _RATE_OF_COUNT.match(rest[m.end() :]):
            q.end += m.end()  # "four times a week": how often, a rate of a count
            _read_rate_of_count(q, text)
            return
        if unit == "ratio" and (q.scale != 1.0 or occurrences):
            return  # "downloaded 10 million times", "won it 11 times in a row"; "ten times faster" is a ratio
        q.unit, q.unit_given = unit, True
        q.end += m.end()
        if unit == "point":
            _read_rate_of_count(q, text)  # "25.3 points per game"
        return
    m = un.CURRENCY_WORD_RE.match(rest)
    if m and not (m.group("u").lower() == "won" and q.scale == 1.0):
        q.unit, q.unit_given, q.currency_given = un.CURRENCY_WORDS[m.group("u").lower()], True, True
        q.end += m.end()
        _read_per(q, text)
        return
    m = re.match(r"\s?(?:pounds?)(?![A-Za-z])", rest)
    if m and q.scale >= 1e3:  # "5 million pounds" is money, "208 pounds" is weight
        q.unit, q.unit_given, q.currency_given = "GBP", True, True
        q.end += m.end()
        return
    m = un.SUBUNIT_RE.match(rest)
    if m and not (m.group("u") == "p" and m.group(0).startswith(" ")):
        currency, factor = un.SUBUNITS[m.group("u")]
        q.unit, q.unit_given, q.currency_given = currency, True, True
        q.scale *= factor
        q.decimals += 2 if factor == 0.01 else 0
        q.end += m.end()
        _read_per(q, text)
        return
    m = un.PHYSICAL_WORD_RE.match(rest)
    if m:
        q.unit, q.unit_given = un.PHYSICAL_WORDS[m.group("u").lower()], True
        q.end += m.end()
        _read_per_time(q, text)
        return
    m = un.PHYSICAL_SYMBOL_RE.match(rest)
    spaced = bool(m) and m.group(0).startswith(" ")
    if m and not (
        (m.group("u") in ("A", "C", "F", "V", "L", "t", "h", "l") and spaced and not _SYMBOL_ALONE.match(rest))
        or (m.group("u") == "in" and spaced)
    ):
        q.unit, q.unit_given = un.PHYSICAL_SYMBOLS[m.group("u")], True
        q.end += m.end()
        _read_per_time(q, text)
        return
    noun = _COUNT_NOUN.match(rest)
    if noun and noun.group("n") not in _STOPWORDS:
        q.noun = noun.group("n")
        if _RATE_OF_COUNT.match(rest[noun.end() :]):
            q.end += noun.end()
            _read_rate_of_count(q, text)  # "3,000 tests per day", "7.1 rebounds a game"
            return
        unit = un.PHYSICAL_WORD_RE.match(rest[noun.end() :])
        if (
            unit and unit.group(0).startswith(" ") and unit.group("u").lower().endswith("s")
            and len(unit.group("u")) > 3 and q.noun not in _NOT_ADJECTIVES
        ):  # fmt: skip
            q.unit, q.unit_given = un.PHYSICAL_WORDS[unit.group("u").lower()], True  # "517 rushing yards"
            q.end += noun.end() + unit.end()


# "ten times faster", "6.5 times earnings", "three times as many", "four times the size": a multiplier
_RATIO_AFTER = re.compile(
    r"\s+(?:(?!per\b)\w+er|more|less|as|the|that|what|its|their|his|her|our|earnings|sales|revenue|book|over|higher|lower|"
    r"(?:forward|trailing|expected|estimated|projected|prospective|historic|annual|adjusted|core)\s+(?:\w+\s+)?"
    r"(?:earnings|profits?|sales|revenue|ebitda|income|book|cash)|ebitda|profits?|cash\s+flow|income)\b",
    re.I,
)
_SYMBOL_ALONE = re.compile(r"\s?\S+\s*[.,;)]|\s?\S+$")
_PER_TIME = re.compile(r"\s?(?:per|/|an?)\s?(?P<t>second|minute|hour|day|week|month|year|decade|century)\b", re.I)


_RATE_OF_COUNT = re.compile(
    r"\s?(?:per|a|an|/)\s?(?P<t>second|minute|hour|day|night|week|month|year|game|match|season|race|start)\b"
    r"(?!\s+(?:earlier|ago|later|before|after|prior))",
    re.I,
)


def _read_rate_of_count(q: Quantity, text: str) -> None:
    """'3,000 tests per day' is ``count_per_day``, '25.3 points per game' ``point_per_game``: a rate, not a total."""
    m = _RATE_OF_COUNT.match(text[q.end :])
    if m:
        q.extras["rate"] = m.group("t").lower()
        q.unit, q.unit_given = f"{q.unit}_per_{q.extras['rate']}", True
        q.end += m.end()


_LIST_GAP = re.compile(r"\s*(?:[a-z][a-z'-]*\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)")


def _share_rates(quantities: list[Quantity], text: str) -> None:
    """'25.3 points, 7.1 rebounds and 6.4 assists per game': a box score's rate covers every item of its list.

    Only per game/match/season: "300 staff and 20 hires a month" shows a time rate need not be shared.
    """
    for q, following in reversed(list(zip(quantities, quantities[1:], strict=False))):
        rate = following.extras.get("rate")
        shared = rate in ("game", "match", "season", "race", "start") and q.unit in ("count", "point")
        if shared and _LIST_GAP.fullmatch(text[q.end : following.start]):
            q.unit, q.unit_given = f"{q.unit}_per_{rate}", True
            q.extras["rate"] = rate


def _read_per_time(q: Quantity, text: str) -> None:
    """'30km per second', '11 feet per century': a rate of a physical unit."""
    if "_per_" in q.unit:
        return
    m = _PER_TIME.match(text[q.end :])
    if m and un.dimension_of(q.unit) == "time" and m.group("t").lower() == q.unit:
        return  # "a day a day" is not a rate; "60 hours a week" is
    if m and not re.match(r"\s+(?:earlier|ago|later|before)\b", text[q.end + m.end() :]):
        q.unit = f"{q.unit}_per_{m.group('t').lower()}"
        q.end += m.end()


def _read_per(q: Quantity, text: str) -> None:
    m = un.PER_THING_RE.match(text[q.end :])
    if m:
        q.unit = f"{q.unit}_per_{un.PER_THINGS[m.group('per').lower()]}"
        q.end += m.end()


def _approximate_plurals(text: str, atoms: list[Quantity]) -> list[Quantity]:
    """'dozens of', 'thousands of', 'tens of millions of': vague amounts, read as order-of-magnitude ranges."""
    out = []
    taken = [(a.start, a.end) for a in atoms]
    for m in _APPROX_PLURAL.finditer(text):
        if any(s < m.end("q") and m.start("q") < e for s, e in taken):
            continue
        words = m.group("q").lower().split()
        low, high = _APPROX_RANGES[words[-1]]
        if words[0] in ("tens", "hundreds") and len(words) > 1:
            factor = 10.0 if words[0] == "tens" else 100.0
            low, high = low * factor, high * factor
        q = Quantity(start=m.start("q"), end=m.end("q"), value=(low + high) / 2, value_low=low, value_high=high)
        q.extras["vague"] = True
        _read_unit_after_of(q, text)
        out.append(q)
    return out


_FRACTION_OF_UNIT = re.compile(
    r"(?:\s+of)?(?:\s+an?)?[\s-](?P<u>miles?|inch(?:es)?|feet|foot|yards?|hours?|minutes?|seconds?|acres?|"
    r"pounds?|ounces?|gallons?|litres?|liters?|kilometres?|kilometers?|metres?|meters?|tons?|tonnes?|cups?)\b",
    re.I,
)
_DIGIT = re.compile(r"\d")
_SLASH_FRACTION = re.compile(
    r"(?<![\w/.,])(?<!\d\s)(?P<a>\d{1,3})\s?[/⁄](?P<b>\d{1,4})"  # not the tail of "10 1/2"
    r"(?=\s+of\b|[\s-](?:miles?|inch(?:es)?|feet|foot|yards?|acres?|pounds?|ounces?|gallons?|cups?|tons?)\b)"
)


def _slash_fractions(text: str) -> list[Quantity]:
    """'1/16 of a pint', '1/3 of voters': a share written as a fraction."""
    out = []
    for m in starts_at(_SLASH_FRACTION, _DIGIT, text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b and a < b:
            q = Quantity(start=m.start(), end=m.end(), value=a / b, unit="fraction", unit_given=True, decimals=3)
            measure = _FRACTION_OF_UNIT.match(text[q.end :])
            direct = measure and not measure.group(0).lstrip().startswith("of")
            if direct and measure.group("u").lower() in un.PHYSICAL_WORDS:
                q.unit = un.PHYSICAL_WORDS[measure.group("u").lower()]  # "a 1/4 inch gap"
                q.end += measure.end()
            out.append(q)
    return out


_FOLD = re.compile(r"\b(?P<n>" + num.CARDINAL_RE + r"|\d+(?:\.\d+)?)-?fold\b", re.I)
# Screens for ``_FOLD``: "fold" in any case (no other character matches f, o, l or d under re.I), and a match's
# end: the last letter or digit of its number, maybe a hyphen, "fold" and a word boundary.
_FOLD_WORD = re.compile(r"[Ff][Oo][Ll][Dd]")
_FOLD_END = re.compile(r"(?:[a-z]|\d)-?fold\b", re.I)


def _may_fold(text: str) -> bool:
    """Whether ``_FOLD`` can match: most "fold"s are in "unfolded", "folder" or "manifold"."""
    for m in _FOLD_WORD.finditer(text):
        f = m.start()
        if (f >= 1 and _FOLD_END.match(text, f - 1)) or (f >= 2 and _FOLD_END.match(text, f - 2)):
            return True
    return False


def _folds(text: str) -> list[Quantity]:
    """'tenfold', 'a 3-fold rise': multipliers written as one word."""
    out = []
    if not _may_fold(text):
        return out
    for m in _FOLD.finditer(text):
        value = num.parse_number(m.group("n"))
        if value is not None:
            out.append(Quantity(start=m.start(), end=m.end(), value=value, unit="ratio", unit_given=True))
    return out


def _read_unit_after_of(q: Quantity, text: str) -> None:
    m = re.match(r"\s+of\s+(?P<u>[a-z]+)\b", text[q.end :], re.I)
    if not m:
        return
    word = m.group("u").lower()
    if word in un.CURRENCY_WORDS and word != "won":
        q.unit, q.unit_given, q.currency_given = un.CURRENCY_WORDS[word], True, True
        q.end += m.end()
    elif word in un.PHYSICAL_WORDS and len(word) > 3:
        q.unit, q.unit_given = un.PHYSICAL_WORDS[word], True  # "hundreds of miles"
        q.end += m.end()
    else:
        q.noun = word
