"""One editor widget per field type. Each returns the raw value a user typed; cleaning and
checking it is `core.validation`'s job, so the rules live in one place."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import ChannelKind
from pslapp.core.fields import Field, FieldType
from pslapp.gui.forms.date_editor import DateEditor
from pslapp.gui.forms.editor import Editor
from pslapp.gui.labels import value_label


def _tr(text: object) -> str:
    return QCoreApplication.translate("FieldEditor", str(text))


def _single(editor: QWidget, widget: QWidget) -> None:
    layout = QHBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


class TextEditor(Editor):
    PLACEHOLDERS: ClassVar[dict[FieldType, object]] = {
        FieldType.COLOUR: QT_TRANSLATE_NOOP("FieldEditor", "e.g. #3366cc"),
        FieldType.TEXT_LIST: QT_TRANSLATE_NOOP("FieldEditor", "separate with commas"),
    }

    def __init__(self, spec: Field) -> None:
        super().__init__(spec)
        self.line = QLineEdit()
        self.line.setObjectName(spec.name)
        if spec.type is FieldType.TEXT:
            self.line.setMaxLength(spec.max_len)
        placeholder = self.PLACEHOLDERS.get(spec.type)
        if placeholder:
            self.line.setPlaceholderText(_tr(placeholder))
        _single(self, self.line)

    def value(self) -> Any:
        text = self.line.text()
        if self.spec.type is FieldType.TEXT_LIST:
            return [part.strip() for part in text.split(",") if part.strip()]
        return text

    def set_value(self, value: Any) -> None:
        if self.spec.type is FieldType.TEXT_LIST:
            self.line.setText(", ".join(value or []))
        else:
            self.line.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.line


class LongTextEditor(Editor):
    def __init__(self, spec: Field) -> None:
        super().__init__(spec)
        self.text = QPlainTextEdit()  # plain text: nothing typed or received is rendered
        self.text.setObjectName(spec.name)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        _single(self, self.text)

    def value(self) -> Any:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.text


class ChoiceEditor(Editor):
    """An enum (or yes/no) as a drop-down; optional fields can be left empty."""

    def __init__(self, spec: Field) -> None:
        super().__init__(spec)
        self.combo = QComboBox()
        self.combo.setObjectName(spec.name)
        if not spec.required:
            self.combo.addItem("—", None)
        if spec.type is FieldType.BOOL:
            self.combo.addItem(QCoreApplication.translate("Value", "yes"), True)
            self.combo.addItem(QCoreApplication.translate("Value", "no"), False)
        elif spec.enum is not None:
            for member in spec.enum:
                self.combo.addItem(value_label(str(member.value)), str(member.value))
        _single(self, self.combo)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = self.layout()
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self.combo


class ChoicesEditor(Editor):
    """Several enum values: a grid of check boxes."""

    COLUMNS = 4

    def __init__(self, spec: Field) -> None:
        super().__init__(spec)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        assert spec.enum is not None
        for i, member in enumerate(spec.enum):
            box = QCheckBox(value_label(str(member.value)))
            box.setObjectName(f"{spec.name}_{member.value}")
            self.boxes[str(member.value)] = box
            grid.addWidget(box, i // self.COLUMNS, i % self.COLUMNS)

    def value(self) -> Any:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        for name, box in self.boxes.items():
            box.setChecked(name in (value or []))

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))


class ChannelsEditor(Editor):
    """Signal, Telegram, email, phone ...: one row per channel, kind and value."""

    def __init__(self, spec: Field) -> None:
        super().__init__(spec)
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QWidget, QComboBox, QLineEdit]] = []
        add = QPushButton(QCoreApplication.translate("FieldEditor", "Add a contact channel"))
        add.setObjectName("add_channel")
        add.clicked.connect(lambda: self.add_row())  # noqa: PLW0108 (drops the checked flag)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.rows_box)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    def add_row(self, kind: str = ChannelKind.SIGNAL.value, value: str = "") -> QLineEdit:
        row = QWidget()
        combo = QComboBox()
        for member in ChannelKind:
            combo.addItem(value_label(member.value), member.value)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        line = QLineEdit(value)
        line.setObjectName(f"channel_{len(self.rows)}")
        remove = QPushButton(QCoreApplication.translate("FieldEditor", "Remove"))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo)
        layout.addWidget(line, 1)
        layout.addWidget(remove)
        entry = (row, combo, line)
        self.rows.append(entry)
        self.rows_box.addWidget(row)
        remove.clicked.connect(lambda: self._remove(entry))
        line.setFocus()
        return line

    def _remove(self, entry: tuple[QWidget, QComboBox, QLineEdit]) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()

    def value(self) -> Any:
        return [
            {"kind": combo.currentData(), "value": line.text()}
            for _, combo, line in self.rows
            if line.text().strip()
        ]

    def set_value(self, value: Any) -> None:
        for entry in list(self.rows):
            self._remove(entry)
        for channel in value or []:
            self.add_row(channel["kind"], channel["value"])


def editor_for(spec: Field) -> Editor:
    if spec.type is FieldType.LONG_TEXT:
        return LongTextEditor(spec)
    if spec.type in (FieldType.ENUM, FieldType.BOOL):
        return ChoiceEditor(spec)
    if spec.type is FieldType.ENUM_LIST:
        return ChoicesEditor(spec)
    if spec.type is FieldType.CHANNELS:
        return ChannelsEditor(spec)
    if spec.type in (FieldType.DATE, FieldType.DATETIME):
        return DateEditor(spec)
    return TextEditor(spec)
