"""Vault figures: filling it (populate), the key derivation, unlocking, the cold start to the
unlock window, and the peak memory of a full import."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from benchmarks import probes
from benchmarks.report import Figure, memory_below, ratio_at_most, report_only, within
from benchmarks.setup import PASSPHRASE, World
from benchmarks.timing import Run, Samples, timed
from pslapp.crypto.kdf import SALT_BYTES, KdfParams, calibrate, derive_key
from pslapp.services.vault import Vault, change_passphrase, open_vault

MEMORY_LIMIT_MB = 300


def populate_figure(world: World) -> Figure:
    counts = ", ".join(f"{n} {k.value}" for k, n in world.populate.counts.items())
    return Figure(
        "populate",
        "bulk creation of the sample vault (populate)",
        world.people,
        "s",
        Samples([world.populate.seconds]),
        report_only(),
        notes=[f"one run: {counts}"],
    )


def _calibrated_copy(world: World) -> tuple[Path, KdfParams]:
    """A copy of the source vault whose passphrase slot uses the KDF calibrated here."""
    folder = world.scratch("unlock")
    world.source.lock()
    shutil.copytree(world.source.folder, folder)
    world.source = open_vault(world.source.folder, PASSPHRASE)
    params = calibrate()
    change_passphrase(folder, PASSPHRASE, PASSPHRASE, kdf=params)
    return folder, params


def unlock_figures(world: World, repeats: int) -> list[Figure]:
    folder, params = _calibrated_copy(world)
    kdf = Samples()
    unlock = Samples()
    salt = os.urandom(SALT_BYTES)
    for _ in range(repeats):
        kdf.add(timed(lambda: derive_key(PASSPHRASE.encode(), salt, params)))
        opened: list[Vault] = []
        unlock.add(
            Run(
                lambda opened=opened: opened.append(open_vault(folder, PASSPHRASE)),
                lambda opened=opened: opened[0].lock(),
            ).measure()
        )
    shutil.rmtree(folder, ignore_errors=True)
    described = f"Argon2id {params.memory_kib // 1024} MiB, {params.iterations} passes, "
    described += f"{params.lanes} lanes (calibrated on this machine)"
    return [
        Figure(
            "kdf",
            "key derivation alone",
            world.people,
            "s",
            kdf,
            within(0.5, 1.0, "0.5–1 s by design"),
            notes=[described],
            scales=False,
        ),
        Figure(
            "unlock",
            "unlock (KDF + open)",
            world.people,
            "s",
            unlock,
            report_only(),
            notes=[
                "the KDF is nearly all of it: opening the database and reading the identity "
                "takes a few ms, within the spread of the KDF"
            ],
        ),
    ]


def child_env(world: World) -> dict[str, str]:
    """The environment of a measured child process: offscreen Qt, settings kept apart."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(world.root / "config")
    env["XDG_DATA_HOME"] = str(world.root / "data")
    env["XDG_CACHE_HOME"] = str(world.root / "cache")
    return env


def cold_start_figure(world: World, repeats: int) -> Figure:
    env = child_env(world)
    samples = Samples([probes.cold_start(world.source.folder, env) for _ in range(repeats)])
    return Figure(
        "cold_start",
        "cold start to the unlock window",
        world.people,
        "s",
        samples,
        report_only(),
        notes=["python -c start, import the app, show the unlock window offscreen"],
        scales=False,
    )


def _peak_of(world: World, probe: str) -> dict[str, float]:
    folder = world.scratch(f"memory-{probe}")
    shutil.copytree(world.receiver_template, folder)
    try:
        return probes.run_probe(probe, str(folder), str(world.full_bundle), env=child_env(world))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def memory_figures(world: World) -> list[Figure]:
    """A full import in a process of its own: its peak RSS includes the interpreter, Qt-free
    libraries and the open vault, as in the app (less Qt). And the same bundle received as
    the GUI does it (review, then apply), against the import's peak."""
    found = _peak_of(world, "import")
    imported = Samples([found["peak_rss_mb"]])
    reviewed = _peak_of(world, "review")
    return [
        Figure(
            "memory_import",
            "peak memory of a full import",
            world.people,
            "MB",
            imported,
            memory_below(MEMORY_LIMIT_MB),
            notes=[
                f"one run in its own process: {found['rss_before_mb']:.0f} MB before the "
                f"import (interpreter, libraries, open vault), import took "
                f"{found['seconds']:.1f} s"
            ],
        ),
        Figure(
            "memory_receive",
            "peak memory of receiving it in the GUI (review, then apply), against the import's",
            world.people,
            "MB",
            Samples([reviewed["peak_rss_mb"]]),
            ratio_at_most(1.2),
            imported,
            notes=[f"review and apply took {reviewed['seconds']:.1f} s, in its own process"],
        ),
    ]


# The shadow tables of the FTS5 index, and the columns whose bytes make its size.
_INDEX_PARTS = (
    ("search_fts_data", "length(block)"),
    ("search_fts_idx", "length(term) + 8"),
    ("search_fts_content", "length(c0) + length(c1) + length(c2) + 8"),
    ("search_fts_docsize", "length(sz) + 8"),
)


def search_index_figure(world: World) -> Figure:
    """What the search index stores per person (bytes of its shadow tables: the inverted
    index with its prefix indexes, the entries' texts, their sizes) in the source vault.
    Measured, not timed."""
    parts = {}
    with world.source.read() as conn:
        for table, size in _INDEX_PARTS:
            parts[table] = int(
                conn.exec_driver_sql(f"SELECT sum({size}) FROM {table}").scalar() or 0
            )
        entries = int(conn.exec_driver_sql("SELECT count(*) FROM search_fts").scalar() or 0)
        spellings = int(
            conn.exec_driver_sql(
                "SELECT sum(length(c1) + length(c2)) FROM search_fts_content"
            ).scalar()
            or 0
        )
    total = sum(parts.values())
    return Figure(
        "search_index_bytes",
        "search index per person (all its entries over the people)",
        world.people,
        "B",
        Samples([total / max(world.people, 1)]),
        report_only(),
        scales=False,
        notes=[
            f"{entries} entries, {total / 1e6:.1f} MB: "
            + ", ".join(
                f"{t.removeprefix('search_fts_')} {b / 1e6:.1f} MB" for t, b in parts.items()
            )
            + f"; the other spellings and skeletons are {spellings / 1e6:.1f} MB of the text"
        ],
    )
