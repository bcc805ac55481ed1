"""Bundle history counts in the plural form the number needs: "1 conflict", not
"1 conflicts"; "1 nouvelle", not "1 nouveaux"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from pslapp.gui.views.bundle_history import counts_text
from tests.gui.languages import speaking


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    yield from speaking(qapp, request.param)


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 new, 1 conflict", "5 new, 2 conflicts"),
        ("ru", "1 новая, 1 конфликт", "5 новых, 2 конфликта"),
        ("uk", "1 новий, 1 конфлікт", "5 нових, 2 конфлікти"),
        ("de", "1 neu, 1 Konflikt", "5 neu, 2 Konflikte"),
        ("fr", "1 nouvelle, 1 conflit", "5 nouvelles, 2 conflits"),
    ],
    indirect=["language"],
)
def test_received_counts_use_the_languages_plural_forms(language: str, one: str, many: str) -> None:
    assert counts_text("in", {"created": 1, "conflicts": 1}) == one
    assert counts_text("in", {"created": 5, "conflicts": 2}) == many
    assert "1" in counts_text("out", {"ops": 1}) and "(s)" not in counts_text("out", {"ops": 1})


def test_a_sent_bundle_names_its_recipients(qapp: QApplication, tmp_path) -> None:
    """History says to whom a bundle went ("Bob"), not "1 peer(s)"."""
    from pslapp.core.enums import Kind
    from pslapp.gui.views.bundle_history import BundleHistoryView
    from pslapp.services import records
    from tests.services.bundle_kit import befriend, new_vault, send

    alice, bob = new_vault(tmp_path / "alice", "Alice"), new_vault(tmp_path / "bob", "Bob")
    befriend(alice, bob)
    records.create(alice, Kind.PERSON, {"display_name": "Olga"})
    send(alice, [bob], tmp_path / "b.pslb")
    view = BundleHistoryView()
    view.vault = alice
    view.reload()
    item = view.table.item(0, 2)
    assert item is not None and item.text() == "Bob"
    alice.lock()
    bob.lock()
