"""The keyslots file: the vault's data key (DEK), sealed under keys derived from secrets
only the user holds. It contains no user data. Parsing is strict: a damaged file gives
a clear error, never a half-read key."""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from pslapp.crypto.kdf import SALT_BYTES, KdfParams, derive_key

FORMAT = "pslapp-keyslots"
VERSION = 1
DEK_BYTES = 32
RECOVERY_GROUPS = 8
MAX_SLOTS = 2  # one passphrase slot and one recovery slot, no more
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class SlotKind(StrEnum):
    PASSPHRASE = "passphrase"  # noqa: S105 (a slot kind, not a secret)
    RECOVERY = "recovery"


class KeyslotsDamaged(ValueError):
    """The keyslots file is not a well-formed keyslots file."""


class NoSlotOpens(ValueError):
    """No keyslot of the requested kind opens with the given secret."""


@dataclass
class Keyslot:
    kind: SlotKind
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    sealed: bytes


@dataclass
class Keyslots:
    vault_id: str
    slots: list[Keyslot] = field(default_factory=list)

    def aad(self, kind: SlotKind) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.vault_id}/{kind.value}".encode()

    def add(self, kind: SlotKind, secret: bytes, dek: bytes, params: KdfParams) -> None:
        """Seal `dek` under `secret`, replacing any slot of the same kind."""
        salt = os.urandom(SALT_BYTES)
        nonce = os.urandom(12)
        kek = derive_key(secret, salt, params)
        sealed = ChaCha20Poly1305(kek).encrypt(nonce, dek, self.aad(kind))
        self.slots = [s for s in self.slots if s.kind != kind]
        self.slots.append(Keyslot(kind, params, salt, nonce, sealed))

    def open(self, kind: SlotKind, secret: bytes) -> bytes:
        for slot in self.slots:
            if slot.kind != kind:
                continue
            kek = derive_key(secret, slot.salt, slot.kdf)
            try:
                return ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.sealed, self.aad(kind))
            except InvalidTag:
                continue
        raise NoSlotOpens(kind.value)

    def params(self, kind: SlotKind) -> KdfParams | None:
        for slot in self.slots:
            if slot.kind == kind:
                return slot.kdf
        return None

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [
                {
                    "kind": s.kind.value,
                    "kdf": {
                        "algorithm": "argon2id",
                        "memory_kib": s.kdf.memory_kib,
                        "iterations": s.kdf.iterations,
                        "lanes": s.kdf.lanes,
                        "salt": _b64(s.salt),
                    },
                    "cipher": "chacha20-poly1305",
                    "nonce": _b64(s.nonce),
                    "sealed_key": _b64(s.sealed),
                }
                for s in self.slots
            ],
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Keyslots:
        try:
            doc = json.loads(data.decode("utf-8"))
            return _parse(doc)
        except KeyslotsDamaged:
            raise
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KeyslotsDamaged(f"not valid JSON: {str(exc)[:80]}") from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KeyslotsDamaged(f"unexpected content: {str(exc)[:80]}") from None


_TOP_KEYS = frozenset({"format", "version", "vault_id", "slots"})
_SLOT_KEYS = frozenset({"kind", "kdf", "cipher", "nonce", "sealed_key"})
_KDF_KEYS = frozenset({"algorithm", "memory_kib", "iterations", "lanes", "salt"})
_HEX = frozenset("0123456789abcdef")


def _object(value: Any, keys: frozenset[str], what: str) -> dict[str, Any]:
    """A JSON object with exactly these keys: none missing, none unknown."""
    if not isinstance(value, dict):
        raise KeyslotsDamaged(f"{what} is not an object")
    if set(value) != keys:
        odd = sorted(set(value) ^ keys)
        raise KeyslotsDamaged(f"{what} has missing or unknown keys: {', '.join(odd)[:80]}")
    return value


def _integer(value: Any, what: str) -> int:
    if type(value) is not int:  # not a bool, not a float such as 65536.9
        raise KeyslotsDamaged(f"{what} is not a whole number")
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise KeyslotsDamaged(f"{what} is not text")
    return value


def _parse(doc: Any) -> Keyslots:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise KeyslotsDamaged("not a pslapp keyslots file")
    if type(doc.get("version")) is not int or doc.get("version") != VERSION:
        raise KeyslotsDamaged(f"unsupported version {doc.get('version')!r}"[:80])
    doc = _object(doc, _TOP_KEYS, "the file")
    vault_id = _text(doc["vault_id"], "the vault id")
    if len(vault_id) != 32 or not set(vault_id) <= _HEX:
        raise KeyslotsDamaged("bad vault id")
    raw_slots = doc["slots"]
    if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= MAX_SLOTS:
        raise KeyslotsDamaged(f"there must be 1 to {MAX_SLOTS} slots")
    slots = [_parse_slot(raw) for raw in raw_slots]
    kinds = [s.kind for s in slots]
    if len(set(kinds)) != len(kinds):
        raise KeyslotsDamaged("two slots of the same kind")
    if SlotKind.PASSPHRASE not in kinds:
        raise KeyslotsDamaged("no passphrase slot")
    return Keyslots(vault_id, slots)


def _parse_slot(raw: Any) -> Keyslot:
    slot = _object(raw, _SLOT_KEYS, "a slot")
    kdf = _object(slot["kdf"], _KDF_KEYS, "a slot's kdf")
    if kdf["algorithm"] != "argon2id" or slot["cipher"] != "chacha20-poly1305":
        raise KeyslotsDamaged("unknown algorithm")
    kind = _text(slot["kind"], "a slot's kind")
    if kind not in {k.value for k in SlotKind}:
        raise KeyslotsDamaged(f"unknown slot kind {kind[:20]!r}")
    params = KdfParams(
        _integer(kdf["memory_kib"], "memory_kib"),
        _integer(kdf["iterations"], "iterations"),
        _integer(kdf["lanes"], "lanes"),
    )
    params.check()  # also bounds the cost, so a tampered file cannot stall an unlock
    salt = _unb64(_text(kdf["salt"], "the salt"))
    nonce = _unb64(_text(slot["nonce"], "the nonce"))
    sealed = _unb64(_text(slot["sealed_key"], "the sealed key"))
    if len(salt) != SALT_BYTES or len(nonce) != 12 or len(sealed) != DEK_BYTES + 16:
        raise KeyslotsDamaged("wrong field length")
    return Keyslot(SlotKind(kind), params, salt, nonce, sealed)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_dek() -> bytes:
    return secrets.token_bytes(DEK_BYTES)


def new_vault_id() -> str:
    return secrets.token_hex(16)


def new_recovery_code() -> str:
    """Eight groups of five characters, ~200 bits: to print and keep somewhere safe."""
    chars = [secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * 5)]
    return "-".join("".join(chars[i : i + 5]) for i in range(0, len(chars), 5))


def normalise_recovery_code(code: str) -> bytes:
    """Accept the code typed with spaces, lower case, or without dashes."""
    cleaned = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5)).encode()
