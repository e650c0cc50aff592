"""A count's millions written "7.4m", rates whose time ends the clause, footnote markers, the bounds of a standard,
sizes of priced goods and documents, spans that date a figure, margins of error, one currency per article for a
shared word, decimals spoken as words, knots written "kt", and scaled values without floating-point noise.

"The backlog fell to 3.1m" counts millions; "goods worth $2bn cross the border daily" is a rate per day;
"for six days.[3]" has no claim "3"; "71% were seen within four hours" asserts the 71%, not the four hours; "a
20-foot box" in a freight rate and "a 120-page dossier" are sizes of things; "three months earlier" dates a
figure; "plus or minus 3 points" is no fall; "kroner" is Norway's when the article names only Norway; "six point
five percent" is 6.5%; "310 kt" in a flight is knots; "4.1 million" is 4,100,000 exactly.
"""

from __future__ import annotations

import pytest

from pipeline.claims.filters import is_story_claim
from pipeline.claims.quantities import scan


def _read(text: str, context: str = "") -> list[tuple[str, float, str]]:
    """(surface, value, unit) of every quantity of ``text``."""
    return [(text[q.start : q.end], q.value, q.unit) for q in scan(text, listed_times=True, context=context)]


def _story(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan(text, listed_times=True) if is_story_claim(q, text)]


# -- 1. a glued "m" after the noun of a count is millions; a length near it keeps metres


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The council's housing list grew to 1.36m last year, up from 1.2m.", "1.36m", 1_360_000.0),
        ("Membership of the union peaked at 2.4m in the 1990s.", "2.4m", 2_400_000.0),
        ("The number of people claiming the benefit rose to 5.8m in June.", "5.8m", 5_800_000.0),
    ],
)
def test_a_counts_glued_m_is_millions(text: str, surface: str, value: float) -> None:
    assert (surface, value, "count") in _read(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("She cleared 2.05m to win the high jump.", "2.05m"),
        ("Hundreds of homes were evacuated as the river rose to 5.2m.", "5.2m"),
        ("Visitors to the site can see a 12m wall built by the Romans.", "12m"),
        ("The number of divers who reached 300m fell, as the trench is deep.", "300m"),
    ],
)
def test_a_length_keeps_its_metres(text: str, surface: str) -> None:
    assert any(s == surface and u == "metre" for s, _, u in _read(text))


# -- 2. a rate whose time ends the clause: "daily", "every day"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Grain worth $2bn crosses the border daily, officials say.", "USD_per_day"),
        ("Roughly €300m of freight is delayed every day.", "EUR_per_day"),
        ("Some 40,000 tonnes of grain leave the port every week.", "tonne_per_week"),
        ("The lottery pays out €4m daily.", "EUR_per_day"),
        ("Nearly £40m is wagered on the site each week.", "GBP_per_week"),
        ("About $700m of cargo is stranded every day that the strike goes on.", "USD_per_day"),
        ("Each day of the outage has cost retailers roughly £90m in lost sales.", "GBP_per_day"),
    ],
)
def test_a_time_at_the_clause_end_makes_a_rate(text: str, unit: str) -> None:
    assert _read(text)[0][2] == unit


@pytest.mark.parametrize(
    "text",
    [
        "She spent $40 on a newspaper subscription she reads daily.",
        "The firm paid $5m for the warehouse a year ago.",
        "The fund lost $3bn last year as prices swung daily.",
        "A $60 ticket buys entry daily.",
        "He swims every day, and he spent $900 on a wetsuit.",
        "Nearly 2m commuters take the train daily.",
    ],
)
def test_a_time_in_another_clause_makes_no_rate(text: str) -> None:
    assert "_per_" not in _read(text)[0][2]


# -- 3. footnote markers


def test_footnote_markers_are_no_claims() -> None:
    text = (
        "The barge has blocked the lock for six days.[3] Its cargo weighs 3,000 tonnes.[4]\n"
        "[3] The barge ran aground on Monday.\n[4] Figures from the operator."
    )
    assert [s for s, _, _ in _read(text)] == ["six days", "3,000 tonnes"]


def test_a_bracketed_amount_stays() -> None:
    assert ("12", 12.0, "count") in _read("The report listed [12] failings in all.")


# -- 4. the bound of a standard is no claim when the sentence gives the group's figure


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Only 71% of callers were answered within two minutes in March.", "71%", "two minutes"),
        ("More than 9,000 pupils had waited over 40 weeks for an assessment.", "9,000", "40 weeks"),
        ("The share of claims processed within 16 weeks was 64%.", "64%", "16 weeks"),
    ],
)
def test_the_bound_of_a_standard_is_no_claim(text: str, kept: str, dropped: str) -> None:
    story = _story(text)
    assert kept in story
    assert dropped not in story


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Crews brought the blaze under control within three hours.", "three hours"),
        ("The driver waited more than 11 hours for an ambulance.", "11 hours"),
        ("Talks on the budget lasted more than 14 hours.", "14 hours"),
    ],
)
def test_a_reported_duration_stays(text: str, kept: str) -> None:
    assert kept in _story(text)


# -- 5. sizes of a priced thing and of a document; spans that date a figure


def test_the_size_of_a_priced_thing_is_no_claim() -> None:
    story = _story("Spot rates for a 20-foot box to Rotterdam doubled to $4,100.")
    assert "20-foot" not in story
    assert "$4,100" in story


def test_the_size_of_a_thing_described_stays() -> None:
    assert "300-metre" in _story("Tugs freed the 300-metre tanker on Sunday.")
    assert "one-third" in _story("Imports accounted for one-third of all sales.")


def test_a_documents_length_is_no_claim() -> None:
    assert _story("The 120-page dossier was sent to ministers.") == []
    assert "120" in _story("The dossier ran to 120 pages.")


def test_a_span_that_dates_a_figure_is_no_claim() -> None:
    story = _story("Exports reached 41 billion euros, up from 37 billion euros three months earlier.")
    assert "three months" not in story
    assert "for three months" not in _story("The strike lasted for three months.")
    assert "three months" in _story("The strike lasted for three months.")


# -- 6. "plus or minus": a margin, not a negative figure


@pytest.mark.parametrize(
    "text", ["The poll's margin of error is plus or minus 3.1 points.", "Its margin of error is +/-3.1 points."]
)
def test_plus_or_minus_is_a_margin(text: str) -> None:
    assert _read(text)[0][:2] == ("3.1 points", 3.1)


def test_a_minus_figure_stays_negative() -> None:
    assert _read("Overnight the temperature fell to minus 12C.")[0][1] == -12.0


# -- 7. one currency per article for a shared word


def test_a_shared_currency_word_follows_the_only_country_named() -> None:
    text = (
        "The state pension fund was worth 9,100 billion kroner at the end of June, up from 8,400 billion kroner.\n\n"
        + "Analysts had expected a weaker result from the fund's bond holdings and property. " * 5
        + "\n\nThe fund's manager will brief Norway's parliament on Friday."
    )
    assert [u for _, _, u in _read(text)] == ["NOK", "NOK"]


def test_a_headline_code_settles_the_currency() -> None:
    text = "The fund made 410 billion kroner in the half year."
    assert _read(text)[0][2] == "DKK"  # the default with no evidence
    assert _read(text, context="Fund's haul: NOK 410bn in six months")[0][2] == "NOK"


def test_two_countries_keep_the_nearest() -> None:
    text = "A Copenhagen brewer paid 2 billion kroner for the site. In Norway, the state spent 6 billion kroner."
    assert [u for _, _, u in _read(text)] == ["DKK", "NOK"]


# -- 8. decimals spoken as words


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Inflation came in at six point five percent.", "six point five percent", 6.5, "percent"),
        ("The deal is worth one point two billion dollars.", "one point two billion dollars", 1.2e9, "USD"),
        ("Growth was twenty-two point oh five percent.", "twenty-two point oh five percent", 22.05, "percent"),
    ],
)
def test_spoken_decimals(text: str, surface: str, value: float, unit: str) -> None:
    assert (surface, value, unit) in _read(text)


def test_at_one_point_is_an_idiom() -> None:
    assert ("two", 2.0, "count") in _read("At one point two lorries blocked the road.")


# -- 9. "kt" of a pilot or sailor is knots; scaled values are exact


def test_kt_in_a_flight_is_knots() -> None:
    assert ("310 kt", 310.0, "knot") in _read("The airliner crossed the coast at 310 kt before it turned.")
    assert all(u != "knot" for _, _, u in _read("She bought an 18kt gold chain for $900."))


@pytest.mark.parametrize(("text", "value"), [("It sold 4.1 million copies.", 4_100_000.0), ("a 8.2bn deal", 8.2e9)])
def test_scaled_values_are_exact(text: str, value: float) -> None:
    assert _read(text)[0][1] == value
