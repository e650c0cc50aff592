"""Syndication notices ("This story originally appeared on ...") and "Trending now: <headline>" teasers."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.furniture import furniture_reason, strong_furniture_reason, strong_rules_for
from tests.stages.inputs import FERRY_STORY

SYNDICATION = [
    "This story originally appeared on Screenbuzz. Republished with permission.",
    "This article was originally published on The Conversation.",
    "This article was originally published on The Conversation. Read the original article.",
    "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
    "Republished with permission from Harbor Weekly",
    "Republished with permission from Harbor Weekly.",
    "Republished with permission.",
    "Reprinted with permission from The Coastal Times.",
    "Republished with kind permission of the author.",
    "Republished from Screenbuzz with permission.",
    "This story was first published by Harbor Weekly",
    "This story was first published by Harbor Weekly.",
    "This article first appeared in The Coastal Times on March 3, 2026.",
    "This piece originally ran on Screenbuzz and is republished here with permission.",
    "This post was originally published on the author's blog.",
    "A version of this story originally appeared in The Coastal Times.",
    "Editor's note: This story was originally published by Harbor Weekly.",
    "*This article originally appeared on Screenbuzz.com.*",
    "(This story was first published by Harbor Weekly.)",
    "This article was originally published on wired.com.",
    "This story was produced by Harbor Weekly and is republished with permission.",
    "This story was first published by Harbor Weekly. It is republished here with permission.",
    "Originally published by Harbor Weekly. Republished with permission.",
    "THIS STORY ORIGINALLY APPEARED ON SCREENBUZZ.",
]

NOT_SYNDICATION = [
    "The report was first published in 2019 by the ministry.",
    "The story originally appeared to be a hoax, police said.",
    "This story originally appeared to be a hoax, police said.",
    "The novel was first published in 1962 and has never been out of print.",
    "The photo originally appeared on Instagram before it was deleted, her lawyer said in a statement on Monday.",
    "This report was first published in 2019 by the ministry.",
    "He said the film was republished with permission from the estate after a long legal battle over the rights.",
    "The article, first published in The Lancet, found that the drug cut deaths by a third.",
    "The magazine first published his poems in 1998, when he was still a student in Leeds.",
    "She first appeared on the show in 2012 as a contestant.",
    "The notice originally appeared in the local paper, the council said, but nobody read it.",
    "Republished",
]


@pytest.mark.parametrize("line", SYNDICATION)
def test_syndication_notice_is_strong_copyright_furniture(line: str) -> None:
    assert strong_furniture_reason(line) == "copyright"
    assert strong_furniture_reason(line, strong_rules_for([line])) == "copyright"


@pytest.mark.parametrize("line", NOT_SYNDICATION)
def test_body_sentences_about_first_publication_are_not_furniture(line: str) -> None:
    assert strong_furniture_reason(line) is None
    assert strong_furniture_reason(line, strong_rules_for(FERRY_STORY + [line])) is None


TEASERS = [
    "Trending now: Harbour board votes to close the old ferry pier",
    "Trending: Storm warning issued for the whole coast tonight",
    "Trending Now: Why ferry fares are rising again this spring.",
    "Most read: Council to review parking fees after complaints",
    "Most Read: Library opens late on Thursdays from next month.",
    "Most popular: New cycle lane opens on the seafront",
    "TRENDING NOW | Festival line-up announced for the summer",
    "Trending now - Road closed for works until Friday",
    "Popular now: Market moves indoors for the winter",
]

NOT_TEASERS = [
    "Trending topics on social media included the ferry closure and the storm warning, the board said.",
    "Most readers of the local paper said they used the ferry at least once a week.",
    "The most read story of the year was about the ferry pier.",
    "Trending upward: the share of commuters who cycle rose again in May, the council said.",
]


@pytest.mark.parametrize("line", TEASERS)
def test_trending_teaser_is_related_links(line: str) -> None:
    assert strong_furniture_reason(line) == "related-links"
    assert furniture_reason(line) == "related-links"


@pytest.mark.parametrize("line", NOT_TEASERS)
def test_sentences_starting_like_a_teaser_label_are_not_furniture(line: str) -> None:
    assert strong_furniture_reason(line) is None
    if line.endswith("."):
        assert furniture_reason(line) is None


def test_existing_labels_keep_their_reasons() -> None:
    assert furniture_reason("Trending now") == "related-links"
    assert furniture_reason("Most read") == "related-links"
    assert furniture_reason("Read more: Ferry fares to rise") == "related-links"
    assert furniture_reason("© 2026 Harbor Weekly. All rights reserved.") == "copyright"


def test_notice_and_teaser_are_removed_from_a_story_and_the_body_is_kept() -> None:
    text = "\n\n".join(
        [
            "Ferry pier to close for repairs",
            FERRY_STORY[0],
            "Trending now: Storm warning issued for the whole coast tonight.",
            *FERRY_STORY[1:],
            "This story originally appeared on Screenbuzz. Republished with permission.",
        ]
    )
    info = strip_text(text)
    for paragraph in FERRY_STORY:
        assert paragraph in info.text
    assert "Trending now" not in info.text
    assert "originally appeared" not in info.text
    removed = {r["text"]: r["reason"] for r in info.removed}
    assert removed["This story originally appeared on Screenbuzz. Republished with permission."] == "copyright"
    assert removed["Trending now: Storm warning issued for the whole coast tonight."] == "related-links"


def test_body_sentence_about_an_earlier_publication_stays() -> None:
    sentence = "The report was first published in 2019 by the ministry."
    text = "\n\n".join(["Ferry pier to close for repairs", *FERRY_STORY[:3], sentence, *FERRY_STORY[3:]])
    assert sentence in strip_text(text).text


def test_every_notice_variant_holds_a_key_of_its_rule() -> None:
    """A line none of whose keys occurs skips the pattern: each verb the notice takes must be a key."""
    from pipeline.stages import furniture as F

    rule = next(r for r in F._ANCHORED_STRONG_RULES if r[0] == "copyright")
    pattern, keys = rule[1], rule[2]
    verbs = ["Republished", "Reprinted", "Reproduced", "Reposted", "Crossposted", "Cross-posted", "Syndicated"]
    lines = [f"{verb} with permission from Harbor Weekly." for verb in verbs]
    lines += [f"This story {w} {v} in Harbor Weekly." for w in ("first", "also", "originally") for v in
              ("appeared", "published", "posted", "ran")]  # fmt: skip
    for line in lines:
        assert pattern.search(line), line
        assert any(key in line.lower() for key in keys), line
        assert strong_furniture_reason(line) == "copyright", line


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Our Standards: The Thomson Reuters Trust Principles.", "copyright"),
        ("Our Standards: The Halden Wire Trust Principles.", "copyright"),
        ("Our standards are high, the editor said.", None),
    ],
)
def test_a_wire_pointer_to_its_standards_is_furniture(line: str, reason: str | None) -> None:
    assert strong_furniture_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Sign up for The Inference, our free weekly AI newsletter.", "newsletter"),
        ("Get the Courier-Tribune app for breaking news alerts.", "newsletter"),
        ("Subscribe to Grocery Trade Weekly for $9.99 a month.", "promo"),
        ("If you enjoyed this post, consider supporting the blog on Patreon! Every little bit helps.", "promo"),
        ("Are you going to cancel? Let me know in the comments below!", "comments"),
        ("What did you think? Tell us in the comments.", "comments"),
        ("The newsletter, which has 2 million readers, grew fast last year.", None),
        ("Residents said they would support the plan in the comments period.", None),
    ],
)
def test_pleas_written_as_sentences(line: str, reason: str | None) -> None:
    assert strong_furniture_reason(line) == reason
