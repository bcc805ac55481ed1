"""The registration list wizard, opened from an event ("Import registration list…")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from pslapp.gui.registration_wizard.check_pages import BadRowsPage
from pslapp.gui.registration_wizard.duplicates_page import DuplicatesPage
from pslapp.gui.registration_wizard.file_page import FilePage
from pslapp.gui.registration_wizard.import_page import ImportPage
from pslapp.gui.registration_wizard.state import WizardState
from pslapp.services.vault import Vault


class RegistrationWizard(QWizard):
    imported = Signal()

    def __init__(self, vault: Vault, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registration_wizard")
        self.setWindowTitle(
            QCoreApplication.translate("RegistrationWizard", "Import registration list")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.state = WizardState(vault, event_id)
        self.file_page = FilePage(self.state)
        self.rows_page = BadRowsPage(self.state)
        self.duplicates_page = DuplicatesPage(self.state)
        self.import_page = ImportPage(self.state)
        for page in (self.file_page, self.rows_page, self.duplicates_page, self.import_page):
            self.addPage(page)
        self.import_page.imported.connect(lambda _plan: self.imported.emit())
        self.resize(860, 600)

    def reject(self) -> None:
        """Cancel answers at once: the comparison still running stops within a few rows."""
        self.duplicates_page.cancel()
        super().reject()
