"""Revision 0010: coalition roles become a choice. A role typed as free text by the last
version stays as it was written (its author signed it), and the list then takes a code."""

from __future__ import annotations

from pathlib import Path

import pytest

from pslapp.core.enums import CoalitionRole, Kind
from pslapp.core.errors import ValidationError
from pslapp.services import coalitions, records
from pslapp.services.vault import open_vault
from pslapp.storage import schema
from tests.conftest import PASSPHRASE
from tests.services.bundle_kit import new_vault


def test_a_free_text_role_from_before_is_kept_as_written_and_a_code_replaces_it(
    tmp_path: Path,
) -> None:
    vault = new_vault(tmp_path / "v", "Köln")
    coalition = records.create(vault, Kind.COALITION, {"name": "Bündnis Faire Arbeit"}).id
    union = records.create(vault, Kind.ORGANISATION, {"name": "Basisgewerkschaft"}).id
    member = coalitions.add_member(vault, coalition, organisation_id=union).id
    schema.downgrade(vault.engine, "0009_mailbox")  # what the last version left
    with vault.engine.begin() as conn:  # and a role as it let people type it
        conn.exec_driver_sql(
            "UPDATE coalition_members SET role = ? WHERE id = ?", ("Koordinatorin", member)
        )
    vault.lock()

    upgraded = open_vault(tmp_path / "v", PASSPHRASE)
    assert schema.current_revision(upgraded.engine) == schema.head_revision()
    assert records.get(upgraded, Kind.COALITION_MEMBER, member).values["role"] == "Koordinatorin"
    with pytest.raises(ValidationError, match="role"):
        records.edit(upgraded, Kind.COALITION_MEMBER, member, {"role": "Kassenwartin"})
    coalitions.set_role(upgraded, member, CoalitionRole.COORDINATOR)
    assert records.get(upgraded, Kind.COALITION_MEMBER, member).values["role"] == "coordinator"
    upgraded.lock()
