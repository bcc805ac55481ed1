"""What goes into the frozen app, shared by the three spec files and by the bundle check.

PyInstaller follows `import` statements it can see. What it cannot see is listed here:
modules imported inside functions of third-party code, files that are loaded by path at run
time (Alembic's `env.py` and revisions), package data read with importlib.resources
(anyascii's tables), and the app's own resources (stylesheet, icons, built translations).
`check_bundle.py` then proves every one of them reached the bundle.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "pslapp"
RESOURCES = ROOT / "resources"
MIGRATIONS = SRC / "storage" / "migrations"
ICONS = ROOT / "packaging" / "icons"

# Third-party modules reached only lazily or through strings: the dialect SQLAlchemy looks
# up by name, Alembic's pieces that `alembic.command` imports inside functions, the C
# backends of zstandard and sqlcipher3, segno's writers, the Rust bindings of cryptography.
LAZY_THIRD_PARTY = (
    "alembic.command",
    "alembic.config",
    "alembic.context",
    "alembic.op",
    "alembic.ddl.sqlite",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alembic.script",
    "alembic.script.base",
    "alembic.script.revision",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    "sqlcipher3._sqlite3",
    "zstandard",
    "zstandard.backend_c",
    "segno",
    "segno.writers",
    "segno.encoder",
    "anyascii",
    "rapidfuzz.fuzz",
    "rapidfuzz.process",
    "rapidfuzz.distance",
    "cryptography.hazmat.bindings._rust",
    "platformdirs",
    "platformdirs.unix",
    "icu",  # sort keys (issue 13): the pyicu-wheels build, its ICU libraries beside it
    "iuliia",
    "translitua",
    "babel",
    "babel.core",
    "babel.localedata",
)

# Package data read at run time: a folder inside the bundle that must not be empty.
DATA_FOLDERS = (
    "anyascii/_data",
    "iuliia/schemas",  # the romanisation schemes, JSON files read by name
    "babel/locale-data",  # CLDR names of countries and languages
    "pslapp/storage/migrations/versions",
    "pslapp/gui/resources/translations",
)

# Not used by pslapp, large, and pulled in by optional imports of its dependencies.
EXCLUDES = (
    "tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "IPython",
    "numpy",
    "PIL",
    "alembic.testing",
    "sqlalchemy.testing",
    "setuptools",
    "pip",
)

# Qt modules the GUI does not use; the PySide6 hooks would otherwise keep some of them.
QT_EXCLUDES = (
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
)


def imports_in(folder: Path) -> set[str]:
    """Every absolute module named by an import in the .py files under `folder`, at any
    depth of the code (a function's own imports included)."""
    names: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    names.discard("__future__")
    return names


def own_modules() -> list[str]:
    """Every module of the pslapp package, as a dotted name."""
    names = []
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def migration_imports() -> list[str]:
    """Modules that Alembic's env.py and the revisions import: they are loaded from files
    at run time, so PyInstaller's analysis never reads them."""
    return sorted(imports_in(MIGRATIONS))


def hidden_imports(*, gui: bool) -> list[str]:
    modules = {*LAZY_THIRD_PARTY, *migration_imports(), *own_modules()}
    if not gui:
        modules = {m for m in modules if not m.startswith(("pslapp.gui", "pslapp.app"))}
    return sorted(m for m in modules if not m.startswith("pslapp.storage.migrations"))


def data_files() -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs: the resources where `gui/resources.py` looks
    for them in a bundle, and the migrations where `storage/schema.py` does."""
    pairs = [
        (str(RESOURCES / "style.qss"), "pslapp/gui/resources"),
        (str(ICONS / "pslapp.svg"), "pslapp/gui/resources/icons"),
        (str(MIGRATIONS / "env.py"), "pslapp/storage/migrations"),
        (str(MIGRATIONS / "script.py.mako"), "pslapp/storage/migrations"),
    ]
    pairs += [(str(p), "pslapp/gui/resources") for p in sorted(RESOURCES.glob("*.svg"))]
    pairs += [
        (str(p), "pslapp/storage/migrations/versions")
        for p in sorted((MIGRATIONS / "versions").glob("*.py"))
    ]
    qm = sorted((RESOURCES / "translations").glob("*.qm"))
    if not qm:
        raise SystemExit("no built translations: run `make translations` first")
    pairs += [(str(p), "pslapp/gui/resources/translations") for p in qm]
    return pairs


# Qt plugins for embedded screens and input devices: no desktop loads them.
UNUSED_QT_PLUGIN_FOLDERS = ("egldeviceintegrations", "generic")
UNUSED_QT_PLATFORMS = ("eglfs", "linuxfb", "minimal", "minimalegl", "vkkhrdisplay", "vnc")
UNUSED_QT_LIBRARIES = ("Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport")
LANGUAGES = ("en", "ru", "uk", "de", "fr")  # as gui/i18n.py


def unused_qt_file(dest: str) -> bool:
    """A Qt plugin, library or catalogue that pslapp never loads (destination path in the
    bundle, with / separators)."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1]
        if folder in UNUSED_QT_PLUGIN_FOLDERS:
            return True
        if folder == "platforms":
            stem = name.split(".")[0].removeprefix("lib").removeprefix("q")
            return stem in UNUSED_QT_PLATFORMS
    if "translations" in parts and parts[0] == "PySide6":
        # Qt's own catalogues: qt_xx (the meta catalogue) and qtbase_xx for our languages.
        stem = name.removesuffix(".qm")
        prefix, _, language = stem.rpartition("_")
        return not (prefix in ("qt", "qtbase") and language in LANGUAGES)
    return any(lib in name for lib in UNUSED_QT_LIBRARIES)


def is_system_library(source: str) -> bool:
    """A shared library of the build machine's distribution (Linux), which the .deb names
    in Depends instead of shipping a copy: the distribution's own build is the one that
    matches its graphics drivers, fontconfig files and security updates."""
    return source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/"))
