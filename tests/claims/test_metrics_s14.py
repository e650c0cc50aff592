"""Metric words read in their own sense: a margin is no box-office gross, a sum paid for a player no salary, a cost
no price, a length word no owner of money; the figures every results, election, weather and disaster story reports
get a metric of their own; and a metric word governs only its own clause."""

from __future__ import annotations

import pytest

from tests.claims.reading import claims_of, field


def _metric(text: str, surface: str) -> str | None:
    return field(claims_of(text, []), surface, "metric")


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # margins are ratios of their own, no film's gross and no operating profit
        ("Gross margin widened to 41.2% in the half, the retailer said.", "41.2%", "gross_margin"),
        ("Its operating margin slipped to 7.4% in the first half.", "7.4%", "operating_margin"),
        ("The shares carry a dividend yield of 6.1%, among the highest in the index.", "6.1%", "dividend_yield"),
        # a sum paid for something is its price; a payment a tribunal orders is a fine
        ("Northfield paid £46m for the midfielder last summer.", "£46m", "price"),
        ("The insurer was ordered to pay £12.3m after the tribunal ruling.", "£12.3m", "fine"),
        # a length word never owns money
        ("The retailer expects annual profit in a range of £210m to £230m.", "£210m to £230m", "profit"),
        # costs told by a noun or by an event's verb are costs, not prices
        ("The strike cost the ferry operator NOK 95 million, it said.", "NOK 95 million", "cost"),
        ("The closures will cost about £40m, the bank said.", "£40m", "cost"),
        ("Energy costs rose by €14m in the quarter.", "€14m", "cost"),
        ("The lender booked a restructuring charge of $320m.", "$320m", "cost"),
        ("Analysts at Jefferies lifted their price target for the stock to $95.", "$95", "price_target"),
        # a move set off after an amount is that amount's; a later metric word with its own figure is not its word
        ("Pre-tax profit was £312m, down 8% from £339m, on revenue of £2.1bn.", "8%", "profit_growth"),
        ("Pre-tax profit was £312m, down 8% from £339m, on revenue of £2.1bn.", "£339m", "profit"),
    ],
)
def test_a_word_in_its_own_sense(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The film grossed $41m in its first weekend.", "$41m", "box_office"),
        ("Operating profit rose 12% to $3.1bn.", "12%", "operating_profit_growth"),
        ("The club is to pay $1m to its departing manager.", "$1m", "salary"),
        ("The electric van has a range of 320 km on one charge.", "320 km", "distance"),
        ("The well reached a depth of 3,200 metres last week.", "3,200 metres", "depth"),
        ("A day ticket costs £18.50 at the gate.", "£18.50", "price"),
        ("The stock rose to $95 on Tuesday.", "$95", "shares"),
        ("Revenue rose 4% to £2.1bn.", "4%", "revenue_growth"),
    ],
)
def test_near_misses_keep_their_metric(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


def test_a_count_of_people_below_ground_is_no_depth() -> None:
    assert _metric("Forty-two miners were underground when the shaft flooded.", "Forty-two") != "depth"


def test_a_bid_to_do_something_is_no_bid() -> None:
    assert _metric("The group sold two plants in a bid to cut debt by £32m.", "£32m") != "bid"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # elections: seats and a share of the vote, each figure of a coordination its own
        ("The Liberals won 11.4% and 19 seats in Sunday's election.", "11.4%", "vote_share"),
        ("The Liberals won 11.4% and 19 seats in Sunday's election.", "19", "seats"),
        ("The Greens won 31 seats on 8.1% of the vote.", "31", "seats"),
        # weather and disasters
        ("Up to 95mm of rain fell in parts of Cumbria overnight.", "95mm", "rainfall"),
        ("Gusts of 130km/h were recorded on the coast.", "130km/h", "wind_speed"),
        ("Water levels at the weir peaked at 4.2 metres.", "4.2 metres", "water_level"),
        ("Some 2,300 residents were moved out of their homes overnight.", "2,300", "evacuations"),
        ("Seven people were rescued from the rubble on Tuesday.", "Seven", "rescued"),
        ("About 480 trains were cancelled during the walkout.", "480", "cancellations"),
        # labour-market releases
        ("The claimant count stood at 1.7 million in March.", "1.7 million", "jobless_claims"),
        ("There were 1.5 million people out of work in the quarter.", "1.5 million", "unemployment"),
        ("Core inflation, excluding food and fuel, eased to 2.7% in May.", "2.7%", "core_inflation"),
        ("Youth unemployment climbed to 14.8% in the spring.", "14.8%", "youth_unemployment"),
        ("The airline's load factor improved to 82.3% in the quarter.", "82.3%", "load_factor"),
        # a study's size, however its people are named
        ("The study followed 9,800 volunteers for five years.", "9,800", "participants"),
        ("The drug was tested in a 9,800-patient trial.", "9,800", "participants"),
        # deals, shops and staff
        ("Leeds had a bid of £32m for the defender rejected.", "£32m", "bid"),
        ("The fee could rise with add-ons of up to £6m.", "£6m", "add_ons"),
        ("The chain will close 27 of its 180 branches next year.", "27", "closures"),
        ("Up to 250 workers could be redeployed to other sites.", "250", "redeployments"),
        ("Like-for-like sales fell 2.4% over Christmas.", "2.4%", "like_for_like_sales_growth"),
        ("Online sales rose 11% in the period.", "11%", "online_sales_growth"),
    ],
)
def test_common_news_figures_have_a_metric(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The train reached a speed of 300km/h on the test track.", "300km/h", "speed"),
        ("The river is 40 metres wide at the bridge.", "40 metres", None),
        ("The hospital treated 9,800 patients last year.", "9,800", "patients"),
        ("The chain will close 27 of its 180 branches next year.", "180", "branches"),
        ("The unemployment rate held at 4.4% in March.", "4.4%", "unemployment"),
        ("Sales rose 3% in the period.", "3%", "revenue_growth"),
        ("Shares in the miner won 3% on Friday.", "3%", None),
        ("Peak load reached 45 GW on Wednesday.", "45 GW", "demand"),
    ],
)
def test_new_words_leave_other_figures_alone(text: str, surface: str, metric: str | None) -> None:
    got = _metric(text, surface)
    assert got == metric or (metric is None and got not in ("vote_share", "water_level"))


def test_a_metric_word_governs_only_its_own_clause() -> None:
    text = "Three climbers died and four were airlifted to hospital."
    assert _metric(text, "Three") == "deaths"
    assert _metric(text, "four") != "deaths"
    # a figure that is no clause's subject still takes the word before the "and"
    assert _metric("Two workers were killed and 11 injured.", "11") == "injuries"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The strike forced the ferry line to cancel 85 sailings.", "85", "cancellations"),
        ("The storm led to the cancellation of 85 sailings.", "85", "cancellations"),
        ("The central bank raised borrowing costs to 5.25% on Thursday.", "5.25%", "interest_rate"),
        ("The mill's closure will put 420 people out of work.", "420", "job_cuts"),
        # a noun a figure carries into the next clause is still its metric
        ("About 8,000 jobs will go while 3,000 will be relocated to Leeds.", "3,000", "jobs"),
    ],
)
def test_more_forms_of_the_new_metrics(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Over 60% of the bids came from overseas buyers.", "60%", "share"),
        ("Forty people accused in the case will go on trial in May.", "Forty", "people"),
        ("The ferry line runs 85 sailings a week.", "85 sailings a week", "sailings"),
    ],
)
def test_more_near_misses(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric
