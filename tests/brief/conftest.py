"""Briefing fixtures: a small store about one crisis, built once per module from reports we wrote.

``REPORTS`` are ingested as a user would (extraction, merge); ``LATER`` is one more report that
arrives after a first briefing, to see what changes.
"""

from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy import create_engine, text

from unrest.corpus.ingest import ingest
from unrest.store import Store

PG_URL = os.environ.get("UNREST_TEST_PG_URL")

REPORTS = {
    "a.txt": "date 2024-06-26\n\nPolice said three people were killed in Nakuru on Tuesday when officers fired "
             "on protesters.\n\nIn Nairobi, police arrested 40 protesters outside parliament on Tuesday, a police "
             "spokesman said.\n",
    "b.txt": "date 2024-06-27\n\nA rights group said five people were killed in Nakuru on Tuesday when police "
             "opened fire on demonstrators.\n",
}
LATER = {
    "c.txt": "date 2024-06-28\n\nThe Kenya Medical Association said seven people were killed in Nakuru on Tuesday "
             "when police opened fire on protesters, and 12 were injured.\n",
}


def write_reports(folder, reports: dict[str, str]):
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in reports.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def ingest_reports(store: Store, folder, reports: dict[str, str]) -> None:
    ingest([str(write_reports(folder, reports))], store, progress=False)


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    """A SQLite file with the first reports ingested and merged (tests copy it before writing)."""
    base = tmp_path_factory.mktemp("brief")
    store = Store.open(f"sqlite:///{base / 'unrest.db'}")
    ingest_reports(store, base / "reports", REPORTS)
    store.close()
    return base / "unrest.db"


@pytest.fixture
def store_path(built_store, tmp_path):
    """A fresh copy of the built store, for a test that writes."""
    path = tmp_path / "unrest.db"
    shutil.copy(built_store, path)
    return path


@pytest.fixture
def store(store_path):
    s = Store.open(f"sqlite:///{store_path}")
    yield s
    s.close()


@pytest.fixture
def add_later(tmp_path):
    """A function: ingest the report that arrives after the first briefing into a store."""
    return lambda store: ingest_reports(store, tmp_path / "later", LATER)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    """An empty store on SQLite and, where $UNREST_TEST_PG_URL is set, on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'unrest.db'}"
    else:
        if not PG_URL:
            pytest.skip("PostgreSQL: set UNREST_TEST_PG_URL (the CI script does)")
        engine = create_engine(PG_URL)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        url = PG_URL
    s = Store.open(url)
    yield s
    s.close()
