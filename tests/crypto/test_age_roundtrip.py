"""Files we write, read back by us: sizes at chunk edges, mixed recipients, and tampering."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pslapp.crypto.age import (
    MAX_HEADER_SIZE,
    AgeError,
    HeaderError,
    HmacError,
    HybridIdentity,
    NoMatch,
    PayloadError,
    Recipient,
    Stanza,
    X25519Identity,
    decrypt,
    decrypt_bytes,
    decrypt_stream,
    encrypt,
    encrypt_bytes,
    encrypt_stream,
)
from pslapp.crypto.age.header import encode_header, read_header

CHUNK = 64 * 1024


class GreasedRecipient:
    """Adds an unknown stanza, as other age implementations may, before the real one."""

    def __init__(self, inner: Recipient) -> None:
        self.inner = inner

    def wrap(self, file_key: bytes) -> list[Stanza]:
        return [Stanza("example.org/grease", ("x", "y"), b"\x00" * 70), *self.inner.wrap(file_key)]


def header_length(age_file: bytes) -> int:
    src = io.BytesIO(age_file)
    read_header(src)
    return src.tell()


@pytest.fixture(scope="module")
def alice() -> HybridIdentity:
    return HybridIdentity.generate()


@pytest.fixture(scope="module")
def bob() -> X25519Identity:
    return X25519Identity.generate()


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17], ids=lambda n: f"{n}B"
)
def test_payload_sizes_at_chunk_edges_round_trip(alice: HybridIdentity, size: int) -> None:
    plaintext = os.urandom(size)
    sealed = encrypt_bytes(plaintext, [alice.recipient()])
    chunks = max(1, -(-size // CHUNK))
    assert len(sealed) == header_length(sealed) + 16 + size + 16 * chunks
    assert decrypt_bytes(sealed, [alice]) == plaintext


def test_mixed_hybrid_and_x25519_recipients_each_open_the_file(
    alice: HybridIdentity, bob: X25519Identity
) -> None:
    sealed = encrypt_bytes(b"minutes of the forum", [alice.recipient(), bob.recipient()])
    assert decrypt_bytes(sealed, [alice]) == b"minutes of the forum"
    assert decrypt_bytes(sealed, [bob]) == b"minutes of the forum"
    assert decrypt_bytes(sealed, [X25519Identity.generate(), bob]) == b"minutes of the forum"


def test_a_stranger_gets_no_match(alice: HybridIdentity, bob: X25519Identity) -> None:
    sealed = encrypt_bytes(b"not for you", [alice.recipient(), bob.recipient()])
    with pytest.raises(NoMatch):
        decrypt_bytes(sealed, [HybridIdentity.generate(), X25519Identity.generate()])
    with pytest.raises(NoMatch):
        decrypt_bytes(sealed, [])


def test_unknown_stanzas_are_skipped(alice: HybridIdentity) -> None:
    sealed = encrypt_bytes(b"hello", [GreasedRecipient(alice.recipient())])
    assert b"-> example.org/grease x y\n" in sealed
    assert decrypt_bytes(sealed, [alice]) == b"hello"


def test_an_edited_stanza_argument_fails_the_header_mac(alice: HybridIdentity) -> None:
    sealed = encrypt_bytes(b"hello", [GreasedRecipient(alice.recipient())])
    tampered = sealed.replace(b"grease x y", b"grease x z", 1)
    with pytest.raises(HmacError):
        decrypt_bytes(tampered, [alice])


def test_a_broken_version_line_is_a_header_error(bob: X25519Identity) -> None:
    sealed = encrypt_bytes(b"hello", [bob.recipient()])
    with pytest.raises(HeaderError, match="version"):
        decrypt_bytes(sealed.replace(b"/v1", b"/v2", 1), [bob])
    with pytest.raises(HeaderError, match="not an age file"):
        decrypt_bytes(b"PK\x03\x04 not age at all", [bob])


def test_flipping_any_header_byte_never_decrypts(bob: X25519Identity) -> None:
    sealed = encrypt_bytes(b"hello", [bob.recipient()])
    for position in range(header_length(sealed)):
        tampered = bytearray(sealed)
        tampered[position] ^= 0x01
        with pytest.raises((HeaderError, HmacError, NoMatch)):
            decrypt_bytes(bytes(tampered), [bob])


def test_flipping_a_payload_byte_is_a_payload_error(bob: X25519Identity) -> None:
    sealed = bytearray(encrypt_bytes(os.urandom(3 * CHUNK), [bob.recipient()]))
    sealed[-CHUNK] ^= 0x80
    with pytest.raises(PayloadError):
        decrypt_bytes(bytes(sealed), [bob])


@pytest.mark.parametrize("cut", [1, 16, 17, CHUNK + 16, CHUNK + 17])
def test_truncated_payload_is_a_payload_error(bob: X25519Identity, cut: int) -> None:
    sealed = encrypt_bytes(os.urandom(2 * CHUNK + 100), [bob.recipient()])
    with pytest.raises(PayloadError):
        decrypt_bytes(sealed[:-cut], [bob])


def test_losing_the_whole_final_chunk_is_a_payload_error(bob: X25519Identity) -> None:
    sealed = encrypt_bytes(os.urandom(2 * CHUNK), [bob.recipient()])
    with pytest.raises(PayloadError):
        decrypt_bytes(sealed[: -(CHUNK + 16)], [bob])


@pytest.mark.parametrize("size", [0, 100, CHUNK], ids=lambda n: f"{n}B")
@pytest.mark.parametrize("extra", [b"\x00", b"x" * 40, os.urandom(CHUNK + 16)], ids=len)
def test_trailing_bytes_are_a_payload_error(bob: X25519Identity, size: int, extra: bytes) -> None:
    sealed = encrypt_bytes(os.urandom(size), [bob.recipient()])
    with pytest.raises(PayloadError):
        decrypt_bytes(sealed + extra, [bob])


def test_a_file_cut_inside_the_header_or_nonce_is_a_header_error(bob: X25519Identity) -> None:
    sealed = encrypt_bytes(b"hello", [bob.recipient()])
    end_of_header = header_length(sealed)
    for cut in (5, end_of_header - 1, end_of_header + 8):
        with pytest.raises(HeaderError):
            decrypt_bytes(sealed[:cut], [bob])


def test_an_oversized_header_is_refused_without_reading_it_all(bob: X25519Identity) -> None:
    hostile = io.BytesIO(b"age-encryption.org/v1\n-> " + b"A" * (4 * MAX_HEADER_SIZE))
    with pytest.raises(HeaderError, match="larger than"):
        decrypt(hostile, [bob])
    assert hostile.tell() <= MAX_HEADER_SIZE + 1


def _drain(chunks: Iterator[bytes], into: bytearray) -> None:
    """Collect chunks into `into` as they are released, so they survive a later error."""
    for chunk in chunks:
        into += chunk


def test_released_plaintext_stops_at_the_damaged_chunk(bob: X25519Identity) -> None:
    plaintext = os.urandom(3 * CHUNK)
    sealed = bytearray(encrypt_bytes(plaintext, [bob.recipient()]))
    sealed[-10] ^= 0x01
    released = bytearray()
    with pytest.raises(PayloadError):
        _drain(decrypt(io.BytesIO(bytes(sealed)), [bob]).chunks(), released)
    assert bytes(released) == plaintext[: 2 * CHUNK]


def test_writer_aborted_by_an_exception_leaves_an_unreadable_file(bob: X25519Identity) -> None:
    def export_that_fails(out: io.BytesIO) -> None:
        with encrypt(out, [bob.recipient()]) as writer:
            writer.write(b"half an export")
            raise RuntimeError("export failed")

    out = io.BytesIO()
    with pytest.raises(RuntimeError):
        export_that_fails(out)
    with pytest.raises(PayloadError):
        decrypt_bytes(out.getvalue(), [bob])


def test_streams_and_partial_reads(bob: X25519Identity) -> None:
    plaintext = os.urandom(2 * CHUNK + 5)
    sealed = io.BytesIO()
    encrypt_stream(io.BytesIO(plaintext), sealed, [bob.recipient()])
    sealed.seek(0)
    reader = decrypt(sealed, [bob])
    parts = [reader.read(1000), reader.read(CHUNK), reader.read()]
    assert b"".join(parts) == plaintext
    assert reader.read(10) == b""
    sealed.seek(0)
    out = io.BytesIO()
    decrypt_stream(sealed, out, [bob])
    assert out.getvalue() == plaintext


def test_encrypting_needs_a_recipient() -> None:
    with pytest.raises(ValueError, match="recipient"):
        encrypt_bytes(b"", [])


@settings(max_examples=50, deadline=None)
@given(
    stanzas=st.lists(
        st.builds(
            Stanza,
            type=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1),
            args=st.lists(
                st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1),
                max_size=3,
            ).map(tuple),
            body=st.binary(max_size=200),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_header_encoding_round_trips(stanzas: list[Stanza]) -> None:
    file_key = os.urandom(16)
    encoded = encode_header(stanzas, file_key)
    header = read_header(io.BytesIO(encoded + b"payload"))
    assert list(header.stanzas) == stanzas
    assert header.mac_input + b" " in encoded


@settings(max_examples=25, deadline=None)
@given(data=st.binary(max_size=3 * CHUNK), write_size=st.integers(min_value=1, max_value=CHUNK * 2))
def test_any_write_pattern_round_trips(data: bytes, write_size: int) -> None:
    identity = X25519Identity.from_string(
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
    )
    out = io.BytesIO()
    with encrypt(out, [identity.recipient()]) as writer:
        for start in range(0, len(data), write_size):
            writer.write(data[start : start + write_size])
    assert decrypt_bytes(out.getvalue(), [identity]) == data


def test_age_errors_share_one_base() -> None:
    for error in (HeaderError, HmacError, NoMatch, PayloadError):
        assert issubclass(error, AgeError)
