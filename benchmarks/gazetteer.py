"""Gazetteer index: size on disk, time to open, memory held, lookup speed.

    .venv/bin/python benchmarks/gazetteer.py
"""

from __future__ import annotations

import resource
import sys
import time


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    before = rss_mb()
    t0 = time.perf_counter()
    from unrest.geo.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    gaz.lookup("Tehran")
    opened = time.perf_counter() - t0
    after = rss_mb()
    names = ["Tehran", "Kermanshah", "Ilam", "Ahvaz", "Nairobi", "Springfield", "Paris", "Georgia",
             "Lucknow", "Godhra", "Minsk", "Quetta", "Juliaca", "Nakuru", "Cochabamba", "Leh"] * 250
    t0 = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    per_lookup = (time.perf_counter() - t0) / len(names)
    size = gaz.path.stat().st_size / 1e6 if hasattr(gaz, "path") else float("nan")
    print(f"index: {size:.1f} MB on disk")
    print(f"open + first lookup: {opened * 1000:.0f} ms; resident memory {before:.0f} -> {after:.0f} MB")
    print(f"lookup: {per_lookup * 1e6:.0f} µs per name ({len(names)} lookups)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
