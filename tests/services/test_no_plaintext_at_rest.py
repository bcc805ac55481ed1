"""A seized laptop shows nothing: names and notes written to a vault appear in no file of
the vault folder and no temporary file, in UTF-8 or UTF-16, before or after edits, deletes
and a lock."""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from pslapp.core.enums import Kind
from pslapp.services import records
from pslapp.services.vault import Vault, open_vault
from tests.conftest import PASSPHRASE

CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"


def markers() -> tuple[str, str]:
    latin = "Zq" + secrets.token_hex(6)
    cyrillic = "Жю" + "".join(secrets.choice(CYRILLIC) for _ in range(10))
    return latin, cyrillic


def encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def files_under(folders: Iterable[Path], since: float) -> list[Path]:
    found = []
    for folder in folders:
        # Other processes create and remove temp folders meanwhile: skip what vanishes.
        for root, _dirs, names in os.walk(folder, onerror=lambda _error: None):
            for name in names:
                path = Path(root) / name
                try:
                    if path.is_file() and path.stat().st_mtime >= since - 1:
                        found.append(path)
                except OSError:
                    continue
    return found


def assert_nowhere(texts: Iterable[str], folders: Iterable[Path], since: float) -> None:
    needles = [n for t in texts for n in encodings(t)]
    for path in files_under(folders, since):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for needle in needles:
            assert needle not in data, f"plaintext found in {path}"


def test_names_and_notes_never_reach_a_file_in_the_clear(vault: Vault, vault_dir: Path):
    started = time.time()
    folders = [vault_dir, Path(tempfile.gettempdir())]
    latin, cyrillic = markers()
    note_latin, note_cyrillic = markers()
    people = [
        records.create(
            vault,
            Kind.PERSON,
            {
                "display_name": f"{latin} {cyrillic}",
                "alias": cyrillic,
                "notes": f"{note_latin} — {note_cyrillic}",
                "channels": [{"kind": "email", "value": f"{latin.lower()}@example.org"}],
            },
        )
        for _ in range(3)
    ]
    secrets_so_far = [latin, cyrillic, note_latin, note_cyrillic]
    assert_nowhere(secrets_so_far, folders, started)

    new_latin, new_cyrillic = markers()
    records.edit(vault, Kind.PERSON, people[0].id, {"notes": f"{new_latin} {new_cyrillic}"})
    records.delete(vault, Kind.PERSON, people[1].id)
    assert_nowhere([*secrets_so_far, new_latin, new_cyrillic], folders, started)

    vault.lock()
    assert_nowhere([*secrets_so_far, new_latin, new_cyrillic], folders, started)

    reopened = open_vault(vault_dir, PASSPHRASE)
    assert records.get(reopened, Kind.PERSON, people[0].id).values["notes"].startswith(new_latin)
    reopened.lock()
    assert_nowhere([*secrets_so_far, new_latin, new_cyrillic], folders, started)
