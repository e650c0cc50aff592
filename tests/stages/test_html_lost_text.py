"""HTML layouts that made the extractor lose article text: bare prose among a container's paragraphs (a
section's opening lines before its first heading, a paragraph written straight into a ``<div>``), and an article
body the extractor discards as a whole (its container's class or id looks like page furniture)."""

from __future__ import annotations

from lxml import html as lxml_html

from pipeline.stages.html_extract import _wrap_loose_text, extract_html
from pipeline.stages.html_frame import densest_paragraphs, paragraph_parents
from tests.stages.inputs import BRIDGE_STORY

PARAS = BRIDGE_STORY
NAV = "".join(f'<a href="/section/{n}">Section {n}</a> ' for n in ("news", "sport", "culture", "opinion", "money"))
RAIL = (
    '<div class="rail">'
    + "".join(
        f'<div class="card"><p>{s}</p></div>'
        for s in (
            "A family bakery in the old town has won a national prize for its sourdough, the judges said on Monday.",
            "The town's oldest cinema will reopen next month after a two-year restoration paid for by its members.",
            "Volunteers planted four hundred trees along the ring road on Saturday despite the heavy rain and wind.",
            "The library will stay open until nine in the evening on weekdays from January, the council has said.",
        )
    )
    + "</div>"
)


def _page(body: str, after: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head><title>Council approves footbridge - Riverside News</title>
</head><body><header><nav>{NAV}</nav></header><div class="wrap"><h1>Council approves new footbridge</h1>
{body}{after}</div><footer><p>&copy; 2024 Riverside News. All rights reserved.</p></footer></body></html>"""


def _text(page: str) -> str:
    return "\n".join(extract_html(page, "https://news.example.com/2024/05/footbridge")["blocks"])


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def test_opening_lines_of_a_section_before_its_first_heading_are_kept() -> None:
    body = (
        f'<section class="article-page">{PARAS[0]} {PARAS[1]}<h2>The vote</h2>{_ps(PARAS[2:5])}'
        f"<h2>What happens next</h2>{_ps(PARAS[5:])}</section>"
    )
    text = _text(_page(body))
    assert f"{PARAS[0]} {PARAS[1]}" in text
    assert all(p in text for p in PARAS[2:])


def test_paragraph_after_a_block_written_straight_into_the_container_is_kept_whole() -> None:
    loose = 'The plans, <a href="/docs/bridge.pdf">published in full online</a>, show a single steel span of 60 metres.'
    quote = '<div class="pull-quote"><p>"We have waited eleven years for this," one resident said.</p></div>'
    body = f'<div class="story-body">{_ps(PARAS[:4])}{quote}{loose}{_ps(PARAS[4:])}</div>'
    text = _text(_page(body))
    assert "The plans, published in full online, show a single steel span of 60 metres." in text.split("\n")
    assert all(p in text for p in PARAS)


def test_paragraphs_written_as_bare_divs_next_to_paragraphs_are_kept() -> None:
    odd = [
        "Engineers will test the piers for scour every spring, as the river floods more often than it used to.",
        "The old ferry landing will become a small park, with benches and a plaque about the crossing's history.",
        "Shops near the station hope the bridge will bring more people from the estates on the far bank.",
    ]
    divs = "".join(f'<div class="para">{p}</div>' for p in odd[1:])
    first = f'<div class="para">{odd[0]}</div>'
    body = f'<article><div class="body">{_ps(PARAS[:4])}{first}{_ps(PARAS[4:])}{divs}</div></article>'
    text = _text(_page(body))
    assert all(p in text for p in odd)
    assert all(p in text for p in PARAS)


def test_labels_promos_and_summaries_are_not_made_paragraphs() -> None:
    summary = "Readers also liked our report on the cost of the new ring road, published in full last week."
    promo = (  # a web component holding a teaser: its title and summary
        '<div class="enhancement"><story-promo><div class="promo-title"><a href="/ring-road">Ring road costs double'
        f'</a></div><div class="promo-description">{summary}</div></story-promo></div>'
    )
    linked = f'<div class="more"><a href="/ring-road">{summary}</a></div>'
    tree = lxml_html.fromstring(
        f'<html><body><div class="body">{_ps(PARAS[:3])}<div class="ad">Advertisement</div>{_ps(PARAS[3:5])}'
        f"Read more<p>{PARAS[5]}</p>{promo}<p>{PARAS[6]}</p>{linked}<ul><li>x</li></ul>Updated 5 May 2024"
        "</div></body></html>"
    )
    _wrap_loose_text(paragraph_parents(tree))
    body = tree.find(".//div")
    assert [p.text_content() for p in body.iter("p")] == PARAS[:7]  # no new paragraph


def test_article_body_the_extractor_discards_is_read_from_its_densest_container() -> None:
    # "author" in the class is page furniture to the extractor, which then reads the teaser cards instead
    body = f'<div class="entry author-content">{_ps(PARAS)}</div>'
    text = _text(_page(body, after=RAIL))
    assert all(p in text for p in PARAS)
    assert "sourdough" not in text


def test_article_body_of_wrapped_paragraphs_the_extractor_discards_is_read() -> None:
    # each paragraph in a wrapper of its own; "tags" in the body's class is page furniture to the extractor
    wrapped = "".join(f'<div class="paragraph"><p>{p}</p></div>' for p in PARAS[:6])
    body = f'<div class="body tags-enabled">{wrapped}<blockquote><p>{PARAS[6]}</p></blockquote><p>{PARAS[7]}</p></div>'
    blocks = extract_html(_page(body, after=RAIL), "https://news.example.com/2024/05/footbridge")["blocks"]
    assert blocks == PARAS  # in order, the quote once


def test_densest_container_is_no_fallback_when_it_is_comments_or_links() -> None:
    comments = [f"{p} I think this is a good idea." for p in PARAS]
    short = _ps(PARAS[:2])
    page = _page(f'<div class="story">{short}</div>', after=f'<div id="comments">{_ps(comments)}</div>')
    text = _text(page)
    assert PARAS[0] in text and "good idea" not in text
    links = "".join(f'<p><a href="/s/{n}">{p}</a></p>' for n, p in enumerate(PARAS))
    tree = lxml_html.fromstring(_page(f'<div class="story">{short}</div>', after=f'<div class="list">{links}</div>'))
    assert densest_paragraphs(paragraph_parents(tree)) == []  # a list of stories
    tree = lxml_html.fromstring(_page(f'<div class="story">{_ps(PARAS)}</div>'))
    assert densest_paragraphs(paragraph_parents(tree)) == PARAS


def test_a_body_line_with_an_inline_element_before_a_comma_is_not_listed_as_removed() -> None:
    """The page's visible lines put a space after an inline element ("<em>Ashgrove</em>, which"); the body has
    none. The line is in the body, so ``removed`` must not list it as well."""
    from pipeline.stages.boilerplate import strip_html

    last = "The next stage will link the bridge to <em>Ashgrove Park</em>, which the council bought in 2019."
    info = strip_html(_page(_ps(PARAS) + f"<p>{last}</p>"))
    plain = "The next stage will link the bridge to Ashgrove Park, which the council bought in 2019."
    assert plain in info.text
    assert not [item for item in info.removed if "Ashgrove" in item["text"]]
