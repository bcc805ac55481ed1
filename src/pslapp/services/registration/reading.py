"""Reading a registration list exported from a form service or a spreadsheet: guess the
encoding (UTF-8 with or without BOM, UTF-16, Windows-1251, Windows-1252) and the delimiter
(`,` `;` tab), then split it into rows that remember the line of the file they start on."""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from pslapp.core.errors import ImportRejected

MAX_FILE_BYTES = 32 * 1024 * 1024  # a list of 100 000 registrations is well under this
MAX_ROWS = 200_000
DELIMITERS = (",", ";", "\t")
_SAMPLE_LINES = 30
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")

csv.field_size_limit(1 << 20)


@dataclass(frozen=True)
class Row:
    line: int  # the line of the file the row starts on, counting embedded newlines
    cells: list[str]


@dataclass(frozen=True)
class Table:
    name: str
    encoding: str
    delimiter: str
    header: list[str]
    header_line: int
    rows: list[Row]


def read_table(path: Path) -> Table:
    """The header and the rows of a CSV file, or ImportRejected saying why not."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(
                name,
                f"the file is {size // (1024 * 1024)} MB; a registration list may be at most "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB. Split it into smaller files.",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(name, f"cannot be read ({exc.strerror or exc})") from None
    return parse_table(name, data)


def parse_table(name: str, data: bytes) -> Table:
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected(name, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    text, encoding = decode(name, data)
    if not text.strip():
        raise ImportRejected(name, "the file is empty")
    delimiter = sniff_delimiter(text)
    rows = _split(name, text, delimiter)
    if not rows:
        raise ImportRejected(name, "the file is empty")
    header, *body = rows
    return Table(name, encoding, delimiter, [c.strip() for c in header.cells], header.line, body)


def decode(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding name). A BOM decides; else strict UTF-8; else a Windows code page."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _checked(name, data, encoding), encoding
    guess = _bomless_utf16(data)
    if guess:
        return _checked(name, data, guess), guess
    try:
        return _checked(name, data, "utf-8"), "utf-8"
    except ImportRejected:
        pass
    candidates = []
    for encoding in ("cp1251", "cp1252"):
        try:
            candidates.append((_implausible_words(data.decode(encoding), encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise ImportRejected(
            name, "cannot be decoded as UTF-8, UTF-16 or Windows-1251; save it as UTF-8 CSV"
        )
    _score, encoding = min(candidates)  # a tie goes to cp1251, listed first
    return _checked(name, data, encoding), encoding


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _checked(name: str, data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportRejected(
            name, f"cannot be decoded as {encoding} (byte {exc.start}); save it as UTF-8 CSV"
        ) from None
    if _NOT_TEXT.search(text):
        raise ImportRejected(name, "is not a text file (it holds control characters)")
    return text.lstrip("\ufeff")


def _implausible_words(text: str, encoding: str) -> int:
    """Words that would be odd in a real list: Latin and Cyrillic in one word (a Western
    file read as cp1251: "Mьller"), or words made mostly of accented letters (a Cyrillic
    file read as cp1252: "Èâàíîâ")."""
    odd = 0
    for word in _WORD.findall(text):
        if encoding == "cp1251":
            odd += bool(_CYRILLIC.search(word) and _LATIN.search(word))
        else:
            accented = sum(not c.isascii() for c in word)
            odd += len(word) >= 3 and accented * 2 > len(word)
    return odd


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        found = ""
    if found in DELIMITERS and _consistent(sample, found):
        return found
    return max(DELIMITERS, key=lambda d: (_consistent(sample, d), _header_count(text, d)))


def _consistent(sample: str, delimiter: str) -> bool:
    """The sample splits into more than one column, the same number on every full row."""
    try:
        widths = {len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r}
    except csv.Error:
        return False
    return len(widths) <= 2 and max(widths, default=1) > 1


def _header_count(text: str, delimiter: str) -> int:
    return text.split("\n", 1)[0].count(delimiter)


def _split(name: str, text: str, delimiter: str) -> list[Row]:
    lines = io.StringIO(text, newline="")
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    rows: list[Row] = []
    start = 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append(Row(start, cells))
                if len(rows) > MAX_ROWS + 1:
                    raise ImportRejected(name, f"has more than {MAX_ROWS} rows; split the file")
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportRejected(
            name, f"line {reader.line_num}: not a well-formed CSV row ({exc})"
        ) from None
    return rows
