"""Claim keys and clusters: an institution's full name beside its common-noun short name, the slack of an
approximate figure, and the qualifiers (scope, reference price, weekday) that make a figure another fact."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import cluster_claims, extract_claims
from pipeline.claims.keys import key_qualifiers


def claims_frame(*rows: tuple[str, str, str, float, str]) -> pd.DataFrame:
    """Claims from (article_id, claim_key, subject, value, surface) rows; metric and unit read off the key."""
    frame = pd.DataFrame(
        [
            {
                "claim_id": f"c{i}",
                "article_id": article,
                "claim_key": key,
                "subject": subject,
                "metric": key.split("|")[1],
                "unit": {"percent": "percent", "count": "count"}.get(key.split("|")[2], key.split("|")[2]),
                "period": None if key.split("|")[3] == "-" else key.split("|")[3],
                "forecast": key.endswith("|forecast"),
                "value": value,
                "value_low": None,
                "value_high": None,
                "change": "~" if surface.startswith("about") else "=",
                "hedge": "about" if surface.startswith("about") else None,
                "surface": surface,
            }
            for i, (article, key, subject, value, surface) in enumerate(rows)
        ]
    )
    return frame


def stories(**story_of: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": list(story_of), "story_id": list(story_of.values())})


def test_a_common_noun_short_name_is_filed_under_the_storys_full_name() -> None:
    """A story's "The Bank held rates at 27%" beside "the Bank of Ghana": the full name is the key, so a write-up
    in another story that names the bank in full meets both."""
    claims = claims_frame(
        ("a1", "bank of ghana|interest_rate|percent|-|result", "Bank of Ghana", 27.0, "27%"),
        ("a2", "bank|interest_rate|percent|-|result", "Bank", 27.0, "27%"),
        ("a3", "bank of ghana|interest_rate|percent|-|result", "Bank of Ghana", 27.0, "27%"),
    )
    out = cluster_claims(claims, stories(a1="s1", a2="s1", a3="s2"))
    shared = out[out["n_articles"] > 1]
    assert shared["claim_key"].tolist() == ["bank of ghana|interest_rate|percent|-|result"]
    assert shared["n_articles"].iloc[0] == 3 and shared["status"].iloc[0] == "agree"


def test_a_proper_short_name_still_files_the_full_name_under_it() -> None:
    """A story's "Corvin Labs" beside "Corvin": the short name remains the key (near miss of the rule above)."""
    claims = claims_frame(
        ("a1", "corvin labs|jobs|count|-|result", "Corvin Labs", 900.0, "900"),
        ("a2", "corvin|jobs|count|-|result", "Corvin", 900.0, "900"),
    )
    out = cluster_claims(claims, stories(a1="s1", a2="s1"))
    assert out["claim_key"].tolist() == ["corvin|jobs|count|-|result"]


def test_an_approximate_figure_is_no_wider_than_a_unit_of_its_last_significant_digit() -> None:
    """A gate count of 44,150 and "about 46,000" (4% above it): a writer with the count in hand writes
    "about 44,000", so the two conflict; "about 45,000" stays consistent with it, and "about 16%" keeps its 5%."""
    key = "harrow half marathon|attendance|count|-|result"
    exact = ("a1", key, "Harrow Half Marathon", 44150.0, "44,150")
    far = cluster_claims(claims_frame(exact, ("a2", key, "Harrow Half Marathon", 46000.0, "about 46,000")))
    assert far["status"].tolist() == ["conflict"]
    near = cluster_claims(claims_frame(exact, ("a2", key, "Harrow Half Marathon", 45000.0, "about 45,000")))
    assert near["status"].tolist() == ["consistent"]
    share = "harrow half marathon|turnout|percent|-|result"
    rounded = claims_frame(
        ("a1", share, "Harrow Half Marathon", 16.7, "16.7%"), ("a2", share, "Harrow Half Marathon", 16.0, "about 16%")
    )
    assert cluster_claims(rounded)["status"].tolist() == ["consistent"]  # 15.2-16.8: a 5% slack, as before


@pytest.mark.parametrize(
    ("sentence", "surface", "metric", "period", "qualifiers"),
    [
        ("Ostrava Motors is recalling 214,000 cars in Canada and 1.9 million worldwide.", "214,000", "recalls", "-",
         "canada"),
        ("Ostrava Motors is recalling 214,000 cars in Canada and 1.9 million worldwide.", "1.9 million", "recalls", "-",
         "worldwide"),
        ("The sequel took $96.5 million overseas, led by Japan.", "$96.5 million", "box_office", "-", "international"),
        ("It took $188m (£141m) worldwide in its first weekend.", "$188m", "box_office", "-", "worldwide"),
        ("Its lifetime gross stands at $640 million.", "$640 million", "box_office", "-", "lifetime"),
        ("The offer is a 31% premium to Pellow's 90-day average share price.", "31%", "premium", "-", "average"),
        ("Pellow shares closed at 412p on Wednesday.", "412p", "price", "-", "wednesday"),
        # near misses: a place before the figure or the key's own, a funding round, a month, a dated quote
        ("Joblessness in Spain fell to 11.2% in the second quarter.", "11.2%", "unemployment", "-", ""),
        ("Unemployment rose to 5.3% in Ireland last month.", "5.3%", "unemployment", "-", ""),
        ("The app maker raised $40m in Series C funding.", "$40m", "funding", "-", ""),
        ("Sales rose 4% in March.", "4%", "revenue_growth", "-", ""),
        ("Pellow shares closed at 412p on Wednesday.", "412p", "price", "2026-03-04", ""),
        ("The central bank kept its main rate at 2.5% on Thursday.", "2.5%", "interest_rate", "-", ""),
        ("Pellow put the cost of the worldwide recall at $310m.", "$310m", "cost", "-", ""),
        ("Pellow said global sales rose 6% to 2.1 million units.", "6%", "revenue_growth", "-", "worldwide"),
        ("The offer is a 31% premium to Pellow's closing price on Friday.", "31%", "premium", "2026-03-06", ""),
    ],
)  # fmt: skip
def test_a_figures_own_clause_qualifies_its_key(
    sentence: str, surface: str, metric: str, period: str, qualifiers: str
) -> None:
    subject = "ireland" if "Ireland" in sentence else "pellow"
    assert key_qualifiers(sentence, surface, subject, metric, period) == qualifiers


def test_a_recall_in_one_country_never_conflicts_with_the_worldwide_one() -> None:
    texts = [
        "Ostrava Motors is recalling 214,000 cars in Canada because of a faulty fuel pump.",
        "Ostrava Motors is recalling about 1.9 million cars worldwide over a faulty fuel pump.",
        "Ostrava Motors is recalling about 210,000 cars in Canada.",
    ]
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "text": texts,
            "published_at": [pd.Timestamp("2026-10-14", tz="UTC")] * 3,
            "entities": [[{"text": "Ostrava Motors", "label": "ORG", "count": 2}]] * 3,
        }
    )
    out = cluster_claims(extract_claims(articles), stories(a1="s1", a2="s1", a3="s1"))
    assert "conflict" not in set(out["status"])
    canada = out[out["claim_key"].str.contains("@canada")]
    assert canada["n_articles"].tolist() == [2] and canada["status"].tolist() == ["consistent"]
