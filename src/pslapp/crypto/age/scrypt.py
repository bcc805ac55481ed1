"""Recognise passphrase (scrypt) stanzas without implementing them.

Bundles never use passphrases, so we do not unwrap scrypt stanzas. We still check the rules
the spec puts on them, so a crafted file is reported as malformed rather than "not for you".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import b64
from .errors import HeaderError
from .header import Stanza

STANZA_TYPE = "scrypt"
_SALT_SIZE = 16
_BODY_SIZE = 32
# The reference implementation's default ceiling: 2**22 already takes about a second.
_MAX_WORK_FACTOR = 22
_WORK_FACTOR = re.compile(r"[1-9][0-9]*")


def is_passphrase_file(stanzas: Sequence[Stanza]) -> bool:
    """True for a valid scrypt-only header; HeaderError for any scrypt rule broken."""
    scrypt = [stanza for stanza in stanzas if stanza.type == STANZA_TYPE]
    if not scrypt:
        return False
    if len(stanzas) != 1:
        raise HeaderError("a passphrase stanza must be the only stanza in the header")
    stanza = scrypt[0]
    if len(stanza.args) != 2:
        raise HeaderError("passphrase stanza has the wrong number of arguments")
    salt = b64.decode(stanza.args[0].encode("ascii"))
    if salt is None or len(salt) != _SALT_SIZE:
        raise HeaderError("passphrase stanza has an invalid salt")
    work_factor = stanza.args[1]
    # Length first: int() on a thousand-digit string would itself be a cost (and can raise).
    if (
        not _WORK_FACTOR.fullmatch(work_factor)
        or len(work_factor) > 2
        or int(work_factor) > _MAX_WORK_FACTOR
    ):
        raise HeaderError("passphrase stanza has an invalid or excessive work factor")
    if len(stanza.body) != _BODY_SIZE:
        raise HeaderError("passphrase stanza has a wrongly sized file key")
    return True
