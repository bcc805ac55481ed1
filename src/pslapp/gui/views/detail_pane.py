"""What is known about one record, read-only: every value as plain text (names and notes
may come from bundles or CSV files and must never be rendered as markup), contact
channels with a copy button, tags as coloured chips."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.fields import FIELDS, TITLE_FIELD, Field, FieldType
from pslapp.core.record import Record
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.flow_layout import TitleRow
from pslapp.gui.labels import field_label, value_label
from pslapp.gui.models.display import display_text
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.tag_chips import TagChips


def plain_label(text: str = "", *, selectable: bool = True) -> QLabel:
    """A label that shows text exactly as it is: no HTML, no links, selectable unless it
    holds a secret (selecting fills the X11 PRIMARY selection and Ctrl+C bypasses the secret
    clipboard: contacts and restricted fields are copied with their Copy button only)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        if selectable
        else Qt.TextInteractionFlag.NoTextInteraction
    )
    return label


class _VerticalScroll(QScrollArea):
    """Scrolls down only: asks its splitter for the width its content needs (long
    German or Russian button labels), instead of clipping it behind a sideways bar."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        width = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width), hint.height())


class DetailPane(QWidget):
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, palette: TagPalette, clipboard: SecretClipboard) -> None:
        super().__init__()
        self.setObjectName("detail_pane")
        self._palette = palette
        self._clipboard = clipboard
        self.record: Record | None = None
        self.extra_first = False  # see give_extra_room
        self.title = plain_label()
        self.title.setObjectName("detail_title")
        self.title.setProperty("role", "title")
        self.edit_button = QPushButton(QCoreApplication.translate("DetailPane", "Edit"))
        self.edit_button.setObjectName("edit_button")
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(QCoreApplication.translate("DetailPane", "Delete"))
        self.delete_button.setObjectName("delete_button")
        self.delete_button.setProperty("role", "danger")
        self.delete_button.clicked.connect(self.delete_requested)
        header = TitleRow(self.title, [self.edit_button, self.delete_button])
        self._fields = QWidget()
        self._form = QFormLayout(self._fields)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Attendees of an event, members of a coalition: below the fields and outside their
        # scrolling, so the list and its buttons (door mode, import, print) stay in sight
        # on a 720-pixel screen however long the description is.
        self.extra = QVBoxLayout()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._fields)
        column.addStretch(1)
        scroll = self._scroll = _VerticalScroll()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(9, 9, 9, 0)
        outer.addLayout(header)
        outer.addWidget(scroll, 1)
        outer.addLayout(self.extra, 0)
        self._outer = outer
        self.show_record(None)

    def give_extra_room(self) -> None:
        """The section under the fields is the point of the page (an event's attendees, a
        coalition's members): it gets two thirds of the height, the fields the rest, and
        the list beside keeps less of the width (RecordListView.share_width)."""
        self._outer.setStretchFactor(self.extra, 2)
        self.extra_first = True

    def show_record(self, record: Record | None) -> None:
        self.record = record
        while self._form.rowCount():
            self._form.removeRow(0)
        self.edit_button.setVisible(record is not None)
        self.delete_button.setVisible(record is not None)
        if record is None:
            self.title.setText("")
            return
        self.title.setText(record.title)
        for spec in FIELDS[record.kind]:
            value = record.values.get(spec.name)
            if spec.type is FieldType.REF or value in (None, "", []):
                continue
            if spec.name == TITLE_FIELD[record.kind]:
                continue
            self._form.addRow(self._caption(spec.name), self._value_widget(spec, value))
        # the splitter asks the scroll area for the width these fields need; without this
        # it keeps what the first record shown needed. Once the new rows are shown: a
        # layout shows what is added to it only when the event loop next runs, and until
        # then the rows count for nothing.
        QTimer.singleShot(0, self._scroll, self._scroll.updateGeometry)

    def _caption(self, name: str) -> QLabel:
        label = QLabel(field_label(name))
        label.setProperty("role", "caption")
        return label

    def _value_widget(self, spec: Field, value: object) -> QWidget:
        if spec.type is FieldType.CHANNELS and isinstance(value, list):
            return self._channels(value)
        if spec.name == "tags" and isinstance(value, list):
            chips = TagChips(self._palette)
            chips.set_tags([str(v) for v in value])
            return chips
        return plain_label(display_text(spec, value), selectable=not spec.restricted)

    def _channels(self, channels: list[dict[str, str]]) -> QWidget:
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        for i, channel in enumerate(channels):
            row = QHBoxLayout()
            text = plain_label(
                f"{value_label(channel['kind'])}: {channel['value']}", selectable=False
            )
            text.setObjectName(f"channel_{i}")
            copy = QPushButton(QCoreApplication.translate("DetailPane", "Copy"))
            copy.setObjectName(f"copy_channel_{i}")
            copy.setToolTip(
                QCoreApplication.translate(
                    "DetailPane", "Copies it for 30 seconds, hidden from clipboard history."
                )
            )
            copy.setProperty("role", "small")
            secret = channel["value"]
            copy.clicked.connect(lambda _=False, s=secret: self._clipboard.copy(s))
            row.addWidget(text, 1)
            row.addWidget(copy)
            rows.addLayout(row)
        return box

    def clear(self) -> None:
        self.show_record(None)
