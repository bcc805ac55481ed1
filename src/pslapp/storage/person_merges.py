"""What merging people reads and keeps: the merged-away tombstones, the records that point
at a person, and the local log of merges (what each replaced, for its undo). Every query of
services/person_merge.py is here."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from pslapp.core.enums import Kind
from pslapp.core.fields import MERGED_INTO
from pslapp.core.hlc import system_ms
from pslapp.core.record import Record
from pslapp.core.stamps import DEFAULT_KEY, DELETED, FieldStamps, Stamp
from pslapp.storage import records as repo
from pslapp.storage.state import Authors
from pslapp.storage.tables import RECORD_TABLES, conflicts, person_merges

HELD = 0  # the kept side's HLC of a held merge: no write, the pointer as it was
# The kinds whose records point at a person (their `person_id`).
POINTING_KINDS = (Kind.ATTENDANCE, Kind.LINK, Kind.COALITION_MEMBER)


def merged_away(conn: Connection, authors: Authors) -> dict[str, Record]:
    """Every person tombstone whose `merged_into` names another record."""
    return repo.load_many(conn, Kind.PERSON, list(merge_pointers(conn, authors)), authors)


def merge_pointers(conn: Connection, authors: Authors) -> dict[str, tuple[str, Stamp]]:
    """id -> (the person it names, the pointer's stamp) of every person tombstone whose
    `merged_into` names another record; read lean (only the pointer's stamp decoded)."""
    people = RECORD_TABLES[Kind.PERSON]
    rows = conn.execute(
        select(people.c.id, people.c.merged_into, people.c.stamps).where(
            people.c.deleted.is_(True), people.c.merged_into.is_not(None)
        )
    )
    out = {}
    for rid, into, stamps_text in rows:
        packed = json.loads(stamps_text)
        entry = packed.get(MERGED_INTO) or packed.get(DEFAULT_KEY)
        stamp = FieldStamps.from_json({MERGED_INTO: entry}, authors.by_id).get(MERGED_INTO)
        assert stamp is not None
        out[rid] = (into, stamp)
    return out


def pointed_at(conn: Connection, person_ids: Sequence[str]) -> set[str]:
    """Those of `person_ids` that a live attendance, link or coalition membership names."""
    out: set[str] = set()
    for kind in POINTING_KINDS:
        table = RECORD_TABLES[kind]
        for chunk in repo.id_chunks(list(person_ids)):
            rows = conn.execute(
                select(table.c.person_id)
                .where(table.c.person_id.in_(chunk), table.c.deleted.is_(False))
                .distinct()
            )
            out.update(row[0] for row in rows)
    return out


def people_names(conn: Connection) -> list[tuple[str, str | None, str | None]]:
    """(id, display_name, alias) of every live person, in storage order."""
    people = RECORD_TABLES[Kind.PERSON]
    stmt = (
        select(people.c.id, people.c.display_name, people.c.alias)
        .where(people.c.deleted.is_(False))
        .order_by(people.c.pk)
    )
    return [(row[0], row[1], row[2]) for row in conn.execute(stmt)]


def people_contacts(conn: Connection, kinds: Sequence[str]) -> list[tuple[str, str, str]]:
    """(id, channel kind, value) of every live person's channels of `kinds`, read by
    SQLite's JSON functions (no list decoded in Python)."""
    marks = ",".join("?" * len(kinds))
    rows = conn.exec_driver_sql(
        "SELECT p.id, json_extract(c.value, '$.kind'), json_extract(c.value, '$.value') "
        "FROM people AS p, json_each(p.channels) AS c "
        f"WHERE p.deleted = 0 AND json_extract(c.value, '$.kind') IN ({marks})",
        tuple(kinds),
    )
    return [(row[0], row[1], row[2]) for row in rows if row[2]]


def live_people(conn: Connection, person_ids: Sequence[str]) -> set[str]:
    """Those of `person_ids` this vault holds alive."""
    people = RECORD_TABLES[Kind.PERSON]
    out: set[str] = set()
    for chunk in repo.id_chunks(list(person_ids)):
        rows = conn.execute(
            select(people.c.id).where(people.c.id.in_(chunk), people.c.deleted.is_(False))
        )
        out.update(row[0] for row in rows)
    return out


def pointing_at(
    conn: Connection, kind: Kind, person_ids: Sequence[str], authors: Authors
) -> list[Record]:
    """The live records of `kind` whose `person_id` is one of `person_ids`."""
    table = RECORD_TABLES[kind]
    ids: list[str] = []
    for chunk in repo.id_chunks(list(person_ids)):
        rows = conn.execute(
            select(table.c.id)
            .where(table.c.person_id.in_(chunk), table.c.deleted.is_(False))
            .order_by(table.c.id)
        )
        ids.extend(row[0] for row in rows)
    found = repo.load_many(conn, kind, ids, authors)
    return [found[i] for i in ids]


def deleted_by(conn: Connection, kind: Kind, deletion: Stamp, authors: Authors) -> list[Record]:
    """The tombstones of `kind` whose deletion carries exactly this stamp (hlc, author)."""
    table = RECORD_TABLES[kind]
    rows = conn.execute(
        select(table.c.id).where(table.c.deleted.is_(True), table.c.max_hlc >= deletion.hlc)
    )
    found = repo.load_many(conn, kind, [row[0] for row in rows], authors)
    out = []
    for record_id in sorted(found):
        marker = found[record_id].stamps.get(DELETED)
        if marker is not None and (marker.hlc, marker.author) == (deletion.hlc, deletion.author):
            out.append(found[record_id])
    return out


def held_merges(conn: Connection, person_ids: Sequence[str]) -> set[str]:
    """Those of `person_ids` whose merge is held for review (an open hold on the pointer;
    not a conflict between two laptops' merges of one person into different people):
    nothing of theirs moves until it is accepted."""
    t = conflicts
    out: set[str] = set()
    for chunk in repo.id_chunks(list(person_ids)):
        rows = conn.execute(
            select(t.c.record_id).where(
                t.c.record_id.in_(chunk),
                t.c.field == MERGED_INTO,
                t.c.resolved.is_(False),
                t.c.kept_hlc == HELD,
            )
        )
        out.update(row[0] for row in rows)
    return out


def hold_merge(
    conn: Connection, person_id: str, *, held_by: str, pointer: Stamp, into: str
) -> None:
    """List a merge as a held change on the merged-away person's pointer: kept, the pointer
    as it was here (none, no write: `HELD`); lost, the peer's pointer to `into`."""
    conn.execute(
        insert(conflicts).values(
            kind=Kind.PERSON.value,
            record_id=person_id,
            field=MERGED_INTO,
            kept_value=json.dumps(None),
            kept_hlc=HELD,
            kept_author=held_by,
            lost_value=json.dumps(into),
            lost_hlc=pointer.hlc,
            lost_author=pointer.author,
            created=system_ms(),
        )
    )


def release_hold(conn: Connection, person_id: str) -> None:
    t = conflicts
    conn.execute(
        update(t)
        .where(
            t.c.record_id == person_id,
            t.c.field == MERGED_INTO,
            t.c.resolved.is_(False),
            t.c.kept_hlc == HELD,
        )
        .values(resolved=True)
    )


@dataclass(frozen=True)
class MergeLog:
    id: int
    kept_id: str
    other_id: str
    before: dict[str, Any]
    at: int
    undone: bool


def log_merge(
    conn: Connection, kept_id: str, other_id: str, before: dict[str, Any], at: int
) -> int:
    result = conn.execute(
        insert(person_merges).values(
            kept_id=kept_id,
            other_id=other_id,
            before=json.dumps(before, ensure_ascii=False),
            at=at,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _log(row: Any) -> MergeLog:
    return MergeLog(
        row.id, row.kept_id, row.other_id, json.loads(row.before), row.at, bool(row.undone)
    )


def last_merge_of(conn: Connection, other_id: str) -> MergeLog | None:
    """The latest merge made here that merged `other_id` away and is not undone."""
    t = person_merges
    row = conn.execute(
        select(t)
        .where(t.c.other_id == other_id, t.c.undone.is_(False))
        .order_by(t.c.id.desc())
        .limit(1)
    ).first()
    return None if row is None else _log(row)


def merges(conn: Connection) -> list[MergeLog]:
    t = person_merges
    return [_log(row) for row in conn.execute(select(t).order_by(t.c.id))]


def mark_undone(conn: Connection, merge_id: int) -> None:
    conn.execute(update(person_merges).where(person_merges.c.id == merge_id).values(undone=True))


def forget_deleted(conn: Connection) -> int:
    """Drop the merge log of every merge whose kept person is deleted here (not merged on):
    what it kept of both people must not outlive their deletion."""
    result = conn.exec_driver_sql(  # driven from the (small) log, by the people's id index
        "DELETE FROM person_merges WHERE EXISTS (SELECT 1 FROM people AS p "
        "WHERE p.id = person_merges.kept_id AND p.deleted = 1 AND p.merged_into IS NULL)"
    )
    return int(result.rowcount or 0)
