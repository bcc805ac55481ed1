"""What the damage checks cost: `PRAGMA quick_check` as unlock runs it (a new connection, an
empty page cache), and the full `integrity_check` of `pslapp-cli check`."""

from __future__ import annotations

from benchmarks.report import Figure, report_only
from benchmarks.setup import PASSPHRASE, World
from benchmarks.timing import Samples, timed
from pslapp.crypto.keyslots import SlotKind
from pslapp.services.vault import DB_NAME, check_vault_files
from pslapp.services.vault_health import check_database
from pslapp.storage.engine import open_engine


def integrity_figures(world: World, repeats: int) -> list[Figure]:
    folder = world.source.folder
    db = folder / DB_NAME
    dek = check_vault_files(folder).open(SlotKind.PASSPHRASE, PASSPHRASE.encode())
    size_mb = db.stat().st_size / 1e6
    quick, full = Samples(), Samples()
    for _ in range(repeats):
        for samples, whole in ((quick, False), (full, True)):
            engine = open_engine(db, dek)
            try:
                samples.add(timed(lambda e=engine, w=whole: check_database(e, db, full=w)))
            finally:
                engine.dispose()
    note = f"vault.db of {size_mb:.0f} MB, a new connection each run (empty page cache)"
    return [
        Figure(
            "quick_check",
            "quick_check at unlock",
            world.people,
            "s",
            quick,
            report_only(),
            notes=[note],
        ),
        Figure(
            "integrity_check",
            "integrity_check (pslapp-cli check)",
            world.people,
            "s",
            full,
            report_only(),
            notes=[note],
        ),
    ]
