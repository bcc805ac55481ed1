"""What bundle screens say: rejection reasons as one translated sentence, change kinds,
times. Bundle-derived text (names, titles) is always shown as plain text by the callers."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from pslapp.core.errors import BundleRejected, RejectionCode


def rejection_sentence(error: BundleRejected) -> str:
    """One sentence a coordinator can act on, chosen by the refusal's code (the service's
    English reason is only shown for a code this screen does not know)."""
    code = RejectionCode
    sentences = {
        code.NOT_FOR_US: QCoreApplication.translate(
            "Bundles", "This bundle was not made for this vault: it cannot be opened here."
        ),
        code.DAMAGED: QCoreApplication.translate(
            "Bundles",
            "This file is damaged or was altered after it was made. Nothing was changed; "
            "ask the sender for a new one.",
        ),
        code.UNKNOWN_SENDER: QCoreApplication.translate(
            "Bundles",
            "This bundle comes from someone who is not among your peers. Add their card "
            "under Peers first.",
        ),
        code.UNVERIFIED_SENDER: QCoreApplication.translate(
            "Bundles",
            "The sender is not verified yet. Compare the fingerprint digits with them in "
            "person under Peers, then try again.",
        ),
        code.REVOKED_SENDER: QCoreApplication.translate(
            "Bundles", "This bundle comes from a peer you have revoked. It was refused."
        ),
        code.NOT_ADDRESSED: QCoreApplication.translate(
            "Bundles",
            "The sender did not address this bundle to you; it may have been forwarded. "
            "It was refused.",
        ),
        code.TOO_LARGE: QCoreApplication.translate(
            "Bundles", "This file is too large to be a bundle. It was refused."
        ),
        code.MALFORMED: QCoreApplication.translate(
            "Bundles", "This file is not a valid bundle. Nothing was changed."
        ),
        code.FROM_SELF: QCoreApplication.translate(
            "Bundles", "You made this bundle yourself: there is nothing to receive."
        ),
        code.UNREADABLE: QCoreApplication.translate(
            "Bundles", "The file cannot be read. Check that it is still there."
        ),
        code.OTHER_FORMAT: QCoreApplication.translate(
            "Bundles",
            "This bundle was made by another version of pslapp. Nothing was changed; use "
            "the same version on both computers and ask the sender for a new one.",
        ),
        code.CLOCK_SKEW: QCoreApplication.translate(
            "Bundles",
            "The sender's clock is more than 5 minutes ahead of yours. Ask them to check "
            "their computer's date and time (or check yours), then send again.",
        ),
        code.NOT_SIGNED_BY_AUTHOR: QCoreApplication.translate(
            "Bundles",
            "A change in this bundle is not signed by the person it names as its author: "
            "someone altered it or wrote it in another's name. It was refused; nothing "
            "was changed. Tell the sender.",
        ),
    }
    found = sentences.get(error.code)
    if found is not None:
        return found
    return QCoreApplication.translate("Bundles", "The bundle was refused: %1").replace(
        "%1", error.reason
    )


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
