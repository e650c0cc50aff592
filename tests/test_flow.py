"""The per-article stages run together (``flow.parse``) on a chunk of records."""

from __future__ import annotations

from pipeline import flow
from tests.stages.inputs import COUNCIL_STORY, input_frame

GERMAN = (
    "Der Stadtrat von Harbourside hat am Montag den Bau einer 2,4 Kilometer langen Schutzmauer genehmigt. Die "
    "Kosten belaufen sich auf rund 48 Millionen Pfund, etwa 70 Prozent trägt die Umweltbehörde.\n\nIm vergangenen "
    "Winter waren mehr als 600 Häuser überflutet worden. „Das ist ein Wendepunkt für die Stadt“, sagte Ratschef "
    "Mark Evans bei der Sitzung im Rathaus."
)


def test_entities_quotes_and_claims_only_for_english_articles() -> None:
    english = "Council approves budget\n\n" + "\n\n".join(COUNCIL_STORY)
    records = input_frame([english, GERMAN])
    records["source_path"] = ["en.txt", "de.txt"]
    records["content_sha256"] = ["0" * 64, "1" * 64]
    parsed = flow.parse(records)
    en_id, de_id = records["article_id"]
    assert set(parsed.stripped["article_id"]) == {en_id, de_id}  # both keep their body ...
    assert parsed.metadata.set_index("article_id").loc[de_id, "language"] == "de"  # ... and their metadata
    for table in (parsed.entities, parsed.quotes, parsed.claims):
        assert de_id not in set(table["article_id"])  # German nouns are no names, "2,4 Kilometer" no English number
    assert en_id in set(parsed.claims["article_id"])


def test_an_article_dated_only_by_its_update_places_its_periods() -> None:
    page = (
        "Harbourside Foods profit jumps\n\nBy Maria Lopez\n\nUpdated Jul 22, 2025 12:07 PM IST\n\n"
        "Harbourside Foods said its second-quarter profit rose 12% to $48 million, beating forecasts."
    )
    records = input_frame([page])
    records["source_path"] = ["update-only.txt"]
    records["content_sha256"] = ["2" * 64]
    parsed = flow.parse(records)
    assert parsed.metadata["published_at"].isna().all()  # the page does not say when it was first published
    assert "2025-Q2" in set(parsed.claims["period"])


def _with_paths(records):  # noqa: ANN001, ANN202 - a frame in, the same frame out
    records["source_path"] = [f"in/{i}.txt" for i in range(len(records))]
    records["content_sha256"] = [f"{i:064x}" for i in range(len(records))]
    return records


def test_an_exact_copy_in_the_chunk_is_parsed_once_and_keeps_body_and_metadata() -> None:
    """A file saved twice: the copy has the first one's body and metadata rows (dedup reads them and marks it an
    exact duplicate), and no entity, quote or claim rows of its own (no table keeps a duplicate's)."""
    story = "Council approves budget\n\n" + "\n\n".join(COUNCIL_STORY)
    records = _with_paths(input_frame([story, GERMAN, story]))
    parsed = flow.parse(records)
    first, _, copy = records["article_id"]
    body = parsed.stripped.set_index("article_id")
    assert body.loc[copy, ["text", "exact_key"]].equals(body.loc[first, ["text", "exact_key"]])
    meta = parsed.metadata.set_index("article_id")
    assert meta.loc[copy].equals(meta.loc[first])
    assert first in set(parsed.claims["article_id"])
    for table in (parsed.entities, parsed.quotes, parsed.claims):
        assert copy not in set(table["article_id"])


def test_inputs_that_differ_in_any_field_a_stage_reads_are_both_parsed() -> None:
    story = "Council approves budget\n\n" + "\n\n".join(COUNCIL_STORY)
    records = _with_paths(input_frame([story, story], title_hint=["Council approves budget", "Budget approved"]))
    parsed = flow.parse(records)
    assert set(parsed.claims["article_id"]) == set(records["article_id"])


def test_a_copy_of_an_input_with_no_body_is_rejected_with_it() -> None:
    furniture = "Advertisement\n\nSubscribe to our newsletter\n\nShare this article"
    records = _with_paths(input_frame([furniture, furniture]))
    parsed = flow.parse(records)
    assert parsed.stripped.empty
    assert sorted(parsed.rejects["source_path"]) == ["in/0.txt", "in/1.txt"]
    assert parsed.rejects["reason"].nunique() == 1 and parsed.rejects["content_sha256"].notna().all()
