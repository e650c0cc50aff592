"""Approximations, bounds, increases and hedges are read from the words around a number."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities


def one(text: str) -> dict:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


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
    assert [(q["value"], q["change"]) for q in found] == [(2.15, "down"), (2.6, "="), (80.12, "=")]
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
