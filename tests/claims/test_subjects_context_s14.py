"""A figure's subject is the owner of the figure, not the nearest name: a named body its possessor owns, the one
ordered to pay, the other side of "against ... for", not a payee, a place qualifying a noun, a time zone, a
statistic's publisher or an audience; a nationality names its country. Forecast and hedge words govern their own
clause; a period is not another figure's date, a span's end or a trailing window."""

from __future__ import annotations

import pandas as pd

from pipeline.claims.attribution import find_attribution
from pipeline.claims.context import clause_after, is_forecast
from pipeline.claims.periods import find_period
from pipeline.claims.subjects import find_subject, main_organisation

NOV_2026 = pd.Timestamp("2026-11-12", tz="UTC")


def ent(text: str, label: str = "ORG", count: int = 1) -> dict:
    return {"text": text, "label": label, "count": count}


def subject(
    sentence: str, surface: str, entities: list[dict], main_org: str | None = None, main_person: str | None = None
) -> str | None:
    """The subject as the claim extractor asks for it: the sentence's source kept from being the subject."""
    return find_subject(
        sentence, sentence.index(surface), tuple(entities), exclude=find_attribution(sentence), main_org=main_org,
        main_person=main_person,
    )  # fmt: skip


def forecast(sentence: str, surface: str) -> bool:
    start = sentence.index(surface)
    return is_forecast(sentence, start, start + len(surface))


# 1. the owner of the figure


def test_a_possessor_of_a_named_party_leaves_the_figure_to_the_party() -> None:
    entities = [ent("Marta Lindqvist", "PERSON"), ent("Social Alliance")]
    sentence = "Finance Minister Marta Lindqvist's Social Alliance fell to 22.4% in the latest poll."
    assert subject(sentence, "22.4%", entities) == "Social Alliance"


def test_a_possessor_of_a_person_or_a_noun_stays_the_owner() -> None:
    entities = [ent("Orvane"), ent("Lena Holt", "PERSON")]
    sentence = "Orvane's Lena Holt unveiled a tablet priced at $499."
    assert subject(sentence, "$499", entities) == "Orvane"
    sentence = "Orvane's revenue rose 7% to $3.2bn."
    assert subject(sentence, "7%", [ent("Orvane")]) == "Orvane"


def test_a_place_between_a_determiner_and_a_company_noun_is_no_subject() -> None:
    entities = [ent("Seattle", "GPE")]
    sentence = "The Seattle biotech's lead drug cut relapses by 31%."
    assert subject(sentence, "31%", entities, main_org="Corvia Bio") == "Corvia Bio"
    sentence = "Madrid recorded 81,000 visitors on Saturday."
    assert subject(sentence, "81,000", [ent("Madrid", "GPE")]) == "Madrid"
    sentence = "US business investment rose 3.1% in the quarter."
    assert subject(sentence, "3.1%", [ent("US", "GPE")]) == "US"


def test_the_one_ordered_to_pay_owns_the_sums_not_the_judge() -> None:
    entities = [ent("Harriet Vale", "PERSON"), ent("Quarry Mutual")]
    sentence = "Judge Harriet Vale ordered Quarry Mutual to pay a fine of £7.2m and costs of £1.1m."
    assert subject(sentence, "£7.2m", entities) == "Quarry Mutual"
    assert subject(sentence, "£1.1m", entities) == "Quarry Mutual"
    sentence = "Judge Harriet Vale ordered a review of the £7.2m contract."
    assert subject(sentence, "£7.2m", entities) == "Harriet Vale"


def test_a_payee_between_a_verb_of_paying_and_the_amount_is_no_subject() -> None:
    entities = [ent("Kestrel United"), ent("Porto Azul")]
    sentence = "Kestrel United agreed the move on Friday, paying Porto Azul an initial £38m."
    assert subject(sentence, "£38m", entities) == "Kestrel United"
    sentence = "Porto Azul will receive £38m from the sale."
    assert subject(sentence, "£38m", entities) == "Porto Azul"


def test_the_figure_against_another_belongs_to_the_side_named_after_it() -> None:
    entities = [ent("Green Union"), ent("Farmers League")]
    sentence = "The Green Union took 27.5% against 19.2% for the Farmers League."
    assert subject(sentence, "27.5%", entities) == "Green Union"
    assert subject(sentence, "19.2%", entities) == "Farmers League"
    sentence = "The Green Union took 27.5% against 19.2% for the ruling party."
    assert subject(sentence, "19.2%", entities) is None
    # a baseline against an earlier figure stays the company's
    sentence = "Green Union's income rose to $5bn against $4bn a year earlier."
    assert subject(sentence, "$4bn", entities) == "Green Union"


def test_names_after_the_figure_in_another_clause_or_as_a_destination() -> None:
    sentence = "The village, population about 900, where the Salvation Army opened a hall, was cut off."
    assert subject(sentence, "900", [ent("Salvation Army")]) is None
    sentence = "Four of the injured were taken to St Brendan Hospital."
    assert subject(sentence, "Four", [ent("St Brendan Hospital")]) is None
    sentence = "Skyline flies 64 jets, mostly Airbus A320s."
    assert subject(sentence, "64", [ent("Airbus")]) is None
    sentence = "Three people died across Cornwall and Devon."
    assert subject(sentence, "Three", [ent("Cornwall", "GPE"), ent("Devon", "GPE")]) is None
    sentence = "Unemployment rose to 6.1% in Portugal."
    assert subject(sentence, "6.1%", [ent("Portugal", "GPE")]) == "Portugal"


def test_a_time_zone_after_a_clock_time_is_no_name() -> None:
    sentence = "Updated 3:40 pm ET: corrects the number of accounts affected to 91,000."
    assert subject(sentence, "91,000", [ent("ET")]) is None
    sentence = "In 2019 IBM sold 400 servers to the bank."
    assert subject(sentence, "400", [ent("IBM")]) == "IBM"


def test_a_publisher_or_pollster_of_a_statistic_is_its_source() -> None:
    entities = [ent("National Statistics Bureau")]
    sentence = "Prices rose 2.9 per cent, according to data released on Friday by the National Statistics Bureau."
    assert subject(sentence, "2.9 per cent", entities) is None
    assert find_attribution(sentence) == "National Statistics Bureau"
    sentence = "Economists polled by Fenwick Research had forecast 2.7 per cent."
    assert subject(sentence, "2.7 per cent", [ent("Fenwick Research")]) is None
    assert find_attribution(sentence) == "Fenwick Research"


def test_the_audience_of_told_is_neither_source_nor_subject() -> None:
    sentence = "Chief executive Sara Lund told Harbour Radio the bank had repaid 85 percent of the loans."
    assert find_attribution(sentence) == "Chief executive Sara Lund"
    assert subject(sentence, "85 percent", [ent("Harbour Radio")]) is None
    # "told X to pay" orders X
    sentence = "The regulator told Velmont to pay £3m."
    assert subject(sentence, "£3m", [ent("Velmont")]) == "Velmont"


def test_a_pronoun_that_states_or_expects_the_figure_is_its_source() -> None:
    sentence = "She expects a launch price of about $450."
    assert subject(sentence, "$450", [], main_person="Ana Ruiz") is None
    sentence = "She expects to earn about $450,000 a year."
    assert subject(sentence, "$450,000", [], main_person="Ana Ruiz") == "Ana Ruiz"


def test_a_nationality_before_a_national_statistic_names_its_country() -> None:
    sentence = "Danish consumer price inflation slowed to 1.9% in May."
    assert subject(sentence, "1.9%", []) == "Denmark"
    sentence = "British house prices rose 0.4% last month."
    assert subject(sentence, "0.4%", [ent("UK", "GPE")]) == "UK"
    sentence = "The Danish side won 3 of its 5 games."
    assert subject(sentence, "3", []) is None


def test_the_headline_names_the_company_in_full() -> None:
    entities = [ent("Marlow & Finch"), ent("Marlow", count=0)]
    text = "The retailer's numbers were mixed. Revenue rose 2%."
    assert main_organisation(entities, text, 34, "Marlow & Finch Q3: outlook cut") == "Marlow & Finch"


# 2. forecast and hedge scope: the figure's own clause


def test_a_past_subordinate_clause_is_no_forecast() -> None:
    sentence = (
        "Tolland will shut 20 of its 180 branches after the group reported a 12% fall in annual profit and warned "
        "that sales would slow."
    )
    assert not forecast(sentence, "12%")
    assert not forecast(sentence, "180")
    assert forecast(sentence, "20")


def test_a_subordinate_clause_after_the_figure_ends_its_clause() -> None:
    sentence = "Operating profit fell 8% to £96m after the group warned that margins would shrink."
    end = sentence.index("£96m") + 4
    assert "would" not in clause_after(sentence, end)
    sentence = "Operating profit fell 8% to £96m in the half to June."
    end = sentence.index("£96m") + 4
    assert clause_after(sentence, end) == " in the half to June."


# 3. periods


def test_a_span_end_is_no_period() -> None:
    assert find_period("signed until 2030 on a salary of £200,000 a week", NOV_2026) is None
    assert find_period("revenue of £2m in 2025", NOV_2026) == "2025"


def test_a_date_another_figure_was_set_is_not_this_ones() -> None:
    assert find_period("2.1m below the record set in March 2019", NOV_2026) is None
    assert find_period("its highest level since records began, well above the peak reached in 2008", NOV_2026) is None
    assert find_period("the river peaked at 4.2 metres in March 2019", NOV_2026) == "2019-03"


def test_a_trailing_year_and_the_same_quarter_of_a_year() -> None:
    assert find_period("inspectors cited the plant 31 times over the past year", NOV_2026) is None
    assert find_period("revenue rose 4% last year", NOV_2026) == "2025"
    assert find_period("compared with NOK 1.9 billion in the same quarter of 2025", NOV_2026) is None


def test_the_year_to_a_month_dates_an_annual_rate() -> None:
    assert find_period("prices rose 3.1 per cent in the year to August", NOV_2026) == "2026-08"


def test_the_same_quarter_of_a_year_does_not_date_the_quarter_named() -> None:
    sentence = "revenue for the third quarter rose to NOK 5bn from NOK 4bn in the same quarter of 2025"
    assert find_period(sentence, NOV_2026) == "2026-Q3"
