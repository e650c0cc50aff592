"""The words around a quantity: approximation, bounds, direction of change, hedges and forecasts.

Fact-checkers compare "over 260 million" differently from "262 million", and a prediction differently from a
result, so these cues are kept with every claim instead of being thrown away with the surrounding text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.claims.screens import lowered, may_contain, trie_pattern, word_start_pattern

if TYPE_CHECKING:
    from pipeline.claims.quantity import Quantity

# a bare article is not filler: "added a 30 degree homer" adds a thing, "added 30 points" is a move
# ("increases totaling 15%", "rises amounting to 3%": the sum of the moves named by the noun)
_FILLER = r"(?:(?:by|of|just|only|a\s+further|another|some|a\s+whopping|a\s+record|a\s+sharp|a\s+modest|totall?ing|"
_FILLER += r"amounting\s+to)\s+)*"
# an article and one adjective between a move and its amount are filler too: "grew by a breakneck 9.5%", "rose an
# annual 6%" (tried on the last few characters only, and cut off before the verb patterns run; a bare article,
# "added a 30 degree homer", is still no filler)
_BY_ADJECTIVE_END = re.compile(r"\s(?P<adj>an?\s+[a-z]+\s+)$")
_HEDGE_FILLER = r"(?:(?:about|around|nearly|almost|roughly|approximately|some|over|more\s+than|less\s+than|under|"
_HEDGE_FILLER += r"just|only|an\s+estimated|at\s+least|up\s+to|close\s+to|as\s+much\s+as)\s+)*"
_UP_VERBS = (
    r"up|rose|rise|rises|rising|risen|gained|gains|gain|gaining|jumped|jumps|jump|jumping|climbed|climbs|climb|"
    r"climbing|increased|increases|increase|increasing|surged|surges|surge|surging|soared|soars|soar|grew|grow|"
    r"grows|growing|grown|added|adds|advanced|advances|advancing|rallied|spiked|swelled|"
    r"expanded|improved|higher|upward|rebounded|rebounds|recovered|accelerated|strengthened|firmed|appreciated|"
    r"rallies|rallying|jumping|soaring|spiking|advancing|surging|ascended|"
    # the other inflections of the verbs above ("adding $1.89 to $48.62", "the yen strengthening 0.7%")
    r"adding|strengthening|strengthens|strengthen|rebounding|recovering|recovers|improving|improves|\+"
)
_DOWN_VERBS = (
    r"down|fell|falls|fall|falling|fallen|dropped|drops|drop|dropping|declined|declines|decline|declining|"
    r"decreased|decreases|decrease|decreasing|slid|slides|sliding|slipped|slips|plunged|plunges|plummeted|"
    r"plummeting|lost|loses|losing|shed|sheds|sank|sinks|tumbled|tumbles|eased|eases|cut|cuts|slumped|"
    r"shrank|shrunk|shrinks|contracted|dipped|dips|retreated|reduced|slashed|tanked|crashed|lower|downward|"
    r"sliding|weakened|lowered|lowers|lowering|trimmed|depreciated|skidded|dived|dove|plunging|tumbling|sinking|"
    r"shrinking|slumping|retreating|dipping|slipping|easing|softened|sagged|sags|stumbled|collapsed|descended|"
    r"skids|flopped|reduce|reduces|reducing|slash|slashes|slashing|trim|trims|trimming|narrowed|narrows|narrowing|"
    r"shedding|weakening|weakens|weaken|plummets|plunge|slumps|tumble|dives|diving|eroded|erodes|eroding"
)
# "rose 5%", "rose by about 5%", and with the thing that changed in between: "grow sales by 35%", "cut
# production in North America by 3%", "increasing its fourth-quarter dividend by 26%"
# (up to six words: "raised its key federal funds rate by", "increase the price of its steel by")
_OBJECT_BY = r"(?:[a-z][a-z-]*(?:['’]s)?\s+){1,6}by\s+"  # "cut the agency's staff by 25%"
_UP_TRANSITIVE = (
    r"raise|raised|raises|raising|boost|boosted|boosts|boosting|lift|lifted|lifts|hiked|hikes|expand|expands|"
    r"expanding|widened|widens|widening|" + _UP_VERBS
)
# "the rate was raised by 25 basis points", "prices were hiked by 8%": a passive move, "by" straight after the verb
_UP_PASSIVE = r"(?:raised|boosted|lifted|hiked)\s+by\s+"
# ... and without "by" after the auxiliary: "the defence budget has been raised 7.8% to 830bn rupees"
_UP_PASSIVE += r"|(?:is|are|was|were|be|been|being)\s+(?:raised|boosted|lifted|hiked)\s+"


def _verbs(alternation: str) -> str:
    """The same words as a trie (``\\+`` kept apart): searched at every word of a sentence, a flat alternation of
    a hundred verbs is tried one by one; a trie rejects most words at their first letter."""
    words = alternation.split("|")
    return "(?:" + trie_pattern([w for w in words if w != r"\+"]) + (r"|\+)" if r"\+" in words else ")")


_UP_ONLY_TRANSITIVE = "|".join(w for w in _UP_TRANSITIVE.split("|") if w not in _UP_VERBS.split("|"))
# Only ever tested for a match (never read for groups), so written for speed: the verbs as tries, and a verb of
# ``_UP_VERBS`` read once with its optional object ("grow sales by") instead of once per branch. The same
# language as ``\b(?:(?:UP)\s+|(?:TRANSITIVE)\s+OBJECT_BY|PASSIVE)...``, since TRANSITIVE = UP + the
# transitive-only verbs.
_UP_BEFORE = re.compile(
    rf"\b(?:{_verbs(_UP_VERBS)}\s+(?:{_OBJECT_BY})?|{_verbs(_UP_ONLY_TRANSITIVE)}\s+{_OBJECT_BY}|{_UP_PASSIVE})"
    rf"{_FILLER}{_HEDGE_FILLER}$",
    re.I,
)
_DOWN_BEFORE = re.compile(rf"\b{_verbs(_DOWN_VERBS)}\s+(?:{_OBJECT_BY})?{_FILLER}{_HEDGE_FILLER}$", re.I)
# "raised its dividend 10%", "cut the fee 0.5 percentage point": the object named and "by" left out. Only before a
# rate: "cut the workforce 1,200" reads as well as a list, but a percentage after a moved object is the move.
_OBJECT_NO_BY = (
    r"(?:its|their|his|her|our|the)\s+"
    r"(?:(?!(?:to|from|at|by|in|on|for|with|than|into|as|of|and|or)\b)[a-z][a-z-]*\s+){1,3}"
)
_UP_OBJECT = re.compile(rf"\b{_verbs(_UP_TRANSITIVE)}\s+{_OBJECT_NO_BY}{_HEDGE_FILLER}$", re.I)
_DOWN_OBJECT = re.compile(rf"\b{_verbs(_DOWN_VERBS)}\s+{_OBJECT_NO_BY}{_HEDGE_FILLER}$", re.I)
# "shares were off 4%", "closed off 3 cents": market reports' "off" for a fall, after a copula or a closing verb
_OFF_BEFORE = re.compile(
    rf"\b(?:is|was|were|are|been|closed|ended|finished|traded|trading|settled)\s+off\s+{_FILLER}{_HEDGE_FILLER}$", re.I
)
# "knocked 0.2% off the growth rate", "wiped £2bn off its value", "shaved 5p off the price": a fall, named by "off"
_TAKE_OFF_BEFORE = re.compile(
    r"\b(?:knock(?:s|ed|ing)?|wip(?:e|es|ed|ing)|shav(?:e|es|ed|ing)|lop(?:s|ped|ping)?|slic(?:e|es|ed|ing)|"
    rf"chop(?:s|ped|ping)?)\s+{_FILLER}{_HEDGE_FILLER}$",
    re.I,
)
_OFF_AFTER = re.compile(r"\s+off\b")
# the move words as nouns, after a determiner and before "of": "a season's best jump of 7.91m", "a rise of 0.4%";
# as "a 3% drop" is, the amount of a noun is no move stated by a verb (its direction is still kept as implied)
_NOUN_MOVE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|this|that|another)|['’]s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:rise|jump|increase|gain|climb|surge|fall|drop|decline|slump|plunge|dip|cut|reduction)\s+of\s+"
    r"(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|just\s+|only\s+)?$",
    re.I,
)
_AFTER_NOUN = r"(?:\s*(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|y/y|annual|annualised|annualized|quarterly|"
_AFTER_NOUN += r"on-year|month[- ]on[- ]month|sequential|jump|rise))?\s*"
# A move stated from one level to another: "jumps from $15.49 to $17.99", "cut it from 5% to 4.5%" (the verb's
# direction, for the claim that keeps the new level)
MOVE_FROM_BEFORE = {
    "up": re.compile(rf"\b{_verbs(_UP_VERBS)}\s+(?:\w+\s+){{0,3}}?from\s+$", re.I),
    "down": re.compile(rf"\b{_verbs(_DOWN_VERBS)}\s+(?:\w+\s+){{0,3}}?from\s+$", re.I),
}
CHANGE_BEFORE = re.compile(rf"\b{_verbs(_UP_VERBS + '|' + _DOWN_VERBS)}\s+{_FILLER}{_HEDGE_FILLER}$", re.I)
_UP_AFTER = re.compile(rf"^{_AFTER_NOUN}(?:increase|rise|jump|gain|growth|surge|hike|boost|improvement)\b", re.I)
_DOWN_AFTER = re.compile(
    rf"^{_AFTER_NOUN}(?:decrease|decline|drop|fall|cut|reduction|slump|plunge|contraction)\b", re.I
)

_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
_RATES = {"percent", "percentage_point", "basis_point", "ratio"}
_MORE_AFTER = re.compile(r"^\s*(?:more|higher|faster|bigger|larger|greater)\b", re.I)
_LESS_AFTER = re.compile(r"^\s*(?:less|lower|fewer|cheaper|smaller|slower)\b", re.I)
# "£3.4bn more than a year earlier": the amount of an increase over an earlier period
_THAN_EARLIER = (
    r"\s+than\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:(?:in|at|during|for|over)\s+)?(?:the\s+)?(?:last|previous|prior|same)\b|"
    r"previously|"
    r"in\s+(?:19|20)\d\d\b)"  # "24% higher than in 2003": an earlier year named
)
_VERSUS_EARLIER = re.compile(
    r"^\s*(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|y/y|on-year|sequential"
    r"|(?:month|quarter)[- ](?:on|over)[- ](?:month|quarter))\b",
    re.I,
)
# "... increase over the same period last year", "... drop from a year earlier": the move is against a named period
_EARLIER_AFTER = re.compile(
    r"^[^,;.()]{0,40}?\b(?:over|from|on|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:the\s+)?"
    r"(?:same\s+(?:period|quarter|month|week|time)|(?:a|one)\s+year\s+(?:earlier|ago|before)|"
    r"(?:last|previous|prior|preceding|year-earlier|year-ago)\s+(?:year|quarter|month|week|period))\b",
    re.I,
)
# "2% up on the same time last year", "29% lower year-on-year", "3% down on a year earlier": a move stated after
# the number against a named earlier period, as "£3.4bn more than a year earlier" is
_ON_EARLIER = (
    r"\s+(?:(?:on|from|over|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:same\s+(?:period|quarter|month|week|time)|"
    r"(?:a|one|the)\s+year\s+(?:earlier|ago|before)|(?:last|previous|prior|preceding|year-earlier|year-ago)\s+"
    r"(?:year|quarter|month|week|period)|the\s+year)|year[- ]on[- ]year|year[- ]over[- ]year|yoy|y/y)\b"
)
_MORE_THAN_BEFORE = re.compile(rf"^\s*(?:more|higher|up){_THAN_EARLIER}", re.I)
_LESS_THAN_BEFORE = re.compile(rf"^\s*(?:less|lower|fewer|down){_THAN_EARLIER}", re.I)
_UP_ON_EARLIER = re.compile(rf"^\s*(?:higher|up){_ON_EARLIER}", re.I)
_DOWN_ON_EARLIER = re.compile(rf"^\s*(?:lower|down){_ON_EARLIER}", re.I)
_BOUND_PATTERNS: list[tuple[str, str]] = [
    (">", r"more\s+than|over\s+than|well\s+over|just\s+over|over|above|at\s+least|upwards?\s+of|in\s+excess\s+of|"
          r"exceeding|greater\s+than|north\s+of|higher\s+than|beyond|topping|minimum\s+of|as\s+many\s+as"),
    ("<", r"less\s+than|fewer\s+than|just\s+under|under|below|up\s*to|at\s+most|no\s+more\s+than|as\s+much\s+as|"
          r"lower\s+than|shy\s+of|short\s+of|maximum\s+of|within"),
    ("~", r"about|around|approximately|approx\.?|roughly|nearly|almost|some|close\s+to|closer\s+to|an\s+estimated|"
          r"estimated|"
          r"circa|c\.|~|≈|more\s+or\s+less|in\s+the\s+region\s+of|averag(?:ed|es|ing)|barely|"
          # "average" as a verb ("expected to average 3.2%", "salaries average $50,000"); "an average of" is no hedge
          r"(?<!\ban\s)(?<!\bthe\s)(?<!\bon\s)(?<!\ba\s)(?<!\bits\s)average(?!\s+of\b)"),
]  # fmt: skip
# a passive verb and "by": what follows is the doer, when it is a count of things ("was dropped by six stations")
_PASSIVE_AGENT = re.compile(r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+by\s+$", re.I)
_PHRASAL_UP = re.compile(
    r"\b(?:turn(?:s|ed|ing)?|show(?:s|ed|ing|n)?|came|come|comes|coming|lined|signed|woke|stood)\s$", re.I
)
# a verb and its object pronoun before "up to": the level the thing was moved to ("taken it up to 26 weeks")
_PRONOUN_UP = re.compile(
    r"\b(?:take|takes|taken|took|taking|bring|brings|brought|bringing|put|puts|putting|push|pushed|pushes|"
    r"pushing|move|moved|moves|moving|raise|raised|raises|raising)\s+(?:it|them)\s$",
    re.I,
)
# an intransitive move before "up to": the level reached ("unemployment edged up to 4.7%"), no upper limit
_MOVED_UP = re.compile(
    r"\b(?:edg|inch|tick|creep|crept|nudg|climb|jump|shoot|shot|mov)(?:e|es|ed|s|ing|t)?\s$", re.I
)
_NEGATION = re.compile(r"\b(?:not|no)\s+$", re.I)
_PREPOSITION_THE = re.compile(r"\bthe\s+$", re.I)  # "centres around the 37m skeleton": about, not approximately
_BOUND_BEFORE = [
    (sign, re.compile(rf"(?<![\w])(?P<h>{pattern})\s*{_FILLER}(?:(?:US|the|an?)\s+)?$", re.I))
    for sign, pattern in _BOUND_PATTERNS
]
_MORE_AFTER_NUMBER = re.compile(
    r"^(?:\s*\+|-?plus\b|\s+plus(?=\s*(?:[.,;:)]|$))|\s+(?:or\s+more|and\s+up|and\s+counting)\b)", re.I
)
_BOUND_AFTER = [
    # "£2bn plus." with a space only where the clause ends: "$5bn plus interest" adds, it bounds nothing
    (">", _MORE_AFTER_NUMBER),
    ("<", re.compile(r"^(?:\s+or\s+less\b|\s+or\s+fewer\b|\s+at\s+most\b)", re.I)),
    ("~", re.compile(r"^(?:\s+or\s+so\b|\s+odd\b|-odd\b|\s+give\s+or\s+take\b)", re.I)),
]
_NOT_UP = re.compile(
    r"\b(?:gave|give|gives|giving|given|set|sets|picked|pick|made|make|signed|sign|ended|end|took|take|taken|"
    r"lined|backed|opened|showed|turned|adds|add|added|sum|sums|summed|put|puts|came|come|comes|shot|"
    r"snapped|beefed|ramped|stepped|tallied|clocks?|clocked|clocking|used|uses|using|racks?|racked|racking|"
    r"notch(?:es|ed)?|chalk(?:s|ed)?)\s+up\s+(?!by\b)\S*\s*$|\bup\s+to\s+$|\bupwards?\s+of\s+$",
    re.I,
)
# The modal and attribution hedges of a sentence, as words (patterns) matched case-insensitively at a word's start
# and end; "may" in its own case ("May" is a month).
# A modal before a verb of seeming judges the figure, it does not doubt it: "a 3.2-point fall may sound small" (the
# fall happened). "could not" is a past inability, a fact: "$4bn could not be accounted for".
_SEEMING = r"(?!\s+(?:not\s+|also\s+|well\s+)?(?:sound|seem|look|appear|feel)s?\b)"
_COULD = r"could(?!\s+not\b)" + _SEEMING
_SENTENCE_HEDGE_WORDS = (
    "reportedly", "allegedly", "alleged", _COULD, "might" + _SEEMING, f"(?-i:may{_SEEMING})", "would" + _SEEMING,
    "should", "expected", "expects",
    "expect", "estimated", "estimates", "projected", "projects", "forecast", "forecasts", "predicted", "predicts",
    "likely", "unlikely", "potentially", "possibly", "probably", r"according\s+to\s+estimates", r"is\s+set\s+to",
    r"are\s+set\s+to", "anticipated", r"seen\s+as",
    # the adjective before an amount: "the film's reported $250m budget" (hearsay, as "reportedly" is)
    r"reported(?=\s+(?:[A-Z]{0,3}[$£€¥₹]|\d))",
)  # fmt: skip
_SENTENCE_HEDGES = re.compile(r"\b(" + "|".join(_SENTENCE_HEDGE_WORDS) + r")\b", re.I)  # the plain form
# The same matches (the hedge is the whole match), starting with a class: see ``screens.word_start_pattern``.
_SENTENCE_HEDGES_AT = re.compile(word_start_pattern(_SENTENCE_HEDGE_WORDS) + r"\b")
# One of these is in every match of ``_SENTENCE_HEDGES`` (lower-cased): its screen, see ``screens.py``.
_HEDGE_WORDS = re.compile(trie_pattern([  # as a trie: faster than ``word_screen``'s alternation of 19 words
    "reported", "alleged", "could", "should", "might", "may", "would", "expect", "estimate", "project", "forecast",
    "predict", "likely", "potentially", "possibly", "probably", "according", "set", "anticipated", "seen",
]))  # fmt: skip
_SPACES = re.compile(r"\s+")
_FORECAST_CUES = (  # what makes a figure a prediction, as ``_SENTENCE_HEDGE_WORDS`` ("will", "may": own case)
    # "will pay a fine of £12m", "will receive $5m": an amount agreed or imposed, not predicted
    # "would" too: "said it would cut 1,850 jobs" reports the plan another outlet writes "will cut 1,850 jobs"
    # ("would have allowed" is a counterfactual, no prediction)
    # ("will collect $50,000", "will take home £2m": a prize fixed in advance)
    r"(?-i:will(?!\s+(?:pay|be\s+paid|receive|collect|take\s+home|pocket)\b)" + _SEEMING + ")",
    r"(?-i:would(?!\s+(?:pay|be\s+paid|receive|collect|take\s+home|pocket|have|not\s+have)\b)" + _SEEMING + ")",
    _COULD, "might" + _SEEMING, f"(?-i:may{_SEEMING})", "expected", "expects",
    "expect", "forecasts?", "forecasted", "projected", "projects", "projection", "predicted", "predicts",
    "prediction", "guidance", "outlook",
    r"is\s+set\s+to", r"are\s+set\s+to", r"on\s+track\s+to", "anticipated", "anticipates", "targets?",
    r"aims?\s+to", r"aim(?:ed|ing)\s+to", "targeting", r"guided\s+(?:for|to)", r"goal\s+of", r"plans?\s+to",
    r"next\s+(?:year|quarter|month|decade)",
    r"by\s+(?:the\s+end\s+of\s+)?(?:20[2-9]\d|2100)",
    # "the $10.8bn analysts had pencilled in", "the government has pencilled in £5bn of cuts": an expectation or plan
    r"pencil(?:l)?ed\s+in",
    # a pledge is a plan: "promised to spend €8bn", "vowed to cut 2,000 jobs"
    r"promis(?:e|es|ed|ing)\s+to", r"pledg(?:e|es|ed|ing)\s+to", r"vow(?:s|ed|ing)?\s+to", r"committed\s+to",
)  # fmt: skip
_FORECAST = re.compile(r"\b(" + "|".join(_FORECAST_CUES) + r")\b", re.I)  # the plain form
# Whether ``_FORECAST`` matches, found by a pattern starting with a class (``screens.word_start_pattern``).
_FORECAST_AT = re.compile(word_start_pattern(_FORECAST_CUES) + r"\b")


# A character that no match of ``_BOUND_BEFORE``, ``_UP_BEFORE`` or ``_DOWN_BEFORE`` holds: their words (ASCII
# letters, and what ``re.I`` equates with them), spaces, ".", "~", "≈", "+", the hyphen of "fourth-quarter" and the
# apostrophe of a possessive object ("cut the agency's staff by 25%").
_NOT_IN_CUE = re.compile("[^A-Za-z\\s\u017f\u212a\u0131\u0130.~≈+'’-]")  # escapes: see ``screens.CASE_TRAPS``


def cue_start(left: str) -> int:
    """Where a cue that ends ``left`` can start: after its last character that no cue holds.

    The cue patterns end with ``$``, so ``search`` would try them at every character of the sentence so far;
    starting at ``cue_start`` finds the same (leftmost) match, since none can start earlier.
    """
    m = _NOT_IN_CUE.search(left[::-1])
    return len(left) - m.start() if m else 0


# Screens for the cue patterns above, searched in the lowered text a cue can lie in (``left[cue:]``): a quantity
# with no verb or bound word before it (most of them) skips the ``$``-anchored searches, each of which tries every
# position. Each screen holds a word that is a substring of every match of its patterns (ASCII letters, which
# ``re.I`` equates with no other character but those ``lowered`` refuses to screen), written as a trie: one
# branch per first letter instead of one per word.
_BOUND_WORDS: tuple[tuple[str, ...], ...] = (  # one per ``_BOUND_BEFORE`` pattern, in the same order
    ("more", "over", "above", "least", "upward", "excess", "exceeding", "greater", "north", "higher", "beyond",
     "topping", "minimum", "many"),
    ("less", "fewer", "under", "below", "up", "most", "more", "much", "lower", "shy", "short", "maximum", "within"),
    ("about", "around", "approx", "roughly", "nearly", "almost", "some", "close", "estimated", "circa", "c.", "~",
     "≈", "more", "region", "averag", "barely"),
)  # fmt: skip
_BOUND_SCREENS = tuple(re.compile(trie_pattern(words)) for words in _BOUND_WORDS)
_UP_WORDS = frozenset(w for w in _UP_TRANSITIVE.split("|") if w != r"\+") | {"+"}  # every verb of the up patterns
_DOWN_WORDS = frozenset(_DOWN_VERBS.split("|"))
_UP_SCREEN = re.compile(trie_pattern(_UP_WORDS))  # _UP_BEFORE, _UP_OBJECT
_DOWN_SCREEN = re.compile(trie_pattern(_DOWN_WORDS))  # _DOWN_BEFORE, _DOWN_OBJECT
# "off" (_OFF_BEFORE) and "by" (_PASSIVE_AGENT) too: with none of these words, no cue pattern can match
_ANY_CUE = re.compile(trie_pattern({*_UP_WORDS, *_DOWN_WORDS, *(w for ws in _BOUND_WORDS for w in ws), "off", "by"}))


# Each pattern read after a number starts with ``^\s*`` (or ``^`` and optional words after spaces) and a word of
# its tuple here: it can only match where the text after the number, its spaces stripped, starts with one.
_MORE_THAN_LEADS = ("more", "higher", "up")  # _MORE_THAN_BEFORE
_LESS_THAN_LEADS = ("less", "lower", "fewer", "down")  # _LESS_THAN_BEFORE
_UP_ON_LEADS = ("higher", "up")  # _UP_ON_EARLIER
_DOWN_ON_LEADS = ("lower", "down")  # _DOWN_ON_EARLIER
_VERSUS_LEADS = ("year", "yoy", "y/y", "on-year", "sequential", "month", "quarter")  # _VERSUS_EARLIER
_IMPLIED_LEADS = (  # _UP_AFTER, _DOWN_AFTER (their optional words of ``_AFTER_NOUN`` first), _MORE_AFTER, _LESS_AFTER
    "year", "yoy", "y/y", "annual", "quarterly", "on-year", "month", "sequential", "jump", "rise",
    "increase", "gain", "growth", "surge", "hike", "boost", "improvement",
    "decrease", "decline", "drop", "fall", "cut", "reduction", "slump", "plunge", "contraction",
    "more", "higher", "faster", "bigger", "larger", "greater", "less", "lower", "fewer", "cheaper", "smaller", "slower",
)  # fmt: skip


_BOUND_AFTER_LEADS = ("+", "plus", "-plus", "or", "and", "at", "odd", "-odd", "give")  # _BOUND_AFTER (all of them)


def _lead(right: str) -> str | None:
    """The start of ``right`` after its spaces, lowered, for the screens above (None: a text not screened)."""
    return lowered(right.lstrip()[:16])


def _leads(lead: str | None, words: tuple[str, ...]) -> bool:
    return lead is None or lead.startswith(words)


class _Tail:
    """The lowered text before a quantity where its cue can lie, and whether any cue word is in it."""

    __slots__ = ("low", "any")

    def __init__(self, left: str, cue: int) -> None:
        self.low = lowered(left[cue:])  # None: a character ``re.I`` may read as an ASCII letter, not screened
        self.any = self.low is None or _ANY_CUE.search(self.low) is not None

    def may(self, screen: re.Pattern) -> bool:
        """Whether a pattern whose every match holds a word of ``screen`` can match."""
        return self.low is None or (self.any and screen.search(self.low) is not None)

    def has(self, word: str) -> bool:
        return self.low is None or (self.any and word in self.low)


def change_and_hedge(left: str, right: str, q: Quantity) -> tuple[str, list[str]]:
    """The change sign and the local hedge words of one quantity from the text beside it."""
    hedges: list[str] = []
    bound = "="
    cue = cue_start(left)
    moved_up_to = False  # "rents have risen by up to 20%": the rise is the claim, "up to" its limit
    tail = _Tail(left, cue)
    # (most quantities have no cue word before them: then no bound pattern can match, and none is screened)
    bounds = zip(_BOUND_BEFORE, _BOUND_SCREENS, strict=True) if tail.any else ()
    for (sign, pattern), screen in bounds:
        m = pattern.search(left, cue) if tail.may(screen) else None
        if m:
            word = _SPACES.sub(" ", m.group("h").lower())
            if word == "up to" and q.unit in ("percent",) and _UP_BEFORE.search(left[: m.start()] + " "):
                moved_up_to = True
                continue
            if word == "up to" and (
                _PHRASAL_UP.search(left, max(0, m.start() - 12), m.start())
                or _PRONOUN_UP.search(left, max(0, m.start() - 20), m.start())
                or _MOVED_UP.search(left, max(0, m.start() - 12), m.start())
            ):
                continue  # "40 record labels turned up to one gig", "we have taken it up to 26 weeks", "edged up
                # to 4.7%": no limit
            if word == "over" and q.unit in _TIME_UNITS and not q.extras.get("age"):
                continue  # "over 10 years" is a span of time, not a bound
            if sign == "~" and _PREPOSITION_THE.search(left):
                continue
            negation = _NEGATION.search(left, max(0, m.start() - 4), m.start())
            if negation and sign in "<>" and word != "no more than":
                word = f"{negation.group(0).strip().lower()} {word}"  # "not more than 20", "no fewer than 30"
                sign = "<" if sign == ">" else ">"
            hedges.append(word)
            if bound == "=":
                bound = "=" if word in ("as many as",) else sign
            break
    if q.extras.get("bound") == "sub":
        hedges.append("sub")
        bound = "<"
    lead = _lead(right)  # what the patterns read after the number must start with
    for sign, pattern in _BOUND_AFTER if _leads(lead, _BOUND_AFTER_LEADS) else ():
        m = pattern.match(right)
        if m:
            hedges.append(m.group(0).strip())
            bound = sign if bound == "=" else bound
    if q.unit == "count" and q.noun is not None and tail.has("by") and _PASSIVE_AGENT.search(left, cue):
        return bound, hedges  # "Stern was dropped by six stations": who did it, not by how much it moved
    adjective = _by_adjective(left)
    if adjective:
        left = left[: adjective.start("adj")]  # "expanded by a breakneck 9.5%" reads as "expanded by 9.5%"
        cue = min(cue, len(left))
        tail = _Tail(left, cue)
    direction = None
    sign = q.extras.get("sign")
    signed_up = sign == "+" and q.unit in ("percent", "percentage_point", "basis_point")
    rate = q.unit in _RATES
    up, down = (tail.may(_UP_SCREEN), tail.may(_DOWN_SCREEN)) if tail.any else (False, False)
    versus = _leads(lead, _VERSUS_LEADS) and _VERSUS_EARLIER.match(right) is not None
    # (read once: both branches against an earlier period ask for it, and so does the fallback below)
    implied = implied_direction(right, q.unit, lead)
    if signed_up or moved_up_to or (up and _UP_BEFORE.search(left, cue) and not _not_up(left)):
        direction = "up"
    elif (down and _DOWN_BEFORE.search(left, cue)) or (
        sign == "-" and q.unit in ("percent", "percentage_point", "basis_point")
    ):
        direction = "down"  # "fell 3%", and market tables' "Nasdaq -0.4%"
    elif (tail.has("off") and _OFF_BEFORE.search(left, cue)) or (rate and down and _DOWN_OBJECT.search(left, cue)):
        direction = "down"  # "shares were off 4%", "trimmed its forecast 2%"
    elif _OFF_AFTER.match(right) and _TAKE_OFF_BEFORE.search(left, cue):
        direction = "down"  # "high oil prices have knocked 0.2% off the growth rate"
    elif rate and up and _UP_OBJECT.search(left, cue) and not _not_up(left):
        direction = "up"  # "raised its dividend 10%"
    elif (_leads(lead, _MORE_THAN_LEADS) and _MORE_THAN_BEFORE.match(right)) or (versus and implied == "up"):
        direction = "up"  # "£3.4bn more than a year earlier", "a 16% year-over-year increase": vs an earlier period
    elif (_leads(lead, _LESS_THAN_LEADS) and _LESS_THAN_BEFORE.match(right)) or (versus and implied):
        direction = "down"
    elif bound == "=" and _leads(lead, _UP_ON_LEADS) and _UP_ON_EARLIER.match(right):
        direction = "up"  # "2% up on the same time last year"; a bound stays one: "less than 1% up on the year before"
    elif bound == "=" and _leads(lead, _DOWN_ON_LEADS) and _DOWN_ON_EARLIER.match(right):
        direction = "down"  # "18% lower year-on-year"
    else:
        q.extras["implied"] = implied
        if q.extras["implied"] and _EARLIER_AFTER.match(right):
            direction = q.extras["implied"]  # "a 5.6% increase over the same period last year": against a period
    if direction in ("up", "down") and _NOUN_MOVE_BEFORE.search(left, max(0, len(left) - 60)):
        q.extras["implied"] = direction
        direction = None  # "a season's best jump of 7.91m": a noun, no verb states the move
    if direction and bound in ("~", ">") and not q.extras.get("range"):
        q.extras["implied"] = direction  # still a move for the metric ("grew about 16%" is growth)
        return bound, hedges  # "was up about 19%", "climbed more than 3%": NewsQuant marks the hedge, not the move
    return (direction or bound), hedges


def _by_adjective(left: str) -> re.Match | None:
    """``_BY_ADJECTIVE_END`` in the last 40 characters of ``left``: searched only where the word before the last is
    "a" or "an", as in every match, since the search tries each of those characters."""
    lo = max(0, len(left) - 40)
    words = left[lo:].rsplit(None, 2)
    return _BY_ADJECTIVE_END.search(left, lo) if len(words) > 1 and words[-2] in ("a", "an") else None


def _not_up(left: str) -> bool:
    """``_NOT_UP.search(left)``: searched only where ``left`` holds an "up" (every match does), since the search
    tries every character of the sentence before the number."""
    low = lowered(left)
    return (low is None or "up" in low) and _NOT_UP.search(left) is not None


def implied_direction(right: str, unit: str, lead: str | None = None) -> str | None:
    """The move a noun or comparative after the number names ("a 3% drop", "34.4% higher"), else None.

    NewsQuant's annotators mark a change only when a verb or sign states it or an earlier period is named
    (none of the dev split's "X% higher"/"a 3 percent drop"/"a 60 basis point improvement" is marked), so
    ``change`` stays "=" there; the direction is still kept for the metric, which tells a growth rate from a
    level ("a 9% rise in sales" is ``revenue_growth``).
    """
    if not _leads(lead if lead is not None else _lead(right), _IMPLIED_LEADS):  # (``lead``: ``_lead(right)``)
        return None  # most numbers: no noun or comparative of a move after them
    if _UP_AFTER.match(right) or (unit in _RATES and _MORE_AFTER.match(right)):
        return "up"
    if _DOWN_AFTER.match(right) or (unit in _RATES and _LESS_AFTER.match(right)):
        return "down"
    return None


# "24% less likely to be admitted": a comparison of risks, the study's finding, not a hedge on it
_COMPARED_LIKELY = re.compile(r"\b(?:more|less)\s+$", re.I)


# The sentence hedges that are also forecast cues: they doubt a figure only by predicting it ("would be as much as
# £208m", not the "2025 revenue of £5.2bn" it is based on); "reportedly", "estimated", "likely" doubt a fact too
_MODAL_CUES = frozenset({
    "could", "might", "may", "would", "expected", "expects", "expect", "projected", "projects", "forecast",
    "forecasts", "predicted", "predicts", "anticipated", "is set to", "are set to",
})  # fmt: skip


def is_modal_cue(hedge: str) -> bool:
    """Whether a hedge word of ``sentence_hedges`` is a forecast cue (see ``_MODAL_CUES``)."""
    return hedge in _MODAL_CUES


def sentence_hedges(sentence: str) -> list[str]:
    """Modal and attribution hedges of the sentence ("reportedly", "could", "expected")."""
    return list(_sentence_hedges(sentence))


@lru_cache(maxsize=256)
def _sentence_hedges(sentence: str) -> tuple[str, ...]:
    """Cached: every quantity of a sentence asks for its hedges."""
    if not may_contain(lowered(sentence), _HEDGE_WORDS):
        return ()
    return tuple(
        _SPACES.sub(" ", m.group(0).lower())
        for m in _SENTENCE_HEDGES_AT.finditer(sentence)
        if not _COMPARED_LIKELY.search(sentence, max(0, m.start() - 6), m.start())
        and not (m.group(0) == "would" and _SETTLED_BEFORE.search(sentence, max(0, m.start() - 60), m.start()))
        and not _noun_projects(sentence, m)
    )


# "projects" is a noun far more often than a verb ("what similar projects cost"): a verb of forecasting only after a
# name, a pronoun or an adverb, and before more words ("the IMF projects growth of 3%", "it now projects a loss")
_PROJECTS_VERB_BEFORE = re.compile(r"(?:\b(?:it|he|she|which|who|also|now|still|currently)|\b[A-Z][\w.&'’-]*)\s+$")
_PROJECTS_VERB_AFTER = re.compile(r"\s+[\w$£€¥₹]")


def _noun_projects(text: str, m: re.Match) -> bool:
    """Whether the cue ``m`` is "projects" read as a noun (then it hedges and predicts nothing)."""
    if m.group(0).lower() != "projects":
        return False
    verb = _PROJECTS_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _PROJECTS_VERB_AFTER.match(
        text, m.end()
    )
    return not verb


def _has_forecast_cue(text: str) -> bool:
    """Whether ``text`` holds a forecast cue (``_FORECAST_AT``) that is no noun ("projects")."""
    return any(not _noun_projects(text, m) for m in _FORECAST_AT.finditer(text))


# "Organisers confirmed that the winner would receive $30,000": the future of a settled fact in reported speech,
# no doubt on it ("said it would" is left a hedge: a plan or a guess as often as a fact)
_SETTLED_BEFORE = re.compile(
    r"\b(?:confirmed|announced|agreed|decided|ruled|disclosed|revealed)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}$", re.I
)


def is_forecast(sentence: str, start: int, end: int) -> bool:
    """Whether the quantity at [start, end) of ``sentence`` is predicted rather than reported.

    A cue before the number governs it ("could cause ... 204,000 jobs"); after it, only within its clause
    ("204,000 jobs by 2027"), so "revenue was $11 billion, and it expects growth next year" stays a result.
    """
    if not _may_forecast(sentence):
        return False
    if _ESTIMATE_BEFORE.search(sentence, max(0, start - 80), start) or _their_estimate(sentence, start):
        return True  # "beating analysts' average estimate of $3.35 billion"
    if "racking" in sentence and _TRACKING_BEFORE.search(sentence, max(0, start - 60), start):
        return True  # "pre-release tracking that had pointed to a $95m opening": the trade's forecast
    # The text a cue is looked for in lies before the figure, or after it: where ``_forecast_screen`` fails on all
    # of that side (its words are substrings, so none is in any part of it), the side is not read: the cue word the
    # sentence has is often on the other side, or a word holding one ("asset", "claim", "May").
    before = sentence[_governed_from(sentence, start, end) : start] if _forecast_screen(sentence[:start]) else ""
    if (
        _forecast_screen(before)
        and _has_forecast_cue(before)
        and not _CUE_FIGURE_AND.search(before)
        and not _PAST_RELATIVE_AFTER.match(sentence, end)
    ):
        return True
    if not _forecast_screen(sentence[end:]):
        return False
    after = clause_after(sentence, end)
    if _past_subordinate_start(sentence, start, end):  # "after a deficit of 4.6% left it short of its target":
        after = after[: _PAST_VERB_AFTER.match(after).end()]  # the cues of the clause up to its past verb only
    if "th" in after or "wh" in after:  # "23 injuries in crashes that may be linked": the crashes' clause
        relative = _RELATIVE_OF_OTHER.search(after)
        after = after[: relative.start()] if relative else after
    return _forecast_screen(after) and _has_forecast_cue(after)


# A relative clause of the past on the figure's noun says the figure exists: "will examine the 14 bearings that
# inspectors flagged in 2024", "will cut the 300 jobs it added last year"; a cue before it plans what is done with
# them, it predicts no figure ("the 12,000 jobs that could go" is still predicted, by its own clause)
_NOT_SUBJECT = r"(?!(?:will|would|could|may|might|should|must|shall|can|to|be|been|being|not)\b)"
_PAST_RELATIVE_AFTER = re.compile(
    rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:that|which|who)\s+(?:{_NOT_SUBJECT}[a-z-]+\s+){{0,2}}?"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?!(?:expected|forecast|projected|predicted|estimated|anticipated|"
    r"targeted|planned|pencilled|penciled)\b)[a-z]{3,}ed\b(?!\s+(?:to|by)\b)"
)


# Box-office "tracking" (a noun: "tracking pointed to", "pre-release tracking suggested") predicts the figure
# after it; the verb ("sales are tracking ahead of", "inflation is tracking at 3%") reports a level.
_TRACKING_BEFORE = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)\b[Tt]racking\b"
    r"(?!\s+(?:at|ahead|behind|above|below|toward|towards|in\s+line|close)\b)[^,;.]{0,45}$"
)
# A cue noun governs the figure it names, not a coordinated one after it: "its own forecast of $118m and the
# $98.7m the original managed" (an actual)
_CUE_FIGURE_AND = re.compile(
    r"\b(?:forecasts?|estimates?|projections?|predictions?|expectations?|targets?|guidance)\s+(?:of|for|at)\s+"
    r"[^,;:]{0,40}?\d[^,;:]{0,30}?\s(?:and|or|but|against|versus|compared\s+with)\s+"
    r"(?:(?:the|a|an|its|their|his|her|last\s+year's|a\s+year-earlier)\s+)?$",
    re.I,
)
# A relative clause on a noun after a preposition speaks of that noun, not the figure: "23 injuries in crashes
# that may be linked to the fault" (known injuries); "12,000 jobs that could go" stays the figure's own
_RELATIVE_OF_OTHER = re.compile(
    r"\s(?:in|of|from|at|on|with|after|during|among|involving)\s+(?:[\w'’-]+\s+){1,3}?(?=(?:that|which|who)\s)"
)


# The market's expectation of a result, naming the figure right after it: "analysts' average estimate of $3.35bn",
# "the consensus estimate of $1.71", "ahead of expectations of £1.2bn". Only the estimates of analysts, economists or
# the consensus: "the ministry's estimate of 3,000 deaths" counts a past toll, and "Analysts estimate Nvidia controls
# 80%" (the verb) a present share; a figure after the estimate ("16 cents above the consensus estimate") is none.
_FILLER_TO_FIGURE = r"\s+(?:of|for|at)\s+(?:(?:about|around|roughly|nearly|some|a|an|the|US)\s+)*$"
_ESTIMATE_NOUN = (
    r"(?:\b(?:analysts|economists|brokers|street|market)['’]s?|\b(?:analyst|consensus|average|mean|median))\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:estimates?|expectations?|consensus)|\bexpectations?"
)
_ESTIMATE_BEFORE = re.compile(f"(?:{_ESTIMATE_NOUN}){_FILLER_TO_FIGURE}", re.I)
# "Analysts at Kotak said the results were ahead of their estimate of Rs 4,200 crore": whose estimate, named before
_THEIR_ESTIMATE = re.compile(r"\btheir\s+(?:[a-z-]+\s+)?estimates?" + _FILLER_TO_FIGURE, re.I)
_ANALYSTS = re.compile(r"\b(?:analysts?|economists?|brokers?)\b", re.I)


def _their_estimate(sentence: str, start: int) -> bool:
    m = _THEIR_ESTIMATE.search(sentence, max(0, start - 60), start)
    return m is not None and _ANALYSTS.search(sentence, 0, m.start()) is not None


# The level a move starts from or is compared with: "will rise to $17.99 from $15.99", "could climb to £310m, up
# from £265m", "$1.87 vs. $1.71 expected". It is the level now (or the figure another cue after it names).
# "from" only after a move ("up from", "rose from") or a level moved to ("to $17.99 from"): "from 17 sites" is a source
_BASELINE_BEFORE = re.compile(
    r"(?:\b(?:vs\.?|versus|compared\s+(?:with|to)|against|(?:up|down|higher|lower|ris(?:e|es|ing)|rose|"
    r"f(?:all|alls|alling|ell))\s+from)|\bto\s+(?:[A-Z]{0,3}[$£€¥₹]|\d)[^;:]{0,60}?\sfrom)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|only|a|an|the|its|their|US)\s+)*$",
    re.I,
)
# "to pay down debt of about 140 million euros": the balance a plan reduces is there now, whatever the plan
_STOCK_REDUCED_BEFORE = re.compile(
    r"\b(?:pay(?:s|ing)?\s+(?:down|off)|paid\s+(?:down|off)|repa(?:y|ys|id|ying)|refinanc(?:e|es|ed|ing)|"
    r"clear(?:s|ed|ing)?|servic(?:e|es|ed|ing))\s+(?:(?:its|their|the|a|an|some|part\s+of|all)\s+)*"
    r"(?:[a-z-]+\s+)?(?:debts?|borrowings?|liabilities|arrears|backlog|loans?|bonds?)\s+of\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|close\s+to|an\s+estimated)\s+)*$",
    re.I,
)
# A clause with its own subject and a verb in the present or past starts after the future of the one before:
# "..., and Dublin has set aside €14.2 billion", "road repairs, which have a backlog of £30 million"
# (it ends before the verb, so "is set to", "has been forecast" after it are still read as cues)
_OWN_TENSE = re.compile(
    r"(?:[,;]\s*(?:(?:and|but|while|whereas)\s+)?|\s(?:and|but|while|whereas)\s+)"
    r"(?!(?:and|but|while|whereas|will|would|could|may|might|should|must|shall|to|not|also|has|have|had|is|are|"
    r"was|were)\s)"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|[a-z]+|"  # "Dublin", "the central bank", "it", "sales"
    r"(?:the|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}[a-z]+|"
    # a possessive's noun: "last year's hottest day", "Spain's previous record", "this year's"
    r"(?:[a-z]+\s+)?[A-Za-z]+['’]s(?:\s+(?:[a-z-]+\s+){0,2}[a-z]+)?)\s+(?=(?:has|have|had|is|are|was|were)\s)"
    r"|\b(?:which|who|that)\s+(?:now\s+|already\s+|currently\s+)?(?=(?:has|have|had|is|are|was|were)\s)"
    # a relative of the past: "..., which signed a $218m contract in 2024" (its own tense, whatever came before)
    r"|,\s*(?:which|who)\s+(?=[a-z]{3,}ed\s)"
    # a pronoun and a verb of its own after a break: "..., but it represents a decline of 5%"
    r"|(?:[,;]\s*(?:and|but|while|whereas)\s+|\s(?:but|while|whereas)\s+)(?:it|he|she|they|we|this)\s+"
    r"(?=[a-z]{2,}(?:s|ed)\s)"
    # a clause of the past after a subordinator: "will close 34 stores after the group reported a 10% fall"
    r"|\b(?:after|because|since|as|when|following)\s+(?:[\w'’&-]+\s+){1,4}?(?=(?:was|were|had|[a-z]{3,}ed)\s)"
)
# "close 34 of its 212 stores": the whole a part is taken from is there now, whatever is planned for the part
_PARTITIVE_TOTAL_BEFORE = re.compile(r"\b\d[\d,.]*\s+(?:[a-z]+\s+)?of\s+(?:its|the|their|his|her|our)\s+$")
_RANGE_SURFACE = re.compile(r"\d[^\d]*?(?:\sto\s|\sand\s|[-–—]).*?\d")


def _governed_from(sentence: str, start: int, end: int) -> int:
    """Where the text whose forecast cues govern the quantity at [start, end) begins.

    A baseline, a balance being reduced or a partitive's whole is the level now: no cue before it governs it
    ("from $15.99", "34 of its 212 stores"; a range,
    "from $15.49 to $17.99", is the move itself). Otherwise the cues after the last clause of its own tense.
    """
    level_now = (
        _BASELINE_BEFORE.search(sentence, max(0, start - 40), start)
        or _STOCK_REDUCED_BEFORE.search(sentence, max(0, start - 120), start)
        or _PARTITIVE_TOTAL_BEFORE.search(sentence, max(0, start - 30), start)
        or _PAST_OWNER_BEFORE.search(sentence, max(0, start - 40), start)
    )
    if level_now and not _RANGE_SURFACE.search(sentence, start, end):
        return start
    own = max((m.end() for m in _OWN_TENSE.finditer(sentence, 0, start)), default=0)
    return max(own, _past_subordinate_start(sentence, start, end))


# "more than double last year's $3.4 billion": a figure owned by a past period is a result, whatever is predicted
# (a year named owns it too: "based on its 2025 revenue of £5.2bn"; a year still to come makes it a forecast anyway,
# by its period)
_PAST_OWNER_BEFORE = re.compile(
    r"(?:\b(?:last|previous|prior)\s+(?:year|quarter|month|season|week)['’]s\s+(?:[a-z-]+\s+)?"
    r"|\b(?:its|their|his|her|the|[A-Z][\w&-]*['’]s)\s+(?:fiscal\s+)?(?:19|20)\d\d\s+[a-z-]+\s+(?:[a-z-]+\s+)?"
    r"(?:of\s+)?(?:(?:about|around|roughly|nearly|some)\s+)?)(?:[A-Z]{0,3}[$£€¥₹])?$",
    re.I,
)
# A subordinate clause holding the figure, its verb in the past after it: "..., after a deficit of 4.6% of GDP left
# it short of its target" (the cue of the main clause before it, "will find", governs none of it)
# ("as much as £208m", "as many as 300": a bound, no subordinate clause)
_AS_BOUND = r"(?<!much\s)(?<!many\s)(?<!high\s)(?<!far\s)(?<!long\s)as(?!\s+(?:much|many|high|low|far|long)\s+as\b)"
_SUBORDINATOR = re.compile(rf"\b(?:after|because|since|{_AS_BOUND}|when|following)\s+(?:[a-z-]+\s+){{0,4}}$")
_PAST_VERB_AFTER = re.compile(
    r"^[^,;:]{0,60}?\s(?:was|were|had|left|fell|rose|came|went|grew|hit|took|made|saw|showed|put|[a-z]{3,}ed)\b"
)


def _past_subordinate_start(sentence: str, start: int, end: int) -> int:
    """Where a subordinate clause of the past that holds the figure begins (``_SUBORDINATOR``), else 0."""
    head = sentence[max(0, start - 60) : start]
    if "," in head:
        head = head[head.rindex(",") :]  # the figure's own clause only
    if _SUBORDINATOR.search(head) is None or not _PAST_VERB_AFTER.match(clause_after(sentence, end)):
        return 0
    return start


# Words one of which every match of ``_FORECAST`` (and ``_ESTIMATE_BEFORE``, "estimate" or "expect") holds, "by"
# aside: "by 2027" also needs "20" or "2100".
_FORECAST_WORDS = re.compile(trie_pattern([  # a trie, as ``_HEDGE_WORDS``
    "will", "would", "could", "might", "may", "expect", "forecast", "project", "predict", "guidance", "outlook", "set",
    "track", "anticipat", "target", "aim", "plan", "next", "guided", "goal", "estimate", "pencil", "promis", "pledg",
    "vow", "committed",
]))  # fmt: skip


@lru_cache(maxsize=256)
def _may_forecast(sentence: str) -> bool:
    """Whether ``_FORECAST`` can match anywhere in the sentence (cached: its claims ask in turn); most cannot."""
    return _forecast_screen(sentence)


def _forecast_screen(text: str) -> bool:
    """Whether ``_FORECAST`` can match in ``text``: one of its words is there, or "by" and a year's "20"."""
    lower = lowered(text)
    if lower is None or _FORECAST_WORDS.search(lower):
        return True
    return "by" in lower and ("20" in text or "2100" in text)


_CLAUSE_END = re.compile(r"[;,:—–]|\s(?:and|but|while|whereas)\s|$")
# ``_CLAUSE_END`` but for "$", starting with a character class: ``re`` skips to the next mark or space at C speed
# instead of trying three branches at every position. The branch after the first character is the one its class
# chose (the classes are disjoint), so the matches are the same; the end of the text is handled apart.
_CLAUSE_MARK = re.compile(r"[;,:—–\s](?:(?<=[;,:—–])|(?<=\s)(?:and|but|while|whereas)\s)")


# "vs. $1.71 expected", "versus $2.9B in Q3 2025": the figure compared with, and what its words say of it
_VERSUS_FIGURE = re.compile(r"\s(?:vs\.?|versus|compared\s+(?:with|to))\s+(?:[A-Z]{0,3}[$£€¥₹]|\d)", re.I)


# A subordinate clause with a verb of its own: "fell 10% to £118m after the company warned that profit would fall
# short" (its "would" is no hedge on the 10%)
_SUBORDINATE = re.compile(
    r"\s(?:after|because|although|though|since|when|unless|before|as)\s+(?:[\w'’&-]+\s+){1,4}?"
    r"(?:has|have|had|was|were|is|are|said|says|warned|warns|[a-z]{3,}ed)\b"
)


def clause_after(sentence: str, end: int) -> str:
    """The rest of the figure's clause: up to a clause break or a subordinate clause, or to another figure it is
    compared with."""
    m = _CLAUSE_MARK.search(sentence, end)
    if m is not None:
        stop = m.start()
    else:  # "$": the end, or just before a newline that ends the text
        n = len(sentence)
        stop = n - 1 if min(max(end, 0), n) < n and sentence.endswith("\n") else n
    clause = sentence[end:stop]
    if "(" in clause:  # "118,400 (Q3 2025: 96,300)": the bracket is the earlier period's figure
        bracket = _COMPARATIVE_OPEN.search(sentence, end)
        clause = clause[: bracket.start() - end] if bracket and bracket.start() < stop else clause
    sub = _SUBORDINATE.search(clause)
    clause = clause[: sub.start()] if sub else clause
    if "vs" in clause or "ersus" in clause or "ompared" in clause:  # most clauses compare nothing
        versus = _VERSUS_FIGURE.search(clause)
        clause = clause[: versus.start()] if versus else clause
    return clause


# A bracket opening on a label and a colon: "(Q3 2025: 96,300)", "(2024: £4.8m)", an earlier period's figure
_COMPARATIVE_OPEN = re.compile(r"\s*\((?=[^():]{1,30}:)")
_COMPARATIVE_LABEL_BEFORE = re.compile(r"\([^():]{1,30}:\s*$")
# A date right after a figure: "from 39.8 in 2021" (a base with a date of its own; "from 4.4% a month earlier" is
# dated by the clause's month, a month before it)
_DATED_AFTER = re.compile(
    r"\s+(?:in|during|for|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:(?:19|20)\d\d|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Q[1-4]|(?:first|second|third|fourth)[\s-]+quarter)\b"
)


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause holding [start, end): from the last boundary before it to the next after it.

    The figure a move is measured from ("to 41.3 from 39.8 in 2021") and an earlier period's figure in brackets
    ("118,400 (Q3 2025: 96,300)") have a clause of their own: from the figure, or from the bracket, on.
    """
    label = _COMPARATIVE_LABEL_BEFORE.search(sentence, max(0, start - 34), start)
    if label:
        close = sentence.find(")", end)
        return sentence[label.start() : close + 1 if close >= 0 else len(sentence)]
    if _DATED_AFTER.match(sentence, end) and _BASELINE_BEFORE.search(sentence, max(0, start - 40), start):
        return sentence[start:end] + clause_after(sentence, end)
    head = sentence[:start]
    if head.endswith("\n") or start > len(sentence):  # where "$" can match before ``start``: read as written
        before = [m.end() for m in _CLAUSE_END.finditer(head) if m.end() < start]
    else:  # "$" only matches at the end of ``head``, which is no boundary before ``start``
        before = [m.end() for m in _CLAUSE_MARK.finditer(head) if m.end() < start]
    first = max(before) if before else 0
    return sentence[first:start] + sentence[start:end] + clause_after(sentence, end)
