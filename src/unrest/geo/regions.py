"""Named parts of countries: direction regions and the named-region table.

Two sources, one result type (``Region``):

1. **Directions** ("northern Iran", "south Lebanon", "eastern Ukraine", "north Gujarat", "the
   western provinces") need no data: ``direction_region`` picks the provinces whose centre lies
   towards that side of the country, measured against the spread of all its province centres
   (robust to far-off islands). Inside a single province the same is done with its cities.
2. **Named regions** ("Kurdish regions", "Donbas", "Darfur", "Kashmir Valley") come from
   ``data/regions.json``: name, country, aliases, ISO 3166-2 provinces. Add a row to extend it.

A region's coordinates are the centroid of its provinces (or of the chosen cities).
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from unrest.geo.fold import fold
from unrest.geo.gazetteer import Gazetteer, GeoEntry

# word -> (east, north) unit vector; None means the centre.
_D = 1 / math.sqrt(2)
DIRECTIONS: dict[str, tuple[float, float] | None] = {
    "north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0),
    "northeast": (_D, _D), "northwest": (-_D, _D), "southeast": (_D, -_D), "southwest": (-_D, -_D),
    "central": None, "centre": None, "center": None, "middle": None,
}
_ADJECTIVE = {
    "north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western",
    "northeast": "Northeastern", "northwest": "Northwestern", "southeast": "Southeastern",
    "southwest": "Southwestern", "central": "Central",
}
# Nouns that turn a direction into a region: "the western provinces", "southern parts of".
AREA_NOUNS = frozenset(
    "province provinces region regions state states area areas part parts district districts "
    "governorate governorates oblast oblasts county counties department departments zone zones "
    "border borderlands frontier hinterland countryside".split()
)
_NUMBER_VARIANTS = {
    "region": "regions", "area": "areas", "province": "provinces", "part": "parts",
    "territory": "territories", "zone": "zones", "district": "districts", "state": "states",
}
# How far towards a side (in robust half-ranges) a province centre must lie to belong to it.
_SIDE_THRESHOLD = 0.35
_CENTRE_RADIUS = 0.45
_MAX_ANGLE_COS = 0.5


@dataclass(frozen=True)
class RegionDef:
    """One row of ``data/regions.json``."""

    name: str
    country: str
    aliases: tuple[str, ...]
    admin1_codes: tuple[str, ...]


@dataclass(frozen=True)
class Region:
    """A resolved region: the provinces it covers and a representative point."""

    name: str
    country: str
    admin1_codes: tuple[str, ...]
    lat: float | None
    lon: float | None


@lru_cache(maxsize=8192)
def direction_key(word: str) -> str | None:
    """Normalise a direction word: "north-western" -> "northwest", "Southern" -> "south"."""
    key = fold(word).replace(" ", "")
    for suffix in ("ern", "erly", "ward", "wards"):
        if key.endswith(suffix) and key[: -len(suffix)] in DIRECTIONS:
            key = key[: -len(suffix)]
            break
    if key in ("centre", "center", "middle", "central"):
        return "central"
    return key if key in DIRECTIONS else None


@lru_cache(maxsize=1)
def region_table() -> dict[str, tuple[RegionDef, ...]]:
    """Folded alias -> region definitions (several countries may share an alias)."""
    raw = json.loads(resources.files("unrest.geo").joinpath("data/regions.json").read_text("utf-8"))
    table: dict[str, list[RegionDef]] = {}
    for row in raw["regions"]:
        rdef = RegionDef(row["name"], row["country"], tuple(row["aliases"]), tuple(row["admin1_codes"]))
        for alias in {row["name"], *row["aliases"]}:
            for key in _variants(fold(alias)):
                if rdef not in table.setdefault(key, []):
                    table[key].append(rdef)
    return {k: tuple(v) for k, v in table.items()}


def _variants(key: str) -> set[str]:
    """The alias and its other grammatical number ("kurdish region" <-> "kurdish regions")."""
    head, _, last = key.rpartition(" ")
    out = {key}
    for singular, plural in _NUMBER_VARIANTS.items():
        if head and last == singular:
            out.add(f"{head} {plural}")
        elif head and last == plural:
            out.add(f"{head} {singular}")
    return out


def max_alias_words() -> int:
    """Longest alias in words (bounds the n-gram scan)."""
    return max(len(k.split()) for k in region_table())


def table_region(gaz: Gazetteer, rdef: RegionDef) -> Region:
    """A table region with coordinates: the centroid of its provinces."""
    provinces = [p for p in (gaz.admin1(c) for c in rdef.admin1_codes) if p is not None]
    lat, lon = _centroid([(p.lat, p.lon) for p in provinces])
    return Region(rdef.name, rdef.country, rdef.admin1_codes, lat, lon)


def direction_region(
    gaz: Gazetteer, direction: str, within: GeoEntry, label: str | None = None
) -> Region | None:
    """The part of a country or province that lies towards ``direction`` ("north", "central").

    ``within`` is a country entry (provinces are chosen) or an admin1 entry (its cities are
    chosen; the region then covers that one province).
    """
    key = direction_key(direction)
    if key is None or within.country is None:
        return None
    name = label or f"{_ADJECTIVE[key]} {within.name}"
    if within.feature == "country":
        provinces = [p for p in gaz.admin1s(within.country) if p.clat is not None and p.clon is not None]
        chosen = _towards(provinces, key, lambda p: (p.clat or 0.0, p.clon or 0.0))
        if not chosen:
            return None
        lat, lon = _centroid([(p.lat, p.lon) for p in chosen])
        codes = tuple(sorted(p.admin1_code for p in chosen if p.admin1_code))
        return Region(name, within.country, codes, lat, lon)
    if within.feature == "admin1" and within.admin1_code:
        cities = gaz.cities_in(within.admin1_code, min_population=1000)
        chosen_cities = _towards(cities, key, lambda c: (c.lat or 0.0, c.lon or 0.0))
        lat, lon = _centroid([(c.lat, c.lon) for c in chosen_cities]) if chosen_cities else (within.lat, within.lon)
        return Region(name, within.country, (within.admin1_code,), lat, lon)
    return None


def _towards(items: Sequence[GeoEntry], key: str, point: object) -> list[GeoEntry]:
    """Items whose point lies towards ``key``, relative to the robust spread of all points."""
    get = point  # (entry) -> (lat, lon)
    if len(items) < 2:
        return list(items)
    pts = [get(i) for i in items]  # type: ignore[operator]
    lat0 = statistics.median(p[0] for p in pts)
    lon0 = statistics.median(p[1] for p in pts)
    scale = math.cos(math.radians(lat0))
    xy = [((lon - lon0) * scale, lat - lat0) for lat, lon in pts]
    # each axis in its own robust half-range, so a long thin country is judged by its shape
    sx, sy = _half_range([x for x, _ in xy]), _half_range([y for _, y in xy])
    norm = [(x / sx, y / sy) for x, y in xy]
    vector = DIRECTIONS[key]
    if vector is None:  # central: close to the median on both axes
        return [i for i, (x, y) in zip(items, norm) if math.hypot(x, y) <= _CENTRE_RADIUS]
    proj = [x * vector[0] + y * vector[1] for x, y in norm]
    # far enough along the direction, and within 60 degrees of it ("northeast" is not "north")
    chosen = [
        i for i, p, (x, y) in zip(items, proj, norm)
        if p >= _SIDE_THRESHOLD and p >= _MAX_ANGLE_COS * math.hypot(x, y)
    ]
    if not chosen:  # a tiny country: at least the outermost unit on that side
        return [items[max(range(len(items)), key=proj.__getitem__)]]
    return chosen


def _half_range(values: list[float]) -> float:
    """Half the 10th-90th percentile range: the spread, ignoring far-off islands."""
    if len(values) < 3:
        return max((abs(v) for v in values), default=1.0) or 1.0
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    return (deciles[-1] - deciles[0]) / 2 or 1.0


def _centroid(points: Sequence[tuple[float | None, float | None]]) -> tuple[float | None, float | None]:
    known = [(la, lo) for la, lo in points if la is not None and lo is not None]
    if not known:
        return None, None
    return (
        round(statistics.fmean(p[0] for p in known), 5),
        round(statistics.fmean(p[1] for p in known), 5),
    )
