"""A bundle to review before applying it: the dry-run report of `import_bundle`, and the
records it would create, change or delete, by title, with the fields that would change.

Everything here reads; nothing is written. Titles come from the bundle or from the local
record (a deleted record's title is the one this vault still has).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from pslapp.core.bundle_ops import RecordOp
from pslapp.core.enums import Kind
from pslapp.core.fields import TITLE_FIELD
from pslapp.core.merge import MergeOutcome
from pslapp.core.record import Record
from pslapp.services import peers
from pslapp.services.bundles.apply import (
    VerifiedBundle,
    import_verified,
    verify,
)
from pslapp.services.bundles.report import ImportReport
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
    verified: VerifiedBundle | None = None  # the bytes reviewed, which Apply writes
    # Authors of changes it would apply who are not peers (the names their cards claim),
    # relayed by the sender: shown apart, never taken for verified peers.
    strangers: tuple[str, ...] = ()


def _title(kind: Kind, values: dict[str, Any], names: dict[str, str]) -> str:
    if kind is Kind.ATTENDANCE:
        person = names.get(str(values.get("person_id")), "?")
        event = names.get(str(values.get("event_id")), "?")
        return f"{person} @ {event}"
    if kind is Kind.COALITION_MEMBER:
        member = values.get("person_id") or values.get("organisation_id")
        return f"{names.get(str(member), '?')} @ {names.get(str(values.get('coalition_id')), '?')}"
    return str(values.get(TITLE_FIELD[kind]) or "")


def _item(
    op: RecordOp, record: Record | None, outcome: MergeOutcome, names: dict[str, str]
) -> ReviewItem | None:
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


@dataclass
class _Collector:
    """What the dry run did to each record, kept for the first MAX_ITEMS that change."""

    seen: list[tuple[RecordOp, Record | None, MergeOutcome]] = field(default_factory=list)
    more: int = 0
    names: dict[str, str] = field(default_factory=dict)  # author -> the name on their card

    def wants_each(self) -> bool:
        return len(self.seen) < MAX_ITEMS

    def merged(self, op: RecordOp, before: Record | None, outcome: MergeOutcome) -> None:
        if not outcome.changed and not outcome.conflicts:
            return
        if len(self.seen) < MAX_ITEMS:
            self.seen.append((op, before, outcome))
        else:
            self.more += 1

    def created(self, kind: Kind, count: int) -> None:
        self.more += count

    def authors(self, names: Mapping[str, str]) -> None:
        self.names.update(names)


def review_bundle(vault: Vault, path: Path, progress: Progress | None = None) -> BundleReview:
    """Open and verify the bundle once, dry-run its import from those bytes, and list what
    it would do: exactly what `apply_review` then writes."""
    verified = verify(vault, path)
    collector = _Collector()
    report = import_verified(vault, verified, dry_run=True, progress=progress, observe=collector)
    sender = peers.get(vault, report.sender_fingerprint)
    shown = peers.label(vault, sender)
    if report.already_imported:
        return BundleReview(report, sender, [], 0, shown, verified)
    with vault.read() as conn:
        names = _names(conn, vault, [op for op, _, _ in collector.seen])
    items = [
        item
        for op, before, outcome in collector.seen
        if (item := _item(op, before, outcome, names)) is not None
    ]
    strangers = _strangers(vault, collector)
    checked = dataclasses.replace(verified, checked=True)  # the dry run read it all
    return BundleReview(report, sender, items, collector.more, shown, checked, strangers)


def _strangers(vault: Vault, collector: _Collector) -> tuple[str, ...]:
    """The names claimed by the cards of authors of the reviewed changes who are neither
    this vault nor one of its peers."""
    known = {p.fingerprint for p in peers.list_peers(vault)} | {vault.fingerprint}
    authors = {
        stamp.author
        for op, _, _ in collector.seen
        for stamp in (f.stamp for f in op.fields.values())
        if stamp.author not in known
    }
    if not authors:
        return ()
    return tuple(sorted(collector.names.get(fp, "?") for fp in authors))


def apply_review(
    vault: Vault, review: BundleReview, progress: Progress | None = None
) -> ImportReport:
    """Apply the bundle that was reviewed, from the same verified bytes."""
    if review.verified is None:
        raise ValueError("this review holds no bundle to apply")
    return import_verified(vault, review.verified, progress=progress)


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
