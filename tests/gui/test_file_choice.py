"""Choosing a file leaves no trace of where bundles, cards, lists and PDFs live: Qt's
remembered folder and history point at home again once the dialog is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from pslapp.gui import file_choice

GUI = Path(file_choice.__file__).parent


@pytest.fixture
def qt_settings(tmp_path: Path) -> QSettings:
    """Qt's own settings (where QFileDialog remembers folders) in a private folder."""
    folder = tmp_path / "config"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _answer_with(qapp: QApplication, path: Path) -> None:
    def answer() -> None:
        dialogs = [w for w in qapp.topLevelWidgets() if isinstance(w, QFileDialog)]
        dialog = next(d for d in dialogs if d.isVisible())
        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        QTimer.singleShot(0, dialog.accept)

    QTimer.singleShot(50, answer)


def _remembered(settings: QSettings) -> str:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settings.sync()
    return (
        Path(settings.fileName()).read_text("utf-8") if Path(settings.fileName()).exists() else ""
    )


def test_opening_a_bundle_leaves_its_folder_unremembered(
    qapp: QApplication, qt_settings: QSettings, tmp_path: Path
) -> None:
    hidden = tmp_path / "from-alena"
    hidden.mkdir()
    bundle = hidden / "forum.pslb"
    bundle.write_bytes(b"x")
    _answer_with(qapp, bundle)
    assert file_choice.choose_open(None, "Receive", "Bundles (*.pslb)") == bundle
    assert "from-alena" not in _remembered(qt_settings)


def test_saving_a_pdf_leaves_its_folder_unremembered(
    qapp: QApplication, qt_settings: QSettings, tmp_path: Path
) -> None:
    hidden = tmp_path / "forum-badges"
    hidden.mkdir()
    target = hidden / "badges.pdf"
    _answer_with(qapp, target)
    assert file_choice.choose_save(None, "Save PDF", "PDF (*.pdf)", "badges.pdf") == target
    assert "forum-badges" not in _remembered(qt_settings)


def test_every_file_dialog_goes_through_file_choice() -> None:
    users = [
        p.relative_to(GUI).as_posix()
        for p in GUI.rglob("*.py")
        if "QFileDialog" in p.read_text("utf-8") and p.name != "file_choice.py"
    ]
    assert users == []
