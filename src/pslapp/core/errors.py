"""What can go wrong, as types. The CLI maps them to exit codes, the GUI to messages."""

from __future__ import annotations

from enum import StrEnum


class PslappError(Exception):
    """Base of every error a user may see. `str(err)` is a complete, plain sentence."""


class VaultError(PslappError):
    """The vault is missing, locked, damaged or the passphrase is wrong (CLI exit 3)."""


class VaultMissing(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"no vault at {path}: create one with 'pslapp-cli init' or choose another --vault"
        )
        self.path = path


class VaultExists(VaultError):
    def __init__(self, path: str, reason: str = "a vault already exists there") -> None:
        super().__init__(f"cannot create a vault at {path}: {reason}")
        self.path = path


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("wrong passphrase (nothing was changed)")


class VaultDamaged(VaultError):
    """A vault file cannot be read. Names the file; nothing is ever overwritten."""

    def __init__(self, file: str, problem: str) -> None:
        super().__init__(
            f"{file} is damaged ({problem}); nothing was changed. "
            "Restore the vault folder from a backup, or open it with the recovery code "
            "if only the passphrase slot is affected."
        )
        self.file = file
        self.problem = problem


class BackupDamaged(VaultError):
    """A backup file is not a pslapp backup, or was damaged or altered (CLI exit 3)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path} is not a usable backup ({problem}); nothing was changed")
        self.path = path


class InitUnfinished(VaultError):
    """Creating the vault was interrupted before its keys were stored: it holds no data."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"creating the vault at {path} was interrupted before it held any data; run "
            "'pslapp-cli init' again to start over, or 'pslapp-cli wipe' to remove it"
        )
        self.path = path


class WipeUnfinished(VaultError):
    """A wipe was interrupted: the keys may be gone, the rest is still on disk."""

    def __init__(self, path: str) -> None:
        super().__init__(
            f"a wipe of {path} was interrupted; run 'pslapp-cli wipe' again to finish it"
        )
        self.path = path


class WipeIncomplete(VaultError):
    """The wipe ran to its end but some entries could not be removed (names them)."""

    def __init__(self, path: str, left: tuple[str, ...]) -> None:
        shown = ", ".join(left[:5]) + (" …" if len(left) > 5 else "")
        super().__init__(
            f"the keys of {path} are destroyed, but {len(left)} entries could not be "
            f"removed: {shown}; delete them by hand or run 'pslapp-cli wipe' again"
        )
        self.path = path
        self.left = left


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("the vault is locked")


class ValidationError(PslappError):
    """A value a user entered is not acceptable. Names the field (CLI exit 2)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ImportRejected(ValidationError):
    """A registration list cannot be imported as it is; nothing was written (CLI exit 2).
    `problems` are (line in the file, reason) pairs, one per bad row."""

    def __init__(self, file: str, reason: str, problems: tuple[tuple[int, str], ...] = ()) -> None:
        super().__init__(file, reason)
        self.problems = problems


class NotFound(PslappError):
    """No record of that kind with that id (CLI exit 5)."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class RejectionCode(StrEnum):
    """Why a bundle was refused, for the front ends to put in their own words (`reason`
    stays the English sentence the CLI prints)."""

    NOT_FOR_US = "not_for_us"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"
    UNKNOWN_SENDER = "unknown_sender"
    UNVERIFIED_SENDER = "unverified_sender"
    REVOKED_SENDER = "revoked_sender"
    FROM_SELF = "from_self"
    NOT_ADDRESSED = "not_addressed"
    TOO_LARGE = "too_large"
    OTHER_FORMAT = "other_format"
    MALFORMED = "malformed"
    CLOCK_SKEW = "clock_skew"
    NOT_SIGNED_BY_AUTHOR = "not_signed_by_author"  # a write or change set in another's name


class BundleRejected(PslappError):
    """A bundle failed a check; the vault is exactly as before (CLI exit 4)."""

    def __init__(self, reason: str, code: RejectionCode) -> None:
        super().__init__(f"bundle rejected: {reason}")
        self.reason = reason
        self.code = code


class StorageFull(PslappError):
    """The disk is full; the operation was rolled back."""

    def __init__(self, path: str) -> None:
        super().__init__(f"not enough disk space to write {path}; nothing was changed")
        self.path = path
