"""Numbers that are not claims: years, dates, clock times, phone numbers, labels and names.

A fact-checker wants amounts; "in 2023", "July 22", "12:07 PM", "Section 427", "iPhone 11" and "COVID-19" are
numbers in the text but not amounts anyone asserts. Each rule here says why a number is dropped.
"""

from __future__ import annotations

import re

from pipeline.claims.quantity import Quantity
from pipeline.claims.screens import latin1_stand_in, lowered, matches_at
from pipeline.claims.units import CURRENCY_WORDS, dimension_of

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_OF_TOTAL = re.compile(
    r"\b(?:page|image|photo|picture|slide|part|step|item|chapter|episode|game|round|nos?\.)\s*\d+\s+(?:of|and|&)\s+$",
    re.I,
)
_MONTH_BEFORE = re.compile(_MONTHS + r"\.?,?\s+(?:the\s+)?$", re.I)
_COUNTED_AFTER = re.compile(r"^\s(?:[a-z-]+\s)?(?:[a-z]+[a-rt-z]s|people|men|women|children)\b")
_MONTH_DAYS_BEFORE = re.compile(
    r"\b" + _MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s*(?:and|or|&|to)\s+$", re.I
)
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?" + _MONTHS + r"\b", re.I)
_TIME_AFTER = re.compile(r"^(?::\d\d|\s?[ap]\.?m\.?(?![a-z])|\s?(?:GMT|UTC|EDT|EST|PDT|PST|BST|CET)\b)", re.I)
_DATE_OR_PHONE = re.compile(
    r"\b\d{1,4}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{2,4}\b"  # 22/07/2025, 2025-07-22; not the range "12.5-15"
    # phone numbers, with a country code or North America's trunk "1-" ("1-800-555-0142": no claim "1")
    r"|(?:\+\d{1,3}[\s.-]?|\b1[.-])?(?:\(\d{2,4}\)\s?|\b\d{3}[\s.-])\d{3,4}[\s.-]\d{4}\b"
    r"|\+\d{1,3}\s?(?:\(0\))?\d{1,4}(?:[\s.-]\d{2,4}){2,3}\b"  # international: +44 (0)20 3353 2000
    # a national number with its trunk "0" and the groups written apart: "0808 223 1133", "020 7946 0321", "01632
    # 960 123" (no amount is written with a leading zero and split into groups)
    r"|(?<![\w,.])0\d{2,4}[\s.-]\d{3,4}[\s.-]?\d{3,4}\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b"  # clock times, and race times to the hundredth: "1:48.32"
    r"|(?<![\w/])(?!(?<=\d\s)[1-9]\d?/(?:2|3|4|8|16|32|64)(?![\d/]))"  # not the fraction of "10 1/2"
    r"\d{1,4}/\d{1,4}\b(?!\s+of\b|[\s-]points?\b|\s?(?:mpg|mpge|mph|%)(?![A-Za-z]))"  # "24/7", "2023/24", "9/11";
    # not "1/4 point", nor a pair of figures in one unit: "28/39 mpg city/highway", "a 60/40 % split"
)
# Every match above starts with "+", "(" or a digit with no word character before it (each branch starting with a
# digit has ``\b`` or ``(?<![\w/])`` there): the digits inside a number are never tried. A branch starting with a
# digit reads its whole run of digits (``\b`` or a digit follows what it reads), then a separator: a run of at most
# four digits and one of "/.:-" (dates, clock times, fractions), or a run of three (of three to five after a trunk
# "0") and a space, "." or "-" (a phone number's area code). Most numbers ("15 people", "1,000", "20%") are not tried.
_DATE_OR_PHONE_START = re.compile(r"[\d+(](?<!\w\d)(?:(?<=[+(])|\d{0,3}[/.:-]|\d{2}[\s.-]|(?<=0)\d{2,4}[\s.-])")
_DATE_OR_PHONE_START_ASCII = re.compile(  # the same in ASCII text, tested faster
    r"[0-9+(](?<![A-Za-z0-9_][0-9])(?:(?<=[+(])|[0-9]{0,3}[/.:-]|[0-9]{2}[\s.-]|(?<=0)[0-9]{2,4}[\s.-])"
)
# Words that, capitalised straight before a bare integer, make it a label and not an amount.
_LABEL_WORDS = {
    "section", "row", "unit", "channel", "game", "category", "chapter", "article", "route", "room", "page",
    "no", "no.", "number", "gate", "platform", "level", "phase", "stage", "week", "day", "season", "episode",
    "volume", "vol.", "grade", "class", "group", "pool", "terminal", "flight", "model", "series", "version",
    "title", "form", "item", "part", "lot", "apartment", "suite", "floor", "box", "line", "tier", "division",
    "district", "ward", "zone", "exit", "highway", "interstate", "street", "avenue", "road", "act", "rule",
    "paragraph", "clause", "figure", "table", "appendix", "schedule", "question", "code", "size", "type",
    "mark", "gen", "league", "cup", "test", "match", "round", "hole", "lap", "iphone", "galaxy",
    "pixel", "windows", "ios", "android", "note", "proposition", "prop", "bay", "pier", "track", "image",
    "photo", "picture", "slide", "step",
}  # fmt: skip
# Sentence-initial or lower-value words that may stand capitalised before a real amount.
_FUNCTION_WORDS = {
    "the", "a", "an", "with", "about", "around", "over", "nearly", "some", "just", "only", "in", "by", "at",
    "of", "to", "from", "for", "up", "down", "than", "and", "since", "between", "almost", "roughly",
    "approximately", "more", "less", "fewer", "under", "all", "its", "their", "his", "her", "our", "those",
    "these", "another", "after", "before", "within", "on", "as", "if", "but", "while", "when", "that",
    "there", "here", "each", "every", "per", "plus", "minus", "or", "nor", "so", "then", "said", "says",
    "total", "least", "most", "estimated", "top", "first", "last", "next", "past",
}  # fmt: skip
AGED_BEFORE = re.compile(r"\b(?:aged|ages)\s+$", re.I)
_AGE = re.compile(r"[A-Z][a-z]+,\s$")
# what may follow an age given after a name: "Mr Hague, 43, told", "his killer, Warren Leblanc, 17 - who was"
_AGE_END = (",", " -", " –", " —")
# "aged 43", "at the age of 70", "turned 40", "life expectancy in Glasgow is around 73", and people bounded by
# an age ("people over 60 will make up", "workers under 65", "retire before 65"): an age, in years
_AGE_WORD = re.compile(
    r"\b(?:(?:aged|age|ages)\s+(?:of\s+|over\s+|under\s+)?|turn(?:s|ed|ing)?\s+|retire(?:s|d)?\s+(?:at|before|after)\s+|"
    r"(?:people|those|men|women|adults|workers|employees|pensioners|voters|anyone|everyone|children)\s+"
    r"(?:(?:are|were|who\s+are|aged)\s+)?"
    r"(?:over|under|above|below|older\s+than|younger\s+than)\s+|"
    r"life\s+expectancy\b[^\d.;:]{0,50}?\s(?:is|was|of|at|to|reached|rose|fell|be)\s+(?:just\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|only\s+|over\s+|under\s+)?)$",
    re.I,
)
_COUNTED = re.compile(
    r"(?:more\s+than|over|about|around|nearly|almost|some|up\s+to|at\s+least|fewer\s+than|less\s+than|"
    r"approximately|roughly|than|employs|hired|cut|sold)\s+$",
    re.I,
)
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|by|from|until|during|through|before|after|the|a|an|of)|['’]s)\s+$", re.I)
_PLURAL_NOUN = re.compile(r"^\s(?:[a-z-]+\s)?[a-z]+[a-rt-z]s\b")
# What follows a year and not a count of things: a verb ("2004 was a good year", "2005 offers a chance"), a
# possessive ("2003's loss") or a noun of a period's accounts ("2004 results", "its 2005 earnings targets",
# "half their 1960 levels"); business copy names the year of a report far more often than it counts 2,004 sales.
_AFTER_YEAR = re.compile(
    r"^(?:['’]s\b|\s(?:was|is|has|had|will|would|saw|sees|shows|showed|offers|brings|looks|proved|proves|"
    r"continues|marks|reinforces|promises|means|began|begins|ended|ends)\b|\s(?:[a-z-]+\s)?"
    r"(?:results?|sales|figures|earnings|profits?|losses|levels|gains|revenues?|reports?|accounts|forecasts?|"
    r"estimates|targets|budgets?|elections?|dividends?|bonus(?:es)?|output|growth|performance|attacks|"
    r"payouts?|payments|filings?|statements?|guidance|series|film|movie|album|season|novel|tournament|"
    r"campaign|championships?)\b"
    r"|\s(?:model|fiscal|financial|tax|calendar|academic|school)\s+years?\b)"  # "the 2004 and 2005 model years"
)
# A month or season before it ("in November 2003 after talks", "late 2004 and"), or a time word before the bound
# ("until at least 2008", "not before about 2010"): a year, whatever plural follows
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b" + _MONTHS + r"|\b(?:spring|summer|autumn|fall|winter|early|late|mid|until|till|since|before|after|"
    r"beyond|through)(?:\s+(?:at\s+least|about|around|some))?)\.?,?\s+$",
    re.I,
)
# "optimistic about 2005,", "costs up to 2010, there is a risk", "lending over 2005 as a whole": a recent year that
# ends its phrase after "about"/"over" is the year spoken of, not a count left without its noun
_YEAR_PHRASE_END = re.compile(r"^(?:\s*[,.;:](?!\d)|\s+as\s+a\s+whole\b)")
# verbs ending in "s" that follow a name as often as a plural noun follows an adjective ("the 787 Dreamliner costs")
_VERBS_IN_S = ("was", "has", "does", "goes", "says", "costs", "comes", "seems", "remains", "looks", "makes", "takes",
               "gets", "sells", "runs", "offers", "features", "includes")  # fmt: skip
# the words that make a number a model's name whatever follows ("737 Max jets", "11 Pro phones")
_MODEL_SUFFIXES = ("Max", "Pro", "Plus", "Ultra", "Mini", "Air", "Lite", "Neo", "Edge", "Turbo", "XL", "SE", "GT")
# "787 Dreamliner", "11 Pro": a name; but "32 Labour MPs", "5 Democratic senators", "213 Premier League goals"
# count a plural noun the name (of up to three words, a model number among them) qualifies: "24 Boeing 787 jets"
_NAME_AFTER = re.compile(
    r"^\s(?!(?:I|A|An|The)\b)(?:(?:" + "|".join(_MODEL_SUFFIXES) + r")\b|[A-Z][A-Za-z]*(?<!s)\b(?![.,;:])"
    r"(?!(?:\s+(?:[A-Z][A-Za-z]*|\d{2,4}\b)){0,2}\s+(?!(?:" + "|".join(_VERBS_IN_S) + r")\b)[a-z]{2,}[a-rt-z]s\b"
    r"|\s+[A-Z]{2,}s\b))"
)
_LOWER_LABELS = {
    "category", "section", "row", "chapter", "article", "route", "room", "page", "number", "no.", "gate", "paragraph",
    "platform", "phase", "stage", "level", "channel", "episode", "volume", "grade", "flight", "terminal", "exit",
    "highway", "interstate", "model", "version", "iphone", "galaxy", "pixel", "windows", "ios", "android",
    "proposition", "prop", "tier", "district", "sp", "s&p", "ftse", "nikkei", "dax", "cac",
}  # fmt: skip
# (the lookbehind "(?<![A-Za-z0-9])" before "PS" checked after its first letter: a pattern starting with a letter
# lets ``re`` skip to the next "P" or "p" at C speed instead of trying every position)
_MOJIBAKE_POUND = re.compile(
    r"(?:P(?<![A-Za-z0-9]P)S|p(?<![A-Za-z0-9]p)s)(?=\d[\d,]*(?:\.\d+|,\d{3})|\d+(?:\.\d+)?(?:bn|m|k)\b)"
)


def repair(text: str) -> str:
    """Scraped pages often lose '£' as 'PS' ("PS2.7m"); read it as the pound sign (same length, same offsets).

    Only before an amount with decimals, thousands or a scale, so "PS5" the console stays a name; lower-cased copy
    ("worth up to ps2.7m") loses the sign the same way.
    """
    return _MOJIBAKE_POUND.sub("£ ", text) if _ps_before_digit(text) else text


def _ps_before_digit(text: str) -> bool:
    """Whether "PS" or "ps" stands right before a digit (``\\d``: ``isdecimal``), as in every ``_MOJIBAKE_POUND``.

    A screen: "ps" ends many words ("perhaps", "groups"), so testing the few places ``str.find`` skips to is
    cheaper than ``_MOJIBAKE_POUND`` trying every "p" of the article.
    """
    for ps in ("PS", "ps"):
        i = text.find(ps)
        while i >= 0:
            if text[i + 2 : i + 3].isdecimal():
                return True
            i = text.find(ps, i + 1)
    return False


def mask(text: str) -> str:
    """Blank out dates, phone numbers and clock times so no atom is read inside them.

    The same as ``_DATE_OR_PHONE.sub`` with blanks, but the pattern is only tried where a match can start.
    """
    parts: list[str] = []
    last = 0
    # In Latin-1 text (or its ``latin1_stand_in``) "\d" is "[0-9]" and the ASCII screen's lookbehind refuses fewer
    # numbers (only those after an ASCII word character): its starts hold every match's, and it is tested faster.
    narrow = latin1_stand_in(text)
    screened = _DATE_OR_PHONE_START.finditer(text) if narrow is None else _DATE_OR_PHONE_START_ASCII.finditer(narrow)
    for m in matches_at(_DATE_OR_PHONE, (candidate.start() for candidate in screened), text):
        parts += [text[last : m.start()], " " * (m.end() - m.start())]
        last = m.end()
    return "".join([*parts, text[last:]]) if parts else text


def is_day_of_month(q: Quantity, text: str) -> bool:
    """'31' in "the three months to 31 December": a bare whole number up to 31 before a month is a date's day."""
    return (
        not q.unit_given and q.scale == 1.0 and not q.words and q.decimals == 0 and q.value_low is None
        and 1 <= q.value <= 31 and _MONTH_AFTER.match(text[q.end : q.end + 16]) is not None
    )  # fmt: skip


def looks_like_year(q: Quantity, text: str) -> bool:
    surface = text[q.start : q.end]
    return (
        not q.unit_given and q.scale == 1.0 and not q.words and q.decimals == 0 and "," not in surface
        and 1000 <= abs(q.value) <= 2199
    )  # fmt: skip


# The small patterns of ``is_claim``, compiled once (it runs for every number read, and ``re.search`` with a
# string looks its pattern up in ``re``'s cache on every call).
_SUB_BEFORE = re.compile(r"\bsub-$", re.I)
_LETTER_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")
_MINUS_FOOT_HYPHEN_BEFORE = re.compile(r"(?:minus|foot|feet)-$", re.I)
_NUMBER_SIGN_BEFORE = re.compile(r"(?:#|\bNos?\.\s?)$")
_WORD_BEFORE = re.compile(r"(\S+)\s$")  # what ``_word_before`` reads, without the regex


def _word_before(left: str) -> tuple[str, int] | None:
    """``_WORD_BEFORE.search(left)`` as (its word, the length of its match), read from the end of ``left``.

    The search tries every start and runs ``\\S+`` to the end from each. A match is a run of non-space characters
    and one space ending where ``$`` holds: at the end, or before a newline that ends ``left``; the two cases
    differ in the character before the last, so at most one applies, and the match starts where the run does.
    """
    n = len(left)
    if n >= 2 and left[-1].isspace() and not left[-2].isspace():
        word = left[: n - 1].rsplit(None, 1)[-1]
    elif n >= 3 and left[-1] == "\n" and left[-2].isspace() and not left[-3].isspace():
        word = left[: n - 2].rsplit(None, 1)[-1]
    else:
        return None
    return word, len(word) + 1


_TIMES_AFTER = re.compile(r"\s+times\b")
_SENTENCE_END_BEFORE = re.compile(r"[.!?:]\s*$")
_NAME_WORD = re.compile(r"[A-Z][\w&.-]*")
_VERSION_NAME = re.compile(r"[A-Z]{2,5}|(?i:v|versions?|ios|android|bluetooth|usb)")
_APOSTROPHE_BEFORE = re.compile(r"(?<![\w'’])['’]$")
# "one" with no noun of its own is the pronoun, not a count: "a lucrative one", "the next one in 1992", "buying
# one.", "not one that turns", "develop one ourselves"; a quantifier before it keeps the number ("only one.",
# "more than one,", "at least one that"), and "one of", "one in five", "one day" are read as before
_ONE_NO_NOUN = re.compile(
    r"(?:\s*(?:[.,;:!?)\"”’]|['’](?!s)|\s-\s|$)|\s+(?:that|which|who|whom|whose|for|to|with|off|himself|herself|"
    r"itself|myself|yourself|ourselves|themselves|clearly|is|was|has|had|would|will|can|could|should)\b)"
)
_ONE_QUANTIFIED = re.compile(
    r"\b(?:only|just|least|than|exactly|and|or|by|some|about|around|nearly|almost|of|no|under|over|to|from|"
    r"per|every|any|at)\s+$",
    re.I,
)
# "number one reason", "at number one": a rank
_NUMBER_BEFORE = re.compile(r"\bnumber\s+$", re.I)
# a name's number repeated in a list: "Windows 2000, 95, 98, Me", "Dead Or Alive 1 and 2" (the first is the name's)
_NAME_NUMBER_LIST = re.compile(r"\b(?P<name>[A-Z][\w-]*)\s+\d+(?:,\s*\d+)*(?:,\s*|\s+(?:and|or|&)\s+)$")
# a title's number before a singular verb at the head of a sentence: "Halo 2 is out", "Doom 3 was developed" (a count
# takes the plural: "Some 32 were", "Nearly 400 are")
_SINGULAR_VERB_AFTER = re.compile(r"\s(?:is|was|has)\b")
_DIGIT_DASH_BEFORE = re.compile(r"\d[-–]$")
_SCORE_BRACKET_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}[-–]\d{1,2}\s?\($")


_LIST_MARKER_AFTER = re.compile(r"[.)]\s+[A-Z\"“‘']")


def _is_list_marker(q: Quantity, text: str) -> bool:
    """A small whole number opening a line and closed by "." or ")" before a capital: a list item's number."""
    if q.unit_given or q.words or q.decimals or q.value_low is not None or not 1 <= q.value <= 99:
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    return not text[line_start : q.start].strip() and _LIST_MARKER_AFTER.match(text, q.end) is not None


def _is_note_marker(q: Quantity, text: str) -> bool:
    """A small whole number in square brackets glued to the word or stop before it ("five days.[1]"), or opening a
    line ("[1] The ship ran aground"): a footnote's reference, as web copy and wikis mark their notes."""
    if q.unit_given or q.words or q.decimals or q.value_low is not None or not 1 <= q.value <= 99:
        return False
    if text[q.start - 1 : q.start] != "[" or text[q.end : q.end + 1] != "]":
        return False
    before = text[q.start - 2 : q.start - 1]
    line_start = text.rfind("\n", 0, q.start - 1) + 1
    return bool(before) and not before.isspace() or not text[line_start : q.start - 1].strip()


def is_claim(q: Quantity, text: str) -> bool:
    """False for the numbers that are not amounts: years, dates, ordinals, labels."""
    if q.extras.get("date"):
        return False  # the first day of a span of dates, found when the range was tried
    if _is_list_marker(q, text):
        return False  # "2. Fares go up": an item's number in a list, an ordinal
    if _is_note_marker(q, text):
        return False  # "for five days.[1]", "[1] The ship ran aground ...": a reference to a note
    left = text[max(0, q.start - 30) : q.start]
    right = text[q.end : q.end + 30]
    bare = not q.unit_given and q.scale == 1.0 and not q.words and q.value_low is None
    surface = text[q.start : q.end]
    bare_range = q.value_low is not None and q.value_high is not None and not q.unit_given and q.scale == 1.0
    if bare_range and all(1000 <= v <= 2199 and v == int(v) for v in (q.value_low, q.value_high)) and (
        "," not in surface
    ):
        return False  # "between 2014 and 2017" (not "1,000 to 2,000 files": no year is grouped in thousands)
    if bare_range and q.value_high < 130 and AGED_BEFORE.search(text, max(0, q.start - 12), q.start):
        return _mark_age(q)  # "aged between 18 and 24", "ages 5-11": an age span, in years
    if (
        bare
        and looks_like_year(q, text)
        and (
            _YEAR_CONTEXT_BEFORE.search(left)
            or _AFTER_YEAR.match(right)
            or (1950 <= q.value <= 2035 and _YEAR_PHRASE_END.match(right))
            or (not _COUNTED.search(left) and not (_PLURAL_NOUN.match(right) and not _YEAR_BEFORE.search(left)))
        )
    ):
        return False  # a year
    if bare and q.decimals == 0 and q.value <= 31 and (_MONTH_BEFORE.search(left) or _MONTH_AFTER.match(right)):
        return False  # a date
    day = bare and q.decimals == 0 and q.value <= 31
    if day and _MONTH_DAYS_BEFORE.search(left) and not _COUNTED_AFTER.match(right):
        return False  # "on June 24 and 25", "May 3, 4 or 5": the next day of a month named once
    if not q.unit_given and _TIME_AFTER.match(right):
        return False  # a clock time
    # Cheap gates: each pattern gated below ends ("$": at the end or before a final newline) on the character
    # checked first, which most numbers fail.
    end = left[:-1] if left.endswith("\n") else left
    hyphen = end.endswith("-")
    if hyphen and _SUB_BEFORE.search(left):
        q.extras["bound"] = "sub"  # "sub-7 nanometre chips": below the number
    elif hyphen and _LETTER_HYPHEN_BEFORE.search(left) and not _MINUS_FOOT_HYPHEN_BEFORE.search(left):
        return False  # "COVID-19", "TA-35", "F-150"
    number_sign = (end.endswith(("#", ".")) or end[-2:-1] == ".") and _NUMBER_SIGN_BEFORE.search(left)
    # ``_OF_TOTAL`` ends with "of", "and" or "&" and the spaces that end ``left``: most numbers have none of them
    of_total = left.rstrip().lower().endswith(("of", "and", "&")) and _OF_TOTAL.search(left)
    if number_sign or of_total:
        return False  # "No. 10", "Nos. 1 and 2", "Page 2 of 3"
    word = _word_before(left)
    plain_int = bare and q.decimals == 0 and "," not in surface
    if plain_int and word and not _TIMES_AFTER.match(right):  # "won the Bundesliga 11 times"
        prev = word[0]
        if prev[:1] == "(" and len(prev) > 1 and right.startswith(")"):
            prev = prev[1:]  # "(Bergkamp 68)": a name and a number alone in brackets, a substitute's minute
        key = prev.lower().strip(".,:;")
        word_start = q.start - word[1]
        initial = not text[:word_start].strip() or _SENTENCE_END_BEFORE.search(
            text[max(0, word_start - 3) : word_start]
        )
        if key in _LOWER_LABELS or (
            prev[0].isupper()
            and (not initial or key in _LABEL_WORDS) and key not in _FUNCTION_WORDS and not _MONTH_BEFORE.search(left)
            and (key in _LABEL_WORDS or _NAME_WORD.fullmatch(prev))
        ):  # fmt: skip
            return _mark_age(q) if _AGE.search(left) and right.startswith(",") else False
        if initial and q.value > 1 and _NAME_WORD.fullmatch(prev) and key not in _FUNCTION_WORDS and (
            _SINGULAR_VERB_AFTER.match(right)
        ):
            return False  # "Halo 2 is out", "Doom 3 was developed": a title's number
    if bare and q.decimals and word and (
        _VERSION_NAME.fullmatch(word[0])
        or (surface.endswith(".0") and _NAME_WORD.fullmatch(word[0]) and word[0].lower() not in _FUNCTION_WORDS)
    ):
        return False  # "TPM 2.0", "iOS 17.2", "versions 4.7", "Firefox 1.0": a version ("A 7.0-magnitude" is none)
    if q.words and surface == "one" and _one_pronoun(left, right):
        return False  # "a lucrative one", "number one reason"
    spelled = q.words and not q.unit_given and q.scale == 1.0 and q.value_low is None
    if spelled and word and _word_label(word[0], text, q.start - word[1], right):
        return False  # "in paragraph four", "part three", "in weekend two": the name of an item of a series
    if plain_int and q.value < 100:
        if right[:2] in ("'s", "’s"):
            return False  # "during the 30's", "3's marketing director": a decade or a name, not an amount
        if right.startswith("-rated"):
            return False  # "an 18-rated game": a film or game certificate
        if end.endswith((", ", " and ", " or ", " & ")) and (m := _NAME_NUMBER_LIST.search(left)) and (
            m.group("name").lower() not in _FUNCTION_WORDS and not _MONTH_BEFORE.search(m.group("name") + " ")
        ):
            return False  # "Windows 95, 98 and 2000": the other numbers of a named product
    if bare and q.value < 100 and end.endswith(("'", "’")) and _APOSTROPHE_BEFORE.search(left) and len(surface) == 2:
        return False  # "moved in '95": a year
    if bare and len(surface) > 1 and surface[0] == "0" and surface[1].isdigit():
        return False  # "050505", "007": a code written with its leading zeros, not an amount
    if bare and end.endswith(("-", "–")) and _DIGIT_DASH_BEFORE.search(left):
        return False  # the tail of "4-3-3" after its first pair was read as a score
    if bare and end.endswith("(") and right.startswith(")") and _SCORE_BRACKET_BEFORE.search(left):
        return False  # "won 7-6(5)": the loser's points in a tie-break, part of the set's score
    if plain_int and q.value < 100000 and _NAME_AFTER.match(right) and q.start > 0 and left.strip():
        return False  # "787 Dreamliner", "11 Pro", "90049 ZIP Code": part of a name
    if bare and q.decimals == 0 and _AGE.search(left) and right.startswith(_AGE_END) and q.value < 120:
        return _mark_age(q)
    aged = not q.unit_given and q.scale == 1.0 and q.value_low is None and q.value < 130
    aged = aged and not _PLURAL_NOUN.match(right)
    if aged and _AGE_WORD.search(text, max(0, q.start - 90), q.start):
        return _mark_age(q)  # "aged 43", "at the age of 70", "turned 40": an age, in years
    return True


# Nouns of the items of a series that a spelled-out number names rather than counts: "paragraph four", "part
# three", "in weekend two", "day three of the trial" (their digits are ``_LOWER_LABELS``/``_LABEL_WORDS``)
_WORD_LABELS = frozenset({
    "paragraph", "part", "chapter", "episode", "season", "series", "stage", "phase", "round", "game", "week",
    "weekend", "day", "act", "scene", "volume", "book", "level", "tier", "group", "grade", "category", "article",
    "section", "clause", "question", "leg", "lap", "heat", "match", "test", "page", "step", "item", "track",
})  # fmt: skip
# ... unless a determiner makes the noun a span of its own: "Last week two people died", "each day three ships"
_SPAN_DETERMINER_BEFORE = re.compile(
    r"\b(?:last|this|next|that|every|each|a|an|per|one|previous|following|same|whole|entire|the)\s+$", re.I
)
# ... or the number counts the noun after it: "in week two more firms", "on day three hostages were freed"
_LABEL_COUNT_AFTER = re.compile(
    r"\s(?!(?:of|the|a|an|in|on|at|and|or|to|for|with|from|by|as|is|was|are|were)\b)(?:[a-z-]+\s)?"
    r"(?:[a-z]+[a-rt-z]s|people|men|women|children)\b"
)


def _word_label(prev: str, text: str, prev_start: int, right: str) -> bool:
    """Whether a number word after ``prev`` (which starts at ``prev_start``) names an item of a series."""
    if prev.lower() not in _WORD_LABELS:
        return False
    if _SPAN_DETERMINER_BEFORE.search(text, max(0, prev_start - 12), prev_start):
        return False
    return _LABEL_COUNT_AFTER.match(right) is None


def _one_pronoun(left: str, right: str) -> bool:
    """'one' standing for a noun ("a lucrative one", "buying one.") or naming a rank ("the number one reason")."""
    if _NUMBER_BEFORE.search(left):
        return True
    return _ONE_NO_NOUN.match(right) is not None and not _ONE_QUANTIFIED.search(left)


def _mark_age(q: Quantity) -> bool:
    """'Senard, 65, said': an age, reported in years."""
    q.unit, q.unit_given = "year", True
    q.extras["age"] = True  # "people over 60": a bound on an age, where "over 10 years" is a span of time
    return True


# -- Claim level: numbers ``extract_quantities`` rightly reads (NewsQuant scores them) that a story does not assert.

# "Okafor, 57, said", "Lorca is 23.": a person's age given in passing. Ages that carry the story stay: those after
# "aged"/"age of" ("died aged 91", "the oldest woman in Japan, aged 116", "retire at 67"), and an "N-year-old"
# descriptor, which the hand-labelled claims count and outlets repeat when they name the person ("The 18-year-old").
_NAME_IS_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-Z][\w'’-]+)\s+(?:is|was|turns|turned)\s$")
_NO_NAMES = {"it", "this", "that", "he", "she", "there", "what", "which", "who", "one", "mine", "ours"}
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.;,!?)\"”’]|\s-\s|$)")
# "($1 = 88.70 Indian rupees)", "(£1 = $1.2710)", "(1 euro = $1.08)": a wire story's exchange-rate note, both sides
_RATE_NOTE = re.compile(r"\(\s*(?:(?:[A-Z]{1,3}\s?)?[$£€¥₹]\s?1|1\s+[A-Za-z][A-Za-z. ]{1,24}?)\s*=\s*[^()=\n]{1,40}\)")
# "the two companies", "the five biggest findings", "these three cases", "the last three governments": a number
# spelled out after a definite determiner names a set the story already has, and "the past five years" a window;
# the first mention of the set is the claim ("Three men were arrested"). "two of the last three" keeps its "two".
_DEFINITE_BEFORE = re.compile(
    r"\b(?:the|these|those|both|the\s+(?:last|past|next|first|final|previous|coming|following|other|remaining))\s+$",
    re.I,
)
_WINDOW_UNITS = ("day", "week", "month", "year", "decade")  # "the past five years", "the first three months"
# "19kg for someone weighing 100kg", "a worker earning £30,000 would pay": the premise of a worked example
_EXAMPLE_PEOPLE = (
    "person", "man", "woman", "adult", "household", "family", "worker", "employee", "earner", "driver", "taxpayer",
    "customer", "borrower", "homeowner", "buyer", "saver", "patient", "pensioner", "couple", "smoker", "motorist",
    "commuter",
)  # fmt: skip
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:someone|somebody|anyone|an?\s+(?:typical\s+|single\s+|hypothetical\s+|average\s+|median\s+)?"
    rf"(?:{'|'.join(_EXAMPLE_PEOPLE)})"
    # "for a typical high-street retailer with 40 staff": any noun after "typical" or "hypothetical"
    r"|\bfor\s+an?\s+(?:typical|hypothetical)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:who\s+)?"
    r"(?:weigh(?:s|ing)?|earn(?:s|ing)?|pay(?:s|ing)?|us(?:es|ing)|spend(?:s|ing)?|borrow(?:s|ing)?|on|with)\s+"
    r"(?:(?:about|around|roughly|an?|a\s+salary\s+of|an\s+income\s+of)\s+)*$",
    re.I,
)
# Every match of ``_EXAMPLE_BEFORE`` ends in one of its verbs and then only the words of an amount's lead-in: a test of
# the last words spares most figures its search, which tries every word of the 90 characters before the figure
_EXAMPLE_VERBS = frozenset({
    "weigh", "weighs", "weighing", "earn", "earns", "earning", "pay", "pays", "paying", "uses", "using", "spend",
    "spends", "spending", "borrow", "borrows", "borrowing", "on", "with",
})  # fmt: skip
_EXAMPLE_LEAD_IN = frozenset({"about", "around", "roughly", "a", "an", "salary", "income", "of"})


def _may_be_example(left: str) -> bool:
    """Whether ``_EXAMPLE_BEFORE`` can match ``left``: its last word but for a lead-in ("about", "a salary of") is
    one of the example's verbs ("weighing", "earning", "on"). Words as ``re.I`` reads them: see ``lowered``."""
    lower = lowered(left)
    if lower is None:
        return True
    for word in reversed(lower.split()):
        if word not in _EXAMPLE_LEAD_IN:
            return word in _EXAMPLE_VERBS
    return False


def is_story_claim(q: Quantity, text: str) -> bool:
    """Whether a quantity ``is_claim`` kept is something the story asserts, not an aside or a worked example.

    Applied to claims, not to ``extract_quantities``: each of these is still a quantity in the text.
    """
    left = text[max(0, q.start - 90) : q.start]
    if q.extras.get("vague"):
        return False  # "thousands of spectators": an order of magnitude, no figure to agree or conflict with
    if _passing_age(q, text, left) or _descriptor_age_in_passing(q, text, left):
        return False  # "Okafor, 57, said", "Lorca is 23.", "a 38-year-old farmer"
    if _FORMAT_AFTER.match(text, q.end):
        return False  # "your 17-character VIN", "a six-digit code": the form of a thing, no amount of anything
    if _rate_quote(q, text, left):
        return False  # "GBP/USD: 1.3120", "87.2 pence against the euro": a currency's price, an exchange-rate note
    if q.extras.get("age") and q.extras.get("range"):
        return False  # "1,200 people aged between 18 and 65": the band that defines a group, no figure of it
    if _in_rate_note(q, text):
        return False  # "($1 = 88.70 Indian rupees)"
    if _group_bound(q, text, left):
        return False  # "workers aged 21 and over", "UK 18-year-olds", "firms with fewer than 10 staff"
    if _restated_in_brackets(q, text) or _companions(q, text, left) or _near_zero(q, left):
        return False  # "nearly two-thirds (64%)", "with seven other unions", "visibility is almost zero"
    if _aside(q, text, left):
        return False  # "per 100,000 people", "the number nine shirt", "a mother of two", "Ten goals? Twenty?"
    if _time_reference(q, text) or _threshold(q, text, left) or _priced_thing_size(q, text, left):
        return False  # "twelve months earlier", "seen within four hours", "rates for a 40-foot container"
    if q.words and q.unit in ("count", *_WINDOW_UNITS) and not q.currency_given and _DEFINITE_BEFORE.search(left):
        return False  # "the two companies announced", "the last three governments"
    # "for someone weighing 100kg"
    return not _may_be_example(left) or _EXAMPLE_BEFORE.search(left) is None


# "workers aged 21 and over", "those aged over 65", "aged 65 or older": the bound that defines a group by age
_AGE_BOUND_AFTER = re.compile(r"\s*(?:\+|(?:and|or)\s+(?:over|under|older|younger|above|below)\b|plus\b)", re.I)
_AGE_BOUND_BEFORE = re.compile(r"\baged\s+(?:over|under|below|above)\s+$", re.I)
# "firms with fewer than 10 staff", "households earning more than £100,000": a size class of a plural noun
_CLASS_BEFORE = re.compile(
    r"\b[a-z]{3,}[a-rt-z]s\s+(?:with|employing|having|earning|of)\s+(?:fewer|less|more|over|under)(?:\s+than)?\s+$",
    re.I,
)


def _group_bound(q: Quantity, text: str, left: str) -> bool:
    """A number that defines a group, not a figure about it: an age bound ("aged 65 or over"), the ages of a
    group ("UK 18-year-olds") or a size class ("firms with fewer than 10 staff")."""
    if q.extras.get("age") and (_AGE_BOUND_AFTER.match(text, q.end) or _AGE_BOUND_BEFORE.search(left[-20:])):
        return True
    if q.unit == "year" and q.value_low is None and text[q.end : q.end + 6].lower().startswith("-olds"):
        return True  # ("the 18-year-old" is one person: ``_descriptor_age_in_passing`` judges it)
    return q.value_low is None and _CLASS_BEFORE.search(left[-45:]) is not None


# "nearly two-thirds of students (64%)", "a third (32.4%)": the bracketed percent gives the words' figure exactly
_BRACKET_PERCENT_AFTER = re.compile(
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*\(\s*(?P<p>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent)\s*\)", re.I
)
# "with seven other unions", "alongside three other banks": the partners of whoever the story is about
_COMPANIONS_BEFORE = re.compile(r"\b(?:with|alongside|joined\s+by|along\s+with)\s+$", re.I)
_OTHER_AFTER = re.compile(r"\s+other\s+[a-z]+", re.I)
# "visibility is almost zero": nothing, approximately, which no other report can contradict with a figure
_NEAR_ZERO_BEFORE = re.compile(
    r"\b(?:almost|nearly|near|close\s+to|virtually|practically|next\s+to)\s+$", re.I
)


def _restated_in_brackets(q: Quantity, text: str) -> bool:
    """A share in words restated by a percent in brackets, which is the claim (within five points of it)."""
    if q.unit != "fraction" or not q.words:
        return False
    m = _BRACKET_PERCENT_AFTER.match(text, q.end)
    return m is not None and abs(float(m.group("p")) - 100 * q.value) <= 5


def _companions(q: Quantity, text: str, left: str) -> bool:
    """'with seven other unions': a spelled-out count of the others in a group, said to frame who acted."""
    return bool(q.words) and q.unit == "count" and bool(_COMPANIONS_BEFORE.search(left[-15:])) and bool(
        _OTHER_AFTER.match(text, q.end)
    )


def _near_zero(q: Quantity, left: str) -> bool:
    """'almost zero', 'close to zero': a bare count of nothing, hedged."""
    return q.value == 0 and bool(q.words) and q.unit == "count" and _NEAR_ZERO_BEFORE.search(left[-14:]) is not None


_YEAR_OLD = re.compile(r"[\s-]years?[\s-]old$", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_DEFINITE_ONLY_BEFORE = re.compile(r"\b(?:the|this)\s+$", re.I)
# "Marcus Reed, the firm's 41-year-old founder": an age in an appositive right after a name and its comma
_APPOSITIVE_BEFORE = re.compile(
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+(?:the|his|her|their|its|[A-Z]?[\w-]+['’]s?)\s+(?:[\w'’-]+['’]s\s+)?$"
)
# "-year-old grandfather Bill Haines": one or two lower-case words of role, then a first name and a surname
_NAME_AFTER_ROLE = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}[A-Z][a-z]+\s+[A-Z][\w'’-]+")


def _descriptor_age_in_passing(q: Quantity, text: str, left: str) -> bool:
    """An "N-year-old" that describes someone in passing: "a 38-year-old farmer" introduces an unnamed person,
    and "the 26-year-old" again, after the article gave that age, refers back to someone already described.

    The first "the N-year-old" of a named person stays a claim (the hand-labelled claims count it, and outlets
    repeat it), as do the ages of things ("a 400-year-old oak" is older than anyone).
    """
    if q.value_low is not None or not 0 < q.value < 120:
        return False
    surface = text[q.start : q.end]
    if not _YEAR_OLD.search(surface):
        return False
    if _INDEFINITE_BEFORE.search(left) or _APPOSITIVE_BEFORE.search(left[-60:]):
        return True  # "a 38-year-old farmer"; "Marcus Reed, the firm's 41-year-old founder," as "Reed, 41," is
    if not _DEFINITE_ONLY_BEFORE.search(left) and _NAME_AFTER_ROLE.match(text, q.end):
        return True  # "84-year-old grandfather Bill Haines": the age of a named person, in passing
    earlier = re.search(r"(?<![\d.,])" + re.escape(surface), text[: q.start])  # not the "26" of "126-year-old"
    return _DEFINITE_ONLY_BEFORE.search(left) is not None and earlier is not None


# "12 deaths per 100,000 people", "one in every 50": the denominator of a rate, which names no amount of its own
_DENOMINATOR_BEFORE = re.compile(r"\b(?:per|in\s+every|for\s+every|out\s+of\s+every)\s+$", re.I)
# "the number nine shirt", "No 10 jersey": a number that labels a thing or a rank
_LABEL_NUMBER_BEFORE = re.compile(r"\bnumber\s+$", re.I)
# "a mother of three", "a family of five", "a father-of-two": who someone is, not a count the story reports
_FAMILY_OF_BEFORE = re.compile(
    r"\b(?:mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent|family)[\s-]of[\s-]$", re.I
)
# "for the 13 weeks to 25 October", "the 52 weeks ended June 30": the window a report covers, named by its end
_WINDOW_END_AFTER = re.compile(r"\s+(?:to|ended|ending|through|until)\s+(?:the\s+end\s+of\s+|\d|[A-Z][a-z]+)")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# "maybe a day, maybe two", "a year or two": a number offered as a guess after an alternative, with no noun
_GUESS_BEFORE = re.compile(r"\b(?:or|maybe|perhaps)\s+$", re.I)
# "the turnout among 18- to 24-year-olds": an age band that defines a group
_AGE_GROUP_AFTER = re.compile(r"-olds?\b", re.I)
# "who turns 25 in September", "which turned 40 this year": an age or anniversary given in passing
_TURNS_BEFORE = re.compile(r"\b(?:who|which|she|he|it)\s+(?:turns|turned|will\s+turn)\s+$", re.I)
# "7.46 per euro", "1.08 dollars to the euro": a currency's price in another, an exchange rate
_PER_CURRENCY_AFTER = re.compile(r"\s+(?:per|to\s+the|against\s+the)\s+(?:US\s+|U\.S\.\s+)?(?P<c>[A-Za-z]+)\b")
# "Twenty goals? Thirty?": a number asked about, which the story does not assert
_ASKED_AFTER = re.compile(r"(?:\s+[a-z]+)?\?")
# "Three numbers tell the story", "two questions remain": a spelled-out count of the article's own talking points
_FRAMING_NOUNS = frozenset({
    "numbers", "things", "reasons", "questions", "lessons", "takeaways", "charts", "graphs", "facts", "ways",
    "factors", "issues", "words", "details", "points", "themes", "scenarios", "options", "answers", "clues",
})  # fmt: skip
# "at one point": the idiom of a moment, no score or rate
_AT_BEFORE = re.compile(r"\bat\s+$", re.I)


def _aside(q: Quantity, text: str, left: str) -> bool:
    """A number the story mentions without asserting an amount: a rate's denominator, a label, a family's size,
    a report's window, a guess, an age band or age in passing, an exchange rate, a number asked about."""
    bare = q.unit == "count" and not q.unit_given
    if _DENOMINATOR_BEFORE.search(left[-16:]) or _ASKED_AFTER.match(text, q.end):
        return True
    if bare and (_LABEL_NUMBER_BEFORE.search(left[-8:]) or _FAMILY_OF_BEFORE.search(left[-20:])):
        return True
    if bare and q.words and (q.noun in _FRAMING_NOUNS or (q.noun is None and _GUESS_BEFORE.search(left[-10:]))):
        return True
    if q.unit in _WINDOW_UNITS and _THE_BEFORE.search(left[-5:]) and _WINDOW_END_AFTER.match(text, q.end):
        return True
    if q.value_low is not None and q.unit == "year" and _AGE_GROUP_AFTER.match(text, q.end):
        return True
    if q.unit in ("count", "year") and not q.decimals and _TURNS_BEFORE.search(left[-20:]):
        return True
    if q.unit in ("point", "percentage_point") and q.words and q.value == 1 and _AT_BEFORE.search(left[-4:]):
        return True
    m = _PER_CURRENCY_AFTER.match(text, q.end) if bare or q.currency_given else None
    return m is not None and m.group("c").lower() in CURRENCY_WORDS and not _asserted_rate(q, text)


# "a 17-character VIN", "a six-digit code", "a four-letter word", "a six-figure salary": a format, not a count
_FORMAT_AFTER = re.compile(r"-(?:characters?|digits?|letters?|figures?|pages?|words?)\b", re.I)
# "GBP/USD: 1.3120", "EUR/USD 1.0850": a currency pair's quote
_PAIR_BEFORE = re.compile(r"\b[A-Z]{3}/[A-Z]{3}\s*[:=]?\s*$")
# "87.2 pence against the euro", "$1.31 versus the dollar": what one currency costs in another
_AGAINST_CURRENCY_AFTER = re.compile(
    r"\s+(?:against|versus|vs\.?)\s+(?:the\s+)?(?:US\s+|U\.S\.\s+)?(?P<c>[A-Za-z]+)\b"
)


def _rate_quote(q: Quantity, text: str, left: str) -> bool:
    """A currency's price in another: after a currency pair, or money "against the <currency>"."""
    if q.value_low is not None:
        return False
    if _PAIR_BEFORE.search(left[-12:]):
        return True
    m = _AGAINST_CURRENCY_AFTER.match(text, q.end) if q.currency_given else None
    return m is not None and m.group("c").lower() in CURRENCY_WORDS and not _asserted_rate(q, text)


# A currency's level or move stated by a verb in the rate's own clause, ending in the preposition before it: "the
# peso weakened to 48.7 per dollar", "the lira hit a record low of 34.2 per euro", "recovered 3.2% to 47.15", "was
# steady at 398.2": the headline fact of a currency story. A rate in brackets or after no such verb ("(7.46 per
# euro)", "converted at an exchange rate of 7.46 per euro") stays a note.
_RATE_VERBS = (
    r"fell|falls?|falling|fallen|rose|rises?|rising|risen|weaken(?:ed|s|ing)?|strengthen(?:ed|s|ing)?|firm(?:ed|s|ing)|"
    r"sl(?:id|ides?|iding)|slip(?:ped|s|ping)?|slump(?:ed|s|ing)?|plung(?:ed|es?|ing)|tumbl(?:ed|es?|ing)|"
    r"drop(?:ped|s|ping)?|dip(?:ped|s|ping)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|gain(?:ed|s|ing)?|"
    r"recover(?:ed|s|ing)?|rebound(?:ed|s|ing)?|rall(?:ied|ies|ying)|surg(?:ed|es?|ing)|eas(?:ed|es?|ing)|"
    r"s[ai]nk(?:s|ing)?|sunk|crash(?:ed|es|ing)?|collaps(?:ed|es?|ing)|depreciat(?:ed|es?|ing)|"
    r"appreciat(?:ed|es?|ing)|edg(?:ed|es?|ing)|advanc(?:ed|es?|ing)|retreat(?:ed|s|ing)?|hit(?:s|ting)?|"
    r"touch(?:ed|es|ing)|reach(?:ed|es|ing)?|trad(?:ed|es?|ing)|quoted|st(?:ood|ands?|anding)|clos(?:ed|es?|ing)|"
    r"end(?:ed|s|ing)?|open(?:ed|s|ing)?|settl(?:ed|es?|ing)|h(?:eld|olds?|olding)|steadied|steady|stable|"
    r"unchanged|flat"
)
_RATE_HEDGES = r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more\s+than|less\s+than)\s+)*$"
_RATE_ASSERTED_BEFORE = re.compile(
    rf"\b(?:{_RATE_VERBS})\b(?:[^.;:()\[\]]|\.(?=\d)){{0,40}}?"
    rf"\s(?:to|at|of|near|around|past|beyond|above|below|from)\s+{_RATE_HEDGES}"
    rf"|\b(?:was|is|were|are)\s+(?:(?:at|near|around)\s+)?{_RATE_HEDGES}"
    # a verb that takes the level as its object: "touching 48.70 to the US dollar", "breached 20 per dollar"
    rf"|\b(?:hit(?:s|ting)?|touch(?:ed|es|ing)?|reach(?:ed|es|ing)?|breach(?:ed|es|ing)?|cross(?:ed|es|ing)?|"
    rf"top(?:ped|s|ping)?)\s+{_RATE_HEDGES}"
    # the line of a fact box: "- Peso: 48.7 per dollar, down 11.4%" (a currency pair's quote, "GBP/USD: 1.3120",
    # is dropped before this is asked)
    rf"|(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?[A-Z][A-Za-z ]{{1,30}}:[ \t]*{_RATE_HEDGES}",
    re.I,
)


def _asserted_rate(q: Quantity, text: str) -> bool:
    """Whether an exchange rate is stated as a level or a move in its clause (``_RATE_ASSERTED_BEFORE``)."""
    return _RATE_ASSERTED_BEFORE.search(text, max(0, q.start - 80), q.start) is not None


def _passing_age(q: Quantity, text: str, left: str) -> bool:
    """A person's age given in passing: after "Name," and closed by a comma or dash, or "Name is 23." at the end."""
    if q.value_low is not None or q.words or q.decimals or not 0 < q.value < 120:
        return False
    right = text[q.end : q.end + 3]
    if q.extras.get("age"):
        return _AGE.search(left) is not None and right.startswith(_AGE_END)
    m = q.unit == "count" and not q.unit_given and _NAME_IS_BEFORE.search(left)
    name = m.group("name").lower() if m else ""
    named = bool(m) and name not in _FUNCTION_WORDS and name not in _NO_NAMES
    return named and _CLAUSE_END_AFTER.match(right) is not None


def _in_rate_note(q: Quantity, text: str) -> bool:
    """Whether the quantity lies in a bracketed "(<one unit> = <rate>)" note."""
    if "=" not in text[max(0, q.start - 30) : q.end + 30]:
        return False  # most quantities: no "=" near them
    open_at = text.rfind("(", max(0, q.start - 30), q.start + 1)
    m = _RATE_NOTE.match(text, open_at) if open_at >= 0 else None
    return m is not None and q.end <= m.end()


_SPAN_UNITS = ("minute", "hour", "day", "week", "month", "year", "decade")
# "up from 17,700 billion twelve months earlier", "three years ago": a span that dates the figure beside it
_REFERENCE_TIME_AFTER = re.compile(r"\s+(?:earlier|ago|before|previously|later|prior)\b", re.I)


def _time_reference(q: Quantity, text: str) -> bool:
    """A span that says when, not how long: "twelve months earlier", "two years ago"."""
    return q.unit in _SPAN_UNITS and q.value_low is None and _REFERENCE_TIME_AFTER.match(text, q.end) is not None


# The bound of a standard a group is measured against: "59% of patients were seen within four hours", "280,000
# patients had been waiting for over 52 weeks", "the share waiting under 18 weeks": a verb of waiting or of being
# served, or the share itself, then the bound. The span defines the group; the percent or count is the figure.
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:wait(?:s|ed|ing)?|seen|treated|admitted|discharged|assessed|diagnosed|answered|responded|reached|"
    r"processed|handled|resolved|share|proportion|percentage)\s+(?:for\s+)?"
    r"(?:within|in\s+under|in\s+less\s+than|less\s+than|more\s+than|longer\s+than|fewer\s+than|over|under|"
    r"beyond|at\s+least|up\s+to)\s+$",
    re.I,
)
# the figure of the group in the same sentence: a percent, a share, or a count of a plural noun
_GROUP_FIGURE = re.compile(
    r"\d\s?(?:%|per\s?cent\b|percent\b)|\b(?:share|proportion|percentage)\b"
    r"|\d(?:[\d,.]*\d)?\s?(?:m|k|bn|million|thousand)?\s+(?:[a-z-]+\s+)?[a-z]+[a-rt-z]s\b",
    re.I,
)
_SENTENCE_STOP = re.compile(r"[.!?]\s")


def _threshold(q: Quantity, text: str, left: str) -> bool:
    """A span that bounds a standard ("within 18 weeks") in a sentence that gives the figure of the group."""
    if q.unit not in _SPAN_UNITS or q.value_low is not None or not _THRESHOLD_BEFORE.search(left[-40:]):
        return False
    stops = list(_SENTENCE_STOP.finditer(text, max(0, q.start - 200), q.start))
    start = stops[-1].end() if stops else max(0, q.start - 200)
    stop = _SENTENCE_STOP.search(text, q.end, q.end + 200)
    sentence = text[start : q.start] + " " + text[q.end : stop.start() + 1 if stop else q.end + 200]
    return _GROUP_FIGURE.search(sentence) is not None


# "freight rates for a 40-foot container", "the price per 12-ounce can": the size of the thing a price or rate is
# quoted for, a class of goods and no figure of the story
_PRICED_FOR_BEFORE = re.compile(r"\b(?:for|per)\s+(?:an?\s+|each\s+|every\s+)?$", re.I)
_SIZE_MODIFIER = re.compile(r"\S+-[a-z]+", re.I)  # "40-foot", "twenty-foot", "12-ounce"
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|in|on|at|to|for|and|or)\b)[a-z]")
_SIZE_DIMENSIONS = frozenset({"length", "area", "volume", "mass"})


def _priced_thing_size(q: Quantity, text: str, left: str) -> bool:
    """A measure written as a modifier before its noun ("40-foot container") after "for a" or "per"."""
    if q.value_low is not None or dimension_of(q.unit) not in _SIZE_DIMENSIONS:
        return False
    return (
        _SIZE_MODIFIER.fullmatch(text, q.start, q.end) is not None and _NOUN_AFTER.match(text, q.end) is not None
        and _PRICED_FOR_BEFORE.search(left[-12:]) is not None
    )  # fmt: skip
