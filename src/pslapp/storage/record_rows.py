"""A record as its table row and back: the column order of every kind's table, list fields
as canonical JSON text, booleans as 0 and 1, the stamp map in its stored form, and the
record's proofs kept in step with its registers."""

from __future__ import annotations

import json
import operator
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Row

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, LIST_TYPES, FieldType, field_names
from pslapp.core.record import Record
from pslapp.core.stamps import FieldStamps
from pslapp.storage.proofs import proofs_text
from pslapp.storage.state import Authors
from pslapp.storage.tables import RECORD_TABLES

JSON_FIELDS = {
    kind: frozenset(f.name for f in FIELDS[kind] if f.type in LIST_TYPES) for kind in Kind
}
# List fields whose items are strings (hashable): channels are lists of objects.
STRING_LISTS = {
    kind: frozenset(f.name for f in FIELDS[kind] if f.type in LIST_TYPES - {FieldType.CHANNELS})
    for kind in Kind
}
# Booleans go to the driver as 0 and 1 (what SQLite stores): a Python bool is not an exact
# int, so the driver looks for an adapter for each one, which made binding them a sixth of
# a full import's database time.
BOOL_FIELDS = {
    kind: tuple(f.name for f in FIELDS[kind] if f.type is FieldType.BOOL) for kind in Kind
}
AS_INT = {None: None, False: 0, True: 1}

# One encoder for every row: json.dumps with options builds a new encoder on each call.
_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
# The same encoding of a list, through the C encoder made once (the JSONEncoder above makes
# one per call, which is most of the cost for the short lists rows hold).
_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)
_list_encoder = (
    _C_ENCODER(None, None, json.encoder.encode_basestring, None, ":", ",", True, False, True)
    if _C_ENCODER is not None
    else None
)


def dump_list(value: list[Any] | None) -> str:
    """A list field's stored text: "[]" when empty, else canonical JSON."""
    if not value:
        return "[]"
    if _list_encoder is None:
        return _dump(value)
    return "".join(_list_encoder(value, 0))


def dump_lists(values: Sequence[list[Any] | None]) -> list[str]:
    """`dump_list` of a column of lists of strings, each distinct list encoded once:
    languages, skills, roles and tags repeat across a vault's records."""
    encoded: dict[tuple[Any, ...], str] = {}
    out = []
    for value in values:
        if not value:
            out.append("[]")
            continue
        key = tuple(value)
        text_ = encoded.get(key)
        if text_ is None:
            text_ = encoded[key] = dump_list(value)
        out.append(text_)
    return out


def _insert_sql(kind: Kind) -> tuple[str, tuple[str, ...]]:
    table = RECORD_TABLES[kind]
    names = tuple(c.name for c in table.columns)
    quoted = ", ".join(f'"{n}"' for n in names)
    return f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' * len(names))})", names


def _update_sql(kind: Kind) -> tuple[str, Any]:
    table = RECORD_TABLES[kind]
    names = tuple(c.name for c in table.columns if c.name not in ("pk", "id"))
    assignments = ", ".join(f'"{n}" = ?' for n in names)
    sql = f"UPDATE {table.name} SET {assignments} WHERE id = ?"
    return sql, operator.itemgetter(*names, "id")


# Per kind: the INSERT of a whole row and its column names; the UPDATE by id and the
# getter that puts a row's values in its order; a row's values in the INSERT's order.
INSERT_SQL = {kind: _insert_sql(kind) for kind in Kind}
UPDATE_SQL = {kind: _update_sql(kind) for kind in Kind}
ROW_OF = {kind: operator.itemgetter(*INSERT_SQL[kind][1]) for kind in Kind}

_EMPTY_ROW = {kind: dict.fromkeys(field_names(kind)) for kind in Kind}
_JSON_LIST = {kind: tuple(names) for kind, names in JSON_FIELDS.items()}


def _stamps_text(stamps: FieldStamps, ids: Mapping[str, int]) -> str:
    default = stamps.default
    if not stamps.fields and default is not None and not default.seen:  # most records
        return f'{{"*":[{default.hlc},{ids[default.author]},{default.base}]}}'
    return _dump(stamps.to_json(ids))


def row_of(
    conn: Connection, record: Record, authors: Authors, before: Record | None = None
) -> dict[str, Any]:
    """Every column of a record's row but pk and change_seq, JSON lists encoded; its proofs
    kept in step with its registers (`before`: the stored row, for an update)."""
    stamps = record.stamps
    ids = authors.by_fingerprint
    for stamp in (stamps.default, *(stamps.fields or {}).values()):
        if stamp is None:
            continue
        if stamp.author not in ids:
            authors.id_of(conn, stamp.author)
        for author, _ in stamp.seen:
            if author not in ids:
                authors.id_of(conn, author)
    kind = record.kind
    row = {**_EMPTY_ROW[kind], **record.values}
    for name in _JSON_LIST[kind]:
        row[name] = dump_list(row[name])
    for name in BOOL_FIELDS[kind]:
        row[name] = AS_INT[row[name]]
    row["id"] = record.id
    row["created"] = record.created
    row["updated"] = record.updated
    row["deleted"] = int(record.deleted)
    row["stamps"] = _stamps_text(stamps, ids)
    row["max_hlc"] = stamps.max_hlc()
    own = authors.own
    row["proofs"] = proofs_text(
        conn,
        record,
        by_id=authors.by_id,
        own_number=ids.get(own.fingerprint) if own.fingerprint else None,
        own=own,
        before=before,
    )
    return row


def _decode_plan(kind: Kind) -> tuple[tuple[str, int, bool], ...]:
    position = {c.name: i for i, c in enumerate(RECORD_TABLES[kind].columns)}
    json_fields = JSON_FIELDS[kind]
    return tuple((name, position[name], name in json_fields) for name in field_names(kind))


_DECODE_PLAN = {kind: _decode_plan(kind) for kind in Kind}
_loads = json.loads


def decode(kind: Kind, row: Row[Any], authors: Authors) -> Record:
    """A record from a row of `select(table)` (columns in the table's order)."""
    values = {}
    for name, at, is_json in _DECODE_PLAN[kind]:
        raw = row[at]
        if is_json:
            raw = [] if raw == "[]" else _loads(raw)
        values[name] = raw
    return Record(
        kind=kind,
        id=row.id,
        values=values,
        created=row.created,
        updated=row.updated,
        deleted=bool(row.deleted),
        stamps=FieldStamps.from_json(_loads(row.stamps), authors.by_id),
        proofs=_loads(row.proofs) if row.proofs else None,
    )
