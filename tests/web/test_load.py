"""The load test script runs end to end (a small store, a few requests): its figures at 100,000
events are in docs/benchmarks.md (Web API latency), made with ``tests/web/bench_web.py --events 100000``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def test_bench_web_runs(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_web", Path(__file__).with_name("bench_web.py"))
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_web"] = bench  # its dataclass looks itself up there
    spec.loader.exec_module(bench)
    url = f"sqlite:///{tmp_path / 'bench.db'}"
    built = bench.build_store(url, 2000)
    assert built["incidents"] > 0
    results = bench.run(url, requests=5, concurrency=2)
    assert set(results) == {"cache off", "cache on"}
    for run in results.values():
        assert not run["errors"], run["errors"]
        assert run["all"]["n"] == 5 * len(run["views"])
        assert run["all"]["p95"] < 5000  # a sanity bound only: the real figures come from the full run
    assert "| **all requests** |" in bench.table(results)
