"""One measure written in two units ("2 hours 25 minutes", "6 feet 2 inches") is one quantity in the smaller unit;
parts listed with commas stay apart."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(q["surface"], q["value"], q["unit"]) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crossing now takes 3 hours 15 minutes.", [("3 hours 15 minutes", 195.0, "minute")]),
        ("The record stands at 2h 8min.", [("2h 8min", 128.0, "minute")]),
        ("The centre is 7 feet 1 inch tall.", [("7 feet 1 inch", 85.0, "inch")]),
        ("Rescuers searched for 9 hours and 20 minutes.", [("9 hours and 20 minutes", 560.0, "minute")]),
    ],
)
def test_a_measure_in_two_units_is_one_quantity(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_a_move_between_two_compound_times_keeps_both_ends() -> None:
    (q,) = extract_quantities("The upgrade cuts the trip from 5 hours 40 minutes to 3 hours 5 minutes.")
    assert (q["value_low"], q["value_high"], q["unit"]) == (185.0, 340.0, "minute")


@pytest.mark.parametrize(
    "text",
    [
        "The mission lasted 2 years, 4 months and 9 days.",  # a list of parts
        "It took 3 hours, then 45 minutes more to clear the road.",
        "The meeting ran 2 hours; 70 minutes of it on the budget.",
    ],
)
def test_parts_listed_apart_stay_apart(text: str) -> None:
    assert len(extract_quantities(text)) >= 2
