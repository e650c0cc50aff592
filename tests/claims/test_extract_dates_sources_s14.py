"""Extraction: a month-ago baseline is dated a month back, a share quote takes the weekday its sentence names, and
"she expects" credits the person named last."""

from __future__ import annotations

import pandas as pd

from pipeline.claims import extract_claims

WEDNESDAY = pd.Timestamp("2026-10-14 09:00", tz="UTC")


def _claims(text: str, entities: list[dict] | None = None, published: pd.Timestamp = WEDNESDAY) -> pd.DataFrame:
    frame = pd.DataFrame(
        {"article_id": ["a"], "text": [text], "published_at": [published], "entities": [entities or []]}
    )
    return extract_claims(frame).set_index("surface")


def test_a_figure_from_a_month_earlier_is_last_months() -> None:
    claims = _claims("Unemployment in Ireland rose to 4.6 per cent in September from 4.4 per cent a month earlier.")
    assert claims.loc["4.6 per cent", "period"] == "2026-09"
    assert claims.loc["4.4 per cent", "period"] == "2026-08"
    assert "@previous" not in claims.loc["4.4 per cent", "claim_key"]  # dated, like a year-ago baseline


def test_a_month_earlier_without_a_month_to_step_back_from_stands_alone() -> None:
    claims = _claims("Unemployment in Ireland rose to 4.6 per cent from 4.4 per cent a month earlier.")
    assert claims.loc["4.4 per cent", "claim_key"].startswith("claim:")


def test_a_year_earlier_baseline_is_still_last_years() -> None:
    claims = _claims("Unemployment in Ireland rose to 4.6 per cent in September from 4.1 per cent a year earlier.")
    assert claims.loc["4.1 per cent", "period"] == "2025-09"


def test_a_share_move_takes_the_weekday_its_sentence_names() -> None:
    ents = [{"text": "Corvane", "label": "ORG", "count": 1}]
    claims = _claims("Shares of Corvane closed up 9.4% on Tuesday after the results.", ents)
    assert claims.loc["9.4%", "period"] == "2026-10-13"  # the day before Wednesday's paper
    same_day = _claims("Shares of Corvane closed up 9.4% on Wednesday after the results.", ents)
    assert same_day.loc["9.4%", "period"] == "2026-10-14"
    undated = _claims("Shares of Corvane closed up 9.4% after the results.", ents)
    assert undated.loc["9.4%", "period"] == "2026-10-14"  # the publication day, as before


def test_she_expects_credits_the_person_named_last() -> None:
    ents = [{"text": "Nadia Petrov", "label": "PERSON", "count": 1}, {"text": "Corvane", "label": "ORG", "count": 1}]
    text = "Nadia Petrov, an analyst at Coldwater Securities, follows Corvane. She expects revenue of about $620m."
    assert _claims(text, ents).loc["$620m", "attribution"] == "Nadia Petrov"


def test_the_whole_of_a_partitive_takes_no_metric_from_the_parts_noun() -> None:
    claims = _claims("The Progressive Alliance won 142 of the 300 seats. Three of the 12 miners were rescued.")
    assert claims.loc["142", "metric"] == "seats" and pd.isna(claims.loc["300", "metric"])
    assert pd.isna(claims.loc["12", "metric"])
    owned = _claims("The chain will close 27 of its 180 branches next year.")
    assert owned.loc["180", "metric"] == "branches"  # the owner's own count


def test_the_level_a_move_reached_is_keyed_as_that_level() -> None:
    claims = _claims("The authority raised the single fare from 200p to 250p. Profits rose £150m to £2bn.")
    fare = claims.loc["200p to 250p"]
    assert fare["value"] == 250 and fare["change"] == "up"
    assert fare["claim_key"].split("|")[1] == "price"  # the fare now, meeting "a single fare of 250p"
    assert claims.loc["£150m", "claim_key"].split("|")[1] == "profit_up"  # an amount moved stays a move


def test_a_difference_after_a_price_is_no_second_price() -> None:
    claims = _claims("The Orion X7 costs $999, $100 more than the X6.")
    assert claims.loc["$999", "metric"] == "price"
    assert pd.isna(claims.loc["$100", "metric"]) and claims.loc["$100", "claim_key"].startswith("claim:")
