"""Translations: `.ts` sources in `resources/translations/`, compiled to `.qm` by
`python -m pslapp.gui.i18n build` (pyside6-lrelease); `update` refreshes the sources from
the code (pyside6-lupdate). At start-up the `.qm` of the chosen language is loaded if it
was built; without it, the app speaks English."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pslapp.gui.resources import translations_dir
from pslapp.gui.ts_plurals import keep_plurals

LANGUAGES = ("en", "ru", "uk", "de", "fr")
_installed: list[QTranslator] = []
_current = ["en"]  # the interface language installed last


def current() -> str:
    """The interface language installed last (lists sort names in its order; names from
    CLDR, dates)."""
    return _current[0]


def pick_language(setting: str = "") -> str:
    """The setting if there is one, else the system language if supported, else English."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QCoreApplication, language: str) -> bool:
    """Load `pslapp_<language>.qm`, and Qt's own `qtbase_<language>.qm` (the Save and Cancel
    of dialog buttons, the file dialog, the wizard's Next and Back, the context menus of text
    fields), which PySide6 ships. False (and English) if ours is not built."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current[0] = language if language in LANGUAGES else "en"
    QLocale.setDefault(QLocale(language))  # dates, numbers and Qt's own texts follow
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    translator = QTranslator(app)
    if translator.load(f"pslapp_{language}", str(translations_dir())) and app.installTranslator(
        translator
    ):
        _installed.append(translator)
        return True
    return False


def _tool(name: str) -> str:
    """A Qt tool that ships next to the Python running this (e.g. in a venv's bin)."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    gui = Path(__file__).parent
    return sorted(p for p in gui.rglob("*.py") if "__pycache__" not in p.parts)


def update(folder: Path | None = None) -> None:
    """Refresh the `.ts` files in `folder` (the app's own by default) from the code, plural
    messages kept (`ts_plurals`: lupdate 6.11 drops their forms)."""
    folder = folder or translations_dir()
    files = [str(p) for p in sources()]
    for language in LANGUAGES:
        ts = folder / f"pslapp_{language}.ts"
        before = ts.read_text(encoding="utf-8")
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *files, "-ts", str(ts)],
            check=True,
        )
        after = ts.read_text(encoding="utf-8")
        ts.write_text(keep_plurals(before, after, language), encoding="utf-8")


def build() -> None:
    folder = translations_dir()
    for language in LANGUAGES:
        ts = folder / f"pslapp_{language}.ts"
        qm = folder / f"pslapp_{language}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    commands = {"build": build, "update": update}
    if len(argv) != 1 or argv[0] not in commands:
        print("usage: python -m pslapp.gui.i18n build|update", file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
