"""Every string a user can see is translated in every language, keeps its placeholders,
and the built `.qm` files load."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from pslapp.gui import i18n
from pslapp.gui.resources import translations_dir

PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")


def _has_tool(name: str) -> bool:
    return Path(sys.executable).with_name(name).exists() or shutil.which(name) is not None


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(translations_dir() / f"pslapp_{language}.ts").getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_message_has_a_finished_translation_keeping_its_placeholders(
    language: str,
) -> None:
    problems = []
    for context, source, message in _messages(language):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            problems.append(f"{context}: stale message {source!r}")
            continue
        if kind == "unfinished":
            problems.append(f"{context}: unfinished {source!r}")
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in _texts(message):
            if not text.strip():
                problems.append(f"{context}: empty translation of {source!r}")
            elif sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: placeholders differ in {text!r} for {source!r}")
    assert not problems, "\n".join(problems)


def test_every_language_has_the_same_messages() -> None:
    keys = {language: {(c, s) for c, s, _m in _messages(language)} for language in i18n.LANGUAGES}
    for language in i18n.LANGUAGES:
        assert keys[language] == keys["en"], language


@pytest.mark.skipif(not _has_tool("pyside6-lupdate"), reason="pyside6-lupdate not installed")
def test_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """`python -m pslapp.gui.i18n update` would add nothing: no string escapes translation."""
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in i18n.sources()]
    subprocess.run(
        [i18n._tool("pyside6-lupdate"), "-no-obsolete", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(fresh).getroot()
    in_code = {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    in_ts = {(c, s) for c, s, _m in _messages("ru")}
    assert in_code - in_ts == set(), "run `python -m pslapp.gui.i18n update` and translate"


@pytest.mark.skipif(not _has_tool("pyside6-lrelease"), reason="pyside6-lrelease not installed")
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Пакет отклонён: %1"),
        ("uk", "Пакет відхилено: %1"),
        ("de", "Das Paket wurde abgelehnt: %1"),
        ("fr", "Le paquet a été refusé : %1"),
    ],
)
def test_built_translation_loads(
    qapp: QApplication, tmp_path: Path, language: str, expected: str
) -> None:
    qm = tmp_path / f"pslapp_{language}.qm"
    ts = translations_dir() / f"pslapp_{language}.ts"
    subprocess.run([i18n._tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Bundles", "The bundle was refused: %1") == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "Отмена"), ("uk", "Скасувати"), ("de", "Abbrechen"), ("fr", "Annuler")],
)
def test_the_buttons_qt_draws_itself_speak_the_language_too(
    qapp: QApplication, language: str, expected: str
) -> None:
    i18n.install(qapp, language)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == expected
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_what_is_said_of_a_person_does_not_take_a_gender(language: str) -> None:
    """Russian and Ukrainian past tenses have a gender: "пришёл" of a woman at the door
    is wrong. What the app says of one person is worded without one (a noun, "(а)")."""
    gendered = re.compile(
        r"\b(?:пришёл|пришла|прийшов|прийшла|отмечен|позначений)\b(?!\()", re.IGNORECASE
    )
    found = [
        (source, text)
        for _context, source, message in _messages(language)
        for text in _texts(message)
        if gendered.search(text) and not re.search(r"\bхто\s+прийшов\b", text)
    ]
    assert not found, found
