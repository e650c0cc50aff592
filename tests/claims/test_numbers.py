"""Number words, digits and scales become the right floats."""

from __future__ import annotations

import pytest

from pipeline.claims.numbers import decimals_of, parse_number, scale_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ten", 10.0),
        ("twenty-five", 25.0),
        ("two and a half", 2.5),
        ("one-third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("a quarter", 0.25),
        ("a dozen", 12.0),
        ("four hundred", 400.0),
        ("three thousand", 3000.0),
        ("a million", 1e6),
        ("1,307,000", 1307000.0),
        (".001", 0.001),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


def test_words_that_are_not_numbers_are_refused() -> None:
    assert parse_number("revenue") is None


def test_scales_and_precision() -> None:
    assert scale_of("bn") == 1e9
    assert scale_of("m") == 1e6
    assert scale_of("k") == 1e3
    assert scale_of("billion") == 1e9
    assert scale_of("lakh crore") == 1e12
    assert decimals_of("11.08") == 2
    assert decimals_of("262") == 0


def test_a_glued_b_after_a_large_number_is_not_billions() -> None:
    from pipeline.claims import extract_quantities

    assert [q["value"] for q in extract_quantities("The app has 2b users.")] == [2e9]
    assert extract_quantities("The server sends a 1500b packet.") == []  # "b" of an unknown unit: no amount
