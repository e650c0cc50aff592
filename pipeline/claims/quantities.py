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
from collections.abc import Iterator

from pipeline.claims import numbers as num
from pipeline.claims import units as un
from pipeline.claims.context import CHANGE_BEFORE, change_and_hedge, sentence_hedges
from pipeline.claims.filters import is_claim, mask, repair
from pipeline.claims.quantity import Quantity
from pipeline.claims.ranges import carry_units, join_from_to, join_ranges
from pipeline.claims.screens import latin1_stand_in, lowered, starts_at, trie_pattern, word_screen
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

# ``_ATOM`` at a position holding an ASCII digit: no currency prefix, sign or number word starts with one, so only
# the digits branch can match there, and it starts at once (same groups, ``pre``, ``sign`` and ``words`` never set).
# Trying the prefixes (case-insensitively) and the number words first made ``_ATOM`` the costliest pattern of a scan.
_ATOM_AT_DIGIT = re.compile(
    r"(?P<pre>(?!))?(?P<sign>(?!))?(?<![\w.,])(?P<digits>" + num.DIGITS_RE + r")(?![\d,]\d)(?P<words>(?!))?"
)


# Where an atom's number can begin (a run of digits, or number words at a word start: "a"/"an" only before a
# fraction, "dozen" or a scale, as ``num.WORD_NUMBER_RE`` reads them) and where its currency can: the screens that
# let ``atom_matches`` try ``_ATOM`` at a few positions instead of at every character of the text.
_CORE_WORDS = (
    r"(?<![\w-])(?:"
    + trie_pattern([*num.UNITS_WORDS, *num.TENS_WORDS, "half", "quarter"])
    + r"|a[\s-]"
    + trie_pattern(list(num.FRACTION_WORDS))
    + r"|an?\s+"
    + trie_pattern(["dozen", "hundred", "thousand", "million", "billion", "trillion"])
    + ")"
)
_CORE_DIGITS = r"[\d½¼¾⅓⅔⅛]+"
_CORE = re.compile(_CORE_DIGITS + "|" + _CORE_WORDS, re.IGNORECASE)
# ``_CORE`` in two searches ``re`` runs faster: the digits (a set of characters, skipped to at C speed) and the
# number words matched case-sensitively in the lowered text (``re.IGNORECASE`` lower-cases every character it
# compares). Digit runs and number words never overlap, so their starts together are ``_CORE``'s.
_CORE_DIGITS_RE = re.compile(_CORE_DIGITS)
_CORE_WORDS_LOWER = re.compile(_CORE_WORDS)
# ``_CORE_WORDS_LOWER`` with the character before the word matched instead of looked behind at: a pattern that
# starts with a character class is tried only where the class matches (here the few characters that are not
# letters, digits or hyphens), a lookbehind at every position. A match ends with a letter, so the character before
# the next word is never inside the last match; only a word at offset 0 needs the lookbehind form.
_CORE_WORDS_AFTER = re.compile(r"[^\w-](" + _CORE_WORDS.removeprefix(r"(?<![\w-])") + ")")
# For ASCII and Latin-1 text (most copy: "£", "é"), the digits and the words in one search of the lowered text:
# a digit starts a run of digits (the rest of it read at once), a character neither a word character nor a hyphen
# may start a number word (tried as ``_CORE_WORDS_AFTER``, the word in group 1). The first character is one class
# (the two sets, disjoint: digits are word characters), so ``re`` skips to it at C speed, and the lookbehinds pick
# the branch of the character found. A digit run ends before a character that is no digit, and a word ends with a
# letter, so neither match holds a start of the other kind: the starts are those of both searches, in order.
# Spelled out as ranges (ASCII) or from the characters below 256 the Unicode classes hold (Latin-1): ``re`` tests
# such a class as a bitmap, not by Unicode category. Text beyond Latin-1 keeps the two searches.
_WORDS_AFTER_MARK = _CORE_WORDS.removeprefix(r"(?<![\w-])")
_CORE_BOTH_ASCII = re.compile(r"[^a-z_-](?:(?<=[0-9])[0-9]*|(?<![0-9])(" + _WORDS_AFTER_MARK + "))")
_LATIN1 = [chr(i) for i in range(256)]
_DIGITS_LATIN1 = "".join(re.escape(c) for c in _LATIN1 if re.fullmatch(_CORE_DIGITS, c))
_NOT_WORD_LATIN1 = "".join(re.escape(c) for c in _LATIN1 if not re.fullmatch(r"[\w-]", c))
_CORE_BOTH_LATIN1 = re.compile(
    f"[{_DIGITS_LATIN1}{_NOT_WORD_LATIN1}](?:(?<=[{_DIGITS_LATIN1}])[{_DIGITS_LATIN1}]*"
    f"|(?<![{_DIGITS_LATIN1}])({_WORDS_AFTER_MARK}))"
)
_PREFIX = re.compile(r"(?<![A-Za-z0-9$£€¥])" + trie_pattern(list(un.CURRENCY_PREFIX)), re.IGNORECASE)
# ``_PREFIX`` for the ``lowered`` text (same offsets), matched without ignoring case, which ``re`` does at every
# character it compares: the prefixes' letters are ASCII (their other characters symbols without case), so a
# lower-case prefix is found where ``_PREFIX`` finds one in any case, as ``_CORE_WORDS_LOWER`` finds number words.
_PREFIX_LOWER = re.compile(r"(?<![a-z0-9$£€¥])" + trie_pattern(sorted({p.lower() for p in un.CURRENCY_PREFIX})))
_PREFIX_LEN = max(map(len, un.CURRENCY_PREFIX))
# An atom starts at most this far before its number: currency, a space, a sign and the "." of ".5".
_REACH = _PREFIX_LEN + 3
_SIGN_OR_POINT = frozenset("-−+.")  # besides a currency, what an atom can start with before its number
_SIGN_OR_POINT_RE = re.compile("[-−+.]")
_SCALE_WORD = re.compile(r"[\s-]?(?P<s>(?:(?:hundred|thousand|million|billion|trillion|lakh|crore)s?\b\s?)+)", re.I)
# "bil"/"mil": Malaysian and informal copy's "RM1.2bil", "RM350mil", "$5 mil"
# the multi-letter abbreviations of ``numbers.SCALE_ABBREV``, so a new one is added in one place ("thou" is not read
# after a number here, as before)
_SCALE_ABBR = re.compile(
    r"\s?(?P<s>"
    + trie_pattern(sorted(k for k in num.SCALE_ABBREV if len(k) > 1 and k != "thou"))
    + r")(?![A-Za-z])|(?P<t>[kKmMbBT])(?![A-Za-z0-9])"
)
# "by a third", "more than a fifth", "almost half": a share, where "a third straight year" is an ordinal
_SHARE_BEFORE = re.compile(
    r"\b(?:by|more\s+than|less\s+than|over|under|nearly|almost|about|around|roughly|some|just|barely|"
    r"close\s+to|at\s+least|up\s+to)\s+$",
    re.I,
)
_HALF_OF_PERIOD = re.compile(r"\b(?:first|second|latter|former|back|front|other)\s+$", re.I)
_MINUS_WORD = re.compile(r"\bminus[\s-]?$", re.I)
# "plus or minus 2.2 points", "+/- 3%": a margin either side (±), neither a negative number nor a fall
_PLUS_OR_MINUS = re.compile(r"(?:\bplus\s*(?:or|/)\s*minus|\+\s*/\s*)[\s-]?$", re.I)
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:no|any|every|each|the|that|this|which|someone|anyone|other|same)\s+$", re.I)
_PRONOUN_ONE_AFTER = re.compile(r"^\s*(?:another|'s|’s|else|way or|by one|another)\b", re.I)
# "one in ten", "one out of 20": a share, whatever word comes before it
_SHARE_AFTER = re.compile(
    r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)\b)",
    re.I,
)
_GLUED = re.compile(r"^[A-Za-z0-9]")
# The capitalised word straight before a capitalised number word: "BBC One", "Formula One", "Air Force One"
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’&.-])[A-Z][\w'’&-]*\s$")
# What a name's first word cannot follow: the start of a sentence, clause or quotation ("He said: Two ...")
_OPENS_TEXT = frozenset(".!?:;\"“”'‘’([{—–-")
_NOT_NAME_WORDS = frozenset({"the", "a", "an", "and", "or", "but", "as", "at", "in", "on", "of", "to", "by", "for"})
_AND_A = re.compile(r"[\s-]and[\s-]a[\s-]", re.I)  # "two and a half", "two-and-a-half": a whole and a fraction
_FRACTION_TAIL = re.compile(r"[\s-](?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)$", re.I)
_APPROX_PLURAL = re.compile(
    r"\b(?P<q>(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions))\s+of\b", re.I
)
_APPROX_WORDS = ("dozens", "hundreds", "thousands", "millions", "billions")  # one is in every match
_APPROX_FIRST_WORD = word_screen(["tens", "dozens", "hundreds", "thousands", "millions", "billions"])  # match starts
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
# A plural noun after one or two modifiers, or a capitalised plural: what "m" counts in "4m DS consoles", "133m
# text messages", "1.6m Muslims"; BBC-style copy writes a million as "m" before such nouns
# (a capitalised plural only straight after the number: after modifiers it is a surname, "100m champion Kim Collins")
_MODIFIED_PLURAL = re.compile(
    r"^\s(?:(?:[A-Za-z][\w'-]*\s){0,2}?(?P<n>[a-z][a-z'-]*[a-rt-z]s)|(?P<c>[A-Z][a-z]+[a-rt-z]s))\b"
)
_RESOLUTION = re.compile(
    r"[2458][Kk](?=[\s-]*(?:TVs?|televisions?|video|resolution|displays?|screens?|monitors?|HDR|Ultra|UHD|OLED|QLED|"
    r"content|streaming|cameras?|footage|gaming|Blu-ray|projectors?)\b)"
)
_OPENING_BRACKETS = frozenset("([{")
_BRACKETED_UNIT = re.compile(r"\s?[(\[{](?P<u>[^\W\d_][^()\[\]{}\s]{0,11})[)\]}]")
_INCH_QUOTE = re.compile(  # (a space before the mark too, as tokenised copy has it: '10 " long')
    r'\s?"(?=[\s-]*(?:long|wide|tall|high|deep|thick|across|diagonal|screens?|displays?|monitors?|TVs?|televisions?|'
    r"laptops?|tablets?|wheels?|rims?|[x×]\s?\d)\b)",
    re.I,
)
_TRACK_EVENTS = {
    "hurdles", "titles", "races", "heats", "finals", "records", "events", "sprints", "relays", "runs", "dashes",
    "crowns", "medals", "freestyle", "butterfly", "backstroke", "breaststroke", "medley", "times", "swims",
    # who runs or swims it: "400m runners Roger Black and Mark Richardson"
    "runners", "sprinters", "hurdlers", "swimmers", "specialists", "champions", "finalists", "medallists", "legs",
}  # fmt: skip
_SPAN_MODIFIER = re.compile(r"[a-z]-(?:year|month|week|day|hour|minute|decade)$", re.I)
# the same span in digits: "a 52-week high", "the 10-year yield", "a 30-year mortgage" name a thing
_DIGIT_SPAN = re.compile(r"\d{1,3}-(?:year|month|week|day|hour|minute|decade)", re.I)
# "a 10- to 15-minute walk", "16 and 17-year-olds": the span's other end comes first; a bare "to" is no range
# ("production rose to 25-year highs")
_RANGE_BEFORE = re.compile(r"(?:\d\s*[-–]|(?:\d|[-–])\s*(?:to|and|or)|\bbetween)\s*$", re.I)
# a larger unit's span just before: "a 2-hour, 47-minute final", "a three-day, 12-hour hearing" measure one time
# in two units (``_join_compound_measures``), which no name is written with
_SPAN_BEFORE = re.compile(r"\w-(?P<u>year|month|week|day|hour|minute)s?,?\s+$", re.I)
_NOUN_NEXT = re.compile(
    r" (?!(?:old|and|or|to|of|in|on|at|for|by|from|ago|later|earlier|before|after|since|until|with|as|than|is|was"
    r"|are|were|the|a|an)\b)[A-Za-z$£€]"
)
# "between 50 and 70 on the GPa scale", "6.5 on the Richter scale": the unit named after the number
_ON_SCALE = re.compile(r"\s+on\s+the\s+(?P<u>[A-Za-z°]+)\s+scale\b")


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
    higher" stays ``=``, and an approximation or lower bound next to the number outweighs the verb ("up
    about 19%" is ``~``, "climbed more than 3%" ``>``), as NewsQuant annotates them; an "or" apposition or a
    list that drops the verb ("down 2.3%, Burlington by 2.6%") shares the move), ``hedge``
    (the hedge words kept, comma-separated, e.g. "more than" or "about, expected"; None if none),
    ``surface`` (the exact span) and ``char_start``/``char_end`` (offsets into ``text``).

    Numbers are read in digits ("1,307,000", Indian "12,34,567", spaced "80 000", "1.99×10^30", "3e8"), words
    ("two-and-a-half", "a quarter million", "two dozen") and fractions ("1/4 point"); "from 21 mpg combined to 23"
    is one range, as is "between 5 and 7"; an amount in a currency and its subunit ("3 dollars 50 cents") is one.

    Not reported, because they are not amounts: years ("in 2023", "a 2023 report"), dates ("July 22",
    "22/07/2025"), clock times ("12:07 PM"), ordinals ("3rd", "second-quarter"), scores and vote tallies
    ("won 5-4"), phone numbers, labels ("Section 427", "Game 7", "iPhone 11"), codes with leading zeros ("007"),
    resolutions ("4K TVs"), periods ("the first half of the year"), spans naming a thing ("a five-year
    contract", "a 52-week high"), names ending in a number word ("BBC One") and codes glued to a small number
    ("COP28").
    """
    return [public_record(q, text) for q in scan(text)]


def _same(value: float | None) -> float | None:
    return value


def _tidy(value: float | None) -> float | None:
    """8.2 * 1e9 is 8199999999.999999 in floating point: round off the last bits the scale multiplied in."""
    return None if value is None else float(f"{value:.12g}")


def public_record(q: Quantity, text: str) -> dict:
    tidy = _tidy if q.scale != 1.0 else _same  # only a scale multiplies noise in
    return {
        "value": tidy(q.value),
        "value_low": tidy(q.value_low),
        "value_high": tidy(q.value_high),
        "unit": q.unit,
        "change": q.change,
        "hedge": q.hedge,
        "surface": text[q.start : q.end],
        "char_start": q.start,
        "char_end": q.end,
    }


def scan(text: str, listed_times: bool = False, context: str = "") -> list[Quantity]:
    """The quantities of ``text`` with the extra reading details (noun, precision) claims need.

    ``listed_times``: a time whose clock units are listed with commas ("2 hours, 0 minutes and 12 seconds") is one
    duration, as the claims table gives it; ``extract_quantities`` lists the parts, as NewsQuant annotates them.
    ``context``: text about the same article that is not read for quantities (its headline), used as evidence of
    which currency a shared word ("kroner", "pesos") means."""
    if not text:
        return []
    text = repair(text)
    masked = mask(text)
    fractions = _slash_fractions(text) + _powers_of_ten(text) + _race_times(text)
    for f in fractions:
        masked = masked[: f.start] + " " * (f.end - f.start) + masked[f.end :]
    atoms = [a for a in (_read_atom(m, text) for m in atom_matches(masked)) if a is not None]
    atoms += fractions
    text_lower = lowered(text)
    # five substring searches (C speed) rather than one regular expression tried at every character
    if text_lower is None or any(w in text_lower for w in _APPROX_WORDS):
        atoms += _approximate_plurals(text, atoms, text_lower)
    atoms += _folds(text, text_lower)
    _one_currency_per_word(atoms, text, context)
    atoms.sort(key=lambda a: (a.start, -a.end))
    atoms = [a for i, a in enumerate(atoms) if not any(b.end > a.start for b in atoms[max(0, i - 3) : i])]
    quantities = join_ranges(_join_compound_measures(atoms, text, listed_times), text)
    quantities = [q for q in quantities if is_claim(q, text)]
    carry_units(quantities, text)
    _scale_units(quantities, text)
    quantities = join_from_to(quantities, text)
    quantities = _join_subunits(quantities, text)
    _compared_money(quantities, text)
    _index_levels(quantities, text)
    _points_of_a_percentage(quantities, text)
    _share_rates(quantities, text)
    _clause_end_rates(quantities, text)
    spans = split_sentences(text)
    starts = [a for a, _ in spans]
    previous: Quantity | None = None
    for q in quantities:
        i = bisect_right(starts, q.start) - 1  # spans are sorted and disjoint
        s_start, s_end = spans[i] if i >= 0 and q.start < spans[i][1] else (0, len(text))
        sentence_left = text[s_start : q.start]
        sentence_right = text[q.end : s_end]
        change, hedges = _stated_reference(
            *change_and_hedge(sentence_left, sentence_right, q), sentence_left, sentence_right
        )
        if change == "down" and _FELL_SHORT.search(sentence_left) and _SHORT_AFTER.match(sentence_right):
            change = "="  # "falling nine seats short of a majority": a shortfall, nothing fell
        if change in (">", "<") and q.extras.get("range"):
            change = "="  # "from up to 252 miles to 287 miles": a range has both ends, it is no one-sided bound
        q.change = change
        if not q.extras.get("implied") and (relative := _relative_direction(q, sentence_right)):
            q.extras["implied"] = relative  # "$100 more than the X6", "2.7 million fewer than": a difference
        gap = text[previous.end : q.start] if previous is not None else ""
        same_amount = previous is not None and not previous.extras.get("age") and not _exact_in_brackets(
            previous, q, gap
        ) and (
            _SAME_AMOUNT_GAP.fullmatch(gap)
            or (_NEXT_CONVERSION_GAP.fullmatch(gap) and _bracketed_pair(previous, q, text))
            or _dashed_rate(previous, q, gap, text)
        )
        if previous is not None and change == "=" and same_amount:
            # "more than 7.5 million crowns (US $1.1 million)", "fell $2.15, or 2.6%": the same amount again
            q.change = previous.change
            hedges = hedges or ([previous.hedge] if previous.hedge else [])
        elif (
            previous is not None and change == "=" and (moved := _move_of(previous))
            and previous.unit == q.unit
            and (_ELLIPSIS_GAP.fullmatch(gap) or _AND_GAP.fullmatch(gap) or _period_item(gap, sentence_right))
        ):  # fmt: skip
            q.change = moved  # "Ross was down 2.3%, Burlington by 2.6%": the verb is not repeated
        elif (
            previous is not None and change == "=" and (moved := _move_of(previous)) and previous.unit == q.unit
            and _BY_ITEM_BEFORE.search(sentence_left[-32:]) and _verbless_list_gap(gap)
        ):  # fmt: skip
            q.change = moved  # "rose 15.1% over 2004, but by only 2.8% in the second half": the verb is not repeated
        if previous is not None and _parallel_move_unit(previous, q, gap):
            q.unit, q.unit_given = previous.unit, True  # "the DAX rose 2 percent but the Nasdaq fell 1"
        previous = q
        hedges += [h for h in sentence_hedges(text[s_start:s_end]) if not any(h in kept for kept in hedges)]
        q.hedge = ", ".join(dict.fromkeys(hedges)) or None
        if q.change == ">" and q.value_low is None:
            q.value_low = q.value
        elif q.change == "<" and q.value_high is None:
            q.value_high = q.value
    return quantities


def _one_currency_per_word(atoms: list[Quantity], text: str, context: str) -> None:
    """One currency per article for a shared currency word: where the article names only one of the currencies
    "kroner" may be (Norway, Oslo or NOK anywhere in it or its headline), every "kroner" is that one, however far
    from the name; where it names several, each amount keeps the one named nearest to it."""
    words = {a.extras["currency_word"] for a in atoms if "currency_word" in a.extras}
    for word in words:
        named = un.currencies_named(word, f"{text}\n{context}" if context else text)
        if len(named) != 1:
            continue
        code = named.pop()
        for a in atoms:
            if a.extras.get("currency_word") == word and a.unit[:3] != code:
                a.unit = code + a.unit[3:]  # (keeping a rate's "_per_day")


# "below the £440m that analysts had pencilled in", "nine short of the 151 needed": "the" makes the figure a
# reference the text states exactly, the comparison bounds something else
_REFERENCE_BEFORE = re.compile(
    r"\b(?P<h>below|above|under|over|beyond|short\s+of|shy\s+of|higher\s+than|lower\s+than|more\s+than|"
    r"less\s+than)\s+the\s+(?:(?:about|around|roughly|some|approximately|estimated|expected|forecast)\s+)?$",
    re.I,
)
# what makes the figure after "the" someone's figure: a relative clause or a participle naming who set or saw it
# ("the £440m that analysts had pencilled in", "the 47.3% forecast by analysts", "the 4.3% rise seen a year
# earlier"); "above the $47 a barrel mark" keeps its bound, since the mark bounds the price the sentence is about
_REFERENCE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:that|which|expected|forecast|forecasted|predicted|needed|required|reported|seen|"
    r"mentioned|pencil(?:l)?ed|estimated|anticipated|projected|targeted|budgeted|promised|recorded|posted)\b",
    re.I,
)
_FELL_SHORT = re.compile(r"\b(?:fall|falls|falling|fell|fallen)\s+$", re.I)
_SHORT_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+short\s+of\b", re.I)


def _stated_reference(change: str, hedges: list[str], left: str, right: str) -> tuple[str, list[str]]:
    """A bound whose figure follows "the" and names whose figure it is states that figure exactly: no bound, and
    no bound hedge."""
    m = _REFERENCE_BEFORE.search(left[-48:]) if change in ("<", ">") else None
    if m is None or not _REFERENCE_AFTER.match(right):
        return change, hedges
    word = _SPACES.sub(" ", m.group("h").lower())
    return "=", [h for h in hedges if h != word]


_PARALLEL_UNITS = frozenset({"percent", "percentage_point", "basis_point", "point"})
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s")


def _parallel_move_unit(previous: Quantity, q: Quantity, gap: str) -> bool:
    """Whether a bare moved number takes the rate of the move just before it: "rose 2 percent but ... fell 1".

    Writers give the unit of two parallel moves once; a plain number moved by a verb right after a moved rate
    (same sentence, no number between) is in that rate, never a count of nothing.
    """
    return (
        q.change in ("up", "down") and not q.unit_given and q.noun is None and q.scale == 1.0
        and q.value_low is None and previous.unit in _PARALLEL_UNITS and _move_of(previous) is not None
        and len(gap) <= 60 and not _CLAUSE_BREAK.search(gap)
    )  # fmt: skip


# Before the second item of a move whose verb is left out: "... and by 24%", "..., but by only 2.8%"
# (the joiner straight before "by": "rose 5%, helped by 3% growth" names a cause, not a second move)
_BY_ITEM_BEFORE = re.compile(
    r"(?:,|\b(?:and|but|or|while))\s+by\s+(?:only\s+|just\s+|a\s+further\s+|another\s+)?$", re.I
)
_LIST_JOINER = re.compile(r",|\b(?:and|but|while|whereas)\b")
# a verb of its own in the gap gives the second item its own reading: "rose 5% and was hit by 2%"
_OWN_VERB = re.compile(
    r"[.;:!?]|\b(?:is|was|were|are|be|been|has|had|have|will|would|could|did|does|hit|cut|driven|led|caused)\b", re.I
)


def _verbless_list_gap(gap: str) -> bool:
    """Whether the text between two moves joins them as one list with the verb given once.

    "rose by 8% globally in January alone and by 24%", "went up by 0.4% on the month and by 12.6%": a joiner,
    no verb or clause break of its own, and short. Numbers in the gap are no amounts (a quantity there would be
    the previous one), only years and dates: "rose 15.1% over 2004, but by only 2.8%".
    """
    return (
        len(gap) <= 80 and _LIST_JOINER.search(gap) is not None and _OWN_VERB.search(gap) is None
        and CHANGE_BEFORE.search(gap) is None
    )  # fmt: skip


def _move_of(q: Quantity) -> str | None:
    """The move a quantity states: its change, or the verb's direction that a hedge outweighed ("up about 5%")."""
    if q.change in ("up", "down"):
        return q.change
    return q.extras.get("implied") if q.change in ("~", ">") else None


# Between two quantities that state one amount twice: a conversion in brackets or an "or" apposition.
_SAME_AMOUNT_GAP = re.compile(r"\s*[(/]\s*(?:US|U\.S\.)?\s*|\s*[,–—-]?\s+or\s+(?:US\s+)?", re.I)
_NEXT_CONVERSION_GAP = re.compile(r"\s*[;,]\s*")  # "($3.2bn; £1.7bn)": a second conversion in the same brackets


_DASH_GAP = re.compile(r"\s+[-–—]\s+")


def _dashed_rate(first: Quantity, second: Quantity, gap: str, text: str) -> bool:
    """'rose 15 cents - 1.1% - on Nasdaq': a move restated as a rate between dashes, as "or 1.1%" restates it."""
    return (
        second.unit == "percent" and first.unit != "percent" and _DASH_GAP.fullmatch(gap) is not None
        and _DASH_GAP.match(text, second.end) is not None
    )  # fmt: skip


def _exact_in_brackets(first: Quantity, second: Quantity, gap: str) -> bool:
    """'more than half (55%)': the figure in brackets gives exactly what the fraction's words rounded."""
    return first.unit == "fraction" and first.words and second.unit == "percent" and "(" in gap


def _bracketed_pair(first: Quantity, second: Quantity, text: str) -> bool:
    """'($3.2bn; £1.7bn)': two conversions of one amount inside the same brackets."""
    return (
        first.currency_given and second.currency_given
        and text[max(0, first.start - 3) : first.start].rstrip().endswith("(")
        and text[second.end : second.end + 3].lstrip().startswith(")")
    )  # fmt: skip


# Between a move and the next item of a list that leaves out the verb: ", Burlington by", "; Qualcomm".
_AND_GAP = re.compile(r"\s*,?\s+(?:and|or)\s+")  # "rose 2 and 3 percent"
# ... and with the period of the first item between: "rose 0.5% month-on-month and 3.2% year-on-year", "fell 2% on
# the day and 5% over the week", "grew 4% in March and 6% in April": one verb for both periods' moves
_PERIOD_AND_GAP = re.compile(
    r"\s+(?:(?:year|month|quarter|week)[- ](?:on|over)[- ](?:year|month|quarter|week)|y/y|m/m|q/q|yoy|"
    r"(?:on|in|over|for)\s+the\s+(?:day|session|week|month|quarter|year)|(?:this|last)\s+(?:week|month|quarter|year)|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))"
    r"\s*,?\s+(?:and|while)\s+(?:by\s+)?"
)
_ELLIPSIS_GAP = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+|while\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:by\s+)?"
)


def _period_item(gap: str, right: str) -> bool:
    """Whether a number is a second period's move with the verb left out: "... month-on-month and 3.2% year-on-year".

    Not a share that starts a clause of its own: "grew 4% in March and 60% of buyers were new".
    """
    return _PERIOD_AND_GAP.fullmatch(gap) is not None and _OF_AFTER.match(right) is None


# A difference stated after the amount: "2.7 million fewer than its rival", "$100 more than the old model", and for
# money without "than" too: "will pay 50p more for a ticket", "£40 cheaper". The move is kept for the claim (as
# ``context.implied_direction`` keeps "a 3% drop"): such an amount is the gap between two levels, never a level.
_MORE_THAN_AFTER = re.compile(r"\s+(?:(?P<up>more)|(?P<down>fewer|less))\s+than\b", re.I)
_MONEY_MORE_AFTER = re.compile(
    r"\s+(?:(?P<up>more|extra|dearer|costlier)|(?P<down>less|cheaper))\b(?!\s+(?:of|or|and)\b)", re.I
)


def _relative_direction(q: Quantity, right: str) -> str | None:
    """'up' or 'down' for an amount stated as more or less than another (``_MORE_THAN_AFTER``), else None."""
    if q.value_low is not None or q.unit in ("percent", "percentage_point", "basis_point", "ratio", "fraction"):
        return None  # rates: ``context.implied_direction`` reads their comparatives
    m = _MORE_THAN_AFTER.match(right) or (_MONEY_MORE_AFTER.match(right) if q.currency_given else None)
    if m is None:
        return None
    return "up" if m.group("up") else "down"


def _scale_units(quantities: list[Quantity], text: str) -> None:
    """'diamonds score between 50 and 70 on the GPa scale': the scale names the unit of a bare number, and of a bare
    degree ("-40° on the Fahrenheit scale")."""
    if " scale" not in text:
        return
    for q in quantities:
        m = _ON_SCALE.match(text, q.end) if not q.unit_given or q.unit == "degree" else None
        if m:
            unit = un.PHYSICAL_SYMBOLS.get(m.group("u")) or un.PHYSICAL_WORDS.get(m.group("u").lower())
            if unit:
                q.unit, q.unit_given = unit, True


_SUBUNIT_GAP = re.compile(r"\s+(?:and\s+)?")


# A larger unit and the next smaller one written as one measure: "4 hours 10 minutes", "2h 25min", "6 feet 2
# inches", "11 hours and 40 minutes" (unit pair -> how many of the smaller make one of the larger). A comma between
# them ("3 years, 2 months, 14 days") lists the parts, and each stays a figure of its own.
_COMPOUND_UNITS = {
    ("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60, ("minute", "second"): 60,
    ("foot", "inch"): 12, ("hour", "second"): 3600,  # "two hours and 12 seconds": no minute to name
}  # fmt: skip
_COMPOUND_GAP = re.compile(r"\s+(?:and\s+)?|(?<=[a-z])(?=\d)")
# ... except, in the claims table (``scan(listed_times=True)``), the parts of a time on the clock's fixed units listed
# with commas: "2 hours, 0 minutes and 12 seconds" is one time (a calendar's months and years have no fixed length, so
# "2 years, 4 months" stays a list of parts). ``extract_quantities`` lists them, as NewsQuant's annotators do.
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})
_CLOCK_LIST_GAP = re.compile(r",\s+(?:and\s+)?")


def _join_compound_measures(atoms: list[Quantity], text: str, listed_times: bool = False) -> list[Quantity]:
    """Adjacent atoms of one measure in two units joined into one, in the smaller unit (250 minutes for "4 hours 10
    minutes"), before ranges are read: "from 4 hours 10 minutes to 2 hours 25 minutes" is then a move between two
    journey times, not "10 minutes to 2 hours". With ``listed_times``, clock units listed with commas too."""
    out: list[Quantity] = []
    for q in atoms:
        a = out[-1] if out else None
        factor = _COMPOUND_UNITS.get((a.unit, q.unit)) if a is not None else None
        if (
            a is not None and factor is not None and a.value_low is None and q.value_low is None
            and a.scale == 1.0 and q.scale == 1.0 and 0 <= q.value < factor
            and (
                _COMPOUND_GAP.fullmatch(text[a.end : q.start])
                or (listed_times and a.unit in _CLOCK_UNITS and _CLOCK_LIST_GAP.fullmatch(text[a.end : q.start]))
                or (_CLOCK_LIST_GAP.fullmatch(text[a.end : q.start]) and _hyphenated_spans(a, q, text))
            )
        ):  # fmt: skip
            a.value = a.value * factor + q.value
            a.unit, a.end, a.decimals = q.unit, q.end, q.decimals
            continue
        out.append(q)
    return out


_HYPHENATED_UNIT = re.compile(r"\w-[a-z]+$")


def _hyphenated_spans(a: Quantity, b: Quantity, text: str) -> bool:
    """'a 2-hour, 47-minute final': two hyphenated measures before one noun are coordinate adjectives of one time,
    not a list of its parts."""
    return bool(_HYPHENATED_UNIT.search(text, a.start, a.end) and _HYPHENATED_UNIT.search(text, b.start, b.end))


def _join_subunits(quantities: list[Quantity], text: str) -> list[Quantity]:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents', '£1 and 50p': one amount in two units."""
    out: list[Quantity] = []
    for q in quantities:
        a = out[-1] if out else None
        pence = a is not None and a.unit == "GBP" and q.unit == "GBX" and q.value < 100
        if (
            a is not None and a.currency_given and q.currency_given and a.scale == 1.0
            and ((a.unit == q.unit and q.value < 1.0 and q.decimals >= 2) or pence)
            and q.value_low is None and a.value_low is None and a.value == int(a.value)
            and _SUBUNIT_GAP.fullmatch(text[a.end : q.start])
        ):  # fmt: skip
            a.value += q.value / 100 if pence else q.value
            a.end = q.end
            a.decimals = max(a.decimals, 2)
            continue
        out.append(q)
    return out


# (and more of the same money: "1bn euros immediately, with another 550m to follow", "a further 20m")
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|to|against|versus|vs\.?|compared\s+(?:with|to)|than|another|a\s+further|an\s+(?:extra|additional))"
    r"\s+(?:about\s+|around\s+|just\s+)?$",
    re.I,
)
_CONVERSION_GAP = re.compile(r"\s*[(;/]\s*(?:US|U\.S\.)?\s*|\s*,?\s+or\s+(?:US\s+)?", re.I)
_GLUED_M = re.compile(r"\d[mM]$")


def _compared_money(quantities: list[Quantity], text: str) -> None:
    """'77m euros (£53m), up from 38m', '$5bn against 3bn': the earlier figure drops the currency, not the money.

    A bare scaled amount (or "38m", read as metres when alone) compared with money of the same scale just before it
    in the sentence is that money.
    """
    money: Quantity | None = None
    previous: Quantity | None = None
    millions: Quantity | None = None  # the last amount in millions of something other than money
    for q in quantities:
        after_previous = text[previous.end : q.start] if previous is not None else ""
        previous = q
        if _million_again(q, millions, text):
            q.value = num.scaled(q.value, 1e6)  # "fell 1m barrels to 294.3m": the level is in the move's millions
            q.scale = 1e6
            q.unit = millions.unit
            continue
        if q.scale == 1e6 and not q.currency_given and q.unit != "metre":
            millions = q
        if q.currency_given and q.scale in (1e6, 1e9, 1e12):
            if money is None or not _CONVERSION_GAP.fullmatch(after_previous):
                money = q  # not the "(£53m; $100m)" conversions of the amount before
            continue
        if money is None or q.start - money.end > 120 or _SENTENCE_BREAK.search(text, money.end, q.start):
            continue
        glued_m = (
            q.unit == "metre" and money.scale >= 1e6 and _GLUED_M.search(text, q.start, q.end)
            and _million_noun(text[q.end : q.end + 40]) is None  # "another 100m race" is a distance
        )  # fmt: skip
        if not (glued_m or (not q.unit_given and q.scale == money.scale and q.noun is None)):
            continue
        if not _COMPARED_BEFORE.search(text, max(0, q.start - 30), q.start):
            continue
        if glued_m:
            q.value = num.scaled(q.value, 1e6)
            q.scale = 1e6
        q.unit, q.unit_given, q.currency_given = money.unit, True, True


def _million_again(q: Quantity, millions: Quantity | None, text: str) -> bool:
    """'fell 1m barrels to 294.3m', 'from 2m users to 3m': a glued "m" compared with millions of a thing is millions.

    Alone, "294.3m" reads as metres; after a move or a "from" in millions of barrels or users (same sentence, close
    by), it is the same kind of amount with its noun left out.
    """
    return (
        millions is not None and q.unit == "metre" and q.start - millions.end <= 80
        and _GLUED_M.search(text, q.start, q.end) is not None
        and not _SENTENCE_BREAK.search(text, millions.end, q.start)
        and _COMPARED_BEFORE.search(text, max(0, q.start - 30), q.start) is not None
    )  # fmt: skip


_PER_AFTER = re.compile(r"\s*(?:per|a|an|/)\s+[a-z]", re.I)
_INDEX_NAME = re.compile(
    r"\b(?:index|indices|indexes|Dow|Nasdaq|S&P|FTSE|DAX|CAC|Nikkei|Hang\s+Seng|Sensex|Nifty|TSX|Kospi|Stoxx|"
    r"TA-\d+|ASX|Straits\s+Times|Shanghai\s+Composite|KLCI|Euro\s+Stoxx|"
    r"Stock\s+Exchange|bourse|benchmark)\b"  # "the Jakarta Stock Exchange was down 2.1% at 1,011.15"
)
_LEVEL_BEFORE = re.compile(r"\b(?:at|to|from)\s+(?:a\s+(?:record|fresh|new)\s+(?:high|low)\s+of\s+)?$", re.I)


def _index_levels(quantities: list[Quantity], text: str) -> None:
    """'The TA-125 lost 1.1% to end at 1,334.20': a stock index level is in points even when "points" is left out."""
    for q in quantities:
        if q.unit_given or q.noun or q.scale != 1.0 or q.words or q.value < 100 or q.value_low is not None:
            continue
        left = text[max(0, q.start - 80) : q.start]
        if _PER_AFTER.match(text, q.end):
            continue  # "the yen traded at 108.5 per dollar": a rate, not an index level
        clause = re.split(r"[;.!?]\s|,?\s+(?:while|and|but)\s", left)[-1]
        if _LEVEL_BEFORE.search(clause) and _INDEX_NAME.search(clause):
            q.unit, q.unit_given = "point", True



_PERCENT_LEVEL_BEFORE = re.compile(r"\b(?:at|to|from)\s+$", re.I)
# a percent opening its clause as a share of people, a level for the points that follow it ("while 61% supported
# the strikes, up four points"), where a move in percent follows a verb ("rose 1.2%, up 96 points")
_SHARE_OPENS_CLAUSE = re.compile(r"(?:\b(?:while|whereas|but|that|showed|found)\s+|(?:^|[.;:]\s+))$", re.I)
_SAME_MOVE_GAP = re.compile(r"\s*,?\s*(?:or|and|up|down)\b", re.I)


def _points_of_a_percentage(quantities: list[Quantity], text: str) -> None:
    """'Labour rose 1.4 points to 34.2%': a move in points of a level given in percent is in percentage points.

    An index's "fell 300 points, or 0.8%" gives the same move twice and keeps its points. Points in a paragraph
    about votes, polls or a rate ("the 6.7-point margin between the parties", "the swing was 5.2 points") are
    percentage points too, unless the paragraph names an index, whose points are its own."""
    levels = [
        p for p in quantities
        if p.unit == "percent" and _PERCENT_LEVEL_BEFORE.search(text[max(0, p.start - 8) : p.start])
    ]
    openers = [
        p for p in quantities
        if p.unit == "percent" and _SHARE_OPENS_CLAUSE.search(text[max(0, p.start - 10) : p.start])
    ]
    for q in quantities:
        if q.unit != "point" or q.value_low is not None or abs(q.value) >= 100:
            continue
        for p in levels + [p for p in openers if p.end <= q.start]:
            near = p.start - q.end if p.start >= q.end else q.start - p.end
            gap = text[q.end : p.start] if p.start >= q.end else text[p.end : q.start]
            if 0 <= near <= 60 and not re.search(r"[.;!?]\s", gap) and not _same_move_in_percent(q, p, text):
                q.unit = "percentage_point"
                break
        else:  # no percent level beside it: the paragraph's subject decides ("at one point" is a moment)
            if not _AT_ONE_POINT.search(text, max(0, q.start - 3), q.end) and _share_paragraph(q, text):
                q.unit = "percentage_point"


_AT_ONE_POINT = re.compile(r"\bat\s+one\s+point$", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|</p>|<p>")
_PARAGRAPH_REACH = 600  # how far a paragraph is read around a figure, so a run-on text costs no more
# Words of a share of votes or of a rate, whose points are percentage points
_SHARE_WORDS = re.compile(
    r"\b(?:vot(?:e|es|ers|ing)|polls?|polling|ballots?|elections?|electoral|electorate|seats|turnout|swing|"
    r"approval|unemployment|jobless|"
    r"inflation|(?:interest|jobless|participation|employment|savings|tax|mortgage)\s+rates?)\b",
    re.I,
)


def _share_paragraph(q: Quantity, text: str) -> bool:
    """Whether the paragraph around a point figure is about vote shares or rates and names no stock index."""
    lo, hi = max(0, q.start - _PARAGRAPH_REACH), q.end + _PARAGRAPH_REACH
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, lo, q.start)]
    lo = breaks[-1] if breaks else lo
    after = _PARAGRAPH_BREAK.search(text, q.end, hi)
    hi = after.start() if after else hi
    return bool(_SHARE_WORDS.search(text, lo, hi)) and not _INDEX_NAME.search(text, lo, hi)


def _same_move_in_percent(q: Quantity, p: Quantity, text: str) -> bool:
    """'fell 300 points, or 0.8%': the percent right after the points restates the move, it is no level."""
    m = _SAME_MOVE_GAP.match(text, q.end)
    return m is not None and p.start >= q.end and p.start - m.end() <= 12


def atom_matches(masked: str) -> list[re.Match]:
    """Exactly ``list(_ATOM.finditer(masked))``, found by trying ``_ATOM`` only where a match can start.

    ``_ATOM`` has no literal prefix, so ``finditer`` runs its whole pattern at every character: the largest cost
    of a scan. A match starts at its number (which ``_CORE`` finds: digits cannot start inside a run of digits,
    being preceded by a word character), at its currency (``_PREFIX``), or at a sign or the point of ".5" just
    before the number; every other position is skipped. ``match(masked, p)`` sees the text before ``p``, so the
    lookbehinds behave as in ``finditer``.
    """
    out: list[re.Match] = []
    masked_lower = lowered(masked)  # (None: a character ``re.IGNORECASE`` may read as an ASCII letter)
    prefixes, prefix_text = (_PREFIX, masked) if masked_lower is None else (_PREFIX_LOWER, masked_lower)
    pos = 0  # the end of the last match: finditer resumes there
    done = -1  # every position up to here was tried or cannot start a match
    for c in _core_starts(masked):
        lo = max(pos, c - _REACH, done + 1)
        if lo > c:
            continue
        done = c
        # a currency starting before c ends by c + _PREFIX_LEN, so the shortened search still finds it
        prefix = prefixes.search(prefix_text, lo, c + _PREFIX_LEN) if lo < c else None
        first = prefix.start() if prefix is not None and prefix.start() < c else c
        # (a sign or point is rare: one search of the few characters instead of a test of each)
        has_sign = lo < first and _SIGN_OR_POINT_RE.search(masked, lo, first) is not None
        tries = [p for p in range(lo, first) if masked[p] in _SIGN_OR_POINT] if has_sign else []
        tries += range(first, c + 1)
        for p in tries:
            m = (_ATOM_AT_DIGIT if "0" <= masked[p] <= "9" else _ATOM).match(masked, p)
            if m is not None:
                out.append(m)
                pos = m.end()  # past its number, so past c: the candidates inside it are skipped
                break
    return out


# Small patterns of ``_read_atom`` and ``_read_unit``, compiled once: they run for every number read.
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_SPACES = re.compile(r"\s+")
_GLUED_CODE = re.compile(r"[A-Z]{3}")  # a currency code with no space before its number ("USD1.2bn", "COP28")
_SMALL_INTEGER = re.compile(r"\d{1,2}")
_DIMENSION_NEXT = re.compile(r"\s?\d")
_CURRENCY_SIGN = re.compile(r"[$£€¥₹]")
_HYPHENATED = re.compile(r"\w-\w")
_OF_AFTER = re.compile(r"\s+of\b")
_DIGIT_AFTER = re.compile(r"\s+\d")
_FRACTION_POINT = re.compile(r"(?:\s+of)?(?:\s+an?)?[\s-](?:percentage[\s-])?points?\b")
_POINT_COMPOUND = re.compile(r"-points?\b", re.I)
# "21-st", "3-D", and a model's variant "777-200LR"; not "2,000-strong", "25-state"
_ORDINAL_TAIL = re.compile(r"-(?:st|nd|rd|th)\b|-[A-Z]|-\d{1,4}(?P<code>[A-Z]{2,3})\b")
_US_AFTER = re.compile(r"\s?(?:US|U\.S\.)(?![A-Za-z])")
_POUNDS_AFTER = re.compile(r"\s?(?:pounds?)(?![A-Za-z])")
# "two pound fifty", "three pound 20": a singular "pound" and the pence after it is a price said aloud (a weight
# takes the plural, or names its ounces: "six pound four ounces")
_PENCE_SPOKEN = re.compile(
    r"\s(?P<p>\d{2}|[a-z]+(?:-[a-z]+)?)(?![\w-])(?!\s+(?:ounces?|oz)\b)(?!\s*(?:[-–]|to|or|and)\s*\d)", re.I
)
# pounds by the hour, month or year are a wage, a fee or an income, not a weight: "two or three pounds per month";
# and pounds restated in another currency are money: "12.95 pounds ($16.40) an hour"
_POUNDS_PER_TERM = re.compile(
    r"\s(?:per|an?)\s(?:hour|week|month|year)\b|\s?\(\s*(?:[A-Z]{1,3}\s?)?[$€¥₹]\s?\d|\s?\(\s*\d[\d.,]*\s?(?:dollars|euros)\b"
)
# A verb or noun of money shortly before "N pounds": "earns 45,000 pounds a year", "a fine of 500 pounds"
_MONEY_CUE = re.compile(
    r"\b(?:earn(?:s|ed|ing)?|paid|pay(?:s|ing)?|cost(?:s|ing)?|worth|fined?|salary|wages?|spen[dt]|spending|"
    r"invest(?:ed|s|ing)?|donat(?:ed|es|ing)|owe[sd]?|charg(?:ed|es|ing)|fees?|bill|budget|prices?d?)\b[^.,;:!?]{0,20}$",
    re.I,
)
_EARLIER_AFTER = re.compile(r"\s+(?:earlier|ago|later|before)\b")
# The cents of a price said after its currency: "15 dollars 50", "17 USD 25 more", ending its clause
_AMOUNT_CENTS = re.compile(r"\s(?P<c>\d{2})(?=\s*(?:[.,;:!?)]|$)|\s+(?:more|less|each|apiece|only|instead)\b)")
# Words of money and exchange rates near "marks": "dollar: 143.80 yen; 1.8500 marks"
_FX_CUE = re.compile(
    r"\b(?:dollars?|yen|francs?|pounds?|sterling|currency|exchange|deutsche|d-?mark|bonn|german)", re.I
)
# Words of ships, wind and flight near "kn": the knot's symbol there, the Croatian kuna's elsewhere
_NAUTICAL_CUE = re.compile(
    r"\b(?:boats?|ships?|vessels?|ferry|ferries|yachts?|sail(?:s|ed|ing)?|wind(?:s|speeds?)?|gusts?|cruis(?:e|ed|ing)|"
    r"nautical|knots|aircraft|airspeed|tanker|submarine|hurricane|storm|jets?|planes?|airliners?|pilots?|"
    r"flights?|altitude)\b",
    re.I,
)
_KNOT_SYMBOL = re.compile(r"\s?kts?\b")  # "290 kt", "15kts": the knot as pilots and sailors write it
# Kitchen words that make "cup" a measure, not a trophy
_KITCHEN_CUE = re.compile(
    r"\b(?:tablespoons?|teaspoons?|tbsp|tsp|recipe|flour|sugar|milk|butter|oil|water|coffee|tea|rice|cream|"
    r"stir|bake|cook|chopped|melted|grated|sliced|diced|ounces|grams)\b",
    re.I,
)
_OF_NEXT = re.compile(r"\s+of\b")


def _marks_are_money(q: Quantity, text: str) -> bool:
    """Whether "N marks" is an amount of Deutsche marks: scaled or with decimals, or near currency words."""
    if q.scale >= 1e3 or q.decimals > 0:
        return True
    near = _FX_CUE.search(text, max(0, q.start - 80), q.end + 80)
    return bool(near or _MONEY_CUE.search(text, max(0, q.start - 40), q.start))


_BARE_CROWNS = frozenset({"crowns", "krone"})


def _crowns_are_money(q: Quantity, word: str, text: str) -> bool:
    """Whether a bare "crowns" / "krone" is a currency: scaled or with decimals, or a crown's country is named."""
    if q.scale >= 1e3 or q.decimals > 0 or _MONEY_CUE.search(text, max(0, q.start - 40), q.start):
        return True
    return un.currency_in_context(word, text, q.start) is not None


def _kitchen_cup(q: Quantity, text: str, end: int) -> bool:
    """Whether "N cup(s)" measures something: "a cup of", a fraction of a cup, or a recipe's words around it."""
    if q.decimals == 0 and 1800 <= q.value <= 2100:
        return False  # "the 1966 Cup final"
    if _OF_NEXT.match(text, end) or q.value != int(q.value):
        return True
    return bool(_KITCHEN_CUE.search(text, max(0, q.start - 80), end + 80))


_CENTS_AFTER = re.compile(r"\s?cents?\b")
# A rate hyphenated to the noun it qualifies: "a 25-basis-point cut", "a 5-percent rise", "a 10-per-cent tariff"
# (not "-point": "three-point range" and "a 10-point plan" name things as often as they state a lead)
_HYPHEN_RATE = re.compile(
    r"-(?P<u>per[\s-]cent|percent|pct|percentage[\s-]points?|basis[\s-]points?)(?![A-Za-z0-9])", re.I
)
# "-point" before a noun of a move or a gap reads as "N points" ("a 4.1-point rise", "a 10-point lead"); before
# other nouns it names a kind of thing ("a 10-point plan", "a three-point shot") and stays no unit
_POINT_MOVE = re.compile(
    r"-points?(?=[\s-](?:[a-z]+\s)?(?:rise|increase|gain|jump|climb|surge|fall|drop|decline|slump|plunge|dip|slide|"
    r"lead|margin|gap|swing|deficit|advantage|miss|shift|difference|improvement|deterioration)s?\b)",
    re.I,
)
# A "p" set apart from its number is pence where a price ends ("down 68 p at 1112 p."), not "5 p.m." or "p 12"
_SPACED_PENCE = re.compile(
    r"\sp(?:\s*(?:[,;)]|\.(?![\w.])|$)|\s+(?:at|to|a|an|per|each|lower|higher|up|down|from|or|and)\b)"
)


def _unit_code(code: str) -> bool:
    """Whether capital letters glued to a number are a unit ("MW", "GB", "EUR"), not a model's variant ("LR")."""
    return bool(
        un.PHYSICAL_SYMBOL_RE.fullmatch(code) or un.PHYSICAL_WORD_RE.fullmatch(code)
        or un.CURRENCY_WORD_RE.fullmatch(code)
    )  # fmt: skip


def _core_starts(masked: str) -> list[int]:
    """The starts of ``_CORE.finditer(masked)``, in order.

    In the lowered text (same offsets, and every number word found as ``re.IGNORECASE`` would find it, unless
    ``lowered`` gives None for a character that folds otherwise) the words are matched without ignoring case.
    Wide text whose characters beyond Latin-1 are punctuation is read in its ``latin1_stand_in``: ``_CORE``
    sees those characters only as neither word characters, digits nor spaces, as it sees "?".
    """
    narrow = latin1_stand_in(masked)  # ``masked`` when it is Latin-1 already
    if narrow is None:
        return _wide_core_starts(masked)
    narrow_lower = narrow.lower()  # (``lowered``: no character below 256 folds as ``CASE_TRAPS`` do)
    first = _CORE_WORDS_LOWER.match(narrow_lower)
    starts = [0] if first is not None else []
    both = _CORE_BOTH_ASCII if narrow.isascii() else _CORE_BOTH_LATIN1  # (then lower-cased too)
    # a word's start is its group's, a digit run's the match's (no group)
    starts += [m.start(m.lastindex or 0) for m in both.finditer(narrow_lower, first.end() if first else 0)]
    return starts


def _wide_core_starts(masked: str) -> list[int]:
    """``_core_starts`` of a text with word characters or spaces beyond Latin-1: two searches, or ``_CORE``."""
    masked_lower = lowered(masked)
    if masked_lower is None:
        return [m.start() for m in _CORE.finditer(masked)]
    starts = [m.start() for m in _CORE_DIGITS_RE.finditer(masked)]
    first = _CORE_WORDS_LOWER.match(masked_lower)
    if first is not None:
        starts.append(0)
    starts += [m.start(1) for m in _CORE_WORDS_AFTER.finditer(masked_lower, first.end() if first else 0)]
    starts.sort()
    return starts


def _read_atom(m: re.Match, text: str) -> Quantity | None:
    """One number with its currency, sign, scale and unit, or None when it is not an amount."""
    start, end = m.start(), m.end()
    pre, sign, digits, words = m.group("pre", "sign", "digits", "words")
    if words is not None:
        if pre and not _CURRENCY_SIGN.fullmatch(pre.strip()):
            return None
        value = num.parse_words(words)
        if value is None:
            return None
        fraction = bool(_FRACTION_TAIL.search(" " + words)) and not _AND_A.search(words)
        if fraction and not (
            _HYPHENATED.search(words) or _SHARE_BEFORE.search(text[max(0, start - 30) : start])
            or _OF_AFTER.match(text, end) or _FRACTION_OF_UNIT.match(text[end:])
        ):  # fmt: skip
            return None  # "a third straight year" is an ordinal, "a third of voters" a share
        if words.lower() == "half" and _HALF_OF_PERIOD.search(text, max(0, start - 12), start):
            return None  # "the first half of the year", "the latter half of 2019": a period, not a share
        if _in_name(words, text, start) or _starts_name(words, text, start, end):
            return None  # "told BBC One", "a Formula One team", "the Six Nations": a number word inside a name
        if _DIGIT_AFTER.match(text, end) and words.lower() in ("one", "a", "an"):
            return None  # "one 52,000 barrel-a-day refinery"
        if words.lower() in ("one", "a", "an") and (
            _PRONOUN_ONE_BEFORE.search(text[max(0, start - 12) : start]) or _PRONOUN_ONE_AFTER.match(text[end:])
        ) and not _SHARE_AFTER.match(text, end):
            return None  # "that one", "each one"; but "the fact that one in ten users": a share
        decimals = num.spoken_decimals(words)
    else:
        if len(digits) == 1 and _RESOLUTION.match(text, m.start("digits")):
            return None  # "4K TVs", "8K video": a display resolution's name, not four thousand
        value = num.parse_digits(digits)
        decimals = num.decimals_of(digits)
        fraction = False
    q = Quantity(start=start, end=end, value=value, decimals=decimals, words=words is not None)
    # every match of ``_PLUS_OR_MINUS`` and ``_MINUS_WORD`` (in the last 7 of these 20 characters) holds a "+" or
    # "minus": most numbers have neither before them, and skip both searches
    low = lowered(text[max(0, start - 20) : start])
    plus_or_minus = low is None or "+" in low or "minus" in low
    if sign == "+":
        q.extras["sign"] = "+"
    elif plus_or_minus and _PLUS_OR_MINUS.search(text, max(0, start - 20), start):
        q.start += len(sign or "") if not pre else 0  # "+/-3%": the margin's figure, no sign of its own
    elif sign or (plus_or_minus and _MINUS_WORD.search(text[max(0, start - 7) : start])):
        if sign is None:
            q.start = start - len(_MINUS_WORD.search(text[max(0, start - 7) : start]).group(0))
        q.value = -q.value
        q.extras["sign"] = "-"
    if pre:
        q.unit = un.currency_of_prefix(pre)
        q.currency_given = q.unit_given = True
    if fraction:
        q.unit, q.unit_given = "fraction", True
        point = _FRACTION_POINT.match(text[q.end :])
        if point:  # "a quarter point", "half a percentage point"
            q.unit = "percentage_point"
            q.end += point.end()
        measure = _FRACTION_OF_UNIT.match(text[q.end :])
        if not point and measure and measure.group("u").lower() in un.PHYSICAL_WORDS:
            q.unit = un.PHYSICAL_WORDS[measure.group("u").lower()]  # "a quarter mile", "half an hour"
            q.end += measure.end()
    _read_scale(q, text)
    glued = pre is not None and digits is not None and m.end("pre") == m.start("digits")
    if glued and _GLUED_CODE.fullmatch(pre) and q.scale == 1.0 and _SMALL_INTEGER.fullmatch(digits):
        return None  # "COP28", "PHP8": an ISO code glued to a small whole number names a thing, not money
    _read_unit(q, text)
    if q.words and text[q.end : q.end + 1] == "-" and (
        q.unit == "fraction" or (not q.unit_given and (q.value < 2 or _POINT_COMPOUND.match(text, q.end)))
    ):
        return None  # "one-time", "one-off", "a half-step", "three-point range" (a kind of shot, as a "-point" plan
        # is a kind of plan); but "a three-bedroom house", "six-cylinder engines" count what the noun names, as "a
        # 3-bedroom house" does (NewsQuant annotates "four-, five- and six-cylinder")
    # (every match of ``_SPAN_BEFORE`` holds a hyphen: most numbers have none before them)
    span_lo = max(0, q.start - 16)
    larger = _SPAN_BEFORE.search(text, span_lo, q.start) if "-" in text[span_lo : q.start] else None
    compound = larger is not None and (larger.group("u").lower(), q.unit) in _COMPOUND_UNITS  # "2-hour, 47-minute"
    if q.words and _SPAN_MODIFIER.search(text, q.start, q.end) and _NOUN_NEXT.match(text, q.end) and not compound:
        return None  # "a five-year contract", "a two-month deal": a span naming the thing, not an amount stated
    if (
        _DIGIT_SPAN.fullmatch(text, q.start, q.end) and _NOUN_NEXT.match(text, q.end)
        and not _RANGE_BEFORE.search(text, max(0, q.start - 12), q.start) and not compound
    ):  # fmt: skip
        return None  # "a 52-week high", "the 10-year Treasury yield": the same span written in digits
    tail = _ORDINAL_TAIL.match(text[q.end : q.end + 9])
    if tail and tail.group("code") and (q.unit_given or q.value < 100 or _unit_code(tail.group("code"))):
        tail = None  # "a 10-20GB drive": the other end of a range with its unit, not a model's variant
    if _GLUED.match(text[q.end : q.end + 1]) or tail:
        return None  # "3rd", "1990s", "5G", "9AB8", "777-200LR": not an amount
    q.value = num.scaled(q.value, q.scale)
    return q


def _in_name(words: str, text: str, start: int) -> bool:
    """Whether a capitalised one-word number ends a name: "BBC One", "Air Force One", "World War Two".

    Mid-sentence, English capitalises a number word only inside a name; at the start of a sentence, clause or
    quotation, or after a lower-case word, it is an amount ("Two people died", "Police said: Three men ...").
    """
    if not words[:1].isupper() or not words.isalpha():
        return False
    m = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(0).strip().lower() in _NOT_NAME_WORDS:
        return False
    k = m.start()  # the last character before the name word (not a copy of all the text before it)
    while k and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] not in _OPENS_TEXT


# "Six Nations", "Five Live", "Three Gorges": the capitalised word a capitalised number word begins a name with
_NAME_WORD_AFTER = re.compile(r"\s[A-Z][a-z]+\b|['’]s\b")  # or the name's possessive: "while Five's share"


def _starts_name(words: str, text: str, start: int, end: int) -> bool:
    """Whether a capitalised number word mid-sentence starts a name: "the Six Nations", "told Five Live".

    English capitalises a number word inside a sentence only in a name; followed by another capitalised word it
    is that name's first word ("one Six Nations outing", "the Three Gorges Dam"), and so it is before a possessive
    ("while Five's proportion", the channel). At the start of a sentence,
    clause or quotation ("Two Britons died", 'said: "Three Men ...') it is an amount.
    """
    if not words[:1].isupper() or not words.isalpha() or _NAME_WORD_AFTER.match(text, end) is None:
        return False
    k = start
    while k and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] not in _OPENS_TEXT


def _read_scale(q: Quantity, text: str) -> None:
    rest = text[q.end :]
    m = _SCALE_WORD.match(rest)
    if m:
        q.scale = num.scale_of(m.group("s"))
        q.end += len(m.group(0).rstrip())
        return
    m = _SCALE_ABBR.match(rest)
    if not m and q.currency_given and (spaced := _SPACED_SCALE_LETTER.match(rest)):
        q.scale = num.scale_of(spaced.group("t"))  # "$458 m (£242.7m)": a letter set apart after money is its scale
        q.end += spaced.end("t")
        return
    if not m:
        return
    token = m.group("s") or m.group("t")
    if m.group("t"):
        after = rest[m.end() :]
        if token == "m" and not q.currency_given:
            # "5m viewers" is five million, "the 100m final" and "a 5m wall" are metres
            noun = _million_noun(after)
            if (
                noun in (None, "times") and _TIMES_AFTER.match(after)
                and _USE_VERB_BEFORE.search(text, max(0, q.start - 30), q.start)
            ):  # fmt: skip
                noun = "occurrences"  # "viewed 112m times": a million views, not a runner's 100m times
            if not noun and _counted_millions(q, text):
                noun = "people"  # "the waiting list fell to 7.4m": a count's millions, its noun written before
            if not noun:
                return  # "1m is equal to 10 dm": "is" ends in s but is no plural noun
            money_word = noun in un.CURRENCY_WORDS and noun != "won"  # "784m euro"
            unit_word = un.PHYSICAL_WORD_RE.match(after) is not None  # "1.2m bpd", "2m sq ft": a million units
            if not (noun.endswith("s") or noun in ("people", "staff") or money_word or unit_word):
                return
            if q.value >= 1000 or noun in _TRACK_EVENTS:
                return  # "the 5,000m titles", "the 60m hurdles": a distance run or swum, not millions
        if token in "bB" and not q.currency_given and (not _COUNT_NOUN.match(after) or q.value >= 1000):
            return  # "5b users" is billions; "the 1500b packet" is not 1.5 trillion
        if token == "T" and not q.currency_given:
            return  # "$2.174T" is trillions; a bare "5T" is more likely a model name or tonnes
        if token in "kK" and not q.currency_given and _RACE_AFTER.match(after):
            q.unit, q.unit_given = "kilometre", True  # "the women's 5K final", "the 50K walk": a race's kilometres
            q.end += m.end()
            return
        if token in "kK" and not q.currency_given and _race_distance(q, text, after):
            q.unit, q.unit_given = "kilometre", True  # "I knew at 30K the record was on": a runner's kilometres
            q.end += m.end()
            return
        if token == "K" and not q.currency_given and _kelvin_near(q, text) and _million_noun(after) is None:
            q.unit, q.unit_given = "kelvin", True  # "300 °C (573.15K)": in a sentence of temperatures, kelvins
            q.end += m.end()
            return
    q.scale = num.scale_of(token)
    q.end += m.end()


# A scale letter set apart from an amount of money, where the amount ends: "$458 m (£242.7m)", "€3 m in cash"
_SPACED_SCALE_LETTER = re.compile(
    r"\s(?P<t>[mMbBkK])(?=\s*[(),.;:]|\s+(?:in|of|for|a|an|and|or|to|from|on|at|by|the)\b|$)"
)


# what makes a glued capital "K" kelvins and not thousands: degrees or temperatures in the same text
_KELVIN_CONTEXT = re.compile(r"°|\b(?i:kelvins?|temperatures?|celsius|fahrenheit|degrees|absolute\s+zero)\b")
# what a distance in "K" names in athletics: "the 5K final", "a 10k run", "the 50K Walk"
_RACE_AFTER = re.compile(r"\s(?:[a-z]+\s)?(?i:runs?|races?|walks?|finals?|titles?|events?|records?|courses?)\b")
# words of a running race around a glued "K": there "at 30K", "the Ridgeway 10K" are points or lengths of a course
_RACE_CONTEXT = re.compile(
    r"\b(?i:marathons?|half-marathon|races?|runners?|pacers?|splits?|finish(?:ed|ing)?\s+line|course\s+record|"
    r"kilometres?|kilometers?|km)\b"
)
_CONTEXT_REACH = 300  # characters either side: the story around the number, not every paragraph of a long article


def _race_distance(q: Quantity, text: str, after: str) -> bool:
    """Whether a glued "K" is a runner's kilometres ("at 30K", "the Ridgeway 10K"): words of running near it and
    none of temperature; "salaries of 30K" has no race words near it, "30K runners" counts people."""
    noun = _million_noun(after) or ""
    if not 0 < q.value <= 250 or (len(noun) > 3 and noun.endswith("s")):
        return False  # "30K runners", "50K fans": thousands of people
    near = text[max(0, q.start - _CONTEXT_REACH) : q.end + _CONTEXT_REACH]
    return _RACE_CONTEXT.search(near) is not None and _KELVIN_CONTEXT.search(near) is None


def _kelvin_near(q: Quantity, text: str) -> bool:
    """Whether a glued "K" reads as kelvins: words of temperature near it, not anywhere in a long article."""
    return _KELVIN_CONTEXT.search(text, max(0, q.start - _CONTEXT_REACH), q.end + _CONTEXT_REACH) is not None


# A glued "m" with no noun after it is metres in most copy ("jumped 8.95m", "a depth of 3,000m"), but British copy
# writes a count's millions the same way once the count's noun has been named ("The waiting list fell to 7.42m",
# "its peak of 7.77m"). The noun of a count before it in the clause makes it millions; a word of length, height or
# water near it keeps it metres ("the list of flood sites ... the river rose to 5.2m").
_COUNT_NOUN_BEFORE = re.compile(
    r"\b(?:lists?|backlogs?|queues?|numbers?|totals?|tally|population|people|patients|customers|users|subscribers|"
    r"viewers|listeners|readers|visitors|passengers|households|members|voters|votes|workers|jobs|employees|"
    r"claimants|applications|cases|sales|downloads|followers|audiences?|shareholders|tourists|migrants|refugees|"
    r"students|pupils|children|adults|vehicles|cars|homes|figures?|membership|turnout|attendance|circulation|"
    r"readership|viewership|enrolments?|registrations|signatures)\b",
    re.I,
)
_LENGTH_CONTEXT = re.compile(
    r"\b(?:long|length|tall|wide|width|deep|depth|height|altitude|elevation|distance|diameter|radius|span|"
    r"jump(?:s|ed|ing|ers?)?|throws?|threw|vault|waves?|sea[\s-]+levels?|rivers?|flood(?:s|ing|waters?)?|tides?|"
    r"snow|metres?|meters?|km|kilometres?|kilometers?|feet|ft|underground|storeys?|sprint|race)\b",
    re.I,
)
_CLAUSE_START = re.compile(r"[.!?;:]\s|\n")
_COUNT_REACH = 80  # characters before the number the count's noun is looked for in: its clause, not the paragraph


def _counted_millions(q: Quantity, text: str) -> bool:
    """Whether a glued "m" with no noun after it is the millions of a count named before it in its clause."""
    lo = max(0, q.start - _COUNT_REACH)
    breaks = list(_CLAUSE_START.finditer(text, lo, q.start))
    lo = breaks[-1].end() if breaks else lo
    if _COUNT_NOUN_BEFORE.search(text, lo, q.start) is None:
        return False
    return _LENGTH_CONTEXT.search(text, max(0, q.start - 150), q.end + 150) is None


_TIMES_AFTER = re.compile(r"\s+times\b")
_USE_VERB_BEFORE = re.compile(
    r"\b(?:viewed|watched|streamed|played|downloaded|shared|clicked|visited|used|searched|liked|retweeted|"
    r"installed|accessed|opened|called|cited|mentioned)\s+(?:\w+\s+)?$",
    re.I,
)

def _million_noun(after: str) -> str | None:
    """The noun a glued "m" counts, if any: the next word, or the plural after one or two modifiers.

    "5m viewers", "4m DS consoles", "133m text messages", "1.6m Muslims": BBC-style copy writes a million as "m"
    before what it counts, often with a name or a noun as modifier; a stopword ("1m is", "300m and") ends the
    search, since a noun phrase does not run through one.
    """
    noun = _COUNT_NOUN.match(after)
    if noun and noun.group("n") not in _STOPWORDS and noun.group("n").endswith("s"):
        return noun.group("n")
    plural = _MODIFIED_PLURAL.match(after)
    if plural and not any(w.lower() in _STOPWORDS for w in plural.group(0).split()):
        return plural.group("n") or plural.group("c")
    return noun.group("n") if noun and noun.group("n") not in _STOPWORDS else None


def _read_unit(q: Quantity, text: str) -> None:
    """The unit after the number; money may carry a 'per share' / 'a barrel' after it."""
    rest = text[q.end :]
    if q.currency_given:
        m = _US_AFTER.match(rest)
        if m and q.unit == "USD":
            q.end += m.end()
        _read_per(q, text)
        return
    if q.unit == "fraction":
        return
    m = un.PERCENT_RE.match(rest) or _HYPHEN_RATE.match(rest)
    if m and m.group("u") in ("x", "X") and _DIMENSION_NEXT.match(rest, m.end()):
        m = None  # "2,532 x 1,170 pixels", "4 x 4 metres": the sides of a size, not a multiplier
    if m:
        unit = un.PERCENT_WORDS[_SPACES.sub(" ", m.group("u").lower())]
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
    m = _POINT_MOVE.match(rest)
    if m:
        q.unit, q.unit_given = "point", True  # "a 4.1-point rise", "the 6.7-point margin": N points, moved or apart
        q.end += m.end()
        return
    m = un.SCALED_CODE_RE.match(rest)
    if m and q.scale == 1.0:
        q.unit, q.unit_given, q.currency_given = m.group("c"), True, True
        q.scale = 1e3 if m.group("s") in "kK" else 1e6  # "30 MUSD", "500 kEUR"
        q.end += m.end()
        _read_per(q, text)
        return
    # "5 dollars", and hyphenated before a noun: "a five-dollar bill", "a 500-million-dollar project"
    m = un.CURRENCY_WORD_RE.match(rest, 1 if rest[:1] == "-" and rest[1:2].isalpha() else 0)
    if m and m.group("u").lower() == "marks" and not _marks_are_money(q, text):
        m = None  # "scored 45 marks" is a mark of an exam; "1.85 marks", "470 million marks" are Deutsche marks
    if m and m.group("u").lower() in _BARE_CROWNS and not _crowns_are_money(q, m.group("u"), text):
        m = None  # "won three crowns" counts titles; "2.31 billion crowns", "11.45 crowns" after Norway are money
    if m and m.group("u") in un.PHYSICAL_SYMBOLS:
        m = None  # "40 kN" is kilonewtons: a symbol written in its own case is no currency word ("150 kn", kuna)
    if (
        m and m.group("u") == "kn" and _NAUTICAL_CUE.search(text, max(0, q.start - 80), q.end + 80)
        and not _MONEY_CUE.search(text, max(0, q.start - 40), q.start)
    ):  # fmt: skip
        q.unit, q.unit_given = "knot", True  # "the ferry cruised at 18 kn": knots at sea or in the wind, not kuna
        q.end += m.end()
        return
    if (kt := _KNOT_SYMBOL.match(rest)) and _NAUTICAL_CUE.search(text, max(0, q.start - 200), q.end + 80):
        q.unit, q.unit_given = "knot", True  # "hit the ridge at 290 kt": a pilot's knots ("18kt gold" has no cue)
        q.end += kt.end()
        return
    if m and not (m.group("u").lower() == "won" and q.scale == 1.0):
        word = m.group("u").lower()
        q.unit, q.unit_given, q.currency_given = un.CURRENCY_WORDS[word], True, True
        if word in un.SHARED_CURRENCY_WORDS:
            q.unit = un.currency_in_context(word, text, q.start) or q.unit  # "a Norwegian court ... kroner"
            q.extras["currency_word"] = word  # (the article may settle it: ``_one_currency_per_word``)
        q.end += m.end()
        cents = _CENTS_AFTER.match(text, q.end)
        if cents:  # "50 euro cents", "9 euros cents": a hundredth of the currency named
            q.scale *= 0.01
            q.decimals += 2
            q.end = cents.end()
        scale = _SCALE_WORD.match(text[q.end :]) if q.scale == 1.0 and m.group("u").isupper() else None
        if scale:  # "75 USD million": the code first, then its scale
            q.scale = num.scale_of(scale.group("s"))
            q.end += len(scale.group(0).rstrip())
        cents = _AMOUNT_CENTS.match(text, q.end) if q.scale == 1.0 and q.decimals == 0 and not q.words else None
        if cents:  # "15 dollars 50", "17 USD 25": the cents written after the currency, as a price is said
            q.value += int(cents.group("c")) / 100
            q.decimals = 2
            q.end = cents.end("c")
        _read_per(q, text)
        return
    m = _POUNDS_AFTER.match(rest)
    if m and _read_pound_pence(q, text, q.end + m.end()):
        return  # "two pound fifty": sterling said as it is spoken
    if m and (
        q.scale >= 1e3 or (q.words and q.value >= 1e5) or _MONEY_CUE.search(text, max(0, q.start - 40), q.start)
        or _POUNDS_PER_TERM.match(rest, m.end())
    ):  # "5 million pounds", "half a million pounds", "earns 45,000 pounds a year", "three pounds per month": money
        q.unit, q.unit_given, q.currency_given = "GBP", True, True
        q.end += m.end()
        _read_per(q, text)
        return
    m = un.SUBUNIT_RE.match(rest)
    if m and not (m.group("u") == "p" and m.group(0).startswith(" ") and not _SPACED_PENCE.match(rest)):
        currency, factor = un.SUBUNITS[m.group("u")]
        q.unit, q.unit_given, q.currency_given = currency, True, True
        q.scale *= factor
        q.decimals += 2 if factor == 0.01 else 0
        q.end += m.end()
        _read_per(q, text)
        return
    m = un.PHYSICAL_WORD_RE.match(rest)
    if m and un.PHYSICAL_WORDS[m.group("u").lower()] == "cup" and not _kitchen_cup(q, text, q.end + m.end()):
        m = None  # "won two cups", "the 1966 Cup final": trophies; "half a cup of milk" is a measure
    if m:
        q.unit, q.unit_given = un.PHYSICAL_WORDS[m.group("u").lower()], True
        q.end += m.end()
        _read_per_time(q, text)
        return
    m = un.PHYSICAL_SYMBOL_RE.match(rest)
    if m is None and rest[:1] == "-":
        m = un.PHYSICAL_SYMBOL_RE.match(rest, 1)  # "a 100-km stretch", "a 500-MW plant": hyphenated to its noun
        if m is not None and (m.group(0)[:1].isspace() or len(m.group("u")) < 2 or m.group("u") == "in"):
            m = None  # "2-in-1", "3-D", "a 5-m wall" stay apart: a lone letter after a hyphen is seldom a unit
    spaced = bool(m) and m.group(0).startswith(" ")
    lone = bool(m) and spaced and m.group("u") in ("A", "C", "F", "V", "L", "t", "h", "l")
    if lone and m.group("u") in "CF" and abs(q.value) <= 200 and _TEMPERATURE_WORDS.search(text):
        lone = False  # "It's 90 F outside", "the melting point is 12 C": a temperature, in a sentence about heat
    if lone and _OF_AFTER.match(rest, m.end()):
        lone = False  # "10 t of gravel", "2 l of water", "3 A of current": a measure of the stuff named after it
    inch_word = m is not None and m.group("u") == "in" and spaced and not _INCH_MEASURE.match(rest, m.end())
    if m and not ((lone and not _SYMBOL_ALONE.match(rest)) or inch_word):
        q.unit, q.unit_given = un.PHYSICAL_SYMBOLS[m.group("u")], True
        q.end += m.end()
        _read_per_time(q, text)
        return
    m = _BRACKETED_UNIT.match(rest) if rest[:2].lstrip()[:1] in _OPENING_BRACKETS else None
    if m:
        unit = un.PHYSICAL_SYMBOLS.get(m.group("u")) or un.PHYSICAL_WORDS.get(m.group("u").lower())
        if unit and len(m.group("u")) > 1:
            q.unit, q.unit_given = unit, True  # "The weight is 20 (kg)": a unit written in brackets, as tables do
            q.end += m.end()
            return
    m = _INCH_QUOTE.match(rest)
    if m:
        q.unit, q.unit_given = "inch", True  # '22" long', 'a 65" TV': the inch mark typed as a straight quote
        q.end += m.end()
        return
    noun = _COUNT_NOUN.match(rest)
    if noun and noun.group("n") not in _STOPWORDS:
        q.noun = noun.group("n")
        if _RATE_OF_COUNT.match(rest[noun.end() :]):
            q.end += noun.end()
            _read_rate_of_count(q, text)  # "3,000 tests per day", "7.1 rebounds a game"
            return
        if _COUNT_PER.match(rest, noun.end()):
            end, q.end = q.end, q.end + noun.end()
            if _read_per_unit(q, text, _COUNT_PER) or _read_per_noun(q, text):
                return  # "400 people per square kilometre", "30 pupils per class" (``count_per_class``)
            q.end = end
        unit = un.PHYSICAL_WORD_RE.match(rest[noun.end() :])
        if (
            unit and unit.group(0).startswith(" ") and unit.group("u").lower().endswith("s")
            and len(unit.group("u")) > 3 and q.noun not in _NOT_ADJECTIVES
            and not (q.decimals == 0 and 1900 <= q.value <= 2100 and "," not in text[q.start : q.end])
        ):  # fmt: skip  # (not "the 2005 model years": a year naming the years, no count of them)
            q.unit, q.unit_given = un.PHYSICAL_WORDS[unit.group("u").lower()], True  # "517 rushing yards"
            q.end += noun.end() + unit.end()


# "ten times faster", "6.5 times earnings", "three times as many", "four times the size": a multiplier
_RATIO_AFTER = re.compile(
    r"\s+(?:(?!per\b)\w+er|more|less|as|the|that|what|its|their|his|her|our|earnings|sales|revenue|book|over|higher|lower|"
    r"(?:forward|trailing|expected|estimated|projected|prospective|historic|annual|adjusted|core)\s+(?:\w+\s+)?"
    r"(?:earnings|profits?|sales|revenue|ebitda|income|book|cash)|ebitda|profits?|cash\s+flow|income)\b",
    re.I,
)
_TEMPERATURE_WORDS = re.compile(
    r"\b(?i:temperatures?|degrees|thermostat|thermometer|weather|forecast|outside|melting|boiling|freezing|heat|"
    r"hot|cold|warm|chilly|celsius|fahrenheit)\b"
)
# what makes a spaced "in" an inch and not the preposition: a measure's adjective after it ("2 1/2 in thick")
_INCH_MEASURE = re.compile(r"\s(?:thick|long|wide|tall|high|deep|across|in\s+diameter)\b")
# a lone symbol that ends its clause, or that a compound unit continues ("1.3 A/cm2")
_SYMBOL_ALONE = re.compile(r"\s?\S+\s*[.,;)]|\s?\S+$|\s?[A-Za-z]{1,2}/[A-Za-zµμ]")
_PER_TIME = re.compile(r"\s?(?:per|/|an?)\s?(?P<t>second|minute|hour|day|week|month|year|decade|century)\b", re.I)


_RATE_OF_COUNT = re.compile(
    r"\s?(?:per|a|an|/)\s?(?P<t>second|minute|hour|day|night|week|month|year|game|match|season|race|start)\b"
    r"(?!\s+(?:earlier|ago|later|before|after|prior))",
    re.I,
)


def _read_pound_pence(q: Quantity, text: str, pound_end: int) -> bool:
    """Read "<N> pound <pence>" ("two pound fifty") as sterling with its pence; False when no pence follow."""
    if not text[q.end : pound_end].lower().endswith("pound") or q.scale != 1.0 or q.value != int(q.value):
        return False
    m = _PENCE_SPOKEN.match(text, pound_end)
    word = m.group("p") if m else ""
    pence = num.parse_words(word) if word.isalpha() or "-" in word else (float(word) if word else None)
    if pence is None or word.lower() in ("a", "an") or not 1 <= pence <= 99 or pence != int(pence):
        return False
    q.unit, q.unit_given, q.currency_given = "GBP", True, True
    q.value += pence / 100
    q.decimals = 2
    q.end = m.end("p")
    return True


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
    if m and not _EARLIER_AFTER.match(text[q.end + m.end() :]):
        q.unit = f"{q.unit}_per_{m.group('t').lower()}"
        q.end += m.end()
    elif (
        not m and not _read_per_unit(q, text, _UNIT_PER) and not _read_per_noun(q, text)
        and un.dimension_of(q.unit) != "time"
    ):  # fmt: skip  # ("150 litres per person" is read by ``_read_per_noun``)
        _read_rate_of_stuff(q, text)


def _read_per(q: Quantity, text: str) -> None:
    m = un.PER_THING_RE.match(text[q.end :])
    if m:
        q.unit = f"{q.unit}_per_{un.PER_THINGS[m.group('per').lower()]}"
        q.end += m.end()
    elif not _read_per_unit(q, text, _MONEY_PER) and not _read_per_noun(q, text):
        _read_rate_of_stuff(q, text)


# "per" or a slash and one singular noun: what a price is quoted for when the lexicon does not name it ("$12 per
# bottle", "€40 per student", "$3/pack"); not "per cent", "per thousand" (a rate of a number), a plural or a noun
# that a phrase continues ("£5 per adult ticket" is left to the lexicon)
_NOUN_ENDS = (
    r"(?=\s*(?:[.,;:)]|$|\s(?:and|or|for|in|on|at|to|from|with|while|but|which|compared|versus|after|before|"
    r"last|this|next|a|an|the|was|is|were|are|had|has|have|will|would|could|when|as|than|up|down)\b))"
)
_PER_NOUN = re.compile(
    r"(?:\s?per\s|/)(?P<n>(?!(?:cent|the|a|an|and|or|this|that|its|their|each|every|hundred|thousand|million|"
    r"billion|trillion|dozen)\b)[a-z]{3,}(?<![^s]s))" + _NOUN_ENDS
)
# "$620 a dose", "£250 a claimant": "a" before one singular noun ending its phrase is "per" for money too; not a
# noun that names the amount itself ("$5bn, a record", "£3m a fraction of", "$40 a share" is in the lexicon)
_A_NOUN = re.compile(
    r"\s(?:a|an)\s(?P<n>(?!(?:record|high|low|peak|premium|discount|rise|fall|gain|drop|jump|increase|decrease|"
    r"decline|cut|boost|loss|profit|bargain|fraction|lot|bit|total|sum|figure|fee|price|value|margin|deal|result|"
    r"quarter|half|third|fifth|tenth|fortune|snip|steal|further|little|few|rate|level|time|sale)\b)"
    r"[a-z]{3,}(?<![^s]s))" + _NOUN_ENDS
)


def _read_per_noun(q: Quantity, text: str) -> bool:
    """'$12 per bottle': money (or a measure) per a thing the lexicon lacks is ``USD_per_bottle``
    (``litre_per_person``), as NewsQuant's gold names every "dollar per <thing>" (per gram, per square foot, per
    share); after "per" or "/", and for money after "a" ("$620 a dose") unless the noun names the amount."""
    if "_per_" in q.unit:
        return False
    m = _PER_NOUN.match(text, q.end) or (_A_NOUN.match(text, q.end) if q.currency_given else None)
    if m is None:
        return False
    noun = m.group("n")
    q.unit = f"{q.unit}_per_{un.CURRENCY_WORDS.get(noun, noun)}"  # "$1.36 per euro" is ``USD_per_EUR``
    q.end = m.end("n")
    return True


# "120g/km", "250 Wh/kg", "150 micrograms per cubic metre", "7,000MB/s": a physical unit per another unit
_UNIT_PER = re.compile(r"(?:/|\s?per\s)(?=[^\W\d_])")
# "$10,000 an acre", "30 cents per kilowatt-hour", "$60/bbl": money per a unit that ``PER_THINGS`` leaves out
_MONEY_PER = re.compile(r"(?:/|(?:\s?|-)(?:per|an?)[\s-])(?=[^\W\d_])", re.I)
# "400 people per square kilometre": a counted noun per unit of area or length
_COUNT_PER = re.compile(r"\s?per\s(?=[^\W\d_])", re.I)
_SECOND_SYMBOL = re.compile(r"s(?![A-Za-z0-9²])")  # "/s": per second, only after a slash
_BIT_RATES = {"kilobyte": "kilobit_per_second", "megabyte": "megabit_per_second", "gigabyte": "gigabit_per_second"}
# what a time unit after "a" means when it is no rate: "$5 a second time", "2 kg a year earlier"
_NOT_RATE_AFTER = re.compile(r"\s+(?:time|round|term|half|quarter|place|earlier|ago|later|before|after|prior)\b", re.I)


def _read_per_unit(q: Quantity, text: str, connector: re.Pattern) -> bool:
    """A rate whose denominator is a unit of the lexicon: the unit becomes ``<unit>_per_<unit>``.

    The names are joined as the lexicon spells them ("gram_per_kilometre", "USD_per_acre"), which is also how a
    compound unit written out in words ("gram per kilometre") reads. After a slash a case-sensitive symbol
    counts too ("g/km", "A/cm2", "MB/s"); after a word connector only a whole unit word, since a lone letter
    after "per" or "a" ("a m", "per t") is seldom a unit.
    """
    if "_per_" in q.unit:
        return False
    c = connector.match(text, q.end)
    if c is None:
        return False
    pos = c.end()
    m = un.PHYSICAL_WORD_RE.match(text, pos)
    unit = un.PHYSICAL_WORDS[m.group("u").lower()] if m and m.start("u") == pos else None
    if unit is None and c.group(0) == "/":
        m = un.PHYSICAL_SYMBOL_RE.match(text, pos)
        if m and m.start("u") == pos:
            unit = un.PHYSICAL_SYMBOLS[m.group("u")]
        elif m := _SECOND_SYMBOL.match(text, pos):
            unit = "second"
    if unit is None or unit == q.unit or "_per_" in unit or _NOT_RATE_AFTER.match(text, m.end()):
        return False
    bits = _BIT_RATES.get(q.unit) if unit == "second" and text[c.start() - 1 : c.start()] == "b" else None
    q.unit, q.unit_given = bits or f"{q.unit}_per_{unit}", True  # "50Mb/s" is megabits, "7,000MB/s" megabytes
    q.end = m.end()
    return True


# "2.4 billion gallons of jet fuel a year", "$2 billion of revenue a year": the rate follows what is measured; not
# "142mm of rain in a day", "of snow within a week": a total over the span, no rate
_OF_STUFF_PER_TIME = re.compile(
    r"\s+(?:of|in)\s+(?:(?!(?:in|within|over|during|for|under|inside|across|after)\s)[a-z][a-z-]*\s+){1,3}?"
    r"(?:per|an?)\s+(?P<t>day|week|month|year)\b"
    r"(?!\s+(?:earlier|ago|later|before|after|prior)\b)"
)
# "9 billion shekels ($2.4 billion) a year", "12.95 pounds ($16.40) an hour": the rate follows the conversion
_BRACKET_PER_TIME = re.compile(
    r"\s*\([^()]{1,40}\)\s*(?:per|an?)\s+(?P<t>hour|day|week|month|year)\b(?!\s+(?:earlier|ago|later|before|after)\b)"
)


# "€18bn annually", "£40m each year", "2m barrels every day": a rate said by an adverb or "each"/"every"
_ADVERB_PER_TIME = re.compile(
    r"\s+(?:(?P<y>annually|yearly|per\s+annum)|(?:each|every)\s+(?P<t>day|week|month|year))\b", re.I
)


# "goods worth $9.6bn pass through the canal daily", "$9.6 billion of goods is held up every day": the time of a
# rate ending the amount's clause. The words between hold no other number and start no other clause (a comma, a
# conjunction or a pronoun would: "$40 on a book she reads daily"), and nothing follows the time in the clause
# ("daily to Paris", "a year ago" name no rate).
_CLAUSE_END_PER_TIME = re.compile(
    r"(?P<gap>(?:\s+(?!(?:and|but|or|nor|while|whereas|which|who|whom|whose|that|when|where|because|after|before|"
    r"since|until|unless|if|as|although|though|he|she|they|we|i|you|it|this|these|those|there|then|so|yet|"
    r"last|next|ago|earlier)\b)[a-z][a-z'’-]*){0,8}?)"
    r"\s+(?:(?P<adverb>daily|weekly|monthly|annually|yearly)|(?:every|each|per)\s+(?P<t>day|week|month|year))"
    r"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:that|when|while|until|of|in|across|through|according)\b)",
    re.I,
)
# "each day of closure has held up about $9.6 billion of trade", "Every year, the club pays £5m": the time first,
# in the same clause, with no other number between
_CLAUSE_START_PER_TIME = re.compile(
    r"\b(?:every|each)\s+(?P<t>day|week|month|year)\b"
    r"(?:(?!,?\s+(?:and|but|or|while|whereas|although|though)\s)[^\d.;:!?]){0,60}$",
    re.I,
)
_ADVERB_TIMES = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}
# a flow of money or of goods: not a length, a time or a share, nor a count of people, whose "every week" is often
# a habit of each ("1.8m Britons shop online every week")
_RATE_DIMENSIONS = frozenset({"mass", "volume", "energy"})
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.I)


def _clause_end_rates(quantities: list[Quantity], text: str) -> None:
    """An amount of money or goods whose clause ends in "daily" or "every day", or opens with "each day", is a rate
    per day."""
    for q in quantities:
        if "_per_" in q.unit or not (q.currency_given or un.dimension_of(q.unit) in _RATE_DIMENSIONS):
            continue
        if q.extras.get("age") or _INDEFINITE_BEFORE.search(text, max(0, q.start - 4), q.start):
            continue  # "a $40 book she reads daily": the price of a thing, not a rate
        m = _CLAUSE_END_PER_TIME.match(text, q.end)
        if m and not m.group("gap") and not q.currency_given:
            m = None  # "a dose of 150 μg daily": the dose, as NewsQuant reads a measure with its adverb
        m = m or _CLAUSE_START_PER_TIME.search(text, max(0, q.start - 80), q.start)
        if m:
            time = m.group("t") or _ADVERB_TIMES[m.group("adverb").lower()]
            q.unit = f"{q.unit}_per_{time.lower()}"


# "900 rupees ($20.40; £10.50) per tonne", "HK$2 (26 US cents) a share": a price's thing after its conversion
_BRACKET_PER_THING = re.compile(r"\s*\([^()]{1,40}\)" + un.PER_RE, re.I)


def _read_rate_of_stuff(q: Quantity, text: str) -> None:
    """The rate of an amount whose time comes after the stuff it measures or after its conversion."""
    if "_per_" in q.unit or text[q.end : q.end + 1] not in (" ", "\u00a0"):
        return
    m = _OF_STUFF_PER_TIME.match(text, q.end) or _BRACKET_PER_TIME.match(text, q.end)
    if m:
        q.unit = f"{q.unit}_per_{m.group('t')}"
    elif m := _ADVERB_PER_TIME.match(text, q.end):
        q.unit = f"{q.unit}_per_{(m.group('t') or 'year').lower()}"
    elif q.currency_given and text[q.end + 1 : q.end + 2] == "(" and (m := _BRACKET_PER_THING.match(text, q.end)):
        q.unit = f"{q.unit}_per_{un.PER_THINGS[m.group('per').lower()]}"


def _approx_plural_matches(text: str, text_lower: str | None) -> Iterator[re.Match]:
    """Exactly ``_APPROX_PLURAL.finditer(text)``, trying the pattern only where one of its first words starts.

    A match starts at a word boundary with "tens", "hundreds", ... (ASCII letters, which ``re.I`` equates with no
    other character but their capitals), so in the lowered text (same offsets: ``lowered`` gives None for the one
    character whose lower case is longer) a literal search finds every possible start at C speed.
    """
    if text_lower is None:
        yield from _APPROX_PLURAL.finditer(text)
        return
    pos = 0
    for candidate in _APPROX_FIRST_WORD.finditer(text_lower):
        if candidate.start() < pos:
            continue
        m = _APPROX_PLURAL.match(text, candidate.start())
        if m is not None:
            yield m
            pos = m.end()


def _approximate_plurals(text: str, atoms: list[Quantity], text_lower: str | None = None) -> list[Quantity]:
    """'dozens of', 'thousands of', 'tens of millions of': vague amounts, read as order-of-magnitude ranges.

    ``text_lower`` is ``lowered(text)``, which lets the pattern be tried at a few places only.
    """
    out = []
    taken = [(a.start, a.end) for a in atoms]
    for m in _approx_plural_matches(text, text_lower):
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


_FRACTION_OF_UNIT = re.compile(  # "half an hour", "a quarter mile", and hyphenated: "a quarter-of-an-hour"
    r"(?:[\s-]of)?(?:[\s-]an?)?[\s-](?P<u>miles?|inch(?:es)?|feet|foot|yards?|hours?|minutes?|seconds?|acres?|"
    r"pounds?|ounces?|gallons?|litres?|liters?|kilometres?|kilometers?|metres?|meters?|tons?|tonnes?|cups?)\b",
    re.I,
)
_DIGIT = re.compile(r"\d")
_POINT_AFTER = re.compile(r"[\s-]points?\b", re.I)
_SLASH_FRACTION = re.compile(
    r"(?<![\w/.,])(?<!\d\s)(?P<a>\d{1,3})\s?[/⁄](?P<b>\d{1,4})"  # not the tail of "10 1/2"
    r"(?=\s+of\b|[\s-](?:miles?|inch(?:es)?|feet|foot|yards?|acres?|pounds?|ounces?|gallons?|cups?|tons?|points?)\b)"
)


# A time in clock notation after a word of timing is how long something took, not the time of day: "won in 2:00:12"
# (h:mm:ss), "reached halfway in 59:48" (mm:ss, a split), "a time of 1:48.32", "ran 2:02:41". Without such a word
# ("at 11:15", "by 09:30", "with 4:39 left") it stays a clock time, masked by ``filters.mask``.
_CLOCK_TIME = re.compile(
    r"(?<![\w:.,])(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?:\.(?P<f>\d{1,2}))?(?![\w:]|[.,]\d)"
)
_TIMING_BEFORE = re.compile(
    r"\b(?:in|ran|runs?|running|clock(?:ed|s|ing)?|timed\s+at|(?:time|split|record|best|finish)\s+of)"
    r"\s+(?:(?:just|about|around|roughly|under|over|inside)\s+)?(?:a\s+)?$",
    re.I,
)
_TIMING_AFTER = re.compile(r"\s+(?:split|finish|clocking|lap|(?:first|second)\s+half|half)\b", re.I)
_CLOCK_AFTER = re.compile(r"\s?(?:[apAP]\.?[mM]\.?(?![a-z])|local\b|[A-Z]{1,4}T\b|UTC\b|hrs?\b|h\b)")  # "11:15 CEST"
# a duration written with unit letters glued: "2h18m09s", "1h05m"
_GLUED_DURATION = re.compile(r"(?<![\w.])(?P<h>\d{1,2})h(?P<m>[0-5]?\d)m(?:(?P<s>[0-5]?\d)s)?(?!\w)")
# A screen for both: a pattern that starts with a class of characters is skipped to at C speed, one that starts
# with a lookbehind is tried at every character; most articles hold neither a clock time nor a glued duration.
_DURATION_SCREEN = re.compile(r"[0-9][:h][0-9]")


def _race_times(text: str) -> list[Quantity]:
    """Durations written as a clock reads them ("2:00:12" after "in") or with glued unit letters ("2h18m09s"), in
    seconds."""
    out: list[Quantity] = []
    if _DURATION_SCREEN.search(text) is None:
        return out
    if ":" in text:
        for m in _CLOCK_TIME.finditer(text):
            timed = _TIMING_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _TIMING_AFTER.match(text, m.end())
            if not timed or _CLOCK_AFTER.match(text, m.end()):
                continue
            a, b, c, f = m.group("a", "b", "c", "f")
            if c:  # h:mm:ss
                seconds = int(a) * 3600 + int(b) * 60 + int(c)
            else:  # mm:ss, or m:ss.ff
                seconds = int(a) * 60 + int(b) + (float(f"0.{f}") if f else 0)
            out.append(_seconds(m.start(), m.end(), seconds, len(f) if f else 0))
    for m in _GLUED_DURATION.finditer(text) if "h" in text else ():
        seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s") or 0)
        out.append(_seconds(m.start(), m.end(), seconds, 0))
    return out


def _seconds(start: int, end: int, value: float, decimals: int) -> Quantity:
    return Quantity(start=start, end=end, value=float(value), unit="second", unit_given=True, decimals=decimals)


def _slash_fractions(text: str) -> list[Quantity]:
    """'1/16 of a pint', '1/3 of voters': a share written as a fraction."""
    out: list[Quantity] = []
    if "/" not in text and "⁄" not in text:
        return out  # every match holds a slash; most articles have none, and a digit-by-digit search is slower
    for m in starts_at(_SLASH_FRACTION, _DIGIT, text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b and a < b:
            q = Quantity(start=m.start(), end=m.end(), value=a / b, unit="fraction", unit_given=True, decimals=3)
            measure = _FRACTION_OF_UNIT.match(text[q.end :])
            direct = measure and not measure.group(0).lstrip().startswith("of")
            if direct and measure.group("u").lower() in un.PHYSICAL_WORDS:
                q.unit = un.PHYSICAL_WORDS[measure.group("u").lower()]  # "a 1/4 inch gap"
                q.end += measure.end()
            point = _POINT_AFTER.match(text, q.end)
            if point:
                q.unit = "point"  # "bond prices fell 1/4 point": a price move in points
                q.end = point.end()
            out.append(q)
    return out


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
_CARET = r"\s?(?:\^|\*\*)\s?[-−+]?\d{1,3}"  # "^30", "^-6", "**9"
_RAISED = r"[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"  # "²³", "⁻⁶"
# "1.99×10^30", "2 x 10^-6", "1.99×10−30", "6.02×10²³", "1.5e-6", "10^9": a number in scientific notation
_POWER_OF_TEN = re.compile(
    r"(?<![\w.,])(?:(?P<m>\d+(?:\.\d+)?)\s?(?:[×⋅·]\s?10(?P<e1>" + _CARET + r"|[-−]\d{1,3}|" + _RAISED + r")"
    r"|[xX*]\s?10(?P<e2>" + _CARET + r"))"
    r"|(?P<m3>\d+(?:\.\d+)?)[eE](?P<e3>[-+]?\d{1,3})|10(?P<e4>" + _CARET + r"|" + _RAISED + r"))(?![\w.]\d)"
)
# Screens for ``_POWER_OF_TEN``: one of these characters, or a digit, "e" and a digit. Apart, each is a search
# ``re`` runs at C speed (a set of characters, a pattern starting with a digit); as one alternation it was
# tried at every character of the text.
_POWER_CHAR_LIST = "×⋅·^⁰¹²³⁴⁵⁶⁷⁸⁹*"
_POWER_CHARS = re.compile(f"[{_POWER_CHAR_LIST}]")
_DIGIT_E_DIGIT = re.compile(r"\d[eE][-+]?\d")


# A capital E with neither a decimal point before it nor a sign after it: a name ("7E7"), not "1.5E6" or "2E-3"
_NAMED_E = re.compile(r"\d+E\d+")


# ``_DIGIT_E_DIGIT`` starting at its letter, the digit before it checked by a lookbehind: "e" is common, but a
# pattern that starts with a character class lets ``re`` skip to it at C speed, where ``\d`` first does not.
_E_AFTER_DIGIT = re.compile(r"[eE](?<=\d[eE])[-+]?\d")
# In ASCII text a digit is rarer than an "e": a class of digits first is skipped to faster still.
_DIGIT_E_DIGIT_ASCII = re.compile(r"[0-9][eE][-+]?[0-9]")


def _may_be_power(text: str) -> bool:
    """Whether ``_POWER_OF_TEN`` can match: every match holds one of ×⋅·^ or a raised digit, "**" or "3e8".

    The characters of ``_POWER_CHARS`` are searched one by one (``str.find``, at C speed; at once for those a
    text of one-byte characters cannot hold) rather than as a class tested at every character. In Latin-1 text
    (or a ``latin1_stand_in``) "\\d" is "[0-9]", a class ``re`` tests faster than a Unicode category.
    """
    if text.isascii():  # "^" and "*" are the only ASCII characters of ``_POWER_CHARS``; "\d" is "[0-9]"
        return "^" in text or "*" in text or _DIGIT_E_DIGIT_ASCII.search(text) is not None
    if any(c in text for c in _POWER_CHAR_LIST):
        return True
    narrow = latin1_stand_in(text)  # (digits stay where they are, and none is beyond ASCII)
    if narrow is None:
        return _E_AFTER_DIGIT.search(text) is not None
    return _DIGIT_E_DIGIT_ASCII.search(narrow) is not None


def _powers_of_ten(text: str) -> list[Quantity]:
    """'1.99×10^30 kilograms', '1.5e-6', '10^9 years': scientific notation, read with the unit after it."""
    if not _may_be_power(text):
        return []
    out = []
    for m in _POWER_OF_TEN.finditer(text):
        if _NAMED_E.fullmatch(m.group(0)):
            continue  # "Boeing's 7E7", "the 3E8 chip": a capital E between whole numbers names a model
        mantissa = m.group("m") or m.group("m3") or "1"
        exponent = next(e for e in (m.group("e1"), m.group("e2"), m.group("e3"), m.group("e4")) if e)
        exponent = re.sub(r"[\s^*]", "", exponent.translate(_SUPERSCRIPTS))
        q = Quantity(start=m.start(), end=m.end(), value=float(f"{mantissa}e{exponent}"), decimals=3)
        _read_unit(q, text)
        q.value = num.scaled(q.value, q.scale)
        out.append(q)
    return out


_FOLD = re.compile(r"\b(?P<n>" + num.CARDINAL_RE + r"|\d+(?:\.\d+)?)-?fold\b", re.I)
# Screens for ``_FOLD``: "fold" in any case (no other character matches f, o, l or d under re.I), and a match's
# end: the last letter or digit of its number, maybe a hyphen, "fold" and a word boundary.
_FOLD_WORD = re.compile(r"[Ff][Oo][Ll][Dd]")
_FOLD_END = re.compile(r"(?:[a-z]|\d)-?fold\b", re.I)


def _may_fold(text: str, text_lower: str | None = None) -> bool:
    """Whether ``_FOLD`` can match: most "fold"s are in "unfolded", "folder" or "manifold"."""
    if text_lower is not None and "fold" not in text_lower:
        return False  # the common case, found by a substring search instead of a regular expression
    for m in _FOLD_WORD.finditer(text):
        f = m.start()
        if (f >= 1 and _FOLD_END.match(text, f - 1)) or (f >= 2 and _FOLD_END.match(text, f - 2)):
            return True
    return False


def _folds(text: str, text_lower: str | None = None) -> list[Quantity]:
    """'tenfold', 'a 3-fold rise': multipliers written as one word (``text_lower``: ``lowered(text)``)."""
    out = []
    if not _may_fold(text, text_lower):
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
