"""The bundle screens for `pslapp.gui.screenshots`: a second demo vault ("Paris") that has
swapped cards with the demo vault, one applied bundle that left a conflict, and one waiting
bundle to review."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pslapp.core.enums import Kind
from pslapp.gui import runner
from pslapp.gui.demo import DEMO_PASSPHRASE, FAST_KDF
from pslapp.services import bundles, peers, records
from pslapp.services.vault import Vault, create_vault

if TYPE_CHECKING:
    from pslapp.gui.main_window import MainWindow


@dataclass(frozen=True)
class BundleScene:
    peer: str  # Paris's fingerprint
    waiting: Path  # a bundle from Paris, not applied


def prepare(root: Path, demo: Vault) -> BundleScene:
    paris, _code = create_vault(
        root / "paris", DEMO_PASSPHRASE, "Paris", kdf=FAST_KDF, weak_kdf_ok=True
    )
    peers.add(paris, peers.own_card(demo).encode(), verified=True)
    peer = peers.add(demo, peers.own_card(paris).encode(), verified=True)
    bundles.seal_bundle(
        demo, [peer.fingerprint], root / "all.pslb", bundles.Scope(kinds=frozenset({Kind.PERSON}))
    )
    bundles.import_bundle(paris, root / "all.pslb")
    person = records.page(demo, Kind.PERSON, limit=1)[0]
    records.edit(demo, Kind.PERSON, person.id, {"city": "Düsseldorf"})
    records.edit(paris, Kind.PERSON, person.id, {"city": "Bonn"})
    records.create(paris, Kind.PERSON, {"display_name": "Марина Ткаченко", "city": "Paris"})
    bundles.seal_bundle(paris, [demo.fingerprint], root / "first.pslb")
    bundles.import_bundle(demo, root / "first.pslb")
    records.create(paris, Kind.PERSON, {"display_name": "Jean Dupont", "city": "Lyon"})
    records.create(
        paris,
        Kind.EVENT,
        {"title": "Solidarity picket", "kind": "picket", "start": "2026-06-12T18:00"},
    )
    bundles.seal_bundle(paris, [demo.fingerprint], root / "waiting.pslb")
    paris.lock()
    return BundleScene(peer.fingerprint, root / "waiting.pslb")


def shoot(
    window: MainWindow,
    scene: BundleScene,
    out: Path,
    suffix: str,
    save_png: Callable[[QWidget, Path], None],
) -> None:
    def save(widget: QWidget, name: str) -> None:
        save_png(widget, out / f"{name}-{suffix}.png")

    actions = window.bundles
    first = window.stack.indexOf(actions.peers)
    window.sidebar.setCurrentRow(first)
    actions.peers.select(scene.peer)
    save(window, "peers")
    card = actions.show_own_card()
    assert card is not None
    save(card, "my-card")
    card.close()
    window.sidebar.setCurrentRow(first + 1)
    actions.conflicts.table.selectRow(0)
    save(window, "conflicts")
    window.sidebar.setCurrentRow(first + 2)
    save(window, "bundle-history")
    send = actions.send_changes()
    assert send is not None
    send.choose(scene.peer)
    send.scope.restricted.setChecked(True)
    send.count()
    runner.wait_all()
    save(send, "send-changes")
    send.close()
    receive = actions.receive(scene.waiting)
    assert receive is not None
    runner.wait_all()
    save(receive, "receive-bundle")
    receive.close()
    window.sidebar.setCurrentRow(0)
