"""Metrics of poll, waiting-list, shipping, fund, game-launch and air-crash stories (s15, round 2): a party's poll
standing, its lead and the margin of error; a waiting list and a median wait; goods traded, a bill, a fund's return
and worth; copies, concurrent players, passengers, crew and survivors; a flight's altitude and speed; payments to the
bereaved; a retirement age. Near misses keep their old reading."""

from __future__ import annotations

import pytest

from tests.claims.reading import claims_of, field


def _metric(text: str, surface: str) -> str | None:
    return field(claims_of(text, []), surface, "metric")


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a party's standing in a poll is its share of the vote
        ("The latest survey puts the Labour Party on 31%.", "31%", "vote_share"),
        ("The Liberal Democrats are on 12% and Reform on 18%.", "12%", "vote_share"),
        ("The Liberal Democrats are on 12% and Reform on 18%.", "18%", "vote_share"),
        ("It showed support for the Christian Democrats at 27 percent.", "27 percent", "vote_share"),
        ("The party is on 22%, level with last month.", "22%", "vote_share"),
        ("Reform is on 18% in the latest survey.", "18%", "vote_share"),
        ("The Free Democrats held steady at 6 percent.", "6 percent", "vote_share"),
        ("Support has slipped since May, when the party stood at 27%.", "27%", "vote_share"),
        # near misses: a share "of" something, a rate with its own word, a sentence-initial pronoun
        ("The app is now on 40% of all phones sold.", "40%", "share"),
        ("Interest rates are on 5.25% after the decision.", "5.25%", "interest_rate"),
        ("It is on 8% now.", "8%", None),
        # the lead, in every wording, and the poll's margin of error
        ("The centre-right bloc holds a six-point lead over the governing coalition.", "six-point", "lead"),
        ("The opposition widened its lead over the government to seven points.", "seven points", "lead"),
        ("Labour is ahead by 4 percentage points, the poll found.", "4 percentage points", "lead"),
        ("The Greens lead the Christian Democrats by three percentage points.", "three percentage points", "lead"),
        ("The Democrats last led by eight points in 2016.", "eight points", "lead"),
        # near miss: "led by" an agent
        ("The index, led by miners, rose 40 points.", "40 points", None),
        ("The survey's margin of error is 3.1 points.", "3.1 points", "margin_of_error"),
        # near miss: the verb "lead" is no lead
        ("Shares in Brackwell jumped 4% to lead the index higher.", "4%", "shares_growth"),
        # "a done deal" is no deal's value
        ("A six-point lead is far from a done deal.", "six-point", "lead"),
    ],
)
def test_poll_figures(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the size of a waiting list, and how long people wait on it: a level, no free duration
        ("The waiting list for routine operations grew to 6.1 million in March.", "6.1 million", "waiting_list"),
        ("The number of patients waiting rose to 412,000 in Wales.", "412,000", "waiting_list"),
        ("Patients now face a median wait of 16.4 weeks.", "16.4 weeks", "wait_time"),
        ("The average wait for cataract surgery was 19 weeks last year.", "19 weeks", "wait_time"),
        ("Average waiting times fell to 11 hours in A&E.", "11 hours", "wait_time"),
        # near miss: a length of time no wait word governs stays a duration
        ("The ward was closed for 16 weeks while it was rebuilt.", "16 weeks", "duration"),
        # goods traded: one metric however the sentence runs, no valuation
        ("About $4.2 billion worth of cargo passes through the strait every day.", "$4.2 billion", "trade_value"),
        ("Goods worth £1.3bn cross the border each week.", "£1.3bn", "trade_value"),
        ("Northbound traffic is worth about $2.3 billion a day.", "$2.3 billion a day", "trade_value"),
        ("The start-up is now worth $4.2 billion.", "$4.2 billion", "valuation"),
        # an undertaking's bill is its cost; a household's bill is not
        ("The clean-up bill could run to $75 million, the insurer said.", "$75 million", "cost"),
        ("Repair bills are likely to exceed £8m.", "£8m", "cost"),
        ("Energy bills will rise by 6% in January.", "6%", "growth"),
        ("The salvage operation could cost $22 million, the insurer said.", "$22 million", "cost"),
        ("A new tug could cost $22 million.", "$22 million", "price"),
        # a part of the list is no size of it
        ("The number of patients waiting fell to 6.9 million.", "6.9 million", "waiting_list"),
        ("The number waiting more than a year fell to 210,000.", "210,000", None),
    ],
)
def test_waiting_list_trade_and_bills(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # an investment's return is a rate of its own, never inflation
        ("The pension fund returned 9.4 percent in 2025.", "9.4 percent", "investment_return"),
        ("Its property portfolio made a return of 3.8% last year.", "3.8%", "investment_return"),
        ("After costs and inflation, the real return was 2.9 percent.", "2.9 percent", "investment_return"),
        ("Bonds returned 4.1% while equities returned 11.7%.", "11.7%", "investment_return"),
        # near misses: a return to something, a tax return, and the return "in return"
        ("The retailer returned to growth, with sales up 3%.", "3%", "revenue_growth"),
        ("In return, the investor will take a 15% stake.", "15%", "ownership_stake"),
        ("Some 30 percent of the equity return came from five tech stocks.", "30 percent", "share"),
        # money added besides the return is no funding
        ("Besides the investment return, a weaker dollar added $40 billion.", "$40 billion", None),
        ("The group announced an investment of $2bn in the plant.", "$2bn", "funding"),
        # a fund's worth is what it holds
        ("The fund's value rose to $95 billion in June.", "$95 billion", "assets"),
        ("The fund was worth 1,650 billion crowns at the end of June.", "1,650 billion crowns", "assets"),
        ("Its assets under management reached $310 billion.", "$310 billion", "assets"),
        ("The chipmaker was worth $90 billion at its peak.", "$90 billion", "valuation"),
        # a percentage of a company's shares is a holding, no share price
        ("The state holds about 3.2% of the company's shares.", "3.2%", "ownership_stake"),
        ("Shares in the bank fell 3.2% on Monday.", "3.2%", "shares_growth"),
        # "accounted for" a count is no share
        ("Pre-orders accounted for about 2 million units.", "2 million", "orders"),
        ("Exports accounted for 41% of sales.", "41%", "share"),
        # a habitual move is no reported figure
        ("Ticket sales typically fall by a third after the opening weekend.", "a third", None),
        ("Ticket sales fell by a third after the opening weekend.", "a third", "box_office"),
    ],
)
def test_fund_and_market_figures(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # copies are units sold; concurrent users and players are one peak
        ("The publisher said 3.4 million copies were sold in ten days.", "3.4 million", "units_sold"),
        ("The shooter hit a peak of 880,000 concurrent players on Saturday.", "880,000", "concurrent_users"),
        ("Its servers logged 880,000 simultaneous users.", "880,000", "concurrent_users"),
        ("The service has 12 million monthly active users.", "12 million", "users"),
        # who was on board, and what befell them
        ("The helicopter was carrying 14 passengers and three crew members.", "14", "passengers"),
        ("The helicopter was carrying 14 passengers and three crew members.", "three", "crew"),
        ("There were 61 passengers and four crew on the ferry.", "four", "crew"),
        ("Three passengers survived the crash.", "Three", "survivors"),
        ("Two passengers died at the scene.", "Two", "deaths"),
        ("Four workers were injured in the explosion.", "Four", "injuries"),
        ("The plant employs 1,200 workers.", "1,200", "jobs"),
        # a flight's altitude and speed by the unit, where nothing else names them
        ("The airliner was cruising at 36,000 feet when the engine failed.", "36,000 feet", "altitude"),
        ("The jet struck the hillside at 240 knots.", "240 knots", "speed"),
        ("The tanker ran aground 800 metres from the harbour wall.", "800 metres", None),
        # payments to the bereaved are compensation, no wage
        ("The operator paid €90,000 to each bereaved family.", "€90,000", "fine"),
        ("The company gave $5,000 to each employee as a bonus.", "$5,000", "salary"),
        # the age a pension starts at
        ("Ministers plan to raise the retirement age from 65 to 67.", "65 to 67", "age"),
        ("Most people in France will retire at 64.", "64", "age"),
        ("The state pension rose from 65 to 67 pounds a week.", "65 to 67 pounds a week", None),
    ],
)
def test_launch_and_crash_figures(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric
