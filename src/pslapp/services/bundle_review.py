"""A bundle to review before applying it: the dry-run report of `import_bundle`, and the
records it would create, change or delete, by title, with the fields that would change.

Everything here reads; nothing is written. Titles come from the bundle or from the local
record (a deleted record's title is the one this vault still has).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from pslapp.core.bundle_ops import RecordOp
from pslapp.core.enums import Kind
from pslapp.core.fields import TITLE_FIELD
from pslapp.core.merge import RecordState, merge_record
from pslapp.core.record import Record, empty_values
from pslapp.services import peers
from pslapp.services.bundle_import import ImportReport, import_bundle
from pslapp.services.bundle_open import open_bundle
from pslapp.services.vault import Vault
from pslapp.storage import records as repo

Progress = Callable[[int, int], None]
MAX_ITEMS = 2000  # a longer list is not reviewed line by line; the counts still say it all


@dataclass(frozen=True)
class ReviewItem:
    kind: Kind
    record_id: str
    title: str
    change: str  # "created", "changed", "deleted", or "conflict" (this vault's value stays)
    fields: tuple[str, ...]  # what would change (for "changed")
    conflicts: tuple[str, ...]  # fields edited here and there without seeing each other


@dataclass(frozen=True)
class BundleReview:
    report: ImportReport
    sender: peers.Peer
    items: list[ReviewItem]
    more: int  # items left out of the list beyond MAX_ITEMS
    sender_label: str = ""  # the sender's name as the peers list shows it (`peers.labels`)


def _title(kind: Kind, values: dict[str, Any], names: dict[str, str]) -> str:
    if kind is Kind.ATTENDANCE:
        person = names.get(str(values.get("person_id")), "?")
        event = names.get(str(values.get("event_id")), "?")
        return f"{person} @ {event}"
    if kind is Kind.COALITION_MEMBER:
        member = values.get("person_id") or values.get("organisation_id")
        return f"{names.get(str(member), '?')} @ {names.get(str(values.get('coalition_id')), '?')}"
    return str(values.get(TITLE_FIELD[kind]) or "")


def _classify(record: Record | None, op: RecordOp, names: dict[str, str]) -> ReviewItem | None:
    state = None if record is None else RecordState(record.values, record.stamps, record.deleted)
    outcome = merge_record(state, op.fields, empty_values(op.kind))
    conflicts = tuple(c.field for c in outcome.conflicts)
    if not outcome.changed and not conflicts:
        return None
    values, change = outcome.state.values, "changed" if outcome.changed else "conflict"
    fields: tuple[str, ...] = ()
    if outcome.created:
        change = "created"
    elif outcome.became_deleted and record is not None:
        values, change = record.values, "deleted"
    else:
        before = record.values if record is not None else {}
        fields = tuple(k for k, v in values.items() if before.get(k) != v)
    return ReviewItem(op.kind, op.id, _title(op.kind, values, names), change, fields, conflicts)


def review_bundle(vault: Vault, path: Path, progress: Progress | None = None) -> BundleReview:
    """Open and verify the bundle, dry-run its import, and list what it would do."""
    report = import_bundle(vault, path, dry_run=True, progress=progress)
    sender = peers.get(vault, report.sender_fingerprint)
    shown = peers.label(vault, sender)
    if report.already_imported:
        return BundleReview(report, sender, [], 0, shown)
    opened = open_bundle(vault, path)
    items: list[ReviewItem] = []
    more = 0
    with vault.read() as conn:
        revoked = peers.revocations(conn)
        names = _names(conn, vault, opened.ops)
        by_kind: dict[Kind, list[RecordOp]] = {}
        for op in opened.ops:
            by_kind.setdefault(op.kind, []).append(_without_revoked(op, revoked))
        for kind, ops in by_kind.items():
            local = repo.load_many(conn, kind, [op.id for op in ops], vault.authors)
            for op in ops:
                item = _classify(local.get(op.id), op, names) if op.fields else None
                if item is None:
                    continue
                if len(items) < MAX_ITEMS:
                    items.append(item)
                else:
                    more += 1
    return BundleReview(report, sender, items, more, shown)


def _without_revoked(op: RecordOp, revoked: dict[str, int]) -> RecordOp:
    if not revoked:
        return op
    kept = {
        name: f
        for name, f in op.fields.items()
        if f.stamp.author not in revoked or f.stamp.hlc <= revoked[f.stamp.author]
    }
    return RecordOp(op.kind, op.id, op.created, kept)


def _names(conn: Connection, vault: Vault, ops: list[RecordOp]) -> dict[str, str]:
    """Titles of the people, events, organisations and coalitions that links point at."""
    names: dict[str, str] = {}
    wanted: dict[Kind, set[str]] = {}
    refs = {
        "person_id": Kind.PERSON,
        "event_id": Kind.EVENT,
        "organisation_id": Kind.ORGANISATION,
        "coalition_id": Kind.COALITION,
    }
    for op in ops:
        title = op.fields.get(TITLE_FIELD[op.kind])
        if title is not None and title.value:
            names[op.id] = str(title.value)
        for ref, kind in refs.items():
            target = op.fields.get(ref)
            if target is not None and target.value:
                wanted.setdefault(kind, set()).add(str(target.value))
    for kind, ids in wanted.items():
        missing = [i for i in ids if i not in names]
        for rid, record in repo.load_many(conn, kind, missing, vault.authors).items():
            names[rid] = record.title
    return names
