"""init, status, passwd, search: the vault as a whole."""

from __future__ import annotations

import sys

from pslapp.cli import passphrase
from pslapp.cli.context import Context, Subcommands
from pslapp.cli.exits import UsageError
from pslapp.cli.output import print_json, print_table
from pslapp.core.enums import Kind
from pslapp.core.errors import VaultMissing
from pslapp.crypto.identity import format_fingerprint
from pslapp.crypto.kdf import FLOOR_ITERATIONS, MIN_MEMORY_KIB, KdfParams, floor_iterations
from pslapp.services import records
from pslapp.services.rekey import rekey_vault
from pslapp.services.vault import DB_NAME, change_passphrase, create_vault
from pslapp.services.vault_health import check_database
from pslapp.services.wipe import looks_like_a_vault, wipe_vault


def register(sub: Subcommands) -> None:
    p = sub.add_parser("init", help="create a vault and this vault's identity")
    p.add_argument("--name", default="", help="the name peers will see on your identity card")
    p.add_argument(
        "--kdf-iterations",
        type=int,
        metavar="N",
        help=f"Argon2id passes (64 MiB each, at least {FLOOR_ITERATIONS}); "
        "default: calibrated to ~0.7 s here",
    )
    p.set_defaults(run=cmd_init)

    p = sub.add_parser("status", help="counts, identity fingerprint, vault path")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_status)

    p = sub.add_parser(
        "check", help="check every page and index of the database (SQLite integrity_check)"
    )
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("passwd", help="change the passphrase (the database is untouched)")
    p.set_defaults(run=cmd_passwd)

    p = sub.add_parser(
        "rekey",
        help="re-encrypt the database under a new data key, with a new recovery code: for "
        "when an old passphrase or recovery code may be known",
    )
    p.add_argument(
        "--new-passphrase",
        action="store_true",
        help="choose a new passphrase too ($PSLAPP_NEW_PASSPHRASE or a prompt)",
    )
    p.set_defaults(run=cmd_rekey)

    p = sub.add_parser(
        "wipe",
        help="emergency: destroy the vault (keys first, so nothing is readable from then on)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask; for panic buttons and scripts")
    p.set_defaults(run=cmd_wipe)

    p = sub.add_parser("search", help="full-text search over every kind of record")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_search)


def cmd_init(ctx: Context) -> int:
    args = ctx.args
    kdf = None
    if args.kdf_iterations is not None:
        if args.kdf_iterations < floor_iterations():
            raise UsageError(f"--kdf-iterations must be at least {FLOOR_ITERATIONS}")
        kdf = KdfParams(MIN_MEMORY_KIB, args.kdf_iterations)
    secret = passphrase.new(ctx.passphrase_file, env=passphrase.ENV)
    name = args.name.strip() or "pslapp"
    vault, recovery = create_vault(ctx.folder, secret, name, kdf=kdf)
    fingerprint = format_fingerprint(vault.fingerprint)
    vault.lock()
    print(f"Created a vault at {ctx.folder}")
    print(f"Fingerprint: {fingerprint}")
    print("Recovery code (shown only this once; write it down and keep it apart from the laptop):")
    print(f"  {recovery}")
    return 0


def cmd_status(ctx: Context) -> int:
    vault = ctx.vault()
    counts = {kind.value: records.count(vault, kind) for kind in Kind}
    doc = {
        "vault": str(ctx.folder),
        "name": vault.own_identity().name,
        "fingerprint": format_fingerprint(vault.fingerprint),
        "counts": counts,
    }
    if ctx.args.json:
        print_json(doc)
    else:
        print(f"Vault:       {doc['vault']}")
        print(f"Identity:    {doc['name']}")
        print(f"Fingerprint: {doc['fingerprint']}")
        print_table((f"{kind:>18}", str(n)) for kind, n in counts.items())
    return 0


def cmd_check(ctx: Context) -> int:
    vault = ctx.vault()  # the keyslots parse strictly and quick_check runs at unlock
    check_database(vault.engine, ctx.folder / DB_NAME, full=True)
    print(f"{ctx.folder}: keyslots, permissions, every page and index checked; no damage found.")
    return 0


def cmd_passwd(ctx: Context) -> int:
    old = passphrase.current(ctx.passphrase_file)
    new = passphrase.new(None)
    change_passphrase(ctx.folder, old, new)
    print("Passphrase changed.", file=sys.stderr)
    return 0


def cmd_rekey(ctx: Context) -> int:
    old = passphrase.current(ctx.passphrase_file)
    new = passphrase.new(None) if ctx.args.new_passphrase else None
    recovery = rekey_vault(ctx.folder, old, new)
    print("The vault is re-encrypted under a new key; the old recovery code no longer works.")
    print("New recovery code (shown only this once; write it down and keep it apart):")
    print(f"  {recovery}")
    return 0


def cmd_wipe(ctx: Context) -> int:
    # No passphrase and no readable keyslots needed: a garbled, half-wiped or half-made
    # vault is wiped all the same (services/wipe.py).
    if not looks_like_a_vault(ctx.folder):
        raise VaultMissing(str(ctx.folder))
    if not ctx.args.yes:
        answer = input(f"Destroy the vault at {ctx.folder} for good? Type 'wipe' to confirm: ")
        if answer.strip().lower() != "wipe":
            print("Nothing was wiped.", file=sys.stderr)
            return 0
    wipe_vault(ctx.folder)
    print("The vault is wiped.", file=sys.stderr)
    return 0


def cmd_search(ctx: Context) -> int:
    hits = records.search(ctx.vault(), ctx.args.query, ctx.args.limit)
    if ctx.args.json:
        print_json([{"kind": k.value, "id": rid, "title": title} for k, rid, title in hits])
    else:
        print_table((k.value, rid, title) for k, rid, title in hits)
    return 0
