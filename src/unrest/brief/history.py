"""The last briefing per filter, remembered in the store so the next one can say what changed.

The table, ``brief_snapshots``, is part of the store's schema and its migrations
(:mod:`unrest.store.schema`, revision 0002). Each row is one briefing: the filter's key, when it
was made, and a JSON snapshot of its headline figures, counts and provinces
(:meth:`Briefing.snapshot`). A briefing made with ``record=False`` only reads.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, insert, inspect, select

from unrest.store.schema import brief_snapshots


def last_snapshot(engine: Engine, filter_key: str) -> dict[str, Any] | None:
    """The newest briefing snapshot for this filter, or None."""
    if not inspect(engine).has_table(brief_snapshots.name):  # a store opened without migrating
        return None
    with engine.connect() as conn:
        row = conn.execute(select(brief_snapshots.c.snapshot).where(brief_snapshots.c.filter_key == filter_key)
                           .order_by(brief_snapshots.c.id.desc()).limit(1)).first()
    return json.loads(row.snapshot) if row else None


def record_snapshot(engine: Engine, filter_key: str, snapshot: dict[str, Any]) -> None:
    """Remember a briefing."""
    with engine.begin() as conn:
        conn.execute(insert(brief_snapshots), [{"filter_key": filter_key, "made_at": snapshot["made_at"],
                                                "snapshot": json.dumps(snapshot, sort_keys=True)}])
