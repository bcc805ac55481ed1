"""Reading registration files: encodings, delimiters, headers, and files that are not a
list at all. No vault needed."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pslapp.core.errors import ImportRejected
from pslapp.services.registration import reading
from pslapp.services.registration.headers import Target, map_columns, recognise
from pslapp.services.registration.reading import parse_table, read_table

LIST = "Vorname;Nachname;E-Mail;Stadt\r\nJürgen;Müller;j@example.de;Köln\r\nЮлія;Тимошенко;y@example.ua;Київ\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (LIST.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + LIST.encode("utf-8"), "utf-8-sig"),
        (LIST.encode("utf-16"), "utf-16"),
        (LIST.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_unicode_encodings_are_recognised(data: bytes, encoding: str):
    table = parse_table("list.csv", data)
    assert table.encoding == encoding
    assert table.header == ["Vorname", "Nachname", "E-Mail", "Stadt"]
    assert table.rows[1].cells[:2] == ["Юлія", "Тимошенко"]


def test_windows_code_pages_are_told_apart():
    russian = "Имя;Фамилия;Город\r\nЁжик;Туманов;Москва\r\n".encode("cp1251")
    german = "Vorname;Name;Stadt\r\nJürgen;Müller;Köln\r\nZoë;Weiß;Lübeck\r\n".encode("cp1252")
    assert parse_table("ru.csv", russian).rows[0].cells == ["Ёжик", "Туманов", "Москва"]
    table = parse_table("de.csv", german)
    assert table.encoding == "cp1252"
    assert table.rows[1].cells == ["Zoë", "Weiß", "Lübeck"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(delimiter: str):
    text = f'Name{delimiter}Email{delimiter}Notes\n"Orlova, Vera"{delimiter}v@example.org{delimiter}"a\nb"\n'
    table = parse_table("x.csv", text.encode())
    assert table.delimiter == delimiter
    assert table.rows[0].cells == ["Orlova, Vera", "v@example.org", "a\nb"]


def test_rows_remember_the_physical_line_they_start_on():
    text = 'Name,Notes\nA,"one\ntwo\nthree"\n\nB,x\r\nC,"y\r\nz"\nD,\n'
    table = parse_table("x.csv", text.encode())
    assert [(r.line, r.cells[0]) for r in table.rows] == [(2, "A"), (6, "B"), (7, "C"), (9, "D")]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b'Name,Email\n"unterminated,quote\n', "not a well-formed CSV row"),
        (bytes([0x98, 0x98, 0x81]), "cannot be decoded"),
    ],
)
def test_files_that_are_not_lists_are_refused_clearly(data: bytes, reason: str):
    with pytest.raises(ImportRejected, match=reason):
        parse_table("x.csv", data)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"Name\n" + b"A\n" * 1000)
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRejected, match="at most"):
        read_table(path)


def test_a_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ImportRejected, match="cannot be read"):
        read_table(tmp_path / "nope.csv")


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Name", Target.DISPLAY_NAME),
        ("Full name", Target.DISPLAY_NAME),
        ("ФИО", Target.DISPLAY_NAME),
        ("Имя", Target.GIVEN_NAME),
        ("Ім’я", Target.GIVEN_NAME),
        ("Prénom", Target.GIVEN_NAME),
        ("Vorname", Target.GIVEN_NAME),
        ("Фамилия", Target.FAMILY_NAME),
        ("Прізвище", Target.FAMILY_NAME),
        ("Nachname", Target.FAMILY_NAME),
        ("Nom", Target.FAMILY_NAME),
        ("E-Mail:", Target.EMAIL),
        ("Email Address", Target.EMAIL),
        ("Courriel", Target.EMAIL),
        ("Ваш e-mail", Target.EMAIL),
        ("Электронная почта", Target.EMAIL),
        ("  TELEFON ", Target.PHONE),
        ("Handy", Target.PHONE),
        ("Téléphone", Target.PHONE),
        ("Номер телефону", Target.PHONE),
        ("Telegram", Target.TELEGRAM),
        ("Signal", Target.SIGNAL),
        ("Город", Target.CITY),
        ("Місто", Target.CITY),
        ("Ville", Target.CITY),
        ("Организация", Target.ORGANISATION),
        ("Організація", Target.ORGANISATION),
        ("Language", Target.LANGUAGES),
        ("Consent", Target.CONSENT),
        ("Согласие на обработку данных", Target.CONSENT),
        ("Timestamp", Target.IGNORE),
        ("Отметка времени", Target.IGNORE),
        ("Lieblingsfarbe", None),
    ],
)
def test_header_names_in_five_languages(header: str, target: Target | None):
    assert recognise(header) is target


def test_german_name_beside_vorname_is_the_family_name():
    columns = map_columns("x.csv", ["Vorname", "Name", "E-Mail"], {})
    assert columns.targets == [Target.GIVEN_NAME, Target.FAMILY_NAME, Target.EMAIL]


def test_map_names_a_missing_column_or_field_clearly():
    with pytest.raises(ImportRejected, match="no column 'Wer'"):
        map_columns("x.csv", ["Name"], {"Wer": "display_name"})
    with pytest.raises(ImportRejected, match="not a field"):
        map_columns("x.csv", ["Name", "Wer"], {"Wer": "shoe_size"})
