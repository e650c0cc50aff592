"""Reading the number itself: digits, number words, fractions and scale words.

Kept apart from units and context so that "two and a half", "1,307,000", ".001" and "4 hundred million"
all become one float the same way wherever they appear.
"""

from __future__ import annotations

import re

UNITS_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, float] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
# Abbreviated scales written straight after a number ("€1.2bn", "£300k", "5m").
SCALE_ABBREV: dict[str, float] = {
    "k": 1e3, "K": 1e3, "thou": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "bil": 1e9, "tn": 1e12, "trn": 1e12, "T": 1e12, "cr": 1e7, "lac": 1e5,
}  # fmt: skip
FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
    "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip
FOLD_WORDS: dict[str, float] = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10}

_CARDINAL = sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True)
CARDINAL_RE = r"(?:" + "|".join(_CARDINAL) + r")"
# A cardinal of one or two words: a second word only after a tens word ("twenty-five", "forty two"); "one six" is
# two numbers side by side ("one Six Nations outing"), never sixteen or seven.
_ONES = [w for w in sorted(UNITS_WORDS, key=len, reverse=True) if 0 < UNITS_WORDS[w] < 10]
_TENS_RE = "|".join(sorted(TENS_WORDS, key=len, reverse=True))
_COMPOUND_RE = rf"(?:(?:{_TENS_RE})(?:[\s-](?:{'|'.join(_ONES)})\b)?|{CARDINAL_RE})"
_SCALE_RE = r"(?:hundred|thousand|million|billion|trillion)"
_BIG_SCALE_RE = r"(?:thousand|million|billion|trillion)"
_FRACTION_RE = r"(?:" + "|".join(sorted(FRACTION_WORDS, key=len, reverse=True)) + r")"

# the digits a decimal is spoken with after "point": "thirteen point two", "four point oh five"
DIGIT_WORDS: dict[str, int] = {
    "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_DIGIT_WORD_RE = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
# "thirteen point two", "two point four (trillion)": a decimal as transcripts and broadcasts write it; not the
# idiom "at one point" ("At one point two ships collided")
SPOKEN_DECIMAL_RE = rf"(?!(?<=\b[Aa]t\s)one\s)(?:{_COMPOUND_RE})\s+point(?:\s+(?:{_DIGIT_WORD_RE})\b)+"

# "two and a half", "twenty-five", "four hundred", "three thousand", "one-third", "a quarter", "a dozen"
WORD_NUMBER_RE = (
    r"(?:"
    rf"{SPOKEN_DECIMAL_RE}|"
    rf"(?:(?:{CARDINAL_RE}|a)[\s-])?{_FRACTION_RE}(?:[\s-]|\s+of\s+an?\s+){_SCALE_RE}\b"
    #   a quarter million, three quarters billion, a quarter of a million, three-quarters of a billion
    rf"|(?:{CARDINAL_RE}|a)[\s-]{_FRACTION_RE}"  # one-third, a quarter, two-thirds
    rf"|{CARDINAL_RE}(?:\s+and\s+a\s+|-and-a-)half"  # two and a half, two-and-a-half
    rf"|{_COMPOUND_RE}(?:\s+dozen\b)?"  # twenty-five, two dozen
    rf"(?:\s+hundred(?:\s+(?:and\s+)?{_COMPOUND_RE}(?!\s+hundred\b)(?=\s+{_SCALE_RE}|\b))?"
    rf"|\s+{_BIG_SCALE_RE}(?:\s+(?:and\s+)?{_COMPOUND_RE}(?=\s+{_SCALE_RE}|\b))?)*"
    #   ... thousand, one hundred and fifty; never "hundred and four hundred": there a second number begins
    #   ("between four hundred and four hundred and fifty million")
    rf"|an?\s+(?:dozen|{_SCALE_RE}(?:\s+and\s+{_COMPOUND_RE})?)"  # a dozen, a hundred and ten
    rf"|half\s+an?\s+(?:dozen|{_SCALE_RE})"  # half a million
    r"|half"
    r")"
)
VULGAR_FRACTIONS: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
# "10 1/2 miles", "7 3/4%": a whole number and a fraction, as older and US copy writes them
_MIXED_RE = r"\d{1,3}\s[1-9]\d?/(?:2|3|4|8|16|32|64)(?![\d/])"
# "12,34,567.89", "1,50,000": Indian grouping (lakhs and crores); "80 000", "1 234 567": thousands set apart by a
# (thin or no-break) space, as much of Europe writes them; a plain space only where the digits cannot be two numbers
# ("80 000", "1 000 000"; "12 500" may be a count of twelve and one of 500)
_INDIAN_RE = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"
_SPACED_RE = r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3}){2,}|\d{1,3} 000"
DIGITS_RE = (
    r"(?:"
    + _MIXED_RE
    + "|"
    + _INDIAN_RE
    + "|"
    + _SPACED_RE
    + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?[½¼¾⅓⅔⅛]?|\.\d+|[½¼¾⅓⅔⅛])"
)


# Compiled once: these run for every number read.
_MIXED_FRACTION = re.compile(r"(\d+)\s(\d+)/(\d+)")
_DECIMALS = re.compile(r"\.(\d+)")
_WORD_BREAK = re.compile(r"[\s-]+")
_DIGITS = re.compile(DIGITS_RE)


def parse_digits(text: str) -> float:
    """'1,307,000' -> 1307000.0; '.001' -> 0.001; '2½' -> 2.5; '10 1/2' -> 10.5."""
    mixed = _MIXED_FRACTION.fullmatch(text)
    if mixed:
        return int(mixed.group(1)) + int(mixed.group(2)) / int(mixed.group(3))
    tail = VULGAR_FRACTIONS.get(text[-1:], 0.0)
    head = text[:-1] if tail else text
    head = head.replace(",", "")
    if not head.isdigit() and any(c.isspace() for c in head):
        head = "".join(head.split())  # "80 000", "1 234 567"
    return (float(head) if head else 0.0) + tail


def decimals_of(text: str) -> int:
    """How many decimals the writer gave: the precision of the report ('11.08' -> 2)."""
    if "/" in text:
        return 3  # a written fraction is exact to its denominator: keep it finer than a whole number
    m = _DECIMALS.search(text)
    return len(m.group(1)) if m else 0


def parse_words(text: str) -> float | None:
    """Number words to a float: 'twenty-five thousand' -> 25000, 'one-third' -> 0.333, 'a dozen' -> 12,
    'thirteen point two' -> 13.2."""
    words = _WORD_BREAK.split(text.lower().strip())
    words = [w for w in words if w]
    if not words:
        return None
    if "point" in words[1:]:
        return _spoken_decimal(words)
    if len(words) > 3 and words[-3] == "of" and words[-2] in ("a", "an") and words[-4] in FRACTION_WORDS:
        words = [*words[:-3], words[-1]]  # "a quarter of a million" is "a quarter million"
    if len(words) > 1 and words[-1] in SCALE_WORDS and words[-2] in FRACTION_WORDS:
        # "a quarter million", "three quarters billion", "half million", "quarter million"
        share = FRACTION_WORDS[words[0]] if len(words) == 2 else parse_words(" ".join(words[:-1]))
        return None if share is None else share * SCALE_WORDS[words[-1]]
    if words[-1] in FRACTION_WORDS:
        share = FRACTION_WORDS[words[-1]]
        if len(words) == 1:
            return share if words[0] == "half" else None
        if words[-3:-1] == ["and", "a"]:  # two and a half
            head = parse_words(" ".join(words[:-3]))
            return None if head is None else head + share
        numerator = 1.0 if words[:-1] in (["a"], ["an"]) else parse_words(" ".join(words[:-1]))
        return None if numerator is None else numerator * share
    if words[0] == "half" and len(words) > 1:
        rest = parse_words(" ".join(words[1:]))
        return None if rest is None else rest / 2
    total, current = 0.0, 0.0
    seen = False
    for word in words:
        if word in ("a", "an"):
            current = 1.0
            seen = True
        elif word == "and":
            continue
        elif word == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif word in SCALE_WORDS:
            total += (current or 1.0) * SCALE_WORDS[word]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _spoken_decimal(words: list[str]) -> float | None:
    """'thirteen point two' -> 13.2: the whole part in words, then one word per decimal digit."""
    at = words.index("point")
    whole = parse_words(" ".join(words[:at]))
    digits = words[at + 1 :]
    if whole is None or not digits or any(w not in DIGIT_WORDS for w in digits):
        return None
    return float(f"{int(whole)}." + "".join(str(DIGIT_WORDS[w]) for w in digits))


def spoken_decimals(text: str) -> int:
    """How many decimals a spoken number gives: 'four point oh five' -> 2; none without "point"."""
    words = _WORD_BREAK.split(text.lower().strip())
    return len(words) - words.index("point") - 1 if "point" in words else 0


def parse_number(text: str) -> float | None:
    """Digits or words, whichever the writer used."""
    text = text.strip()
    if _DIGITS.fullmatch(text):
        return parse_digits(text)
    return parse_words(text)


def scaled(value: float, factor: float) -> float:
    """``value * factor`` without the last bits the product adds: 8.2 * 1e6 is 8199999.999999999 in floating point,
    and a writer's "8.2 million" means 8,200,000 (twelve significant digits are more than any report gives)."""
    return value if factor == 1.0 else float(f"{value * factor:.12g}")


def scale_of(word: str | None) -> float:
    """The multiplier a scale word or abbreviation stands for (1.0 when there is none)."""
    if not word:
        return 1.0
    w = word.strip()
    if w in SCALE_ABBREV:
        return SCALE_ABBREV[w]
    w = w.lower()
    if w in SCALE_ABBREV:
        return SCALE_ABBREV[w]
    total = 1.0
    for part in _WORD_BREAK.split(w):
        total *= SCALE_WORDS.get(part, SCALE_WORDS.get(part.rstrip("s"), 1.0))
    return total
