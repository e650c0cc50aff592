"""A figure in a physical unit (a length, a power, a mass, data) measures a thing's size: the money, stake or
head-count words beside it are not its metric; a measure's own word is."""

from __future__ import annotations

import pytest

from tests.claims.reading import claims_of, field


def _metric(text: str, surface: str) -> str | None:
    return field(claims_of(text, []), surface, "metric")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The 48-kilometre tram extension was originally priced at £1.9bn in 2021.", "48-kilometre"),
        ("Solvik agreed to buy a 40% stake in the 1.2 GW offshore wind farm for €900m.", "1.2 GW"),
        ("The new chip pairs 96GB of memory with a list price of $28,000.", "96GB"),
        ("The ferry operator, which employs 3,000 people, runs a 140-metre vessel on the route.", "140-metre"),
    ],
)
def test_money_stake_and_head_count_words_are_not_a_measures_metric(text: str, surface: str) -> None:
    assert _metric(text, surface) is None


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The earthquake struck at a depth of 10km, the geological survey said.", "10km", "depth"),
        ("Global emissions from fossil fuels reached 37.4bn tonnes last year.", "37.4bn tonnes", "emissions"),
        ("The line was priced at £1.9bn in 2021.", "£1.9bn", "price"),  # money keeps its money word
        ("Solvik will hold a 40% stake in the wind farm.", "40%", "ownership_stake"),
    ],
)
def test_a_measures_own_word_and_other_units_keep_their_metric(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric
