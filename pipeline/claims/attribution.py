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
# A named speaker, an appositive describing them, then the say-verb: "Dr Helen Okoro, the trust's chief executive,
# said ..." (the appositive opens on a determiner or an owner, so "Acme, Beta and Gamma said" is no appositive)
_APPOSITIVE_SAYS = re.compile(
    rf"(?P<who>{_PROPER}),\s+(?:the|a|an|its|their|[A-Z][\w.-]*['’]s)\s[^,;\"“”]{{1,60}},\s+{_AUX}(?:{_SAY})\b"
)
# The newspaper that saw or obtained the figures: "according to figures ... seen by the City Herald"
_SEEN_BY = re.compile(rf"\b(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?(?P<who>{_FULL_NAME})")
# A count or cost put at a figure by a party, as reports set one estimate against another: "organisers put the
# number at 5,000", "the interior ministry put the figure at 368,000" (determiners and conjunctions stripped)
_PUT_AT = re.compile(
    r"(?:^|(?<=[\s,;(]))(?:(?:[Tt]he|[Ww]hile|[Ww]hereas|[Bb]ut|[Aa]nd)\s+)*"
    r"(?P<who>(?:[A-Za-z][\w&.'’-]*\s+){0,2}?[A-Za-z][\w&.'’-]*)\s+(?:put|puts|placed|places)\s+"
    r"(?:the|its|their)\s+(?:[a-z]+\s+)?(?:number|figure|total|count|toll|cost|crowd|turnout|attendance|bill|damage|"
    r"loss(?:es)?|size)\s+at\b"
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
    # (not "told": "X told Reuters" names the audience, and the sayer comes first)
    re.compile(rf"\b(?!told\b)(?:{_SAY})\s+(?P<who>(?:{_PROPER}\s+)?{_TITLE}?{_PROPER})"),
    _WHO_SAYS,
    # "figures from the ONS", "data published on Wednesday by the Central Statistics Office", "economists polled by
    # Reuters"
    re.compile(
        r"\b(?i:data|figures|estimates|numbers|statistics|economists|analysts)\s+"
        rf"(?:(?:published|released|compiled|issued|surveyed|polled)\s+(?:[\w-]+\s+){{0,3}}?)?(?:from|by)\s+"
        rf"(?:the\s+)?(?P<who>{_FULL_NAME})"
    ),
    _UNNAMED,
    _WHO_RELATIVE,
    _HEARING,
    _APPOSITIVE_SAYS,
    _SEEN_BY,
    _PUT_AT,
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
# (Words are substring tests, ``_may_match``: on a sentence, faster than a trie's search for up to a dozen words.)
_NEEDS: list[tuple[str, ...] | re.Pattern] = [
    _REPORT_WORDS,
    ("according",),
    _SAY_AFTER,
    _SAY_AFTER,
    ("ata", "igures", "stimates", "umbers", "tatistics", "conomists", "nalysts"),
    ("nalysts", "conomists", "bservers", "xperts", "ritics", "reditors", "trategists", "fficials", "esearchers",
     "nvestors"),
    ("who ",),
    (" heard", " told"),
    (",",),
    (" by ",),
    (" put", " placed"),
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
    return any(map(sentence.__contains__, needs))  # (no generator: its frames cost more than the tests)


def find_attribution(sentence: str, start: int | None = None, end: int | None = None) -> str | None:
    """The source credited for the figure at [start, end) of ``sentence``, as written, or None.

    Without a figure, the sentence's source. With one, the source its own clause names: an agent of the figure
    ("the 124,000 expected by analysts"), then the source of its clause where a sentence sets two clauses side by
    side ("Police said 2,500, while organisers put it at 5,000"), then an earlier clause's; a later clause's source
    reaches back only when it closes its clause (", the company said"), not when it opens one ("..., and the
    federation estimates that ...").
    """
    if start is None or end is None:
        return _sentence_source(sentence)
    agent = _figure_agent(sentence, end)
    if agent:
        return agent
    cuts = [m for m in _CLAUSE_JOIN.finditer(sentence)]
    if not cuts:
        return _sentence_source(sentence)
    bounds = [0, *(m.start() for m in cuts), len(sentence)]
    opens = [0, *(m.end() for m in cuts)]
    own = max(i for i in range(len(opens)) if opens[i] <= start)
    found = _sentence_source(sentence[opens[own] : bounds[own + 1]])
    if found:
        return found
    for i in range(own + 1, len(opens)):  # a later clause's source closing it: ", the company said"
        clause = sentence[opens[i] : bounds[i + 1]]
        found = _sentence_source(clause)
        if found and not _opens(clause, found):
            return found
    for i in range(own - 1, -1, -1):  # an earlier clause's source speaks on: "X said A, and B"
        found = _sentence_source(sentence[opens[i] : bounds[i + 1]])
        if found:
            return found
    return None


# Clauses set side by side: "..., while organisers put ...", "... whereas ...", "..., but ...", "..., and ..."
_CLAUSE_JOIN = re.compile(r"(?:,\s*|\s)(?:while|whereas|but)\s+|,\s*and\s+")
_DETERMINERS = re.compile(r"^(?:(?:the|a|an|its|their|his|her)\s+)+", re.I)  # of a source as written


def _opens(clause: str, source: str) -> bool:
    """Whether ``source`` is the subject opening ``clause`` ("the Housing Federation estimates that ...", "the
    union SNEP claimed ..."): named before any figure or comma of the clause, not after them ("profit rose 3%, Acme
    said")."""
    at = clause.find(_DETERMINERS.sub("", source))
    return 0 <= at <= 40 and not any(c.isdigit() or c == "," for c in clause[:at])


# The agent of the figure's own verb, after it: "the 124,000 that analysts polled by FactSet had forecast", "the
# 124,000 expected by analysts" (the one polling is the source, as in "economists polled by Reuters")
_AGENT_WHO = (
    r"(?:the\s+)?(?P<who>(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*|[a-z]+)(?:\s+(?:polled|surveyed)\s+by\s+"
    rf"{_FULL_NAME})?)"
)
_EXPECTING = r"(?:forecast|expected|predicted|estimated|projected|anticipated|pencill?ed\s+in)"
_AGENT_AFTER = (
    re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:that|which)\s+{_AGENT_WHO}\s+(?:had\s+|have\s+|has\s+)?{_EXPECTING}\b"),
    re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?{_EXPECTING}\s+by\s+{_AGENT_WHO}"),
)
_POLLED_BY = re.compile(rf"\s(?:polled|surveyed)\s+by\s+(?:the\s+)?(?P<who>{_FULL_NAME})$")


def _figure_agent(sentence: str, end: int) -> str | None:
    """Who expected or estimated the figure, named right after it (``_AGENT_AFTER``), else None."""
    m = _AGENT_AFTER[0].match(sentence, end) or _AGENT_AFTER[1].match(sentence, end)
    if m is None:
        return None
    who = m.group("who")
    polled = _POLLED_BY.search(who)
    if polled:
        return polled.group("who")
    return None if who.lower() in _GENERIC or who.lower() in ("they", "analyst", "which", "that") else who


@lru_cache(maxsize=256)
def _sentence_source(sentence: str) -> str | None:
    """The source credited in ``sentence``, as written, or None (cached: a sentence's claims share it)."""
    last_needs, may = None, False
    giver = None  # "Streamly added 6.4m subscribers, the company said": the actor, when no one else is credited
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
            if who.endswith(("'s", "’s")):
                continue  # an owner, not a speaker: "won 94 points to Lindqvist's 97" ("points to" is a score)
            if _LEADING_WORD.fullmatch(who) and "who" in m.groupdict():
                who = _LEADING_WORD_SPACE.sub("", who)
                if not who or not who[0].isupper():
                    continue
            if _in_concession(sentence, m.start()):
                continue
            if pattern is _WHO_SAYS:
                use = _say_word_use(sentence, m.end())
                if use == "giving":
                    giver = giver or who
                if use is not None:
                    continue
                who = _speaker(sentence, m, who)
                if who is None:
                    continue
            if who[0].islower() and pattern is _WHO_SAYS:
                who = _LOWER_ROLE.sub("", who) or who  # "finance minister Amina Odhiambo": a description
            return who
    return giver


# Say-words that are also nouns or verbs of giving, read as such by what follows them: "the Dublin shows appeared
# online", "the agency's estimates were revised", "Japan added $3m in aid" (added money, not a remark)
_NOUN_SAYS = frozenset({"shows", "reports", "estimates", "claims", "notes", "states", "finds", "forecasts", "projects"})
_VERB_AFTER_NOUN = re.compile(
    r"\s+(?:were|was|are|is|have|had|will|would|can|could|may|sold|went"
    r"|[a-z]+ed(?=\s+(?:on|in|at|to|for|from|with|by|as|after|before|within|online|overnight)\b|\s*[,.;]|$))\b"
)  # ("projects modified domestic demand growth": a participle before a noun, the say-word a verb)
_AMOUNT_AFTER_ADDED = re.compile(r"\s+(?:another\s+|a\s+further\s+|an?\s+(?:extra|additional)\s+)?(?:[£$€¥]|US\$|\d)")


def _say_word_use(sentence: str, end: int) -> str | None:
    """How the say-word ending at ``end`` is used when not to report: "noun" or "giving" (None: a report)."""
    word = sentence[max(0, end - 10) : end].split()[-1]
    if word in _NOUN_SAYS and _VERB_AFTER_NOUN.match(sentence, end):
        return "noun"
    if word in ("added", "adds") and _AMOUNT_AFTER_ADDED.match(sentence, end):
        return "giving"
    return None


# A place a speaker is from, in an appositive before the say-verb: "Claire Baxter, 41, from Leeds, said ..." is
# Claire Baxter speaking, not Leeds; the speaker is the appositive's head (dropped when none is named). The comma
# closing the appositive tells it from a source after a preposition: "a study from Symantec showed".
_PLACE_OF_ORIGIN = re.compile(r"\b(?:from|in|near)\s+$")
_COMMA_SAYS = re.compile(r"\s*,")
_APPOSITIVE_HEAD = re.compile(
    r"(?P<who>[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*),(?:[^,]{1,40},)*?[^,]{0,40}?\b(?:from|in|near)\s+$"
)


def _speaker(sentence: str, m: re.Match, who: str) -> str | None:
    """The speaker of a ``_WHO_SAYS`` match: ``who``, or for a place of origin the appositive's head (None: none)."""
    a = m.start("who")
    if not (_PLACE_OF_ORIGIN.search(sentence, max(0, a - 8), a) and _COMMA_SAYS.match(sentence, m.end("who"))):
        return who
    head = _APPOSITIVE_HEAD.search(sentence, 0, a)
    return head.group("who") if head else None


# A concessive clause after a figure ("... put the impact at €82m, though economists say it is lower"): its
# say-verb governs its own clause, not the figure before it; it is kept when it holds a figure of its own
_CONCESSION = re.compile(r"(?:,\s*|\s)(?:though|although|whereas|but)\s")
_DIGIT = re.compile(r"\d")


def _in_concession(sentence: str, at: int) -> bool:
    """Whether the source at ``at`` opens a concessive clause with no figure, after one that has a figure (a
    quote or a comma between the conjunction and the source: the source speaks for more than that clause)."""
    last = None
    for m in _CONCESSION.finditer(sentence, max(0, at - 40), at):
        last = m
    if last is None or any(c in sentence[last.end() : at] for c in ',"“”'):
        return False
    return _DIGIT.search(sentence, 0, last.start()) is not None and _DIGIT.search(sentence, last.end()) is None


_LOWER_ROLE = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])")
