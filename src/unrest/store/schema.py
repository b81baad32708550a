"""The store's tables (SQLAlchemy Core). Plain columns only, so the SQLite file reads as is in
other tools (Datasette, sqlite3, pandas).

Articles and what was extracted from them are written once per article, in one transaction;
incidents, campaigns and reconciled totals are derived tables, rebuilt by :mod:`unrest.corpus.merge`.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(32), primary_key=True),  # content hash: the same text is one article
    Column("title", Text),
    Column("published", String(10), index=True),  # YYYY-MM-DD
    Column("outlet", Text),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("minhash", LargeBinary),  # near-duplicate signature (wire copies)
    Column("copy_of", String(32)),  # set by the merge: the earliest article this one copies
    Column("country", String(2)),  # the country the report is about
    Column("ingested_at", String(32)),
    Column("record", Text, nullable=False),  # the full unrest.record/1 JSON
)

article_urls = Table(
    "article_urls", metadata,
    Column("url", Text, primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
)

places = Table(
    "places", metadata,
    Column("uid", String(48), primary_key=True),  # article id + ":" + record id
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text), Column("name", Text), Column("feature", String(16)),
    Column("lat", Float), Column("lon", Float), Column("geonameid", BigInteger),
    Column("admin1", Text), Column("admin1_code", String(16)), Column("country", String(2)),
    Column("role", String(16)),
)

events = Table(
    "events", metadata,
    Column("uid", String(48), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("type", String(16), nullable=False), Column("mode", String(32)),
    Column("date_start", String(10)), Column("date_end", String(10)), Column("time_precision", String(8)),
    Column("country", String(2)), Column("admin1", Text), Column("admin1_code", String(16)),
    Column("location", Text), Column("lat", Float), Column("lon", Float),
    Column("geo_precision", Integer),  # ACLED: 1 town, 2 district, 3 province or wider
    Column("actor1", Text), Column("actor1_kind", String(24)),
    Column("actor2", Text), Column("actor2_kind", String(24)),
    Column("actor1_country", String(2)), Column("actor2_country", String(2)),  # whose state, where said
    Column("source", Text), Column("source_kind", String(16)), Column("hedge", String(16)),
    Column("negated", Boolean, nullable=False), Column("hypothetical", Boolean, nullable=False),
    Column("historical", Boolean, nullable=False),
    Column("evidence", Text), Column("evidence_start", Integer), Column("evidence_end", Integer),
    Column("incident_id", String(24), index=True),
    Column("campaign_id", String(32), index=True),
)
Index("ix_events_block", events.c.country, events.c.type, events.c.date_start)

figures = Table(
    "figures", metadata,
    Column("uid", String(48), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("event_uid", String(48), index=True),
    Column("category", String(16), nullable=False), Column("unit", Text),
    Column("value", Float, nullable=False), Column("value_max", Float), Column("qualifier", String(16)),
    Column("text", Text), Column("start", Integer), Column("end", Integer),
    Column("scope", String(16)), Column("status", String(16)),
    Column("part_of", String(8)),  # the record id of the total it is a part of ("including two guards")
    Column("source", Text), Column("source_kind", String(16)), Column("n_sources", Integer),
    Column("via", Text), Column("hedge", String(16)),
    Column("origin", Text),  # who the claim comes from, after wire copies and relays are traced
    Column("incident_id", String(24), index=True),
    Column("campaign_id", String(32), index=True),
)

incidents = Table(
    "incidents", metadata,
    Column("id", String(24), primary_key=True),
    Column("type", String(16), nullable=False), Column("mode", String(32)),
    Column("country", String(2)), Column("admin1", Text), Column("admin1_code", String(16)),
    Column("location", Text), Column("lat", Float), Column("lon", Float), Column("geo_precision", Integer),
    Column("date_start", String(10)), Column("date_end", String(10)),
    Column("actor1", Text), Column("actor2", Text),
    Column("n_events", Integer), Column("n_articles", Integer), Column("n_origins", Integer),
    Column("campaign_id", String(32)),
    Column("evidence", Text),
)
Index("ix_incidents_query", incidents.c.country, incidents.c.date_start)
Index("ix_incidents_admin1", incidents.c.admin1_code, incidents.c.date_start)
Index("ix_incidents_type", incidents.c.type, incidents.c.date_start)

campaigns = Table(
    "campaigns", metadata,
    Column("id", String(32), primary_key=True),
    Column("country", String(2), nullable=False),
    Column("date_start", String(10)), Column("date_end", String(10)),
    Column("n_incidents", Integer), Column("label", Text),
)

figure_totals = Table(
    "figure_totals", metadata,
    Column("owner_id", String(32), primary_key=True),  # an incident or a campaign
    Column("category", String(16), primary_key=True),
    Column("owner_kind", String(8), nullable=False),  # incident | campaign
    Column("low", Float), Column("high", Float), Column("best", Float),
    Column("as_of", String(10)),  # publication date of the newest claim
    Column("n_claims", Integer), Column("n_origins", Integer),
    Column("disputed", Boolean, nullable=False),
)

# the last briefing per filter, so the next one can say what changed (unrest.brief.history)
brief_snapshots = Table(
    "brief_snapshots", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("filter_key", Text, nullable=False, index=True),
    Column("made_at", String(32), nullable=False),
    Column("snapshot", Text, nullable=False),  # JSON
)

# -- the full-text index of the reports (unrest.store.search) --------------------------------------
# Its shape depends on the backend, so it lives outside `metadata`: migration 0003 makes it with
# plain SQL, and schema comparisons leave it out.
#   SQLite: the FTS5 table articles_fts (FTS5 adds shadow tables articles_fts_*) and the table
#   articles_fts_keys (each article's entry in it), kept in step with `articles` by triggers. PostgreSQL: the generated tsvector column articles.search_vector with
#   the GIN index ix_articles_search.
SEARCH_TABLE = "articles_fts"
SEARCH_COLUMN = "search_vector"
SEARCH_INDEX = "ix_articles_search"


def in_declared_schema(name: str | None, type_: str, parent_names: dict[str, str | None]) -> bool:
    """False for the search index's tables, column and index (Alembic's ``include_name`` hook)."""
    if type_ == "table":
        return not (name == SEARCH_TABLE or (name or "").startswith(SEARCH_TABLE + "_"))
    if type_ == "column":
        return not (name == SEARCH_COLUMN and parent_names.get("table_name") == "articles")
    if type_ == "index":
        return name != SEARCH_INDEX
    return True
