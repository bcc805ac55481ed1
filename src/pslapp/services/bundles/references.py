"""What an import must leave: every record it touches valid as a local edit would make it
(`core/record_rules.py`), and every attendance, link and coalition membership pointing at a
record that exists afterwards, in the vault or in the bundle (a tombstone counts: a peer may
check someone in whom another peer deleted meanwhile). Else the bundle is refused as
malformed content, naming the record kind, id and field; the importer's transaction rolls
back, so the vault is exactly as before.

The importer hands over each chunk's records as it merges them (`plain`, `merged`) and
calls `finish` once before it commits. Records new here and written in one go (most of a
large bundle) are checked a column at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from pslapp.core import record_rules
from pslapp.core.bundle_ops import Block
from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected, ValidationError
from pslapp.core.fields import FIELDS, FieldType
from pslapp.core.merge import RecordState
from pslapp.services.bundles.container import malformed
from pslapp.storage import records as repo

# kind -> (field, the kind it points at) for every reference that must resolve (a merged
# person's pointer need not: it may name someone this vault is not sent)
REFERENCES: dict[Kind, tuple[tuple[str, Kind], ...]] = {
    kind: tuple(
        (f.name, f.ref)
        for f in specs
        if f.type is FieldType.REF and f.ref is not None and not f.weak
    )
    for kind, specs in FIELDS.items()
}


def _refused(kind: Kind, record_id: str, exc: ValidationError) -> BundleRejected:
    return malformed(f"{kind.value} {record_id} {exc.field}: {exc.message}")


@dataclass
class ImportGuard:
    """Collects what a bundle's records point at while they are merged."""

    # The ids of the bundle's records read so far, by kind (OpStream.ids, shared: a record
    # exists after the import, live or as a tombstone)
    present: dict[Kind, set[str]] = field(default_factory=dict)
    # (kind pointed at, id) -> the first (kind, record id, field) pointing there, for the
    # targets not among the bundle's records read so far (`present` only grows, so a
    # reference found there stays resolved): an attendance list of 150 000 pointing at
    # people sent before it keeps nothing here, instead of an entry per person.
    wanted: dict[tuple[Kind, str], tuple[Kind, str, str]] = field(default_factory=dict)

    def plain(self, block: Block, plain: Sequence[int]) -> None:
        """Records of `block` new here and live, stored as they came: a column at a time."""
        kind, columns = block.kind, block.columns
        rows = sorted(plain)
        if len(rows) == len(block):
            picked: Mapping[str, Sequence[Any]] = columns
            created: Sequence[int] = block.created
            ids: Sequence[str] = block.ids
        else:
            picked = {name: [column[i] for i in rows] for name, column in columns.items()}
            created = [block.created[i] for i in rows]
            ids = [block.ids[i] for i in rows]
        bad = record_rules.first_bad_column(kind, len(ids), created, picked)
        if bad is not None:
            raise _refused(kind, ids[bad[0]], bad[1])
        if kind is Kind.ATTENDANCE:  # its required event and person are there (above)
            derived = record_rules.attendance_ids(picked["event_id"], picked["person_id"])
            if derived != list(ids):
                i = next(i for i, (a, b) in enumerate(zip(derived, ids, strict=True)) if a != b)
                self._check(kind, ids[i], created[i], {n: c[i] for n, c in picked.items()})
        elif kind in record_rules.CROSS_FIELD:
            names = list(picked)
            for i, record_id in enumerate(ids):
                values = {name: picked[name][i] for name in names}
                self._check(kind, record_id, created[i], values)
        for name, target in REFERENCES[kind]:
            column = picked.get(name)
            if column is not None:
                there = self.present.get(target, ())
                for record_id, value in zip(ids, column, strict=True):
                    if value is not None and value not in there:
                        self.wanted.setdefault((target, value), (kind, record_id, name))

    def merged(self, kind: Kind, record_id: str, created: int, state: RecordState) -> None:
        """A record as merging leaves it."""
        if state.deleted:
            return
        self._check(kind, record_id, created, state.values)
        for name, target in REFERENCES[kind]:
            value = state.values.get(name)
            if value is not None and value not in self.present.get(target, ()):
                self.wanted.setdefault((target, value), (kind, record_id, name))

    def _check(self, kind: Kind, record_id: str, created: int, values: Mapping[str, Any]) -> None:
        try:
            record_rules.check_incoming(kind, record_id, created, values)
        except ValidationError as exc:
            raise _refused(kind, record_id, exc) from None

    def finish(self, conn: Connection) -> None:
        """Every reference resolved: to a record of the bundle, or one this vault holds."""
        missing: dict[Kind, list[str]] = {}
        for target, target_id in self.wanted:
            if target_id not in self.present.get(target, ()):
                missing.setdefault(target, []).append(target_id)
        for target, ids in missing.items():
            held = repo.pks_of(conn, target, ids)
            for target_id in ids:
                if target_id not in held:
                    kind, record_id, name = self.wanted[(target, target_id)]
                    raise malformed(
                        f"{kind.value} {record_id} {name}: no {target.value} with id "
                        f"{target_id} here or in the bundle"
                    )
