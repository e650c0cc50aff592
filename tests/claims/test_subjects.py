"""The subject is the entity the number is about, not the source that reported it."""

from __future__ import annotations

from pipeline.claims.subjects import find_subject, guess_entities, main_organisation, normalize_subject

ENTITIES = [
    {"text": "Netflix", "label": "ORG", "count": 5},
    {"text": "Disney", "label": "ORG", "count": 2},
    {"text": "CVL Economics", "label": "ORG", "count": 1},
    {"text": "Britain", "label": "GPE", "count": 1},
]


def subject_of(sentence: str, surface: str, exclude: str | None = None) -> str | None:
    return find_subject(sentence, sentence.index(surface), ENTITIES, exclude, main_organisation(ENTITIES))


def test_nearest_organisation_before_the_number() -> None:
    assert subject_of("Disney lost 2% while Netflix gained 4%.", "4%") == "Netflix"
    assert subject_of("Disney lost 2% while Netflix gained 4%.", "2%") == "Disney"


def test_the_company_points_to_the_main_organisation() -> None:
    assert subject_of("The company reported $11.08 billion in revenue.", "$11.08 billion") == "Netflix"


def test_the_source_is_not_the_subject() -> None:
    sentence = "Jobs could fall by 204,000, a 2023 report by CVL Economics found."
    assert subject_of(sentence, "204,000", exclude="a 2023 report by CVL Economics") is None


def test_places_when_no_organisation() -> None:
    assert subject_of("Britain's economy shrank 0.3% in the quarter.", "0.3%") == "Britain"


def test_names_are_normalised_for_keys() -> None:
    assert normalize_subject("Netflix Inc.") == normalize_subject("Netflix’s") == "netflix"


def test_guessed_entities_need_two_mentions() -> None:
    names = {e["text"] for e in guess_entities("Netflix grew. On Monday Netflix said Disney lagged.")}
    assert names == {"Netflix"}


def test_a_later_clause_is_about_the_sentence_subject() -> None:
    sentence = "Netflix beat Disney on Thursday, reporting $11.08 billion in revenue."
    assert subject_of(sentence, "$11.08 billion") == "Netflix"


def test_a_relative_clause_is_about_the_noun_it_follows() -> None:
    entities = [*ENTITIES, {"text": "Squid Game", "label": "WORK", "count": 1}]
    sentence = "Netflix credited Squid Game, which drew 122 million views, and noted strong ad sales."
    start = sentence.index("122 million")
    assert find_subject(sentence, start, entities, None, "Netflix") == "Squid Game"
