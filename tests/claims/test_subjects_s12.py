"""Subjects that are no figure's subject: currency codes, units, tickers, datelines, venues and sources; and the
subject of a list item or a coordinated clause; the lead's company when the tagger typed it otherwise."""

from __future__ import annotations

from pipeline.claims.subjects import find_subject, main_organisation, named_in


def ent(text: str, label: str = "ORG", count: int = 1) -> dict:
    return {"text": text, "label": label, "count": count}


def subject(sentence: str, surface: str, entities: list[dict], main_org: str | None = None,
            exclude: str | None = None) -> str | None:  # fmt: skip
    return find_subject(sentence, sentence.index(surface), entities, exclude=exclude, main_org=main_org)


# 1. currency codes, "US$", units


def test_a_currency_code_before_an_amount_is_no_subject() -> None:
    entities = [ent("SEK"), ent("Kestrel Foods")]
    sentence = "Operating profit came in at SEK 4.1 billion, the highest in the group's history."
    assert subject(sentence, "SEK 4.1 billion", entities, main_org="Kestrel Foods") == "Kestrel Foods"


def test_a_three_letter_company_before_a_verb_stays_the_subject() -> None:
    entities = [ent("BAE"), ent("Kestrel Foods")]
    sentence = "BAE won orders worth 4.1 billion pounds in the quarter."
    assert subject(sentence, "4.1 billion", entities, main_org="Kestrel Foods") == "BAE"


def test_the_us_of_us_dollars_is_no_subject() -> None:
    entities = [ent("US", "GPE", 5), ent("Tamsin Bank")]
    sentence = "Net profit rose to US$2.7 billion from US$2.2 billion."
    assert subject(sentence, "US$2.7 billion", entities) is None
    assert "US" not in named_in(sentence, entities)


def test_the_us_as_a_place_stays_a_subject() -> None:
    entities = [ent("US", "GPE", 5)]
    sentence = "The US economy grew 2.1% in the second quarter."
    assert subject(sentence, "2.1%", entities) == "US"


def test_a_unit_after_a_number_is_no_subject() -> None:
    entities = [ent("PB"), ent("Orion M4", "PRODUCT"), ent("96GB", "PRODUCT")]
    sentence = "The Orion M4 moves data at 3 PB/s, against 96GB of cache on its predecessor and a 450W budget."
    assert subject(sentence, "450W", entities) == "Orion M4"
    sentence = "Storage tops out at 96GB, with 3 PB/s of throughput."
    assert subject(sentence, "3 PB/s", entities) is None


def test_a_company_after_a_year_is_still_a_name() -> None:
    entities = [ent("IBM")]
    sentence = "In 2019 IBM paid $34 billion for the software maker."
    assert subject(sentence, "$34 billion", entities) == "IBM"


# 2. datelines, places as modifiers and venues


def test_a_dateline_names_neither_subject_nor_main_organisation() -> None:
    entities = [ent("BERLIN"), ent("AP"), ent("Voltara Energie")]
    sentence = "BERLIN/PARIS, March 3 (AP) - Voltara Energie agreed to sell its grid unit for 1.9 billion euros."
    assert subject(sentence, "1.9 billion euros", entities) == "Voltara Energie"
    assert main_organisation(entities, sentence, len(sentence)) == "Voltara Energie"
    sentence = "MUNICH, March 3 (AP) - A 12% stake in the grid unit was sold on Tuesday."
    assert subject(sentence, "12%", entities) is None


def test_a_city_leading_a_sentence_without_a_date_is_not_a_dateline() -> None:
    entities = [ent("Berlin", "GPE")]
    sentence = "Berlin - the German capital - spent 4% more on housing last year."
    assert subject(sentence, "4%", entities) == "Berlin"


def test_a_city_and_state_before_based_modify_a_noun() -> None:
    entities = [ent("Tulsa", "GPE"), ent("Redbud Energy")]
    sentence = "Shares of the Tulsa, Oklahoma-based driller fell 6% in early trading."
    assert subject(sentence, "6%", entities, main_org="Redbud Energy") is None
    assert named_in(sentence, entities) == set()
    assert subject("Tulsa, Oklahoma, saw its population grow 3% in 2024.", "3%", entities) == "Tulsa"


def test_a_place_after_the_figure_behind_a_preposition_is_a_venue() -> None:
    entities = [ent("Frankfurt", "GPE")]
    assert subject("Shares of the carmaker fell 4% in Frankfurt trading.", "4%", entities) is None
    assert subject("Frankfurt's airport handled 4% more passengers.", "4%", entities) == "Frankfurt"
    assert subject("Some 40,000 homes in Frankfurt lost power.", "40,000", entities) == "Frankfurt"


def test_a_place_in_the_figures_clause_beats_an_organisation_of_the_next_clause() -> None:
    entities = [ent("Canada", "GPE"), ent("Mercosur")]
    sentence = "Exports from Canada rose 1.4%, while in Mercosur they slipped 0.6%."
    assert subject(sentence, "1.4%", entities) == "Canada"
    assert subject(sentence, "0.6%", entities) == "Mercosur"


# 3. sources: analysts, speakers, forecasts


def test_the_analysts_firm_is_the_source_not_the_subject() -> None:
    entities = [ent("Barclays"), ent("Wendmoor Pharma", count=3)]
    sentence = "Analysts at Barclays expect sales of the drug to top $6 billion by 2031."
    assert subject(sentence, "$6 billion", entities, main_org="Wendmoor Pharma", exclude="Barclays") is None
    assert named_in(sentence, entities) == set()


def test_a_bank_that_reports_its_own_figure_stays_the_subject() -> None:
    entities = [ent("Barclays"), ent("Wendmoor Pharma", count=3)]
    sentence = "Barclays said its pre-tax profit rose to £2.1 billion."
    assert subject(sentence, "£2.1 billion", entities, exclude="Barclays") == "Barclays"


def test_a_brokers_analysts_are_a_source() -> None:
    entities = [ent("Jefferies"), ent("Ostrava Steel")]
    sentence = "Jefferies analysts see the steelmaker's output falling 8% next year."
    assert subject(sentence, "8%", entities) is None


def test_a_speaker_after_the_figure_and_the_firm_are_the_source() -> None:
    entities = [ent("Ines Carvalho", "PERSON"), ent("Tern Capital")]
    sentence = "Prices could fall by 10% next year, said Ines Carvalho, an analyst at Tern Capital."
    assert subject(sentence, "10%", entities, exclude="Ines Carvalho") is None
    sentence = "Margins could shrink by 2 points, according to the carmaker's finance chief, Ines Carvalho."
    assert subject(sentence, "2 points", entities, exclude="the carmaker's finance chief") is None


def test_the_body_a_speaker_speaks_for_stays_the_subject() -> None:
    entities = [ent("Ines Carvalho", "PERSON"), ent("Port Authority of Lisbon")]
    sentence = '"We will handle 30% more cargo," said Ines Carvalho, head of the Port Authority of Lisbon.'
    assert subject(sentence, "30%", entities, exclude="Ines Carvalho") == "Port Authority of Lisbon"


def test_the_consensus_a_result_beats_is_no_subject() -> None:
    entities = [ent("Wall Street"), ent("Pellmore Foods")]
    sentence = "Sales rose 9% to $2.2 billion, ahead of Wall Street's forecast of $2.1 billion."
    assert subject(sentence, "$2.2 billion", entities, main_org="Pellmore Foods") is None
    assert named_in(sentence, entities) == set()


def test_a_company_owning_its_forecast_stays_the_subject() -> None:
    entities = [ent("Pellmore Foods")]
    sentence = "Pellmore Foods's forecast of $9 billion in sales was kept."
    assert subject(sentence, "$9 billion", entities) == "Pellmore Foods"


def test_according_to_opening_the_sentence_ends_at_its_comma() -> None:
    entities = [ent("Ofgem"), ent("Lumen Power")]
    sentence = "According to Ofgem, Lumen Power overcharged customers by £14m."
    assert subject(sentence, "£14m", entities) == "Lumen Power"
    sentence = "Bills will rise by 6%, according to Ofgem."
    assert subject(sentence, "6%", entities) is None


# 4. tickers


def test_an_exchange_in_a_ticker_is_neither_subject_nor_main_organisation() -> None:
    entities = [ent("Nasdaq"), ent("Corvel Therapeutics", "MISC", 2)]
    lead = "Corvel Therapeutics (Nasdaq: CRVL) said its drug cut relapses by 41% in a late-stage trial."
    assert subject(lead, "41%", entities) == "Corvel Therapeutics"
    assert main_organisation(entities, lead, len(lead)) == "Corvel Therapeutics"


def test_an_exchange_reporting_its_own_volumes_stays_the_subject() -> None:
    entities = [ent("Nasdaq")]
    sentence = "Nasdaq said trading volumes rose 12% in March."
    assert subject(sentence, "12%", entities) == "Nasdaq"


# 5. the lead's company over an organisation named only further down


def test_the_leads_untyped_company_beats_an_organisation_named_later() -> None:
    text = (
        "Danish drugmaker Fenholt Pharma said its pill cut weight by 15% in a trial. "
        "The trial ran for 68 weeks. The company will ask the Food and Drug Administration to approve it."
    )
    lead_end = text.index(" The trial")
    entities = [ent("Fenholt Pharma", "PERSON", 2), ent("Food and Drug Administration")]
    assert main_organisation(entities, text, lead_end) == "Fenholt Pharma"
    entities = [ent("Reelway", "MISC"), ent("Wall Street")]
    text = "Reelway added 3.1 million subscribers in the quarter. Revenue beat Wall Street's forecast."
    assert main_organisation(entities, text, text.index(" Revenue")) == "Reelway"


def test_an_organisation_named_only_later_is_main_when_the_lead_names_no_company() -> None:
    text = "Patients lost 15% of their weight in a trial. The Food and Drug Administration will review it."
    entities = [ent("Food and Drug Administration"), ent("Meg Hart", "PERSON")]
    assert main_organisation(entities, text, text.index(" The Food")) == "Food and Drug Administration"


def test_an_untyped_owner_is_a_subject() -> None:
    entities = [ent("Fenholt Pharma", "MISC")]
    sentence = "Fenholt Pharma's pill helped patients lose 15% of their weight."
    assert subject(sentence, "15%", entities) == "Fenholt Pharma"
    assert subject("Fenholt Pharma shares jumped 9% on Monday.", "9%", entities) == "Fenholt Pharma"
    assert subject("Patients lost 15%, Fenholt Pharma noted.", "15%", entities) is None


# 6. lists and coordinated clauses


def test_an_untyped_name_heading_a_list_item_is_its_subject() -> None:
    entities = [ent("Venstre", "MISC"), ent("Moderaterne", "MISC"), ent("Social Democrats")]
    sentence = "The Social Democrats took 27.5% of the vote, Venstre 13.3% and Moderaterne 9.3%."
    assert subject(sentence, "13.3%", entities) == "Venstre"
    assert subject(sentence, "9.3%", entities) == "Moderaterne"
    assert subject(sentence, "27.5%", entities) == "Social Democrats"


def test_an_untyped_name_before_a_year_is_no_list_item() -> None:
    entities = [ent("Olympic", "MISC"), ent("Lisbon Council")]
    sentence = "The Lisbon Council spent €40m on the bid, Olympic 2036 planning included."
    assert subject(sentence, "2036", entities) != "Olympic"


def test_the_figure_of_a_coordinated_clause_belongs_to_its_subject() -> None:
    entities = [ent("Likud"), ent("Yesh Atid", "MISC")]
    sentence = "Likud won the most votes, but Yesh Atid finished with the most seats, 24, after the recount."
    assert subject(sentence, "24", entities) == "Yesh Atid"


def test_a_later_comma_clause_without_a_conjunction_keeps_the_sentence_subject() -> None:
    entities = [ent("Likud"), ent("Yesh Atid", "MISC")]
    sentence = "Likud beat Yesh Atid in Haifa, taking 31% of the vote."
    assert subject(sentence, "31%", entities) == "Likud"


# the kind of body a name is, and places that are a line's ends


def test_a_name_classifying_the_next_name_is_not_the_actor() -> None:
    entities = [ent("Serie A"), ent("Vesuvio Calcio")]
    sentence = "Serie A club Vesuvio Calcio paid 80 million euros for the striker."
    assert subject(sentence, "80 million euros", entities) == "Vesuvio Calcio"
    sentence = "Serie A fined Vesuvio Calcio 80,000 euros."
    assert subject(sentence, "80,000 euros", entities) == "Serie A"


def test_the_ends_of_a_route_are_no_subject() -> None:
    entities = [ent("Lyon", "GPE"), ent("Turin", "GPE")]
    sentence = "The tunnel between Lyon and Turin will cost 26 billion euros."
    assert subject(sentence, "26 billion euros", entities) is None
    assert subject("The 900MW wind farm off Lyon will open in 2030.", "900MW", entities) is None
    assert subject("Lyon will spend 2 billion euros on trams.", "2 billion euros", entities) == "Lyon"


def test_a_name_taken_in_with_a_commenters_role_is_a_source() -> None:
    entities = [ent("Economist Dana Pryce of Hollin Partners", "MISC"), ent("Grayfield Bank", count=3)]
    sentence = "Economist Dana Pryce of Hollin Partners said the bank could earn $8bn this year."
    assert subject(sentence, "$8bn", entities, main_org="Grayfield Bank") == "Grayfield Bank"
    entities = [ent("Analytica Partners")]
    sentence = "Analytica Partners said its revenue rose 5% to $300m."
    assert subject(sentence, "$300m", entities, exclude="Analytica Partners") == "Analytica Partners"
