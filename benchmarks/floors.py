"""The floors: the same work as a pslapp figure done the fastest plain way, with the same
libraries, on rows prepared beforehand (untimed).

- import: the rows, search entries and change sets a full import writes, straight to
  SQLCipher with `executemany` in one transaction, into a fresh database with the vault's
  schema and pragmas;
- export: the same records serialised as JSON lines, zstd-compressed at the bundle's level and
  encrypted with ChaCha20-Poly1305 in age-sized chunks, without a database;
- search: the raw FTS5 query for the typed text, on the vault's own connection.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from sqlalchemy import Connection, Table, text

from benchmarks.timing import Run
from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, LIST_TYPES
from pslapp.core.search import fts_query
from pslapp.services.vault import Vault
from pslapp.storage import schema
from pslapp.storage.engine import connect_raw, open_engine
from pslapp.storage.tables import FTS_TABLE, KIND_NUMBER, KIND_SLOTS, RECORD_TABLES, change_sets

CHUNK = 64 * 1024  # age's STREAM chunk
_KEY_COLUMNS = "kind, pk, latin, cyrillic"
ZSTD_LEVEL = 6  # the bundle payload's level


@dataclass(frozen=True)
class TableRows:
    table: str
    sql: str
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class ImportRows:
    """Every row and search entry of a vault's records, and the signed change sets that
    prove them, ready for `executemany`."""

    tables: list[TableRows]
    fts: list[tuple[int, str, str, str]]  # rowid, body, spellings, sounds
    keys: list[tuple[Any, ...]]  # name_order rows: the titles' sort keys
    # The change sets an import keeps beside the records (each record's proof names one):
    # written by any import that keeps what it proves, so the floor writes them too.
    proofs: TableRows

    @property
    def count(self) -> int:
        return sum(len(t.rows) for t in self.tables)


def _table_rows(conn: Connection, table: Table) -> TableRows:
    names = [c.name for c in table.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    (key,) = table.primary_key.columns
    query = text(f"SELECT {quoted} FROM {table.name} ORDER BY {key.name}")
    rows = [tuple(r) for r in conn.execute(query)]
    marks = ", ".join("?" * len(names))
    return TableRows(table.name, f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})", rows)


def read_import_rows(vault: Vault) -> ImportRows:
    """The record rows, search entries and change sets exactly as an import wrote them
    into `vault`."""
    with vault.read() as conn:
        tables = [_table_rows(conn, RECORD_TABLES[kind]) for kind in Kind]
        proofs = _table_rows(conn, change_sets)
        keys = [tuple(r) for r in conn.execute(text(f"SELECT {_KEY_COLUMNS} FROM name_order"))]
        fts = [
            (int(r[0]), str(r[1]), str(r[2]), str(r[3]))
            for r in conn.execute(
                text(f"SELECT rowid, body, spellings, sounds FROM {FTS_TABLE} ORDER BY rowid")
            )
        ]
    return ImportRows(tables, fts, keys, proofs)


def empty_database(path: Path) -> bytes:
    """A fresh SQLCipher database with the vault schema; returns its key."""
    dek = os.urandom(32)
    engine = open_engine(path, dek)
    schema.upgrade(engine)
    engine.dispose()
    return dek


def import_floor(rows: ImportRows, folder: Path) -> Run:
    """Prepare a fresh database (untimed); the run writes every row into it."""
    folder.mkdir()
    path = folder / "vault.db"
    dek = empty_database(path)
    conn = connect_raw(path, dek)

    def write() -> None:
        conn.execute("BEGIN")
        for table in rows.tables:
            if table.rows:
                conn.executemany(table.sql, table.rows)
        conn.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, body, spellings, sounds) VALUES (?, ?, ?, ?)", rows.fts
        )
        conn.executemany(f"INSERT INTO name_order ({_KEY_COLUMNS}) VALUES (?, ?, ?, ?)", rows.keys)
        conn.executemany(rows.proofs.sql, rows.proofs.rows)
        conn.execute("COMMIT")

    def tidy() -> None:
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)

    return Run(write, tidy)


# --- export --------------------------------------------------------------------------------


def read_export_rows(vault: Vault) -> list[list[Any]]:
    """Every record as plain data shaped like a bundle line: kind, id, created, stamps,
    field values (lists decoded from their JSON columns)."""
    out: list[list[Any]] = []
    with vault.read() as conn:
        for kind in Kind:
            table = RECORD_TABLES[kind]
            lists = {f.name for f in FIELDS[kind] if f.type in LIST_TYPES}
            names = [f.name for f in FIELDS[kind]]
            for row in conn.execute(table.select().order_by(table.c.pk)):
                values = {}
                for name in names:
                    value = getattr(row, name)
                    values[name] = json.loads(value) if name in lists else value
                stamps = json.loads(row.stamps)
                out.append([kind.value, row.id, row.created, stamps, values])
    return out


def export_floor(records: list[list[Any]]) -> Run:
    """Serialise, compress and encrypt `records` (the run returns the ciphertext)."""

    def seal() -> bytes:
        dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL).compressobj()
        parts = [compressor.compress(dump(r).encode() + b"\n") for r in records]
        parts.append(compressor.flush())
        payload = b"".join(parts)
        aead = ChaCha20Poly1305(os.urandom(32))
        sealed = bytearray()
        for n, start in enumerate(range(0, len(payload), CHUNK)):
            nonce = n.to_bytes(11, "big") + b"\x00"
            sealed += aead.encrypt(nonce, payload[start : start + CHUNK], None)
        return bytes(sealed)

    return Run(seal)


# --- search --------------------------------------------------------------------------------


class FtsFloor:
    """The raw FTS5 query for typed text, on one of the vault's own connections (same key,
    same pragmas, same cache): the rowids of every matching record of one kind."""

    def __init__(self, vault: Vault, kind: Kind) -> None:
        self._raw = vault.engine.raw_connection()
        self._conn: Any = self._raw.driver_connection
        self._sql = (
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
            f"AND rowid % {KIND_SLOTS} = {KIND_NUMBER[kind]}"
        )

    def run(self, typed: str) -> Run:
        match = fts_query(typed)

        def query() -> int:
            if match is None:
                return 0
            return len(self._conn.execute(self._sql, (match,)).fetchall())

        return Run(query)

    def close(self) -> None:
        self._raw.close()
