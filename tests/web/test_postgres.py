"""The API on PostgreSQL gives the same answers as on SQLite (where $UNREST_TEST_PG_URL is set, as
in CI). The web tests use a database of their own on that server, so they never race the store
tests, which reset theirs."""

from __future__ import annotations

import csv
import io
import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("UNREST_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="PostgreSQL: set UNREST_TEST_PG_URL (the CI script does)")

PATHS = [
    "/api", "/api/facets", "/api/facets?country=NP", "/api/incidents?limit=500", "/api/incidents?province=NP-P3",
    "/api/incidents?source=police&limit=500", "/api/incidents?outlet=himalayan", "/api/incidents?since=2025-09-01",
    "/api/campaigns", "/api/figures?limit=100", "/api/figures?province=NP-P3", "/api/claims?limit=500",
    "/api/places?level=location&limit=500", "/api/places?level=province&limit=500", "/api/places?level=country",
    "/api/map", "/api/map?country=NP", "/api/timeline", "/api/timeline?country=MZ", "/api/articles",
    "/api/search?q=police", "/api/export/csv?country=NP", "/api/export/geojson",
]


@pytest.fixture(scope="module")
def pg_url(sample_records, fill_store):
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = "unrest_web_test"
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    fill_store(url, sample_records)
    return url


# the time of ingestion differs between the two stores by construction
UNORDERED = ("ingested_at",)


def _normal(body):
    """Answers compared without the order of equal-ranked rows or float noise."""
    if isinstance(body, dict):
        return {k: _normal(v) for k, v in body.items() if k not in UNORDERED}
    if isinstance(body, list):
        items = [_normal(v) for v in body]
        return sorted(items, key=repr)
    if isinstance(body, float):
        return round(body, 6)
    return body


@pytest.mark.parametrize("path", PATHS)
def test_same_answers_as_sqlite(make_client, client, pg_url, path):
    pg = make_client(db=pg_url)
    a, b = client.get(path), pg.get(path)
    assert a.status_code == b.status_code == 200, b.text[:500]
    if "export/csv" in path:
        rows = [sorted(repr(r) for r in csv.DictReader(io.StringIO(x.text))) for x in (a, b)]
        assert rows[0] == rows[1]
    else:
        assert _normal(b.json()) == _normal(a.json())
