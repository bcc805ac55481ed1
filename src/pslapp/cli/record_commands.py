"""add / list / show / edit / delete for every record kind, generated from the field lists."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pslapp.cli.context import Context, Subcommands
from pslapp.cli.output import print_fields, print_json, print_json_list, print_table
from pslapp.cli.record_options import KIND_WORDS, add_field_options, field_values
from pslapp.core.enums import AttendanceRole, AttendanceStatus, CoalitionRole, Kind
from pslapp.core.fields import TITLE_FIELD, field_names
from pslapp.core.record import Record
from pslapp.services import coalitions, events, records
from pslapp.services.vault import Vault

PAGE = 1000


def register(sub: Subcommands) -> dict[str, Subcommands]:
    """Register every record kind's commands; returns each kind's ACTION subcommands so
    that other modules can add actions (`event stats`)."""
    kind_actions: dict[str, Subcommands] = {}
    for word, kind in KIND_WORDS.items():
        parser = sub.add_parser(word, help=f"{kind.value.replace('_', ' ')} records")
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        kind_actions[word] = actions

        p = actions.add_parser("add", help=f"add a {word}; prints the new id")
        add_field_options(p, kind, editing=False)
        p.set_defaults(run=cmd_add, kind=kind)

        p = actions.add_parser("list", help=f"list {word} records")
        p.add_argument("--json", action="store_true")
        p.add_argument("--query", help="only records matching this search")
        p.add_argument("--limit", type=int, help="at most this many")
        p.set_defaults(run=cmd_list, kind=kind)

        p = actions.add_parser("show", help=f"show one {word}")
        p.add_argument("id")
        p.add_argument("--json", action="store_true")
        p.set_defaults(run=cmd_show, kind=kind)

        p = actions.add_parser("edit", help=f"change fields of a {word}")
        p.add_argument("id")
        add_field_options(p, kind, editing=True)
        p.set_defaults(run=cmd_edit, kind=kind)

        p = actions.add_parser("delete", help=f"delete a {word} (peers receive the deletion)")
        p.add_argument("id")
        p.set_defaults(run=cmd_delete, kind=kind)

        if kind is Kind.COALITION:
            member = actions.add_parser("member", help="coalition members")
            member_actions = member.add_subparsers(dest="member_action", required=True)
            p = member_actions.add_parser("add", help="add an organisation or a person")
            p.add_argument("coalition_id")
            target = p.add_mutually_exclusive_group(required=True)
            target.add_argument("--org", dest="organisation_id")
            target.add_argument("--person", dest="person_id")
            p.add_argument(
                "--role",
                help="one of "
                + ", ".join(r.value for r in CoalitionRole)
                + " (shown translated in the app), or your own words",
            )
            p.set_defaults(run=cmd_member_add)
    return kind_actions


def cmd_add(ctx: Context) -> int:
    kind: Kind = ctx.args.kind
    record = records.create(ctx.vault(), kind, field_values(ctx.args, kind, None))
    print(record.id)
    return 0


def record_json(vault: Vault, record: Record) -> dict[str, Any]:
    doc = record.to_json()
    author = record.stamps.default.author if record.stamps.default else None
    doc["author"] = author
    doc["authored_here"] = author == vault.fingerprint
    return doc


def _pages(vault: Vault, kind: Kind, query: str | None, limit: int | None) -> Iterator[Record]:
    offset = 0
    while limit is None or offset < limit:
        size = PAGE if limit is None else min(PAGE, limit - offset)
        batch = records.page(vault, kind, offset=offset, limit=size, query=query)
        yield from batch
        if len(batch) < size:
            return
        offset += size


def cmd_list(ctx: Context) -> int:
    kind: Kind = ctx.args.kind
    vault = ctx.vault()
    rows = _pages(vault, kind, ctx.args.query, ctx.args.limit)
    if ctx.args.json:
        print_json_list(record_json(vault, r) for r in rows)
    else:
        title = TITLE_FIELD[kind]
        print_table((r.id, str(r.values.get(title) or "")) for r in rows)
    return 0


def cmd_show(ctx: Context) -> int:
    kind: Kind = ctx.args.kind
    vault = ctx.vault()
    record = records.get(vault, kind, ctx.args.id)
    doc = record_json(vault, record)
    if kind is Kind.EVENT:
        doc["attendees"] = [a.to_json() for a in events.attendees(vault, record.id)]
    if kind is Kind.COALITION:
        doc["members"] = [
            {
                "membership_id": m.id,
                "kind": target.kind.value,
                "id": target.id,
                "name": target.title,
                "role": m.values["role"],
            }
            for m, target in coalitions.members(vault, record.id)
        ]
    if ctx.args.json:
        print_json(doc)
        return 0
    print(f"{'id':>18}: {record.id}")
    print_fields((name, record.values.get(name)) for name in field_names(kind))
    for attendee in doc.get("attendees", []):
        print(f"  {attendee['status']:<11} {attendee['role']:<12} {attendee['display_name']}")
    for member in doc.get("members", []):
        print(f"  {member['kind']:<13} {member['name']}  {member['role'] or ''}")
    return 0


def cmd_edit(ctx: Context) -> int:
    kind: Kind = ctx.args.kind
    vault = ctx.vault()
    current = records.get(vault, kind, ctx.args.id)
    records.edit(vault, kind, current.id, field_values(ctx.args, kind, current.values))
    return 0


def cmd_delete(ctx: Context) -> int:
    records.delete(ctx.vault(), ctx.args.kind, ctx.args.id)
    return 0


def cmd_member_add(ctx: Context) -> int:
    args = ctx.args
    record = coalitions.add_member(
        ctx.vault(),
        args.coalition_id,
        organisation_id=args.organisation_id,
        person_id=args.person_id,
        role=args.role,
    )
    print(record.id)
    return 0


def register_attendance(sub: Subcommands) -> None:
    p = sub.add_parser("attend", help="register a person for an event")
    p.add_argument("event_id")
    p.add_argument("person_id")
    p.add_argument("--role", choices=[r.value for r in AttendanceRole])
    p.add_argument("--status", choices=[s.value for s in AttendanceStatus])
    p.set_defaults(run=cmd_attend)

    p = sub.add_parser("checkin", help="check a person in at the door")
    p.add_argument("event_id")
    p.add_argument("person_id")
    p.set_defaults(run=cmd_checkin)


def cmd_attend(ctx: Context) -> int:
    args = ctx.args
    record = events.attend(
        ctx.vault(), args.event_id, args.person_id, role=args.role, status=args.status
    )
    print(record.id)
    return 0


def cmd_checkin(ctx: Context) -> int:
    events.check_in(ctx.vault(), ctx.args.event_id, ctx.args.person_id)
    return 0
