"""Ingest throughput against extraction alone, on the same articles in the same run.

    .venv/bin/python benchmarks/ingest_speed.py [--repeat 4] [--workers 1]

The articles are the dev set, the samples and the reference report, each repeated with a small
edit so that every copy is a new article (the store skips texts it already has).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=4)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)

    from unrest.corpus.ingest import IngestReport, _records
    from unrest.models import Article
    from unrest.nlp.pipeline import extract, get_nlp
    from unrest.store import Store

    base = corpus()
    articles = [Article(text=f"{a.text}\n\n(copy {k})", published=a.published, outlet=a.outlet, title=a.title)
                for k in range(args.repeat) for a in base]
    get_nlp()
    list(extract(articles[:4]))

    t_extract = t_store = t_merge = float("inf")
    incidents = 0
    for round_ in range(args.rounds):  # alternate the two, best of N, so warm caches favour neither
        t = time.perf_counter()
        list(extract(articles))
        t_extract = min(t_extract, time.perf_counter() - t)
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(f"sqlite:///{Path(tmp) / 'ingest.db'}")
            t = time.perf_counter()
            report = IngestReport()
            for record in _records(articles, args.workers, report):
                store.save_record(record)
            t_store = min(t_store, time.perf_counter() - t)
            t = time.perf_counter()
            incidents = store.merge().incidents
            t_merge = min(t_merge, time.perf_counter() - t)
            store.close()

    n = len(articles)
    print(f"{n} articles")
    print(f"extract only:            {t_extract:.2f} s ({n / t_extract:.1f} articles/s)")
    print(f"extract + store (w={args.workers}):   {t_store:.2f} s ({n / t_store:.1f} articles/s)")
    print(f"merge:                   {t_merge:.2f} s ({incidents} incidents)")
    print(f"ingest / extract ratio:  {(t_store + t_merge) / t_extract:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
