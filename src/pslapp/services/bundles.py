"""Sealed bundles, the use cases in one place: seal (export) and open/import.

See `docs/bundle-format.md` for the file format and the order of the import checks.
"""

from __future__ import annotations

from pslapp.services.bundle_export import SUFFIX, ExportReport, seal_bundle
from pslapp.services.bundle_import import ImportReport, history, import_bundle
from pslapp.services.bundle_open import OpenedBundle, open_bundle
from pslapp.services.bundle_scope import Scope

__all__ = [
    "SUFFIX",
    "ExportReport",
    "ImportReport",
    "OpenedBundle",
    "Scope",
    "history",
    "import_bundle",
    "open_bundle",
    "seal_bundle",
]
