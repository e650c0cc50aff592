"""Subjects by position: a route's places, a body that reports or estimates, list items paired by "on" or "at",
untyped names in apposition or opening the sentence, the recipient of what is handed over."""

from __future__ import annotations

from pipeline.claims.subjects import find_subject


def _subject(sentence: str, figure: str, entities: list[tuple[str, str]], **kw: object) -> str | None:
    ents = tuple({"text": t, "label": label, "count": 1} for t, label in entities)
    return find_subject(sentence, sentence.index(figure), ents, **kw)


# --- where a route starts, passes or ends ---------------------------------------------------------------------


def test_places_of_a_route_are_no_subject() -> None:
    sentence = "The ferry, sailing from Hull to Rotterdam overnight, had 412 passengers on board."
    assert _subject(sentence, "412", [("Hull", "GPE"), ("Rotterdam", "GPE")]) is None
    sentence = "Spot rates for shipping a tonne of grain from Brazil to southern China climbed 22% in March."
    assert _subject(sentence, "22%", [("Brazil", "GPE"), ("China", "GPE")]) is None


def test_place_a_route_passes_is_no_subject() -> None:
    sentence = "The carrier has rerouted 31 tankers around South America since the drought began."
    assert _subject(sentence, "31", [("South America", "LOC")]) is None


def test_place_someone_comes_from_after_the_figure_is_no_subject() -> None:
    sentence = "Three climbers, two students and a guide from Chamonix, were rescued on Sunday."
    assert _subject(sentence, "Three", [("Chamonix", "GPE")]) is None


def test_origin_of_a_measured_flow_stays() -> None:
    sentence = "Imports from Vietnam rose 6.2% in the quarter."
    assert _subject(sentence, "6.2%", [("Vietnam", "GPE")]) == "Vietnam"


# --- a body that reports on events or estimates others' figures -------------------------------------------------


def test_investigating_board_reporting_a_figure_is_no_subject() -> None:
    sentence = "The Marine Accident Investigation Board said the trawler sank in under 40 seconds."
    assert _subject(sentence, "40 seconds", [("Marine Accident Investigation Board", "ORG")]) is None


def test_board_speaking_of_itself_stays() -> None:
    sentence = "The Marine Accident Investigation Board said it had opened 14 inquiries this year."
    assert _subject(sentence, "14", [("Marine Accident Investigation Board", "ORG")]) == (
        "Marine Accident Investigation Board"
    )


def test_body_estimating_others_losses_is_no_subject() -> None:
    sentence = "Consultancy Karsten Analytics estimated that farmers' losses could top €600m."
    assert _subject(sentence, "€600m", [("Karsten Analytics", "ORG")]) is None


def test_company_estimating_its_own_costs_stays() -> None:
    sentence = "Velmora estimated that the recall would cost it about $75m."
    assert _subject(sentence, "$75m", [("Velmora", "ORG")]) == "Velmora"


def test_company_reporting_its_own_figure_stays() -> None:
    sentence = "Velmora said quarterly revenue rose 8% to $1.2bn."
    assert _subject(sentence, "8%", [("Velmora", "ORG")]) == "Velmora"


# --- list items paired with their figure by "on" or "at" -------------------------------------------------------


def test_each_list_item_on_a_figure_is_its_own() -> None:
    sentence = "Labour is on 31% and the Free Democrats on 8%, with smaller parties on a combined 6%."
    entities = [("Labour", "ORG"), ("Free Democrats", "ORG")]
    assert _subject(sentence, "31%", entities) == "Labour"
    assert _subject(sentence, "8%", entities) == "Free Democrats"


def test_poll_putting_a_party_on_a_figure_is_about_the_party() -> None:
    sentence = "A new Harcourt Polling survey has the Centre Alliance on 27 per cent."
    entities = [("Harcourt Polling", "ORG"), ("Centre Alliance", "ORG")]
    assert _subject(sentence, "27 per cent", entities) == "Centre Alliance"


def test_untyped_name_on_a_spelled_figure_is_its_own() -> None:
    sentence = "The Farmers' League, which campaigned hard, is on 12%, ahead of the Unity Movement on six per cent."
    entities = [("Farmers' League", "ORG"), ("Unity Movement", "MISC")]
    assert _subject(sentence, "six per cent", entities) == "Unity Movement"


def test_place_something_went_into_on_a_figure_is_no_pair() -> None:
    sentence = "Slurry leaked into the River Wenning on 11 occasions last year."
    assert _subject(sentence, "11", [("River Wenning", "LOC")]) is None


# --- untyped names in a subject's position ---------------------------------------------------------------------


def test_untyped_name_opening_the_sentence_before_a_relative_clause_is_the_subject() -> None:
    sentence = "The Unity Movement, which took 11 percent in 2021, now polls at seven percent."
    entities = [("Unity Movement", "MISC")]
    assert _subject(sentence, "11 percent", entities, main_org="Civic Party") == "Unity Movement"
    assert _subject(sentence, "seven percent", entities, main_org="Civic Party") == "Unity Movement"


def test_untyped_name_in_apposition_before_its_verb_beats_the_owning_place() -> None:
    sentence = "Denmark's state pension scheme, Folkepension Samlet, lost 4.1 percent last year."
    entities = [("Denmark", "GPE"), ("Folkepension Samlet", "MISC")]
    assert _subject(sentence, "4.1 percent", entities) == "Folkepension Samlet"


def test_owning_place_stays_without_a_named_appositive() -> None:
    sentence = "Denmark's state pension scheme lost 4.1 percent last year."
    assert _subject(sentence, "4.1 percent", [("Denmark", "GPE")]) == "Denmark"


# --- the recipient of what is handed over ----------------------------------------------------------------------


def test_recipient_of_a_handed_amount_is_no_subject() -> None:
    sentence = "The lottery operator posted record sales, handing Portugal a windfall of nearly €300m."
    assert _subject(sentence, "€300m", [("Portugal", "GPE")]) is None


# --- names after the figure that belong to something else -------------------------------------------------------


def test_name_of_a_restated_amount_is_not_the_first_amounts() -> None:
    sentence = "The special edition sells for €59.99, or £52.99 in Britain."
    assert _subject(sentence, "€59.99", [("Britain", "GPE")]) is None


def test_name_after_the_amount_itself_stays() -> None:
    sentence = "The special edition sells for €59.99 in Germany and £52.99 in Britain."
    assert _subject(sentence, "€59.99", [("Germany", "GPE"), ("Britain", "GPE")]) == "Germany"


def test_name_of_a_part_is_not_the_wholes() -> None:
    sentence = "The driver had completed 640 laps in testing, 210 of them on the Varga X4."
    assert _subject(sentence, "640", [("Varga X4", "PRODUCT")]) is None


def test_what_a_figure_was_spent_on_is_no_subject() -> None:
    sentence = "The pilot had logged 2,300 hours on the Merlo 220 before the crash."
    assert _subject(sentence, "2,300", [("Merlo 220", "PRODUCT")]) is None


# --- a pronoun after a description the main body cannot be ------------------------------------------------------


def test_its_after_a_company_description_is_not_a_public_main_body() -> None:
    sentence = "The carrier's shares lost 9% after the crash, and its insurers could face claims above $300m."
    main = "Maritime Accident Board"
    assert _subject(sentence, "$300m", [], main_org=main) is None
    assert _subject(sentence, "$300m", [], main_org="Lysander Lines") == "Lysander Lines"
