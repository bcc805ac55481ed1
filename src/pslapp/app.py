"""Start-up of the desktop app `pslapp`."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel("pslapp")
    label.show()
    return app.exec()
