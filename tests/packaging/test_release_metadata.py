"""What the packages say about the app agrees with the project: one version (pyproject)
in both programs and the AppStream release, release notes for it in CHANGELOG.md, the
metainfo's summaries in every language, screenshots that exist, and a desktop app that
starts to its first window for the installed-package smoke test."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import pslapp
from pslapp.gui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def load(path: Path) -> ModuleType:
    """A packaging script as a module (packaging/ is not a package of the app)."""
    for folder in (PACKAGING, path.parent):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_both_programs_report_the_pyproject_version():
    version = pyproject_version()
    assert pslapp.__version__ == version
    cli = Path(sys.executable).with_name("pslapp-cli")
    said = subprocess.run([cli, "--version"], capture_output=True, text=True, check=True)
    assert said.stdout.strip() == f"pslapp {version}"
    said = subprocess.run(
        [sys.executable, "-m", "pslapp.app", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert said.stdout.strip() == f"pslapp {version}"


def test_the_version_being_built_has_its_notes_in_the_changelog():
    release = load(PACKAGING / "release.py")
    release.check()
    newest = release.releases()[0]
    assert newest.version == pyproject_version()
    assert newest.notes, "a release without notes"
    assert all("`" not in note and "**" not in note for note in newest.notes)


def test_changelog_releases_are_read_newest_first_without_the_unreleased_part(tmp_path: Path):
    release = load(PACKAGING / "release.py")
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## [Unreleased]\n\n- Not yet\n\n"
        "## [0.2.0] - 2026-03-04\n\nIntro.\n\n- Door mode `--fast`,\n  continued\n- **Bold**\n\n"
        "## [0.1.0] - 2026-01-02\n\n- First\n"
    )
    assert [(r.version, r.date, r.notes) for r in release.releases(changelog)] == [
        ("0.2.0", "2026-03-04", ("Door mode --fast, continued", "Bold")),
        ("0.1.0", "2026-01-02", ("First",)),
    ]


def test_the_metainfo_carries_the_release_summaries_and_real_screenshots():
    metainfo = load(PACKAGING / "linux" / "metainfo.py")
    root = ET.fromstring(metainfo.render())
    assert root.findtext("id") == "org.pslapp.pslapp"
    summaries = {s.get(XML_LANG, "en"): s.text for s in root.findall("summary")}
    assert set(summaries) == set(LANGUAGES)
    assert all(text and not text.endswith(".") for text in summaries.values())
    releases = root.findall("releases/release")
    assert releases[0].get("version") == pyproject_version()
    launchable = root.findtext("launchable")
    assert launchable is not None and (PACKAGING / "linux" / launchable).is_file()
    images = [i.text or "" for i in root.findall("screenshots/screenshot/image")]
    assert images, "no screenshots"
    for url in images:
        assert url.startswith("https://")
        assert f"/v{pyproject_version()}/docs/screenshots/" in url
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file()
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_the_modules_the_bundle_must_carry_exist_in_the_dependencies():
    """A renamed module of a dependency shows up here, not only when packaging."""
    plan = load(PACKAGING / "pyinstaller" / "bundle_plan.py")
    unknown = [m for m in plan.LAZY_THIRD_PARTY if importlib.util.find_spec(m) is None]
    assert unknown == []
    cli_modules = plan.hidden_imports(gui=False)
    assert "alembic.op" in cli_modules  # what the migration files import
    assert not [m for m in cli_modules if m.startswith(("pslapp.gui", "PySide6"))]


def test_the_desktop_app_says_which_window_it_reached(tmp_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "pslapp.app", "--vault", str(tmp_path / "v"), "--check-start"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "pslapp: CreateVaultDialog shown"
    assert not (tmp_path / "v").exists(), "starting must not create the vault"


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="Debian or Ubuntu only")
def test_make_run_names_the_apt_line_for_missing_window_libraries(tmp_path: Path):
    script = PACKAGING / "linux" / "check_desktop_libraries.sh"
    shutil.copy(script, tmp_path / script.name)
    (tmp_path / "xcb-runtime.txt").write_text("# test\nlibc6\npslapp-no-such-library0\n")
    done = subprocess.run(
        ["sh", str(tmp_path / script.name)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": ""},
        check=False,
    )
    assert done.returncode == 1
    assert "sudo apt install pslapp-no-such-library0\n" in done.stderr
    assert "libc6" not in done.stderr
