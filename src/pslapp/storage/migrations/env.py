"""Alembic environment: always run in-process on the vault's own keyed connection."""

from __future__ import annotations

from typing import Any

from alembic import context

from pslapp.storage.tables import FTS_TABLE, metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The FTS5 virtual table and its shadow tables are made by explicit DDL.
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
