"""Body text (session 14, second round): print-edition notes and print-view footers, reader-funding pleas,
pointers to subscriber pages, programme plugs, registration footers and a wire reporter's contacts leave the body;
a photo gallery's captions are its text, while an ordinary article's caption stays furniture."""

from __future__ import annotations

import pytest

from pipeline.stages.boilerplate import line_furniture_reason, strip_html, strip_text
from pipeline.stages.text_blocks import make_block


def _reason(line: str) -> str | None:
    """What the body rules make of a line on its own (``boilerplate.line_furniture_reason``)."""
    return line_furniture_reason(make_block(line), line)


@pytest.mark.parametrize(
    "line",
    [
        "Appeared in the March 14, 2026, print edition as 'Port Strike Ends After Nine Days'.",
        "A version of this article appears in print on June 3, 2026, Section B, Page 4 of the national edition "
        "with the headline: Mills Close as Orders Dry Up.",
        "Printed from harbourgazette.example.com — © Harbour Gazette 2026",
        "Printed on 04/05/2026 from www.valleypost.example",
    ],
)
def test_print_edition_notes_and_print_footers_are_furniture(line):
    assert _reason(line) == "copyright"


@pytest.mark.parametrize(
    "line",
    [
        "The advert appeared in the print edition of the paper on Saturday, the regulator said.",
        "Appeared in court on Monday, the two men denied all charges.",
        "Printed on recycled paper, the new ballots cost the council £40,000 more.",
    ],
)
def test_print_and_appearance_in_the_news_are_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "The Valley Courier is funded by its readers. If you value our local reporting, please consider a "
        "monthly contribution from £4.",
        "Please consider making a one-off donation to keep this newsroom independent.",
        "Northside Voice is supported by readers like you - become a member or donate today.",
    ],
)
def test_reader_funding_pleas_are_furniture(line):
    assert _reason(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "The hospice is funded by donations from local families and two charities.",
        "The charity is funded by supporters, whose donations rose 5% last year.",
        "The station is funded by listeners, the broadcaster's chief executive said in a statement.",
        "Residents were asked to consider a donation of £5 towards the new playground.",
    ],
)
def test_funding_in_the_news_is_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Members only: read our full guide to the new pension rules.",
        "Gazette Plus subscribers can download the complete survey results here.",
        "You can read the council's full report here.",
        "Listen to the full interview on Harbour Radio Breakfast from 7am.",
        "Watch the whole programme on our website tonight.",
    ],
)
def test_pointers_to_the_outlets_pages_are_furniture(line):
    assert _reason(line) == "related-links"


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers can download their statements from Tuesday, the bank said.",
        "Readers can find the results on the council's noticeboard in the town hall.",
        "Listen to the whole debate before you judge us, she said.",
        "Police said: read our statement in full before sharing rumours online.",
    ],
)
def test_reading_and_listening_in_the_news_are_the_article(line):
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Gazette, 22 Dock Road, Portsmouth. Registered in England No. 04567123.",
        "Valley Post Media Ltd. Company number 09876543",
    ],
)
def test_registration_footers_are_furniture(line):
    assert _reason(line) == "copyright"


def test_a_company_registered_abroad_in_the_news_is_the_article():
    line = "The firm was registered in Ireland in 2019 and moved its headquarters to Dublin a year later."
    assert _reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["((jan.devos@eurowire.example; +32 2 555 0199))", "(m.roe@wire.example / Messaging: m.roe.wire@wire.net)"],
)
def test_a_wire_reporters_contacts_are_furniture(line):
    assert _reason(line) == "contact"


def test_an_address_in_a_sentence_is_the_article():
    line = "Complaints can be sent to complaints@council.example, the council said, or by phone."
    assert _reason(line) is None


_INTRO = (
    "<p>Thousands of people lined the harbour on Saturday to watch the tall ships arrive. Here are the best "
    "pictures.</p>"
)
_CAPTIONS = [
    "The Danish training ship Georg Stage leads the fleet past the old lighthouse at dawn.",
    "Crew members climb the rigging of the Polish frigate as it docks beside the fish market.",
    "Organisers said about 40,000 visitors came on the first day, double last year's number.",
    "A girl waves from her father's shoulders as the parade of sail passes the ferry terminal.",
]


def _gallery(captions: list[str], paragraphs: list[str]) -> str:
    figures = "".join(
        f'<figure><img src="{k}.jpg"><figcaption>{k}/{len(captions)} {c} Photo: Jane Roe</figcaption></figure>'
        for k, c in enumerate(captions, 1)
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>In pictures: tall ships</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>In pictures: the tall ships arrive</h1>{_INTRO}{figures}{body}</article></body></html>"
    )


def test_a_galleries_captions_are_its_text():
    info = strip_html(_gallery(_CAPTIONS, ["The festival continues until Tuesday."]))
    for caption in _CAPTIONS:
        assert caption in info.text
    assert "Photo: Jane Roe" not in info.text and "1/4" not in info.text
    removed = [r["text"] for r in info.removed]
    assert "Photo: Jane Roe" in removed and "1/4" in removed


_ARTICLE = [
    "The harbour authority said on Saturday that the tall ships festival would return next summer after record "
    "crowds filled the quays for three days, with hotels across the city reporting full bookings.",
    "About 40,000 visitors came on the first day alone, organisers said, double the number who attended the last "
    "festival in 2022, when the event was cut short by storms.",
    "The authority's chair, Ruth Adebayo, said the council would spend £2 million improving the quayside before "
    "next year's event, including new lighting, toilets and a second footbridge over the dock.",
    "Traders on the waterfront said takings were the best they had seen in a decade, though some residents "
    "complained about traffic and noise late into the night during the three days of celebrations.",
    "Tickets for next year's festival will go on sale in the spring, with discounts for local residents and "
    "school groups, the authority said in a statement issued after the final parade of sail.",
]


def test_an_ordinary_articles_captions_stay_furniture():
    info = strip_html(_gallery(_CAPTIONS[:3], _ARTICLE))
    for caption in _CAPTIONS[:3]:
        assert caption not in info.text
    assert _ARTICLE[0] in info.text


_QA = [
    (
        "Why is the bridge closing?",
        "Engineers found cracks in two of the bridge's steel supports during a routine "
        "inspection last month, and the council says repairs cannot be done safely with traffic on the deck.",
    ),
    (
        "How long will it be shut?",
        "The council expects the work to take about fourteen weeks, with the bridge "
        "reopening to cars in early March if the weather allows the contractors to keep to their plan.",
    ),
    (
        "What are the diversions?",
        "Drivers will be sent along the ring road, which adds around ten minutes to a "
        "typical journey into the town centre at peak times, according to the council's own estimates.",
    ),
    (
        "Will buses still run?",
        "Yes. The two bus routes that use the bridge will follow the diversion, and the "
        "operator says it will add extra services in the morning to make up for the longer journey times.",
    ),
]
_MENU = ["TOWN GAZETTE", "News | Sport | Business | Travel | What's On", ""]
_TEASERS = [
    "",
    "Most read",
    "Market traders angry at parking fees",
    "School wins national award",
    "Police appeal after shop break-in",
    "Advertisement",
    "© Town Gazette 2026",
]


def test_an_explainers_first_question_is_kept_like_the_others():
    first, answer = _QA[0]
    lines = [*_MENU, "Bridge closure: your questions answered", "", "By Jane Roe, transport reporter", "", first]
    lines += [answer]
    for question, answer in _QA[1:]:
        lines += ["", question, answer]
    lines += _TEASERS
    info = strip_text("\n".join(lines))
    assert info.text.startswith(first)
    assert first in info.headings
    assert "Most read" not in info.text


def test_a_lone_question_over_an_article_is_not_taken_as_a_sub_heading():
    lines = [*_MENU, "Bridge closure confirmed", "", "By Jane Roe, transport reporter", "", "Fancy a quiz?"]
    lines += [answer for _, answer in _QA] + _TEASERS
    info = strip_text("\n\n".join(lines))
    assert "Fancy a quiz?" not in info.text
