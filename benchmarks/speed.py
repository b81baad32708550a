"""Extraction speed: articles per second, and full extraction against the bare spaCy parse.

Both are timed in the same run on the same texts (our dev set, samples and the reference report,
repeated to a few hundred articles), best of ``--rounds``, so the ratio holds on any machine.

    .venv/bin/python benchmarks/speed.py [--repeat 8] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list:
    from unrest.ingest import read_inputs
    from unrest.models import Article

    inputs = [ROOT / "tests" / "devset" / "reports", ROOT / "samples", ROOT.parent / "shared" / "seed"]
    return [a for a in read_inputs([str(p) for p in inputs if p.exists()]) if isinstance(a, Article)]


def best_of(rounds: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=8, help="how many times the corpus is repeated")
    ap.add_argument("--rounds", type=int, default=3, help="best of this many timed rounds")
    args = ap.parse_args(argv)

    from unrest.nlp.model import load_model
    from unrest.nlp.pipeline import extract, get_nlp

    articles = corpus() * args.repeat
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = load_model()
    get_nlp()  # load outside the timing, as a long-running process would
    list(extract(articles[:4]))  # warm caches (gazetteer, matchers)

    t_bare = best_of(args.rounds, lambda: list(bare.pipe(texts, batch_size=16)))
    t_full = best_of(args.rounds, lambda: list(extract(articles, batch_size=16)))

    print(f"corpus: {len(articles)} articles, {words} words")
    print(f"bare spaCy parse: {t_bare:.2f} s  ({len(articles) / t_bare:.1f} articles/s, {words / t_bare:,.0f} words/s)")
    print(f"full extraction:  {t_full:.2f} s  ({len(articles) / t_full:.1f} articles/s, {words / t_full:,.0f} words/s)")
    print(f"ratio full / bare: {t_full / t_bare:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
