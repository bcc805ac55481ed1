"""A badge's code, read back from whatever the scanner or the hand typed."""

from __future__ import annotations

import uuid

from pslapp.core.badge_code import BadgeCodes, badge_code, readings

ID = "3f2a91c0-5b7e-5d1a-9c3e-7a4b2f1e0d9c"


def test_the_printed_code_is_ten_digits_in_two_groups_and_stable() -> None:
    code = badge_code(ID)
    assert code == badge_code(ID) and len(code) == 11
    assert code.replace(" ", "").isdigit() and code[5] == " "


def test_the_qr_content_is_found_under_every_layout_a_scanner_may_meet() -> None:
    codes = BadgeCodes([ID, str(uuid.uuid4())])
    russian = ID.translate(str.maketrans("abcdef", "фисвуа"))
    german = ID.replace("-", "ß")
    french = ID.translate(str.maketrans("1234567890-a", "&é\"'(-è_çà)q"))
    for typed in (ID, ID.upper(), russian, russian.upper(), german, french, f" {ID}\n"):
        assert codes.find(typed) == ID, typed


def test_the_printed_digits_are_found_with_or_without_the_space() -> None:
    codes = BadgeCodes([ID])
    code = badge_code(ID)
    for typed in (code, code.replace(" ", ""), code.replace(" ", "-")):
        assert codes.find(typed) == ID
    french = code.replace(" ", "").translate(str.maketrans("1234567890", "&é\"'(-è_çà"))
    assert codes.find(french) == ID


def test_names_and_unknown_codes_find_nobody() -> None:
    codes = BadgeCodes([ID])
    for typed in ("", "Anna", "shevch", "12345", str(uuid.uuid4()), "1" * 200):
        assert codes.find(typed) is None
    assert readings("Anna Müller") == []
