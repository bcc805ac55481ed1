"""What the wizard's pages share: the event, the file as read, the columns chosen, the
plan and the user's answers. Plain data; the pages fill it in as the user goes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from pslapp.services.registration import ImportPlan
from pslapp.services.registration.headers import Target
from pslapp.services.registration_review import Preview
from pslapp.services.vault import Vault


def delimiter_label(delimiter: str) -> str:
    names = {
        ",": QCoreApplication.translate("RegistrationWizard", "comma"),
        ";": QCoreApplication.translate("RegistrationWizard", "semicolon"),
        "\t": QCoreApplication.translate("RegistrationWizard", "tab"),
    }
    return names.get(delimiter, repr(delimiter))


def encoding_label(encoding: str) -> str:
    names = {
        "utf-8-sig": QCoreApplication.translate("RegistrationWizard", "UTF-8 with BOM"),
        "utf-8": "UTF-8",
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16 LE",
        "utf-16-be": "UTF-16 BE",
        "cp1251": "Windows-1251",
        "cp1252": "Windows-1252",
    }
    return names.get(encoding, encoding)


def target_label(target: Target | None) -> str:
    labels = {
        None: QCoreApplication.translate("RegistrationWizard", "(leave out)"),
        Target.DISPLAY_NAME: QCoreApplication.translate("RegistrationWizard", "Full name"),
        Target.GIVEN_NAME: QCoreApplication.translate("RegistrationWizard", "Given name"),
        Target.FAMILY_NAME: QCoreApplication.translate("RegistrationWizard", "Family name"),
        Target.ALIAS: QCoreApplication.translate("RegistrationWizard", "Alias"),
        Target.LEGAL_NAME: QCoreApplication.translate("RegistrationWizard", "Legal name"),
        Target.PRONOUNS: QCoreApplication.translate("RegistrationWizard", "Pronouns"),
        Target.LANGUAGES: QCoreApplication.translate("RegistrationWizard", "Languages"),
        Target.CITY: QCoreApplication.translate("RegistrationWizard", "City"),
        Target.COUNTRY_OF_ORIGIN: QCoreApplication.translate(
            "RegistrationWizard", "Country of origin"
        ),
        Target.CHAPTER: QCoreApplication.translate("RegistrationWizard", "Chapter"),
        Target.SKILLS: QCoreApplication.translate("RegistrationWizard", "Skills"),
        Target.EMAIL: QCoreApplication.translate("RegistrationWizard", "Email"),
        Target.PHONE: QCoreApplication.translate("RegistrationWizard", "Phone"),
        Target.SIGNAL: QCoreApplication.translate("RegistrationWizard", "Signal"),
        Target.TELEGRAM: QCoreApplication.translate("RegistrationWizard", "Telegram"),
        Target.MATRIX: QCoreApplication.translate("RegistrationWizard", "Matrix"),
        Target.CONSENT: QCoreApplication.translate("RegistrationWizard", "Consent to contact"),
        Target.NOTES: QCoreApplication.translate("RegistrationWizard", "Notes"),
        Target.TAGS: QCoreApplication.translate("RegistrationWizard", "Tags"),
        Target.ORGANISATION: QCoreApplication.translate("RegistrationWizard", "Organisation"),
        Target.ROLE: QCoreApplication.translate("RegistrationWizard", "Role at the event"),
        Target.IGNORE: QCoreApplication.translate("RegistrationWizard", "(leave out)"),
    }
    return labels.get(target, str(target))


@dataclass
class WizardState:
    vault: Vault
    event_id: str
    preview: Preview | None = None
    targets: list[Target | None] = field(default_factory=list)
    skip_bad_rows: bool = False
    plan: ImportPlan | None = None
    same_person: dict[int, bool] = field(default_factory=dict)
    merge_into: set[int] = field(default_factory=set)  # lines created, then merged
