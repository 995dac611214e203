"""Alembic environment: rasd runs migrations in-process on the connection it opened."""

from __future__ import annotations

from alembic import context

from rasd.store.schema import metadata
from rasd.store.search import schema_object

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - rasd always passes its connection
    raise RuntimeError("rasd migrations run through rasd.store.db.migrate(engine)")

context.configure(connection=connection, target_metadata=metadata,
                  include_object=schema_object,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
