"""How a likely duplicate reads: its evidence in words, its confidence, a merge made here.
The shared address or number itself is not shown (the names are what the user compares)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pslapp.services.duplicate_pairs import Evidence, Pair
from pslapp.services.person_merge import MadeMerge


def evidence_text(evidence: Evidence) -> str:
    if evidence.kind == "email":
        return QCoreApplication.translate("Duplicates", "same email address")
    if evidence.kind == "phone":
        return QCoreApplication.translate("Duplicates", "same phone number")
    return QCoreApplication.translate("Duplicates", "names alike: %1").replace(
        "%1", evidence.detail
    )


def pair_evidence(pair: Pair) -> str:
    return "; ".join(evidence_text(e) for e in pair.evidence)


def confidence_text(confidence: int) -> str:
    return QCoreApplication.translate("Duplicates", "%1%").replace("%1", str(confidence))


def made_merge_text(made: MadeMerge, when: str) -> str:
    return (
        QCoreApplication.translate("Duplicates", "%1 merged into %2, %3")
        .replace("%1", made.other_name)
        .replace("%2", made.kept_name)
        .replace("%3", when)
    )
