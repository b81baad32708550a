"""Which events describe the same happening, and which belong to a nationwide campaign.

Two events are one incident when they are countable (not denied, hypothetical or history), of the
same type, in the same country and province, at the same named place, with compatible modes and
actors, and dates no more than a day apart. Events are compared only inside their block (country,
province, type) and only with those still open on the date line, so a million events merge in
seconds. The result is a set of connected components: it does not depend on the order in which
articles were ingested.

Events that cannot be pinned to one place and day (a country-level place, or a date range longer
than a week such as "since late December") describe the campaign, not an incident.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

MAX_INCIDENT_DAYS = 7  # longer windows are running descriptions of the whole crisis
DATE_SLACK = timedelta(days=1)  # reports of one night's events often disagree by a day
CAMPAIGN_GAP = timedelta(days=14)  # a fortnight of quiet ends a wave


@dataclass(frozen=True, slots=True)
class EventRow:
    uid: str
    article_id: str
    type: str
    mode: str | None
    start: date
    end: date
    country: str
    admin1_code: str | None
    location: str | None
    geo_precision: int | None
    actor_kind: str | None


@dataclass(slots=True)
class Incident:
    id: str
    members: list[EventRow]
    start: date = field(init=False)
    end: date = field(init=False)

    def __post_init__(self) -> None:
        self.start = min(e.start for e in self.members)
        self.end = max(e.end for e in self.members)


def is_local(e: EventRow) -> bool:
    """Pinned to a place below the country and to a short window."""
    return bool(e.admin1_code) and (e.end - e.start).days < MAX_INCIDENT_DAYS


def compatible(a: EventRow, b: EventRow) -> bool:
    if a.location != b.location:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if a.actor_kind and b.actor_kind and a.actor_kind != b.actor_kind:
        return False
    return a.start <= b.end + DATE_SLACK and b.start <= a.end + DATE_SLACK


def cluster(rows: Iterable[EventRow]) -> list[Incident]:
    """Local events grouped into incidents (see the module docstring)."""
    blocks: dict[tuple[str, str | None, str], list[EventRow]] = defaultdict(list)
    for row in rows:
        if is_local(row):
            blocks[(row.country, row.admin1_code, row.type)].append(row)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            # the smaller id wins, so the root never depends on the order of the unions
            if rb < ra:
                ra, rb = rb, ra
            parent[rb] = ra

    by_uid: dict[str, EventRow] = {}
    for block in blocks.values():
        block.sort(key=lambda e: (e.start, e.uid))
        active: list[EventRow] = []
        for e in block:
            parent.setdefault(e.uid, e.uid)
            by_uid[e.uid] = e
            active = [a for a in active if a.end + DATE_SLACK >= e.start]
            for a in active:
                if compatible(a, e):
                    union(a.uid, e.uid)
            active.append(e)
    groups: dict[str, list[EventRow]] = defaultdict(list)
    for uid in parent:
        groups[find(uid)].append(by_uid[uid])
    incidents = [Incident(incident_id(members), sorted(members, key=lambda e: (e.start, e.uid)))
                 for members in groups.values()]
    incidents.sort(key=lambda i: (i.start, i.id))
    return incidents


def incident_id(members: Sequence[EventRow]) -> str:
    first = min(e.uid for e in members)
    return "i-" + hashlib.sha1(first.encode()).hexdigest()[:12]


@dataclass
class Campaign:
    id: str
    country: str
    start: date
    end: date
    n_incidents: int = 0


def waves(country_dates: Iterable[tuple[str, date, date]]) -> list[Campaign]:
    """Per country, spans of activity with no gap longer than CAMPAIGN_GAP."""
    by_country: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for country, start, end in country_dates:
        by_country[country].append((start, end))
    out: list[Campaign] = []
    for country, spans in by_country.items():
        spans.sort()
        current: Campaign | None = None
        for start, end in spans:
            if current is None or start > current.end + CAMPAIGN_GAP:
                current = Campaign(f"c-{country}-{start.isoformat()}", country, start, end)
                out.append(current)
            else:
                current.end = max(current.end, end)
    return out


def campaign_for(campaigns_by_country: dict[str, list[Campaign]], country: str | None, day: date | None) -> Campaign | None:
    if not country or day is None:
        return None
    for c in campaigns_by_country.get(country, []):
        if c.start - CAMPAIGN_GAP <= day <= c.end + CAMPAIGN_GAP:
            return c
    return None


def most_common(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v]
    if not present:
        return None
    if len(present) == 1 or all(v == present[0] for v in present):
        return present[0]  # most incidents come from one or two reports that agree
    return Counter(present).most_common(1)[0][0]
