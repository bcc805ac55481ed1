"""Revision 0007: organisations get contact channels. An organisation written before has a
default stamp `*` that would now cover `channels` too; the upgrade marks `channels` as never
written, so its registers, which its author's signed leaf commits to, stay what they were."""

from __future__ import annotations

from pathlib import Path

from pslapp.core import attest
from pslapp.core.enums import Kind
from pslapp.core.fields import field_names
from pslapp.services import records
from pslapp.services.bundles import import_bundle
from pslapp.services.vault import open_vault
from pslapp.storage import schema
from tests.conftest import PASSPHRASE
from tests.services.bundle_kit import befriend, new_vault, send


def test_an_organisation_from_before_keeps_its_registers_and_gets_contacts_after(tmp_path: Path):
    alice, bob = new_vault(tmp_path / "alice", "Alice"), new_vault(tmp_path / "bob", "Bob")
    befriend(alice, bob)
    union = records.create(alice, Kind.ORGANISATION, {"name": "Migrant Workers' Union"})
    schema.downgrade(alice.engine, "0006_search_spellings")  # what the last version left
    alice.lock()

    upgraded = open_vault(tmp_path / "alice", PASSPHRASE)
    assert schema.current_revision(upgraded.engine) == schema.head_revision()
    held = records.get(upgraded, Kind.ORGANISATION, union.id)
    assert held.values["channels"] == []
    channels = held.stamps.get("channels")
    assert channels is not None and channels.hlc == 0, "never written, not the creation's"
    created = held.stamps.get("name")
    assert created is not None
    [registers] = attest.writes_of(
        Kind.ORGANISATION, held.values, held.stamps, held.deleted
    ).values()
    before = {n for n in field_names(Kind.ORGANISATION) if n != "channels"}
    assert set(registers) - {"_deleted"} == before  # what the older version signed

    contact = [{"kind": "email", "value": "union@example.org"}]
    records.edit(upgraded, Kind.ORGANISATION, union.id, {"channels": contact})
    import_bundle(bob, send(upgraded, [bob], tmp_path / "b.pslb"))
    assert records.get(bob, Kind.ORGANISATION, union.id).values["channels"] == contact
    upgraded.lock()
    bob.lock()
