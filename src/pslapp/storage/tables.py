"""The database schema. Record tables are generated from the field lists in `core.fields`,
so a field is declared once; sync columns are the same on every record table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    DDL,
    Boolean,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    event,
)
from sqlalchemy.types import TypeEngine

from pslapp.core.enums import Kind
from pslapp.core.fields import FIELDS, LIST_TYPES, Field, FieldType

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "pk": "pk_%(table_name)s",
    }
)

TABLE_NAMES: dict[Kind, str] = {
    Kind.PERSON: "people",
    Kind.ORGANISATION: "organisations",
    Kind.COALITION: "coalitions",
    Kind.COALITION_MEMBER: "coalition_members",
    Kind.CHAPTER: "chapters",
    Kind.EVENT: "events",
    Kind.ATTENDANCE: "attendance",
    Kind.LINK: "links",
    Kind.TAG: "tags",
}


def _column_type(spec: Field) -> TypeEngine[Any]:
    if spec.type is FieldType.BOOL:
        return Boolean()
    if spec.type in LIST_TYPES or spec.type is FieldType.LONG_TEXT:
        # Lists are stored as JSON text: each list is one last-writer-wins register.
        return Text()
    return String(spec.max_len if spec.type is FieldType.TEXT else 64)


def _record_table(kind: Kind) -> Table:
    name = TABLE_NAMES[kind]
    columns: list[Column[Any]] = [
        # `pk` is the rowid: compact, ordered, and the key of the full-text index.
        Column("pk", Integer, primary_key=True),
        Column("id", String(36), nullable=False, unique=True),
        Column("created", Integer, nullable=False),  # wall-clock ms, UTC
        Column("updated", Integer, nullable=False),
        Column("deleted", Boolean, nullable=False, server_default="0"),
        Column("stamps", Text, nullable=False),  # core.stamps.FieldStamps as JSON
        Column("max_hlc", Integer, nullable=False, index=True),
        Column("change_seq", Integer, nullable=False, index=True),
    ]
    for spec in FIELDS[kind]:
        columns.append(Column(spec.name, _column_type(spec), index=spec.indexed))
    columns.append(Column("proofs", Text, nullable=True))  # JSON: core.record.Record.proofs
    return Table(name, metadata, *columns)


RECORD_TABLES: dict[Kind, Table] = {kind: _record_table(kind) for kind in Kind}
_attendance = RECORD_TABLES[Kind.ATTENDANCE]
Index("ix_attendance_event_person", _attendance.c.event_id, _attendance.c.person_id)

vault_state = Table(
    "vault_state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Integer, nullable=False),
)

authors = Table(
    "authors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("fingerprint", String(80), nullable=False, unique=True),
    # An author who is not a peer: their public card, and the peer whose bundle brought
    # them first. Only authors of something this vault keeps are ever stored.
    Column("card", Text, nullable=True),
    Column("introduced_by", String(80), nullable=True),
)

# Signed change sets (crypto/changeset.py): this vault's own, and every one that proves a
# write it keeps, so that it can relay the write as its author signed it.
change_sets = Table(
    "change_sets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("author", String(80), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("digest", String(64), nullable=False, unique=True),
    Column("statement", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("received", Integer, nullable=False),  # wall-clock ms
)
Index("ix_change_sets_author_seq", change_sets.c.author, change_sets.c.seq)

identity = Table(
    "identity",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("signing_key", LargeBinary, nullable=False),  # Ed25519 private, 32 bytes
    Column("kem_seed", LargeBinary, nullable=False),  # age mlkem768x25519 identity seed
    Column("x25519_key", LargeBinary, nullable=True),  # optional classic age identity
    Column("created", Integer, nullable=False),
)

peers = Table(
    "peers",
    metadata,
    Column("fingerprint", String(80), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("card", Text, nullable=False),
    Column("signing_key", LargeBinary, nullable=False),
    Column("kem_recipient", Text, nullable=False),
    Column("x25519_recipient", Text, nullable=True),
    Column("verified", Boolean, nullable=False, server_default="0"),
    Column("revoked_at", Integer, nullable=True),  # HLC from the wall clock, for display
    Column("added", Integer, nullable=False),
    Column("last_sent_seq", Integer, nullable=False, server_default="0"),
    Column("last_received_seq", Integer, nullable=False, server_default="0"),
    # The revocation's position in the peer's chain: their change sets numbered above it
    # are refused, whoever relays them (crypto/changeset.py).
    Column("revoked_after", Integer, nullable=True),
)

# Keyed by sender and id: a bundle id is only unique per sender. (One peer reusing another's
# id cannot make that peer's real bundle look "already imported".)
seen_bundles = Table(
    "seen_bundles",
    metadata,
    Column("sender", String(80), primary_key=True),
    Column("bundle_id", String(32), primary_key=True),
    Column("sequence", Integer, nullable=False),
    Column("direction", String(8), nullable=False),  # "in" or "out"
    Column("at", Integer, nullable=False),
    Column("summary", Text, nullable=False),  # JSON counts, never names
)

# The mailbox (services/mailbox/): a shared folder that bundles go through by themselves.
# Its settings (the folder), what each peer may do there, and the files this vault wrote
# or applied there. Bad files in the folder leave no row: they change nothing here.
mailbox_settings = Table(
    "mailbox_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

mailbox_peers = Table(
    "mailbox_peers",
    metadata,
    Column("fingerprint", String(80), primary_key=True),
    # their bundles are applied without a review
    Column("auto_apply", Boolean, nullable=False, server_default="0"),
    # the highest of our per-recipient numbers they said they received (their `received`)
    Column("acknowledged", Integer, nullable=False, server_default="0"),
)

mailbox_files = Table(
    "mailbox_files",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("role", String(8), nullable=False),  # "own", "applied" or "review"
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("sender", String(80), nullable=True),  # applied, review: the peer who sent it
    Column("bundle_id", String(32), nullable=True),
    Column("recipients", Text, nullable=True),  # own: JSON {fingerprint: their number}
    Column("records", Boolean, nullable=False, server_default="0"),  # own: carries changes
    Column("at", Integer, nullable=False),  # wall-clock ms
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("record_id", String(36), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    Column("kept_value", Text, nullable=True),  # JSON
    Column("kept_hlc", Integer, nullable=False),
    Column("kept_author", String(80), nullable=False),
    Column("lost_value", Text, nullable=True),  # JSON
    Column("lost_hlc", Integer, nullable=False),
    Column("lost_author", String(80), nullable=False),
    Column("created", Integer, nullable=False),
    Column("resolved", Boolean, nullable=False, server_default="0"),
    # JSON {"past", "change", "disclosure"}: the lost write's causal past, its change set
    # (change_sets.id) and what proves the lost register, to send it on. Null: not sendable.
    Column("lost_proof", Text, nullable=True),
)

# What each merge of two people replaced, so that the user who made it can undo it
# (services/person_merge.py). Local: it never travels; the merge itself travels as edits.
person_merges = Table(
    "person_merges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kept_id", String(36), nullable=False),
    Column("other_id", String(36), nullable=False, index=True),
    Column("before", Text, nullable=False),  # JSON: the values and moves the merge replaced
    Column("at", Integer, nullable=False),  # wall-clock ms
    Column("undone", Boolean, nullable=False, server_default="0"),
)

# The order of record titles as a reader expects them (core/collation.py): one sort key
# per order, kept beside the search entry; lists ordered by title page along an index.
name_order = Table(
    "name_order",
    metadata,
    Column("kind", Integer, primary_key=True),  # KIND_NUMBER
    Column("pk", Integer, primary_key=True),
    Column("latin", LargeBinary, nullable=False),
    Column("cyrillic", LargeBinary, nullable=False),
    Index("ix_name_order_kind_latin", "kind", "latin", "pk"),
    Index("ix_name_order_kind_cyrillic", "kind", "cyrillic", "pk"),
)

# Full-text search over every record kind. rowid = pk * KIND_SLOTS + kind number, so the
# index needs no side table and a record's entry is found by rowid. Its columns are
# core/search.py's COLUMNS: the values, the names' other spellings, their skeletons.
KIND_SLOTS = 16
KIND_NUMBER: dict[Kind, int] = {kind: n for n, kind in enumerate(Kind)}
FTS_TABLE = "search_fts"
FTS_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "body, spellings, sounds, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
event.listen(metadata, "after_create", DDL(FTS_DDL))  # type: ignore[no-untyped-call]
