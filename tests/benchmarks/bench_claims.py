"""Quantity extraction measured on NewsQuant, side by side with quantulum3.

Run: ``python tests/benchmarks/bench_claims.py [--split dev|test]`` (default ``test``).

Data: ``NewsQuant.json`` (590 news sentences, 904 gold quantities) read from ``$NEWS_CORPORA/newsquant`` or
else ``<repo>/../shared/corpora/newsquant``; it is never copied into the project. Rules were tuned only on
the ``dev`` split (rows 0, 2, 4, ...); ``test`` (rows 1, 3, 5, ...) is reported.

Matching rules (the same for both systems, on the same rows):

* Gold values are strings; "a-b" is a range. Predicted ranges are (value_low, value_high). A prediction
  matches a gold quantity when both are single values that agree within a relative tolerance of 0.5% (so
  0.333 matches one-third), or both are ranges whose two ends agree (in either order). quantulum3 reports a
  range as one value, its mean, so for quantulum3 a gold range is matched by its midpoint, as CQE's own
  evaluation (``average_ranges`` for quantulum3) did.
* Values are compared after the unit normalisation below turns sub-units into their currency (gold "19 cents"
  is 0.19 USD; quantulum3's "cent" is converted the same way).
* Units: gold ``normalized_unit`` (and quantulum3's unit name, which uses the same vocabulary) go through
  ``GOLD_UNITS`` to this package's unit names (ISO 4217 codes, ``percent``, ``metre``...). A name that is not a
  unit ("people", "users", "goal", "-") is a plain ``count``, and such a noun per something ("test per day",
  "rebound per game") is ``count_per_day``/``count_per_game``; a gold unit written "times" is a ``ratio``; a
  gold unit starting with "%" (e.g. "% Germans" for "one out of three Germans") is a ``fraction``; a gold unit
  written "p" that the gold normalised to "point" ("118.5p", a London share price) is pence, ``GBX``, like the
  gold's own "penny"/"pence".
* The value tolerance is looser than CQE's evaluation (``np.isclose``, rtol 1e-5); on the dev split it changes
  no match (checked), it only spares rounding of fractions.
* Change: gold ``change`` (= ~ > < up down) against the record's ``change``; quantulum3 has no such field, so
  it is scored as always "=".
* One-to-one greedy matching per sentence, separately for each criterion (value; value+unit; value+change).
  P = matched / predicted, R = matched / gold, F1 their harmonic mean.
* Also printed, "(CQE script)": F1 counted as CQE's own evaluation script counts it (``cqe_protocol``), the
  protocol of the published table: np.isclose values, ranges end by end, and unit/change credited for every
  value-matching prediction (not one-to-one). On dev it gives 96.9 / 95.8 / 92.9 against the one-to-one
  97.7 / 95.3 / 92.9: the tighter tolerance loses fractions, the many-to-one credit adds a few units.
* Speed: sentences per second of ``extract_quantities`` (and of ``quantulum3.parser.parse``), one process,
  measured on the split after one warm-up sentence.

``--errors`` prints this package's misses and extras (value+unit) on the split; use it on ``dev`` only.

Why rules and not a library: quantulum3 is the baseline printed beside ours (it has no notion of change;
the table shows where it falls behind). CQE, the extractor NewsQuant was published with (92.0/85.6/88.1),
needs spaCy with the en_core_web_sm model fetched by ``spacy_download``, torch and spacy-transformers for its
unit classifiers, and pins protobuf 3.20.1 and typing_extensions 4.4 (its setup.py); it cannot run here
without model downloads, so it was not measured and its published figures are quoted only for reference.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from pipeline.claims import extract_quantities  # noqa: E402

Pred = dict  # {"value": float | None, "low": float | None, "high": float | None, "unit": str, "change": str}

# gold / quantulum3 unit name -> (this package's unit, factor applied to the value)
GOLD_UNITS: dict[str, tuple[str, float]] = {
    "percentage": ("percent", 1.0), "percent": ("percent", 1.0), "percentage point": ("percentage_point", 1.0),
    "basis point": ("basis_point", 1.0), "point": ("point", 1.0),
    "dollar": ("USD", 1.0), "united states dollar": ("USD", 1.0), "euro": ("EUR", 1.0),
    "pound sterling": ("GBP", 1.0), "japanese yen": ("JPY", 1.0), "australian dollar": ("AUD", 1.0),
    "hong kong dollar": ("HKD", 1.0), "canadian dollar": ("CAD", 1.0), "new zealand dollar": ("NZD", 1.0),
    "singapore dollar": ("SGD", 1.0), "shekel": ("ILS", 1.0), "new israeli shekel": ("ILS", 1.0),
    "malaysian ringgit": ("MYR", 1.0), "danish krone": ("DKK", 1.0), "swedish krona": ("SEK", 1.0),
    "norwegian krone": ("NOK", 1.0), "croatian kuna": ("HRK", 1.0), "indian rupee": ("INR", 1.0),
    "chinese yuan": ("CNY", 1.0), "renminbi": ("CNY", 1.0), "swiss franc": ("CHF", 1.0),
    "south korean won": ("KRW", 1.0), "russian ruble": ("RUB", 1.0), "brazilian real": ("BRL", 1.0),
    "south african rand": ("ZAR", 1.0), "finnish markka": ("FIM", 1.0),
    "cent": ("USD", 0.01), "sen": ("MYR", 0.01), "penny": ("GBX", 1.0), "pence": ("GBX", 1.0),
    "cent per share": ("USD_per_share", 0.01), "year of age": ("year", 1.0), "month of age": ("month", 1.0),
    "celsius": ("degree_celsius", 1.0), "degree celsius": ("degree_celsius", 1.0),
    "fahrenheit": ("degree_fahrenheit", 1.0), "degree fahrenheit": ("degree_fahrenheit", 1.0),
    "degree angle": ("degree", 1.0), "pound-mass": ("pound_mass", 1.0), "pound-foot": ("pound_foot", 1.0),
    "foot pound-force": ("pound_foot", 1.0), "revolutions per minute": ("revolution_per_minute", 1.0),
    "revolution per minute": ("revolution_per_minute", 1.0), "brake horsepower": ("horsepower", 1.0),
    "milliampere-hour": ("milliampere_hour", 1.0), "parts-per-billion": ("part_per_billion", 1.0),
    "part per billion": ("part_per_billion", 1.0), "parts-per-million": ("part_per_million", 1.0),
    "part per million": ("part_per_million", 1.0), "metric ton": ("tonne", 1.0), "short ton": ("ton", 1.0),
    "square metre": ("square_metre", 1.0), "square meter": ("square_metre", 1.0),
    "mega british thermal unit": ("million_btu", 1.0), "barrel per day": ("barrel_per_day", 1.0),
    "gigaton": ("gigatonne", 1.0), "barrel of oil": ("barrel", 1.0), "square feet": ("square_foot", 1.0),
    "singaporean dollar": ("SGD", 1.0),
}  # fmt: skip


def corpus_path() -> Path:
    root = os.environ.get("NEWS_CORPORA")
    base = Path(root) if root else REPO.parent / "shared" / "corpora"
    return base / "newsquant" / "NewsQuant.json"


def norm_unit(name: str, surface: str = "") -> tuple[str, float]:
    """A gold or quantulum3 unit name in this package's vocabulary, with the value factor it implies."""
    from pipeline.claims.units import UNITS

    key = (name or "").strip().lower()
    if surface.strip().lower() in ("times", "x") or key == "times":
        return "ratio", 1.0
    if surface.strip() == "p" and key == "point":
        return "GBX", 1.0  # "118.5p" is pence; the gold's normaliser read the bare "p" as "point"
    if key.startswith("%"):
        return "fraction", 1.0
    if key in GOLD_UNITS:
        return GOLD_UNITS[key]
    whole = key.replace(" ", "_").replace("-", "_")
    if whole in UNITS:
        return whole, 1.0  # "megabit per second", "pound per square inch": a rate this package names as one unit
    if " per " in key:
        head, _, tail = key.partition(" per ")
        head_unit, factor = norm_unit(head)
        tail_unit, _ = norm_unit(tail)
        if tail_unit == "count":
            tail_unit = tail.replace(" ", "_")
        if head_unit in UNITS and UNITS[head_unit].dimension == head_unit and len(head_unit) == 3:
            return f"{head_unit}_per_{tail_unit}", factor
        if head_unit == "count":
            return f"count_per_{tail_unit}", 1.0  # "tests per day", "rebounds per game": a counted noun's rate
        return key.replace(" ", "_"), 1.0
    candidate = key.replace(" ", "_").replace("-", "_")
    if candidate in UNITS:
        return candidate, 1.0
    return "count", 1.0


def parse_gold_value(text: str) -> tuple[float | None, float | None, float | None]:
    """'6.0' -> (6, None, None); '252.0-287.0' -> (None, 252, 287); '-5.0' and '1.99E-29' stay single."""
    t = text.strip()
    m = re.fullmatch(r"(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)", t)
    if m:
        return None, float(m.group(1)), float(m.group(2))
    try:
        return float(t), None, None
    except ValueError:
        return None, None, None


def gold_of(row: dict) -> list[Pred]:
    out = []
    for q in row["quantities"]:
        unit, factor = norm_unit(q["normalized_unit"], q.get("unit", ""))
        value, low, high = parse_gold_value(str(q["value"]))
        out.append(
            {
                "value": None if value is None else value * factor,
                "low": None if low is None else low * factor,
                "high": None if high is None else high * factor,
                "unit": unit,
                "change": q["change"],
            }
        )
    return out


def ours(text: str) -> list[Pred]:
    out = []
    for r in extract_quantities(text):
        is_range = r["value_low"] is not None and r["value_high"] is not None
        out.append(
            {
                "value": None if is_range else r["value"],
                "low": r["value_low"] if is_range else None,
                "high": r["value_high"] if is_range else None,
                "unit": r["unit"],
                "change": r["change"],
            }
        )
    return out


def quantulum(text: str, unit_of: Callable[[str, str], tuple[str, float]] = norm_unit) -> list[Pred]:
    """quantulum3's quantities as predictions, its unit names mapped by ``unit_of``."""
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unit, factor = unit_of(q.unit.name, q.unit.name)
        if q.unit.name == "dimensionless":
            unit = "count"
        out.append(
            {"value": q.value * factor, "low": None, "high": None, "unit": unit, "change": "=", "range_as_mean": True}
        )
    return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=5e-3, abs_tol=1e-9)


def value_match(p: Pred, g: Pred) -> bool:
    if g["value"] is not None:
        return p["value"] is not None and _close(p["value"], g["value"])
    if p.get("range_as_mean") and g["low"] is not None and g["high"] is not None:
        return _close(p["value"], (g["low"] + g["high"]) / 2)  # quantulum3 gives a range as its mean (as CQE scored it)
    if g["low"] is None or p["low"] is None:
        return False
    return (_close(p["low"], g["low"]) and _close(p["high"], g["high"])) or (
        _close(p["low"], g["high"]) and _close(p["high"], g["low"])
    )


CRITERIA: dict[str, Callable[[Pred, Pred], bool]] = {
    "value": value_match,
    "value+unit": lambda p, g: value_match(p, g) and p["unit"] == g["unit"],
    "value+change": lambda p, g: value_match(p, g) and p["change"] == g["change"],
}


def matches(preds: list[Pred], golds: list[Pred], ok: Callable[[Pred, Pred], bool]) -> int:
    used: set[int] = set()
    hits = 0
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and ok(p, g):
                used.add(i)
                hits += 1
                break
    return hits


def _cqe_value(q: Pred, average_ranges: bool) -> float | tuple[float, float] | None:
    if q["value"] is not None:
        return q["value"]
    if q["low"] is None or q["high"] is None:
        return None
    return (q["low"] + q["high"]) / 2 if average_ranges else (q["low"], q["high"])


def _cqe_values_match(g: float | tuple | None, p: float | tuple | None) -> bool:
    """``values_match`` of CQE's evaluate_models.py: np.isclose (rtol 1e-5, atol 1e-8); ranges end by end."""
    if g is None or p is None or isinstance(g, tuple) != isinstance(p, tuple):
        return False
    if isinstance(g, tuple):
        return bool(np.isclose(g[0], p[0], rtol=1e-5, atol=1e-8) and np.isclose(g[1], p[1], rtol=1e-5, atol=1e-8))
    return bool(np.isclose(g, p, rtol=1e-5, atol=1e-8))


def cqe_protocol(predictions: list[list[Pred]], rows: list[dict], average_ranges: bool) -> dict[str, float]:
    """F1 as CQE's ``calculate_metrics`` (evaluation/evaluate_models.py of vivkaz/CQE) counts it, which produced the
    published NewsQuant table. Per sentence, each gold quantity is compared with every prediction: a value match
    counts while the sentence has gold quantities left, but every value-matching prediction with the same unit
    (or change) counts for value+unit (value+change), so one prediction can count for two gold quantities of the
    same value. Printed beside the one-to-one figures so ours compare with the published ones."""
    n_gold = n_pred = value = unit = change = 0
    for preds, row in zip(predictions, rows, strict=True):
        golds = gold_of(row)
        n_gold, n_pred, left = n_gold + len(golds), n_pred + len(preds), len(golds)
        for g in golds:
            gv = _cqe_value(g, average_ranges)
            for p in preds:
                if _cqe_values_match(gv, _cqe_value(p, False)):
                    if left > 0:
                        value, left = value + 1, left - 1
                    change += p["change"] == g["change"]
                    unit += p["unit"] == g["unit"]
    out = {}
    for name, tp in (("value", value), ("value+unit", unit), ("value+change", change)):
        precision, recall = tp / max(n_pred, 1), tp / max(n_gold, 1)
        out[f"{name} F1 (CQE script)"] = 2 * precision * recall / (precision + recall) if tp else 0.0
    return out


def score(rows: list[dict], system: Callable[[str], list[Pred]], average_ranges: bool = False) -> dict[str, float]:
    system(rows[0]["text"])  # warm-up (quantulum3 loads its unit tables lazily)
    start = time.perf_counter()
    predictions = [system(r["text"]) for r in rows]
    elapsed = time.perf_counter() - start
    result: dict[str, float] = {"sentences_per_s": len(rows) / elapsed}
    n_gold = sum(len(r["quantities"]) for r in rows)
    n_pred = sum(len(p) for p in predictions)
    for name, ok in CRITERIA.items():
        tp = sum(matches(p, gold_of(r), ok) for p, r in zip(predictions, rows, strict=True))
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[f"{name} P"], result[f"{name} R"], result[f"{name} F1"] = precision, recall, f1
    result.update(cqe_protocol(predictions, rows, average_ranges))
    result["predicted"], result["gold"] = n_pred, n_gold
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test"], default="test")
    ap.add_argument("--errors", action="store_true", help="print this package's misses on the split")
    args = ap.parse_args()
    rows = json.loads(corpus_path().read_text(encoding="utf-8"))
    rows = rows[0::2] if args.split == "dev" else rows[1::2]
    warnings.filterwarnings("ignore")
    results = {"pipeline.claims": score(rows, ours)}
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3): baseline column left out")
    else:
        results["quantulum3"] = score(rows, quantulum, average_ranges=True)  # as CQE's script scored quantulum3
    first = results["pipeline.claims"]
    print(f"NewsQuant {args.split} split: {len(rows)} sentences, {first['gold']:.0f} gold quantities")
    keys = [k for k in first if k != "gold"]
    print(f"{'metric':<30}" + "".join(f"{name:>18}" for name in results))
    for k in keys:
        cells = "".join(
            f"{results[n][k]:>18.1f}" if k in ("sentences_per_s", "predicted") else f"{100 * results[n][k]:>18.2f}"
            for n in results
        )
        print(f"{k:<30}{cells}")
    if args.errors:
        for r in rows:
            preds, golds = ours(r["text"]), gold_of(r)
            missing = [g for g in golds if not any(CRITERIA["value+unit"](p, g) for p in preds)]
            extra = [p for p in preds if not any(CRITERIA["value+unit"](p, g) for g in golds)]
            if missing or extra:
                print("\n" + r["text"])
                for g in missing:
                    print("   gold ", g)
                for p in extra:
                    print("   ours ", p)


if __name__ == "__main__":
    main()
