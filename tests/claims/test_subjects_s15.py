"""Names that stand near a figure without bearing it: agents of modifiers, names inside a closed relative clause,
where a figure was announced, nationalities, a named thing's location, beneficiaries, sources, other bodies."""

from __future__ import annotations

from pipeline.claims.subjects import find_subject, main_organisation


def _subject(sentence: str, figure: str, entities: list[tuple[str, str]], **kw: object) -> str | None:
    ents = tuple({"text": t, "label": label, "count": 1} for t, label in entities)
    return find_subject(sentence, sentence.index(figure), ents, **kw)


# --- the agent of a participle modifying a noun ---------------------------------------------------------------


def test_agent_of_a_participle_between_commas_is_no_subject() -> None:
    sentence = "The merger, cleared by the Competition Board last week, creates a group with 14,000 staff."
    assert _subject(sentence, "14,000", [("Competition Board", "ORG")]) is None


def test_agent_of_a_relative_clause_passive_is_no_subject() -> None:
    sentence = "The budget, which was signed off by the Harlow Trust on Monday, includes £12m for repairs."
    assert _subject(sentence, "£12m", [("Harlow Trust", "ORG")]) is None


def test_agent_after_a_described_name_is_no_subject() -> None:
    sentence = "The takeover was funded with a $300m facility from banks led by Lisbon lender Osric Capital."
    assert _subject(sentence, "$300m", [("Lisbon", "GPE"), ("Osric Capital", "ORG")]) is None
    sentence = "Some $1.4bn went to Pellam Trading, a broker owned by Ivo Strand."
    assert _subject(sentence, "$1.4bn", [("Pellam Trading", "ORG"), ("Ivo Strand", "PERSON")]) is None


def test_agent_of_a_main_passive_verb_stays() -> None:
    sentence = "The Kestrel plant was bought by Varden Foods for £40m."
    assert _subject(sentence, "£40m", [("Varden Foods", "ORG")]) == "Varden Foods"


# --- a name inside a relative clause closed before the figure ----------------------------------------------------


def test_place_inside_a_closed_relative_clause_is_no_subject() -> None:
    sentence = "The Ugandan, who won silver in Tokyo last year, cut the course record by 41 seconds."
    assert _subject(sentence, "41 seconds", [("Tokyo", "GPE")]) is None


def test_name_before_the_relative_clause_stays() -> None:
    sentence = "Unemployment in Norway, which joined the scheme in 2019, fell to 3.1 per cent."
    assert _subject(sentence, "3.1 per cent", [("Norway", "GPE")]) == "Norway"


# --- where a figure was announced ----------------------------------------------------------------------------


def test_place_of_utterance_after_the_figure_is_no_subject() -> None:
    sentence = "Rail fares will rise by 4.2 per cent in March, the transport secretary told MPs in the Commons."
    assert _subject(sentence, "4.2 per cent", [("Commons", "ORG")]) is None


def test_place_before_the_reporting_verb_stays() -> None:
    sentence = "Prices rose 3.8 per cent in Wales last year, the statistics office said."
    assert _subject(sentence, "3.8 per cent", [("Wales", "GPE")]) == "Wales"


# --- a place owning a person gives a nationality ---------------------------------------------------------------


def test_country_owning_a_runner_yields_the_runner() -> None:
    sentence = "Tola Bekele was fifth in 2:09:30 and Kenya's Daniel Mutai sixth in 2:10:02."
    ents = [("Tola Bekele", "PERSON"), ("Kenya", "GPE"), ("Daniel Mutai", "MISC")]
    assert _subject(sentence, "2:10:02", ents) == "Daniel Mutai"
    assert _subject(sentence, "2:10:02", [("Kenya", "GPE"), ("Daniel Mutai", "PERSON")]) == "Daniel Mutai"


def test_country_owning_an_adjective_stays() -> None:
    sentence = "Germany's Olympic team won 12 medals."
    assert _subject(sentence, "12 medals", [("Germany", "GPE"), ("Olympic", "MISC")]) == "Germany"


# --- a place that says where a named thing is --------------------------------------------------------------


def test_place_locating_a_named_thing_is_no_subject() -> None:
    sentence = "A 60-metre stretch of the Harbour Wall in Port Ellery was swept away overnight."
    assert _subject(sentence, "60-metre", [("Harbour Wall", "MISC"), ("Port Ellery", "GPE")]) is None


def test_place_after_a_common_noun_stays() -> None:
    sentence = "Unemployment in Port Ellery rose to 7.2 per cent."
    assert _subject(sentence, "7.2 per cent", [("Port Ellery", "GPE")]) == "Port Ellery"


# --- the beneficiary of a participle after the figure --------------------------------------------------------


def test_beneficiary_of_a_participle_is_no_subject() -> None:
    sentence = "The 900 kg probe was designed for the Lunar Survey Office (LSO) over six years."
    ents = [("Lunar Survey Office", "ORG"), ("LSO", "ORG")]
    assert _subject(sentence, "900 kg", ents) is None


def test_a_nouns_for_keeps_its_owner() -> None:
    sentence = "The strike meant a quarterly loss of $12m for Pelham Air."
    assert _subject(sentence, "$12m", [("Pelham Air", "ORG")]) == "Pelham Air"


# --- generic vehicle kinds in capitals ------------------------------------------------------------------------


def test_vehicle_kind_in_capitals_is_no_name() -> None:
    sentence = "The Corvo compact SUV made up 41,200 of the sales."
    assert _subject(sentence, "41,200", [("SUV", "ORG")]) is None
    assert _subject("Corvo sold 41,200 SUVs.", "41,200", [("Corvo", "ORG"), ("SUVs", "ORG")]) == "Corvo"


# --- an age description of a thing ----------------------------------------------------------------------------


def test_age_description_of_a_thing_is_no_person() -> None:
    sentence = "The 70-year-old dam, which holds 9 million cubic metres of water, was closed."
    assert _subject(sentence, "9 million", [], main_person="Ana Ruiz") is None


def test_age_description_of_a_person_stays() -> None:
    sentence = "The 70-year-old grandmother, who took up running at 60, finished in 4 hours 12 minutes."
    assert _subject(sentence, "4 hours", [], main_person="Ana Ruiz") == "Ana Ruiz"


# --- a pronoun or description after the figure that speaks of another body ------------------------------------


def test_pronoun_after_the_figure_points_to_the_opening_body() -> None:
    sentence = "The health ministry expects the scheme to save €2.1 billion, money it plans to spend on nurses."
    assert _subject(sentence, "€2.1 billion", [], main_org="Corran Union") is None
    sentence = "Police put the crowd at 12,000, where the union had counted 30,000."
    assert _subject(sentence, "12,000", [], main_org="Corran Union") is None


def test_description_stating_the_figure_stays() -> None:
    sentence = "Revenue rose 5% to €2.1 billion, the company said."
    assert _subject(sentence, "€2.1 billion", [], main_org="Tessel") == "Tessel"
    sentence = "The rise was 5%, the company said."
    assert _subject(sentence, "5%", [], main_org="Tessel") == "Tessel"


# --- an organisation named only as a source is not the article's ------------------------------------------------


def test_agency_named_only_as_a_pollster_is_no_main_organisation() -> None:
    text = (
        "Britain will raise its minimum wage by 6.1%, ministers said.\n\n"
        "Economists polled by Wirecast had forecast 5%. The Retail Guild said costs would rise.\n\n"
        "Support for the rise was 61%, according to figures published by Wirecast."
    )
    ents = [{"text": "Wirecast", "label": "ORG", "count": 2}, {"text": "Retail Guild", "label": "ORG", "count": 1}]
    assert main_organisation(ents, text, text.index("\n")) != "Wirecast"


def test_agency_also_named_as_an_actor_stays() -> None:
    text = "Wirecast cut 300 jobs on Monday.\n\nEconomists polled by Wirecast had forecast 5%. Wirecast shares fell."
    ents = [{"text": "Wirecast", "label": "ORG", "count": 3}]
    assert main_organisation(ents, text, text.index("\n")) == "Wirecast"
