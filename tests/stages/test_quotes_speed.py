"""The quote stage's fast paths give exactly what the plain forms they replace give."""

from __future__ import annotations

import random
import re

from pipeline.stages import quotes as Q

_PIECES = ["Smith", "John", "Jo", "J", "smith", "Smithson", "O'Neil", "Mc-Kay", "de", "’s", "Ann", "_x", "é", "É2"]
_GAPS = [" ", "  ", "\n", "\t", ", ", ". ", "-", "'", "’", "", " \u00a0", "(", "\u2003"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(0, 14)))


def test_names_ending_in_as_the_compiled_pattern() -> None:
    rng = random.Random(3)
    words = ["Smith", "smith", "O'Neil", "Kay", "J", "Smith,", "Ann.", "é", "’s", "Jo-"]
    checked = 0
    for _ in range(20_000):
        text = _random_text(rng)
        for word in rng.sample(words, 3):
            pattern = Q.NAME_ENDING_IN.format(re.escape(word))
            expected = [m.group(1) for m in re.finditer(pattern, text)]
            assert list(Q.names_ending_in(word, text)) == expected, (word, text)
            checked += bool(expected)
    assert checked > 1000  # the random texts do hold names that end in the word
    text = "Mr John Smith said. Then Jane Ann Smith, and Smith again; Bob Smithson and Al Smith"
    assert list(Q.names_ending_in("Smith", text)) == ["Mr John Smith", "Jane Ann Smith", "Al Smith"]


def test_role_word_list_spells_out_the_pattern() -> None:
    words = Q._ROLE_WORDS.removeprefix("(?:spokes(?:man|woman|person)|").removesuffix(")").split("|")
    assert set(Q.ROLE_WORD_LIST) == {"spokesman", "spokeswoman", "spokesperson", *words}
    for word in Q.ROLE_WORD_LIST:
        assert re.fullmatch(Q._ROLE_WORDS, word)


_ROLE_PIECES = [
    "Home",
    "Secretary",
    "secretary",
    "SECRETARY",
    "Charles",
    "Clarke",
    "the",
    "Prime",
    "Minister",
    "MP",
    "Chief",
    "Executive",
    "chief",
    "Jo",
    "O'Neil",
    "X",
    "ab",
    "editorial",
    "Foreign",
    "Office",
    "keeper",
    "Goalkeeper",
    "Ann-Marie",
    "Deputy",
    "head",
    "Headmaster",
    "é",
    "Coach",
    "\u212aeeper",  # the Kelvin sign: "keeper" under re.I
    "Min\u0131ster",
    "\u0130ris",
    "Secretary’s",
    "“Chief",
    "Ærø",
]
_ROLE_GAPS = [" ", "  ", "\n", ", ", ". ", "", "\t", " \x1c", "-"]


def test_titled_names_as_the_pattern_finds_them() -> None:
    rng = random.Random(4)
    texts = [
        "Home Secretary Charles Clarke said. Education Secretary Ruth Kelly and Deputy Prime Minister John Prescott.",
        "The party's Chief Executive Officer Jane Doe Smith met Foreign Office Minister Bob Roe.",
    ]
    texts += [
        "".join(rng.choice(_ROLE_PIECES) + rng.choice(_ROLE_GAPS) for _ in range(rng.randint(0, 16)))
        for _ in range(20_000)
    ]
    found = 0
    for text in texts:
        expected = [(m.span(), m.group("role"), m.group("name")) for m in Q._TITLED_NAME_RE.finditer(text)]
        got = [(m.span(), m.group("role"), m.group("name")) for m in Q.titled_names(text)]
        assert got == expected, text
        found += len(expected)
    assert found > 1000
