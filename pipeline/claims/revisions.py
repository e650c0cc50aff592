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

import pandas as pd

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
