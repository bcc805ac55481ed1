"""What can be checked here of the packaging that builds elsewhere: the CI workflow and the
Flatpak manifest parse as YAML and name the right files; the WiX source parses as XML in
WiX's namespace and takes its version from the build; the macOS entitlements parse as a
property list; the spec files parse as Python; the shell scripts parse as bash; every
runtime dependency of pyproject (but PySide6, which the Flatpak's base provides) is pinned
by hash for the Flatpak.

    python packaging/check_definitions.py
"""

from __future__ import annotations

import ast
import plistlib
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import release  # noqa: E402

WIX = "{http://wixtoolset.org/schemas/v4/wxs}"


def workflow() -> list[str]:
    path = ROOT / ".github" / "workflows" / "packages.yml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = []
    jobs = doc.get("jobs", {})
    for job in ("linux", "windows", "macos"):
        if job not in jobs:
            problems.append(f"{path.name}: no {job} job")
            continue
        steps = " ".join(str(s.get("run", "")) for s in jobs[job]["steps"])
        if "smoke" not in " ".join(str(s.get("name", "")).lower() for s in jobs[job]["steps"]):
            problems.append(f"{path.name}: the {job} job has no smoke test")
        if job != "linux" and "check_bundle.py" not in steps:
            problems.append(f"{path.name}: the {job} job does not check the bundle")
    return problems


def flatpak() -> list[str]:
    path = PACKAGING / "flatpak" / f"{release.APP_ID}.yml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = []
    if doc.get("id") != release.APP_ID:
        problems.append(f"{path.name}: id is {doc.get('id')}, not {release.APP_ID}")
    if doc.get("runtime") != "org.kde.Platform":
        problems.append(f"{path.name}: not on the KDE runtime")
    if any("network" in arg for arg in doc.get("finish-args", [])):
        problems.append(f"{path.name}: asks for the network, which pslapp never uses")
    pinned = {}
    for line in (PACKAGING / "flatpak" / "requirements.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, rest = line.split("==", 1)
            if "--hash=sha256:" not in rest:
                problems.append(f"requirements.txt: {name} is not pinned by hash")
            pinned[_normal(name)] = rest.split()[0]
    with (ROOT / "pyproject.toml").open("rb") as f:
        needed = tomllib.load(f)["project"]["dependencies"]
    for requirement in needed:
        name = _normal(re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0])
        if not name.startswith("pyside6") and name not in pinned:
            problems.append(f"requirements.txt: {name} (a dependency in pyproject) is not pinned")
    return problems


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def wix() -> list[str]:
    path = PACKAGING / "windows" / "pslapp.wxs"
    root = ET.parse(path).getroot()  # noqa: S314 (our own file)
    package = root.find(f"{WIX}Package")
    if root.tag != f"{WIX}Wix" or package is None:
        return [f"{path.name}: not a WiX 4+ package"]
    problems = []
    if package.get("Version") != "$(Version)":
        problems.append(f"{path.name}: the version is not the one passed by the build")
    if root.find(f".//{WIX}Files") is None:
        problems.append(f"{path.name}: the frozen app is not harvested")
    return problems


def plists_specs_scripts() -> list[str]:
    problems = []
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as f:
        plistlib.load(f)
    for spec in sorted((PACKAGING / "pyinstaller").glob("*.spec")):
        ast.parse(spec.read_text(encoding="utf-8"), filename=str(spec))
    for script in sorted(PACKAGING.rglob("*.sh")):
        done = subprocess.run(
            ["bash", "-n", str(script)], capture_output=True, text=True, check=False
        )
        if done.returncode:
            problems.append(f"{script.relative_to(ROOT)}: {done.stderr.strip()}")
    return problems


def main() -> int:
    problems = workflow() + flatpak() + wix() + plists_specs_scripts()
    for problem in problems:
        print(f"check_definitions: {problem}", file=sys.stderr)
    if problems:
        return 1
    print("check_definitions: workflow, Flatpak manifest, WiX source, entitlements, specs and")
    print("scripts parse; the Flatpak pins every dependency by hash")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
