"""Quotation forms: unnamed speakers with an adjective or a named body, colon lead-ins, relative clauses after the
subject, "Another said", short partial quotations after a speech verb, and names written family name first."""

from __future__ import annotations

from pipeline.stages.quotes import extract_quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q["quote"], q["speaker"]) for q in extract_quotes(text)]


# 1. Unnamed speakers


def test_unnamed_speaker_at_a_body_whose_name_holds_and() -> None:
    text = (
        "A senior lawyer at the Securities and Exchange Commission, who asked not to be named, said the rules were "
        '"never written with crypto exchanges in mind".'
    )
    assert _pairs(text) == [
        ("never written with crypto exchanges in mind", "A senior lawyer at the Securities and Exchange Commission")
    ]


def test_and_after_a_place_starts_a_new_subject() -> None:
    text = (
        "Chelsea were held to a goalless draw at Stamford Bridge and Pochettino said: "
        '"We created enough chances to win two games."'
    )
    assert _pairs(text) == [("We created enough chances to win two games.", "Pochettino")]


def test_unnamed_speaker_with_an_adjective_before_the_name() -> None:
    text = 'A senior Labour backbencher said the vote could come "within weeks rather than months".'
    assert _pairs(text) == [("within weeks rather than months", "A senior Labour backbencher")]


def test_unnamed_speaker_after_the_quotation_with_an_adjective_before_the_name() -> None:
    text = '"Nobody in the building saw this coming," one veteran Westminster reporter told me. It was true.'
    assert _pairs(text) == [("Nobody in the building saw this coming", "one veteran Westminster reporter")]


def test_described_person_with_an_adverb_is_no_unnamed_speaker() -> None:
    text = (
        "Rangers lost 2-0 at home to Hibernian on Saturday. An emotional Henderson later told reporters: "
        '"We let the supporters down badly today."'
    )
    assert _pairs(text)[0][1] != "An emotional Henderson later"


# 2. Colon lead-in with a verb that is no say-verb (the name here is one the entity stage takes for a club)


def test_colon_after_a_named_role_holder_credits_the_holder() -> None:
    text = (
        "The squad flew home on Monday. The club vice-captain, Chelsea Barnes, went further: "
        '"We were not good enough in any of the three games."'
    )
    assert _pairs(text) == [("We were not good enough in any of the three games.", "Chelsea Barnes")]


def test_colon_after_a_full_name_with_a_short_clause() -> None:
    text = 'The squad flew home on Monday. Chelsea Barnes was blunt: "We were not good enough in any of the games."'
    assert _pairs(text) == [("We were not good enough in any of the games.", "Chelsea Barnes")]


def test_colon_after_a_holder_who_is_asked_does_not_credit_the_holder() -> None:
    text = (
        "The squad flew home on Monday. The club vice-captain, Chelsea Barnes, was asked: "
        '"Were you good enough in any of the three games?"'
    )
    assert _pairs(text) == [("Were you good enough in any of the three games?", None)]


def test_colon_after_a_name_receiving_the_words_does_not_credit_the_name() -> None:
    text = (
        "The squad flew home on Monday. Chelsea Barnes received a message: "
        '"We were not good enough in any of the three games."'
    )
    assert _pairs(text) == [("We were not good enough in any of the three games.", None)]


# 3. The subject of "told", not a name inside the relative clause before it


def test_relative_clause_between_subject_and_say_verb() -> None:
    text = (
        "The bakery on Carver Street is owned by Karim Haddad, 47.\n\n"
        "Haddad, who runs the shop with his brother-in-law, the chef Omar Nasser, 52, told the Chronicle last "
        'month: "We have never had a winter like this one."'
    )
    assert _pairs(text) == [("We have never had a winter like this one.", "Karim Haddad")]


def test_appositive_without_relative_clause_still_names_the_appositive_speaker() -> None:
    text = 'The chef, Omar Nasser, told the Chronicle last month: "We have never had a winter like this one."'
    assert _pairs(text) == [("We have never had a winter like this one.", "Omar Nasser")]


# 4. "Another said" is a speaker of its own


def test_another_is_not_the_previous_unnamed_speaker() -> None:
    text = (
        'One commuter wrote on Facebook: "Three cancellations in one week is a joke."\n\n'
        'Another said: "I have started driving to work again because of this."'
    )
    assert _pairs(text) == [
        ("Three cancellations in one week is a joke.", "One commuter"),
        ("I have started driving to work again because of this.", "Another"),
    ]


def test_unattributed_quotation_still_continues_the_unnamed_speaker() -> None:
    text = (
        'One commuter wrote on Facebook: "Three cancellations in one week is a joke."\n\n'
        '"I have started driving to work again because of this."'
    )
    assert _pairs(text) == [
        ("Three cancellations in one week is a joke.", "One commuter"),
        ("I have started driving to work again because of this.", "One commuter"),
    ]


# 5. Partial quotations after a speech verb: four words or more, with the speaker the verb's subject names


def test_bracketed_abbreviation_of_the_subject_is_the_speaker() -> None:
    text = 'The European Medicines Agency (EMA) said it would review the trial data "as a matter of priority".'
    assert _pairs(text) == [("as a matter of priority", "EMA")]


def test_bracketed_abbreviation_not_before_a_say_verb_names_no_speaker() -> None:
    text = 'The European Medicines Agency (EMA) has a backlog of "more than two hundred files".'
    assert _pairs(text) == []


def test_fragment_of_three_words_stays_out_even_after_a_speech_verb() -> None:
    # the documented rule: a quotation has four words or more (a shorter one is too often a term or scare quote)
    text = 'The mayor, Dana Whitfield, said the budget was "a fair compromise" and urged councillors to back it.'
    assert _pairs(text) == []


def test_scare_quote_without_a_speech_verb_stays_out() -> None:
    text = 'Landlords fear the so-called "empty homes levy" will drive up rents across the city.'
    assert _pairs(text) == []


# 7. A name written family name first, then shortened to its first word


def test_short_form_is_the_first_word_of_the_full_name() -> None:
    text = (
        "The phone will go on sale in March, chief executive Zhang Wei told analysts on Thursday.\n\n"
        '"We have rebuilt the camera from the ground up for this model," Zhang said.'
    )
    assert _pairs(text) == [("We have rebuilt the camera from the ground up for this model", "Zhang Wei")]


def test_first_word_shared_by_two_full_names_stays_short() -> None:
    text = (
        "The phone will go on sale in March, chief executive Zhang Wei told analysts, while finance chief "
        "Zhang Min said margins would fall.\n\n"
        '"We have rebuilt the camera from the ground up for this model," Zhang said.'
    )
    assert _pairs(text) == [("We have rebuilt the camera from the ground up for this model", "Zhang")]
