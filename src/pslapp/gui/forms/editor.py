"""What every field editor of a record form offers: `value()` for the raw value typed (cleaning
it is `core.validation`'s job), `set_value()`, and the widget that takes the focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from pslapp.core.fields import Field


class Editor(QWidget):
    """An editor for one field: `value()` and `set_value()`."""

    def __init__(self, spec: Field) -> None:
        super().__init__()
        self.spec = spec
        self.setObjectName(f"editor_{spec.name}")

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self
