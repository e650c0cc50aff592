"""The pipeline's stages wired together on one batch, in plain Python (the Dagster assets call these).

A batch is what one run brings: the inputs not seen by the parent version. Each function takes the batch's
frames and returns the new rows of one table, so a run costs what its new inputs cost; only the corpus-wide
steps (dedup index lookups, claim clusters) read what earlier versions hold.
"""

from __future__ import annotations

import os
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from pipeline import schemas
from pipeline.claims import cluster_claims, extract_claims
from pipeline.claims.clusters import CLUSTER_COLUMNS, ClusterUpdate, update_clusters
from pipeline.claims.keys import story_keys
from pipeline.claims.revisions import FIGURE_COLUMNS, POSITION_COLUMNS, follow_originals, revised_claims
from pipeline.collector import paused_gc
from pipeline.config import Settings
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.dedup import DedupIndex, deduplicate, exact_keys
from pipeline.stages.entities import extract_entities_table
from pipeline.stages.ingest import FILE_STAT_COLUMNS, input_fingerprint, scan_inputs
from pipeline.stages.metadata import extract_metadata
from pipeline.stages.quotes import extract_quotes_table
from pipeline.store import VersionStore

DEDUP_STATE = "dedup"
INGEST_STATE = "ingest"  # the file-stat cache: which files need not be read again
FILE_STATS = "files.parquet"


@dataclass
class Batch:
    """The new inputs of one run, and the version they build on."""

    batch_id: str
    version_id: str
    parent: str | None
    ingested_at: pd.Timestamp
    records: pd.DataFrame
    rejects: pd.DataFrame
    seen: list[tuple[str, str | None]]
    input_fingerprint: str
    deferred: list[str] = field(default_factory=list)  # locked by a writer: left for the next run
    vanished: list[str] = field(default_factory=list)  # deleted while the scan read them
    # the scan's file-stat cache, saved with the version
    file_stats: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FILE_STAT_COLUMNS))


@dataclass
class Parsed:
    """Everything per-article for every new record: bodies, metadata, entities, quotes and claims.

    Duplicates are parsed too (dedup compares bodies, and the per-article work then runs in parallel chunks
    before dedup); the table steps keep only the canonical articles' rows. An exact copy of an earlier input of
    its chunk (``parse``) has only the body and metadata rows dedup reads, copied from that input.
    """

    stripped: pd.DataFrame
    metadata: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame = field(default_factory=lambda: schemas.empty_frame("quotes"))
    claims: pd.DataFrame = field(default_factory=lambda: schemas.empty_frame("claims"))
    rejects: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["source_path", "reason", "stage"]))
    workers: list[int] = field(default_factory=list)  # process ids that parsed the chunks


def make_batch_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%S}Z-{uuid.uuid4().hex[:8]}"


def previously_seen(store: VersionStore, parent: str | None) -> set[tuple[str, str]]:
    """Inputs the parent version accounted for (as articles or rejects), by relative path and bytes."""
    if parent is None:
        return set()
    seen: set[tuple[str, str]] = set()
    for table in ("articles", "rejects"):
        frame = store.read_table(table, parent, columns=["source_path", "content_sha256"])
        seen.update(
            zip(
                frame["source_path"],
                frame["content_sha256"].astype(object).where(frame["content_sha256"].notna(), None),
            )
        )
    return seen


def ingest(settings: Settings, store: VersionStore, now: datetime | None = None, defer_busy: bool = False) -> Batch:
    """Scan the input folder for what the latest version has not accounted for yet.

    Raises :class:`~pipeline.stages.ingest.InputBusyError` when a file is locked by its writer, unless
    ``defer_busy`` (then such files wait for the next run).
    """
    from pipeline.store import new_version_id

    now = now or datetime.now(timezone.utc)
    parent = store.latest_version()
    result = scan_inputs(
        settings.input_dir,
        previously_seen(store, parent),
        max_file_bytes=settings.max_file_bytes,
        max_record_bytes=settings.max_record_bytes,
        defer_busy=defer_busy,
        known_files=load_file_stats(store, parent),
    )
    return Batch(
        batch_id=make_batch_id(now),
        version_id=new_version_id(now),
        parent=parent,
        ingested_at=pd.Timestamp(now).tz_convert("UTC"),
        records=result.records,
        rejects=result.rejects,
        seen=result.seen,
        input_fingerprint=input_fingerprint(result.seen),
        deferred=result.deferred,
        vanished=result.vanished,
        file_stats=result.file_stats,
    )


def load_file_stats(store: VersionStore, parent: str | None) -> pd.DataFrame | None:
    """The parent version's file-stat cache (None for a first run, or a version written before the cache)."""
    state = store.state_dir(INGEST_STATE, parent) if parent else None
    if state is None or not (state / FILE_STATS).is_file():
        return None
    return pd.read_parquet(state / FILE_STATS)


def save_file_stats(batch: Batch, state_out: Path) -> Path:
    """Write the scan's file-stat cache where the publication picks up stage state."""
    state_out.mkdir(parents=True, exist_ok=True)
    batch.file_stats.to_parquet(state_out / FILE_STATS, index=False)
    return state_out


def count_new_files(settings: Settings, store: VersionStore) -> int:
    """Files in the input folder whose path no earlier version accounted for: a cheap size estimate of the
    next batch (no file is read), used to pick an executor. Changed files under a known path are not counted."""
    from pipeline.stages.ingest import walk_files

    known: set[str] = set()
    parent = store.latest_version()
    if parent is not None:
        for table in ("articles", "rejects"):
            paths = store.read_table(table, parent, columns=["source_path"])["source_path"]
            known.update(paths.str.split("#L", n=1, regex=False).str[0])
    root = settings.input_dir
    if not root.is_dir():
        return 0
    return sum(1 for rel in walk_files(root) if rel not in known)


def _isolate(func: Callable[[pd.DataFrame], pd.DataFrame], frame: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """Run a batch function; if it raises, run it row by row so one bad article cannot sink the batch.

    Returns the combined result and ``{article_id: reason}`` for the rows that still fail.
    """
    try:
        return func(frame), {}
    except Exception:
        parts, failures = [], {}
        for i in range(len(frame)):
            row = frame.iloc[i : i + 1]
            try:
                parts.append(func(row))
            except Exception as err:  # recorded as a reject with its reason, never swallowed
                last = traceback.extract_tb(err.__traceback__)[-1]
                failures[row["article_id"].iloc[0]] = f"{type(err).__name__}: {err} (at {last.name})"
        return (pd.concat(parts, ignore_index=True) if parts else func(frame.iloc[0:0])), failures


def parse(records: pd.DataFrame) -> Parsed:
    """Every per-article stage on new records (one chunk of a batch, or all): boilerplate, metadata,
    entities, quotes and claims.

    The cyclic garbage collector stays paused over all the stages, not only inside each (``paused_gc``): each
    stage's end set off a collection that walked every row the earlier stages made, and found nothing to free (on
    the 2,225 BBC articles a collection after the parse frees 0 objects); one pause saved 0.15-0.2 ms per article.
    """
    with paused_gc():
        identity = [c for c in STAGE_INPUT_COLUMNS if c in records.columns]
        if not identity or records.empty:
            return _parse(records)
        group = records.groupby(identity, dropna=False, sort=False).ngroup()
        copies = group.duplicated().to_numpy()
        if not copies.any():
            return _parse(records)
        first = dict(zip(group[~copies], records["article_id"][~copies]))  # each set's first input
        copy_of = pd.DataFrame({"article_id": records["article_id"][copies], "original": group[copies].map(first)})
        return _with_copies(_parse(records[~copies]), records, copy_of)


# What the per-article stages read of an input: two inputs equal in all of these are parsed alike (``parse``).
STAGE_INPUT_COLUMNS = [
    "format", "url", "title_hint", "published_hint", "authors_hint", "publisher_hint", "subtitle_hint",
    "source_key", "content",
]  # fmt: skip


def _with_copies(parsed: Parsed, records: pd.DataFrame, copy_of: pd.DataFrame) -> Parsed:
    """``parsed`` (of the first of each set of identical inputs) with rows for the exact copies of the chunk
    (``copy_of``: each copy's ``article_id`` and its ``original``'s).

    A re-scrape or a file saved twice is the same input under another path: its stages' results would be the
    first one's. It needs only what dedup reads, a body (with its exact-copy key) and metadata (its date orders
    the batch, a tie then going to the earlier input, so the first stays the canonical one); dedup marks it an
    exact duplicate, whose entities, quotes and claims no table keeps. A copy of a rejected input gets the same
    reject. On the benchmark's HTML pages repeated 11 times this skips nine parses in ten.
    """

    def copied(frame: pd.DataFrame) -> pd.DataFrame:
        """The rows of the originals again, once per copy, under the copy's id."""
        rows = copy_of.merge(frame.rename(columns={"article_id": "original"}), on="original")
        return pd.concat([frame, rows[frame.columns]], ignore_index=True)

    own = records.set_index("article_id")
    id_of_path = records.set_index("source_path")["article_id"]
    rejects = parsed.rejects.assign(article_id=parsed.rejects["source_path"].map(id_of_path))
    rejects = copied(rejects)  # (a copy's reject then takes its own path and hash)
    rejects["source_path"] = rejects["article_id"].map(own["source_path"])
    rejects["content_sha256"] = rejects["article_id"].map(own["content_sha256"])
    return Parsed(
        copied(parsed.stripped), copied(parsed.metadata), parsed.entities, parsed.quotes, parsed.claims,
        rejects.drop(columns="article_id"), workers=parsed.workers,
    )


def _parse(records: pd.DataFrame) -> Parsed:
    stripped, failed = _isolate(strip_boilerplate, records)
    rejects = [
        {"source_path": sp, "reason": f"boilerplate stripping failed: {failed[aid]}", "stage": "boilerplate"}
        for aid, sp in zip(records["article_id"], records["source_path"])
        if aid in failed
    ]
    empty = stripped["text"].fillna("").str.strip() == ""
    paths = dict(zip(records["article_id"], records["source_path"]))
    rejects += [
        {
            "source_path": paths[aid],
            "reason": "no article body left after boilerplate stripping",
            "stage": "boilerplate",
        }
        for aid in stripped.loc[empty, "article_id"]
    ]
    stripped = stripped.loc[~empty].reset_index(drop=True)
    kept = records.set_index("article_id")

    def metadata_for(part: pd.DataFrame) -> pd.DataFrame:
        return extract_metadata(kept.loc[part["article_id"]].reset_index(), part)

    metadata, meta_failed = _isolate(metadata_for, stripped)
    stripped = stripped.drop(columns=["page_lines"])  # metadata's copy of each page's lines: not kept or staged
    stripped["exact_key"] = exact_keys(kept.loc[stripped["article_id"], "content"])  # for dedup, here in parallel
    if meta_failed:  # metadata is best effort: an article keeps its body with empty metadata
        metadata = pd.concat([metadata, _empty_metadata(list(meta_failed), stripped)], ignore_index=True)
    # the entity, quote and claim rules read English: another language's articles keep body and metadata only
    # (German capitalises every noun, and "2,4 Kilometer" is no English number)
    english = stripped[stripped["article_id"].isin(english_ids(metadata, stripped))]
    entities, _ = _isolate(extract_entities_table, english[["article_id", "text"]])
    quotes, _ = _isolate(extract_quotes_table, english[["article_id", "text"]])
    claims = extract_article_claims(english, metadata, entities)
    reject_frame = pd.DataFrame(rejects, columns=["source_path", "reason", "stage"])
    shas = dict(zip(records["source_path"], records["content_sha256"]))
    reject_frame["content_sha256"] = reject_frame["source_path"].map(shas)
    return Parsed(stripped, metadata, entities, quotes, claims, reject_frame, workers=[os.getpid()])


def english_ids(metadata: pd.DataFrame, stripped: pd.DataFrame) -> set[str]:
    """Articles in English, or whose language could not be told (a short text): the ones the rule-based entity,
    quote and claim stages can read."""
    other = metadata.loc[metadata["language"].notna() & (metadata["language"] != "en"), "article_id"]
    return set(stripped["article_id"]) - set(other)


def extract_article_claims(stripped: pd.DataFrame, metadata: pd.DataFrame, entity_rows: pd.DataFrame) -> pd.DataFrame:
    """Claims of each article, with its publication date (periods), its headline and entities (subjects)."""
    dated = metadata[["article_id", "published_at", "title"]].assign(
        # a page that prints only "Updated Jul 22, 2025 12:07 PM IST" is dated by it: an update follows its
        # publication by hours or days, close enough to place "the second quarter" or "last week"
        published_at=metadata["published_at"].fillna(metadata["updated_at"])
        if "updated_at" in metadata
        else metadata["published_at"]
    )
    frame = stripped[["article_id", "text"]].merge(dated, on="article_id", how="left")
    names, labels, counts = (entity_rows[c].tolist() for c in ("text", "label", "count"))
    by_article = {
        article_id: [{"text": names[i], "label": labels[i], "count": counts[i]} for i in rows]
        for article_id, rows in entity_rows.groupby("article_id", sort=False).indices.items()
    }
    frame["entities"] = [by_article.get(a, []) for a in frame["article_id"]]
    result, _ = _isolate(extract_claims, frame)
    return schemas.conform("claims", result)


def split(records: pd.DataFrame, max_chunks: int, min_chunk: int = 200, max_chunk: int = 10_000) -> list[pd.DataFrame]:
    """Cut a batch into chunks for parallel parsing: one per worker (``max_chunks``) of at least ``min_chunk``
    records, and more when a chunk would exceed ``max_chunk`` (a worker's memory grows with its chunk)."""
    chunks = max(1, min(max_chunks, len(records) // min_chunk), -(-len(records) // max_chunk))
    size = -(-len(records) // chunks) if len(records) else 0
    return [records.iloc[i : i + size] for i in range(0, len(records), size)] if size else [records]


def merge(parts: list[Parsed]) -> Parsed:
    """Put the parsed chunks of one batch back together, in ingestion order."""

    def cat(frames: list[pd.DataFrame]) -> pd.DataFrame:
        return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]

    return Parsed(
        stripped=cat([p.stripped for p in parts]),
        metadata=cat([p.metadata for p in parts]),
        entities=cat([p.entities for p in parts]),
        quotes=cat([p.quotes for p in parts]),
        claims=cat([p.claims for p in parts]),
        rejects=cat([p.rejects for p in parts]),
        workers=[pid for p in parts for pid in p.workers],
    )


def _empty_metadata(article_ids: list[str], stripped: pd.DataFrame) -> pd.DataFrame:
    words = dict(zip(stripped["article_id"], stripped["text"].str.split().str.len()))
    return pd.DataFrame(
        {
            "article_id": article_ids,
            "title": None,
            "subtitle": None,
            "authors": [[] for _ in article_ids],
            "published_at": pd.NaT,
            "updated_at": pd.NaT,
            "publisher": None,
            "language": None,
            "word_count": [int(words.get(a, 0)) for a in article_ids],
            "headings": [[] for _ in article_ids],
        }
    )


def in_publication_order(frame: pd.DataFrame) -> pd.DataFrame:
    """A batch's articles in the order they were published: earliest first, an original before its update (same
    publication time, no or an earlier update time), undated ones last, ingestion order among equals.

    Dedup decides in arrival order (the earlier article is the canonical one), so deciding a batch as it would
    have arrived makes the original, not the file name that sorts first, the canonical of a copy or an update.
    """
    published = frame["published_at"].fillna(frame["updated_at"]).to_numpy()
    updated = frame["updated_at"].fillna(frame["published_at"]).to_numpy()
    order = pd.DataFrame({"published": published, "updated": updated, "arrival": range(len(frame))})
    order = order.sort_values(["published", "updated", "arrival"], na_position="last", kind="stable")
    return frame.iloc[order.index.to_numpy()].reset_index(drop=True)


def dated_for_stories(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` without ``updated_at``, an article dated only by its update ("Updated 6:30 PM EST, Fri November
    20") taking that time as ``published_at``: it was out by then, close enough for the story step's time window,
    which would otherwise treat it as undated (a window of any width)."""
    published = frame["published_at"].fillna(frame["updated_at"])
    return frame.drop(columns="updated_at").assign(published_at=published)


def dedup(batch: Batch, parsed: Parsed, store: VersionStore, state_out: Path) -> pd.DataFrame:
    """New ``articles`` rows: each new article marked exact/near duplicate or canonical, with its story."""
    parent_state = store.state_dir(DEDUP_STATE, batch.parent) if batch.parent else None
    index = DedupIndex.load(parent_state)
    records = batch.records[batch.records["article_id"].isin(parsed.stripped["article_id"])]
    if records.empty:  # nothing new: carry the index forward unchanged
        index.save(state_out, parent=parent_state)
        return schemas.empty_frame("articles")
    # the exact-copy keys were hashed from the content in the parse, so no content is needed
    frame = records[["article_id"]].merge(parsed.stripped[["article_id", "text", "exact_key"]], on="article_id")
    frame = frame.merge(
        parsed.metadata[["article_id", "published_at", "updated_at", "title"]], on="article_id", how="left"
    )
    frame = dated_for_stories(in_publication_order(frame))
    claims = parsed.claims  # their figures: a bound's or range's low end stands for it
    value = claims["value"].fillna(claims["value_low"])
    figures = pd.DataFrame({"article_id": claims["article_id"], "value": value, "unit": claims["unit"]})
    decisions = deduplicate(frame, index, mentions=parsed.entities[["article_id", "text"]], figures=figures)
    index.save(state_out, parent=parent_state)
    articles = records[["article_id", "source_path", "content_sha256", "format", "url"]].merge(
        decisions, on="article_id", how="left"
    )
    articles["ingested_at"] = batch.ingested_at
    articles["batch_id"] = batch.batch_id
    return schemas.conform("articles", articles)


def canonical_ids(articles: pd.DataFrame) -> set[str]:
    return set(articles.loc[articles["duplicate_of"].isna(), "article_id"])


def clean_articles(articles: pd.DataFrame, parsed: Parsed) -> pd.DataFrame:
    keep = canonical_ids(articles)
    frame = parsed.stripped[parsed.stripped["article_id"].isin(keep)]
    return schemas.conform("clean_articles", frame[["article_id", "text", "removed", "removed_share"]])


def article_metadata(articles: pd.DataFrame, parsed: Parsed) -> pd.DataFrame:
    frame = parsed.metadata[parsed.metadata["article_id"].isin(canonical_ids(articles))]
    return schemas.conform("article_metadata", frame)


def entities(articles: pd.DataFrame, parsed: Parsed) -> pd.DataFrame:
    frame = parsed.entities[parsed.entities["article_id"].isin(canonical_ids(articles))]
    return schemas.conform("entities", frame)


def quotes(articles: pd.DataFrame, parsed: Parsed) -> pd.DataFrame:
    frame = parsed.quotes[parsed.quotes["article_id"].isin(canonical_ids(articles))]
    return schemas.conform("quotes", frame)


def claims(
    articles: pd.DataFrame, parsed: Parsed, store: VersionStore | None = None, parent: str | None = None
) -> pd.DataFrame:
    """The canonical articles' claims and the figures near-duplicates changed or added (``revised_claims``;
    an original from an earlier batch is read from the ``parent`` version), each keyed by its story where it
    names no subject (``story_keys``)."""
    frame = parsed.claims[parsed.claims["article_id"].isin(canonical_ids(articles))]
    near = articles.loc[articles["duplicate_kind"].eq("near"), ["article_id", "duplicate_of"]]
    copies = parsed.claims[parsed.claims["article_id"].isin(set(near["article_id"]))]
    if len(copies):
        originals = parsed.claims[parsed.claims["article_id"].isin(set(near["duplicate_of"]))]
        earlier = sorted(set(near["duplicate_of"]) - set(articles["article_id"]))
        if earlier and store is not None and parent is not None:
            columns = ["article_id", *FIGURE_COLUMNS, *POSITION_COLUMNS]
            stored = store.read_table("claims", parent, columns=columns, filters=[("article_id", "in", earlier)])
            originals = pd.concat([originals[columns], stored], ignore_index=True)
        revised = follow_originals(revised_claims(copies, near, originals), near, originals)
        frame = pd.concat([frame, revised], ignore_index=True)
    return schemas.conform("claims", story_keys(frame, articles[["article_id", "story_id"]]))


def claim_clusters(
    new_claims: pd.DataFrame, new_articles: pd.DataFrame, store: VersionStore, parent: str | None
) -> ClusterUpdate:
    """What this batch changes in the clusters over every claim of the corpus (the parent's and its own).

    Only the keys the batch can change are recomputed (see :func:`pipeline.claims.clusters.update_clusters`):
    the claims of the stories it adds articles to, and whatever else is filed under their keys; the store
    keeps the parent's other rows. Story ids let an undated claim join the one period its story reports, and
    split a key whose claims conflict across stories into one cluster per story.
    """
    stories = new_articles[["article_id", "story_id", "duplicate_of"]]  # (an update revises what it duplicates)
    if parent is None:
        return ClusterUpdate(cluster_claims(new_claims, stories))
    old_stories = store.read_table("articles", parent, columns=["article_id", "story_id", "duplicate_of"])
    touched = old_stories.loc[old_stories["story_id"].isin(set(stories["story_id"].dropna())), "article_id"]
    old_claims = (
        store.read_table("claims", parent, columns=CLUSTER_COLUMNS, filters=[("article_id", "in", touched.tolist())])
        if len(touched)
        else schemas.empty_frame("claims")[CLUSTER_COLUMNS]
    )
    parts = [frame for frame in (old_claims, new_claims[CLUSTER_COLUMNS]) if len(frame)]
    story_claims = pd.concat(parts, ignore_index=True) if parts else schemas.empty_frame("claims")[CLUSTER_COLUMNS]
    every_story = pd.concat([old_stories, stories], ignore_index=True)  # also for claims filed beside them
    return update_clusters(
        # as Arrow: 300k rows of lists are slow to turn into pandas
        store.read_arrow("claim_clusters", parent, columns=["claim_key", "claim_ids"]),
        story_claims,
        every_story,
        lambda ids: store.read_table("claims", parent, columns=CLUSTER_COLUMNS, filters=[("claim_id", "in", ids)]),
    )


def rejects(batch: Batch, parsed: Parsed) -> pd.DataFrame:
    frame = pd.concat([batch.rejects, parsed.rejects], ignore_index=True)
    frame["batch_id"] = batch.batch_id
    frame["detected_at"] = batch.ingested_at
    return schemas.conform("rejects", frame)
