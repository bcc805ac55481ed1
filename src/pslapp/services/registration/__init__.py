"""Registration lists from form services (Google Forms, Typeform, Tally, spreadsheets):
reading, header recognition, row validation and the import itself."""

from pslapp.services.registration.importing import (
    Action,
    ImportPlan,
    OnMatch,
    PlannedRow,
    apply_import,
    merge_changes,
    plan_import,
)

__all__ = [
    "Action",
    "ImportPlan",
    "OnMatch",
    "PlannedRow",
    "apply_import",
    "merge_changes",
    "plan_import",
]
