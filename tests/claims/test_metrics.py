"""Synonyms map to one canonical metric, so different wordings of one claim can meet."""

from __future__ import annotations

import pytest

from pipeline.claims.metrics import LEXICON
from tests.claims.reading import claims_of, metric_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Revenue reached $4.2 billion in the quarter.", "$4.2 billion"),
        ("Sales reached $4.2 billion in the quarter.", "$4.2 billion"),
        ("Turnover reached $4.2 billion in the quarter.", "$4.2 billion"),
        ("The firm reported $4.2 billion in net sales.", "$4.2 billion"),
    ],
)
def test_revenue_synonyms(sentence: str, surface: str) -> None:
    assert metric_of(sentence, surface) == "revenue"


@pytest.mark.parametrize("word", ["profit", "net income", "earnings"])
def test_profit_synonyms(word: str) -> None:
    assert metric_of(f"Its {word} rose to $3.13 billion.", "$3.13 billion") == "profit"


@pytest.mark.parametrize("phrase", ["year-over-year", "year-on-year"])
def test_growth_synonyms(phrase: str) -> None:
    sentence = f"Revenue was $11 billion, a 16% {phrase} increase."
    assert metric_of(sentence, "16%", unit="percent", change="up") == "revenue_growth"


def test_nearest_metric_in_the_clause_wins() -> None:
    sentence = "The company reported $11.08 billion in revenue, and profits rising to $3.13 billion."
    assert metric_of(sentence, "$11.08 billion") == "revenue"
    assert metric_of(sentence, "$3.13 billion") == "profit"


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "metric"),
    [
        ("With over 260 million subscribers, it leads.", "260 million", "count", "subscribers"),
        ("The app has 80 million monthly active users.", "80 million", "count", "users"),
        ("The show drew 1.2 billion views.", "1.2 billion", "count", "views"),
        ("AI could disrupt 204,000 film and TV jobs.", "204,000", "count", "jobs"),
        ("The new model ran ten times faster.", "ten times", "ratio", "speed_up"),
        ("The brand holds a 23% market share.", "23%", "percent", "market_share"),
        ("Tickets are priced at $35 each.", "$35", "USD", "price"),
    ],
)
def test_lexicon_metrics(sentence: str, surface: str, unit: str, metric: str) -> None:
    assert metric_of(sentence, surface, unit=unit) == metric


def test_no_metric_word_means_no_metric() -> None:
    assert metric_of("He paid $40 for it.", "$40") is None


def test_lexicon_documents_the_required_metrics() -> None:
    for metric in ("revenue", "profit", "growth", "subscribers", "views", "jobs", "speed_up", "share", "price",
                   "users"):  # fmt: skip
        assert metric in LEXICON


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        # the verb "pay" yields to any other word for the money in reach; alone, the paying is a salary
        ("The water firm must pay £12.4m, the biggest penalty of its kind in the region.", "£12.4m", "fine"),
        ("The broker could pay up to £3m more in compensation to savers.", "£3m", "fine"),
        ("The bank agreed to pay a $1.5m fine.", "$1.5m", "fine"),
        ("The club is to pay $1m to its departing manager.", "$1m", "salary"),
        ("Her pay rose to £3.1m last year.", "£3.1m", "salary"),
        ("The chief executive received total compensation of $12m.", "$12m", "salary"),
    ],
)
def test_pay_as_a_verb_yields_to_the_word_for_the_money(sentence: str, surface: str, metric: str) -> None:
    assert metric_of(sentence, surface, unit=surface[0] == "£" and "GBP" or "USD") == metric


def test_ordered_to_is_a_command_not_a_purchase() -> None:
    sentence = "The company, which spilled waste 300 times, has been ordered to pay."
    assert metric_of(sentence, "300", unit="count") != "orders"
    assert metric_of("The airline ordered 30 planes.", "30", unit="count") == "orders"


def test_recalls_are_counted() -> None:
    assert metric_of("Brightline is recalling about 80,000 heaters.", "80,000", unit="count") == "recalls"
    assert metric_of("The recall will cost $20 million.", "$20 million") != "recalls"  # money is no count of recalls


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "metric"),
    [
        ("The quake struck on Sunday, killing at least 80 people.", "80", "count", "deaths"),
        ("The quake struck on Sunday, injuring more than 300.", "300", "count", "injuries"),
        ("The death toll from Sunday's 6.4-magnitude earthquake rose to 80.", "6.4", "count", "magnitude"),
        ("A magnitude 6.4 earthquake hit the coast.", "6.4", "count", "magnitude"),
        ("The quake struck 12 kilometres below the surface.", "12 kilometres", "kilometre", "depth"),
    ],
)
def test_a_disaster_report(sentence: str, surface: str, unit: str, metric: str) -> None:
    assert metric_of(sentence, surface, unit=unit) == metric


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The contract includes compensation increases totaling more than 15.17% upon ratification.", "15.17%"),
        ("The deal gives performers wage increases of more than 15%.", "15%"),
        ("Staff won pay rises of 4.5% this year.", "4.5%"),
    ],
)
def test_pay_rises_are_salary_growth(sentence: str, surface: str) -> None:
    claims = claims_of(sentence, [])
    assert claims.loc[claims["surface"] == surface, "metric"].tolist() == ["salary_growth"]


def test_compensation_paid_to_victims_is_still_a_fine() -> None:
    claims = claims_of("The firm paid $2m in compensation to victims.", [])
    assert claims["metric"].tolist() == ["fine"]


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The central bank kept its repo rate at 6.25% on Wednesday.", "6.25%", "interest_rate"),
        ("The bank held its benchmark rate at 6% in May.", "6%", "interest_rate"),
        ("The Fed left the federal funds rate at 4.5%.", "4.5%", "interest_rate"),
        ("Core inflation, which strips out food and fuel prices, rose to 2.9% in May.", "2.9%", "core_inflation"),
        ("Inflation eased to 3.4% year-on-year in February.", "3.4%", "inflation"),
        ("The fiscal deficit is expected to reach 4.4% of GDP this year.", "4.4%", "deficit"),
        ("Public debt stood at 39% of GDP.", "39%", "debt"),
        ("The budget deficit reached 120 trillion rupiah in May.", "120 trillion rupiah", "deficit"),
        ("The trade deficit widened to $68.9 billion in March.", "$68.9 billion", "trade_balance"),
        ("The government pledged 5 billion yen in emergency relief.", "5 billion yen", "aid"),
        ("The union said it would provide €1.5 million in humanitarian aid.", "€1.5 million", "aid"),
        ("The company plans to charge more than $45,000 a year for the drug.", "$45,000 a year", "price"),
        ("The striker will earn about £210,000 a week.", "£210,000 a week", "salary"),
        ("The firm earned $3.13 billion in profit.", "$3.13 billion", "profit"),
        ("Exports, which make up 40% of output, fell 3%.", "3%", "exports_growth"),
    ],
)
def test_rates_deficits_aid_prices_and_wages(sentence: str, surface: str, metric: str) -> None:
    claims = claims_of(sentence, [])
    assert claims.loc[claims["surface"] == surface, "metric"].tolist() == [metric]


def test_containment_is_a_share_never_money() -> None:
    claims = claims_of("His contract contained a release clause of 100 million euros.", [])
    assert claims["metric"].tolist() != ["containment"]
    assert claims_of("The fire was 35% contained by Sunday.", [])["metric"].tolist() == ["containment"]


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("Fourth-quarter revenue rose 6% year-on-year to $4.27 billion.", "$4.27 billion", "revenue"),
        ("The show was watched for 874 million hours in its first week.", "874 million hours", "views"),
        ("Viewers streamed 1.02 billion hours of the series.", "1.02 billion hours", "views"),
        ("The strike lasted 340 hours.", "340 hours", "duration"),
        ("The death toll from the magnitude 6.9 earthquake has risen to 58.", "58", "deaths"),
        ("The death toll from the magnitude 6.9 earthquake has risen to 58.", "6.9", "magnitude"),
        ("A 7.0-magnitude earthquake struck at a depth of 10 km.", "7.0", "magnitude"),
    ],
)
def test_amounts_growth_viewing_hours_and_magnitudes(sentence: str, surface: str, metric: str) -> None:
    claims = claims_of(sentence, [])
    assert claims.loc[claims["surface"] == surface, "metric"].tolist() == [metric]


def test_less_likely_compares_risks_and_hedges_nothing() -> None:
    claims = claims_of("Patients on the drug were 24% less likely to be admitted to hospital.", [])
    assert claims["hedge"].isna().all()
    assert claims_of("Sales are likely to reach $4bn.", [])["hedge"].tolist() == ["likely"]


@pytest.mark.parametrize(
    ("sentence", "surface", "metric"),
    [
        ("The film opened to $162 million in North America over the weekend.", "$162 million", "box_office"),
        ("The film grossed $360 million worldwide.", "$360 million", "box_office"),
        ("The film cost about $250 million to produce.", "$250 million", "spending"),
        ("Halvorsen will pay $48 a share in cash, a 32% premium to Friday's close.", "$48 a share", "price"),
        ("Earnings were $1.20 per share in the quarter.", "$1.20 per share", "eps"),
        # a profit per share said with the verb, and a dividend per share: two facts, never one metric
        ("The lender earned 94 cents a share, ahead of forecasts.", "94 cents a share", "eps"),
        ("Kestrel lifted its final dividend to 31p a share.", "31p a share", "dividend"),
        ("The board declared a special dividend of €1.10 per share, after earnings per share of €4.02.",
         "€1.10 per share", "dividend"),
        ("The board declared a special dividend of €1.10 per share, after earnings per share of €4.02.",
         "€4.02", "eps"),
        ("Kestrel paid £450m in dividends last year.", "£450m", "dividend"),
        ("Halvorsen will pay $48 a share in cash, a 32% premium to Friday's close.", "32%", "premium"),
        ("Corvanta will cut 1,850 jobs by the end of March.", "1,850", "job_cuts"),
        ("As many as 3,500 jobs could go after the deal.", "3,500", "job_cuts"),
        ("Brightwater employs about 22,000 people.", "22,000", "jobs"),
        ("Monthly churn held at about 2.1%.", "2.1%", "churn"),
        ("The phone drew 1.2 million pre-orders in its first week.", "1.2 million", "orders"),
        ("Norvik held a 4% share of the global smartphone market.", "4%", "market_share"),
        ("Lumora raised $4 billion in a round that values the company at $61 billion.", "$61 billion", "valuation"),
        ("Lumora raised $4 billion in a round that values the company at $61 billion.", "$4 billion", "funding"),
    ],
)
def test_box_office_deals_job_cuts_and_subscriptions(sentence: str, surface: str, metric: str) -> None:
    claims = claims_of(sentence, [])
    assert claims.loc[claims["surface"] == surface, "metric"].tolist() == [metric]
