"""A photo gallery dropped between an article's paragraphs in a page rendered to text (inscriptis lays each element
out at its depth): the gallery's claimed captions and credits do not cut the article off, however many photos it
holds. Made-up text; the layout is the one bench_text_robustness found on a dev page of the extraction benchmark."""

from __future__ import annotations

import pytest

from pipeline.stages import page_regions
from pipeline.stages.boilerplate import strip_text

HEAD = ["Home", "Local", "Sports", "Business", "Opinion", "Weather", "Subscribe", "Sign In"]
BEFORE = [
    "The county's new tree nursery opened on Tuesday, and by noon volunteers had potted more than two thousand "
    "seedlings that will be planted along the river next spring.",
    "The project was paid for by a grant from the state forestry office, which said the county had been chosen "
    "because its riverbanks lost most of their cover in the floods of the last decade.",
    "Organisers said they were surprised by the turnout, with families arriving before the gates opened and many "
    "of them staying until the last trays were watered in the afternoon.",
]
AFTER = [
    "The nursery will stay open on weekends through the winter, and the organisers hope to grow ten thousand "
    "seedlings before the planting season begins in March.",
    "Most of the trees are native oaks and willows, which the forestry office says hold the soil of a riverbank "
    "better than the fast-growing species that were planted there in the past.",
    "Schools in the county have been invited to adopt a tray of seedlings each, and the first classes are expected "
    "to visit the site before the end of the month.",
    "Anyone who wants to help can sign up at the library, where a list of volunteer shifts is posted every Friday "
    "for the week that follows.",
]
FOOTER = ["About Us", "Contact", "Privacy Policy", "Terms of Use"]


def _gallery(photos: int) -> list[tuple[int, str]]:
    """A gallery's lines as the renderer sets them: for each photo its caption over its credit, and a counter."""
    lines = []
    for k in range(1, photos + 1):
        lines += [
            (20, f"Volunteers fill the trays with compost at the new nursery, photo number {k} of the day."),
            (20, "Photo: Jane Roe / Example Agency"),
            (22, f"Image {k} of {photos}"),
        ]
    return lines


def _page(photos: int) -> str:
    lines = [(4 + 2 * (k % 2), t) for k, t in enumerate(HEAD)]
    lines += [(8, "Volunteers pot thousands of seedlings as county nursery opens")]
    lines += [(8, t) for t in BEFORE] + _gallery(photos) + [(8, t) for t in AFTER]
    lines += [(6, t) for t in FOOTER]
    return "\n\n".join(" " * indent + text for indent, text in lines)


@pytest.mark.parametrize("photos", [2, 6])
def test_paragraphs_on_both_sides_of_a_gallery_are_kept(photos: int) -> None:
    info = strip_text(_page(photos))
    for paragraph in BEFORE + AFTER:
        assert paragraph in info.text
    assert "Photo: Jane Roe" not in info.text and "Image 1 of" not in info.text


def test_the_gallery_is_bridged_by_skipping_its_claimed_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    # counting every line (no reason skipped), six photos are a box as long as the longest a paragraph may be cut
    # off by, and what sits beyond them is not taken back: the test above exercises the skip, not a longer reach
    monkeypatch.setattr(page_regions, "_FIGURE_REASONS", frozenset())
    info = strip_text(_page(6))
    assert not all(p in info.text for p in BEFORE + AFTER)
