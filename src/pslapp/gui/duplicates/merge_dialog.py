"""Merging two records of one person, side by side: each field's value in both records, a
choice where the merge has to pick one, and what every field becomes (lists and notes
joined, the stricter sensitivity, the other spelling in the alias). "Swap" changes which
record is kept; the summary says what moves. The merge itself is one short transaction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pslapp.core import person_merge as plan
from pslapp.core.enums import Kind
from pslapp.core.errors import PslappError
from pslapp.core.fields import field_of
from pslapp.core.record import Record
from pslapp.gui.labels import field_label, kind_count
from pslapp.gui.models.display import display_text, plain_tooltip
from pslapp.gui.views.detail_pane import plain_label
from pslapp.services import person_merge, records
from pslapp.services.vault import Vault

MOVING = (Kind.ATTENDANCE, Kind.LINK, Kind.COALITION_MEMBER)
KEPT, OTHER, AFTER = 1, 2, 3  # the grid's columns after the field's name
RADIO_TEXT = 60  # characters of a value on its radio button (the tooltip has it whole)


def _value_text(name: str, value: Any) -> str:
    return display_text(field_of(Kind.PERSON, name), value)


def _short(text: str) -> str:
    return text if len(text) <= RADIO_TEXT else text[: RADIO_TEXT - 1] + "…"


def choices(kept: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """The fields where taking the other record's value changes the result."""
    plain = plan.merged_person(kept, other)
    return [n for n in plan.CHOSEN if plan.merged_person(kept, other, [n]) != plain]


class MergeDialog(QDialog):
    merged = Signal(object)  # the MergeResult

    def __init__(self, vault: Vault, keep_id: str, other_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(QCoreApplication.translate("MergeDialog", "Merge two records"))
        self.vault = vault
        self.kept: Record = records.get(vault, Kind.PERSON, keep_id)
        self.other: Record = records.get(vault, Kind.PERSON, other_id)
        self.groups: dict[str, QButtonGroup] = {}
        self.after: dict[str, QLabel] = {}
        intro = plain_label(
            QCoreApplication.translate(
                "MergeDialog",
                "One person entered twice becomes one record. Where the two differ, choose "
                "the value to keep; lists and notes are joined, the stricter sensitivity "
                "stays, and the other spelling of the name goes to the alias.",
            ),
            selectable=False,
        )
        intro.setProperty("role", "caption")
        self.swap_button = QPushButton(
            QCoreApplication.translate("MergeDialog", "Keep the other record")
        )
        self.swap_button.setObjectName("merge_swap")
        self.swap_button.setToolTip(
            QCoreApplication.translate("MergeDialog", "Swap which record is kept")
        )
        self.swap_button.clicked.connect(self.swap)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(KEPT, 1)
        self.grid.setColumnStretch(OTHER, 1)
        self.grid.setColumnStretch(AFTER, 1)
        self.grid.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setWidget(self.grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = plain_label(selectable=False)
        self.summary.setObjectName("merge_summary")
        self.error = plain_label(selectable=False)
        self.error.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            QCoreApplication.translate("MergeDialog", "Merge"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(scroll, 1)
        column.addWidget(self.summary)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self._fill()
        self.resize(960, 600)

    # Building

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for group in self.groups.values():
            group.deleteLater()
        self.groups, self.after = {}, {}
        kept, other = self.kept.values, self.other.values
        headings = (
            QCoreApplication.translate("MergeDialog", "Kept: %1").replace("%1", self.kept.title),
            QCoreApplication.translate("MergeDialog", "Merged into it: %1").replace(
                "%1", self.other.title
            ),
            QCoreApplication.translate("MergeDialog", "After the merge"),
        )
        for col, text in zip((KEPT, OTHER, AFTER), headings, strict=True):
            heading = plain_label(text, selectable=False)
            heading.setProperty("role", "section")
            self.grid.addWidget(heading, 0, col)
        chosen = choices(kept, other)
        result = plan.merged_person(kept, other)
        row = 1
        for name in plan.PERSON_FIELDS:
            shown = [_value_text(name, v.get(name)) for v in (kept, other, result)]
            if not any(shown):
                continue
            caption = QLabel(field_label(name))
            caption.setProperty("role", "caption")
            self.grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if name in chosen:
                self._radios(name, shown[0], shown[1], row)
            else:
                for col, text in ((KEPT, shown[0]), (OTHER, shown[1])):
                    label = plain_label(text, selectable=False)
                    self.grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
            after = plain_label(selectable=False)
            after.setObjectName(f"after_{name}")
            self.after[name] = after
            self.grid.addWidget(after, row, AFTER, Qt.AlignmentFlag.AlignTop)
            row += 1
        self.grid.setRowStretch(row, 1)
        self.summary.setText(self._summary())  # what moves depends only on who is kept
        self._update()

    def _radios(self, name: str, kept_text: str, other_text: str, row: int) -> None:
        group = QButtonGroup(self)
        for col, text in ((KEPT, kept_text), (OTHER, other_text)):
            radio = QRadioButton(_short(text))
            radio.setObjectName(f"take_{'other' if col == OTHER else 'kept'}_{name}")
            radio.setToolTip(plain_tooltip(text))
            radio.setChecked(col == KEPT)
            group.addButton(radio, col)
            self.grid.addWidget(radio, row, col, Qt.AlignmentFlag.AlignTop)
        group.idToggled.connect(lambda _id, _on: self._update())
        self.groups[name] = group

    def _update(self) -> None:
        result = self.preview()
        for name, label in self.after.items():
            label.setText(_value_text(name, result.get(name)))

    def _summary(self) -> str:
        counts = [
            (kind, records.count(self.vault, kind, where={"person_id": self.other.id}))
            for kind in MOVING
        ]
        moving = [kind_count(kind, n) for kind, n in counts if n]
        undo = QCoreApplication.translate("MergeDialog", "Ctrl+Z undoes the merge.")
        if not moving:
            nothing = QCoreApplication.translate(
                "MergeDialog", "%1 has no attendances, links or memberships to move."
            ).replace("%1", self.other.title)
            return f"{nothing} {undo}"
        text = (
            QCoreApplication.translate("MergeDialog", "%1 will move to %2.")
            .replace("%1", ", ".join(moving))
            .replace("%2", self.kept.title)
        )
        return f"{text} {undo}"

    # Choosing

    def take_other(self) -> list[str]:
        return [name for name, group in self.groups.items() if group.checkedId() == OTHER]

    def choose(self, name: str, *, other: bool) -> None:
        button = self.groups[name].button(OTHER if other else KEPT)
        button.setChecked(True)

    def preview(self) -> dict[str, Any]:
        return plan.merged_person(self.kept.values, self.other.values, self.take_other())

    def swap(self) -> None:
        self.kept, self.other = self.other, self.kept
        self.error.clear()
        self._fill()

    def merge(self) -> None:
        try:
            result = person_merge.merge(
                self.vault, self.kept.id, self.other.id, take_other=self.take_other()
            )
        except PslappError as exc:
            self.error.setText(
                QCoreApplication.translate("MergeDialog", "Nothing was merged: %1").replace(
                    "%1", str(exc)
                )
            )
            return
        self.merged.emit(result)
        self.accept()
