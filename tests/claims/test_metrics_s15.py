"""Metrics from the word that governs a figure (s15): another figure's noun, a percentage's base, a comparison's
yardstick, a dashed aside and a rate's own phrase lend a figure no metric; one fact told in several words gets one
metric (households, share price, the club's value, finishers, staff, protesters, a prize); the central figures of
census, disaster, launch, race, fraud and pay stories get metrics of their own."""

from __future__ import annotations

import pytest

from tests.claims.reading import claims_of, field


def _metric(text: str, surface: str) -> str | None:
    return field(claims_of(text, []), surface, "metric")


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the verb that governs the figure, not the nearest word of the sentence
        ("The typhoon killed three people and drove some 22,000 from their homes.", "22,000", "evacuations"),
        ("The typhoon killed three people and injured 40 others.", "three", "deaths"),
        ("The carmaker has 48,000 employees and sells vehicles in 35 countries.", "35", "countries"),
        ("The carmaker has 48,000 employees and sells vehicles in 35 countries.", "48,000", "jobs"),
        ("The insurer lost £61.2m last year on revenue of £310m.", "£61.2m", "loss"),
        ("The insurer lost £61.2m last year on revenue of £310m.", "£310m", "revenue"),
        ("The insurer lost 3% of its value in early trading.", "3%", "growth"),
        # a dashed aside is not the figure's
        ("Natural increase - births minus deaths - added about 410,000 people.", "410,000", "people"),
        # the base a percentage is taken of names no metric when a money word governs the percentage
        ("The watchdog can levy a penalty of up to 6% of turnover, which could reach £90m.", "£90m", None),
        ("About 35% of its sales now come from Asia.", "35%", "revenue"),
        # a comparison's yardstick after "than" is not the figure's metric
        ("Pay is forecast to rise 1.9 percentage points faster than prices.", "1.9 percentage points", "salary_growth"),
        ("The new chip runs 40% faster than its predecessor.", "40%", "speed_up_growth"),
        # a rate outside the lexicon heads the figure; the cases only say where it is measured
        ("Lawyers said recovery rates in similar cases have ranged from 15% to 45%.", "15% to 45%", None),
        ("Cases rose 14% in the week to Sunday.", "14%", "cases_growth"),
        # hours worked per week are no tax, no money
        ("A cleaner on 30 hours a week will take home about £900 more a year after tax.", "30 hours a week", None),
        # a sum per hour is no head count
        ("Apprentices will see their rate go from £7.55 to £8.00 an hour for all workers.", "£7.55 to £8.00 an hour",
         None),
        ("A cleaner on 30 hours a week will take home about £900 more a year after tax.", "£900", None),
    ],
)
def test_the_governing_word_names_the_figure(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # households are no firm's customers
        ("The census recorded 24.3 million households.", "24.3 million", "households"),
        ("The utility said 31,000 households were still without power on Monday.", "31,000", "households"),
        ("The bank has 9.1 million customers.", "9.1 million", "customers"),
        # the share price moves as the shares do
        ("Halden's share price dropped 6.2% on Wednesday.", "6.2%", "shares_growth"),
        ("Shares in Halden dropped 6.2% on Wednesday.", "6.2%", "shares_growth"),
        ("Halden was the worst performer on the index, closing down 11% at 84.6p.", "11%", "shares_growth"),
        ("Halden was the worst performer on the index, closing down 11% at 84.6p.", "84.6p", "shares"),
        ("The retailer is closing down 14 stores this year.", "14", "stores"),
        # "value the club at" and "values the club at" are one valuation
        ("The offer is understood to value the company at about £720 million.", "£720 million", "valuation"),
        ("The investor values the company at £690m.", "£690m", "valuation"),
        # who finished a race, however said
        ("A record 27,300 runners finished the marathon.", "27,300", "finishers"),
        ("Around 27,000 people finished the race in the heat.", "27,000", "finishers"),
        ("Organisers said 27,300 finished.", "27,300", "finishers"),
        ("Almost 2,000 people completed the survey last month.", "2,000", "people"),
        ("The chain finished the year with 1,400 shops.", "1,400", "shops"),
        # staff however counted
        ("At its peak the airline employed about 6,400 people.", "6,400", "jobs"),
        ("At its peak the airline had about 6,400 staff.", "6,400", "jobs"),
        # the people of a protest however named
        ("About 7,000 demonstrators gathered outside the parliament.", "7,000", "protesters"),
        ("Police said 4,000 marchers had joined the rally by noon.", "4,000", "protesters"),
        ("Police estimated that 4,000 people took part in Sunday's march.", "4,000", "protesters"),
        ("More than 4,000 people took part in the consultation.", "4,000", "people"),
        # prize money, not pay
        ("Okafor, who earned $40,000 for the win, thanked her coach.", "$40,000", "prize"),
        ("Each winner receives $40,000.", "$40,000", "prize"),
        ("The chief executive earned $4.1 million last year.", "$4.1 million", "salary"),
    ],
)
def test_one_fact_gets_one_metric(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # census figures
        ("The median age rose to 43.7 years.", "43.7 years", "age"),
        ("Net migration fell to 685,000 in the year to June.", "685,000", "net_migration"),
        # production is not deliveries
        ("Production climbed to 88,400 units in the second quarter.", "88,400", "production"),
        ("The company sold 1.4 million units last year.", "1.4 million", "units_sold"),
        ("The plant produced 9,400 tractors last year.", "9,400", "production"),
        ("The console plays any of the 600 games produced for its predecessor.", "600", "games"),
        # a length, told by its words
        ("The viaduct is 620 metres long.", "620 metres", "length"),
        ("The viaduct spans 620 metres across the gorge.", "620 metres", "length"),
        ("The shaft is 2 km long and 300 metres deep.", "300 metres", "depth"),
        # a contract's value
        ("The agency signed a $340m contract with the builder.", "$340m", "deal_value"),
        ("The builder won a contract worth $340 million.", "$340 million", "deal_value"),
        # how late
        ("The probe finally launched 63 days late.", "63 days", "delay"),
        ("Engineers pushed the launch back by 63 days.", "63 days", "delay"),
        ("Flights were delayed for up to five hours.", "five hours", "delay"),
        ("She worked at the plant for 31 years until late 2019.", "31 years", "duration"),
        # money that is not where it should be
        ("Administrators said about $2.9bn of client money is missing.", "$2.9bn", "missing_funds"),
        ("Some $2.9 billion in client deposits could not be accounted for.", "$2.9 billion", "missing_funds"),
        ("Auditors found a $2.9bn hole in the client accounts.", "$2.9bn", "missing_funds"),
        ("Three people are still missing.", "Three", "missing"),
        # flows of money
        ("Clients pulled out more than $650 million in two days.", "$650 million", "withdrawals"),
        ("The platform handled $9 billion in trades a day.", "$9 billion", "trading_volume"),
        ("The founder moved at least $1.6 billion of client assets to a sister firm.", "$1.6 billion", "transfers"),
        ("The exchange held $1.6 billion in assets.", "$1.6 billion", "assets"),
        ("The firm moved 300 staff to its new office.", "300", "jobs"),
        # the legal floor of pay
        ("The national living wage will rise to £13.40 an hour.", "£13.40 an hour", "minimum_wage"),
        # earnings before interest, tax, depreciation and amortisation is EBITDA
        ("It reported earnings before interest, tax, depreciation and amortisation of £870m.", "£870m",
         "operating_profit"),
    ],
)
def test_central_figures_of_a_story_get_metrics(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric
