"""Entity spans and labels, and quote speakers: role words glued to names, organisations and places mislabelled,
split names, a description's appositive name and unnamed speakers cut short."""

import pytest

from pipeline.stages.entities import extract_entities
from pipeline.stages.quotes import extract_quotes


def _labels(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in extract_entities(text)}


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a descriptor glued with hyphens before the name
        ("Father-of-three Tomasz Nowak said he had queued since dawn.", "Tomasz Nowak", "PERSON"),
        ("The prize went to Award-winning Imelda Carr on Friday.", "Imelda Carr", "PERSON"),
        # a role noun opening a sentence
        (
            "Ticket sales were strong.\n\nDistributor Northgate Pictures said the film made $4m.",
            "Northgate Pictures",
            "ORG",
        ),
        (
            "The tour was delayed.\n\nPromoter Harbour Nights Live said refunds would follow.",
            "Harbour Nights Live",
            "ORG",
        ),
    ],
)
def test_role_and_descriptor_words_are_cut_from_the_name(text: str, name: str, label: str) -> None:
    labels = _labels(text)
    assert labels.get(name) == label
    assert not any(other.endswith(" " + name) for other in labels)


def test_hyphenated_names_and_organisations_named_with_a_role_word_stay_whole() -> None:
    assert _labels("Rolls-Royce Holdings shares fell 3% on Monday.").get("Rolls-Royce Holdings") == "ORG"
    assert "Star Alliance" in _labels("The airline quit the group.\n\nStar Alliance members were told on Monday.")


def test_a_competitor_of_a_country_is_a_person_and_the_country_a_place() -> None:
    labels = _labels("The title went to Bekele Tadesse of Kenya, who led from the 30km mark.")
    assert labels.get("Bekele Tadesse") == "PERSON"
    assert labels.get("Kenya") == "GPE"


def test_names_of_a_bank_or_a_duchy_of_a_country_stay_whole() -> None:
    labels = _labels("Shares in the Royal Bank of Scotland rose, and the Grand Duchy of Luxembourg issued bonds.")
    assert labels.get("Royal Bank of Scotland") == "ORG"
    assert "Grand Duchy of Luxembourg" in labels


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Tickets for the shows were sold by Harbour Nights Live, which said demand was high.",
            "Harbour Nights Live",
            "ORG",
        ),
        ("Fans queued outside the Marek Nowak Arena for hours.", "Marek Nowak Arena", "LOC"),
        ("Ostrava Analytics said the merger would close in May.", "Ostrava Analytics", "ORG"),
        ("Heritage Ireland closed the castle, and Velora UK said it would recall the cars.", "Heritage Ireland", "ORG"),
        ("Heritage Ireland closed the castle, and Velora UK said it would recall the cars.", "Velora UK", "ORG"),
        ("World Sailing confirmed the new rules on Monday.", "World Sailing", "ORG"),
    ],
)
def test_organisations_and_venues_are_not_people(text: str, name: str, label: str) -> None:
    assert _labels(text).get(name) == label


def test_a_person_named_hall_and_a_region_of_a_country_are_not_organisations() -> None:
    labels = _labels("Jerry Hall said she would visit Western Australia and Southern Ireland next year.")
    assert labels.get("Jerry Hall") == "PERSON"
    assert labels.get("Western Australia") != "ORG"
    assert labels.get("World Bank", "ORG") == "ORG"


def test_a_date_word_and_the_before_a_name_are_no_part_of_it() -> None:
    labels = _labels("Growth slowed. In May the Commission had forecast 1.2%. What the Commission said next mattered.")
    assert not any(name.startswith(("May ", "What ")) for name in labels)
    assert _labels("World Bank economists cut their forecast.").get("World Bank") == "ORG"


def test_the_office_before_a_ministers_name_is_no_part_of_it() -> None:
    labels = _labels("Minister for Health Siobhan Kearney said the plan was funded.")
    assert labels.get("Siobhan Kearney") == "PERSON"
    assert "Health Siobhan Kearney" not in labels


def test_a_currency_prefix_and_a_temperature_unit_are_no_names() -> None:
    labels = _labels("The United States US$2 million grant arrived as it hit 41 degrees Celsius in the valley.")
    assert labels.get("US") == "GPE"
    assert not any("US" in name and name != "US" for name in labels)
    assert "Celsius" not in labels


def test_unknown_towns_are_places_by_the_words_around_them() -> None:
    labels = _labels(
        "Crews reached the village of Llanbrynmair at dawn. Smoke drifted over Tarn Hollow, Manitoba, and "
        "Kestrick, Montana. The camp near Ollagua was closed."
    )
    assert labels.get("Llanbrynmair") == "GPE"
    assert labels.get("Tarn Hollow") == "GPE"
    assert labels.get("Kestrick") == "GPE"
    assert labels.get("Ollagua") == "GPE"


def test_a_person_before_a_state_possessive_stays_a_person() -> None:
    assert _labels("Dana Whitcombe, Texas's solicitor general, filed the brief.").get("Dana Whitcombe") == "PERSON"


def test_a_law_title_with_commas_is_one_name() -> None:
    labels = _labels("Landlords must comply with the Renters, Landlords and Tenants Act 2025 from June.")
    assert "Renters, Landlords and Tenants Act 2025" in labels
    assert "Renters" not in labels and "Tenants Act" not in labels


def test_two_people_joined_by_and_bill_are_no_law() -> None:
    labels = _labels("Anna Lee and Bill Jones met the board on Monday.")
    assert labels.get("Anna Lee") == "PERSON"
    assert labels.get("Bill Jones") == "PERSON"


def test_a_descriptions_appositive_name_is_the_speaker() -> None:
    text = 'Their Labour counterpart, Owen Pryce, said the plan was "a giveaway to the wealthiest households".'
    assert _speakers(text) == ["Owen Pryce"]
    text = 'Owen Pryce, their Labour counterpart, said the plan was "a giveaway to the wealthiest households".'
    assert _speakers(text) == ["Owen Pryce"]


def test_an_unnamed_speaker_keeps_the_name_inside_the_description() -> None:
    text = '"We were never consulted about any of it," said one senior Arkwell executive, speaking privately.'
    assert _speakers(text) == ["one senior Arkwell executive"]
    text = '"We are reviewing the letter," said a spokesman Tuesday night.'
    assert _speakers(text) == ["a spokesman"]


def test_a_first_name_written_without_its_accent_is_still_a_first_name() -> None:
    labels = _labels("Joaquim Peres, a director at the consumer group, said buyers were let down. Rocio Lobo agreed.")
    assert labels.get("Rocio Lobo") == "PERSON"
    assert _labels("Fans flew from Nice to Lyon.").get("Nice") != "PERSON"


def test_a_currency_code_is_no_organisation() -> None:
    labels = _labels("Sterling rose against the USD on Friday, while the IMF and the BBC reported the move.")
    assert "USD" not in labels
    assert labels.get("IMF") == "ORG"
