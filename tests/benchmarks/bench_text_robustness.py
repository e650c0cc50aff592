"""Robustness of the plain-text boilerplate rules to renderings they were not tuned on: the dev pages as other
tools, and other sites, would print them.

The text path is tuned on inscriptis renderings of the dev pages (item ids with an even last hex digit; the
held-out half is never read). Unseen sites differ in how their pages come out as text, so each set below renders
or rewrites every dev page one way, keeps the gold body, and scores ``strip_boilerplate`` on format "text" per dev
quarter (A: last hex digit 0/4/8/c, B: 2/6/a/e; a rule found on one quarter's errors must not hurt the other):

  * inscriptis  the benchmark's own rendering (the control);
  * html2text   html2text, no links or images, no wrapping: markdown headings ("## ") and "* " bullets;
  * lxml        lxml's text with a line break around each block element, every line set flush;
  * soup        BeautifulSoup ``get_text("\\n", strip=True)``: every text node on a line of its own, so a paragraph
                with links in it breaks at each link;
  * flush       inscriptis with the indentation removed (most tools set every line at one margin);
  * furniture   inscriptis with two runs of other dev pages' furniture lines (lines with none of their page's gold
                text) inserted: the head of a box that followed another article (no footer) among the article's
                paragraphs, any run after its last paragraph;
  * joined      inscriptis with each run of three or more short furniture lines joined into one line with " | "
                (a menu printed on one line);
  * noheads     inscriptis without the article's own short lines (headline, sub-headings): nothing to anchor on;
  * wrapped     inscriptis hard-wrapped at 72 columns, paragraphs kept apart by blank lines.

Metric: bench_extraction's (4-gram shingle P/R averaged over pages, F1 from the means).

Run: .venv/bin/python tests/benchmarks/bench_text_robustness.py [--sets lxml,soup] [--worst N] [--quarter A]
Needs the ``bench`` extra (inscriptis, html2text, beautifulsoup4). Nothing is written.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "benchmarks"))

from bench_extraction import _frame, _shingles, dev_pages, page_scores, score  # noqa: E402

from pipeline.stages.boilerplate import strip_boilerplate  # noqa: E402
from pipeline.stages.text_blocks import preload  # noqa: E402

QUARTERS = {"A": "048c", "B": "26ae"}
SEED = 4
SETS = ("inscriptis", "html2text", "lxml", "soup", "flush", "furniture", "joined", "noheads", "wrapped")
_BLOCK_TAGS = {
    "p", "div", "section", "article", "aside", "nav", "header", "footer", "main", "ul", "ol", "li", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "br", "figure", "figcaption", "blockquote", "pre",
    "form", "hr", "address",
}  # fmt: skip
_FOOTER_RE = re.compile(r"©|copyright|privacy|all rights reserved|terms of", re.I)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head"}


def quarter_of(item_id: str) -> str | None:
    return next((name for name, digits in QUARTERS.items() if item_id[-1] in digits), None)


# ---- renderers ------------------------------------------------------------------------------------------------
def render_inscriptis(page: str) -> str:
    from inscriptis import get_text

    return get_text(page)


def render_html2text(page: str) -> str:
    import html2text

    h = html2text.HTML2Text()
    h.ignore_links = h.ignore_images = h.ignore_emphasis = True
    h.body_width = 0
    return h.handle(page)


def render_lxml(page: str) -> str:
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(page.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    out: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP_TAGS:
            out.append(el.tail or "")
            return
        block = tag in _BLOCK_TAGS
        if block:
            out.append("\n")
        if isinstance(el.tag, str):
            out.append(el.text or "")
            for child in el:
                walk(child)
        if block:
            out.append("\n")
        out.append(el.tail or "")

    walk(tree)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def render_soup(page: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "lxml")
    for el in soup(list(_SKIP_TAGS)):
        el.decompose()
    return soup.get_text("\n", strip=True)


# ---- perturbations of the inscriptis rendering --------------------------------------------------------------
def _in_gold(line: str, gold_shingles, gold_flat: str) -> bool:
    words = re.findall(r"\w+", line.lower())
    if not words:
        return False
    if len(words) < 4:
        return " ".join(words) in gold_flat
    s, _ = _shingles(line)
    return sum((s & gold_shingles).values()) >= 0.5 * sum(s.values())


def gold_flags(text: str, gold: str) -> list[bool]:
    g, _ = _shingles(gold)
    flat = " ".join(re.findall(r"\w+", gold.lower()))
    return [_in_gold(line, g, flat) for line in text.split("\n")]


def harvest(texts: dict[str, str], gold: dict[str, str]) -> list[tuple[str, str, list[str]]]:
    """(donor id, where, lines) of furniture runs: 3-40 consecutive non-gold lines of 8-250 words, per page the
    longest one before ("head") and the longest one after ("tail") the article."""
    found = []
    for i, text in texts.items():
        lines = text.split("\n")
        flags = gold_flags(text, gold[i])
        gold_at = [k for k, f in enumerate(flags) if f]
        if not gold_at:
            continue
        for where, lo, hi in (("head", 0, gold_at[0]), ("tail", gold_at[-1] + 1, len(lines))):
            runs, run = [], []
            for line in lines[lo:hi]:
                if line.strip():
                    run.append(line)
                elif run and len(run) >= 3:
                    runs.append(run)
                    run = []
            if len(run) >= 3:
                runs.append(run)
            runs = [r[:40] for r in runs if 8 <= sum(len(x.split()) for x in r[:40]) <= 250]
            if runs:
                found.append((i, where, max(runs, key=len)))
    return found


def insert_furniture(text: str, gold: str, donors: list[list[str]]) -> str:
    lines = text.split("\n")
    flags = gold_flags(text, gold)
    gold_at = [k for k, f in enumerate(flags) if f and len(lines[k].split()) >= 10]
    if len(gold_at) < 2:
        return text
    middle, last = gold_at[len(gold_at) // 2], gold_at[-1]
    out = lines[: last + 1] + [""] + donors[1] + [""] + lines[last + 1 :]
    return "\n".join(out[: middle + 1] + [""] + donors[0] + [""] + out[middle + 1 :])


def join_menus(text: str, gold: str) -> str:
    lines = text.split("\n")
    flags = gold_flags(text, gold)
    out: list[str] = []
    run: list[str] = []

    def flush_run() -> None:
        if len(run) >= 3:
            out.append(" | ".join(x.strip() for x in run))
        else:
            out.extend(run)
        run.clear()

    for line, f in zip(lines, flags):
        if line.strip() and not f and len(line.split()) <= 4:
            run.append(line)
        elif not line.strip() and run:
            continue
        else:
            flush_run()
            out.append(line)
    flush_run()
    return "\n".join(out)


def drop_heads(text: str, gold: str) -> str:
    lines = text.split("\n")
    flags = gold_flags(text, gold)
    return "\n".join(
        line for line, f in zip(lines, flags) if not (f and len(line.split()) <= 12 and not line.rstrip().endswith("."))
    )


def wrap(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.extend(textwrap.wrap(line.strip(), 72) + [""])
    return "\n".join(out)


def render_all(name: str, pages, gold, base: dict[str, str], furniture) -> dict[str, str]:
    renderers = {"html2text": render_html2text, "lxml": render_lxml, "soup": render_soup}
    if name == "inscriptis":
        return base
    if name in renderers:
        return {i: renderers[name](p) for i, p in pages.items()}
    out = {}
    for i, text in base.items():
        rng = random.Random(f"{SEED}-{name}-{i}")
        if name == "flush":
            out[i] = "\n".join(line.strip() for line in text.split("\n"))
        elif name == "furniture":
            # among the paragraphs: the head of a box that follows an article (related stories, a newsletter
            # pitch, share buttons), never a site footer; after the last paragraph: any run
            mid = [lines[:12] for d, where, lines in furniture if d != i and where == "tail"]
            mid = [lines for lines in mid if not _FOOTER_RE.search(" ".join(lines))]
            tail = [lines for d, _, lines in furniture if d != i]
            out[i] = insert_furniture(text, gold[i], [rng.choice(mid), rng.choice(tail)])
        elif name == "joined":
            out[i] = join_menus(text, gold[i])
        elif name == "noheads":
            out[i] = drop_heads(text, gold[i])
        elif name == "wrapped":
            out[i] = wrap(text)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--worst", type=int, default=0, help="list the N pages of each set ours scores lowest on")
    ap.add_argument("--quarter", choices=["A", "B"], help="--worst and --dump only from this quarter")
    ap.add_argument("--dump", type=Path, help="write {set: {id: [rendered, ours]}} to this JSON file")
    args = ap.parse_args()
    ids, gold, urls, pages = dev_pages()  # the held-out half is never read
    base = {i: render_inscriptis(p) for i, p in pages.items()}
    furniture = harvest(base, gold)
    print(f"dev pages: {len(ids)}; furniture runs harvested: {len(furniture)}")
    strip_boilerplate(_frame(ids[:2], base, urls, "text"))  # warm-up
    preload()
    dump: dict[str, dict] = {}
    totals: list[float] = []
    for name in args.sets.split(","):
        texts = render_all(name, pages, gold, base, furniture)
        c0 = time.process_time()
        ours = strip_boilerplate(_frame(ids, texts, urls, "text"))
        ms = 1000 * (time.process_time() - c0) / len(ids)
        preds = dict(zip(ours["article_id"], ours["text"]))
        parts = [f"{q} {score(gold, preds, [i for i in ids if quarter_of(i) == q])['F1']:.3f}" for q in QUARTERS]
        whole = score(gold, preds, ids)["F1"]
        totals.append(whole)
        print(f"{name:<11} " + " ".join(parts) + f" all {whole:.3f} ({ms:5.1f} ms CPU/page)", flush=True)
        chosen = [i for i in ids if args.quarter in (None, quarter_of(i))]
        if args.worst:
            per = {}
            for i in chosen:
                p, r, _ = page_scores(gold[i], preds[i])
                per[i] = (2 * p * r / (p + r) if p and r else 0.0, p or 0.0, r or 0.0)
            for i in sorted(chosen, key=lambda i: per[i][0])[: args.worst]:
                f, p, r = per[i]
                print(f"    {i[:12]} {quarter_of(i)} F1 {f:.3f} P {p:.3f} R {r:.3f} {urls[i][:70]}")
        if args.dump:
            dump[name] = {i: [texts[i], preds[i], gold[i]] for i in chosen}
    print(f"mean over sets: {sum(totals) / len(totals):.3f}")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False))


if __name__ == "__main__":
    main()
