"""The AppStream metainfo of a release: the template beside this file, with `<releases>`
from CHANGELOG.md (newest first, the pyproject version at the top) and screenshots that
point at docs/screenshots as tagged for this version.

    python packaging/linux/metainfo.py OUT_FILE
"""

from __future__ import annotations

import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import release

TEMPLATE = Path(__file__).with_name(f"{release.APP_ID}.metainfo.xml.in")
SCREENSHOTS = release.ROOT / "docs" / "screenshots"


def homepage() -> str:
    with (release.ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["urls"]["Homepage"]).rstrip("/")


def render() -> str:
    release.check()
    home = homepage()
    text = TEMPLATE.read_text(encoding="utf-8").replace("@HOMEPAGE@", home)
    root = ET.fromstring(text)  # noqa: S314 (our own template, not outside input)
    version = release.version()
    for shot in root.iter("screenshot"):
        name = shot.attrib.pop("file")
        if not (SCREENSHOTS / name).is_file():
            raise SystemExit(f"docs/screenshots/{name} does not exist")
        image = ET.SubElement(shot, "image")
        image.text = f"{home}/raw/v{version}/docs/screenshots/{name}"
    releases = root.find("releases")
    if releases is None:
        raise SystemExit(f"{TEMPLATE.name} has no <releases/>")
    for entry in release.releases():
        element = ET.SubElement(releases, "release", version=entry.version, date=entry.date)
        if entry.notes:
            items = ET.SubElement(ET.SubElement(element, "description"), "ul")
            for note in entry.notes:
                ET.SubElement(items, "li").text = note
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: metainfo.py OUT_FILE")
    out = Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(), encoding="utf-8")
    print(out)
