"""Which records carry a given author's writes: for reviewing what a peer contributed
before they were revoked."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, select

from pslapp.core.enums import Kind
from pslapp.core.record import Record
from pslapp.storage.records import decode
from pslapp.storage.state import Authors
from pslapp.storage.tables import RECORD_TABLES


def stamped_by(
    conn: Connection, kind: Kind, fingerprint: str, authors: Authors
) -> Iterator[Record]:
    """Live records of `kind` with at least one stamp by `fingerprint`. Stamps are stored as
    `[hlc, author_number, base]`, so `,N,` finds exactly that author's stamps and the
    database skips every other record before any JSON is parsed."""
    author = authors.by_fingerprint.get(fingerprint)
    if author is None:
        return
    table = RECORD_TABLES[kind]
    stmt = (
        select(table)
        .where(table.c.deleted.is_(False), table.c.stamps.contains(f",{author},"))
        .order_by(table.c.pk)
    )
    for row in conn.execute(stmt):
        yield decode(kind, row, authors)
