"""Exact-match normalisation (the fast path for web pages gives what full NFKC gives) and word hashing."""

import random
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from pipeline.stages import text_normalize
from pipeline.stages.text_normalize import _REPLACE, hash_words, normalize_content


def _by_definition(text: str) -> str:
    """NFKC of the whole text, then straight quotes and no zero-width characters, then white space folded."""
    text = unicodedata.normalize("NFKC", text)
    for char, replacement in _REPLACE:
        text = text.replace(char, replacement)
    return " ".join(text.split())


def test_no_break_spaces_and_ellipses_fold_as_nfkc_folds_them() -> None:
    assert normalize_content("Prices\u00a0rose\u2026 by\u202f5\u2009%") == "Prices rose... by 5 %"


def test_matches_the_definition_on_random_mixes_of_compatibility_and_combining_characters() -> None:
    alphabet = [*"ab .e", "\u00a0", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u2026", "\u0301", "\u0308",
                "\u0327", "\u00e9", "\u2019", "\u200b", "\ufb01", "\u1100", "\u1161", "\u11a8", "\uff21", "\u0b47",
                "\u0b3e", "\u2122"]
    rng = random.Random(0)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert normalize_content(text) == _by_definition(text), repr(text)


def test_word_hashes_do_not_depend_on_the_size_of_the_power_table() -> None:
    """The table of powers grows with the largest chunk, also while other threads hash: same words, same hashes."""
    words = ["budget", "transport", "Zürich", "42", "naïve", "council"]
    alone = hash_words([" ".join(words)]).hashes
    text_normalize._POWERS.clear()  # start small, so the big chunks below grow it (from several threads at once)
    rng = random.Random(3)
    chunks = [[" ".join(rng.choice(words) for _ in range(n)) for _ in range(20)] for n in (10, 5_000, 40_000)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(hash_words, chunks * 2))
    for chunk, hashed in zip(chunks * 2, results, strict=True):
        expected = {w: h for w, h in zip(words, alone, strict=True)}
        first = chunk[0].split()
        assert hashed.hashes[: len(first)].tolist() == [expected[w] for w in first]
    assert len(text_normalize._POWERS) == 1 and len(text_normalize._POWERS[0][0]) >= 40_000 * 20 * 5
    assert np.array_equal(hash_words([" ".join(words)]).hashes, alone)
