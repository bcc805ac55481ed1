"""`python -m pslapp.gui.i18n update` (make i18n-update) refreshes the `.ts` files from the
code with the real pyside6-lupdate. Run on a copy of the committed files, it must lose no
translation: every message keeps its text, and every plural message its forms (lupdate 6.11
drops them, and skips a call whose count is not a plain name: gui/ts_plurals.py)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pslapp.gui import i18n
from pslapp.gui.resources import translations_dir
from pslapp.gui.ts_plurals import PLURAL_FORMS, keep_plurals, plural_translations


def _messages(ts: str) -> dict[tuple[str, str], str]:
    """(context, source) -> the translation element, for every message."""
    out: dict[tuple[str, str], str] = {}
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", ts, re.S):
        for message in re.finditer(r"<message[^>]*>(.*?)</message>", context[2], re.S):
            source = re.search(r"<source>(.*?)</source>", message[1], re.S)
            translation = re.search(r"<translation.*?</translation>", message[1], re.S)
            if source and translation:
                out[(context[1], source[1])] = translation.group()
    return out


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("translations")
    for language in i18n.LANGUAGES:
        shutil.copy(translations_dir() / f"pslapp_{language}.ts", folder)
    i18n.update(folder)
    return folder


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_an_update_loses_no_translation_and_no_plural_form(updated: Path, language: str) -> None:
    name = f"pslapp_{language}.ts"
    before = _messages((translations_dir() / name).read_text(encoding="utf-8"))
    after = _messages((updated / name).read_text(encoding="utf-8"))
    lost = sorted(key for key in before if key not in after)
    assert not lost, f"messages the update dropped (is each still in the code?): {lost[:5]}"
    changed = sorted(key for key, text in before.items() if after[key] != text)
    assert not changed, f"translations the update rewrote: {changed[:5]}"
    plurals = plural_translations((updated / name).read_text(encoding="utf-8"))
    assert plurals, "the plural messages are marked as such"
    assert all(t.count("<numerusform>") == PLURAL_FORMS[language] for t in plurals.values())


def test_a_new_plural_message_gets_empty_forms_for_its_language() -> None:
    before = '<TS language="ru_RU">\n<context>\n    <name>C</name>\n</context>\n</TS>\n'
    after = (
        '<TS language="ru_RU">\n<context>\n    <name>C</name>\n    <message>\n'
        "        <source>%n seat(s)</source>\n"
        '        <translation type="unfinished">%n seat(s)</translation>\n'
        "    </message>\n</context>\n</TS>\n"
    )
    fixed = keep_plurals(before, after, "ru")
    assert '<message numerus="yes">' in fixed
    ((_, translation),) = plural_translations(fixed).items()
    assert translation.count("<numerusform></numerusform>") == 3
    assert 'type="unfinished"' in translation
