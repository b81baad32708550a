"""Read queries of the web API, on top of :mod:`unrest.store.queries` and the store's tables.

Everything here takes a SQLAlchemy ``Connection`` and returns plain dicts (JSON-ready), so the
routes stay thin and the same functions can be called from Python. The filter is
:class:`WebFilter`: the store's :class:`~unrest.store.queries.IncidentFilter` plus the source of a
claim and the outlet of a report, so exports (which take an ``IncidentFilter``) honour them too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, Text, and_, cast, func, null, or_, select, union_all
from sqlalchemy.engine import Connection

from unrest.corpus.reconcile import RECONCILED
from unrest.store.queries import IncidentFilter, totals_for
from unrest.store.search import search_ids, term_words
from unrest.store.schema import (
    article_urls,
    articles,
    campaigns,
    events,
    figure_totals,
    figures,
    incidents,
    places,
)

TOLLS = ("killed", "injured", "arrested")


@dataclass
class WebFilter(IncidentFilter):
    """Incident filter with two more conditions, both case-insensitive substrings:

    ``source``: some claim or event of the incident is attributed to it ("rights groups");
    ``outlet``: some report of the incident comes from it.
    """

    source: str | None = None
    outlet: str | None = None

    @property
    def is_empty(self) -> bool:
        return not any(vars(self).values())

    @property
    def is_local(self) -> bool:
        """True when the filter narrows below a country: nationwide campaign totals do not apply."""
        return bool(self.admin1_code or self.type)

    def apply(self, query: Select[Any]) -> Select[Any]:
        query = super().apply(query)
        if self.source:
            query = query.where(incidents.c.id.in_(union_all(
                select(figures.c.incident_id).where(figures.c.source.icontains(self.source, autoescape=True)),
                select(events.c.incident_id).where(events.c.source.icontains(self.source, autoescape=True)))))
        if self.outlet:
            # the reports first (few), then their events by the article_id index
            reports = select(articles.c.id).where(articles.c.outlet.icontains(self.outlet, autoescape=True))
            query = query.where(incidents.c.id.in_(
                select(events.c.incident_id).where(events.c.article_id.in_(reports))))
        return query

    def campaign_conditions(self) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = []
        if self.country:
            conds.append(campaigns.c.country == self.country.upper())
        if self.since:
            conds.append(campaigns.c.date_end >= self.since)
        if self.until:
            conds.append(campaigns.c.date_start <= self.until)
        if self.campaign_id:
            conds.append(campaigns.c.id == self.campaign_id)
        return conds

    def claim_conditions(self) -> list[ColumnElement[bool]]:
        """Conditions on ``figures`` joined to ``articles``: claims behind the filtered incidents,
        and (unless the filter is below a country) behind the matching campaigns' running totals."""
        if self.is_empty:
            return [or_(figures.c.incident_id.is_not(None), figures.c.campaign_id.is_not(None))]
        owned: list[ColumnElement[bool]] = [figures.c.incident_id.in_(self.apply(select(incidents.c.id)))]
        if not self.is_local:
            owned.append(and_(figures.c.incident_id.is_(None),
                              figures.c.campaign_id.in_(select(campaigns.c.id).where(*self.campaign_conditions()))))
        conds: list[ColumnElement[bool]] = [or_(*owned)]
        if self.source:
            conds.append(figures.c.source.icontains(self.source, autoescape=True))
        if self.outlet:
            conds.append(articles.c.outlet.icontains(self.outlet, autoescape=True))
        return conds

    def incident_ids(self) -> Select[Any] | None:
        """A subquery of the filtered incident ids, or None when every incident passes."""
        return None if self.is_empty else self.apply(select(incidents.c.id))


# -- incidents -------------------------------------------------------------------------------------

def incident_page(conn: Connection, filt: WebFilter, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Incidents newest first with their reconciled figures, and how many match in all."""
    buckets = day_counts(conn, filt)  # the total, and where the page starts, without a full sort
    dated = sum(b["n"] for b in buckets)
    rows = newest_incidents(conn, filt, tuple(incidents.c), offset + limit, buckets)[offset:]
    # incidents without a date (rare) are not in the day counts: they come last
    undated = filt.apply(select(incidents).where(incidents.c.date_start.is_(None)))
    n_undated = int(conn.execute(select(func.count()).select_from(undated.subquery())).scalar_one())
    if n_undated and len(rows) < limit:
        rows += _rows(conn, undated.order_by(incidents.c.id).limit(limit - len(rows))
                      .offset(max(0, offset - dated)))
    totals = totals_for(conn, [r["id"] for r in rows])
    for r in rows:
        r["figures"] = totals.get(r["id"], {})
    return rows, dated + n_undated


def incident_detail(conn: Connection, incident_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
    if row is None:
        return None
    out = dict(row._mapping)
    out["figures"] = totals_for(conn, [incident_id]).get(incident_id, {})
    evs = (select(events, articles.c.published, articles.c.outlet, articles.c.title, articles.c.copy_of)
           .join(articles, articles.c.id == events.c.article_id).where(events.c.incident_id == incident_id)
           .order_by(articles.c.published, events.c.uid))
    out["events"] = [_event(r) for r in _rows(conn, evs)]
    out["claims"] = _claims_where(conn, [figures.c.incident_id == incident_id])
    return out


def _rows(conn: Connection, query: Any) -> list[dict[str, Any]]:
    result = conn.execute(query)
    keys = list(result.keys())
    return [dict(zip(keys, row)) for row in result]


def _event(e: dict[str, Any]) -> dict[str, Any]:
    e["record_id"] = e["uid"].split(":", 1)[1]
    return e


# -- campaigns -------------------------------------------------------------------------------------

def campaign_page(conn: Connection, filt: WebFilter, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    conds = filt.campaign_conditions()
    query = select(campaigns).where(*conds).order_by(campaigns.c.date_start.desc(), campaigns.c.id)
    rows = _rows(conn, query.limit(limit).offset(offset))
    totals = totals_for(conn, [r["id"] for r in rows])
    for r in rows:
        r["figures"] = totals.get(r["id"], {})
    total = conn.execute(select(func.count()).select_from(campaigns).where(*conds)).scalar_one()
    return rows, int(total)


def campaign_detail(conn: Connection, campaign_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(campaigns).where(campaigns.c.id == campaign_id)).first()
    if row is None:
        return None
    out = dict(row._mapping)
    out["figures"] = totals_for(conn, [campaign_id]).get(campaign_id, {})
    out["claims"] = _claims_where(conn, [figures.c.campaign_id == campaign_id, figures.c.incident_id.is_(None)])
    inc = (select(incidents.c.id, incidents.c.type, incidents.c.date_start, incidents.c.date_end,
                  incidents.c.location, incidents.c.admin1_code)
           .where(incidents.c.campaign_id == campaign_id).order_by(incidents.c.date_start).limit(500))
    out["incidents"] = _rows(conn, inc)
    return out


# -- figures and claims ----------------------------------------------------------------------------

_CLAIM_COLUMNS = (figures.c.uid, figures.c.article_id, figures.c.category, figures.c.unit, figures.c.value,
                  figures.c.value_max, figures.c.qualifier, figures.c.text, figures.c.start, figures.c.end,
                  figures.c.scope, figures.c.status, figures.c.source, figures.c.source_kind, figures.c.n_sources,
                  figures.c.via, figures.c.hedge, figures.c.origin, figures.c.incident_id, figures.c.campaign_id,
                  articles.c.published, articles.c.outlet, articles.c.title, articles.c.copy_of)


def _claim(d: dict[str, Any]) -> dict[str, Any]:
    d["record_id"] = d["uid"].split(":", 1)[1]
    return d


def _claims_where(conn: Connection, conds: list[ColumnElement[bool]], categories: tuple[str, ...] = RECONCILED,
                  limit: int | None = None) -> list[dict[str, Any]]:
    query = (select(*_CLAIM_COLUMNS).join(articles, articles.c.id == figures.c.article_id)
             .where(*conds, figures.c.category.in_(categories))
             .order_by(articles.c.published, figures.c.uid))
    if limit:
        query = query.limit(limit)
    return [_claim(r) for r in _rows(conn, query)]


def figure_groups(conn: Connection, filt: WebFilter, category: str | None, limit: int,
                  offset: int) -> tuple[list[dict[str, Any]], int]:
    """Reconciled figures (one per owner and category) with every claim behind each, newest first.

    Owners are the filtered incidents and, unless the filter is below a country, the matching
    campaigns (nationwide running totals). ``disputed`` marks groups whose claims disagree.
    """
    ft = figure_totals
    cols = (ft.c.owner_id, ft.c.owner_kind, ft.c.category, ft.c.low, ft.c.high, ft.c.best, ft.c.as_of,
            ft.c.n_claims, ft.c.n_origins, ft.c.disputed)
    cat = [ft.c.category == category] if category else []
    inc = (select(*cols, incidents.c.country, incidents.c.admin1_code, incidents.c.location,
                  incidents.c.type.label("label"), incidents.c.date_start, incidents.c.date_end)
           .join(incidents, incidents.c.id == ft.c.owner_id).where(*cat))
    ids = filt.incident_ids()
    if ids is not None:
        inc = inc.where(incidents.c.id.in_(ids))
    parts: list[Select[Any]] = [inc]
    if not filt.is_local and not filt.source and not filt.outlet:
        parts.append(select(*cols, campaigns.c.country, cast(null(), Text).label("admin1_code"),
                            cast(null(), Text).label("location"), campaigns.c.label, campaigns.c.date_start,
                            campaigns.c.date_end)
                     .join(campaigns, campaigns.c.id == ft.c.owner_id)
                     .where(*filt.campaign_conditions(), *cat))
    both = union_all(*parts).subquery() if len(parts) > 1 else inc.subquery()
    # counted part by part: a count over the union would build it whole first
    total = sum(int(conn.execute(select(func.count()).select_from(part.subquery())).scalar_one()) for part in parts)
    page = _rows(conn,
        select(both).order_by(both.c.as_of.desc(), both.c.owner_id, both.c.category).limit(limit).offset(offset))
    if not page:
        return [], total
    inc_ids = [g["owner_id"] for g in page if g["owner_kind"] == "incident"]
    camp_ids = [g["owner_id"] for g in page if g["owner_kind"] != "incident"]
    owned: list[ColumnElement[bool]] = []
    if inc_ids:
        owned.append(figures.c.incident_id.in_(inc_ids))
    if camp_ids:
        owned.append(and_(figures.c.incident_id.is_(None), figures.c.campaign_id.in_(camp_ids)))
    cats = tuple({g["category"] for g in page})
    claims: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in _claims_where(conn, [or_(*owned)], cats):
        owner = c["incident_id"] or c["campaign_id"]
        claims.setdefault((owner, c["category"]), []).append(c)
    for g in page:
        g["claims"] = claims.get((g["owner_id"], g["category"]), [])
    return page, total


_TOLL_COLUMNS = (figures.c.uid, figures.c.article_id, figures.c.category, figures.c.value, figures.c.value_max,
                 figures.c.qualifier, figures.c.text, figures.c.source, figures.c.source_kind, articles.c.published,
                 articles.c.outlet)


def claim_page(conn: Connection, filt: WebFilter, categories: tuple[str, ...], limit: int,
               offset: int, columns: tuple[Any, ...] = _CLAIM_COLUMNS) -> tuple[list[dict[str, Any]], int]:
    """Every claim of the categories behind the filtered incidents and campaigns, oldest report first."""
    conds = [*filt.claim_conditions(), figures.c.category.in_(categories)]
    base = select(*columns).join(articles, articles.c.id == figures.c.article_id).where(*conds)
    rows = [_claim(r) for r in _rows(conn, base.order_by(articles.c.published, figures.c.uid).limit(limit).offset(offset))]
    total = conn.execute(select(func.count()).select_from(figures).join(articles, articles.c.id == figures.c.article_id)
                         .where(*conds)).scalar_one()
    return rows, int(total)


# -- the map and the timeline ----------------------------------------------------------------------

def map_data(conn: Connection, filt: WebFilter, max_points: int = 1000) -> dict[str, Any]:
    """Incident counts per country and per province, and the newest incidents as points."""
    countries = [{"code": r.country, "n": r.n} for r in conn.execute(filt.apply(
        select(incidents.c.country, func.count().label("n")).select_from(incidents).group_by(incidents.c.country)))
        if r.country]
    # grouped by the code alone (the index covers it); the name is looked up once per code
    i2 = incidents.alias("i2")
    name = (select(i2.c.admin1).where(i2.c.admin1_code == incidents.c.admin1_code).limit(1)
            .correlate(incidents).scalar_subquery())
    by_code = filt.apply(select(incidents.c.admin1_code, func.count().label("n"), name.label("name"))
                         .select_from(incidents).where(incidents.c.admin1_code.is_not(None))
                         .group_by(incidents.c.admin1_code))
    provinces = sorted(({"code": r.admin1_code, "name": r.name, "country": r.admin1_code.split("-")[0], "n": r.n}
                        for r in conn.execute(by_code)), key=lambda p: -p["n"])
    cols = (incidents.c.id, incidents.c.type, incidents.c.mode, incidents.c.date_start, incidents.c.date_end,
            incidents.c.location, incidents.c.admin1_code, incidents.c.lat, incidents.c.lon, incidents.c.n_articles)
    points = newest_incidents(conn, filt, cols, max_points, extra=[incidents.c.lat.is_not(None)])
    total = sum(c["n"] for c in countries)
    return {"countries": countries, "provinces": provinces, "points": points,
            "n_incidents": total, "truncated": len(points) >= max_points}


def day_counts(conn: Connection, filt: WebFilter) -> list[dict[str, Any]]:
    days = filt.apply(select(incidents.c.date_start, incidents.c.type, func.count().label("n"))
                      .select_from(incidents).group_by(incidents.c.date_start, incidents.c.type))
    return [{"date": r.date_start, "type": r.type, "n": r.n} for r in conn.execute(days) if r.date_start]


def newest_incidents(conn: Connection, filt: WebFilter, cols: tuple[Any, ...], limit: int,
                     buckets: list[dict[str, Any]] | None = None, extra: list[Any] | None = None) -> list[dict[str, Any]]:
    """The newest ``limit`` filtered incidents without sorting the whole table: the incidents per
    day and type (cheap, from an index) give the first day to read, and (type, date_start) is an
    index, so only the rows from that day on are read and sorted."""
    buckets = day_counts(conn, filt) if buckets is None else buckets
    query = filt.apply(select(*cols).where(*(extra or [])))
    if buckets:
        seen, cutoff = 0, None
        for b in sorted(buckets, key=lambda b: b["date"], reverse=True):
            seen += b["n"]
            cutoff = b["date"]
            if seen >= limit:
                break
        types = sorted({b["type"] for b in buckets})
        query = query.where(incidents.c.type.in_(types), incidents.c.date_start >= cutoff)
    query = query.order_by(incidents.c.date_start.desc(), incidents.c.id).limit(limit)
    return _rows(conn, query)


def timeline(conn: Connection, filt: WebFilter, max_incidents: int = 400, max_claims: int = 500) -> dict[str, Any]:
    """Incidents per day and type, the newest incidents as date ranges, and the newest toll claims."""
    buckets = day_counts(conn, filt)
    cols = (incidents.c.id, incidents.c.type, incidents.c.mode, incidents.c.date_start, incidents.c.date_end,
            incidents.c.location, incidents.c.admin1_code, incidents.c.country, incidents.c.n_articles)
    ranges = newest_incidents(conn, filt, cols, max_incidents, buckets)
    query = (select(*_TOLL_COLUMNS).join(articles, articles.c.id == figures.c.article_id)
             .where(*filt.claim_conditions(), figures.c.category.in_(TOLLS))
             .order_by(articles.c.published.desc(), figures.c.uid.desc()).limit(max_claims + 1))
    tolls = [_claim(r) for r in _rows(conn, query)]
    more = len(tolls) > max_claims
    tolls = tolls[:max_claims][::-1]
    return {"buckets": buckets, "incidents": ranges, "tolls": tolls,
            "truncated": {"incidents": sum(b["n"] for b in buckets) > len(ranges), "tolls": more}}


# -- filter choices --------------------------------------------------------------------------------

def facets(conn: Connection, country: str | None = None, top: int = 200) -> dict[str, Any]:
    """What the filters can be set to, with how many incidents (or claims, or reports) each has."""
    def grouped(*cols: Any, where: list[Any] | None = None, by: Any = None) -> list[Any]:
        q = select(*cols, func.count().label("n")).select_from(incidents).group_by(by if by is not None else cols[0])
        if where:
            q = q.where(*where)
        return list(conn.execute(q.order_by(func.count().desc()).limit(top)))

    prov_where: list[ColumnElement[bool]] = [incidents.c.admin1_code.is_not(None)]
    if country:
        prov_where.append(incidents.c.country == country.upper())
    # one pass over the (type, date_start) index gives the types and the span of dates
    by_type = list(conn.execute(select(incidents.c.type, func.count().label("n"), func.min(incidents.c.date_start),
                                       func.max(incidents.c.date_start)).group_by(incidents.c.type)
                                .order_by(func.count().desc())))
    starts = [r[2] for r in by_type if r[2]]
    ends = [r[3] for r in by_type if r[3]]
    outlets = conn.execute(select(articles.c.outlet, func.count().label("n")).where(articles.c.outlet.is_not(None))
                           .group_by(articles.c.outlet).order_by(func.count().desc()).limit(top))
    sources = conn.execute(select(figures.c.source, func.count().label("n"))
                           .where(figures.c.source.is_not(None), figures.c.category.in_(RECONCILED))
                           .group_by(figures.c.source).order_by(func.count().desc()).limit(top))
    i2 = incidents.alias("i2")
    name = (select(i2.c.admin1).where(i2.c.admin1_code == incidents.c.admin1_code).limit(1)
            .correlate(incidents).scalar_subquery())
    provinces = [{"code": r.admin1_code, "name": r.name, "country": r.admin1_code.split("-")[0], "n": r.n}
                 for r in grouped(incidents.c.admin1_code, name.label("name"), where=prov_where, by=incidents.c.admin1_code)]
    provinces.sort(key=lambda p: (p["country"], p["name"] or p["code"]))
    return {
        "countries": [{"code": r.country, "n": r.n} for r in grouped(incidents.c.country) if r.country],
        "provinces": provinces,
        "types": [{"code": r.type, "n": r.n} for r in by_type],
        "outlets": [{"name": r.outlet, "n": r.n} for r in outlets],
        "sources": [{"name": r.source, "n": r.n} for r in sources],
        "categories": list(RECONCILED),
        "dates": {"min": min(starts, default=None), "max": max(ends, default=None)},
    }


# -- articles and search ---------------------------------------------------------------------------

@dataclass
class ArticleFilter:
    country: str | None = None
    since: str | None = None  # published on or after
    until: str | None = None
    outlet: str | None = None
    source: str | None = None  # some figure or event of the article is attributed to it
    province: str | None = None  # some event of the article is placed there

    def conditions(self) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = []
        if self.country:
            conds.append(articles.c.country == self.country.upper())
        if self.since:
            conds.append(articles.c.published >= self.since)
        if self.until:
            conds.append(articles.c.published <= self.until)
        if self.outlet:
            conds.append(articles.c.outlet.icontains(self.outlet, autoescape=True))
        if self.source:
            conds.append(or_(
                articles.c.id.in_(select(figures.c.article_id).where(figures.c.source.icontains(self.source,
                                                                                                autoescape=True))),
                articles.c.id.in_(select(events.c.article_id).where(events.c.source.icontains(self.source,
                                                                                              autoescape=True)))))
        if self.province:
            conds.append(articles.c.id.in_(select(events.c.article_id)
                                           .where(events.c.admin1_code == self.province.upper())))
        return conds


_ARTICLE_COLUMNS = (articles.c.id, articles.c.title, articles.c.published, articles.c.outlet, articles.c.country,
                    articles.c.language, articles.c.copy_of, articles.c.ingested_at)


def article_page(conn: Connection, filt: ArticleFilter, limit: int, offset: int, terms: list[str] | None = None,
                 *, best_first: bool = False) -> tuple[list[dict[str, Any]], int]:
    """Reports newest first; with ``terms``, only those holding every term (full-text search),
    newest or ``best_first``, each with a snippet around its matches."""
    conds = filt.conditions()
    if terms is not None:
        # the index finds one page of ids, in order; then the page's details
        page_ids, total = search_ids(conn, terms, conds, limit=limit, offset=offset, best_first=best_first)
        conds = [articles.c.id.in_(page_ids)]
        offset = 0
    n_events = select(func.count()).where(events.c.article_id == articles.c.id).scalar_subquery()
    n_figures = select(func.count()).where(figures.c.article_id == articles.c.id).scalar_subquery()
    cols = [*_ARTICLE_COLUMNS, n_events.label("n_events"), n_figures.label("n_figures")]
    if terms is not None:
        cols.append(articles.c.text)
    query = (select(*cols).where(*conds)
             .order_by(articles.c.published.desc(), articles.c.id).limit(limit).offset(offset))
    rows = _rows(conn, query)
    if terms is None:
        total = int(conn.execute(select(func.count()).select_from(articles).where(*conds)).scalar_one())
    else:
        place = {aid: i for i, aid in enumerate(page_ids)}
        rows.sort(key=lambda r: place[r["id"]])
    urls = _urls(conn, [r["id"] for r in rows])
    for r in rows:
        r["urls"] = urls.get(r["id"], [])
        if terms is not None:
            r["snippet"] = snippet(r.pop("text"), terms, title=r["title"])
    return rows, total


def search_terms(q: str, max_terms: int = 8) -> list[str]:
    """Terms of a query: words, and "quoted phrases" as one term; every term must occur. A term
    without a letter or digit (a stray quote, a dash) searches nothing and is dropped."""
    terms = [(a or b).strip() for a, b in re.findall(r'"([^"]+)"|(\S+)', q)]
    return [t for t in terms if term_words(t)][:max_terms]


class _Unaccented(dict[int, str]):
    """A ``str.translate`` table: a letter without its accents, one character for one, so that
    offsets into the folded text are offsets into the text."""

    def __missing__(self, code: int) -> str:
        parts = unicodedata.normalize("NFD", chr(code))
        self[code] = parts[0] if all(unicodedata.combining(c) for c in parts[1:]) else chr(code)
        return self[code]


_UNACCENTED = _Unaccented()

# a rough English stem, checked in order: enough to show where the index's matches are (it stems
# with finer rules of its own); the stem keeps at least three letters
_SUFFIXES = (("ies", "y"), ("ings", ""), ("ing", ""), ("ers", ""), ("er", ""), ("ed", ""), ("es", ""), ("s", ""),
             ("e", ""))


def word_root(word: str) -> str:
    """"protesters", "protested" and "protests" share the root "protest"; "police" and "policing"
    share "polic" (and "policy" is apart)."""
    w = word.lower().translate(_UNACCENTED)
    for suffix, replacement in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith("ss")):
            return w[:-len(suffix)] + replacement
    return w


_NEXT_WORD = re.compile(r"\W+(\w+)")


def term_spans(text: str, term: str) -> list[tuple[int, int]]:
    """Where a term occurs in a text: runs of words with the roots of the term's words."""
    roots = [word_root(w) for w in term_words(term)]
    if not roots:
        return []
    folded = text.translate(_UNACCENTED)
    first = roots[0].removesuffix("y")  # "casualty" is in "casualties"
    spans = []
    for m in re.finditer(rf"\b{re.escape(first)}\w*", folded, re.IGNORECASE):
        if word_root(m.group()) != roots[0]:
            continue
        end = m.end()
        for root in roots[1:]:
            nxt = _NEXT_WORD.match(folded, end)
            if not nxt or word_root(nxt.group(1)) != root:
                break
            end = nxt.end()
        else:
            spans.append((m.start(), end))
    return spans


def snippet(text: str, terms: list[str], *, title: str | None = None, width: int = 240) -> dict[str, Any]:
    """A window of the text around the first match, with the offsets of every match in it."""
    spans = sorted(s for t in terms for s in term_spans(text, t))
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    matches = [[a - start, b - start] for a, b in spans if start <= a and b <= end]
    return {"text": text[start:end], "start": start, "end": end, "more": end < len(text), "matches": matches,
            "in_title": bool(title and any(term_spans(title, t) for t in terms))}


def _urls(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if ids:
        for r in conn.execute(select(article_urls.c.article_id, article_urls.c.url)
                              .where(article_urls.c.article_id.in_(ids)).order_by(article_urls.c.url)):
            out.setdefault(r.article_id, []).append(r.url)
    return out


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from the end of the previous sentence to the end of
    this one (a paragraph break ends a sentence too)."""
    s = 0
    for m in _SENTENCE_END.finditer(text, 0, max(start, 0)):
        s = m.end()
    after = _SENTENCE_END.search(text, end)
    e = after.start() + 1 if after and not after.group(0).startswith("\n") else (after.start() if after else len(text))
    return s, min(e, len(text))


def article_detail(conn: Connection, article_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(*_ARTICLE_COLUMNS, articles.c.record).where(articles.c.id == article_id)).first()
    if row is None:
        return None
    out = dict(row._mapping)
    record = json.loads(out.pop("record"))
    out["urls"] = _urls(conn, [article_id]).get(article_id, [])
    out["record"] = record
    text = record.get("article", {}).get("text", "")
    evidence = {e["id"]: e.get("evidence") or [] for e in record.get("events", [])}
    owners = {r.uid.split(":", 1)[1]: {"incident_id": r.incident_id, "campaign_id": r.campaign_id,
                                       "origin": r.origin}
              for r in conn.execute(select(figures.c.uid, figures.c.incident_id, figures.c.campaign_id,
                                           figures.c.origin).where(figures.c.article_id == article_id))}
    incidents_of = {r.uid.split(":", 1)[1]: r.incident_id
                    for r in conn.execute(select(events.c.uid, events.c.incident_id)
                                          .where(events.c.article_id == article_id))}
    context = {}
    for f in record.get("figures", []):
        if f.get("start") is None:
            continue
        span = next(((ev["start"], ev["end"]) for ev in evidence.get(f.get("event"), [])
                     if ev["start"] <= f["start"] and f["end"] <= ev["end"]), None)
        s, e = span or sentence_around(text, f["start"], f["end"])
        context[f["id"]] = {"sentence": [s, e], **owners.get(f["id"], {})}
    out["figure_context"] = context
    out["event_incidents"] = incidents_of
    return out


def article_places(conn: Connection, article_id: str) -> list[dict[str, Any]]:
    return _rows(conn, select(places).where(places.c.article_id == article_id))


def place_page(conn: Connection, filt: WebFilter, level: str, limit: int,
               offset: int) -> tuple[list[dict[str, Any]], int]:
    """Places of the filtered incidents with how many incidents each: ``location`` (a town, with
    coordinates), ``province`` or ``country``."""
    if level == "country":
        cols: tuple[Any, ...] = (incidents.c.country,)
    elif level == "province":
        # grouped by the code alone, which an index covers; the name is looked up once per code
        return _province_page(conn, filt, limit, offset)
    else:
        # the town first: grouped in that order, SQLite scans the table once instead of walking
        # the province index and fetching every row from it (2-3 times slower)
        cols = (incidents.c.location, incidents.c.lat, incidents.c.lon, incidents.c.admin1_code, incidents.c.admin1,
                incidents.c.country)
    query = filt.apply(select(*cols, func.count().label("n_incidents"),
                              func.min(incidents.c.date_start).label("first"),
                              func.max(incidents.c.date_start).label("last"))
                       .select_from(incidents).group_by(*cols))
    groups = _rows(conn, query)  # one pass: the total and the page from the same groups
    groups.sort(key=lambda g: (-g["n_incidents"], *[str(g[c.name] or "") for c in cols]))
    return groups[offset:offset + limit], len(groups)


def _province_page(conn: Connection, filt: WebFilter, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    grouped = filt.apply(select(incidents.c.admin1_code, func.count().label("n_incidents"),
                                func.min(incidents.c.date_start).label("first"),
                                func.max(incidents.c.date_start).label("last"))
                         .where(incidents.c.admin1_code.is_not(None)).group_by(incidents.c.admin1_code)).subquery()
    total = int(conn.execute(select(func.count()).select_from(grouped)).scalar_one())
    page = conn.execute(select(grouped).order_by(grouped.c.n_incidents.desc(), grouped.c.admin1_code)
                        .limit(limit).offset(offset))
    rows = []
    for r in page:
        row = dict(r._mapping)
        row["country"] = row["admin1_code"].split("-")[0]
        row["admin1"] = conn.execute(select(incidents.c.admin1).where(incidents.c.admin1_code == row["admin1_code"])
                                     .limit(1)).scalar()
        rows.append(row)
    return rows, total
