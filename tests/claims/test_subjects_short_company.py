"""A company named in full once and by its first word afterwards ("Castellan Energy" ... "Castellan shares fell")
is the subject of the short form's figures; a common first word ("Bank") is no such short form."""

from __future__ import annotations

from tests.claims.reading import claims_of, field

TEXT = (
    "Veltmark Logistics agreed to buy a 35% stake in a Rotterdam warehouse operator. Veltmark shares fell 2.1% in "
    "Amsterdam after the announcement. The Bank of England held rates at 4%. Bank shares rose 1.4% in London."
)
ENTITIES = [
    {"text": "Veltmark Logistics", "label": "ORG", "count": 1},
    {"text": "Rotterdam", "label": "GPE", "count": 1},
    {"text": "Amsterdam", "label": "GPE", "count": 1},
    {"text": "Bank of England", "label": "ORG", "count": 1},
    {"text": "London", "label": "GPE", "count": 1},
]


def test_a_companys_first_word_alone_is_the_company() -> None:
    claims = claims_of(TEXT, ENTITIES)
    assert field(claims, "2.1%", "subject") == "Veltmark Logistics"  # named as the article names it in full


def test_a_common_first_word_is_not_taken_for_the_company() -> None:
    claims = claims_of(TEXT, ENTITIES)
    assert field(claims, "1.4%", "subject") != "Bank"
