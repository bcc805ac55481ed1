"""Creating, editing, deleting and finding records. Every local edit stamps the fields it
changes with a fresh HLC, this vault's fingerprint and the stamp it replaced, so bundles
can merge field by field later."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from pslapp.core import record_rules
from pslapp.core.collation import NameOrder
from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.core.fields import FIELDS, MERGED_INTO, FieldType, field_names, field_of
from pslapp.core.hlc import wall_ms
from pslapp.core.merge import CLEARED
from pslapp.core.record import Record, empty_values
from pslapp.core.stamps import DELETED, FieldStamps, Stamp
from pslapp.core.validation import validate
from pslapp.services.vault import Vault
from pslapp.storage import authorship, record_listing, state
from pslapp.storage import person_merges as merge_log
from pslapp.storage import records as repo

Progress = Callable[[int, int], None]
BULK_CHUNK = 5_000
# One derivation for local edits and the import's check (core/record_rules.py).
ATTENDANCE_NAMESPACE = record_rules.ATTENDANCE_NAMESPACE
attendance_id = record_rules.attendance_id


def _check_refs(conn: Connection, vault: Vault, kind: Kind, values: Mapping[str, Any]) -> None:
    for spec in FIELDS[kind]:
        target = values.get(spec.name)
        if spec.type is FieldType.REF and target and spec.ref is not None:
            found = repo.load(conn, spec.ref, target, vault.authors)
            if found is None or found.deleted:
                raise ValidationError(spec.name, f"no {spec.ref.value} with id {target}")


def _vouched(conn: Connection, vault: Vault, record: Record, names: Iterable[str]) -> None:
    """Keep in the causal pasts of this vault's new writes only authors whose cards it
    keeps: a receiver accepts no author it is not told who they are. An author left out
    only makes the write seem to have seen less (more is listed for review, never less)."""
    stamps = [(name, record.stamps.get(name)) for name in names]
    named = {a for _, s in stamps if s is not None for a, _ in s.seen}
    if not named:
        return
    known = authorship.with_cards(conn, named)
    for name, stamp in stamps:
        if stamp is not None and not known.issuperset(a for a, _ in stamp.seen):
            seen = tuple(pair for pair in stamp.seen if pair[0] in known)
            record.stamps.set(name, dataclasses.replace(stamp, seen=seen))


def _new_record(
    vault: Vault,
    kind: Kind,
    values: dict[str, Any],
    hlc: int,
    rid: str,
    *,
    created: int | None = None,
) -> Record:
    ms = wall_ms(hlc)
    stamps = FieldStamps(Stamp(hlc, vault.fingerprint))
    return Record(kind, rid, values, ms if created is None else created, ms, stamps=stamps)


def new_record(
    vault: Vault,
    kind: Kind,
    values: Mapping[str, Any],
    record_id: str | None = None,
    *,
    created: int | None = None,
) -> Record:
    """A validated, stamped record not yet written, for callers that write several kinds in
    one transaction of their own (CSV import) through `storage.records.insert_many`. An
    attendance should get its event's creation time (`attendance_created`)."""
    clean = validate(kind, values)
    rid = record_id or str(uuid.uuid4())
    if kind is Kind.ATTENDANCE:
        rid = attendance_id(clean["event_id"], clean["person_id"])
    return _new_record(vault, kind, clean, vault.clock.tick(), rid, created=created)


def attendance_created(conn: Connection, vault: Vault, event_id: str) -> int | None:
    """The creation time of a new attendance: its event's. The attendance's id is derived
    from event and person, so two laptops that check one person in make the same record,
    and each signs its writes with the record's creation time: made alike, both laptops'
    writes can be relayed by a third."""
    event = repo.load(conn, Kind.EVENT, event_id, vault.authors)
    return None if event is None else event.created


def edit_within(
    conn: Connection,
    vault: Vault,
    record: Record,
    changes: Mapping[str, Any],
    *,
    saw: Sequence[Stamp] = (),
    rewrite: Iterable[str] = (),
) -> Record:
    """`edit` inside a transaction the caller holds (`vault.write()`); a tombstone comes
    back with `{DELETED: False}` among the changes. `rewrite`: fields written whether
    changed or not (their content then dates from this edit)."""
    return _apply_edit(conn, vault, record, changes, saw, rewrite=rewrite)


def create_within(
    conn: Connection,
    vault: Vault,
    kind: Kind,
    values: Mapping[str, Any],
    *,
    created: int | None = None,
) -> Record:
    """`create` inside a transaction the caller holds; an attendance's tombstone (its id is
    derived from its event and person) comes back with the values. `created`: the creation
    time, where every laptop that makes this record must give it the same one (its authors
    sign it with their writes)."""
    clean = validate(kind, values)
    rid = attendance_id(clean["event_id"], clean["person_id"]) if kind is Kind.ATTENDANCE else None
    existing = repo.load(conn, kind, rid, vault.authors) if rid else None
    if existing is not None:
        if not existing.deleted:
            raise ValidationError("id", f"this {kind.value} exists already")
        return _apply_edit(conn, vault, existing, {**clean, DELETED: False})
    _check_refs(conn, vault, kind, clean)
    if created is None and kind is Kind.ATTENDANCE:
        created = attendance_created(conn, vault, clean["event_id"])
    rid = rid or str(uuid.uuid4())
    record = _new_record(vault, kind, clean, vault.clock.tick(), rid, created=created)
    repo.insert_many(conn, [record], vault.authors)
    return record


def create(vault: Vault, kind: Kind, values: Mapping[str, Any]) -> Record:
    clean = validate(kind, values)
    rid = str(uuid.uuid4())
    if kind is Kind.ATTENDANCE:
        rid = attendance_id(clean["event_id"], clean["person_id"])
    with vault.write() as conn:
        _check_refs(conn, vault, kind, clean)
        existing = repo.load(conn, kind, rid, vault.authors)
        if existing is not None and not existing.deleted:
            raise ValidationError("id", f"this {kind.value} exists already")
        created = (
            attendance_created(conn, vault, clean["event_id"]) if kind is Kind.ATTENDANCE else None
        )
        record = _new_record(vault, kind, clean, vault.clock.tick(), rid, created=created)
        if existing is not None:  # a deleted attendance comes back: an edit of the tombstone
            return _apply_edit(conn, vault, existing, {**clean, DELETED: False})
        repo.insert_many(conn, [record], vault.authors)
    return record


def create_many(
    vault: Vault,
    kind: Kind,
    rows: Iterable[Mapping[str, Any]],
    *,
    progress: Progress | None = None,
    total: int = 0,
) -> list[str]:
    """Validate and insert many new records in one transaction, in bulk. References are
    not looked up one by one: this is the path for generated and imported data."""
    ids: list[str] = []
    done = 0
    with vault.write() as conn:
        batch: list[Record] = []
        event_created: dict[str, int | None] = {}
        for values in rows:
            clean = validate(kind, values)
            created = None
            if kind is Kind.ATTENDANCE:
                rid = attendance_id(clean["event_id"], clean["person_id"])
                event_id = clean["event_id"]
                if event_id not in event_created:
                    event_created[event_id] = attendance_created(conn, vault, event_id)
                created = event_created[event_id]
            else:
                rid = str(uuid.uuid4())
            batch.append(_new_record(vault, kind, clean, vault.clock.tick(), rid, created=created))
            ids.append(rid)
            if len(batch) >= BULK_CHUNK:
                repo.insert_many(conn, batch, vault.authors)
                done += len(batch)
                batch = []
                if progress:
                    progress(done, total)
        repo.insert_many(conn, batch, vault.authors)
        if progress:
            progress(done + len(batch), total)
    return ids


def get(vault: Vault, kind: Kind, record_id: str, *, include_deleted: bool = False) -> Record:
    with vault.read() as conn:
        record = repo.load(conn, kind, record_id, vault.authors)
    if record is None or (record.deleted and not include_deleted):
        raise NotFound(kind.value, record_id)
    return record


def _apply_edit(
    conn: Connection,
    vault: Vault,
    record: Record,
    changes: Mapping[str, Any],
    saw: Sequence[Stamp] = (),
    *,
    rewrite: Iterable[str] = (),
) -> Record:
    """`saw`: writes the edit has seen besides what it replaces (a settled conflict's)."""
    changes = dict(changes)
    undelete = changes.pop(DELETED, None) is False and record.deleted
    merged = validate(record.kind, {**record.values, **changes})
    again = set(rewrite)
    changed = [
        name for name, value in merged.items() if name in again or value != record.values.get(name)
    ]
    if not changed and not undelete:
        return record
    _check_refs(conn, vault, record.kind, {n: merged[n] for n in changed})
    hlc = vault.clock.tick()
    for name in changed:
        record.stamps.write(name, hlc, vault.fingerprint, also=saw)
    if undelete:
        record.stamps.write_deletion(DELETED, hlc, vault.fingerprint, field_names(record.kind))
        record.deleted = False
    _vouched(conn, vault, record, [*changed, DELETED])
    record.values = merged
    record.updated = wall_ms(hlc)
    repo.save(conn, record, vault.authors)
    return record


def edit(
    vault: Vault,
    kind: Kind,
    record_id: str,
    changes: Mapping[str, Any],
    *,
    saw: Sequence[Stamp] = (),
) -> Record:
    with vault.write() as conn:
        record = repo.load(conn, kind, record_id, vault.authors)
        if record is None or record.deleted:
            raise NotFound(kind.value, record_id)
        return _apply_edit(conn, vault, record, changes, saw)


def confirm(
    vault: Vault, kind: Kind, record_id: str, name: str, *, saw: Sequence[Stamp] = ()
) -> Record:
    """Write `name`'s current value again, as a new edit: it then wins over any older
    write on every replica (rejecting a change that was held for review, or keeping one
    side of a conflict: `saw`, the sides, which it then settles wherever it arrives)."""
    with vault.write() as conn:
        record = repo.load(conn, kind, record_id, vault.authors)
        if record is None or record.deleted:
            raise NotFound(kind.value, record_id)
        hlc = vault.clock.tick()
        record.stamps.write(name, hlc, vault.fingerprint, also=saw)
        _vouched(conn, vault, record, [name])
        record.updated = wall_ms(hlc)
        repo.save(conn, record, vault.authors)
        return record


def save_within(
    conn: Connection, vault: Vault, record: Record, written: Sequence[str], hlc: int
) -> None:
    """Store a record whose fields `written` the caller has stamped at `hlc` itself."""
    _vouched(conn, vault, record, written)
    record.updated = wall_ms(hlc)
    repo.save(conn, record, vault.authors)


def delete(vault: Vault, kind: Kind, record_id: str) -> Record:
    """Tombstone a record: its content is cleared at once, its id and stamps stay so that
    the deletion travels to peers. Returns the record as it was, for undo."""
    with vault.write() as conn:
        record = repo.load(conn, kind, record_id, vault.authors)
        if record is None or record.deleted:
            raise NotFound(kind.value, record_id)
        before = delete_within(conn, vault, record)
        if kind is Kind.PERSON:  # what a merge kept of them goes with them
            merge_log.forget_deleted(conn)
        return before


def delete_within(
    conn: Connection,
    vault: Vault,
    record: Record,
    *,
    merged_into: str | None = None,
    saw: Sequence[Stamp] = (),
) -> Record:
    """`delete` inside a transaction the caller holds. `merged_into`: the record is a person
    merged into that one, and its tombstone says so (services/person_merge.py): the pointer
    is written with the deletion's own HLC, so the deletion neither voids nor lists it.
    `saw`: writes the deletion has seen besides the record's (a settled conflict's)."""
    before = Record(record.kind, record.id, dict(record.values), record.created, record.updated)
    hlc = vault.clock.tick()
    names = field_names(record.kind)
    record.stamps.write_deletion(DELETED, hlc, vault.fingerprint, names, also=saw)
    record.stamps.set(CLEARED, Stamp(hlc, vault.fingerprint))  # survives an undelete
    record.values = empty_values(record.kind)
    written = [DELETED]
    if merged_into is not None:
        record.stamps.write(MERGED_INTO, hlc, vault.fingerprint)
        record.values[MERGED_INTO] = merged_into
        written.append(MERGED_INTO)
    _vouched(conn, vault, record, written)
    record.deleted = True
    record.updated = wall_ms(hlc)
    repo.save(conn, record, vault.authors)
    return before


def restore(
    vault: Vault,
    kind: Kind,
    record_id: str,
    values: Mapping[str, Any],
    *,
    saw: Sequence[Stamp] = (),
) -> Record:
    """Undo a delete: bring the tombstone back with the values it had, as a new edit."""
    with vault.write() as conn:
        record = repo.load(conn, kind, record_id, vault.authors)
        if record is None:
            raise NotFound(kind.value, record_id)
        return _apply_edit(conn, vault, record, {**values, DELETED: False}, saw)


def page(
    vault: Vault,
    kind: Kind,
    *,
    offset: int = 0,
    limit: int = 200,
    query: str | None = None,
    order_by: str | None = None,
    descending: bool = False,
    where: dict[str, Any] | None = None,
    names_in: NameOrder | None = None,
    ranked: bool = False,
) -> list[Record]:
    """One page of live records; ordered by their title with `names_in`, in the order a
    reader expects (core/collation.py), else by code point; `ranked` with a query: the
    best matches first."""
    with vault.read() as conn:
        return repo.page(
            conn,
            kind,
            vault.authors,
            offset=offset,
            limit=limit,
            query=query,
            order_by=order_by,
            descending=descending,
            where=where,
            names_in=names_in,
            ranked=ranked,
        )


def sorts_by_collation(kind: Kind, column: str) -> bool:
    """Whether a list of `kind` ordered by `column` is read through `ordered_pks` (a text
    column other than the title, whose order is stored and paged by `page`)."""
    return repo.collated(kind, column)


def ordered_pks(
    vault: Vault,
    kind: Kind,
    column: str,
    names_in: NameOrder,
    *,
    query: str | None = None,
    where: dict[str, Any] | None = None,
    descending: bool = False,
    shown: Callable[[Any], str] | None = None,
) -> list[int]:
    """The live records of a listing, ordered by a text column in the order a reader
    expects (core/collation.py), by the text `shown` makes of each value if given;
    read their pages with `page_of_pks`."""
    with vault.read() as conn:
        return repo.ordered_pks(
            conn,
            kind,
            column,
            names_in,
            query=query,
            where=where,
            descending=descending,
            shown=shown,
        )


def sorts_by_label(kind: Kind, column: str) -> bool:
    """Whether a list of `kind` ordered by `column` is read through `pks_by_label`: an
    enum column, whose stored codes are not what the reader sees."""
    return field_of(kind, column).type is FieldType.ENUM


def pks_by_label(
    vault: Vault,
    kind: Kind,
    column: str,
    ranks: Mapping[str, int],
    *,
    query: str | None = None,
    where: dict[str, Any] | None = None,
    descending: bool = False,
) -> list[int]:
    """The live records of a listing, ordered by an enum column's codes in the order of
    `ranks` (code -> place of its label in the reader's order; the labels are the GUI's),
    codes without a place after the others; read their pages with `page_of_pks`."""
    with vault.read() as conn:
        return record_listing.pks_by_rank(
            conn, kind, column, ranks, query=query, where=where, descending=descending
        )


def page_of_pks(vault: Vault, kind: Kind, pks: Sequence[int]) -> list[Record]:
    with vault.read() as conn:
        return repo.page_of_pks(conn, kind, pks, vault.authors)


def pks_of(vault: Vault, kind: Kind, record_ids: Iterable[str]) -> dict[str, int]:
    """Each existing record's pk, to find its row in an ordered list of pks."""
    with vault.read() as conn:
        return record_listing.pks_of(conn, kind, record_ids)


def count(
    vault: Vault, kind: Kind, *, query: str | None = None, where: dict[str, Any] | None = None
) -> int:
    with vault.read() as conn:
        return repo.count(conn, kind, query=query, where=where)


def change_mark(vault: Vault) -> int:
    """The vault's change counter: it moves with every write to any record, whether made
    here, by `pslapp-cli` beside the open app, or by an import. Equal marks: nothing changed."""
    with vault.read() as conn:
        return state.get_counter(conn, state.CHANGE_SEQ)


def search(vault: Vault, query: str, limit: int = 50) -> list[tuple[Kind, str, str]]:
    with vault.read() as conn:
        return repo.search(conn, query, limit)


def get_many(vault: Vault, kind: Kind, record_ids: Sequence[str]) -> dict[str, Record]:
    with vault.read() as conn:
        return repo.load_many(conn, kind, record_ids, vault.authors)
