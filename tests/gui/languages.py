"""The interface in one language for one test: `yield from speaking(qapp, code)` in a
fixture. Skipped when the translations are not built; English again afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from pslapp.gui import i18n


def speaking(qapp: QCoreApplication, code: str) -> Iterator[str]:
    if not i18n.install(qapp, code):
        pytest.skip("translations not built (python -m pslapp.gui.i18n build)")
    yield code
    i18n.install(qapp, "en")
