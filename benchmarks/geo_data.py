"""Readers for the public geoparsing sets in ``../shared/data/`` (never copied into the project).

Each reader yields ``GoldDoc(name, text, spans)``; a ``GoldSpan`` has character offsets into
``text``, the annotated phrase, the gold GeoNames id (None where the set has none), gold
coordinates, the toponym type (GeoWebNews only), and whatever the set says about the gold
country and first-level division (TR-News and LGL carry GeoNames ids for both).

Offset repairs, decided before the first scored run and applied to every set alike:

- GeoVirus: ``start``/``end`` are shifted by +1 (its README): ``text[start-1:end-1]`` is the name.
- TR-News (117 of 1,319 spans) and GeoWebNews (5 of 6,612): some offsets are a few characters
  off; the span is moved to the nearest occurrence of the phrase.

GeoWebNews toponym types: only the types that carry coordinates are toponyms here (Literal,
Mixed, Literal_Modifier, Embedded_Literal, Coercion: the place itself; Metonymic,
Non_Literal_Modifier, Embedded_Non_Lit: the place standing for something else). Demonym,
Language, Homonym, Non_Toponym and the two *_Expression types are not place names, in their
taxonomy or ours. ``LITERAL_TYPES`` are the first group.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GWN_TOPONYM_TYPES = frozenset(
    "Literal Mixed Literal_Modifier Embedded_Literal Coercion Metonymic Non_Literal_Modifier "
    "Embedded_Non_Lit".split()
)
LITERAL_TYPES = frozenset("Literal Mixed Literal_Modifier Embedded_Literal Coercion".split())


@dataclass
class GoldSpan:
    start: int
    end: int
    text: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    type: str | None = None
    country_gid: int | None = None  # GeoNames id of the gold country (TR-News, LGL)
    admin1_gid: int | None = None  # GeoNames id of the gold first-level division (TR-News, LGL)
    feature_code: str | None = None  # GeoNames feature code (TR-News, LGL)
    page: str | None = None  # Wikipedia page title of the gold place (GeoVirus)


@dataclass
class GoldDoc:
    name: str
    text: str
    spans: list[GoldSpan] = field(default_factory=list)


def _int(text: str | None) -> int | None:
    text = (text or "").strip()
    return int(text) if text.lstrip("-").isdigit() else None


def _float(text: str | None) -> float | None:
    text = (text or "").strip()
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _repair(text: str, start: int, end: int, phrase: str) -> tuple[int, int] | None:
    """The offsets of ``phrase`` nearest to ``start`` (None when it is not in the text)."""
    if text[start:end] == phrase:
        return start, end
    best = None
    for m in re.finditer(re.escape(phrase), text):
        if best is None or abs(m.start() - start) < abs(best - start):
            best = m.start()
    return (best, best + len(phrase)) if best is not None else None


def geowebnews(path: Path | None = None) -> Iterator[GoldDoc]:
    """GeoWebNews (200 articles): only toponym types with coordinates (see the module doc)."""
    root = ET.parse(path or DATA / "geowebnews" / "GWN.xml").getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        doc = GoldDoc(f"gwn#{art.get('file')}", text)
        for tp in art.iter("toponym"):
            kind = tp.findtext("type")
            if kind not in GWN_TOPONYM_TYPES:
                continue
            phrase = tp.findtext("extractedName") or ""
            fixed = _repair(text, int(tp.findtext("start") or 0), int(tp.findtext("end") or 0), phrase)
            if fixed is None:
                continue
            doc.spans.append(GoldSpan(fixed[0], fixed[1], phrase, _int(tp.findtext("geonamesID")),
                                      _float(tp.findtext("latitude")), _float(tp.findtext("longitude")), kind))
        doc.spans.sort(key=lambda s: s.start)
        yield doc


def _gaztag_corpus(path: Path, prefix: str) -> Iterator[GoldDoc]:
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        doc = GoldDoc(f"{prefix}#{art.get('docid')}", text)
        for tp in art.iter("toponym"):
            phrase = tp.findtext("phrase") or ""
            fixed = _repair(text, int(tp.findtext("start") or 0), int(tp.findtext("end") or 0), phrase)
            if fixed is None:
                continue
            tag = tp.find("gaztag")
            gid = lat = lon = cgid = agid = fcode = None
            if tag is not None:
                gid = _int(tag.get("geonameid"))
                lat, lon = _float(tag.findtext("lat")), _float(tag.findtext("lon"))
                country, admin1 = tag.find("country"), tag.find("admin1")
                cgid = _int(country.get("geonameid")) if country is not None else None
                agid = _int(admin1.get("geonameid")) if admin1 is not None else None
                fcode = tag.findtext("fcode")
            doc.spans.append(GoldSpan(fixed[0], fixed[1], phrase, gid, lat, lon, None, cgid, agid, fcode))
        doc.spans.sort(key=lambda s: s.start)
        yield doc


def tr_news(path: Path | None = None) -> Iterator[GoldDoc]:
    """TR-News (118 articles). A test set: run it, never study its errors."""
    return _gaztag_corpus(path or DATA / "geowebnews" / "TR-News.xml", "tr")


def lgl(path: Path | None = None) -> Iterator[GoldDoc]:
    """LGL, local US news (588 articles). A test set: run it, never study its errors."""
    return _gaztag_corpus(path or DATA / "geowebnews" / "lgl.xml", "lgl")


def geovirus(path: Path | None = None) -> Iterator[GoldDoc]:
    """GeoVirus (229 Wikinews articles): coordinates only, offsets shifted by +1. A test set."""
    root = ET.parse(path or DATA / "geovirus" / "GeoVirus.xml").getroot()
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc = GoldDoc(f"geovirus#{n}", text)
        for loc in art.iter("location"):
            phrase = loc.findtext("name") or ""
            start, end = int(loc.findtext("start") or 0) - 1, int(loc.findtext("end") or 0) - 1
            fixed = _repair(text, start, end, phrase)
            if fixed is None:
                continue
            url = loc.findtext("page") or ""
            title = unquote(url.rsplit("/", 1)[-1]).replace("_", " ") if url else None
            doc.spans.append(GoldSpan(fixed[0], fixed[1], phrase, None,
                                      _float(loc.findtext("lat")), _float(loc.findtext("lon")), page=title))
        doc.spans.sort(key=lambda s: s.start)
        yield doc


DATASETS = {"GeoWebNews": geowebnews, "TR-News": tr_news, "LGL": lgl, "GeoVirus": geovirus}
# Only GeoWebNews may be studied and tuned on; the others are test sets.
DEV_SETS = frozenset({"GeoWebNews"})
