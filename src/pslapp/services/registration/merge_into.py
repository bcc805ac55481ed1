"""After a registration import (the wizard's review, `csv import --merge-similar`): the
rows the user chose to merge into the person they resemble ("Ольга Петрова" in the file,
"Olga Petrova" in the vault) are created as new people by the import, then merged into that
person, who is kept (the file's spelling goes to the alias; the merge can be undone like
any other)."""

from __future__ import annotations

from collections.abc import Collection

from pslapp.core.errors import PslappError
from pslapp.services import person_merge
from pslapp.services.registration import Action, ImportPlan
from pslapp.services.vault import Vault


def merge_into_matches(
    vault: Vault, planned: ImportPlan, written: ImportPlan, lines: Collection[int]
) -> int:
    """Merge each chosen row's new person into their match; returns how many were merged.
    A match that is an earlier row of the file is followed to where that row ended (the
    person it was taken as, or merged into). One that cannot be merged (the match was
    deleted meanwhile) stays a new person: the import itself is already written."""
    moved = {
        before.person_id: after.person_id
        for before, after in zip(planned.rows, written.rows, strict=True)
        if before.person_id != after.person_id
    }
    into: dict[str, str] = {}

    def end(person_id: str) -> str:
        person_id = moved.get(person_id, person_id)
        while person_id in into:
            person_id = into[person_id]
        return person_id

    merged = 0
    for row in written.rows:
        if row.line not in lines or row.match is None or row.action is not Action.CREATE:
            continue
        keep, other = end(row.match.person_id), end(row.person_id)
        if keep == other:
            continue
        try:
            person_merge.merge(vault, keep, other)
        except PslappError:
            continue
        into[other] = keep
        merged += 1
    return merged
