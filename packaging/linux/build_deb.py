"""The .deb of the frozen app, built with dpkg-deb from a staged tree:

    /opt/pslapp/                      the frozen one-folder app (both programs)
    /usr/bin/pslapp, pslapp-cli       links into it
    /usr/share/applications/          org.pslapp.pslapp.desktop
    /usr/share/metainfo/              org.pslapp.pslapp.metainfo.xml (releases from CHANGELOG.md)
    /usr/share/icons/hicolor/         the icon, SVG and PNG sizes
    /usr/share/doc/pslapp/            copyright, changelog.gz

Depends names the libraries Qt's xcb plugin needs on a bare Debian (XCB_RUNTIME), every
distribution library the bundle was linked against on the build machine (the frozen app
leaves them out; `dpkg -S` says which package holds each), and the C library at the newest
symbol version the bundle uses.

    python packaging/linux/build_deb.py FROZEN_DIR SYSTEM_LIBRARIES_TXT OUT_DIR

Compressed with zstd (dpkg 1.21.18+, Debian 12, Ubuntu 22.04): xz made it 16% smaller and
took ten times as long on the 2-CPU build machine.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "icons"))

import metainfo  # noqa: E402
import release  # noqa: E402
import render_icons  # noqa: E402

# What Qt's xcb platform plugin links against on a bare Debian (one list, also read by
# check_desktop_libraries.sh before `make run`).
XCB_RUNTIME = tuple(
    line.strip()
    for line in (HERE / "xcb-runtime.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
# GTK 3 lets Qt's gtk3 platform theme follow the desktop's dark mode and file dialogs; the
# app runs without it. A font, for a system that has none yet.
RECOMMENDS = ("libgtk-3-0", "fonts-dejavu-core | fonts-freefont-ttf")
SECTION = "utils"
DESCRIPTION = """Encrypted, offline-first organising vault for activist chapters
 pslapp keeps the people, volunteers and their skills, events and who came,
 partner organisations and coalitions of a network of chapters in an encrypted
 vault (SQLCipher) on the coordinator's own laptop, fully offline. Changes travel
 between trusted coordinators as sealed bundles: age files encrypted to named
 people with post-quantum hybrid keys, signed by their authors and merged field
 by field.
 .
 This package holds the desktop app (pslapp) and the command line (pslapp-cli)."""

_GLIBC = re.compile(rb"GLIBC_(2\.[0-9]+(?:\.[0-9]+)?)\x00")


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def newest_glibc(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version any ELF file of the bundle asks for."""
    newest = (2, 0)
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) != b"\x7fELF":
                    continue
                data = f.read()
            for match in _GLIBC.finditer(data):
                version = tuple(int(x) for x in match[1].decode().split("."))
                newest = max(newest, version)
    return ".".join(str(x) for x in newest)


def packages_of(libraries: list[str]) -> set[str]:
    """The Debian package that holds each library file (`dpkg -S`)."""
    owners: set[str] = set()
    for library in libraries:
        candidates = [library, os.path.realpath(library)]
        if library.startswith("/lib"):
            candidates.append("/usr" + library)
        elif library.startswith("/usr/lib"):
            candidates.append(library.removeprefix("/usr"))
        for candidate in candidates:
            done = subprocess.run(
                ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
            )
            if done.returncode == 0:
                owners.add(done.stdout.split(":")[0].strip())
                break
        else:
            raise SystemExit(f"build_deb: no Debian package holds {library}")
    return owners


def depends(frozen: Path, system_libraries: list[str]) -> list[str]:
    names = (packages_of(system_libraries) | set(XCB_RUNTIME)) - {"libc6"}
    return [f"libc6 (>= {newest_glibc(frozen)})", *sorted(names)]


def _copyright() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: pslapp\n\n"
        "Files: *\n"
        "Copyright: The pslapp contributors\n"
        "License: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n"
    )


def stage(frozen: Path, root: Path) -> None:
    app_id = release.APP_ID
    shutil.copytree(frozen, root / "opt" / "pslapp", symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in ("pslapp", "pslapp-cli"):
        (bin_dir / program).symlink_to(f"../../opt/pslapp/{program}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / f"{app_id}.desktop", share / "applications" / f"{app_id}.desktop")
    (share / "metainfo").mkdir()
    (share / "metainfo" / f"{app_id}.metainfo.xml").write_text(metainfo.render(), encoding="utf-8")
    icons = share / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(render_icons.SVG, icons / "scalable" / "apps" / f"{app_id}.svg")
    pngs = root.parent / "icons"
    for png in render_icons.render(pngs):
        size = png.stem.rsplit("-", 1)[1]
        target = icons / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(png, target / f"{app_id}.png")
    doc = share / "doc" / "pslapp"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_copyright(), encoding="utf-8")
    changelog = (release.ROOT / "CHANGELOG.md").read_bytes()
    (doc / "changelog.gz").write_bytes(gzip.compress(changelog, mtime=0))
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def control(root: Path, frozen: Path, system_libraries: list[str]) -> str:
    files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    size_kib = sum(p.stat().st_size for p in files) // 1024
    fields = {
        "Package": "pslapp",
        "Version": release.version(),
        "Architecture": architecture(),
        "Maintainer": "The pslapp contributors <pslapp@localhost>",
        "Installed-Size": str(size_kib),
        "Depends": ", ".join(depends(frozen, system_libraries)),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": SECTION,
        "Priority": "optional",
        "Homepage": metainfo.homepage(),
        "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root)}\n")
    return "".join(lines)


def build(frozen: Path, system_libraries_txt: Path, out: Path) -> Path:
    libraries = system_libraries_txt.read_text(encoding="utf-8").split()
    name = f"pslapp_{release.version()}_{architecture()}"
    work = release.ROOT / "build" / "deb"
    root = work / name
    shutil.rmtree(work, ignore_errors=True)
    root.mkdir(parents=True)
    stage(frozen, root)
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "md5sums").write_text(md5sums(root), encoding="utf-8")
    (debian / "control").write_text(control(root, frozen, libraries), encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{name}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z12", "--build", str(root), str(deb)],
        check=True,
    )
    return deb


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: build_deb.py FROZEN_DIR SYSTEM_LIBRARIES_TXT OUT_DIR")
    print(build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
