"""A move stays a move under an approximation ("fell about 12%": down, "about" in the hedge); a figure's attribution
is read from its own place in the sentence; a modal that predicts nothing here doubts nothing either."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import extract_claims

PUBLISHED = pd.Timestamp("2026-02-12", tz="UTC")


def _claim(text: str, surface: str) -> pd.Series:
    frame = pd.DataFrame([("a1", text, PUBLISHED, [])], columns=["article_id", "text", "published_at", "entities"])
    claims = extract_claims(frame)
    return claims[claims["surface"].str.contains(surface, regex=False)].iloc[0]


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("Sales at the chain fell by about 12% in the quarter.", "12%", "down"),
        ("Profit rose roughly 8% to $2bn.", "8%", "up"),
        ("The waiting list is down about 4.5% from its record high.", "4.5%", "down"),
        ("Sales were about 12% of the total.", "12%", "~"),  # no move: a level, approximate
        ("Sales fell more than 12% in the quarter.", "12%", ">"),  # a bound keeps its bound
    ],
)
def test_an_approximate_move_keeps_its_direction(text: str, surface: str, change: str) -> None:
    claim = _claim(text, surface)
    assert claim["change"] == change
    if change in ("up", "down"):
        assert claim["hedge"] in ("about", "roughly")


def test_each_figure_takes_the_source_of_its_own_clause() -> None:
    text = "Police estimated that 2,500 people took part, while organisers put the number at 5,000."
    assert _claim(text, "2,500")["attribution"] == "Police"
    assert _claim(text, "5,000")["attribution"] == "organisers"


def test_a_modal_over_another_figure_is_no_hedge_of_a_result() -> None:
    text = "The fine would be as much as £208m, based on its 2025 revenue of £5.2bn."
    revenue = _claim(text, "£5.2bn")
    assert not revenue["forecast"] and "would" not in str(revenue["hedge"])


def test_the_headline_tells_which_kroner_the_body_means() -> None:
    text = "The fund made 2,410 billion kroner last year, its managers said."
    rows = [("a1", text, PUBLISHED, [], "Oil fund gains NOK 2,410bn on tech rally")]
    frame = pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities", "title"])
    assert extract_claims(frame)["unit"].tolist() == ["NOK"]
    assert extract_claims(frame.drop(columns="title"))["unit"].tolist() != ["NOK"]  # (the body alone: Danish)
