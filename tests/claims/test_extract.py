"""Articles become validated claim rows with subject, metric, period, forecast and attribution."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.claims import extract_claims, extract_quantities
from pipeline.claims.extract import claim_id
from pipeline.schemas import MODELS, conform, validate

PUBLISHED = pd.Timestamp("2025-07-18 09:30", tz="UTC")
NETFLIX = (
    "Netflix beat expectations on Thursday. The company reported $11.08 billion in second-quarter revenue, a "
    "16% year-over-year increase, and profits rising to $3.13 billion. With over 260 million subscribers, the "
    "streamer remains far ahead of its rivals. Non-English titles accounted for one-third of all viewing hours, "
    "said Co-CEO Ted Sarandos. Its new ad system completed campaigns ten times faster."
)
AI_JOBS = (
    "Studios are racing to adopt generative AI. The technology could cause significant disruption to 204,000 "
    "film and TV jobs by 2027, according to a 2023 report by CVL Economics."
)


def articles(*rows: tuple[str, str, pd.Timestamp, list[dict]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "text", "published_at", "entities"])


@pytest.fixture
def claims() -> pd.DataFrame:
    netflix_entities = [
        {"text": "Netflix", "label": "ORG", "count": 3},
        {"text": "Ted Sarandos", "label": "PERSON", "count": 1},
    ]
    ai_entities = [{"text": "CVL Economics", "label": "ORG", "count": 1}]
    return extract_claims(
        articles(
            ("a1b2c3d4e5f60718", NETFLIX, PUBLISHED, netflix_entities),
            ("ffeeddccbbaa9988", AI_JOBS, PUBLISHED, ai_entities),
        )
    )


def row(claims: pd.DataFrame, surface: str) -> pd.Series:
    hits = claims[claims["surface"] == surface]
    assert len(hits) == 1, claims["surface"].tolist()
    return hits.iloc[0]


def test_output_is_the_claims_table(claims: pd.DataFrame) -> None:
    assert list(claims.columns) == list(MODELS["claims"].to_schema().columns)
    validate("claims", conform("claims", claims))


def test_offsets_point_into_the_article_text(claims: pd.DataFrame) -> None:
    texts = {"a1b2c3d4e5f60718": NETFLIX, "ffeeddccbbaa9988": AI_JOBS}
    for r in claims.itertuples():
        assert texts[r.article_id][r.char_start : r.char_end] == r.surface
        assert r.surface in r.sentence


def test_netflix_claims(claims: pd.DataFrame) -> None:
    revenue = row(claims, "$11.08 billion")
    assert (revenue["subject"], revenue["metric"], revenue["unit"]) == ("Netflix", "revenue", "USD")
    assert revenue["value"] == pytest.approx(11.08e9)
    assert revenue["period"] == "2025-Q2"
    assert not revenue["forecast"]
    growth = row(claims, "16%")
    assert (growth["metric"], growth["change"], growth["unit"]) == ("revenue_growth", "up", "percent")
    profit = row(claims, "$3.13 billion")
    assert profit["metric"] == "profit"
    subscribers = row(claims, "260 million")
    assert (subscribers["metric"], subscribers["change"], subscribers["hedge"]) == ("subscribers", ">", "over")
    share = row(claims, "one-third")
    assert share["unit"] == "fraction"
    assert share["value"] == pytest.approx(1 / 3)
    assert share["attribution"] == "Ted Sarandos"  # a person's name without the role (the gold labelling rule)
    speed = row(claims, "ten times")
    assert (speed["metric"], speed["unit"], speed["value"]) == ("speed_up", "ratio", 10.0)


def test_forecast_period_and_attribution(claims: pd.DataFrame) -> None:
    jobs = row(claims, "204,000")
    assert jobs["forecast"]
    assert jobs["period"] == "2027"
    assert jobs["metric"] == "jobs"
    assert jobs["hedge"] == "could"
    assert jobs["attribution"] == "a 2023 report by CVL Economics"
    assert jobs["subject"] != "CVL Economics"  # the source is not what the claim is about


def test_claim_ids_are_stable_and_unique(claims: pd.DataFrame) -> None:
    assert claims["claim_id"].is_unique
    first = row(claims, "$11.08 billion")
    assert first["claim_id"] == claim_id("a1b2c3d4e5f60718", int(first["char_start"]), int(first["char_end"]))


def test_claim_key_joins_subject_metric_dimension_period_and_kind(claims: pd.DataFrame) -> None:
    assert row(claims, "$11.08 billion")["claim_key"] == "netflix|revenue|USD|2025-Q2|result"
    assert row(claims, "204,000")["claim_key"].startswith("@unnamed|")  # no subject: only one its story lends


def test_years_and_dates_in_articles_are_not_claims() -> None:
    text = "On July 22, 2025, the 2023 report was cited again. Shares rose 4% by 12:07 PM."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))
    assert out["surface"].tolist() == ["4%"]


def test_empty_input_gives_an_empty_valid_table() -> None:
    out = extract_claims(articles())
    assert out.empty
    assert list(out.columns) == list(MODELS["claims"].to_schema().columns)
    validate("claims", out)


def test_missing_publication_date_keeps_the_quarter_with_an_unknown_year() -> None:
    text = "Netflix said second-quarter revenue was $11 billion. Last year it made $9 billion."
    out = extract_claims(articles(("0123456789abcdef", text, pd.NaT, [{"text": "Netflix", "label": "ORG",
                                                                       "count": 1}])))  # fmt: skip
    validate("claims", conform("claims", out))
    quarter, last_year = out.iloc[0], out.iloc[1]
    assert quarter["period"] == "Q2"
    assert quarter["claim_key"] == "netflix|revenue|USD|Q2|result"  # never the key of a dated 2025-Q2
    assert last_year["period"] is None or pd.isna(last_year["period"])  # a relative year needs the date


def test_an_undated_quarter_carries_into_the_next_sentence() -> None:
    text = "Netflix reported second-quarter results on Thursday. Revenue rose 16% to $11.08 billion."
    out = extract_claims(articles(("0123456789abcdef", text, pd.NaT, [{"text": "Netflix", "label": "ORG",
                                                                       "count": 2}])))  # fmt: skip
    assert out["period"].tolist() == ["Q2", "Q2"]


def test_a_reporting_period_carries_into_the_next_sentence() -> None:
    text = "Netflix reported second-quarter results on Thursday. Revenue rose 16% to $11.08 billion."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [{"text": "Netflix", "label": "ORG",
                                                                           "count": 2}])))  # fmt: skip
    assert out["period"].tolist() == ["2025-Q2", "2025-Q2"]


def test_a_counterfactual_is_not_a_forecast() -> None:
    text = "The sequence was completed ten times faster than traditional methods would have allowed."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))
    assert not out.iloc[0]["forecast"]


def test_a_forecast_later_in_the_sentence_does_not_turn_a_result_into_one() -> None:
    text = "Netflix earned $3.13 billion in profit, and it expects growth to slow next year."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [{"text": "Netflix", "label": "ORG",
                                                                           "count": 1}])))  # fmt: skip
    assert not out.iloc[0]["forecast"]
    assert out.iloc[0]["metric"] == "profit"


def test_without_entities_named_things_are_guessed() -> None:
    text = "Netflix posted record profits. Netflix said revenue reached $11 billion."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))
    assert out.iloc[0]["subject"] == "Netflix"


def test_an_earnings_story_frames_its_financial_figures_with_its_one_quarter() -> None:
    text = (
        "Netflix published second-quarter results on Thursday. Shares rose in late trading. Analysts had "
        "expected less. Netflix said revenue reached $11.08 billion and it now has 5,000 employees."
    )
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [{"text": "Netflix", "label": "ORG",
                                                                           "count": 2}])))  # fmt: skip
    periods = dict(zip(out["surface"], out["period"], strict=True))
    assert periods["$11.08 billion"] == "2025-Q2"
    assert pd.isna(periods["5,000"])  # a headcount is not a quarterly figure


def test_a_comparison_base_does_not_stop_the_reporting_quarter() -> None:
    text = "Netflix reported second-quarter results on Thursday. Revenue rose 16% from a year ago."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [{"text": "Netflix", "label": "ORG",
                                                                           "count": 2}])))  # fmt: skip
    assert out["period"].tolist() == ["2025-Q2"]


def test_a_noun_move_is_a_move_of_a_growth_metric() -> None:
    """The quantity keeps NewsQuant's "=" (only verbs and signs mark a move there); the claim says what the reader
    reads: a rise."""
    text = "Netflix reported a 9% rise in sales for the quarter."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [{"text": "Netflix", "label": "ORG",
                                                                           "count": 1}])))  # fmt: skip
    assert (out.iloc[0]["change"], out.iloc[0]["metric"]) == ("up", "revenue_growth")
    assert extract_quantities(text)[0]["change"] == "="


def test_durations_of_one_subject_are_not_one_fact() -> None:
    """'three weeks out injured' and 'six minutes remaining' are both Chelsea durations: no cluster may set them side
    by side as a conflict, so such claims keep their metric but get keys of their own."""
    from pipeline.claims import cluster_claims

    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "text": [
                "Chelsea striker Didier Drogba has been out for three weeks through injury.",
                "Chelsea conceded with six minutes remaining at Stamford Bridge.",
            ],
            "published_at": [pd.NaT, pd.NaT],
            "entities": [[{"text": "Chelsea", "label": "ORG", "count": 1}]] * 2,
        }
    )
    claims = extract_claims(articles)
    durations = claims[claims["metric"].eq("duration")]
    assert len(durations) == 2
    assert durations["claim_key"].str.startswith("claim:").all()
    clusters = cluster_claims(claims)
    assert set(clusters.loc[clusters["claim_key"].isin(durations["claim_key"]), "status"]) == {"single"}


def test_an_amount_to_be_paid_is_no_forecast() -> None:
    entities = [{"text": "Corvane Mills", "label": "ORG", "count": 1}]
    out = extract_claims(articles(("0123456789abcdef", "Corvane Mills will pay a fine of £2m.", PUBLISHED, entities)))
    assert not out.iloc[0]["forecast"]
    out = extract_claims(articles(("0123456789abcdef", "Corvane Mills will earn £2m next year.", PUBLISHED, entities)))
    assert out.iloc[0]["forecast"]


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Corvane Mills dumped dye into the river more than 300 times in 2024.", "300", "occurrences"),
        ("Corvane Mills dumped dye into the river on 300 occasions in 2024.", "300", "occurrences"),
        ("Corvane Mills is recalling 8,000 heaters after reports of 12 kitchen fires.", "12", "fires"),
        ("Corvane Mills is recalling 8,000 heaters after reports of 12 kitchen fires.", "8,000", "recalls"),
        ("Corvane Mills sold 8,000 electric heaters in 2024.", "8,000", "heaters"),
    ],
)
def test_what_a_count_counts(text: str, surface: str, metric: str) -> None:
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [{"text": "Corvane Mills", "label": "ORG",
                                                                           "count": 1}])))  # fmt: skip
    assert out.set_index("surface").loc[surface, "metric"] == metric


def test_the_headline_tells_which_company_the_story_is_about() -> None:
    entities = [
        {"text": "Harbour Trust", "label": "ORG", "count": 1},
        {"text": "Corvane Mills", "label": "ORG", "count": 1},
    ]
    text = "The textile firm must repay £2m. The ruling was announced by Harbour Trust on Tuesday."
    frame = articles(("0123456789abcdef", text, PUBLISHED, entities))
    assert extract_claims(frame).iloc[0]["subject"] is None or pd.isna(extract_claims(frame).iloc[0]["subject"])
    frame["title"] = "Corvane Mills told to repay £2m"
    assert extract_claims(frame).iloc[0]["subject"] == "Corvane Mills"


def test_a_surname_alone_names_the_person() -> None:
    entities = [
        {"text": "Tomas Varga", "label": "PERSON", "count": 3},
        {"text": "Porto Azul", "label": "ORG", "count": 1},
    ]
    text = "Kestrel signed Tomas Varga from Porto Azul. Varga, 24, scored 27 goals last season."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, entities))).set_index("surface")
    assert out.loc["27", "subject"] == "Tomas Varga"
    assert "24" not in out.index  # an age in commas after a name is no claim of the story (filters.is_story_claim)


def test_an_age_in_commas_is_no_claim_and_an_age_that_is_the_news_is() -> None:
    entities = [{"text": "Thorne Nogar", "label": "PERSON", "count": 2}]
    text = "Thorne Nogar died in 1994. “We kept the tapes,” Nogar's son Stephen, 57, said."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, entities))).set_index("surface")
    assert "57" not in out.index  # Stephen's age in passing
    text = "Thorne Nogar, the last of the band's founders, has died aged 91."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, entities))).set_index("surface")
    assert out.loc["91", "metric"] == "age"


@pytest.mark.parametrize(
    "text",
    [
        "Corvanta said it would lay off 1,850 employees by the end of March.",
        "Corvanta will eliminate 1,850 positions by the end of March.",
    ],
)
def test_a_plan_reported_with_would_is_as_much_a_forecast_as_with_will(text: str) -> None:
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))
    assert out.loc[out["surface"] == "1,850", "forecast"].tolist() == [True]


def test_a_correction_note_states_no_claim() -> None:
    text = (
        "Corvanta will cut 2,100 jobs, about 14% of its workforce.\n\n"
        "Correction: An earlier version of this story said Corvanta would cut 1,850 jobs.\n\n"
        "(This story has been corrected to show the trial enrolled 3,241 patients, not 3,214, and to update the "
        "list price in paragraph 3)\n\n"
        "The company corrected its revenue forecast to $4bn."
    )
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))
    assert out["surface"].tolist() == ["2,100", "14%", "$4bn"]


def test_an_earlier_quarter_frames_reported_figures_not_prices_or_head_counts() -> None:
    text = (
        "Norvik's market share slipped to 4.1% in the fourth quarter of 2024. Its revenue fell 3% to $2.1 billion. "
        "A rival's flagship starts at $1,299. Norvik employs 12,000 people."
    )
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))
    period = dict(zip(out["surface"], out["period"]))
    assert period["$2.1 billion"] == "2024-Q4"
    assert pd.isna(period["$1,299"]) and pd.isna(period["12,000"])


def test_a_target_quarter_is_not_the_quarter_an_article_reports() -> None:
    text = (
        "Halvorsen agreed to buy Brightwater, with completion expected by the third quarter of 2026. "
        "The combined group would have annual sales of roughly $41 billion."
    )
    out = extract_claims(articles(("0123456789abcdef", text, pd.Timestamp("2026-03-03", tz="UTC"), [])))
    assert pd.isna(out.loc[out["surface"] == "$41 billion", "period"]).all()


def test_a_figure_a_year_earlier_is_dated_a_year_earlier() -> None:
    text = "Norvik's market share slipped to 4.1% in the fourth quarter of 2024 from 4.6% a year earlier."
    out = extract_claims(articles(("0123456789abcdef", text, pd.Timestamp("2025-03-05", tz="UTC"), [])))
    assert dict(zip(out["surface"], out["period"])) == {"4.1%": "2024-Q4", "4.6%": "2023-Q4"}


def test_an_undatable_baseline_keeps_away_from_the_current_figure() -> None:
    text = "Halbrook said net income rose to $2.4 billion from $1.9 billion a year earlier."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [{"text": "Halbrook", "label": "ORG"}])))
    keys = dict(zip(out["surface"], out["claim_key"]))
    assert keys["$1.9 billion"].startswith("claim:") and not keys["$2.4 billion"].startswith("claim:")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Standard plan jumps from $15.49 to $17.99 a month.", 17.99),
        ("Inflation rose from 3% to 5% in May.", 5.0),
        ("The bank cut its rate from 5% to 4.5%.", 4.5),
    ],
)
def test_a_move_from_one_level_to_another_claims_the_new_level(text: str, value: float) -> None:
    (claim,) = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, []))).to_dict("records")
    assert claim["value"] == value and pd.isna(claim["value_low"]) and pd.isna(claim["value_high"])


def test_a_range_without_a_move_stays_a_range() -> None:
    (claim,) = extract_claims(articles(("0123456789abcdef", "Growth of 5% to 7% is expected.", PUBLISHED, []))).to_dict(
        "records"
    )
    assert (claim["value_low"], claim["value_high"]) == (5.0, 7.0)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The company is raising money, according to two people familiar with its finances.", []),
        ("Three sources close to the talks said the deal was worth $2bn.", ["$2bn"]),
        ("The show reached the top ten in 93 countries.", ["93"]),
        ("Two people died in the crash.", ["Two"]),
    ],
)
def test_sources_and_ranks_are_no_claims(text: str, surfaces: list[str]) -> None:
    assert extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))["surface"].tolist() == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "Norvik is targeting sales of 10 million units in 2025.",
        "The company aimed to sell 10 million phones this year.",
        "It guided for fourth-quarter revenue of about $10.3 billion.",
        "Its goal of 10 million users by June looks distant.",
    ],
)
def test_targets_and_guidance_are_forecasts(text: str) -> None:
    assert extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))["forecast"].tolist() == [True]


def test_a_move_from_one_level_to_another_is_a_move_to_the_new_level() -> None:
    text = "The streamer's basic plan jumps from $15.49 to $17.99 a month in January."
    out = extract_claims(articles(("0123456789abcdef", text, PUBLISHED, [])))
    row = out[out["surface"].str.contains("17.99")].iloc[0]
    assert (row["value"], row["change"]) == (17.99, "up")


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("All but two of the 83 people on board the ferry died when it capsized off the coast.", "two", "survivors"),
        ("All but 4 of the 61 climbers survived the avalanche, rescuers said.", "4", "deaths"),
        ("Two of the 83 people on board the ferry died when it capsized off the coast.", "Two", "deaths"),  # no "but"
    ],
)
def test_all_but_a_figure_counts_the_complement(sentence: str, surface: str, metric: str) -> None:
    """"All but two ... died": two survived. The figure counts those the verb does not hold for."""
    out = extract_claims(articles(("a1", sentence, PUBLISHED, [])))
    assert out.loc[out["surface"] == surface, "metric"].tolist() == [metric]


def test_all_but_a_figure_of_a_metric_with_no_complement_names_none() -> None:
    """"All but three of the 27 member states voted for it": three did not, a count no metric names."""
    sentence = "All but three of the 27 member states voted for the sanctions."
    out = extract_claims(articles(("a1", sentence, PUBLISHED, [])))
    assert out.loc[out["surface"] == "three", "metric"].isna().all()
