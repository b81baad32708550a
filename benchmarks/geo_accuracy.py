"""Geoparsing accuracy on GeoWebNews, TR-News, LGL and GeoVirus, with Mordecai 3's figures beside ours.

    .venv/bin/python benchmarks/geo_accuracy.py                    # all four sets, about 2 minutes
    .venv/bin/python benchmarks/geo_accuracy.py --sets GeoWebNews  # the dev set only
    .venv/bin/python benchmarks/geo_accuracy.py --sets GeoWebNews --dump gwn.jsonl  # per-span rows

Per set, in one run:

1. **Resolution on gold spans**: every gold toponym of a document is handed to
   ``PlacesComponent.resolve_spans`` (the pipeline's own candidates, context and scoring, with the
   document's other gold toponyms as context). Scored on the spans that have a GeoNames id (GeoVirus:
   coordinates): accuracy within 161 km, exact GeoNames id, country and province (ISO 3166-2) by
   code, mean and median error of the spans that got a reading. A **population-only baseline**
   (the most populous reading of the same candidates) is scored beside it.
2. **End to end**: the pipeline's places (``unrest_places`` after the English model) against the
   gold spans: exact-span precision / recall / F1, then the share of gold spans (with coordinates)
   that were found with the exact span *and* placed within 161 km.

The gold country and province come from our gazetteer: the gold GeoNames id if the gazetteer has
it, else the set's own country/admin1 GeoNames ids (TR-News, LGL), else (GeoVirus) the country or
province its Wikipedia page is named after, else the nearest gazetteer town within 50 km of the
gold point (GeoWebNews places our gazetteer lacks, GeoVirus towns). Spans whose
country cannot be found this way are left out of the country and province figures (counted as n).

The Mordecai 3 figures (Halterman 2023) were measured on gold spans that its transformer NER also
tagged as GPE/LOC; the "NER subset" line applies the same filter with our small model's NER.

Only GeoWebNews may be studied (``--dump`` refuses the others): TR-News, LGL and GeoVirus are
test sets.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geo_data import DATASETS, DEV_SETS, LITERAL_TYPES, GoldDoc, GoldSpan  # noqa: E402

ADJECTIVAL_TYPES = frozenset({"Non_Literal_Modifier", "Embedded_Non_Lit"})

# Mordecai 3 on gold spans (Halterman 2023, table of evaluation results): within 161 km, exact id, ADM1.
ANCHORS = {
    "GeoWebNews": {"acc161": 94.1, "exact": 90.1, "province": 95.6},
    "TR-News": {"acc161": 87.3, "exact": 84.3, "province": 88.1},
    "LGL": {"acc161": 82.7, "exact": 79.4, "province": 82.5},
}
NEAR_KM = 50.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class NearestTown:
    """Nearest gazetteer town to a point, over a one-degree grid (benchmark only: holds every town)."""

    def __init__(self, gaz) -> None:  # type: ignore[no-untyped-def]
        self.cells: dict[tuple[int, int], list[tuple[float, float, str, str | None]]] = defaultdict(list)
        rows = gaz._con().execute(
            "SELECT lat, lon, country, admin1_code FROM entries WHERE feature = 'city' AND lat IS NOT NULL"
        )
        for lat, lon, cc, code in rows:
            self.cells[(math.floor(lat), math.floor(lon))].append((lat, lon, cc, code))

    def __call__(self, lat: float, lon: float) -> tuple[str, str | None] | None:
        best, where = NEAR_KM, None
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for la, lo, cc, code in self.cells.get((math.floor(lat) + dy, math.floor(lon) + dx), ()):
                    d = km(lat, lon, la, lo)
                    if d < best:
                        best, where = d, (cc, code)
        return where


@dataclass
class Gold:
    """A gold span with the country and province our gazetteer gives it."""

    span: GoldSpan
    country: str | None
    admin1: str | None
    ner: bool = False  # the model's NER has a GPE/LOC entity over it


@dataclass
class Tally:
    n: int = 0
    acc161: int = 0
    exact: int = 0
    n_id: int = 0
    n_country: int = 0
    country: int = 0
    province: int = 0
    answered: int = 0
    errors: list[float] = field(default_factory=list)

    def add(self, g: Gold, pred) -> None:  # type: ignore[no-untyped-def]
        self.n += 1
        s = g.span
        if s.geonameid is not None:
            self.n_id += 1
            self.exact += bool(pred is not None and pred.geonameid == s.geonameid)
        if g.country is not None:
            self.n_country += 1
            if pred is not None and pred.country == g.country:
                self.country += 1
                self.province += _admin1_of(pred) == g.admin1
        if pred is not None and pred.lat is not None and s.lat is not None:
            self.answered += 1
            d = km(s.lat, s.lon, pred.lat, pred.lon)
            self.errors.append(d)
            self.acc161 += d <= 161


def _admin1_of(pred) -> str | None:  # type: ignore[no-untyped-def]
    if pred.admin1_code:
        return pred.admin1_code
    codes = getattr(pred, "admin1_codes", None) or []
    return codes[0] if len(codes) == 1 else None


@dataclass
class Pred:
    """The shape the tally reads, for the baseline's readings."""

    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1_code: str | None


def baseline(gaz, text: str) -> Pred | None:  # type: ignore[no-untyped-def]
    from unrest.geo.resolve import text_candidates

    cands = [c for c in text_candidates(gaz, text) if c.entry is not None]
    if not cands:
        return None
    e = max(cands, key=lambda c: c.population).entry
    return Pred(e.geonameid, e.lat, e.lon, e.country, e.admin1_code)


def gold_codes(gaz, near: NearestTown, s: GoldSpan) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    if s.geonameid is not None:
        e = gaz.entry(s.geonameid)
        if e is not None and e.feature == "continent":
            return None, None  # no country to compare
        if e is not None and e.country:
            return e.country, e.admin1_code
    if s.country_gid is not None:
        c = gaz.entry(s.country_gid)
        if c is not None and c.country:
            if s.feature_code in ("PCLI", "PCL", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR"):
                return c.country, None
            a = gaz.entry(s.admin1_gid) if s.admin1_gid else None
            if a is not None and a.country == c.country:
                return c.country, a.admin1_code
            if s.lat is not None:
                found = near(s.lat, s.lon)
                if found and found[0] == c.country:
                    return found
            return c.country, None if s.feature_code and s.feature_code.startswith("PCL") else "?"
    found = near(s.lat, s.lon) if s.lat is not None else None
    if s.page:  # GeoVirus: a gold page that is a country or a province is that, not its nearest town
        title = re.sub(r"\s*\(.*\)$", "", s.page)
        for m in gaz.matches(title):
            if m.kind <= 1 and m.entry.feature == "country":
                return m.entry.country, None
            if m.kind <= 1 and m.entry.feature == "admin1" and found and found[0] == m.entry.country:
                return m.entry.country, m.entry.admin1_code
    return found if found else (None, None)


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "  n/a"


def gazetteer_footprint() -> dict[str, float]:
    """Open the index and look one name up in a fresh process: time and resident memory."""
    code = (
        "import time,resource\n"
        "def rss():\n"
        "    for l in open('/proc/self/status'):\n"
        "        if l.startswith('VmRSS:'): return int(l.split()[1])/1024\n"
        "b=rss(); t=time.perf_counter()\n"
        "from unrest.geo.gazetteer import Gazetteer\n"
        "g=Gazetteer.default(); g.lookup('Tehran'); g.lookup('Springfield')\n"
        "t=time.perf_counter()-t; a=rss()\n"
        "print(t*1000, b, a, g.path.stat().st_size/1e6)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    ms, before, after, size = map(float, out)
    return {"open_ms": ms, "rss_before_mb": before, "rss_after_mb": after, "index_mb": size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(DATASETS), choices=list(DATASETS))
    ap.add_argument("--limit", type=int, default=0, help="first N documents of each set (0: all)")
    ap.add_argument("--dump", type=Path, help="per-span rows as JSON Lines (GeoWebNews only)")
    ap.add_argument("--json", type=Path, help="write the summary figures here")
    ap.add_argument("--lowercase", action="store_true",
                    help="lowercase every text first (offsets unchanged): how the lowercase mode holds up")
    args = ap.parse_args(argv)
    if args.dump and set(args.sets) - DEV_SETS:
        ap.error("--dump is for GeoWebNews only: the other sets are test sets, not to be studied")

    footprint = gazetteer_footprint()
    from unrest.nlp.model import load_model
    import unrest.nlp.components.paragraphs  # noqa: F401
    import unrest.nlp.components.places  # noqa: F401

    t0 = time.perf_counter()
    nlp = load_model()
    nlp.add_pipe("unrest_paragraphs", before="parser")
    comp = nlp.add_pipe("unrest_places")
    gaz = comp.gazetteer
    near = NearestTown(gaz)
    print(f"gazetteer: {footprint['index_mb']:.0f} MB index; open + first lookups {footprint['open_ms']:.0f} ms; "
          f"resident memory {footprint['rss_before_mb']:.0f} -> {footprint['rss_after_mb']:.0f} MB")
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    summary: dict[str, dict[str, object]] = {"gazetteer": footprint}

    for name in args.sets:
        docs: list[GoldDoc] = list(DATASETS[name]())
        if args.lowercase:
            for d in docs:
                d.text = d.text.lower()
                for sp in d.spans:
                    sp.text = sp.text.lower()
        if args.limit:
            docs = docs[: args.limit]
        ours, base, ner_sub, literal = Tally(), Tally(), Tally(), Tally()
        tp = fp = fn = 0
        names_tp = names_fp = names_fn = 0
        e2e_hit = e2e_n = 0
        started = time.perf_counter()
        parsed = nlp.pipe((d.text for d in docs), batch_size=16)
        for gd, doc in zip(docs, parsed):
            spans = gd.spans
            preds = comp.resolve_spans(doc, [(s.start, s.end) for s in spans])
            ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC")]
            # end to end
            found = {(p.start, p.end): p for p in doc._.unrest_places}
            gold_keys = {(s.start, s.end) for s in spans}
            tp += len(gold_keys & set(found))
            fp += len(set(found) - gold_keys)
            fn += len(gold_keys - set(found))
            # GeoWebNews without the adjectival and embedded types ("Russian", the "US" of "US Army"),
            # which we do not tag by design: they count neither way
            skip = {(s.start, s.end) for s in spans if s.type in ADJECTIVAL_TYPES}
            names_tp += len((gold_keys - skip) & set(found))
            names_fp += len(set(found) - gold_keys)
            names_fn += len((gold_keys - skip) - set(found))
            for s, pred in zip(spans, preds):
                scored = s.geonameid is not None or (name == "GeoVirus" and s.lat is not None)
                if s.lat is not None:
                    e2e_n += 1
                    p = found.get((s.start, s.end))
                    e2e_hit += bool(p is not None and p.lat is not None and km(s.lat, s.lon, p.lat, p.lon) <= 161)
                if not scored:
                    continue
                country, admin1 = gold_codes(gaz, near, s)
                g = Gold(s, country, None if admin1 == "?" else admin1)
                if admin1 == "?":
                    g.country = None  # the gold province is unknown: leave it out of both code figures
                g.ner = any(a <= s.start and s.end <= b for a, b in ents)
                ours.add(g, pred)
                base.add(g, baseline(gaz, s.text))
                if g.ner:
                    ner_sub.add(g, pred)
                if s.type in LITERAL_TYPES:
                    literal.add(g, pred)
                if dump is not None:
                    dump.write(json.dumps({
                        "doc": gd.name, "text": s.text, "start": s.start, "type": s.type,
                        "gold": [s.geonameid, s.lat, s.lon, country, admin1],
                        "pred": None if pred is None else [pred.geonameid, pred.name, pred.feature, pred.lat,
                                                           pred.lon, pred.country, pred.admin1_code, pred.role],
                        "km": None if pred is None or pred.lat is None or s.lat is None
                        else round(km(s.lat, s.lon, pred.lat, pred.lon)),
                        "e2e": (s.start, s.end) in found, "ner": g.ner,
                    }) + "\n")
        secs = time.perf_counter() - started
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        anchor = ANCHORS.get(name, {})
        print(f"\n== {name}: {len(docs)} documents, {ours.n} scored gold spans "
              f"({ours.n_country} with a known country), {secs:.0f} s")
        print(f"{'resolution on gold spans':34} {'<=161km':>8} {'exact id':>8} {'country':>8} {'province':>8} "
              f"{'mean km':>8} {'median':>7} {'answered':>8}")
        rows = [("ours", ours), ("population-only baseline", base), ("ours, NER subset", ner_sub)]
        if name == "GeoWebNews":
            rows.append(("ours, literal types only", literal))
        for label, t in rows:
            mean = statistics.fmean(t.errors) if t.errors else float("nan")
            med = statistics.median(t.errors) if t.errors else float("nan")
            print(f"{label + f' (n={t.n})':34} {pct(t.acc161, t.n):>8} {pct(t.exact, t.n_id):>8} "
                  f"{pct(t.country, t.n_country):>8} {pct(t.province, t.n_country):>8} {mean:8.0f} {med:7.0f} "
                  f"{pct(t.answered, t.n):>8}")
        if anchor:
            print(f"{'Mordecai 3 (anchor)':34} {anchor['acc161']:8.1f} {anchor['exact']:8.1f} {'':>8} "
                  f"{anchor['province']:8.1f}")
        print(f"end to end: span P {100 * prec:.1f}  R {100 * rec:.1f}  F1 {100 * f1:.1f}  "
              f"(tp {tp}, fp {fp}, fn {fn}); found and within 161 km: {pct(e2e_hit, e2e_n).strip()}% "
              f"of {e2e_n} gold spans with coordinates")
        if name == "GeoWebNews":
            p2 = names_tp / (names_tp + names_fp) if names_tp + names_fp else 0.0
            r2 = names_tp / (names_tp + names_fn) if names_tp + names_fn else 0.0
            f2 = 2 * p2 * r2 / (p2 + r2) if p2 + r2 else 0.0
            print(f"end to end, place names only (no adjectival or embedded types): span P {100 * p2:.1f}  "
                  f"R {100 * r2:.1f}  F1 {100 * f2:.1f}")
        summary[name] = {
            "documents": len(docs), "seconds": round(secs, 1),
            **{f"{label}": _figures(t) for label, t in rows},
            "e2e": {"precision": prec, "recall": rec, "f1": f1, "acc161": e2e_hit / e2e_n if e2e_n else None,
                    "tp": tp, "fp": fp, "fn": fn},
            "anchor": anchor,
        }
    if dump is not None:
        dump.close()
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")
    return 0


def _figures(t: Tally) -> dict[str, float | int | None]:
    return {
        "n": t.n, "acc161": t.acc161 / t.n if t.n else None, "exact": t.exact / t.n_id if t.n_id else None,
        "country": t.country / t.n_country if t.n_country else None,
        "province": t.province / t.n_country if t.n_country else None,
        "mean_km": statistics.fmean(t.errors) if t.errors else None,
        "median_km": statistics.median(t.errors) if t.errors else None,
    }


if __name__ == "__main__":
    sys.exit(main())
