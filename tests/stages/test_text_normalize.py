"""Exact-match normalisation: the fast path for web pages gives what full NFKC gives."""

import random
import unicodedata

from pipeline.stages.text_normalize import _REPLACE, normalize_content


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
