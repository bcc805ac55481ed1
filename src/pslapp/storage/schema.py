"""Bringing a vault's database to the current schema with Alembic, in-process, after an
encrypted backup copy of the database file."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported when a vault is created or opened, not when the app starts: it
# costs ~0.4 s of import time, which the unlock window should not wait for.

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(conn: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 (see above)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command  # noqa: PLC0415

    with engine.begin() as conn:
        command.upgrade(_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command  # noqa: PLC0415

    with engine.begin() as conn:
        command.downgrade(_config(conn), revision)


# The first revision whose vaults sign their own writes (bundle format 3).
SIGNED_WRITES = "0003"
# The first revision whose search index holds every spelling of a name (core/search.py).
SEARCH_SPELLINGS = "0006_search_spellings"


def migrate_with_backup(
    engine: Engine, db_path: Path, checkpoint: Callable[[], None]
) -> str | None:
    """Upgrade an existing vault; first copy the (still encrypted) file aside. Returns the
    revision it was upgraded from (None: it was current)."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    checkpoint()
    backup = db_path.with_name(f"{db_path.name}.before-{current or 'empty'}.bak")
    shutil.copy2(db_path, backup)
    backup.chmod(0o600)
    upgrade(engine)
    return current or "base"
