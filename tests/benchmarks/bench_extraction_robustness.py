"""Robustness of the HTML body extraction to markup it was not tuned on: perturbed copies of the dev pages.

Held-out sites differ from the dev ones in markup conventions, not in what an article is. Each set below rewrites
every dev page of the extraction benchmark (item ids with an even last hex digit; the held-out half is never read)
one way, keeping the gold body, and scores ours (``strip_boilerplate`` on format "html") and trafilatura's default
(``trafilatura.extract``) on it, per dev quarter (A: last hex digit 0/4/8/c, B: 2/6/a/e):

  * clean      the page as it is;
  * roundtrip  parsed and serialised by lxml, nothing else (the control for the rewritten sets);
  * rename     every class and id value replaced by random tokens (one token per original token and page, so
               siblings that shared a class still share one): does the path lean on names ("article-body")?
  * detag      <article>, <main>, <aside>, <nav>, <footer>, <header> (and <section>) replaced by <div>;
  * nometa     <meta>, JSON-LD and microdata (itemprop/itemscope/itemtype) removed;
  * furniture  two furniture blocks of other dev pages (a related-stories list, a newsletter box, a comment
               section, a share bar: blocks with none of their page's gold text) inserted inside the article's
               container, one among its paragraphs (no comment section) and one after the last; their class and
               id names kept;
  * furn-anon  as furniture, with the inserted blocks' class/id names replaced by random tokens;
  * all        rename + detag + nometa + furniture together: a site nothing was tuned on.

Metric: bench_extraction's (4-gram shingle P/R averaged over pages, F1 from the means).

Run: .venv/bin/python tests/benchmarks/bench_extraction_robustness.py [--sets rename,detag] [--skip-trafilatura]
The corpus is read from <repo>/../shared/corpora (or $NEWS_CORPORA); nothing is written.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))

from bench_extraction import _frame, _shingles, dev_pages, page_scores, score  # noqa: E402

from pipeline.stages.boilerplate import strip_boilerplate  # noqa: E402
from pipeline.stages.text_blocks import preload  # noqa: E402

QUARTERS = {"A": "048c", "B": "26ae"}
SEMANTIC_TAGS = ("article", "main", "aside", "nav", "footer", "header", "section")
SEED = 6
MID_ARTICLE_KINDS = ("related", "newsletter", "share")  # a comment section comes after the article, not inside it


def quarter_of(item_id: str) -> str | None:
    for name, digits in QUARTERS.items():
        if item_id[-1] in digits:
            return name
    return None


def _tree(page: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(page.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))


def _serialise(tree: lxml_html.HtmlElement) -> str:
    return "<!DOCTYPE html>\n" + etree.tostring(tree, method="html", encoding="unicode")


def _token(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(2)) + f"{rng.randrange(16**5):05x}"


def _rename(tree: lxml_html.HtmlElement, rng: random.Random) -> None:
    names: dict[str, str] = {}

    def new(tok: str) -> str:
        if tok not in names:
            names[tok] = _token(rng)
        return names[tok]

    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        cls = el.get("class")
        if cls is not None:
            el.set("class", " ".join(new(t) for t in cls.split()))
        ident = el.get("id")
        if ident is not None:
            el.set("id", new(ident))


def _detag(tree: lxml_html.HtmlElement) -> None:
    for el in list(tree.iter(*SEMANTIC_TAGS)):
        el.tag = "div"


def _nometa(tree: lxml_html.HtmlElement) -> None:
    for el in list(tree.iter("meta")):
        el.drop_tree()
    for el in list(tree.iter("script")):
        if (el.get("type") or "").lower() == "application/ld+json":
            el.drop_tree()
    for el in tree.iter():
        if isinstance(el.tag, str):
            for attr in ("itemprop", "itemscope", "itemtype"):
                el.attrib.pop(attr, None)


# ---- furniture harvested from the dev pages -------------------------------------------------------------------
_KIND_RE = {
    "comments": re.compile(r"comment(?!ary)|disqus|repl(?:y|ies)", re.I),
    "newsletter": re.compile(r"newsletter|subscri|signup|sign-up", re.I),
    "share": re.compile(r"share|social", re.I),
    "related": re.compile(r"related|more-?stories|recommend|popular|trending|read-?more|most-?read", re.I),
}


def _furniture_kind(el: lxml_html.HtmlElement, text: str) -> str | None:
    names = f"{el.get('id') or ''} {el.get('class') or ''}"
    links = [a.text_content() for a in el.iter("a")]
    link_share = sum(len(t) for t in links) / max(1, len(text))
    for kind, pattern in _KIND_RE.items():
        if pattern.search(names):
            return kind
    if el.find(".//form") is not None or el.tag == "form":
        return "newsletter"
    if sum(1 for t in links if len(t.split()) >= 3) >= 3 and link_share > 0.6:
        return "related"
    return None


def harvest(pages: dict[str, str], gold: dict[str, str]) -> list[tuple[str, str, str]]:
    """(donor id, kind, HTML) of furniture blocks: containers with no 4-gram of their page's gold body and 8-250
    words of visible text, at most one per kind and page, outermost first."""
    found = []
    for i, page in pages.items():
        g, _ = _shingles(gold[i])
        tree = _tree(page)
        for el in list(tree.iter("script", "style", "noscript", "svg", "iframe", "template")):
            if el.getparent() is not None:
                el.drop_tree()
        body = tree.find(".//body")
        if body is None:
            continue
        seen: set[str] = set()
        taken: list[lxml_html.HtmlElement] = []
        for el in body.iter("div", "section", "aside", "ul", "ol", "form", "nav"):
            if any(t in el.iterancestors() for t in taken):
                continue
            text = " ".join(el.text_content().split())
            words = len(text.split())
            if not 8 <= words <= 250:
                continue
            kind = _furniture_kind(el, text)
            if kind is None or kind in seen:
                continue
            s, _ = _shingles(text)
            if s and sum((s & g).values()) > 0:
                continue
            seen.add(kind)
            taken.append(el)
            found.append((i, kind, etree.tostring(el, method="html", encoding="unicode", with_tail=False)))
    return found


def _article_container(tree: lxml_html.HtmlElement, gold: str) -> tuple[lxml_html.HtmlElement, int] | None:
    """The element with the most <p> children holding gold text, and the index of its middle such <p>."""
    g, _ = _shingles(gold)
    counts: dict[lxml_html.HtmlElement, list[int]] = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is None:
            continue
        s, _ = _shingles(p.text_content())
        if s and sum((s & g).values()) >= 0.5 * sum(s.values()):
            counts.setdefault(parent, []).append(parent.index(p))
    if not counts:
        return None
    best = max(counts, key=lambda el: len(counts[el]))
    idx = counts[best]
    return best, idx[len(idx) // 2]


def _insert_furniture(
    tree: lxml_html.HtmlElement, gold: str, blocks: list[str], rng: random.Random, anon: bool
) -> None:
    where = _article_container(tree, gold)
    if where is None:
        return
    container, middle = where
    made = []
    for raw in blocks:
        frag = lxml_html.fragment_fromstring(raw, create_parent=False)
        frag.tail = None
        if anon:
            _rename(frag, rng)
        made.append(frag)
    container.insert(middle + 1, made[0])
    last_p = max((k for k, el in enumerate(container) if el.tag == "p"), default=len(container) - 1)
    container.insert(last_p + 1, made[1])


def perturb(
    name: str, pages: dict[str, str], gold: dict[str, str], furniture: list[tuple[str, str, str]]
) -> dict[str, str]:
    out = {}
    for i, page in pages.items():
        rng = random.Random(f"{SEED}-{name}-{i}")
        if name == "clean":
            out[i] = page
            continue
        tree = _tree(page)
        if name in ("rename", "all"):
            _rename(tree, rng)
        if name in ("detag", "all"):
            _detag(tree)
        if name in ("nometa", "all"):
            _nometa(tree)
        if name in ("furniture", "furn-anon", "all"):
            donors = [f for f in furniture if f[0] != i]
            first = rng.choice([f for f in donors if f[1] in MID_ARTICLE_KINDS])
            second = rng.choice([f for f in donors if f[1] != first[1]])
            _insert_furniture(tree, gold[i], [first[2], second[2]], rng, anon=name != "furniture")
        out[i] = _serialise(tree)
    return out


SETS: dict[str, Callable | None] = dict.fromkeys(
    ("clean", "roundtrip", "rename", "detag", "nometa", "furniture", "furn-anon", "all")
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--skip-trafilatura", action="store_true")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages of each set ours loses most F1 on")
    args = ap.parse_args()
    ids, gold, urls, pages = dev_pages()  # the held-out half is never read
    furniture = harvest(pages, gold)
    kinds = {k: sum(1 for f in furniture if f[1] == k) for k in _KIND_RE}
    sizes = {q: sum(quarter_of(i) == q for i in ids) for q in QUARTERS}
    print(f"dev pages: {len(ids)} (A {sizes['A']}, B {sizes['B']})")
    print(f"furniture blocks harvested: {kinds}")
    strip_boilerplate(_frame(ids[:2], pages, urls, "html"))  # warm-up
    preload()
    clean_f1: dict[str, float] = {}
    for name in args.sets.split(","):
        variant = perturb(name, pages, gold, furniture)
        t0 = time.perf_counter()
        ours = strip_boilerplate(_frame(ids, variant, urls, "html"))
        ms = 1000 * (time.perf_counter() - t0) / len(ids)
        preds = dict(zip(ours["article_id"], ours["text"]))
        parts = []
        for q in QUARTERS:
            chosen = [i for i in ids if quarter_of(i) == q]
            parts.append(f"{q} {score(gold, preds, chosen)['F1']:.3f}")
        line = f"{name:<10} ours: " + " ".join(parts) + f" all {score(gold, preds, ids)['F1']:.3f} ({ms:4.1f} ms/page)"
        if not args.skip_trafilatura:
            import trafilatura

            traf = {i: trafilatura.extract(variant[i]) or "" for i in ids}
            tparts = [f"{q} {score(gold, traf, [i for i in ids if quarter_of(i) == q])['F1']:.3f}" for q in QUARTERS]
            line += " | trafilatura: " + " ".join(tparts) + f" all {score(gold, traf, ids)['F1']:.3f}"
        print(line, flush=True)
        if args.worst:
            per = {}
            for i in ids:
                p, r, _ = page_scores(gold[i], preds[i])
                per[i] = 2 * p * r / (p + r) if p and r else 0.0
            if name == "clean":
                clean_f1 = per
            base = clean_f1 or dict.fromkeys(ids, 1.0)
            for i in sorted(ids, key=lambda i: per[i] - base.get(i, 1.0))[: args.worst]:
                print(f"    {i[:12]} {quarter_of(i)} F1 {per[i]:.3f} (clean {base.get(i, 1.0):.3f}) {urls[i][:70]}")


if __name__ == "__main__":
    main()
