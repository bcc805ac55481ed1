"""The schema comes from Alembic migrations at unlock: `create_all()` and `upgrade head`
must build the same database, every revision goes down and up again, and an older vault
is backed up before it is upgraded."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, text

from pslapp.storage import schema
from pslapp.storage.engine import checkpoint, open_engine
from pslapp.storage.tables import metadata

KEY = bytes(range(32))


def schema_of(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE name != 'alembic_version' AND sql IS NOT NULL"
            )
        )
        return {name: normalise(sql) for name, sql in rows}


def normalise(sql: str) -> str:
    sql = re.sub(r"\s+", " ", sql).replace('"', "").replace("( ", "(").replace(" )", ")")
    return sql.strip()


def test_create_all_and_upgrade_head_build_the_same_schema(tmp_path: Path):
    by_metadata = open_engine(tmp_path / "a.db", KEY)
    metadata.create_all(by_metadata)
    by_migrations = open_engine(tmp_path / "b.db", KEY)
    schema.upgrade(by_migrations)
    assert schema_of(by_metadata) == schema_of(by_migrations)


def test_every_revision_goes_down_and_up(tmp_path: Path):
    engine = open_engine(tmp_path / "c.db", KEY)
    schema.upgrade(engine)
    full = schema_of(engine)
    schema.downgrade(engine, "base")
    assert schema_of(engine) == {}
    schema.upgrade(engine)
    assert schema_of(engine) == full


def test_an_older_vault_is_backed_up_before_it_is_upgraded(tmp_path: Path):
    db = tmp_path / "vault.db"
    engine = open_engine(db, KEY)
    schema.upgrade(engine)
    schema.downgrade(engine, "base")  # stands in for a vault made by an older version
    schema.migrate_with_backup(engine, db, lambda: checkpoint(engine))
    assert schema.current_revision(engine) == schema.head_revision()
    [backup] = tmp_path.glob("vault.db.before-*.bak")
    assert backup.stat().st_mode & 0o077 == 0
    assert not backup.read_bytes().startswith(b"SQLite format 3"), "the backup stays encrypted"


def test_seen_bundles_keep_their_rows_when_keyed_by_sender(tmp_path: Path):
    engine = open_engine(tmp_path / "d.db", KEY)
    schema.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO seen_bundles (bundle_id, sender, sequence, direction, at, summary)"
                " VALUES ('ab', 'alice', 3, 'in', 5, '{}')"
            )
        )
    schema.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO seen_bundles (bundle_id, sender, sequence, direction, at, summary)"
                " VALUES ('ab', 'bob', 1, 'in', 6, '{}')"
            )
        )
        rows = conn.execute(text("SELECT sender, bundle_id, sequence FROM seen_bundles")).all()
    assert sorted(map(tuple, rows)) == [("alice", "ab", 3), ("bob", "ab", 1)]
