"""Units have a dimension and a factor, so clusters compare like with like."""

from __future__ import annotations

import pytest

from pipeline.claims.units import dimension_of, unit_info


def test_money_dimensions_are_the_currency() -> None:
    assert dimension_of("USD") == "USD"
    assert dimension_of("EUR") != dimension_of("USD")
    assert unit_info("GBX").base == "GBP" and unit_info("GBX").factor == 0.01


def test_percent_and_percentage_points_never_share_a_dimension() -> None:
    assert dimension_of("percent") != dimension_of("percentage_point")
    assert dimension_of("basis_point") == "percentage_point"


def test_lengths_convert_to_metres() -> None:
    assert unit_info("mile").factor == pytest.approx(1609.344)
    assert dimension_of("kilometre") == dimension_of("mile") == "length"


def test_compound_money_units_are_their_own_dimension() -> None:
    assert dimension_of("USD_per_share") == "USD_per_share"
