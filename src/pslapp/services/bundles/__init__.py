"""Sealed bundles, the use cases in one place: seal (export), count what would go, verify
once, review (a dry run), apply what was reviewed. The package's other modules are its
parts: `container` (the signed inner bundle), `seal`, `unseal`, `apply`, `review`, `scope`,
the proofs that go out and are kept, the conflicts' lost writes.

See `docs/bundle-format.md` for the file format and the order of the import checks.
"""

from __future__ import annotations

from pslapp.services.bundles.apply import (
    VerifiedBundle,
    history,
    import_bundle,
    import_verified,
    verify,
)
from pslapp.services.bundles.preview import count_outgoing
from pslapp.services.bundles.report import ImportReport
from pslapp.services.bundles.review import BundleReview, ReviewItem, apply_review, review_bundle
from pslapp.services.bundles.scope import Scope
from pslapp.services.bundles.seal import SUFFIX, ExportReport, seal_bundle
from pslapp.services.bundles.unseal import addressed_here

__all__ = [
    "SUFFIX",
    "BundleReview",
    "ExportReport",
    "ImportReport",
    "ReviewItem",
    "Scope",
    "VerifiedBundle",
    "addressed_here",
    "apply_review",
    "count_outgoing",
    "history",
    "import_bundle",
    "import_verified",
    "review_bundle",
    "seal_bundle",
    "verify",
]
