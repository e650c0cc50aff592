"""Direct quotations and who said them.

A quotation is text between curly or straight double quotes, in one paragraph, long enough to be speech rather
than a title or a scare-quoted phrase. Its speaker is read from the attribution around it ("X said", "said X,
title of Y", "X stated/noted/revealed", "according to X"); "he"/"she" and a bare surname point back to the last
named speaker or person; a quotation with no attribution that follows one of the same speaker continues it.
Unnamed speakers ("an anonymous visual effects artist") are kept as written, a name or possessive inside them
included ("a spokesperson for the Tottori prefectural government", "the state's civil defence agency");
"According to X, <appositive>, the deal "..."" credits X.

"He said" and an unattributed quotation after narration point to the subject of the nearest sentence before the
quotation that names a person (its first person, outside quotation marks, whose first name does not contradict
the pronoun): news copy introduces a speaker and then quotes them ("Richards also points out ... 'The heat
stress ...,' he said."), and the last *speaker* is often someone else. A subject that is a role ("The home
secretary said") is the person the text gave that title ("Home Secretary Charles Clarke"), else the role as
written; "President Castro's chief aide said" is the aide. Words quoted inside reported speech ('X said ... to
"ensure we can know everybody"') are the reporting sentence's subject's.

Further forms: a quotation left open at the end of its paragraph runs to that paragraph's end (news copy reopens
the next paragraph of a long quotation without closing the previous one; curly “ as well as straight marks);
British single marks ‘...’ are quotation marks (’ before a letter is an apostrophe); '"...," X, role, said' and
'... "fragment" ..., X said in ...' (the attribution ending the quotation's sentence) name the speaker; "Doug
Williams of BT" and "Secretary of State Mike Pompeo" are "Doug Williams" and "Mike Pompeo"; a deputy, vice or
shadow holder does not hold the title itself; a role nobody is given ("the prime minister told ...") is the person
who opens the sentence before it ("Tony Blair has dismissed ..."), else the role as written; "he said" after
"X said ..., but Y rejected ..." is Y, the subject of the last clause. Quotations of four or more words count, but
one under six words that is not a full sentence needs a speaker (else it is a title, slogan or term).

Straight single marks ('...', UK and Indian copy) are quotation marks only where they cannot be apostrophes (an
opener after a space, colon or bracket and before a letter or number, not an elision: 'n', '90s, 'em; a closer after
speech punctuation, before punctuation, or before a conjunction or say-verb: "the players' union" is no closer), and
such a span counts only with a speaker named around it, the reported speech it sits in, or one carried over to a
span opening its own sentence, and not when it is a Title In Capitals. "She said" with no person the entity stage
found in its paragraph is the name the paragraph gives as a say-verb's subject ("Longtime moviegoer Ellen Park, 67,
said ..."); "said Tromsø mayor Gunnar Wilsgård" is Gunnar Wilsgård; "Priya Raman over at Meridian put it best:"
credits the name opening the clause; "an airline rep telling me, ..." (after a comma, "with" or "remember") is kept
as written.

A speaker left as a short mention ("Berg", "Mr Berg") is given as the full name the entity stage folds it into
("Jonas Berg"), wherever in the article that name is written, so the quotes and entities tables agree; a surname
two people of the article share stays short. A name written family name first ("Lin Hao" ... "Lin said") is
found by its first word when no full name ends in it.

Unnamed speakers may put an adjective before a name ("a senior Fianna Fáil official", "one former Harrow captain")
and name a body with "and" in it ("an official at the Food and Drug Administration"); "Another added:" is a
speaker of its own, not the one quoted before. "X, who ... [commas and names] ..., told the Mail:" credits X; a
colon after a short clause credits its subject whatever the verb ("Her deputy, Pearse Lynch, went further:");
"The ... Agency (MHRA) said" is MHRA. A partial quotation after a speech verb ('said it would act "as quickly as
possible"') counts like any other: four words or more; a shorter one ('said she was "proud beyond words"') is left
out even after a speech verb, as it cannot be told from a scare-quoted term (the gold files label none).
"According to director Aya Tanabe" credits the name after the role, "according to analysts" the people a plural
noun names (not "according to figures"); "Tollard's spokesman said" is the spokesman, and "analysts at Barclays"
the analysts, not the bank.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

import pandas as pd

from pipeline.collector import paused_gc
from pipeline.stages.entities import UPPER, person_mentions
from pipeline.stages.entity_lexicon import PERSON_TITLES
from pipeline.stages.text_blocks import FOLDS_TO_ASCII_RE

QUOTE_COLUMNS = ["article_id", "quote", "speaker", "char_start", "char_end"]

_VERBS = (
    r"(?:said|says|say|stated|states|noted|notes|added|adds|explained|explains|told|tells|revealed|reveals|"
    r"commented|comments|wrote|writes|argued|argues|insisted|insists|warned|warns|continued|continues|"
    r"remarked|acknowledged|acknowledges|claimed|claims|declared|asked|asks|replied|tweeted|posted|admitted|"
    r"admits|recalled|recalls|observed|emphasized|emphasised|stressed|pointed out|concluded|suggested|"
    r"believes|thinks|announced|confirmed|conceded|joked|quipped|urged|predicted|responded|shared|put it|"
    r"puts it|maintained|contended|cautioned|described(?: it)? as|called it|calling it|"
    r"called|calls|describes|described|wrote in \w+(?: \w+)?|"
    r"explained to \w+|told \w+(?: \w+)?)"
)
_U = f"[{UPPER}]"  # any capital, "Émilie" and "Ørjan" too (``entities.UPPER``)
_NAME = (
    rf"(?:{_U}[\w'’.\-]*(?:\s+(?:(?:de|van|von|der|al|bin|da|di|le|la|of|of the|for)\s+)?{_U}[\w'’\-]*){{0,6}})"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
# (a surname may open with a particle: "Pieter van Dijk", "Ana de la Cruz")
_FULL_NAME = (
    rf"{_U}[\w'’\-]*(?:\s+(?:(?:van|von|de|der|den|la|le|da|di|du|ter|bin|al)\s+){{0,2}}(?:{_U}\.|{_U}[\w'’\-]*)){{1,3}}"
)
_UNNAMED = (
    r"(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    # an adjective, a name and the head noun ("a senior Fianna Fáil official", "one large Norvane shareholder"), tried
    # first: the plain description below would end at the adjective ("one large"); not a phrase ("a motion by Mr
    # Jackson's lawyers"), a name with an adverb ("an angry Beattie initially said") nor a day ("a spokesman Tuesday
    # night")
    r"(?:(?:(?!(?:by|of|in|at|on|for|from|with|to|and|or)\s)[a-z][\w\-]*\s+){1,2}"
    r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’\-]*\s+(?:(?:for|of|and)\s+)?){1,4}"
    r"(?![a-z]\w+ly\b|(?:later|then|also|once|still|again|now|has|had|was|is|will|would)\b)[a-z][\w\-]*(?:['’]s)?"
    # or a plain description: "a senior official", "its authors", "A Department for Education and Skills source", "a
    # White House aide"
    r"|(?:[A-Z][\w'’\-]*\s+(?:(?:for|of|and|the)\s+)?){0,5}[a-z0-9][\w\-]*(?:['’]s)?)"
    # after the head noun: plain words ("the state's civil defence agency") and a named body after for/of/at/from/in
    # ("a spokesperson for the Tottori prefectural government", "an official at the Food and Drug Administration",
    # "the chief executive of one British homeware chain"): a name inside the description does not end it
    r"(?:\s+(?:(?:for|of|at|from|in)\s+(?:(?:the|an?|one|its|their)\s+)?"
    r"(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|&|and(?=\s+[A-Z]\S*\s+[A-Z]))\s+)?){0,3}"
    r"[A-Z][\w'’\-]*"
    r"|[a-z][\w\-]*(?:['’]s)?)){0,6})"
)
_ROLE_BEFORE_NAME = re.compile(
    r"^\s*,?\s*(?:said|says|added|explained|noted|according to)\s+(?:[\w'’\-]+\s+){0,4}?(?:spokes(?:man|woman|person)|"
    r"executive|director|president|chairman|chairwoman|analyst|minister|secretary|official|manager|chief|founder|"
    r"boss|coach|professor|economist|researcher|lawyer|attorney|leader|officer|editor|correspondent|"
    r"commissioner|governor|senator|mp|ceo|captain|striker|midfielder|defender|winger|goalkeeper|keeper|star|"
    r"referee|singer|actor|actress|director|producer|author|owner|partner|head)\s*,?\s+(?P<speaker>"
    rf"{_U}[\w'’\-]*(?:\s+{_U}[\w'’\-]*){{1,3}})"
)
_LEAD_WORD_RE = re.compile(
    r"^(?:(?:But|And|However|Yet|So|Then|Now|Meanwhile|Also)\b,?\s+|[A-Z][\w.-]*['’]s\s+(?=[A-Z]))"
)
_APPOSITION = r"[^,“”\"\n]{2,90}"  # what stands between the commas after a speaker
_APPOSITIVE = rf"(?:,\s+{_APPOSITION},)?"
# the same, the apposition captured: "The judge, Miriam Ashcroft, said ..." names the role's holder
_NAMED_APPOSITIVE = rf"(?:,\s+(?P<appos>{_APPOSITION}),)?"
_FULL_NAME_RE = re.compile(rf"{_U}[\w'’\-]+(?:\s+{_U}[\w'’.\-]*){{1,3}}")
_UNNAMED_CUT_RE = re.compile(
    r"\s+(?:who|whose|which|that|familiar|with|at|in|from|on|for|working|based|close|involved|speaking|"
    r"said|says|told|telling|saying|added|noted|stated|commented|explained|revealed|wrote|asked|when|while|during|to|"
    r"also|has|had|recently|later|then)\b.*$"
)
_TITLE_PREFIX_RE = re.compile(
    r"^(?:(?:co-)?(?:ceo|cfo|coo|cto|president|vice president|chairman|chairwoman|chief executive|director|"
    r"minister|senator|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|professor|sir|gov\.?|governor|sen\.?|rep\.?|"
    r"judge|coach|mayor|general|gen\.?|chancellor|secretary|spokesman|spokeswoman|spokesperson)\s+)+",
    re.I,
)
# "Another added:", '"...," one said': one more of the people just quoted, a speaker of its own (not the last one)
_BARE_UNNAMED = r"(?:\b(?:[Aa]nother|[Oo]thers|[Oo]ne)\b)"
_BARE_UNNAMED_WORDS = frozenset({"another", "others", "one"})
_ROLE_WORDS = (
    r"(?:spokes(?:man|woman|person)|executive|director|president|chairman|chairwoman|analyst|minister|secretary|"
    r"official|manager|chief|founder|boss|coach|professor|economist|researcher|lawyer|attorney|leader|officer|"
    r"editor|correspondent|commissioner|governor|senator|ceo|captain|striker|midfielder|defender|winger|"
    r"goalkeeper|keeper|referee|singer|actor|actress|producer|author|owner|partner|head|aide|adviser|advisor)"
)
# Nouns for people: role words, agent nouns ("gardener", "pensioner", "scientist", "resident") and a few others
_PERSON_NOUN_RE = re.compile(
    rf"{_ROLE_WORDS}|[a-z]{{3,}}(?:er|or|ist|ian|ent|ant)|(?:wo)?man|mother|father|mum|dad|girl|boy|teenager|"
    r"student|pupil|widow|widower|nurse|patient|neighbour|neighbor|parent|local|fan|witness"
)
# Agent-shaped nouns that name things, not people
_NOT_PERSON_NOUNS = frozenset(
    {"number", "letter", "water", "river", "computer", "power", "paper", "order", "quarter", "matter", "centre"}
    | {"center", "border", "corner", "report", "statement", "agreement", "document", "event", "element", "error"}
    | {"investment", "payment", "government", "department", "parliament", "sector", "factor"}
)
# "according to analysts", "according to industry insiders": people named by a plural noun for them alone (an agent
# noun's shape, as ``_PERSON_NOUN_RE``), never a thing ("according to documents", "according to figures")
_PEOPLE_PLURAL = (
    rf"(?:[a-z][\w\-]*\s+)?(?!(?:{'|'.join(sorted(_NOT_PERSON_NOUNS))})s\b)"
    rf"(?:{_PERSON_NOUN_RE.pattern}|expert|source|critic)s\b"
)
_PEOPLE_PLURAL_RE = re.compile(_PEOPLE_PLURAL)
# "Tollard's spokesman", "Acme's chief executive": a role held at a named person or body, who speaks (not the owner)
_POSSESSIVE_SPEAKER = (
    rf"(?:{_U}[\w'’.\-]*\s+){{0,2}}{_U}[\w'’\-]*['’]s\s+(?:[a-z][\w\-]*\s+){{0,2}}{_ROLE_WORDS}\b"
)
# "Lawyers for the company", "officials at the Home Office", "analysts at Barclays": people named by their plural
# role and whom they act for, with no determiner (``_UNNAMED`` needs one, and would leave "the company" as the speaker)
_GROUP_SPEAKER = (
    r"\b(?:[Ll]awyers|[Aa]ttorneys|[Oo]fficials|[Ss]ources|[Rr]epresentatives|[Ss]pokespeople|[Aa]ides|"
    r"[Pp]rosecutors|[Ii]nvestigators|[Ee]xecutives|[Dd]irectors|[Aa]nalysts|[Ee]conomists|[Ee]xperts)\s+"
    r"(?:for|of|at|from|representing|close\s+to)\s+"
    rf"(?:the\s+|an?\s+)?[\w'’\-]+(?:\s+(?:of\s+|for\s+)?{_U}[\w'’\-]*){{0,3}}"
)
_GROUP_SPEAKER_RE = re.compile(_GROUP_SPEAKER)
_SPEAKER = rf"(?P<speaker>{_GROUP_SPEAKER}|{_POSSESSIVE_SPEAKER}|{_NAME}|{_PRONOUN}|{_UNNAMED}|{_BARE_UNNAMED})"
# Whom "according to" names: the name after a role ("according to director Aya Tanabe", "according to Acme president
# Jo Bell": the person, not the title) or, besides ``_SPEAKER``'s forms, people named by a plural noun alone
_ACCORDING_ROLE = rf"(?:(?:{_U}[\w'’\-]*\s+){{0,3}}(?:[a-z][\w\-]*\s+){{0,2}}(?i:{_ROLE_WORDS})\s+(?={_U}))?"
_ACCORDING_SOURCE = (
    rf"{_ACCORDING_ROLE}(?P<speaker>{_GROUP_SPEAKER}|{_POSSESSIVE_SPEAKER}|{_NAME}|{_PRONOUN}|{_UNNAMED}|"
    rf"{_BARE_UNNAMED}|{_PEOPLE_PLURAL})"
)

_AFTER_VERB_FIRST = re.compile(rf"^\s*,?\s*{_VERBS}\s+{_SPEAKER}")
_AFTER_SPEAKER_FIRST = re.compile(
    rf"^\s*,?\s*{_SPEAKER}\s+(?:(?:also|later|then|has|had|once|previously)\s+)?{_VERBS}\b"
)
_AFTER_ROLE_NAME_VERB = re.compile(
    rf"^\s*,?\s*(?:[A-Z][\w'’.\-]*\s+){{0,4}}{_ROLE_WORDS}\s+(?P<speaker>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’.\-]*){{1,3}})"
    rf"\s+(?:(?:also|later|then)\s+)?{_VERBS}\b"
)
_AFTER_ACCORDING = re.compile(rf"^\s*,?\s*(?:according to|per)\s+{_ACCORDING_SOURCE}")
# What may follow a say-verb before a quotation opens: a few words ("told reporters on Monday"), "that" and the
# start of the reported clause ("told reporters at the training ground that his client had": group "reported"), a
# colon
_SAID_TAIL = r"(?:\s+[\w'’\-]+){0,6}?(?:\s+that(?P<reported>(?:\s+[\w'’\-]+){0,8}?))?\s*[:,]?\s*$"
_BEFORE_SPEAKER_VERB = re.compile(
    rf"{_SPEAKER}{_NAMED_APPOSITIVE}\s+(?:(?:also|later|then|has|had|once|previously|recently|simply)\s+)?{_VERBS}"
    + _SAID_TAIL
)
# 'A spokeswoman declined to comment on the figures but said the company was "working closely with regulators"':
# the speaker opens the sentence, and "said" is the second of its coordinated verbs; an apposition may follow the
# speaker ("Dr Ana Ruiz, head of the nurses' union, welcomed the offer but said it was "...")
_BEFORE_COORDINATED = re.compile(
    rf"^\s*(?P<speaker>(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w'’\-]*\s+){{0,3}}(?:[a-z][\w\-]*\s+)?{_ROLE_WORDS}|{_NAME})"
    rf"{_APPOSITIVE}\s+"
    rf"(?:[a-z][\w'’\-]*\s+){{1,10}}?(?:but|and)\s+(?:also\s+)?{_VERBS}" + _SAID_TAIL
)
_SAID_JUST_BEFORE = re.compile(rf"[,”\"'’]\s+{_SPEAKER}\s+(?:said|says|added|adds|told \w+(?: \w+)?)\.\s*$")
# '..., an airline rep telling me on the phone, "..."': an unnamed speaker opening a participle clause (after a comma,
# "with" or a verb of perceiving; "backed the proposals saying" and "quoted in the Herald saying" name no speaker)
_BEFORE_UNNAMED_PARTICIPLE = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:with|remember|remembered|recall|recalled|hear|heard|see|saw|had|got)\s+)"
    rf"(?P<speaker>{_UNNAMED})\s+(?:telling|saying)(?:\s+[\w'’\-]+){{0,6}}?\s*[:,]?\s*$"
)
# 'Priya Raman over at Meridian put it best: "..."': a lead-in ending in a colon credits the name opening its
# clause, not the organisation nearer the verb (the words in between hold no other say-verb, checked in code)
_BEFORE_NAME_LEAD_IN = re.compile(
    rf"(?:^|[;]\s+)\s*(?:(?:But|And|However|Meanwhile|Yet),?\s+)?(?P<speaker>{_FULL_NAME})"
    rf"(?P<middle>\s+(?P<first>[a-z][\w'’\-]*)(?:\s+(?:[a-z][\w'’\-]*|[A-Z][\w'’&.\-]*)){{0,7}}?)\s+"
    r"(?:put it|puts it|summed it up|sums it up|summed up|explained|explains|wrote|writes|said|says|noted|added|"
    r"told \w+(?: \w+)?)(?:\s+[\w'’\-]+){0,3}?\s*:\s*$"
)
# 'Her deputy, Pearse Lynch, went further: "..."', 'Jane Ortiz was blunt: "..."': a quotation after a colon is the
# words of the subject of the short clause before it, whatever its verb; the named holder of a role ("Her deputy,
# X,") or a full name opening the sentence (checked to be a person in code). Not when the subject receives the words
# ("X was asked:", "X received a letter:").
_BEFORE_COLON_CLAUSE = re.compile(
    r"^\s*(?:(?:But|And|However|Meanwhile|Yet),?\s+)?(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[A-Z][\w\-]*['’]s)"
    rf"(?:\s+[a-z][\w'’\-]*){{1,4}},\s+(?P<appos>{_FULL_NAME}),|(?P<speaker>{_FULL_NAME}))"
    r"\s+(?P<pred>[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,3})\s*:\s*$"
)
_RECEIVES_RE = re.compile(
    r"\b(?:asked|told|quoted|reminded|informed|handed|sent|given|shown|read|heard|received|got)\b"
)
_SAY_WORD_RE = re.compile(rf"\b{_VERBS}\b|\b(?:and|but|who|which|that)\b")
_BEFORE_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+{_ACCORDING_SOURCE}(?:\s+{_VERBS}(?:\s+it)?)?\s*,?\s*$")
# 'According to Sarah Elmaleh, chair of the committee, the deal "is not perfect"': the source the sentence names
# with "according to" speaks the words it quotes, after a clause of its own (no other quotation in between)
_BEFORE_ACCORDING_CLAUSE = re.compile(
    rf"\b[Aa]ccording to\s+{_ACCORDING_SOURCE}(?:,\s+{_APPOSITION})?,\s+[^“”\"]{{0,160}}$"
)
_SENTENCE_REST_RE = re.compile(r"[^.!?\"“”\n]{0,200}[.!?]")
_SENTENCE_END_SAID_RE = re.compile(
    rf",\s+(?P<speaker>{_NAME}|{_PRONOUN})\s+(?:(?:also|later|then)\s+)?{_VERBS}\b[^,.!?]{{0,80}}[.!?]$"
)
_BEFORE_AS = re.compile(rf"\b[Aa]s\s+{_SPEAKER}\s+{_VERBS}(?:\s+it)?\s*,?\s*$")  # 'as X put it, "..."'
# “...” (an opener with no closer in its paragraph runs to the paragraph's end or the next opener), «...», „...“ and
# British single marks ‘...’ (a ’ followed by a letter is an apostrophe inside the quotation)
_MARKED_QUOTE_RES = (  # (opening mark, pattern): a pattern runs only on texts holding its mark
    ("“", re.compile(r"“([^“”\n]+)(?:”|(?=[\n“])|$)")),
    ("«", re.compile(r"«\s*([^«»]+?)\s*»")),
    ("„", re.compile(r"„([^“”„]+)[“”]")),
    ("‘", re.compile(r"‘((?:[^‘’\n]|’(?=\w))+)’(?!\w)")),
)
_OPEN_BEFORE = set("([{—–-:;,'‘") | {"\n", " ", "\t"}
_CLOSE_AFTER = set(".,;:!?)]}—–-'’") | {"\n", " ", "\t"}


# Patterns used per quotation or per speaker, compiled once here rather than looked up in re's cache per call.
_STRAIGHT_QUOTE_RE = re.compile('"')
_SPEECH_END_RE = re.compile(r"[.!?,…]\s*$")
_TRAILING_PRONOUN_RE = re.compile(r"\b(?:and|but|so|then)\s+(he|she|they)$")
_NOT_ONE_SPEAKER_RE = re.compile(r"\b(?:and|or|but)\s+[a-z]|\b(?:he|she|they|it|we|i|you)\b")
_POSSESSIVE_END_RE = re.compile(r"['’]s$")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_OPENS_SENTENCE_RE = re.compile(r"[.!?:]\s*$")
_THE_ROLE_RE = re.compile(r"^[Tt]he\s+(.+)$")


def _straight_quotes(text: str):
    """Pairs of straight double quotes, judged by the characters around each mark.

    A mark after a space opens, one before a space or punctuation closes; a stray closer is ignored, and a new
    opener while one is open ends the open quotation there (news copy often opens each paragraph of a long
    quotation without closing the previous one). Quotations never cross a line break.
    """
    opener = None
    for m in _STRAIGHT_QUOTE_RE.finditer(text):
        i = m.start()
        prev = text[i - 1] if i else "\n"
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        can_open = prev in _OPEN_BEFORE and not nxt.isspace()
        can_close = not prev.isspace() and nxt in _CLOSE_AFTER
        if opener is not None and "\n" in text[opener:i]:
            # an opener with no closer in its paragraph runs to the paragraph's end: a quotation going on into the
            # next paragraph leaves its paragraph open ('said: "The research ... the rest.\n\n"A Conservative ...')
            end = len(text[: text.index("\n", opener)].rstrip())
            yield opener, end, opener + 1, end
            opener = None
        if opener is not None and can_close:
            yield opener, i + 1, opener + 1, i
            opener = None
        elif can_open:
            if opener is not None:
                end = len(text[:i].rstrip())
                yield opener, end, opener + 1, end
            opener = i
    if opener is not None:
        cut = text.find("\n", opener)
        end = len(text[: cut if cut >= 0 else len(text)].rstrip())
        yield opener, end, opener + 1, end


# Straight single marks ('...'): UK and Indian copy quotes speech with them, but the same mark is an apostrophe
# (don't, O'Neil, the players' union, the '90s, rock 'n' roll). An opener follows a space, colon, bracket or dash and
# comes before a letter (not an elision); a closer follows a non-space and comes before a space or punctuation, and
# either ends speech (the quotation ends in .,!?) or is followed by punctuation ('fair'.), so "players' union" is no
# closer. A second opener before any closer starts again there ('fair' price ... 'We ...,' she said).
_SINGLE_OPEN_BEFORE = set("([{—–-:;") | {"\n", " ", "\t"}
_SINGLE_CLOSE_AFTER = set(".,;:!?)]}—–") | {"\n", " ", "\t"}
_SINGLE_CLOSE_PUNCT = set(".,;:!?)]}—–")
_ELISION_RE = re.compile(r"'(?:n'|s\b|em\b|til\b|cause\b|bout\b|tis\b|twas\b|\d\ds?\b)", re.I)
# inside an open quotation, a mark after a letter and before a space that did not close it: an apostrophe or a
# closing scare quote, so the span cannot be trusted to run on to the next opener; nor over a double quotation mark
# ('Networks like ... revenue," it said. "Illegal ...": mixed marks, and the double quotations are the quotations)
_UNCLOSED_MARK_RE = re.compile(r"\S' |[\"“”]")
_SPEECH_END_CHARS = set(".,!?…")
# "... was 'a step in the right direction' and would pass": a conjunction or say-verb after the mark ends a quoted
# phrase; a possessive is followed by its noun ("the players' union")
_CLAUSE_GOES_ON_RE = re.compile(r" (?:and|but|or|as|because|while|when|which|said|says|according|he|she)\b")


def _open_single(text: str, opener: int, end: int) -> tuple[int, int, int, int] | None:
    """The quotation opened at ``opener`` and left open up to ``end`` (the next opener or the paragraph's end), when
    it ends a sentence and holds no mark that could have closed it, nor a double quotation mark ('...matters.\n\n'By
    ...,' she said.)."""
    end = len(text[:end].rstrip())
    inner = text[opener + 1 : end]
    if not inner.endswith((".", "!", "?")) or _UNCLOSED_MARK_RE.search(inner):
        return None
    return opener, end, opener + 1, end


def _single_quotes(text: str) -> Iterator[tuple[int, int, int, int]]:
    """Pairs of straight single quotes that look like quotation marks, within one paragraph (see above); as with
    double quotes, a quotation left open at a new opener or at its paragraph's end runs to there when it ends a
    sentence (news copy reopens each paragraph of a long quotation)."""
    opener = None
    at = text.find("'")
    size = len(text)
    while at >= 0:
        prev = text[at - 1] if at else "\n"
        nxt = text[at + 1] if at + 1 < size else "\n"
        if opener is not None and (cut := text.find("\n", opener, at)) >= 0:
            span = _open_single(text, opener, cut)  # a single-quoted quotation never runs on past its paragraph
            if span:
                yield span
            opener = None
        if (
            opener is not None
            and not prev.isspace()
            and nxt in _SINGLE_CLOSE_AFTER
            and (prev in _SPEECH_END_CHARS or nxt in _SINGLE_CLOSE_PUNCT or _CLAUSE_GOES_ON_RE.match(text, at + 1))
        ):
            yield opener, at + 1, opener + 1, at
            opener = None
        elif prev in _SINGLE_OPEN_BEFORE and nxt.isalnum() and not _ELISION_RE.match(text, at):
            span = _open_single(text, opener, at) if opener is not None else None
            if span:
                yield span
            opener = at
        at = text.find("'", at + 1)
    if opener is not None:
        cut = text.find("\n", opener)
        span = _open_single(text, opener, cut if cut >= 0 else size)
        if span:
            yield span


def _quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(outer start, outer end, inner start, inner end) of every quotation, in text order, without overlaps."""
    spans = [
        (m.start(), m.end(), *m.span(1))
        for mark, pattern in _MARKED_QUOTE_RES
        if mark in text
        for m in pattern.finditer(text)
        if mark != "‘" or not m.start() or not text[m.start() - 1].isalnum()
    ]
    if '"' in text:
        spans.extend(_straight_quotes(text))
    if "'" in text:
        spans.extend(_single_quotes(text))
    spans.sort()
    out: list[tuple[int, int, int, int]] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


_CONTACT_CLAUSE_RE = re.compile(r"\s+(?:I|we)\s+(?:spoke|talked|met|interviewed|asked)(?:\s+(?:to|with))?$")
_BAD_SPEAKERS = {"It", "This", "That", "There", "The", "We", "I", "You", "Here", "What", "Who"}


def _is_speech(inner: str) -> bool:
    """Speech, not a title or a scare-quoted term: several words, or a full sentence."""
    words = inner.split()
    return len(words) >= 4 or bool(len(words) >= 3 and _SPEECH_END_RE.search(inner.strip()))


# (a pure function of a short string, cached: the attribution rules test a match's speaker and then return it, and
# the same speakers and pronouns recur across quotations and articles)
@lru_cache(maxsize=8192)
def _clean_speaker(raw: str) -> str | None:
    speaker = raw.strip(" ,.;:")
    if speaker.endswith((" but", " and", " or")):
        return None  # "the figures but (said)": the end of another clause, not who speaks
    if speaker.lower() in ("he", "she", "they"):
        return speaker.lower()
    if _GROUP_SPEAKER_RE.fullmatch(speaker):
        return speaker  # "Lawyers for the company": kept whole, its plural role and whom they act for
    contact = _CONTACT_CLAUSE_RE.search(speaker)
    if contact and contact.start():
        # "One steward I spoke to": the reporter's own clause stays with the description ("I" is no name in it)
        head = _clean_speaker(speaker[: contact.start()])
        return head + contact.group() if head else None
    pronoun = _TRAILING_PRONOUN_RE.search(speaker)
    if pronoun:
        return pronoun.group(1)
    if speaker[:1].islower() or (
        speaker.split()[0] in ("A", "An", "One", "Another", "Some", "Its", "Their", "His", "Her")
        or (speaker.startswith("The ") and speaker[4:5].islower())
    ):
        tokens = speaker.split()
        caps = [k for k, t in enumerate(tokens) if k and t[:1].isupper()]
        keep = caps[-1] + 1 if caps else 1  # "A Department for Education and Skills source": its name stays whole
        head, tail = " ".join(tokens[:keep]), " ".join(tokens[keep:])
        speaker = (head + _UNNAMED_CUT_RE.sub("", " " + tail)).strip() if tail else head
        if _NOT_ONE_SPEAKER_RE.search(speaker):
            return None  # "a man and his wife", "a source close to him": not one speaker named
        lone = len(speaker.split()) < 2 and speaker.lower() not in _BARE_UNNAMED_WORDS
        if lone and not _PEOPLE_PLURAL_RE.fullmatch(speaker):  # ("analysts" after "according to")
            return None
    else:
        speaker = tidy_name(speaker)
    speaker = _POSSESSIVE_END_RE.sub("", speaker)
    if not speaker or speaker in _BAD_SPEAKERS:
        return None
    return speaker


_DESCRIPTOR = r"(?:(?:[A-Z]\.)+|[\w'’\-]+)"  # "planetary geologist", "JPL scientist and study co-author", "U.S."
# '..." said planetary geologist Rosaly Lopes of NASA', '..." JPL scientist and study co-author Michael Malaska said'
_AFTER_VERB_DESC_NAME = re.compile(rf"^\s*,?\s*{_VERBS}\s+(?:[a-z][\w'’\-]*\s+){{1,4}}(?P<speaker>{_FULL_NAME})\b")
_AFTER_DESC_NAME_VERB = re.compile(
    rf"^\s*,?\s*(?:{_DESCRIPTOR}\s+){{1,6}}?(?P<speaker>{_FULL_NAME})\s+(?:(?:also|later|then)\s+)?{_VERBS}\b"
)
# '"I'm so happy," a tearful Claxton told BBC Sport.' ("a farmer in Nashik told": after a preposition, a place)
_AFTER_DESC_SURNAME_VERB = re.compile(
    r"^\s*,?\s*(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w'’\-]*\s+){1,3}(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bfrom\s)"
    rf"(?<!\bnear\s)(?<!\bfor\s)(?P<speaker>{_U}[\w'’\-]+)\s+{_VERBS}\b"
)
# '"It is like going back to 1985," one senior nurse, who asked not to be named, told the Herald.': an unnamed
# speaker and a relative clause about them before the verb
_AFTER_UNNAMED_RELATIVE_VERB = re.compile(
    rf"^\s*,?\s*(?P<speaker>{_UNNAMED}),\s+(?:who|whose)\b[^,“”\"\n]{{2,90}},\s+(?:(?:also|later|then)\s+)?{_VERBS}\b"
)
# '"These figures show ...," Peter Williams, CML deputy director, said.'
_AFTER_NAME_APPOSITIVE_VERB = re.compile(
    rf"^\s*,?\s*(?P<speaker>{_NAME}),\s+[^,“”\"\n]{{2,90}},\s+(?:(?:also|later|then)\s+)?{_VERBS}\b"
)
# '"We had fishermen out all night," said Tromsø mayor Gunnar Wilsgård': a place or body before a lower-case role
# (checked to be a title in code) and then the name; "said Tromsø" alone is not the speaker
_AFTER_VERB_PLACE_ROLE_NAME = re.compile(
    rf"^\s*,?\s*{_VERBS}\s+(?:[A-Z][\w'’\-]*\s+){{1,3}}(?P<role>(?:[a-z][\w'’\-]*\s+){{0,2}}[a-z][\w'’\-]*)\s+"
    rf"(?P<speaker>{_FULL_NAME})\b"
)
# A description that a name in apposition after it identifies: a determiner or a possessive, then words with a
# lower-case one among them ("the company's chief medical officer", "Acme's chief executive", "The governor of West
# Virginia")
_DESCRIPTION = (
    r"(?<![\w'’\-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|"
    r"(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*(?:['’]s|s['’]))(?=[^,“”\"\n]*\s[a-z])\s+[^,“”\"\n]{1,80}?"
)
# '"...," the company's chief medical officer, Dr Samuel Achterberg, said': the name, not the description
_AFTER_DESCRIPTION_NAME_VERB = re.compile(
    rf"^\s*,?\s*{_DESCRIPTION},\s+(?P<speaker>{_FULL_NAME}),\s+(?:(?:also|later|then)\s+)?{_VERBS}\b"
)
_AFTER_PATTERNS = (
    _AFTER_DESCRIPTION_NAME_VERB,
    _AFTER_VERB_PLACE_ROLE_NAME,
    _ROLE_BEFORE_NAME,
    _AFTER_ROLE_NAME_VERB,
    _AFTER_VERB_FIRST,
    _AFTER_SPEAKER_FIRST,
    _AFTER_ACCORDING,
    _AFTER_VERB_DESC_NAME,
    _AFTER_DESC_NAME_VERB,
    _AFTER_DESC_SURNAME_VERB,
    _AFTER_NAME_APPOSITIVE_VERB,
    _AFTER_UNNAMED_RELATIVE_VERB,
)


# 'Okoro, who lives in Malibu with her husband, the director Sam Reyes, 41, told the Mail: "..."': the subject
# opening the sentence speaks, not a name inside the relative clause between it and the verb (commas and all); so
# does 'Deborah Lyle, a partner at Carrow Partners, which represented the claimants, said', where the relative
# clause is about the organisation of the apposition
_BEFORE_RELATIVE_SUBJECT = re.compile(
    rf"^\s*(?:(?:But|And|However|Meanwhile|Yet),?\s+)?{_SPEAKER},\s+(?:{_APPOSITION},\s+(?:which|where)\b|"
    r"(?:" + _APPOSITION + r",\s+)?(?:who|whose)\b)"
    r"[^“”\"\n]{2,200}?,\s+"
    rf"(?:(?:also|later|then|has|had|once|previously|recently)\s+)?{_VERBS}" + _SAID_TAIL
)


# 'The Medicines and Healthcare products Regulatory Agency (MHRA) said it would ...': the body's bracketed
# abbreviation, which its long name (with lower-case words in it) may not be matched as
_BEFORE_ACRONYM_VERB = re.compile(
    rf"\((?P<speaker>[A-Z][A-Z0-9&]{{1,9}})\)\s+(?:(?:also|later|then|has|had)\s+)?{_VERBS}" + _SAID_TAIL
)


# 'Acme's chief executive, Tom Brannigan, said the company would "..."': the name in apposition to the description
_BEFORE_DESCRIPTION_NAME_VERB = re.compile(
    rf"{_DESCRIPTION},\s+(?P<speaker>{_FULL_NAME}),\s+(?:(?:also|later|then|has|had)\s+)?{_VERBS}" + _SAID_TAIL
)


_BEFORE_PATTERNS = (
    _BEFORE_DESCRIPTION_NAME_VERB,
    _BEFORE_RELATIVE_SUBJECT,
    _BEFORE_SPEAKER_VERB,
    _BEFORE_ACRONYM_VERB,
    _BEFORE_ACCORDING,
    _BEFORE_AS,
    _BEFORE_COORDINATED,
    _BEFORE_UNNAMED_PARTICIPLE,
)
# Most of the before-patterns end in a say-verb after white space and then only words, spaces and at most a colon or
# comma (``_SAID_TAIL``, or "it," for ``_BEFORE_AS``); a sentence in which ``_VERB_AT_END_RE`` finds no such verb is
# searched with the others only. Most sentences before a quotation have none, and a failed search tried the speaker
# forms at every word.
_VERB_AT_END_RE = re.compile(rf"\s{_VERBS}[\w'’\-\s]*+[:,]?\s*$")
_BEFORE_PATTERNS_NO_END_VERB = (_BEFORE_ACCORDING, _BEFORE_UNNAMED_PARTICIPLE)


def _attribution(text: str, start: int, end: int) -> str | None:
    """The speaker named around the quotation text[start:end] (marks included), or None."""
    after = text[end : end + 160].split("\n", 1)[0]
    # '... to our classes." The Refugee Council said ...': after a quotation closed by a full stop a new sentence
    # starts, and its subject is not the quotation's speaker
    closed = text[max(start, end - 3) : end].rstrip('”"»“’\' ').endswith(".")
    # '... smokers become criminals?" The Green Party's spokeswoman, Eleanor Scott, said': a question or exclamation
    # before a capital may end its sentence too; a description opening the next one is not its attribution
    asked = text[max(start, end - 3) : end].rstrip('”"»“’\' ').endswith(("?", "!")) and after.lstrip()[:1].isupper()
    for pattern in _AFTER_PATTERNS:
        if asked and pattern is _AFTER_DESCRIPTION_NAME_VERB:
            continue
        m = None if closed else pattern.match(after)
        if m and pattern is _AFTER_VERB_PLACE_ROLE_NAME and not _is_role(m.group("role")):
            continue  # "said Paris on Monday Jane ...": no title between the capitalised words and the name
        if m and _clean_speaker(m.group("speaker")):
            return _clean_speaker(m.group("speaker"))
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 200) : start]
    if not before.strip():
        before = _lead_in_paragraph(text, line_start)
    sentence = _SENTENCE_SPLIT_RE.split(before)[-1]
    # (each pattern runs only where its fixed words can be: most quotations are introduced otherwise)
    m = _BEFORE_NAME_LEAD_IN.search(sentence) if sentence.rstrip().endswith(":") else None
    if (
        m
        and not _SAY_WORD_RE.search(m.group("middle"))
        and not _is_role(m.group("first"))  # "Former England captain Bob Smith put it:": the name after the role
        and _is_first_name(m.group("speaker").split())  # a person opens the clause, not "Reuters Breakingviews"
    ):
        speaker = _clean_speaker(m.group("speaker"))
        if speaker:
            return speaker
    speaker = _colon_clause_subject(sentence) if sentence.rstrip().endswith(":") else None
    if speaker:
        return speaker
    m = _BEFORE_ROLE_NAME_COLON.search(sentence) if sentence.rstrip().endswith(":") else None
    if m and _clean_speaker(m.group("speaker")):
        return _clean_speaker(m.group("speaker"))
    patterns = _BEFORE_PATTERNS if _VERB_AT_END_RE.search(sentence) else _BEFORE_PATTERNS_NO_END_VERB
    for pattern in patterns:
        if pattern is _BEFORE_UNNAMED_PARTICIPLE and "telling" not in sentence and "saying" not in sentence:
            continue
        if pattern is _BEFORE_ACCORDING and "ccording to" not in sentence:
            continue
        m = pattern.search(sentence)
        if (
            m
            and m.groupdict().get("reported")
            and m.group("speaker").lower() in ("he", "she", "they")
            and not _LEAD_ONLY_RE.fullmatch(sentence[: m.start()])
        ):
            continue  # "But standing next to Mr Blair he added that ...": a pronoun after a name, and far from the
            # quotation: who it is is not told here
        if m and _clean_speaker(m.group("speaker")):
            appos = m.groupdict().get("appos")
            if appos and _FULL_NAME_RE.fullmatch(appos.strip()) and _described(m.group("speaker").strip()):
                # "The judge, Miriam Ashcroft, said", "Her Conservative shadow, Mel Stride, said": the name, not
                # the role or the description
                return _clean_speaker(appos)
            return _named_before(sentence[: m.start()], m.group("speaker")) or _clean_speaker(m.group("speaker"))
    if not closed:
        # 'the crisis is "growing at an alarming rate" and affects every community, Noem said in ...': the
        # attribution ends the sentence the quotation sits in
        rest = _SENTENCE_REST_RE.match(text, end)
        m = rest and _SENTENCE_END_SAID_RE.search(rest.group())
        if m and _clean_speaker(m.group("speaker")):
            return _clean_speaker(m.group("speaker"))
    # after the attribution ending the sentence, which is nearer (each pattern only where its fixed words can be)
    m = _BEFORE_ACCORDING_CLAUSE.search(sentence) if "ccording to" in sentence else None
    if m and _clean_speaker(m.group("speaker")):
        return _clean_speaker(m.group("speaker"))
    # '... out of the blue," he said. "I never ...': the same speaker (searched only where its verb ends ``before``)
    tail = before.rstrip()
    said = tail.endswith(".") and (tail[:-1].endswith(("said", "says", "added", "adds")) or "told " in tail)
    m = _SAID_JUST_BEFORE.search(before) if said else None
    if m and _clean_speaker(m.group("speaker")):
        return _clean_speaker(m.group("speaker"))
    return None


# A person's full name and a comma just before a description ("Marc Ostwald, a strategist at Monument Securities
# told Reuters": the apposition's closing comma left out)
_NAME_BEFORE_DESCRIPTION_RE = re.compile(rf"(?:^|[.;]\s+)\s*(?:(?:But|And)\s+)?(?P<name>{_FULL_NAME}),\s*$")


def _named_before(before: str, speaker: str) -> str | None:
    """The person named just before an unnamed speaker that describes them ("Deborah Lyle, a partner at Carrow
    Partners ... said"), or None."""
    if speaker.split()[0].lower() not in _DETERMINERS:
        return None
    m = _NAME_BEFORE_DESCRIPTION_RE.search(before)
    if m is None:
        return None
    tokens = m.group("name").split()
    return _clean_speaker(m.group("name")) if _is_first_name(tokens) or _any_first_name(tokens) else None


def _lead_in_paragraph(text: str, line_start: int) -> str:
    """The end of the paragraph before a quotation that opens its own paragraph, when it ends in a colon (live blogs
    and statements: 'Chief executive Martin Fairclough:' and the words in the next paragraph), else ""."""
    end = line_start
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return ""
    start = text.rfind("\n", 0, end) + 1
    return text[max(start, end - 200) : end]


# 'Chief executive Martin Fairclough: "..."': a role and a name before a colon, nothing else in the sentence
_BEFORE_ROLE_NAME_COLON = re.compile(
    rf"^\s*(?:[A-Z][\w'’&\-]*\s+){{0,4}}?(?:[a-z][\w\-]*\s+){{0,2}}?(?i:{_ROLE_WORDS})\s+"
    rf"(?P<speaker>{_FULL_NAME})\s*:\s*$"
)


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another"})


def _described(speaker: str) -> bool:
    """A role ("The judge") or a description opening with a determiner and ending in a common noun ("Her
    Conservative shadow", "a senior aide"), which a name in apposition after it identifies."""
    words = speaker.split()
    return _is_role(speaker) or (len(words) >= 2 and words[0].lower() in _DETERMINERS and words[-1][:1].islower())


def _colon_clause_subject(sentence: str) -> str | None:
    """The subject of a short clause ending in a colon before a quotation (``_BEFORE_COLON_CLAUSE``), or None."""
    m = _BEFORE_COLON_CLAUSE.search(sentence)
    if m is None or _RECEIVES_RE.search(m.group("pred")):
        return None
    if m.group("appos"):
        return _clean_speaker(m.group("appos"))
    return _clean_speaker(m.group("speaker")) if _is_first_name(m.group("speaker").split()) else None


def extract_quotes(text: str) -> list[dict]:
    """Quotations of one text: ``[{"quote", "speaker", "char_start", "char_end"}]`` (offsets of the inner text)."""
    if not text:
        return []
    out: list[dict] = []
    named: list[str] = []  # full names of speakers so far, for surnames and pronouns
    last_speaker: str | None = None
    last_end = -1
    spans = _quote_spans(text)
    people = _People(text, [(a, b) for a, b, _, _ in spans])
    for outer_start, outer_end, inner_start, inner_end in spans:
        inner = text[inner_start:inner_end]
        if not _is_speech(inner):
            continue
        # '"It is a good deal," she said': the comma stands in the reporting sentence for the quotation's full stop
        stripped = inner.strip().removesuffix(",").rstrip()
        s = inner_start + (len(inner) - len(inner.lstrip()))
        e = s + len(stripped)
        raw = _attribution(text, outer_start, outer_end)
        gap = text[last_end:outer_start] if last_end >= 0 else ""
        speaker = _previous_in_paragraph(raw, out, last_speaker, gap, people, last_end, outer_start)
        if speaker is None and raw:
            speaker = _resolve(raw, named, text, outer_start, people)
        close = last_end >= 0 and gap.count("\n\n") <= 1 and len(gap) < 240
        opens = _opens_sentence(text, outer_start)
        reported = False  # the speaker is the subject of the reported speech the quotation sits in
        if speaker is None and raw is None and not opens:
            # 'The home secretary said, by 2008, he wanted everyone ... to "ensure we can know everybody"': the words
            # quoted inside reported speech are the reporting sentence's subject's
            begins = _previous_sentence_start(text, outer_start)
            m = _SUBJECT_SAID_RE.match(text[begins:outer_start])
            subject = _clean_speaker(m.group("speaker")) if m else None
            if subject:  # a pronoun subject points before its own sentence
                speaker = _resolve(subject, named, text, begins, people)
                reported = speaker is not None
        if speaker is None and raw is None and last_speaker and close:
            # continues the previous speaker, unless the narration in between introduces someone else (the previous
            # quotation's own attribution introduces nobody: '," said a dealer at a San Aldo bank. "...')
            speaker = (
                (last_speaker if out and out[-1]["speaker"] == last_speaker and _only_attribution(gap) else None)
                or people.subject_before(outer_start, last_end)
                or people.paragraph_say_subject(outer_start, last_end)
                or last_speaker
            )
        elif speaker is None and raw is None and opens:
            # 'Trevor Phillips, chairman of the commission, disagreed. "Ditto the teachers ..."'
            begins = _previous_sentence_start(text, outer_start)
            speaker = people.subject_before(outer_start, begins) or people.paragraph_say_subject(outer_start, begins)
        full_name = speaker and speaker[0].isupper() and len(speaker.split()) >= 2 and not _is_role(speaker)
        if full_name and speaker not in named:
            named.append(speaker)
        if speaker is None and len(stripped.split()) < 6 and not _SPEECH_END_RE.search(stripped):
            continue  # a short quoted phrase nobody is said to have said is a title, slogan or term
        if text[outer_start] == "'" and not _single_quote_counts(stripped, speaker, raw is not None or reported, opens):
            continue
        out.append({"quote": stripped, "speaker": speaker, "char_start": s, "char_end": e})
        if speaker:
            last_speaker = speaker
        last_end = outer_end
    _canonical_speakers(out, people)
    return out


def _previous_in_paragraph(
    raw: str | None, out: list[dict], last: str | None, gap: str, people: _People, gap_start: int, position: int
) -> str | None:
    """The previous quotation's unnamed speaker for "She added:" in the same paragraph, no person named in between:
    "One resident of Villa Rosa, who ..., said: \"...\" She added: \"...\"" is the resident as written, not a
    name inside the description. None when another rule must decide."""
    if raw is None or raw.lower() not in ("he", "she") or not last or not out or out[-1]["speaker"] != last:
        return None
    if last.split()[0].lower() not in ("a", "an", "one", "another"):
        return None  # a named speaker is found by ``_resolve``; "the police" is no "he"
    if "\n" in gap or len(gap) > 240 or not _compatible(last, raw):
        return None
    if people.mentions_between(gap_start, position):
        return None  # someone else is named between the two quotations
    return last


_INNER_SENTENCE_END_RE = re.compile(r"[.!?]\s+[A-Z]")


def _only_attribution(gap: str) -> bool:
    """The text between two quotations only ends the first one's sentence ('," said a currency dealer at a San Aldo
    bank. '): it opens in lower case and holds one sentence end, its last character, and no line break."""
    body = gap.strip()
    return (
        body[:1].islower()
        and "\n" not in body
        and body.endswith((".", ":"))
        and _INNER_SENTENCE_END_RE.search(body) is None
    )


def _single_quote_counts(inner: str, speaker: str | None, attributed: bool, opens: bool) -> bool:
    """A straight single-quoted span is speech only with a speaker: named around it or as the subject of the
    reported speech it sits in ("Smith said the plan was 'a step in the right direction'"), or carried over to a
    span opening its own sentence (a phrase inside narration takes no speaker carried over from an earlier
    quotation: a scare quote); and not a Title In Capitals ('Harbor Lights At Dawn', a film or book)."""
    if speaker is None or not (attributed or opens):
        return False
    words = [w for w in inner.rstrip(".,!?…").split() if len(w) > 3]
    return not words or not all(w[:1].isupper() for w in words) or bool(_SPEECH_END_RE.search(inner))


# Courtesy titles a short mention puts before a surname ("Mr Berg", "Dr. Lind"); "Sir" goes with a first name.
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof"})


def _short_surname(speaker: str) -> str | None:
    """The surname a short mention of a person stands on ("Berg", "Mr Berg", "Dr. Lind"), else None."""
    tokens = speaker.split()
    if len(tokens) == 2 and tokens[0].rstrip(".").lower() in _COURTESY_TITLES:
        tokens = tokens[1:]
    if len(tokens) != 1 or not tokens[0][:1].isupper() or tokens[0] in _BAD_SPEAKERS:
        return None
    return tokens[0]


def _canonical_speakers(quotes: list[dict], people: _People) -> None:
    """A speaker left as a short mention ("Berg", "Mr Berg") becomes the full name the entity stage folds it
    into ("Jonas Berg"), in place, so the quotes and entities tables name one person alike.

    The entity stage knows every full name of the article, before or after the quotation; the attribution rules
    only look back. Two people sharing the surname leave it short: which one spoke is not told. Unnamed speakers
    ("a spokeswoman") are no short mention and stay as written. The article's people are read only when a short
    speaker needs them (the entity stage has usually cached them already).
    """
    for quote in quotes:
        speaker = quote["speaker"]
        surname = _short_surname(speaker) if speaker else None
        if surname is not None:
            # a name written family name first ("Lin Hao" ... "Lin said") is shortened to its first word
            fulls = people.full_names(surname) or people.full_names(surname, first=True)
            if len(fulls) == 1:
                quote["speaker"] = fulls[0]


_SUBJECT_SAID_RE = re.compile(
    rf"^\s*(?:(?:But|And|However|Meanwhile),?\s+)?{_SPEAKER}{_APPOSITIVE}\s+(?:(?:also|later|then|has|had)\s+)?"
    r"(?:said|says|told|tells|added|argued|warned|claimed|insisted|believes|thinks|wrote|stressed|admitted)\b"
)


def _opens_sentence(text: str, position: int) -> bool:
    """The quotation starts a sentence of its own (after a full stop or a colon, not inside narration)."""
    return bool(_OPENS_SENTENCE_RE.search(text[max(0, position - 3) : position]))


def _previous_sentence_start(text: str, position: int) -> int:
    """Where the sentence before ``position`` starts, within its paragraph."""
    floor = text.rfind("\n", 0, position) + 1
    cuts = [floor, *_sentence_ends(text, floor, position)]
    cuts = [c for c in cuts if c < position - 1]
    return cuts[-1] if cuts else floor


# (a sentence may end after a closing single mark, "... two years.' Next", but not after "players' Union")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?”\"'’])(?<![^.!?,]['’])\s+(?=[A-Z“\"‘'])|\n")
# The same breaks, each match of the first form taking the sentence's closing mark before its white space, so that
# the pattern opens with a set of characters the regex engine skips to (it tried the look-behinds at every character)
_SENTENCE_END_FROM_MARK_RE = re.compile(r"[.!?”\"'’\n](?:(?<=[.!?”\"'’])(?<![^.!?,]['’])\s+(?=[A-Z“\"‘'])|(?<=\n))")


def _sentence_ends(text: str, lo: int, hi: int) -> list[int]:
    """``[m.end() for m in _SENTENCE_END_RE.finditer(text, lo, hi)]``, found with ``_SENTENCE_END_FROM_MARK_RE``
    from one character earlier (the closing mark right before ``lo``); a line break there, which ends at ``lo``, is
    no match of the stretch (tests/stages/test_quotes_speed_paths.py compares the two on random texts)."""
    return [end for m in _SENTENCE_END_FROM_MARK_RE.finditer(text, max(lo - 1, 0), hi) if (end := m.end()) > lo]


_HE = {"he", "him", "his"}
_SHE = {"she", "her"}


@lru_cache(maxsize=1)
def _gender_detector():
    """gender-guesser's first-name table (shipped with the package), or None without it; shared with the entity
    stage, which has usually parsed it already."""
    from pipeline.stages.entities import name_detector

    return name_detector()


@lru_cache(maxsize=8192)  # (a pure function of two short strings: a name is tested against each pronoun after it)
def _compatible(name: str, pronoun: str | None) -> bool:
    """False only when the first name clearly contradicts the pronoun ("Liz" for "he")."""
    pronoun = (pronoun or "").lower()
    if pronoun not in _HE | _SHE:
        return True
    guess = _gender_detector()
    if guess is None:
        return True
    gender = guess.get_gender(name.split()[0])
    if pronoun in _HE:
        return gender not in ("female", "mostly_female")
    return gender not in ("male", "mostly_male")


_ROLE_WORD_RE = re.compile(_ROLE_WORDS)


@lru_cache(maxsize=8192)  # (a pure function of a short string, asked of each speaker and mention again and again)
def _is_role(speaker: str) -> bool:
    """ "Conservative Party Co-Chairman": a role, not a name to point pronouns back to."""
    last = speaker.split()[-1].lower().split("-")[-1]
    return last in PERSON_TITLES or bool(_ROLE_WORD_RE.fullmatch(last))


_PRONOUN_SUBJECT_RE = re.compile(r"\s*[“\"]?(?:He|She|They)\s+(?!(?:said|says)\s*[,.])")
_POSSESSIVE_ROLE_RE = re.compile(
    rf"(?P<who>(?:[A-Z][\w.'’\-]*\s+){{0,3}}[A-Z][\w'’\-]*['’]s?\s+(?:[a-z][\w\-]*\s+){{0,3}}{_ROLE_WORDS}s?)"
    rf"\s+(?:(?:also|later|then|has|had)\s+)?{_VERBS}\b"
)


_ROLE_SUBJECT_RE = re.compile(
    rf"(?P<who>\b[Tt]he\s+(?P<role>(?:[\w\-]+\s+){{0,3}}?{_ROLE_WORDS}))(?:,[^,]{{1,120}},)?"
    rf"\s+(?:(?:also|later|then|has|had)\s+)?{_VERBS}\b"
)
# "Home Secretary Charles Clarke", "Education Secretary Ruth Kelly": a title printed before a name
_ROLE_MODIFIERS = {"deputy", "vice", "shadow", "former", "assistant", "acting", "junior", "associate", "ex", "under"}
_TITLED_NAME_RE = re.compile(
    rf"(?P<role>(?:[A-Z][a-z]+\s+){{0,3}}(?i:{_ROLE_WORDS}))\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{1,2}})"
)


# ``_ROLE_WORDS`` spelt out, for plain substring searches (tests/stages/test_quotes_speed.py compares the two).
ROLE_WORD_LIST = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    *_ROLE_WORDS[_ROLE_WORDS.index(")|") + 2 : -1].split("|"),
)


def titled_names(text: str) -> Iterator[re.Match[str]]:
    """``_TITLED_NAME_RE.finditer(text)``, trying the pattern only where a match can start.

    The pattern opens with up to three optional capitalised words and then a case-insensitive role word, so the
    regex engine tried its fifty role words at every character (a millisecond per text). Every match holds a role
    word, and starts at it or at one of the up to three capitalised words right before it, found by reading
    backwards (a word is ``[A-Z][a-z]+`` then white space: each such run has one start). Not on a text holding a
    character ``re.I`` matches with an ASCII letter and ``str.lower`` does not lower to it (``FOLDS_TO_ASCII_RE``;
    the only one whose lower case is longer is among them, so ``text.lower()`` keeps every offset). The matches
    come from the pattern itself, in the same order.
    """
    if not text.isascii() and FOLDS_TO_ASCII_RE.search(text) is not None:
        yield from _TITLED_NAME_RE.finditer(text)
        return
    low = text.lower()
    starts: set[int] = set()
    for word in ROLE_WORD_LIST:
        at = low.find(word)
        while at >= 0:
            starts.update(_capitalised_words_before(text, at))
            at = low.find(word, at + 1)
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        m = _TITLED_NAME_RE.match(text, start)
        if m is not None:
            yield m
            pos = m.end()


def _capitalised_words_before(text: str, at: int) -> list[int]:
    """``at`` and the starts of the (up to three) ``[A-Z][a-z]+\\s+`` words that run on to ``at``."""
    out = [at]
    for _ in range(3):
        gap = at
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        word = gap
        while word > 0 and "a" <= text[word - 1] <= "z":
            word -= 1
        if gap == at or word == gap or word == 0 or not "A" <= text[word - 1] <= "Z":
            break
        at = word - 1
        out.append(at)
    return out


_CLAUSE_SUBJECT_RE = re.compile(
    r"(?:,\s+|\s)(?:but|while|whereas|although)\s+(?:[A-Z][\w'’.\-]*\s+){0,3}?(?:[A-Z][\w.\-]*['’]s\s+)?$"
)


# "Longtime moviegoer Ellen Park, 67, said ...": a full name (after a short description) as a say-verb's subject
_NAMED_SAY_SUBJECT_RE = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?(?:[A-Z][\w'’\-]*\s+(?:[a-z][\w'’\-]*\s+){1,3}?)?"
    rf"(?P<speaker>{_FULL_NAME}){_APPOSITIVE}\s+(?:(?:also|later|then|has|had)\s+)?"
    r"(?:said|says|told|tells|added|argued|warned|claimed|insisted|believes|thinks|wrote|stressed|admitted|"
    r"explained|noted|recalled|complained|agreed|disagreed)\b"
)
# "A worker at the Briggate store, who asked not to be named, said ...": an unnamed person as a say-verb's subject
_UNNAMED_SAY_SUBJECT_RE = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?(?=(?:[Aa]n?|[Oo]ne|[Aa]nother)\s)"
    rf"(?P<speaker>{_UNNAMED})(?:,\s+(?:who|whose)\b[^“”\"\n]{{2,120}}?,|{_APPOSITIVE})\s+"
    r"(?:(?:also|later|then|has|had)\s+)?(?:said|says|told|tells|added|argued|warned|claimed|insisted|explained)\b"
)
# A sentence opening with an unnamed person and its verb: "A gardener in Shropshire has grown", "One woman, 34, said"
_INDEFINITE_PERSON_RE = re.compile(
    r"\s*(?P<speaker>(?:A|An|One)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<head>[a-z][\w\-]*)"
    rf"(?:\s+(?:in|from|of|at|near)\s+(?:the\s+)?{_U}[\w'’\-]*(?:\s+{_U}[\w'’\-]*){{0,2}})?)"
    r"(?=,|\s+(?:who|has|had|is|was|says|said|[a-z]+ed)\b)"
)


def _person_noun(word: str) -> bool:
    """A noun for a person ("gardener", "resident"), as far as its shape and the role words tell."""
    return word not in _NOT_PERSON_NOUNS and _PERSON_NOUN_RE.fullmatch(word) is not None


_LEAD_ONLY_RE = re.compile(r"\s*(?:(?:But|And|However|Yet|Meanwhile|Now),?\s+)?")


class _People:
    """PERSON mentions of one text (outside quotation marks), found once and only if a pronoun needs them."""

    def __init__(self, text: str, quote_spans: list[tuple[int, int]] | None = None):
        """``quote_spans``: (start, end) of the text's quotations, sorted and not overlapping."""
        self.text = text
        self.quote_spans = quote_spans or []
        self._quote_starts = [a for a, _ in self.quote_spans]
        self._mentions: list[tuple[int, int, str]] | None = None
        self._roles: dict[str, str] | None = None
        self._by_surname: dict[str, list[str]] | None = None
        self._by_first: dict[str, list[str]] = {}  # filled with ``_by_surname``
        self._starts: list[int] | None = None  # where each mention starts, sorted

    def full_names(self, surname: str, first: bool = False) -> list[str]:
        """The people of the whole text (quotations included) named in full with this last word (or, ``first``,
        this first word), as the entity stage spells them ("Jonas Berg" for "Berg"), in order of first mention."""
        if self._by_surname is None:
            self._by_surname, self._by_first = {}, {}
            for _, _, name in person_mentions(self.text):
                parts = name.split()
                if len(parts) >= 2 and name not in self._by_surname.get(parts[-1], ()):
                    self._by_surname.setdefault(parts[-1], []).append(name)
                    self._by_first.setdefault(parts[0], []).append(name)
        return (self._by_first if first else self._by_surname).get(surname, [])

    def mentions(self) -> list[tuple[int, int, str]]:
        if self._mentions is None:
            self._mentions = [
                mention
                for mention in person_mentions(self.text)  # (the text is not empty)
                if not self.in_quote(mention[0])
            ]
        return self._mentions

    def in_quote(self, position: int) -> bool:
        """Whether a quotation holds ``position``: only the last one starting at or before it can."""
        at = bisect_right(self._quote_starts, position) - 1
        return at >= 0 and position < self.quote_spans[at][1]

    def starts(self) -> list[int]:
        """Where each mention starts, in the order of ``mentions()`` (which is sorted)."""
        if self._starts is None:
            self._starts = [start for start, _, _ in self.mentions()]
        return self._starts

    def mentions_between(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The mentions starting in text[lo:hi], found by bisection (a quotation's window holds a few of many)."""
        starts = self.starts()
        return self.mentions()[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def holder(self, role: str) -> str | None:
        """Who the text names with this title ("Home Secretary Charles Clarke" for "home secretary")."""
        if self._roles is None:
            self._roles = {}
            for m in titled_names(self.text):
                words = m.group("role").lower().split()
                for k in range(len(words)):
                    if k and words[k - 1] in _ROLE_MODIFIERS:
                        break  # a deputy prime minister is not the prime minister
                    self._roles.setdefault(" ".join(words[k:]), tidy_name(m.group("name")))
        return self._roles.get(role.lower())

    def antecedent(self, position: int) -> str | None:
        """The person a definite role refers back to ("Tony Blair has dismissed reports ... \"...,\" the prime
        minister told ..."): the subject of the nearest sentence before ``position`` that names a person, when that
        person opens the sentence or its "but"/"while" clause and holds no other title there."""
        floor = max(0, position - 600)
        cuts = [floor, *_sentence_ends(self.text, floor, position), position]
        mentions = [(start, name) for start, _, name in self.mentions_between(floor, position)]
        for a, b in reversed(list(zip(cuts, cuts[1:]))):
            inside = [(start, name) for start, name in mentions if a <= start < b]
            if not inside:
                continue
            for start, name in reversed(inside):
                lead = self.text[a:start]
                if _LEAD_ONLY_RE.fullmatch(lead) or _CLAUSE_SUBJECT_RE.search(self.text, max(a, start - 60), start):
                    return tidy_name(name)
            return None
        return None

    def paragraph_say_subject(self, position: int, floor: int, pronoun: str | None = None) -> str | None:
        """The person named as the subject of a say-verb in the paragraph before ``position`` (after ``floor``),
        when no person the entity stage found is named there: "Longtime moviegoer Ellen Park, 67, said the film ran
        long. \"...,\" she said." is Ellen Park, not the speaker of the paragraph before. The nearest such sentence
        decides; a first name that contradicts the pronoun gives nothing."""
        para = max(floor, self.text.rfind("\n", 0, position) + 1)
        if para >= position:
            return None
        starts = self.starts()
        at = bisect_left(starts, para)
        if at < len(starts) and starts[at] < position:
            return None  # the entity stage's people of the paragraph decide (subject_before)
        cuts = [para, *_sentence_ends(self.text, para, position)]
        for cut in reversed(cuts):
            if self.in_quote(cut):
                continue
            m = _NAMED_SAY_SUBJECT_RE.match(self.text, cut, position)
            if m is None:
                unnamed = _UNNAMED_SAY_SUBJECT_RE.match(self.text, cut, position) if pronoun else None
                if unnamed is not None and (speaker := _clean_speaker(unnamed.group("speaker"))):
                    # "A worker at the store, who asked not to be named, said ... \"...,\" she said": the unnamed
                    # speaker as written, not a person named in an earlier paragraph
                    return speaker
                continue
            name = tidy_name(m.group("speaker"))
            tokens = name.split()
            # a person (a known first name), not "the Oxford University Press" after "A spokesman for"
            return name if len(tokens) >= 2 and _is_first_name(tokens) and _compatible(name, pronoun) else None
        return None

    def indefinite_subject(self, position: int) -> str | None:
        """The person a paragraph that names nobody introduces with "a"/"one" ("A gardener in Shropshire has grown
        ... \"...,\" she said"): a pronoun there is that person, not one named in an earlier paragraph or item."""
        para = self.text.rfind("\n", 0, position) + 1
        if self.mentions_between(para, position):
            return None
        cuts = [para, *_sentence_ends(self.text, para, position)]
        for cut in cuts:
            m = _INDEFINITE_PERSON_RE.match(self.text, cut, position)
            if m and _person_noun(m.group("head")):
                return m.group("speaker")
        return None

    def last_before(self, position: int) -> str | None:
        """The person last mentioned before ``position``."""
        before = self.mentions_between(0, position)
        return before[-1][2] if before else None

    def subject_before(self, position: int, floor: int, pronoun: str | None = None) -> str | None:
        """The first person of the nearest sentence in text[floor:position] that names one (outside quotes).

        A person followed by "'s" is not the subject ("President Castro's chief aide").
        """
        floor = max(floor, position - 600)
        cuts = [floor, *_sentence_ends(self.text, floor, position), position]
        mentions = [
            (start, name)
            for start, end, name in self.mentions_between(floor, position)
            if self.text[end : end + 2] not in ("'s", "’s")
        ]
        for a, b in reversed(list(zip(cuts, cuts[1:]))):
            if _PRONOUN_SUBJECT_RE.match(self.text, a, b):
                continue  # "He pointed out that Franz Ferdinand ...": the sentence is about someone named earlier
            # (the pattern needs an apostrophe: most sentences have none, and a search cost a try at every word)
            apostrophe = self.text.find("'", a, b) >= 0 or self.text.find("’", a, b) >= 0
            role = _POSSESSIVE_ROLE_RE.search(self.text, a, b) if apostrophe else None
            first = min((start for start, _ in mentions if a <= start < b), default=b)
            if role and role.start() <= first:
                return role.group("who")  # "President Castro's chief aide said ...": the aide, not Castro
            role = _ROLE_SUBJECT_RE.search(self.text, a, b)
            if role and role.start() <= first:
                # "The home secretary said ...": the person the text gave that title ("Home Secretary Charles
                # Clarke"), else the role as written
                return self.holder(role.group("role")) or self.antecedent(a) or role.group("who")
            inside = [name for start, name in mentions if a <= start < b]
            # "Hewitt said ... but Tennis Australia's Geoff Pollard rejected his comments": the subject of the
            # sentence's last clause, opened by "but"/"while", is who speaks next
            later = [
                name
                for start, name in mentions
                if a <= start < b and _CLAUSE_SUBJECT_RE.search(self.text, max(a, start - 60), start)
            ]
            for name in reversed(later):
                if _compatible(name, pronoun):
                    return tidy_name(name)
            for name in inside:
                if _compatible(name, pronoun):
                    return tidy_name(name)
            if inside:
                return None
        return None


@lru_cache(maxsize=8192)  # (a pure function of a short string: the same names are tidied for many quotations)
def tidy_name(name: str) -> str:
    """ "But Umaga" -> "Umaga", "England's Josh Lewsey" -> "Josh Lewsey", "Referee Graham Poll" -> "Graham Poll"."""
    name = _LEAD_WORD_RE.sub("", name)
    name = _TITLE_PREFIX_RE.sub("", name)
    name = _OF_TITLE_RE.sub("", name)  # "Secretary of State Mike Pompeo": the rest of the title
    tokens = _before_organisation(name.split())
    while len(tokens) > 2 and tokens[0].lower() in PERSON_TITLES:
        tokens = tokens[1:]
    # "White House Press Secretary Stephanie Grisham", "Australian Prime Minister Scott Morrison": the name follows
    # the last role word
    roles = [k for k, t in enumerate(tokens[:-1]) if _is_role(t)]
    if roles and len(tokens) - roles[-1] - 1 >= 2:
        tokens = _before_organisation(tokens[roles[-1] + 1 :])  # ("Station Manager Paul Kerrigan of Devon")
    while len(tokens) > 2 and tokens[-1] in _POST_NOMINALS:
        tokens = tokens[:-1]
    return " ".join(tokens)


def _before_organisation(tokens: list[str]) -> list[str]:
    """ "Doug Williams of BT", "Lena Komileva from Prebon", "Ray Ostrowski of the Mine Safety": a person's name ends
    before "of"/"from"/"at" and an organisation (a first name of any gender opens it: "Ray" is mostly male)."""
    cut = next((k for k, t in enumerate(tokens) if k >= 2 and t in ("of", "from", "at")), None)
    if cut is not None and (_is_first_name(tokens[:cut]) or _any_first_name(tokens[:cut])):
        return tokens[:cut]
    return tokens


def _any_first_name(tokens: list[str]) -> bool:
    """A first name in gender-guesser's table, however (un)clear its gender, opening two or three words that name
    no organisation."""
    guess = _gender_detector()
    return (
        guess is not None
        and 2 <= len(tokens) <= 3
        and tokens[0] not in _BAD_SPEAKERS
        and not any(t.lower() in _ORG_HEADS for t in tokens)
        and tokens[0] in guess.names
    )


_OF_TITLE_RE = re.compile(r"^(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,2}(?=[A-Z][\w'’\-]*\s+[A-Z])")


# Words that make a capitalised pair an organisation ("Doug Williams" a person, "Lloyds Bank" not). Narrower than
# entity_lexicon.ORG_SUFFIX on purpose: that list also holds words that are surnames too (Power, Post, Times).
_ORG_HEADS = {
    "bank",
    "council",
    "association",
    "university",
    "institute",
    "society",
    "trust",
    "union",
    "board",
    "bureau",
    "office",
    "department",
    "ministry",
    "house",
    "court",
    "party",
    "league",
    "club",
    "college",
}


def _is_first_name(tokens: list[str]) -> bool:
    """ "Doug Williams": a first name (clearly male or female in gender-guesser's table) starting a person's name."""
    guess = _gender_detector()
    if guess is None or tokens[0] in _BAD_SPEAKERS or any(t.lower() in _ORG_HEADS for t in tokens):
        return False
    return guess.get_gender(tokens[0]) in ("male", "female")


_POST_NOMINALS = {"QC", "KC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "PhD"}


def _resolve(raw: str, named: list[str], text: str, position: int, people: _People) -> str | None:
    """A pronoun or surname to the full name it refers to; unnamed speakers stay as written."""
    if raw.lower() in {"he", "she", "they"}:
        subject = (
            people.paragraph_say_subject(position, 0, raw)
            or people.indefinite_subject(position)
            or people.subject_before(position, 0, raw)
        )
        if subject:
            return subject
        if named:
            return named[-1]
        person = people.last_before(position)
        if person is None:
            return None
        raw = person
    if raw[:1].islower() or raw.split()[0].lower() in {"a", "an", "the", "one", "another", "some", "its", "their"}:
        titled = _THE_ROLE_RE.match(raw)
        if titled and _is_role(raw):
            # "the home secretary" -> "Charles Clarke"; else the person just named, when the role follows the
            # quotation or opens its sentence
            after = text.find(raw, position, position + 400) >= 0
            return (
                people.holder(titled.group(1))
                or people.antecedent(position if after else _previous_sentence_start(text, position))
                or raw
            )
        return raw
    if len(raw.split()) == 1:
        if len(people.full_names(raw)) >= 2:
            return raw  # "Tomas Reyes" and "Lucia Reyes" both in the text: "Reyes said" does not tell which
        for full in reversed(named):
            if raw in full.split():
                return full
        if text.find(raw, 0, position) < 0:
            return raw
        fulls = people.full_names(raw)
        if len(fulls) == 1:
            return fulls[0]  # the entity stage's name, without a word opening its sentence ("For Ramon Ibarra, who")
        for found in names_ending_in(raw, text[:position]):
            full = tidy_name(found)
            if len(full.split()) >= 2:
                return full
    return raw


# ``names_ending_in``'s pattern without its last word: one or two capitalised words, each followed by white space.
_TWO_NAMES_BEFORE = re.compile(r"[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+\s+")
_ONE_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]+\s+")
_CAPITAL_START = re.compile(r"\b[A-Z]")


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches (``re``'s Unicode word characters)."""
    return ch.isalnum() or ch == "_"


def names_ending_in(word: str, text: str) -> Iterator[str]:
    """``m.group(1)`` of each match of ``re.finditer(NAME_ENDING_IN.format(re.escape(word)), text)``, in the same
    order, without compiling a pattern per word (about 1 ms each, for a surname seldom met twice); ``word`` holds
    no white space.

    That pattern cannot backtrack into its runs: each run of name characters must end at white space, each run of
    white space at a capital or at ``word``. So a match starts at a capital after no word character, takes two
    names when ``word`` (then a word boundary) follows them and else one, and the next match is looked for from
    where it ends (tests/stages/test_quotes_speed.py compares the two on random texts).
    """
    at = text.find(word)
    while at >= 0 and (at == 0 or not text[at - 1].isspace()):  # each match has white space right before ``word``
        at = text.find(word, at + 1)
    if at < 0:
        return
    size = len(text)
    pos = 0
    while (capital := _CAPITAL_START.search(text, pos)) is not None:
        start = capital.start()
        pos = start + 1
        for before in (_TWO_NAMES_BEFORE, _ONE_NAME_BEFORE):
            m = before.match(text, start)
            if m is None or not text.startswith(word, m.end()):
                continue
            end = m.end() + len(word)
            if _is_word_char(text[end - 1]) != (end < size and _is_word_char(text[end])):  # ``\\b`` after ``word``
                yield text[start:end]
                pos = end
                break


# The pattern ``names_ending_in`` follows, for a word put in with ``str.format``.
NAME_ENDING_IN = r"\b([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+{})\b"


def extract_quotes_table(docs: pd.DataFrame) -> pd.DataFrame:
    """``Quotes`` rows for every document."""
    rows = []
    with paused_gc():
        for article_id, text in zip(docs["article_id"].tolist(), docs["text"].tolist()):
            for q in extract_quotes(text if isinstance(text, str) else ""):
                rows.append({"article_id": article_id, **q})
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    for column in ("char_start", "char_end"):
        frame[column] = frame[column].astype("int64")
    return frame
