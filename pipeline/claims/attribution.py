"""Who the article credits for a number ("a 2023 report by CVL Economics", "Co-CEO Ted Sarandos").

Fact-checkers weigh a figure by its source; a few reporting patterns cover most news attribution.
"""

from __future__ import annotations

import re

_NAME = r"(?:[A-Z][\w&.'’-]*|of|the|and|for|de|van|von)"
_PROPER = rf"[A-Z][\w&.'’-]*(?:\s+{_NAME})*?(?:\s+[A-Z][\w&.'’-]*)?"
_TITLE = (
    r"(?:(?:co-)?(?:CEO|chief\s+executive|chief\s+financial\s+officer|CFO|COO|CTO|president|chairman|chairwoman|"
    r"chair|founder|co-founder|spokesman|spokeswoman|spokesperson|analyst|economist|director|minister|"
    r"secretary|official|professor|researcher|head|executive|senior\s+\w+|lead\s+\w+)\s+)"
)
_SAY = (
    r"said|says|say|told|reported|reports|estimated|estimates|estimate|predicted|predicts|forecast|forecasts|"
    r"wrote|writes|noted|notes|announced|announces|stated|states|found|finds|showed|shows|according|warned|warns|"
    r"revealed|reveals|claimed|claims|projected|projects|cautioned|added|explained|confirmed|confirms"
)
_PATTERNS = [
    re.compile(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+|latest\s+)?(?:(?:19|20)\d\d\s+)?(?:\w+\s+)?"
        r"(?:report|study|survey|analysis|poll|estimate|forecast|filing|statement|paper|review|audit|census)\s+"
        rf"(?:by|from|of)\s+(?:the\s+)?{_PROPER}"
    ),
    re.compile(r"\baccording\s+to\s+(?P<who>(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,6}?[\w'’-]+?)(?=[,.;:)]|$)"),
    re.compile(rf"\b(?:{_SAY})\s+(?P<who>(?:{_PROPER}\s+)?{_TITLE}?{_PROPER})"),
    re.compile(rf"(?P<who>(?:{_PROPER}\s+)?{_TITLE}?{_PROPER})\s*,?\s+(?:{_SAY})\b"),
    re.compile(rf"\b(?:data|figures|estimates|numbers)\s+(?:from|by)\s+(?P<who>{_PROPER})"),
]
_GENERIC = {"he", "she", "they", "it", "we", "i", "the", "this", "that", "but", "and", "in", "on", "at"}


def find_attribution(sentence: str) -> str | None:
    """The source credited in ``sentence``, as written, or None."""
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            who = (m.groupdict().get("who") or m.group(0)).strip(" ,.;")
            first = who.split()[0].lower() if who.split() else ""
            if not who or first in _GENERIC and len(who.split()) == 1:
                continue
            if re.fullmatch(r"(?:The|A|An|In|On|At|But|And|With)\b.*", who) and "who" in m.groupdict():
                who = re.sub(r"^(?:The|A|An|In|On|At|But|And|With)\s+", "", who)
                if not who or not who[0].isupper():
                    continue
            return who
    return None
