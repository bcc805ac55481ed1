"""A peer cannot take another's name: a second "Alice" (or "Аlice" with a Cyrillic А) is
added with a warning and shown apart, with her fingerprint, wherever peers are named; card
names refuse the invisible characters record names refuse."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
from pathlib import Path

import pytest

from pslapp.cli.main import main
from pslapp.core.enums import Kind
from pslapp.crypto import card as cards
from pslapp.crypto.card import CardInvalid, parse_card
from pslapp.services import peers, records
from pslapp.services.bundles.review import review_bundle
from tests.conftest import PASSPHRASE
from tests.services.bundle_kit import new_vault, send


@pytest.fixture
def two_alices(tmp_path: Path):
    alice, bob, carol = (
        new_vault(tmp_path / n, name)
        for n, name in (("alice", "Alice"), ("bob", "Аlice"), ("carol", "Carol"))
    )
    yield alice, bob, carol
    for v in (alice, bob, carol):
        v.lock()


def test_a_second_alice_is_added_with_a_warning_and_shown_apart(two_alices):
    alice, bob, carol = two_alices  # bob re-signed his card as "Аlice" (Cyrillic А)
    first = peers.add_peer(carol, peers.own_card(alice).encode(), verified=True)
    assert first.warning is None
    second = peers.add_peer(carol, peers.own_card(bob).encode(), verified=True)
    assert second.warning is not None and "already called" in second.warning
    assert peers.short_fingerprint(alice.fingerprint) in second.warning
    shown = peers.labels(peers.list_peers(carol))
    assert shown[alice.fingerprint] == f"Alice ({peers.short_fingerprint(alice.fingerprint)})"
    assert shown[bob.fingerprint] == f"Аlice #2 ({peers.short_fingerprint(bob.fingerprint)})"


def test_the_receive_dialog_names_the_sender_apart(two_alices, tmp_path):
    alice, bob, carol = two_alices
    for v in (alice, bob):
        peers.add(carol, peers.own_card(v).encode(), verified=True)
        peers.add(v, peers.own_card(carol).encode(), verified=True)
    records.create(bob, Kind.PERSON, {"display_name": "Asel"})
    review = review_bundle(carol, send(bob, [carol], tmp_path / "from-bob.pslb"))
    assert review.sender_label.startswith("Аlice #2 (")


def test_peer_add_and_list_on_the_cli_warn_and_tell_them_apart(two_alices, tmp_path):
    alice, bob, carol = two_alices
    for v, name in ((alice, "a.pslid"), (bob, "b.pslid")):
        (tmp_path / name).write_text(peers.own_card(v), encoding="utf-8")

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        os.environ["PSLAPP_PASSPHRASE"] = PASSPHRASE
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["--vault", str(carol.folder), *args])
        finally:
            del os.environ["PSLAPP_PASSPHRASE"]
        return code, out.getvalue(), err.getvalue()

    assert "Warning" not in run("peer", "add", str(tmp_path / "a.pslid"), "--verified")[2]
    code, _, err = run("peer", "add", str(tmp_path / "b.pslid"), "--verified")
    assert code == 0 and "Warning: another peer is already called" in err
    assert "Аlice #2 (" in err
    code, out, _ = run("peer", "list")
    assert "Аlice #2 (" in out and "Alice (" in out


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u200b", "\u202e", "\u00ad", "\U000e0041"])
def test_a_card_name_with_an_invisible_character_is_refused(two_alices, char):
    alice, _, _ = two_alices
    own = alice.own_identity()
    public = dataclasses.replace(own.public(), name=f"Ali{char}ce")
    lines = cards._signed_lines(public)
    signature = own.sign(cards._message(lines))
    text = "\n".join([cards.BEGIN, *lines, f"signature: {signature.hex()}", cards.END]) + "\n"
    with pytest.raises(CardInvalid, match="invisible"):
        parse_card(text.encode())
    plain = dataclasses.replace(own.public(), name="Alice")  # the control: same card, plain
    lines = cards._signed_lines(plain)
    signature = own.sign(cards._message(lines))
    text = "\n".join([cards.BEGIN, *lines, f"signature: {signature.hex()}", cards.END]) + "\n"
    assert parse_card(text.encode()).name == "Alice"
