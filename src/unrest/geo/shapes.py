"""Geographic centres of provinces from the map's own outlines (Natural Earth, public domain).

The dashboard ships simplified Natural Earth first-level divisions as TopoJSON, one file per
country keyed by ISO 3166-2 code (``unrest/web/static/shapes/admin1/XX.json``). The gazetteer
build places a province at the area-weighted centre of its outline, as GeoNames places most
first-level divisions, rather than at the centre of its towns, which sit in the south of large
northern provinces (British Columbia, Ontario, Alaska).

    centres = province_centres()      # {"CA-BC": (54.6, -124.7), ...}
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any

Ring = list[tuple[float, float]]  # (lon, lat)


def _arcs(topo: dict[str, Any]) -> list[Ring]:
    """Decode the quantised, delta-encoded arcs of a TopoJSON topology."""
    transform = topo.get("transform")
    out: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        ring: Ring = []
        for point in arc:
            if transform:
                x, y = x + point[0], y + point[1]
                (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
                ring.append((x * sx + tx, y * sy + ty))
            else:
                ring.append((float(point[0]), float(point[1])))
        out.append(ring)
    return out


def _ring(arcs: list[Ring], indexes: Sequence[int]) -> Ring:
    points: Ring = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _polygons(geometry: dict[str, Any], arcs: list[Ring]) -> Iterator[list[Ring]]:
    if geometry.get("type") == "Polygon":
        yield [_ring(arcs, r) for r in geometry["arcs"]]
    elif geometry.get("type") == "MultiPolygon":
        for polygon in geometry["arcs"]:
            yield [_ring(arcs, r) for r in polygon]


def centre(polygons: list[list[Ring]]) -> tuple[float, float] | None:
    """Area-weighted centroid (lat, lon) of polygons with holes, on a local equal-area plane
    (longitude scaled by the cosine of the mean latitude)."""
    rings = [r for p in polygons for r in p if len(r) >= 3]
    if not rings:
        return None
    lat0 = sum(lat for r in rings for _, lat in r) / sum(len(r) for r in rings)
    scale = math.cos(math.radians(lat0))
    lon0 = rings[0][0][0]
    area = cx = cy = 0.0
    for ring in rings:  # the signed shoelace formula: holes, wound the other way, subtract
        pts = [(((lon - lon0 + 180) % 360 - 180) * scale, lat) for lon, lat in ring]
        for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
            cross = x1 * y2 - x2 * y1
            area += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
    if abs(area) < 1e-12:
        return None
    x, y = cx / (3 * area), cy / (3 * area)
    lon = (x / scale + lon0 + 180) % 360 - 180
    return round(y, 5), round(lon, 5)


def province_centres() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> (lat, lon) of the province's outline centre, for every packaged outline."""
    out: dict[str, tuple[float, float]] = {}
    folder = resources.files("unrest").joinpath("web", "static", "shapes", "admin1")  # no web import
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        if not path.name.endswith(".json") or path.name == "index.json":
            continue
        topo = json.loads(path.read_text(encoding="utf-8"))
        arcs = _arcs(topo)
        for obj in topo.get("objects", {}).values():
            for geometry in obj.get("geometries", []):
                code = (geometry.get("properties") or {}).get("code")
                point = centre(list(_polygons(geometry, arcs))) if code else None
                if code and point is not None:
                    out[code] = point
    return out
