"""Coalitions, and inside each one its member organisations and people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pslapp.core.enums import CoalitionRole, Kind
from pslapp.core.record import Record
from pslapp.gui.clipboard import SecretClipboard
from pslapp.gui.flow_layout import FlowLayout
from pslapp.gui.forms.record_picker import RecordPicker
from pslapp.gui.labels import kind_label, value_label
from pslapp.gui.models.tag_palette import TagPalette
from pslapp.gui.views.record_list import RecordListView
from pslapp.gui.views.related_panel import wrap_lines
from pslapp.services import coalitions, records

COLUMNS = ["name", "founded_on", "tags"]
MEMBERSHIP_ROLE = Qt.ItemDataRole.UserRole + 1  # the membership record's id


def role_text(role: str) -> str:
    """A role, translated when it is one the app offers; one in the user's (or a peer's)
    own words as it was written."""
    return value_label(role) if role in {r.value for r in CoalitionRole} else role


class MembersPanel(QWidget):
    def __init__(self, view: CoalitionsView) -> None:
        super().__init__()
        self.setObjectName("members_panel")
        self._view = view
        self.coalition_id: str | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "section")
        self.list = QListWidget()
        self.list.setObjectName("members_list")
        self.list.setMinimumHeight(160)
        wrap_lines(self.list)
        add_org = QPushButton(QCoreApplication.translate("CoalitionsView", "Add organisation…"))
        add_org.setObjectName("add_member_org")
        add_org.clicked.connect(lambda: self.add_member(Kind.ORGANISATION))
        add_person = QPushButton(QCoreApplication.translate("CoalitionsView", "Add person…"))
        add_person.setObjectName("add_member_person")
        add_person.clicked.connect(lambda: self.add_member(Kind.PERSON))
        self.remove_button = QPushButton(
            QCoreApplication.translate("CoalitionsView", "Remove from coalition")
        )
        self.remove_button.setObjectName("remove_member")
        self.remove_button.setToolTip(
            QCoreApplication.translate("CoalitionsView", "The record itself stays (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.role_button = QPushButton(QCoreApplication.translate("CoalitionsView", "Role…"))
        self.role_button.setObjectName("member_role")
        self.role_button.setToolTip(
            QCoreApplication.translate("CoalitionsView", "What they are in this coalition (Enter)")
        )
        self.role_button.clicked.connect(self.open_role_menu)
        self.list.itemActivated.connect(lambda _item: self.open_role_menu())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        buttons = FlowLayout()  # wraps rather than widening the details (Russian, German)
        buttons.addWidget(add_org)
        buttons.addWidget(add_person)
        buttons.addWidget(self.role_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_coalition(self, coalition_id: str | None) -> None:
        self.coalition_id = coalition_id
        self.list.clear()
        self._selection_changed()
        vault = self._view.vault
        if coalition_id is None or vault is None:
            return
        found = coalitions.members(vault, coalition_id)
        for membership, member in found:
            text = f"{member.title}  ·  {kind_label(member.kind)}"
            if membership.values.get("role"):
                text += f"  ·  {role_text(str(membership.values['role']))}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setData(MEMBERSHIP_ROLE, membership.id)
            self.list.addItem(item)
        if found:
            self.heading.setText(
                QCoreApplication.translate("CoalitionsView", "Members: %1").replace(
                    "%1", str(len(found))
                )
            )
        else:
            self.heading.setText(
                QCoreApplication.translate(
                    "CoalitionsView", "No members yet. Add an organisation or a person."
                )
            )

    def add_member(self, kind: Kind) -> RecordPicker | None:
        vault, coalition_id = self._view.vault, self.coalition_id
        if vault is None or coalition_id is None:
            return None
        picker = RecordPicker(vault, kind, self)
        picker.picked.connect(lambda rid: self._add(kind, rid))
        picker.open()
        return picker

    def _add(self, kind: Kind, record_id: str) -> None:
        vault, coalition_id = self._view.vault, self.coalition_id
        if vault is None or coalition_id is None:
            return
        before = {m.id for m, _member in coalitions.members(vault, coalition_id)}
        if kind is Kind.ORGANISATION:
            added = coalitions.add_member(vault, coalition_id, organisation_id=record_id)
        else:
            added = coalitions.add_member(vault, coalition_id, person_id=record_id)
        self.show_coalition(coalition_id)
        if added.id in before:
            self._view.message.emit(
                QCoreApplication.translate("CoalitionsView", "Already a member of this coalition.")
            )

    def _selection_changed(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.remove_button.setEnabled(chosen)
        self.role_button.setEnabled(chosen)

    def open_role_menu(self) -> QMenu | None:
        """The roles the app offers, translated, the member's own ticked; a role in someone's
        own words is shown as written, ticked, until another is picked."""
        items = self.list.selectedItems()
        vault = self._view.vault
        if vault is None or not items:
            return None
        membership_id = str(items[0].data(MEMBERSHIP_ROLE))
        current = records.get(vault, Kind.COALITION_MEMBER, membership_id).values.get("role")
        menu = QMenu(self)
        menu.setObjectName("member_role_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        codes = [r.value for r in CoalitionRole]
        if current and current not in codes:
            written = menu.addAction(str(current))
            written.setCheckable(True)
            written.setChecked(True)
            written.setEnabled(False)
            menu.addSeparator()
        for code in [*codes, ""]:
            label = (
                value_label(code)
                if code
                else QCoreApplication.translate("CoalitionsView", "No role")
            )
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked((current or "") == code)
            action.setData(code)
        menu.triggered.connect(lambda action: self._role_chosen(membership_id, action))
        rect = self.list.visualItemRect(items[0])
        menu.popup(self.list.viewport().mapToGlobal(rect.bottomLeft()))
        return menu

    def _role_chosen(self, membership_id: str, action: QAction) -> None:
        vault, coalition_id = self._view.vault, self.coalition_id
        if vault is None or coalition_id is None or action.data() is None:
            return
        code = str(action.data())
        coalitions.set_role(vault, membership_id, code or None)
        row = self.list.currentRow()
        self.show_coalition(coalition_id)
        self.list.setCurrentRow(row)
        self.list.setFocus()

    def remove_selected(self) -> None:
        vault, coalition_id = self._view.vault, self.coalition_id
        items = self.list.selectedItems()
        if vault is None or coalition_id is None or not items:
            return
        before = coalitions.remove_member(vault, str(items[0].data(MEMBERSHIP_ROLE)))
        self.show_coalition(coalition_id)
        self.list.setFocus()
        self._view.deleted.emit(before)  # the main window's Ctrl+Z brings them back


class CoalitionsView(RecordListView):
    def __init__(self, palette: TagPalette, clipboard: SecretClipboard) -> None:
        super().__init__(
            Kind.COALITION,
            COLUMNS,
            palette,
            clipboard,
            QCoreApplication.translate(
                "CoalitionsView",
                "No coalitions yet.\nPress Ctrl+N to start one, then add its members.",
            ),
        )
        self.members = MembersPanel(self)
        self.detail.give_extra_room()
        self.detail.extra.addWidget(self.members)

    def show_extra(self, record: Record | None) -> None:
        if hasattr(self, "members"):
            self.members.show_coalition(record.id if record else None)

    def clear(self) -> None:
        self.members.list.clear()
        super().clear()
