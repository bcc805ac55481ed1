"""One round: read what the folder holds for us, write what we have for our peers, clean
up our files that every recipient has. The GUI runs it on a timer, on lock, on demand and,
in door mode, whenever the folder changes; `pslapp-cli mailbox sync` runs one."""

from __future__ import annotations

from pslapp.core.errors import ValidationError
from pslapp.services.mailbox.cleanup import clean_own
from pslapp.services.mailbox.folder import folder_of, usable
from pslapp.services.mailbox.incoming import read_folder
from pslapp.services.mailbox.outgoing import write_outgoing
from pslapp.services.mailbox.report import RoundReport
from pslapp.services.vault import Vault


def sync_round(vault: Vault, *, door_event: str | None = None) -> RoundReport:
    """One round. `door_event`: this laptop is in door mode for that event, and the other
    door's bundles (only that event's door work) apply without review."""
    folder = folder_of(vault)
    if folder is None:
        raise ValidationError("mailbox", "no mailbox folder is set (mailbox set DIR)")
    folder = usable(folder)
    report = RoundReport(folder)
    answer = read_folder(vault, folder, report, door_event=door_event)
    write_outgoing(vault, folder, report, answer=answer)
    clean_own(vault, folder, report)
    return report
