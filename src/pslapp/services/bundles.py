"""Sealed bundles, the use cases in one place: seal (export) and open/import.

See `docs/bundle-format.md` for the file format and the order of the import checks.
"""

from __future__ import annotations

from pslapp.services.bundle_export import SUFFIX, ExportReport, seal_bundle
from pslapp.services.bundle_import import (
    VerifiedBundle,
    history,
    import_bundle,
    import_verified,
    verify,
)
from pslapp.services.bundle_review import BundleReview, apply_review, review_bundle
from pslapp.services.bundle_scope import Scope
from pslapp.services.import_report import ImportReport

__all__ = [
    "SUFFIX",
    "BundleReview",
    "ExportReport",
    "ImportReport",
    "Scope",
    "VerifiedBundle",
    "apply_review",
    "history",
    "import_bundle",
    "import_verified",
    "review_bundle",
    "seal_bundle",
    "verify",
]
