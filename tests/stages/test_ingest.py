"""Ingest: every input becomes a record or a reject with a reason, whatever its bytes."""

from __future__ import annotations

import fcntl
import json
import os
import random
import unicodedata

import numpy as np
import pytest

from pipeline.stages.ingest import _IS_CONTROL, InputBusyError, count_controls, decode_bytes, scan_inputs

BODY = "Shares of the carmaker rose 4% on Tuesday after it reported record deliveries.\n"


def test_reads_text_html_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.html").write_text(f"<html><body><p>{BODY}</p></body></html>")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": BODY, "url": "https://example.org/x", "title": "Record deliveries"})
        + "\n{broken json\n"
        + json.dumps({"url": "https://example.org/y"})
        + "\n"
    )
    result = scan_inputs(tmp_path)
    assert sorted(result.records["source_path"]) == ["a.txt", "b.html", "feed.jsonl#L1"]
    assert dict(zip(result.records["source_path"], result.records["format"])) == {
        "a.txt": "text",
        "b.html": "html",
        "feed.jsonl#L1": "jsonl-text",
    }
    record = result.records.set_index("source_path").loc["feed.jsonl#L1"]
    assert record["url"] == "https://example.org/x" and record["source_key"] == "example.org"
    reasons = dict(zip(result.rejects["source_path"], result.rejects["reason"]))
    assert reasons["feed.jsonl#L2"].startswith("invalid JSON")
    assert reasons["feed.jsonl#L3"] == "record has no non-empty text or html field"
    assert len(result.seen) == 5


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café prices rose 5% – the “highest” in years.".encode("cp1252"), "Café prices rose 5% – the “highest”"),
        ("Zürich’s bank cut 300 jobs.".encode("utf-16"), "Zürich’s bank cut 300 jobs."),
        ("naïve résumé café déjà vu, the crème brûlée cost €4.".encode("latin-1", "replace"), "naïve résumé"),
    ],
)
def test_decodes_legacy_encodings(data, expected):
    text, reason = decode_bytes(data)
    assert reason is None and expected in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \r\n", "whitespace-only file"),
        (bytes(range(256)) * 40, "binary content"),
    ],
)
def test_refuses_what_is_not_text(data, reason):
    text, why = decode_bytes(data)
    assert text is None and why.startswith(reason)


def test_stray_nul_bytes_are_dropped_not_fatal():
    text, reason = decode_bytes(("A long paragraph of real text. " * 20 + "\x00").encode())
    assert reason is None and "\x00" not in text


def test_seen_inputs_are_skipped_and_changes_are_new(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    first = scan_inputs(tmp_path)
    seen = set(first.seen)
    assert scan_inputs(tmp_path, seen).records.empty
    (tmp_path / "a.txt").write_text(BODY + "Updated with a new paragraph.\n")
    changed = scan_inputs(tmp_path, seen)
    assert len(changed.records) == 1
    assert changed.records["article_id"].iloc[0] != first.records["article_id"].iloc[0]


def test_large_and_unreadable_files_are_rejected(tmp_path):
    (tmp_path / "huge.txt").write_bytes(b"word " * 300_000)
    locked = tmp_path / "locked.txt"
    locked.write_text(BODY)
    os.chmod(locked, 0)
    result = scan_inputs(tmp_path, max_file_bytes=1_000_000)
    reasons = dict(zip(result.rejects["source_path"], result.rejects["reason"]))
    assert reasons["huge.txt"].startswith("file too large")
    if os.geteuid() != 0:  # root reads anything, so the permission case only exists for other users
        assert reasons["locked.txt"] == "unreadable: permission denied"
    assert len(result.records) + len(result.rejects) == 2


def test_unknown_extension_is_rejected_with_reason(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7 text-like header but not an article")
    result = scan_inputs(tmp_path)
    assert result.rejects["reason"].tolist() == ["unsupported file type '.pdf'"]


def _first_scan(folder, **kwargs):
    """A first scan whose file stats are trusted at once, and the set of inputs it accounted for."""
    first = scan_inputs(folder, racy_ns=0, **kwargs)
    return first, set(first.seen)


def test_unchanged_files_are_not_read_again(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": BODY}) + '\n{"broken\n')
    first, seen = _first_scan(tmp_path)
    assert len(first.file_stats) == 3  # a.txt and the two lines of feed.jsonl
    with open(tmp_path / "a.txt", "rb") as held:  # a writer's exclusive lock: reading the file would fail
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(InputBusyError):
            scan_inputs(tmp_path, seen)  # without the cache the scan has to read it
        again = scan_inputs(tmp_path, seen, known_files=first.file_stats, racy_ns=0)
    assert again.deferred == [] and again.records.empty and again.rejects.empty
    assert sorted(again.seen, key=str) == sorted(first.seen, key=str)
    assert len(again.file_stats) == 3


def test_a_rewritten_file_is_read_even_with_the_same_size(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    first, seen = _first_scan(tmp_path)
    (tmp_path / "a.txt").write_text(BODY.replace("a", "e"))  # same length, new bytes, new change time
    again = scan_inputs(tmp_path, seen, known_files=first.file_stats, racy_ns=0)
    assert len(again.records) == 1


def test_a_cached_file_whose_inputs_were_not_published_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    first, _ = _first_scan(tmp_path)
    again = scan_inputs(tmp_path, set(), known_files=first.file_stats, racy_ns=0)
    assert len(again.records) == 1  # the cache never stands in for an input no version holds


def test_files_changed_just_before_the_scan_are_not_cached(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    assert scan_inputs(tmp_path).file_stats.empty  # same clock tick as a possible second write


def test_control_count_covers_controls_surrogates_and_private_use_but_not_white_space() -> None:
    text = "ok\t\n\r\x0c" + "\x00\x1f\x7f\x85" + "\ud800" + "\ue000\uf8ff" + "\U000f0000\U0010fffd" + "é€😀"
    assert count_controls(text) == 9
    by_category = [c for c in text if unicodedata.category(c) in {"Cc", "Cs", "Co"} and c not in "\t\n\r\x0c"]
    assert count_controls(text) == len(by_category)


def test_count_controls_agrees_with_the_code_point_table_on_random_texts():
    """The regex pre-check must never hide a control, surrogate or private-use character the table counts."""
    rng = random.Random(7)
    pools = [(0, 128), (0, 0x3000), (0xD800, 0xE000), (0xE000, 0x110000)]
    for _ in range(3000):
        text = "".join(chr(rng.randrange(*rng.choice(pools))) for _ in range(rng.randrange(0, 30)))
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        assert count_controls(text) == int(np.count_nonzero(_IS_CONTROL[points]))
