"""The whole asset graph, materialized for real on copies of the seed articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from pipeline import flow, read_table, schemas
from pipeline.claims import cluster_claims
from pipeline.config import Settings
from pipeline.store import VersionStore
from tests.conftest import SEEDS, materialize_all

EXTRA_ARTICLE = """Streaming service posts record quarter

By Jane Doe

The streaming service said on Thursday that revenue rose 12% to $9.4 billion in the third quarter, beating
analyst forecasts, as its advertising tier added 5 million subscribers.

"We are very pleased with the quarter," chief executive John Smith said.
"""


RESULTS = """Harbourside Foods lifts revenue

By Maria Lopez

Harbourside Foods said on Thursday that its third-quarter revenue rose 8% to $2.4 billion, helped by strong demand
for its frozen meals, and that it would open two new plants in the north of England next year.

"We had a very good quarter and our new ranges sold well," chief executive Ana Ruiz said.
"""


def _failure_messages(result) -> str:
    return "\n".join(
        e.event_specific_data.error.message for e in result.all_events if e.event_type_value == "STEP_FAILURE"
    )


def test_seeds_materialize_into_a_valid_version(input_dir: Path, output_dir: Path):
    result = materialize_all(input_dir, output_dir)
    assert result.success, _failure_messages(result)
    store = VersionStore(output_dir)
    version = store.latest_version()
    assert version is not None
    for table in schemas.TABLES:
        files = list((output_dir / "latest" / table).glob("*.parquet"))
        assert files or table in ("rejects", "quotes"), f"{table} has no Parquet file"
        frame = read_table(table, root=output_dir)
        schemas.validate(table, frame)  # what consumers read satisfies the contract
        if files:
            assert pq.read_schema(files[0]).equals(schemas.ARROW_SCHEMAS[table], check_metadata=False)
    articles = read_table("articles", root=output_dir)
    assert sorted(articles["source_path"]) == sorted(p.name for p in SEEDS.iterdir())
    assert articles["ingested_at"].dt.tz is not None
    # Five write-ups of one story: one story id, and no duplicate among distinct write-ups.
    assert articles["story_id"].nunique() == 1
    clean = read_table("clean_articles", root=output_dir)
    assert set(clean["article_id"]) == set(articles.loc[articles["duplicate_of"].isna(), "article_id"])
    assert not clean["text"].str.contains("Leave a Reply").any()
    manifest = json.loads((output_dir / "latest" / "_manifest.json").read_text())
    assert manifest["version_id"] == version and manifest["parent_version"] is None
    assert manifest["tables"]["articles"]["rows"] == 5
    assert all(entry["files"] for name, entry in manifest["tables"].items() if entry["rows"])
    # Consumers read plain Parquet with DuckDB too.
    count = duckdb.sql(f"select count(*) from read_parquet('{output_dir}/latest/articles/*.parquet')").fetchall()[0]
    assert count == (5,)


def test_new_input_makes_a_second_version_and_the_first_stays_readable(input_dir: Path, output_dir: Path):
    assert materialize_all(input_dir, output_dir).success
    store = VersionStore(output_dir)
    first = store.latest_version()
    before = read_table("articles", root=output_dir)

    again = materialize_all(input_dir, output_dir)
    assert again.success and store.latest_version() == first  # no new input, no new version
    assert again.output_for_node("published_version")["published"] is False

    (input_dir / "later").mkdir()
    (input_dir / "later" / "streaming.txt").write_text(EXTRA_ARTICLE)
    shutil.copy(input_dir / "001_eae0b788ae34fc0f.txt", input_dir / "later" / "copy_of_001.txt")
    second_run = materialize_all(input_dir, output_dir)
    assert second_run.success, _failure_messages(second_run)
    second = store.latest_version()
    assert second != first
    assert store.manifest(second)["parent_version"] == first
    after = read_table("articles", root=output_dir)
    assert len(after) == 7 and len(read_table("articles", version=first, root=output_dir)) == 5
    old = after.merge(before, on="article_id", suffixes=("", "_before"))
    assert (old["batch_id"] == old["batch_id_before"]).all()
    assert (old["ingested_at"] == old["ingested_at_before"]).all()
    copy = after.set_index("source_path").loc["later/copy_of_001.txt"]
    original = after.set_index("source_path").loc["001_eae0b788ae34fc0f.txt"]
    assert copy["duplicate_kind"] == "exact" and copy["duplicate_of"] == original["article_id"]
    assert "later/copy_of_001.txt" not in set(
        read_table("clean_articles", root=output_dir).merge(after, on="article_id")["source_path"]
    )


def test_bad_inputs_become_rejects_and_everything_is_accounted_for(input_dir: Path, output_dir: Path):
    (input_dir / "empty.txt").write_bytes(b"")
    (input_dir / "noise.bin.txt").write_bytes(bytes(range(256)) * 64)
    (input_dir / "feed.jsonl").write_text('{"text": "' + "A sentence of news. " * 20 + '"}\n{not json}\n')
    result = materialize_all(input_dir, output_dir)
    assert result.success, _failure_messages(result)
    articles = read_table("articles", root=output_dir)
    rejects = read_table("rejects", root=output_dir)
    assert len(articles) + len(rejects) == 5 + 1 + 1 + 2
    reasons = dict(zip(rejects["source_path"], rejects["reason"]))
    assert reasons["empty.txt"] == "empty file"
    assert reasons["noise.bin.txt"].startswith("binary content")
    assert reasons["feed.jsonl#L2"].startswith("invalid JSON")
    checks = {
        e.event_specific_data.check_name: e.event_specific_data.passed
        for e in result.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
    }
    assert checks["inputs_accounted_for"] and checks["article_ids_unique"] and checks["schema_valid"]


def test_validation_failure_blocks_publication(input_dir: Path, output_dir: Path, monkeypatch):
    assert materialize_all(input_dir, output_dir).success
    store = VersionStore(output_dir)
    first = store.latest_version()
    (input_dir / "new.txt").write_text(EXTRA_ARTICLE)

    import pipeline.flow as flow

    real = flow.article_metadata

    def drifting(articles: pd.DataFrame, parsed) -> pd.DataFrame:  # a stage that writes words as the count
        frame = real(articles, parsed)
        frame["word_count"] = frame["word_count"].astype(str)
        return frame

    monkeypatch.setattr(flow, "article_metadata", drifting)
    result = materialize_all(input_dir, output_dir)
    assert not result.success
    message = _failure_messages(result)
    assert "'article_metadata'" in message and "'word_count'" in message
    assert store.latest_version() == first
    assert len(store.list_versions()) == 1


def test_new_files_are_counted_by_path_before_any_is_read(input_dir: Path, output_dir: Path):
    """The CLI and the sensor size a batch from this count to pick one process or many."""
    settings, store = Settings(input_dir=input_dir, output_dir=output_dir), VersionStore(output_dir)
    assert flow.count_new_files(settings, store) == 5
    assert materialize_all(input_dir, output_dir).success
    assert flow.count_new_files(settings, store) == 0
    (input_dir / "late.txt").write_text("A late article about the same story.\n" * 20, encoding="utf-8")
    feed = '{"text": "One record of a feed."}\n{"text": "Another record."}\n'
    (input_dir / "feed.jsonl").write_text(feed, encoding="utf-8")
    assert flow.count_new_files(settings, store) == 2  # a JSONL file counts once, whatever its records


# Two stories about one company's award nominations (different awards, venues and months): the second run's
# figure disagrees with the first run's under the same undated key, so the key splits by story in that run.
AWARDS_A = (
    "Royal Ballet leads the dance awards shortlist\n\nThe Royal Ballet has 12 nominations for the next National "
    "Dance Awards, the organisers said on Monday.\n\nThe company's production of Swan Lake is up for best classical "
    "production, and two of its principal dancers are shortlisted for the outstanding male performance prize.\n\n"
    "The winners will be announced at a ceremony at the Coliseum in London next month.\n"
)
AWARDS_B = (
    "Ballet company wins theatre prizes\n\nThe Royal Ballet has eight nominations at the Olivier Awards, where its "
    "new staging of Giselle competes with musicals and plays for the top prizes.\n\nCritics praised the staging for "
    "its lighting and for the orchestra, which played a restored version of the score.\n\nThe theatre awards "
    "ceremony is held at the Royal Albert Hall in April.\n"
)


def test_clusters_updated_run_by_run_equal_clusters_of_the_whole_corpus(input_dir: Path, output_dir: Path):
    """Each run recomputes only the claim keys its batch touches; the table must not drift from a rebuild, also
    when a batch splits a key by story."""
    held_back = input_dir.parent / "held_back"
    held_back.mkdir()
    for seed in sorted(input_dir.iterdir())[3:]:
        shutil.move(seed, held_back / seed.name)
    (input_dir / "awards-a.txt").write_text(AWARDS_A)
    (input_dir / "results.txt").write_text(RESULTS)
    assert materialize_all(input_dir, output_dir).success
    for seed in held_back.iterdir():
        shutil.move(seed, input_dir / seed.name)
    # an update in a later run revises a figure: its cluster is recomputed with the original's claim superseded
    (input_dir / "results-updated.txt").write_text(RESULTS.replace("$2.4 billion", "$2.5 billion"))
    (input_dir / "streaming.txt").write_text(EXTRA_ARTICLE)
    (input_dir / "awards-b.txt").write_text(AWARDS_B)
    result = materialize_all(input_dir, output_dir)
    assert result.success, _failure_messages(result)
    claims = read_table("claims", root=output_dir)
    articles = read_table("articles", root=output_dir)
    assert articles.set_index("source_path").loc["results-updated.txt", "duplicate_kind"] == "near"
    rebuilt = cluster_claims(claims, articles[["article_id", "story_id", "duplicate_of"]])
    published = read_table("claim_clusters", root=output_dir)
    revenue = published[published["consensus_value"].eq(2.5e9)]
    assert len(revenue) == 1 and revenue["n_claims"].iloc[0] == 2 and revenue["status"].iloc[0] == "single"
    assert len(published) > 10 and (published["n_articles"] > 1).any()
    split = published[published["claim_key"].str.contains("|story=", regex=False)]
    assert sorted(split["subject"]) == ["Royal Ballet", "Royal Ballet"] and (split["status"] == "single").all()
    pd.testing.assert_frame_equal(published, schemas.conform("claim_clusters", rebuilt))
