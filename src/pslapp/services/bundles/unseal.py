"""Opening a bundle: the checks of docs/bundle-format.md, in their order, before anything
is applied.

age-decrypt with this vault's keys -> the sender's key is a verified, unrevoked peer's
-> the manifest's signature -> the parsed manifest names that peer -> this vault is among
the signed recipients -> payload hash -> bounded decompression -> strict validation of
every line (authors, change sets, blocks) -> clock skew.

Nothing here writes to the vault. Any failure is a `BundleRejected` with one reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from pslapp.core.bundle_ops import LOST_LINE, Block, OpInvalid, decode_block, decode_lost, load_line
from pslapp.core.enums import Kind
from pslapp.core.errors import BundleRejected, RejectionCode
from pslapp.core.hlc import ClockSkew
from pslapp.crypto.age import AgeError, HybridRecipient, Identity, NoMatch, X25519Identity
from pslapp.crypto.age import decrypt as age_decrypt
from pslapp.crypto.identity import fingerprint
from pslapp.services import peers
from pslapp.services.bundles.container import (
    MAX_MANIFEST_BYTES,
    MAX_PAYLOAD_BYTES,
    REASON_DAMAGED,
    REASON_FROM_SELF,
    REASON_NOT_ADDRESSED,
    REASON_NOT_FOR_US,
    REASON_REVOKED_SENDER,
    REASON_TOO_LARGE,
    REASON_UNKNOWN_SENDER,
    REASON_UNVERIFIED_SENDER,
    InnerBundle,
    Manifest,
    iter_lines,
    malformed,
    payload_matches,
    read_inner,
)
from pslapp.services.bundles.provenance import AUTHOR_LINE, CHANGES_LINE, Provenance
from pslapp.services.vault import Vault

# Header, STREAM tags (16 bytes per 64 KiB) and the inner framing, with room to spare.
MAX_FILE_BYTES = MAX_PAYLOAD_BYTES + MAX_PAYLOAD_BYTES // 1024 + MAX_MANIFEST_BYTES + 1024 * 1024
Progress = Callable[[int, int], None]


def _identities(vault: Vault) -> list[Identity]:
    own = vault.own_identity()
    found: list[Identity] = [own.hybrid()]
    if own.x25519_secret is not None:
        found.append(X25519Identity(own.x25519_secret))
    return found


def addressed_here(vault: Vault, path: Path) -> bool:
    """Whether the age header of `path` has a stanza for this vault: the trial decryption
    that costs one header, not the file. False for anything that is not an age file."""
    try:
        with path.open("rb") as src:
            age_decrypt(src, _identities(vault))
    except (AgeError, OSError):
        return False
    return True


def _decrypt_and_parse(vault: Vault, path: Path) -> tuple[InnerBundle, peers.Peer]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRejected(
            f"the file cannot be read ({exc.strerror})", RejectionCode.UNREADABLE
        ) from None
    if size > MAX_FILE_BYTES:
        raise BundleRejected(REASON_TOO_LARGE, RejectionCode.TOO_LARGE)
    found: list[peers.Peer] = []

    def accept(signing_key: bytes) -> None:
        found.append(_sender_by_key(vault, signing_key))

    try:
        with path.open("rb") as src:
            reader = age_decrypt(src, _identities(vault))
            return read_inner(reader.chunks(), accept), found[0]
    except NoMatch:
        raise BundleRejected(REASON_NOT_FOR_US, RejectionCode.NOT_FOR_US) from None
    except AgeError:
        raise BundleRejected(REASON_DAMAGED, RejectionCode.DAMAGED) from None
    except OSError as exc:
        raise BundleRejected(
            f"the file cannot be read ({exc.strerror})", RejectionCode.UNREADABLE
        ) from None


def _sender_by_key(vault: Vault, signing_key: bytes) -> peers.Peer:
    """The trusted peer whose key this is, judged before anything else of the file is read."""
    if signing_key == vault.own_identity().public().signing_key:
        raise BundleRejected(REASON_FROM_SELF, RejectionCode.FROM_SELF)
    with vault.read() as conn:
        peer = peers.find_by_key(conn, signing_key)
    if peer is None:
        raise BundleRejected(REASON_UNKNOWN_SENDER, RejectionCode.UNKNOWN_SENDER)
    if peer.revoked_at is not None:
        raise BundleRejected(REASON_REVOKED_SENDER, RejectionCode.REVOKED_SENDER)
    if not peer.verified:
        raise BundleRejected(REASON_UNVERIFIED_SENDER, RejectionCode.UNVERIFIED_SENDER)
    return peer


def _check_sender(manifest: Manifest, peer: peers.Peer) -> None:
    """The manifest names the same peer, and its fingerprint fits its keys."""
    sender = manifest.sender
    try:
        kem = HybridRecipient.from_string(sender.kem_recipient)
    except AgeError:
        raise malformed("sender key") from None
    if fingerprint(bytes.fromhex(sender.signing_key), kem.public_key) != sender.fingerprint:
        raise malformed("sender fingerprint")
    if sender.fingerprint != peer.fingerprint:
        raise malformed("the manifest names another sender")


CHUNK_OPS = 5000


class OpStream:
    """The payload's blocks, decompressed, validated and yielded in chunks of about
    `CHUNK_OPS` records, so that an import never holds every op of a large bundle at once.

    Every check of `decode_bundle` runs, with the same outcome: the whole payload is always
    validated, and a validation failure anywhere wins over clock skew, however early the
    skewed stamp. Chunks are yielded only while nothing has failed; an importer writes them
    inside one transaction, which a later failure rolls back. After a full iteration,
    `max_hlc` is the largest HLC seen (the manifest's included)."""

    def __init__(
        self,
        vault: Vault,
        inner: InnerBundle,
        progress: Progress | None = None,
        *,
        checked: bool = False,
    ) -> None:
        self._vault = vault
        self._inner = inner
        self._progress = progress
        # The payload went through a whole stream once already (a review's dry run): its
        # values were checked against their fields (`decode_block`'s `checked`).
        self._checked = checked
        self.max_hlc = inner.manifest.created_hlc
        self.count = 0
        self.provenance = Provenance(inner.manifest.sender.fingerprint)
        # The ids of each kind's records read so far (lost writes aside): one record twice
        # is refused, and the import's references resolve to them (ImportGuard.present).
        self.ids: dict[Kind, set[str]] = {}

    def _skew(self) -> BundleRejected | None:
        try:
            self._vault.clock.check(self.max_hlc)
        except ClockSkew as exc:
            return BundleRejected(str(exc), RejectionCode.CLOCK_SKEW)
        return None

    def __iter__(self) -> Iterator[list[Block]]:
        manifest = self._inner.manifest
        seen = self.ids
        skewed = self._skew()
        chunk: list[Block] = []
        pending = 0
        count = 0
        max_hlc = self.max_hlc
        try:
            for line in iter_lines(self._inner.payload, manifest.encoding, manifest.raw_length):
                if line.startswith((AUTHOR_LINE, CHANGES_LINE)):
                    self.provenance.read(line, load_line(line))
                    continue
                lost = line.startswith(LOST_LINE)
                decode = decode_lost if lost else decode_block
                block = decode(line, checked=self._checked)
                self.provenance.check_block(block)
                if count + len(block) > manifest.op_count:
                    raise malformed("more ops than the manifest declares")
                ids = seen.setdefault(block.kind, set()) if not lost else set()
                unique = set(block.ids)  # canonical (decode_block): equal text, equal id
                if len(unique) != len(block) or not ids.isdisjoint(unique):
                    raise malformed("a record appears twice")
                ids |= unique
                before = count
                count += len(block)
                max_hlc = max(max_hlc, block.max_hlc)
                if skewed is not None:
                    continue  # validate the rest: a malformed op is reported first
                chunk.append(block)
                pending += len(block)
                if pending >= CHUNK_OPS:
                    self.max_hlc = max_hlc
                    skewed = self._skew()
                    if skewed is None:
                        yield chunk
                    chunk, pending = [], 0
                if self._progress and count // 10_000 != before // 10_000:
                    self._progress(count, manifest.op_count)
        except OpInvalid as exc:
            raise malformed(str(exc)) from None
        if count != manifest.op_count:
            raise malformed("fewer ops than the manifest declares")
        self.max_hlc, self.count = max_hlc, count
        skewed = skewed or self._skew()
        if skewed is not None:
            raise skewed
        if chunk:
            yield chunk


def verify_bundle(vault: Vault, path: Path) -> tuple[InnerBundle, peers.Peer]:
    """Decrypt, judge the sender's key, check the manifest's signature, then parse it and
    check sender, recipients and payload hash."""
    inner, sender = _decrypt_and_parse(vault, path)
    _check_sender(inner.manifest, sender)
    if vault.fingerprint not in inner.manifest.recipients:
        raise BundleRejected(REASON_NOT_ADDRESSED, RejectionCode.NOT_ADDRESSED)
    if not payload_matches(inner):
        raise BundleRejected(REASON_DAMAGED, RejectionCode.DAMAGED)
    return inner, sender
