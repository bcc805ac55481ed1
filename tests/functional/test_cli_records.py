"""The CLI contract (docs/architecture.md) for the vault and its records: what scripts rely on."""

from __future__ import annotations

import re
from pathlib import Path

from tests.functional.conftest import Cli, run_cli

UUID = re.compile(r"^[0-9a-f-]{36}$")


def test_a_coordinator_sets_up_a_forum_from_the_command_line(cli: Cli):
    out = cli.init("Berlin chapter")
    assert re.search(r"Fingerprint: (\d{5} ){11}\d{5}", out)
    assert re.search(r"([A-Z0-9]{5}-){7}[A-Z0-9]{5}", out), "the recovery code is shown once"

    person = cli.ok(
        "person",
        "add",
        "--name",
        "Тарас Шевченко",
        "--alias",
        "Kobzar",
        "--city",
        "Köln",
        "--chapter",
        "Cologne",
        "--language",
        "uk",
        "--language",
        "de",
        "--skill",
        "design",
        "--email",
        "taras@example.org",
        "--phone",
        "+49 221 5555 0101",
        "--signal",
        "@kobzar.01",
        "--tag",
        "forum-2026",
        "--note",
        "Поэт",
        "--sensitivity",
        "sensitive",
    )
    assert UUID.match(person)
    shown = cli("person", "show", person, "--json").json()
    for key in (
        "id",
        "display_name",
        "alias",
        "city",
        "chapter",
        "languages",
        "skills",
        "tags",
        "sensitivity",
    ):
        assert key in shown
    assert shown["languages"] == ["uk", "de"]
    assert {"kind": "signal", "value": "@kobzar.01"} in shown["channels"]

    event = cli.ok(
        "event",
        "add",
        "--title",
        "Forum 2026",
        "--kind",
        "forum",
        "--start",
        "2026-05-01T10:00",
        "--city",
        "Berlin",
        "--venue",
        "Haus der Demokratie",
    )
    assert cli.ok("attend", event, person, "--role", "speaker")
    cli.ok("checkin", event, person)
    doc = cli("event", "show", event, "--json").json()
    [attendee] = doc["attendees"]
    assert attendee["person_id"] == person
    assert attendee["display_name"] == "Тарас Шевченко"
    assert attendee["status"] == "checked_in"
    assert attendee["role"] == "speaker"

    hits = cli("search", "shevch", "--json").json()
    assert [h["id"] for h in hits] == [person]
    status = cli("status", "--json").json()
    assert status["counts"]["person"] == 1
    assert status["counts"]["attendance"] == 1
    assert len(status["fingerprint"].split()) == 12


def test_edit_list_and_delete(cli: Cli):
    cli.init()
    pid = cli.ok(
        "person", "add", "--name", "Olena", "--email", "o@example.org", "--phone", "+33 1 5555 0000"
    )
    cli.ok(
        "person", "edit", pid, "--city", "Paris", "--email", "olena@example.org", "--clear", "notes"
    )
    shown = cli("person", "show", pid, "--json").json()
    assert shown["city"] == "Paris"
    assert sorted(c["value"] for c in shown["channels"]) == ["+33 1 5555 0000", "olena@example.org"]
    assert [p["id"] for p in cli("person", "list", "--json").json()] == [pid]
    cli.ok("person", "delete", pid)
    assert cli("person", "list", "--json").json() == []
    assert cli("person", "show", pid).code == 5


def test_other_record_kinds(cli: Cli):
    cli.init()
    org = cli.ok(
        "org",
        "add",
        "--name",
        "Union of Migrant Workers",
        "--kind",
        "union",
        "--country",
        "DE",
        "--relationship",
        "ally",
    )
    chapter = cli.ok(
        "chapter",
        "add",
        "--name",
        "Migrant workers' rights",
        "--kind",
        "working_group",
        "--city",
        "Köln",
    )
    coalition = cli.ok(
        "coalition", "add", "--name", "Coalition against deportations", "--founded-on", "2025-03-08"
    )
    person = cli.ok("person", "add", "--name", "Asel")
    # a role is one the app offers (a code) or the user's own words
    cli.ok("coalition", "member", "add", coalition, "--org", org, "--role", "coordinator")
    cli.ok("coalition", "member", "add", coalition, "--person", person, "--role", "founder")
    members = cli("coalition", "show", coalition, "--json").json()["members"]
    assert {m["name"] for m in members} == {"Union of Migrant Workers", "Asel"}
    assert {m["role"] for m in members} == {"coordinator", "founder"}
    assert cli("chapter", "show", chapter, "--json").json()["kind"] == "working_group"
    assert cli("org", "list", "--json").json()[0]["relationship"] == "ally"


def test_bad_input_gets_exit_2_and_writes_nothing(cli: Cli):
    cli.init()
    assert cli("person", "add", "--name", "").code == 2
    assert cli("person", "add", "--name", "X", "--sensitivity", "secret").code == 2
    assert cli("person", "add", "--name", "X" * 500).code == 2
    assert cli("person", "add", "--name", "X", "--email", "nope").code == 2
    assert cli("event", "add", "--title", "T", "--kind", "party", "--start", "2026-01-01").code == 2
    assert cli("event", "add", "--title", "T", "--kind", "rally", "--start", "soon").code == 2
    result = cli("person", "add", "--name", "X", "--consent-date", "yesterday")
    assert result.code == 2
    assert "consent_date" in result.err
    assert cli("status", "--json").json()["counts"]["person"] == 0


def test_missing_records_get_exit_5(cli: Cli):
    cli.init()
    assert cli("person", "show", "0b7c8f86-5b7e-4b8e-9a7f-2f9f5e0c1d11").code == 5
    assert cli("event", "show", "not-an-id").code == 5
    assert cli("person", "edit", "0b7c8f86-5b7e-4b8e-9a7f-2f9f5e0c1d11", "--city", "X").code == 5


def test_init_twice_is_refused(cli: Cli):
    cli.init()
    result = cli("init", "--kdf-iterations", "1")
    assert result.code == 3
    assert "already exists" in result.err


def test_passwd_takes_the_new_passphrase_from_the_environment(cli: Cli, monkeypatch):
    cli.init()
    monkeypatch.setenv("PSLAPP_NEW_PASSPHRASE", "a much better passphrase")
    cli.ok("passwd")
    assert cli("status").code == 3
    monkeypatch.setenv("PSLAPP_PASSPHRASE", "a much better passphrase")
    assert cli("status").code == 0


def test_passphrase_file(cli: Cli, monkeypatch, tmp_path: Path):
    cli.init()
    monkeypatch.delenv("PSLAPP_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    assert cli("--passphrase-file", str(secret), "status").code == 0
    secret.write_text("wrong\n")
    assert cli("--passphrase-file", str(secret), "status").code == 3


def test_errors_reach_the_user_as_one_line_without_a_traceback(tmp_path: Path):
    vault = str(tmp_path / "vault")
    assert run_cli("--vault", vault, "init", "--kdf-iterations", "1").code == 0
    wrong = run_cli("--vault", vault, "status", env={"PSLAPP_PASSPHRASE": "guess"})
    assert wrong.code == 3
    assert "wrong passphrase" in wrong.err
    assert "Traceback" not in wrong.err

    (tmp_path / "vault" / "keyslots.json").write_text("{ damaged")
    damaged = run_cli("--vault", vault, "status")
    assert damaged.code == 3
    assert "keyslots.json" in damaged.err
    assert "Traceback" not in damaged.err

    missing = run_cli("--vault", str(tmp_path / "elsewhere"), "status")
    assert missing.code == 3
    assert "no vault" in missing.err

    usage = run_cli("--vault", vault, "person", "frobnicate")
    assert usage.code == 2
    assert "Traceback" not in usage.err


def test_emergency_wipe_leaves_nothing(cli: Cli):
    cli.init()
    cli.ok("person", "add", "--name", "Someone to protect")
    cli.ok("wipe", "--yes")
    assert not cli.vault.exists()
    assert cli("status").code == 3
