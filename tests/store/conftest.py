"""Store fixtures: every store test runs on SQLite and, where $UNREST_TEST_PG_URL is set (CI sets
it, see .ci/postgres.sh), on PostgreSQL too."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from unrest.store import Store

PG_URL = os.environ.get("UNREST_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'unrest.db'}"
    if not PG_URL:
        pytest.skip("PostgreSQL: set UNREST_TEST_PG_URL (the CI script does)")
    engine = create_engine(PG_URL)
    with engine.begin() as conn:  # a fresh schema for every test
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return PG_URL


@pytest.fixture
def fresh_store(db_url):
    store = Store.open(db_url)
    yield store
    store.close()
