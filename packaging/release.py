"""The one version number (pyproject.toml) and the release history (CHANGELOG.md), for
every packaging target: the .deb, the AppStream metainfo, the installers, the frozen app.

    python packaging/release.py version      prints the version, e.g. 0.1.0
    python packaging/release.py releases     prints each release as `version date`
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.pslapp.pslapp"

_HEADING = re.compile(r"^## \[(?P<version>[0-9][^\]]*)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    notes: tuple[str, ...]  # one line per bullet, Markdown markup removed


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _plain(text: str) -> str:
    return re.sub(r"[`*_]", "", text).strip()


def releases(changelog: Path = ROOT / "CHANGELOG.md") -> list[Release]:
    """The released versions of CHANGELOG.md (Keep a Changelog layout), newest first;
    `## [Unreleased]` is left out. Bullets continued on indented lines are joined."""
    found: list[Release] = []
    current: tuple[str, str] | None = None
    notes: list[str] = []

    def close() -> None:
        if current is not None:
            found.append(Release(current[0], current[1], tuple(_plain(n) for n in notes)))

    for line in changelog.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            close()
            match = _HEADING.match(line)
            current = (match["version"], match["date"]) if match else None
            notes = []
        elif current is not None and line.startswith("- "):
            notes.append(line[2:])
        elif current is not None and notes and line.startswith("  ") and line.strip():
            notes[-1] += " " + line.strip()
    close()
    return found


def check() -> None:
    """The newest CHANGELOG release is the pyproject version: a release is never built
    without its notes."""
    history = releases()
    if not history or history[0].version != version():
        newest = history[0].version if history else "none"
        raise SystemExit(
            f"CHANGELOG.md's newest release is {newest}, pyproject.toml says {version()}: "
            "add the release's notes to CHANGELOG.md"
        )


def main(argv: list[str]) -> int:
    if argv == ["version"]:
        print(version())
    elif argv == ["releases"]:
        for release in releases():
            print(release.version, release.date)
    elif argv == ["check"]:
        check()
    else:
        print("usage: release.py version|releases|check", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
