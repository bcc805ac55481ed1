"""Entry point of `pslapp-cli`: parse, run one command, map errors to exit codes.
No traceback reaches the user unless --debug is given."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DatabaseError

from pslapp import __version__
from pslapp.cli import (
    backup_commands,
    bundle_commands,
    csv_commands,
    mailbox_commands,
    merge_commands,
    record_commands,
    vault_commands,
)
from pslapp.cli.context import Context
from pslapp.cli.exits import UNEXPECTED, exit_code
from pslapp.core.errors import PslappError, VaultDamaged
from pslapp.services.vault import DB_NAME

log = logging.getLogger("pslapp")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pslapp-cli",
        description="pslapp: an encrypted, offline vault of people, events and partners.",
    )
    parser.add_argument("--version", action="version", version=f"pslapp {__version__}")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="vault folder (default: $PSLAPP_VAULT or the user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the passphrase from this file (else $PSLAPP_PASSPHRASE, else a prompt)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    vault_commands.register(sub)
    backup_commands.register(sub)
    kind_actions = record_commands.register(sub)
    record_commands.register_attendance(sub)
    csv_commands.register(sub, event_actions=kind_actions["event"])
    merge_commands.register(kind_actions["person"])
    bundle_commands.register(sub)
    mailbox_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # whatever this process writes is for this user only
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    ctx = Context(args)
    try:
        return int(args.run(ctx))
    except KeyboardInterrupt:
        print("interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return UNEXPECTED
    except PslappError as exc:
        if args.debug:
            raise
        print(f"pslapp-cli: {exc}", file=sys.stderr)
        return exit_code(exc)
    except DatabaseError as exc:
        if args.debug:
            raise
        damaged = VaultDamaged(str(ctx.folder / DB_NAME), str(exc.orig)[:100])
        print(f"pslapp-cli: {damaged}", file=sys.stderr)
        return exit_code(damaged)
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"pslapp-cli: unexpected error ({exc.__class__.__name__}); nothing was changed. "
            "Run again with --debug for details.",
            file=sys.stderr,
        )
        return UNEXPECTED
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
