"""Briefing time on a large store: read, draw and render a briefing over 100,000 events.

    .venv/bin/python benchmarks/brief_scale.py                 # 100,000 events, a temporary SQLite file
    .venv/bin/python benchmarks/brief_scale.py --db /tmp/s.db --keep   # reuse the store on a second run

The store comes from ``benchmarks/store_scale.py``'s ``generate(url, n_events)`` (20 countries,
10 provinces each, a year, a third of the events with a death toll), merged. The generator puts
every event at (0, 0), which the map treats as "no place"; so that the map is drawn with all its
points, each province first gets a place of its own (a fixed spot in a grid over Africa and Asia,
events scattered within half a degree). Then, for three filters (the whole store, one country,
one province), the briefing is read from the store, its map and timeline drawn, and rendered as
Markdown, HTML and PDF; each step is timed, best of ``--repeat`` runs, in one process.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def place_events(url: str, seed: int = 11) -> None:
    """Give every province a spot and scatter its events around it (the generator leaves 0, 0)."""
    from sqlalchemy import select

    from unrest.corpus.merge import bulk_update
    from unrest.store import Store
    from unrest.store.schema import events

    rng = random.Random(seed)
    store = Store.open(url)
    with store.begin() as conn:
        rows = conn.execute(select(events.c.uid, events.c.admin1_code)).all()
        spots: dict[str, tuple[float, float]] = {}
        for code in sorted({r.admin1_code for r in rows}):
            i = len(spots)
            spots[code] = (-30 + (i // 20) * 6.0 + rng.random(), -15 + (i % 20) * 6.5 + rng.random())
        updates = []
        for r in rows:
            lat, lon = spots[r.admin1_code]
            updates.append((lat + rng.uniform(-0.5, 0.5), lon + rng.uniform(-0.5, 0.5), r.uid))
        bulk_update(conn, events, "uid", ["lat", "lon"], updates)
    store.close()


def time_briefing(url: str, filt, repeat: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from unrest.brief import make_briefing
    from unrest.brief.charts import map_png, timeline_png
    from unrest.brief.pdf import render_pdf
    from unrest.brief.render import render_html, render_markdown
    from unrest.store import Store

    store = Store.open(url)
    best: dict[str, float] = {}
    for _ in range(repeat):
        steps: dict[str, float] = {}
        t = time.perf_counter()
        b = make_briefing(store, filt)
        steps["read"] = time.perf_counter() - t
        t = time.perf_counter()
        m = map_png(b)
        steps["map"] = time.perf_counter() - t
        t = time.perf_counter()
        tl = timeline_png(b)
        steps["timeline"] = time.perf_counter() - t
        for name, render, pictures in (("md", render_markdown, ("m.png", "t.png")), ("html", render_html, (m, tl)),
                                       ("pdf", render_pdf, (m, tl))):
            t = time.perf_counter()
            render(b, *pictures)
            steps[name] = time.perf_counter() - t
        steps["pdf total"] = steps["read"] + steps["map"] + steps["timeline"] + steps["pdf"]
        for k, v in steps.items():
            best[k] = min(best.get(k, v), v)
    best["incidents"] = b.n_incidents
    best["points"] = len(b.points)
    store.close()
    return best


def main(argv: list[str] | None = None) -> int:
    from store_scale import generate, merge_in_child

    from unrest.brief import BriefFilter

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="SQLite path to build (or reuse with --keep)")
    ap.add_argument("--keep", action="store_true", help="reuse --db if it exists")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "brief-scale.db"
    url = f"sqlite:///{path.resolve()}"
    if not (args.keep and path.exists()):
        path.unlink(missing_ok=True)
        t = time.perf_counter()
        generate(url, args.events)
        place_events(url)
        merged = merge_in_child(url)
        print(f"store: {args.events:,} events, {merged['incidents']:,} incidents, {merged['claims']:,} claims "
              f"(built in {time.perf_counter() - t:.1f} s)")
    filters = [("whole store", BriefFilter()), ("one country", BriefFilter(country="AA")),
               ("one province", BriefFilter(country="AA", province="AA-03"))]
    cols = ["read", "map", "timeline", "md", "html", "pdf", "pdf total"]
    print("| filter | incidents | points | " + " | ".join(cols) + " |")
    print("|---|---:|---:|" + "---:|" * len(cols))
    for name, filt in filters:
        r = time_briefing(url, filt, args.repeat)
        print(f"| {name} | {r['incidents']:,.0f} | {r['points']:,.0f} | "
              + " | ".join(f"{r[c]:.2f} s" for c in cols) + " |")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
