"""The Flatpak sources of requirements.txt (build/flatpak/python3-deps.json, which the
manifest includes; not kept in git, as it names download addresses): one `file` source per
wheel, with the address and sha256 pip itself resolves for the Flatpak's platform (x86_64,
CPython 3.12). The hashes must be those pinned in requirements.txt: pip refuses others.
Needs the package registry, so it runs where the Flatpak is built, not in `make test`.

    python3 packaging/flatpak/generate_sources.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLATFORM = (
    *("--platform", "manylinux_2_28_x86_64"),
    *("--platform", "manylinux_2_17_x86_64"),
    *("--platform", "manylinux2014_x86_64"),
    *("--python-version", "3.12"),
)
OUT = HERE.parents[1] / "build" / "flatpak" / "python3-deps.json"


def resolve() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [
                sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
                "--no-deps", "--only-binary=:all:", "--require-hashes", *PLATFORM,
                "--target", tmp, "--report", str(report), "-r", str(HERE / "requirements.txt"),
            ],
            check=True,
        )  # fmt: skip
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    sources = []
    for item in installs:
        info = item["download_info"]
        sources.append(
            {
                "type": "file",
                "url": info["url"],
                "sha256": info["archive_info"]["hashes"]["sha256"],
                "dest-filename": info["url"].rsplit("/", 1)[1],
            }
        )
    return sorted(sources, key=lambda s: str(s["dest-filename"]).lower())


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(resolve(), indent=2) + "\n", encoding="utf-8")
    print(OUT)
