"""The code on a name badge: its QR code holds the attendance id, and the ten digits printed
under it are derived from that id, so the door finds the attendee from either, typed by hand
or sent by a USB scanner. A scanner types as a keyboard; when the laptop's keyboard layout is
Russian, Ukrainian, German or French, the same keys arrive as other characters ("фисвуа"
for "abcdef", "&é\"'(-è_çà" for the digits on a French keyboard), so each reading is tried."""

from __future__ import annotations

import re
import uuid

CODE_DIGITS = 10
_GROUP = 5

# What the keys of a US keyboard type under another layout, read back to the US characters.
# Only the keys a badge code uses: digits, a-f and the hyphen.
_LAYOUTS: tuple[dict[int, int], ...] = (
    {},  # as typed (US, UK and every layout whose digits and a-f are where a scanner expects)
    str.maketrans("фисвуа", "abcdef"),  # Russian and Ukrainian ЙЦУКЕН
    str.maketrans("ß", "-"),  # German QWERTZ
    str.maketrans("&é\"'(-è_çà)q", "1234567890-a"),  # French AZERTY, without Shift
)
_SEPARATORS = re.compile(r"[\s\-]+")
_HEX_ID = re.compile(r"[0-9a-f]{32}")
_DIGITS = re.compile(rf"[0-9]{{{CODE_DIGITS}}}")


def badge_code(attendance_id: str) -> str:
    """The digits printed under a badge's QR code, in two groups: `48210 93755`."""
    number = uuid.UUID(attendance_id).int % 10**CODE_DIGITS
    digits = f"{number:0{CODE_DIGITS}d}"
    return f"{digits[:_GROUP]} {digits[_GROUP:]}"


def readings(typed: str) -> list[str]:
    """What `typed` may have been meant as: an attendance id as 32 hex digits, or a badge
    code as 10 digits, under each keyboard layout. Empty when it is neither (a name)."""
    found: list[str] = []
    text = typed.strip().lower()  # not casefold: it turns the German "ß" into "ss"
    if not text or len(text) > 64:
        return found
    for layout in _LAYOUTS:
        plain = _SEPARATORS.sub("", text.translate(layout))
        if (_HEX_ID.fullmatch(plain) or _DIGITS.fullmatch(plain)) and plain not in found:
            found.append(plain)
    return found


class BadgeCodes:
    """The attendance ids of one event's list, found by QR content or printed code."""

    def __init__(self, attendance_ids: list[str] | None = None) -> None:
        self._ids: dict[str, str] = {}
        self._codes: dict[str, list[str]] = {}
        for attendance_id in attendance_ids or []:
            self.add(attendance_id)

    def add(self, attendance_id: str) -> None:
        self._ids[uuid.UUID(attendance_id).hex] = attendance_id
        digits = badge_code(attendance_id).replace(" ", "")
        self._codes.setdefault(digits, []).append(attendance_id)

    def find(self, typed: str) -> str | None:
        """The attendance id `typed` names, or None. A printed code two attendees share
        names nobody (in a list of 2 000, one badge in five million shares its code)."""
        for plain in readings(typed):
            if plain in self._ids:
                return self._ids[plain]
            matches = self._codes.get(plain, [])
            if len(matches) == 1:
                return matches[0]
        return None
