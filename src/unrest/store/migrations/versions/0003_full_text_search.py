"""full-text search of the reports' titles and texts, ranked

SQLite: an FTS5 table (Porter stemmer, accents folded) that triggers keep in step with
`articles`, in the transaction that writes the article, so a killed ingest leaves both or neither.
PostgreSQL: a generated tsvector column (English stemming; title weighted A, text B) with a GIN
index. Both are filled from the articles already stored.

The SQL is written out here, not imported, so this revision keeps meaning what it meant.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 07:00:00
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_SQLITE_UP = [
    # article_id is stored, not indexed: a search for a word never finds an id
    ("CREATE VIRTUAL TABLE articles_fts USING fts5("
     "article_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2')"),
    ("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
     "INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text); END"),
    # articles are written once and never deleted by unrest itself: the scan of the unindexed id
    # these two do is only paid when a person deletes or edits a report by hand
    ("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
     "DELETE FROM articles_fts WHERE article_id = old.id; END"),
    ("CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN "
     "DELETE FROM articles_fts WHERE article_id = old.id; "
     "INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text); END"),
    "INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles",
]

_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TABLE IF EXISTS articles_fts",
]

_POSTGRES_UP = [
    # adding a stored generated column computes it for every row: that is the backfill. The text
    # is cut at 300,000 characters, far beyond any report, so that no text can pass the 1 MB a
    # tsvector may hold and make its article impossible to store.
    ("ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
     "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
     "setweight(to_tsvector('english'::regconfig, left(text, 300000)), 'B')) STORED"),
    "CREATE INDEX ix_articles_search ON articles USING gin (search_vector)",
]

_POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_articles_search",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
]


def _run(statements: dict[str, list[str]]) -> None:
    for sql in statements.get(op.get_bind().dialect.name, []):
        op.execute(sql)


def upgrade() -> None:
    _run({"sqlite": _SQLITE_UP, "postgresql": _POSTGRES_UP})


def downgrade() -> None:
    _run({"sqlite": _SQLITE_DOWN, "postgresql": _POSTGRES_DOWN})
