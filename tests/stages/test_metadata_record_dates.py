"""A JSONL record's own "published" field against a date line in its text: the field states its offset."""

from __future__ import annotations

import pandas as pd

from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.metadata import extract_metadata
from tests.stages.inputs import input_frame

BODY = (
    "Flood defences along the lower river held overnight after the highest tide in forty years, the county council "
    "said on Monday.\n\nEngineers had worked through the weekend to raise temporary barriers at three bridges, and "
    "about 200 homes were evacuated as a precaution before the peak."
)


def _published(text: str, hint: str | None) -> pd.Timestamp:
    inputs = input_frame([text], fmt="jsonl-text", published_hint=[hint])
    return extract_metadata(inputs, strip_boilerplate(inputs)).iloc[0]["published_at"]


def test_the_records_timestamp_with_its_offset_beats_a_zone_less_date_line():
    text = f"Barriers hold as record tide passes\n\n13.01.2026 07:45\n\n{BODY}"
    assert _published(text, "2026-01-13T07:45:00+01:00") == pd.Timestamp("2026-01-13 06:45", tz="UTC")


def test_a_date_only_field_leaves_the_date_line_its_time():
    text = f"Barriers hold as record tide passes\n\n13 January 2026 07:45 GMT\n\n{BODY}"
    assert _published(text, "2026-01-13") == pd.Timestamp("2026-01-13 07:45", tz="UTC")
    assert _published(text, None) == pd.Timestamp("2026-01-13 07:45", tz="UTC")
