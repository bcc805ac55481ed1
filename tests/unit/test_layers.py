"""The layers of docs/architecture.md hold: gui -> services -> {storage, crypto} -> core. Qt only in
gui/ and app.py; the GUI never reaches the database directly."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "pslapp"

# What each layer may import: pslapp packages, and third-party libraries (None: any but Qt).
ALLOWED: dict[str, tuple[set[str], set[str] | None]] = {
    "core": ({"pslapp.core"}, {"anyascii", "iuliia", "translitua", "icu"}),
    "crypto": ({"pslapp.core", "pslapp.crypto"}, {"cryptography", "zstandard"}),
    "storage": ({"pslapp.core", "pslapp.storage"}, {"sqlalchemy", "sqlcipher3", "alembic"}),
    "services": ({"pslapp.core", "pslapp.crypto", "pslapp.storage", "pslapp.services"}, None),
}
FORBIDDEN_IN_GUI = ("pslapp.storage", "sqlalchemy", "sqlcipher3", "alembic")
STDLIB_OK = {"__future__"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(package: str) -> list[Path]:
    return sorted((SRC / package).rglob("*.py"))


def is_third_party(name: str) -> bool:
    top = name.split(".", maxsplit=1)[0]
    return top not in sys.stdlib_module_names and top not in STDLIB_OK


def within(name: str, allowed: set[str]) -> bool:
    return any(name == a or name.startswith(a + ".") for a in allowed)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_what_is_below_it(layer: str):
    own, third_party = ALLOWED[layer]
    for path in modules(layer):
        for name in imports_of(path):
            if name.startswith("pslapp"):
                ok = within(name, own)
            elif is_third_party(name):
                ok = third_party is None or within(name.split(".")[0], third_party)
            else:
                ok = True
            assert ok, f"{path.relative_to(SRC)} imports {name}"


def test_only_gui_and_app_import_qt():
    for path in SRC.rglob("*.py"):
        relative = path.relative_to(SRC)
        if relative.parts[0] == "gui" or relative == Path("app.py"):
            continue
        qt = [n for n in imports_of(path) if n.split(".")[0] in {"PySide6", "shiboken6"}]
        assert not qt, f"{relative} imports {qt}"


def test_gui_never_reaches_storage():
    for path in [*modules("gui"), SRC / "app.py"]:
        bad = [n for n in imports_of(path) if n.startswith(FORBIDDEN_IN_GUI)]
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


def test_the_gui_and_cli_use_bundles_through_their_front_door():
    """`services/bundles/` is one package: the app reaches it by `pslapp.services.bundles`,
    never a module inside, so its parts can change without the app noticing."""
    for path in [*modules("gui"), *modules("cli"), SRC / "app.py"]:
        inside = [n for n in imports_of(path) if n.startswith("pslapp.services.bundles.")]
        assert not inside, f"{path.relative_to(SRC)} imports {inside}"


@pytest.mark.parametrize("path", modules("services"), ids=lambda p: str(p.relative_to(SRC)))
def test_services_hold_no_sql(path: Path):
    """Every query lives in storage/ (records, conflicts, exchanges, outgoing, peers,
    identity, engine...): a service takes a connection and names no table, builds no
    statement, runs no SQL. It may name the types and catch the errors."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "sqlalchemy":
            names = {alias.name for alias in node.names}
            assert names <= {"Connection", "Engine"}, f"{path.name} imports {names}"
        if isinstance(node, ast.ImportFrom) and node.module == "pslapp.storage.tables":
            raise AssertionError(f"{path.name} reaches the tables")
        if isinstance(node, ast.Import) and any(a.name == "sqlcipher3" for a in node.names):
            raise AssertionError(f"{path.name} opens the database itself")
        if isinstance(node, ast.Attribute) and node.attr in {"exec_driver_sql", "execute"}:
            raise AssertionError(f"{path.name} runs SQL (.{node.attr})")
