"""Quantity extraction on the Recognizers-Text spec cases, side by side with quantulum3.

Run: ``python tests/benchmarks/bench_quantity_specs.py [--half dev|held-out|both] [--errors]`` (default ``dev``).

Data: ``currency-model.json`` (180 sentences), ``dimension-model.json`` (93), ``temperature-model.json`` (36) and
``age-model.json`` (19), the Microsoft Recognizers-Text number-with-unit spec cases in NewsQuant's format
(``{"text", "quantities": [{"value", "normalized_unit"}]}``), read from ``$NEWS_CORPORA/newsquant`` or else
``<repo>/../shared/corpora/newsquant``; never copied into the project. They are labelled data independent of
NewsQuant. Each file is split in halves: even rows (0, 2, 4, ...) are ``dev``, the only half rules were tuned on;
odd rows are ``held-out`` and are reported, not read for tuning.

Matching rules (the same for both systems, on the same rows), those of ``bench_claims.py`` which this imports:

* Values: one-to-one greedy matching per sentence, relative tolerance 0.5%; a gold "a-b" is a range, matched end
  by end (quantulum3, which reports a range as its mean, by the midpoint). Sub-units become their currency first
  (gold "cent" is 0.01 USD; quantulum3's "cent" too).
* Units: the spec's ``normalized_unit`` goes through ``bench_claims.norm_unit`` (``GOLD_UNITS``) extended by
  ``SPEC_UNITS`` below to this package's unit names. A name that is not a unit ("-", "people", "computer",
  "fighter jet") is a plain ``count``, as in NewsQuant. quantulum3's unit names go through the same mapping.
* Spec conventions kept as the spec writes them, i.e. not followed by this package and so scored as unit
  misses where they occur:

  - ages: the spec's "year/month/week/day of age" is scored as the plain time unit (``year``, ``month``...):
    this package has no age dimension, "a 5-year-old" is 5 ``year`` (as ``GOLD_UNITS`` already maps it).
  - "degree" in the temperature file: the spec keeps a bare "degree" when no scale is written ("it was 30
    degrees outside"); this package also gives a bare ``degree`` there, so they agree.
  - "bitcoin"/"satoshi", "percentage per year", "cent per dozen" and other compound spec units are mapped
    where this package has a name for them (``SPEC_UNITS``), else left as the spec's name with spaces made
    underscores (so a unit match needs this package to give that same name).
  - "16-bit" (spec unit "bit"): this package has no ``bit`` unit of its own (a word width is no data size, and
    registering "bit" would turn NewsQuant's gold "16 billion b" from a count into a unit this package does not
    read, moving ``bench_claims.py``'s dev figures); ``SPEC_UNITS`` names it "bit" so a count earns no credit.
  - Units this package does not know ("turn", "radian", "dram") are likewise named as themselves, not ``count``.
* Change: the spec has no change field, so only value and value+unit are scored.
* P = matched / predicted, R = matched / gold, F1 their harmonic mean; a system predicting nothing on a file
  has P = 0.

``--errors`` prints this package's misses and extras (value+unit) on the dev halves only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_claims as bc  # noqa: E402

FILES = ("currency", "dimension", "temperature", "age")

# spec unit name -> (this package's unit, factor applied to the value); consulted before ``bc.norm_unit``
SPEC_UNITS: dict[str, tuple[str, float]] = {
    "week of age": ("week", 1.0), "day of age": ("day", 1.0), "year of age": ("year", 1.0),
    "month of age": ("month", 1.0), "degree": ("degree", 1.0),
    "turkish lira": ("TRY", 1.0), "mexican peso": ("MXN", 1.0), "rupee": ("INR", 1.0),
    "sri lankan rupee": ("LKR", 1.0), "peseta": ("ESP", 1.0), "netherlands guilde": ("NLG", 1.0),
    "mark": ("DEM", 1.0), "costa rican colón": ("CRC", 1.0), "georgian lari": ("GEL", 1.0),
    "lao kip": ("LAK", 1.0), "bitcoin": ("BTC", 1.0), "satoshi": ("BTC", 1e-8),
    "dollar per share": ("USD_per_share", 1.0), "penny per share": ("GBX_per_share", 1.0),
    "canadian dollar per share": ("CAD_per_share", 1.0), "swiss franc per share": ("CHF_per_share", 1.0),
    "cent per dozen": ("USD_per_dozen", 0.01), "percentage per year": ("percent", 1.0),
    "kilometre per hour": ("kilometre_per_hour", 1.0), "mile per hour": ("mile_per_hour", 1.0),
    "metric ton per year": ("tonne_per_year", 1.0), "gallon per year": ("gallon_per_year", 1.0),
    "microgram per gram": ("microgram_per_gram", 1.0), "metre per millisecond": ("metre_per_millisecond", 1.0),
    "centimetre per millisecond": ("centimetre_per_millisecond", 1.0),
    "kilometre per millisecond": ("kilometre_per_millisecond", 1.0),
    # units this package may not know: named as themselves so that a plain count of them is no unit match
    "decimetre": ("decimetre", 1.0), "picometre": ("picometre", 1.0), "bit": ("bit", 1.0), "turn": ("turn", 1.0),
    "radian": ("radian", 1.0), "dram": ("dram", 1.0), "tablespoon": ("tablespoon", 1.0),
    "teaspoon": ("teaspoon", 1.0), "cup": ("cup", 1.0),
}  # fmt: skip


def corpus_dir() -> Path:
    root = os.environ.get("NEWS_CORPORA")
    base = Path(root) if root else REPO.parent / "shared" / "corpora"
    return base / "newsquant"


def spec_unit(name: str, surface: str = "") -> tuple[str, float]:
    key = (name or "").strip().lower()
    if key in SPEC_UNITS:
        return SPEC_UNITS[key]
    return bc.norm_unit(name, surface)


def gold_of(row: dict) -> list[bc.Pred]:
    out = []
    for q in row["quantities"]:
        unit, factor = spec_unit(q["normalized_unit"])
        value, low, high = bc.parse_gold_value(str(q["value"]))
        out.append(
            {
                "value": None if value is None else value * factor,
                "low": None if low is None else low * factor,
                "high": None if high is None else high * factor,
                "unit": unit,
                "change": q.get("change", "="),
            }
        )
    return out


def quantulum(text: str) -> list[bc.Pred]:
    """quantulum3 as ``bench_claims`` runs it, with the spec sets' unit names."""
    return bc.quantulum(text, unit_of=spec_unit)


CRITERIA = {k: v for k, v in bc.CRITERIA.items() if k != "value+change"}


def score(rows: list[dict], system: Callable[[str], list[bc.Pred]]) -> dict[str, float]:
    predictions = [system(r["text"]) for r in rows]
    n_gold = sum(len(r["quantities"]) for r in rows)
    n_pred = sum(len(p) for p in predictions)
    result: dict[str, float] = {"gold": n_gold, "predicted": n_pred}
    for name, ok in CRITERIA.items():
        tp = sum(bc.matches(p, gold_of(r), ok) for p, r in zip(predictions, rows, strict=True))
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[f"{name} P"], result[f"{name} R"], result[f"{name} F1"] = precision, recall, f1
    return result


def halves(rows: list[dict], which: str) -> list[dict]:
    return rows[0::2] if which == "dev" else rows[1::2]


def report(which: str, systems: dict[str, Callable[[str], list[bc.Pred]]]) -> None:
    keys = ["value P", "value R", "value F1", "value+unit P", "value+unit R", "value+unit F1"]
    print(f"\n== {which} halves (rows {'0, 2, 4' if which == 'dev' else '1, 3, 5'}, ...) ==")
    header = f"{'file':<12}{'sent':>5}{'gold':>5}  {'system':<16}{'pred':>5}" + "".join(f"{k:>15}" for k in keys)
    print(header)
    for name in FILES:
        rows = halves(json.loads((corpus_dir() / f"{name}-model.json").read_text(encoding="utf-8")), which)
        for label, system in systems.items():
            r = score(rows, system)
            cells = "".join(f"{100 * r[k]:>15.1f}" for k in keys)
            print(f"{name:<12}{len(rows):>5}{r['gold']:>5.0f}  {label:<16}{r['predicted']:>5.0f}{cells}")


def errors() -> None:
    ok = CRITERIA["value+unit"]
    for name in FILES:
        rows = halves(json.loads((corpus_dir() / f"{name}-model.json").read_text(encoding="utf-8")), "dev")
        print(f"\n##### {name} (dev half)")
        for i, r in enumerate(rows):
            preds, golds = bc.ours(r["text"]), gold_of(r)
            missing = [g for g in golds if not any(ok(p, g) for p in preds)]
            extra = [p for p in preds if not any(ok(p, g) for g in golds)]
            if missing or extra:
                print(f"\n[{2 * i}] {r['text']}")
                for g in missing:
                    print("   gold ", {k: v for k, v in g.items() if v is not None and k != "change"})
                for p in extra:
                    print("   ours ", {k: v for k, v in p.items() if v is not None and k != "change"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["dev", "held-out", "both"], default="dev")
    ap.add_argument("--errors", action="store_true", help="print this package's misses on the dev halves")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    systems: dict[str, Callable[[str], list[bc.Pred]]] = {"pipeline.claims": bc.ours}
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3): baseline rows left out")
    else:
        systems["quantulum3"] = quantulum
    for which in ("dev", "held-out") if args.half == "both" else (args.half,):
        report(which, systems)
    if args.errors:
        errors()


if __name__ == "__main__":
    main()
