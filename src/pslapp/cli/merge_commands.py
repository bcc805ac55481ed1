"""person duplicates / merge / unmerge: finding one person entered twice and making them one,
on every laptop the merge reaches."""

from __future__ import annotations

from pslapp.cli.context import Context, Subcommands
from pslapp.cli.output import print_json, print_json_list
from pslapp.core.person_merge import CHOSEN
from pslapp.services import duplicate_pairs, person_merge


def register(person_actions: Subcommands) -> None:
    p = person_actions.add_parser(
        "duplicates",
        help="people who are likely one person entered twice, with the evidence",
        description="Pairs by the same email or phone number, and by names alike in any "
        "spelling or script; the most certain first.",
    )
    p.add_argument("--limit", type=int, help="at most this many pairs")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_duplicates)

    p = person_actions.add_parser(
        "merge",
        help="merge OTHER into KEEP: one person, with both records' attendances and links",
        description="KEEP keeps its values, except the fields named by --take (taken from "
        "OTHER) and empty ones; lists and notes are joined, the other spelling of the name "
        "goes to the alias, the stricter sensitivity stays. OTHER's attendances, links and "
        "coalition memberships move to KEEP; OTHER is deleted, pointing at KEEP. Peers "
        "receive the merge as edits. `person unmerge OTHER` undoes it.",
    )
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("other", metavar="OTHER")
    p.add_argument(
        "--take",
        action="append",
        default=[],
        choices=CHOSEN,
        metavar="FIELD",
        help=f"take this field from OTHER (repeatable): {', '.join(CHOSEN)}",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_merge)

    p = person_actions.add_parser(
        "unmerge",
        help="undo the latest merge made here that merged OTHER away",
        description="OTHER comes back with the values it had, what the merge moved moves "
        "back, and the kept person's merged fields return to their earlier values unless "
        "someone has edited them since. Peers receive the undo as edits.",
    )
    p.add_argument("other", metavar="OTHER")
    p.set_defaults(run=cmd_unmerge)


def cmd_duplicates(ctx: Context) -> int:
    pairs = duplicate_pairs.find_pairs(ctx.vault(), limit=ctx.args.limit)
    if ctx.args.json:
        print_json_list(p.to_json() for p in pairs)
        return 0
    if not pairs:
        print("no likely duplicates")
        return 0
    for pair in pairs:
        evidence = "; ".join(
            f"{e.kind}: {e.detail}" if e.kind != "name" else f"names alike ({e.score:g})"
            for e in pair.evidence
        )
        print(f"{pair.confidence:3d}%  {pair.first_name}  ~  {pair.second_name}")
        print(f"      {pair.first_id}  {pair.second_id}  [{evidence}]")
    return 0


def cmd_merge(ctx: Context) -> int:
    result = person_merge.merge(ctx.vault(), ctx.args.keep, ctx.args.other, ctx.args.take)
    summary = {
        "kept": result.kept.id,
        "merged": result.other_id,
        "attendances_moved": result.attendances,
        "links_moved": result.links,
        "memberships_moved": result.memberships,
    }
    if ctx.args.json:
        print_json(summary)
    else:
        print(
            f"merged into {result.kept.title}: {result.attendances} attendance(s), "
            f"{result.links} link(s), {result.memberships} coalition membership(s) moved"
        )
    return 0


def cmd_unmerge(ctx: Context) -> int:
    back = person_merge.unmerge(ctx.vault(), ctx.args.other)
    print(f"{back.title} is a person of their own again")
    return 0
