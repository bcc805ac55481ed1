"""The look: Fusion with a light or dark palette that follows the system, and a small
stylesheet from `resources/style.qss`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pslapp.gui.resources import resource_dir

Role = QPalette.ColorRole

LIGHT = {
    Role.Window: "#f6f6f4",
    Role.WindowText: "#1d1d1f",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f5",
    Role.Text: "#1d1d1f",
    Role.Button: "#ffffff",
    Role.ButtonText: "#1d1d1f",
    Role.Highlight: "#b3261e",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#9c1f18",
    Role.PlaceholderText: "#7a7a7a",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1d1d1f",
}
DARK = {
    Role.Window: "#1f1f22",
    Role.WindowText: "#e8e8ea",
    Role.Base: "#26262a",
    Role.AlternateBase: "#2b2b30",
    Role.Text: "#e8e8ea",
    Role.Button: "#2d2d32",
    Role.ButtonText: "#e8e8ea",
    Role.Highlight: "#d9534a",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#ff8a80",
    Role.PlaceholderText: "#8e8e93",
    Role.ToolTipBase: "#2d2d32",
    Role.ToolTipText: "#e8e8ea",
}
TOKENS = {
    False: {
        "@muted": "#6b6b70",
        "@error": "#b3261e",
        "@good": "#2e7d32",
        "@badge": "#f2b233",
        "@border": "#d9d9d6",
        "@hover": "#ecebe8",
        "@sidebar": "#efeeea",
        "@alternate": "#f7f7f5",
        "@codebg": "#ffffff",
        "@indicator": "#8a8a8f",
        "@accent": LIGHT[Role.Highlight],
    },
    True: {
        "@muted": "#a0a0a6",
        "@error": "#ff6b60",
        "@good": "#66bb6a",
        "@badge": "#f2b233",
        "@border": "#3a3a40",
        "@hover": "#34343a",
        "@sidebar": "#19191c",
        "@alternate": "#2b2b30",
        "@codebg": "#26262a",
        "@indicator": "#9a9aa2",
        "@accent": DARK[Role.Highlight],
    },
}


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication, *, dark: bool | None = None) -> None:
    """Apply the palette and stylesheet; `dark=None` follows the system."""
    if dark is None:
        dark = system_prefers_dark()
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.ButtonText, Role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(TOKENS[dark]["@muted"]))
    app.setPalette(palette)
    try:
        sheet = (resource_dir() / "style.qss").read_text(encoding="utf-8")
    except OSError:
        sheet = ""
    base = QApplication.font().pointSizeF()
    if base <= 0:
        base = 10.0
    tokens = {
        **TOKENS[dark],
        "@check_svg": (resource_dir() / "check.svg").as_posix(),
        "@partial_svg": (resource_dir() / "partial.svg").as_posix(),
        "@chevron_svg": (resource_dir() / "chevron.svg").as_posix(),
        "@title_pt": f"{base * 1.4:.1f}pt",
        "@large_pt": f"{base * 1.1:.1f}pt",
        "@door_form_pt": f"{base * 1.35:.1f}pt",
        "@door_title_pt": f"{base * 1.8:.1f}pt",
        "@door_pt": f"{base * 2.2:.1f}pt",
        "@door_list_pt": f"{base * 1.7:.1f}pt",
        "@door_number_pt": f"{base * 2.6:.1f}pt",
    }
    for token, value in sorted(tokens.items(), key=lambda kv: -len(kv[0])):
        sheet = sheet.replace(token, value)
    app.setStyleSheet(sheet)


def follow_system(app: QApplication) -> None:
    """Re-style when the system switches between light and dark."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: apply_style(app))
