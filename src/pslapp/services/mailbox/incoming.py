"""Reading the folder: every candidate file is tried on its age header alone (is there a
stanza for us?), then verified and applied by the same path as Receive, or left for the
user's review when the sender's bundles are reviewed (the default).

A file that is garbage, truncated, not for us, from an unknown or untrusted sender, damaged,
refused on import, or a copy of a bundle already applied is counted by its reason and
changes nothing in the vault; the round goes on. A file applied here is remembered by
name, size and hash, so the next round does not decrypt it again.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pslapp.core.errors import BundleRejected, RejectionCode
from pslapp.core.hlc import system_ms
from pslapp.services import bundles
from pslapp.services.mailbox import door_rule, file_names
from pslapp.services.mailbox.report import ALREADY_IMPORTED, NOT_A_FILE, PARTIAL, RoundReport
from pslapp.services.vault import Vault
from pslapp.storage import exchanges
from pslapp.storage import mailbox as store

APPLIED, REVIEW, OWN = "applied", "review", "own"


@dataclass(frozen=True)
class _Candidate:
    path: Path
    size: int


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while chunk := src.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def read_folder(
    vault: Vault, folder: Path, report: RoundReport, *, door_event: str | None = None
) -> bool:
    """Apply or set aside what the folder holds for us. True when something applied here
    changed the vault (our next bundle should say we received it). `door_event`: door mode
    for that event, whose other door's bundles apply without review (`door_rule`)."""
    with vault.read() as conn:
        known = {row.name: row for row in store.files(conn)}
        auto = {fp for fp, row in store.peer_rows(conn).items() if row.auto_apply}
    present: set[str] = set()
    changed = False
    remember: list[dict[str, Any]] = []  # rows written once, at the end of the reading
    for candidate in _candidates(folder, report, known, present):
        row = known.get(candidate.path.name)
        if row is not None and row.size == candidate.size:
            if row.role == APPLIED:
                report.skip(ALREADY_IMPORTED)
                continue
            if row.role == REVIEW and row.sender not in auto and door_event is None:
                changed |= _still_for_review(vault, row, report, remember)
                continue
        waiting = row is not None and row.role == REVIEW and row.size == candidate.size
        changed |= _read_one(
            vault, candidate, report, auto, remember, door_event=door_event, waiting=waiting
        )
    gone = [n for n, r in known.items() if r.role != OWN and n not in present]
    if remember or gone:
        with vault.write() as conn:  # files gone from the folder need no row
            store.forget_files(conn, gone)
            for values in remember:
                acknowledged = values.pop("acknowledged", None)
                store.add_file(conn, **values)
                if acknowledged:
                    store.acknowledge(conn, values["sender"], acknowledged)
    return changed


def _candidates(
    folder: Path, report: RoundReport, known: dict[str, Any], present: set[str]
) -> list[_Candidate]:
    found = []
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if file_names.is_partial(entry.name):
                report.skip(PARTIAL)
                continue
            present.add(entry.name)
            row = known.get(entry.name)
            if row is not None and row.role == OWN:
                continue
            report.read += 1
            try:
                if not entry.is_file(follow_symlinks=False):
                    report.skip(NOT_A_FILE)
                    continue
                size = entry.stat(follow_symlinks=False).st_size
            except OSError:
                report.skip(NOT_A_FILE)
                continue
            found.append(_Candidate(Path(entry.path), size))
    return found


def _still_for_review(
    vault: Vault, row: Any, report: RoundReport, remember: list[dict[str, Any]]
) -> bool:
    """A file left for review before: applied since (the user imported it), or still
    waiting."""
    with vault.read() as conn:
        seen = exchanges.seen(conn, row.sender, row.bundle_id)
    if not seen:
        report.left_for_review += 1
        return False
    remember.append({**row._asdict(), "role": APPLIED})
    return True


def _read_one(
    vault: Vault,
    candidate: _Candidate,
    report: RoundReport,
    auto: set[str],
    remember: list[dict[str, Any]],
    *,
    door_event: str | None = None,
    waiting: bool = False,
) -> bool:
    """`waiting`: the file is already listed for review (only door mode looks again)."""
    path = candidate.path
    if not bundles.addressed_here(vault, path):
        report.skip(RejectionCode.NOT_FOR_US.value)
        return False
    try:
        verified = bundles.verify(vault, path)
    except BundleRejected as exc:
        report.skip(exc.code.value)
        return False
    except OSError:
        report.skip(RejectionCode.UNREADABLE.value)
        return False
    manifest = verified.inner.manifest
    sender = verified.sender
    if sender.fingerprint in auto:
        return _apply(vault, candidate, verified, report, remember)
    if door_event is not None:
        try:
            door_work = door_rule.is_this_doors_work(vault, verified, door_event)
        except BundleRejected as exc:
            report.skip(exc.code.value)
            return False
        if door_work:
            return _apply(vault, candidate, verified, report, remember)
    with vault.read() as conn:
        seen = exchanges.seen(conn, sender.fingerprint, manifest.bundle_id)
    if seen:
        if waiting:  # the user applied it since it was listed
            remember.append(_row(vault, candidate, verified, APPLIED))
            return True
        report.skip(ALREADY_IMPORTED)
        return False
    if not waiting:
        remember.append(_row(vault, candidate, verified, REVIEW))
    report.left_for_review += 1
    return False


def _apply(
    vault: Vault,
    candidate: _Candidate,
    verified: bundles.VerifiedBundle,
    report: RoundReport,
    remember: list[dict[str, Any]],
) -> bool:
    try:
        result = bundles.import_verified(vault, verified)
    except BundleRejected as exc:
        report.skip(exc.code.value)
        return False
    if result.already_imported:
        report.skip(ALREADY_IMPORTED)
        return False
    remember.append(_row(vault, candidate, verified, APPLIED))
    report.applied += 1
    report.created += result.created
    report.changed += result.changed
    report.deleted += result.deleted
    report.conflicts += len(result.conflicts)
    report.warnings.extend(result.warnings)
    return bool(result.created or result.changed or result.deleted or result.conflicts)


def _row(
    vault: Vault, candidate: _Candidate, verified: bundles.VerifiedBundle, role: str
) -> dict[str, Any]:
    """The file's row, and what its sender says it received from us (only a bundle that
    was applied or kept for review counts: a refused one changes nothing)."""
    manifest = verified.inner.manifest
    return {
        "name": candidate.path.name,
        "role": role,
        "size": candidate.size,
        "sha256": file_sha256(candidate.path),
        "sender": verified.sender.fingerprint,
        "bundle_id": manifest.bundle_id,
        "recipients": None,
        "records": False,
        "at": system_ms(),
        "acknowledged": (manifest.received or {}).get(vault.fingerprint),
    }
