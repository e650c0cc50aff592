"""Metadata, entity and quote accuracy against hand labels (``gold/metadata_gold.json``).

The gold file names real articles of the shared corpora (BBC plain-text articles, extraction-benchmark HTML pages)
and what a reader sees in them; the article text itself is read from the corpora at run time, never stored here.
Each article runs through the real stages (``strip_boilerplate`` -> ``extract_metadata``, entities and quotes on
the stripped body). Printed: exact-match accuracy per field over the articles that label it; entity recall (gold
text and label found); quote recall (gold quotation found) and speaker accuracy (found quotations whose speaker
matches).

Run: python tests/benchmarks/bench_metadata.py [--verbose]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from pipeline.stages.boilerplate import strip_boilerplate  # noqa: E402
from pipeline.stages.entities import extract_entities  # noqa: E402
from pipeline.stages.ingest import decode_bytes  # noqa: E402
from pipeline.stages.metadata import extract_metadata  # noqa: E402
from pipeline.stages.quotes import extract_quotes  # noqa: E402

GOLD = Path(__file__).with_name("gold") / "metadata_gold.json"  # looked at while the rules were written
HELDOUT = Path(__file__).with_name("gold") / "metadata_gold_heldout.json"  # labelled afterwards, never tuned on
FIELDS = ["title", "authors", "published", "publisher", "language"]


def corpora() -> Path:
    return Path(os.environ.get("NEWS_CORPORA", REPO.parent / "shared" / "corpora"))


def _norm(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").lower())


def _words(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def load_inputs(items: list[dict]) -> pd.DataFrame:
    root = corpora()
    truth = None
    rows = []
    for k, item in enumerate(items):
        if item["source"] == "bbc":
            content, _ = decode_bytes((root / item["path"]).read_bytes())
            rows.append({"format": "text", "content": content, "url": None, "source_key": "bbc"})
        else:
            if truth is None:
                truth = json.loads((root / "article-extraction-benchmark" / "ground-truth.json").read_text())
            path = root / "article-extraction-benchmark" / "html" / f"{item['id']}.html.gz"
            url = truth[item["id"]]["url"]
            rows.append(
                {
                    "format": "html",
                    "content": gzip.decompress(path.read_bytes()).decode("utf-8", "replace"),
                    "url": url,
                    "source_key": urlparse(url).hostname or "",
                }
            )
        rows[-1].update({"article_id": f"{k:016d}", "title_hint": None, "published_hint": None})
    return pd.DataFrame(rows)


def field_ok(name: str, gold, pred) -> bool:
    if name == "title":
        return _words(gold) == _words(pred)
    if name == "authors":
        return sorted(_norm(a) for a in gold) == sorted(_norm(a) for a in (pred or []))
    if name == "publisher":
        return _norm(gold) == _norm(pred) if gold else pred is None
    if name == "language":
        return gold == pred
    if name == "published":
        if gold is None:
            return pred is None or pd.isna(pred)
        if pred is None or pd.isna(pred):
            return False
        stated = pd.Timestamp(gold)
        when = pd.Timestamp(pred)
        if stated.tzinfo is not None:
            return when.tz_convert(stated.tzinfo).date() == stated.date()
        return when.tz_convert("UTC").date() == stated.date()
    raise KeyError(name)


def _str(value) -> str | None:
    return value if isinstance(value, str) else None


def _speaker_ok(gold: str, pred: str | None) -> bool:
    strip = re.compile(r"^(?:the|a|an)\s+")
    return bool(pred) and strip.sub("", _words(gold)) == strip.sub("", _words(pred))


def plain_text_speed(n: int = 500) -> None:
    """Per-article cost of the plain-text path (strip, metadata, entities, quotes) on BBC articles."""
    from pipeline.stages.entities import extract_entities_table
    from pipeline.stages.metadata import detect_language
    from pipeline.stages.quotes import extract_quotes_table

    files = sorted((corpora() / "bbc").glob("*/*.txt"))[:: max(1, 2225 // n)][:n]
    texts = [decode_bytes(f.read_bytes())[0] or "" for f in files]
    inputs = pd.DataFrame(
        {
            "article_id": [f"{i:016d}" for i in range(len(texts))],
            "format": "text",
            "content": texts,
            "url": None,
            "title_hint": None,
            "published_hint": None,
            "source_key": "bbc",
        }
    )
    detect_language("Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der die Ausgaben erhöht.")
    warm = strip_boilerplate(inputs.head(20))
    extract_entities_table(warm[["article_id", "text"]])
    timings = {}
    t0 = time.perf_counter()
    stripped = strip_boilerplate(inputs)
    timings["strip"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_metadata(inputs, stripped)
    timings["metadata"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_entities_table(stripped[["article_id", "text"]])
    timings["entities"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_quotes_table(stripped[["article_id", "text"]])
    timings["quotes"] = time.perf_counter() - t0
    total = sum(timings.values())
    chars = sum(map(len, texts)) / len(texts)
    parts = ", ".join(f"{k} {1000 * v / len(texts):.2f}" for k, v in timings.items())
    print(
        f"plain-text speed on {len(texts)} BBC articles (mean {chars:.0f} chars), ms/article: {parts}; "
        f"total {1000 * total / len(texts):.2f} ms = {len(texts) / total:.0f} articles/s on one core"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    for gold in (GOLD, HELDOUT):
        evaluate(gold, args.verbose)
    if not args.skip_speed:
        plain_text_speed()


def evaluate(gold: Path, verbose: bool) -> None:
    """Score one gold file and print the per-field accuracies."""
    items = json.loads(gold.read_text())["articles"]
    inputs = load_inputs(items)
    t0 = time.perf_counter()
    stripped = strip_boilerplate(inputs)
    meta = extract_metadata(inputs, stripped)
    seconds = time.perf_counter() - t0
    meta = meta.set_index("article_id")
    texts = dict(zip(stripped["article_id"], stripped["text"]))
    hits = {f: [0, 0] for f in FIELDS}
    ent = [0, 0]
    quote_found = [0, 0]
    speaker = [0, 0]
    for item, article_id in zip(items, inputs["article_id"]):
        row = meta.loc[article_id]
        pred = {
            "title": _str(row["title"]),
            "authors": row["authors"],
            "published": row["published_at"],
            "publisher": _str(row["publisher"]),
            "language": _str(row["language"]),
        }
        for name in FIELDS:
            if name not in item:
                continue
            ok = field_ok(name, item[name], pred[name])
            hits[name][0] += ok
            hits[name][1] += 1
            if verbose and not ok:
                print(f"  MISS {name:<9} {item.get('path') or item['id'][:12]}: gold={item[name]!r} got={pred[name]!r}")
        text = texts[article_id]
        if "entities" in item:
            found = {(e["text"], e["label"]) for e in extract_entities(text)}
            for name, label in item["entities"]:
                ok = (name, label) in found
                ent[0] += ok
                ent[1] += 1
                if verbose and not ok:
                    near = [f for f in found if f[0] == name or name in f[0]]
                    print(f"  MISS entity {item['path']}: {name}/{label} got {near}")
        if "quotes" in item:
            got = extract_quotes(text)
            for prefix, who in item["quotes"]:
                match = next((q for q in got if _words(q["quote"]).startswith(_words(prefix))), None)
                quote_found[0] += match is not None
                quote_found[1] += 1
                if match is not None:
                    speaker[0] += _speaker_ok(who, match["speaker"])
                    speaker[1] += 1
                if verbose and (match is None or not _speaker_ok(who, match["speaker"])):
                    print(
                        f"  MISS quote {item['path']}: {prefix!r} by {who!r} got "
                        f"{match['speaker'] if match else 'no quote'!r}"
                    )
    print(f"metadata gold: {len(items)} hand-labelled articles ({gold.relative_to(REPO)})")
    for name in FIELDS:
        ok, n = hits[name]
        print(f"  {name:<10} exact-match accuracy {ok / max(1, n):.3f} ({ok}/{n})")
    print(f"  entities   recall (text and label) {ent[0] / ent[1]:.3f} ({ent[0]}/{ent[1]})")
    print(
        f"  quotes     found {quote_found[0] / quote_found[1]:.3f} ({quote_found[0]}/{quote_found[1]}); "
        f"speaker correct {speaker[0] / max(1, speaker[1]):.3f} ({speaker[0]}/{speaker[1]})"
    )
    print(f"  strip + metadata: {len(items) / seconds:.1f} articles/s on this mix (HTML dominates)")


if __name__ == "__main__":
    main()
