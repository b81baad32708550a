"""Events and actors against public benchmarks, side by side with their published anchors.

    .venv/bin/python benchmarks/events_bench.py                      # all four, test splits
    .venv/bin/python benchmarks/events_bench.py --only ipe,muc --split dev   # tuning runs (dev only)
    .venv/bin/python benchmarks/events_bench.py --accurate           # the optional accurate mode

1. CASE 2021 Task 2 (1,019 snippets, ACLED sub-event types). Each snippet's record goes through
   the fixed mapping of :mod:`unrest.evaluation.acled_map` (committed before the first scored
   run, never tuned on this file). Weighted, micro and macro F1 per subtask (labels: the union
   of gold and predicted, as scikit-learn counts them), and per class.
2. IndiaPoliceEvents, ConfliBERT's split (``conflibert-split/*_test.tsv``; ``--split dev`` for
   tuning). The five answers are read off the records (:func:`police_answers`): police or other
   security forces acting; KILL an ASSAULT with deaths (or a killing trigger); ARREST a COERCE
   arrest; FORCE an ASSAULT or a forceful COERCE; FAIL an event with the ``inaction`` context;
   ANY any event of theirs. Sentences are extracted one by one; a document is positive when its
   record holds the answer. P/R/F1 per label, and their macro and micro averages.
3. MUC-4 (GRIT's processing): perpetrator individuals and organisations from the actors of
   violent events, victims (named people) and physical targets from their recipients, weapons
   from the weapon words of their sentences (:mod:`unrest.evaluation.muc`); scored with GRIT's matching re-implemented (normalised strings; a predicted
   entity counts when its mention is among a gold entity's mentions; one-to-one assignment per
   document and role; micro average over the five roles).
4. PLOVER conformance (plover-gsr, 322 coded sentences): the record's main event (the one whose
   trigger is among the coded event words, else the first) against the coded category (FIGHT read
   as ASSAULT); mode accuracy where a mode is coded and we give one; token F1 of the source actor
   text. Scored for a fixed tuning half, a held-out half (by the parity of the first byte of the
   SHA-256 of the sentence, as in ``benchmarks/newsquant.py``) and all; ``--errors tune`` prints
   the misses of the tuning half and refuses any other.

Nothing here trains or tunes on a test split: the learned sentence model reads
``sents_train.tsv`` only (see ``unrest.nlp.classify.train``), thresholds were chosen on
``*_dev.tsv``, MUC-4 rules on ``dev.json``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import string
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
csv.field_size_limit(sys.maxsize)

ANCHORS = {
    "case": {1: 83.9, 2: 79.7, 3: 77.1},
    "case_target": {1: 84.0, 2: 80.0, 3: 78.0},
    "ipe_floor": {"KILL": .50, "ARREST": .48, "FORCE": .65, "FAIL": .05, "ANY_ACTION": .66},
    "ipe_conflibert": {"sentence": .66, "document": .71},
    "muc_grit": 54.5,
}


def records(texts: Sequence[str], published: Sequence[str | None] | None = None, batch_size: int = 32) -> list:
    from unrest.ingest import clean_text
    from unrest.models import Article
    from unrest.nlp.pipeline import extract

    from unrest.errors import ExtractionError
    from unrest.models import Record

    pubs = published or [None] * len(texts)
    articles = [Article(text=clean_text(t) or ".", published=p) for t, p in zip(texts, pubs)]
    out: list = []
    for i in range(0, len(articles), batch_size):
        batch = articles[i:i + batch_size]
        try:
            out += list(extract(batch, batch_size=batch_size))
        except ExtractionError:  # one article the pipeline fails on gets an empty record, and is counted
            for article in batch:
                try:
                    out += list(extract([article]))
                except ExtractionError:
                    FAILED.append(article.id)
                    out.append(Record(article=article))
    return out


FAILED: list[str] = []


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# 1. CASE 2021 ----------------------------------------------------------------------------------
def case2021(out: list[str]) -> dict[str, Any]:
    from unrest.evaluation.acled_map import SUBTASK_LABELS, acled_label

    path = DATA / "case2021-task2" / "test_set_final_release_with_labels.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t")]
    recs = records([r["EventSnippet"] for r in rows])
    result: dict[str, Any] = {}
    out.append("\n## 1. CASE 2021 Task 2 (ACLED sub-event types, fixed mapping)\n")
    out.append("| subtask | snippets | weighted F1 | micro F1 | macro F1 | best published (weighted) | target |")
    out.append("|---|---|---|---|---|---|---|")
    per_class: dict[int, dict[str, tuple[float, float, float, int]]] = {}
    for sub in (1, 2, 3):
        allowed = SUBTASK_LABELS[sub]
        pairs = [(r["SubType"], acled_label(rec, sub)) for r, rec in zip(rows, recs) if r["SubType"] in allowed]
        scores = _multiclass(pairs)
        per_class[sub] = scores["classes"]
        result[sub] = {k: v for k, v in scores.items() if k != "classes"}
        out.append(f"| {sub} | {len(pairs)} | {100 * scores['weighted']:.1f} | {100 * scores['micro']:.1f} | "
                   f"{100 * scores['macro']:.1f} | {ANCHORS['case'][sub]} | ≥ {ANCHORS['case_target'][sub]:.0f} |")
    out.append("\nPer class (subtask 3; P / R / F1, support):\n")
    out.append("| class | P | R | F1 | support |")
    out.append("|---|---|---|---|---|")
    for label, (p, r, f, n) in sorted(per_class[3].items()):
        if n:
            out.append(f"| {label} | {100 * p:.1f} | {100 * r:.1f} | {100 * f:.1f} | {n} |")
    return result


def _multiclass(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    classes = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        classes[label] = (*prf(tp, fp, fn), tp + fn)
    total = len(pairs)
    return {
        "micro": sum(1 for g, p in pairs if g == p) / total,
        "macro": sum(c[2] for c in classes.values()) / len(classes),
        "weighted": sum(c[2] * c[3] for c in classes.values()) / total,
        "classes": classes,
    }


# 2. IndiaPoliceEvents -------------------------------------------------------------------------
IPE_LABELS = ("KILL", "ARREST", "FORCE", "FAIL", "ANY_ACTION")
# column order of the ConfliBERT split (checked against the label totals in the data README)
IPE_COLUMNS = ("KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE")


def read_ipe(level: str, split: str) -> list[tuple[str, dict[str, bool]]]:
    path = DATA / "india-police-events" / "conflibert-split" / f"{level}_{split}.tsv"
    out = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 6:
                continue
            text = row[0].strip('"')
            out.append((text, {name: row[1 + i].strip() == "1" for i, name in enumerate(IPE_COLUMNS)}))
    return out


def ipe(out: list[str], split: str, accurate: bool) -> dict[str, Any]:
    from unrest.evaluation.police import police_answers

    result: dict[str, Any] = {}
    out.append(f"\n## 2. IndiaPoliceEvents ({split} split of ConfliBERT; answers read off the records)\n")
    out.append("| level | label | P | R | F1 | keyword floor (sentence F1) |")
    out.append("|---|---|---|---|---|---|")
    for level in ("sents", "docs"):
        items = read_ipe(level, split)
        texts = [t for t, _ in items]
        pubs = [_story_date(t) for t in texts]
        recs = records(texts, pubs)
        preds = [police_answers(rec) for rec in recs]
        name = "sentence" if level == "sents" else "document"
        f1s = []
        totals = [0, 0, 0]
        for label in IPE_LABELS:
            tp = sum(1 for (_, g), p in zip(items, preds) if g[label] and label in p)
            fp = sum(1 for (_, g), p in zip(items, preds) if not g[label] and label in p)
            fn = sum(1 for (_, g), p in zip(items, preds) if g[label] and label not in p)
            totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
            p, r, f = prf(tp, fp, fn)
            f1s.append(f)
            result[f"{name}/{label}"] = f
            floor = ANCHORS["ipe_floor"][label] if level == "sents" else ""
            out.append(f"| {name} | {label} | {p:.2f} | {r:.2f} | {f:.2f} | {floor} |")
        macro = sum(f1s) / len(f1s)
        micro = prf(*totals)[2]
        result[f"{name}/macro"], result[f"{name}/micro"] = macro, micro
        out.append(f"| **{name}** | **macro / micro F1** | | | **{macro:.2f} / {micro:.2f}** | "
                   f"ConfliBERT ≈ {ANCHORS['ipe_conflibert'][name]} |")
    return result


def _story_date(text: str) -> str | None:
    m = re.match(r"\W*this story is from (\w+) (\d+), (\d{4})", text, re.I)
    if not m:
        return None
    months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december"]
    try:
        return f"{m.group(3)}-{months.index(m.group(1).lower()) + 1:02d}-{int(m.group(2)):02d}"
    except ValueError:
        return None


# 3. MUC-4 ---------------------------------------------------------------------------------------
MUC_ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")


def muc4(out: list[str], split: str, misses: Path | None = None) -> dict[str, Any]:
    from unrest.evaluation.muc import role_fillers

    path = DATA / "muc4" / f"{split}.json"
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    recs = records([d["doctext"] for d in docs])
    preds = [role_fillers(rec) for rec in recs]
    golds = [{role: [[m for m, _ in ent] for ent in d["extracts"].get(role, [])] for role in MUC_ROLES}
             for d in docs]
    scores = grit_scores(preds, golds)
    if misses is not None:
        misses.write_text(muc_misses(docs, preds, golds), encoding="utf-8")
    out.append(f"\n## 3. MUC-4 role fillers ({split}.json, GRIT's matching)\n")
    out.append("| role | P | R | F1 |")
    out.append("|---|---|---|---|")
    for role in (*MUC_ROLES, "micro"):
        p, r, f = scores[role]
        label = "**micro**" if role == "micro" else role
        out.append(f"| {label} | {100 * p:.1f} | {100 * r:.1f} | {100 * f:.1f} |")
    out.append(f"\nAnchor: GRIT micro F1 {ANCHORS['muc_grit']} (target > 55).")
    return {role: scores[role][2] for role in scores}


def muc_misses(docs: list[dict[str, Any]], preds: list[dict[str, list[list[str]]]],
               golds: list[dict[str, list[list[str]]]]) -> str:
    """Per document: the gold entities no prediction matched (with the sentence of their first mention)
    and the predictions no gold entity took. For the dev split only."""
    lines: list[str] = []
    for doc, pred, gold in zip(docs, preds, golds):
        text = " ".join(doc["doctext"].split())
        report: list[str] = []
        for role in MUC_ROLES:
            g = [[normalize(m) for m in ent] for ent in gold.get(role, [])]
            p = [[normalize(m) for m in ent] for ent in pred.get(role, [])]
            taken_g = {j for j, ent in enumerate(g) if any(all(m in ent for m in pe) for pe in p)}
            taken_p = {i for i, pe in enumerate(p) if any(all(m in ent for m in pe) for ent in g)}
            for j, ent in enumerate(gold.get(role, [])):
                if j not in taken_g:
                    report.append(f"  MISS {role}: {ent}  | {_sentence_of(text, ent[0])}")
            for i, ent in enumerate(pred.get(role, [])):
                if i not in taken_p:
                    report.append(f"  FP   {role}: {ent}")
        if report:
            lines += [f"## {doc['docid']}", *report]
    return "\n".join(lines) + "\n"


def _sentence_of(text: str, mention: str) -> str:
    at = text.lower().find(mention.lower())
    if at < 0:
        return "?"
    start = max(text.rfind(". ", 0, at) + 2, at - 300)
    end = text.find(". ", at)
    return text[start:(end + 1 if 0 <= end < at + 300 else at + 300)]


def normalize(s: str) -> str:
    s = "".join(ch for ch in s.lower() if ch not in set(string.punctuation))
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return " ".join(s.split())


def grit_scores(preds: list[dict[str, list[list[str]]]], golds: list[dict[str, list[list[str]]]]) -> dict[str, tuple[float, float, float]]:
    counts = {role: [0, 0, 0, 0] for role in MUC_ROLES}  # matched, predicted, matched, gold
    for pred, gold in zip(preds, golds):
        for role in MUC_ROLES:
            g = [[normalize(m) for m in ent] for ent in gold.get(role, [])]
            p = [[normalize(m) for m in ent] for ent in pred.get(role, [])]
            matched = _assign(p, g)
            c = counts[role]
            c[0] += matched
            c[1] += len(p)
            c[2] += matched
            c[3] += len(g)
    out = {}
    for role, (pn, pd, rn, rd) in counts.items():
        out[role] = _f(pn, pd, rn, rd)
    tot = [sum(c[i] for c in counts.values()) for i in range(4)]
    out["micro"] = _f(*tot)
    return out


def _f(pn: float, pd: float, rn: float, rd: float) -> tuple[float, float, float]:
    p = pn / pd if pd else 0.0
    r = rn / rd if rd else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _assign(pred: list[list[str]], gold: list[list[str]]) -> int:
    """Largest one-to-one matching of predicted to gold entities (a predicted entity matches when all
    its mentions are among the gold entity's): the maximum of GRIT's linear assignment on 0/1 scores."""
    match_of_gold: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j, g in enumerate(gold):
            if j in seen or not all(m in g for m in pred[i]):
                continue
            seen.add(j)
            if j not in match_of_gold or augment(match_of_gold[j], seen):
                match_of_gold[j] = i
                return True
        return False

    return sum(1 for i in range(len(pred)) if augment(i, set()))


# 4. PLOVER conformance --------------------------------------------------------------------------
PLOVER_HALVES = ("tune", "heldout", "all")


def plover_half(text: str) -> str:
    """The fixed split: ``tune`` when the first byte of the SHA-256 of the sentence is even."""
    return "tune" if hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def _plover_coded() -> list[dict[str, Any]]:
    data = json.loads((DATA / "plover-gsr" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    return [r for r in data if r.get("text") and r.get("event") and r.get("id", "").startswith("PLOVER-GSR")]


def _plover_gold(r: dict[str, Any]) -> str:
    return "ASSAULT" if r["event"] == "FIGHT" else r["event"]


def _plover_pred(ev: Any) -> str:
    return "NONE" if ev is None else ("ASSAULT" if ev.type == "FIGHT" else ev.type)


def _plover_scores(rows: list[tuple[dict[str, Any], Any]]) -> dict[str, Any]:
    pairs, modes, tokens = [], [0, 0], [0, 0, 0]
    for r, rec in rows:
        ev = _main_event(rec, r.get("eventText") or "")
        pairs.append((_plover_gold(r), _plover_pred(ev)))
        if r.get("mode") and ev is not None and ev.mode:
            modes[1] += 1
            modes[0] += _mode_matches(r["mode"], ev.mode)
        gold_tokens = Counter(w for a in r.get("source") or [] for w in _words(a.get("actorText", "")))
        pred_tokens = Counter(w for a in (ev.actors if ev else []) for w in _words(a.text))
        common = sum((gold_tokens & pred_tokens).values())
        tokens[0] += common
        tokens[1] += sum(pred_tokens.values())
        tokens[2] += sum(gold_tokens.values())
    scores = _multiclass(pairs)
    gold_labels = {g for g, _ in pairs}
    macro_gold = sum(scores["classes"][g][2] for g in gold_labels) / len(gold_labels)
    tp, fp, fn = tokens[0], tokens[1] - tokens[0], tokens[2] - tokens[0]
    return {"n": len(pairs), "accuracy": scores["micro"], "macro": macro_gold,
            "mode": modes[0] / modes[1] if modes[1] else 0.0, "mode_n": modes[1],
            "actor": prf(tp, fp, fn), "actor_f1": prf(tp, fp, fn)[2],
            "none": sum(1 for _, p in pairs if p == "NONE")}


def plover(out: list[str]) -> dict[str, Any]:
    """Score every coded sentence, and report the tuning half, the held-out half and all of them."""
    coded = _plover_coded()
    rows = list(zip(coded, records([r["text"] for r in coded])))
    results = {half: _plover_scores([(r, rec) for r, rec in rows if half == "all" or plover_half(r["text"]) == half])
               for half in PLOVER_HALVES}
    out.append(f"\n## 4. PLOVER conformance (plover-gsr, {len(coded)} coded sentences; no published anchor)\n")
    out.append("Halves: a sentence is ``tune`` when the first byte of the SHA-256 of its text is even, else "
               "``heldout``. Rules are tuned on errors of the tuning half only (``--errors``).\n")
    out.append("| measure | " + " | ".join(f"{h} ({results[h]['n']})" for h in PLOVER_HALVES) + " |")
    out.append("|---|" + "---|" * len(PLOVER_HALVES))
    cells = {
        "event-type accuracy (FIGHT read as ASSAULT)": lambda s: f"{100 * s['accuracy']:.1f}",
        "event-type macro F1 (over the coded categories)": lambda s: f"{100 * s['macro']:.1f}",
        "mode accuracy (where coded and given: n)": lambda s: f"{100 * s['mode']:.1f} ({s['mode_n']})",
        "source-actor token P / R / F1": lambda s: " / ".join(f"{100 * x:.1f}" for x in s["actor"]),
        "sentences with no event": lambda s: str(s["none"]),
    }
    for name, cell in cells.items():
        out.append(f"| {name} | " + " | ".join(cell(results[h]) for h in PLOVER_HALVES) + " |")
    return {h: {k: v for k, v in s.items() if k != "actor"} for h, s in results.items()}


def plover_errors(half: str) -> int:
    """Print the misses on the tuning half: gold and predicted type, mode and source actors."""
    if half != "tune":
        raise SystemExit("--errors reads the tuning half only; the held-out half is scored in aggregate")
    coded = [r for r in _plover_coded() if plover_half(r["text"]) == "tune"]
    for r, rec in zip(coded, records([r["text"] for r in coded])):
        ev = _main_event(rec, r.get("eventText") or "")
        gold, pred = _plover_gold(r), _plover_pred(ev)
        gold_actors = [a.get("actorText", "") for a in r.get("source") or []]
        ours = [f"{a.text}<{a.kind}>" for a in (ev.actors if ev else [])]
        mark = "OK  " if gold == pred else "MISS"
        print(f"{mark} gold {gold}/{r.get('mode') or '-'} [{r.get('eventText') or ''}] src {gold_actors}")
        print(f"     ours {pred}/{(ev.mode if ev else None) or '-'} [{(ev.trigger if ev else '') or ''}] src {ours}"
              + (f"  (all: {', '.join(f'{e.type}:{e.trigger}' for e in rec.events)})" if len(rec.events) > 1 else ""))
        print(f"     {r['text']}")
    return 0


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in ("the", "a", "an", "of")]


def _main_event(rec: Any, event_text: str) -> Any:
    if not rec.events:
        return None
    words = set(_words(event_text))
    for ev in rec.events:
        if ev.trigger and set(_words(ev.trigger)) & words:
            return ev
    return rec.events[0]


_MODE_SAME = {"detain": "arrest", "confiscate": "seize", "explosives": "explosives"}


def _mode_matches(gold: str, ours: str) -> int:
    g = _MODE_SAME.get(gold, gold).split("-")[0]
    o = _MODE_SAME.get(ours, ours).split("-")[0]
    return int(g == o)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="case,ipe,muc,plover", help="comma-separated: case, ipe, muc, plover")
    ap.add_argument("--split", default="test", choices=("dev", "test"), help="IndiaPoliceEvents and MUC-4 split")
    ap.add_argument("--accurate", action="store_true", help="use the optional learned sentence model")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    ap.add_argument("--errors", choices=PLOVER_HALVES,
                    help="print the PLOVER misses of a half (the tuning half only; others are refused)")
    ap.add_argument("--misses", type=Path,
                    help="write MUC-4 dev misses and false positives here (the dev split only)")
    args = ap.parse_args(argv)
    if args.misses and args.split != "dev":
        ap.error("--misses lists dev instances only")
    if args.errors:
        return plover_errors(args.errors)
    if args.accurate:
        import os

        os.environ["UNREST_EVENTS_MODE"] = "accurate"  # read when the pipeline is built
    wanted = set(args.only.split(","))
    out: list[str] = [f"# Events benchmark ({'accurate' if args.accurate else 'default'} mode, {args.split} splits)"]
    results: dict[str, Any] = {}
    t0 = time.perf_counter()
    if "case" in wanted:
        results["case"] = case2021(out)
    if "ipe" in wanted:
        results["ipe"] = ipe(out, args.split, args.accurate)
    if "muc" in wanted:
        results["muc"] = muc4(out, "test" if args.split == "test" else "dev", args.misses)
    if "plover" in wanted:
        results["plover"] = plover(out)
    out.append(f"\n({time.perf_counter() - t0:.0f} s; {len(FAILED)} texts the pipeline failed on, scored as empty records)")
    print("\n".join(out))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
