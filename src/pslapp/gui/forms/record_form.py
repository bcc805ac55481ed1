"""An edit form for any kind of record, generated from `core.fields`: one row per field,
with the reason a value was refused shown right under that field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import Kind
from pslapp.core.errors import PslappError, ValidationError
from pslapp.core.fields import FIELDS, FieldType
from pslapp.core.record import Record
from pslapp.gui import confirm
from pslapp.gui.feedback import error_label
from pslapp.gui.forms.editor import Editor
from pslapp.gui.forms.field_editors import editor_for
from pslapp.gui.forms.suggestions import suggest
from pslapp.gui.labels import field_label, kind_label
from pslapp.gui.refusal_words import refusal_text


def error_text(exc: ValidationError) -> str:
    """The reason a value was refused, in the user's language where we know it."""
    return refusal_text(exc.message)


class RecordForm(QWidget):
    """The fields of one kind; reference fields are set by where the form is opened."""

    def __init__(self, kind: Kind, values: Mapping[str, Any] | None = None) -> None:
        super().__init__()
        self.kind = kind
        self._fixed: dict[str, Any] = {}
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for spec in FIELDS[kind]:
            if spec.type is FieldType.REF:
                continue
            editor = editor_for(spec)
            label_text = field_label(spec.name) + (" *" if spec.required else "")
            label = QLabel(label_text)
            label.setBuddy(editor.focus_target())
            if spec.restricted:
                label.setToolTip(
                    QCoreApplication.translate(
                        "RecordForm",
                        "Restricted: stays on this laptop unless you choose to send it.",
                    )
                )
            error = error_label(f"error_{spec.name}")
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            layout.addRow(label, box)
            self.editors[spec.name] = editor
            self.errors[spec.name] = error
        self.general_error = error_label("error_general")
        layout.addRow(self.general_error)
        defaults = {spec.name: spec.default for spec in FIELDS[kind]}
        self.set_values(values if values else defaults)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for spec in FIELDS[self.kind]:
            if spec.name in self.editors:
                self.editors[spec.name].set_value(values.get(spec.name))
            elif spec.name in values:
                self._fixed[spec.name] = values[spec.name]

    def values(self) -> dict[str, Any]:
        out = dict(self._fixed)
        out.update({name: editor.value() for name, editor in self.editors.items()})
        return out

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            self.general_error.setText(message)
            self.general_error.show()
            return
        label.setText(message)
        label.show()
        self.editors[field].focus_target().setFocus()


class RecordDialog(QDialog):
    """New or edit: runs `save(values)` and stays open with the reason if it is refused."""

    def __init__(
        self,
        kind: Kind,
        save: Callable[[dict[str, Any]], Record],
        values: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
        suggestions: Mapping[str, list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("record_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        what = kind_label(kind)
        title = (
            QCoreApplication.translate("RecordForm", "Edit: %1")
            if values
            else QCoreApplication.translate("RecordForm", "New: %1")
        )
        self.setWindowTitle(title.replace("%1", what))
        self.saved: Record | None = None
        self._save = save
        self.form = RecordForm(kind, values)
        for name, names in (suggestions or {}).items():
            editor = self.form.editors.get(name)
            target = editor.focus_target() if editor is not None else None
            if isinstance(target, QLineEdit):
                suggest(target, names)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.cancel)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.focus_target().setFocus()
        self._as_opened = self.form.values()

    def changed(self) -> bool:
        return self.form.values() != self._as_opened

    def cancel(self) -> None:
        """Cancel or Escape: what was typed is not thrown away without asking. (Locking
        closes the form at once, through `close`, without this question.)"""
        if self.changed() and not confirm.ask(
            self,
            QCoreApplication.translate("RecordForm", "Discard changes?"),
            QCoreApplication.translate(
                "RecordForm", "What you typed in this form has not been saved."
            ),
            QCoreApplication.translate("RecordForm", "Discard"),
        ):
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def try_save(self) -> None:
        self.form.clear_errors()
        try:
            self.saved = self._save(self.form.values())
        except ValidationError as exc:
            self.form.show_error(exc.field, error_text(exc))
            return
        except PslappError as exc:
            self.form.show_error("", str(exc))
            return
        self.accept()
