"""The JSON API under ``/api``: thin routes over :mod:`unrest.web.queries` and :mod:`unrest.web.writes`.

Every list answers ``{"ok": true, "total", "limit", "offset", "next", "items"}``; every error the
envelope of :mod:`unrest.web.errors`. Filters have the same names everywhere (and in the CLI):
``country``, ``province``, ``type``, ``since``, ``until``, ``source``, ``outlet``, ``campaign``.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
from collections.abc import Iterator
from datetime import date
from enum import Enum
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, model_validator
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from unrest import __version__
from unrest.corpus.reconcile import RECONCILED
from unrest.export.writers import (
    CSV_COLUMNS,
    acled_row,
    geojson_feature,
    incident_items,
)
from unrest.store.schema import articles, campaigns, events, figures, incidents
from unrest.store.search import SearchQueryError
from unrest.web import queries as q
from unrest.web.errors import ERROR_SCHEMA, ApiError

_ERR = {"content": {"application/json": {"schema": ERROR_SCHEMA}}}
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "Not found", **_ERR}, 422: {"description": "Invalid parameters", **_ERR},
    503: {"description": "The store is unavailable", **_ERR},
}

router = APIRouter(prefix="/api", responses=ERRORS)


class FastJSON(JSONResponse):
    """JSON straight from ``json.dumps``: the rows are plain str, float, int, bool and None, so
    FastAPI's generic encoder (which walks every value) is skipped; that halves the time of the
    big answers (the map's points, the timeline)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                          default=str).encode("utf-8")

ISO2 = r"^[A-Za-z]{2}$"
PROVINCE = r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$"
EVENT_TYPE = r"^[A-Za-z]{3,12}$"


def get_conn(request: Request) -> Iterator[Connection]:
    with request.app.state.store.engine.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(get_conn)]


def incident_filter(
    country: Annotated[str | None, Query(pattern=ISO2, description="ISO 3166-1 alpha-2 code, e.g. NP.")] = None,
    province: Annotated[str | None, Query(pattern=PROVINCE, description="ISO 3166-2 code, e.g. NP-P3.")] = None,
    type: Annotated[str | None, Query(pattern=EVENT_TYPE, description="PLOVER event type, e.g. PROTEST.")] = None,
    since: Annotated[date | None, Query(description="Incidents on or after this day.")] = None,
    until: Annotated[date | None, Query(description="Incidents on or before this day.")] = None,
    source: Annotated[str | None, Query(max_length=200, description="A claim or event attributed to this "
                                                                     "source (substring, any case).")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Reported by this outlet "
                                                                     "(substring, any case).")] = None,
    campaign: Annotated[str | None, Query(max_length=64, description="Campaign id.")] = None,
) -> q.WebFilter:
    if since and until and since > until:
        raise ApiError(422, "since is after until", errors=[{"loc": ["query", "since"], "msg": "after until"}])
    return q.WebFilter(country=country, admin1_code=province, type=type, since=since.isoformat() if since else None,
                       until=until.isoformat() if until else None, campaign_id=campaign, source=source, outlet=outlet)


Filter = Annotated[q.WebFilter, Depends(incident_filter)]


class Page:
    def __init__(self, request: Request,
                 limit: Annotated[int, Query(ge=1, description="Items per page (at most the max_limit setting, "
                                                               "500 by default).")] = 50,
                 offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")] = 0) -> None:
        top = request.app.state.settings.max_limit
        if limit > top:
            raise ApiError(422, f"limit: at most {top}", errors=[{"loc": ["query", "limit"], "msg": f"at most {top}"}])
        self.request, self.limit, self.offset = request, limit, offset

    def answer(self, items: list[dict[str, Any]], total: int, **extra: Any) -> FastJSON:
        nxt = None
        if self.offset + len(items) < total:
            params = dict(self.request.query_params)
            params.update(limit=str(self.limit), offset=str(self.offset + self.limit))
            nxt = f"{self.request.url.path}?{urlencode(params)}"
        return FastJSON({"ok": True, "total": total, "limit": self.limit, "offset": self.offset, "next": nxt,
                         **extra, "items": items})


Paged = Annotated[Page, Depends()]


def _found(item: dict[str, Any] | None, what: str, key: str) -> FastJSON:
    if item is None:
        raise ApiError(404, f"no {what} {key}")
    return FastJSON({"ok": True, **item})


# -- reading ---------------------------------------------------------------------------------------

@router.get("", summary="What the store holds")
def index(conn: Conn) -> FastJSON:
    """Counts of every kind of item, and the API's version."""
    counts = {name: conn.execute(select(func.count()).select_from(t)).scalar_one()
              for name, t in (("articles", articles), ("events", events), ("figures", figures),
                              ("incidents", incidents), ("campaigns", campaigns))}
    return FastJSON({"ok": True, "version": __version__, "counts": counts, "docs": "/docs", "openapi": "/openapi.json"})


@router.get("/facets", summary="Values the filters can take")
def facets(conn: Conn, country: Annotated[str | None, Query(pattern=ISO2, description="Only this country's "
                                                                                         "provinces.")] = None
           ) -> FastJSON:
    """Countries, provinces, event types, outlets and sources in the store, each with a count, and the
    span of incident dates."""
    return FastJSON({"ok": True, **q.facets(conn, country)})


@router.get("/incidents", summary="Incidents merged across reports")
def list_incidents(conn: Conn, filt: Filter, page: Paged) -> FastJSON:
    """Incidents, newest first, each with its reconciled figures (low, high, best, origins, disputed)."""
    items, total = q.incident_page(conn, filt, page.limit, page.offset)
    return page.answer(items, total)


@router.get("/incidents/{incident_id}", summary="One incident with its events and claims")
def get_incident(conn: Conn, incident_id: Annotated[str, Path(max_length=64)]) -> FastJSON:
    """The incident, every event reported of it (with its report), and every figure claim behind it."""
    return _found(q.incident_detail(conn, incident_id), "incident", incident_id)


@router.get("/campaigns", summary="Campaigns (waves of unrest per country)")
def list_campaigns(conn: Conn, filt: Filter, page: Paged) -> FastJSON:
    """Campaigns with their running totals; ``country``, ``since``, ``until`` and ``campaign`` apply."""
    items, total = q.campaign_page(conn, filt, page.limit, page.offset)
    return page.answer(items, total)


@router.get("/campaigns/{campaign_id}", summary="One campaign with its claims and incidents")
def get_campaign(conn: Conn, campaign_id: Annotated[str, Path(max_length=64)]) -> FastJSON:
    return _found(q.campaign_detail(conn, campaign_id), "campaign", campaign_id)


Category = Enum("Category", {c: c for c in RECONCILED}, type=str)  # type: ignore[misc]


@router.get("/figures", summary="Reconciled figures with every claim behind them")
def list_figures(conn: Conn, filt: Filter, page: Paged,
                 category: Annotated[Category | None, Query(description="Only this category.")] = None
                 ) -> FastJSON:
    """One item per incident (or campaign) and category: the range of the claims (low, high, best),
    how many independent origins back it, whether the claims disagree (``disputed``), and every claim
    with its value, qualifier, source, outlet, date, text span and the article it comes from.
    Campaign totals (nationwide running tolls) are included unless the filter is below a country."""
    items, total = q.figure_groups(conn, filt, category.value if category else None, page.limit, page.offset)
    return page.answer(items, total)


@router.get("/claims", summary="Every figure claim, as of each report")
def list_claims(conn: Conn, filt: Filter, page: Paged,
                category: Annotated[list[Category] | None, Query(description="Categories (repeatable); "
                                                                             "default: all.")] = None
                ) -> FastJSON:
    """The toll series: every claim of the categories behind the filtered incidents and campaigns,
    oldest report first."""
    cats = tuple(c.value for c in category) if category else RECONCILED
    items, total = q.claim_page(conn, filt, cats, page.limit, page.offset)
    return page.answer(items, total)


class Level(str, Enum):
    location = "location"
    province = "province"
    country = "country"


@router.get("/places", summary="Places of the incidents, with counts")
def list_places(conn: Conn, filt: Filter, page: Paged,
                level: Annotated[Level, Query(description="Group by town, province or country.")] = Level.location
                ) -> FastJSON:
    items, total = q.place_page(conn, filt, level.value, page.limit, page.offset)
    return page.answer(items, total, level=level.value)


@router.get("/map", summary="What the dashboard map draws")
def get_map(conn: Conn, filt: Filter,
            points: Annotated[int, Query(ge=0, le=20_000, description="At most this many incident points.")] = 1000
            ) -> FastJSON:
    """Incident counts per country and province (for shading) and the newest incidents as points."""
    return FastJSON({"ok": True, **q.map_data(conn, filt, points)})


@router.get("/timeline", summary="What the dashboard timeline draws")
def get_timeline(conn: Conn, filt: Filter) -> FastJSON:
    """Incidents per day and type, the newest incidents as date ranges, and every toll claim (killed,
    injured, arrested) with its value range and source."""
    return FastJSON({"ok": True, **q.timeline(conn, filt)})


def article_filter(
    country: Annotated[str | None, Query(pattern=ISO2, description="The country the report is about.")] = None,
    province: Annotated[str | None, Query(pattern=PROVINCE, description="Some event is placed there.")] = None,
    since: Annotated[date | None, Query(description="Published on or after.")] = None,
    until: Annotated[date | None, Query(description="Published on or before.")] = None,
    source: Annotated[str | None, Query(max_length=200, description="Some claim or event is attributed "
                                                                     "to it.")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="The outlet (substring).")] = None,
) -> q.ArticleFilter:
    return q.ArticleFilter(country=country, province=province, since=since.isoformat() if since else None,
                           until=until.isoformat() if until else None, source=source, outlet=outlet)


ArticleFilter = Annotated[q.ArticleFilter, Depends(article_filter)]
QUERY = Query(max_length=500, description='Words that must all occur (any case); "a phrase" in quotes.')


@router.get("/articles", summary="Stored reports")
def list_articles(conn: Conn, filt: ArticleFilter, page: Paged,
                  q_: Annotated[str | None, Query(alias="q", max_length=500,
                                                  description="Full-text filter, as /api/search.")] = None
                  ) -> FastJSON:
    """Reports, newest first, with their addresses and how many events and figures each gave."""
    items, total = q.article_page(conn, filt, page.limit, page.offset, q.search_terms(q_) if q_ else None)
    return page.answer(items, total)


@router.get("/articles/{article_id}", summary="One report with everything extracted from it")
def get_article(conn: Conn, article_id: Annotated[str, Path(max_length=64)]) -> FastJSON:
    """The report and its full ``unrest.record/1`` record (every item with its character offsets into
    ``record.article.text``), plus for each figure its sentence and the incident or campaign it counts
    for (``figure_context``), and each event's incident (``event_incidents``)."""
    return _found(q.article_detail(conn, article_id), "article", article_id)


@router.get("/search", summary="Full-text search of the reports")
def search(conn: Conn, filt: ArticleFilter, page: Paged,
           q_: Annotated[str, Query(alias="q", min_length=1, max_length=500,
                                    description='Words that must all occur (any case, any ending: "protesters" '
                                                'finds "protester"); "a phrase" in quotes.')]
           ) -> FastJSON:
    """Reports whose title or text holds every word, best match first (a word in the title counts
    more; equal matches newest first), each with a snippet and the offsets of the matches in it."""
    terms = q.search_terms(q_)
    if not terms:
        raise ApiError(422, "q: give at least one word", errors=[{"loc": ["query", "q"], "msg": "no words"}])
    try:
        items, total = q.article_page(conn, filt, page.limit, page.offset, terms, best_first=True)
    except SearchQueryError as exc:
        raise ApiError(400, f"q: {exc.reason}", code="bad_query",
                       errors=[{"loc": ["query", "q"], "msg": exc.reason}]) from exc
    return page.answer(items, total, terms=terms)


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"


_MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson", "geojson": "application/geo+json"}


@router.get("/export/{fmt}", summary="Download the filtered incidents",
            responses={200: {"content": {m.split(";")[0]: {} for m in _MEDIA.values()}}})
def export(request: Request, fmt: ExportFormat, filt: Filter) -> StreamingResponse:
    """The same files as ``unrest export``: ``csv`` (ACLED-style columns), ``jsonl`` (PLOVER field
    names), ``geojson`` (points), streamed."""
    engine = request.app.state.store.engine

    def body() -> Iterator[str]:
        with engine.connect() as conn:
            yield from _export_lines(conn, fmt.value, filt)

    name = f"unrest-incidents.{fmt.value}"
    return StreamingResponse(body(), media_type=_MEDIA[fmt.value],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _export_lines(conn: Connection, fmt: str, filt: q.WebFilter, chunk: int = 500) -> Iterator[str]:
    items = incident_items(conn, filt)
    if fmt == "geojson":
        yield '{"type": "FeatureCollection", "features": ['
        for i, item in enumerate(items):
            yield (", " if i else "") + json.dumps(geojson_feature(item), ensure_ascii=False)
        yield "]}"
        return
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for i, item in enumerate(items, 1):
        if writer:
            writer.writerow(acled_row(item))
        else:
            buf.write(json.dumps(item, ensure_ascii=False) + "\n")
        if i % chunk == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


# -- writing ---------------------------------------------------------------------------------------

bearer = HTTPBearer(auto_error=False, scheme_name="token",
                    description="The server's UNREST_API_TOKEN, as `Authorization: Bearer <token>`.")


def require_token(request: Request,
                  creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    token = request.app.state.settings.api_token
    if not token:
        raise ApiError(403, "writes are disabled: the server has no API token (set UNREST_API_TOKEN)",
                       code="writes_disabled")
    if creds is None:
        raise ApiError(401, "this endpoint needs the API token: Authorization: Bearer <token>",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(creds.credentials.encode("utf-8"), token.encode("utf-8")):
        raise ApiError(403, "wrong API token")


class ArticleIn(BaseModel):
    """One of ``text``, ``html`` or ``url``; the other fields override what is read from it."""

    text: str | None = Field(None, description="Plain text (a first line `date YYYY-MM-DD` sets the date).")
    html: str | None = Field(None, description="An HTML page: its main text, title, date and outlet are read.")
    url: str | None = Field(None, max_length=2000, description="An http(s) page or feed to fetch; private "
                                                                "and loopback addresses are refused.")
    title: str | None = Field(None, max_length=1000)
    published: date | None = None
    outlet: str | None = Field(None, max_length=500)
    source_url: str | None = Field(None, max_length=2000, description="Where a posted text or page came from.")

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        given = [k for k in ("text", "html", "url") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No token", **_ERR}, 403: {"description": "Wrong token, or writes disabled", **_ERR},
    413: {"description": "Body too large", **_ERR}, 502: {"description": "The URL could not be fetched", **_ERR},
}


@router.post("/articles", status_code=201, summary="Add a report: extract, store and merge it",
             dependencies=[Depends(require_token)], responses=WRITE_ERRORS)
def post_article(request: Request, body: ArticleIn) -> FastJSON:
    """Reads the text, page or URL (a feed gives one article per entry), extracts every event,
    figure, place and quote, stores the record and merges the store, so the new report's incidents
    and figures are in the next answer. A report already stored (same text) is not stored twice."""
    writer = request.app.state.writer
    found = writer.read(text=body.text, html=body.html, url=body.url, title=body.title,
                        published=body.published.isoformat() if body.published else None,
                        outlet=body.outlet, source_url=body.source_url)
    return FastJSON({"ok": True, **writer.store_articles(found)}, status_code=201)
