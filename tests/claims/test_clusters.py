"""Corpus-wide clusters: agreeing, consistent and conflicting reports of one claim, and what never meets."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import cluster_claims, extract_claims
from pipeline.schemas import MODELS, validate

JULY_2025 = pd.Timestamp("2025-07-18", tz="UTC")
NETFLIX = [{"text": "Netflix", "label": "ORG", "count": 2}]


def corpus(*texts: str, published: pd.Timestamp = JULY_2025) -> pd.DataFrame:
    rows = [(f"{i:016x}", text, published, NETFLIX) for i, text in enumerate(texts)]
    articles = pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities"])
    return extract_claims(articles)


def clusters_of(*texts: str) -> pd.DataFrame:
    out = cluster_claims(corpus(*texts))
    validate("claim_clusters", out)
    return out


def only_shared(clusters: pd.DataFrame) -> pd.Series:
    shared = clusters[clusters["n_articles"] > 1]
    assert len(shared) == 1, clusters[["claim_key", "n_articles", "status"]]
    return shared.iloc[0]


def test_same_value_agrees() -> None:
    c = only_shared(clusters_of(
        "Netflix reported $11.08 billion in second-quarter revenue.",
        "Netflix said second-quarter revenue reached $11.08 billion.",
    ))  # fmt: skip
    assert c["status"] == "agree"
    assert (c["n_claims"], c["n_articles"]) == (2, 2)
    assert c["consensus_value"] == pytest.approx(11.08e9)
    assert c["claim_key"] == "netflix|revenue|USD|2025-Q2|result"
    assert len(c["article_ids"]) == 2 and len(c["claim_ids"]) == 2


@pytest.mark.parametrize(
    ("first", "second", "consensus"),
    [
        ("Netflix reported $11.08 billion in second-quarter revenue.",
         "Netflix posted second-quarter revenue of $11 billion.", 11.08e9),
        ("Netflix now has over 260 million subscribers.", "Netflix now has 262 million subscribers.", 262e6),
        ("Netflix second-quarter revenue grew about 16%.", "Netflix second-quarter revenue grew 16.2%.", 16.2),
    ],
)  # fmt: skip
def test_differences_within_reported_precision_are_consistent(first: str, second: str, consensus: float) -> None:
    c = only_shared(clusters_of(first, second))
    assert c["status"] == "consistent"
    assert c["consensus_value"] == pytest.approx(consensus)  # the most precise report wins


def test_differences_beyond_precision_conflict() -> None:
    c = only_shared(clusters_of(
        "Netflix reported $11.08 billion in second-quarter revenue.",
        "Netflix reported $11.2 billion in second-quarter revenue.",
    ))  # fmt: skip
    assert c["status"] == "conflict"
    assert (c["min_value"], c["max_value"]) == (pytest.approx(11.08e9), pytest.approx(11.2e9))


def test_one_article_is_single() -> None:
    out = clusters_of("Netflix reported $11.08 billion in second-quarter revenue.")
    assert out["status"].tolist() == ["single"]
    assert out.iloc[0]["n_articles"] == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Netflix said its market share rose 2% in the second quarter.",
         "Netflix said its market share rose 2 percentage points in the second quarter."),
        ("Netflix reported $11 billion in second-quarter revenue.",
         "Netflix reported €11 billion in second-quarter revenue."),
        ("Netflix reported $11 billion in second-quarter revenue.",
         "Netflix reported $11 billion in first-quarter revenue."),
        ("Netflix reported $11 billion in second-quarter revenue.",
         "Netflix expects $11 billion in third-quarter revenue.  Netflix will report $11 billion in "
         "second-quarter revenue."),
    ],
)  # fmt: skip
def test_never_in_one_cluster(first: str, second: str) -> None:
    out = clusters_of(first, second)
    assert (out["n_articles"] == 1).all(), out[["claim_key", "n_articles"]]


def test_forecast_and_result_are_separate_clusters() -> None:
    out = clusters_of(
        "Netflix reported $11 billion in revenue last year.",
        "Netflix will report $11 billion in revenue next year.",
    )
    kinds = sorted(out["claim_key"].str.rsplit("|", n=1).str[1])
    assert kinds == ["forecast", "result"]


def test_empty_claims_give_an_empty_valid_table() -> None:
    out = cluster_claims(corpus())
    assert out.empty
    assert list(out.columns) == list(MODELS["claim_clusters"].to_schema().columns)
    validate("claim_clusters", out)


def test_neighbouring_whole_numbers_conflict() -> None:
    c = only_shared(clusters_of(
        "Netflix second-quarter revenue grew 16%.",
        "Netflix second-quarter revenue grew 17%.",
    ))  # fmt: skip
    assert c["status"] == "conflict"


def stories_of(*story_ids: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"{i:016x}" for i in range(len(story_ids))], "story_id": list(story_ids)})


UNDATED = "Netflix said revenue reached $11.08 billion, beating forecasts."
DATED = "Netflix reported $11.08 billion in second-quarter revenue."


def test_an_undated_claim_joins_the_single_period_of_its_story() -> None:
    claims = corpus(DATED, UNDATED)
    assert claims["period"].isna().sum() == 1
    c = only_shared(cluster_claims(claims, stories_of("story-1", "story-1")))
    assert c["claim_key"] == "netflix|revenue|USD|2025-Q2|result"
    assert (c["n_articles"], c["status"]) == (2, "agree")


@pytest.mark.parametrize(
    ("texts", "story_ids"),
    [
        ((DATED, UNDATED), ("story-1", "story-2")),  # different stories: no period to borrow
        ((DATED, "Netflix reported $10.5 billion in first-quarter revenue.", UNDATED),
         ("story-1", "story-1", "story-1")),  # two periods in the story: which one is unknown
        (("Netflix expects $11.08 billion in third-quarter revenue.", UNDATED), ("story-1", "story-1")),  # forecast
        (("Netflix reported €11.08 billion in second-quarter revenue.", UNDATED), ("story-1", "story-1")),
    ],
)  # fmt: skip
def test_an_undated_claim_stays_apart_when_its_period_is_not_certain(
    texts: tuple[str, ...], story_ids: tuple[str, ...]
) -> None:
    out = cluster_claims(corpus(*texts), stories_of(*story_ids))
    validate("claim_clusters", out)
    assert (out["n_articles"] == 1).all(), out[["claim_key", "n_articles"]]


def test_without_stories_an_undated_claim_keeps_its_own_key() -> None:
    out = clusters_of(DATED, UNDATED)
    assert (out["n_articles"] == 1).all()
    assert sorted(out["period"].fillna("-").astype(str).replace("None", "-")) == ["-", "2025-Q2"]


def test_a_quarter_of_unknown_year_never_meets_a_dated_quarter() -> None:
    dated = corpus(DATED)
    undated = corpus(DATED, published=pd.NaT)
    undated["article_id"] = "ffffffffffffffff"
    undated["claim_id"] = "f" + undated["claim_id"].str[1:]
    out = cluster_claims(pd.concat([dated, undated], ignore_index=True), stories_of("story-1", "story-1"))
    assert sorted(out["period"]) == ["2025-Q2", "Q2"]
    assert (out["n_articles"] == 1).all()


def test_a_conflict_across_stories_splits_into_one_cluster_per_story() -> None:
    """Undated figures of two stories (on BBC articles: a bank's profit in one division and in the group; a fine
    in one case and in another) are most often two facts, not a contradiction."""
    claims = corpus(
        "Netflix was fined $8 million by the regulator.",
        "Netflix was fined $12 million by the regulator, the organisers said.",
        "Netflix was fined $12 million, its statement said.",
    )
    together = cluster_claims(claims)  # without stories nothing tells the two events apart
    assert together.loc[together["n_articles"] > 1, "status"].tolist() == ["conflict"]
    out = cluster_claims(claims, stories_of("awards-a", "awards-b", "awards-b"))
    validate("claim_clusters", out)
    base = together["claim_key"].iloc[0]
    assert dict(zip(out["claim_key"], out["status"])) == {
        f"{base}|story=awards-a": "single",
        f"{base}|story=awards-b": "agree",
    }


def test_reports_of_several_stories_that_agree_stay_one_cluster() -> None:
    out = cluster_claims(corpus(UNDATED, UNDATED, UNDATED), stories_of("s1", "s2", "s3"))
    shared = out[out["n_articles"] > 1]
    assert shared["status"].tolist() == ["agree"] and shared["n_articles"].tolist() == [3]
    assert "|story=" not in shared["claim_key"].iloc[0]


def test_a_conflict_inside_one_story_stays_a_conflict() -> None:
    out = cluster_claims(
        corpus(
            "Netflix reported $11.08 billion in second-quarter revenue.",
            "Netflix reported $11.2 billion in second-quarter revenue.",
        ),
        stories_of("s1", "s1"),
    )
    assert only_shared(out)["status"] == "conflict"


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        # a number in words is as precise as its digits: "two million" is to the million, like "2 million"
        ("Netflix now has two million subscribers in Spain.", "Netflix now has 2.1 million subscribers in Spain.",
         "consistent"),
        ("Netflix now has twelve million subscribers in Spain.", "Netflix now has 14 million subscribers in Spain.",
         "conflict"),
        # a fraction is exact: "a third" is 33.3%, not 33% give or take fifty points
        ("A third of Netflix subscribers watched the final.", "33% of Netflix subscribers watched the final.",
         "consistent"),
        ("A third of Netflix subscribers watched the final.",
         "More than two thirds of Netflix subscribers watched the final.", "conflict"),
    ],
)  # fmt: skip
def test_numbers_in_words_have_the_precision_of_their_digits(first: str, second: str, status: str) -> None:
    c = only_shared(clusters_of(first, second))
    assert c["status"] == status, c[["claim_key", "min_value", "max_value"]]


def test_one_fact_per_article_marks_keys_an_article_gives_conflicting_values() -> None:
    from pipeline.claims.clusters import CLUSTER_COLUMNS, one_fact_per_article

    key = "netflix|shares_growth|percent|-|result"
    rows = [  # (article, surface, value, change, hedge)
        ("a", "1.2%", 1.2, "down", None), ("a", "4%", 4.0, "up", None),  # Tuesday's fall and Monday's gain
        ("b", "4%", 4.0, "up", None), ("b", "4%", 4.0, "~", "about"),  # one fact, told twice
        ("c", "4%", 4.0, "up", None), ("c", "4.2%", 4.2, "up", None),  # 3.5-4.5 holds 4.2: precision
    ]  # fmt: skip
    claims = pd.DataFrame(
        [{c: None for c in CLUSTER_COLUMNS} | {"claim_id": f"{i}", "article_id": a, "claim_key": key, "unit": "percent",
          "surface": surface, "value": value, "change": change, "hedge": hedge, "forecast": False}
         for i, (a, surface, value, change, hedge) in enumerate(rows)]
    )  # fmt: skip
    assert one_fact_per_article(claims).tolist() == [False, False, True, True, True, True]


def test_an_article_with_two_values_under_one_key_makes_no_conflict() -> None:
    out = clusters_of(
        "Netflix shares fell 1.2% in the morning. Netflix shares rose 4% in the afternoon.",
        "Netflix shares rose 4% in the afternoon.",
    )
    assert (out["status"] == "single").all(), out[["claim_key", "status"]]
    first = corpus("Netflix shares fell 1.2% in the morning. Netflix shares rose 4% in the afternoon.")
    assert first["claim_key"].str.startswith("claim:").all()


def test_quotes_of_two_named_weekdays_are_two_facts() -> None:
    """"fell 1.2% on Tuesday", "rose 4% on Monday": each quote is dated by its weekday, so the Monday move meets
    another article's Monday move."""
    out = clusters_of(
        "Netflix shares fell 1.2% on Tuesday. Netflix shares rose 4% on Monday.",
        "Netflix shares rose 4% on Monday.",
    )
    assert sorted(out["status"]) == ["agree", "single"], out[["claim_key", "status"]]


def test_counts_of_one_noun_that_disagree_are_different_facts() -> None:
    """"30 projects targeted" and "26 projects failed": the noun says what was counted, not what was said of it."""
    claims = corpus(
        "Netflix has eight nominations for the awards.",
        "Netflix has 12 nominations for the awards, the organisers said.",
        "Netflix has 12 nominations, its statement said.",
    )
    together = cluster_claims(claims, stories_of("awards", "awards", "awards"))
    assert "conflict" not in set(together["status"])
    assert (together["n_articles"] == 1).all() and len(together) == 3  # each article's count stands alone
    assert set(together.loc[together["n_articles"] > 1, "status"]) <= {"agree"}  # no two counts that agree ...
    agreeing = cluster_claims(corpus(*["Netflix has 12 nominations for the awards."] * 2), stories_of("a", "a"))
    assert agreeing.loc[agreeing["n_articles"] > 1, "status"].tolist() == ["agree"]  # ... are kept apart
