"""NewsQuant (CQE, Almasian et al., EMNLP 2023): every quantity in 590 news sentences.

Scores value F1, value+unit F1 and value+change F1 the way the CQE authors' evaluation does, for
our quantity finder (:func:`unrest.nlp.quantities.find_quantities`) and, in the same run,
for quantulum3 (value and value+unit, as published).

    .venv/bin/python benchmarks/newsquant.py                 # both halves and the whole set
    .venv/bin/python benchmarks/newsquant.py --errors tune   # our misses on the tuning half only
    .venv/bin/python benchmarks/newsquant.py --half tune --no-quantulum --lower   # copy without capitals

Matching (a re-implementation of the authors' ``calculate_metrics``, not their code): per
sentence, gold and predicted quantities are sorted by normalised unit; each gold quantity walks the
predictions; a prediction whose value equals it (``numpy.isclose`` semantics, a range only matches a
range) counts one correct value (at most as many as there are gold quantities in the sentence) and,
if its change label is the same, one correct change; if its unit is the same too, it counts one
correct unit and is used up. Precision divides by all predictions, recall by all gold quantities.
For quantulum3 only, gold ranges are averaged (as the authors do).

Label mapping, fixed before the first scored run: our qualifier ``exact`` -> ``=``,
``approximately`` -> ``~``, ``at_least``/``more_than`` -> ``>``, ``at_most``/``less_than`` -> ``<``,
``range`` -> ``=``; a quantity with ``change`` up/down ("rose 6.5%", "fell by 10") gets ``up``/``down``
instead. Units are lowercased on both sides (as the authors do).

Held-out half: sentences are split by the parity of the first byte of the SHA-256 of their text.
Rules were tuned while looking at the ``tune`` half only; the ``heldout`` half is scored, never
inspected (``--errors`` refuses it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cqe-newsquant" / "NewsQuant.json"

CHANGE_OF_QUALIFIER = {
    "exact": "=", "approximately": "~", "at_least": ">", "more_than": ">", "at_most": "<",
    "less_than": "<", "range": "=",
}
# quantulum3's unit names -> the set's names, as the authors map them (their tagger.py)
QUANTULUM_UNITS = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "dollar dollar": "dollar",
    "united states dollar": "dollar", "tonne": "metric ton", "degree angle": "degree",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit", "percentage drop": "percentage",
    "second of arc": "second", "minute of arc": "minute", "yard yard": "yard",
    "cubic centimetre": "millilitre", "degree angle degree fahrenheit": "fahrenheit",
    "pound sterling year": "pound sterling per year", "per year per newton per day": "year",
}
# our unit names -> the set's names where they differ only in spelling (share prices in pence are
# the set's "point"); "percent" is spelled "percentage" inside a rate too ("percentage per year")
OUR_UNITS = {"percent": "percentage", "penny": "point"}


def set_spelling(unit: str) -> str:
    if unit in OUR_UNITS:
        return OUR_UNITS[unit]
    return " ".join("percentage" if word == "percent" else word for word in unit.split(" "))

Value = float | tuple[float, float]


def half_of(text: str) -> str:
    return "tune" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def load(half: str) -> list[dict[str, Any]]:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    return [r for r in rows if half == "all" or half_of(r["text"]) == half]


# -- the authors' matching -----------------------------------------------------------------------
def gold_value(raw: str, average_ranges: bool) -> Value:
    """'12.0' -> 12.0; '252.0-287.0' -> (252.0, 287.0) (or its mean for quantulum3)."""
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        lo, hi = (float(p) for p in raw.split("-")[:2])
        return (lo + hi) / 2 if average_ranges else (lo, hi)
    return float(raw)


def _close(gold: float, pred: float) -> bool:
    """numpy.isclose(gold, pred) with its default tolerances."""
    return abs(gold - pred) <= 1e-08 + 1e-05 * abs(pred)


def values_match(gold: Value, pred: Value) -> bool:
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return _close(gold[0], pred[0]) and _close(gold[1], pred[1])
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        return False
    return _close(gold, pred)


def score(rows: list[dict[str, Any]], predictions: list[list[dict[str, Any]]], *,
          average_ranges: bool = False) -> dict[str, tuple[float, float, float]]:
    total_gold = total_pred = ok_value = ok_unit = ok_change = 0
    for row, preds in zip(rows, predictions):
        gold = sorted(row["quantities"], key=lambda q: q["normalized_unit"])
        left = sorted(preds, key=lambda q: q["unit"])
        total_gold += len(gold)
        total_pred += len(preds)
        budget = len(gold)
        for g in gold:
            gv = gold_value(g["value"], average_ranges)
            gunit = g["normalized_unit"].lower()
            for p in left:
                if not values_match(gv, p["value"]):
                    continue
                if budget > 0:
                    ok_value += 1
                    budget -= 1
                if p.get("change") == g["change"]:
                    ok_change += 1
                if p["unit"].lower() == gunit:
                    ok_unit += 1
                    left.remove(p)
                    break
    out = {"value": prf(ok_value, total_gold, total_pred), "value+unit": prf(ok_unit, total_gold, total_pred)}
    if predictions and any("change" in p for ps in predictions for p in ps):
        out["value+change"] = prf(ok_change, total_gold, total_pred)
    return out


def prf(correct: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p * 100, 1), round(r * 100, 1), round(f * 100, 1)


# -- the systems ---------------------------------------------------------------------------------
def ours() -> Callable[[list[str]], list[list[dict[str, Any]]]]:
    from unrest.nlp.model import load_model
    from unrest.nlp.quantities import find_quantities

    nlp = load_model()

    def run(texts: list[str]) -> list[list[dict[str, Any]]]:
        out = []
        for doc in nlp.pipe(texts, batch_size=64):
            preds = []
            for q in find_quantities(doc):
                value: Value = (q.value, q.value_max) if q.value_max is not None else q.value
                change = q.change or CHANGE_OF_QUALIFIER[q.qualifier]
                preds.append({"value": value, "unit": set_spelling(q.unit), "change": change, "text": q.text})
            out.append(preds)
        return out

    return run


def quantulum() -> Callable[[list[str]], list[list[dict[str, Any]]]]:
    from quantulum3 import parser

    def run(texts: list[str]) -> list[list[dict[str, Any]]]:
        out = []
        for text in texts:
            preds = []
            for q in parser.parse(text):
                name = q.unit.name
                preds.append({"value": float(q.value), "unit": QUANTULUM_UNITS.get(name.lower(), name).strip(),
                              "text": q.surface})
            out.append(preds)
        return out

    return run


def show_errors(rows: list[dict[str, Any]], predictions: list[list[dict[str, Any]]]) -> None:
    for row, preds in zip(rows, predictions):
        gold = [(gold_value(g["value"], False), g["normalized_unit"].lower(), g["change"]) for g in row["quantities"]]
        mine = [(p["value"], p["unit"].lower(), p["change"]) for p in preds]
        missing = [g for g in gold if not any(values_match(g[0], m[0]) and g[1] == m[1] and g[2] == m[2] for m in mine)]
        extra = [m for m in mine if not any(values_match(g[0], m[0]) and g[1] == m[1] and g[2] == m[2] for g in gold)]
        if missing or extra:
            print(">>", row["text"])
            for g in missing:
                print("   gold:", g)
            for m in extra:
                print("   ours:", m)


def table(results: Iterable[tuple[str, str, dict[str, tuple[float, float, float]]]]) -> str:
    lines = ["| half | system | value P / R / F1 | value+unit P / R / F1 | value+change P / R / F1 |",
             "|---|---|---|---|---|"]
    for half, name, s in results:
        cells = [" / ".join(f"{x:.1f}" for x in s[k]) if k in s else "n/a" for k in ("value", "value+unit", "value+change")]
        lines.append(f"| {half} | {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", choices=["tune"], help="print our misses on the tuning half")
    ap.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 baseline")
    ap.add_argument("--lower", action="store_true", help="lower-case the sentences first (copy without capitals)")
    ap.add_argument("--half", choices=["tune", "heldout", "all"], action="append",
                    help="score only these halves (default: tune, heldout and all)")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"NewsQuant not found at {DATA}", file=sys.stderr)
        return 2
    systems = {"unrest": ours()}
    if not args.no_quantulum:
        systems["quantulum3"] = quantulum()
    if args.errors:
        rows = load("tune")
        show_errors(rows, systems["unrest"]([r["text"] for r in rows]))
        return 0
    results = []
    for half in args.half or ("tune", "heldout", "all"):
        rows = load(half)
        texts = [r["text"].lower() if args.lower else r["text"] for r in rows]
        for name, run in systems.items():
            t0 = time.perf_counter()
            preds = run(texts)
            s = score(rows, preds, average_ranges=name == "quantulum3")
            results.append((f"{half} ({len(rows)} sentences, {sum(len(r['quantities']) for r in rows)} quantities)", name, s))
            print(f"{half:8s} {name:11s} " + "  ".join(f"{k} F1 {v[2]:.1f}" for k, v in s.items())
                  + f"  ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
            if name == "unrest":  # how many of each label we give (totals only, no sentence shown)
                given = Counter(p["change"] for ps in preds for p in ps)
                print(f"{half:8s} {name:11s} labels given: "
                      + ", ".join(f"{label} {given[label]}" for label in ("=", "~", ">", "<", "up", "down")), file=sys.stderr)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
