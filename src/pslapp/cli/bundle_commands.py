"""identity, peer, export, import, conflicts: exchanging sealed bundles with peers."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from pslapp.cli.context import Context, Subcommands
from pslapp.cli.exits import UsageError
from pslapp.cli.output import print_json, print_table
from pslapp.core import hlc
from pslapp.core.enums import Kind
from pslapp.crypto.card import MAX_CARD_BYTES, CardInvalid
from pslapp.crypto.identity import format_fingerprint
from pslapp.services import authors, bundles, conflicts, peer_review, peers


def register(sub: Subcommands) -> None:
    _register_identity(sub)
    _register_peer(sub)

    p = sub.add_parser("export", help="seal a bundle for one or more peers")
    p.add_argument("--to", action="append", required=True, metavar="FINGERPRINT")
    p.add_argument("--all", action="store_true", help="everything in scope, not only changes")
    p.add_argument("--kind", action="append", default=[], choices=[k.value for k in Kind])
    p.add_argument("--chapter", action="append", default=[], metavar="CH")
    p.add_argument("--tag", action="append", default=[], metavar="T")
    p.add_argument("--event", action="append", default=[], metavar="EVENT_ID")
    p.add_argument(
        "--include-restricted",
        action="store_true",
        help="also send restricted people, legal names and phone numbers",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("import", help="check and merge a bundle from a peer")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("conflicts", help="review values set aside by merges")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("list", help="open conflicts")
    q.add_argument("--json", action="store_true")
    q.add_argument("--all", action="store_true", help="also resolved ones")
    q.set_defaults(run=cmd_conflicts_list)
    q = actions.add_parser("resolve", help="take one of the two values")
    q.add_argument("id", type=int)
    q.add_argument("--take", required=True, metavar="VALUE_ID", choices=conflicts.VALUE_IDS)
    q.set_defaults(run=cmd_conflicts_resolve)


def _register_identity(sub: Subcommands) -> None:
    p = sub.add_parser("identity", help="this vault's identity")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("show", help="name and fingerprint")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_identity_show)
    q = actions.add_parser("export", help="write the public identity card (.pslid)")
    q.add_argument("file")
    q.set_defaults(run=cmd_identity_export)


def _register_peer(sub: Subcommands) -> None:
    p = sub.add_parser("peer", help="the vaults you exchange bundles with")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("add", help="add a peer from their card; prints the fingerprint")
    q.add_argument("card")
    q.add_argument("--verified", action="store_true", help="you compared the fingerprint with them")
    q.set_defaults(run=cmd_peer_add)
    q = actions.add_parser("list", help="peers and their trust")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_peer_list)
    q = actions.add_parser(
        "authors", help="authors of changes kept here who are not peers, and forked chains"
    )
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_peer_authors)
    q = actions.add_parser("verify", help="mark a peer verified after comparing fingerprints")
    q.add_argument("fingerprint")
    q.set_defaults(run=cmd_peer_verify)
    q = actions.add_parser("revoke", help="stop trusting a peer from now (or from --at)")
    q.add_argument("fingerprint")
    q.add_argument(
        "--at",
        metavar="TIME",
        help="when trust ended, e.g. 2026-03-01T12:00 (UTC): their change sets this vault "
        "had not received by then are refused, also when relayed by others",
    )
    q.add_argument(
        "--after",
        metavar="N",
        type=int,
        help="refuse their change sets numbered above N in their signed chain "
        "(default: the last one this vault had received)",
    )
    q.set_defaults(run=cmd_peer_revoke)
    q = actions.add_parser(
        "review", help="the records whose current values a peer wrote (e.g. after a revoke)"
    )
    q.add_argument("fingerprint")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_peer_review)


def cmd_identity_show(ctx: Context) -> int:
    vault = ctx.vault()
    own = vault.own_identity().public()
    doc = {
        "name": own.name,
        "fingerprint": format_fingerprint(own.fingerprint),
        "age_pq_recipient": own.kem_recipient.to_string(),
        "age_recipient": own.x25519_recipient,
        "created": own.created,
    }
    if ctx.args.json:
        print_json(doc)
    else:
        print(f"Name:        {doc['name']}")
        print(f"Fingerprint: {doc['fingerprint']}")
    return 0


def cmd_identity_export(ctx: Context) -> int:
    card = peers.own_card(ctx.vault())
    Path(ctx.args.file).write_text(card, encoding="utf-8")
    print(f"Wrote the identity card to {ctx.args.file}", file=sys.stderr)
    return 0


def cmd_peer_add(ctx: Context) -> int:
    path = Path(ctx.args.card)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_CARD_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_CARD_BYTES:
        raise CardInvalid("the file is too large to be a card")
    vault = ctx.vault()
    added = peers.add_peer(vault, data, verified=ctx.args.verified)
    peer = added.peer
    print(format_fingerprint(peer.fingerprint))
    if added.warning:
        print(f"Warning: {added.warning}", file=sys.stderr)
    state = "verified" if peer.verified else "NOT verified: compare the fingerprint in person"
    print(f"Added {peers.label(vault, peer)} ({state})", file=sys.stderr)
    return 0


def cmd_peer_list(ctx: Context) -> int:
    found = peers.list_peers(ctx.vault())
    shown = peers.labels(found)
    if ctx.args.json:
        print_json([{**p.to_json(), "label": shown[p.fingerprint]} for p in found])
    else:
        print_table(
            (
                format_fingerprint(p.fingerprint),
                "revoked" if p.revoked_at else ("verified" if p.verified else "unverified"),
                shown[p.fingerprint],
            )
            for p in found
        )
    return 0


def cmd_peer_authors(ctx: Context) -> int:
    vault = ctx.vault()
    found = authors.introduced_authors(vault)
    forks = authors.forked_chains(vault)
    if ctx.args.json:
        print_json(
            {
                "introduced": [a.to_json() for a in found],
                "forks": [
                    {"author": format_fingerprint(fp), "change_set": seq} for fp, seq in forks
                ],
            }
        )
        return 0
    print_table(
        (
            format_fingerprint(a.fingerprint),
            "not a peer",
            f"{a.name} (introduced by {a.introduced_by_name or '?'})",
        )
        for a in found
    )
    for fp, seq in forks:
        print(
            f"{format_fingerprint(fp)}: change set {seq} exists in two versions (a fork)",
            file=sys.stderr,
        )
    return 0


def cmd_peer_verify(ctx: Context) -> int:
    peer = peers.verify(ctx.vault(), ctx.args.fingerprint)
    print(f"{peer.name} is now verified.", file=sys.stderr)
    return 0


def cmd_peer_revoke(ctx: Context) -> int:
    at = None
    if ctx.args.at:
        try:
            moment = datetime.fromisoformat(ctx.args.at)
        except ValueError:
            raise UsageError(f"--at {ctx.args.at!r} is not a time like 2026-03-01T12:00") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        at = hlc.pack(int(moment.timestamp() * 1000))
    peer = peers.revoke(ctx.vault(), ctx.args.fingerprint, at, after=ctx.args.after)
    print(
        f"{peer.name} is revoked; their change sets after number {peer.revoked_after} are "
        "refused, whoever relays them.",
        file=sys.stderr,
    )
    return 0


def cmd_peer_review(ctx: Context) -> int:
    found = peer_review.authored_by(ctx.vault(), ctx.args.fingerprint)
    if ctx.args.json:
        print_json([f.to_json() for f in found])
    else:
        print_table((f.kind.value, f.id, f.title, ", ".join(f.fields)) for f in found)
    return 0


def cmd_export(ctx: Context) -> int:
    args = ctx.args
    kinds = frozenset(Kind(k) for k in args.kind) or frozenset(Kind)
    scope = bundles.Scope(
        kinds=kinds,
        chapters=frozenset(args.chapter),
        tags=frozenset(args.tag),
        events=frozenset(args.event),
        include_restricted=args.include_restricted,
        everything=args.all,
    )
    report = bundles.seal_bundle(ctx.vault(), args.to, Path(args.output), scope)
    if args.json:
        print_json(report.to_json())
    else:
        print(f"Sealed {report.op_count} records into {report.path} ({report.file_size} bytes)")
    return 0


def cmd_import(ctx: Context) -> int:
    report = bundles.import_bundle(ctx.vault(), Path(ctx.args.file), dry_run=ctx.args.dry_run)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if ctx.args.json:
        print_json(report.to_json())
    elif report.already_imported:
        print("Already imported; nothing changed.")
    else:
        verb = "Would import" if report.dry_run else "Imported"
        print(
            f"{verb} from {report.sender_name}: {report.created} created, "
            f"{report.changed} changed, {report.deleted} deleted, "
            f"{len(report.conflicts)} conflicts, {report.unchanged} unchanged"
        )
    return 0


def cmd_conflicts_list(ctx: Context) -> int:
    found = conflicts.list_conflicts(ctx.vault(), include_resolved=ctx.args.all)
    if ctx.args.json:
        print_json([c.to_json() for c in found])
        return 0
    for c in found:
        print(f"#{c.id} {c.kind.value} {c.record_id} {c.field}")
        print(f"    kept: {c.kept_value!r}  (by {format_fingerprint(c.kept_author)[:11]})")
        print(f"    lost: {c.lost_value!r}  (by {format_fingerprint(c.lost_author)[:11]})")
    return 0


def cmd_conflicts_resolve(ctx: Context) -> int:
    entry = conflicts.resolve(ctx.vault(), ctx.args.id, ctx.args.take)
    print(f"Conflict #{entry.id} resolved: took the {ctx.args.take} value.", file=sys.stderr)
    return 0
