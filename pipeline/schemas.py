"""Every published table's contract, in one place.

Each table has a pandera ``DataFrameModel`` (what the values must be) and an explicit Arrow schema (how it is
stored: timezone-aware timestamps, real list and struct columns), so that pandas, DuckDB and Polars readers all
see the same types. ``validate`` checks a frame and raises :class:`TableValidationError`, whose message names the
table, the column and the offending rows.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
from pandera.errors import SchemaErrors
from pandera.typing import Series

UTC_TS = pd.DatetimeTZDtype(unit="us", tz="UTC")
DUPLICATE_KINDS = ["exact", "near"]
CHANGES = ["=", "~", ">", "<", "up", "down"]
CLUSTER_STATUSES = ["agree", "consistent", "conflict", "single"]
ENTITY_LABELS = ["PERSON", "ORG", "GPE", "LOC", "WORK", "EVENT", "PRODUCT", "NORP", "MISC"]
INPUT_FORMATS = ["text", "html", "jsonl-text", "jsonl-html"]


class _Strict(pa.DataFrameModel):
    class Config:
        strict = True  # a stage that adds or drops a column is schema drift
        coerce = False


class Articles(_Strict):
    """Every accepted input, duplicates included (lineage)."""

    article_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 16, "max_value": 16})
    source_path: Series[str]
    content_sha256: Series[str] = pa.Field(str_length={"min_value": 64, "max_value": 64})
    format: Series[str] = pa.Field(isin=INPUT_FORMATS)
    url: Series[str] = pa.Field(nullable=True)
    ingested_at: Series[UTC_TS]
    batch_id: Series[str]
    duplicate_of: Series[str] = pa.Field(nullable=True)
    duplicate_kind: Series[str] = pa.Field(nullable=True, isin=DUPLICATE_KINDS)
    similarity: Series[float] = pa.Field(nullable=True, ge=0.0, le=1.0)
    story_id: Series[str]

    @pa.dataframe_check
    def duplicates_point_somewhere(cls, df: pd.DataFrame) -> Series[bool]:
        """A duplicate names what it duplicates, and only duplicates do."""
        return df["duplicate_of"].isna() == df["duplicate_kind"].isna()


class CleanArticles(_Strict):
    """Canonical articles only: the body without page furniture."""

    article_id: Series[str] = pa.Field(unique=True)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    removed: Series[object]  # list of {"text", "reason"}
    removed_share: Series[float] = pa.Field(ge=0.0, le=1.0)


class ArticleMetadata(_Strict):
    article_id: Series[str] = pa.Field(unique=True)
    title: Series[str] = pa.Field(nullable=True)
    subtitle: Series[str] = pa.Field(nullable=True)
    authors: Series[object]  # list[str]
    published_at: Series[UTC_TS] = pa.Field(nullable=True)
    updated_at: Series[UTC_TS] = pa.Field(nullable=True)
    publisher: Series[str] = pa.Field(nullable=True)
    language: Series[str] = pa.Field(nullable=True)
    word_count: Series[int] = pa.Field(ge=0)
    headings: Series[object]  # list[str]


class Entities(_Strict):
    article_id: Series[str]
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    label: Series[str] = pa.Field(isin=ENTITY_LABELS)
    count: Series[int] = pa.Field(ge=1)


class Quotes(_Strict):
    article_id: Series[str]
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    speaker: Series[str] = pa.Field(nullable=True)
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["char_end"] > df["char_start"]


class Claims(_Strict):
    claim_id: Series[str] = pa.Field(unique=True)
    article_id: Series[str]
    sentence: Series[str]
    surface: Series[str]
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)
    subject: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(nullable=True)
    value: Series[float] = pa.Field(nullable=True)
    value_low: Series[float] = pa.Field(nullable=True)
    value_high: Series[float] = pa.Field(nullable=True)
    unit: Series[str]
    change: Series[str] = pa.Field(isin=CHANGES)
    hedge: Series[str] = pa.Field(nullable=True)
    period: Series[str] = pa.Field(nullable=True)
    forecast: Series[bool]
    attribution: Series[str] = pa.Field(nullable=True)
    claim_key: Series[str]

    @pa.dataframe_check
    def span_is_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["char_end"] > df["char_start"]


class ClaimClusters(_Strict):
    claim_key: Series[str] = pa.Field(unique=True)
    subject: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(nullable=True)
    unit: Series[str]
    period: Series[str] = pa.Field(nullable=True)
    forecast: Series[bool]
    n_claims: Series[int] = pa.Field(ge=1)
    n_articles: Series[int] = pa.Field(ge=1)
    article_ids: Series[object]  # list[str]
    claim_ids: Series[object]  # list[str]
    consensus_value: Series[float] = pa.Field(nullable=True)
    min_value: Series[float] = pa.Field(nullable=True)
    max_value: Series[float] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(isin=CLUSTER_STATUSES)


class Rejects(_Strict):
    """Inputs that did not become articles, each with the reason and the stage that refused it."""

    source_path: Series[str]
    reason: Series[str] = pa.Field(str_length={"min_value": 1})
    stage: Series[str]
    content_sha256: Series[str] = pa.Field(nullable=True)
    batch_id: Series[str]
    detected_at: Series[UTC_TS]


_str = pa_arrow.string()
_ts = pa_arrow.timestamp("us", tz="UTC")
_f64 = pa_arrow.float64()
_i64 = pa_arrow.int64()
_str_list = pa_arrow.list_(_str)

ARROW_SCHEMAS: dict[str, pa_arrow.Schema] = {
    "articles": pa_arrow.schema(
        [
            ("article_id", _str),
            ("source_path", _str),
            ("content_sha256", _str),
            ("format", _str),
            ("url", _str),
            ("ingested_at", _ts),
            ("batch_id", _str),
            ("duplicate_of", _str),
            ("duplicate_kind", _str),
            ("similarity", _f64),
            ("story_id", _str),
        ]
    ),
    "clean_articles": pa_arrow.schema(
        [
            ("article_id", _str),
            ("text", _str),
            ("removed", pa_arrow.list_(pa_arrow.struct([("text", _str), ("reason", _str)]))),
            ("removed_share", _f64),
        ]
    ),
    "article_metadata": pa_arrow.schema(
        [
            ("article_id", _str),
            ("title", _str),
            ("subtitle", _str),
            ("authors", _str_list),
            ("published_at", _ts),
            ("updated_at", _ts),
            ("publisher", _str),
            ("language", _str),
            ("word_count", _i64),
            ("headings", _str_list),
        ]
    ),
    "entities": pa_arrow.schema([("article_id", _str), ("text", _str), ("label", _str), ("count", _i64)]),
    "quotes": pa_arrow.schema(
        [
            ("article_id", _str),
            ("quote", _str),
            ("speaker", _str),
            ("char_start", _i64),
            ("char_end", _i64),
        ]
    ),
    "claims": pa_arrow.schema(
        [
            ("claim_id", _str),
            ("article_id", _str),
            ("sentence", _str),
            ("surface", _str),
            ("char_start", _i64),
            ("char_end", _i64),
            ("subject", _str),
            ("metric", _str),
            ("value", _f64),
            ("value_low", _f64),
            ("value_high", _f64),
            ("unit", _str),
            ("change", _str),
            ("hedge", _str),
            ("period", _str),
            ("forecast", pa_arrow.bool_()),
            ("attribution", _str),
            ("claim_key", _str),
        ]
    ),
    "claim_clusters": pa_arrow.schema(
        [
            ("claim_key", _str),
            ("subject", _str),
            ("metric", _str),
            ("unit", _str),
            ("period", _str),
            ("forecast", pa_arrow.bool_()),
            ("n_claims", _i64),
            ("n_articles", _i64),
            ("article_ids", _str_list),
            ("claim_ids", _str_list),
            ("consensus_value", _f64),
            ("min_value", _f64),
            ("max_value", _f64),
            ("status", _str),
        ]
    ),
    "rejects": pa_arrow.schema(
        [
            ("source_path", _str),
            ("reason", _str),
            ("stage", _str),
            ("content_sha256", _str),
            ("batch_id", _str),
            ("detected_at", _ts),
        ]
    ),
}

MODELS: dict[str, type[_Strict]] = {
    "articles": Articles,
    "clean_articles": CleanArticles,
    "article_metadata": ArticleMetadata,
    "entities": Entities,
    "quotes": Quotes,
    "claims": Claims,
    "claim_clusters": ClaimClusters,
    "rejects": Rejects,
}

TABLES: tuple[str, ...] = tuple(MODELS)


class TableValidationError(ValueError):
    """A table broke its contract; it must not be published."""

    def __init__(self, table: str, failures: pd.DataFrame):
        self.table = table
        self.failures = failures
        lines = []
        for (column, check), group in failures.groupby(["column", "check"], dropna=False, sort=False):
            rows = group["index"].dropna().tolist()[:10]
            cases = group["failure_case"].astype(str).tolist()[:5]
            lines.append(f"column {column!r} failed {check}: rows {rows}, values {cases}")
        super().__init__(f"table {table!r} is invalid and was not published:\n  " + "\n  ".join(lines))


def empty_frame(table: str) -> pd.DataFrame:
    """An empty frame with the table's columns and pandas dtypes (what an idle stage returns)."""
    return _typed_empty(ARROW_SCHEMAS[table].empty_table().to_pandas(), table)


def conform(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Give a stage's frame the table's column order and dtypes, without inventing values.

    Missing or extra columns are left as they are so that validation reports them as drift.
    """
    schema = ARROW_SCHEMAS[table]
    if df.empty and set(schema.names) <= set(df.columns):
        return ARROW_SCHEMAS[table].empty_table().to_pandas().pipe(_typed_empty, table)
    out = df.copy()
    for field in schema:
        if field.name not in out.columns:
            continue
        col = out[field.name]
        if pa_arrow.types.is_string(field.type) and not isinstance(col.dtype, pd.StringDtype):
            if col.map(lambda v: v is None or isinstance(v, str) or (isinstance(v, float) and v != v)).all():
                out[field.name] = col.astype("str").where(col.notna(), None)
        elif pa_arrow.types.is_timestamp(field.type):
            out[field.name] = pd.to_datetime(col, utc=True).astype(UTC_TS)
        elif pa_arrow.types.is_floating(field.type) and (col.dtype == object or pd.api.types.is_integer_dtype(col)):
            out[field.name] = pd.to_numeric(col, errors="coerce")
        elif (
            pa_arrow.types.is_integer(field.type)
            and pd.api.types.is_numeric_dtype(col)
            and str(col.dtype) != "int64"
            and col.notna().all()
        ):
            out[field.name] = col.astype("int64")
    ordered = [f.name for f in schema if f.name in out.columns]
    extra = [c for c in out.columns if c not in ordered]
    return out[ordered + extra].reset_index(drop=True)


def _typed_empty(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    for field in ARROW_SCHEMAS[table]:
        if pa_arrow.types.is_timestamp(field.type):
            frame[field.name] = frame[field.name].astype(UTC_TS)
    return frame


def validate(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Check ``df`` against the table's model; raise :class:`TableValidationError` naming what is wrong."""
    try:
        return MODELS[table].validate(df, lazy=True)
    except SchemaErrors as err:
        raise TableValidationError(table, err.failure_cases) from None


def to_arrow(table: str, df: pd.DataFrame) -> pa_arrow.Table:
    """Convert a validated frame to Arrow with the table's explicit schema (fails loudly on type drift)."""
    return pa_arrow.Table.from_pandas(df, schema=ARROW_SCHEMAS[table], preserve_index=False)
