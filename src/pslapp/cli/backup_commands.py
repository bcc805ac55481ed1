"""backup, restore: the whole vault in one encrypted file, and back."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from pslapp.cli import passphrase
from pslapp.cli.context import Context, Subcommands
from pslapp.services.backup import SUFFIX, back_up, restore

ENV_RECOVERY = "PSLAPP_RECOVERY_CODE"


def register(sub: Subcommands) -> None:
    p = sub.add_parser(
        "backup",
        help="write an encrypted backup of the whole vault (opens only with its passphrase "
        "or recovery code)",
    )
    p.add_argument("file", type=Path, help=f"where to write it, e.g. a USB stick (*{SUFFIX})")
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="restore a backup into --vault, after checking all of it; nothing is changed "
        "if it is damaged or the passphrase is wrong",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--recovery-code",
        action="store_true",
        help=f"open it with the recovery code (${ENV_RECOVERY} or a prompt)",
    )
    p.add_argument(
        "--replace", action="store_true", help="replace the vault already there (it is wiped)"
    )
    p.set_defaults(run=cmd_restore)


def cmd_backup(ctx: Context) -> int:
    path: Path = ctx.args.file
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    written = back_up(ctx.vault(), path)
    print(f"Backup written to {written.path} ({written.size} bytes).", file=sys.stderr)
    return 0


def cmd_restore(ctx: Context) -> int:
    args = ctx.args
    if args.recovery_code:
        secret = os.environ.get(ENV_RECOVERY) or getpass.getpass("Recovery code: ")
    else:
        secret = passphrase.current(ctx.passphrase_file)
    vault = restore(
        args.file, ctx.folder, secret, recovery_code=args.recovery_code, replace=args.replace
    )
    vault.lock()
    print(f"Restored {args.file} into {ctx.folder}; every byte was checked.", file=sys.stderr)
    return 0
