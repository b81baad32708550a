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
    # the entry of each article in the index, so that deleting or editing one finds its entry by
    # key instead of reading every entry's article_id (0.4 s per article at 200,000 articles)
    "CREATE TABLE articles_fts_keys (entry INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE)",
    ("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
     "INSERT INTO articles_fts_keys (article_id) VALUES (new.id); "
     "INSERT INTO articles_fts (rowid, article_id, title, text) "
     "SELECT entry, new.id, new.title, new.text FROM articles_fts_keys WHERE article_id = new.id; END"),
    ("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
     "DELETE FROM articles_fts WHERE rowid = (SELECT entry FROM articles_fts_keys WHERE article_id = old.id); "
     "DELETE FROM articles_fts_keys WHERE article_id = old.id; END"),
    ("CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN "
     "DELETE FROM articles_fts WHERE rowid = (SELECT entry FROM articles_fts_keys WHERE article_id = old.id); "
     "UPDATE articles_fts_keys SET article_id = new.id WHERE article_id = old.id; "
     "INSERT INTO articles_fts (rowid, article_id, title, text) "
     "SELECT entry, new.id, new.title, new.text FROM articles_fts_keys WHERE article_id = new.id; END"),
    "INSERT INTO articles_fts_keys (article_id) SELECT id FROM articles",
    ("INSERT INTO articles_fts (rowid, article_id, title, text) "
     "SELECT k.entry, a.id, a.title, a.text FROM articles a JOIN articles_fts_keys k ON k.article_id = a.id"),
]

_SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TABLE IF EXISTS articles_fts",
    "DROP TABLE IF EXISTS articles_fts_keys",
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
