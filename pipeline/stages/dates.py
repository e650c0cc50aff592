"""Date lines in article text ("Updated Jul 22, 2025 12:07 PM IST", "Published on: 2024-03-01") to UTC times.

Scraped text states its times with a zone abbreviation far more often than with an offset, so the common
abbreviations are mapped here; a time without any zone is taken as UTC (the best guess we can defend).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import pandas as pd
from dateutil import parser as date_parser

_H = 3600
TZ_OFFSETS: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": _H,
    "IST": 5 * _H + 1800,
    "CET": _H,
    "CEST": 2 * _H,
    "EET": 2 * _H,
    "EEST": 3 * _H,
    "MSK": 3 * _H,
    "WAT": _H,
    "CAT": 2 * _H,
    "EAT": 3 * _H,
    "SAST": 2 * _H,
    "PKT": 5 * _H,
    "NPT": 5 * _H + 2700,
    "ICT": 7 * _H,
    "WIB": 7 * _H,
    "SGT": 8 * _H,
    "HKT": 8 * _H,
    "PHT": 8 * _H,
    "AWST": 8 * _H,
    "JST": 9 * _H,
    "KST": 9 * _H,
    "ACST": 9 * _H + 1800,
    "AEST": 10 * _H,
    "AEDT": 11 * _H,
    "NZST": 12 * _H,
    "NZDT": 13 * _H,
    "EST": -5 * _H,
    "EDT": -4 * _H,
    "ET": -5 * _H,  # the generic US names (ET, CT, MT, PT): standard time here, daylight saving in _TZINFOS
    "CST": -6 * _H,
    "CDT": -5 * _H,
    "CT": -6 * _H,
    "MST": -7 * _H,
    "MDT": -6 * _H,
    "MT": -7 * _H,
    "PST": -8 * _H,
    "PDT": -7 * _H,
    "PT": -8 * _H,
    "AKST": -9 * _H,
    "HST": -10 * _H,
    "AST": -4 * _H,
    "ADT": -3 * _H,
    "BRT": -3 * _H,
    "ART": -3 * _H,
    "GST": 4 * _H,
}
# A generic US zone name is the local clock, standard or daylight as the date falls: "8:30 PM ET" in October is
# EDT. Explicit EST/EDT/PST/PDT keep their fixed offsets (the page said which one it meant).
US_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
_TZINFOS: dict[str, timezone | ZoneInfo] = {name: timezone(timedelta(seconds=off)) for name, off in TZ_OFFSETS.items()}
_TZINFOS.update({name: ZoneInfo(key) for name, key in US_ZONES.items()})

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # Portuguese, Spanish, French, German, Italian: the languages scraped news most often comes in here
    r"|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
    r"|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|januar|februar|märz|juni|juli|oktober|dezember"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|januari|februari|maret|mei|agustus|desember)\.?"  # Indonesian (and Dutch) month names not listed above
)
_DAYNAME = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:segunda|terça|quarta|quinta|sexta)-feira|sábado|domingo"
    r"|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?"
)
_DATE = (
    rf"(?:{_DAYNAME}\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|º|er)?\.?\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}/\d{1,2}/\d{2}(?!\d)"
    # "18.11.26": a dotted date with a two-digit year, day first (a day and a month that can be one)
    r"|(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2}(?![\d.])"
    r"|(?<![\d-])\d{1,2}-\d{1,2}-\d{4}(?!\d))"  # "22-10-2025" (Indian and European pages)
)
_TIME = r"(?:\d{1,2}h\d{2}|\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
# "UTC+1", "(GMT+8)", "GMT+5:30" first: otherwise the bare "UTC"/"GMT" name would match and the offset be lost
_TZ = (
    r"(?:\(?(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?\)?|\(?(?:"
    + "|".join(sorted(TZ_OFFSETS, key=len, reverse=True))
    + r")\)?|[+-]\d{1,2}(?::?\d{2})?)"
)
# "8:30 PM Eastern (Time)", "9 am Pacific Standard Time": a spelled-out US zone, only after a time (after a bare
# date, "Pacific" or "Central" is as likely the next sentence's first word)
_ZONE_NAME = r"(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?(?:\s+time)?\b"
_TIME_Z = rf"{_TIME}(?:\s+{_ZONE_NAME})?"
# the separators a page prints between its date and its time: "4 March 2026 – 21:02", "13 January 2026 · 11:15",
# "Wed 14 Oct 2026 @ 17:30" (a dash, a middle dot, an at sign as well as a comma or "at"), "15 ottobre 2026, ore
# 18:45" (a comma, then a word for "at")
# (ending at a word's end, or after the full stop of "5 p.m.": else "p.m. Oslo time" loses its stop to the next words)
DATETIME_RE = re.compile(
    rf"{_DATE}(?:\s*,?\s*(?:at|-|–|—|\||•|·|@|/|às|à|a las|um|alle|ore)?\s*{_TIME_Z})?(?:\s*{_TZ})?(?:\b|(?<=\.))",
    re.I,
)
_TIME_FIRST_RE = re.compile(rf"{_TIME_Z}(?:\s*{_TZ})?\s*(?:,|on|\||-|•)?\s*{_DATE}", re.I)
# "Updated Nov 19, 6:55 AM": the year left out (the page's other date says it); only after such a label
_YEARLESS_RE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d,]*\s*\d{{4}})(?:,?\s*(?:at\s*)?{_TIME_Z})?(?:\s*{_TZ})?", re.I
)
_LABEL_FIRST_RE = re.compile(r"^\W*(?:last\s+)?(?:updated|published|posted|modified)\b", re.I)
UPDATED_RE = re.compile(
    r"\b(?:updated|modified|last\s+updated|edited|revised|mis à jour|actualizado|atualizado|aktualisiert|"
    r"aggiornato)(?!\w)",
    re.I,
)
# Words a date line may carry besides the date itself.
_FILLER_RE = re.compile(
    r"\b(?:published|posted|updated|last|first|modified|on|at|date|time|created|released|edited|revised|release|"
    r"immediate|"  # "For immediate release: 5 November 2026": a press release's date line
    r"recorded|aired|broadcast|"  # "Recorded Tuesday, 27 January 2026, 5 p.m.": a programme's transcript
    r"am|pm|a\.m\.|p\.m\.|hrs?|read|min(?:ute)?s?|ago|and|às|as|de|um|à|le|el|la|am|um|uhr|h|ore|alle|"
    r"publicado|atualizado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)\b"
    r"|[:|•·,\-–—/()\[\]]",
    re.I,
)
_DIGIT_RE = re.compile(r"\d")
# Every form of ``_DATE`` holds a four-digit year, a "d/d" pair or a dotted "d.m.yy": without one, neither big
# pattern can match.
_DATE_HINT_RE = re.compile(r"\d{4}|\d/\d|\d\.\d{1,2}\.\d\d")
_NUMBER_RE = re.compile(r"\b\d+\b")
RELATIVE_RE = re.compile(
    r"^\s*(?:updated\s+|posted\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\s*$", re.I
)


# A credit after a date line that names a desk or a role, no person ("| Author: Staff reporter", "· By Newsdesk",
# "| Words: our business team"): it names no author, and the line is still the article's date line. (The words
# before the role are in lower case: "| Author: John Staff" names a person.)
_ROLE_CREDIT_RE = re.compile(
    r"\s*[|•·]\s*(?:(?:written\s+|reported\s+)?by\b|(?:author|words|reporter|byline)s?\s*:)\s*"
    r"(?:(?:the|our|a|an)\s+)?(?-i:[a-z][\w-]*\s+){0,2}"
    r"(?:staff(?:\s+(?:reporter|writer|correspondent)s?)?|reporters?|news\s*desk|desk|correspondents?|"
    r"writers?|team|editors?|newsroom)\s*$",
    re.I,
)


def is_dateline(line: str) -> bool:
    """A short line that is essentially a date (with a time, zone and a "Published"/"Updated" label)."""
    if len(line) > 160 or not _DIGIT_RE.search(line):
        return False  # every date form has a digit (a day, a year or a time)
    if "|" in line or "•" in line or "·" in line:
        line = _ROLE_CREDIT_RE.sub("", line)
    if RELATIVE_RE.match(line):
        return True
    rest, found = line, 0
    if _DATE_HINT_RE.search(line):
        rest, found = DATETIME_RE.subn(" ", line)
        if not found:
            rest, found = _TIME_FIRST_RE.subn(" ", line)
        elif not _only_filler(rest):
            # "Published 6:15 p.m. CT Oct. 12, 2025 | Updated 8:02 p.m. CT Oct. 12, 2025": the date-first pattern
            # took the dates alone and left the times; the time-first stamps first, then any date-first ones
            rest, found = _TIME_FIRST_RE.subn(" ", line)
            if found:
                rest = DATETIME_RE.sub(" ", rest)
            else:
                return False
    if not found and _LABEL_FIRST_RE.match(line):
        rest, found = _YEARLESS_RE.subn(" ", line)
    if not found:
        return False
    return _only_filler(rest)


# An update's stamp opening an editor's note ("Updated October 8, 2026 at 2:15 pm ET: Corrects the number of ...",
# "Corrected 9 May 2026 — An earlier version ..."): the stamp dates the revision; the note is no body text.
_NOTE_STAMP_RE = re.compile(
    rf"^\W*(?:last\s+)?(?:updated|modified|edited|revised|corrected|correction)\b\s*:?\s*(?:on\s+)?"
    rf"(?P<stamp>{DATETIME_RE.pattern})\s*[:–—]\s+\w",
    re.I,
)


def note_stamp(line: str) -> str | None:
    """The update stamp an editor's note opens with, labelled as an update ("Updated October 8, 2026 at 2:15 pm
    ET"), else None."""
    m = _NOTE_STAMP_RE.match(line) if len(line) <= 400 and _DIGIT_RE.search(line[:80]) else None
    return f"Updated {m.group('stamp')}" if m else None


def _only_filler(rest: str) -> bool:
    """What a line holds besides its dates is labels, separators and numbers, and at most two other words."""
    rest = _FILLER_RE.sub(" ", rest)
    rest = _NUMBER_RE.sub(" ", rest)
    return len(rest.split()) <= 2


# A clock named by its city after a time without a zone ("10:40 (Oslo time)", "9am New York time"): the capitals
# and financial centres news pages name, each with its zone (daylight saving as the date falls).
CITY_ZONES = {
    "london": "Europe/London",
    "dublin": "Europe/Dublin",
    "lisbon": "Europe/Lisbon",
    "paris": "Europe/Paris",
    "brussels": "Europe/Brussels",
    "amsterdam": "Europe/Amsterdam",
    "berlin": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "madrid": "Europe/Madrid",
    "rome": "Europe/Rome",
    "geneva": "Europe/Zurich",
    "zurich": "Europe/Zurich",
    "vienna": "Europe/Vienna",
    "oslo": "Europe/Oslo",
    "stockholm": "Europe/Stockholm",
    "copenhagen": "Europe/Copenhagen",
    "helsinki": "Europe/Helsinki",
    "warsaw": "Europe/Warsaw",
    "athens": "Europe/Athens",
    "istanbul": "Europe/Istanbul",
    "moscow": "Europe/Moscow",
    "new york": "America/New_York",
    "washington": "America/New_York",
    "chicago": "America/Chicago",
    "los angeles": "America/Los_Angeles",
    "toronto": "America/Toronto",
    "mexico city": "America/Mexico_City",
    "sao paulo": "America/Sao_Paulo",
    "são paulo": "America/Sao_Paulo",
    "dubai": "Asia/Dubai",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong",
    "beijing": "Asia/Shanghai",
    "shanghai": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo",
    "seoul": "Asia/Seoul",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "auckland": "Pacific/Auckland",
    "johannesburg": "Africa/Johannesburg",
    "nairobi": "Africa/Nairobi",
    "cairo": "Africa/Cairo",
    "lagos": "Africa/Lagos",
}
# (the city alone in brackets names the clock too: "10:20 (Oslo)"; bare, "10:20 Oslo" may be a place line)
_CITY_TIME_RE = re.compile(
    r"\s*(?P<open>\()?\s*(?P<city>" + "|".join(sorted(map(re.escape, CITY_ZONES), key=len, reverse=True)) + r")"
    r"(?:\s+local)?(?:\s+time\b|(?(open)\s*\)))",
    re.I,
)


def parse_datetime(text: str | None) -> pd.Timestamp | None:
    """The first full date (with its time and zone when given) in ``text`` as a UTC timestamp, else None; a time
    followed by its city's clock ("10:40 (Oslo time)", "10:40 (Oslo)") in that city's zone."""
    if not text:
        return None
    found = [m for m in (_TIME_FIRST_RE.search(text), DATETIME_RE.search(text)) if m]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    stamp = _to_utc(m.group(0))
    after = text[m.end() :]
    named = stamp is not None and ("time" in after.lower() or "(" in after)  # (the city's pattern run only then)
    city = _CITY_TIME_RE.match(text, m.end()) if named else None
    if stamp is None or _ZONE_AFTER_TIME_RE.search(m.group(0)) or not _HAS_TIME_RE.search(m.group(0)):
        return stamp  # (a day alone stays that day: the zone would move it to the day before or after)
    if city:  # a time without a zone of its own: the city's clock
        return _local_to_utc(stamp, CITY_ZONES[city.group("city").lower()])
    if _CET_WORDS_RE.search(text, m.start(), m.end() + 6):
        return _local_to_utc(stamp, "Europe/Berlin")
    return stamp


# A date line in German or Italian (its month, its day's name, "Uhr", "ore") with a time and no zone: both
# languages are spoken, as a country's language, only in the Central European zone (Germany, Austria,
# Switzerland, Italy, San Marino, Liechtenstein), so the clock is that zone's. This is a guess from the language
# (a German-language page in Namibia or a Tyrolean paper's correspondent in New York would be wrong), but a much
# better one than UTC. No such guess for English, Spanish, Portuguese or French: each is spoken across many zones.
# (Month names shared with languages of other zones are left out: "Juni"/"Juli" are Indonesian too, "marzo"
# Spanish, "novembre" French.)
_CET_WORDS_RE = re.compile(
    r"\b(?:uhr|ore|januar|februar|märz|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\b",
    re.I,
)

# A clock time in a matched date ("10:20", "9am", "18h30"): only a time is moved to a zone's clock
_HAS_TIME_RE = re.compile(r"\d:\d\d|\d\s*[ap]\.?m\b|\dh\d\d", re.I)


def _local_to_utc(stamp: pd.Timestamp, zone: str) -> pd.Timestamp:
    """A clock time read as UTC, re-read as the time in ``zone`` (daylight saving as the date falls)."""
    local = stamp.tz_localize(None).tz_localize(ZoneInfo(zone), ambiguous=False, nonexistent="shift_forward")
    return local.tz_convert("UTC").as_unit("us")


_FOREIGN_MONTHS = {
    "January": "janeiro enero janvier januar gennaio januari",
    "February": "fevereiro febrero février februar febbraio februari",
    "March": "março marzo mars märz maret",
    "April": "abril avril aprile",
    "May": "maio mayo mai maggio mei",
    "June": "junho junio juin juni giugno",
    "July": "julho julio juillet juli luglio",
    "August": "agosto août agustus",
    "September": "setembro septiembre septembre settembre",
    "October": "outubro octubre octobre oktober ottobre",
    "November": "novembro noviembre novembre",
    "December": "dezembro diciembre décembre dezember dicembre desember",
}
_TO_ENGLISH = {word: english for english, words in _FOREIGN_MONTHS.items() for word in words.split()}
_FOREIGN_RE = re.compile(r"\b(" + "|".join(sorted(_TO_ENGLISH, key=len, reverse=True)) + r")\b", re.I)


_CONNECTOR_RE = re.compile(r"\b(?:de|à|às|a las|um|alle|ore)\b", re.I)
_H_TIME_RE = re.compile(r"(\d{1,2})h(\d{2})\b")
_ORDINAL_RE = re.compile(r"(\d)(st|nd|rd|th)\b")
_OF_AT_RE = re.compile(r"\bof\b|[|•·@–—]|\bat\b", re.I)
# "UTC+1", "GMT+5:30": an offset from UTC as the ISO "+01:00" (dateutil reads "GMT+3" the POSIX way, as UTC-3)
_NAMED_OFFSET_RE = re.compile(r"\b(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)", re.I)
_AMPM_DOTS_RE = re.compile(r"\b([ap])\.m\.?", re.I)
_DOT_TIME_RE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])")
_NUMERIC_DATE_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\.\d{1,2}\.\d{2}(?!\d)")

# dateutil's English month names (any case), for the fast path below
_EN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# "12 March 2005 14:15 GMT", "March 12, 2005 9:15 pm EST", "2005-03-12T14:15:00+01:00": whole fragments only
_FAST_DATE_RE = re.compile(
    r" *(?:(?P<day>\d{1,2}) +(?P<month>[A-Za-z]{3,9})|(?P<month2>[A-Za-z]{3,9}) +(?P<day2>\d{1,2}),?) +(?P<year>\d{4})"
    r"(?: +(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?: *(?P<ampm>[AaPp][Mm]))?"
    r"(?: +(?P<tz>[A-Z]{1,4}))?)? *"
)
_FAST_ISO_RE = re.compile(
    r" *(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?P<tz>Z|[+-]\d{2}:\d{2})?)? *"
)


def _fast_parse(fragment: str) -> datetime | None:
    """What ``dateutil`` makes of the commonest shapes, read directly (dateutil's fuzzy tokenizer costs most of a
    millisecond a call); None for anything else, which then goes to dateutil. Checked equal to dateutil on every
    combination of the fields in the tests.
    """
    m = _FAST_DATE_RE.fullmatch(fragment)
    if m is not None:
        month = _EN_MONTHS.get((m["month"] or m["month2"]).lower())
        year = int(m["year"])
        if month is None or not 1900 <= year <= 2199:
            return None
        day = int(m["day"] or m["day2"])
        if m["hour"] is None:
            return datetime(year, month, day)
        hour = int(m["hour"])
        if m["ampm"] and hour <= 12:  # dateutil ignores "am"/"pm" after a 24-hour time
            pm = m["ampm"].lower() == "pm"
            if hour < 12 and pm:
                hour += 12
            elif hour == 12 and not pm:
                hour = 0
        tzinfo = None
        if m["tz"]:
            tzinfo = _TZINFOS.get(m["tz"])
            if tzinfo is None:
                return None
        return datetime(year, month, day, hour, int(m["minute"]), int(m["second"] or 0), tzinfo=tzinfo)
    m = _FAST_ISO_RE.fullmatch(fragment)
    if m is None:
        return None
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if not 1900 <= year <= 2199:
        return None
    if m["hour"] is None:
        return datetime(year, month, day)
    zone = m["tz"]
    tzinfo = None
    if zone == "Z":
        tzinfo = _TZINFOS["Z"]
    elif zone:
        offset = int(zone[1:3]) * 3600 + int(zone[4:6]) * 60
        tzinfo = timezone(timedelta(seconds=-offset if zone[0] == "-" else offset))
    return datetime(year, month, day, int(m["hour"]), int(m["minute"]), int(m["second"] or 0), tzinfo=tzinfo)


_ZONE_NAME_RE = re.compile(r"\b(eastern|central|mountain|pacific)(?:\s+(standard|daylight))?(?:\s+time)?\b", re.I)


def _zone_abbreviation(m: re.Match[str]) -> str:
    """A spelled-out zone as its abbreviation: "Eastern Time" as "ET" (which follows daylight saving), "Pacific
    Daylight Time" as "PDT"."""
    kind = (m.group(2) or "").lower()
    return m.group(1)[0].upper() + ("S" if kind == "standard" else "D" if kind == "daylight" else "") + "T"


def _iso_offset(m: re.Match[str]) -> str:
    return f" {m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"


def _to_utc(fragment: str) -> pd.Timestamp | None:
    fragment = _FOREIGN_RE.sub(lambda m: _TO_ENGLISH[m.group(1).lower()], fragment)
    fragment = _CONNECTOR_RE.sub(" ", fragment)
    fragment = _H_TIME_RE.sub(r"\1:\2", fragment)
    fragment = _ORDINAL_RE.sub(r"\1", fragment)
    fragment = _OF_AT_RE.sub(" ", fragment)
    fragment = _NAMED_OFFSET_RE.sub(_iso_offset, fragment)
    fragment = fragment.replace("(", " ").replace(")", " ")
    fragment = _AMPM_DOTS_RE.sub(r"\1m", fragment)
    fragment = _DOT_TIME_RE.sub(r"\1:\2", fragment)
    try:
        value = _fast_parse(fragment)
    except ValueError:  # a day or an hour out of range: dateutil decides
        value = None
    if value is None:
        # (only here: a spelled-out zone never fits the fast path's shapes, and dateutil reads no such name)
        fragment = _ZONE_NAME_RE.sub(_zone_abbreviation, fragment)
        dayfirst = bool(_NUMERIC_DATE_RE.search(fragment)) and _looks_dayfirst(fragment)
        sentinel = datetime(1, 1, 1)
        try:
            value = date_parser.parse(fragment, fuzzy=True, tzinfos=_TZINFOS, default=sentinel, dayfirst=dayfirst)
        except (ValueError, OverflowError, TypeError):
            return None
    if value.year < 1990 or value.year > 2100:
        return None
    if type(value.tzinfo) is ZoneInfo:  # its offset on that date as a fixed zone: pandas converts those faster
        value = value.replace(tzinfo=_fixed_zone(value.utcoffset()))
    stamp = pd.Timestamp(value)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return stamp.as_unit("us")


@lru_cache(maxsize=64)
def _fixed_zone(offset: timedelta | None) -> timezone:
    return timezone(offset or timedelta(0))


_NUMERIC_DATE_PARTS_RE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})(?:[/.-]\d{4}|\.\d{2}(?!\d))")
# North American zones: their pages write the month first ("04/03/2025 2:20 PM ET" is 3 April). Every other named
# zone (CET, BST, IST, JST, AEST, ...) is a region that writes the day first. UTC and GMT say nothing either way.
_MONTH_FIRST_ZONES = frozenset(
    {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST", "AST", "ADT"}
)
_NEUTRAL_ZONES = frozenset({"UTC", "GMT", "Z"})
_WORD_RE = re.compile(r"[A-Za-z]+")
_CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?!\s*[ap]m\b)", re.I)


def _looks_dayfirst(fragment: str) -> bool:
    """A numeric date is read day first when its first number cannot be a month, when it is written with dots,
    when a zone after it is one of the day-first regions, or when a 24-hour time (no am/pm) follows it without a
    North American zone; month first otherwise (an impossible month still wins: dateutil swaps the two)."""
    m = _NUMERIC_DATE_PARTS_RE.search(fragment)
    if m is None:
        return False
    if int(m.group(1)) > 12 or m.group(2) == ".":
        return True
    if int(m.group(3)) > 12:
        return False
    after = fragment[m.end() :]
    zones = [w.upper() for w in _WORD_RE.findall(after) if w.upper() in _TZINFOS]
    if any(z in _MONTH_FIRST_ZONES for z in zones):
        return False
    if any(z not in _NEUTRAL_ZONES for z in zones):
        return True
    return _CLOCK_RE.search(after) is not None


@lru_cache(maxsize=8192)
def classify_dateline(line: str, year: int | None = None) -> tuple[str, pd.Timestamp | None]:
    """``("updated" | "published", time)`` for a date line: what it states and when.

    ``year`` completes a date printed without one ("Updated Nov 19, 6:55 AM"), taken from the page's other date.
    Cached (a timestamp is immutable): articles of one site and hour print the same line, and each parse runs two
    long case-insensitive patterns over it.
    """
    kind = "updated" if UPDATED_RE.search(line) else "published"
    when = parse_datetime(line)
    if when is None and year is not None:
        m = _YEARLESS_RE.search(line)
        if m:
            fragment = re.sub(rf"^({_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)", rf"\1 {year}", m.group(0), flags=re.I)
            when = _to_utc(fragment)
    return kind, when


_RELATIVE_UPDATE_RE = re.compile(
    r"^(?:last\s+)?(?:updated|modified|edited|revised)\W*(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|"
    r"days?|d|weeks?)\s+ago|an?\s+(?:minute|hour|day|week)\s+ago|just\s+now|yesterday|today)\W*$",
    re.I,
)
# The label opening a second stamp: an update after the publication, or the publication after the update
# ("Updated 29 Oct 2026 14:12 | First published 29 Oct 2026 08:50"), with a separator before a publication's label
_SECOND_STAMP_RE = re.compile(
    r"[\s,;|•·(]*\b(?:last\s+)?(?:updated|modified|edited|revised)\b"
    r"|\s*[,;|•·]\s*(?:(?:first\s+|originally\s+)?(?:published|posted)\b|(?:mis à jour|actualizado|atualizado|"
    r"aktualisiert|aggiornato)(?!\w))",
    re.I,
)
_DATE_RE = re.compile(_DATE, re.I)
_TIME_ONLY_RE = re.compile(rf"(?P<clock>{_TIME})(?:\s*{_TZ})?", re.I)
_ZONE_AFTER_TIME_RE = re.compile(rf"{_TIME}\s*({_TZ})", re.I)


def split_dateline(line: str) -> list[str]:
    """A date line holding two stamps, as two lines: "March 4, 2026 6:15 PM EST Updated March 5, 2026 9:40 AM
    EST", "Published 3 June 2026 10:00 BST, updated 4 June 2026 08:30 BST" (the first stamp is the publication,
    so it must not be read as the update), "Updated ... | First published ...". A line with one stamp stays
    whole."""
    m = next((m for m in _SECOND_STAMP_RE.finditer(line) if m.start() > 0), None)
    if m is None:
        return [line]
    first, second = line[: m.start()], line[m.start() :].lstrip(" ,;|•·(")
    if parse_datetime(first) is None:
        return [line]
    if parse_datetime(second) is None:
        # "October 14, 2026 7:45 AM EDT Updated 2 hours ago": an update stated only relative to now has no date,
        # so the line's one date is the first stamp's (the publication)
        if _RELATIVE_UPDATE_RE.match(second):
            return [first]
        return [first, same_day] if (same_day := _on_date_of(first, second)) else [line]
    return [first, second]


def _on_date_of(first: str, second: str) -> str | None:
    """A second stamp stating a time alone ("Publié le 18 novembre 2026 à 07h45 | Mis à jour à 10h12") on the
    first stamp's date: its label, that date and its own time; None when it states no time."""
    date, time = _DATE_RE.search(first), _TIME_ONLY_RE.search(second)
    if date is None or time is None:
        return None
    zone = _ZONE_AFTER_TIME_RE.search(first) if time.group(0) == time.group("clock") else None  # the first's zone
    return f"{second[: time.start()].strip()} {date.group(0)} {time.group(0)}{' ' + zone.group(1) if zone else ''}"


def parse_any(value: str | None) -> pd.Timestamp | None:
    """A date string from metadata (ISO 8601 or free form) as UTC, else None."""
    if not value:
        return None
    if isinstance(value, str) and _NUMERIC_DATE_RE.match(value.strip()):
        # "12/11/2026 14:05": day or month first as a text's own date lines are read (pandas reads it month first
        # whatever follows it, so the same digits with "CET" and without would be two dates)
        return parse_datetime(value)
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        return parse_datetime(value)
    if stamp is pd.NaT or stamp.year < 1990 or stamp.year > 2100:
        return None
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    return stamp.as_unit("us")


# A newswire's tag in a press release's dateline: "/PRNewswire/", "/PRNewswire-FirstCall/", "(BUSINESS WIRE)",
# "/CNW/", "/EINPresswire.com/", "(GLOBE NEWSWIRE)". A release copied into a news collection keeps the dateline
# as the opening of its first paragraph, and the date it states there is the only one the copy carries.
_WIRE_TAG = (
    r"(?:PR ?Newswire(?:-[A-Za-z]+(?: [A-Za-z]+){0,2})?|Business ?Wire|CNW|EIN ?Presswire(?:\.com)?|"
    r"Globe ?Newswire|Accesswire|Newsfile|Marketwired)"
)
_WIRE_DASH = r"(?:-{1,2}|–|—)"
WIRE_TAG_RE = re.compile(rf"[/(]\s*{_WIRE_TAG}\s*[/)]", re.I)
# "OSLO, Norway, June 16, 2026 /PRNewswire/ --" (the date, perhaps with a time, before the tag), or "NEW
# YORK--(BUSINESS WIRE)--June 16, 2026--" (after it); the place is a few words in capitals or title case.
_WIRE_PLACE = r"[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30}){0,2}"
WIRE_DATELINE_RE = re.compile(
    rf"^\s*{_WIRE_PLACE}\s*(?:,?\s*(?:{DATETIME_RE.pattern})\s*{WIRE_TAG_RE.pattern}\s*{_WIRE_DASH}"
    rf"|{_WIRE_DASH}?\s*{WIRE_TAG_RE.pattern}\s*{_WIRE_DASH}\s*(?:{DATETIME_RE.pattern})\s*{_WIRE_DASH})",
    re.I,
)
_WIRE_TAG_WITHIN = 160  # characters from a paragraph's start its wire tag may sit at
# A news agency's dateline with a year: "STOCKHOLM, May 18, 2026 (Reuters) -", "LONDON, 18 May 2026 (AFP) —". The
# place opens the paragraph (capitalised: case matters here), then the date alone (no time) and the agency's name
# in brackets, then a dash. Without a year ("LONDON, Oct 21 (Reuters) -") the line cannot date the story.
_FULL_DATE = (  # "May 18, 2026", "18th May 2026": a day, a month by name and a year
    rf"(?i:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
)
_AGENCY_DATELINE_RE = re.compile(
    rf"^\s*{_WIRE_PLACE},\s*(?i:{_DAYNAME}\s+)?{_FULL_DATE}\s*\([A-Z][A-Za-z.&'’ -]{{0,40}}\)\s*{_WIRE_DASH}(?=\s)"
)
_AGENCY_WITHIN = 100  # characters from a paragraph's start the agency's bracket may open at
# A release's or a story's own dateline without an agency: the place in title case or capitals, the full date with
# its year (after a comma or a dash: "SAN JOSE, Calif. — September 22, 2026 —"), then a dash and the first
# sentence ("London, 13 July 2026 – The operator today ..."). A date inside a
# sentence has no place before it nor a dash after it.
_DATED_DATELINE_RE = re.compile(
    rf"^\s*{_WIRE_PLACE}(?:,|\s+{_WIRE_DASH})\s*(?i:{_DAYNAME},?\s+)?{_FULL_DATE}\s*{_WIRE_DASH}(?=\s+[A-Z\"“])"
)
# Any news dateline opening a paragraph, dated or not: a place in capitals ("GENEVA", "OSLO/LONDON"), maybe a state
# or a date after a comma, then the agency in brackets and a dash, or a long dash alone ("NEW YORK —"). What
# follows is the story's first sentence.
NEWS_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z'’.\-]*[A-Z.](?:[ \t/]+[A-Z][A-Z'’.\-]*[A-Z.]){0,3}(?:,[ \t]+[^\n()\-–—]{1,40}?)?[ \t]*"
    r"(?:\((?P<agency>[A-Z][^()\n]{0,40}?)\)[ \t]*(?:--?|–|—)|[–—]|--)(?=[ \t]+\S)"
)


def dateline_agency(text: str) -> str | None:
    """The news agency a dateline opening ``text`` names ("GENEVA (AP) — ..." -> "AP"), if it names one: a few
    capitalised words without digits."""
    m = NEWS_DATELINE_RE.match(text)
    agency = m.group("agency") if m else None
    if not agency or any(ch.isdigit() for ch in agency) or len(agency.split()) > 4:
        return None
    return agency if all(w[:1].isupper() for w in agency.split()) else None


def wire_dateline(text: str) -> str | None:
    """The dateline opening a press release's paragraph ("OSLO, Norway, June 16, 2026 /PRNewswire/ --") or a news
    agency's story with a year ("STOCKHOLM, May 18, 2026 (Reuters) -"), else None: its date is the publication
    date, though the line itself stays in the body."""
    if WIRE_TAG_RE.search(text[:_WIRE_TAG_WITHIN]) is None:
        return agency_dateline(text)
    m = WIRE_DATELINE_RE.match(text)
    return m.group(0).strip() if m else agency_dateline(text)


def agency_dateline(text: str) -> str | None:
    """A news agency's dateline with a year opening ``text`` ("STOCKHOLM, May 18, 2026 (Reuters) -"), or one that
    names no agency ("London, 13 July 2026 –"), else None."""
    m = _AGENCY_DATELINE_RE.match(text) if "(" in text[:_AGENCY_WITHIN] else None
    if m:
        return m.group(0).strip()
    # (a bracket after the date is no agency's: "SAN JOSE, Calif. — September 22, 2026 — Nimbus Inc. (NASDAQ: ...)")
    m = _DATED_DATELINE_RE.match(text) if _DIGIT_RE.search(text[:_AGENCY_WITHIN]) else None
    return m.group(0).strip(" -–—") if m else None  # "London, 13 July 2026 –": the date without its dash
