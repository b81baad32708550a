"""The last briefing per filter, remembered in the store so the next one can say what changed.

The store's schema belongs to :mod:`unrest.store` and its migrations; this module keeps its own
table beside it, ``brief_snapshots``, created on first write through SQLAlchemy (the same way on
SQLite and PostgreSQL). Each row is one briefing: the filter's key, when it was made, and a JSON
snapshot of its headline figures, counts and provinces (:meth:`Briefing.snapshot`). Reading never
creates the table, so a briefing made with ``record=False`` leaves the store untouched.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, Text, insert, inspect, select

metadata = MetaData()

brief_snapshots = Table(
    "brief_snapshots", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("filter_key", Text, nullable=False, index=True),
    Column("made_at", String(32), nullable=False),
    Column("snapshot", Text, nullable=False),  # JSON
)


def last_snapshot(engine: Engine, filter_key: str) -> dict[str, Any] | None:
    """The newest briefing snapshot for this filter, or None."""
    if not inspect(engine).has_table(brief_snapshots.name):
        return None
    with engine.connect() as conn:
        row = conn.execute(select(brief_snapshots.c.snapshot).where(brief_snapshots.c.filter_key == filter_key)
                           .order_by(brief_snapshots.c.id.desc()).limit(1)).first()
    return json.loads(row.snapshot) if row else None


def record_snapshot(engine: Engine, filter_key: str, snapshot: dict[str, Any]) -> None:
    """Remember a briefing; the table is created the first time."""
    metadata.create_all(engine, checkfirst=True)
    with engine.begin() as conn:
        conn.execute(insert(brief_snapshots), [{"filter_key": filter_key, "made_at": snapshot["made_at"],
                                                "snapshot": json.dumps(snapshot, sort_keys=True)}])
