"""Revision 0006_search_spellings: a vault from before it keeps its index entries through
the upgrade, and its first unlock after it fills in every name's other spellings, so
"olga" finds the "Ольга" it held before; downgrading keeps the entries too."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from pslapp.core.collation import NameOrder
from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.vault import create_vault, open_vault
from pslapp.storage import schema
from tests.conftest import FAST_KDF, PASSPHRASE


def _titles(vault, query: str) -> list[str]:
    return [title for _kind, _id, title in records.search(vault, query)]


def test_an_older_vault_finds_every_spelling_after_the_upgrade(tmp_path: Path):
    folder = tmp_path / "vault"
    vault, _code = create_vault(folder, PASSPHRASE, "Cologne", kdf=FAST_KDF)
    records.create(vault, Kind.PERSON, {"display_name": "Ольга Лебедева", "city": "Köln"})
    schema.downgrade(vault.engine, "0003")  # what an older pslapp left on disk
    with vault.engine.connect() as conn:
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(search_fts)"))]
        body = conn.execute(text("SELECT body FROM search_fts")).scalar_one()
    assert columns == ["body"]
    assert "Ольга Лебедева" in body  # the entry survived the way down
    vault.lock()

    upgraded = open_vault(folder, PASSPHRASE)
    try:
        assert schema.current_revision(upgraded.engine) == schema.head_revision()
        assert list(folder.glob("vault.db.before-0003.bak"))
        assert _titles(upgraded, "olga") == ["Ольга Лебедева"]
        assert _titles(upgraded, "koeln") == ["Ольга Лебедева"]  # a spelling, not the body
        assert _titles(upgraded, "lebedewa") == ["Ольга Лебедева"]
        listed = records.page(
            upgraded, Kind.PERSON, order_by="display_name", names_in=NameOrder.CYRILLIC
        )
        assert [p.values["display_name"] for p in listed] == ["Ольга Лебедева"]  # keys filled
    finally:
        upgraded.lock()
