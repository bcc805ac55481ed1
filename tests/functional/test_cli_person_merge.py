"""A coordinator finds the two records of one person from the command line and merges
them; a mistaken merge is undone; bad requests say why and change nothing."""

from __future__ import annotations

from pathlib import Path

from tests.functional.conftest import Cli


def test_a_coordinator_finds_and_merges_a_person_entered_twice(cli: Cli) -> None:
    cli.init()
    cyrillic = cli.ok("person", "add", "--name", "Тарас Шевченко", "--email", "t@example.org")
    latin = cli.ok("person", "add", "--name", "Taras Shevchenko", "--city", "Berlin")
    cli.ok("person", "add", "--name", "Anna Müller")
    event = cli.ok(
        "event", "add", "--title", "Forum", "--kind", "forum", "--start", "2026-05-01T18:00"
    )
    cli.ok("checkin", event, latin)

    pairs = cli("person", "duplicates", "--json").json()
    assert [(p["first"]["id"], p["second"]["id"]) for p in pairs] in (
        [(cyrillic, latin)],
        [(latin, cyrillic)],
    )
    assert pairs[0]["evidence"][0]["kind"] == "name"
    assert "Taras Shevchenko" in cli.ok("person", "duplicates")

    merged = cli("person", "merge", cyrillic, latin, "--take", "city", "--json").json()
    assert merged["attendances_moved"] == 1
    kept = cli("person", "show", cyrillic, "--json").json()
    assert (kept["city"], kept["alias"]) == ("Berlin", "Taras Shevchenko")
    assert cli("person", "duplicates", "--json").json() == []
    assert cli("person", "show", latin).code != 0

    cli.ok("person", "unmerge", latin)
    assert cli("person", "show", latin, "--json").json()["city"] == "Berlin"
    assert cli("person", "show", cyrillic, "--json").json()["city"] is None


def test_a_bad_merge_says_why_and_changes_nothing(cli: Cli) -> None:
    cli.init()
    one = cli.ok("person", "add", "--name", "Ирина")
    result = cli("person", "merge", one, one)
    assert result.code != 0 and "themselves" in result.err and "Traceback" not in result.err
    result = cli("person", "merge", one, "00000000-0000-4000-8000-000000000000")
    assert result.code != 0 and "Traceback" not in result.err
    result = cli("person", "merge", one, one, "--take", "merged_into")
    assert result.code != 0  # not a field one side is chosen for
    result = cli("person", "unmerge", one)
    assert result.code != 0 and "Traceback" not in result.err
    assert cli("person", "show", one, "--json").json()["display_name"] == "Ирина"


def test_a_registration_list_merges_similar_names_when_asked(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    known = cli.ok("person", "add", "--name", "Тарас Шевченко", "--city", "Köln")
    event = cli.ok(
        "event", "add", "--title", "Forum", "--kind", "forum", "--start", "2026-05-01T18:00"
    )
    listing = tmp_path / "list.csv"
    listing.write_text("Name,City\nTaras Shevchenko,Berlin\nAnna Müller,Paris\n", "utf-8")
    cli.ok("csv", "import", str(listing), "--event", event, "--merge-similar")
    people = cli("person", "list", "--json").json()
    assert sorted(p["display_name"] for p in people) == ["Anna Müller", "Тарас Шевченко"]
    kept = cli("person", "show", known, "--json").json()
    assert (kept["city"], kept["alias"]) == ("Köln", "Taras Shevchenko")
    attendees = cli("event", "show", event, "--json").json()["attendees"]
    assert sorted(a["display_name"] for a in attendees) == ["Anna Müller", "Тарас Шевченко"]
