"""A figure's subject is not its source, a place it is compared with or a part of it; each item of a list of parallel
clauses has its own name; "it" after "X said" is X. Attribution: a speaker's home town, a noun that looks like a
say-word and a concessive clause's source credit no figure."""

from __future__ import annotations

import pytest

from pipeline.claims.attribution import find_attribution
from pipeline.claims.subjects import find_subject, main_organisation


def ent(text: str, label: str = "ORG", count: int = 1) -> dict:
    return {"text": text, "label": label, "count": count}


def subject(sentence: str, surface: str, entities: list[dict], main_org: str | None = None) -> str | None:
    """The subject as the claim extractor asks for it: the sentence's source kept from being the subject."""
    return find_subject(
        sentence, sentence.index(surface), tuple(entities), exclude=find_attribution(sentence), main_org=main_org
    )


# 1. the body that reports or measured a figure is its source, not its subject


def test_an_agency_named_after_the_figure_is_its_source() -> None:
    entities = [ent("Japan Meteorological Agency")]
    sentence = "The tremor had a magnitude of 5.9, the Japan Meteorological Agency said."
    assert subject(sentence, "5.9", entities) is None


def test_a_place_before_the_figure_stays_when_an_office_reports_it() -> None:
    entities = [ent("Norway", "GPE"), ent("Foreign Office")]
    sentence = "Norway on Tuesday added $1.5m in emergency funding, the Foreign Office said."
    assert subject(sentence, "$1.5m", entities) == "Norway"


def test_a_reporting_body_before_a_complement_with_its_own_subject() -> None:
    entities = [ent("Bureau of Meteorology")]
    sentence = "The Bureau of Meteorology said the storm dumped 310mm of rain overnight."
    assert subject(sentence, "310mm", entities) is None
    sentence = "The storm, which the Bureau of Meteorology measured at category 4, flattened the pier."
    assert subject(sentence, "4", entities) is None


def test_a_body_speaking_of_itself_or_a_company_reporting_stays_the_subject() -> None:
    entities = [ent("Environment Agency"), ent("Tamar Water")]
    sentence = "The Environment Agency said it had spent £3m on the clean-up."
    assert subject(sentence, "£3m", entities) == "Environment Agency"
    entities = [ent("Brightwell")]
    sentence = "Brightwell said revenue rose 4% to $2.1bn."
    assert subject(sentence, "4%", entities, main_org="Brightwell") == "Brightwell"


# 2. lists of parallel clauses, and "it" after a sayer


def test_each_clause_of_a_list_keeps_its_own_place() -> None:
    entities = [ent("World Bank"), ent("Germany", "GPE"), ent("France", "GPE")]
    sentence = "The World Bank approved $40 million, Germany gave $25 million, and France offered €12 million."
    assert subject(sentence, "$40 million", entities) == "World Bank"
    assert subject(sentence, "$25 million", entities) == "Germany"
    assert subject(sentence, "€12 million", entities) == "France"


def test_a_place_after_a_preposition_or_owning_a_company_is_no_list_item() -> None:
    entities = [ent("Harlow Foods"), ent("Britain", "GPE"), ent("Brightwell")]
    sentence = "Brightwell made £9m last year, and Britain's Harlow Foods made £3m."
    assert subject(sentence, "£3m", entities) == "Harlow Foods"
    entities = [ent("Basel", "GPE"), ent("Milan", "GPE")]
    sentence = "The rail link between Basel and Milan will cost 9 billion euros."
    assert subject(sentence, "9 billion", entities) is None


def test_each_figure_from_a_place_in_a_list_is_that_places() -> None:
    entities = [ent("Asian Development Bank"), ent("Australia", "GPE"), ent("Korea", "GPE"), ent("Canada", "GPE")]
    sentence = (
        "Donors have offered about $60 million, including $30 million from the Asian Development Bank, "
        "$12 million from Australia, $9 million from Korea and $5 million from Canada."
    )
    assert subject(sentence, "$30 million", entities) == "Asian Development Bank"
    assert subject(sentence, "$12 million", entities) == "Australia"
    assert subject(sentence, "$5 million", entities) == "Canada"
    entities = [ent("Ferrow Group"), ent("Australia", "GPE")]  # a figure after its clause's subject stays its own
    sentence = "Ferrow Group said on Monday it had received $12 million from Australia."
    assert subject(sentence, "$12 million", entities) == "Ferrow Group"


def test_it_after_a_named_sayer_is_the_sayer() -> None:
    entities = [ent("Red Cross"), ent("Norway", "GPE")]
    sentence = "The Red Cross pledged $2m, and Norway said it would add $1.5m."
    assert subject(sentence, "$1.5m", entities, main_org="Red Cross") == "Norway"


def test_it_after_a_ministry_said_is_not_the_articles_company() -> None:
    entities = [ent("Chile", "GPE"), ent("Andes Power")]
    sentence = "Chile's energy ministry said it would raise its subsidy budget to 90 billion pesos."
    assert subject(sentence, "90 billion", entities, main_org="Andes Power") == "Chile"
    sentence = "The company said it would raise its prices by 6% in March."
    assert subject(sentence, "6%", entities, main_org="Andes Power") == "Andes Power"


# 3. parts, companions and comparisons after the figure


def test_a_name_after_with_or_including_is_a_part_not_the_subject() -> None:
    entities = [ent("Japan", "GPE")]
    sentence = "Abroad, the album sold 210,000 copies, with Japan accounting for 80,000."
    assert subject(sentence, "210,000", entities) is None
    entities = [ent("Cardiff", "GPE")]
    sentence = "Some 240 police officers were deployed, including 60 from Cardiff."
    assert subject(sentence, "240", entities) is None


def test_a_place_right_after_the_figure_stays_its_subject() -> None:
    entities = [ent("Japan", "GPE")]
    sentence = "The album sold 210,000 copies in Japan."
    assert subject(sentence, "210,000", entities) == "Japan"
    entities = [ent("Marlow Foods")]  # "with" without a comma names a counterpart, not a part
    sentence = "Prosecutors charged nine suppliers with helping Marlow Foods inflate its earnings."
    assert subject(sentence, "nine", entities) == "Marlow Foods"


def test_the_body_a_figure_is_compared_with_is_not_its_subject() -> None:
    entities = [ent("Reserve Bank")]
    sentence = "Inflation rose to 4.2% in May, well above the Reserve Bank's 2% target."
    assert subject(sentence, "4.2%", entities) is None
    assert subject(sentence, "2% target", entities) == "Reserve Bank"
    sentence = "Inflation rose to 4.2% in May, well above the bank's 2% target."
    assert subject(sentence, "4.2%", [], main_org="Reserve Bank") is None
    entities = [ent("Budget Office"), ent("Blue Book", "WORK")]
    sentence = (
        "The Budget Office said debt would reach 61% of GDP, compared with the 58% the minister put in his Blue Book."
    )
    assert subject(sentence, "61%", entities) is None


def test_an_untyped_title_before_an_irregular_verb_is_the_subject() -> None:
    entities = [ent("Harbour Lights", "MISC"), ent("Orbit Films")]
    sentence = "Harbour Lights slid 41% in its second weekend."
    assert subject(sentence, "41%", entities, main_org="Orbit Films") == "Harbour Lights"
    sentence = "Harbour Lights, meanwhile, dropped 41 percent."
    assert subject(sentence, "41 percent", entities, main_org="Orbit Films") == "Harbour Lights"


# 4. the article's main organisation


def test_a_body_named_only_in_a_closing_paragraph_is_no_main_organisation() -> None:
    text = (
        "Flood waters rose across the valley on Sunday, cutting off three villages.\n"
        "It was the worst flooding in the region for forty years, residents said. Roads were closed.\n"
        "Rescue crews worked through the night to reach stranded families in the hills above the river.\n"
        "Hydrologists at Vester University said the Vester University gauges had never read higher."
    )
    entities = [ent("Vester University", "ORG", 2)]
    assert main_organisation(entities, text, text.index("\n")) is None
    text = "Halden Group said on Monday it would close two plants.\n" + text
    entities = [ent("Halden Group", "ORG", 1), ent("Vester University", "ORG", 2)]
    assert main_organisation(entities, text, text.index("\n")) == "Halden Group"


def test_a_commenters_employer_is_no_main_organisation() -> None:
    text = (
        "The central bank cut rates on Thursday.\n"
        '"It is in no hurry," said Jo Lin, chief economist at Kessler Bank.\n'
        "Economists at Kessler Bank expect two more cuts."
    )
    entities = [ent("Kessler Bank", "ORG", 2)]
    assert main_organisation(entities, text, text.index("\n")) is None
    text = text.replace("The central bank", "Kessler Bank")
    assert main_organisation(entities, text, text.index("\n")) == "Kessler Bank"


# 5. attribution


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Tomas Reid, 52, from Galway, said he had paid €640 for two seats.", "Tomas Reid"),
        ("Ana Duarte, a nurse in Porto, said her rent had risen by €200 a month.", "Ana Duarte"),
        ("Within minutes, listings for the Cardiff shows appeared on resale sites at £900.", None),
        ("Belgium added €3m to the fund, the Foreign Office said.", "Foreign Office"),
        ("A council report put the repairs at £4.5m, though economists say the work may take longer.", None),
    ],
)
def test_no_place_noun_or_concession_is_credited(sentence: str, source: str | None) -> None:
    assert find_attribution(sentence) == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Nationwide shows prices rose 2% in March.", "Nationwide"),
        ("Revenue rose 5% to $3bn, Brightwell added.", "Brightwell"),
        ("The Treasury projects modified growth of 1.5% in 2026.", "Treasury"),
        ("A report put the cost at £4.5m, though economists say the bill could reach £6m.", "economists"),
        ('"We sold 500 homes, but demand is falling," said Lena Ortiz.', "Lena Ortiz"),
        ("Kessler Bank added that profit rose 3%.", "Kessler Bank"),
        ("About 9,000 PCs a day are hijacked, a study from security firm Norvik showed last year.", "Norvik"),
        ("Halden Media added 2.1 million subscribers in the quarter, the company said.", "Halden Media"),
    ],
)
def test_real_sources_are_still_credited(sentence: str, source: str) -> None:
    assert find_attribution(sentence) == source


def test_a_town_the_headline_and_lead_name_after_a_preposition_is_no_main_organisation() -> None:
    title = "Bushfire near Tallow Creek doubles in size; town of Ardley evacuated"
    text = "A bushfire has forced the evacuation of the town of Ardley, the fire service said.\nIt was 20% contained."
    entities = [ent("Ardley", "MISC", 2), ent("Rural Fire Service", "ORG", 1), ent("Tallow Creek", "LOC", 1)]
    assert main_organisation(entities, text, text.index("\n"), title) is None
    title = "Ardley Mining halts output after bushfire"
    text = "Ardley Mining halted output at two pits on Monday, the fire service said.\nIt lost 5% of its output."
    entities = [ent("Ardley Mining", "MISC", 2), ent("Rural Fire Service", "ORG", 1), ent("Tallow Creek", "LOC", 1)]
    assert main_organisation(entities, text, text.index("\n"), title) == "Ardley Mining"
    text = "Shares in Ardley Mining fell 9% on Monday, the fire service said.\nIt lost 5% of its output."
    assert main_organisation(entities, text, text.index("\n"), title) == "Ardley Mining"
