"""`python -m pslapp.gui.screenshots DIR`: a PNG of every main screen, filled with the
demo's sample data, in light and in dark (for the README, the user guide and for
looking at the app critically)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QWidget

from pslapp.gui import i18n
from pslapp.gui.create_vault import CreateVaultDialog
from pslapp.gui.demo import DEMO_PASSPHRASE, FAST_KDF, remove_demo
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.gui.style import apply_style
from pslapp.gui.unlock import UnlockDialog
from pslapp.gui.views.record_list import RecordListView
from pslapp.services.sample import populate
from pslapp.services.vault import create_vault

SIZE = QSize(1280, 800)
SCREENS = ("people", "organisations", "coalitions", "chapters", "events")


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    _settle()
    widget.grab().save(str(path))
    print(path)


def _select(view: RecordListView, record_id: str | None) -> None:
    if record_id is not None:
        view.select_id(record_id)
    elif view.model.rowCount():
        view.table.selectRow(0)


def shoot(out: Path, app: QApplication) -> None:
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="pslapp-shots-"))
    try:
        vault, _code = create_vault(root / "vault", DEMO_PASSPHRASE, "Demo", kdf=FAST_KDF)
        summary = populate(vault, people=400, seed=7)
        chosen = {"coalitions": summary.coalition_id, "events": summary.forum_id}
        for dark in (False, True):
            suffix = "dark" if dark else "light"
            apply_style(app, dark=dark)
            session = Session(root / "vault", demo=True)
            session.open_window(vault)
            window = session.window
            assert isinstance(window, MainWindow)
            window.resize(SIZE)
            for row, name in enumerate(SCREENS):
                window.sidebar.setCurrentRow(row)
                _select(window.current_view, chosen.get(name))
                _save(window, out / f"{name}-{suffix}.png")
            window.sidebar.setCurrentRow(0)
            window.search.setText("shev")
            window.apply_search()
            _select(window.current_view, None)
            _save(window, out / f"search-{suffix}.png")
            dialog = window.current_view.edit_selected()
            assert isinstance(dialog, RecordDialog)
            dialog.resize(640, 760)
            _save(dialog, out / f"edit-person-{suffix}.png")
            dialog.close()
            window.drop()
            window.close()
            unlock = UnlockDialog(root / "vault")
            unlock.show()
            _save(unlock, out / f"unlock-{suffix}.png")
            unlock.close()
            create = CreateVaultDialog(root / "new")
            create.show()
            create.first.setText("red banners over")
            _save(create, out / f"create-vault-{suffix}.png")
            create.code.setText("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB")
            create.pages.setCurrentIndex(1)
            _save(create, out / f"recovery-code-{suffix}.png")
            create.close()
        vault.lock()
    finally:
        remove_demo(root)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m pslapp.gui.screenshots OUTPUT_DIR", file=sys.stderr)
        return 2
    app = QApplication([sys.argv[0]])
    app.setApplicationName("pslapp")
    language = os.environ.get("PSLAPP_LANGUAGE", "en")
    i18n.install(app, language)
    shoot(Path(argv[0]), app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
