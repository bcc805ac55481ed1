"""The everyday screens for `pslapp.gui.screenshots` that a list alone does not show: a
person's event history, the shortcut overview (F1), and the check-in CSV export with the
passphrase gate it opens when restricted people go along."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from pslapp.gui.main_window import MainWindow
from pslapp.gui.passphrase_gate import PassphraseGate
from pslapp.gui.views.people import PeopleView
from pslapp.services import events

Save = Callable[[QWidget, Path], None]


def shoot(window: MainWindow, forum_id: str, out: Path, suffix: str, save: Save) -> None:
    assert window.vault is not None
    people = window.view_of(PeopleView)
    window.sidebar.setCurrentRow(window.views.index(people))
    someone = events.attendees(window.vault, forum_id)[0].person.id
    people.select_id(someone)
    save(window, out / f"person-events-{suffix}.png")
    overview = window.show_shortcuts()
    save(overview, out / f"shortcuts-{suffix}.png")
    overview.close()
    dialog = window.open_print(forum_id)
    assert dialog is not None
    dialog.csv_choice.setChecked(True)
    dialog.restricted.setChecked(True)
    save(dialog, out / f"print-csv-{suffix}.png")
    gate = PassphraseGate(window.vault.folder, dialog.restricted_warning(), dialog)
    gate.show()
    save(gate, out / f"print-csv-gate-{suffix}.png")
    gate.close()
    dialog.close()
