"""The store: SQLite by default, PostgreSQL by URL, through SQLAlchemy 2 with Alembic migrations.

    store = Store.open("unrest.db")           # or "postgresql+psycopg://user@host/db"
    store.save_record(record)                 # one transaction per article; idempotent
    store.merge()                             # rebuild incidents, campaigns and totals

Reports are searched by :mod:`unrest.store.search` (a full-text index kept in step by the database).

Every article is written in its own transaction, so a batch killed at any moment leaves a
consistent store; running the same batch again skips what is stored and finishes the rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from unrest.errors import StoreError
from unrest.models import Record
from unrest.store import rows
from unrest.store.schema import article_urls, articles, events, figures, places

DEFAULT_DB = "unrest.db"


def resolve_url(value: str | None = None) -> str:
    """--db, then $UNREST_DB, then ./unrest.db; a plain path means SQLite."""
    value = value or os.environ.get("UNREST_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


class Store:
    """One database of articles, extracted items and the incidents merged from them."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Store:
        url = resolve_url(url)
        try:
            engine = create_engine(url, future=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            store = cls(engine)
            if migrate:
                store.upgrade()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the store at {url}: {exc}") from exc
        return store

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema to a migration, the newest by default (a no-op when it is there)."""
        cfg = Config()
        cfg.set_main_option("script_location", str(resources.files("unrest.store") / "migrations"))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(str(exc)) from exc

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is not None

    def save_record(self, record: Record, url: str | None = None) -> bool:
        """Store a record and everything in it; False when the article was already there."""
        url = url or record.article.url
        with self.begin() as conn:
            exists = conn.execute(select(articles.c.id).where(articles.c.id == record.article.id)).first()
            if not exists:
                conn.execute(insert(articles), [rows.article_row(record)])
                for table, items in ((places, rows.place_rows(record)), (events, rows.event_rows(record)),
                                     (figures, rows.figure_rows(record))):
                    if items:
                        conn.execute(insert(table), items)
            if url:
                self._add_url(conn, record.article.id, url)
        return not exists

    def add_url(self, article_id: str, url: str) -> None:
        """The same text found under another address is the same article with two URLs."""
        with self.begin() as conn:
            self._add_url(conn, article_id, url)

    @staticmethod
    def _add_url(conn: Connection, article_id: str, url: str) -> None:
        known = conn.execute(select(article_urls.c.url).where(article_urls.c.url == url)).first()
        if not known:
            conn.execute(insert(article_urls), [{"url": url, "article_id": article_id}])

    def merge(self):  # type: ignore[no-untyped-def]
        """Rebuild wire-copy links, claim origins, incidents, campaigns and reconciled totals."""
        from unrest.corpus.merge import merge_store

        return merge_store(self)

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL keeps readers going while one writer works, and a killed writer loses only its open
    # transaction; foreign keys are off by default in SQLite
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
