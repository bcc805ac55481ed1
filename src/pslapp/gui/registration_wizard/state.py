"""What the wizard's pages share: the event, the file as read, the columns chosen, the
plan and the user's answers. Plain data; the pages fill it in as the user goes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from pslapp.services.registration import ImportPlan
from pslapp.services.registration.headers import Target
from pslapp.services.registration_review import Preview
from pslapp.services.vault import Vault


def tr(text: str) -> str:
    return QCoreApplication.translate("RegistrationWizard", text)


def delimiter_label(delimiter: str) -> str:
    names = {
        ",": tr("comma"),
        ";": tr("semicolon"),
        "\t": tr("tab"),
    }
    return names.get(delimiter, repr(delimiter))


def target_label(target: Target | None) -> str:
    labels = {
        None: tr("(leave out)"),
        Target.DISPLAY_NAME: tr("Full name"),
        Target.GIVEN_NAME: tr("Given name"),
        Target.FAMILY_NAME: tr("Family name"),
        Target.ALIAS: tr("Alias"),
        Target.LEGAL_NAME: tr("Legal name"),
        Target.PRONOUNS: tr("Pronouns"),
        Target.LANGUAGES: tr("Languages"),
        Target.CITY: tr("City"),
        Target.COUNTRY_OF_ORIGIN: tr("Country of origin"),
        Target.CHAPTER: tr("Chapter"),
        Target.SKILLS: tr("Skills"),
        Target.EMAIL: tr("Email"),
        Target.PHONE: tr("Phone"),
        Target.SIGNAL: tr("Signal"),
        Target.TELEGRAM: tr("Telegram"),
        Target.MATRIX: tr("Matrix"),
        Target.CONSENT: tr("Consent to contact"),
        Target.NOTES: tr("Notes"),
        Target.TAGS: tr("Tags"),
        Target.ORGANISATION: tr("Organisation"),
        Target.ROLE: tr("Role at the event"),
        Target.IGNORE: tr("(leave out)"),
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
