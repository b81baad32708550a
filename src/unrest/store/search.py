"""Full-text search of the reports' titles and texts, best match first.

    ids, total = search_ids(conn, ["protesters", "live rounds"], limit=25)

A query is a list of terms, each a word or a phrase, that must all occur. Words match whatever
shares their stem ("protesters" finds "protester" and "protests"), in any case. Only the words of a
term reach the index, never its punctuation, so no input can be a syntax error: "al-Shabaab" is the
phrase "al shabaab", and a stray quote or bracket is nothing.

SQLite: the FTS5 table ``articles_fts`` (Porter stemmer, accents folded), kept in step with
``articles`` by triggers, ranked by bm25. PostgreSQL: the generated column
``articles.search_vector`` (English stemming; stop words such as "the" are not indexed), ranked by
``ts_rank``. Both are made by migration 0003. On both, a word in the title weighs more than one in
the text, and equal ranks come newest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    FromClause,
    MetaData,
    String,
    Table,
    Text,
    cast,
    false,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import REGCONFIG
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from unrest.errors import InputError, StoreError
from unrest.store.schema import SEARCH_COLUMN, SEARCH_TABLE, articles

# a word in the title counts as much as this many in the text; PostgreSQL's weights A and B
# (1.0 and 0.4) give the same ratio
TITLE_WEIGHT = 2.5

# the FTS5 table, for queries only: migration 0003 makes it
_fts = Table(SEARCH_TABLE, MetaData(), Column("article_id", String), Column("title", Text), Column("text", Text))

_WORD = re.compile(r"\w+")


class SearchQueryError(InputError):
    """The database refused a search query (only words reach it, so this should not happen)."""

    def __init__(self, reason: str) -> None:
        super().__init__("search query", reason)


def term_words(term: str) -> list[str]:
    """The words of a term, as the index sees them: punctuation separates, and is dropped."""
    return _WORD.findall(term)


@dataclass(frozen=True)
class FullText:
    """What to select from, the match condition and the ranking of one query on one backend."""

    source: FromClause
    condition: ColumnElement[bool]
    best_first: ColumnElement[Any]  # an ORDER BY clause


def full_text(dialect: str, terms: list[str]) -> FullText:
    phrases = [" ".join(words) for words in map(term_words, terms) if words]
    if not phrases:
        return FullText(articles, false(), literal(0))
    if dialect == "sqlite":
        # every phrase in double quotes: FTS5 reads it as a string to tokenize, not as syntax
        # (AND, OR, NEAR, a column name); the words hold no quote to escape
        match = " AND ".join(f'"{p}"' for p in phrases)
        table = literal_column(SEARCH_TABLE)
        return FullText(articles.join(_fts, _fts.c.article_id == articles.c.id), table.op("MATCH")(match),
                        func.bm25(table, 0.0, TITLE_WEIGHT, 1.0))
    if dialect == "postgresql":
        # each phrase quoted for websearch_to_tsquery, so "or" and "-" are words, not operators
        query = func.websearch_to_tsquery(cast("english", REGCONFIG), " ".join(f'"{p}"' for p in phrases))
        vector = literal_column(f"articles.{SEARCH_COLUMN}")
        # normalisation 1: a long report does not outrank a short one by its length alone
        return FullText(articles, vector.op("@@")(query), func.ts_rank(vector, query, 1).desc())
    raise StoreError(f"full-text search needs SQLite or PostgreSQL, not {dialect}")


def search_ids(conn: Connection, terms: list[str], conditions: list[ColumnElement[bool]] | None = None, *,
               limit: int, offset: int = 0, best_first: bool = True) -> tuple[list[str], int]:
    """Ids of one page of the articles holding every term and meeting ``conditions`` (on
    ``articles``), best match first (or newest first), and how many match in all."""
    found = full_text(conn.dialect.name, terms)
    where = [found.condition, *(conditions or [])]
    newest = [articles.c.published.desc(), articles.c.id]
    order = [found.best_first, *newest] if best_first else newest
    try:
        ids = [r[0] for r in conn.execute(select(articles.c.id).select_from(found.source).where(*where)
                                          .order_by(*order).limit(limit).offset(offset))]
        if len(ids) < limit and (ids or not offset):
            return ids, offset + len(ids)  # the last page: no need to count
        total = conn.execute(select(func.count()).select_from(found.source).where(*where)).scalar_one()
    except DBAPIError as exc:
        if _refused_query(exc):
            raise SearchQueryError(f"cannot search for {terms!r}") from exc
        raise
    return ids, int(total)


# what FTS5 and PostgreSQL say of a query they cannot read (not of a database they cannot use)
_QUERY_ERRORS = ("fts5", "unterminated string", "unknown special query", "tsquery")


def _refused_query(exc: DBAPIError) -> bool:
    message = str(exc.orig).lower()
    return any(e in message for e in _QUERY_ERRORS)
