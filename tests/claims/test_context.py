"""Approximations, bounds, increases and hedges are read from the words around a number."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from tests.claims.reading import one


@pytest.mark.parametrize(
    ("text", "change", "hedge"),
    [
        ("With over 260 million subscribers, the service leads the market.", ">", "over"),
        ("The company has more than 1,000 customers.", ">", "more than"),
        ("The plant will create up to 400 jobs.", "<", "up to"),
        ("Nearly 57% of the forest was cleared.", "~", "nearly"),
        ("About 16% of voters were undecided.", "~", "about"),
        ("Tesla shares jumped 8.5% on Monday.", "up", None),
        ("Exports to China dropped 7% in July.", "down", None),
        ("Revenue was 16% higher than a year ago.", "up", None),
        ("Sales totalled $4.2 billion in the quarter.", "=", None),
    ],
)
def test_change_and_hedge(text: str, change: str, hedge: str | None) -> None:
    q = one(text)
    assert q["change"] == change
    assert q["hedge"] == hedge


def test_bounds_fill_low_or_high() -> None:
    assert one("The site has over 260 million users.")["value_low"] == pytest.approx(260e6)
    assert one("Fewer than 50 people attended.")["value_high"] == 50.0


def test_sentence_hedges_are_kept() -> None:
    q = one("The painting reportedly sold for $44 million.")
    assert q["hedge"] == "reportedly"
    q = one("The strike could cost the economy $2 billion.")
    assert q["hedge"] == "could"


def test_a_change_and_the_level_it_reached_are_two_quantities() -> None:
    found = extract_quantities("Brent fell $2.15, or 2.6%, to $80.12 a barrel.")
    assert [(q["value"], q["change"]) for q in found] == [(2.15, "down"), (2.6, "down"), (80.12, "=")]
    found = extract_quantities("Subscribers rose by 8.05 million to 269.6 million.")
    assert [q["value_low"] for q in found] == [None, None]


def test_parenthetical_conversions_keep_the_bound() -> None:
    found = extract_quantities("Clients with more than 7.5 million Danish crowns (US $1.1 million) pay the fee.")
    assert [(q["unit"], q["change"]) for q in found] == [("DKK", ">"), ("USD", ">")]


def test_sub_prefix_is_an_upper_bound() -> None:
    q = one("The plant will make sub-7 nanometre chips.")
    assert (q["value"], q["unit"], q["change"]) == (7.0, "nanometre", "<")


def test_a_change_with_its_object_before_by() -> None:
    q = one("The ECB raised its deposit rate by a quarter point.")
    assert (q["value"], q["unit"], q["change"]) == (0.25, "percentage_point", "up")
    q = one("The retailer expects to grow sales by 35 per cent.")
    assert q["change"] == "up"
    q = one("The company has only raised 280 million shekels so far.")
    assert q["change"] == "="


def test_signed_market_moves() -> None:
    found = extract_quantities("On Wall Street: Dow +0.2%, Nasdaq -0.4%.")
    assert [(q["value"], q["change"]) for q in found] == [(0.2, "up"), (-0.4, "down")]


def test_an_or_apposition_restates_the_same_move() -> None:
    found = extract_quantities("The FTSE 100 fell 62 points, or 0.8%, to 7,480.")
    assert [(q["value"], q["change"]) for q in found] == [(62.0, "down"), (0.8, "down"), (7480.0, "=")]


def test_a_list_that_drops_the_verb_keeps_the_direction() -> None:
    found = extract_quantities("Barclays was down 1.2%, Lloyds by 0.9% and NatWest 0.4% by midday.")
    assert [(q["value"], q["change"]) for q in found] == [(1.2, "down"), (0.9, "down"), (0.4, "down")]
    found = extract_quantities("Revenue rose 5% to $3 billion, Chief Executive Jane Doe said in 2 interviews.")
    assert [q["change"] for q in found] == ["up", "=", "="]  # another unit: not the same list


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The shares closed 12.5% higher at 240p.", "="),  # a comparative alone: no stated move
        ("It was a sharp 4 percent drop for the index.", "="),
        ("Ad sales showed a 9% year-on-year increase.", "up"),  # compared with a named earlier period
        ("Profit was 7% lower than a year earlier.", "down"),
    ],
)
def test_a_noun_or_comparative_after_the_number_needs_an_earlier_period(text: str, change: str) -> None:
    assert extract_quantities(text)[0]["change"] == change


def test_an_average_is_approximate_and_around_the_is_a_preposition() -> None:
    q = one("He averaged 21.4 points for the Celtics.")
    assert (q["unit"], q["change"], q["hedge"]) == ("point", "~", "averaged")
    found = extract_quantities("The exhibition centres around the 40m-long hull of the ship.")
    assert [(q["value"], q["change"]) for q in found] == [(40.0, "=")]


def test_an_article_before_the_number_makes_it_an_object_not_a_move() -> None:
    found = extract_quantities("The striker added a 25-yard goal before half-time.")
    assert [(q["value"], q["unit"], q["change"]) for q in found] == [(25.0, "yard", "=")]
    assert one("The index added 35 points in early trading.")["change"] == "up"


def test_a_range_is_never_a_one_sided_bound() -> None:
    q = one("The upgrade lifts the range from up to 252 miles to 287 miles.")
    assert (q["value_low"], q["value_high"], q["change"], q["hedge"]) == (252.0, 287.0, "=", "up to")


def test_a_move_up_to_a_level_is_no_upper_bound() -> None:
    q = one("Unemployment edged up to 4.7% in the quarter.")
    assert q["change"] == "=" and q["value_high"] is None
    q = one("The fund may invest up to 20% abroad.")
    assert q["change"] == "<" and q["value_high"] == 20.0
