"""The duplicates view and the merge dialog for `pslapp.gui.screenshots`, on the demo's
sample people (who include the same person in two scripts). Nothing is merged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pslapp.gui import runner

if TYPE_CHECKING:
    from pslapp.gui.main_window import MainWindow

Save = Callable[[QWidget, Path], None]


def _two_scripts(first: str, second: str) -> bool:
    return first.isascii() != second.isascii()


def shoot(window: MainWindow, out: Path, suffix: str, save: Save) -> None:
    dialog = window.open_duplicates()
    assert dialog is not None
    while dialog.job is not None:  # the pairs are looked for off the UI thread
        runner.wait_all()
        QCoreApplication.processEvents()
    across = next((p for p in dialog.pairs if _two_scripts(p.first_name, p.second_name)), None)
    if across is not None:
        dialog.select(across.first_name, across.second_name)
    save(dialog, out / f"duplicates-{suffix}.png")
    merge = dialog.merge_selected()
    if merge is not None:
        save(merge, out / f"merge-{suffix}.png")
        merge.close()
    dialog.close()
