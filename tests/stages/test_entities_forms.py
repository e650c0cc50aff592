"""Name forms the rule-based entity stage reads: sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from pipeline.stages.entities import extract_entities


def _found(text: str) -> dict[str, str]:
    return {e["text"]: e["label"] for e in extract_entities(text)}


def test_org_named_before_a_title_inside_the_name() -> None:
    found = _found("The plan was backed by Home Office Minister Carla Whitby on Tuesday.")
    assert found.get("Home Office") == "ORG"
    assert found.get("Carla Whitby") == "PERSON"


def test_place_based_prefix_is_split_from_the_name() -> None:
    found = _found("Shares in the Leeds-based Brackenfold Logistics rose sharply after the results.")
    assert found.get("Leeds") == "GPE"
    assert found.get("Brackenfold Logistics") == "ORG"
    assert not any("based" in name for name in found)


def test_of_the_inside_an_institution_name() -> None:
    found = _found("The ruling came from the Court of Appeals for the Eastern District of Ohio last week.")
    assert found.get("Court of Appeals for the Eastern District of Ohio") == "ORG"


def test_person_of_the_organisation_stays_two_names() -> None:
    found = _found('"We need more staff," said Ellen Marsh of the Tenants Council in a statement.')
    assert found.get("Ellen Marsh") == "PERSON"
    assert found.get("Tenants Council") == "ORG"
    assert not any(" of the " in name for name in found)


def test_acronym_folds_into_the_full_name() -> None:
    text = (
        "The Office of Coastal Planning said the harbour would be dredged. "
        "A spokeswoman for the OCP said work would start in May. "
        "The Inland Water Safety Agency (IWSA) welcomed the plan, and the IWSA will inspect the site."
    )
    found = _found(text)
    assert found.get("Office of Coastal Planning") == "ORG"
    assert found.get("Inland Water Safety Agency") == "ORG"
    assert "OCP" not in found and "IWSA" not in found
    counts = {e["text"]: e["count"] for e in extract_entities(text)}
    assert counts["Inland Water Safety Agency"] == 3


def test_acronym_of_the_last_words_of_a_longer_name() -> None:
    found = _found("The Northern Board of Dental Ethics (BDE) has suspended the dentist. The BDE gave no reason.")
    assert found.get("Northern Board of Dental Ethics") == "ORG"
    assert "BDE" not in found


def test_apposition_says_the_name_is_an_organisation() -> None:
    found = _found("Granite Mutual, Scotland's oldest building society, has cut its savings rates again.")
    assert found.get("Granite Mutual") == "ORG"


def test_apposition_with_a_job_word_is_not_an_organisation() -> None:
    found = _found('"It will change," says Jo Pellow, a veteran broadcaster with the station.')
    assert found.get("Jo Pellow") != "ORG"


def test_names_listed_with_an_organisation() -> None:
    found = _found("Northwick Union and Halden Sun Assurance have both trimmed their payouts this year.")
    assert found.get("Halden Sun Assurance") == "ORG"
    assert found.get("Northwick Union") == "ORG"


def test_list_ending_in_and_other_companies() -> None:
    found = _found("Fernlow, Quarrytech and many other companies lost customer records last year.")
    assert found.get("Quarrytech") == "ORG"


def test_band_cue_and_member_cue() -> None:
    found = _found("The former Quartz Ravens singer now fronts his band Glasshound, which tours in May.")
    assert found.get("Quartz Ravens") == "ORG"
    assert found.get("Glasshound") == "ORG"


def test_plural_verb_after_a_singular_name_is_a_group() -> None:
    found = _found("Critics were unkind to the album. Later that year Ember Lantern are touring again.")
    assert found.get("Ember Lantern") == "ORG"


def test_town_with_a_club_role_after_it_is_the_club() -> None:
    text = "Southampton boss Harry Redknapp was pleased. Southampton have now won three in a row at home."
    found = _found(text)
    assert found.get("Southampton") == "ORG"
    assert found.get("Harry Redknapp") == "PERSON"


def test_occupation_before_a_name_is_not_part_of_it() -> None:
    found = _found("Musician Tomas Ferrow, 31, also appeared in court on Friday.")
    assert found.get("Tomas Ferrow") == "PERSON"
    assert "Musician Tomas Ferrow" not in found


def test_broadcaster_channel_with_number_word() -> None:
    found = _found("The drama will be shown on Sky One next spring, the channel said.")
    assert found.get("Sky One") == "ORG"


def test_town_alone_stays_a_place() -> None:
    found = _found("The new ferry links Southampton with the Isle of Wight every hour.")
    assert found.get("Southampton") == "GPE"


def test_the_longest_cue_is_not_cut_by_the_tail_screen() -> None:
    """"companies such as" (17 characters) is a cue like "firms such as": the screen on a cue's last words must
    read that far back."""
    for cue in ("firms such as", "companies such as"):
        found = extract_entities(f"Investors backed major {cue} Zorblax Trelling last year.")
        assert [(e["text"], e["label"]) for e in found] == [("Zorblax Trelling", "ORG")], cue


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The U.S. Food and Drug Administration on Wednesday approved the pill.", "U.S. Food and Drug Administration"),
        ("The Fire and Disaster Management Agency said 14 people had died.", "Fire and Disaster Management Agency"),
        ("The Department of Health and Social Care said it would act.", "Department of Health and Social Care"),
        ("The Ministry of Statistics and Programme Implementation released the data.",
         "Ministry of Statistics and Programme Implementation"),
        ("Members of the Screen Actors Guild-American Federation of Television and Radio Artists voted.",
         "Screen Actors Guild-American Federation of Television and Radio Artists"),
        ("A spokesperson for the Food and Agriculture Organization said so.", "Food and Agriculture Organization"),
    ],
)  # fmt: skip
def test_organisation_names_that_run_on_over_and(sentence: str, name: str) -> None:
    names = [e["text"] for e in extract_entities(sentence)]
    assert name in names
    assert all(other == name or other not in name for other in names)  # no piece of it left over


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The Ministry of Defence and Home Office agreed.", {"Ministry of Defence", "Home Office"}),
        ("The Justice Department and Admiral Insurance agreed.", {"Justice Department", "Admiral Insurance"}),
        ("Officials from the U.S. and China met in Geneva on Monday.", {"US", "China", "Geneva"}),
    ],
)
def test_two_names_listed_with_and_stay_two(sentence: str, names: set[str]) -> None:
    assert names <= {e["text"] for e in extract_entities(sentence)}


def test_dotted_abbreviation_is_one_word() -> None:
    names = [e["text"] for e in extract_entities("The U.N. Security Council met on Friday in New York.")]
    assert "U.N. Security Council" in names and not any(n in ("U.", "N. Security Council") for n in names)
