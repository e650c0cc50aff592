"""Years, dates, times, ordinals, scores, phone numbers and labels are not claims."""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities


@pytest.mark.parametrize(
    "text",
    [
        "The rules took effect in 2023 after a long debate.",
        "A 2023 report found no evidence of fraud.",
        "The vote is scheduled for July 22 in the capital.",
        "The filing is dated 22/07/2025 and was signed in Paris.",
        "The announcement came at 12:07 PM local time.",
        "The statement was released at 5pm on the same day.",
        "Second-quarter results beat forecasts.",
        "It was his 3rd title and the first for the club.",
        "The team won 5-4 after extra time.",
        "The Senate voted 52-48 to confirm the nominee.",
        "For tickets call 555-123-4567 before Friday.",
        "Tickets in Section 427 Row 21 are still available.",
        "Fans gathered outside Game 7 of the series.",
        "The iPhone 11 Pro was unveiled in Cupertino.",
        "The COVID-19 pandemic reshaped office life.",
        "Sampling between 2014 and 2017 found nothing unusual.",
        "The side switched to a 4-3-3 formation at half-time.",
        "The laptop ships with TPM 2.0 enabled.",
        "The Boeing 737-800 landed safely at Terminal 5 on Tuesday.",
        "By Jerry Brewer Columnist September 22 2019 at 10:27 PM EDT",
        "The Supreme Court ruled 6-3 in favor of the plaintiffs.",
        "He wore the No. 10 shirt in the 1990s.",
        "Nos. 1 and 2 seeds advanced to the final.",
        "Image 3 of 12 shows the damaged bridge.",
        "For details contact the office on +44 (0)20 3353 2000.",
    ],
)
def test_non_claims_are_not_reported(text: str) -> None:
    assert extract_quantities(text) == []


def test_labels_and_product_names_are_not_amounts() -> None:
    assert extract_quantities("Cayman Airways grounded its 737 Max jets.") == []
    assert extract_quantities("The category 4 hurricane made landfall.") == []


def test_scraped_pound_sign_and_console_names() -> None:
    found = extract_quantities("The package was worth up to PS2.7m, more than a PS5 costs.")
    assert [(q["value"], q["unit"], q["change"], q["surface"]) for q in found] == [(2.7e6, "GBP", "<", "PS2.7m")]


def test_vote_tallies_and_abbreviated_years_are_not_amounts() -> None:
    assert extract_quantities("The measure passed 62 to 38 in the Senate.") == []
    assert extract_quantities("The committee voted 7 to 2 to hold rates.") == []
    assert [q["value_low"] for q in extract_quantities("Prices rose from 5 to 7 dollars.")] == [5.0]
    assert extract_quantities("He moved to Leeds in '95.") == []


def test_a_fraction_written_with_a_whole_number_is_not_masked_as_a_date() -> None:
    assert [q["value"] for q in extract_quantities("The board is 10 1/2 inches wide.")] == [10.5]
    assert [q["value"] for q in extract_quantities("The shop is open 24/7.")] == []


def test_a_list_items_number_is_no_claim() -> None:
    from pipeline.claims import extract_quantities

    text = "What to know\n1. More trains at peak times\n2. Fares go up by 4.6% from January.\n3) Fewer services"
    assert [q["value"] for q in extract_quantities(text)] == [4.6]
    assert [q["value"] for q in extract_quantities("Sales hit 10. Shares rose.")] == [10.0]  # not opening a line
