"""Claims of a court report, in sentences written for these tests: the prison term, the money taken, and the
hearing as the source."""

from __future__ import annotations

import pytest

from pipeline.claims.attribution import find_attribution
from tests.claims.reading import metric_of


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "metric"),
    [
        ("The former treasurer has been jailed for six years.", "six years", "year", "sentence"),
        ("She was sentenced to 30 months in prison.", "30 months", "month", "sentence"),
        ("He faces up to 14 years behind bars.", "14 years", "year", "sentence"),
        ("He had coached the team for 11 years before prison.", "11 years", "year", "duration"),
        ("The clerk stole £1.4 million from the parish fund.", "£1.4 million", "GBP", "theft"),
        ("He admitted a £900,000 fraud.", "£900,000", "GBP", "theft"),
    ],
)
def test_court_report_metrics(sentence: str, surface: str, unit: str, metric: str) -> None:
    assert metric_of(sentence, surface, unit) == metric


def test_the_hearing_is_the_source() -> None:
    assert find_attribution("He took money from 22 accounts, Exeter Crown Court heard.") == "Exeter Crown Court"
