"""A record (``unrest.models.Record``) as rows of the store's tables."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from unrest.corpus.fingerprint import minhash
from unrest.models import Event, Place, Record

# the most precise place an event names wins; ACLED's geo_precision for each feature
_FEATURE_RANK = {"site": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}
GEO_PRECISION = {"site": 1, "city": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 3}
LOCATED_STATUS = ("asserted",)


def article_row(record: Record) -> dict[str, Any]:
    a = record.article
    return {
        "id": a.id, "title": a.title, "published": a.published, "outlet": a.outlet, "language": a.language,
        "text": a.text, "minhash": minhash(a.text), "copy_of": None, "country": report_country(record),
        "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "record": json.dumps(record.as_dict(), ensure_ascii=False),
    }


def report_country(record: Record) -> str | None:
    """The country a report is mostly about: the one its places name most."""
    counts = Counter(p.country for p in record.places if p.country and p.role != "government")
    return counts.most_common(1)[0][0] if counts else None


def place_rows(record: Record) -> list[dict[str, Any]]:
    aid = record.article.id
    return [{
        "uid": f"{aid}:{p.id}", "article_id": aid, "text": p.text, "name": p.name, "feature": p.feature,
        "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid, "admin1": p.admin1, "admin1_code": p.admin1_code,
        "country": p.country, "role": p.role,
    } for p in record.places]


def event_rows(record: Record) -> list[dict[str, Any]]:
    aid = record.article.id
    places = {p.id: p for p in record.places}
    text = record.article.text
    country = report_country(record)
    rows = []
    for e in record.events:
        country_only: str | None = None
        place = _main_place([places[pid] for pid in e.places if pid in places])
        if e.place_inferred and place is not None:
            # the sentence names no place: only the country is known, so the event joins the
            # country's campaign rather than an incident in the report's dateline city
            country_only = place.country
            place = None
        span = e.evidence[0] if e.evidence else None
        rows.append({
            "uid": f"{aid}:{e.id}", "article_id": aid, "type": e.type, "mode": e.mode,
            "date_start": e.date.start if e.date else None, "date_end": e.date.end if e.date else None,
            "time_precision": e.date.precision if e.date else None,
            "country": place.country if place else (country_only if e.place_inferred else country),
            "admin1": place.admin1 if place else None, "admin1_code": place.admin1_code if place else None,
            "location": place.name if place else None, "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "geo_precision": GEO_PRECISION.get(place.feature, 3) if place else None,
            "actor1": e.actors[0].name if e.actors else None, "actor1_kind": e.actors[0].kind if e.actors else None,
            "actor2": e.recipients[0].name if e.recipients else None,
            "actor2_kind": e.recipients[0].kind if e.recipients else None,
            "actor1_country": e.actors[0].country if e.actors else None,
            "actor2_country": e.recipients[0].country if e.recipients else None,
            "source": e.attribution.source if e.attribution else None,
            "source_kind": e.attribution.kind if e.attribution else None,
            "hedge": e.attribution.hedge if e.attribution else None,
            "negated": e.negated, "hypothetical": e.hypothetical, "historical": e.historical,
            "evidence": text[span.start:span.end] if span else None,
            "evidence_start": span.start if span else None, "evidence_end": span.end if span else None,
            "incident_id": None, "campaign_id": None,
        })
    return rows


def figure_rows(record: Record) -> list[dict[str, Any]]:
    aid = record.article.id
    rows = []
    for f in record.figures:
        att = f.attribution
        rows.append({
            "uid": f"{aid}:{f.id}", "article_id": aid, "event_uid": f"{aid}:{f.event}" if f.event else None,
            "category": f.category, "unit": f.unit, "value": f.value, "value_max": f.value_max,
            "qualifier": f.qualifier, "text": f.text, "start": f.start, "end": f.end, "scope": f.scope,
            "status": f.status, "part_of": f.part_of, "source": att.source if att else None, "source_kind": att.kind if att else None,
            "n_sources": att.n_sources if att else None, "via": att.via if att else None,
            "hedge": att.hedge if att else None, "origin": None, "incident_id": None, "campaign_id": None,
        })
    return rows


def _main_place(places: list[Place]) -> Place | None:
    located = [p for p in places if p.role != "government"]
    return min(located, key=lambda p: _FEATURE_RANK.get(p.feature, 9)) if located else None


def is_countable(event: Event) -> bool:
    return not (event.negated or event.hypothetical or event.historical)
