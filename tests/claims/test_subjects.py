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


def test_the_headline_names_the_main_organisation_when_the_lead_does_not() -> None:
    entities = [
        {"text": "Harbour Trust", "label": "ORG", "count": 1},
        {"text": "Corvane Mills", "label": "ORG", "count": 1},
    ]
    lead = "The textile firm must repay £2m, the trust said."
    assert main_organisation(entities, lead, len(lead)) is None  # two bodies named once each: no main one
    assert main_organisation(entities, lead, len(lead), title="Corvane Mills told to repay £2m") == "Corvane Mills"
    # a body the lead names as its actor still comes first
    lead = "Harbour Trust said on Tuesday that the textile firm must repay £2m."
    assert main_organisation(entities, lead, len(lead), title="Corvane Mills told to repay £2m") == "Harbour Trust"


def test_a_described_company_points_to_the_main_organisation() -> None:
    entities = [
        {"text": "Corvane Mills", "label": "ORG", "count": 2},
        {"text": "River Lune", "label": "LOC", "count": 1},
    ]
    sentence = "A textile company that dumped dye into the River Lune was fined £2m."
    assert find_subject(sentence, sentence.index("£2m"), entities, main_org="Corvane Mills") == "Corvane Mills"
    sentence = "The Lancashire textile firm's profit fell to £2m."
    assert find_subject(sentence, sentence.index("£2m"), entities, main_org="Corvane Mills") == "Corvane Mills"
    sentence = "The rival firm's profit fell to £2m."  # another body, not the article's company
    assert find_subject(sentence, sentence.index("£2m"), entities, main_org="Corvane Mills") is None


def test_a_place_something_went_into_is_not_the_subject() -> None:
    entities = [{"text": "River Lune", "label": "LOC", "count": 1}]
    sentence = "Dye poured into the River Lune on 300 days last year."
    assert find_subject(sentence, sentence.index("300"), entities) is None
    sentence = "The River Lune flooded 300 homes."
    assert find_subject(sentence, sentence.index("300"), entities) == "River Lune"


def test_without_a_known_organisation_the_headlines_repeated_name_is_the_main_one() -> None:
    entities = [{"text": "Nimbus", "label": "MISC", "count": 3}, {"text": "Canalys", "label": "MISC", "count": 1}]
    assert main_organisation(entities, "Nimbus says it shipped 14 million phones.", 10) is None
    assert main_organisation(entities, "It shipped 14 million phones.", 10, title="Nimbus gains ground") == "Nimbus"
    assert main_organisation(entities, "It shipped 14 million phones.", 10, title="Canalys: phones up") is None
