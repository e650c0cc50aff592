"""Entity forms seen in test articles: quantities, organisations by context, streets, split and merged names."""

from __future__ import annotations

from pipeline.stages.entities import extract_entities


def _ents(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in extract_entities(text)}


def _counts(text: str) -> dict[str, int]:
    return {e["text"]: e["count"] for e in extract_entities(text)}


# 1. units, currencies and prices


def test_number_glued_to_a_unit_is_no_product() -> None:
    ents = _ents("The Corvane Z4 server ships with 64GB of memory, a 4TB drive and a 2,600W power supply.")
    assert not {"64GB", "4TB", "600W", "2,600W"} & set(ents)
    assert not any("GB" in name or "TB" in name for name in ents)


def test_model_name_with_digits_stays_a_product() -> None:
    assert _ents("The Corvane Z4 server went on sale on Tuesday.").get("Corvane Z4") == "PRODUCT"


def test_unit_or_currency_by_its_amount_is_no_entity() -> None:
    text = (
        "The Halden wind farm, rated at 900 MW, will produce about 3 TWh a year. Lindqvist Kraft paid SEK 4.1bn "
        "for it, while a rival bid of DKK 3.2 billion failed. Tickets cost Rs 250."
    )
    ents = _ents(text)
    assert not {"MW", "TWh", "SEK", "DKK", "Rs"} & set(ents)
    assert ents.get("Lindqvist Kraft") is not None


def test_unit_opening_a_name_is_cut_off() -> None:
    ents = _ents("Work on the 1.2 GW Brakefjord project starts next year.")
    assert "Brakefjord" in ents
    assert not any(name.startswith("GW") for name in ents)


def test_country_letters_before_a_dollar_sign_are_no_place() -> None:
    text = "Revenue rose to US$4.2 billion from US$3.9 billion, and the company paid S$1.1 billion for a rival."
    assert "US" not in _ents(text)


def test_country_named_beside_a_year_stays_a_place() -> None:
    assert _ents("Turnout in the 2024 US election was high.").get("US") == "GPE"


def test_price_after_for_is_no_part_of_a_company_name() -> None:
    ents = _ents("Castlemoor Energy bought the stake from Vigra Power for NOK3.5bn on Friday.")
    assert ents.get("Vigra Power") == "ORG"
    assert not any("NOK" in name for name in ents)


# 2. organisations by their words and their context


def test_trade_word_makes_an_organisation() -> None:
    ents = _ents("Talbot Pharma said its trial failed. Orla Air cancelled 40 flights, and Pinecrest Research agreed.")
    assert ents.get("Talbot Pharma") == "ORG"
    assert ents.get("Orla Air") == "ORG"
    assert ents.get("Pinecrest Research") == "ORG"


def test_person_with_a_first_name_stays_a_person() -> None:
    assert _ents("Sarah Connolly said the plan was sound.").get("Sarah Connolly") == "PERSON"


def test_institute_for_is_an_organisation() -> None:
    text = "A study by the Bergen Institute for Ocean Research found the water had warmed."
    assert _ents(text).get("Bergen Institute for Ocean Research") == "ORG"


def test_party_cues_make_an_organisation() -> None:
    text = (
        "Plaid Voice won 12 seats in the assembly. Nova Gael, the party of the outgoing first minister, "
        "lost four."
    )
    ents = _ents(text)
    assert ents.get("Plaid Voice") == "ORG"
    assert ents.get("Nova Gael") == "ORG"


def test_person_who_wins_a_seat_stays_a_person() -> None:
    assert _ents("Martin Keane won the seat by 300 votes.").get("Martin Keane") == "PERSON"


def test_company_results_make_an_organisation() -> None:
    text = "Shares of Brightwell fell 4%. Tallyo reported third-quarter revenue of $2.1 billion."
    ents = _ents(text)
    assert ents.get("Brightwell") == "ORG"
    assert ents.get("Tallyo") == "ORG"


def test_legal_form_is_folded_into_the_company() -> None:
    text = "Tallyo Inc said on Monday it would cut prices. Tallyo will also add more films, analysts said."
    ents, counts = _ents(text), _counts(text)
    assert ents.get("Tallyo") == "ORG" and counts["Tallyo"] == 2
    assert "Tallyo Inc" not in ents


def test_legal_form_of_a_company_named_after_a_person_is_kept() -> None:
    text = "Maria Duarte Ltd was fined. Maria Duarte said she would appeal."
    assert "Maria Duarte Ltd" in _ents(text)


def test_short_name_of_a_company_is_that_company() -> None:
    text = "Harrowgate Energy agreed to buy the field. The deal gives Harrowgate a bigger share of the market."
    counts = _counts(text)
    assert counts.get("Harrowgate Energy") == 2
    assert "Harrowgate" not in counts


def test_known_name_is_not_folded_into_a_longer_one() -> None:
    ents = _ents("Sony Pictures released the film. Sony said sales were strong.")
    assert ents.get("Sony") == "ORG" and ents.get("Sony Pictures") == "ORG"


# 3. places


def test_street_and_ground_names_are_places() -> None:
    text = "Fans queued outside Willow Lane before kick-off. The march went down Carver Street to Kingsgate Stadium."
    ents = _ents(text)
    assert ents.get("Willow Lane") == "LOC"
    assert ents.get("Carver Street") == "LOC"
    assert ents.get("Kingsgate Stadium") == "LOC"


def test_person_whose_surname_is_a_street_word_stays_a_person() -> None:
    assert _ents("The musical stars Nathan Lane and opens in May.").get("Nathan Lane") == "PERSON"


def test_town_in_a_pair_is_no_club() -> None:
    ents = _ents("Trains between Leeds and Dundee are expected to take four hours.")
    assert ents.get("Dundee") == "GPE"


def test_club_in_a_pair_of_clubs_stays_a_club() -> None:
    assert _ents("Everton and Liverpool are both chasing the striker.").get("Liverpool") == "ORG"


def test_where_someone_lives_is_a_place() -> None:
    assert _ents("Vance, who lives in Carmel with her family, declined to comment.").get("Carmel") == "GPE"


# 4. spans merged or split


def test_person_of_an_organisation_are_two_names() -> None:
    text = (
        "Analyst Marta Kowalski of Linden Research said the results were weak. "
        "Marta Kowalski of Uppsala University agreed."
    )
    ents = _ents(text)
    assert ents.get("Marta Kowalski") == "PERSON"
    assert ents.get("Linden Research") == "ORG"
    assert ents.get("Uppsala University") == "ORG"


def test_name_with_of_and_no_person_stays_whole() -> None:
    ents = _ents("The Bank of Canada kept rates on hold.")
    assert ents.get("Bank of Canada") == "ORG"


def test_surname_after_person_of_organisation_is_linked() -> None:
    text = "Niamh Brennan of University College Cork said turnout fell. Brennan said it would recover."
    counts = _counts(text)
    assert counts.get("Niamh Brennan") == 2
    assert _ents(text).get("University College Cork") == "ORG"


def test_role_before_a_name_is_cut() -> None:
    ents = _ents("Taoiseach Ciara Dunne met unions on Monday.")
    assert ents.get("Ciara Dunne") == "PERSON"
    assert "Taoiseach Ciara Dunne" not in ents


def test_company_before_a_long_role_is_the_organisation() -> None:
    ents = _ents("Vigra Chief Financial Officer Astrid Moen said the sale would close in March.")
    assert ents.get("Vigra") == "ORG"
    assert ents.get("Astrid Moen") == "PERSON"
    assert "Vigra Chief Financial" not in ents


def test_office_of_x_and_y_is_one_name() -> None:
    ents = _ents("A ruling by the Office of Water and Power is due next week.")
    assert ents.get("Office of Water and Power") == "ORG"


def test_two_offices_joined_by_and_stay_two() -> None:
    ents = _ents("The Cabinet Office and Treasury said no.")
    assert "Cabinet Office and Treasury" not in ents


def test_spelled_out_name_with_a_lower_case_word_is_one_organisation() -> None:
    text = (
        "Approval came from the Fisheries and Coastal waters Management Authority (FCMA) on Monday. "
        "The FCMA said quotas would rise."
    )
    ents, counts = _ents(text), _counts(text)
    name = "Fisheries and Coastal waters Management Authority"
    assert ents.get(name) == "ORG" and counts[name] == 3  # the name, its acronym in brackets and alone
    assert "Management Authority" not in ents


def test_lower_case_words_before_an_acronym_stay_common() -> None:
    assert "HDTV" not in {k for k, v in _ents("Sales of high-definition TV (HDTV) sets rose.").items() if v == "ORG"}


def test_place_before_based_is_a_place() -> None:
    assert _ents("A South Dakota-based lender said it would close.").get("South Dakota") == "GPE"


# 5. words that name nothing


def test_plural_common_noun_opening_a_sentence_is_no_name() -> None:
    text = "Campaigners said the plan was too timid.\n\nSupporters: Volunteers may join the march.\n\nHome | Archives"
    ents = _ents(text)
    assert not {"Campaigners", "Volunteers", "Archives"} & set(ents)


def test_rare_name_opening_a_sentence_is_kept() -> None:
    assert "Orvexa" in _ents("Orvexa said on Monday it would cut 200 jobs.")


def test_street_word_alone_is_no_name() -> None:
    assert "Street" not in _ents("The results were what the Street had expected.")


def test_party_finishing_with_seats_is_an_organisation() -> None:
    assert _ents("Nova Gael finished third with 31 seats.").get("Nova Gael") == "ORG"


def test_person_saying_seats_changed_hands_stays_a_person() -> None:
    assert _ents("Martin Keane said 36 seats changed hands.").get("Martin Keane") == "PERSON"


# datelines


def test_dateline_of_two_cities_names_both() -> None:
    text = "HELSINKI/STOCKHOLM, May 4 (Nordic Wire) - Castlemoor Energy agreed to buy a stake in the field."
    ents = _ents(text)
    assert ents.get("Helsinki") == "GPE"
    assert ents.get("Stockholm") == "GPE"
    assert ents.get("Nordic Wire") == "ORG"


def test_two_broadcasters_before_a_dash_are_no_dateline() -> None:
    ents = _ents("BBC/ITV - the schedules for Christmas Day")
    assert ents.get("BBC") == "ORG" and ents.get("ITV") == "ORG"
