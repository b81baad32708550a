"""Store at scale: merging generated events, and the latency of a filtered incident query and of
a full-text search.

    .venv/bin/python benchmarks/store_scale.py --events 100000
    .venv/bin/python benchmarks/store_scale.py --events 1000000

Generates a store of synthetic articles (20 events each, a third with a death toll) spread over 20
countries, 10 provinces each and a year, then times ``Store.merge()`` in a fresh process (so its
peak memory is its own), 500 filtered incident queries (country + date window + type, first
page of 50, as the dashboard asks) and 500 searches of the reports (one or two of the generated
words, first page of 25 with snippets, best match first, as ``/api/search`` answers).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

EVENTS_PER_ARTICLE = 20
TYPES = [("PROTEST", "demo"), ("PROTEST", "riot"), ("ASSAULT", "firearms"), ("ASSAULT", "crowd-control"),
         ("COERCE", "arrest"), ("MOBILIZE", "police")]
START = date(2025, 1, 1)


def generate(url: str, n_events: int, seed: int = 7) -> None:
    from sqlalchemy import insert

    from unrest.corpus.fingerprint import minhash
    from unrest.store import Store
    from unrest.store.schema import articles, events, figures

    rng = random.Random(seed)
    store = Store.open(url)
    countries = [f"{chr(65 + i)}{chr(65 + (i * 7) % 26)}" for i in range(20)]
    words = [f"w{i}" for i in range(5000)]
    n_articles = n_events // EVENTS_PER_ARTICLE
    batch_a, batch_e, batch_f = [], [], []
    for a in range(n_articles):
        aid = f"a{a:09d}"
        country = rng.choice(countries)
        day = START + timedelta(days=rng.randrange(365))
        text = " ".join(rng.choice(words) for _ in range(60))
        batch_a.append({"id": aid, "title": None, "published": day.isoformat(), "outlet": f"outlet {a % 300}",
                        "language": "en", "text": text, "minhash": minhash(text), "copy_of": None,
                        "country": country, "ingested_at": None, "record": "{}"})
        for k in range(EVENTS_PER_ARTICLE):
            etype, mode = rng.choice(TYPES)
            admin1 = f"{country}-{rng.randrange(10):02d}"
            when = (day - timedelta(days=rng.randrange(3))).isoformat()
            uid = f"{aid}:e{k + 1}"
            batch_e.append({
                "uid": uid, "article_id": aid, "type": etype, "mode": mode, "date_start": when, "date_end": when,
                "time_precision": "day", "country": country, "admin1": admin1, "admin1_code": admin1,
                "location": f"{admin1} town {rng.randrange(5)}", "lat": 0.0, "lon": 0.0, "geo_precision": 1,
                "actor1": None, "actor1_kind": None, "actor2": None, "actor2_kind": None, "source": None,
                "source_kind": None, "hedge": None, "negated": False, "hypothetical": False, "historical": False,
                "evidence": "generated", "evidence_start": 0, "evidence_end": 9, "incident_id": None,
                "campaign_id": None})
            if k % 3 == 0:
                batch_f.append({
                    "uid": f"{aid}:f{k + 1}", "article_id": aid, "event_uid": uid, "category": "killed",
                    "unit": "person", "value": float(rng.randrange(1, 40)), "value_max": None, "qualifier": "exact",
                    "text": "n", "start": 0, "end": 1, "scope": "incident", "status": "asserted",
                    "source": rng.choice(["police", "a rights group", None]), "source_kind": "official",
                    "n_sources": None, "via": None, "hedge": None, "origin": None, "incident_id": None,
                    "campaign_id": None})
        if len(batch_e) >= 50_000 or a == n_articles - 1:
            with store.begin() as conn:
                conn.execute(insert(articles), batch_a)
                conn.execute(insert(events), batch_e)
                if batch_f:
                    conn.execute(insert(figures), batch_f)
            batch_a, batch_e, batch_f = [], [], []
    store.close()


def merge_in_child(url: str) -> dict[str, float]:
    """Run the merge in a fresh process: its wall time and its own peak memory."""
    code = (
        "import json,resource,time,sys\n"
        "from unrest.store import Store\n"
        "s=Store.open(sys.argv[1]); t=time.perf_counter(); r=s.merge(); t=time.perf_counter()-t\n"
        "print(json.dumps({'seconds':t,'peak_mb':resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024,"
        "'incidents':r.incidents,'campaigns':r.campaigns,'claims':r.claims}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def query_latency(url: str, n: int = 500, seed: int = 3) -> list[float]:
    from unrest.store import Store
    from unrest.store.queries import IncidentFilter, list_incidents

    rng = random.Random(seed)
    store = Store.open(url)
    countries = [f"{chr(65 + i)}{chr(65 + (i * 7) % 26)}" for i in range(20)]
    times = []
    with store.engine.connect() as conn:
        for _ in range(n):
            since = START + timedelta(days=rng.randrange(330))
            filt = IncidentFilter(country=rng.choice(countries), type=rng.choice(TYPES)[0],
                                  since=since.isoformat(), until=(since + timedelta(days=30)).isoformat())
            t = time.perf_counter()
            list_incidents(conn, filt, limit=50)
            times.append((time.perf_counter() - t) * 1000)
    store.close()
    return times


def search_latency(url: str, n: int = 500, seed: int = 5) -> list[float]:
    from unrest.store import Store
    from unrest.web.queries import ArticleFilter, article_page, search_terms

    rng = random.Random(seed)
    store = Store.open(url)
    times = []
    with store.engine.connect() as conn:
        for i in range(n):
            query = " ".join(f"w{rng.randrange(5000)}" for _ in range(1 + i % 2))
            t = time.perf_counter()
            article_page(conn, ArticleFilter(), 25, 0, search_terms(query), best_first=True)
            times.append((time.perf_counter() - t) * 1000)
    store.close()
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{Path(tmp.name) / 'scale.db'}"
    t = time.perf_counter()
    generate(url, args.events)
    print(f"generated {args.events:,} events in {time.perf_counter() - t:.1f} s ({url.split(':')[0]})")
    first = merge_in_child(url)
    print(f"merge: {first['seconds']:.1f} s, peak memory {first['peak_mb']:.0f} MB, "
          f"{first['incidents']:,} incidents, {first['campaigns']} campaigns, {first['claims']:,} claims")
    again = merge_in_child(url)
    print(f"merge again (nothing new): {again['seconds']:.1f} s, peak memory {again['peak_mb']:.0f} MB")
    times = query_latency(url)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(f"filtered incident query (country + type + 30 days, first 50): median {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms over {len(times)} queries")
    times = search_latency(url)
    print(f"full-text search (one or two words, first 25 with snippets, best first): median "
          f"{statistics.median(times):.1f} ms, p95 {statistics.quantiles(times, n=20)[-1]:.1f} ms over {len(times)}")
    print(f"this process peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
