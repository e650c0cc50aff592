"""More quotation and speaker forms: straight single quotes, pronouns after a named say-verb subject, "said <place>
<role> <Name>", "<Name> ... put it:" lead-ins and unnamed speakers with participles (our own wording)."""

from __future__ import annotations

from pipeline.stages.quotes import extract_quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q["quote"], q["speaker"]) for q in extract_quotes(text)]


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in extract_quotes(text)]


# 1. straight single quotation marks (UK and Indian copy)


def test_single_quotes_speaker_after() -> None:
    text = "'India is now our second-largest market after Europe,' Mehta said."
    assert _pairs(text) == [("India is now our second-largest market after Europe", "Mehta")]


def test_single_quotes_said_name_then_continuation() -> None:
    text = (
        "Tata Motors is weighing a price rise. 'Price sensitivity in India is extremely high,' said Karan Bedi, an "
        "analyst at Crestline Securities. 'A hike now would slow their momentum.'"
    )
    assert _pairs(text) == [
        ("Price sensitivity in India is extremely high", "Karan Bedi"),
        ("A hike now would slow their momentum.", "Karan Bedi"),
    ]


def test_single_quotes_after_colon() -> None:
    text = "Tom Hale said: 'We have absorbed costs for two years.'"
    assert _pairs(text) == [("We have absorbed costs for two years.", "Tom Hale")]


def test_curly_single_quotes() -> None:
    text = "‘India is now our second-largest market after Europe,’ Mehta said."
    assert _pairs(text) == [("India is now our second-largest market after Europe", "Mehta")]


def test_single_quotes_variant_with_apostrophes_inside() -> None:
    text = "'We don't think the company's plan will work for the players' union,' said Ruth Ellison."
    assert _pairs(text) == [("We don't think the company's plan will work for the players' union", "Ruth Ellison")]


def test_single_quotes_variant_pronoun_and_offsets() -> None:
    text = "Anita Desai runs the plant in Pune. 'Orders have doubled since March,' she said."
    quotes = extract_quotes(text)
    assert [(q["quote"], q["speaker"]) for q in quotes] == [("Orders have doubled since March", "Anita Desai")]
    assert text[quotes[0]["char_start"] : quotes[0]["char_end"]] == "Orders have doubled since March"


def test_single_quotes_variant_told() -> None:
    text = "'The monsoon arrived three weeks late this year,' a farmer in Nashik told the BBC."
    assert _speakers(text) == ["a farmer in Nashik"]


def test_apostrophes_are_not_quotes() -> None:
    text = (
        "It's rock 'n' roll from the '90s, and the players' union doesn't like it, O'Neil said on Tuesday. "
        "The company's shares fell and Smiths' stores closed."
    )
    assert extract_quotes(text) == []


def test_scare_quotes_in_single_marks_are_not_quotes() -> None:
    text = "The regulator said it wanted a 'fair' price for consumers and a 'level playing field' for all firms."
    assert extract_quotes(text) == []


def test_scare_quote_then_real_single_quote() -> None:
    text = "The union called it a 'fair' offer. 'We will put it to our members next week,' said Dev Patel."
    assert _pairs(text) == [("We will put it to our members next week", "Dev Patel")]


def test_single_quoted_title_is_not_a_quote() -> None:
    text = "The new film 'Harbor Lights' opens on Friday in cinemas across the country, its studio said."
    assert extract_quotes(text) == []


def test_single_quoted_long_title_is_not_a_quote() -> None:
    text = "Critics praised 'The Long Road Home From Harbor Lights' at the festival, Jane Moss said on Sunday."
    assert extract_quotes(text) == []


def test_single_quoted_phrase_without_speaker_is_not_a_quote() -> None:
    text = "Markets have been described as 'running far ahead of the real economy' by several commentators."
    assert extract_quotes(text) == []


def test_single_quoted_partial_quote_in_reported_speech() -> None:
    text = "Lena Fischer said the plan was 'a step in the right direction for patients' and would pass."
    assert _pairs(text) == [("a step in the right direction for patients", "Lena Fischer")]


def test_single_quoted_phrase_after_a_quote_takes_no_carried_speaker() -> None:
    text = (
        "'We expect a decision by June,' said Ravi Shankar. The board later called the bid "
        "a 'very generous and fair offer indeed' in its filing."
    )
    assert _pairs(text) == [("We expect a decision by June", "Ravi Shankar")]


def test_single_quote_never_crosses_paragraph() -> None:
    text = "The band played 'their old songs\n\nand new ones,' Rita Vance said."
    assert extract_quotes(text) == []


# 2. "she"/"he" after a person named as the subject of a say-verb in the same paragraph


def test_pronoun_points_to_say_subject_of_same_paragraph() -> None:
    text = (
        'Tom Reyes liked it. "I enjoyed every single minute of it," he said.\n\n'
        'Longtime moviegoer Ellen Park, 67, said the film ran long. "It could have lost forty minutes," she said.'
    )
    assert _speakers(text) == ["Tom Reyes", "Ellen Park"]


def test_pronoun_say_subject_variant_without_description() -> None:
    text = (
        'Tom Reyes liked it. "I enjoyed every single minute of it," he said.\n\n'
        'Marguerite Olsson told the crowd the sequel was worse. "Nobody asked for this one," she said.'
    )
    assert _speakers(text) == ["Tom Reyes", "Marguerite Olsson"]


def test_unattributed_quote_after_say_subject_of_new_paragraph() -> None:
    text = (
        'Tom Reyes liked it. "I enjoyed every single minute of it," he said.\n\n'
        'Retired teacher Ellen Park, 67, said the film ran long. "It could have lost forty minutes."'
    )
    assert _speakers(text) == ["Tom Reyes", "Ellen Park"]


def test_continuation_paragraph_keeps_speaker() -> None:
    # a paragraph holding only a quotation continues the speaker before it
    text = (
        'Ellen Park, a retired teacher, said the film ran long. "It could have lost forty minutes," she said.\n\n'
        '"The second half dragged badly and the ending made no sense to anyone."'
    )
    assert _speakers(text) == ["Ellen Park", "Ellen Park"]


def test_pronoun_with_contradicting_first_name_is_not_forced() -> None:
    text = (
        'Tom Reyes liked it. "I enjoyed every single minute of it," he said.\n\n'
        'Longtime moviegoer Ellen Park, 67, said the film ran long. "It was fine by me, honestly," he said.'
    )
    assert _speakers(text)[1] != "Ellen Park"


# 3. "said <place> <role> <Name>"


def test_said_place_role_name() -> None:
    text = '"We had fishermen out all night," said Tromsø mayor Gunnar Wilsgård.'
    assert _speakers(text) == ["Gunnar Wilsgård"]


def test_said_place_role_name_variant_two_place_words() -> None:
    text = '"The harbour wall held, but only just," said North Yorkshire council leader Carl Les.'
    assert _speakers(text) == ["Carl Les"]


def test_said_role_name_variant() -> None:
    text = '"The roads will reopen on Monday," said mayor Ingrid Solberg.'
    assert _speakers(text) == ["Ingrid Solberg"]


def test_place_role_name_said_variant() -> None:
    text = '"The roads will reopen on Monday," Bergen mayor Ingrid Solberg said.'
    assert _speakers(text) == ["Ingrid Solberg"]


def test_said_name_keeps_plain_form() -> None:
    text = '"The roads will reopen on Monday," said Ingrid Solberg, the mayor of Bergen.'
    assert _speakers(text) == ["Ingrid Solberg"]


# 4. "<Name> ... put it / summed it up / explained / wrote:" credits the name opening the clause


def test_name_over_at_org_put_it() -> None:
    text = 'Priya Raman over at Meridian put it best: "The audience decides."'
    assert _speakers(text) == ["Priya Raman"]


def test_name_from_org_summed_it_up() -> None:
    text = 'Daniel Okafor from the Lagos Film Fund summed it up: "Nobody can predict a hit in this business."'
    assert _speakers(text) == ["Daniel Okafor"]


def test_name_in_report_wrote() -> None:
    text = 'Helen Marsh in her weekly column for Screen Daily wrote: "Streaming has changed the maths of releases."'
    assert _speakers(text) == ["Helen Marsh"]


def test_name_with_appositive_put_it() -> None:
    text = 'Priya Raman, an analyst at Meridian, put it best: "The audience decides."'
    assert _speakers(text) == ["Priya Raman"]


def test_titled_name_told_keeps_name() -> None:
    text = 'Home Secretary Charles Clarke told MPs: "We will act on this now."'
    assert _speakers(text) == ["Charles Clarke"]


# 5. unnamed speakers with "telling"/"saying" participles


def test_unnamed_telling_participle() -> None:
    text = 'I spent an hour on hold, an airline rep telling me on the phone, "We are doing everything we can."'
    assert _speakers(text) == ["an airline rep"]


def test_unnamed_saying_participle() -> None:
    text = 'The notice was posted at noon, a hotel manager saying, "Every guest will get a full refund by Friday."'
    assert _speakers(text) == ["a hotel manager"]


def test_unnamed_told_past_tense() -> None:
    text = 'A gate agent told me, "There is nothing we can do until the crew arrives."'
    assert _speakers(text) == ["A gate agent"]


def test_unnamed_with_saying_absolute_clause() -> None:
    text = 'The council defended the award, with a spokesperson saying: "You have to look at the whole record."'
    assert _speakers(text) == ["a spokesperson"]


def test_object_before_saying_is_not_a_speaker() -> None:
    text = 'Ravi Menon said little. The union backed the proposals saying "we will be happy if the board accepts them".'
    assert _speakers(text) != ["the proposals"]


def test_preposition_before_saying_is_not_a_speaker() -> None:
    text = 'Mr Lowe was quoted in the Evening Courier saying: "I feel the party has over-reacted to all of this."'
    assert _speakers(text) != ["the Evening Courier"]


# single quotes: a long quotation reopened in the next paragraph, and one opening with a year


def test_single_quoted_quotation_reopened_in_next_paragraph() -> None:
    text = (
        "Kavita Rao said: 'Demand for small cars has never been stronger in the towns.\n\n"
        "'We are adding a third shift at the plant from April,' she said."
    )
    assert _pairs(text) == [
        ("Demand for small cars has never been stronger in the towns.", "Kavita Rao"),
        ("We are adding a third shift at the plant from April", "Kavita Rao"),
    ]


def test_single_quoted_quotation_opening_with_a_year() -> None:
    text = "'2025 has been a record year for our exports,' said Arjun Nair."
    assert _pairs(text) == [("2025 has been a record year for our exports", "Arjun Nair")]


def test_single_quote_left_open_over_double_quotes_is_dropped() -> None:
    text = (
        "Mixed marks: 'Networks like these facilitate piracy. The firm was clear,\" it said. "
        '"Illegal file-sharers steal millions of pounds worth of music every single year."'
    )
    assert [q["quote"] for q in extract_quotes(text)][-1].startswith("Illegal file-sharers")
