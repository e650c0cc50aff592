"""Quote speakers named in apposition to a description, after a colon paragraph or before "of <Org>", and entity
labels for firms, clubs, agencies, storms and junk words opening sentences."""

import pytest

from pipeline.stages.entities import extract_entities
from pipeline.stages.quotes import extract_quotes


def _labels(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in extract_entities(text)}


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


# --- quotes: the appositive name after a description speaks ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The results were better than we had hoped for," the firm\'s head of research, Dr Ingrid Solberg, '
            "said on Friday.",
            "Ingrid Solberg",
        ),
        (
            '"We will rebuild every one of these homes," said the council\'s housing director, Marcus Oyelaran.',
            "Marcus Oyelaran",
        ),
        (
            "Kestrel Airways' finance director, Harriet Lomax, said the airline would \"not chase market share at "
            'any price".',
            "Harriet Lomax",
        ),
        (
            "The mayor of Port Esk, Colin Abernethy, described the clean-up as \"the biggest job this town has "
            'ever faced".',
            "Colin Abernethy",
        ),
    ],
)
def test_name_in_apposition_to_a_description_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_description_opening_the_next_sentence_is_not_the_attribution() -> None:
    text = (
        'Mr Dalgleish asked: "Would it not be absurd if the rules applied to everyone but the ministers?" '
        "The Liberal Party's transport spokeswoman, Fiona Rendall, said she agreed with the plan."
    )
    assert _speakers(text) == ["Dalgleish"]


def test_description_without_a_name_stays_as_written() -> None:
    text = '"We are reviewing the decision carefully," a spokeswoman for the Water Services Regulator said.'
    assert _speakers(text) == ["a spokeswoman for the Water Services Regulator"]


def test_name_before_an_apposition_with_a_relative_clause_speaks() -> None:
    text = (
        "Ruth Okafor, a solicitor at Denholm Legal, which acted for the families, said the verdict was \"a "
        'vindication of everything they had said".'
    )
    assert _speakers(text) == ["Ruth Okafor"]


def test_name_before_an_unclosed_apposition_speaks() -> None:
    text = (
        "Paolo Ricci, an economist at Brightwater Capital told Bloomberg that while rates could still rise, "
        '"the worst of the inflation is clearly behind us".'
    )
    assert _speakers(text) == ["Paolo Ricci"]


def test_said_far_from_the_quotation_after_that() -> None:
    text = (
        "The coach, Lena Hargreaves, told journalists after the morning training session that her squad was "
        '"ready for the biggest game of their lives".'
    )
    assert _speakers(text) == ["Lena Hargreaves"]


def test_pronoun_after_a_name_far_from_the_quotation_is_not_resolved_to_that_name() -> None:
    text = (
        "Mr Okoye met the delegation on Monday. But speaking beside Mr Brandt he added that the country would "
        'keep "every promise it has made to its neighbours".'
    )
    assert _speakers(text) != ["Brandt"]


# --- quotes: a lead-in paragraph ending in a colon -------------------------------------------------------------


def test_role_and_name_before_a_colon_paragraph() -> None:
    text = (
        "The company issued a statement shortly after noon. Managing director Oliver Trent:\n\n"
        '"We regret the disruption this has caused and we are working to restore services tonight."'
    )
    assert _speakers(text) == ["Oliver Trent"]


def test_unnamed_speaker_before_a_colon_paragraph() -> None:
    text = (
        "A nurse at Northfield General Hospital, who did not want to be identified, said:\n\n"
        '"We have been short of staff every single night for a month now."'
    )
    assert _speakers(text) == ["A nurse at Northfield General Hospital"]


def test_quotation_after_a_paragraph_without_a_colon_gets_no_speaker_from_it() -> None:
    text = (
        "The company issued a statement shortly after noon. Managing director Oliver Trent was at the depot.\n\n"
        '"We regret the disruption this has caused and we are working to restore services tonight."'
    )
    assert _speakers(text) == [None]


def test_pronoun_points_to_an_unnamed_speaker_of_its_paragraph() -> None:
    text = (
        "Gareth Powell, the chief executive, said the plan was sound.\n\n"
        "A driver at the Hanley depot, who asked not to be named, said morale was low. \"We hear about changes from "
        'the radio, never from management," he said.'
    )
    assert _speakers(text) == ["A driver at the Hanley depot"]


def test_pronoun_still_points_to_a_named_person_of_its_paragraph() -> None:
    text = (
        "A driver at the depot said morale was low.\n\n"
        'Union official Gareth Powell said the talks had failed. "We will ballot our members next week," he said.'
    )
    assert _speakers(text)[-1] == "Gareth Powell"


# --- quotes: a role before a name makes a person; names end before "of <Org>"; titles go ----------------------


def test_council_leader_full_name_is_a_person_for_pronouns() -> None:
    text = (
        "Simon Hale, the company's founder, defended the closures.\n\n"
        'Borough council leader Ceinwen Trevaskis called the decision "a body blow for the town".\n\n'
        '"We were given no warning at all," she said.'
    )
    assert _labels(text).get("Ceinwen Trevaskis") == "PERSON"
    assert _speakers(text) == ["Ceinwen Trevaskis", "Ceinwen Trevaskis"]


def test_market_leader_before_a_one_word_name_is_not_a_person() -> None:
    assert _labels("Sales fell at market leader Tesvana last year.").get("Tesvana") != "PERSON"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The checks were never carried out," said Ray Donnelly of the Food Safety and Standards Authority.',
            "Ray Donnelly",
        ),
        (
            '"Crews worked through the night," said Watch Manager Karen Bligh of Avon and Somerset Fire and '
            "Rescue Service.",
            "Karen Bligh",
        ),
        ('Labour TD Siobhan Keogh raised the case. "People are sleeping in cars," Keogh said.', "Siobhan Keogh"),
    ],
)
def test_speaker_name_ends_before_of_org_and_loses_its_rank(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_organisation_of_a_place_keeps_of() -> None:
    text = '"We will appeal," said a spokesman for the University of Northmoor.'
    assert _speakers(text) == ["a spokesman for the University of Northmoor"]


# --- entities -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The brokers Harland & Pike cut their price target on Tuesday.", "Harland & Pike", "ORG"),
        ("He joined from Real Valdera last summer for a club record fee.", "Real Valdera", "ORG"),
        ("The midfielder signed from Atlético Montaro in January.", "Atlético Montaro", "ORG"),
        ("Real Valdera had two bids rejected before the deadline.", "Real Valdera", "ORG"),
        ("They face a friendly against Dunmore City on 3 August.", "Dunmore City", "ORG"),
        ("Volunteers from the Red Cross handed out blankets.", "Red Cross", "ORG"),
        ("Power cuts were reported, and Eastern Grid said supplies were back.", "Eastern Grid", "ORG"),
        ("Warnings were issued by Natural Heritage Scotland overnight.", "Natural Heritage Scotland", "ORG"),
        ("The Scottish Government said it would help.", "Scottish Government", "ORG"),
        ("The Information Commissioner's Office opened an inquiry.", "Information Commissioner's Office", "ORG"),
        ("Two patients were taken to St Brendan's General Hospital.", "St Brendan's General Hospital", "ORG"),
        ("Roads were closed by Dyfed and Powys Police overnight.", "Dyfed and Powys Police", "ORG"),
        ("The cause was disputed by the United Rail Workers on Friday.", "United Rail Workers", "ORG"),
        ("Storm Ingrid brought gusts of 90mph to the coast.", "Storm Ingrid", "EVENT"),
        ("Damage from Hurricane Delphine ran into billions.", "Hurricane Delphine", "EVENT"),
    ],
)
def test_organisation_and_event_names(text: str, name: str, label: str) -> None:
    assert _labels(text).get(name) == label


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Residents of Dunmore City complained about the smell.", "Dunmore City", "MISC"),  # no club cue
        ("Ingrid Solberg said the storm had passed.", "Ingrid Solberg", "PERSON"),
        ("Sam Rivers and Pat Hale said the plan was sound.", "Sam Rivers", "PERSON"),
        ("Joanna Reyes of Harbour Town Council said.", "Harbour Town Council", "ORG"),
    ],
)
def test_near_misses_keep_their_labels(text: str, name: str, label: str) -> None:
    assert _labels(text).get(name) == label


def test_short_forms_fold_into_the_storm_and_the_company() -> None:
    text = (
        "Storm Ingrid reached the coast on Sunday. Ingrid brought down trees across the county.\n\n"
        "The drug was developed by Corvane Therapeutics. Corvane expects a decision next year."
    )
    ents = {e["text"]: (e["label"], e["count"]) for e in extract_entities(text)}
    assert ents.get("Storm Ingrid") == ("EVENT", 2)
    assert ents.get("Corvane Therapeutics") == ("ORG", 2)
    assert "Ingrid" not in ents and "Corvane" not in ents


@pytest.mark.parametrize(
    "text",
    [
        "Nine men were rescued on Thursday.",
        "Rescuers reached the trapped miners at dawn.",
        "Forecasters expect more rain on Tuesday.",
        "Pollsters had the two parties level.",
        "Federal inspectors visited the site twice.",
        "Output in July-September rose by 0.4%.",
        "Shares were down 2% at 09:05 CET and recovered by 2:30 pm ET.",
    ],
)
def test_sentence_words_counts_and_time_zones_are_no_entities(text: str) -> None:
    assert extract_entities(text) == []


def test_a_capitalised_channel_name_mid_sentence_stays() -> None:
    assert "Five" in _labels("The series moved from ITV to Five last year.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Flooding hit Lydbrook, Cinderford and Coleford overnight.", "Lydbrook"),
        ("The storm hit Cinderford hardest.", "Cinderford"),
    ],
)
def test_places_after_the_verb_hit_are_no_works(text: str, name: str) -> None:
    assert _labels(text).get(name) != "WORK"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The band closed with their 1980s hit Paper Lanterns.", "Paper Lanterns"),
        ("It was the animated hit Moss Hollow that topped the chart.", "Moss Hollow"),
    ],
)
def test_titles_after_the_noun_hit_stay_works(text: str, name: str) -> None:
    assert _labels(text).get(name) == "WORK"
