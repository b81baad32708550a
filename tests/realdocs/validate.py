#!/usr/bin/env python3
"""Sanity-check the hand-annotated real-document expectations in this folder.

    python tests/realdocs/validate.py [--data /work/shared/data]

For every ``*.expected.json`` here: the JSON parses; the keys and enum values are the ones
score.py understands (plus the ``place_admin1_code`` event extension); the source document exists
(india-police-events docs.jsonl, doc_id a multiple of 10; muc4 dev.json only); every ``*_contains``
string and every ``text_excludes`` string occurs in the source text (case-insensitive), so no
expectation is unsatisfiable by construction; ``not_figures`` never contradict an expected figure;
ISO 3166-2 codes exist in pycountry when it is importable; the published date agrees with the
document's "This story is from ..." line. Prints one line per problem; exit status 1 if any.
Standard library only (pycountry optional). Never prints document text.
"""
import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
         "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT",
         "CRIME"}
CATEGORIES = {"killed", "injured", "arrested", "executed", "missing", "displaced", "participants", "forces",
              "places", "duration", "money", "other"}
QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "less_than", "approximately", "range"}
FEATURES = {"city", "admin1", "admin2", "country", "region", "site"}
KINDS = {"ngo", "media", "official", "expert", "anonymous", "wire", "witness", "other"}
HEDGES = {"confirmed", "reported", "alleged", "estimated", "claimed", None}

TOP_KEYS = {"source", "about", "article", "figures", "not_figures", "places", "not_places", "events", "quotes"}
FIG_KEYS = {"category", "value", "value_max", "qualifier", "unit", "attribution", "linked_to_event", "scope"}
SCOPES = {"cumulative", "incident", None}
ATT_KEYS = {"source_contains", "kind", "n_sources", "hedge", "hedge_any_of"}
PLACE_KEYS = {"name", "name_contains", "text_contains", "feature", "country", "admin1_code"}
EVENT_KEYS = {"type", "mode", "mode_any_of", "place_country", "place_admin1_code", "date_covers",
              "date_start_between", "actor_name_any_of", "attribution", "has_figure", "evidence_contains"}
QUOTE_KEYS = {"speaker_contains", "affiliation_contains"}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def load_sources(data):
    ipe, muc = {}, {}
    with open(data / "india-police-events" / "docs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            ipe[d["doc_id"]] = d["doc_text"]
    with open(data / "muc4" / "dev.json", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            muc[d["docid"]] = d["doctext"]
    return ipe, muc


def iso_codes():
    try:
        import pycountry
    except ImportError:
        return None
    return {s.code for s in pycountry.subdivisions}


def check(path, exp, ipe, muc, codes):
    problems = []
    bad = problems.append
    unknown = set(exp) - TOP_KEYS
    if unknown:
        bad(f"unknown top-level keys {sorted(unknown)}")
    src = exp.get("source") or {}
    text = None
    if src.get("dataset") == "india-police-events":
        doc_id = src.get("doc_id")
        if not isinstance(doc_id, int) or doc_id % 10:
            bad(f"india-police-events doc_id {doc_id!r} is not a multiple of 10")
        text = ipe.get(doc_id)
        if path.name != f"ipe_{doc_id}.expected.json":
            bad("file name does not match doc_id")
    elif src.get("dataset") == "muc4-dev":
        text = muc.get(src.get("docid"))
        if path.name != f"muc4_{src.get('docid')}.expected.json":
            bad("file name does not match docid")
    else:
        bad(f"unknown dataset {src.get('dataset')!r}")
    if text is None:
        bad("source document not found")
        return problems
    ftext = fold(text)
    if not exp.get("about"):
        bad("missing 'about'")

    def present(s, what):
        if fold(s) not in ftext:
            bad(f"{what} {s!r} does not occur in the document")

    art = exp.get("article", {})
    for s in art.get("text_excludes", []):
        present(s, "text_excludes")
    m = re.match(r"this story is from (\w+) (\d+), (\d{4})", ftext)
    if m:
        line_date = dt.date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))).isoformat()
        if art.get("published") != line_date:
            bad(f"published {art.get('published')!r} != date line {line_date}")
    elif "published" in art:
        bad("published given but the text has no date line")

    fig_values = set()
    for f in exp.get("figures", []):
        if set(f) - FIG_KEYS:
            bad(f"figure has unknown keys {sorted(set(f) - FIG_KEYS)}")
        if "scope" in f and f["scope"] not in SCOPES:
            bad(f"figure scope {f['scope']!r}")
        if f.get("category") not in CATEGORIES:
            bad(f"figure category {f.get('category')!r}")
        if "qualifier" in f and f["qualifier"] not in QUALIFIERS:
            bad(f"figure qualifier {f['qualifier']!r}")
        if (f.get("qualifier") == "range") != ("value_max" in f):
            bad(f"figure {f.get('value')}: range needs value_max and vice versa")
        if not isinstance(f.get("value"), (int, float)):
            bad(f"figure value {f.get('value')!r}")
        fig_values.add(f.get("value"))
        att = f.get("attribution")
        if att is not None:
            if set(att) - ATT_KEYS:
                bad(f"attribution has unknown keys {sorted(set(att) - ATT_KEYS)}")
            if "kind" in att and att["kind"] not in KINDS:
                bad(f"attribution kind {att['kind']!r}")
            if "source_contains" in att:
                present(att["source_contains"], "source_contains")
    for nf in exp.get("not_figures", []):
        if nf.get("value") in fig_values:
            bad(f"not_figure {nf.get('value')} contradicts an expected figure")

    for p in exp.get("places", []):
        if set(p) - PLACE_KEYS:
            bad(f"place has unknown keys {sorted(set(p) - PLACE_KEYS)}")
        if not ({"name", "name_contains", "text_contains"} & set(p)):
            bad(f"place {p} names nothing")
        if "text_contains" in p:
            present(p["text_contains"], "text_contains")
        if "feature" in p and p["feature"] not in FEATURES:
            bad(f"place feature {p['feature']!r}")
        code = p.get("admin1_code")
        if code and codes is not None and code not in codes:
            bad(f"admin1_code {code} not in pycountry")
        if code and p.get("country") and not code.startswith(p["country"] + "-"):
            bad(f"admin1_code {code} does not belong to {p['country']}")
    for np_ in exp.get("not_places", []):
        present(np_["text"], "not_places text")

    for e in exp.get("events", []):
        if set(e) - EVENT_KEYS:
            bad(f"event has unknown keys {sorted(set(e) - EVENT_KEYS)}")
        if e.get("type") not in TYPES:
            bad(f"event type {e.get('type')!r}")
        if "evidence_contains" in e:
            present(e["evidence_contains"], "evidence_contains")
        code = e.get("place_admin1_code")
        if code and codes is not None and code not in codes:
            bad(f"event admin1_code {code} not in pycountry")
        for key in ("date_covers",):
            if key in e:
                dt.date.fromisoformat(e[key])
        if "date_start_between" in e:
            lo, hi = e["date_start_between"]
            if dt.date.fromisoformat(lo) > dt.date.fromisoformat(hi):
                bad("date_start_between is reversed")
        hf = e.get("has_figure")
        if hf and not any(f.get("category") == hf["category"] and f.get("value") == hf["value"]
                          for f in exp.get("figures", [])):
            bad(f"has_figure {hf} is not among the expected figures")
        att = e.get("attribution")
        if att and "source_contains" in att:
            present(att["source_contains"], "event source_contains")
    for q in exp.get("quotes", []):
        if set(q) - QUOTE_KEYS:
            bad(f"quote has unknown keys {sorted(set(q) - QUOTE_KEYS)}")
        for key in QUOTE_KEYS & set(q):
            present(q[key], key)
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    ipe, muc = load_sources(args.data)
    codes = iso_codes()
    n_bad = 0
    files = sorted(HERE.glob("*.expected.json"))
    for path in files:
        try:
            exp = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            print(f"{path.name}: invalid JSON: {exc}")
            n_bad += 1
            continue
        for problem in check(path, exp, ipe, muc, codes):
            print(f"{path.name}: {problem}")
            n_bad += 1
    print(f"{len(files)} files, {n_bad} problems")
    return 1 if n_bad else 0


if __name__ == "__main__":
    sys.exit(main())
