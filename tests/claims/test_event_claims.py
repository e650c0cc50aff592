"""Claims about an unnamed event (a fire, a flood, an outbreak): the tolls every write-up of a story gives, keyed
by the story when no subject is named, and the figures an updated copy changed."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import cluster_claims, extract_claims
from pipeline.claims.keys import STORY_SUBJECT, UNNAMED_SUBJECT, claim_key, story_keys
from pipeline.claims.revisions import revised_claims
from pipeline.claims.sentences import split_sentences
from tests.claims.reading import claims_of, field, metric_of


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "metric"),
    [
        ("The floods forced 3,200 residents to leave their homes overnight.", "3,200", "count", "evacuations"),
        ("About 640 people were evacuated from the valley.", "640", "count", "evacuations"),
        ("Nine climbers are still unaccounted for.", "Nine", "count", "missing"),
        ("Rescuers said 17 people remain missing.", "17", "count", "missing"),
        ("The spill was 40% contained by Friday.", "40%", "percent", "containment"),
        ("The blaze has scorched 2,300 hectares of forest.", "2,300 hectares", "hectare", "area"),
        ("Crews cleared 2,300 hectares on the ridge.", "2,300 hectares", "hectare", "area"),  # area by its unit
    ],
)
def test_an_events_tolls_have_metrics(sentence: str, surface: str, unit: str, metric: str) -> None:
    assert metric_of(sentence, surface, unit) == metric


def test_residents_alone_are_no_population() -> None:
    assert metric_of("Power was restored to 5,000 residents on Sunday.", "5,000", "count") != "population"
    assert metric_of("The island has a population of 5,000.", "5,000", "count") == "population"


def test_an_event_toll_with_no_subject_is_keyed_by_its_story() -> None:
    assert claim_key(None, "deaths", "count", None, False, "c1") == f"{STORY_SUBJECT}|deaths|count|-|result"
    assert claim_key(None, "homes", "count", None, False, "c1") == f"{STORY_SUBJECT}|homes|count|-|result"
    # anyone's revenue: filed under a subject only if its story names one (tests/claims/test_unnamed_claims.py)
    assert claim_key(None, "revenue", "USD", None, False, "c1") == f"{UNNAMED_SUBJECT}|revenue|USD|-|result"
    assert claim_key(None, "people", "count", None, False, "c1") == "claim:c1"  # a head count of what?


def test_the_placeholder_becomes_the_story_or_the_article() -> None:
    claims = pd.DataFrame(
        {"article_id": ["a1", "a2"], "claim_key": [f"{STORY_SUBJECT}|deaths|count|-|result", "x|deaths|count|-|result"]}
    )
    stories = pd.DataFrame({"article_id": ["a1"], "story_id": ["s9"]})
    assert story_keys(claims, stories)["claim_key"].tolist() == [
        "story:s9|deaths|count|-|result",
        "x|deaths|count|-|result",
    ]
    assert story_keys(claims, None)["claim_key"].iloc[0] == "article:a1|deaths|count|-|result"


def _articles(*texts: str) -> pd.DataFrame:
    rows = [(f"a{i}", text, pd.Timestamp("2026-02-10", tz="UTC"), []) for i, text in enumerate(texts)]
    return extract_claims(pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities"]))


FLOOD = (
    "Flash floods have killed 9 people and forced about 3,000 residents to leave their homes, officials said.",
    "Officials say 11 people have died in the floods. About 3,000 people were evacuated.",
)


def test_tolls_of_one_story_meet_and_other_stories_never_do() -> None:
    claims = _articles(*FLOOD)
    same = cluster_claims(claims, pd.DataFrame({"article_id": ["a0", "a1"], "story_id": ["s1", "s1"]}))
    deaths = same[same["claim_key"] == "story:s1|deaths|count|-|result"].iloc[0]
    assert deaths["n_articles"] == 2 and deaths["status"] == "conflict"  # 9 against 11: side by side
    evacuated = same[same["claim_key"] == "story:s1|evacuations|count|-|result"].iloc[0]
    assert evacuated["status"] == "agree"
    apart = cluster_claims(claims, pd.DataFrame({"article_id": ["a0", "a1"], "story_id": ["s1", "s2"]}))
    assert (apart["n_articles"] == 1).all()
    alone = cluster_claims(claims)  # no stories known: each article on its own
    assert (alone["n_articles"] == 1).all()


def test_an_unnamed_toll_joins_the_one_subject_its_story_names() -> None:
    claims = _articles(
        "The earthquake in Norvania has killed 210 people, the government said.",
        "Rescuers say 210 people have died and many more are trapped.",
    )
    claims.loc[claims["article_id"] == "a0", ["subject", "claim_key"]] = ["Norvania", "norvania|deaths|count|-|result"]
    out = cluster_claims(claims, pd.DataFrame({"article_id": ["a0", "a1"], "story_id": ["s1", "s1"]}))
    joined = out[out["claim_key"] == "norvania|deaths|count|-|result"].iloc[0]
    assert joined["n_articles"] == 2 and joined["status"] == "agree" and joined["subject"] == "Norvania"


def test_with_two_subjects_an_unnamed_toll_stays_with_its_story() -> None:
    claims = _articles("Norvania has counted 40 deaths.", "Estavia has counted 12 deaths.", "So far 52 have died.")
    claims.loc[claims["article_id"] == "a0", "claim_key"] = "norvania|deaths|count|-|result"
    claims.loc[claims["article_id"] == "a1", "claim_key"] = "estavia|deaths|count|-|result"
    stories = pd.DataFrame({"article_id": ["a0", "a1", "a2"], "story_id": ["s1"] * 3})
    out = cluster_claims(claims, stories).set_index("claim_key")
    assert out.loc["story:s1|deaths|count|-|result", "n_articles"] == 1
    assert out.loc["norvania|deaths|count|-|result", "n_articles"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "ELMSFORD, June 2 (Coast Wire) - At least 14 people died when a ferry capsized.",
        "ELMSFORD (Coast Wire) - At least 14 people died when a ferry capsized.",
        "ELMSFORD — At least 14 people died when a ferry capsized.",
    ],
)
def test_a_wire_dateline_is_no_part_of_the_lead(text: str) -> None:
    (start, end), *_ = split_sentences(text)
    assert text[start:end] == "At least 14 people died when a ferry capsized."
    claims = claims_of(text, [{"text": "Coast Wire", "label": "ORG", "count": 1}])
    assert field(claims, "14", "subject") is None  # the agency that filed the story is not what it is about


@pytest.mark.parametrize("text", ["UK GDP - a record quarter", "Sales - up 5% - beat forecasts."])
def test_a_dash_after_capitals_is_no_dateline(text: str) -> None:
    assert split_sentences(text)[0][0] == 0


def test_an_update_keeps_only_the_figures_it_changed() -> None:
    original = _articles("The storm killed 4 people and cut power to 20,000 homes.")
    update = _articles("The storm killed 6 people and cut power to 20,000 homes.").assign(article_id="u1")
    kept = revised_claims(update, pd.DataFrame({"article_id": ["u1"], "duplicate_of": ["a0"]}), original)
    assert kept["surface"].tolist() == ["6"]
    unrelated = revised_claims(update, pd.DataFrame({"article_id": ["u1"], "duplicate_of": ["zz"]}), original)
    assert len(unrelated) == len(update)  # nothing known of its original: every figure stands


def test_a_figure_in_temperature_units_is_a_temperature() -> None:
    assert metric_of("Provisional figures show a high of 39.9C at the airport.", "39.9C", "degree_celsius") == (
        "temperature"
    )


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "noun", "metric"),
    [
        ("Harbour Athletic won 3-0 in front of 12,480 fans at the Quay.", "12,480", "count", "fans", "attendance"),
        ("The final was played before a crowd of 60,000.", "60,000", "count", None, "attendance"),
        ("Athletic, who signed Moreau for £4 million in July, are third.", "£4 million", "GBP", None, "deal_value"),
    ],
)
def test_a_match_report_s_figures(sentence: str, surface: str, unit: str, noun: str | None, metric: str) -> None:
    assert metric_of(sentence, surface, unit, noun=noun) == metric


def test_a_study_s_risk_and_its_source() -> None:
    from pipeline.claims.attribution import find_attribution

    sentence = "Swimmers were 21% less likely to develop asthma, according to a study of more than 12,000 children."
    assert metric_of(sentence, "21%", "percent") == "risk"
    assert metric_of("Those who swam had a 21 per cent lower risk.", "21 per cent", "percent") == "risk"
    assert metric_of("Sales are likely to rise 5%.", "5%", "percent", "up") != "risk"  # a forecast's hedge
    assert find_attribution(sentence) == "a study of more than 12,000 children"


def test_a_count_in_a_risk_sentence_is_no_risk() -> None:
    sentence = "A study of 12,480 people found those who swam had a 21 per cent lower risk of asthma."
    assert metric_of(sentence, "12,480", "count") != "risk"
