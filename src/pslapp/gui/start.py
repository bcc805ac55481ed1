"""Starting the demo: the sample vault is filled off the UI thread behind a busy window,
then opened like any other; its folder is deleted when the app quits."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from pslapp.gui import runner
from pslapp.gui.demo import DEMO_PASSPHRASE, make_demo_vault, remove_demo
from pslapp.gui.session import Session
from pslapp.gui.unlock import error_message
from pslapp.services.vault import Vault


def start_demo(app: QApplication) -> int:
    made: dict[str, Path] = {}
    sessions: list[Session] = []
    busy = QProgressDialog(
        QCoreApplication.translate("Demo", "Preparing the demo with sample data…"), "", 0, 0
    )
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(0)
    busy.show()

    def done(result: object) -> None:
        root, vault = cast(tuple[Path, Vault], result)
        made["root"] = root
        busy.close()
        hint = QCoreApplication.translate("Demo", "Demo passphrase: %1").replace(
            "%1", DEMO_PASSPHRASE
        )
        session = Session(root / "vault", demo=True, unlock_hint=hint)
        sessions.append(session)
        app.aboutToQuit.connect(session.shutdown)
        session.wiped.connect(app.quit)
        session.open_window(vault)

    def failed(exc: Exception) -> None:
        busy.close()
        QMessageBox.critical(
            None, QCoreApplication.translate("Demo", "The demo could not start"), error_message(exc)
        )
        app.exit(1)

    runner.run(lambda _job: make_demo_vault(), on_done=done, on_error=failed)
    try:
        return app.exec()
    finally:
        runner.wait_all()
        for session in sessions:
            session.shutdown()
        if "root" in made:
            remove_demo(made["root"])
