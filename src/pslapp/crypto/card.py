"""The public identity card (`*.pslid`): what a coordinator hands to a peer so that the peer
can encrypt bundles to them and check their signatures.

A card is a short UTF-8 text, one `key: value` line each, in a fixed order, self-signed with
the Ed25519 key it names. Parsing is strict (fixed order, size caps, canonical encodings), so
a card either means exactly one thing or is refused with a reason.

    -----BEGIN PSLAPP IDENTITY CARD-----
    version: 1
    name: Cologne coordinator
    signing-key: <64 hex digits, Ed25519 public key>
    age-pq: age1pq1...            (mlkem768x25519 recipient)
    age: age1...                  (optional X25519 recipient, for peers without PQ support)
    created: 1767225600000        (ms since 1970, UTC)
    fingerprint: 12345 67890 ...  (informational; must match the keys)
    signature: <128 hex digits>   Ed25519 over "pslapp card v1\\0" || every line above
    -----END PSLAPP IDENTITY CARD-----
"""

from __future__ import annotations

import functools
import re
import unicodedata

from pslapp.core.errors import ValidationError
from pslapp.core.validation import CONTROL_ONE_LINE
from pslapp.crypto.age import HybridRecipient, KeyFormatError, X25519Recipient
from pslapp.crypto.identity import OwnIdentity, PublicIdentity, format_fingerprint

BEGIN = "-----BEGIN PSLAPP IDENTITY CARD-----"
END = "-----END PSLAPP IDENTITY CARD-----"
VERSION = "1"
SIGNATURE_CONTEXT = b"pslapp card v1\x00"
MAX_CARD_BYTES = 8 * 1024
MAX_NAME_CHARS = 200
SUFFIX = ".pslid"

# The rule of every record name (core/invisible.py): no invisible or look-alike characters.
_CONTROL = CONTROL_ONE_LINE
_HEX = re.compile(r"^[0-9a-f]+$")


class CardInvalid(ValidationError):
    """An identity card cannot be read; says why (CLI exit 2)."""

    def __init__(self, problem: str) -> None:
        super().__init__("identity card", problem)


def _signed_lines(identity: PublicIdentity) -> list[str]:
    lines = [
        f"version: {VERSION}",
        f"name: {identity.name}",
        f"signing-key: {identity.signing_key.hex()}",
        f"age-pq: {identity.kem_recipient.to_string()}",
    ]
    if identity.x25519_recipient is not None:
        lines.append(f"age: {identity.x25519_recipient}")
    lines.append(f"created: {identity.created}")
    lines.append(f"fingerprint: {format_fingerprint(identity.fingerprint)}")
    return lines


def _message(lines: list[str]) -> bytes:
    return SIGNATURE_CONTEXT + "".join(line + "\n" for line in lines).encode("utf-8")


def make_card(own: OwnIdentity) -> str:
    """This vault's card as text, ready to write to a `.pslid` file."""
    public = own.public()
    check_name(public.name)
    lines = _signed_lines(public)
    signature = own.sign(_message(lines))
    return "\n".join([BEGIN, *lines, f"signature: {signature.hex()}", END]) + "\n"


def check_name(name: str) -> str:
    if not name or name != name.strip():
        raise CardInvalid("the name is empty or has surrounding spaces")
    if len(name) > MAX_NAME_CHARS:
        raise CardInvalid(f"the name is longer than {MAX_NAME_CHARS} characters")
    if _CONTROL.search(name) or unicodedata.normalize("NFC", name) != name:
        raise CardInvalid("the name contains invisible or control characters or is not normalised")
    return name


def _take(lines: list[str], index: int, key: str) -> str:
    if index >= len(lines):
        raise CardInvalid(f"the card ends before its {key!r} line")
    prefix = f"{key}: "
    if not lines[index].startswith(prefix):
        raise CardInvalid(f"line {index + 2} should be the {key!r} line")
    return lines[index][len(prefix) :]


def _hex_bytes(text: str, size: int, what: str) -> bytes:
    if len(text) != 2 * size or not _HEX.match(text):
        raise CardInvalid(f"the {what} is not {2 * size} lowercase hex digits")
    return bytes.fromhex(text)


# A card is public and a parsed one immutable; a bundle carries one per author, so a mesh
# of peers parses the same few cards for every bundle (checking the ~1,950-character hybrid
# key alone costs milliseconds). Only cards that parsed are kept: a refusal is never cached.
@functools.lru_cache(maxsize=1024)
def parse_card(data: bytes) -> PublicIdentity:
    """Read and check a card: structure, keys, fingerprint line and self-signature."""
    if len(data) > MAX_CARD_BYTES:
        raise CardInvalid(f"the file is larger than {MAX_CARD_BYTES} bytes; not a card")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CardInvalid("the file is not UTF-8 text; not a card") from None
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    if len(lines) < 3 or lines[0] != BEGIN or lines[-1] != END:
        raise CardInvalid("the file is not a pslapp identity card")
    body = lines[1:-1]
    if _take(body, 0, "version") != VERSION:
        raise CardInvalid("the card has an unknown version; update pslapp")
    name = check_name(_take(body, 1, "name"))
    signing_key = _hex_bytes(_take(body, 2, "signing-key"), 32, "signing key")
    try:
        kem = HybridRecipient.from_string(_take(body, 3, "age-pq"))
        index = 4
        x25519: str | None = None
        if index < len(body) and body[index].startswith("age: "):
            x25519 = X25519Recipient.from_string(_take(body, index, "age")).to_string()
            index += 1
    except KeyFormatError as exc:
        raise CardInvalid(f"a recipient key is invalid ({exc})") from None
    created_text = _take(body, index, "created")
    if not created_text.isdigit() or len(created_text) > 15:
        raise CardInvalid("the creation time is not a number")
    identity = PublicIdentity(name, signing_key, kem, x25519, int(created_text))
    fingerprint_text = _take(body, index + 1, "fingerprint")
    if fingerprint_text != format_fingerprint(identity.fingerprint):
        raise CardInvalid("the fingerprint line does not match the keys; the card was altered")
    signature = _hex_bytes(_take(body, index + 2, "signature"), 64, "signature")
    if len(body) != index + 3:
        raise CardInvalid("the card has extra lines after its signature")
    if body[: index + 2] != _signed_lines(identity):
        raise CardInvalid("the card is not in canonical form")
    if not identity.verify(signature, _message(body[: index + 2])):
        raise CardInvalid("the self-signature does not match; the card was altered")
    return identity
