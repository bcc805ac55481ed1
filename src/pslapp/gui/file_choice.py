"""The only way the GUI asks for a file (bundles, identity cards, registration lists, PDFs),
so that none leaves a trace: Qt's own dialog (a native one may add the file to the
desktop's recently-used list), and its remembered folder and history are reset before Qt
stores them in its settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog(parent: QWidget | None, title: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, QDir.homePath(), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def _forget(dialog: QFileDialog) -> None:
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())
    dialog.deleteLater()


def choose_open(parent: QWidget | None, title: str, filters: str) -> Path | None:
    dialog = _dialog(parent, title, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chosen = dialog.selectedFiles()[0] if dialog.exec() else None
    _forget(dialog)
    return Path(chosen) if chosen else None


def choose_save(parent: QWidget | None, title: str, filters: str, name: str) -> Path | None:
    dialog = _dialog(parent, title, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(name)
    chosen = dialog.selectedFiles()[0] if dialog.exec() else None
    _forget(dialog)
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    dialog = _dialog(parent, title, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chosen = dialog.selectedFiles()[0] if dialog.exec() else None
    _forget(dialog)
    return Path(chosen) if chosen else None
