"""mailbox: bundles through a shared folder (Syncthing, Nextcloud, a USB stick) by
themselves: choose the folder, run a round, see the state, choose per peer."""

from __future__ import annotations

import sys
from pathlib import Path

from pslapp.cli.context import Context, Subcommands
from pslapp.cli.exits import UsageError
from pslapp.cli.output import print_json, print_table
from pslapp.crypto.identity import format_fingerprint
from pslapp.services import mailbox, peers


def register(sub: Subcommands) -> None:
    p = sub.add_parser("mailbox", help="exchange bundles through a shared folder by themselves")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("set", help="use DIR (a folder Syncthing or the like shares)")
    q.add_argument("dir", nargs="?", help="the folder; leave it out with --off")
    q.add_argument("--off", action="store_true", help="stop using a mailbox folder")
    q.set_defaults(run=cmd_mailbox_set)
    q = actions.add_parser("sync", help="one round: read and apply, write, clean up")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_mailbox_sync)
    q = actions.add_parser("status", help="the folder, the peers, files waiting")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_mailbox_status)
    q = actions.add_parser("trust", help="apply a peer's bundles at once, or leave them for review")
    q.add_argument("fingerprint")
    choice = q.add_mutually_exclusive_group(required=True)
    choice.add_argument("--auto", action="store_true", help="apply without review")
    choice.add_argument("--review", action="store_true", help="leave for review (default)")
    q.set_defaults(run=cmd_mailbox_trust)


def cmd_mailbox_set(ctx: Context) -> int:
    if ctx.args.off == bool(ctx.args.dir):
        raise UsageError("name a folder, or say --off")
    folder = mailbox.set_folder(ctx.vault(), None if ctx.args.off else Path(ctx.args.dir))
    print(f"Mailbox folder: {folder}" if folder else "No mailbox folder", file=sys.stderr)
    return 0


def cmd_mailbox_sync(ctx: Context) -> int:
    report = mailbox.sync_round(ctx.vault())
    if ctx.args.json:
        print_json(report.to_json())
        return 0
    print(
        f"written {report.written} ({report.written_ops} records), read {report.read}, "
        f"applied {report.applied} (created {report.created}, changed {report.changed}, "
        f"deleted {report.deleted}, conflicts {report.conflicts}), "
        f"left for review {report.left_for_review}, cleaned up {report.cleaned}"
    )
    for reason, count in sorted(report.skipped.items()):
        print(f"skipped {count}: {reason.replace('_', ' ')}")
    for warning in report.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    return 0


def cmd_mailbox_status(ctx: Context) -> int:
    vault = ctx.vault()
    state = mailbox.mailbox_status(vault)
    if ctx.args.json:
        print_json(state.to_json())
        return 0
    print(f"Folder: {state.folder or 'none (mailbox set DIR)'}")
    shown = peers.labels(peers.list_peers(vault))
    print_table(
        (
            format_fingerprint(p.fingerprint),
            ("auto" if p.auto_apply else "review") if p.trusted else "not trusted",
            f"acknowledged {p.acknowledged}",
            shown[p.fingerprint],
        )
        for p in state.peers
    )
    waiting = [f for f in state.own_files if f.waiting_for]
    print(f"Our files in the folder: {len(state.own_files)}, waiting for a peer: {len(waiting)}")
    for item in state.for_review:
        print(f"For review: {item.path} (from {item.sender_name}); 'import FILE' applies it")
    return 0


def cmd_mailbox_trust(ctx: Context) -> int:
    peer = mailbox.set_auto_apply(ctx.vault(), ctx.args.fingerprint, bool(ctx.args.auto))
    how = "applied without review" if peer.auto_apply else "left for review"
    print(f"Bundles from {peer.name} in the mailbox: {how}", file=sys.stderr)
    return 0
