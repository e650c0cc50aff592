"""An amount moved by a verb ("added 6.4 million subscribers") is the size of a change: keyed apart from the level
("118 million subscribers"), so the two never meet as a conflict; with no subject a moved financial figure still
meets nobody's."""

from __future__ import annotations

import pandas as pd

from pipeline.claims.keys import claim_key
from tests.claims.reading import claims_of, field

PUBLISHED = pd.Timestamp("2025-10-22", tz="UTC")
TEXT = (
    "Orvane added 2.3 million subscribers, taking its total to 84 million subscribers. "
    "Net profit rose £150m to £1.1bn."
)


def test_a_move_and_a_level_of_one_metric_are_keyed_apart() -> None:
    claims = claims_of(TEXT, [{"text": "Orvane", "label": "ORG", "count": 2}], PUBLISHED)
    assert field(claims, "2.3 million", "claim_key").split("|")[1] == "subscribers_up"
    assert field(claims, "84 million", "claim_key").split("|")[1] == "subscribers"
    assert field(claims, "£150m", "claim_key").split("|")[1] == "profit_up"
    assert field(claims, "£150m", "metric") == "profit"  # the table keeps the lexicon's metric


def test_a_moved_figure_without_a_subject_follows_its_metrics_rule() -> None:
    assert claim_key(None, "profit_up", "GBP", None, False, "x") == "@unnamed|profit_up|GBP|-|result"  # anyone's
    assert claim_key(None, "deaths_up", "count", None, False, "x").startswith("@story|deaths_up|")  # an event's toll


def test_a_multiple_is_no_move() -> None:
    """"ten times faster" compares two things: keyed and reported as its level, so it meets "tenfold"."""
    text = "Orvane said the new tools made its effects work ten times faster than before."
    claims = claims_of(text, [{"text": "Orvane", "label": "ORG", "count": 1}], PUBLISHED)
    assert field(claims, "ten times", "change") == "="
    assert field(claims, "ten times", "claim_key") == "orvane|speed_up|ratio|-|result"
