"""Fixtures shared by the bundle tests of the service layer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pslapp.services.vault import Vault
from tests.services.bundle_kit import befriend, new_vault


@pytest.fixture
def rita_and_bob(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    """Two vaults that trust each other: Rita receives, Bob sends (or lies)."""
    rita, bob = new_vault(tmp_path / "rita", "Rita"), new_vault(tmp_path / "bob", "Bob")
    befriend(rita, bob)
    yield rita, bob
    rita.lock()
    bob.lock()
