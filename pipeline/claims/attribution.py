"""Who the article credits for a number ("a 2023 report by CVL Economics", "Co-CEO Ted Sarandos").

Fact-checkers weigh a figure by its source; a few reporting patterns cover most news attribution.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.screens import trie_pattern

_NAME = r"(?:[A-Z][\w&.'’-]*|of|the|and|for|de|van|von|&)"  # "&" alone: "Pew Internet & American Life"
_PROPER = rf"[A-Z][\w&.'’-]*(?:\s+{_NAME})*?(?:\s+[A-Z][\w&.'’-]*)?"
_TITLE = (
    r"(?:(?:co-)?(?:CEO|chief\s+executive|chief\s+financial\s+officer|CFO|COO|CTO|president|chairman|chairwoman|"
    r"chair|founder|co-founder|spokesman|spokeswoman|spokesperson|analyst|economist|director|minister|"
    r"secretary|official|professor|researcher|head|executive|senior\s+\w+|lead\s+\w+)\s+)"
)
_SAY = (
    r"said|says|say|told|reported|reports|estimated|estimates|estimate|predicted|predicts|forecast|forecasts|"
    r"wrote|writes|noted|notes|announced|announces|stated|states|found|finds|showed|shows|according|warned|warns|"
    r"revealed|reveals|claimed|claims|claim|projected|projects|cautioned|added|explained|confirmed|confirms|"
    r"believes|believe|believed|alleged|alleges|allege|points\s+to|pointed\s+to|suggests|suggest"
)
# "X has estimated", "X has also said": an auxiliary (and "also") between the source and its verb
_AUX = r"(?:(?:has|have|had|also)\s+){0,2}"
# A name run read greedily, "&", "of", "and" inside it: "the Pew Internet & American Life Project"
_FULL_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w&.'’-]*)*"
# A relative "who" after the source (the first of coordinated ones): "brought by Microsoft and New York attorney
# general Eliot Spitzer who alleged that ..." credits Microsoft.
_WHO_RELATIVE = re.compile(rf"(?P<who>{_FULL_NAME})(?:\s+and\s+[^,;]*?)?,?\s+who\s+{_AUX}(?:{_SAY})\b")
# "X said", "the Office for National Statistics (ONS) said": an abbreviation in brackets may stand between
_WHO_SAYS = re.compile(
    rf"(?P<who>(?:{_PROPER}\s+)?{_TITLE}?{_PROPER})(?:\s+\([A-Z][A-Za-z&.]{{1,9}}\))?\s*,?\s+{_AUX}(?:{_SAY})\b"
)
# Unnamed sources: a plural noun of people who comment ("some observers have said", "Economists believe",
# "Party strategists claim"), labelled as written without determiners and quantifiers.
# With the firm they work at, they also expect: "Analysts at Morgan Stanley expect revenue of $1.05bn" (the bank
# is the source, not what the figure is about).
_UNNAMED = re.compile(
    r"\b(?:[Ss]ome\s+|[Mm]any\s+|[Mm]ost\s+|[Oo]ther\s+|[Tt]he\s+)?(?P<who>(?:[A-Z]\w+\s+)?(?:[Aa]nalysts|[Ee]conomists|"
    rf"[Oo]bservers|[Ee]xperts|[Cc]ritics|[Cc]reditors|[Ss]trategists|[Oo]fficials|[Rr]esearchers|[Ii]nvestors)"
    rf"(?:\s+(?:at|from)\s+{_FULL_NAME})?)\s+{_AUX}(?:{_SAY}|expect|expects|see|sees)\b"
)
# A hearing as the source, in court reports: "Gloucester Crown Court heard", "the inquest was told"
_HEARING = re.compile(
    r"\b(?P<who>(?:[A-Z][\w'’-]*\s+){0,3}(?:Court|court|Tribunal|tribunal|[Ii]nquest|[Jj]ury|[Ii]nquiry|[Hh]earing))"
    r"\s+(?:has\s+|had\s+)?(?:heard|was\s+told|were\s+told)\b"
)
_PATTERNS = [
    re.compile(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+|latest\s+)?(?:(?:19|20)\d\d\s+)?(?:\w+\s+)?"
        r"(?:report|study|survey|analysis|poll|estimate|forecast|filing|statement|paper|review|audit|census)\s+"
        rf"(?:by|from|of)\s+(?:the\s+)?{_FULL_NAME}"
    ),
    # up to a punctuation mark or a bracketed abbreviation: "according to the World Travel and Tourism Council (WTTC)"
    # (a comma or point inside a number does not end it: "according to a study of more than 78,000 adults")
    re.compile(
        r"\baccording\s+to\s+(?P<who>(?:an?\s+|the\s+)?(?:[\w&'’,.-]+\s+){0,6}?[\w'’,.-]+?)"
        r"(?=\s*\(|(?<!\d)[,.;:)]|[,.;:)](?!\d)|$)"
    ),
    re.compile(rf"\b(?:{_SAY})\s+(?P<who>(?:{_PROPER}\s+)?{_TITLE}?{_PROPER})"),
    _WHO_SAYS,
    re.compile(rf"\b(?:data|figures|estimates|numbers)\s+(?:from|by)\s+(?P<who>{_PROPER})"),
    _UNNAMED,
    _WHO_RELATIVE,
    _HEARING,
]
# ("An estimated 160,000 members": the article, not a source, did the estimating)
_GENERIC = {"he", "she", "they", "it", "we", "i", "the", "this", "that", "but", "and", "in", "on", "at", "a", "an"}
# Capitalised words before a say-word that name a time, not a source: "in its February forecast" ("May" is also
# a surname: "May said")
_TIME_WORDS_TEXT = (
    "january february march april june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday"
)
_TIME_WORDS = frozenset(_TIME_WORDS_TEXT.split())


# Per pattern above, words one of which every match holds (the patterns are case-sensitive): a sentence
# without any of them skips the pattern, the costly ones (3 and 4 try every capitalised word) most of all.
_REPORT_WORDS = (
    "report", "study", "survey", "analysis", "poll", "estimate", "forecast", "filing", "statement", "paper",
    "review", "audit", "census",
)  # fmt: skip
# The say-words as literals ("points to" by its first word: a weaker screen, still one every match passes), in a
# trie: one branch per first letter, where ``re.compile(_SAY)`` tried its 50-odd alternatives at nearly every letter.
_SAY_WORDS = tuple(w.split("\\s+")[0] for w in _SAY.split("|"))
# Every pattern holding a say-word has it at a word's start (``\b`` before it, or the spaces of ``_WHO_SAYS``):
# at the sentence's start or after a non-word character, which ``re`` skips to at C speed before trying the trie.
_SAY_AFTER = re.compile(r"\W(?:" + trie_pattern(_SAY_WORDS) + ")")
_NEEDS: list[tuple[str, ...] | re.Pattern] = [
    re.compile(trie_pattern(_REPORT_WORDS)),  # one search instead of a dozen substring tests
    ("according",),
    _SAY_AFTER,
    _SAY_AFTER,
    re.compile(trie_pattern(("data", "figures", "estimates", "numbers"))),
    re.compile(trie_pattern(("nalysts", "conomists", "bservers", "xperts", "ritics", "reditors", "trategists",
                             "fficials", "esearchers", "nvestors"))),
    ("who ",),
    (" heard", " told"),
]  # fmt: skip
# Every match of ``_WHO_SAYS`` ends where one of these does: a say-word after a space, at a word's end.
_SPACE_SAY = re.compile(rf"\s(?:{_SAY})\b")


def _who_says_end(sentence: str) -> int | None:
    """An end for the search of ``_WHO_SAYS`` that leaves its matches as they are, or None: it has none.

    Each match ends at a say-word after a space; the last one in the sentence ends at ``e``, where a non-word
    character (or the end) follows. Searched up to ``e + 1``, the pattern still sees every character its matches
    read (the boundary after the word included) and can find no new match at the cut, where no say-word ends;
    the names and titles before the last say-word are all the search tries, not the rest of the sentence.
    """
    end = None
    for m in _SPACE_SAY.finditer(sentence):
        end = m.end()
    return None if end is None else min(len(sentence), end + 1)


_LEADING_WORD = re.compile(r"(?:The|A|An|In|On|At|But|And|With)\b.*")
_LEADING_WORD_SPACE = re.compile(r"^(?:The|A|An|In|On|At|But|And|With)\s+")


def _may_match(needs: tuple[str, ...] | re.Pattern, sentence: str) -> bool:
    if needs is _SAY_AFTER and sentence.startswith(_SAY_WORDS):
        return True  # the one place a say-word starts a word with no character before it
    if isinstance(needs, re.Pattern):
        return needs.search(sentence) is not None
    return any(w in sentence for w in needs)


@lru_cache(maxsize=256)
def find_attribution(sentence: str) -> str | None:
    """The source credited in ``sentence``, as written, or None (cached: a sentence's claims share it)."""
    last_needs, may = None, False
    for pattern, needs in zip(_PATTERNS, _NEEDS, strict=True):
        if needs is not last_needs:  # patterns 3 and 4 share their screen: searched once
            last_needs, may = needs, _may_match(needs, sentence)
        if not may:
            continue
        if pattern is _WHO_SAYS:  # the costliest pattern: it tries every capitalised word of the sentence
            end = _who_says_end(sentence)
            if end is None:
                continue
            matches = pattern.finditer(sentence, 0, end)
        else:
            matches = pattern.finditer(sentence)
        for m in matches:
            who = (m.groupdict().get("who") or m.group(0)).strip(" ,.;")
            first = who.split()[0].lower() if who.split() else ""
            if not who or first in _GENERIC and len(who.split()) == 1 or who.lower() in _TIME_WORDS:
                continue
            if _LEADING_WORD.fullmatch(who) and "who" in m.groupdict():
                who = _LEADING_WORD_SPACE.sub("", who)
                if not who or not who[0].isupper():
                    continue
            if who[0].islower() and pattern is _WHO_SAYS:
                who = _LOWER_ROLE.sub("", who) or who  # "finance minister Amina Odhiambo": a description
            return who
    return None


_LOWER_ROLE = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])")
