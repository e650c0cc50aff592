"""The subject rules that generalise what the claim-fields benchmark showed (``bench_claim_fields.py``, dev split).

Every sentence is written for the test (no corpus text): each states one principle of how news names what a figure
is about. ``find_subject`` is tested directly where the rule lives there, ``extract_claims`` where it needs the
whole article (entity clean-up, titled names, fullest forms, the article's main organisation and person).
"""

from __future__ import annotations

from pipeline.claims.metrics import find_metric
from pipeline.claims.subjects import find_subject, main_organisation
from tests.claims.reading import claims_of, field


def subject_in(sentence: str, surface: str, entities: list[dict], **kwargs: str | None) -> str | None:
    return find_subject(sentence, sentence.index(surface), tuple(entities), **kwargs)


def ent(text: str, label: str, count: int = 1) -> dict:
    return {"text": text, "label": label, "count": count}


# --- find_subject ---------------------------------------------------------------------------------------------


def test_a_nationality_adjective_is_no_subject() -> None:
    sentence = "Fishing gives work to 3 million people along the Andean coast."
    assert subject_in(sentence, "3 million", [ent("Andean", "NORP", 2)]) is None


def test_the_owner_of_the_source_is_what_the_figure_is_about() -> None:
    # "X's Prime Minister Y has estimated ...": Y is the source, X what the estimate is about
    sentence = "Peru's Finance Minister Carla Ruiz has estimated the damage at $300m."
    entities = [ent("Peru", "GPE"), ent("Carla Ruiz", "PERSON")]
    source = "Peru's Finance Minister Carla Ruiz"
    assert subject_in(sentence, "$300m", [entities[0]], exclude=source) == "Peru"


def test_an_adjective_giant_refers_to_no_company() -> None:
    sentence = "Several of the 8 towns struck by the giant storm lost power."
    assert subject_in(sentence, "8", [], main_org="Volta Energy") is None
    assert subject_in("Sales fell 3%, the giant said.", "3%", [], main_org="Volta Energy") == "Volta Energy"


def test_an_untyped_name_counts_only_before_a_verb() -> None:
    # MISC holds missed organisations ("Zentrox claimed") as well as adjectives and titles ("Olympic team")
    claimed = "In its filing Zentrox claimed it had assets of less than $5m."
    assert subject_in(claimed, "$5m", [ent("Zentrox", "MISC", 4), ent("Orbital", "ORG", 5)]) == "Zentrox"
    assert subject_in("The Olympic squad has 40 members.", "40", [ent("Olympic", "MISC", 3)]) is None
    # after the figure, an untyped name is as often a source or a title: a typed one after it wins
    sentence = "Ghana said up to 900 boats were lost, Radio Accra reported."
    entities = [ent("Radio Accra", "MISC", 2), ent("Ghana", "GPE", 2)]
    assert subject_in(sentence, "900", entities, exclude="Ghana") == "Ghana"


def test_a_possessive_pronoun_is_no_clause_subject() -> None:
    # "In its filing X listed ... but debts of $5m": X, not what "its" refers to
    sentence = "In its filing Zed Corp listed few assets but debts of more than $5m."
    assert subject_in(sentence, "$5m", [ent("Zed Corp", "ORG")], main_org="Big Bank") == "Zed Corp"


def test_a_pronoun_before_the_first_name_is_the_subject() -> None:
    sentence = "He died at the Ritz Hotel, just 9 days after the vote."
    entities = [ent("Ritz Hotel", "ORG")]
    assert subject_in(sentence, "9 days", entities, main_person="Omar Diallo") == "Omar Diallo"


def test_the_longest_name_at_a_place_is_the_mention() -> None:
    sentence = "The Green Party received £1m last year."
    entities = [ent("Green", "ORG", 3), ent("Green Party", "ORG", 2)]
    assert subject_in(sentence, "£1m", entities) == "Green Party"


def test_a_possessive_person_pronoun_names_the_owner() -> None:
    sentence = "Mr Ode said during his 15 years at the bank he saw many crises."
    assert subject_in(sentence, "15 years", [ent("Mr Ode", "PERSON")], main_person="Tom Ode") == "Tom Ode"


def test_the_agent_of_an_object_relative_clause() -> None:
    sentence = "The firm owes $9m, including the $4m that Acme is claiming in court."
    entities = [ent("Acme", "ORG")]
    assert subject_in(sentence, "$4m", entities, main_org="Bolt Ltd") == "Acme"


def test_a_threshold_that_defines_a_group_has_no_subject() -> None:
    sentence = "Greenleaf wants a 45% rate for those earning more than £150,000."
    entities = [ent("Greenleaf", "ORG", 3)]
    assert subject_in(sentence, "£150,000", entities) is None
    assert subject_in(sentence, "45%", entities) == "Greenleaf"
    assert subject_in("It would tax incomes over $90,000 at 40%.", "$90,000", [], main_org="Greenleaf") is None


def test_party_descriptions_and_recipients() -> None:
    # "the party's candidates": the party owns them; "a gift to the party": the party only receives it
    assert subject_in("Some 30% of the party's candidates are women.", "30%", [], main_org="Greens") == "Greens"
    assert subject_in("The donation follows a £2m gift to the party.", "£2m", [], main_org="Greens") is None


# --- main organisation ----------------------------------------------------------------------------------------


def test_the_main_organisation_is_the_leads_actor() -> None:
    text = "The Green Party launched its plan on Monday. Labour attacked it. Labour said so. Labour laughed."
    entities = [ent("Green Party", "ORG", 1), ent("Labour", "ORG", 3)]
    assert main_organisation(entities, text, text.index(".") + 1) == "Green Party"
    # a name after a preposition in the lead is a place or an object, not the story's actor
    text = "Campaigners went to the High Court over the runway. Skyport said it would fight. Skyport won."
    entities = [ent("High Court", "ORG", 1), ent("Skyport", "ORG", 2)]
    assert main_organisation(entities, text, text.index(".") + 1) == "Skyport"


def test_no_main_organisation_among_names_seen_once() -> None:
    entities = [ent("Red Cross", "ORG"), ent("Ocean Fund", "ORG"), ent("Port Board", "ORG")]
    assert main_organisation(entities) is None
    assert main_organisation([ent("Red Cross", "ORG")]) == "Red Cross"  # the only one is unambiguous


# --- whole articles -------------------------------------------------------------------------------------------


def test_a_titled_surname_is_the_person() -> None:
    text = "Anna Berg founded the bakery chain. Later Dr Berg sold a 10% stake to Orbis."
    claims = claims_of(text, [ent("Anna Berg", "PERSON"), ent("Orbis", "ORG")])
    assert field(claims, "10%", "subject") == "Anna Berg"


def test_a_titled_surname_shared_by_two_people_is_the_one_named_most() -> None:
    text = (
        "Sam Reed runs the mailing firm. Sam Reed was sued. Sam Reed filed for bankruptcy. "
        "His brother Lee Reed is its lawyer. In 2003 Mr Reed sent 600 messages a day from his home."
    )
    claims = claims_of(text, [ent("Sam Reed", "PERSON", 3), ent("Lee Reed", "PERSON", 1)])
    assert field(claims, "600 messages a day", "subject") == "Sam Reed"


def test_a_peers_title_is_the_person() -> None:
    text = "Peter Moss led the city council. Lord Moss of Leeds served for 30 years."
    claims = claims_of(text, [ent("Peter Moss", "PERSON", 1), ent("Moss of Leeds", "PERSON", 2)])
    assert field(claims, "30 years", "subject") == "Peter Moss"


def test_an_age_description_names_the_storys_person() -> None:
    text = (
        "Rita Vance won the marathon in Oslo. Rita Vance led from the start. Coach Ben Lott praised the run. "
        "The 29-year-old now holds three national titles."
    )
    claims = claims_of(text, [ent("Rita Vance", "PERSON", 2), ent("Ben Lott", "PERSON", 1)])
    assert field(claims, "29-year-old", "subject") == "Rita Vance"


def test_the_fullest_form_is_never_another_entity_holding_the_name() -> None:
    text = "The Port Authority of Chile runs the docks. For Chile, the figure is just 0.2%."
    claims = claims_of(text, [ent("Chile", "GPE", 2), ent("Port Authority of Chile", "ORG", 1)])
    assert field(claims, "0.2%", "subject") == "Chile"


def test_words_a_tagger_took_in_before_a_name_are_dropped() -> None:
    text = "Apps for the Zoomer are expected to cost £4. About 90 apps for the Zoomer are in the works."
    claims = claims_of(text, [ent("for the Zoomer", "WORK", 2)])
    assert field(claims, "£4", "subject") == "Zoomer"


def test_a_source_is_named_without_role_and_speaks_for_its_owner() -> None:
    text = "Peru's Finance Minister Carla Ruiz has estimated the damage at $300m."
    claims = claims_of(text, [ent("Peru", "GPE"), ent("Carla Ruiz", "PERSON")])
    assert field(claims, "$300m", "attribution") == "Carla Ruiz"
    assert field(claims, "$300m", "subject") == "Peru"


# --- metric ---------------------------------------------------------------------------------------------------


def test_the_money_of_an_order_is_a_deal_value() -> None:
    sentence = "Last month the carrier ordered 12 jets for $700m."
    start = sentence.index("$700m")
    assert find_metric(sentence, start, start + 5, "USD", "=") == "deal_value"
    start = sentence.index("12")
    assert find_metric(sentence, start, start + 2, "count", "=", "jets") == "orders"


def test_it_refers_to_the_organisation_the_sentence_named_last() -> None:
    # "it" after a named actor is that actor; after a name seen only as an object, the article's main organisation
    sentence = "Skyjet added that, to save money, it is delaying 40 new planes."
    assert subject_in(sentence, "40", [ent("Skyjet", "ORG", 2)], main_org="Aerobus") == "Skyjet"
    sentence = "It took the lead from Browsio years ago, and its share has stayed near 90%."
    assert subject_in(sentence, "90%", [ent("Browsio", "ORG", 2)], main_org="Webly") == "Webly"


def test_a_public_body_is_no_company_a_description_stands_for() -> None:
    from pipeline.claims.subjects import find_subject

    sentence = "Water use rose by a sixth, the regional water company said."
    at = sentence.index("a sixth")
    agency = [{"text": "Weather Office", "label": "ORG", "count": 2}]
    assert find_subject(sentence, at, agency, main_org="Weather Office") is None
    firm = [{"text": "Brindle Water", "label": "ORG", "count": 2}]
    assert find_subject(sentence, at, firm, main_org="Brindle Water") == "Brindle Water"


def test_a_place_modifying_the_company_is_no_subject() -> None:
    text = (
        "Corvanta is cutting 2,000 jobs. The Munich- and Austin-based software maker said sales grew 6 per cent to "
        "$4.3bn in the quarter."
    )
    claims = claims_of(text, [ent("Corvanta", "ORG", 2), ent("Munich", "GPE")])
    assert field(claims, "$4.3bn", "subject") == "Corvanta"
    assert field(claims, "6 per cent", "subject") == "Corvanta"


def test_a_wire_agency_in_the_dateline_is_not_the_company() -> None:
    text = (
        "WASHINGTON, March 4 (Halden Wire) - Regulators on Wednesday approved Halbrook Pharmaceuticals' kidney pill. "
        "In Europe, the company has proposed a price of 41,000 euros a year."
    )
    ents = [ent("Halden Wire", "ORG"), ent("Halbrook Pharmaceuticals", "ORG")]
    assert field(claims_of(text, ents), "41,000 euros a year", "subject") == "Halbrook Pharmaceuticals"


def test_the_company_a_regulator_rules_on_is_the_main_organisation() -> None:
    lead = "The U.S. Food and Drug Administration on Wednesday approved Halbrook Pharmaceuticals' pill."
    ents = [ent("U.S. Food and Drug Administration", "ORG"), ent("Halbrook Pharmaceuticals", "ORG")]
    assert main_organisation(ents, lead + " More text.", len(lead)) == "Halbrook Pharmaceuticals"


def test_an_untyped_name_in_the_headline_and_the_lead_is_the_company() -> None:
    text = "Corvanta is shedding close to 2,000 jobs. Analysts at Kellner & Brandt said revenue would reach $4bn."
    ents = [ent("Corvanta", "MISC", 2), ent("Kellner & Brandt", "ORG")]
    lead_end = text.index(".") + 1
    assert main_organisation(ents, text, lead_end, "Corvanta axes nearly 2,000 staff") == "Corvanta"
