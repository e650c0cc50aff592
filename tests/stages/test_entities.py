"""Rule and gazetteer entities: labels, canonical forms and counts."""

from __future__ import annotations

import pandas as pd

from pipeline.schemas import conform, validate
from pipeline.stages.entities import extract_entities, extract_entities_table

TEXT = (
    "Netflix has used generative AI to create a building collapse in the Argentine series “The Eternaut.” "
    "Co-CEO Ted Sarandos revealed the news during the company's earnings call in Los Gatos, California. "
    "Sarandos said the sequence was finished ten times faster. Davier Yoon, co-founder of Singapore animation "
    "studio CraveFX, welcomed the move.\n\n"
    "The Writers Guild of America and the Bank of England were not involved. Analysts at Goldman Sachs expect "
    "Netflix to spend more in Europe, while British and Japanese studios watch closely. The Cannes Film Festival "
    "will debate AI in May, and Microsoft Corp said its tools helped."
)


def _by_text(text: str) -> dict[str, dict]:
    return {e["text"]: e for e in extract_entities(text)}


def test_people_with_surname_back_references() -> None:
    ents = _by_text(TEXT)
    assert ents["Ted Sarandos"]["label"] == "PERSON"
    assert ents["Ted Sarandos"]["count"] == 2
    assert "Sarandos" not in ents
    assert ents["Davier Yoon"]["label"] == "PERSON"


def test_labels_from_gazetteers_and_suffixes() -> None:
    ents = _by_text(TEXT)
    assert ents["Netflix"]["label"] == "ORG" and ents["Netflix"]["count"] == 2
    assert ents["Singapore"]["label"] == "GPE"
    assert ents["California"]["label"] == "GPE"
    assert ents["Europe"]["label"] == "LOC"
    assert ents["Argentine"]["label"] == "NORP"
    assert ents["British"]["label"] == "NORP"
    assert ents["The Eternaut"]["label"] == "WORK"
    assert ents["Writers Guild of America"]["label"] == "ORG"
    assert ents["Bank of England"]["label"] == "ORG"
    assert ents["Goldman Sachs"]["label"] == "ORG"
    assert ents["Microsoft Corp"]["label"] == "ORG"
    assert ents["Cannes Film Festival"]["label"] == "EVENT"


def test_sentence_initial_words_are_not_entities() -> None:
    ents = _by_text(
        "Faced with rising costs, the studio changed course. Skilled artists were worried. However, the plan "
        "went ahead. Whenever budgets shrink, jobs go."
    )
    assert not {"Faced", "Skilled", "However", "Whenever"} & set(ents)


def test_possessives_and_headings() -> None:
    ents = _by_text("Strategic Expansion Beyond Production\n\nNetflix’s AI push continued as Netflix's shares rose.")
    assert ents == {"Netflix": ents["Netflix"]}
    assert ents["Netflix"]["count"] == 2


def test_table_contract() -> None:
    docs = pd.DataFrame({"article_id": ["a", "b", "c"], "text": [TEXT, "", "no names here at all."]})
    out = extract_entities_table(docs)
    assert set(out["article_id"]) == {"a"}
    assert not out.duplicated(["article_id", "text"]).any()
    validate("entities", conform("entities", out))


def test_titles_before_unfamiliar_names_and_surname_folding() -> None:
    ents = _by_text(
        "Agriculture Minister Adamu Bello said on Monday that exports would rise. Bello added that Ex-Labour MP "
        "George Galloway had visited. Aid worker Margaret Hassan, who worked for Care International in Baghdad, "
        "was praised. Hassan had lived in Iraq for 30 years. The team flew from New Zealand."
    )
    assert ents["Adamu Bello"]["label"] == "PERSON" and ents["Adamu Bello"]["count"] == 2
    assert ents["George Galloway"]["label"] == "PERSON"
    assert ents["Margaret Hassan"]["label"] == "PERSON" and ents["Margaret Hassan"]["count"] == 2
    assert ents["Care International"]["label"] == "ORG"
    assert ents["New Zealand"]["label"] == "GPE"
    assert "Hassan" not in ents and "Zealand" not in ents


def test_works_named_by_the_word_before_them() -> None:
    ents = _by_text(
        "The classic film It's A Wonderful Life is to be turned into a musical by producer Jon Thoday. He worked "
        "with Steve Brown, who wrote the musical Spend Spend Spend. It was based on a short story, The Greatest "
        "Gift, by Philip van Doren Stern. Thoday bought the rights from Van Doren Stern's family. It's a Wonderful "
        "Life opens next year. His studio made games such as Populous, Theme Park and Dungeon Keeper."
    )
    for work in ("It's A Wonderful Life", "Spend Spend Spend", "The Greatest Gift", "Populous", "Theme Park"):
        assert ents[work]["label"] == "WORK", work
    assert ents["Dungeon Keeper"]["label"] == "WORK"
    assert ents["It's A Wonderful Life"]["count"] == 2
    assert ents["Philip van Doren Stern"]["label"] == "PERSON" and ents["Philip van Doren Stern"]["count"] == 2
    assert "Van Doren Stern" not in ents


def test_acronyms_aliases_and_institution_names() -> None:
    ents = _by_text(
        "High-definition TV is taking off in the United States and Japan. The US leads, which suits us fine. "
        "After years of buzz about high-definition TV (HDTV) it is here. British TV pictures use 625 lines. "
        "A Department for Education and Skills source said the Ministry of Defence and Home Office agreed. "
        "The 3GSM conference takes place in Cannes, France."
    )
    assert ents["US"]["label"] == "GPE" and ents["US"]["count"] == 2
    assert "United States" not in ents
    assert ents.get("HDTV", {}).get("label") != "ORG"
    assert ents.get("British TV", {}).get("label") != "ORG"
    assert ents["Department for Education and Skills"]["label"] == "ORG"
    assert ents["Ministry of Defence"]["label"] == "ORG" and ents["Home Office"]["label"] == "ORG"
    assert ents["Cannes"]["label"] == "GPE"


def test_roles_channels_and_groups_are_not_people() -> None:
    ents = _by_text(
        "A British Muslim group has criticised the drama, which is about to be aired on Sky One. The Conservative "
        "Party Co-Chairman said the plan failed. The studio behind the game Black & White was sold."
    )
    assert ents["Sky One"]["label"] != "PERSON"
    assert ents.get("British Muslim", {}).get("label") != "PERSON"
    assert ents.get("Conservative Party Co-Chairman", {}).get("label") != "PERSON"
    assert ents["Black & White"]["label"] != "PERSON"


def test_an_organisation_before_a_role_and_a_name() -> None:
    ents = _by_text(
        "Former WorldCom chief Bernie Ebbers denied the claims. But Fair Trials Abroad director Stephen Jakobi said "
        "there were similarities."
    )
    assert ents["WorldCom"]["label"] == "ORG" and "Former WorldCom" not in ents
    assert ents["Fair Trials Abroad"]["label"] == "ORG"
    assert ents["Bernie Ebbers"]["label"] == ents["Stephen Jakobi"]["label"] == "PERSON"


def test_cue_precheck_agrees_with_the_cue_patterns() -> None:
    """The fast tail check in front of the cue searches must never skip a window the pattern itself matches."""
    from pipeline.stages import entities as ent

    windows = [
        "",
        " ",
        "the classic film ",
        "games such as ",
        "the hit musical, ",
        "a new FILM  \n",
        "in the comedy the ",
        "his latest novel an ",
        "xfilm ",
        "the film",
        "said the ſeries ",
        "US media watchdog ",
        "a London-based think-tank ",
        "the think tank\n",
        "rival startup ",
        "Korea ",
        "le Kelvin-ſide ",
    ]
    for window in windows:
        for tails, pattern in (
            (ent._WORK_CUE_TAILS, ent._WORK_CUE_RE),
            (ent._ORG_CUE_TAILS, ent._ORG_CUE_BEFORE),
        ):
            assert ent._ends_with_cue(window, tails, pattern) == bool(pattern.search(window)), window


def test_entity_table_matches_extract_entities() -> None:
    docs = pd.DataFrame({"article_id": ["a", "b", "c"], "text": [TEXT, "", None]})
    table = extract_entities_table(docs)
    expected = [(e["text"], e["label"], e["count"]) for e in extract_entities(TEXT)]
    assert list(zip(table["text"], table["label"], table["count"])) == expected
    assert set(table["article_id"]) == {"a"}


def test_a_short_name_resolves_the_same_whatever_the_hash_seed():
    """Two equally long full names end in the same words: the first mentioned wins, in every process."""
    import subprocess
    import sys

    code = (
        "from pipeline.stages.entities import extract_entities;"
        "text = 'John Van Buren met Mary Van Buren in Albany on Monday. Van Buren said the talks went well.';"
        "print(sorted((e['text'], e['count']) for e in extract_entities(text)))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("0", "1", "2", "3")
    }
    assert len(outputs) == 1, outputs


def test_a_rare_word_opening_a_sentence_is_a_name() -> None:
    # "Quorvane" is written only where it opens a sentence; "Analysts" and "Shares" are English words
    ents = _by_text(
        "Quorvane, the Ohio e-scooter maker, recalled 80,000 scooters. Analysts were surprised. "
        "Shares of Quorvane fell 7%. Quorvane said it would replace every battery."
    )
    assert ents["Quorvane"]["label"] == "ORG"  # "the Ohio e-scooter maker" says what it is
    assert ents["Quorvane"]["count"] == 3
    assert not {"Analysts", "Shares", "Shares of Quorvane"} & set(ents)
    assert "University of Leeds" in _by_text("University of Leeds researchers found 40 cases.")


def test_geographic_names_and_organisations_with_first_names() -> None:
    ents = _by_text(
        "Sewage was released into the River Lune, the regulator said. Campaign group River Action called for "
        "a ban. Analysts at Jordan Brooks said costs would rise. Lake Tana is shrinking. Severn Water was fined."
    )
    assert ents["River Lune"]["label"] == "LOC"  # "River" is also a first name
    assert ents["Lake Tana"]["label"] == "LOC"
    assert ents["River Action"]["label"] == "ORG"  # "campaign group" names an organisation
    assert ents["Jordan Brooks"]["label"] == "ORG"  # a firm analysts work at
    assert ents["Severn Water"]["label"] == "ORG"  # a water company


def test_a_stop_word_opening_an_institutions_name_stays() -> None:
    ents = _by_text("Officials at the World Health Organization met the World Bank. World leaders agreed.")
    assert {"World Health Organization", "World Bank"} <= set(ents)
    assert "World" not in ents


def test_a_club_is_no_person() -> None:
    ents = _by_text("Kestrel City have signed a striker. City manager Ellie Booth was pleased. Leeds United lost.")
    assert ents["Kestrel City"]["label"] == "ORG"
    assert ents["Leeds United"]["label"] == "ORG"
    assert ents["Ellie Booth"]["label"] == "PERSON"


def test_a_group_or_charity_named_right_after_the_word_for_it() -> None:
    ents = _by_text("Residents' group Save Our Seafront objected. The charity Grace Hope agreed. Grace Hope said so.")
    assert ents["Save Our Seafront"]["label"] == "ORG"  # "Save" is also a first name
    assert ents["Grace Hope"]["label"] == "ORG"


def test_a_port_or_fort_opens_a_towns_name() -> None:
    ents = _by_text(
        "Smoke drifted over the hills above Port Brennick on Tuesday. Ships were diverted to Fort Osgood. "
        "The Port Authority and the Port of Kestrel Authority shut the docks. Port Tamsin have signed a "
        "striker from Port Elizabeth."
    )
    assert ents["Port Brennick"]["label"] == "GPE"
    assert ents["Fort Osgood"]["label"] == "GPE"
    assert ents["Port Elizabeth"]["label"] == "GPE"  # "Elizabeth" is a first name: no person either
    assert ents["Port Authority"]["label"] == "ORG"
    assert ents["Port of Kestrel Authority"]["label"] == "ORG"
    assert ents["Port Tamsin"]["label"] == "ORG"  # "have signed a striker": the town's football club


def test_a_dateline_in_capitals_is_the_place_the_story_names() -> None:
    ents = _by_text(
        "PORT BRENNICK, June 9 (Coastline Press) - Floods cut off Port Brennick overnight, and rescuers reached "
        "Port Brennick's harbour by boat.\n\nResidents said the water rose fast."
    )
    assert "PORT BRENNICK" not in ents
    assert ents["Port Brennick"]["label"] == "GPE" and ents["Port Brennick"]["count"] == 3
    assert ents["Coastline Press"]["label"] == "ORG"
    assert "Floods" not in ents  # the first word after the dateline's dash opens a sentence

    ents = _by_text("OSTRAVIN, June 9 (Wire Service) - Floods cut off the valley. Rescue teams arrived.")
    assert ents["Ostravin"]["label"] == "GPE"  # no gazetteer knows it: the dateline says it is a place
    assert ents["Wire Service"]["label"] == "ORG"

    ents = _by_text("WASHINGTON (Reuters) - Lawmakers met in Washington on Monday. MCCARRAN, Nev. - Fog in McCarran.")
    assert ents["Washington"]["label"] == "GPE" and ents["Washington"]["count"] == 2
    assert "WASHINGTON" not in ents
    assert ents["Reuters"]["label"] == "ORG"


def test_capitals_opening_a_line_without_a_dateline_are_left_alone() -> None:
    ents = _by_text(
        "BREAKING - a fire closed the road.\nNASA - the launch was delayed.\n\nUK, May 2 (Wire Service) - Prices rose."
    )
    assert not {"Breaking", "BREAKING"} & set(ents)
    assert ents["NASA"]["label"] == "ORG"  # a known organisation opening a line is no dateline
    assert ents["UK"]["label"] == "GPE"  # written in capitals anyway


def test_ranks_and_offices_before_a_name_are_stripped() -> None:
    ents = _by_text(
        "Sheriff Marta Quillon said deputies had gone door to door. Quillon said everyone was out. "
        "Police Commissioner Ravi Denholm and Det Sgt Olu Brandt spoke later. Bishop Kaspar Lind blessed the "
        "crews, and Supreme Court Justice Hedda Morrow dissented. Admiral Tova Wren and Inspector Iain Cole "
        "agreed. Brandt said so. Lt Col Bram Edevane and Deputy Speaker Inga Solvik met."
    )
    assert ents["Marta Quillon"]["label"] == "PERSON" and ents["Marta Quillon"]["count"] == 2
    people = ("Ravi Denholm", "Kaspar Lind", "Hedda Morrow", "Tova Wren", "Iain Cole", "Bram Edevane", "Inga Solvik")
    for name in people:
        assert ents[name]["label"] == "PERSON", name
    assert ents["Olu Brandt"]["label"] == "PERSON" and ents["Olu Brandt"]["count"] == 2
    assert not {"Sheriff Marta Quillon", "Quillon", "Brandt"} & set(ents)


def test_organisations_named_with_a_title_word_keep_it() -> None:
    ents = _by_text(
        "Shares in General Motors fell and General Electric rose. She studied at Judge Business School. "
        "The Chief Executive of the firm resigned. Chief Executive Ann Blythe replaced him. The Justice "
        "Department and Admiral Insurance agreed. The Queen Mary University of London team won."
    )
    for org in ("General Motors", "General Electric", "Judge Business School", "Justice Department"):
        assert ents[org]["label"] == "ORG", org
    assert ents["Admiral Insurance"]["label"] == "ORG"
    assert ents["Queen Mary University of London"]["label"] == "ORG"
    assert ents["Ann Blythe"]["label"] == "PERSON"
    assert not {"Motors", "Electric", "Business School", "Executive", "Chief Executive"} & set(ents)


def test_an_organisation_named_in_apposition_to_the_word_for_it() -> None:
    ents = _by_text(
        "The blaze was contained, according to the state parks agency, ParkServe. Power was cut by the local "
        "utility, Voltera, on Monday. A spokeswoman for the agency, Zorana Plitt, said crews were tired."
    )
    assert ents["ParkServe"]["label"] == "ORG"
    assert ents["Voltera"]["label"] == "ORG"
    assert ents["Zorana Plitt"]["label"] != "ORG"  # a person after "for the agency,"


def test_political_parties_are_organisations() -> None:
    ents = _by_text(
        "The ruling Agrarian Democrats slipped to 19.4% and 31 seats on Sunday. The Agrarian Democrats, who have "
        "governed since 1998, blamed the turnout. The Greens, led by Mirela Oprea, gained five seats, and the "
        "Liberals held steady. The Free Farmers Movement and the Civic Front both entered parliament, while "
        "Coastal Labour and the Harbour Unionists lost ground."
    )
    for party in (
        "Agrarian Democrats",
        "Greens",
        "Liberals",
        "Free Farmers Movement",
        "Civic Front",
        "Coastal Labour",
        "Harbour Unionists",
    ):
        assert ents[party]["label"] == "ORG", party
    assert ents["Agrarian Democrats"]["count"] == 2
    assert _by_text("In Washington, the Democrats said little.")["Democrats"]["label"] == "ORG"
    assert ents["Mirela Oprea"]["label"] == "PERSON"


def test_people_and_places_named_like_parties_are_not_organisations() -> None:
    ents = _by_text(
        "Paul Greens, a baker, voted early. Ruth Green, the local MP, agreed. "
        "The museum covers the Western Front in detail. The groundsman watered the greens before the match."
    )
    assert ents["Paul Greens"]["label"] == "PERSON"
    assert ents["Ruth Green"]["label"] == "PERSON"
    assert ents["Western Front"]["label"] != "ORG"


def test_company_forms_of_other_countries_make_organisations() -> None:
    ents = _by_text(
        "Tidewater Ceramics ASA agreed on Monday to buy Juniper Kilns Oyj, and Marlo Vetri SpA, Ostrava Tiles SE, "
        "Sundby Glas AB, Koru Kilns Pty Ltd, Brava Ceramica Ltda, Akita Toki KK and Fjordline Keramik Oy said "
        "they would bid too."
    )
    for name in (
        "Tidewater Ceramics ASA",
        "Juniper Kilns Oyj",
        "Marlo Vetri SpA",
        "Ostrava Tiles SE",
        "Sundby Glas AB",
        "Koru Kilns Pty Ltd",
        "Brava Ceramica Ltda",
        "Akita Toki KK",
        "Fjordline Keramik Oy",
    ):
        assert ents[name]["label"] == "ORG", name


def test_a_company_form_is_no_suffix_on_its_own() -> None:
    ents = _by_text("As of Monday, about 200 people had signed. SE of the harbour, the wind rose.")
    assert not {"As", "SE"} & set(ents)


def test_temperatures_and_decimals_are_no_product_names() -> None:
    from pipeline.stages.entities import extract_entities

    text = "Readings of 39.8C (103.6F) at Tolvern beat the 38C record, but the A320 and the 3D printers were fine."
    names = {e["text"] for e in extract_entities(text)}
    assert not names & {"8C", "6F", "38C", "39.8C"}
    assert {"3D", "A320"} <= names


def test_an_amount_after_its_currency_code_is_no_product() -> None:
    from pipeline.stages.entities import extract_entities

    names = {e["text"] for e in extract_entities("The group will invest DKK150m and SEK40bn; the A320 is unaffected.")}
    assert not names & {"DKK150m", "SEK40bn"} and "A320" in names
