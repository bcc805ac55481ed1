"""The frozen app, one folder holding both programs: `pslapp` (the desktop app) and
`pslapp-cli`. Each platform's spec file calls `freeze()` with what differs (icon, version
resource, macOS bundle). Spec files are run by PyInstaller, which defines SPECPATH."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PyInstaller.building.build_main import COLLECT, EXE, PYZ, Analysis
from PyInstaller.utils.hooks import collect_data_files, copy_metadata

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # packaging/, for release.py

import bundle_plan
import release

HERE = Path(__file__).resolve().parent
NAME = "pslapp"


def _analysis(entry: str, *, gui: bool) -> Any:
    excludes = list(bundle_plan.EXCLUDES)
    excludes += list(bundle_plan.QT_EXCLUDES) if gui else ["PySide6", "shiboken6"]
    datas = bundle_plan.data_files() + copy_metadata(NAME)
    for package in ("anyascii", "iuliia", "babel"):  # data files read at run time
        datas += collect_data_files(package)
    return Analysis(
        [str(HERE / entry)],
        pathex=[str(bundle_plan.SRC.parent)],
        datas=datas,
        hiddenimports=bundle_plan.hidden_imports(gui=gui),
        excludes=excludes,
        noarchive=False,
    )


def _keep(toc: Any, *, system_libraries: Path | None, found: set[str]) -> list[Any]:
    """The TOC without Qt files pslapp never loads and, when `system_libraries` is given,
    without the distribution's shared libraries (their paths are collected in `found`)."""
    kept = []
    for dest, source, kind in toc:
        if bundle_plan.unused_qt_file(dest):
            continue
        if (
            system_libraries is not None
            and kind == "BINARY"
            and bundle_plan.is_system_library(source)
        ):
            found.add(source)
            continue
        kept.append((dest, source, kind))
    return kept


def freeze(
    *,
    system_libraries: Path | None = None,
    icon: str | None = None,
    version_file: str | None = None,
    codesign_identity: str | None = None,
    entitlements_file: str | None = None,
) -> Any:
    """Build both programs into dist/pslapp/ and return the COLLECT (for a macOS BUNDLE).
    With `system_libraries` (Linux), the distribution's libraries stay out of the bundle
    and their paths are written to that file, for the package's dependencies."""
    release.check()
    signing: dict[str, Any] = {
        "codesign_identity": codesign_identity,
        "entitlements_file": entitlements_file,
    }
    gui = _analysis("entry_gui.py", gui=True)
    cli = _analysis("entry_cli.py", gui=False)
    gui_exe = EXE(
        PYZ(gui.pure),
        gui.scripts,
        [],
        exclude_binaries=True,
        name="pslapp",
        console=False,
        icon=icon,
        version=version_file,
        **signing,
    )
    cli_exe = EXE(
        PYZ(cli.pure),
        cli.scripts,
        [],
        exclude_binaries=True,
        name="pslapp-cli",
        console=True,
        icon=icon,
        version=version_file,
        **signing,
    )
    found: set[str] = set()

    def keep(toc: Any) -> list[Any]:
        return _keep(toc, system_libraries=system_libraries, found=found)

    collected = COLLECT(
        gui_exe,
        keep(gui.binaries),
        keep(gui.datas),
        cli_exe,
        keep(cli.binaries),
        keep(cli.datas),
        strip=False,
        upx=False,
        name=NAME,
    )
    if system_libraries is not None:
        system_libraries.parent.mkdir(parents=True, exist_ok=True)
        system_libraries.write_text("".join(f"{p}\n" for p in sorted(found)), encoding="utf-8")
    return collected


_WINDOWS_VERSION = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'The pslapp contributors'),
      StringStruct('FileDescription', 'pslapp'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductName', 'pslapp'),
      StringStruct('ProductVersion', '{version}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def windows_version_file(work: Path) -> Path:
    """The version resource of both .exe files (Explorer's Properties > Details), in
    PyInstaller's version-file format (written out: its own module needs pefile)."""
    numbers = (*(int(p) for p in release.version().split(".")[:3]), 0)
    work.mkdir(parents=True, exist_ok=True)
    path = work / "version_info.txt"
    text = _WINDOWS_VERSION.format(numbers=numbers, version=release.version())
    path.write_text(text, encoding="utf-8")
    return path


def macos_bundle(collected: Any, *, icon: str) -> Any:
    """dist/pslapp.app around the collected folder, with pyproject's version."""
    from PyInstaller.building.osx import BUNDLE  # noqa: PLC0415 (macOS spec only)

    return BUNDLE(
        collected,
        name="pslapp.app",
        icon=icon,
        bundle_identifier=release.APP_ID,
        version=release.version(),
        info_plist={
            "CFBundleName": "pslapp",
            "CFBundleDisplayName": "pslapp",
            "CFBundleShortVersionString": release.version(),
            "NSHighResolutionCapable": True,
            "NSRequiresAquaSystemAppearance": False,  # follows the system's dark mode
            "LSMinimumSystemVersion": "12.0",
            "LSApplicationCategoryType": "public.app-category.productivity",
        },
    )
