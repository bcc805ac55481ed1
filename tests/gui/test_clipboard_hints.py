"""A copied contact is marked secret for every system's clipboard managers, history and
cloud clipboard, never reaches the X11 PRIMARY selection, and cannot be selected and
copied past the secret clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from pslapp.core.enums import Kind
from pslapp.gui.clipboard import secret_mime_data
from pslapp.gui.session import Session
from pslapp.services import records

from .conftest import unlock

WIN = 'application/x-qt-windows-mime;value="{}"'


@pytest.mark.parametrize(
    ("platform", "hints"),
    [
        ("linux", {"x-kde-passwordManagerHint": b"secret"}),
        (
            "win32",
            {
                WIN.format("ExcludeClipboardContentFromMonitorProcessing"): b"1",
                WIN.format("CanIncludeInClipboardHistory"): bytes(4),
                WIN.format("CanUploadToCloudClipboard"): bytes(4),
            },
        ),
        ("darwin", {"application/x-nspasteboard-concealed-type": b"secret"}),
    ],
)
def test_every_system_is_told_the_copy_is_secret(platform: str, hints: dict[str, bytes]):
    data = secret_mime_data("+49 221 555 0101", platform)
    assert data.text() == "+49 221 555 0101"
    for mime, value in hints.items():
        assert data.hasFormat(mime), mime
        assert bytes(data.data(mime).data()) == value


def test_a_copied_phone_number_stays_out_of_primary_and_cannot_be_selected(
    qtbot: QtBot, session: Session
) -> None:
    window = unlock(qtbot, session)
    assert session.vault is not None
    records.create(
        session.vault,
        Kind.PERSON,
        {
            "display_name": "Ilya",
            "legal_name": "Ilya Petrov",
            "channels": [{"kind": "phone", "value": "+49 221 555 0101"}],
        },
    )
    people = window.current_view
    people.reload()
    people.table.selectRow(0)
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection():
        clipboard.setText("", QClipboard.Mode.Selection)
    copy = people.detail.findChild(QPushButton, "copy_channel_0")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "+49 221 555 0101"
    if clipboard.supportsSelection():
        assert clipboard.text(QClipboard.Mode.Selection) == ""
    channel = people.detail.findChild(QLabel, "channel_0")
    assert channel is not None
    assert channel.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    legal = [label for label in people.detail.findChildren(QLabel) if label.text() == "Ilya Petrov"]
    assert legal and legal[0].textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
