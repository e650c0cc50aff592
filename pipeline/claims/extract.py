"""Articles in, claim records out: one row per quantitative claim, in the ``Claims`` table's shape.

Each quantity found in an article becomes a claim with the context a fact-checker needs to compare it with
other articles: who it is about (subject), what it measures (metric), when (period), whether it is a
prediction (forecast) and who said so (attribution). ``claim_key`` joins those into the clustering key.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable

import pandas as pd

from pipeline.claims.attribution import find_attribution
from pipeline.claims.context import clause_around, is_forecast
from pipeline.claims.metrics import counted_noun_metric, find_metric
from pipeline.claims.periods import (
    find_period,
    has_relative_period,
    is_reporting_period,
    may_name_reporting_period,
    reporting_period,
)
from pipeline.claims.quantities import scan
from pipeline.claims.quantity import Quantity
from pipeline.claims.sentences import split_sentences
from pipeline.claims.subjects import find_subject, guess_entities, main_organisation, normalize_subject
from pipeline.claims.units import dimension_of
from pipeline.schemas import MODELS, conform, empty_frame

CLAIM_COLUMNS: list[str] = list(MODELS["claims"].to_schema().columns)
_NOT_A_CLAIM = {"one", "a", "an"}  # "one of the best", "a million-dollar house" as a noun phrase


def claim_id(article_id: str, start: int, end: int) -> str:
    """Stable across runs: the article and the span, hashed."""
    return hashlib.sha1(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


def claim_key(subject: str | None, metric: str | None, unit: str, period: str | None, forecast: bool,
              fallback: str) -> str:  # fmt: skip
    """The clustering key: (subject, metric, unit dimension, period, forecast).

    A claim without a subject or a metric cannot be compared with another article's, so it gets a key of its
    own (``claim:<claim_id>``) and stays a single-claim cluster.
    """
    if not subject or not metric:
        return f"claim:{fallback}"
    kind = "forecast" if forecast else "result"
    return "|".join([normalize_subject(subject), metric, dimension_of(unit), period or "-", kind])


def extract_claims(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per quantitative claim of every article, conforming to ``pipeline.schemas.Claims``.

    ``articles`` has ``article_id``, ``text``, ``published_at`` (tz-aware or NaT) and ``entities`` (list of
    ``{"text", "label", "count"}``). Offsets are into ``text``.
    """
    rows: list[dict] = []
    for record in articles.to_dict("records") if len(articles) else []:
        rows.extend(_article_claims(record))
    if not rows:
        return empty_frame("claims")
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS).drop_duplicates("claim_id")  # an article given twice
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
    quantities = scan(text)
    if not quantities:
        return []  # nothing to attribute or date: skip guessing entities and reading every sentence's period
    entities = tuple(given or guess_entities(text))  # a tuple: fixed, so find_subject may reuse a sentence's mentions
    main_org = main_organisation(entities)
    spans = split_sentences(text)
    starts = [a for a, _ in spans]
    # read once, for the reporting and carried periods: only quarters and halves count, and most articles have none
    reporting_periods = may_name_reporting_period(text)
    periods = [reporting_period(text[a:b], pub) if reporting_periods else None for a, b in spans]
    reporting = _reporting_period(periods)
    out = []
    for q in quantities:
        surface = text[q.start : q.end]
        if surface.lower() in _NOT_A_CLAIM:
            continue
        index = _sentence_index(spans, starts, q.start)
        s_start, s_end = spans[index] if index is not None else (0, len(text))
        claim = _claim(article_id, text, q, s_start, s_end, pub, entities, main_org)
        if (
            claim["period"] is None
            and not claim["forecast"]
            and q.unit != "ratio"
            and not has_relative_period(claim["sentence"])
        ):  # "Last year it made $9 billion" without a publication date stays undated, never the story's quarter
            carried = _carried_period(periods, index) if index else None
            if carried is None and _is_financial(claim["metric"]):
                carried = reporting  # an earnings story's figures belong to the one quarter it reports
            claim["period"] = carried
            claim["claim_key"] = claim_key(claim["subject"], claim["metric"], q.unit, claim["period"],
                                           claim["forecast"], claim["claim_id"])  # fmt: skip
        out.append(claim)
    return out


_FINANCIAL = ("revenue", "profit", "operating_profit", "eps", "loss", "spending")


def _is_financial(metric: str | None) -> bool:
    return bool(metric) and (metric in _FINANCIAL or metric.endswith("_growth"))


def _sentence_index(spans: list[tuple[int, int]], starts: list[int], offset: int) -> int | None:
    """The sentence holding ``offset`` (spans are sorted and disjoint, so a bisection finds it), or None."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < spans[i][1] else None


def _reporting_period(periods: list[str | None]) -> str | None:
    """The quarter or half an article reports on, when it names exactly one (``periods``: one per sentence)."""
    reporting = {p for p in periods if is_reporting_period(p)}
    return reporting.pop() if len(reporting) == 1 else None


def _is_future(period: str | None, pub: pd.Timestamp | None) -> bool:
    return bool(period and pub is not None and period[:4].isdigit() and int(period[:4]) > pub.year)


def _carried_period(periods: list[str | None], index: int) -> str | None:
    """A quarter or half named in one of the two previous sentences still frames this one.

    "Netflix reported second-quarter results on Thursday. Revenue rose 16% to $11.08 billion." Only reporting
    periods carry over; a bare year in an earlier sentence is too often about something else. ``periods`` holds
    each sentence's period, read once per article.
    """
    for period in reversed(periods[max(0, index - 2) : index]):
        if is_reporting_period(period):
            return period
    return None


def _claim(
    article_id: str, text: str, q: Quantity, s_start: int, s_end: int, pub: pd.Timestamp | None,
    entities: tuple[dict, ...], main_org: str | None,
) -> dict:  # fmt: skip
    sentence = text[s_start:s_end]
    local_start, local_end = q.start - s_start, q.end - s_start
    forecast = is_forecast(sentence, local_start, local_end)
    period = find_period(clause_around(sentence, local_start, local_end), pub, forecast)
    if _is_future(period, pub):
        forecast = True  # "204,000 jobs by 2027" in a 2025 article
    if period is None and q.unit != "ratio":  # "ten times faster" is timeless unless its clause dates it
        period = find_period(sentence, pub, forecast)
        if _is_future(period, pub) and not forecast:
            period = None  # another clause's future ("..., and it expects growth next year")
    attribution = find_attribution(sentence)
    subject = find_subject(sentence, local_start, entities, exclude=attribution, main_org=main_org)
    moved = q.extras.get("implied") if q.change not in ("up", "down") else None
    metric = find_metric(sentence, local_start, local_end, q.unit, moved or q.change, q.noun) or counted_noun_metric(
        q.noun, q.unit
    )
    cid = claim_id(article_id, q.start, q.end)
    return {
        "claim_id": cid,
        "article_id": article_id,
        "sentence": sentence,
        "surface": text[q.start : q.end],
        "char_start": q.start,
        "char_end": q.end,
        "subject": subject,
        "metric": metric,
        "value": float(q.value),
        "value_low": q.value_low,
        "value_high": q.value_high,
        "unit": q.unit,
        "change": q.change,
        "hedge": q.hedge,
        "period": period,
        "forecast": bool(forecast),
        "attribution": attribution,
        "claim_key": claim_key(subject, metric, q.unit, period, forecast, cid),
    }
