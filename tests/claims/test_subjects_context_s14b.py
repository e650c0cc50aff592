"""Subjects of figures in parallel structures, sources that are never subjects, and speakers described in apposition."""

from __future__ import annotations

from pipeline.claims.attribution import find_attribution
from pipeline.claims.context import is_forecast
from pipeline.claims.periods import find_period
from pipeline.claims.subjects import find_subject


def _subject(sentence: str, figure: str, entities: list[tuple[str, str]], **kw: object) -> str | None:
    ents = tuple({"text": t, "label": label, "count": 1} for t, label in entities)
    return find_subject(sentence, sentence.index(figure), ents, **kw)


# --- 1. parallel structures: each figure is its own item's -------------------------------------------------------

PAIRS = "Unemployment was highest in the West Midlands (6.8%) and lowest in Scotland (3.9%)."
PAIR_ENTS = [("West Midlands", "MISC"), ("Scotland", "GPE")]


def test_bracketed_figure_belongs_to_the_name_before_it() -> None:
    assert _subject(PAIRS, "6.8%", PAIR_ENTS) == "West Midlands"
    assert _subject(PAIRS, "3.9%", PAIR_ENTS) == "Scotland"


def test_a_bracketed_ticker_is_no_pairing() -> None:
    sentence = "Tarrow Mining (LSE: TRW) said output rose 12% at its Welsh pits."
    assert _subject(sentence, "12%", [("Tarrow Mining", "ORG")]) == "Tarrow Mining"


def test_comparison_with_a_named_place_after_the_figure() -> None:
    sentence = "Prices in Wales rose by 5.2 per cent, compared with a rise of 3.1 per cent across England."
    ents = [("Wales", "GPE"), ("England", "GPE")]
    assert _subject(sentence, "3.1 per cent", ents) == "England"
    assert _subject(sentence, "5.2 per cent", ents) == "Wales"


def test_comparison_with_an_earlier_period_keeps_the_clause_subject() -> None:
    sentence = "Corvane's sales rose 8% to $4bn, compared with $3.7bn in the same quarter last year."
    assert _subject(sentence, "$3.7bn", [("Corvane", "ORG")]) == "Corvane"


def test_possessive_right_before_the_figure_owns_it() -> None:
    sentence = "Okafor made 38 tackles to Brennan's 29 in the final."
    ents = [("Okafor", "PERSON"), ("Brennan", "PERSON")]
    assert _subject(sentence, "29", ents) == "Brennan"
    assert _subject(sentence, "38", ents) == "Okafor"


def test_score_possessive_is_no_source() -> None:
    assert find_attribution("Petrova won 88 points to Ivanova's 91 over three sets.") is None
    assert find_attribution("The survey points to Dalton Research as the main source.") is not None


# --- 2. sources, speakers, trading venues and distant places are not subjects -----------------------------------


def test_newspaper_that_saw_the_figures_is_the_source() -> None:
    sentence = "Nearly 1,200 operations were postponed, according to internal documents seen by the Valley Gazette."
    assert _subject(sentence, "1,200", [("Valley Gazette", "ORG")]) is None
    assert "Valley Gazette" in (find_attribution(sentence) or "")


def test_body_figures_come_from_is_the_source_but_its_country_stays() -> None:
    sentence = "Austria ran a deficit of 3.8% in 2025, figures from the Austrian National Bank showed."
    ents = [("Austria", "GPE"), ("Austrian National Bank", "ORG")]
    assert _subject(sentence, "3.8%", ents, exclude="Austrian National Bank") == "Austria"


def test_speaker_in_apposition_states_the_figure() -> None:
    sentence = "Prof Amal Reddy, the hospital's medical director, said the backlog could take 18 months to clear."
    assert _subject(sentence, "18 months", [("Amal Reddy", "PERSON")]) is None
    assert find_attribution(sentence) == "Prof Amal Reddy"


def test_person_expecting_a_move_is_no_subject_but_own_plan_is() -> None:
    ents = [("Kerr", "PERSON")]
    assert _subject("Ms Kerr expects prices to rise by about 4% in 2027.", "4%", ents) is None
    assert _subject("Ms Kerr expects to earn £2m this year.", "£2m", ents) == "Kerr"


def test_plural_possessive_company_owns_its_share_move() -> None:
    sentence = "Northway Carriers' shares fell 6.1% in Oslo on Friday."
    ents = [("Northway Carriers", "MISC"), ("Oslo", "GPE")]
    assert _subject(sentence, "6.1%", ents) == "Northway Carriers"


def test_place_behind_two_prepositions_is_no_subject() -> None:
    sentence = "The barge was carrying 40,000 tonnes of grain from the port to a mill in southern Spain."
    assert _subject(sentence, "40,000", [("Spain", "GPE")]) is None
    near = "Some 40,000 homes lost power in Spain."
    assert _subject(near, "40,000", [("Spain", "GPE")]) == "Spain"


def test_place_owning_a_superlative_group_is_no_subject() -> None:
    sentence = "A $12 billion tie-up between two of Ohio's largest insurers was approved on Friday."
    assert _subject(sentence, "$12 billion", [("Ohio", "GPE")]) is None


def test_name_modifying_a_noun_after_an_indefinite_article() -> None:
    sentence = "The veteran, who had never won a Champions League match, earned €2.4 million last season."
    assert _subject(sentence, "€2.4 million", [("Champions League", "EVENT")]) is None
    named = "The Champions League paid out €2.4 million to each club."
    assert _subject(named, "€2.4 million", [("Champions League", "EVENT")]) == "Champions League"


def test_country_owning_the_measured_noun_beats_a_body_named_after() -> None:
    sentence = "Portugal's budget deficit widened to 3.4 per cent, setting up a row with the European Commission."
    ents = [("Portugal", "GPE"), ("European Commission", "ORG")]
    assert _subject(sentence, "3.4 per cent", ents) == "Portugal"
    plain = "The deficit widened to 3.4 per cent, setting up a row with the European Commission."
    assert _subject(plain, "3.4 per cent", ents) == "European Commission"


# --- 3. results inside a forecast's sentence ----------------------------------------------------------------------


def _forecast(sentence: str, figure: str) -> bool:
    start = sentence.index(figure)
    return is_forecast(sentence, start, start + len(figure))


def test_figure_of_a_past_subordinate_clause_is_a_result() -> None:
    sentence = "The council will raise rents next year, after a shortfall of £4.2m left it short of its target."
    assert not _forecast(sentence, "£4.2m")
    assert _forecast("The council will raise rents by £4.2m next year.", "£4.2m")


def test_figure_owned_by_last_year_is_a_result() -> None:
    sentence = "Brokers think sales could reach $9 billion by 2029, triple last year's $3 billion."
    assert not _forecast(sentence, "$3 billion")
    assert _forecast(sentence, "$9 billion")


# --- 4. periods -------------------------------------------------------------------------------------------------


def test_year_modifying_the_measured_noun_dates_the_figure() -> None:
    assert find_period("Portugal's 2025 budget deficit came in at 3.4 percent of GDP", None) == "2025"
    assert find_period("The 2023 report found that 3.4 percent of homes were empty", None) is None
