"""Articles in, claim records out: one row per quantitative claim, in the ``Claims`` table's shape.

Each quantity found in an article becomes a claim with the context a fact-checker needs to compare it with
other articles: who it is about (subject), what it measures (metric), when (period), whether it is a
prediction (forecast) and who said so (attribution). ``claim_key`` joins those into the clustering key.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

import pandas as pd

from pipeline.claims.attribution import find_attribution
from pipeline.claims.clusters import APPROX_WORDS, one_fact_per_article
from pipeline.claims.context import (
    MOVE_FROM_BEFORE,
    clause_after,
    clause_around,
    is_forecast,
    is_modal_cue,
    sentence_hedges,
)
from pipeline.claims.filters import is_story_claim
from pipeline.claims.keys import claim_key, is_conversion, is_market_quote, market_day, qualified
from pipeline.claims.metrics import (
    APPOSITIVE_NAME,
    TIME_UNITS,
    counted_noun,
    counted_noun_metric,
    find_metric,
    is_difference,
    occurrence_metric,
)
from pipeline.claims.periods import (
    find_period,
    has_relative_period,
    has_undatable_period,
    is_reporting_period,
    sentence_reporting_periods,
)
from pipeline.claims.quantities import scan
from pipeline.claims.quantity import Quantity
from pipeline.claims.ranges import TOP_BEFORE
from pipeline.claims.screens import lowered
from pipeline.claims.sentences import split_sentences
from pipeline.claims.subjects import (
    _PERSON_OWNER,
    AGE_DESCRIPTION,
    PERSONAL,
    _occurrences,
    find_subject,
    guess_entities,
    main_organisation,
    named_in,
    normalize_subject,
)
from pipeline.claims.units import dimension_of, is_currency
from pipeline.collector import paused_gc
from pipeline.schemas import MODELS, conform, empty_frame
from pipeline.stages.word_frequency import is_common_word

CLAIM_COLUMNS: list[str] = list(MODELS["claims"].to_schema().columns)
_NOT_A_CLAIM = {"one", "a", "an"}  # "one of the best", "a million-dollar house" as a noun phrase
_AGO_AFTER = re.compile(r"\s+ago\b")
# Who told the reporter, not what they told: "according to two people familiar with the matter"
_SOURCES_AFTER = re.compile(
    r"\s+(?:other\s+)?(?:people|persons|sources|officials|executives|insiders)\s+(?:familiar\s+with|with\s+knowledge\s+of|"
    r"close\s+to|briefed\s+on|who\s+(?:spoke|asked|declined))\b",
    re.I,
)
# A paragraph about the article's own revisions: its figures are the ones withdrawn or the corrected ones restated
_CORRECTION_NOTE = re.compile(
    r"(?im)^[ \t(\[*_]*(?:corrections?|clarification|editor['’]s note|corrects|this (?:story|article|report) "
    r"(?:has been|was) (?:corrected|amended|updated))\b[^\n]*"
    r"|\b(?:an? )?(?:earlier|previous) version of this (?:story|article|report)\b[^\n]*"
)


def _correction_notes(text: str) -> list[tuple[int, int]]:
    """Spans of correction notes ("Correction: An earlier version of this story said ...", "(This story has been
    corrected to show ...)"): each to the end of its line."""
    if "orrect" not in text and "version of this" not in text and "larification" not in text and "note" not in text:
        return []
    return [m.span() for m in _CORRECTION_NOTE.finditer(text)]


def claim_id(article_id: str, start: int, end: int) -> str:
    """Stable across runs: the article and the span, hashed."""
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


def extract_claims(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per quantitative claim of every article, conforming to ``pipeline.schemas.Claims``.

    ``articles`` has ``article_id``, ``text``, ``published_at`` (tz-aware or NaT) and ``entities`` (list of
    ``{"text", "label", "count"}``), and may have the headline as ``title``. Offsets are into ``text``.
    """
    rows: list[dict] = []
    with paused_gc():
        for record in articles.to_dict("records") if len(articles) else []:
            rows.extend(_article_claims(record))
    if not rows:
        return empty_frame("claims")
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS).drop_duplicates("claim_id")  # an article given twice
    # a key under which one article reports conflicting values names no single fact: those claims stand alone
    alone = ~one_fact_per_article(frame)
    frame.loc[alone, "claim_key"] = "claim:" + frame.loc[alone, "claim_id"].astype(str)
    return conform("claims", frame)


def _entities(value: object) -> list[dict]:
    if value is None or isinstance(value, float):
        return []
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes, dict)):
        return [dict(e) for e in value if isinstance(e, dict) or hasattr(e, "keys")]
    return []


def _article_claims(record: dict) -> list[dict]:
    article_id = str(record["article_id"])
    text = record.get("text")
    text = text if isinstance(text, str) else ""
    published_at = record.get("published_at")
    given = _entities(record.get("entities"))
    pub = None if published_at is None or pd.isna(published_at) else pd.Timestamp(published_at)
    # the quantities a story asserts: no passing age, exchange-rate note or worked example (``is_story_claim``)
    title = record.get("title")  # (the headline: evidence of which currency "kroner" means, never read for claims)
    context = title if isinstance(title, str) else ""
    quantities = [q for q in scan(text, listed_times=True, context=context) if is_story_claim(q, text)]
    if not quantities:
        return []  # nothing to attribute or date: skip guessing entities and reading every sentence's period
    # a tuple: fixed, so find_subject may reuse a sentence's mentions
    entities = tuple(_prepared(given, text) if given else guess_entities(text))
    spans = split_sentences(text)
    if spans and spans[0][0] > 0:  # a wire dateline: its agency ("(Reuters)") is nobody the figures are about
        body = text[spans[0][0] :]
        entities = tuple(e for e in entities if e.get("text") and e["text"] in body)
    starts = [a for a, _ in spans]
    lead_end = spans[0][1] if spans else 0
    title = record.get("title")
    body_start = spans[0][0] if spans else 0  # after a wire dateline: "(Halden Wire)" acts in no lead
    main_org = main_organisation(
        entities, text[body_start:], lead_end - body_start, title if isinstance(title, str) else None
    )
    # read once, for the reporting and carried periods: only quarters and halves count, and most articles have none
    periods = sentence_reporting_periods(text, spans, pub)
    reporting = _reporting_period(periods, pub)
    names = _FullNames(text, entities)
    out = []
    previous: dict | None = None
    before: Quantity | None = None  # the quantity read before this one, of any kind
    notes = _correction_notes(text)
    for q in quantities:
        surface = text[q.start : q.end]
        if surface.lower() in _NOT_A_CLAIM or (q.unit in TIME_UNITS and _AGO_AFTER.match(text, q.end)):
            continue  # "four years ago" is a quantity (``extract_quantities`` reads it) but a point in time
        if notes and any(a <= q.start < b for a, b in notes):
            continue  # "An earlier version of this story said 1,850 jobs": the figure the story no longer claims
        if _SOURCES_AFTER.match(text, q.end) or TOP_BEFORE.search(text, max(0, q.start - 5), q.start):
            continue  # "two people familiar with its finances" count sources; "the top ten" is a rank
        index = _sentence_index(spans, starts, q.start)
        s_start, s_end = spans[index] if index is not None else (0, len(text))
        claim = _claim(article_id, text, q, s_start, s_end, pub, entities, main_org, names)
        if (
            claim["subject"] is None
            and main_org
            and _is_company_metric(claim["metric"])
            and not any(name != main_org for name in named_in(claim["sentence"], entities))
        ):  # "Net income was $1.9 billion" in a story about one company's results (no other name in the sentence;
            # a place modifying a noun, "the Munich-based maker", names none)
            claim["subject"] = main_org
            _rekey(claim, q.unit)
        if (
            claim["metric"] is None
            and previous is not None
            and previous["metric"]
            and _coordinated(text, previous, q)
            and not is_difference(text, q.end, q.unit)  # "$999, $100 more than the X6": a gap, not a second price
        ):
            claim["metric"] = previous["metric"]  # "costing $20 to $30 for new titles and $10 to $20 for old"
            _rekey(claim, q.unit)
        previous = claim
        if claim["period"] is None and is_market_quote(claim["metric"], q.unit) and pub is not None:
            # a quote of the day it was published, or of the weekday its sentence names ("closed up 9.4% on
            # Tuesday" in Wednesday's paper), never the story's quarter
            claim["period"] = _named_trading_day(claim["sentence"], pub) or market_day(pub)
            _rekey(claim, q.unit)
        if (
            claim["period"] is None
            and not claim["forecast"]
            and q.unit != "ratio"
            and not has_relative_period(claim["sentence"])
            and not _OWN_YEAR.search(claim["sentence"])
        ):  # "Last year it made $9 billion" without a publication date stays undated, never the story's quarter;
            # a sentence naming its own year ("in 2004 while revenues added 4%") is not framed by another's quarter
            carried = _carried_period(periods, index, pub) if index and _is_reported(claim["metric"]) else None
            if carried is None and _is_financial(claim["metric"]):
                carried = reporting  # an earnings story's figures belong to the one quarter it reports
            claim["period"] = carried
            _rekey(claim, q.unit)
        if is_conversion(text, before, q):
            claim["claim_key"] = f"claim:{claim['claim_id']}"  # "$27bn (£14bn)": the figure before is the claim
        elif claim["period"] is None and (
            has_relative_period(claim["sentence"]) if pub is None else has_undatable_period(claim["sentence"])
        ):
            # "up 0.9% on the day", "rose 0.8% in January" with no date to read them by: a period no other
            # article's claim can be known to share (and clustering must not lend it the story's quarter). In a
            # dated article "last year" dates its own figure: "fined £12m after 4,000 spills last year" leaves
            # the fine undated, comparable with other articles' reports of it.
            claim["claim_key"] = f"claim:{claim['claim_id']}"
        if _is_previous_level(text, q) and not claim["claim_key"].startswith("claim:"):
            claim["claim_key"] = qualified(claim["claim_key"], "previous")  # "raised it to 400m from 150m"
        earlier = _earlier_baseline(text, q)
        if earlier:  # "rose to £412m from £380m a year earlier": last year's figure (or last month's)
            claim["period"] = _year_before(claim["period"]) if earlier == "year" else _month_before(claim["period"])
            if claim["period"] is None:
                claim["claim_key"] = f"claim:{claim['claim_id']}"  # undatable: no other report's figure to meet
            else:
                _rekey(claim, q.unit)
        before = q
        out.append(claim)
    return out


# The figure a change is measured from ("from £380m", "compared with 4.6%") with a year-ago reference after it
_BASELINE_BEFORE = re.compile(
    r"\b(?:from|compared\s+with|compared\s+to|versus|vs\.?|against)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I
)
# (only the references no period reader dates: "last year" and "in 2024" date the figure themselves)
_YEAR_EARLIER_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)",
    re.I,
)


# The whole of a partitive ("won 142 of the 300 seats", "three of the 12 miners were rescued"): its noun is what
# the part before it counts, so the whole takes no metric from that noun (two figures of one metric in one sentence
# make the key name no single fact, and both would stand alone). An owner's whole ("close 34 of its 212 stores")
# is the owner's count of it, and keeps its metric.
_PARTITIVE_WHOLE = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|"
    r"hundreds|thousands))\s+of\s+the\s+$",
    re.I,
)
# "All but two of the 157 passengers died": the figure after "all but" counts those the verb does not hold for
_ALL_BUT_BEFORE = re.compile(r"\ball\s+but\s+(?:about\s+|around\s+|some\s+)?$", re.I)
# The metric of the complement, where it has a name of its own: those who did not die survived, and so on back
_COMPLEMENT_METRICS = {"deaths": "survivors", "survivors": "deaths"}
_MONTH_EARLIER_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:a\s+month\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+month|the\s+month\s+before)",
    re.I,
)


def _partitive_whole(sentence: str, start: int) -> bool:
    """``_PARTITIVE_WHOLE`` right before ``start``: searched only after a "the" (every match ends with "the" and
    spaces), since the search tries each of the 30 characters before the figure."""
    lo = max(0, start - 30)
    if sentence[lo:start].rstrip()[-3:].lower() != "the":
        return False
    return _PARTITIVE_WHOLE.search(sentence, lo, start) is not None


def _is_year_earlier_baseline(text: str, q: Quantity) -> bool:
    return _earlier_baseline(text, q) == "year"


def _earlier_baseline(text: str, q: Quantity) -> str | None:
    """``year`` or ``month`` for the figure a change is measured from with a year or a month ago after it
    ("from £380m a year earlier", "from 4.4 per cent a month earlier"), else None."""
    if not _BASELINE_BEFORE.search(text, max(0, q.start - 24), q.start):
        return None
    if _YEAR_EARLIER_AFTER.match(text, q.end):
        return "year"
    return "month" if _MONTH_EARLIER_AFTER.match(text, q.end) else None


def _month_before(period: str | None) -> str | None:
    """The month before a month's period ("2026-10" -> "2026-09", "2026-01" -> "2025-12"); None for any other."""
    if not period or not re.fullmatch(r"\d{4}-\d{2}", period):
        return None
    year, month = int(period[:4]), int(period[5:])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = re.compile(r"\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _named_trading_day(sentence: str, pub: pd.Timestamp) -> str | None:
    """The date of the one weekday a market quote's sentence names ("on Tuesday"): the latest such day on or
    before publication (UTC), within the week before it; None when it names none, or two."""
    days = {m.group(1).lower() for m in _ON_WEEKDAY.finditer(sentence)}
    if len(days) != 1:
        return None
    published = pd.Timestamp(pub).tz_convert("UTC") if pd.Timestamp(pub).tzinfo else pd.Timestamp(pub)
    back = (published.weekday() - _WEEKDAYS.index(days.pop())) % 7
    return f"{published - pd.Timedelta(days=back):%Y-%m-%d}"


# The level a move started from: "rose to 112 from 100", "raised its budget to 400m soles from the 150m announced",
# "214 cases, up from 173": a figure of the past, which must not meet other reports of the level now
_PREVIOUS_BEFORE = re.compile(
    r"(?:\bto\s+[^,;.()]{1,40}?|\b(?:up|down|higher|lower|rising|falling|rose|fell|increased|decreased|cut|raised|"
    r"lowered|climbed|jumped|dropped|grew|slipped|eased)\s+)from\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
    re.I,
)


def _is_previous_level(text: str, q: Quantity) -> bool:
    """Whether ``q`` is the level a move is stated from (``_PREVIOUS_BEFORE``); a year-ago or month-ago baseline
    is dated instead (``_earlier_baseline``)."""
    lo = max(0, q.start - 60)
    low = lowered(text[lo : q.start])  # (None: a character ``re.I`` may read as an ASCII letter, not screened)
    if low is not None and "from" not in low:
        return False  # every match holds "from", and the search tries each of the 60 characters: most have none
    if not _PREVIOUS_BEFORE.search(text, lo, q.start):
        return False
    return not (_YEAR_EARLIER_AFTER.match(text, q.end) or _MONTH_EARLIER_AFTER.match(text, q.end))


def _year_before(period: str | None) -> str | None:
    """The same span a year earlier: "2024-Q4" -> "2023-Q4", "2025-01" -> "2024-01", "2024" -> "2023"."""
    if not period or not period[:4].isdigit():
        return None
    return f"{int(period[:4]) - 1}{period[4:]}"


def _prepared(entities: list[dict], text: str) -> list[dict]:
    """The entities, cleaned and completed for finding subjects, in one pass:

    * the lower-case words a tagger took in before a name dropped ("for the DS" -> "DS");
    * a person named by title and surname ("Lord Sainsbury", "Mr Richter") added as a PERSON entity of its own:
      taggers find "David Sainsbury" but not the later "Mr Sainsbury", and without the alias a sentence naming him
      so names nobody and its figure goes to whoever else it names (``_FullNames.person`` maps it back).
    """
    out = []
    surnames = set()
    short_names: dict[str, str] = {}  # a company's first word -> its full name (the first such company)
    for e in entities:
        name = e.get("text") or ""
        if name[:1].islower():
            words = name.split()
            while words and not words[0][:1].isupper():
                words.pop(0)
            if not words:
                continue
            name = " ".join(words)
            e = {**e, "text": name}
        if " " in name and e.get("label") == "PERSON":
            surnames.add(_surname(name))
        elif " " in name and e.get("label") == "ORG":
            short_names.setdefault(name.split()[0], name)
        out.append(e)
    known = {e.get("text") for e in out}
    for short, full in short_names.items():  # "Castellan shares fell" after "Castellan Energy": the company
        if short not in known and short[:1].isupper() and not is_common_word(short) and _stands_alone_org(short, text):
            out.append({"text": short, "label": "ORG", "count": 0, "alias_of": full})  # named in full as subject
    if surnames:
        known = {e.get("text") for e in out}
        for alias in dict.fromkeys(m.group(0) for m in _TITLED_ANYWHERE.finditer(text)):
            if alias not in known and alias.rsplit(None, 1)[-1] in surnames:
                out.append({"text": alias, "label": "PERSON", "count": 0})
        for surname in sorted(surnames - known):  # "Varga scored 27 goals" after "Tomas Varga" (sorted: stable)
            if _stands_alone(surname, text):
                out.append({"text": surname, "label": "PERSON", "count": 0})
    return out


def _moved_metric(metric: str | None, unit: str, change: str) -> str | None:
    """The metric a claim is keyed by: an amount (a count or money) moved by a verb ("added 6.4 million
    subscribers", "profits rose £200m") is the size of a change, another fact than the level ("118 million
    subscribers"), so it is keyed apart; a rate's move already has its own ``_growth`` metric."""
    if metric is None or change not in ("up", "down") or metric.endswith("_growth"):
        return metric
    amount = unit == "count" or is_currency(dimension_of(unit).split("_per_")[0])  # "ten times faster": no move
    return f"{metric}_{change}" if amount else metric


def _stands_alone_org(short: str, text: str) -> bool:
    """Whether the article writes a company's first word without a capitalised word after it (the rest of its
    name, or another name)."""
    for _, b in _occurrences(short, text):
        following = text[b : b + 2]
        if not (following[:1] == " " and following[1:].isupper()):
            return True
    return False


def _stands_alone(surname: str, text: str) -> bool:
    """Whether the article writes the surname without the name before it ("Varga, 24, netted ...")."""
    for a, _ in _occurrences(surname, text):
        words = text[max(0, a - 30) : a].split()
        if not (text[a - 1 : a] == " " and words and words[-1][:1].isupper() and words[-1][-1:].isalpha()):
            return True  # no name word right before it: not the end of "Tomas Varga" or "Mr Varga" ("Azul. Varga")
    return False


# "Mr Kennedy", "Lord Sainsbury", "Dr. Okafor": a titled surname, as ``_TITLED`` reads one, written to start with
# a character class so ``re`` skips to a capital that may open a title at C speed
_TITLED_ANYWHERE = re.compile(
    r"[MDLSBP](?<!\w.)(?:(?<=M)(?:rs|r|s|iss)|(?<=D)(?:r|ame)|(?<=L)(?:ord|ady)|(?<=S)ir|(?<=B)aroness"
    r"|(?<=P)rof(?:essor)?)\.?\s+[A-Z][\w'’-]+"
)


def _surname(name: str) -> str:
    """The surname of a full name ("Charles Kennedy" -> "Kennedy"; a peer's "Callaghan of Cardiff" -> "Callaghan")."""
    return _peer_surname(name) or name.rsplit(None, 1)[-1]


# A claim record's flag (not a table column): its value is the level a move reached, keyed as that level
LEVEL_REACHED = "_level_reached"


def _rekey(claim: dict, unit: str) -> None:
    """The claim's key again, after the loop over an article changed its metric or period."""
    level = claim.get(LEVEL_REACHED)
    metric = claim["metric"] if level else _moved_metric(claim["metric"], unit, claim["change"])
    claim["claim_key"] = claim_key(
        claim["subject"], metric, unit, claim["period"], claim["forecast"], claim["claim_id"]
    )


# Between two amounts of one list, no sentence or clause end: "$20 (£10.40) to $30 (£15.60) for new titles and
# $10 (£5.20) to $20 for older films" states one predicate (a price) for all of them.
_LIST_GAP = re.compile(r"[^.;:!?\n]{0,60}")


def _coordinated(text: str, previous: dict, q: Quantity) -> bool:
    """Whether ``q`` continues the list of amounts ``previous`` opened: both money, close, same clause. Counts and
    percentages in a row are as often different things ("5 stores and 10%")."""
    if not (is_currency(previous["unit"]) and is_currency(q.unit)):
        return False
    start = previous["char_end"]
    return 0 <= q.start - start <= 60 and _LIST_GAP.fullmatch(text, start, q.start) is not None


# A time adverbial opening the sentence dates its main clause: "In January 2004, Shell told investors ...". A
# year elsewhere in the sentence belongs to its own clause ("..., and ministers suggest it could double by 2050"),
# and "Since ..." opens a span, not a period.
_OPENING_ADVERBIAL = re.compile(r"(?:In|By|During|At\s+the\s+end\s+of|Until|Through(?:out)?)\s[^,;:]{0,40},")
_STRONG_BREAK = re.compile(r"[,;:—–]|\s-\s")
# A month or quarter right after the figure dates that figure, whatever the clause names before it: "fell to 2.8%
# in April from 3.1% in March" (3.1% is March's)
_PERIOD_RIGHT_AFTER = re.compile(
    r"\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?|(?:first|second|third|fourth|final|last)[\s-]+quarter(?:\s+of\s+\d{4})?|"
    r"Q[1-4](?:\s+\d{4})?)\b"
)
# A relative clause after the figure speaks of something else: "$1m to the ex-finance chief who stepped down in
# April 2004" does not date the payment.
_RELATIVE_AFTER = re.compile(r"\s(?:who|whom|whose|which)\s")


def _own_clause(sentence: str, start: int, end: int) -> str:
    """``clause_around`` cut before a relative clause that follows the figure."""
    clause = clause_around(sentence, start, end)
    if "wh" not in clause:
        return clause
    offset = clause.find(sentence[start:end])
    m = _RELATIVE_AFTER.search(clause, offset + (end - start)) if offset >= 0 else None
    return clause[: m.start()] if m else clause


# A hedge word found anywhere in the sentence governs the figure only from the figure's own clause: before it
# back to the last comma, semicolon, colon or dash ("The Lib Dems say they would fund ... a 50% rate"), after it up
# to the next clause break ("... more than £100,000, saying it would apply ..." leaves £100,000 unhedged).
_BEFORE_BREAK = re.compile(r"[,;:—–]|\s-\s|\s(?:but|while|whereas)\s")


def _governing_hedges(sentence: str, start: int, end: int, hedge: str | None) -> str | None:
    if not hedge:
        return hedge
    from_sentence = set(sentence_hedges(sentence))
    words = [h.strip() for h in hedge.split(",") if h.strip()]
    if not from_sentence.intersection(words):
        return hedge
    left = max((m.end() for m in _BEFORE_BREAK.finditer(sentence, 0, start)), default=0)
    scope = (sentence[left:start] + " " + clause_after(sentence, end)).lower()
    kept = [h for h in words if h not in from_sentence or re.search(rf"\b{re.escape(h)}\b", scope)]
    return ", ".join(kept) or None


# "he added", "she said", "said he": a pronoun source, resolved to the person named last before the sentence.
# Written as ``\b(?:[Hh]e|[Ss]he)\s+(?:also\s+)?(?:said|...)\b|\b(?:said|says|added)\s+(?:he|she)\b`` would be, but
# starting with one character class, so ``re`` skips to a possible first letter at C speed instead of trying both
# branches at every character; ``(?<!\w.)`` is the leading ``\b``, the lookbehinds pick the branch of that letter.
_PRONOUN_SAYS = re.compile(
    r"[HhSsa](?<!\w.)(?:"
    r"(?:(?<=[Hh])e|(?<=[Ss])he)\s+(?:also\s+)?(?:said|says|added|told|explained|believes|warned|claimed|estimated"
    r"|expects|expected|predicts|predicted|forecasts)\b"
    r"|(?:(?<=s)a(?:id|ys)|(?<=a)dded)\s+(?:he|she)\b)"
)
_TITLED = re.compile(
    r"(?:^|(?<=\s))(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame|Professor|Prof)\.?\s+(?P<surname>[A-Z][\w'’-]+)$"
)
_NUMBER_WORD = re.compile(
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|"
    r"Thousand|Million)\s+(?=[A-Z])"
)
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n][\"'“”‘’)]*\s+|\A[\"'“‘]+)\Z")
_NAME_WORD = r"[A-Z][\w&.-]*[\w&]"
_NAME_TOKEN = re.compile(_NAME_WORD)


def _left_run(text: str, end: int) -> tuple[list[str], int]:
    """The capitalised words right before ``end``, joined by "of" or "&" ("World " before "Bank", "Johnson & "
    before "Johnson"), read backwards word by word, and where they start; never a joining word first. Not "and":
    two coordinated names ("The Punisher and House of the Dead") are more common than a name holding "and"."""
    words: list[str] = []
    pos = end
    while pos > 0 and len(words) < 8:
        stop = pos
        while stop > 0 and text[stop - 1] == " ":
            stop -= 1
        if stop == pos:
            break  # no space before: the name is glued to something else
        begin = text.rfind(" ", 0, stop) + 1
        word = text[begin:stop]
        if not (_NAME_TOKEN.fullmatch(word) or word in ("of", "&")):
            break
        words.insert(0, word)
        pos = begin
    while words and words[0] in ("of", "&"):
        pos += len(words[0]) + 1
        words.pop(0)
    return words, pos


_LEFT_WORDS = {
    "The", "A", "An", "In", "On", "At", "But", "And", "With", "For", "From", "By", "As", "If", "When", "While",
    "After", "Before", "Since", "It", "Its", "This", "That", "Mr", "Mrs", "Ms", "Dr", "Lord",
}  # fmt: skip


class _FullNames:
    """An article's names in their fullest form, looked up lazily (only for the subjects and sources chosen).

    A name is written in full once and shortened later ("Nintendo DS" ... "the DS"; "the World Bank" read as
    "Bank"; "Charles Kennedy" ... "Mr Kennedy"): the fullest form is the longest run of capitalised words in the
    article that ends with the short name (joined by "of", "&"), or for a titled surname the person
    whose name ends with it. Persons are never extended leftwards (a role or a possessive owner stands there).
    """

    def __init__(self, text: str, entities: tuple[dict, ...]) -> None:
        self.text = text
        self.persons = [
            p for p in (_NUMBER_WORD.sub("", e.get("text") or "") for e in entities if e.get("label") == "PERSON")
            if " " in p
        ]  # fmt: skip
        self.entities = entities
        self._counts: dict[str, int] | None = None
        self.labels = {e.get("text"): e.get("label") for e in entities}
        self.aliases = {e["text"]: e["alias_of"] for e in entities if e.get("alias_of")}
        self._cache: dict[str, str] = {}
        self._person_spans: list[tuple[int, str]] | None = None
        self._person_starts: list[int] = []

    @property
    def counts(self) -> dict[str, int]:
        """How often the tagger saw each person (read only to choose between persons, so built on first use)."""
        if self._counts is None:
            self._counts = {
                e.get("text"): int(e.get("count") or 0) for e in self.entities if e.get("label") == "PERSON"
            }  # fmt: skip
        return self._counts

    def person(self, name: str) -> str:
        """A titled surname ("Mr Kennedy"), a bare one or a peer's title ("Callaghan of Cardiff") -> the person's
        given name and surname ("Charles Kennedy") when the article names such a person; of several, the one it
        names most ("Mr Richter" in a story about Scott Richter that quotes his brother once)."""
        m = _TITLED.search(name)  # "Later Ms Lopez": a sentence's first word may precede the title
        surname = m.group("surname") if m else (name if " " not in name else _peer_surname(name))
        if not surname:
            return name
        found = list({p for p in self.persons if p.split()[-1] == surname and not _TITLED.match(p) and p != name})
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            found.sort(key=lambda p: -self.counts.get(p, 0))
            if self.counts.get(found[0], 0) > self.counts.get(found[1], 0):
                return found[0]
        return name

    def named_person(self, source: str) -> str:
        """The person a source ends with, without role or owner: "Tory spokesman Simon Burns" -> "Simon Burns",
        "Thailand's Prime Minister Thaksin Shinawatra" -> "Thaksin Shinawatra" (names are given name and surname)."""
        if " " not in source or not self.persons:
            return source
        for p in self.persons:
            if len(p) < len(source) and source.endswith(p) and source[-len(p) - 1] == " ":
                return p
        return source

    def fullest(self, name: str) -> str:
        if name in self.aliases:
            return self.aliases[name]  # a company by its first word: the name the article gives it in full
        if name in self._cache:
            return self._cache[name]
        full = _NUMBER_WORD.sub("", name)  # "Five Virgin megastores": the number counts the stores
        if self.labels.get(name) == "PERSON" or _TITLED.search(full):
            full = self.person(full)
        else:
            best = full
            for a, _ in _occurrences(full, self.text):
                words, run_start = _left_run(self.text, a)
                if not words:
                    continue
                if _SENTENCE_START.search(self.text, max(0, run_start - 8), run_start) and words[0] not in self.labels:
                    words = words[1:]  # "Although Nintendo": a sentence's first word is capitalised anyway
                # a first word the article also writes in lower case is a common word capitalised by a sentence
                # start ("Other DS"), not part of the name
                while words and (words[0] in _LEFT_WORDS or words[0] in ("and", "of", "&") or self._common(words[0])):
                    words = words[1:]
                if any(w.endswith(("'s", "’s")) for w in words) or (words and words[-1] == "of"):
                    continue  # an owner; and "X of Thailand" is another entity than Thailand
                candidate = " ".join([*words, full])
                if len(candidate) > len(best) and words:
                    best = candidate
            full = best
        self._cache[name] = full
        return full

    def _common(self, word: str) -> bool:
        if _NUMBER_WORD.match(word + " A"):
            return True  # "Five Virgin megastores": a number, not a name
        return bool(_occurrences(word.lower(), self.text))

    def protagonist(self) -> str | None:
        """The person the article names most (tagger counts, ties to the first listed): who "the 87-year-old"
        describes, news style's way to name the story's subject again (the last person named may be a mourner)."""
        full = [p for p in self.persons if not _TITLED.match(p)]
        return self.person(max(full, key=lambda p: self.counts.get(p, 0))) if full else None

    def last_person(self, offset: int) -> str | None:
        """The person (fullest name) named last before ``offset``: what "he" and "she" refer back to."""
        if self._person_spans is None:
            full = [p for p in self.persons if not _TITLED.match(p) and _peer_surname(p) is None]
            surnames = Counter(p.split()[-1] for p in full)
            spans = []
            for p in self.persons:
                keys = {p, p.split()[-1]} if p in full and surnames[p.split()[-1]] == 1 else {p}
                for key in keys:
                    spans.extend((start, p) for start, _ in _occurrences(key, self.text))
            spans.sort()
            self._person_spans = spans
            self._person_starts = [start for start, _ in spans]
        i = bisect_right(self._person_starts, offset - 1) - 1
        return self.person(self._person_spans[i][1]) if i >= 0 else None


def _peer_surname(name: str) -> str | None:
    """The surname a peer's title is made of ("Callaghan of Cardiff" -> "Callaghan"), else None."""
    first, sep, _ = name.partition(" of ")
    return first if sep and first and " " not in first else None


# ``\b(?:19[5-9]\d|20\d\d)\b`` starting with a character class (``re`` skips to a "1" or "2" at C speed).
_OWN_YEAR = re.compile(r"[12](?<!\w.)(?:(?<=1)9[5-9]\d|(?<=2)0\d\d)\b")

_FINANCIAL = ("revenue", "profit", "operating_profit", "eps", "loss", "spending")
# What a company reports for a quarter or half: an earlier sentence's quarter frames these ("It added 5 million
# subscribers"), not a price, a head count or a length of time ("The rival starts at $1,299", "It employs 12,000")
_REPORTED = frozenset({
    *_FINANCIAL, "subscribers", "users", "customers", "market_share", "units_sold", "views", "orders", "downloads",
    "shares", "gdp", "inflation", "core_inflation", "unemployment", "exports", "imports", "deficit", "trade_balance",
    "debt", "growth",
})  # fmt: skip


# What a company reports of itself: a figure of these with no name in its sentence is the story's company's.
_COMPANY_METRICS = frozenset({"revenue", "profit", "operating_profit", "eps", "loss", "shares"})


def _is_company_metric(metric: str | None) -> bool:
    return bool(metric) and metric.removesuffix("_growth") in _COMPANY_METRICS


def _is_reported(metric: str | None) -> bool:
    return bool(metric) and metric.removesuffix("_growth") in _REPORTED


def _is_financial(metric: str | None) -> bool:
    return bool(metric) and (metric in _FINANCIAL or metric.endswith("_growth"))


def _sentence_index(spans: list[tuple[int, int]], starts: list[int], offset: int) -> int | None:
    """The sentence holding ``offset`` (spans are sorted and disjoint, so a bisection finds it), or None."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < spans[i][1] else None


def _reporting_period(periods: list[str | None], pub: pd.Timestamp | None = None) -> str | None:
    """The quarter or half an article reports on, when it names exactly one (``periods``: one per sentence); a
    quarter still to come ("completion by the third quarter of 2026") is a target, not what the article reports."""
    reporting = {p for p in periods if is_reporting_period(p) and not _is_future(p, pub)}
    return reporting.pop() if len(reporting) == 1 else None


def _is_future(period: str | None, pub: pd.Timestamp | None) -> bool:
    """Whether ``period`` begins after the publication: a later year, or a later quarter or half of its year."""
    if not (period and pub is not None and period[:4].isdigit()):
        return False
    year = int(period[:4])
    if year != pub.year:
        return year > pub.year
    part = period[5:]
    months = {"Q": 3, "H": 6}.get(part[:1])  # a quarter or a half: its number counts spans of this many months
    return bool(months and part[1:].isdigit() and (int(part[1:]) - 1) * months + 1 > pub.month)


def _carried_period(periods: list[str | None], index: int, pub: pd.Timestamp | None = None) -> str | None:
    """A quarter or half named in one of the two previous sentences still frames this one.

    "Netflix reported second-quarter results on Thursday. Revenue rose 16% to $11.08 billion." Only reporting
    periods carry over; a bare year in an earlier sentence is too often about something else, and a quarter
    still to come is a forecast's target ("expects inflation to return to 2% in the first quarter of 2027"), no
    frame for what follows. ``periods`` holds each sentence's period, read once per article.
    """
    for period in reversed(periods[max(0, index - 2) : index]):
        if is_reporting_period(period) and not _is_future(period, pub):
            return period
    return None


def _same_person(names: _FullNames, entity: dict, person: str) -> bool:
    """Whether ``entity`` names ``person``, in full or by title ("Mr Kennedy" for "Charles Kennedy")."""
    text = entity.get("text")
    return text == person or (entity.get("label") == "PERSON" and names.person(text or "") == person)


def _claim(
    article_id: str, text: str, q: Quantity, s_start: int, s_end: int, pub: pd.Timestamp | None,
    entities: tuple[dict, ...], main_org: str | None, names: _FullNames | None = None,
) -> dict:  # fmt: skip
    sentence = text[s_start:s_end]
    local_start, local_end = q.start - s_start, q.end - s_start
    forecast = is_forecast(sentence, local_start, local_end)
    right_after = _PERIOD_RIGHT_AFTER.match(sentence, local_end)  # "2.8% in April from 3.1% in March"
    period = find_period(right_after.group(0), pub, forecast) if right_after else None
    if period is None:
        period = find_period(_own_clause(sentence, local_start, local_end), pub, forecast)
    if _is_future(period, pub):
        forecast = True  # "204,000 jobs by 2027" in a 2025 article
    if period is None and q.unit != "ratio":  # "ten times faster" is timeless unless its clause dates it
        opening = _OPENING_ADVERBIAL.match(sentence, 0, local_start)
        period = find_period(opening.group(0), pub, forecast) if opening else None
        if period is None and forecast:  # a forecast's target year trails its noun phrase: "... jobs by 2027"
            tail = _STRONG_BREAK.search(sentence, local_end)
            period = find_period(sentence[local_end : tail.start() if tail else len(sentence)], pub, forecast)
        if _is_future(period, pub) and not forecast:
            period = None  # another clause's future ("..., and it expects growth next year")
    attribution = source = find_attribution(sentence, local_start, local_end)
    if names is not None:
        if attribution is None and _PRONOUN_SAYS.search(sentence):
            attribution = names.last_person(s_start)  # "he added": the person last named before
        elif attribution is not None:
            attribution = names.person(names.named_person(attribution))  # "Mr Kennedy" -> "Charles Kennedy"
    # "Mr Kennedy said during his ...": the person named last before the figure, looked up only for a pronoun
    main_person = None
    if names is not None:
        if PERSONAL.search(sentence, 0, local_start):
            main_person = names.last_person(q.start)
        elif "-year-old" in sentence and AGE_DESCRIPTION.search(sentence, 0, local_end):
            main_person = names.protagonist()  # "The 87-year-old was found dead": the story's person
    # the source as written is kept from being the subject, all but its owner ("Thailand's Prime Minister ...")
    subject = find_subject(sentence, local_start, entities, exclude=source or attribution, main_org=main_org,
                           main_person=main_person)  # fmt: skip
    if subject is not None and names is not None:
        subject = names.fullest(subject)
        if (
            attribution is not None
            and names.labels.get(subject) == "PERSON"
            and normalize_subject(subject) == normalize_subject(attribution)
            and not (main_person and _PERSON_OWNER.search(sentence, max(0, local_start - 40), local_start))
        ):  # a person who only states the figure ("X has estimated the losses at $40m") is its source, not
            # what it is about: an organisation that says so ("Netflix said") stays its own subject; "X said
            # during his 22 years" is still about X
            others = tuple(e for e in entities if not _same_person(names, e, subject))
            subject = find_subject(sentence, local_start, others, main_org=main_org)
            subject = names.fullest(subject) if subject else None
    moved = q.extras.get("implied") if q.change not in ("up", "down") else None
    noun = counted_noun(sentence, local_end, q.noun) if q.unit == "count" else q.noun
    whole = q.unit == "count" and _partitive_whole(sentence, local_start)
    metric = None if whole else (
        find_metric(sentence, local_start, local_end, q.unit, moved or q.change, noun)
        or counted_noun_metric(noun, q.unit)
        or occurrence_metric(sentence, local_end, q.unit)
    )
    if q.extras.get("against"):
        metric = None  # "by a vote of 95% to 5%": the share against is no second reading of the share for it
    if metric and _ALL_BUT_BEFORE.search(sentence, max(0, local_start - 20), local_start):
        metric = _COMPLEMENT_METRICS.get(metric)  # "all but two ... died": two survived; "all but one state
        # approved it": one did not, which no metric names
    named = metric == "age" and subject and APPOSITIVE_NAME.search(sentence, max(0, local_start - 40), local_start)
    if named and not subject.endswith(named.group(1)):
        subject = None  # "Nogar's son Stephen, 57, said": the age of the one named right before it
    hedge = _governing_hedges(sentence, local_start, local_end, q.hedge)
    if hedge and not forecast:  # a modal that predicts no figure here doubts none either
        hedge = ", ".join(h for h in hedge.split(", ") if not is_modal_cue(h)) or None
    cid = claim_id(article_id, q.start, q.end)
    value, low, high = float(q.value), q.value_low, q.value_high
    # a move named by a noun or comparative ("an 18% jump", "34% higher") is a move for the reader, though
    # NewsQuant's quantities mark only verbs and signs (``context.implied_direction``)
    change = moved if q.change == "=" and moved in ("up", "down") and q.unit != "ratio" else q.change  # (a
    # multiple, "ten times faster", compares two things; it moves nothing)
    if change == "~" and moved in ("up", "down") and re.search(APPROX_WORDS, hedge or ""):
        change = moved  # "fell about 12%": a fall, its approximation kept in ``hedge`` (and so in clusters)
    reached = False  # the level a move reached ("from $15.49 to $17.99"): keyed as the level, not as the move
    if q.extras.get("range") and low is not None and high is not None:
        before_from = sentence[max(0, local_start - 60) : local_start]
        direction = q.extras.get("move") or next(
            (d for d, p in MOVE_FROM_BEFORE.items() if p.search(before_from)), None
        )  # ("move": a verb of change before "from A to B", read by ``ranges``)
        if direction:  # "the plan jumps from $15.49 to $17.99": the level it moved to, not a range's midpoint
            value, low, high, change = (high if direction == "up" else low), None, None, direction
            reached = True
    key_metric = metric if reached else _moved_metric(metric, q.unit, change)
    return {
        "claim_id": cid,
        "article_id": article_id,
        "sentence": sentence,
        "surface": text[q.start : q.end],
        "char_start": q.start,
        "char_end": q.end,
        "subject": subject,
        "metric": metric,
        "value": value,
        "value_low": low,
        "value_high": high,
        "unit": q.unit,
        "change": change,
        "hedge": hedge,
        "period": period,
        "forecast": bool(forecast),
        "attribution": attribution,
        "claim_key": claim_key(subject, key_metric, q.unit, period, forecast, cid),
        LEVEL_REACHED: reached,
    }
