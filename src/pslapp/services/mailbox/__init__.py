"""The mailbox: a shared folder (Syncthing, Nextcloud, a USB stick passed around) that
sealed bundles go through by themselves. pslapp has no network code of its own; the
carrier moves the files, and every file in the folder is a sealed bundle, readable only
by its recipients.

The use cases in one place: choose the folder, choose per peer whether their bundles are
applied without review, run one round, see the state. The package's other modules are its
parts: `file_names` (what is a candidate, our own names), `folder`, `trust`, `incoming`
(read and apply), `outgoing` (write), `cleanup`, `sync_round`, `status`, `report`.
"""

from __future__ import annotations

from pslapp.services.mailbox.folder import folder_of, set_folder
from pslapp.services.mailbox.report import RoundReport
from pslapp.services.mailbox.status import MailboxStatus, ReviewFile, WaitingFile, mailbox_status
from pslapp.services.mailbox.sync_round import sync_round
from pslapp.services.mailbox.trust import MailboxPeer, mailbox_peers, set_auto_apply

__all__ = [
    "MailboxPeer",
    "MailboxStatus",
    "ReviewFile",
    "RoundReport",
    "WaitingFile",
    "folder_of",
    "mailbox_peers",
    "mailbox_status",
    "set_auto_apply",
    "set_folder",
    "sync_round",
]
