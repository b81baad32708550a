"""Read-side queries shared by the CLI, the exports and the web API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.engine import Connection

from unrest.store.schema import articles, campaigns, events, figure_totals, figures, incidents


@dataclass
class IncidentFilter:
    country: str | None = None
    admin1_code: str | None = None
    type: str | None = None
    since: str | None = None  # YYYY-MM-DD, on or after
    until: str | None = None
    campaign_id: str | None = None

    def apply(self, query: Select[Any]) -> Select[Any]:
        conds = []
        if self.country:
            conds.append(incidents.c.country == self.country.upper())
        if self.admin1_code:
            conds.append(incidents.c.admin1_code == self.admin1_code.upper())
        if self.type:
            conds.append(incidents.c.type == self.type.upper())
        if self.since:
            conds.append(incidents.c.date_end >= self.since)
        if self.until:
            conds.append(incidents.c.date_start <= self.until)
        if self.campaign_id:
            conds.append(incidents.c.campaign_id == self.campaign_id)
        return query.where(and_(*conds)) if conds else query


def list_incidents(conn: Connection, filt: IncidentFilter | None = None, *, limit: int = 100,
                   offset: int = 0) -> list[dict[str, Any]]:
    """Incidents, newest first, each with its reconciled figures."""
    query = (filt or IncidentFilter()).apply(select(incidents)).order_by(
        incidents.c.date_start.desc(), incidents.c.id).limit(limit).offset(offset)
    rows = [dict(r._mapping) for r in conn.execute(query)]
    totals = totals_for(conn, [r["id"] for r in rows])
    for r in rows:
        r["figures"] = totals.get(r["id"], {})
    return rows


def count_incidents(conn: Connection, filt: IncidentFilter | None = None) -> int:
    return int(conn.execute((filt or IncidentFilter()).apply(select(func.count()).select_from(incidents))).scalar_one())


def totals_for(conn: Connection, owner_ids: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
    if not owner_ids:
        return {}
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in conn.execute(select(figure_totals).where(figure_totals.c.owner_id.in_(owner_ids))):
        d = dict(r._mapping)
        out.setdefault(d.pop("owner_id"), {})[d.pop("category")] = d
    return out


def claims_for(conn: Connection, owner_id: str, category: str | None = None) -> list[dict[str, Any]]:
    """Every claim behind an incident's or campaign's figures, oldest report first."""
    owner = figures.c.incident_id == owner_id if owner_id.startswith("i-") else and_(
        figures.c.campaign_id == owner_id, figures.c.incident_id.is_(None))
    query = (select(figures, articles.c.published, articles.c.outlet, articles.c.title, articles.c.copy_of)
             .join(articles, articles.c.id == figures.c.article_id).where(owner))
    if category:
        query = query.where(figures.c.category == category)
    return [dict(r._mapping) for r in conn.execute(query.order_by(articles.c.published, figures.c.uid))]


def toll_series(conn: Connection, category: str, country: str | None = None) -> list[dict[str, Any]]:
    """Every claim of a category as of each report, for a country: the running-toll table."""
    query = (select(figures.c.value, figures.c.value_max, figures.c.qualifier, figures.c.scope, figures.c.source,
                    figures.c.source_kind, figures.c.origin, figures.c.incident_id, figures.c.campaign_id,
                    figures.c.text, articles.c.published, articles.c.outlet, articles.c.country, articles.c.copy_of)
             .join(articles, articles.c.id == figures.c.article_id)
             .where(figures.c.category == category, figures.c.status == "asserted", figures.c.part_of.is_(None),
                    (figures.c.incident_id.is_not(None)) | (figures.c.campaign_id.is_not(None))))
    if country:
        query = query.where(articles.c.country == country.upper())
    return [dict(r._mapping) for r in conn.execute(query.order_by(articles.c.published, figures.c.uid))]


def list_campaigns(conn: Connection, country: str | None = None) -> list[dict[str, Any]]:
    query = select(campaigns).order_by(campaigns.c.date_start)
    if country:
        query = query.where(campaigns.c.country == country.upper())
    rows = [dict(r._mapping) for r in conn.execute(query)]
    totals = totals_for(conn, [r["id"] for r in rows])
    for r in rows:
        r["figures"] = totals.get(r["id"], {})
    return rows


def incident_events(conn: Connection, incident_id: str) -> list[dict[str, Any]]:
    query = (select(events, articles.c.published, articles.c.outlet, articles.c.title, articles.c.copy_of)
             .join(articles, articles.c.id == events.c.article_id).where(events.c.incident_id == incident_id)
             .order_by(articles.c.published, events.c.uid))
    return [dict(r._mapping) for r in conn.execute(query)]


def figure_history(conn: Connection, owner_id: str, category: str) -> list[dict[str, Any]]:
    """What each new report changed: the claims behind one incident's or campaign's figure, in
    publication order, each with the best figure before and after it."""
    from datetime import date

    from unrest.corpus.reconcile import Claim, history

    rows = [r for r in claims_for(conn, owner_id, category)
            if r["status"] in (None, "asserted") and not r["copy_of"] and r["part_of"] is None]  # (copies repeat their original)
    running = not owner_id.startswith("i-")
    if running:
        rows = [r for r in rows if r["scope"] != "incident"]
    claims = [Claim(r["uid"], r["value"], r["value_max"], r["qualifier"],
                    date.fromisoformat(r["published"]) if r["published"] else None, r["origin"] or "",
                    r["source"], r["outlet"], r["scope"] == "cumulative") for r in rows]
    by_uid = {r["uid"]: r for r in rows}
    return [{**by_uid[step.claim.uid], "best_before": step.best_before, "best_after": step.best_after,
             "changed": step.changed} for step in history(claims, running=running)]
