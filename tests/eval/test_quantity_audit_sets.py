"""The hand-labelled quantity audit sets (``benchmarks/quantity_audit/``) stay well-formed and
score: every line a sentence with quantities in NewsQuant's labels, and the scorer's matching."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
CHANGES = {"=", "~", ">", "<", "up", "down"}


def _value_ok(value: object) -> bool:
    if isinstance(value, list):
        return len(value) == 2 and all(isinstance(v, float) for v in value)  # in the order written: "from 25% to 20%"
    return isinstance(value, float)


@pytest.mark.parametrize("path", sorted((BENCHMARKS / "quantity_audit").glob("*.jsonl")), ids=lambda p: p.stem)
def test_audit_set_is_well_formed(path: Path) -> None:
    texts = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert isinstance(row["text"], str) and row["text"].strip(), f"{path.name}:{n}"
        assert row["text"] not in texts, f"{path.name}:{n} repeats a sentence"
        texts.add(row["text"])
        for q in row["quantities"]:
            assert _value_ok(q["value"]) and q["unit"] and q["change"] in CHANGES, f"{path.name}:{n} {q}"


def test_audit_scoring_matches_value_unit_and_change() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    import quantity_audit

    rows = [{"text": "Prices rose 5% to $20.", "quantities": [
        {"value": 5.0, "unit": "percentage", "change": "up"}, {"value": 20.0, "unit": "dollar", "change": "="}]}]
    # one prediction right in every way, one with the right value and unit but the wrong label
    preds = [[(5.0, "percentage", "up"), (20.0, "dollar", "up")]]
    assert quantity_audit.score(rows, preds) == {"value": 100.0, "unit": 100.0, "change": 50.0}
