"""Figures no write-up names a subject for meet when they agree; an update's revised figure follows its original's
cluster; event measures (rain, wind, finishers) are the story's own; share quotes take their session and no
place qualifier from the listing."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import cluster_claims, extract_claims
from pipeline.claims.keys import STORY_KEY_PREFIX, key_qualifiers

PUBLISHED = pd.Timestamp("2026-04-20", tz="UTC")


def _claims(*texts: str) -> pd.DataFrame:
    rows = [(f"a{i}", text, PUBLISHED, []) for i, text in enumerate(texts)]
    return extract_claims(pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities"]))


def _stories(n: int, duplicate_of: dict[str, str] | None = None) -> pd.DataFrame:
    ids = [f"a{i}" for i in range(n)]
    parents = [(duplicate_of or {}).get(i) for i in ids]
    return pd.DataFrame({"article_id": ids, "story_id": ["s1"] * n, "duplicate_of": parents})


def _cluster_of(clusters: pd.DataFrame, claims: pd.DataFrame, surface: str, article: str) -> pd.Series:
    claim_id = claims.loc[(claims["surface"] == surface) & (claims["article_id"] == article), "claim_id"].iloc[0]
    return clusters[clusters["claim_ids"].map(lambda ids: claim_id in list(ids))].iloc[0]


def test_unnamed_figures_that_agree_across_write_ups_cluster() -> None:
    claims = _claims(
        "The programme's budget was cut to $418 million after the review.",
        "Ministers said the budget was about $420 million.",
        "The budget stands at $418 million, officials confirmed.",
    )
    out = cluster_claims(claims, _stories(3))
    joined = _cluster_of(out, claims, "$418 million", "a0")
    assert joined["n_articles"] == 3 and joined["status"] == "consistent"


def test_an_unnamed_figure_that_disagrees_stands_alone_and_makes_no_conflict() -> None:
    """With no subject, "$300 million" beside two agreeing "$418 million" may be another budget: never a conflict."""
    claims = _claims(
        "The programme's budget was cut to $418 million after the review.",
        "The budget stands at $418 million, officials confirmed.",
        "An earlier budget of $300 million was abandoned in 2019.",
    )
    out = cluster_claims(claims, _stories(3))
    assert _cluster_of(out, claims, "$418 million", "a0")["status"] == "agree"
    alone = _cluster_of(out, claims, "$300 million", "a2")
    assert alone["n_articles"] == 1 and alone["claim_key"].startswith("claim:")
    assert not out["status"].eq("conflict").any()


def test_unnamed_figures_of_one_article_only_stay_alone() -> None:
    claims = _claims("The budget was $418 million. Last year the budget was $418 million too.")
    out = cluster_claims(claims, _stories(1))
    assert out["claim_key"].str.startswith("claim:").all()


def test_an_updates_revised_figure_follows_its_originals_cluster_and_supersedes_it() -> None:
    """The original's "2.7 million" was lent the story's subject because it agreed with a named report; the
    update's "2.9 million" disagrees, yet it is the same outlet's latest figure of that fact."""
    named = "The Fair Pay Board said about 2.7 million workers will benefit from the rise."
    original = "About 2.7 million workers will benefit from the rise, the ministry said."
    update = "About 2.9 million workers will benefit from the rise, the ministry said."
    rows = [("a0", named, [{"text": "Fair Pay Board", "label": "ORG", "count": 1}]), ("a1", original, []),
            ("a2", update, [])]  # fmt: skip
    claims = extract_claims(
        pd.DataFrame(
            [(a, t, PUBLISHED, e) for a, t, e in rows], columns=["article_id", "text", "published_at", "entities"]
        )
    )
    out = cluster_claims(claims, _stories(3, {"a2": "a1"}))
    cluster = _cluster_of(out, claims, "2.9 million", "a2")
    assert cluster["claim_key"] == _cluster_of(out, claims, "2.7 million", "a0")["claim_key"]  # the board's
    assert cluster["n_articles"] == 3 and cluster["status"] == "conflict"  # 2.7m (the board) against 2.9m (latest)
    assert _cluster_of(out, claims, "2.7 million", "a1")["claim_key"] == cluster["claim_key"]


def test_without_its_original_an_articles_figure_does_not_follow_anything() -> None:
    claims = _claims("About 2.9 million workers will benefit from the rise, the ministry said.")
    out = cluster_claims(claims, _stories(1))
    assert out["claim_key"].str.startswith("claim:").all()


@pytest.mark.parametrize(
    ("texts", "surface"),
    [
        (
            ("Gauges recorded 212mm of rain in 24 hours.", "As much as 250mm of rain fell on the hills overnight."),
            "212mm",
        ),
        (("Gusts reached 140km/h on the coast.", "Winds of up to 150km/h battered the coast."), "140km/h"),
        (("A record 38,400 runners finished the race.", "Organisers said 38,000 runners finished."), "38,400"),
        (("The jet was carrying 157 passengers.", "There were 158 passengers on board."), "157"),
    ],
)
def test_an_events_own_measures_are_keyed_by_its_story(texts: tuple[str, str], surface: str) -> None:
    """Rain, wind and finishers are the event's, like its tolls: reports of them meet, and may conflict."""
    claims = _claims(*texts)
    out = cluster_claims(claims, _stories(2))
    cluster = _cluster_of(out, claims, surface, "a0")
    assert cluster["claim_key"].startswith(STORY_KEY_PREFIX) and cluster["n_articles"] == 2


@pytest.mark.parametrize(
    ("sentence", "surface", "session"),
    [
        ("Voltara shares fell 6.8% in premarket trading on Friday.", "6.8%", "intraday"),
        ("Voltara shares fell 6.8% in pre-market deals.", "6.8%", "intraday"),
        ("The stock rose 3% after hours.", "3%", "intraday"),
        ("The company's shares fell 5.2% to close at $187.40.", "5.2%", "close"),
        ("Shares rose 2.1% and ended at $41.10.", "2.1%", "close"),
        ("Shares rose 2.1% to $41.10.", "2.1%", ""),
    ],
)
def test_share_moves_take_the_session_their_clause_names(sentence: str, surface: str, session: str) -> None:
    assert key_qualifiers(sentence, surface, "voltara", "shares_growth", "2026-04-17") == session


def test_a_share_quotes_listing_is_no_place_qualifier_and_a_place_ends_at_a_words_end() -> None:
    assert key_qualifiers("Shares fell 7.4% to 182.5p in London on Tuesday.", "182.5p", "acme", "shares", "-") == ""
    assert key_qualifiers("Acme stock slid about 7% in London trading.", "about 7%", "acme", "shares_growth", "-") == ""
    # other metrics keep their place: "600,000 vehicles in the U.S." is not the worldwide figure
    assert key_qualifiers("It sold 600,000 vehicles in the U.S. on Monday.", "600,000 vehicles", "acme", "units_sold",
                          "-") == "u.s"  # fmt: skip
    assert key_qualifiers("Sales were 9,000 units in London trading.", "9,000 units", "acme", "units_sold", "-") == ""
