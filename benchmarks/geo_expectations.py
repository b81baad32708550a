"""Place-related expectations of the dev set and the annotated real documents.

    .venv/bin/python benchmarks/geo_expectations.py [tests/devset/expected tests/realdocs]

The expectation files are scored as ``unrest.evaluation.expectations`` scores them; this script only
sorts out the place-related checks:

- ``places``: an expected place (name, feature, country, ISO 3166-2 province) is in the record;
- ``not_places``: a word that must not be a place (a demonym, an organisation) is not one;
- event places, strict: the expected event is found *with* its place (``place_country`` /
  ``place_admin1_code``), as the scorer counts it;
- event places, given the event: among the expected events that the record has (the same check
  without the place keys), the share whose place is in the expected country / province. This
  separates "the event was not found" (events stage) from "the event was put in the wrong
  place" (place stage and event-place linking).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _place_match(record: dict, event: dict, key: str, code: str) -> bool:  # type: ignore[type-arg]
    places = {p["id"]: p for p in record.get("places", [])}
    for pid in event.get("places", []):
        p = places.get(pid, {})
        if key == "country" and p.get("country") == code:
            return True
        if key == "admin1" and (p.get("admin1_code") == code or code in (p.get("admin1_codes") or [])):
            return True
    return False


def score(paths: list[Path], show: bool) -> None:
    from unrest.evaluation.expectations import contract_scorer, expectation_files, load_article
    from unrest.nlp.pipeline import extract

    scorer = contract_scorer()
    for path in paths:
        files = expectation_files([path])
        loaded = [(f, json.loads(f.read_text(encoding="utf-8"))) for f in files]
        records = [r.as_dict() for r in extract([load_article(e, f) for f, e in loaded])]
        tallies = {k: [0, 0] for k in ("places", "places with a province", "not_places", "event country, strict",
                                       "event province, strict", "event country, given the event",
                                       "event province, given the event")}
        misses: list[str] = []

        def add(name: str, ok: bool, label: str) -> None:
            tallies[name][0] += ok
            tallies[name][1] += 1
            if not ok:
                misses.append(f"{name}: {label}")

        for (f, expected), record in zip(loaded, records):
            for want in expected.get("places", []):
                ok = any(scorer.place_ok(p, want) for p in record.get("places", []))
                add("places", ok, f"{f.name} {json.dumps(want)}")
                if "admin1_code" in want:
                    add("places with a province", ok, f"{f.name} {json.dumps(want)}")
            for want in expected.get("not_places", []):
                ok = not any(scorer.fold(p.get("text")) == scorer.fold(want["text"]) for p in record.get("places", []))
                add("not_places", ok, f"{f.name} {want['text']}")
            for want in expected.get("events", []):
                bare = {k: v for k, v in want.items() if k not in ("place_country", "place_admin1_code")}
                found = [e for e in record.get("events", []) if scorer.event_ok(record, e, bare)]
                for key, field in (("country", "place_country"), ("province", "place_admin1_code")):
                    if field not in want:
                        continue
                    code = want[field]
                    kind = "country" if key == "country" else "admin1"
                    strict = any(_place_match(record, e, kind, code) for e in found)
                    add(f"event {key}, strict", strict, f"{f.name} {json.dumps(want)}")
                    if found:
                        add(f"event {key}, given the event", strict, f"{f.name} {json.dumps(want)}")
        print(f"{path}: {len(files)} documents")
        for name, (ok, n) in tallies.items():
            if n:
                print(f"  {name:34} {ok:4d} / {n:<4d} = {ok / n:.3f}")
        if show:
            for m in misses:
                print(f"    MISS {m}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path,
                    default=[ROOT / "tests" / "devset" / "expected", ROOT / "tests" / "realdocs"])
    ap.add_argument("--failures", action="store_true", help="list the checks that failed")
    args = ap.parse_args(argv)
    score(args.paths, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
