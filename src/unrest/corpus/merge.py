"""Rebuild everything the store derives from its articles, in one transaction.

1. wire copies: near-duplicate articles point to the earliest one (``articles.copy_of``);
2. incidents: local countable events clustered (:mod:`unrest.corpus.incidents`);
3. campaigns: per country, waves of activity; nationwide and long-running events join them;
4. claims: each figure gets its origin (after copies and relays) and its owner, the incident of
   its event or, for running totals ("since the protests began"), the campaign;
5. totals: low / high / best per owner and category (:mod:`unrest.corpus.reconcile`).

Rows are only rewritten where something changed, so merging again after a few new articles is
cheap, and the whole result is the same whatever order the articles came in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, select
from sqlalchemy.engine import Connection

from unrest.corpus import fingerprint
from unrest.corpus.incidents import Campaign, EventRow, campaign_for, cluster, is_local, most_common, waves
from unrest.corpus.reconcile import RECONCILED, Claim, origin_of, total
from unrest.store.schema import articles, campaigns, events, figure_totals, figures, incidents

if TYPE_CHECKING:
    from unrest.store import Store


@dataclass
class MergeReport:
    articles: int
    copies: int
    events: int
    incidents: int
    campaigns: int
    claims: int


def merge_store(store: Store) -> MergeReport:
    with store.begin() as conn:
        # 1. wire copies
        art_rows = conn.execute(select(articles.c.id, articles.c.published, articles.c.outlet,
                                       articles.c.minhash, articles.c.copy_of, articles.c.country)).all()
        published = {r.id: _day(r.published) for r in art_rows}
        copy_of = _copies(art_rows)
        changed = [{"b_id": r.id, "b_copy": copy_of.get(r.id)} for r in art_rows if r.copy_of != copy_of.get(r.id)]
        if changed:
            bulk_update(conn, articles, "id", ["copy_of"], [(c["b_copy"], c["b_id"]) for c in changed])
        outlet = {r.id: r.outlet for r in art_rows}
        publisher = {r.id: outlet.get(copy_of.get(r.id, r.id)) or outlet.get(r.id) or f"article {r.id}"
                     for r in art_rows}
        article_country = {r.id: r.country for r in art_rows}

        # 2. incidents
        ev_rows = conn.execute(select(
            events.c.uid, events.c.article_id, events.c.type, events.c.mode, events.c.date_start,
            events.c.date_end, events.c.country, events.c.admin1_code, events.c.admin1, events.c.location,
            events.c.lat, events.c.lon, events.c.geo_precision, events.c.actor1, events.c.actor1_kind,
            events.c.actor2, events.c.negated, events.c.hypothetical, events.c.historical, events.c.evidence,
            events.c.incident_id, events.c.campaign_id)).all()
        by_uid = {r.uid: r for r in ev_rows}
        countable = [_event_row(r) for r in ev_rows if _countable(r)]
        found = cluster(countable)
        incident_of = {e.uid: inc.id for inc in found for e in inc.members}

        # 3. campaigns: incidents and unlocated or long-running events make the waves
        spans = [(inc.members[0].country, inc.start, inc.end) for inc in found]
        spans += [(e.country, e.start, e.start) for e in countable if not is_local(e)]
        campaign_list = waves(spans)
        by_country: dict[str, list[Campaign]] = defaultdict(list)
        for c in campaign_list:
            by_country[c.country].append(c)
        campaign_of: dict[str, str] = {}
        for e in countable:
            c = campaign_for(by_country, e.country, e.start)
            if c is not None:
                campaign_of[e.uid] = c.id
        for inc in found:
            c = campaign_for(by_country, inc.members[0].country, inc.start)
            if c is not None:
                c.n_incidents += 1

        changed = [{"b_uid": r.uid, "b_inc": incident_of.get(r.uid), "b_camp": campaign_of.get(r.uid)}
                   for r in ev_rows
                   if (r.incident_id, r.campaign_id) != (incident_of.get(r.uid), campaign_of.get(r.uid))]
        if changed:
            bulk_update(conn, events, "uid", ["incident_id", "campaign_id"],
                        [(c["b_inc"], c["b_camp"], c["b_uid"]) for c in changed])
        conn.execute(delete(incidents))
        bulk_insert(conn, incidents, [_incident_row(inc, by_uid, publisher, by_country) for inc in found])
        conn.execute(delete(campaigns))
        if campaign_list:
            bulk_insert(conn, campaigns, [{
                "id": c.id, "country": c.country, "date_start": c.start.isoformat(), "date_end": c.end.isoformat(),
                "n_incidents": c.n_incidents, "label": f"{c.country} unrest from {c.start.isoformat()}",
            } for c in campaign_list])

        # 4. claims: origin and owner of every figure
        fig_rows = conn.execute(select(
            figures.c.uid, figures.c.article_id, figures.c.event_uid, figures.c.category, figures.c.value,
            figures.c.value_max, figures.c.qualifier, figures.c.scope, figures.c.status, figures.c.part_of,
            figures.c.source,
            figures.c.source_kind, figures.c.origin, figures.c.incident_id, figures.c.campaign_id)).all()
        claims: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        running: set[str] = set()
        changed = []
        for f in fig_rows:
            origin = origin_of(f.source, f.source_kind, publisher.get(f.article_id, f.article_id))
            inc_id, camp_id = _owner(f, by_uid, incident_of, campaign_of, by_country, article_country, published)
            if (f.origin, f.incident_id, f.campaign_id) != (origin, inc_id, camp_id):
                changed.append({"b_uid": f.uid, "b_origin": origin, "b_inc": inc_id, "b_camp": camp_id})
            if f.category not in RECONCILED or f.status not in (None, "asserted"):
                continue
            if f.part_of is not None:
                continue  # "including two guards": a part of a total claimed beside it, no rival count
            if f.article_id in copy_of:
                continue  # a wire copy repeats its original's claims: no new claim, no new origin
            owner = inc_id or camp_id
            if owner is None:
                continue
            if owner == camp_id:
                if f.scope == "incident":
                    continue  # one night's count with no place of its own is no national total
                running.add(owner)
            claims[(owner, f.category)].append(Claim(
                f.uid, f.value, f.value_max, f.qualifier, published.get(f.article_id), origin, f.source,
                outlet.get(f.article_id), f.scope == "cumulative"))
        if changed:
            bulk_update(conn, figures, "uid", ["origin", "incident_id", "campaign_id"],
                        [(c["b_origin"], c["b_inc"], c["b_camp"], c["b_uid"]) for c in changed])

        # 5. totals
        conn.execute(delete(figure_totals))
        totals = []
        for (owner, category), group in sorted(claims.items()):
            t = total(group, running=owner in running)
            totals.append({
                "owner_id": owner, "category": category, "owner_kind": "campaign" if owner in running else "incident",
                "low": t.low, "high": t.high, "best": t.best, "as_of": t.as_of.isoformat() if t.as_of else None,
                "n_claims": t.n_claims, "n_origins": t.n_origins, "disputed": t.disputed,
            })
        bulk_insert(conn, figure_totals, totals)
    return MergeReport(len(art_rows), len(copy_of), len(ev_rows), len(found), len(campaign_list),
                       sum(len(g) for g in claims.values()))


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows through the driver's executemany: the merge writes hundreds of thousands."""
    if not rows:
        return
    cols = list(rows[0])
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table.name} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join([mark] * len(cols))})"
    conn.exec_driver_sql(sql, [tuple(r[c] for c in cols) for r in rows])


def bulk_update(conn: Connection, table: Table, key: str, cols: list[str], rows: list[tuple[Any, ...]]) -> None:
    """UPDATE table SET cols WHERE key = ?, for many (values..., key) tuples."""
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sets = ", ".join(f"{_q(c)} = {mark}" for c in cols)
    conn.exec_driver_sql(f"UPDATE {table.name} SET {sets} WHERE {_q(key)} = {mark}", rows)


def _q(name: str) -> str:
    return f'"{name}"'  # "end" and "start" are keywords in some databases


def _copies(rows: list[Any]) -> dict[str, str]:
    """article id -> the article it copies (the earliest of its near-duplicate group)."""
    pairs = fingerprint.near_duplicate_pairs((r.id, r.minhash) for r in rows)
    if not pairs:
        return {}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    key = {r.id: (r.published or "9999-99-99", r.id) for r in rows}
    out: dict[str, str] = {}
    for members in groups.values():
        original = min(members, key=lambda m: key[m])
        out.update({m: original for m in members if m != original})
    return out


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _countable(r: Any) -> bool:
    return not (r.negated or r.hypothetical or r.historical) and bool(r.date_start) and bool(r.country)


@lru_cache(maxsize=65536)
def _date(value: str) -> date:
    return date.fromisoformat(value)  # a corpus has few distinct days: parse each once


def _event_row(r: Any) -> EventRow:
    start = _date(r.date_start)
    end = _date(r.date_end) if r.date_end else start
    return EventRow(r.uid, r.article_id, r.type, r.mode, start, end, r.country, r.admin1_code, r.location,
                    r.geo_precision, r.actor1_kind)


def _incident_row(inc: Any, by_uid: dict[str, Any], publisher: dict[str, str],
                  by_country: dict[str, list[Campaign]]) -> dict[str, Any]:
    rows = [by_uid[e.uid] for e in inc.members]
    campaign = campaign_for(by_country, rows[0].country, inc.start)
    if len(rows) == 1:  # most incidents rest on one report: no voting needed
        r = rows[0]
        return {
            "id": inc.id, "type": r.type, "mode": r.mode, "country": r.country, "admin1": r.admin1,
            "admin1_code": r.admin1_code, "location": r.location, "lat": r.lat, "lon": r.lon,
            "geo_precision": r.geo_precision or 3, "date_start": inc.start.isoformat(),
            "date_end": inc.end.isoformat(), "actor1": r.actor1, "actor2": r.actor2, "n_events": 1,
            "n_articles": 1, "n_origins": 1, "campaign_id": campaign.id if campaign else None,
            "evidence": r.evidence,
        }
    location = most_common(r.location for r in rows)
    located = next((r for r in rows if r.location == location and r.lat is not None), rows[0])
    return {
        "id": inc.id, "type": rows[0].type, "mode": most_common(r.mode for r in rows),
        "country": rows[0].country, "admin1": most_common(r.admin1 for r in rows),
        "admin1_code": rows[0].admin1_code, "location": location, "lat": located.lat, "lon": located.lon,
        "geo_precision": min((r.geo_precision or 3) for r in rows),
        "date_start": inc.start.isoformat(), "date_end": inc.end.isoformat(),
        "actor1": most_common(r.actor1 for r in rows), "actor2": most_common(r.actor2 for r in rows),
        "n_events": len(rows), "n_articles": len({r.article_id for r in rows}),
        "n_origins": len({publisher.get(r.article_id) for r in rows}),
        "campaign_id": campaign.id if campaign else None, "evidence": rows[0].evidence,
    }


_CRISIS_WIDE = re.compile(
    r"\bsince\s+(?:\w+\s+){0,3}?(?:protests?|demonstrations?|unrest|uprising|crisis|crackdown|movement|riots?|"
    r"clashes|violence|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"early|mid|late|\d)"
    r"|\bnation(?:al|wide)\b|\bacross the country\b|\bcountrywide\b|\bacross (?:the )?[A-Z][a-z]+\b",
    re.IGNORECASE)


def _owner(f: Any, by_uid: dict[str, Any], incident_of: dict[str, str], campaign_of: dict[str, str],
           by_country: dict[str, list[Campaign]], article_country: dict[str, str | None],
           published: dict[str, date | None]) -> tuple[str | None, str | None]:
    """(incident, campaign) a figure counts toward: running totals go to the campaign."""
    ev = by_uid.get(f.event_uid) if f.event_uid else None
    if ev is not None and not _countable(ev):
        return None, None
    # a running total of the crisis ("since the protests began", "the national toll") goes to the
    # campaign; one counted in one place ("65 curfew arrests in all" in one city) stays local
    crisis_wide = f.scope == "cumulative" and ev is not None and bool(_CRISIS_WIDE.search(ev.evidence or ""))
    if ev is None or f.event_uid not in incident_of or crisis_wide:
        if f.scope != "cumulative" and ev is None:
            return None, None
        camp = campaign_of.get(f.event_uid) if ev is not None else None
        if camp is None:
            c = campaign_for(by_country, article_country.get(f.article_id), published.get(f.article_id))
            camp = c.id if c else None
        return None, camp
    return incident_of[f.event_uid], campaign_of.get(f.event_uid)
