"""Claims of an election, in sentences written for these tests: vote shares and turnout, and what is no claim."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import cluster_claims, extract_claims, extract_quantities
from tests.claims.reading import claims_of, metric_of


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The Farmers' League took 31.5% of the vote on Sunday.", "31.5%", "vote_share"),
        ("The party won 31.5 percent of the popular vote.", "31.5 percent", "vote_share"),
        ("Turnout was 58.2%, the lowest in decades.", "58.2%", "turnout"),
    ],
)
def test_vote_shares_and_turnout(sentence: str, surface: str, metric: str) -> None:
    assert metric_of(sentence, surface, "percent") == metric


@pytest.mark.parametrize(
    "text", ["It won 12% of the vote, up from 9% three years ago.", "The bridge closed two weeks ago."]
)
def test_a_time_ago_is_a_quantity_but_no_claim(text: str) -> None:
    assert any(q["surface"].endswith(("years", "weeks")) for q in extract_quantities(text))
    assert not claims_of(text, [])["surface"].str.endswith(("years", "weeks")).any()


def test_later_is_still_a_length_of_time() -> None:
    assert [q["surface"] for q in extract_quantities("Nine days later the polls closed.")] == ["Nine days"]


def test_a_baseline_year_lends_no_period_to_the_story() -> None:
    rows = [
        ("a0", "Turnout was 58%, down from 66% in 2021, the commission said."),
        ("a1", "Turnout was 58% on Sunday."),
    ]
    frame = pd.DataFrame(
        [(aid, text, pd.Timestamp("2025-10-06", tz="UTC"), []) for aid, text in rows],
        columns=["article_id", "text", "published_at", "entities"],
    )
    out = cluster_claims(extract_claims(frame), pd.DataFrame({"article_id": ["a0", "a1"], "story_id": ["s1", "s1"]}))
    turnout = out[out["metric"].eq("turnout") & out["n_articles"].gt(1)].iloc[0]
    assert turnout["period"] != "2021" and turnout["status"] == "agree"  # 58% twice; the 66% of 2021 stays apart


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("Members ratified the agreement by a vote of 95.04% to 4.96%.", [95.04, 4.96]),
        ("Voters backed the measure 58% to 42%.", [58.0, 42.0]),
        ("The senator won 54 percent to 46 percent.", [54.0, 46.0]),
    ],
)
def test_a_vote_split_is_two_shares_not_a_range(text: str, shares: list[float]) -> None:
    found = extract_quantities(text)
    assert [q["value"] for q in found] == shares
    assert all(q["value_low"] is None for q in found)


def test_a_range_of_percentages_without_a_vote_stays_a_range() -> None:
    (q,) = extract_quantities("Growth of 5% to 7% is expected next year.")
    assert (q["value_low"], q["value_high"]) == (5.0, 7.0)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The union said 95.04% of members who cast ballots voted in favor of the agreement.", "95.04%"),
        ("Members voted 95% in favour of the deal, the union said.", "95%"),
        ("Members ratified the agreement by a vote of 95.04% to 4.96%.", "95.04%"),
    ],
)
def test_shares_of_a_ballot_are_vote_shares(text: str, surface: str) -> None:
    claims = claims_of(text, [])
    assert claims.loc[claims["surface"] == surface, "metric"].tolist() == ["vote_share"]


def test_the_share_against_is_no_second_vote_share() -> None:
    claims = claims_of("Members ratified the agreement by a vote of 95.04% to 4.96%.", [])
    assert claims.loc[claims["surface"] == "4.96%", "metric"].isna().all()
