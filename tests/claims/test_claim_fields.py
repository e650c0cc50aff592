"""Claim fields (subject, metric, period, attribution, hedge) on the forms the claim-fields benchmark showed.

Every sentence here is written for the test, in the same grammatical form as a sentence of the BBC file named
in the comment (the corpus may not be copied); the expected fields follow the labelling rules of
``tests/benchmarks/gold/claim_fields_gold.json`` ("about").
"""

from __future__ import annotations

import pytest

from pipeline.claims.attribution import find_attribution
from pipeline.claims.metrics import counted_noun_metric, is_counted_noun
from pipeline.claims.periods import find_period
from tests.claims.reading import claims_of, field, metric_of

# --- metric -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("would", None),  # bbc/politics/340: "boost numbers by 10,000 would appeal"
        ("new", None),  # bbc/business/407: "buy 15 new planes"
        ("different", None),  # bbc/tech/360: "74 different devices"
        ("long", None),  # bbc/politics/388: "80,000 long term care places"
        ("other", None),  # bbc/tech/351: "up to 16 other people"
        ("compromised", None),  # bbc/tech/390: "514 compromised addresses"
        ("countries", "countries"),
        ("fishermen", "fishermen"),
        ("people", "people"),
        ("stores", "stores"),
    ],
)
def test_counted_noun_metric_is_a_plural_noun(noun: str, expected: str | None) -> None:
    assert counted_noun_metric(noun, "count") == expected
    assert is_counted_noun(noun) is (expected is not None)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "expected"),
    [
        # bbc/business/300: a buyer "agreed to buy" a firm for an amount
        ("The drinks group has agreed to buy rival brewer Hopco for $3.2bn in cash.", "$3.2bn", "USD", "deal_value"),
        # bbc/tech/345: a product "costing" an amount
        ("The cartridges, costing $40 each, go on sale in May.", "$40", "USD", "price"),
        # bbc/business/419: "paid X in fines"
        ("Last year the bank paid £12.5m in fines to regulators.", "£12.5m", "GBP", "fine"),
        # bbc/business/400: "paying X to settle" a charge
        ("It is also paying $300,000 to the regulator to settle the charge.", "$300,000", "USD", "fine"),
        # bbc/business/400: "agreed to pay a $X fine": the noun the amount modifies wins over the verb "pay"
        ("The chemicals firm has agreed to pay a $2.5m fine for bribery.", "$2.5m", "USD", "fine"),
        # bbc/politics/413: a donation
        ("The businessman has made a £3m donation to the party.", "£3m", "GBP", "funding"),
        # bbc/tech/312: "accounting for about X%"
        ("Brazil is ahead, accounting for about 40% of listeners.", "40%", "percent", "share"),
        # bbc/tech/390: "debts of more than $X"
        ("The firm had debts of more than $20m when it collapsed.", "$20m", "USD", "debt"),
        # bbc/tech/390: "assets of less than $X"
        ("The firm said it had assets of less than $5m.", "$5m", "USD", "assets"),
        # bbc/politics/340: a percentage "of" a group with no metric word
        ("Party officials say 30% of the party's candidates are under 40.", "30%", "percent", "share"),
        # bbc/politics/341: an income threshold
        ("The rate would apply to those earning more than £150,000.", "£150,000", "GBP", "salary"),
    ],
)
def test_lexicon_metrics(sentence: str, surface: str, unit: str, expected: str) -> None:
    assert metric_of(sentence, surface, unit) == expected


def test_ownership_stake_is_not_market_share() -> None:
    sentence = "The bank bought a 15% stake in the insurer."
    assert metric_of(sentence, "15%", "percent") == "ownership_stake"


def test_strikers_are_not_jobs() -> None:
    sentence = "About 2,000 striking workers marched through the city."
    assert metric_of(sentence, "2,000", "count") == "strikers"
    assert metric_of("The plant employs 2,000 workers.", "2,000", "count", noun="workers") == "jobs"


def test_orders_count_and_money_are_kept_apart() -> None:
    # bbc/business/407: "ordered 30 planes for $1.8bn": 30 is an order, $1.8bn no number of orders
    sentence = "Last year the carrier ordered 20 jets for $900m."
    assert metric_of(sentence, "20", "count") == "orders"
    assert metric_of(sentence, "$900m", "USD") != "orders"


def test_time_figures_are_durations_or_ages() -> None:
    # bbc/politics/400: "11 days after his wife died aged 91"
    sentence = "She retired just 14 days after her husband died aged 88."
    assert metric_of(sentence, "14 days", "day") == "duration"
    assert metric_of(sentence, "88", "year") == "age"
    # bbc/politics/413: "The 64-year-old"
    assert metric_of("The 58-year-old has given before.", "58-year-old", "year") == "age"


# --- attribution --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # bbc/business/345: "according to the ... Council (ABBR)"
        ("Fishing employs 2 million people, according to the Pacific Fisheries and Ocean Council (PFOC).",
         "the Pacific Fisheries and Ocean Council"),
        # bbc/business/345: "X has estimated"
        ("Kenya's finance minister Amina Odhiambo has estimated the losses at $40m.", "Amina Odhiambo"),
        # bbc/politics/340: "Mr X also believes"
        ("Mr Okafor also believes the plan would create 5,000 jobs.", "Mr Okafor"),
        # bbc/politics/340: "Party strategists claim"
        ("Party strategists claim turnout rises by 3% in such seats.", "Party strategists"),
        # bbc/business/345: "some observers have said"
        ("In Peru, some observers have said that as much as 2% of growth may be lost.", "observers"),
        # bbc/tech/390: "brought by X and Y who alleged"
        ("The case was brought by Acme and state prosecutor Jane Roe who alleged that 300 servers were used.",
         "Acme"),
        # "&" inside a name
        ("A survey by the Smith & Jones Research Centre found 12% agreed.",
         "A survey by the Smith & Jones Research Centre"),
    ],
)  # fmt: skip
def test_attribution_forms(sentence: str, source: str) -> None:
    assert find_attribution(sentence) == source


def test_pronoun_and_titled_sources_resolve_to_the_fullest_name() -> None:
    # bbc/tech/360 ("he added") and bbc/politics/341 ("Mr Kennedy" for "Charles Kennedy")
    text = (
        "Maria Lopez runs the screen makers' association. She said the market was small. "
        'But, she added: "Of all the sets sold, just 2.5% in Spain are ready." '
        "Later Ms Lopez said sales of 300,000 sets were expected."
    )
    claims = claims_of(text, [{"text": "Maria Lopez", "label": "PERSON", "count": 2}])
    assert field(claims, "2.5%", "attribution") == "Maria Lopez"
    assert field(claims, "300,000", "attribution") == "Maria Lopez"


# --- subject ------------------------------------------------------------------------------------------------


def test_subject_is_the_buyer_not_the_object() -> None:
    # bbc/business/300: "J&J has agreed to buy medical firm Guidant for $25.4bn"
    text = "Drinks giant Smith & Sons has agreed to buy rival brewer Hopco for $3.2bn."
    entities = [{"text": "Smith & Sons", "label": "ORG", "count": 1}, {"text": "Hopco", "label": "ORG", "count": 1}]
    claims = claims_of(text, entities)
    assert field(claims, "$3.2bn", "subject") == "Smith & Sons"
    assert field(claims, "$3.2bn", "metric") == "deal_value"


def test_subject_is_not_the_speaker() -> None:
    # bbc/business/345: "Thailand's Prime Minister Thaksin Shinawatra has estimated the destruction at ..."
    text = "Kenya's finance minister Amina Odhiambo has estimated the losses at $40m."
    entities = [
        {"text": "Kenya", "label": "GPE", "count": 1},
        {"text": "Amina Odhiambo", "label": "PERSON", "count": 1},
    ]
    claims = claims_of(text, entities)
    assert field(claims, "$40m", "attribution") == "Amina Odhiambo"
    assert field(claims, "$40m", "subject") == "Kenya"


def test_subject_fullest_form_and_no_generic_technology() -> None:
    # bbc/business/345 ("Bank" for "World Bank"), bbc/tech/360 ("HD" is no entity)
    text = (
        "The Global Water Bank lends to poor countries. Officials at the Bank said 12 countries were hit. "
        "HD makes pictures at least four times sharper."
    )
    entities = [{"text": "Bank", "label": "ORG", "count": 2}, {"text": "HD", "label": "ORG", "count": 1}]
    claims = claims_of(text, entities)
    assert field(claims, "12", "subject") == "Global Water Bank"
    assert field(claims, "four times", "subject") is None


def test_subject_he_refers_to_the_person_named_before() -> None:
    # bbc/politics/413: "It is the latest donation to the party by the billionaire - he has contributed more than"
    text = (
        "Peter Hale has given money to the Green Party again. "
        "It is the latest gift to the party by the tycoon - he has given more than £4m since 2001."
    )
    entities = [
        {"text": "Peter Hale", "label": "PERSON", "count": 1},
        {"text": "Green Party", "label": "ORG", "count": 1},
    ]
    claims = claims_of(text, entities)
    assert field(claims, "£4m", "subject") == "Peter Hale"
    assert field(claims, "£4m", "period") is None  # "since 2001" is a span, not the figure's period
    assert field(claims, "£4m", "hedge") == "more than"


# --- period and hedge ---------------------------------------------------------------------------------------


def test_periods() -> None:
    # bbc/business/419: "In January 2004, Shell told ..."
    assert find_period("In March 2003, the insurer said its reserves were 15% lower.", None) == "2003-03"
    # bbc/politics/388: "had been lost since 1997"
    assert find_period("More than 9,000 posts have been lost since 1998.", None) is None
    # bbc/tech/351: a year in an opening "Since ..." clause does not date the main clause
    text = "Since going on sale at the end of 2004, Acme has sold almost 2m players."
    claims = claims_of(text, [{"text": "Acme", "label": "ORG", "count": 1}])
    assert field(claims, "2m", "period") is None
    opening = "In March 2003, the insurer said its reserves were 15% lower."
    claims = claims_of(opening, [{"text": "Acme", "label": "ORG", "count": 1}])
    assert field(claims, "15%", "period") == "2003-03"


def test_hedges_of_the_figure_clause_only() -> None:
    # bbc/politics/341: "... for those earning more than £100,000, saying it would apply to just 1% ..."
    text = "The party wants a 45% rate for those earning more than £120,000, saying it would hit just 2% of people."
    claims = claims_of(text, [{"text": "Acme", "label": "ORG", "count": 1}])
    assert field(claims, "£120,000", "hedge") == "more than"
    assert field(claims, "45%", "hedge") is None
    assert field(claims, "2%", "hedge") == "would"
    # bbc/business/345 ("we should rebuild 70%") and bbc/tech/390 ("who alleged that ... 514")
    claims = claims_of("We should repair 60% of the roads by spring.", [])
    assert field(claims, "60%", "hedge") == "should"
