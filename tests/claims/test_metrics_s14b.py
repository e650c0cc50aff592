"""Metric words in their own sense (s14b): "gross" is a film's takings only as a noun, a participle before a noun
names no sum, a qualifier or a conversion lends no metric, a likelihood the figure is the subject of is no risk;
the central figures of bailout, hacking, housing, spill and gadget stories get metrics of their own; a difference
between two amounts is no level of either."""

from __future__ import annotations

import pytest

from tests.claims.reading import claims_of, field


def _metric(text: str, surface: str) -> str | None:
    return field(claims_of(text, []), surface, "metric")


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # "gross" before a noun is no film's gross
        ("Net international reserves slid to $31.4bn, while gross reserves fell to $40.2bn.", "$40.2bn", "reserves"),
        ("The country's gross foreign reserves dropped to $12.7 billion in June.", "$12.7 billion", "reserves"),
        ("Foreign-exchange reserves have shrunk to $9.8bn since March.", "$9.8bn", "reserves"),
        # a qualifier or a conversion lends no metric
        ("The buyer values the chipmaker at roughly $21.3 billion including debt.", "$21.3 billion", "valuation"),
        ("The attackers asked for a ransom of 80 bitcoin, worth about $7.1 million.", "$7.1 million", "ransom"),
        ("The gang has made an estimated $61 million in ransom payments since 2023.", "$61 million", "ransom"),
        ("The champion earned €2.4 million, about $2.6 million, in prize money.", "€2.4 million", "prize"),
        # an aside's words are not the figure's, though a figure's thousands comma sits inside it
        ("Files on 410,000 people, including about 6,500 staff, were taken.", "410,000", "people"),
        # a participle before a noun names what was taken, not a sum
        ("The group wants $2.5m and has threatened to leak stolen records.", "$2.5m", None),
        # a likelihood the figure is the subject of is no finding about risk
        ("Most economists now think 1.1 per cent is more likely.", "1.1 per cent", None),
        # what consumers pay is a price, no wage
        ("Pensioners will still pay 80p on weekday mornings.", "80p", "price"),
        # a grant is funding, not the recipient's revenue
        ("The council's revenue grant will be cut from £41m to £29m.", "£41m to £29m", "funding"),
        ("The trust received a £6.2 million grant from the lottery fund.", "£6.2 million", "funding"),
        # a bailout is a loan
        ("The IMF approved a $3.2 billion loan to Ghana on Friday.", "$3.2 billion", "loan"),
        ("Lenders agreed a financing package worth around €4.1 billion.", "€4.1 billion", "loan"),
    ],
)
def test_words_in_their_own_sense(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The sequel grossed $88m in its opening weekend.", "$88m", "box_office"),
        ("Its worldwide gross of $412 million made it the year's biggest film.", "$412 million", "box_office"),
        ("Thieves stole £2.4m from the charity's accounts.", "£2.4m", "theft"),
        ("Some £800,000 was stolen from the charity over six years.", "£800,000", "theft"),
        ("The merger carries net debt of $3.1 billion.", "$3.1 billion", "debt"),
        ("People who walk daily were 31% less likely to develop the disease.", "31%", "risk"),
        ("The club is to pay $2m to its departing manager.", "$2m", "salary"),
        ("Revenue rose 6% to £1.9bn in the year.", "£1.9bn", "revenue"),
        ("Sales rose 6% to £1.9bn in the year.", "6%", "revenue_growth"),
        ("The town lies 15 km south of the coast.", "15 km", None),
    ],
)
def test_near_misses_keep_their_metric(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The average rent in the city reached £1,480 a month in September.", "£1,480 a month", "rent"),
        ("Tenants are still paying £1,175 a month on average.", "£1,175 a month", "rent"),
        ("Annual rent growth slowed to 5.9% in the quarter.", "5.9%", "rent_growth"),
        ("An estimated 9,500 barrels of crude have leaked from the hull.", "9,500 barrels", "spill"),
        ("The ship spilled about 1,300 tonnes of fuel oil.", "1,300 tonnes", "spill"),
        ("Oil has reached 27 km of coastline so far.", "27 km", "coastline"),
        ("The handset ships with a 5,000mAh battery.", "5,000mAh", "battery_capacity"),
        ("It gets a brighter 6.3-inch display this year.", "6.3-inch", "screen_size"),
        # a takeover premium over the market price
        ("The offer is 42% above the group's last close.", "42%", "premium"),
        ("That is 29% more than the company was worth on Tuesday.", "29%", "premium"),
        # a percentage move of a price is its growth, not a price level
        ("A weekly ticket goes up by £1.50 to £18, or 9.1 per cent.", "9.1 per cent", "price_growth"),
        ("The day ticket rises by 40p to £7.20, or about 6%.", "6%", "price_growth"),
        # a deficit in percent is a share of GDP, whose moves are moves of its level
        ("The plan would trim the deficit by about 0.4 percentage points a year.", "0.4 percentage points", "deficit"),
        # the economy's growth told in another clause than the deficit's level
        ("The treasury's plan, a deficit of 3.1% in 2027, assumes growth of 1.6%.", "1.6%", "growth"),
    ],
)
def test_central_figures_have_a_metric(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The council drew £4 million from reserves to freeze fares.", "£4 million", "reserves"),
        ("The rental firm expanded to 40 towns.", "40", "reserves"),
        ("The tanker was carrying 450,000 barrels of crude to Rotterdam.", "450,000 barrels", "spill"),
        ("The phone's display is assembled in 3 factories.", "3", "screen_size"),
        ("The price cut of 5% applies to fares bought online.", "5%", "price"),
    ],
)
def test_new_metrics_stay_in_their_sense(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) != metric


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The price of the new model is £70 more than its predecessor.", "£70"),
        ("The firm shipped 41.2 million phones, 1.9 million fewer than its rival.", "1.9 million"),
        ("Riders will pay 30p more for each trip from January.", "30p"),
    ],
)
def test_a_difference_is_no_level(text: str, surface: str) -> None:
    assert _metric(text, surface) not in ("price", "units_sold", "salary")


def test_a_hedge_before_a_figure_is_no_difference() -> None:
    assert _metric("The new model costs more than £849 in Britain.", "£849") == "price"
