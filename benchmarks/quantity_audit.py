"""Quantity audits: news sentences of our own, labelled by hand as NewsQuant labels them.

Each file of ``benchmarks/quantity_audit/`` holds one JSON object per line, ``{"text": ...,
"quantities": [{"value": 12.0 or [lo, hi], "unit": "percentage", "change": "up"}, ...]}``, with
NewsQuant's unit names and change labels (= ~ > < up down). The sentences were written for this
project, in the domains each audit round covered, and labelled before the extractor ran on them;
rules found from their errors carry unit tests of other sentences (``tests/nlp/test_quantity_*.py``).

    .venv/bin/python benchmarks/quantity_audit.py              # every set
    .venv/bin/python benchmarks/quantity_audit.py --lower      # the same sentences in lower case
    .venv/bin/python benchmarks/quantity_audit.py --errors round5_health_society

Scoring: a gold quantity counts for value (and unit, and change) when some prediction of its
sentence has that value (and that unit, and that change label); precision divides by the
predictions, recall by the gold quantities. Units and labels are ours mapped as in
``benchmarks/newsquant.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newsquant  # noqa: E402  (the label and unit mapping, the value match)

SETS = Path(__file__).resolve().parent / "quantity_audit"
LEVELS = ("value", "unit", "change")


def load(name: str) -> list[dict[str, Any]]:
    lines = (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def predict(texts: list[str]) -> list[list[tuple[Any, str, str]]]:
    from unrest.nlp.model import load_model
    from unrest.nlp.quantities import find_quantities

    out = []
    for doc in load_model().pipe(texts, batch_size=64):
        out.append([((q.value, q.value_max) if q.value_max is not None else q.value,
                     newsquant.set_spelling(q.unit).lower(),
                     q.change or newsquant.CHANGE_OF_QUALIFIER[q.qualifier]) for q in find_quantities(doc)])
    return out


def matches(gold: dict[str, Any], pred: tuple[Any, str, str], level: str) -> bool:
    value = tuple(gold["value"]) if isinstance(gold["value"], list) else gold["value"]
    if not newsquant.values_match(value, pred[0]):
        return False
    return {"value": True, "unit": gold["unit"].lower() == pred[1], "change": gold["change"] == pred[2],
            "all": gold["unit"].lower() == pred[1] and gold["change"] == pred[2]}[level]


def score(rows: list[dict[str, Any]], preds: list[list[tuple[Any, str, str]]]) -> dict[str, float]:
    n_gold = sum(len(r["quantities"]) for r in rows)
    n_pred = sum(len(p) for p in preds)
    out = {}
    for level in LEVELS:
        ok = sum(any(matches(g, p, level) for p in ps) for r, ps in zip(rows, preds) for g in r["quantities"])
        precision, recall = ok / n_pred if n_pred else 0.0, ok / n_gold if n_gold else 0.0
        out[level] = 200 * precision * recall / (precision + recall) if precision + recall else 0.0
    return out


def show_errors(rows: list[dict[str, Any]], preds: list[list[tuple[Any, str, str]]]) -> None:
    for row, ps in zip(rows, preds):
        missing = [g for g in row["quantities"] if not any(matches(g, p, "all") for p in ps)]
        extra = [p for p in ps if not any(matches(g, p, "all") for g in row["quantities"])]
        if missing or extra:
            print(">>", row["text"])
            for g in missing:
                print("   gold:", (g["value"], g["unit"], g["change"]))
            for p in extra:
                print("   ours:", p)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lower", action="store_true", help="lower-case every sentence first (copy without capitals)")
    ap.add_argument("--errors", metavar="SET", help="print the misses and extras of one set")
    args = ap.parse_args(argv)
    names = [args.errors] if args.errors else sorted(p.stem for p in SETS.glob("*.jsonl"))
    print("| set | sentences | quantities | value F1 | +unit F1 | +change F1 |")
    print("|---|---|---|---|---|---|")
    for name in names:
        rows = load(name)
        preds = predict([r["text"].lower() if args.lower else r["text"] for r in rows])
        if args.errors:
            show_errors(rows, preds)
        s = score(rows, preds)
        print(f"| {name} | {len(rows)} | {sum(len(r['quantities']) for r in rows)} | "
              + " | ".join(f"{s[level]:.1f}" for level in LEVELS) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
