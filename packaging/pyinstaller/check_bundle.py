"""The frozen app holds everything pslapp loads, also what PyInstaller cannot see (like
Picard's bundle check): fails, naming each missing piece, when a module imported anywhere
in src/pslapp (a function's own imports included), a lazily imported third-party module
(bundle_plan.LAZY_THIRD_PARTY), Alembic's migration files, package data, a translation or
a Qt plugin is not in dist/pslapp/.

    python packaging/pyinstaller/check_bundle.py [dist/pslapp]
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import bundle_plan
from PyInstaller.archive.readers import CArchiveReader

EXTENSION_SUFFIXES = (".so", ".pyd")
QT_PLUGINS = {
    "linux": (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
        "xcbglintegrations/libqxcb-egl-integration.so",
        "wayland-shell-integration/libxdg-shell.so",
        "platformthemes/libqgtk3.so",
        "platformthemes/libqxdgdesktopportal.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ),
    "win32": (
        "platforms/qwindows.dll",
        "platforms/qoffscreen.dll",
        "imageformats/qsvg.dll",
        "iconengines/qsvgicon.dll",
    ),
    "darwin": (
        "platforms/libqcocoa.dylib",
        "platforms/libqoffscreen.dylib",
        "imageformats/libqsvg.dylib",
        "iconengines/libqsvgicon.dylib",
    ),
}


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports_at_run_time(folder: Path) -> set[str]:
    """Modules the code under `folder` imports when it runs (not under TYPE_CHECKING)."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking(node):
            return
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    for path in sorted(folder.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    names.discard("__future__")
    return names


def _exists_here(module: str) -> bool:
    """Importable by the Python that built the bundle: a module for another platform
    (winreg on Linux) is not expected in this one."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def expected_modules(*, gui: bool) -> set[str]:
    code = imports_at_run_time(bundle_plan.SRC) | set(bundle_plan.own_modules())
    if not gui:
        gui_code = imports_at_run_time(bundle_plan.SRC / "gui") | imports_at_run_time(
            bundle_plan.SRC / "app.py"
        )
        code = imports_at_run_time(bundle_plan.SRC) - gui_code | {
            m for m in bundle_plan.own_modules() if not m.startswith(("pslapp.gui", "pslapp.app"))
        }
        code = {m for m in code if not m.startswith(("PySide6", "pslapp.gui", "pslapp.app"))}
    wanted = code | set(bundle_plan.LAZY_THIRD_PARTY) | set(bundle_plan.migration_imports())
    wanted = {m for m in wanted if not m.startswith("pslapp.storage.migrations")}
    return {m for m in wanted if _exists_here(m)}


def bundled_modules(executable: Path, internal: Path) -> set[str]:
    """Modules in the executable's PYZ archive, the core of the standard library in
    base_library.zip, the interpreter's built-in modules, and extension modules."""
    archive = CArchiveReader(str(executable))
    names: set[str] = set(sys.builtin_module_names)
    with zipfile.ZipFile(internal / "base_library.zip") as base:
        for member in base.namelist():
            if member.endswith(".pyc"):
                dotted = member.removesuffix(".pyc").replace("/", ".")
                names.add(dotted.removesuffix(".__init__"))
    for name, entry in archive.toc.items():
        if entry[-1] == "z":
            names.update(archive.open_embedded_archive(name).toc)
        elif entry[-1] in ("m", "M"):  # the bootstrap's own modules
            names.add(name)
    for path in internal.rglob("*"):
        if path.suffix in EXTENSION_SUFFIXES and path.is_file():
            parts = list(path.relative_to(internal).parts)
            parts[-1] = parts[-1].split(".")[0]
            names.add(".".join(parts).removeprefix("python3.11.lib-dynload."))
            names.add(parts[-1])  # lib-dynload modules are top-level
    return names


def missing_modules(executable: Path, internal: Path, *, gui: bool) -> list[str]:
    present = bundled_modules(executable, internal)
    return sorted(m for m in expected_modules(gui=gui) if m not in present)


def missing_files(internal: Path) -> list[str]:
    missing = [
        f"{d}/ (empty)" for d in bundle_plan.DATA_FOLDERS if not any((internal / d).glob("*"))
    ]
    for source in sorted(bundle_plan.MIGRATIONS.rglob("*.py")):
        rel = source.relative_to(bundle_plan.SRC.parent)
        if source.name != "__init__.py" and not (internal / rel).is_file():
            missing.append(str(rel))
    translations = internal / "pslapp/gui/resources/translations"
    qt_translations = internal / "PySide6/Qt/translations"
    for language in bundle_plan.LANGUAGES:
        for path in (
            translations / f"pslapp_{language}.qm",
            qt_translations / f"qtbase_{language}.qm",
        ):
            if not path.is_file():
                missing.append(str(path.relative_to(internal)))
    for name in ("style.qss", "check.svg", "partial.svg", "chevron.svg", "icons/pslapp.svg"):
        if not (internal / "pslapp/gui/resources" / name).is_file():
            missing.append(f"pslapp/gui/resources/{name}")
    plugins = internal / "PySide6/Qt/plugins"
    if not plugins.is_dir():
        plugins = internal / "PySide6/plugins"  # the Windows wheel's layout
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    missing += [
        f"Qt plugin {p}" for p in QT_PLUGINS.get(platform, ()) if not (plugins / p).is_file()
    ]
    if not list(internal.glob("pslapp-*.dist-info")):
        missing.append("pslapp-*.dist-info (the version of --version)")
    return missing


def reported_versions(folder: Path) -> list[str]:
    """Both programs answer --version with pyproject's version."""
    sys.path.insert(0, str(bundle_plan.ROOT / "packaging"))
    import release  # noqa: PLC0415 (packaging/ is not a package)

    wrong = []
    suffix = ".exe" if sys.platform == "win32" else ""
    for program in ("pslapp-cli", "pslapp"):
        done = subprocess.run(
            [str(folder / f"{program}{suffix}"), "--version"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        said = (done.stdout + done.stderr).strip()
        if said != f"pslapp {release.version()}":
            last = said.splitlines()[-1] if said else "nothing"
            wrong.append(f"{program} --version said {last!r}, pyproject says {release.version()}")
    return wrong


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else bundle_plan.ROOT / "dist" / "pslapp")
    internal = folder / "_internal"
    suffix = ".exe" if sys.platform == "win32" else ""
    problems = [
        f"pslapp-cli lacks module {m}"
        for m in missing_modules(folder / f"pslapp-cli{suffix}", internal, gui=False)
    ]
    problems += [
        f"pslapp lacks module {m}"
        for m in missing_modules(folder / f"pslapp{suffix}", internal, gui=True)
    ]
    problems += [f"missing {f}" for f in missing_files(internal)]
    problems += reported_versions(folder)
    for problem in problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"check_bundle: {folder} holds every module, file and plugin pslapp loads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
