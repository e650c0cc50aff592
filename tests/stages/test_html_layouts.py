"""HTML layouts the extractor misreads: hover cards inside sentences, pages laid out in tables, and runs of
whole-link lines (teaser boxes) the extractor keeps as text."""

from __future__ import annotations

import pandas as pd

from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.html_extract import _linked_blocks, _tidy_tree, _whole_link, extract_html
from pipeline.stages.trafilatura_fast import parse

PARAS = [
    "The state launched the campaign on Monday with a series of television and online adverts across the region.",
    "Officials said the adverts had been seen more than two million times in the first week after the launch.",
    "Critics argued that the slogan made light of a serious problem, but the governor said it had started a debate.",
    "The campaign cost roughly $449,000, according to figures released by the health department on Tuesday.",
    "A second phase, aimed at schools and youth clubs, is due to begin in the spring after a review of the results.",
]


def _html_text(page: str, url: str = "https://news.example.com/2024/05/story") -> str:
    frame = pd.DataFrame(
        {"article_id": ["a1"], "format": ["html"], "content": [page], "url": [url], "title_hint": [None]}
    )
    return strip_boilerplate(frame)["text"].iloc[0]


def _page(body: str, head: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head><title>Governor defends campaign - Example News</title>{head}
</head><body><header><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav></header>{body}
<footer><p>&copy; 2024 Example News. All rights reserved.</p></footer></body></html>"""


HOVER_CARD = (
    '<span class="people"><a href="/people/jane-roe">Jane Roe</a><span class="people-block"><span><span>'
    '<img src="/img/roe.jpg" width="100" height="100" alt=""><a class="name" href="/people/jane-roe">Jane Ann Roe'
    '</a><a href="/news/1-roe-signs-budget">Roe signs budget after long standoff</a> '
    '<a href="/news/2-roe-pipeline">State drops pipeline protest laws after lawsuit</a> '
    '<a class="more" href="/people/jane-roe">MORE</a></span></span></span></span>'
)


def test_hover_card_inside_a_sentence_is_dropped() -> None:
    body = (
        '<article><h1>Governor defends campaign</h1><div class="body">'
        f"<p>Governor {HOVER_CARD} (R) is defending the state's launch of an anti-drug campaign.</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</div></article>"
    )
    text = _html_text(_page(body))
    assert "Governor Jane Roe (R) is defending the state's launch of an anti-drug campaign." in text
    assert "Jane Ann Roe" not in text and "pipeline protest" not in text
    assert PARAS[-1] in text


def test_pictures_that_are_no_cards_stay() -> None:
    """A picture with one link in a sentence, or a paragraph of linked thumbnails and nothing else."""
    html = (
        '<html><body><p>The new route <span><img src="/img/map.png" alt=""> <a href="/maps/region">shown on the '
        "map</a></span> runs along the river for twelve miles.</p>"
        '<p><span><img src="/a.jpg"><a href="/g/1">First photo</a><a href="/g/2">Second photo</a></span></p>'
        "</body></html>"
    )
    tree = parse(html)
    _tidy_tree(tree)
    text = " ".join(tree.text_content().split())
    assert "shown on the map runs along the river" in text
    assert "First photo" in text


def test_page_laid_out_in_a_table_keeps_its_paragraphs_apart() -> None:
    body = (
        '<table width="980"><tr><td class="menu"><a href="/">Home</a></td></tr><tr><td>'
        '<h1 class="article_title">Governor defends campaign</h1><div id="article_block" class="article_body">'
        '<div class="article_date">November 20, 2019 - 11:28</div>'
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + '</div><div class="top">Top stories</div></td><td class="side">Partner news</td></tr></table>'
    )
    blocks = extract_html(_page(body))["blocks"]
    for para in PARAS:
        assert para in blocks  # each paragraph a block of its own, not one "| ... |" row
    assert not any(b.startswith("|") for b in blocks)


def test_data_table_stays_a_table() -> None:
    rows = "".join(f"<tr><td>{n}</td><td>{n * 3} votes</td></tr>" for n in range(1, 6))
    body = "<article><h1>Governor defends campaign</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
    body += f"<table>{rows}</table></article>"
    blocks = extract_html(_page(body))["blocks"]
    assert any(b.startswith("|") and "6 votes" in b for b in blocks)


TEASERS = [
    "Audio review: My new go-to wireless gaming headset [Video]",
    "Manual espresso machine review: a week with the tiny brewer [Video]",
    "River 370 review: charge up to nine devices with this power station [Video]",
]


def test_run_of_whole_link_lines_after_the_article_is_dropped() -> None:
    teasers = "".join(
        f'<p style="text-align: center"><a href="/2024/05/{k}/">{t}</a></p>' for k, t in enumerate(TEASERS)
    )
    body = "<article><h1>Governor defends campaign</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + teasers
    text = _html_text(_page(body + "</article>"))
    assert PARAS[-1] in text
    assert not any(t in text for t in TEASERS)


def test_teaser_box_over_the_article_goes_with_its_label() -> None:
    cards = "".join(
        f'<article class="promo"><a class="promo-link" href="/2024/05/{k}/"><img class="promo-image" '
        f'src="https://img.example.com/files/styles/promo_327x216/public/media/{k}-photo-2024.jpg">'
        f'<h3 class="promo-title">{t}</h3></a></article>'
        for k, t in enumerate(
            [
                "Mayor Names New Transport Chief After Months Of Delay",
                "City Council Approves Tram Extension To The Airport",
                "Five Things To Know About The New Bus Timetable",
            ]
        )
    )
    body = (
        '<div class="article-body"><div class="promo-box"><h2>Transport Week</h2>'
        + cards
        + "</div>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</div>"
    )
    text = _html_text(_page(body))
    assert "Tram Extension" not in text and "Transport Week" not in text
    assert PARAS[0] in text


def test_whole_link_lines_the_article_introduces_stay() -> None:
    items = "".join(f'<p><a href="/2024/05/{k}/">{t}</a></p>' for k, t in enumerate(TEASERS))
    body = "<article><h1>Governor defends campaign</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
    body += f"<p>The reviews we published this week:</p>{items}</article>"
    text = _html_text(_page(body))
    assert all(t in text for t in TEASERS)


def test_two_whole_link_lines_are_no_teaser_box() -> None:
    links = "".join(f'<p><a href="/2024/05/{k}/">{t}</a></p>' for k, t in enumerate(TEASERS[:2]))
    body = "<article><h1>Governor defends campaign</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + links
    text = _html_text(_page(body + "</article>"))
    assert all(t in text for t in TEASERS[:2])


def test_whole_link_needs_the_link_at_both_edges() -> None:
    html = (
        '<p><a href="/a"><u>Eleven Facts About Our Galaxy</u></a></p>'
        '<p>The figures were published by <a href="/b">the National Weather Service</a></p>'
        "<p>Five Things To Know &amp; Remember</p>"
    )
    assert _whole_link(html, "Eleven Facts About Our Galaxy")
    assert not _whole_link(html, "The figures were published by the National Weather Service")
    assert not _whole_link(html, "Five Things To Know & Remember")


def test_run_of_linked_products_with_prices_stays() -> None:
    products = [
        "Apple AirPods Pro with the wireless charging case, now down to $235 at Amazon",
        "Sonos Move portable smart speaker with voice control, now down to $339 at Best Buy",
        "Fire TV Stick 4K streaming media player with Alexa remote, now down to $34.99",
    ]
    links = "".join(f'<p style="text-align: center"><a href="/deals/{k}/">{t}</a></p>' for k, t in enumerate(products))
    body = "<article><h1>Governor defends campaign</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + links
    text = _html_text(_page(body + "</article>"))
    assert all(t in text for t in products)


def test_linked_blocks_are_runs_of_three_or_more() -> None:
    titles = [f"Story number {n} about the city budget" for n in range(1, 9)]
    linked = {1, 2, 3, 4, 6, 7}  # a run of four, then a pair
    html = "".join(f'<p><a href="/s/{n}">{t}</a></p>' if n in linked else f"<p>{t}</p>" for n, t in enumerate(titles))
    assert _linked_blocks(html, titles) == [1, 2, 3, 4]
