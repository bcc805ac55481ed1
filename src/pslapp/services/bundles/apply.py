"""Importing a bundle: open and verify it completely (`unseal`), then merge every op
into the vault in ONE transaction, and record the bundle as seen. A dry run does the same
checks and merges in memory, and reports without writing.

Ops written by a revoked peer after their revocation are dropped, whoever relays them.
"""

from __future__ import annotations

import json
import logging
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Connection

from pslapp.core.bundle_ops import Block, RecordOp, fewer_collections
from pslapp.core.enums import Kind
from pslapp.core.fields import field_names
from pslapp.core.hlc import system_ms, wall_ms
from pslapp.core.merge import Conflict, MergeOutcome, RecordState, merge_record
from pslapp.core.record import Record, empty_values
from pslapp.core.sensitivity_hold import hold_lowered_sensitivity
from pslapp.core.stamps import DEFAULT_KEY
from pslapp.crypto.identity import format_fingerprint
from pslapp.services import peers, person_merge
from pslapp.services.bundles.container import InnerBundle, Manifest, canonical_json
from pslapp.services.bundles.kept_proofs import ProofKeeper
from pslapp.services.bundles.open_conflicts import OpenConflicts
from pslapp.services.bundles.provenance import CheckedRecord, check_record
from pslapp.services.bundles.references import ImportGuard
from pslapp.services.bundles.report import ImportReport, sequence_warning
from pslapp.services.bundles.unseal import OpStream, verify_bundle
from pslapp.services.vault import Vault
from pslapp.storage import conflicts as conflicts_store
from pslapp.storage import exchanges
from pslapp.storage import records as repo

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
_EMPTY = {kind: empty_values(kind) for kind in Kind}


def _merge_kind(
    conn: Connection, vault: Vault, kind: Kind, checked: list[CheckedRecord]
) -> Iterable[tuple[CheckedRecord, Record | None, MergeOutcome]]:
    local = repo.load_many(conn, kind, [c.op.id for c in checked], vault.authors)
    empty = _EMPTY[kind]
    for one in checked:
        record = local.get(one.op.id)
        state = None
        if record is not None:
            state = RecordState(record.values, record.stamps, record.deleted)
        yield one, record, merge_record(state, one.op.fields, empty)


def _conflict_row(kind: Kind, record_id: str, c: Conflict, now: int) -> dict[str, Any]:
    return {
        "kind": kind.value,
        "record_id": record_id,
        "field": c.field,
        "kept_value": json.dumps(c.kept_value, ensure_ascii=False),
        "kept_hlc": c.kept.hlc,
        "kept_author": c.kept.author,
        "lost_value": json.dumps(c.lost_value, ensure_ascii=False),
        "lost_hlc": c.lost.hlc,
        "lost_author": c.lost.author,
        "created": now,
    }


class MergeObserver(Protocol):
    """Sees what a dry run does to each record (the review of a bundle is made of it)."""

    def wants_each(self) -> bool:
        """Whether records new here and written in one go should be shown one by one
        (else only counted, with `created`)."""
        ...

    def merged(self, op: RecordOp, before: Record | None, outcome: MergeOutcome) -> None: ...

    def created(self, kind: Kind, count: int) -> None: ...

    def authors(self, names: Mapping[str, str]) -> None:
        """At the end: the name each author card of the bundle claims, by fingerprint."""
        ...


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle decrypted and checked once (signature, sender, recipients, payload hash),
    held in memory: what is reviewed is what is applied, never a fresh read of the file."""

    inner: InnerBundle
    sender: peers.Peer
    # Set by a review whose dry run read the whole payload without a refusal: applying
    # these same bytes reads their values without checking them against their fields a
    # second time (what depends on the vault, such as revocations, record rules on what
    # merging makes and references, is checked again as for any import).
    checked: bool = False


def verify(vault: Vault, path: Path) -> VerifiedBundle:
    inner, sender = verify_bundle(vault, path)
    return VerifiedBundle(inner, sender)


@dataclass
class _Context:
    write: bool
    now: int
    keeper: ProofKeeper  # which change sets are refused; what is kept of each proof
    unheld: set[Kind]  # kinds this vault held no record of when the import began
    open: OpenConflicts  # this vault's open conflicts, weighed with what arrives
    guard: ImportGuard = field(default_factory=ImportGuard)  # record rules, references
    observe: MergeObserver | None = None
    # people held here as sensitive or restricted whom this bundle merges away: their
    # level, so that nothing of theirs moves onto a less protected record unreviewed
    protected_merged: dict[str, str] = field(default_factory=dict)


def _apply(
    conn: Connection,
    vault: Vault,
    blocks: list[Block],
    report: ImportReport,
    context: _Context,
) -> None:
    """Merge one chunk of blocks (and write it, unless a dry run). Records new here and
    written in one go go straight to the database as columns; the rest are merged one by
    one."""
    merged: list[CheckedRecord] = []
    lost: list[CheckedRecord] = []
    refused = context.keeper.refused(conn)
    provenance = context.keeper.provenance
    for block in blocks:
        if context.write:  # numbered in the block's order, whichever path a record takes
            for fingerprint in block.authors.values():
                vault.authors.id_of(conn, fingerprint)
        if block.lost:  # another replica's conflict: weighed here only against what is held
            checked = check_record(block, 0, provenance, refused)
            report.refused_ops += checked.refused
            if checked.op.fields:
                lost.append(checked)
            continue
        plain = _plain_records(conn, block, context, refused)
        if plain:
            context.guard.plain(block, sorted(plain))  # issue 11: rules, a column at a time
            _insert_plain(conn, vault, block, plain, report=report, context=context)
        for i in range(len(block)):
            if i not in plain:
                checked = check_record(block, i, provenance, refused)
                report.refused_ops += checked.refused
                if checked.op.fields:
                    merged.append(checked)
    _merge(conn, vault, merged, report, context)
    if lost:
        _merge(conn, vault, lost, report, context, held_only=True)


def _plain_records(
    conn: Connection, block: Block, context: _Context, refused: set[int]
) -> set[int]:
    """The records of `block` that are new here, live and written in one go by the
    sender, whose change set is not refused: inserted as they came."""
    sender = context.keeper.provenance.sender
    authors = block.authors
    if block.proofs is None:  # coded: one author, one write each
        assert block.changes is not None
        ok = set(authors.values()) == {sender} and refused.isdisjoint(block.changes)
        plain = set(block.plain) if ok else set()
    else:
        plain = {
            i
            for i in block.plain
            if authors[block.proofs[i][0][0]] == sender and block.proofs[i][0][2] not in refused
        }
    if plain and block.kind not in context.unheld:
        held = repo.pks_of(conn, block.kind, block.ids)
        plain = {i for i in plain if block.ids[i] not in held}
    return plain


def _insert_plain(
    conn: Connection,
    vault: Vault,
    block: Block,
    plain: set[int],
    *,
    report: ImportReport,
    context: _Context,
) -> None:
    """What merging would make of records new here with one stamp each: the values as they
    came, that stamp as the default, a zero stamp for each field not sent."""
    report.add(block.kind, "created", len(plain))
    if not context.write:
        _observe_plain(block, plain, context.observe)
        return
    pick: Callable[[list[Any]], list[Any]]
    if len(plain) == len(block):
        pick = list
    else:
        getter = operator.itemgetter(*sorted(plain))
        pick = (lambda c: [getter(c)]) if len(plain) == 1 else (lambda c: list(getter(c)))
    unsent = sorted(set(field_names(block.kind)) - block.columns.keys())
    stamp_texts: list[str] = []
    max_hlc: list[int] = []
    local: dict[int, tuple[int, str]] = {}  # block author number -> local number, unsent part
    for packed in pick(block.stamps):
        hlc, number, base = packed[DEFAULT_KEY]
        known = local.get(number)
        if known is None:
            author = vault.authors.id_of(conn, block.authors[number])
            known = local[number] = (author, "".join(f',"{n}":[0,{author},0]' for n in unsent))
        if type(base) is list:  # a causal past: its authors as local numbers too
            base = _local_past(conn, vault, block, base)
        stamp_texts.append(f'{{"*":[{hlc},{known[0]},{base}]{known[1]}}}')
        max_hlc.append(hlc)
    rows = repo.NewRows(
        ids=pick(block.ids),
        created=pick(block.created),
        updated=[wall_ms(h) for h in max_hlc],
        stamps=stamp_texts,
        max_hlc=max_hlc,
        values={name: pick(column) for name, column in block.columns.items()},
        proofs=context.keeper.plain_texts(conn, block, sorted(plain)),
    )
    repo.insert_columns(conn, block.kind, rows)


def _local_past(conn: Connection, vault: Vault, block: Block, past: list[list[int]]) -> str:
    pairs = sorted([vault.authors.id_of(conn, block.authors[n]), h] for n, h in past)
    return ",".join(map(str, pairs)).join("[]").replace(" ", "")


def _merge(
    conn: Connection,
    vault: Vault,
    checked: list[CheckedRecord],
    report: ImportReport,
    context: _Context,
    *,
    held_only: bool = False,
) -> None:
    """Merge records one at a time, against what this vault holds (`held_only`: lost
    writes of other replicas, which touch no record this vault does not hold and are
    counted only when they change one)."""
    write, now = context.write, context.now
    by_kind: dict[Kind, list[CheckedRecord]] = {}
    for one in checked:
        by_kind.setdefault(one.op.kind, []).append(one)
    conflict_rows: list[dict[str, Any]] = []
    for kind, kind_checked in by_kind.items():
        known: set[tuple[str, str, int, str]] | None = None
        new_records: list[Record] = []
        changed_records: list[Record] = []
        kind_ops = [c.op for c in kind_checked]
        context.open.load(conn, [op.id for op in kind_ops])
        for one, record, merged in _merge_kind(conn, vault, kind, kind_checked):
            op = one.op
            if held_only and record is None:
                continue  # a lost write of a record not held here: nothing to weigh it with
            merged.conflicts = context.open.weigh(op.id, op.fields, merged.conflicts)
            if held_only and not merged.changed and not merged.conflicts:
                continue
            # issue 11: a lowered sensitivity is held for review; the result must be valid
            local = (
                None
                if record is None
                else RecordState(record.values, record.stamps, record.deleted)
            )
            outcome = hold_lowered_sensitivity(kind, local, merged)
            if kind is Kind.PERSON and record is not None and not record.deleted:
                person_merge.note_protected(context.protected_merged, record, outcome.state)
            context.guard.merged(kind, op.id, op.created, outcome.state)
            if context.observe is not None:
                context.observe.merged(op, record, outcome)
            _count(report, kind, outcome)
            for c in outcome.conflicts:
                if known is None:  # looked up only when there is a conflict
                    known = conflicts_store.listed(conn, [op.id for op in kind_ops])
                key = (op.id, c.field, c.lost.hlc, c.lost.author)
                if key in known:
                    continue
                known.add(key)
                report.conflicts.append({"kind": kind.value, "record_id": op.id, "field": c.field})
                row = _conflict_row(kind, op.id, c, now)
                if write:  # the loss travels on, proved as its author signed it
                    row["lost_proof"] = context.keeper.lost_proof(conn, kind, one, record, c)
                conflict_rows.append(row)
            if not write or not outcome.changed:
                continue
            state = outcome.state
            updated = wall_ms(state.stamps.max_hlc())
            came = context.keeper.entries(conn, kind, one, state)
            if record is None:
                new_records.append(
                    Record(
                        kind,
                        op.id,
                        state.values,
                        op.created,
                        updated,
                        state.deleted,
                        state.stamps,
                        came or None,
                    )
                )
            else:
                record.values, record.stamps = state.values, state.stamps
                record.deleted = state.deleted
                record.updated = max(record.updated, updated)
                record.proofs = came + (record.proofs or [])  # what came first: it proves more
                if all(r is not record for r in changed_records):
                    # two lost writes of one record (two fields in conflict) merge into the
                    # same loaded record: it is saved once, with both
                    changed_records.append(record)
        if write:
            repo.insert_many(conn, new_records, vault.authors)
            repo.save_many(conn, changed_records, vault.authors)
    if write:
        conflicts_store.add(conn, conflict_rows)
    if write:
        context.open.write(conn)


def _count(report: ImportReport, kind: Kind, outcome: MergeOutcome) -> None:
    if not outcome.changed:
        report.count(kind, "unchanged")
    elif outcome.created:
        report.count(kind, "created")
    elif outcome.became_deleted:
        report.count(kind, "deleted")
    else:
        report.count(kind, "changed")


def import_bundle(
    vault: Vault, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    return import_verified(vault, verify(vault, path), dry_run=dry_run, progress=progress)


def import_verified(
    vault: Vault,
    verified: VerifiedBundle,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    observe: MergeObserver | None = None,
) -> ImportReport:
    """Import (or dry-run) a bundle verified by `verify`, from the bytes it checked."""
    with fewer_collections():
        return _import_verified(
            vault, verified, dry_run=dry_run, progress=progress, observe=observe
        )


def _observe_plain(block: Block, plain: set[int], observe: MergeObserver | None) -> None:
    if observe is None:
        return
    if not observe.wants_each():
        observe.created(block.kind, len(plain))
        return
    empty = _EMPTY[block.kind]
    for i in sorted(plain):
        op = block.record_op(i)
        observe.merged(op, None, merge_record(None, op.fields, empty))


def _import_verified(
    vault: Vault,
    verified: VerifiedBundle,
    *,
    dry_run: bool,
    progress: Progress | None,
    observe: MergeObserver | None,
) -> ImportReport:
    inner, sender = verified.inner, verified.sender
    manifest = inner.manifest
    report = ImportReport(
        bundle_id=manifest.bundle_id,
        sender_name=sender.name,
        sender_fingerprint=sender.fingerprint,
        sequence=manifest.recipient_sequences[vault.fingerprint],
        dry_run=dry_run,
    )
    with vault.read() as conn:
        seen = exchanges.seen(conn, manifest.sender.fingerprint, manifest.bundle_id)
    if seen:  # authentic and seen before: no need to look inside again
        report.already_imported = True
        return report
    warning = sequence_warning(manifest, sender, vault.fingerprint)
    if warning:
        report.warnings.append(warning)
    # Decoded, validated, merged and written a chunk at a time, in one transaction: any
    # rejection (which the stream raises only once it has read the whole payload, in the
    # order of the checks) rolls back what earlier chunks wrote. See OpStream.
    stream = OpStream(vault, inner, progress, checked=verified.checked)
    keeper = ProofKeeper(vault, stream.provenance, write=not dry_run)
    if dry_run:
        with vault.read() as conn:
            open_now = OpenConflicts.of_vault(conn)
            context = _Context(
                False,
                system_ms(),
                keeper,
                _unheld(conn),
                open_now,
                observe=observe,
                guard=ImportGuard(stream.ids),
            )
            for chunk in stream:
                _apply(conn, vault, chunk, report, context)
            context.guard.finish(conn)  # issue 11: references resolve
        if observe is not None:
            cards = stream.provenance.cards
            observe.authors({fp: identity.name for fp, (identity, _) in cards.items()})
    else:
        with vault.write() as conn:
            context = _Context(
                True,
                system_ms(),
                keeper,
                _unheld(conn),
                OpenConflicts.of_vault(conn),
                guard=ImportGuard(stream.ids),
            )
            for chunk in stream:
                _apply(conn, vault, chunk, report, context)
            context.guard.finish(conn)  # issue 11: references resolve
            keeper.remember_authors(conn)
            vault.clock.observe(stream.max_hlc)
            # what arrived for people merged away here moves to where the merge ended
            settled = person_merge.settle_within(conn, vault, context.protected_merged)
            report.merge_moves = settled.moved
            _record_received(conn, report, manifest)
    report.warnings.extend(keeper.warnings)
    if report.refused_ops:
        report.warnings.append(
            f"{report.refused_ops} field change(s) by revoked peers, signed after their "
            "revocation, were refused"
        )
    if not dry_run:
        log.info("bundle imported: %d ops", stream.count)
    return report


def _unheld(conn: Connection) -> set[Kind]:
    return {kind for kind in Kind if not repo.has_any(conn, kind)}


def _record_received(conn: Connection, report: ImportReport, manifest: Manifest) -> None:
    exchanges.record(
        conn,
        bundle_id=manifest.bundle_id,
        sender=manifest.sender.fingerprint,
        sequence=report.sequence,
        direction="in",
        at=system_ms(),
        summary=canonical_json(report.summary()).decode(),
    )
    exchanges.mark_received(conn, manifest.sender.fingerprint, report.sequence)


def history(vault: Vault, limit: int = 100) -> list[dict[str, Any]]:
    """Bundles sent and received, newest first: ids, peers, counts."""
    with vault.read() as conn:
        rows = exchanges.latest(conn, limit)
        return [
            {
                "bundle_id": r.bundle_id,
                "direction": r.direction,
                "peer": format_fingerprint(r.sender),
                "sequence": r.sequence,
                "at": r.at,
                "summary": json.loads(r.summary),
            }
            for r in rows
        ]
