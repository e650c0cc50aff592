"""Quote speakers with a role and a particle name after "said", an unnamed speaker with a relative clause, a name
opening with a preposition, a continuation after the first quotation's own attribution; entity labels for ships,
product models, "&" inside names, a person's employer after "of", town prefixes, a city after "in" and common
words that are also first names opening a sentence."""

from pipeline.stages.entities import extract_entities
from pipeline.stages.quotes import extract_quotes


def _labels(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in extract_entities(text)}


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


# --- quotes ----------------------------------------------------------------------------------------------------


def test_role_then_name_with_particle_after_said() -> None:
    text = (
        '"The hull is holding, but we have perhaps three days of calm weather left," said chief engineer Marten de '
        'Vries of Harbour Towage. "After that it is anyone\'s guess."'
    )
    assert _speakers(text) == ["Marten de Vries", "Marten de Vries"]


def test_role_then_name_without_particle_still_read() -> None:
    text = '"We expect the line to reopen by the weekend," said operations director Carla Mendes of Northline.'
    assert _speakers(text) == ["Carla Mendes"]


def test_unnamed_speaker_with_relative_clause() -> None:
    text = (
        '"Nobody has been paid for six weeks and the canteen has closed," one warehouse supervisor, who did not '
        "want to be identified, told reporters."
    )
    assert _speakers(text) == ["one warehouse supervisor"]


def test_named_speaker_with_appositive_unchanged() -> None:
    text = '"The figures speak for themselves," Hannah Greer, the council leader, said.'
    assert _speakers(text) == ["Hannah Greer"]


def test_surname_speaker_not_given_a_sentence_opening_preposition() -> None:
    text = (
        "For Tomas Okafor, who has run the bakery on Mill Road since 1998, the rent rise came as a shock.\n\n"
        '"I do not know how long we can keep the doors open after this," Mr Okafor said.'
    )
    assert _speakers(text) == ["Tomas Okafor"]


def test_continuation_after_unnamed_attribution_naming_a_person() -> None:
    text = (
        'Staff on the ward were exhausted. "We have not had a full shift in weeks," said a nurse who works '
        'alongside Dr Amy Chen. "Something has to give before the winter."'
    )
    assert _speakers(text) == ["a nurse", "a nurse"]


def test_continuation_after_narration_naming_someone_else_unchanged() -> None:
    text = (
        '"We will appeal," said the club\'s lawyer, Dana Whitcombe. Chairman Robert Ellery later met the players. '
        '"I told them the truth about where we stand."'
    )
    assert _speakers(text)[-1] == "Robert Ellery"


# --- entities --------------------------------------------------------------------------------------------------


def test_ship_after_vessel_word_is_a_product_also_when_named_alone() -> None:
    labels = _labels(
        "Coastguards said the freighter Lena Holt lost power in heavy seas on Sunday. Lena Holt was carrying "
        "timber from Riga, and tugs reached the vessel by nightfall."
    )
    assert labels["Lena Holt"] == "PRODUCT"


def test_person_near_a_vessel_word_not_a_product() -> None:
    labels = _labels("Lena Holt, a deckhand on the ferry, said the crossing was rough. The ferry Estonia sank.")
    assert labels["Lena Holt"] == "PERSON"
    assert labels["Estonia"] == "GPE"


def test_product_model_with_digits_not_a_person() -> None:
    labels = _labels("The Vera S9 goes on sale on Friday, and the Vera S9 Max follows in March.")
    assert labels["Vera S9"] == "PRODUCT"
    assert labels["Vera S9 Max"] == "PRODUCT"


def test_bare_model_code_folds_into_its_product() -> None:
    entities = extract_entities("The Vera S9 goes on sale on Friday. Reviewers said the S9 was the fastest yet.")
    assert [(e["text"], e["label"], e["count"]) for e in entities] == [("Vera S9", "PRODUCT", 2)]


def test_ampersand_inside_a_longer_name_kept_whole() -> None:
    labels = _labels("The claim will be handled by the Baltic P&I Association, the ship's insurer.")
    assert labels.get("Baltic P&I Association") == "ORG"


def test_ampersand_word_alone_is_no_entity() -> None:
    assert _labels("Firms cut their R&D budgets last year.") == {}


def test_person_of_organisation_with_particle_split() -> None:
    labels = _labels("The survey was led by marine biologist Anna de Groot of Coastwise Survey last spring.")
    assert labels.get("Anna de Groot") == "PERSON"
    assert labels.get("Coastwise Survey") == "ORG"
    assert "Anna de Groot of Coastwise Survey" not in labels


def test_town_prefix_names_a_place() -> None:
    labels = _labels("Fishermen in Puerto Lindo said the catch had halved, and a trader at a San Isidro market agreed.")
    assert labels.get("Puerto Lindo") == "GPE"
    assert labels.get("San Isidro") == "GPE"


def test_city_after_in_is_no_club() -> None:
    assert _labels("Tenants in Leeds are now paying a fifth more than in 2020.")["Leeds"] == "GPE"
    assert _labels("Leeds are unbeaten in six games.")["Leeds"] == "ORG"


def test_common_word_first_name_opening_a_sentence_is_no_entity() -> None:
    labels = _labels("Patience is wearing thin among commuters. Can the operator fix the timetable by spring?")
    assert "Patience" not in labels
    assert "Can" not in labels


def test_first_name_opening_a_sentence_kept_as_a_speaker_or_in_a_name() -> None:
    assert "Grace" in _labels("Grace, 34, said the new fares were unfair.")
    assert _labels("Grace Mbeki chairs the board. Grace was elected in 2019.") == {"Grace Mbeki": "PERSON"}


def test_it_in_capitals_is_no_organisation() -> None:
    assert "IT" not in _labels("The council's IT budget was cut by 8% in real terms.")


def test_ship_after_compound_vessel_word() -> None:
    assert _labels("Salvors reached the supertanker Mira Dawn on Monday.")["Mira Dawn"] == "PRODUCT"
