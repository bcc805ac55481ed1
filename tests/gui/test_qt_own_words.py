"""Qt's own words (Save, Cancel, the wizard's Next) speak the user's language too: Qt's
translations that PySide6 ships are loaded beside ours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.services import records
from pslapp.services.vault import Vault
from tests.gui.languages import speaking


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield from speaking(qapp, request.param)


@pytest.mark.parametrize(
    ("language", "save", "cancel"),
    [
        ("en", "Save", "Cancel"),
        ("ru", "Сохранить", "Отмена"),
        ("uk", "Зберегти", "Скасувати"),
        ("de", "Speichern", "Abbrechen"),
        ("fr", "Enregistrer", "Annuler"),
    ],
    indirect=["language"],
)
def test_a_record_form_says_save_and_cancel_in_the_language(
    qtbot: QtBot, vault: Vault, language: str, save: str, cancel: str
) -> None:
    dialog = RecordDialog(Kind.PERSON, lambda v: records.create(vault, Kind.PERSON, v))
    qtbot.addWidget(dialog)
    buttons = dialog.buttons
    shown = {
        buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", ""),
        buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
    }
    assert shown == {save, cancel}
