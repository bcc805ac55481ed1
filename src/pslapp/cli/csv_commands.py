"""csv import / csv export / event stats: registration lists in, attendee lists and counts
out."""

from __future__ import annotations

import sys
from pathlib import Path

from pslapp.cli.context import Context, Subcommands
from pslapp.cli.exits import UsageError
from pslapp.cli.output import print_json
from pslapp.core.errors import ImportRejected
from pslapp.services import event_reports
from pslapp.services.registration import Action, ImportPlan, OnMatch, apply_import, plan_import
from pslapp.services.registration.merge_into import merge_into_matches


def register(sub: Subcommands, *, event_actions: Subcommands) -> None:
    parser = sub.add_parser("csv", help="registration lists in, attendee lists out")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = actions.add_parser(
        "import",
        help="import a registration list for an event",
        description="Every row is checked first; with any bad row nothing is written. "
        "People whose email or phone is known are merged (--on-match); similar names in "
        "any script are created as new and listed for review.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--event", required=True, metavar="EVENT_ID")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read COLUMN as FIELD (display_name, given_name, family_name, email, phone, "
        "city, organisation, ignore, ...); repeatable",
    )
    p.add_argument(
        "--on-match",
        choices=[m.value for m in OnMatch],
        default=OnMatch.MERGE.value,
        help="a known email or phone: merge into that person (default), create a new "
        "person, or skip (leave the person as is; still registered)",
    )
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows")
    p.add_argument(
        "--merge-similar",
        action="store_true",
        help="merge each person whose name only resembles someone known into that person "
        "(by default they are created as new and listed; `person merge` joins them later)",
    )
    p.add_argument("--dry-run", action="store_true", help="report what would happen")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import)

    p = actions.add_parser("export", help="write an event's attendee list as CSV")
    p.add_argument("--event", required=True, metavar="EVENT_ID")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument(
        "--include-restricted",
        action="store_true",
        help="also restricted people, legal names and phone numbers",
    )
    p.set_defaults(run=cmd_export)

    p = event_actions.add_parser("stats", help="counts by status, chapter, country (no names)")
    p.add_argument("id", metavar="EVENT_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_stats)


def _mapping(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise UsageError(f"--map {pair!r}: write it as COLUMN=FIELD")
        out[column.strip()] = field.strip()
    return out


def cmd_import(ctx: Context) -> int:
    args = ctx.args
    vault = ctx.vault()
    try:
        plan = plan_import(
            vault,
            args.file,
            args.event,
            overrides=_mapping(args.map),
            on_match=OnMatch(args.on_match),
            skip_bad_rows=args.skip_bad_rows,
        )
    except ImportRejected as exc:
        if args.json:
            print_json(
                {
                    "error": exc.message.split("\n", 1)[0],
                    "bad_rows": [{"line": n, "reason": r} for n, r in exc.problems],
                }
            )
        raise
    if not args.dry_run:
        apply_import(vault, plan)
        if args.merge_similar:
            lines = {row.line for row in plan.rows if row.review}
            merged = merge_into_matches(vault, plan, plan, lines)
            print(f"merged {merged} similar name(s) into the people they resemble", file=sys.stderr)
    if args.json:
        print_json(plan.to_json())
    else:
        _print_report(plan)
    return 0


def _print_report(plan: ImportPlan) -> None:
    doc = plan.to_json()
    verb = "Imported" if plan.written else "Would import (dry run, nothing written)"
    print(f"{verb} {plan.file} ({plan.encoding}, delimiter {doc['delimiter']}):")
    print(f"  new people:          {doc['created']}")
    print(f"  merged into known:   {doc['merged']}")
    print(f"  known, left as is:   {doc['skipped']}")
    print(f"  registered:          {doc['registered']}")
    print(f"  already registered:  {doc['already_registered']}")
    ignored = [h for h, t in plan.columns.items() if t is None or t == "ignore"]
    if ignored:
        print(f"  columns not read:    {', '.join(ignored)}")
    for bad in plan.bad_rows:
        print(f"  skipped line {bad.line}: {bad.reason}")
    review = [r for r in plan.rows if r.review]
    if review:
        print("Similar names to review (created as new people; `person merge KNOWN NEW`):")
        for row in review:
            assert row.match is not None
            print(
                f"  line {row.line}: {row.registration.person['display_name']} ~ "
                f"{row.match.display_name} ({row.match.person_id}, {row.match.score:.0f}%)"
            )
    merged = [r for r in plan.rows if r.action is not Action.CREATE and r.match]
    for row in merged:
        assert row.match is not None
        print(
            f"  line {row.line}: {row.action.value} with {row.match.person_id} by {row.match.kind}"
        )


def cmd_export(ctx: Context) -> int:
    args = ctx.args
    try:
        result = event_reports.export_attendees(
            ctx.vault(), args.event, args.output, include_restricted=args.include_restricted
        )
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    note = f"; {result.left_out} restricted left out" if result.left_out else ""
    print(f"Wrote {result.written} attendees to {result.path}{note}", file=sys.stderr)
    return 0


def cmd_stats(ctx: Context) -> int:
    stats = event_reports.event_stats(ctx.vault(), ctx.args.id)
    if ctx.args.json:
        print_json(stats.to_json())
        return 0
    print(f"{stats.title}: {stats.total} attendees, {stats.walk_ins} walk-ins")
    for title, counts in (
        ("status", stats.by_status),
        ("chapter", stats.by_chapter),
        ("country of origin", stats.by_country_of_origin),
    ):
        print(f"By {title}:")
        for key, n in counts.items():
            print(f"  {n:>6}  {key}")
    return 0
