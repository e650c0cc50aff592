"""Labelled dedup/story pairs and a 100k-article throughput corpus, derived at run time from the shared corpora.

Sources: the BBC articles (headline on line 1) and the article-extraction-benchmark gold bodies. Nothing is copied
into the project; everything is rebuilt from ``NEWS_CORPORA`` (default ``<repo>/../shared/corpora``).

Variants of a source article (each a real body with a realistic change):
  exact        white space / line endings / curly quotes / no-break spaces changed
  syndicated   another real headline, a wire byline, furniture lines ("Advertisement", "Subscribe to ...")
  update       one real paragraph (from another article) added, one sentence appended to a paragraph
  boilerplate  the publisher's header/footer lines swapped for another publisher's
  format       the same body wrapped in simple HTML (``text`` is the body, as the extraction stage gives it)
  split        two write-ups of one article: its odd sentences vs its even sentences, new headlines
               (same story, never a near duplicate)
Real duplicates inside BBC are found with an independent measure (character edit ratio, rapidfuzz) so negatives
never contain them and they count as real near/exact pairs. Split: dev/test by the sha1 of the source id.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
BYLINES = ["By Staff Reporter, Reuters", "By Jane Mills | Associated Press", "From our correspondent",
           "AFP - Agence France-Presse", "By Tom Reed, Press Association"]
FURNITURE = ["Advertisement", "Subscribe to our newsletter for the latest news", "Share this article",
             "Read more: sign up for breaking news alerts", "Story continues below advertisement"]
PUBLISHERS = [
    (["The Daily Courier - Home | World | Business | Sport", "Last updated: 10:42 GMT"],
     ["© 2005 The Daily Courier. All rights reserved.", "Contact us | Privacy policy | Terms of use"]),
    (["WORLD NEWS NETWORK", "Menu  Search  Sign in"],
     ["Copyright World News Network Ltd", "Follow us on Twitter and Facebook", "Comments are closed."]),
    (["Metro Herald Online", "Breaking | Politics | Money | Tech"],
     ["Metro Herald is not responsible for the content of external sites.", "Back to top"]),
]


def corpora() -> Path:
    return Path(os.environ.get("NEWS_CORPORA", REPO.parent / "shared" / "corpora"))


@dataclass
class Source:
    sid: str
    topic: str
    headline: str
    body: str

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in re.split(r"\n\s*\n|\n", self.body) if p.strip()]

    @property
    def split(self) -> str:
        return split_of(self.sid)


def split_of(key: str) -> str:
    """dev/test by hash; the benchmark hashes the duplicate group's id so a group never straddles the split."""
    return "dev" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0 else "test"


def load_sources() -> list[Source]:
    out = []
    for path in sorted((corpora() / "bbc").glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:  # the one non-UTF-8 file (cp1252 pound sign)
            text = raw.decode("cp1252")
        head, _, body = text.strip().partition("\n")
        out.append(Source(f"bbc/{path.parent.name}/{path.name}", path.parent.name, head.strip(), body.strip()))
    gold = json.loads((corpora() / "article-extraction-benchmark" / "ground-truth.json").read_text())
    for key, item in sorted(gold.items()):
        body = (item.get("articleBody") or "").strip()
        if len(body.split()) >= 60:
            first = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0][:90]
            out.append(Source(f"aeb/{key[:16]}", "aeb", first, body))
    return out


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])", text) if s.strip()]


def entities(text: str) -> list[str]:
    """Cheap stand-in for the entity stage: capitalised word runs that do not start a sentence."""
    found = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|[A-Z]{2,})\b", text)
    return sorted({f for f in found if len(f) > 2})


def plain(headline: str, paragraphs: list[str]) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs)


# ---- variants --------------------------------------------------------------------------------------------------
def v_exact(src: Source, rng: np.random.Generator) -> str:
    text = plain(src.headline, src.paragraphs)
    text = text.replace("\n", "\r\n").replace(". ", ".  ")
    text = text.replace("'", "\u2019").replace(" the ", " the\u00a0")
    return "\n" + text + "  \n"


def v_syndicated(src: Source, rng: np.random.Generator, other: Source) -> str:
    paras = list(src.paragraphs)
    for _ in range(2):
        paras.insert(int(rng.integers(1, max(len(paras), 2))), FURNITURE[int(rng.integers(len(FURNITURE)))])
    lines = [other.headline, BYLINES[int(rng.integers(len(BYLINES)))], *paras, FURNITURE[0]]
    return "\n\n".join(lines)


def v_update(src: Source, rng: np.random.Generator, other: Source) -> str:
    paras = list(src.paragraphs)
    extra = other.paragraphs[int(rng.integers(len(other.paragraphs)))]
    paras.insert(int(rng.integers(1, len(paras) + 1)), extra)
    k = int(rng.integers(len(paras)))
    paras[k] = paras[k] + " The figures were confirmed in an update on Tuesday."
    return plain(src.headline, paras)


def v_boilerplate(src: Source, rng: np.random.Generator) -> tuple[str, str]:
    """(original as published by one site, copy from another site) - both keep their page lines in ``text``."""
    a, b = rng.choice(len(PUBLISHERS), 2, replace=False)
    body = src.paragraphs
    first = "\n\n".join([*PUBLISHERS[a][0], src.headline, *body, *PUBLISHERS[a][1]])
    second = "\n\n".join([*PUBLISHERS[b][0], src.headline, *body, *PUBLISHERS[b][1]])
    return first, second


def v_html(src: Source) -> tuple[str, str]:
    """(HTML content, its body text)."""
    paras = "".join(f"<p>{p}</p>\n" for p in src.paragraphs)
    html = (f"<!DOCTYPE html><html><head><title>{src.headline}</title></head><body>"
            f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>{src.headline}</h1>\n"
            f"{paras}</article><footer>Copyright 2005</footer></body></html>")
    return html, plain(src.headline, src.paragraphs)


def v_split(src: Source) -> tuple[str, str]:
    sents = sentences(src.body)
    odd, even = sents[0::2], sents[1::2]
    return (plain("Report: " + src.headline, [" ".join(odd[i : i + 3]) for i in range(0, len(odd), 3)]),
            plain("Analysis - " + src.headline.lower(), [" ".join(even[i : i + 3]) for i in range(0, len(even), 3)]))


# ---- scale corpus ------------------------------------------------------------------------------------------------
def scale_corpus(sources: list[Source], n: int, seed: int = 7, dup_share: float = 0.15) -> dict[str, list]:
    """``n`` articles: distinct documents mixed from real sentences of different articles, plus variants.

    Columns as ``deduplicate`` takes them; published_at spread over a year (10% undated).
    """
    rng = np.random.default_rng(seed)
    pool: list[str] = []
    pool_ents: list[list[str]] = []
    for src in sources:
        for s in sentences(src.body):
            pool.append(s)
            pool_ents.append(entities(s))
    heads = [s.headline for s in sources]
    ids, contents, texts, dates, ents = [], [], [], [], []
    start = np.datetime64("2005-01-01T00:00")
    n_base = 0
    for i in range(n):
        if n_base > 100 and rng.random() < dup_share:
            j = int(rng.integers(max(0, i - 5000), i))  # a copy of a recent article
            base_text = texts[j]
            kind = int(rng.integers(3))
            paras = base_text.split("\n\n")
            if kind == 0:
                content = base_text.replace("\n", "\r\n") + "  "
                text = base_text
            elif kind == 1:
                paras.insert(1, FURNITURE[int(rng.integers(len(FURNITURE)))])
                text = content = "\n\n".join([heads[int(rng.integers(len(heads)))], *paras[1:]])
            else:
                paras.append(pool[int(rng.integers(len(pool)))])
                text = content = "\n\n".join(paras)
            date, ent = dates[j], ents[j]
        else:
            n_base += 1
            k = int(rng.integers(8, 25))
            picks = rng.integers(0, len(pool), k)
            body = [" ".join(pool[p] for p in picks[q : q + 3]) for q in range(0, k, 3)]
            text = content = plain(heads[int(rng.integers(len(heads)))], body)
            date = None if rng.random() < 0.1 else start + np.timedelta64(int(rng.integers(0, 365 * 24 * 60)), "m")
            ent = sorted({e for p in picks for e in pool_ents[p]})
        ids.append(hashlib.sha1(f"{seed}-{i}".encode()).hexdigest()[:16])
        contents.append(content)
        texts.append(text)
        dates.append(date)
        ents.append(ent)
    return {"article_id": ids, "content": contents, "text": texts, "published_at": dates, "entity_names": ents}
