"""Common English words, from the wordfreq list kept in a cache file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import word_frequency


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(tmp_path))
    word_frequency._common_words.cache_clear()
    yield tmp_path / "news-pipeline"
    word_frequency._common_words.cache_clear()


def test_common_words_and_names(fresh_cache: Path) -> None:
    assert word_frequency.is_common_word("However") and word_frequency.is_common_word("analysts")
    assert not word_frequency.is_common_word("Veltrix") and not word_frequency.is_common_word("Gazprom")
    assert word_frequency.is_common_word("e-bike")  # not one plain word: left to the text's own evidence


def test_the_list_is_built_once_and_read_back(fresh_cache: Path) -> None:
    first = word_frequency._common_words()
    files = list(fresh_cache.glob("wordfreq-common-en-*.txt"))
    assert len(files) == 1 and first
    files[0].write_text("only\nthese\nwords", encoding="utf-8")  # what a second process reads
    word_frequency._common_words.cache_clear()
    assert word_frequency.is_common_word("these") and not word_frequency.is_common_word("However")
    files[0].write_bytes(b"\xff\xfe\x00garbage")  # unreadable: built again
    word_frequency._common_words.cache_clear()
    assert word_frequency.is_common_word("However")
