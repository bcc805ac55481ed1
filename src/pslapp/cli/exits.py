"""Exit codes of the CLI contract, and which error maps to which."""

from __future__ import annotations

from pslapp.core.errors import (
    BundleRejected,
    NotFound,
    PslappError,
    ValidationError,
    VaultError,
)

OK = 0
UNEXPECTED = 1
USAGE = 2
VAULT = 3
BUNDLE = 4
NOT_FOUND = 5


class UsageError(PslappError):
    """The command line itself is wrong (exit 2)."""


def exit_code(exc: BaseException) -> int:
    if isinstance(exc, UsageError | ValidationError):
        return USAGE
    if isinstance(exc, VaultError):
        return VAULT
    if isinstance(exc, BundleRejected):
        return BUNDLE
    if isinstance(exc, NotFound):
        return NOT_FOUND
    return UNEXPECTED
