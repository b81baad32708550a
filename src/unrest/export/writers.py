"""Writers for the merged incidents: one row (or line, or feature) per incident."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.engine import Connection

from unrest.export.acled import acled_types
from unrest.store.queries import IncidentFilter, totals_for
from unrest.store.schema import articles, events, incidents

FORMATS = ("jsonl", "csv", "geojson")
CSV_COLUMNS = [
    "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "location", "latitude", "longitude", "geo_precision", "time_precision", "fatalities_low",
    "fatalities_high", "fatalities_best", "sources", "notes",
]
_PAGE = 5000


def write_export(conn: Connection, fmt: str, out: TextIO, filt: IncidentFilter | None = None) -> int:
    """Write every incident matching the filter; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    items = incident_items(conn, filt)
    if fmt == "jsonl":
        n = 0
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        n = 0
        for item in items:
            writer.writerow(acled_row(item))
            n += 1
        return n
    features = [geojson_feature(item) for item in items]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    return len(features)


def incident_items(conn: Connection, filt: IncidentFilter | None = None) -> Iterator[dict[str, Any]]:
    """Incidents with PLOVER field names, their reconciled figures and their sources, page by page."""
    query = (filt or IncidentFilter()).apply(select(incidents)).order_by(incidents.c.date_start, incidents.c.id)
    offset = 0
    while True:
        page = [dict(r._mapping) for r in conn.execute(query.limit(_PAGE).offset(offset))]
        if not page:
            return
        ids = [r["id"] for r in page]
        totals = totals_for(conn, ids)
        sources = _sources(conn, ids)
        for r in page:
            yield {
                "id": r["id"], "date": r["date_start"], "date_end": r["date_end"],
                "event": r["type"], "mode": r["mode"], "context": [],
                "actor": r["actor1"], "recipient": r["actor2"],
                "location": {"name": r["location"], "admin1": r["admin1"], "admin1_code": r["admin1_code"],
                             "country": r["country"], "lat": r["lat"], "lon": r["lon"],
                             "geo_precision": r["geo_precision"]},
                "figures": totals.get(r["id"], {}),
                "n_reports": r["n_articles"], "n_origins": r["n_origins"],
                "sources": sources.get(r["id"], {}).get("outlets", []),
                "actor_kind": sources.get(r["id"], {}).get("actor_kind"),
                "recipient_kind": sources.get(r["id"], {}).get("recipient_kind"),
                "actor_country": sources.get(r["id"], {}).get("actor_country"),
                "recipient_country": sources.get(r["id"], {}).get("recipient_country"),
                "campaign": r["campaign_id"], "evidence": r["evidence"],
            }
        offset += _PAGE


def _sources(conn: Connection, incident_ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    query = (select(events.c.incident_id, events.c.actor1_kind, events.c.actor2_kind, events.c.actor1_country,
                    events.c.actor2_country, articles.c.outlet, articles.c.published)
             .join(articles, articles.c.id == events.c.article_id).where(events.c.incident_id.in_(incident_ids))
             .order_by(articles.c.published, events.c.uid))  # a total order: the same answer on every database
    for r in conn.execute(query):
        entry = out.setdefault(r.incident_id, {"outlets": [], "actor_kind": None, "recipient_kind": None,
                                               "actor_country": None, "recipient_country": None})
        if r.outlet and r.outlet not in entry["outlets"]:
            entry["outlets"].append(r.outlet)
        entry["actor_kind"] = entry["actor_kind"] or r.actor1_kind
        entry["recipient_kind"] = entry["recipient_kind"] or r.actor2_kind
        entry["actor_country"] = entry["actor_country"] or r.actor1_country
        entry["recipient_country"] = entry["recipient_country"] or r.actor2_country
    return out


def acled_row(item: dict[str, Any]) -> dict[str, Any]:
    killed = item["figures"].get("killed", {})
    event_type, sub_type = acled_types(item["event"], item["mode"], item.get("recipient_kind"),
                                       item.get("actor_kind"), killed.get("best"))
    loc = item["location"]
    return {
        "event_id": item["id"], "event_date": item["date"], "event_type": event_type, "sub_event_type": sub_type,
        "actor1": item["actor"] or "", "actor2": item["recipient"] or "", "country": loc["country"] or "",
        "admin1": loc["admin1"] or "", "location": loc["name"] or "", "latitude": loc["lat"], "longitude": loc["lon"],
        "geo_precision": loc["geo_precision"], "time_precision": _time_precision(item["date"], item["date_end"]),
        "fatalities_low": _num(killed.get("low")), "fatalities_high": _num(killed.get("high")),
        "fatalities_best": _num(killed.get("best")), "sources": "; ".join(item["sources"]),
        "notes": item["evidence"] or "",
    }


def geojson_feature(item: dict[str, Any]) -> dict[str, Any]:
    loc = item["location"]
    geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]} if loc["lat"] is not None else None
    props = {k: v for k, v in item.items() if k != "location"}
    props.update({f"location_{k}": v for k, v in loc.items() if k not in ("lat", "lon")})
    return {"type": "Feature", "id": item["id"], "geometry": geometry, "properties": props}


def _time_precision(start: str | None, end: str | None) -> int:
    """ACLED: 1 the day is known, 2 the week, 3 the month."""
    if not start or not end or start == end:
        return 1
    from datetime import date

    days = (date.fromisoformat(end) - date.fromisoformat(start)).days
    return 1 if days <= 1 else 2 if days <= 7 else 3


def _num(v: float | None) -> int | float | str:
    if v is None:
        return ""
    return int(v) if float(v).is_integer() else v
