"""Read-only access to the gazetteer index built by ``unrest.geo.build``.

API::

    gaz = Gazetteer.default()             # one per process; builds the index if missing
    gaz.lookup("Ilam")                    # -> [GeoEntry(admin1 IR-16), GeoEntry(city IR-16), ...]
    gaz.lookup_keys(["ilam", "ahvaz"])    # batch: folded key -> [Match(entry, kind)]
    gaz.country("IR"); gaz.admin1("IR-16"); gaz.admin1s("IR")
    gaz.demonym_country("Iraqi")          # -> "IQ"
    gaz.cities_in("IN-GJ", min_population=5000)

Lookups are exact matches on folded names (``unrest.geo.fold``) through an SQLite index; the
process holds only the connection and a small LRU cache.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from unrest.errors import GazetteerError
from unrest.geo.paths import SCHEMA_VERSION, default_path, fallback_path
from unrest.geo.fold import fold

log = logging.getLogger(__name__)

_COLUMNS = "id, geonameid, name, feature, lat, lon, country, admin1, admin1_code, population, capital, clat, clon"


@dataclass(frozen=True)
class GeoEntry:
    """One gazetteer place. ``feature`` is city | admin1 | admin2 | country."""

    geonameid: int | None
    name: str
    feature: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    admin1_code: str | None
    population: int
    capital: bool = False  # national capital (cities only)
    clat: float | None = None  # unweighted centre of an admin unit's cities (direction regions)
    clon: float | None = None
    id: int = 0  # row id in the index (geonameid, or negative for units GeoNames lacks)


@dataclass(frozen=True)
class Match:
    """A gazetteer entry found under a name; ``kind`` 0 = its name, 1 = alias, 2 = alternate."""

    entry: GeoEntry
    kind: int


def _entry(row: tuple[object, ...]) -> GeoEntry:
    (id_, gid, name, feature, lat, lon, country, admin1, code, pop, capital, clat, clon) = row
    return GeoEntry(
        geonameid=gid, name=name, feature=feature, lat=lat, lon=lon, country=country,  # type: ignore[arg-type]
        admin1=admin1, admin1_code=code, population=pop or 0, capital=bool(capital),  # type: ignore[arg-type]
        clat=clat, clon=clon, id=id_,  # type: ignore[arg-type]
    )


class Gazetteer:
    """Indexed, read-only place lookups over the SQLite gazetteer."""

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise GazetteerError(f"no gazetteer index at {self.path}; run python -m unrest.geo.build")
        self._local = threading.local()
        meta = dict(self._con().execute("SELECT key, value FROM meta").fetchall())
        if meta.get("schema_version") != SCHEMA_VERSION:
            raise GazetteerError(f"{self.path} has schema {meta.get('schema_version')}, need {SCHEMA_VERSION}")
        self.meta = meta
        # bound per instance so two gazetteers never share cached answers
        self._keys_cached = lru_cache(maxsize=100_000)(self._query_key)
        self.country = lru_cache(maxsize=512)(self.country)  # type: ignore[method-assign]
        self.admin1 = lru_cache(maxsize=8192)(self.admin1)  # type: ignore[method-assign]
        self.admin1s = lru_cache(maxsize=512)(self.admin1s)  # type: ignore[method-assign]
        self.cities_in = lru_cache(maxsize=1024)(self.cities_in)  # type: ignore[method-assign]
        self.capital = lru_cache(maxsize=512)(self.capital)  # type: ignore[method-assign]
        self.demonym_country = lru_cache(maxsize=16_384)(self.demonym_country)  # type: ignore[method-assign]
        self.entry = lru_cache(maxsize=16_384)(self.entry)  # type: ignore[method-assign]

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer at ``default_path()``, built first if it is missing."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls(_ensure_index())
            return cls._default

    def _con(self) -> sqlite3.Connection:
        # one connection per thread and per process (a forked child must not reuse its parent's)
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None or getattr(self._local, "pid", None) != os.getpid():
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con, self._local.pid = con, os.getpid()
        return con

    def _query_key(self, key: str) -> tuple[Match, ...]:
        rows = self._con().execute(
            f"SELECT n.kind, {', '.join('e.' + c.strip() for c in _COLUMNS.split(','))} "
            "FROM names n JOIN entries e ON e.id = n.entry WHERE n.key = ?",
            (key,),
        ).fetchall()
        return tuple(Match(_entry(r[1:]), r[0]) for r in rows)

    def matches(self, name: str) -> list[Match]:
        """Entries under ``name`` (folded exact match), best-known first."""
        found = self._keys_cached(fold(name))
        return sorted(found, key=lambda m: (m.kind, -m.entry.population))

    def lookup(self, name: str) -> list[GeoEntry]:
        """All features whose name or alias folds to ``name``; canonical names, then by population."""
        return [m.entry for m in self.matches(name)]

    def lookup_keys(self, keys: Iterable[str]) -> dict[str, list[Match]]:
        """Batch lookup of already-folded keys; only keys that match appear in the result."""
        wanted = sorted(set(keys))
        found: dict[str, list[Match]] = {}
        con = self._con()
        for i in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            hits = {k for (k,) in con.execute(f"SELECT DISTINCT key FROM names WHERE key IN ({marks})", chunk)}
            for key in hits:
                found[key] = list(self._keys_cached(key))
        return found

    def has_key(self, key: str) -> bool:
        """True when some entry is indexed under the folded ``key``."""
        return bool(self._keys_cached(key))

    def entry(self, entry_id: int) -> GeoEntry | None:
        """The entry with this row id (a GeoNames id for every place GeoNames has)."""
        row = self._con().execute(f"SELECT {_COLUMNS} FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return _entry(row) if row else None

    def country(self, code: str) -> GeoEntry | None:
        """The country with ISO 3166-1 alpha-2 ``code``."""
        row = self._con().execute(
            f"SELECT {_COLUMNS} FROM entries WHERE feature = 'country' AND country = ?", (code.upper(),)
        ).fetchone()
        return _entry(row) if row else None

    def demonym_country(self, word: str) -> str | None:
        """Country code for a demonym/adjective: "Iraqi", "Iraqis", "Lebanese" -> "IQ", "LB"."""
        key = fold(word)
        con = self._con()
        for candidate in (key, key[:-1] if key.endswith("s") else None):
            if candidate:
                row = con.execute("SELECT country FROM demonyms WHERE key = ?", (candidate,)).fetchone()
                if row:
                    return str(row[0])
        return None

    def admin1(self, iso_code: str) -> GeoEntry | None:
        """The province with ISO 3166-2 ``iso_code`` ("IR-16")."""
        row = self._con().execute(
            f"SELECT {_COLUMNS} FROM entries WHERE feature = 'admin1' AND admin1_code = ?", (iso_code.upper(),)
        ).fetchone()
        return _entry(row) if row else None

    def admin1s(self, country: str) -> list[GeoEntry]:
        """All provinces of a country that have an ISO code, by code."""
        rows = self._con().execute(
            f"SELECT {_COLUMNS} FROM entries WHERE feature = 'admin1' AND country = ? "
            "AND admin1_code IS NOT NULL ORDER BY admin1_code",
            (country.upper(),),
        ).fetchall()
        return [_entry(r) for r in rows]

    def cities_in(self, admin1_code: str, min_population: int = 0) -> list[GeoEntry]:
        """Cities of one province (for "north Gujarat"-style regions inside a province)."""
        rows = self._con().execute(
            f"SELECT {_COLUMNS} FROM entries WHERE admin1_code = ? AND feature = 'city' AND population >= ?",
            (admin1_code.upper(), min_population),
        ).fetchall()
        return [_entry(r) for r in rows]

    def capital(self, country: str) -> GeoEntry | None:
        """The national capital city of ``country``."""
        row = self._con().execute(
            f"SELECT {_COLUMNS} FROM entries WHERE feature = 'city' AND capital = 1 AND country = ?",
            (country.upper(),),
        ).fetchone()
        return _entry(row) if row else None


def _ensure_index() -> Path:
    """Return a usable index path, building it in a subprocess when it is missing."""
    path = default_path()
    if path.exists():
        return path
    if "UNREST_GAZETTEER" not in os.environ and fallback_path().exists():
        return fallback_path()
    for target in ([path] if "UNREST_GAZETTEER" in os.environ else [path, fallback_path()]):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not os.access(target.parent, os.W_OK):
                continue
        except OSError:
            continue
        log.warning("gazetteer index missing; building %s (about 30 s, once)", target)
        # a child process, so this one never holds the 600 MB cities500 structure
        done = subprocess.run(
            [sys.executable, "-m", "unrest.geo.build", "--out", str(target)],
            capture_output=True, text=True, check=False,
        )
        if done.returncode == 0 and target.exists():
            return target
        raise GazetteerError(f"building the gazetteer failed: {done.stderr[-2000:]}")
    raise GazetteerError(f"cannot write a gazetteer index at {path} or {fallback_path()}")
