"""Which of a sentence's places is where its event happened (Halterman 2019's event-location set).

    .venv/bin/python benchmarks/event_location.py                 # the gold split (a test set: aggregates only)
    .venv/bin/python benchmarks/event_location.py --split train   # the training split, for tuning; --misses lists
                                                                  # errors, --breakdown counts them by kind

Each record of ``../shared/data/event-location/`` is one sentence with one event verb marked and,
where the sentence says where that event happened, the place marked. Every sentence is extracted as
a report of its own; the event is the record's event whose trigger is the marked verb (else the one
whose evidence covers it). Its place is the most precise of the event's places (a town before a
district, a province, a region, a country). As the set's README scores it: right when that place's
span overlaps the gold place, or, when the gold has none, when the event gets nothing more precise
than a country. Reported overall and split by whether a gold place exists, both over every
sentence (strict: a missed event is wrong) and over the sentences whose event was found.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "event-location"
PRECISION = {"site": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5, "continent": 6}


def load(split: str) -> list[dict]:  # type: ignore[type-arg]
    path = DATA / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def spans(item: dict, label: str) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    return [_offsets(item["text"], s) for s in item.get("spans", []) if s["label"] == label]


def _offsets(text: str, span: dict) -> tuple[int, int]:  # type: ignore[type-arg]
    """A span's character offsets. About one span in ten (a quarter of the gold split) carries token
    indices where characters belong; those carry their text, so they are moved to the occurrence
    of that text nearest their token index."""
    start, end, words = span["start"], span["end"], span.get("text")
    if not words or text[start:end] == words:
        return start, end
    found = [i for i in range(len(text)) if text.startswith(words, i)]
    if not found:
        return start, end
    best = min(found, key=lambda i: abs(len(text[:i].split()) - span.get("token_start", 0)))
    return best, best + len(words)


def the_event(record: dict, text: str, verb: tuple[int, int]) -> dict | None:  # type: ignore[type-arg]
    """The record's event for the marked verb: by trigger word first, then by evidence span."""
    word = text[verb[0]:verb[1]].lower()
    covering = [e for e in record["events"]
                if any(ev["start"] <= verb[0] and verb[1] <= ev["end"] for ev in e["evidence"])]
    by_trigger = [e for e in covering if (e.get("trigger") or "").lower() == word]
    return (by_trigger or covering or [None])[0]


def event_place(record: dict, event: dict) -> dict | None:  # type: ignore[type-arg]
    places = {p["id"]: p for p in record["places"]}
    mine = [places[pid] for pid in event["places"] if pid in places]
    return min(mine, key=lambda p: PRECISION.get(p["feature"], 9), default=None)


def judge(item: dict, record: dict) -> tuple[bool, bool]:  # type: ignore[type-arg]
    """(event found, place right) for one sentence."""
    verbs, gold = spans(item, "VERB"), spans(item, "LOCATION")
    event = the_event(record, item["text"], verbs[0]) if verbs else None
    if event is None:
        return False, False
    place = event_place(record, event)
    if not gold:
        return True, place is None or place["feature"] in ("country", "continent") or bool(event.get("place_inferred"))
    if place is None or event.get("place_inferred"):
        return True, False
    return True, any(place["start"] < e and s < place["end"] for s, e in gold)


def kind_of_miss(item: dict, record: dict) -> str:  # type: ignore[type-arg]
    """Why a found event's place is wrong, for the training split's breakdown."""
    gold = spans(item, "LOCATION")
    event = the_event(record, item["text"], spans(item, "VERB")[0])
    place = event_place(record, event) if event else None
    if not gold:
        return f"a {place['feature']} where the gold has no place" if place else "other"
    if place is None or event.get("place_inferred") or place["feature"] == "country":
        known = any(any(p["start"] < e and s < p["end"] for s, e in gold) for p in record["places"])
        return "nothing or a country; the gold place is a place of the record" if known else \
            "nothing or a country; the gold place is not in the gazetteer"
    return "another place than the gold"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("gold", "train"), default="gold")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--misses", action="store_true", help="list the errors (training split only)")
    parser.add_argument("--breakdown", action="store_true", help="count the errors by kind (training split only)")
    args = parser.parse_args(argv)
    if (args.misses or args.breakdown) and args.split == "gold":
        parser.error("the gold split is a test set: its errors are not studied")

    from unrest.models import Article
    from unrest.nlp.pipeline import extract

    items = load(args.split)
    items = items[:args.limit] if args.limit else items
    records = extract(Article(text=item["text"]) for item in items)
    tally = {key: [0, 0, 0] for key in ("all", "with a gold place", "without")}  # right, found, total
    misses: Counter[str] = Counter()
    for item, record in zip(items, records):
        as_dict = record.as_dict()
        found, right = judge(item, as_dict)
        if args.breakdown and found and not right:
            misses[kind_of_miss(item, as_dict)] += 1
        for key in ("all", "with a gold place" if spans(item, "LOCATION") else "without"):
            tally[key][0] += right
            tally[key][1] += found
            tally[key][2] += 1
        if args.misses and found and not right:
            print("MISS", item["text"][:200], spans(item, "LOCATION"), file=sys.stderr)
    print(f"event-location, {args.split} split ({len(items)} sentences)\n")
    print("| sentences | n | event found | place right (strict) | place right, given the event |")
    print("|---|---|---|---|---|")
    for key, (right, found, total) in tally.items():
        share = f"{right / found:.3f}" if found else "n/a"
        print(f"| {key} | {total} | {found / max(total, 1):.3f} | {right / max(total, 1):.3f} | {share} |")
    if args.breakdown:
        print("\n| found events placed wrong | n |\n|---|---|")
        for kind, n in misses.most_common():
            print(f"| {kind} | {n} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
