"""Session 15: names opening with a non-ASCII capital, organisations named after the word for them, numbers with a
scale letter, and quote speakers (coordinated verbs after an apposition, plural roles, the reporter's own clause,
"She added" after an unnamed speaker, a pronoun in a paragraph that introduces an unnamed person)."""

from __future__ import annotations

import pytest

from pipeline.stages.entities import extract_entities
from pipeline.stages.quotes import extract_quotes


def _labels(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in extract_entities(text)}


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


# --- entities -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Finance Minister Édouard Lemaire's budget was passed on Thursday.", "Édouard Lemaire"),
        ("The ski jumper Øystein Haugen, 24, took silver in Lahti.", "Øystein Haugen"),
        ("Striker Łukasz Nowak, who joined in January, scored twice.", "Łukasz Nowak"),
        ("The coach, Ángel Ferrer, said the squad was tired.", "Ángel Ferrer"),
    ],
)
def test_name_opening_with_a_non_ascii_capital_is_whole(text: str, name: str) -> None:
    labels = _labels(text)
    assert labels.get(name) == "PERSON", labels


def test_ascii_names_and_lower_case_accents_unchanged() -> None:
    labels = _labels("Héctor Ruiz met Anne Dupré at the café in Lyon on Monday.")
    assert labels.get("Héctor Ruiz") == "PERSON"
    assert labels.get("Anne Dupré") == "PERSON"
    assert "café" not in labels


def test_org_named_after_start_up_or_trade_body() -> None:
    labels = _labels(
        "Danish start-up Nora Fjord said it had raised money. The industry body Grace Holloway Partners warned of cuts."
    )
    assert labels.get("Nora Fjord") == "ORG"
    assert labels.get("Grace Holloway Partners") == "ORG"


def test_person_after_the_word_firm_stays_a_person() -> None:
    labels = _labels("The firm Helen Marsh founded in 2011 now employs 300 people.")
    assert labels.get("Helen Marsh") == "PERSON"


def test_number_with_scale_letter_is_no_entity() -> None:
    labels = _labels("The platform reached 40M users after a $12M round. Runners passed the 25K marker at 9am.")
    assert not {"40M", "12M", "25K"} & set(labels), labels


def test_number_led_company_that_speaks_is_kept() -> None:
    assert "3M" in _labels("Profits rose, 3M said on Tuesday.")


# --- quotes ---------------------------------------------------------------------------------------------------------


def test_speaker_with_apposition_and_coordinated_say_verb() -> None:
    text = (
        'Prof Amara Diallo, head of the Coastal Research Unit, praised the plan but said it was "far too little, '
        'far too late for the towns".'
    )
    assert _speakers(text) == ["Amara Diallo"]


def test_coordinated_verb_without_apposition_unchanged() -> None:
    text = 'Amara Diallo praised the plan but said it was "far too little, far too late for the towns".'
    assert _speakers(text) == ["Amara Diallo"]


def test_plural_role_acting_for_someone_is_the_speaker() -> None:
    text = 'Lawyers for the council said the decision was "lawful and taken with proper care".'
    assert _speakers(text) == ["Lawyers for the council"]
    text = '"We will appeal against this ruling," said officials at the Transport Ministry.'
    assert _speakers(text) == ["officials at the Transport Ministry"]


def test_plain_plural_role_unchanged() -> None:
    text = 'Lawyers said the decision was "lawful and taken with proper care".'
    assert _speakers(text) == ["Lawyers"]


def test_reporters_own_clause_stays_with_the_description() -> None:
    text = 'One nurse I talked to, who has worked on the ward for ten years, put it bluntly: "We are running on empty."'
    assert _speakers(text) == ["One nurse I talked to"]


def test_she_added_after_unnamed_speaker_keeps_the_description() -> None:
    text = (
        'One shopkeeper in Villa Rosa, who asked not to be named, said: "The water was up to my knees." '
        'She added: "We lost every single thing in the stockroom."'
    )
    assert _speakers(text) == ["One shopkeeper in Villa Rosa", "One shopkeeper in Villa Rosa"]


def test_she_added_after_named_speaker_unchanged() -> None:
    text = 'Helen Marsh said: "The water was up to my knees." She added: "We lost every single thing in there."'
    assert _speakers(text) == ["Helen Marsh", "Helen Marsh"]


def test_pronoun_does_not_cross_into_a_paragraph_about_an_unnamed_person() -> None:
    text = (
        'Helen Marsh runs the bakery. "We open at six every day," she said.\n\n'
        'A beekeeper in Dorset has kept the same hive for 30 years. "I sing to them every morning," she said.'
    )
    assert _speakers(text) == ["Helen Marsh", "A beekeeper in Dorset"]


def test_pronoun_after_a_paragraph_opening_with_a_thing_unchanged() -> None:
    text = (
        'Helen Marsh runs the bakery. "We open at six every day," she said.\n\n'
        'A storm flooded the street last week. "It was the worst night I can remember," she said.'
    )
    assert _speakers(text) == ["Helen Marsh", "Helen Marsh"]


def test_speaker_with_non_ascii_capital_after_the_quotation() -> None:
    assert _speakers('"We will not give up on this," said Émile Girard, a fisherman.') == ["Émile Girard"]


def test_describing_word_opening_a_sentence_is_cut_from_the_name() -> None:
    labels = _labels("Rival Kestrel Marine Systems reported a loss. Troubled Halden Home Stores will close 40 shops.")
    assert labels.get("Kestrel Marine Systems") == "ORG", labels
    assert "Halden Home Stores" in labels, labels


def test_two_word_name_opening_with_a_describing_word_unchanged() -> None:
    assert "Rival Foods" in _labels("Rival Foods said sales fell in the third quarter.")


def test_vehicle_acronym_is_no_organisation() -> None:
    labels = _labels("The carmaker's new SUV goes on sale in May, alongside two EVs.")
    assert "SUV" not in labels and "EVs" not in labels, labels


def test_first_name_with_an_accent_the_name_table_leaves_out() -> None:
    # no title, role or say-verb: only the first name (the table spells it "Emilie") tells a person
    labels = _labels("Officials met Émilie Durand and the delegation on Tuesday.")
    assert labels.get("Émilie Durand") == "PERSON", labels
