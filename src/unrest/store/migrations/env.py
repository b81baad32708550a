"""Alembic environment: migrations run on the connection the store hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from unrest.store.schema import in_declared_schema, metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through unrest.store.Store, which passes a connection")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  compare_type=True, include_name=in_declared_schema)
with context.begin_transaction():
    context.run_migrations()
