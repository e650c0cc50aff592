"""HTML pages: main text without the page furniture, and what the page states about itself."""

from __future__ import annotations

import pandas as pd

from pipeline.schemas import conform, validate
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.html_extract import extract_html, page_lines
from tests.stages.inputs import COUNCIL_STORY, FERRY_STORY, input_frame

# the mayor's sentence cut short: the page's last paragraph differs from the plain-text story
PARAS = [*COUNCIL_STORY[:3], COUNCIL_STORY[3].removesuffix(" before the end of the year.") + "."]

PAGE = f"""<!doctype html><html lang="en-GB"><head><title>Budget approved - Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "City approves biggest transport budget in a decade", "datePublished": "2025-07-22T12:07:00+05:30",
 "author": [{{"@type": "Person", "name": "Maria Lopez"}}, {{"@type": "Person", "name": "Sam Lee"}}]}}</script>
<style>.x {{ color: red }}</style></head>
<body><header><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></header>
<div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
<article><h1>City approves biggest transport budget in a decade</h1>
<p class="byline">By Maria Lopez and Sam Lee</p>
{"".join(f"<p>{p}</p>" for p in PARAS[:2])}
<div class="ad">Advertisement</div>
<h2>What happens next</h2>
{"".join(f"<p>{p}</p>" for p in PARAS[2:])}
</article>
<aside><h3>Related Articles</h3><ul><li><a href="/a">Mayor defends tram repairs</a></li>
<li><a href="/b">Bus fares to rise in April</a></li></ul></aside>
<section id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></section>
<footer><p>© 2025 Daily Planet. All rights reserved.</p></footer></body></html>"""


def test_extract_html_body_and_metadata() -> None:
    page = extract_html(PAGE)
    text = "\n".join(page["blocks"])
    for para in PARAS:
        assert para in text
    for furniture in ("Related Articles", "Bus fares to rise", "Leave a Reply", "All rights reserved", "Home"):
        assert furniture not in text
    assert page["title"] == "City approves biggest transport budget in a decade"
    assert page["authors"] == ["Maria Lopez", "Sam Lee"]
    assert page["sitename"] == "Daily Planet"
    assert page["published"] == "2025-07-22T12:07:00+05:30"
    assert page["language"] == "en-GB"


def test_strip_boilerplate_on_html() -> None:
    inputs = pd.DataFrame(
        {
            "article_id": ["a" * 16],
            "format": ["html"],
            "content": [PAGE],
            "url": ["https://planet.example/b"],
            "title_hint": [None],
            "published_hint": [None],
            "source_key": ["planet.example"],
        }
    )
    out = strip_boilerplate(inputs)
    row = out.iloc[0]
    assert row["text"].split("\n\n") == [PARAS[0], PARAS[1], "What happens next", PARAS[2], PARAS[3]]
    assert row["headings"] == ["What happens next"]
    reasons = {r["text"]: r["reason"] for r in row["removed"]}
    assert reasons.get("By Maria Lopez and Sam Lee") == "byline"
    assert "Leave a Reply" in reasons and "Related Articles" in reasons
    assert 0 < row["removed_share"] < 1
    validate("clean_articles", conform("clean_articles", out[["article_id", "text", "removed", "removed_share"]]))


def test_page_lines_skip_scripts_and_styles() -> None:
    lines = page_lines(PAGE)
    assert any(line.startswith("Home") for line in lines)
    assert not any("color: red" in line or "schema.org" in line for line in lines)


def test_broken_html_does_not_raise() -> None:
    page = extract_html("<html><body><p>Only a short paragraph.</p>")
    assert isinstance(page["blocks"], list)
    assert extract_html("")["blocks"] == []


def _page_with_dek(dek_tag: str) -> str:
    dek = "Buses every ten minutes and two tram lines reopened: what the new budget pays for"
    return f"""<!doctype html><html lang="en"><head><title>Budget approved - Daily Planet</title>
<meta property="og:description" content="{dek}"></head><body><article>
<header><h1>City approves biggest transport budget in a decade</h1><{dek_tag}>{dek}</{dek_tag}></header>
{"".join(f"<p>{p}</p>" for p in PARAS)}</article></body></html>"""


def test_dek_printed_as_sub_heading_is_the_subtitle_not_body() -> None:
    page = extract_html(_page_with_dek("h2"))
    assert page["dek"] and page["dek"].startswith("Buses every ten minutes")
    out = strip_boilerplate(
        pd.DataFrame({"article_id": ["d" * 16], "format": ["html"], "content": [_page_with_dek("h2")]})
    )
    row = out.iloc[0]
    assert not row["text"].startswith("Buses every ten minutes")
    assert row["subtitle"].startswith("Buses every ten minutes")


def test_description_that_is_the_lede_stays_in_the_body() -> None:
    lede = PARAS[0]
    html = f"""<html><head><meta name="description" content="{lede}"></head><body><article>
<h1>City approves biggest transport budget in a decade</h1>{"".join(f"<p>{p}</p>" for p in PARAS)}
</article></body></html>"""
    assert extract_html(html)["dek"] is None
    out = strip_boilerplate(pd.DataFrame({"article_id": ["e" * 16], "format": ["html"], "content": [html]}))
    assert lede in out.iloc[0]["text"].split("\n\n")
    assert out.iloc[0]["subtitle"] is None


def test_trailing_headline_list_is_dropped_but_a_recipe_is_kept() -> None:
    from pipeline.stages.boilerplate import classify

    teasers = ["- Mayor Defends Tram Repairs", "- Bus Fares To Rise In April", "- Ferry Returns After Refit"]
    _, info = classify(PARAS + teasers, gentle=True)
    assert all(t not in info.text for t in teasers)
    assert {r["reason"] for r in info.removed} == {"link-list"}
    steps = ["- Peel and cube the pears.", "- Boil them with honey for ten minutes.", "- Fill the jars and seal."]
    _, info = classify(PARAS + steps, gentle=True)
    assert all(s in info.text for s in steps)


def test_article_split_into_chunks_is_read_to_the_end() -> None:
    from lxml import html as lxml_html

    from pipeline.stages.html_extract import _chunk_groups, _continuation

    chunk = '<div class="grid"><div class="body-chunk">{}</div></div>'
    page = (
        '<html><body><div class="chunks">'
        + chunk.format("".join(f"<p>{p}</p>" for p in PARAS[:2]))
        + '<div class="ad">Advertisement</div>'
        + chunk.format("".join(f"<p>{p}</p>" for p in PARAS[2:]))
        + "</div></body></html>"
    )
    groups = _chunk_groups(lxml_html.fromstring(page))
    assert groups == [[PARAS[:2], PARAS[2:]]]
    assert _continuation(groups, PARAS[:2]) == PARAS[2:]  # the extractor stopped after the first chunk
    assert _continuation(groups, PARAS) == []  # it read them all
    assert _continuation(groups, ["Some other text entirely."]) == []  # it chose other text: not the article


def test_story_teasers_sharing_a_class_are_not_chunks() -> None:
    from lxml import html as lxml_html

    from pipeline.stages.html_extract import _chunk_groups

    teaser = '<div class="teaser"><h3><a href="/x">Headline {n}</a></h3><p>{p}</p></div>'
    page = "<html><body><div>" + "".join(teaser.format(n=n, p=p) for n, p in enumerate(PARAS)) + "</div></body></html>"
    assert _chunk_groups(lxml_html.fromstring(page)) == []


def test_a_paragraph_classed_as_a_standfirst_is_the_subtitle_not_body() -> None:
    dek = "Buses every ten minutes and two tram lines reopened: what the new budget pays for"
    html = f"""<html><head><title>City approves biggest transport budget in a decade</title>
<meta name="description" content="{dek}"></head><body><main><article>
<h1>City approves biggest transport budget in a decade</h1><p class="article-standfirst">{dek}</p>
<div class="byline">By Ada Renner</div>{"".join(f"<p>{p}</p>" for p in PARAS)}</article></main></body></html>"""
    assert extract_html(html)["dek"] == dek
    row = strip_boilerplate(pd.DataFrame({"article_id": ["f" * 16], "format": ["html"], "content": [html]})).iloc[0]
    assert not row["text"].startswith("Buses every ten minutes") and row["subtitle"] == dek


def test_a_body_drawn_by_script_keeps_the_json_ld_paragraphs() -> None:
    import json

    ld = {"@type": "NewsArticle", "headline": "Budget approved", "articleBody": "\n\n".join(PARAS)}
    html = f"""<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><div id="app"></div></body></html>"""
    row = strip_boilerplate(pd.DataFrame({"article_id": ["g" * 16], "format": ["html"], "content": [html]})).iloc[0]
    assert row["text"].split("\n\n") == [" ".join(p.split()) for p in PARAS]


def test_a_standfirst_the_markup_names_is_the_subtitle_without_a_description() -> None:
    page = (
        "<html><head><title>Ferry pier to close</title></head><body><article>"
        "<h1>Ferry pier to close for two years</h1>"
        '<h2 class="dek">Commuters will move to a temporary landing at the north quay</h2>'
        + "".join(f"<p>{p}</p>" for p in FERRY_STORY)
        + "</article></body></html>"
    )
    out = strip_boilerplate(input_frame([page], fmt="html"))
    assert out["subtitle"].iloc[0] == "Commuters will move to a temporary landing at the north quay"
    assert not out["text"].iloc[0].startswith("Commuters")
