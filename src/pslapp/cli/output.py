"""Printing results: one JSON document with --json, else short readable text."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any


def print_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_json_list(items: Iterator[Any] | Iterable[Any]) -> None:
    """A JSON array written item by item: 100 000 records never sit in one string."""
    out = sys.stdout
    out.write("[")
    empty = True
    for item in items:
        out.write("\n  " if empty else ",\n  ")
        out.write(json.dumps(item, ensure_ascii=False))
        empty = False
    out.write("]\n" if empty else "\n]\n")


def print_table(rows: Iterable[tuple[str, ...]]) -> None:
    for row in rows:
        print("  ".join(cell for cell in row))


def print_fields(pairs: Iterable[tuple[str, Any]]) -> None:
    for name, value in pairs:
        if value in (None, [], ""):
            continue
        shown = value
        if isinstance(value, list):
            shown = ", ".join(
                f"{v['kind']}: {v['value']}" if isinstance(v, dict) else str(v) for v in value
            )
        print(f"{name:>18}: {shown}")
