"""What the import wizard needs around the registration import (services/registration/):
a preview that never refuses a file for its header, a check of the rows with the columns
the user chose, and the user's answers about possible duplicates folded into the plan."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pslapp.core.errors import ImportRejected
from pslapp.services.registration import Action, ImportPlan, OnMatch, plan_import
from pslapp.services.registration.headers import ColumnMap, Target, map_columns, recognise
from pslapp.services.registration.reading import Table, read_table
from pslapp.services.registration.rows import BadRow, read_registrations
from pslapp.services.vault import Vault

NAME_TARGETS = frozenset({Target.DISPLAY_NAME, Target.GIVEN_NAME, Target.FAMILY_NAME})


@dataclass(frozen=True)
class Preview:
    path: Path
    table: Table
    targets: list[Target | None]  # as recognised; the wizard lets the user change them


def preview(path: Path) -> Preview:
    """Read the file and recognise its columns. Raises ImportRejected only for a file that
    cannot be read, not for a header without a name column (the user can map one)."""
    table = read_table(path)
    try:
        targets = map_columns(table.name, table.header, {}).targets
    except ImportRejected:
        targets = [recognise(h) for h in table.header]
    return Preview(path, table, list(targets))


def has_name(targets: Sequence[Target | None]) -> bool:
    return bool(NAME_TARGETS & set(targets))


def overrides(preview: Preview, targets: Sequence[Target | None]) -> dict[str, str]:
    """The columns the user changed, as `--map COLUMN=FIELD` would say them."""
    return {
        header: (chosen or Target.IGNORE).value
        for header, auto, chosen in zip(preview.table.header, preview.targets, targets, strict=True)
        if chosen != auto
    }


def check_rows(preview: Preview, targets: Sequence[Target | None]) -> tuple[int, list[BadRow]]:
    """How many rows are good, and which are bad (line and reason), with these columns."""
    good, bad = read_registrations(preview.table, ColumnMap(list(targets)))
    return len(good), bad


def plan(
    vault: Vault,
    preview: Preview,
    targets: Sequence[Target | None],
    event_id: str,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """The import plan with exact (email, phone) matches merged and name matches listed
    for review; bad rows are left out (the wizard asked before)."""
    return plan_import(
        vault,
        preview.path,
        event_id,
        overrides=overrides(preview, targets),
        on_match=OnMatch.MERGE,
        skip_bad_rows=True,
        progress=progress,
    )


def decide(plan: ImportPlan, same_person: Mapping[int, bool]) -> ImportPlan:
    """Apply the user's answers to rows proposed as possible duplicates (by line: True =
    the same person as the match, merge; False or missing = a new person). Later rows
    that pointed at a person who is no longer created follow them to the match."""
    moved: dict[str, str] = {}
    rows = []
    for row in plan.rows:
        person_id = moved.get(row.person_id, row.person_id)
        if row.review and row.match is not None and same_person.get(row.line, False):
            target = moved.get(row.match.person_id, row.match.person_id)
            if row.action is Action.CREATE:
                moved[row.person_id] = target
            rows.append(replace(row, action=Action.MERGE, person_id=target))
        else:
            rows.append(replace(row, person_id=person_id))
    return replace(plan, rows=rows)
