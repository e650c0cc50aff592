"""What an update changed: the figures a near-duplicate reports that the article it duplicates does not.

Dedup files a re-post, a syndicated copy or an updated version under the article it copies, and the tables
built from bodies keep the original only: a copy's figures echo the original's and would make clusters look
agreed by articles that are one report. But an update ("the death toll rises to 15") is a near-duplicate too,
and its changed figure is the news. So a near-duplicate's claim is kept when the article it duplicates has no
claim with the same figure (metric, unit, value or range, and change): the sentences it left alone repeat the
original and go; a figure it changed or added stands beside the original's in the clusters, where it supersedes
it (``clusters._versions``): one outlet's revision is that report's latest figure, not a second report.
"""

from __future__ import annotations

import re

import pandas as pd

# Where a figure stands: its sentence with every number masked, and its rank among its sentence's claims.
POSITION_COLUMNS = ["sentence", "char_start", "claim_key"]
_NUMBER = re.compile(r"\d[\d,.]*")
# What makes two claims the same figure. Text columns are compared with missing as "", numbers with NaN as a value.
FIGURE_TEXT = ["metric", "unit", "change"]
FIGURE_NUMBERS = ["value", "value_low", "value_high"]
FIGURE_COLUMNS = FIGURE_TEXT + FIGURE_NUMBERS
_MISSING_NUMBER = -1.2345e300  # no reported value can be this


def revised_claims(claims: pd.DataFrame, duplicates: pd.DataFrame, originals: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``claims`` whose figure the duplicated article does not report.

    ``claims`` holds the near-duplicates' claims (``article_id`` and ``FIGURE_COLUMNS``, any others kept);
    ``duplicates`` maps each near-duplicate's ``article_id`` to the ``duplicate_of`` it copies; ``originals``
    holds the claims of those originals (``article_id`` and ``FIGURE_COLUMNS``).
    """
    if len(claims) == 0:
        return claims
    target = claims["article_id"].map(duplicates.drop_duplicates("article_id").set_index("article_id")["duplicate_of"])
    mine = _figures(claims).assign(original=target.to_numpy(), _row=range(len(claims)))
    known = _figures(originals).assign(original=originals["article_id"].to_numpy()).drop_duplicates()
    repeated = mine.merge(known, on=["original", *FIGURE_COLUMNS], how="inner")["_row"]
    keep = ~pd.Series(range(len(claims)), index=claims.index).isin(set(repeated))
    return claims[keep.to_numpy()]


def _figures(claims: pd.DataFrame) -> pd.DataFrame:
    """The figure columns, comparable in a merge (missing text as "", missing numbers as a sentinel)."""
    out = pd.DataFrame(index=range(len(claims)))
    for col in FIGURE_TEXT:
        out[col] = claims[col].astype("object").where(claims[col].notna(), "").astype(str).to_numpy()
    for col in FIGURE_NUMBERS:
        out[col] = pd.to_numeric(claims[col], errors="coerce").fillna(_MISSING_NUMBER).to_numpy(dtype=float)
    return out


def follow_originals(revised: pd.DataFrame, duplicates: pd.DataFrame, originals: pd.DataFrame) -> pd.DataFrame:
    """``revised`` with each claim that stands where a claim of its original stood (the same sentence but for its
    numbers, the same rank among that sentence's claims, the same unit) filed under that claim's key.

    "The list shrank to 248,000" in a corrected copy of "The list shrank to 284,000" is the same figure revised,
    however the two are keyed; filed under one key, the cluster lists both and takes the update's (``clusters``),
    also when neither names a subject or a metric and each would otherwise stand alone (``claim:<id>``).
    ``originals`` holds the originals' claims with ``POSITION_COLUMNS`` and ``unit``.
    """
    if len(revised) == 0 or len(originals) == 0 or not set(POSITION_COLUMNS) <= set(originals.columns):
        return revised
    target = revised["article_id"].map(duplicates.drop_duplicates("article_id").set_index("article_id")["duplicate_of"])
    mine = _positions(revised).assign(article_id=target.to_numpy(), _row=range(len(revised)))
    theirs = _positions(originals).assign(article_id=originals["article_id"].to_numpy())
    theirs = theirs.assign(key=originals["claim_key"].to_numpy()).drop_duplicates(
        ["article_id", "place", "unit"], keep=False
    )
    found = mine.merge(theirs, on=["article_id", "place", "unit"], how="inner")
    if found.empty:
        return revised
    out = revised.copy()
    out.iloc[found["_row"].to_numpy(), out.columns.get_loc("claim_key")] = found["key"].to_numpy()
    return out


def _positions(claims: pd.DataFrame) -> pd.DataFrame:
    """Each claim's place (its masked sentence and its rank in it) and unit, comparable in a merge."""
    masked = claims["sentence"].astype("string").fillna("").str.replace(_NUMBER, "#", regex=True)
    rank = claims.assign(_masked=masked.to_numpy()).groupby(["article_id", "_masked"], sort=False)["char_start"]
    place = masked + "|" + rank.rank(method="first").fillna(0).astype(int).astype(str)
    return pd.DataFrame({"place": place.to_numpy(), "unit": claims["unit"].astype("string").fillna("").to_numpy()})
