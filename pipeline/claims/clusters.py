"""Corpus-wide comparison: claims that share a ``claim_key`` across articles, and whether they agree.

Each claim becomes an interval in base units: its reported precision ("$11 billion" means 10.5-11.5 billion, "$11.08
billion" 11.075-11.085 billion), widened by approximations ("about 16%": +/-5%, but by no more than a unit of the
last significant digit: "about 47,000" covers 46,000-48,000) and opened by bounds ("over 260 million": 260 million
and up, to ten times the figure: "more than 12,000" is no report of "two million"). A cluster whose values are equal
*agrees*; one whose intervals all overlap is *consistent* (intervals that merely touch, "16%" and "17%", do not);
otherwise it is a *conflict*. The grouping is one SQL statement (DuckDB here; the same statement runs on Spark SQL
with ``collect_set``/``percentile_approx`` for ``list``/``median``); the per-claim preparation is column arithmetic,
never a loop over pairs. The key already keeps percent and percentage points, currencies, periods, and forecasts and
results apart.

A claim whose article names no period ("Netflix revenue rose to $11.08 billion") would otherwise never meet
the same claim dated by another article of the same story ("second-quarter revenue of $11.08 billion"). Rule:
when ``stories`` (article_id -> story_id) is given and the other claims of that story report exactly one
period for the same subject, metric, unit dimension and kind (forecast or result), the undated claim takes
that period and so joins that cluster. With no period, or two periods (Q1 and Q2 in one story), it stays
apart: a guess could compare different periods. A bare year is never lent: it is as often a baseline ("turnout
was 64%, down from 71% in 2022") as the story's own period. Without ``stories`` nothing is borrowed across
articles.

An event's toll with no subject ("15 people have been killed") is keyed by its story (``keys.story_keys``): it
meets the same story's other reports and no other story's. When the story's other reports of that toll name
exactly one subject ("the fire above Port Calder has killed 12"), it takes that subject and joins their cluster.
A figure of any other metric with no subject ("the launch cost $418 million") is keyed ``unnamed:<story_id>|...``
and takes its story's one subject for that metric only when its value agrees with one of that subject's claims:
the agreement is the evidence that it is the same figure. Otherwise it meets the unnamed reports of other
articles of its story that agree with it (the value most of them allow), and else stays on its own
(``claim:<claim_id>``): unnamed figures agree or are consistent, never conflict. An update's figure follows the
key its original's was filed under, so a revised figure supersedes the original's (``follow_revised``).
Within a story, a subject written in full in one article and shortened in another ("Halvorsen Foods",
"Halvorsen") is filed under the short name (``unify_story_names``); but under the full name when the short one
is a common noun ("the Bank" beside "Bank of England"), the key a story naming it in full gives the same fact.

A toll that rose between reports ("112 dead" in the morning, "137" by evening) is a conflict too: the claims
carry no publication time here, so a revision cannot be told from a disagreement (an "at least 131" bound, open
upwards, is consistent with any later, higher count, up to ten times it).

A conflict is only called between reports of one story. Claims of different stories that share a key and
disagree are most often about different things at different times (one article's "eight nominations" for
one award, another's "12 nominations" for another; a bank's profit in one division and in the group): on
the 2,225 BBC articles, 87 of the 101 conflicts that spanned several stories were of this kind. So when
``stories`` is given, a key whose claims conflict across stories is split into one cluster per story, keyed
``<claim_key>|story=<story_id>``; claims of several stories that agree or are consistent stay together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.claims.keys import (
    DESCRIPTOR_METRICS,
    EVENT_METRICS,
    INSTITUTION_WORDS,
    STORY_KEY_PREFIX,
    UNNAMED_KEY_PREFIX,
    story_index,
    story_keys,
)
from pipeline.claims.metrics import is_lexicon_metric
from pipeline.claims.units import unit_info
from pipeline.schemas import conform, empty_frame

APPROX_WORDS = r"\b(?:about|around|approximately|approx|roughly|nearly|almost|some|estimated|close to|circa)\b"
STORY_SUFFIX = "|story="  # a key split by story after its claims conflicted across stories
ARTICLE_SUFFIX = "|article="  # ... and by article, after counts of one noun disagreed (always after a story)
APPROX_SLACK = 0.05  # "about 16%" covers 15.2-16.8
OPEN_BOUND_REACH = 10.0  # how far above its figure an open lower bound ("more than 12,000") reaches
FRACTION_SLACK = 0.005  # "a third" covers 33.17-33.50 percent: it meets "33%", not "34%"
_WORD_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}  # "four hundred" is to the unit
_SCALE_WORD_RE = r"(?i)\b(thousand|million|billion|trillion)s?\b"
# The claim columns clustering reads (the rest, sentences above all, need not be loaded).
CLUSTER_COLUMNS = [
    "claim_id", "article_id", "claim_key", "subject", "metric", "unit", "period", "forecast", "value", "value_low",
    "value_high", "change", "hedge", "surface",
]  # fmt: skip

_SQL = """
WITH best AS (
    SELECT *,
           MIN(CASE WHEN exact AND NOT superseded THEN half_width END) OVER (PARTITION BY claim_key) AS best_half
    FROM prepared
)
SELECT
    claim_key,
    MODE(subject) AS subject,
    MODE(metric) AS metric,
    MODE(base_unit) AS unit,
    MODE(period) AS period,
    BOOL_OR(forecast) AS forecast,
    COUNT(*) AS n_claims,
    COUNT(DISTINCT article_id) AS n_articles,
    COUNT(DISTINCT story) AS n_stories,
    LIST_SORT(LIST_DISTINCT(LIST(article_id))) AS article_ids,
    LIST_SORT(LIST(claim_id)) AS claim_ids,
    COALESCE(
        MEDIAN(base_value) FILTER (WHERE exact AND NOT superseded AND half_width <= best_half * (1 + 1e-9)),
        MEDIAN(base_value) FILTER (WHERE NOT superseded)
    ) AS consensus_value,
    MIN(base_value) FILTER (WHERE NOT superseded) AS min_value,
    MAX(base_value) FILTER (WHERE NOT superseded) AS max_value,
    CASE
        WHEN COUNT(DISTINCT report) = 1 THEN 'single'
        WHEN MAX(base_value) FILTER (WHERE NOT superseded) - MIN(base_value) FILTER (WHERE NOT superseded)
             <= 1e-9 * GREATEST(ABS(MAX(base_value) FILTER (WHERE NOT superseded)), 1) THEN 'agree'
        WHEN MAX(lo) FILTER (WHERE NOT superseded) < MIN(hi) FILTER (WHERE NOT superseded) THEN 'consistent'
        ELSE 'conflict'
    END AS status
FROM best
GROUP BY claim_key
ORDER BY claim_key
"""


def prepare_intervals(claims: pd.DataFrame) -> pd.DataFrame:
    """Per claim: value in base units and the interval its wording allows (column arithmetic only)."""
    df = claims[CLUSTER_COLUMNS].copy()
    info = df["unit"].map(unit_info)
    factor = info.map(lambda i: i.factor).astype("float64")
    df["base_unit"] = info.map(lambda i: i.base).astype("string")
    value = df["value"].astype("float64")
    low = df["value_low"].astype("float64")
    high = df["value_high"].astype("float64")
    surface = df["surface"].astype("string")
    digits = surface.str.extract(r"(\d[\d,]*(?:\.\d+)?|\.\d+)", expand=False)
    decimals = digits.str.extract(r"\.(\d+)$", expand=False).str.len().fillna(0).astype("float64")
    mantissa = pd.to_numeric(digits.str.replace(",", "", regex=False), errors="coerce").astype("float64")
    reference = low.fillna(value).abs()
    scale = (reference / mantissa.where(mantissa > 0)).fillna(1.0)
    scale = scale.where(scale >= 1.0, 1.0).round(6)
    half = 0.5 * np.power(10.0, -decimals) * scale
    # Numbers in words have no digits to read the precision off: "two million" is as precise as "2 million"
    # (to the million), "twelve" as "12"; a share written as a fraction ("a third", "two-thirds", "1/3") is exact,
    # and a half-unit of slack would be 50 points of percent.
    words = mantissa.isna()
    word_scale = surface.str.extract(_SCALE_WORD_RE, expand=False).str.lower().map(_WORD_SCALES)
    half = half.where(~words, 0.5 * word_scale.fillna(1.0).astype("float64"))
    exact_share = df["unit"].eq("fraction") | (words & word_scale.isna() & (value % 1).fillna(0).ne(0))
    half = half.where(~exact_share.fillna(False).astype(bool), FRACTION_SLACK * value.abs())
    approx = df["change"].eq("~") | df["hedge"].astype("string").str.contains(APPROX_WORDS, regex=True).fillna(False)
    # "about 47,000" is within a unit of its last significant digit (46,000-48,000): a writer with 44,812 in
    # front of them rounds to "about 45,000". So an approximation widens by 5% of the value, never by more.
    whole = digits.str.replace(",", "", regex=False).where(decimals.eq(0))
    zeros = (whole.str.len() - whole.str.rstrip("0").str.len()).where(mantissa > 0).astype("float64")
    significant = np.power(10.0, zeros.fillna(-decimals)) * scale
    own_digits = ~words & ~exact_share.fillna(False).astype(bool)  # (words and fractions: 5%, as before)
    widening = np.minimum(APPROX_SLACK * value.abs(), significant.where(own_digits, np.inf))
    slack = half.where(~approx, np.maximum(half, widening))
    lo = (low.fillna(value) - slack) * factor
    hi = (high.fillna(value) + slack) * factor
    lo = lo.where(~(df["change"].eq("<") & low.isna()), -np.inf)
    # an open bound reaches ten times its figure, no further: "more than 12,000 households" is consistent with a
    # later "13,500" or "40,000", not with "nearly two million", which is another figure
    above = value.abs() * factor * OPEN_BOUND_REACH
    hi = hi.where(~(df["change"].eq(">") & high.isna()), above.where(value > 0, np.inf))
    df["base_value"] = value * factor
    df["half_width"] = half * factor
    df["lo"], df["hi"] = lo.astype("float64"), hi.astype("float64")
    df["exact"] = df["change"].isin(["=", "up", "down"]) & ~approx & low.isna() & high.isna()
    df["forecast"] = df["forecast"].astype(bool)
    return df


def one_fact_per_article(claims: pd.DataFrame) -> pd.Series:
    """False for the claims of a key under which their article reports values that cannot all be true at once.

    A key names one fact only if each article gives it one value (give or take precision and hedges, as
    clusters judge agreement). "Fiat shares fell 1.2% on Tuesday after Monday's 4% gain", "crude closed up $2.80
    at $51.15", "Unison's 800,000 workers, the TGWU's 70,000" file different facts under one key: compared with
    another article's claims they would make conflicts that are no disagreement between reports. The extractor
    gives such claims keys of their own. Column arithmetic and one group-by over all the claims given.
    """
    ok = pd.Series(True, index=claims.index)
    keyed = ~claims["claim_key"].astype("string").str.startswith("claim:").fillna(True).astype(bool)
    if not keyed.any():
        return ok
    iv = prepare_intervals(claims.loc[keyed])
    group = iv.groupby([iv["article_id"], iv["claim_key"]], sort=False)
    top, bottom = group["base_value"].transform("max"), group["base_value"].transform("min")
    equal = (top - bottom).abs() <= 1e-9 * np.maximum(top.abs(), 1.0)
    overlap = group["lo"].transform("max") < group["hi"].transform("min")
    ok.loc[keyed] = (equal | overlap).to_numpy()
    return ok


_KEY_FIELDS = ["subject", "metric", "dimension", "period", "kind"]


def _key_parts(keys: pd.Series) -> pd.DataFrame:
    """The five fields of each comparable key ("-" throughout for any other key: ``claim:<id>``, split keys).

    A list comprehension: pandas' string accessor took 3 s on 460k keys, this takes a tenth of that."""
    blank = ["-"] * len(_KEY_FIELDS)
    rows = [key.split("|") if isinstance(key, str) and key.count("|") == 4 else blank for key in keys.tolist()]
    return pd.DataFrame(rows, columns=_KEY_FIELDS) if rows else pd.DataFrame(columns=_KEY_FIELDS)


SHORT_NAME_MIN = 4  # characters of a subject key another of its story's may be the longer form of
# A short name that is a common noun ("the Bank", "the Commission"): a role any story's institution is called by,
# so the story's full name is the key (a story that writes only "Bank of England" must meet it).
GENERIC_SHORT_NAMES = INSTITUTION_WORDS | frozenset({"government", "company", "group", "firm", "court", "party"})


def unify_story_names(claims: pd.DataFrame, stories: pd.DataFrame | None) -> pd.DataFrame:
    """Within a story, a subject key that is the longer form of another's ("halvorsen foods" beside "halvorsen",
    one write-up naming the company in full, another by its short name) is filed under the short one, when the
    short name has exactly one longer form in that story; a short name that is a common noun ("bank" beside
    "bank of england") is filed under the full name instead, the key other stories give the same fact. Returns a
    copy (or ``claims`` when nothing changes)."""
    if len(claims) == 0 or stories is None or len(stories) == 0:
        return claims
    parts = _key_parts(claims["claim_key"])
    placeholders = (STORY_KEY_PREFIX, UNNAMED_KEY_PREFIX, "article:")
    named = parts["subject"].ne("-") & ~parts["subject"].str.startswith(placeholders)
    if named.sum() < 2:
        return claims
    story_of = story_index(stories)
    story = claims["article_id"].map(story_of).astype("string").to_numpy()
    pairs = pd.DataFrame({"story": story, "subject": parts["subject"].to_numpy()})[named.to_numpy()].drop_duplicates()
    names_of: dict[str, set[str]] = {}  # (plain sets: a pandas group-by over 10k stories took 2 s)
    for sid, subject in pairs.dropna().itertuples(index=False):
        names_of.setdefault(sid, set()).add(subject)
    rename: dict[tuple[str, str], str] = {}
    for sid in sorted(names_of):
        names = sorted(names_of[sid], key=len)
        for short in names:
            if len(short) < SHORT_NAME_MIN:
                continue
            longer = [n for n in names if n.startswith(short + " ")]
            if len(longer) != 1 or (sid, longer[0]) in rename:
                continue
            if short in GENERIC_SHORT_NAMES:
                rename[(sid, short)] = longer[0]
            else:
                rename[(sid, longer[0])] = short
    if not rename:
        return claims
    new_subject = [rename.get((sid, subj), subj) for sid, subj in zip(story, parts["subject"])]
    changed = parts["subject"].ne(pd.Series(new_subject, index=parts.index)).to_numpy()
    if not changed.any():
        return claims
    out = claims.copy()
    keys = pd.Series(new_subject, index=parts.index) + "|" + parts["metric"] + "|" + parts["dimension"] + "|" + (
        parts["period"] + "|" + parts["kind"]
    )
    out.loc[changed, "claim_key"] = keys[changed].to_numpy()
    return out


def adopt_story_subjects(claims: pd.DataFrame, stories: pd.DataFrame | None) -> pd.DataFrame:
    """A claim with no subject takes the single subject its story's other claims of the same metric, unit
    dimension and kind report: an event's toll keyed by its story (``keys.story_keys``), "15 people have been
    killed" in an explainer, meets "the fire above Port Calder has killed 12"; an unnamed claim of another metric
    ("the launch cost $418 million") meets "the agency put the cost at $418 million" when its value agrees with
    one of theirs (``_agrees_with_named``) and its own article names no subject for that metric (then it is some
    other figure of it). With two subjects (two countries' deaths) nothing is lent. Returns a copy with a fresh
    index (or ``claims`` when no key is placeholder-keyed).
    """
    keys = claims["claim_key"].astype("string") if len(claims) else None
    if keys is None or stories is None or len(stories) == 0:
        return claims
    story_keyed = keys.str.startswith(STORY_KEY_PREFIX).fillna(False).astype(bool)
    unnamed = keys.str.startswith(UNNAMED_KEY_PREFIX).fillna(False).astype(bool)
    if not (story_keyed | unnamed).any():
        return claims
    out = claims.reset_index(drop=True)
    story_keyed, unnamed = story_keyed.reset_index(drop=True), unnamed.reset_index(drop=True)
    parts = _key_parts(out["claim_key"])
    named = (~out["claim_key"].astype("string").str.startswith("claim:")).fillna(False).astype(bool)
    named &= ~story_keyed & ~unnamed & out["claim_key"].astype("string").str.count(r"\|").eq(4).fillna(False)
    # an event's tolls only: a counted noun ("4 daughters", "625 lines") is too loose a predicate to lend a name
    toll = parts["metric"].str.split("@").str[0].str.removesuffix("_growth")  # ("recalls@us": a qualified toll)
    story_keyed &= toll.isin(EVENT_METRICS).astype(bool)
    story_of = story_index(stories)
    own_story = parts["subject"].str.replace(UNNAMED_KEY_PREFIX, STORY_KEY_PREFIX, n=1, regex=False)
    story = ("story:" + out["article_id"].map(story_of).astype("string")).where(named, own_story)
    group = story + "|" + parts["metric"] + "|" + parts["dimension"] + "|" + parts["kind"]
    subjects = parts["subject"][named].groupby(group[named]).agg(["nunique", "first"])
    single = subjects["first"][subjects["nunique"] == 1]
    in_article = out["article_id"].astype("string") + "|" + group
    named_here = in_article.isin(set(in_article[named].dropna())).astype(bool)
    unnamed &= ~named_here & group.isin(single.index).astype(bool)
    adopt = (story_keyed & group.isin(single.index).astype(bool)) | _agrees_with_named(out, group, named, unnamed)
    if not adopt.any():
        return out
    subject = group[adopt].map(single)
    out.loc[adopt, "claim_key"] = (
        subject + "|" + parts["metric"][adopt] + "|" + parts["dimension"][adopt] + "|" + parts["period"][adopt]
        + "|" + parts["kind"][adopt]
    )  # fmt: skip
    names = out.loc[named, "subject"].groupby(group[named]).first()
    out.loc[adopt, "subject"] = group[adopt].map(names)
    return out


def _agrees_with_named(claims: pd.DataFrame, group: pd.Series, named: pd.Series, unnamed: pd.Series) -> pd.Series:
    """Which unnamed claims report a value that one of their group's named claims allows (the intervals of
    ``prepare_intervals`` overlap, or the values are equal). A figure with no subject is only taken for the
    story's subject's when the numbers say so: on the BBC articles, lending the subject to any unnamed figure of
    the metric made 9 conflicts of 13 between different facts ("a total workforce of 6,500" against "2,000 jobs
    may be cut"), where the agreeing ones were the same fact."""
    out = pd.Series(False, index=claims.index)
    if not unnamed.any():
        return out
    rows = unnamed | (named & group.isin(set(group[unnamed])).astype(bool))
    iv = prepare_intervals(claims.loc[rows])
    iv["group"] = group[rows]
    left, right = iv[unnamed[rows].to_numpy()], iv[named[rows].to_numpy()]
    pairs = left.reset_index().merge(right[["group", "base_value", "lo", "hi"]], on="group", suffixes=("", "_named"))
    equal = (pairs["base_value"] - pairs["base_value_named"]).abs() <= 1e-9 * np.maximum(pairs["base_value"].abs(), 1)
    overlap = (pairs["lo"] < pairs["hi_named"]) & (pairs["lo_named"] < pairs["hi"])
    out.loc[pairs.loc[equal | overlap, "index"].unique()] = True
    return out


def file_unnamed_alone(claims: pd.DataFrame) -> pd.DataFrame:
    """An unnamed claim its story lent no subject (``adopt_story_subjects``) keeps its story's key only when it
    agrees with the unnamed reports of other articles under that key (``_agreeing_reports``), else it is filed under
    its own ``claim:<claim_id>``: with no subject, it may be anyone's figure of that metric. "A record 38,400
    runners finished" in three write-ups of one marathon are one figure, agreed; beside them "about 41,000 had
    started" is another fact of the same metric, not a disagreement, and stands alone. So unnamed figures agree or
    are consistent, never conflict. Returns a copy when it changes."""
    unnamed = claims["claim_key"].astype("string").str.startswith(UNNAMED_KEY_PREFIX).fillna(False).astype(bool)
    if not unnamed.any():
        return claims
    out = claims.copy()
    alone = unnamed & ~_agreeing_reports(out, unnamed)
    out.loc[alone, "claim_key"] = "claim:" + out.loc[alone, "claim_id"].astype(str)
    return out


def _agreeing_reports(claims: pd.DataFrame, rows: pd.Series) -> pd.Series:
    """Which of ``rows`` lie on the value of their key that the most articles' intervals (``prepare_intervals``)
    allow, when at least two articles do: the figure several write-ups agree on. Ties go to the lower value.

    Plain lists per key, not a pandas group-by: on 20k articles, 19k groups of one or two rows cost 3 s as
    frames and a tenth of that as lists."""
    out = pd.Series(False, index=claims.index)
    iv = prepare_intervals(claims.loc[rows])
    iv = iv[iv.groupby("claim_key", sort=False)["article_id"].transform("nunique").ge(2).to_numpy()]
    article, value = iv["article_id"].tolist(), iv["base_value"].tolist()
    low, high = iv["lo"].tolist(), iv["hi"].tolist()
    members: dict[str, list[int]] = {}
    for position, key in enumerate(iv["claim_key"].tolist()):
        members.setdefault(key, []).append(position)
    chosen: list[int] = []
    for positions in members.values():
        best, best_articles = None, 1
        for point in sorted({value[p] for p in positions if value[p] == value[p]}):  # (NaN is not a value)
            tolerance = 1e-9 * max(abs(point), 1.0)
            on = [p for p in positions if abs(value[p] - point) <= tolerance or low[p] < point < high[p]]
            articles = len({article[p] for p in on})
            if articles > best_articles:
                best, best_articles = on, articles
        if best is not None:
            chosen.extend(best)
    out.loc[iv.index[chosen]] = True
    return out


def follow_revised(claims: pd.DataFrame, before: pd.Series, stories: pd.DataFrame | None) -> pd.DataFrame:
    """An update's claim whose key, before subjects were lent (``before``), is the key of a claim of the version
    it revises takes the key that claim was filed under: "about 2.9 million workers" in the wire's update of "about
    2.7 million workers" is that report's latest figure of the same fact (``_versions`` supersedes the earlier),
    though its value, disagreeing, would not have been lent the subject the original was. Returns a copy when it
    changes."""
    if stories is None or "duplicate_of" not in stories or len(claims) == 0:
        return claims
    parent = stories.dropna(subset=["duplicate_of"]).drop_duplicates("article_id").set_index("article_id")
    up = claims["article_id"].map(parent["duplicate_of"].astype("string"))
    placeholder = before.str.startswith((UNNAMED_KEY_PREFIX, STORY_KEY_PREFIX)).fillna(False).astype(bool)
    revising = up.notna() & placeholder
    if not revising.any():
        return claims
    filed = pd.DataFrame({"article_id": claims["article_id"], "before": before, "after": claims["claim_key"]})
    filed = filed[placeholder.to_numpy()].drop_duplicates()
    filed = filed.drop_duplicates(["article_id", "before"], keep=False)  # (one key each, or none is followed)
    lookup = dict(zip(zip(filed["article_id"], filed["before"]), filed["after"]))
    wanted = [lookup.get((a, b)) for a, b in zip(up[revising], before[revising])]
    new = pd.Series(wanted, index=up[revising].index, dtype="object").dropna()
    new = new[new.ne(claims.loc[new.index, "claim_key"])]
    if new.empty:
        return claims
    out = claims.copy()
    out.loc[new.index, "claim_key"] = new.to_numpy()
    return out


def adopt_story_periods(claims: pd.DataFrame, stories: pd.DataFrame | None) -> pd.DataFrame:
    """Undated claims take the single period their story reports for the same subject/metric/unit/kind.

    ``stories`` has ``article_id`` and ``story_id``. Column operations and one group-by; returns a copy (with a
    fresh index: the key parts below line up with the claims by position).
    """
    out = claims.reset_index(drop=True)
    if stories is None or len(stories) == 0 or len(out) == 0:
        return out
    story_of = story_index(stories)
    parts = _key_parts(out["claim_key"])
    comparable = (~out["claim_key"].astype("string").str.startswith("claim:")).fillna(False).astype(bool)
    comparable &= out["claim_key"].astype("string").str.count(r"\|").eq(4).fillna(False).astype(bool)
    group = (
        out["article_id"].map(story_of).astype("string").fillna("article:" + out["article_id"].astype("string"))
        + "|" + parts["subject"] + "|" + parts["metric"] + "|" + parts["dimension"] + "|" + parts["kind"]
    )  # fmt: skip
    dated = comparable & parts["period"].ne("-").astype(bool)
    # a bare year lends nothing: it is as often a baseline ("down from 71% in 2022") as the story's own period
    lender = dated & ~parts["period"].str.fullmatch(r"\d{4}").astype(bool)
    periods = parts["period"][lender].groupby(group[lender]).agg(["nunique", "first"])
    single = periods["first"][periods["nunique"] == 1]
    borrow = comparable & parts["period"].eq("-").astype(bool) & group.isin(single.index).astype(bool)
    if not borrow.any():
        return out
    period = group[borrow].map(single)
    out.loc[borrow, "period"] = period
    out.loc[borrow, "claim_key"] = (
        parts["subject"][borrow] + "|" + parts["metric"][borrow] + "|" + parts["dimension"][borrow] + "|"
        + period + "|" + parts["kind"][borrow]
    )  # fmt: skip
    return out


def cluster_claims(claims: pd.DataFrame, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per ``claim_key`` over the whole corpus, conforming to ``pipeline.schemas.ClaimClusters``.

    ``stories`` (``article_id``, ``story_id``, e.g. from the Articles table) lets an undated claim join the
    one period its story reports (see the module docstring); without it each claim keeps its own key.
    """
    if claims is None or len(claims) == 0:
        return empty_frame("claim_clusters")
    return _cluster(_adopt(claims, stories), stories)


@dataclass
class ClusterUpdate:
    """What a batch changes in the clusters table: new or recomputed rows, and the keys whose earlier rows
    they replace (a key listed here with no row in ``rows`` has no claim left and disappears)."""

    rows: pd.DataFrame
    replaced_keys: list[str] = field(default_factory=list)


def update_clusters(
    clusters: pd.DataFrame | pa.Table,
    story_claims: pd.DataFrame,
    stories: pd.DataFrame,
    load_claims: Callable[[list[str]], pd.DataFrame],
) -> ClusterUpdate:
    """Recompute only the clusters a batch can change; applied to the previous table, the result equals
    ``cluster_claims`` over the whole corpus (tested), at the cost of the batch rather than of the corpus.

    ``clusters`` is the previous table (``claim_key`` and ``claim_ids`` are enough, as Arrow or pandas).
    ``story_claims`` holds every claim, old and new, of the stories the batch added articles to: only these
    claims can be filed under another key than before, because periods are borrowed within a story. The
    affected keys are their keys before and after, with every cluster a conflict split off them by story;
    every other claim filed under one of those keys is fetched with ``load_claims(claim_ids)`` and keeps the
    key it was filed under. ``stories`` maps articles to stories: those of ``story_claims``, and of the claims
    ``load_claims`` returns (their story decides whether a conflict splits them off).
    """
    if len(story_claims) == 0:
        return ClusterUpdate(empty_frame("claim_clusters"))
    rekeyed = _adopt(story_claims, stories)
    con = duckdb.connect()
    try:
        con.register("clusters", clusters)
        con.register("changed", rekeyed[["claim_id", "claim_key"]])
        con.execute(f"CREATE TEMP MACRO base(k) AS split_part(k, '{STORY_SUFFIX}', 1)")
        filed_all = "SELECT claim_key, UNNEST(claim_ids) AS claim_id FROM clusters"
        before = con.execute(
            f"SELECT base(claim_key) AS key FROM ({filed_all}) WHERE claim_id IN (SELECT claim_id FROM changed)"
        )
        bases = sorted(set(rekeyed["claim_key"]) | set(before.df()["key"]))
        con.register("affected", pd.DataFrame({"claim_key": bases}))
        # every cluster of an affected key, split by story or not; filtered before the unnest
        old_keys = con.execute(
            "SELECT claim_key FROM clusters WHERE base(claim_key) IN (SELECT claim_key FROM affected)"
        )
        keys = sorted(set(bases) | set(old_keys.df()["claim_key"]))
        filed = con.execute(
            "SELECT base(claim_key) AS claim_key, UNNEST(claim_ids) AS claim_id FROM clusters "
            "WHERE base(claim_key) IN (SELECT claim_key FROM affected)"
        ).df()
    finally:
        con.close()
    filed = filed[~filed["claim_id"].isin(set(rekeyed["claim_id"]))]
    others = load_claims(filed["claim_id"].tolist()) if len(filed) else story_claims.iloc[0:0]
    if len(others):
        key = others["claim_id"].map(dict(zip(filed["claim_id"], filed["claim_key"])))
        borrowed = key.ne(others["claim_key"])  # filed under a period borrowed from its story
        others = others.assign(claim_key=key)
        others.loc[borrowed, "period"] = key[borrowed].str.split("|").str[3]
    rows = _cluster(pd.concat([frame for frame in (rekeyed, others) if len(frame)], ignore_index=True), stories)
    return ClusterUpdate(rows, keys)


def _adopt(claims: pd.DataFrame, stories: pd.DataFrame | None) -> pd.DataFrame:
    """The keys clustering files claims under: story placeholders filled, a story's long and short names of one
    subject made one, then subjects and periods borrowed within a story."""
    keyed = unify_story_names(story_keys(claims, stories), stories).reset_index(drop=True)
    lent = file_unnamed_alone(adopt_story_subjects(keyed, stories))
    return adopt_story_periods(follow_revised(lent, keyed["claim_key"].astype("string"), stories), stories)


def base_key(key: str) -> str:
    """A cluster's claim key without the story a conflict split it by."""
    return key.split(STORY_SUFFIX, 1)[0]


def _stories_of(claims: pd.DataFrame, stories: pd.DataFrame | None) -> pd.Series:
    """Each claim's story id (an article the mapping lacks is a story of its own); all missing without
    ``stories``, and then no key is split."""
    if stories is None:
        return pd.Series(pd.NA, index=claims.index, dtype="string")
    own = "article:" + claims["article_id"].astype("string")
    story_of = story_index(stories)
    return claims["article_id"].map(story_of).astype("string").fillna(own)


VERSION_DEPTH = 8  # updates of updates followed back to the report's first version


def _versions(claims: pd.DataFrame, stories: pd.DataFrame | None) -> tuple[pd.Series, pd.Series]:
    """Each claim's report (the first version of its article: an update, a near duplicate, is filed under the
    article it revises, ``stories.duplicate_of``) and whether it is superseded: a later version of its article
    has a claim under the same key. One outlet's revision ("the toll rose to 126") is no second report: the
    cluster lists both claims, but its consensus, range and status come from each report's latest figure."""
    article = claims["article_id"].astype("string")
    if stories is None or "duplicate_of" not in stories:
        return article, pd.Series(False, index=claims.index)
    parent = stories.dropna(subset=["duplicate_of"]).drop_duplicates("article_id").set_index("article_id")
    parent = parent["duplicate_of"].astype("string")
    report = article.copy()
    for _ in range(VERSION_DEPTH):
        up = report.map(parent)
        if up.isna().all():
            break
        report = up.fillna(report)
    revised = pd.DataFrame({"claim_key": claims["claim_key"].to_numpy(), "article_id": article.map(parent).to_numpy()})
    revised = set(map(tuple, revised.dropna().to_numpy().tolist()))
    superseded = [(k, a) in revised for k, a in zip(claims["claim_key"].tolist(), article.tolist())]
    return report, pd.Series(superseded, index=claims.index)


def _cluster(claims: pd.DataFrame, stories: pd.DataFrame | None = None) -> pd.DataFrame:
    """The SQL grouping over claims whose keys are final, then the split of keys that conflict across stories."""
    if len(claims) == 0:
        return empty_frame("claim_clusters")
    prepared = prepare_intervals(claims)
    prepared["story"] = _stories_of(claims, stories)
    prepared["report"], prepared["superseded"] = _versions(claims, stories)
    out = _group(prepared)
    split = set(out.loc[out["status"].eq("conflict") & out["n_stories"].gt(1), "claim_key"])
    if split:
        out = _regroup(out, prepared, split, STORY_SUFFIX + prepared["story"])
    # a counted noun names what was counted, not what was said of it: counts that disagree are different facts;
    # so are ages that disagree (``keys.DESCRIPTOR_METRICS``: an age read by descriptor may be another person's)
    loose_metric = ~out["metric"].map(is_lexicon_metric) | out["metric"].isin(DESCRIPTOR_METRICS)
    loose = set(out.loc[out["status"].eq("conflict") & loose_metric.astype(bool), "claim_key"])
    if loose:
        article = prepared["article_id"].astype("string")
        split_by_story = prepared["claim_key"].str.contains(STORY_SUFFIX, regex=False)
        story = prepared["story"].fillna("article:" + article)  # (no stories given: each article its own)
        by_story = (STORY_SUFFIX + story).where(~split_by_story, "")  # ``base_key`` cuts at the story suffix
        # (by report: an update stays with the version it revises)
        out = _regroup(out, prepared, loose, by_story + ARTICLE_SUFFIX + prepared["report"].astype("string"))
    out = out.drop(columns=["n_stories"])
    for col in ("article_ids", "claim_ids"):  # DuckDB hands lists back as numpy arrays of str
        out[col] = [xs.tolist() if hasattr(xs, "tolist") else list(xs) for xs in out[col].tolist()]
    for col in ("n_claims", "n_articles"):
        out[col] = out[col].astype("int64")
    out["forecast"] = out["forecast"].astype(bool)
    for col in ("claim_key", "subject", "metric", "unit", "period", "status"):
        out[col] = out[col].astype("str")  # DuckDB hands all-NULL text columns back as object
    return conform("claim_clusters", out)


def _regroup(out: pd.DataFrame, prepared: pd.DataFrame, keys: set[str], suffix: pd.Series) -> pd.DataFrame:
    """``out`` with the clusters of ``keys`` grouped again, each claim's key extended by its ``suffix`` (in place
    in ``prepared``, so a later split starts from these keys)."""
    chosen = prepared["claim_key"].isin(keys)
    prepared.loc[chosen, "claim_key"] = prepared.loc[chosen, "claim_key"] + suffix[chosen]
    out = pd.concat([out[~out["claim_key"].isin(keys)], _group(prepared[chosen])], ignore_index=True)
    return out.sort_values("claim_key", ignore_index=True)


def _group(prepared: pd.DataFrame) -> pd.DataFrame:
    con = duckdb.connect()
    try:
        con.register("prepared", prepared)
        return con.execute(_SQL).df()
    finally:
        con.close()
