"""Quality gate: the share of expectations met on the dev set and the annotated real documents
never falls below the floors pinned in ``baseline.json``.

Raise a floor after an improvement with ``python tests/eval/test_quality_gate.py --update``; it
refuses to lower one unless ``--allow-regression`` is given.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"
SETS = {
    "devset": HERE.parent / "devset" / "expected",
    "realdocs": HERE.parent / "realdocs",
}


def measure(name: str) -> float:
    from unrest.evaluation.expectations import expectation_files, score_files

    return score_files(expectation_files([SETS[name]])).rate


@pytest.mark.parametrize("name", sorted(SETS))
def test_floor(name):
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))
    rate = measure(name)
    assert rate >= floors[name], f"{name}: {rate:.3f} < floor {floors[name]:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Show or update the pinned quality floors.")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--allow-regression", action="store_true")
    args = ap.parse_args(argv)
    floors = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    for name in sorted(SETS):
        rate = measure(name)
        new = math.floor(rate * 100) / 100
        print(f"{name}: {rate:.3f} (floor {floors.get(name, 0):.2f})")
        if args.update and (new >= floors.get(name, 0) or args.allow_regression):
            floors[name] = new
    if args.update:
        BASELINE.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
