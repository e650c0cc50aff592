"""Whole pages rendered to plain text whose article the prose search alone would cut short or miss: the short
lines and lists inside the article's own wrapper, and a page whose article is a table of data rows."""

from __future__ import annotations

from pipeline.stages.boilerplate import strip_text

MENU = [
    "    Home",
    "    About the Theatre",
    "        + History",
    "        + Visit",
    "    Performances",
    "        + Now Playing",
    "        + Coming Soon",
    "        + Tours",
    "    News",
    "    Blog",
    "    Gallery",
    "    Tickets",
    "    Contact",
    "    Search",
]
FOOTER = [
    "      Share this entry",
    "        Share on Facebook",
    "        Share on Twitter",
    "  Seoul : 43, Jeongdong-gil, Jung-gu, Seoul, Korea / TEL : +82 2 751 1500",
    "  Copyright © 2018 Jeongdong Theater. All rights reserved.",
    "  Facebook",
    "  Instagram",
    "  Youtube",
    "  Scroll to top",
]
POST = [
    "The opening ceremony of the autumn festival was held on a special stage in the park on Saturday evening.",
    "Preparation work was still going on at six, an hour before the start of the performance, as crowds gathered.",
    "For the ceremony the theatre prepared three items under the title of its traditional performance series.",
    "One of the items was the fan dance, performed to graceful court music, followed by the drum dance.",
    "The dancers wore the hanbok of the royal court, and the audience clapped along to the final drum pieces.",
]


def _post(*lines: str, margin: int = 12) -> str:
    """The menu, a blog post whose lines sit at ``margin`` (or their own indentation), then the footer."""
    pad = " " * margin
    body = [line if line.startswith(" ") else pad + line for line in lines]
    return "\n\n".join(MENU + ["          October 15, 2018 / 0 Comments / by jdadmin"] + body + FOOTER)


def _kept(info) -> list[str]:
    return info.text.split("\n\n")


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


def test_short_lines_in_the_posts_own_wrapper_are_kept() -> None:
    """The opening lines and the closing fact lines sit at the paragraphs' margin: the post's own text."""
    opening = ["@noksutagram The Palace: Tale of Jang Noksu at the Welcome Festival", "The refreshing autumn sky!"]
    facts = [
        "We will always strive to make Korean culture widely known to the world 🙂",
        "2018.04.05 ~ OPEN RUN",
        "Tue – Sat 4PM (Closed on Sun & Mon)",
        "Viewing age of 48 months and above",
        "Ticketing",
        "VIP : 60,000 won, R : 50,000 won, S : 40,000 won. Inquiries 02-751-1500.",
    ]
    info = strip_text(_post(*opening, *POST, *facts))
    kept = _kept(info)
    assert all(p in kept for p in POST)
    assert all(line in kept for line in opening)
    assert all(f in kept for f in facts)
    assert "Scroll to top" not in kept
    assert _reasons(info)["Copyright © 2018 Jeongdong Theater. All rights reserved."] == "copyright"


def test_deeper_lines_after_the_last_paragraph_stay_out() -> None:
    """A photo's caption set in below the last paragraph, with nothing at the margin after it, is not the text."""
    caption = "2018 Jeongdong Theater Tradition Series Performance at the Welcome Daehak-ro Festival"
    info = strip_text(_post(*POST, "              " + caption))
    assert all(p in _kept(info) for p in POST)
    assert caption not in _kept(info)


def test_list_the_wrappers_last_line_announces_is_kept() -> None:
    """ "The new pack brings:" over items nested deeper: the list belongs to the post."""
    intro = "The new pack brings:"
    items = [
        "Hundreds of new tasks that make every round of the game different",
        "Dozens of tricky questions that help the players know each other better",
        "Challenges to complete within a week, even after the game is over",
    ]
    info = strip_text(_post(*POST, intro, *("                " + item for item in items)))
    kept = _kept(info)
    assert intro in kept
    assert all(item in kept for item in items)


def test_posts_meta_line_is_not_taken_as_its_opening() -> None:
    """The date-and-categories line over a post stays out when the wrapper is carried back over short lines."""
    meta = "13/06/2014 Tony Carter All, Books, Kit Reviews"
    opening = "Kit review: the Airfix Spitfire Mk I in 1:48 scale"
    info = strip_text(_post(meta, opening, *POST))
    kept = _kept(info)
    assert opening in kept
    assert meta not in kept


CALENDAR = [
    "1a etapa: 10 de março – Interlagos",
    "2a etapa: 8 de abril – Curitiba",
    "3a etapa: 22 de abril – Velopark",
    "4a etapa: 6 de maio – Londrina",
    "5a etapa: 20 de maio – Santa Cruz do Sul",
    "6a etapa: 5 de agosto – Corrida do Milhão",
    "7a etapa: 19 de agosto – A ser divulgado",
    "8a etapa: 9 de setembro – Cascavel",
    "9a etapa: 23 de setembro – Velo Città",
    "10a etapa: 21 de outubro – Tarumã",
]


def test_page_whose_article_is_a_table_of_data_rows() -> None:
    """A race calendar has no sentence: the prose search alone lands on the side column's one blurb."""
    menu = [f"    {item}" for item in ("HOME", "FÓRMULA 1", "INDY", "MOTO GP", "STOCK CAR", "NASCAR", "FÓRUM")]
    menu += [f"        + Notícias da {s}" for s in ("Fórmula 1", "Fórmula Indy", "MotoGP", "Stock Car", "NASCAR")]
    header = ["          Calendário Stock Car 2018", "          segunda-feira, 22 de janeiro de 2018 às 0:13"]
    body = ["          Calendário da Stock Car 2018"] + [f"          {row}" for row in CALENDAR]
    body += ["          Calendário sujeito a alterações feitas pelo Organizador", "          www.autoracing.com.br"]
    side = [
        "    » Loucos 2019 – Episódio 29",
        "        Grande volta do Loucos por Automobilismo na temporada batendo aquele papo sobre tudo o que tem "
        "acontecido nas pistas do Brasil e do mundo nas últimas semanas.",
        "        Clique na imagem acima",
        "    » Publicidade",
    ]
    footer = [
        "    Política de Privacidade",
        "    Quem Somos",
        "    Fale Conosco",
        "  Copyright © 2010 AUTORACING. Todos os direitos reservados.",
    ]
    info = strip_text("\n\n".join(menu + header + body + ["          Tags"] + side + footer))
    kept = _kept(info)
    assert all(row in kept for row in CALENDAR)
    assert "Calendário da Stock Car 2018" in kept
    assert not any("Loucos por Automobilismo" in p for p in kept)


def test_sidebar_table_does_not_displace_the_article() -> None:
    """A results table in a side column loses to an article of real paragraphs."""
    table = [
        f"        {team} {n} – {n + 1} Rovers"
        for n, team in enumerate(("City", "United", "Albion", "Town", "Athletic"))
    ]
    info = strip_text(_post(*POST, margin=12) + "\n\n" + "\n\n".join(["      Latest results"] + table))
    kept = _kept(info)
    assert all(p in kept for p in POST)
    assert not any("Rovers" in p for p in kept)
