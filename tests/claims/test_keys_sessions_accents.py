"""Keys: a share quote's moment in the trading day, and subjects spelled with or without diacritics."""

from __future__ import annotations

import pytest

from pipeline.claims.keys import key_qualifiers, subject_key


@pytest.mark.parametrize(
    ("sentence", "surface", "session"),
    [
        ("Shares in Corvane closed down 3.1% at 212p.", "3.1%", "close"),
        ("Corvane's shares closed 3.1% lower on the day.", "3.1%", "close"),
        ("Corvane ended 3.1% lower at the close.", "3.1%", "close"),
        ("Corvane shares fell 4.4 percent to 208p by 10:15 GMT.", "4.4 percent", "intraday"),
        ("The stock was down 4.4% at 208p at 0915 BST.", "4.4%", "intraday"),
        ("Corvane shares slid 4% in early trading in London.", "4%", "intraday"),
        ("Corvane shares fell 3% after the ruling.", "3%", ""),  # says neither: meets neither
    ],
)
def test_a_share_move_is_keyed_by_the_moment_its_clause_names(sentence: str, surface: str, session: str) -> None:
    assert key_qualifiers(sentence, surface, "corvane", "shares_growth", "2026-05-12") == session


def test_one_sentence_gives_the_close_and_the_days_low_apart() -> None:
    sentence = "Corvane shares ended 2% lower at the close, having dropped as much as 6% at one point."
    assert key_qualifiers(sentence, "2%", "corvane", "shares_growth", "2026-05-12") == "close"
    assert key_qualifiers(sentence, "6%", "corvane", "shares_growth", "2026-05-12") == "intraday"


def test_other_metrics_take_no_session() -> None:
    sentence = "Corvane said revenue closed the year 3% higher."
    assert key_qualifiers(sentence, "3%", "corvane", "revenue_growth", "2026") == ""


def test_a_subject_is_keyed_without_its_diacritics() -> None:
    assert subject_key("Tomás Ruiz-Peñalver") == subject_key("Tomas Ruiz-Penalver") == "tomas ruiz-penalver"
    assert subject_key("Corvane") == "corvane"
