"""The asset graph: one asset per stage, each a thin call into :mod:`pipeline.flow`.

Table assets validate their new rows against the table's pandera model in a blocking asset check: an invalid
table fails its check, its step and the run, and ``published_version`` (the only step that writes a version)
never runs.
"""

import os
import shutil
from collections.abc import Iterator

import pandas as pd
from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    DynamicOut,
    DynamicOutput,
    Failure,
    MetadataValue,
    OpExecutionContext,
    Output,
    RetryRequested,
    asset,
    graph_asset,
    op,
)

from pipeline import flow, schemas
from pipeline.claims.clusters import ClusterUpdate
from pipeline.defs.checks import PUBLISH_CHECKS, accounted_for, ids_unique
from pipeline.defs.resources import PipelineConfig
from pipeline.stages.ingest import InputBusyError

PARSE_WORKERS = int(os.environ.get("PIPELINE_WORKERS", str(os.cpu_count() or 2)))
MIN_CHUNK = int(os.environ.get("PIPELINE_MIN_CHUNK", "200"))
MAX_CHUNK = int(os.environ.get("PIPELINE_MAX_CHUNK", "10000"))
PREVIEW_ROWS = 5
PREVIEW_CHARS = 80


def markdown_preview(frame: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """A small Markdown table for the UI, long cells cut so the preview stays readable."""
    if frame.empty:
        return "_no rows_"
    head = frame.head(rows)
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(_short(v) for v in row) + " |" for row in head.itertuples(index=False)]
    return "\n".join(lines)


def _short(value: object) -> str:
    text = str(value).replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def schema_check(table: str) -> AssetCheckSpec:
    return AssetCheckSpec(
        "schema_valid",
        asset=table,
        blocking=True,
        description=f"the new rows of {table} satisfy pipeline.schemas.{schemas.MODELS[table].__name__}",
    )


def table_output(
    table: str, frame: pd.DataFrame, batch: flow.Batch, extra: dict | None = None
) -> Iterator[Output | AssetCheckResult]:
    """Validate a table's new rows, then emit them with the metadata the UI shows."""
    try:
        valid = schemas.validate(table, schemas.conform(table, frame))
    except schemas.TableValidationError as err:
        yield AssetCheckResult(
            check_name="schema_valid",
            asset_key=table,
            passed=False,
            severity=AssetCheckSeverity.ERROR,
            description=str(err),
            metadata={"failures": MetadataValue.md(markdown_preview(err.failures, rows=20))},
        )
        raise Failure(description=str(err)) from None
    metadata = {
        "new_rows": MetadataValue.int(len(valid)),
        "version": MetadataValue.text(batch.version_id),
        "parent_version": MetadataValue.text(batch.parent or "none"),
        "batch_id": MetadataValue.text(batch.batch_id),
        "preview": MetadataValue.md(markdown_preview(valid)),
        **(extra or {}),
    }
    yield Output(valid, metadata=metadata)
    yield AssetCheckResult(check_name="schema_valid", asset_key=table, passed=True)


@asset(group_name="ingest", description="Scan the input folder; new inputs become records or rejects.")
def ingest_batch(context: AssetExecutionContext, pipeline_config: PipelineConfig) -> Output[flow.Batch]:
    """A file locked by its writer retries the scan (PIPELINE_INGEST_RETRIES times, backing off); on the last
    try such files are left for the next run and listed in the metadata."""
    store = pipeline_config.store()
    with store.lock():
        store.clean_leftovers(max_age_seconds=24 * 3600)
    retries, first_wait = pipeline_config.retry_policy()
    try:
        batch = flow.ingest(pipeline_config.settings(), store, defer_busy=context.retry_number >= retries)
    except InputBusyError as err:
        context.log.warning(f"{err}; retrying the scan (try {context.retry_number + 1} of {retries + 1})")
        raise RetryRequested(max_retries=retries, seconds_to_wait=first_wait * 2**context.retry_number) from err
    for path in batch.deferred:
        context.log.warning(f"{path}: still locked by its writer, left for the next run")
    for path in batch.vanished:
        context.log.warning(f"{path}: deleted while the scan read it, not an input of this run")
    context.log.info(f"{len(batch.records)} new records, {len(batch.rejects)} new rejects, parent {batch.parent}")
    return Output(
        batch,
        metadata={
            "new_records": MetadataValue.int(len(batch.records)),
            "new_rejects": MetadataValue.int(len(batch.rejects)),
            "inputs_seen": MetadataValue.int(len(batch.seen)),
            "deferred_locked": MetadataValue.json(batch.deferred),
            "vanished": MetadataValue.json(batch.vanished),
            "formats": MetadataValue.json(batch.records["format"].value_counts().to_dict()),
            "version": MetadataValue.text(batch.version_id),
            "parent_version": MetadataValue.text(batch.parent or "none"),
            "input_fingerprint": MetadataValue.text(batch.input_fingerprint),
        },
    )


@op(out=DynamicOut(pd.DataFrame), description="Cut the batch into chunks that parse in parallel processes.")
def split_batch(ingest_batch: flow.Batch) -> Iterator[DynamicOutput]:
    chunks = flow.split(ingest_batch.records, max_chunks=PARSE_WORKERS, min_chunk=MIN_CHUNK, max_chunk=MAX_CHUNK)
    for i, chunk in enumerate(chunks):
        yield DynamicOutput(chunk, mapping_key=f"chunk_{i}")


@op(description="Every per-article stage (boilerplate, metadata, entities, quotes, claims) on one chunk.")
def parse_chunk(chunk: pd.DataFrame) -> flow.Parsed:
    return flow.parse(chunk)


@op(description="Join the parsed chunks in ingestion order.")
def merge_chunks(context: OpExecutionContext, parts: list[flow.Parsed]) -> Output[flow.Parsed]:
    parsed = flow.merge(parts)
    share = float(parsed.stripped["removed_share"].mean()) if len(parsed.stripped) else 0.0
    context.add_output_metadata(
        {
            "parsed": MetadataValue.int(len(parsed.stripped)),
            "rejected": MetadataValue.int(len(parsed.rejects)),
            "mean_share_stripped": MetadataValue.float(round(share, 4)),
            "chunks": MetadataValue.int(len(parts)),
            "worker_pids": MetadataValue.json(sorted(set(parsed.workers))),
        }
    )
    return Output(parsed)


@graph_asset(
    group_name="clean",
    description="Every per-article stage for every new record (duplicates included), in parallel chunks.",
)
def parsed_articles(ingest_batch: flow.Batch) -> flow.Parsed:
    return merge_chunks(split_batch(ingest_batch).map(parse_chunk).collect())


@asset(
    group_name="dedup",
    description="Every accepted input with exact/near-duplicate links and its story id (lineage table).",
    check_specs=[schema_check("articles")],
)
def articles(
    context: AssetExecutionContext,
    ingest_batch: flow.Batch,
    parsed_articles: flow.Parsed,
    pipeline_config: PipelineConfig,
) -> Iterator[Output | AssetCheckResult]:
    store = pipeline_config.store()
    state_out = store.staging(context.run.run_id) / "state" / flow.DEDUP_STATE
    frame = flow.dedup(ingest_batch, parsed_articles, store, state_out)
    kinds = frame["duplicate_kind"].value_counts().to_dict()
    yield from table_output(
        "articles",
        frame,
        ingest_batch,
        {
            "exact_duplicates": MetadataValue.int(int(kinds.get("exact", 0))),
            "near_duplicates": MetadataValue.int(int(kinds.get("near", 0))),
            "stories": MetadataValue.int(int(frame["story_id"].nunique())),
        },
    )


@asset(
    group_name="clean",
    description="Canonical articles only: the body alone, with what was stripped and why.",
    check_specs=[schema_check("clean_articles")],
)
def clean_articles(
    ingest_batch: flow.Batch, articles: pd.DataFrame, parsed_articles: flow.Parsed
) -> Iterator[Output | AssetCheckResult]:
    frame = flow.clean_articles(articles, parsed_articles)
    share = float(frame["removed_share"].mean()) if len(frame) else 0.0
    yield from table_output(
        "clean_articles", frame, ingest_batch, {"mean_share_stripped": MetadataValue.float(round(share, 4))}
    )


@asset(
    group_name="metadata",
    description="Title, subtitle, authors, UTC dates, publisher, language, word count, headings.",
    check_specs=[schema_check("article_metadata")],
)
def article_metadata(
    ingest_batch: flow.Batch, articles: pd.DataFrame, parsed_articles: flow.Parsed
) -> Iterator[Output | AssetCheckResult]:
    yield from table_output("article_metadata", flow.article_metadata(articles, parsed_articles), ingest_batch)


@asset(
    group_name="metadata",
    description="People, organisations, places and works per canonical article, one canonical form each.",
    check_specs=[schema_check("entities")],
)
def entities(
    ingest_batch: flow.Batch, articles: pd.DataFrame, parsed_articles: flow.Parsed
) -> Iterator[Output | AssetCheckResult]:
    yield from table_output("entities", flow.entities(articles, parsed_articles), ingest_batch)


@asset(
    group_name="metadata",
    description="Direct quotations with their speakers and character spans in the clean text.",
    check_specs=[schema_check("quotes")],
)
def quotes(
    ingest_batch: flow.Batch, articles: pd.DataFrame, parsed_articles: flow.Parsed
) -> Iterator[Output | AssetCheckResult]:
    yield from table_output("quotes", flow.quotes(articles, parsed_articles), ingest_batch)


@asset(
    group_name="claims",
    description="Every quantitative claim as a canonical record (value in base units, unit, period, hedge).",
    check_specs=[schema_check("claims")],
)
def claims(
    ingest_batch: flow.Batch, articles: pd.DataFrame, parsed_articles: flow.Parsed, pipeline_config: PipelineConfig
) -> Iterator[Output | AssetCheckResult]:
    frame = flow.claims(articles, parsed_articles, pipeline_config.store(), ingest_batch.parent)
    yield from table_output(
        "claims",
        frame,
        ingest_batch,
        {"hedged": MetadataValue.int(int(frame["hedge"].notna().sum()))},
    )


@asset(
    group_name="claims",
    description="Claims about the same fact across articles: agree, consistent, conflict or single.",
    check_specs=[schema_check("claim_clusters")],
)
def claim_clusters(
    ingest_batch: flow.Batch, claims: pd.DataFrame, articles: pd.DataFrame, pipeline_config: PipelineConfig
) -> Iterator[Output | AssetCheckResult]:
    """The clusters this batch creates or changes (the published table keeps the parent's other rows)."""
    update = flow.claim_clusters(claims, articles, pipeline_config.store(), ingest_batch.parent)
    statuses = update.rows["status"].value_counts().to_dict()
    outputs = table_output(
        "claim_clusters",
        update.rows,
        ingest_batch,
        {
            "replaced_keys": MetadataValue.int(len(update.replaced_keys)),
            **{f"{s}_clusters": MetadataValue.int(int(statuses.get(s, 0))) for s in schemas.CLUSTER_STATUSES},
        },
    )
    for event in outputs:
        if isinstance(event, Output):  # the validated rows travel with the keys they replace
            event = Output(ClusterUpdate(event.value, update.replaced_keys), metadata=event.metadata)
        yield event


@asset(
    group_name="ingest",
    description="Inputs that did not become articles, with the reason and the stage that refused them.",
    check_specs=[schema_check("rejects")],
)
def rejects(ingest_batch: flow.Batch, parsed_articles: flow.Parsed) -> Iterator[Output | AssetCheckResult]:
    frame = flow.rejects(ingest_batch, parsed_articles)
    reasons = frame["reason"].str.split(":").str[0].value_counts().to_dict()
    yield from table_output("rejects", frame, ingest_batch, {"reasons": MetadataValue.json(reasons)})


@asset(
    group_name="publish",
    description="Writes the new version (parent's parts hard-linked plus this batch) and switches latest.",
    check_specs=PUBLISH_CHECKS,
)
def published_version(  # noqa: PLR0913 - one input per published table
    context: AssetExecutionContext,
    ingest_batch: flow.Batch,
    pipeline_config: PipelineConfig,
    articles: pd.DataFrame,
    clean_articles: pd.DataFrame,
    article_metadata: pd.DataFrame,
    entities: pd.DataFrame,
    quotes: pd.DataFrame,
    claims: pd.DataFrame,
    claim_clusters: ClusterUpdate,
    rejects: pd.DataFrame,
) -> Iterator[Output | AssetCheckResult]:
    store = pipeline_config.store()
    staging = store.staging(context.run.run_id)
    tables = {
        "articles": articles,
        "clean_articles": clean_articles,
        "article_metadata": article_metadata,
        "entities": entities,
        "quotes": quotes,
        "claims": claims,
        "claim_clusters": claim_clusters.rows,
        "rejects": rejects,
    }
    result = store.publish(
        tables,
        batch_id=ingest_batch.batch_id,
        version_id=ingest_batch.version_id,
        parent=ingest_batch.parent,
        input_fingerprint=ingest_batch.input_fingerprint,
        state_dirs={
            flow.DEDUP_STATE: staging / "state" / flow.DEDUP_STATE,
            flow.INGEST_STATE: flow.save_file_stats(ingest_batch, staging / "state" / flow.INGEST_STATE),
        },
        extra={"inputs_seen": len(ingest_batch.seen)},
        replaced_keys={"claim_clusters": claim_clusters.replaced_keys},
    )
    context.log.info(result.message)
    shutil.rmtree(staging, ignore_errors=True)  # the batch is in the version now (or was refused)
    if result.version_id is None:
        raise Failure(description=result.message)
    manifest = result.manifest or {}
    summary = {
        "published": result.published,
        "version_id": result.version_id,
        "message": result.message,
        "rows": {name: entry["rows"] for name, entry in manifest.get("tables", {}).items()},
        "inputs_seen": len(ingest_batch.seen),
    }
    rows_md = "\n".join(f"| {name} | {rows} |" for name, rows in summary["rows"].items())
    yield Output(
        summary,
        metadata={
            "version": MetadataValue.text(result.version_id),
            "published": MetadataValue.bool(result.published),
            "message": MetadataValue.text(result.message),
            "tables": MetadataValue.md("| table | rows |\n|---|---|\n" + rows_md),
            "path": MetadataValue.path(str(store.versions_dir / result.version_id)),
        },
    )
    yield accounted_for(store, result.version_id, ingest_batch.seen)
    yield ids_unique(store, result.version_id)
