"""Session 15, second round: "according to" a titled person or a group, a possessive holder of a role, an unnamed
speaker at "one <adjective> <company>"; transcripts' speaker labels in capitals; words glued onto names (a typed
dateline dash, game acronyms, "X the Y", "X for the Y", a name made an adjective), possessive names, organisations'
last words, flight numbers, transcript notes, acronyms defined in brackets and a company's short name."""

from __future__ import annotations

import pytest

from pipeline.stages.entities import extract_entities
from pipeline.stages.quotes import extract_quotes


def _labels(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in extract_entities(text)}


def _counts(text: str) -> dict[str, int]:
    return {e["text"]: e["count"] for e in extract_entities(text)}


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


# --- quotes ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'According to finance director Helen Okafor, the group is "on track for a record year".',
        'According to Calder Foods chief executive Helen Okafor, the group is "on track for a record year".',
    ],
)
def test_according_to_a_role_before_a_name_credits_the_name(text: str) -> None:
    assert _speakers(text) == ["Helen Okafor"]


def test_according_to_a_plain_name_unchanged() -> None:
    assert _speakers('According to Helen Okafor, the group is "on track for a record year".') == ["Helen Okafor"]


def test_according_to_people_named_by_a_plural_noun() -> None:
    text = 'According to economists, the recovery is "fragile at best for now".'
    assert _speakers(text) == ["economists"]


@pytest.mark.parametrize("source", ["estimates", "official documents", "figures"])
def test_according_to_things_names_no_speaker(source: str) -> None:
    text = f'According to {source}, the recovery is "fragile at best for now".'
    assert _speakers(text) in ([], [None])


def test_possessive_holder_of_a_role_speaks() -> None:
    text = 'Hartley\'s spokeswoman said the minister was "fully committed to the plan".'
    assert _speakers(text) == ["Hartley's spokeswoman"]


def test_possessive_before_a_name_still_gives_the_name() -> None:
    text = 'Britain\'s Jo Bell said the plan was "a very bad idea for everyone".'
    assert _speakers(text) == ["Jo Bell"]


def test_unnamed_speaker_at_one_named_company_kept_whole() -> None:
    text = '"Orders have dried up since March," said the owner of one Welsh furniture maker.'
    assert _speakers(text) == ["the owner of one Welsh furniture maker"]


def test_unnamed_speaker_for_the_named_body_unchanged() -> None:
    text = '"The roads are closed until Friday," said a spokesperson for the Tottori prefectural government.'
    assert _speakers(text) == ["a spokesperson for the Tottori prefectural government"]


def test_analysts_at_a_firm_speak_not_the_firm() -> None:
    text = 'Analysts at Harwell Securities said the merger was "a defensive move above all".'
    assert _speakers(text) == ["Analysts at Harwell Securities"]


# --- entities: transcripts ------------------------------------------------------------------------------------------


def test_speaker_label_in_capitals_folds_into_the_name() -> None:
    text = (
        "HOST: Our health correspondent Anna Berg has read the report. Anna, what does it say?\n\n"
        "ANNA BERG: It says waiting times rose for the third month.\n\n"
        "HOST: Anna Berg, thank you.\n\n"
        "ANNA BERG: Thank you."
    )
    entities = {e["text"]: (e["label"], e["count"]) for e in extract_entities(text)}
    assert entities.get("Anna Berg") == ("PERSON", 5), entities  # ("Anna, what ...": her first name folds too)
    assert "ANNA BERG" not in entities


def test_speaker_label_in_capitals_alone_is_a_person() -> None:
    labels = _labels("HOST: Welcome back.\n\nMARTIN KOWALSKI: Thanks for having me.")
    assert labels.get("MARTIN KOWALSKI") == "PERSON", labels


def test_capitals_heading_that_names_no_person_unchanged() -> None:
    labels = _labels("HARBOUR TRUST: Annual report published.\n\nThe trust said costs rose.")
    assert labels.get("HARBOUR TRUST") != "PERSON"


def test_transcript_note_line_is_no_entity() -> None:
    labels = _labels("HOST: That is all for today.\n\n[Theme music]\n\n[Applause]\n\nNext week: Outro Records.")
    assert "Theme" not in labels and "Applause" not in labels, labels
    assert labels.get("Outro Records") == "ORG"


def test_footnote_number_opens_a_sentence() -> None:
    labels = _labels("Queues grew.[2]\n\n[2] Estimates from the port's own registry.\n[3] Tom Reyes of Calder Bank.")
    assert "Estimates" not in labels, labels
    assert labels.get("Tom Reyes") == "PERSON"


# --- entities: words glued onto names -------------------------------------------------------------------------------


def test_typed_double_dash_dateline_opens_the_story() -> None:
    labels = _labels("OSLO -- Shares of Fjordline Holdings rose 4% on Monday after the results.")
    assert labels.get("Fjordline Holdings") == "ORG", labels
    assert labels.get("Oslo") == "GPE"
    assert not any(name.startswith("Shares") for name in labels)


def test_game_acronym_before_a_title_is_cut() -> None:
    labels = _labels("Kestrel Games' fantasy RPG Ember Hollow sold two million copies, and a DLC pack follows.")
    assert "Ember Hollow" in labels, labels
    assert not any(name.startswith(("RPG", "DLC")) for name in labels)


def test_two_names_with_the_between_are_split() -> None:
    labels = _labels("In Germany the Premium Bundle costs 90 euros.")
    assert labels.get("Germany") == "GPE", labels
    assert "Premium Bundle" in labels


def test_epithet_after_the_kept() -> None:
    assert "Catherine the Great" in _labels("A portrait of Catherine the Great was sold on Tuesday.")


def test_poll_by_one_organisation_for_another_is_two() -> None:
    labels = _labels(
        "A poll by Harbour Research for the Northern Gazette put Labour ahead. Harbour interviewed 2,000 adults."
    )
    assert labels.get("Harbour Research") == "ORG", labels
    assert labels.get("Northern Gazette") == "ORG"
    assert (
        _counts("A poll by Harbour Research for the Northern Gazette. Harbour interviewed 2,000.")["Harbour Research"]
        == 2
    )


def test_body_for_the_purpose_stays_one_name() -> None:
    labels = _labels("The Institute for the Study of Conflict and the Council for the National Parks met.")
    assert "Institute for the Study of Conflict" in labels, labels
    assert "Council for the National Parks" in labels


def test_name_made_an_adjective_is_cut_from_the_next_name() -> None:
    labels = _labels("The Kremlin-backed Volga Media group bought a stake in the Bell's Fund-style Harrow Care Trust.")
    assert labels.get("Volga Media") == "ORG", labels
    assert labels.get("Harrow Care Trust") == "ORG"
    assert "Kremlin" in labels


def test_hyphenated_names_kept() -> None:
    labels = _labels("Shares in Rolls-Royce and Hewlett-Packard fell on Monday.")
    assert "Rolls-Royce" in labels and "Hewlett-Packard" in labels, labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Children's Society warned on Monday that fees would rise.", "Children's Society"),
        ("A Women's Institute branch in Ely raised 4,000 pounds.", "Women's Institute"),
    ],
)
def test_possessive_of_people_opening_a_name_kept(text: str, name: str) -> None:
    assert name in _labels(text)


def test_owner_before_another_name_still_split() -> None:
    labels = _labels("Veltrix's Orbit console sold well on Hunter's Arcade platform. Britain's Home Office said no.")
    assert "Veltrix" in labels and "Home Office" in labels, labels
    assert not any("'s" in name for name in labels)


@pytest.mark.parametrize(
    "name",
    ["Halden Asset Management", "Brackwater Credit", "Fernhill Insight", "Norsk Klimafond", "Baltic Ferry Lines"],
)
def test_organisations_last_words(name: str) -> None:
    assert _labels(f"{name}, which has offices in Oslo, said on Monday that profits had doubled.").get(name) == "ORG"


def test_person_named_like_a_fund_stays_a_person() -> None:
    assert _labels("Dr Jane Fond, who led the study, said on Monday it was small.").get("Jane Fond") == "PERSON"


def test_flight_keeps_its_number_and_folds() -> None:
    entities = {
        e["text"]: e["count"]
        for e in extract_entities("Skyward Air Flight 88 landed safely. Flight 88 had 140 people on board.")
    }
    assert entities.get("Skyward Air Flight 88") == 2, entities


def test_flight_before_a_count_is_no_flight_number() -> None:
    labels = _labels("The Skyward Air Flight 5,000 miles long was a record, officials said.")
    assert not any("5" in name for name in labels), labels


def test_maker_and_model_code_is_a_product() -> None:
    labels = _labels("The Airbus A350 was delayed. Airbus said it would pay.")
    assert labels.get("Airbus A350") == "PRODUCT", labels
    assert labels.get("Airbus") == "ORG"


# --- entities: short names ------------------------------------------------------------------------------------------


def test_mixed_case_acronym_defined_in_brackets_folds() -> None:
    text = "The Office for Tenants (OfT), the housing regulator, said rents rose. The OfT said 40 landlords failed."
    entities = {e["text"]: (e["label"], e["count"]) for e in extract_entities(text)}
    assert entities.get("Office for Tenants") == ("ORG", 3), entities
    assert "OfT" not in entities


def test_bracketed_word_that_spells_nothing_is_not_folded() -> None:
    text = "The Office for Tenants (Wales) said rents rose."
    assert "Wales" in _labels(text)


def test_first_word_of_a_company_with_a_legal_form_folds() -> None:
    text = "Harlow Motors Inc. said sales fell. Investors in Harlow were unhappy, and Harlow said it would recover."
    counts = _counts(text)
    assert counts.get("Harlow Motors Inc") == 3, counts
    assert "Harlow" not in counts
