"""Bounded load test of the web API on loopback: p50/p95/p99 latency of the dashboard's views.

    .venv/bin/python tests/web/bench_web.py --events 100000            # the figures in docs/benchmarks.md (Web API latency)
    .venv/bin/python tests/web/bench_web.py --events 100000 --requests 300 --concurrency 8

Generates a store of synthetic events with ``benchmarks/store_scale.py`` (20 countries, 10
provinces each, a year; merged), starts ``unrest serve`` on a free loopback port in its own
process, and sends a shuffled mix of requests (``--requests`` per view, random filters drawn from
the store) from ``--concurrency`` client threads with keep-alive connections. Latency is measured
by the client, from sending the request to having read the whole (gzip) body. It runs twice: with
the response cache off (every answer computed) and on (the default; a repeated view is served from
memory while the store is unchanged).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import queue
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def _store_scale():
    spec = importlib.util.spec_from_file_location("store_scale", ROOT / "benchmarks" / "store_scale.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def build_store(url: str, n_events: int) -> dict[str, float]:
    from unrest.store import Store

    t = time.perf_counter()
    _store_scale().generate(url, n_events)
    gen = time.perf_counter() - t
    store = Store.open(url)
    t = time.perf_counter()
    report = store.merge()
    merge = time.perf_counter() - t
    store.close()
    return {"generate_s": gen, "merge_s": merge, "incidents": report.incidents, "claims": report.claims}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, cache_entries: int, workers: int = 1) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "UNREST_CACHE_ENTRIES": str(cache_entries)}
        self.proc = subprocess.Popen([sys.executable, "-m", "unrest.cli", "serve", "--db", url, "--port",
                                      str(self.port), "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.base}/api", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: {self.proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@dataclass
class View:
    name: str
    make: object  # () -> path


def views(base: str, rng: random.Random) -> list[View]:
    facets = httpx.get(f"{base}/api/facets", timeout=60).json()
    countries = [c["code"] for c in facets["countries"]]
    provinces = [p["code"] for p in facets["provinces"]]
    types = [t["code"] for t in facets["types"]]
    lo = date.fromisoformat(facets["dates"]["min"])
    span = max(1, (date.fromisoformat(facets["dates"]["max"]) - lo).days - 30)
    incidents = [i["id"] for i in httpx.get(f"{base}/api/incidents?limit=500", timeout=60).json()["items"]]
    articles = [a["id"] for a in httpx.get(f"{base}/api/articles?limit=500", timeout=60).json()["items"]]

    def window() -> str:
        since = lo + timedelta(days=rng.randrange(span))
        return f"since={since}&until={since + timedelta(days=30)}"

    return [
        View("dashboard: map (all)", lambda: "/api/map"),
        View("dashboard: timeline (all)", lambda: "/api/timeline"),
        View("dashboard: incidents (all, first page)", lambda: "/api/incidents?limit=25"),
        View("dashboard: facets", lambda: "/api/facets"),
        View("map, one country", lambda: f"/api/map?country={rng.choice(countries)}"),
        View("timeline, one country", lambda: f"/api/timeline?country={rng.choice(countries)}"),
        View("incidents: country + type + 30 days", lambda: f"/api/incidents?country={rng.choice(countries)}"
                                                           f"&type={rng.choice(types)}&{window()}&limit=50"),
        View("incidents: one province", lambda: f"/api/incidents?province={rng.choice(provinces)}&limit=50"),
        View("figures with claims, one country", lambda: f"/api/figures?country={rng.choice(countries)}&limit=20"),
        View("reports, one country", lambda: f"/api/articles?country={rng.choice(countries)}&limit=25"),
        View("full-text search", lambda: f"/api/search?q=w{rng.randrange(5000)}&limit=25"),
        View("one incident", lambda: f"/api/incidents/{rng.choice(incidents)}"),
        View("one report", lambda: f"/api/articles/{rng.choice(articles)}"),
    ]


def load(base: str, the_views: list[View], requests: int, concurrency: int, rng: random.Random) -> dict:
    jobs: queue.Queue[tuple[str, str] | None] = queue.Queue()
    work = [(v.name, v.make()) for v in the_views for _ in range(requests)]  # type: ignore[operator]
    rng.shuffle(work)
    for job in work:
        jobs.put(job)
    for _ in range(concurrency):
        jobs.put(None)
    times: dict[str, list[float]] = {v.name: [] for v in the_views}
    errors: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            while (job := jobs.get()) is not None:
                name, path = job
                t = time.perf_counter()
                r = client.get(path)
                _ = r.content
                ms = (time.perf_counter() - t) * 1000
                with lock:
                    times[name].append(ms)
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {path}")

    with httpx.Client(base_url=base, timeout=60) as warm:  # one of each first: imports, connections
        for v in the_views:
            warm.get(v.make())  # type: ignore[operator]
    t = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t
    out = {}
    for name, ts in times.items():
        q = statistics.quantiles(ts, n=100, method="inclusive")
        out[name] = {"n": len(ts), "p50": statistics.median(ts), "p95": q[94], "p99": q[98], "max": max(ts)}
    all_ts = [x for ts in times.values() for x in ts]
    q = statistics.quantiles(all_ts, n=100, method="inclusive")
    return {"views": out, "all": {"n": len(all_ts), "p50": statistics.median(all_ts), "p95": q[94], "p99": q[98],
                                  "max": max(all_ts)},
            "requests_per_s": len(all_ts) / wall, "wall_s": wall, "errors": errors}


def run(url: str, requests: int, concurrency: int, seed: int = 11, caches: tuple[int, ...] = (0, 512),
        workers: int = 1) -> dict:
    results = {}
    for cache in caches:
        server = Server(url, cache, workers)
        try:
            rng = random.Random(seed)
            results["cache off" if cache == 0 else "cache on"] = load(server.base, views(server.base, rng), requests,
                                                                      concurrency, rng)
        finally:
            server.stop()
    return results


def table(results: dict) -> str:
    runs = list(results)
    head = "| view | " + " | ".join(f"{r}: p50 / p95 / p99 ms" for r in runs) + " |"
    lines = [head, "|---" * (len(runs) + 1) + "|"]
    names = list(next(iter(results.values()))["views"])
    for name in [*names, "all"]:
        cells = []
        for r in runs:
            s = results[r]["all"] if name == "all" else results[r]["views"][name]
            cells.append(f"{s['p50']:.1f} / **{s['p95']:.1f}** / {s['p99']:.1f}")
        lines.append(f"| {'**all requests**' if name == 'all' else name} | " + " | ".join(cells) + " |")
    lines.append("| requests per second | " + " | ".join(f"{results[r]['requests_per_s']:.0f}" for r in runs) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200, help="requests per view (per run)")
    ap.add_argument("--concurrency", type=int, default=4, help="client threads sending at once")
    ap.add_argument("--workers", type=int, default=1, help="server processes (unrest serve --workers)")
    ap.add_argument("--db", help="an existing store to load instead of a generated one")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    if not args.db:
        built = build_store(url, args.events)
        print(f"store: {args.events:,} events -> {built['incidents']:,} incidents, {built['claims']:,} claims "
              f"(generated in {built['generate_s']:.1f} s, merged in {built['merge_s']:.1f} s)", flush=True)
    results = run(url, args.requests, args.concurrency, workers=args.workers)
    print(f"{args.requests} requests per view, {args.concurrency} concurrent clients, loopback, "
          f"{args.workers} server process(es)")
    print(table(results))
    bad = [e for r in results.values() for e in r["errors"]]
    if bad:
        print(f"{len(bad)} request(s) failed, e.g. {bad[:3]}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
