"""A first import fills a fresh vault from a peer's bundle. From the receiving side:
whatever the bundle holds, the vault's schema afterwards is exactly a fresh vault's and its
indexes are used, and a bundle refused at its very last block leaves schema and rows
exactly as before (everything it wrote is rolled back)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import text

from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected
from pslapp.core.hlc import pack, system_ms
from pslapp.services import records
from pslapp.services.bundles import Scope, import_bundle
from pslapp.services.sample import populate
from pslapp.services.vault import Vault
from tests.services.bundle_kit import dump, forged_block, seal_blocks, send

EVERYTHING = Scope(everything=True, include_restricted=True)


def schema(vault: Vault) -> list[tuple[Any, ...]]:
    with vault.read() as conn:
        rows = conn.execute(
            text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        )
        return [tuple(r) for r in rows]


def test_a_first_import_leaves_the_schema_of_a_fresh_vault_and_its_indexes_in_use(
    rita_and_bob, tmp_path
):
    rita, bob = rita_and_bob
    populate(bob, people=60, seed=3)
    fresh = schema(rita)
    import_bundle(rita, send(bob, [rita], tmp_path / "all.pslb", EVERYTHING))
    assert schema(rita) == fresh
    with rita.read() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM attendance WHERE event_id = 'x'")
            )
        )
    assert "ix_attendance_event_person" in plan
    assert records.count(rita, Kind.PERSON) == records.count(bob, Kind.PERSON) > 0


def test_a_first_import_refused_at_its_last_block_leaves_schema_and_rows_as_before(
    rita_and_bob, tmp_path
):
    rita, bob = rita_and_bob
    now = pack(system_ms())
    good = [
        forged_block(
            Kind.PERSON, str(uuid.uuid4()), {"display_name": f"Asel {i}"}, {"*": (now, 1, 0)}
        )
        for i in range(30)
    ]
    hostile = forged_block(  # an attendance whose id is not the one its event and person give
        Kind.ATTENDANCE,
        str(uuid.uuid4()),
        {"event_id": str(uuid.uuid4()), "person_id": str(uuid.uuid4()), "status": "registered"},
        {"*": (now, 1, 0)},
    )
    path = tmp_path / "hostile.pslb"
    path.write_bytes(seal_blocks(bob, [rita], [*good, hostile]))
    before_schema, before_rows = schema(rita), dump(rita)
    with pytest.raises(BundleRejected):
        import_bundle(rita, path)
    assert schema(rita) == before_schema
    assert dump(rita) == before_rows
    with rita.read() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
