"""Direct quotations and who said them.

A quotation is text between curly or straight double quotes, in one paragraph, long enough to be speech rather
than a title or a scare-quoted phrase. Its speaker is read from the attribution around it ("X said", "said X,
title of Y", "X stated/noted/revealed", "according to X"); "he"/"she" and a bare surname point back to the last
named speaker or person; a quotation with no attribution that follows one of the same speaker continues it.
Unnamed speakers ("an anonymous visual effects artist") are kept as written.
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.stages.entity_lexicon import PERSON_TITLES

QUOTE_COLUMNS = ["article_id", "quote", "speaker", "char_start", "char_end"]

_VERBS = (
    r"(?:said|says|say|stated|states|noted|notes|added|adds|explained|explains|told|tells|revealed|reveals|"
    r"commented|comments|wrote|writes|argued|argues|insisted|insists|warned|warns|continued|continues|"
    r"remarked|acknowledged|acknowledges|claimed|claims|declared|asked|asks|replied|tweeted|posted|admitted|"
    r"admits|recalled|recalls|observed|emphasized|emphasised|stressed|pointed out|concluded|suggested|"
    r"believes|thinks|announced|confirmed|conceded|joked|quipped|urged|predicted|responded|shared|put it|"
    r"puts it|maintained|contended|cautioned|described(?: it)? as|called it|calling it|wrote in \w+(?: \w+)?|"
    r"explained to \w+|told \w+(?: \w+)?)"
)
_NAME = r"(?:[A-Z][\w'’.\-]*(?:\s+(?:(?:de|van|von|der|al|bin|da|di|le|la|of|of the|for)\s+)?[A-Z][\w'’\-]*){0,4})"
_PRONOUN = r"(?:he|she|they|He|She|They)"
_UNNAMED = r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome)\s+[a-z0-9][\w\-]*(?:\s+[a-z][\w\-]*){0,6})"
_ROLE_BEFORE_NAME = re.compile(
    r"^\s*,?\s*(?:said|says|added|explained|noted|according to)\s+(?:[\w'’\-]+\s+){0,4}?(?:spokes(?:man|woman|person)|"
    r"executive|director|president|chairman|chairwoman|analyst|minister|secretary|official|manager|chief|founder|"
    r"boss|coach|professor|economist|researcher|lawyer|attorney|leader|officer|editor|correspondent|"
    r"commissioner|governor|senator|mp|ceo|captain|striker|midfielder|defender|winger|goalkeeper|keeper|star|"
    r"referee|singer|actor|actress|director|producer|author|owner|partner|head)\s*,?\s+(?P<speaker>[A-Z][\w'’\-]*"
    r"(?:\s+[A-Z][\w'’\-]*){1,3})"
)
_LEAD_WORD_RE = re.compile(
    r"^(?:(?:But|And|However|Yet|So|Then|Now|Meanwhile|Also)\b,?\s+|[A-Z][\w.-]*['’]s\s+(?=[A-Z]))"
)
_APPOSITIVE = r"(?:,\s+[^,“”\"\n]{2,90},)?"
_UNNAMED_CUT_RE = re.compile(
    r"\s+(?:who|whose|which|that|familiar|with|at|in|from|on|for|working|based|close|involved|speaking|"
    r"said|says|told|added|noted|stated|commented|explained|revealed|wrote|asked|when|while|during|to|"
    r"also|has|had|recently|later|then)\b.*$"
)
_TITLE_PREFIX_RE = re.compile(
    r"^(?:(?:co-)?(?:ceo|cfo|coo|cto|president|vice president|chairman|chairwoman|chief executive|director|"
    r"minister|senator|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|professor|sir|gov\.?|governor|sen\.?|rep\.?|"
    r"judge|coach|mayor|general|gen\.?|chancellor|secretary|spokesman|spokeswoman|spokesperson)\s+)+",
    re.I,
)
_SPEAKER = rf"(?P<speaker>{_NAME}|{_PRONOUN}|{_UNNAMED})"

_AFTER_VERB_FIRST = re.compile(rf"^\s*,?\s*{_VERBS}\s+{_SPEAKER}")
_AFTER_SPEAKER_FIRST = re.compile(
    rf"^\s*,?\s*{_SPEAKER}\s+(?:(?:also|later|then|has|had|once|previously)\s+)?{_VERBS}\b"
)
_AFTER_ACCORDING = re.compile(rf"^\s*,?\s*(?:according to|per)\s+{_SPEAKER}")
_BEFORE_SPEAKER_VERB = re.compile(
    rf"{_SPEAKER}{_APPOSITIVE}\s+(?:(?:also|later|then|has|had|once|previously|recently|simply)\s+)?{_VERBS}"
    rf"(?:\s+[\w'’\-]+){{0,6}}?\s*(?:that\s*)?[:,]?\s*$"
)
_SAID_JUST_BEFORE = re.compile(rf"[,”\"]\s+{_SPEAKER}\s+(?:said|says|added|adds|told \w+(?: \w+)?)\.\s*$")
_BEFORE_ACCORDING = re.compile(rf"(?:according to|as)\s+{_SPEAKER}(?:\s+{_VERBS}(?:\s+it)?)?\s*,?\s*$", re.I)
_MARKED_QUOTE_RE = re.compile(r"“([^“”]+)”|«\s*([^«»]+?)\s*»|„([^“”„]+)[“”]")
_OPEN_BEFORE = set("([{—–-:;,'‘") | {"\n", " ", "\t"}
_CLOSE_AFTER = set(".,;:!?)]}—–-'’") | {"\n", " ", "\t"}


def _straight_quotes(text: str):
    """Pairs of straight double quotes, judged by the characters around each mark.

    A mark after a space opens, one before a space or punctuation closes; a stray closer is ignored, and a new
    opener while one is open ends the open quotation there (news copy often opens each paragraph of a long
    quotation without closing the previous one). Quotations never cross a line break.
    """
    opener = None
    for m in re.finditer('"', text):
        i = m.start()
        prev = text[i - 1] if i else "\n"
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        can_open = prev in _OPEN_BEFORE and not nxt.isspace()
        can_close = not prev.isspace() and nxt in _CLOSE_AFTER
        if opener is not None and "\n" in text[opener:i]:
            opener = None
        if opener is not None and can_close:
            yield opener, i + 1, opener + 1, i
            opener = None
        elif can_open:
            if opener is not None:
                end = len(text[:i].rstrip())
                yield opener, end, opener + 1, end
            opener = i


def _quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(outer start, outer end, inner start, inner end) of every quotation, in text order, without overlaps."""
    spans = [
        (m.start(), m.end(), *next(m.span(g) for g in range(1, 4) if m.group(g) is not None))
        for m in _MARKED_QUOTE_RE.finditer(text)
    ]
    if '"' in text:
        spans.extend(_straight_quotes(text))
    spans.sort()
    out: list[tuple[int, int, int, int]] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


_PERSON_RE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][\w'’\-]+){1,2})\b")
_BAD_SPEAKERS = {"It", "This", "That", "There", "The", "We", "I", "You", "Here", "What", "Who"}


def _is_speech(inner: str) -> bool:
    """Speech, not a title or a scare-quoted term: several words, or a full sentence."""
    words = inner.split()
    return len(words) >= 6 or bool(len(words) >= 3 and re.search(r"[.!?,…]\s*$", inner.strip()))


def _clean_speaker(raw: str) -> str | None:
    speaker = raw.strip(" ,.;:")
    if speaker.lower() in ("he", "she", "they"):
        return speaker.lower()
    pronoun = re.search(r"\b(?:and|but|so|then)\s+(he|she|they)$", speaker)
    if pronoun:
        return pronoun.group(1)
    if speaker[:1].islower() or (
        speaker.split()[0] in ("A", "An", "One", "Another", "Some")
        or (speaker.startswith("The ") and speaker[4:5].islower())
    ):
        speaker = _UNNAMED_CUT_RE.sub("", speaker)
        if re.search(r"\b(?:and|or|but|he|she|they|it|we|i|you)\b", speaker):
            return None
        if len(speaker.split()) < 2:
            return None
    else:
        speaker = tidy_name(speaker)
    speaker = re.sub(r"['’]s$", "", speaker)
    if not speaker or speaker in _BAD_SPEAKERS:
        return None
    return speaker


def _attribution(text: str, start: int, end: int) -> str | None:
    """The speaker named around the quotation text[start:end] (marks included), or None."""
    after = text[end : end + 160].split("\n", 1)[0]
    for pattern in (_ROLE_BEFORE_NAME, _AFTER_VERB_FIRST, _AFTER_SPEAKER_FIRST, _AFTER_ACCORDING):
        m = pattern.match(after)
        if m and _clean_speaker(m.group("speaker")):
            return _clean_speaker(m.group("speaker"))
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 200) : start]
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", before)[-1]
    for pattern in (_BEFORE_SPEAKER_VERB, _BEFORE_ACCORDING):
        m = pattern.search(sentence)
        if m and _clean_speaker(m.group("speaker")):
            return _clean_speaker(m.group("speaker"))
    m = _SAID_JUST_BEFORE.search(before)  # '... out of the blue," he said. "I never ...': the same speaker
    if m and _clean_speaker(m.group("speaker")):
        return _clean_speaker(m.group("speaker"))
    return None


def extract_quotes(text: str) -> list[dict]:
    """Quotations of one text: ``[{"quote", "speaker", "char_start", "char_end"}]`` (offsets of the inner text)."""
    if not text:
        return []
    out: list[dict] = []
    named: list[str] = []  # full names of speakers so far, for surnames and pronouns
    last_speaker: str | None = None
    last_end = -1
    people = _People(text)
    for outer_start, outer_end, inner_start, inner_end in _quote_spans(text):
        inner = text[inner_start:inner_end]
        if not _is_speech(inner):
            continue
        stripped = inner.strip()
        s = inner_start + (len(inner) - len(inner.lstrip()))
        e = s + len(stripped)
        raw = _attribution(text, outer_start, outer_end)
        speaker = _resolve(raw, named, text, outer_start, people) if raw else None
        gap = text[last_end:outer_start] if last_end >= 0 else ""
        close = last_end >= 0 and gap.count("\n\n") <= 1 and len(gap) < 240
        if speaker is None and raw is None and last_speaker and close:
            speaker = last_speaker  # continues the previous speaker: close by, nobody else named in between
        if speaker and speaker[0].isupper() and speaker not in named and len(speaker.split()) >= 2:
            named.append(speaker)
        out.append({"quote": stripped, "speaker": speaker, "char_start": s, "char_end": e})
        if speaker:
            last_speaker = speaker
        last_end = outer_end
    return out


class _People:
    """PERSON mentions of one text, found once and only if a pronoun needs them."""

    def __init__(self, text: str):
        self.text = text
        self._mentions: list[tuple[int, str]] | None = None

    def last_before(self, position: int) -> str | None:
        """The person last mentioned before ``position`` (what "he said" most often points back to)."""
        if self._mentions is None:
            from pipeline.stages.entities import extract_entities

            self._mentions = sorted(
                (start, ent["text"])
                for ent in extract_entities(self.text)
                if ent["label"] == "PERSON"
                for start, _ in ent["spans"]
            )
        before = [name for start, name in self._mentions if start < position]
        return before[-1] if before else None


def tidy_name(name: str) -> str:
    """ "But Umaga" -> "Umaga", "England's Josh Lewsey" -> "Josh Lewsey", "Referee Graham Poll" -> "Graham Poll"."""
    name = _LEAD_WORD_RE.sub("", name)
    name = _TITLE_PREFIX_RE.sub("", name)
    tokens = name.split()
    while len(tokens) > 2 and tokens[0].lower() in PERSON_TITLES:
        tokens = tokens[1:]
    return " ".join(tokens)


def _resolve(raw: str, named: list[str], text: str, position: int, people: _People) -> str | None:
    """A pronoun or surname to the full name it refers to; unnamed speakers stay as written."""
    if raw.lower() in {"he", "she", "they"}:
        if named:
            return named[-1]
        person = people.last_before(position)
        if person is None:
            return None
        raw = person
    if raw[:1].islower() or raw.split()[0].lower() in {"a", "an", "the", "one", "another", "some"}:
        return raw
    if len(raw.split()) == 1:
        for full in reversed(named):
            if raw in full.split():
                return full
        for m in re.finditer(rf"\b([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+{re.escape(raw)})\b", text[:position]):
            full = tidy_name(m.group(1))
            if len(full.split()) >= 2:
                return full
    return raw


def extract_quotes_table(docs: pd.DataFrame) -> pd.DataFrame:
    """``Quotes`` rows for every document."""
    rows = []
    for article_id, text in zip(docs["article_id"], docs["text"]):
        for q in extract_quotes(text if isinstance(text, str) else ""):
            rows.append({"article_id": article_id, **q})
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    for column in ("char_start", "char_end"):
        frame[column] = frame[column].astype("int64")
    return frame
