"""Figures in the record: what is counted (category, unit) and who says so (source, kind, hedge).

Scored on the hand-made expectations of the dev set (``tests/devset/expected``) and the annotated
real documents (``tests/realdocs``), with the loaders of :mod:`unrest.evaluation.expectations`.

    .venv/bin/python benchmarks/figures.py [--misses]

For every expected figure the record is searched for figures with the same value (and
``value_max`` when given):

- **found**: some figure has that value;
- **category and unit right**: among found ones, some figure with the value also has the expected
  category and, where the expectation names one, the expected unit (the share reported against
  the 95% target), with the end-to-end share over all expected figures beside it;
- **source and kind right**: among expected figures that carry an ``attribution`` and are found
  with the right category, the share whose attribution passes the contract's own check
  (``source_contains``, ``kind``, ``n_sources``, ``hedge``), per hedge: the hedge the expectation
  asks for, else the one the record gives;
- **scope right**: among casualty and arrest figures whose expectation carries a ``scope``
  (``cumulative``, ``incident``, or null where the report does not tell) and that are found with
  the right category, the share where such a figure has that scope, per expected scope.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS = {"dev set": ROOT / "tests" / "devset" / "expected", "real documents": ROOT / "tests" / "realdocs"}


def same_value(fig: dict[str, Any], want: dict[str, Any]) -> bool:
    return fig.get("value") == want["value"] and ("value_max" not in want or fig.get("value_max") == want["value_max"])


def what_ok(fig: dict[str, Any], want: dict[str, Any]) -> bool:
    return fig.get("category") == want["category"] and ("unit" not in want or fig.get("unit") == want["unit"])


def measure(files: list[Path], misses: bool) -> dict[str, Any]:
    from unrest.evaluation.expectations import contract_scorer, load_article
    from unrest.nlp.pipeline import extract

    scorer = contract_scorer()
    loaded = [(f, json.loads(f.read_text(encoding="utf-8"))) for f in files]
    records = list(extract([load_article(exp, f) for f, exp in loaded]))
    stats: Counter[str] = Counter()
    per_hedge: dict[str, Counter[str]] = {}
    per_scope: dict[str, Counter[str]] = {}
    for record, (path, expected) in zip(records, loaded):
        figures = [f.as_dict() for f in record.figures]
        for want in expected.get("figures", []):
            stats["expected"] += 1
            candidates = [f for f in figures if same_value(f, want)]
            if not candidates:
                if misses:
                    print(f"  not found   {path.name}: {want['category']} {want['value']}")
                continue
            stats["found"] += 1
            right = [f for f in candidates if what_ok(f, want)]
            if right:
                stats["what_right"] += 1
            elif misses:
                got = ", ".join(f"{f['category']}/{f['unit']}" for f in candidates)
                print(f"  what wrong  {path.name}: want {want['category']}/{want.get('unit', '*')} {want['value']}, got {got}")
            if "scope" in want and right:
                wanted = want["scope"] or "null"
                got = [f.get("scope") or "null" for f in right]
                counts = per_scope.setdefault(wanted, Counter())
                counts["n"] += 1
                counts["ok"] += wanted in got
                counts[f"got {got[0]}"] += wanted not in got
                if misses and wanted not in got:
                    print(f"  scope wrong {path.name}: want {wanted} for {want['category']} {want['value']}, got {got[0]}")
            att = want.get("attribution")
            if att is None or not right:
                continue
            ok = any(scorer.attribution_ok(f.get("attribution"), att) for f in right)
            given = next((f.get("attribution") for f in right if f.get("attribution")), None)
            hedge = att.get("hedge") or ("/".join(att["hedge_any_of"]) if "hedge_any_of" in att else None) \
                or (given or {}).get("hedge") or "none"
            bucket = per_hedge.setdefault(hedge, Counter())
            bucket["n"] += 1
            bucket["ok"] += ok
            stats["attributed"] += 1
            stats["attribution_right"] += ok
            if misses and not ok:
                print(f"  source wrong {path.name}: want {att} for {want['category']} {want['value']}, got {given}")
    return {"stats": stats, "per_hedge": per_hedge, "per_scope": per_scope}


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    from unrest.evaluation.expectations import expectation_files

    total: Counter[str] = Counter()
    hedges: dict[str, Counter[str]] = {}
    scopes: dict[str, dict[str, Counter[str]]] = {}
    print("| set | figures found | category and unit right (of found) | end to end | source and kind right |")
    print("|---|---|---|---|---|")
    for name, path in SETS.items():
        result = measure(expectation_files([path]), args.misses)
        s = result["stats"]
        total.update(s)
        for hedge, c in result["per_hedge"].items():
            hedges.setdefault(hedge, Counter()).update(c)
        scopes[name] = result["per_scope"]
        print(f"| {name} | {pct(s['found'], s['expected'])} | {pct(s['what_right'], s['found'])} | "
              f"{pct(s['what_right'], s['expected'])} | {pct(s['attribution_right'], s['attributed'])} |")
    print(f"| both | {pct(total['found'], total['expected'])} | {pct(total['what_right'], total['found'])} | "
          f"{pct(total['what_right'], total['expected'])} | {pct(total['attribution_right'], total['attributed'])} |")
    print()
    print("| hedge | attributed figures | source and kind right |")
    print("|---|---|---|")
    for hedge, c in sorted(hedges.items(), key=lambda kv: -kv[1]["n"]):
        print(f"| {hedge} | {c['n']} | {pct(c['ok'], c['n'])} |")
    print()
    print_scopes(scopes)
    return 0


def print_scopes(scopes: dict[str, dict[str, Counter[str]]]) -> None:
    """Scope right per expected scope, per set and over both, with what the misses were given."""
    both: dict[str, Counter[str]] = {}
    for per_set in scopes.values():
        for scope, c in per_set.items():
            both.setdefault(scope, Counter()).update(c)
    columns = {**scopes, "both": both}
    print("| expected scope | " + " | ".join(columns) + " | wrong (both), as |")
    print("|---|" + "---|" * (len(columns) + 1))
    for scope in ("cumulative", "incident", "null"):
        cells = [pct(per.get(scope, Counter())["ok"], per.get(scope, Counter())["n"]) for per in columns.values()]
        c = both.get(scope, Counter())
        wrong = ", ".join(f"{k[4:]} {v}" for k, v in sorted(c.items()) if k.startswith("got ") and v) or "-"
        print(f"| {scope} | " + " | ".join(cells) + f" | {wrong} |")
    totals = [pct(sum(c["ok"] for c in per.values()), sum(c["n"] for c in per.values())) for per in columns.values()]
    print("| all | " + " | ".join(totals) + " | |")

if __name__ == "__main__":
    sys.exit(main())
