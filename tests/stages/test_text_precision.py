"""Precision of plain-text boilerplate stripping on pages the phrase rules do not know well: furniture told by
structure (a page's shape, nested list markers, a comment thread's headers, a photo described twice, runs of
headlines, excerpts cut off with "[…]"), so that it does not depend on one site's wording."""

from __future__ import annotations

from pipeline.stages.boilerplate import strip_text
from pipeline.stages.furniture import furniture_reason, strong_furniture_reason
from tests.stages.inputs import COUNCIL_STORY

BODY = COUNCIL_STORY
MORE = [
    "Bus drivers at the main depot said they had not been told which routes would gain the extra services first.",
    "A spokesperson for the council said the timetable would be published in full on its website next month.",
    "Residents of the eastern districts, where the tram lines were closed, said the change was long overdue.",
]


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


def _kept(info) -> list[str]:
    return info.text.split("\n\n")


def _rendered(lines: list[tuple[int, str]]) -> str:
    """Lines at their own depth, as a text renderer sets a page's elements in."""
    return "\n\n".join(" " * depth + text for depth, text in lines)


# A site's menus and boxes in words the furniture phrases do not know (Indonesian), at several depths
_MENU = ["Beranda", "Berita", "Olahraga", "Ekonomi", "Hiburan", "Teknologi", "Otomotif", "Gaya Hidup", "Kuliner"]
_TEASERS = [
    "Harga cabai naik jelang akhir tahun",
    "Banjir rendam ratusan rumah di pesisir",
    "Timnas lolos ke babak semifinal",
    "Pasar saham dibuka menguat pagi ini",
    "Jalan tol baru segera dibuka untuk umum",
    "Festival kuliner digelar pekan depan",
]


def test_a_page_shaped_text_is_trimmed_without_any_known_furniture_phrase() -> None:
    lines = [(6, item) for item in _MENU]
    lines += [(10, item) for item in _MENU]
    lines += [(4, "Council backs bigger transport budget")] + [(8, p) for p in BODY + MORE]
    lines += [(12, "Terpopuler")] + [(14, t) for t in _TEASERS]
    lines += [(6, item) for item in _MENU[:6]] + [(4, "Redaksi"), (4, "Pedoman Media Siber"), (4, "Karir")]
    info = strip_text(_rendered(lines))
    kept = _kept(info)
    assert all(p in kept for p in BODY + MORE)
    assert not any(t in kept for t in _TEASERS + _MENU)


def test_a_clean_article_with_a_long_list_at_one_margin_keeps_the_list() -> None:
    winners = [
        f"{first} {last}"
        for first in ("Anna", "Ben", "Clara", "David", "Elena")
        for last in ("Fischer", "Garcia", "Hughes", "Ivanova", "Jensen", "Kowalski", "Larsen")
    ]
    text = "\n\n".join([*BODY[:3], "The winners", *winners, *BODY[3:], *MORE])
    info = strip_text(text)
    kept = _kept(info)
    assert all(w in kept for w in winners)
    assert all(p in kept for p in BODY + MORE)


def test_nested_list_markers_do_not_hide_menu_phrases() -> None:
    footer = ["+ About Us", "o Privacy Policy", "o Terms of Use", "o Contact Us", "+ Sitemap"]
    info = strip_text("\n\n".join([*BODY, *footer]))
    kept = _kept(info)
    assert all(p in kept for p in BODY)
    assert not any(f in kept for f in footer)


def test_a_portuguese_line_starting_with_o_is_not_a_marker() -> None:
    body = [
        "O prefeito anunciou nesta terça-feira um novo plano para o transporte público da cidade, com mais ônibus.",
        "o presidente da câmara disse que a votação deve ocorrer ainda este mês, depois das audiências públicas.",
        "Os moradores da zona leste, onde as linhas de bonde estão fechadas, receberam a notícia com alívio.",
    ]
    info = strip_text("\n\n".join(body))
    assert _kept(info) == body


def test_gallery_counters_and_teasers_with_their_comment_counts() -> None:
    assert furniture_reason("Image 1 of 5") == "caption"
    assert furniture_reason("Foto 3/12") == "caption"
    assert furniture_reason("Boy Kills Brother, Removes His Eyes, Tongue 10 comments") == "related-links"
    assert furniture_reason("Governor Writes Touching Letter To Lagosians (11 comments)") == "related-links"
    assert furniture_reason("Council backs bigger transport budget") is None


def test_excerpts_cut_off_with_a_bracketed_ellipsis_are_teasers() -> None:
    excerpts = [
        "Sometimes people ask me why this or that location became part of the game, and today I want to […]",
        "In September, to celebrate the fact that the number of players has passed a million, we made a [...]",
    ]
    assert all(strong_furniture_reason(e) == "related-links" for e in excerpts)
    assert strong_furniture_reason("He said the plan (...) would work once the trams were repaired.") is None
    info = strip_text("\n\n".join([*BODY, "Recent posts", *excerpts]))
    assert all(p in _kept(info) for p in BODY)
    assert all(_reasons(info).get(e) == "related-links" for e in excerpts)


def _thread(margin: int) -> list[tuple[int, str]]:
    comments = [
        ("busrider99", "Finally some money for the trams. It only took them a year and a half."),
        ("Jane R.", "Two hundred drivers is not going to happen with the wages they pay."),
        ("northsider", "The eastern districts have waited long enough, glad to see this pass."),
    ]
    out: list[tuple[int, str]] = []
    for n, (name, text) in enumerate(comments, 1):
        out += [(margin + 3, f"{n}. {name} says:"), (margin + 6, "November 19, 2019 at 6:34 am"), (margin + 6, text)]
    return out


def test_a_comment_thread_no_phrase_announces_is_cut() -> None:
    lines = [(6, item) for item in _MENU] + [(4, p) for p in BODY + MORE] + _thread(4)
    info = strip_text(_rendered(lines))
    kept = _kept(info)
    assert all(p in kept for p in BODY + MORE)
    assert "2. Jane R. says:" not in kept
    assert "The eastern districts have waited long enough, glad to see this pass." not in kept
    assert _reasons(info)["1. busrider99 says:"] == "comments"


def test_a_reporters_attributions_before_quotes_stay() -> None:
    quotes = []
    for who in ("A council spokesperson said:", "The mayor's office said:", "A union official said:"):
        quotes += [who, "“We are pleased that the council has listened to what passengers have told us for years.”"]
    lines = [(6, item) for item in _MENU] + [(4, p) for p in BODY + quotes[:2] + MORE + quotes[2:]]
    info = strip_text(_rendered(lines))
    kept = _kept(info)
    assert all(q in kept for q in quotes[::2])
    assert all(p in kept for p in BODY + MORE)


def test_a_photo_described_twice_in_a_row_is_the_figure() -> None:
    alt = "Commuters wait for a tram at the central station in the city on Tuesday, November 19, 2019."
    caption = alt + " (Photo: Jane Roe)"
    lines = [(6, item) for item in _MENU] + [(4, p) for p in BODY[:2]] + [(8, alt), (6, caption)]
    lines += [(4, p) for p in BODY[2:] + MORE] + [(4, "© 2019 Daily Planet")]
    info = strip_text(_rendered(lines))
    kept = _kept(info)
    assert alt not in kept and caption not in kept
    assert all(p in kept for p in BODY + MORE)


def _kept_around_menu_page(inserted: list[str]) -> list[str]:
    """What a page keeps with ``inserted`` lines, set at the body's margin, after its third paragraph."""
    lines = [(6, item) for item in _MENU] + [(4, p) for p in BODY[:3]] + [(4, line) for line in inserted]
    lines += [(4, p) for p in BODY[3:] + MORE] + [(4, "© 2019 Daily Planet")]
    return _kept(strip_text(_rendered(lines)))


def test_a_run_of_sentence_case_headlines_between_paragraphs_is_a_link_list() -> None:
    headlines = [
        "How the city plans to pay for its new buses",
        "Why the tram repairs took longer than promised",
        "What the new timetable means for night workers",
        "Five things to know about the transport budget",
    ]
    kept = _kept_around_menu_page(headlines)
    assert not any(h in kept for h in headlines)
    assert all(p in kept for p in BODY + MORE)


def test_short_lines_among_known_menu_items_are_the_rest_of_the_menu() -> None:
    menu = ["Preferences", "Community", "Newsletters", "Log Out"]
    kept = _kept_around_menu_page(menu)
    assert not any(m in kept for m in menu)
    assert all(p in kept for p in BODY + MORE)


def test_reading_time_in_other_languages() -> None:
    assert furniture_reason("Tempo de leitura: 1 minuto") == "reading-time"
    assert furniture_reason("Lesezeit: 3 Min.") == "reading-time"
    assert furniture_reason("5 min de lectura") == "reading-time"
    sentence = "O tempo de leitura dos brasileiros caiu muito entre os jovens nos últimos anos, segundo o estudo."
    assert furniture_reason(sentence) is None


def test_a_page_set_flush_is_trimmed_when_menus_sit_above_and_below_the_article() -> None:
    header = [*_MENU, "Terkini", "Terpopuler", "Indeks"]
    footer = [*_TEASERS, *_MENU, "Redaksi", "Pedoman Media Siber", "Karir", "Kontak", "Info Iklan"]
    text = "\n\n".join([*header, "Council backs bigger transport budget", *BODY, *MORE, *footer])
    info = strip_text(text)
    kept = _kept(info)
    assert all(p in kept for p in BODY + MORE)
    assert not any(t in kept for t in header + footer)


def test_a_clean_article_opening_on_a_short_list_keeps_its_closing_list() -> None:
    facts = ["Budget: 1.2 billion", "Buses: 40 new", "Tram lines: 2 reopened", "Drivers needed: 200"]
    results = [f"{team} {n} - {m} Rovers" for n, m, team in zip(range(6), range(6, 0, -1), "ABCDEF")]
    text = "\n\n".join(["Council backs bigger transport budget", *facts, *BODY, *MORE, "Results", *results])
    kept = _kept(strip_text(text))
    assert all(p in kept for p in BODY + MORE)
    assert all(r in kept for r in results)
