"""What bundle screens say: rejection reasons as one translated sentence, change kinds,
times. Bundle-derived text (names, titles) is always shown as plain text by the callers."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from pslapp.core.errors import BundleRejected


def rejection_sentence(error: BundleRejected) -> str:
    """One sentence a coordinator can act on. Reasons come from the service in English;
    the known ones are translated, anything else is shown as it is."""
    reason = error.reason
    known = {
        "it is not encrypted to this vault": QCoreApplication.translate(
            "Bundles", "This bundle was not made for this vault: it cannot be opened here."
        ),
        "the file is damaged or was altered": QCoreApplication.translate(
            "Bundles",
            "This file is damaged or was altered after it was made. Nothing was changed; "
            "ask the sender for a new one.",
        ),
        "it comes from an unknown sender": QCoreApplication.translate(
            "Bundles",
            "This bundle comes from someone who is not among your peers. Add their card "
            "under Peers first.",
        ),
        "it comes from an unverified sender": QCoreApplication.translate(
            "Bundles",
            "The sender is not verified yet. Compare the fingerprint digits with them in "
            "person under Peers, then try again.",
        ),
        "it comes from a revoked sender": QCoreApplication.translate(
            "Bundles", "This bundle comes from a peer you have revoked. It was refused."
        ),
        "this vault is not among the recipients": QCoreApplication.translate(
            "Bundles",
            "The sender did not address this bundle to you; it may have been forwarded. "
            "It was refused.",
        ),
        "it is too large": QCoreApplication.translate(
            "Bundles", "This file is too large to be a bundle. It was refused."
        ),
        "its content is malformed": QCoreApplication.translate(
            "Bundles", "This file is not a valid bundle. Nothing was changed."
        ),
        "it was made by this vault": QCoreApplication.translate(
            "Bundles", "You made this bundle yourself: there is nothing to receive."
        ),
        "the file cannot be read": QCoreApplication.translate(
            "Bundles", "The file cannot be read. Check that it is still there."
        ),
        "it is in bundle format": QCoreApplication.translate(
            "Bundles",
            "This bundle was made by another version of pslapp. Nothing was changed; use "
            "the same version on both computers and ask the sender for a new one.",
        ),
    }
    for start, sentence in known.items():
        if reason.startswith(start):
            return sentence
    if "clock" in reason:
        return QCoreApplication.translate(
            "Bundles",
            "The sender's clock is more than a day ahead of yours. Ask them to check "
            "their computer's date and time, then send again.",
        )
    return QCoreApplication.translate("Bundles", "The bundle was refused: %1").replace("%1", reason)


def change_label(change: str) -> str:
    return {
        "created": QCoreApplication.translate("Bundles", "new"),
        "changed": QCoreApplication.translate("Bundles", "changed"),
        "deleted": QCoreApplication.translate("Bundles", "deleted"),
        "conflict": QCoreApplication.translate("Bundles", "edited on both sides"),
    }.get(change, change)


def when(ms: int) -> str:
    """A local date and time, to the minute."""
    return datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")
