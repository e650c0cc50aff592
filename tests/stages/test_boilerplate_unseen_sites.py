"""Whole pages rendered to plain text from sites the hand rules were not tuned on: a widget's label repeated under
every card, a short page whose many margins give it away, and a reader's replies set in below the article in
words no furniture phrase knows (the learned block scorer)."""

from __future__ import annotations

from pipeline.stages import block_scorer
from pipeline.stages.boilerplate import strip_text

MENU = [
    "      Início",
    "      Mensagens",
    "        + Bom Dia",
    "        + Boa Noite",
    "        + Aniversário",
    "      Frases",
    "        + Amor",
    "        + Amizade",
    "        + Motivação",
    "      Imagens",
    "      Poemas",
    "      Pesquisar",
]
TOPICS = [
    "Bom Dia",
    "Boa Tarde",
    "Boa Noite",
    "Reflexão da Vida",
    "Autoestima",
    "Motivação",
    "Amizade",
    "Otimismo",
    "Fé",
    "Superação",
    "Sabedoria",
    "Felicidade",
    "Paz",
    "Humildade",
    "Gratidão",
]
FOOTER = [
    "    Temas",
    *(f"        Mensagens de {topic}" for topic in TOPICS),
    "    Quem Somos",
    "    Fale Conosco",
    "    Política de Privacidade",
    "  © 2019 Mensagens com Amor. Todos os direitos reservados.",
]
CARD_LABEL = "      WhatsApp Facebook Pinterest Baixar"
CARDS = [
    "    A vida requer de nós otimismo e coragem para esperar o melhor e fazer o melhor, todos os dias.",
    "    O que une uma família é o amor, o carinho, o querer bem. Família unida é força que não se quebra.",
    "    Gratidão pela vida está nos detalhes, no sorriso dado logo ao despertar e na mão estendida.",
]
ARTICLE = [
    "    Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e por isso a procuramos.",
    "    Só quem se ama de verdade consegue amar o outro sem medo, sem cobranças e sem perder a si mesmo.",
    "    O amor-próprio não é egoísmo: é a base de todas as relações saudáveis que construímos ao longo do tempo.",
    "    Cuide de si, respeite os seus limites e não aceite menos do que merece, hoje e sempre.",
]


def _kept(info) -> list[str]:
    return info.text.split("\n\n")


def _reasons(info) -> dict[str, str]:
    return {r["text"]: r["reason"] for r in info.removed}


def test_a_label_repeated_under_every_card_goes_with_its_first_copy() -> None:
    """A share widget's label printed under the article and under each card of "you may also like" (in a
    language the phrases do not know) is no text of the article: every copy goes, the first too."""
    lines = MENU + ["    Só quem se Ama…", CARD_LABEL] + ARTICLE + [CARD_LABEL]
    for card in CARDS:
        lines += [card, CARD_LABEL]
    info = strip_text("\n".join(lines + FOOTER))
    assert "WhatsApp Facebook Pinterest Baixar" not in info.text
    assert _reasons(info)["WhatsApp Facebook Pinterest Baixar"] == "repeated-label"
    assert all(line.strip() in _kept(info) for line in ARTICLE)


def test_a_repeated_data_label_stays() -> None:
    """A table's header row over each table of a match report ("Pos Player Plays % Stats") and a product's
    "See it now: Shop" line are the article's, however often the page repeats them."""
    header = "      Pos Player Plays % Stats"
    lines = MENU + ["    Snap counts: the defence against Pittsburgh"]
    for unit in ("Defensive line", "Linebackers", "Cornerbacks"):
        lines += [
            "    The rotation held up well again this week, with the starters taking most of the snaps on defence.",
            f"    {unit}",
            header,
            "      DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.",
            "      DL Myles Garrett 57 77% 1 tackle (1 combined). 3 QH.",
        ]
    info = strip_text("\n".join(lines + FOOTER))
    assert info.text.count("Pos Player Plays % Stats") >= 1


SHORT_PAGE = [
    "  Skip navigation",
    "    NBC News Logo",
    "      Sponsored By",
    "    World",
    "            Hitler's birthplace will become a police station, Austria says",
    "              The government's move aims to stop the house from becoming a pilgrimage site for neo-Nazis.",
    "                  Nov. 19, 2019, 5:18 PM UTC",
    "                  By Reuters",
    "              VIENNA — The house in which Adolf Hitler was born will be turned into a police station, Austria's"
    " interior minister said on Tuesday, ending years of wrangling over what to do with the building.",
    "              The government took the house from its owner in 2016 and has been debating its future since then,"
    " with some calling for it to be demolished and others for it to become a museum.",
    "              The building in Braunau am Inn has long drawn visitors from around the world, among them"
    " admirers of Hitler, and the authorities have tried for years to keep them away.",
    "              The redesign will be put out to tender in a Europe-wide architecture competition, the ministry"
    " said in a statement.",
    "                        Eilmeldungen per E-Mail",
    "                            Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach",
    "                          JETZT ANMELDEN",
]


def test_a_short_page_with_many_margins_is_page_shaped() -> None:
    """Fifteen lines at nine margins: a renderer's page, not an article, though too short for the long-page
    test, so the edge rules apply: the mailing-list box under the article goes (its wording is German, which the
    phrases miss), and so does the headline over the dek."""
    info = strip_text("\n".join(SHORT_PAGE))
    assert "JETZT ANMELDEN" not in info.text
    assert "Eilmeldungen per E-Mail" not in info.text
    assert "Hitler's birthplace will become a police station" not in info.text
    assert "VIENNA — The house" in info.text
    assert "architecture competition" in info.text


def test_a_plain_article_with_few_margins_is_left_alone() -> None:
    """An article pasted as text keeps all its lines, a closing list of short lines included."""
    text = "\n\n".join(
        [
            "Winners of the 2019 regional journalism awards",
            "The judges praised the depth of local reporting this year, in a field of more than two hundred"
            " entries from newspapers, radio stations and websites across the region.",
            "The ceremony was held in the town hall on Friday evening, with the mayor presenting the prizes.",
            "Reporter of the year",
            "Photographer of the year",
            "Young journalist of the year",
            "Website of the year",
        ]
    )
    info = strip_text(text)
    assert "Young journalist of the year" in info.text
    assert "Website of the year" in info.text


REPLIES = [
    "                                1. Anita Rojas",
    "                                  What I am wondering is how to begin when my focus is on being helpful more"
    " than on making money. I have many ideas floating around and no plan yet.",
    "                                    Anita, it is so good to see you here! That ideas floating around challenge"
    " is one that every new business owner meets, and the roadmap is made for it.",
    "                                2. Jan Smith",
    "                                  I will keep reading and learning, so that it is not so overwhelming when I"
    " can finally focus on it full time.",
    "                                    Thanks so much for stopping by, Jan, and for leaving a note. Take it one"
    " stage at a time and it will all come together.",
]
POST = [
    "        Starting an online business can feel like a huge leap, and most people stall long before the first"
    " sale because they try to do everything at once.",
    "        The roadmap breaks the work into five stages: find your focus, build your brand, set up your site,"
    " share your work and grow your audience.",
    "        In the first stage you decide who you serve and what problem you solve for them, which shapes every"
    " decision that follows.",
    "        Once your focus is clear, the brand follows naturally: your voice, your colours and the promise you"
    " make to your readers.",
    "        The third stage is the website itself, which should be simple, fast and built around one clear call"
    " to action for your visitors.",
]


def test_replies_set_in_below_the_article_are_scored_furniture() -> None:
    """Readers' replies in a thread no phrase announces, set far in from the post's paragraphs below its last
    one: the learned scorer finds them unlike the article's text, and they go."""
    lines = MENU + ["        How to start an online business in five stages", *POST, *REPLIES, *FOOTER]
    info = strip_text("\n".join(lines))
    assert all(line.strip() in _kept(info) for line in POST)
    assert "Thanks so much for stopping by" not in info.text
    assert "scored-furniture" in _reasons(info).values()


def test_the_scorer_can_be_switched_off(monkeypatch) -> None:
    """``block_scorer.SCORED`` turns the learned second opinion off: the rules alone decide."""
    monkeypatch.setattr(block_scorer, "SCORED", False)
    lines = MENU + ["        How to start an online business in five stages", *POST, *REPLIES, *FOOTER]
    info = strip_text("\n".join(lines))
    assert "scored-furniture" not in _reasons(info).values()
