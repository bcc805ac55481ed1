"""Two coordinators share a folder and let `pslapp-cli mailbox sync` carry their bundles,
as a cron job or a script would."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.functional.conftest import Cli, run_cli


@pytest.fixture
def two(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PSLAPP_PASSPHRASE", "correct horse battery staple")
    a, b = Cli(tmp_path / "a", capsys), Cli(tmp_path / "b", capsys)
    a.init("Cologne")
    b.init("Paris")
    a.ok("identity", "export", str(tmp_path / "a.pslid"))
    b.ok("identity", "export", str(tmp_path / "b.pslid"))
    fp_a = b.ok("peer", "add", str(tmp_path / "a.pslid"), "--verified")
    fp_b = a.ok("peer", "add", str(tmp_path / "b.pslid"), "--verified")
    shared = tmp_path / "Sync" / "pslapp"
    shared.mkdir(parents=True)
    a.ok("mailbox", "set", str(shared))
    b.ok("mailbox", "set", str(shared))
    return a, b, fp_a, fp_b, shared


def test_people_and_check_ins_travel_through_the_folder(two):
    a, b, fp_a, _fp_b, shared = two
    b.ok("mailbox", "trust", fp_a, "--auto")
    pid = a.ok("person", "add", "--name", "Тарас Шевченко", "--city", "Köln")
    eid = a.ok("event", "add", "--title", "Forum", "--kind", "forum", "--start", "2026-05-01")
    a.ok("attend", eid, pid)
    a.ok("checkin", eid, pid)
    sent = a("mailbox", "sync", "--json").json()
    assert sent["written"] == 1 and sent["written_ops"] == 3

    got = b("mailbox", "sync", "--json").json()
    assert got["applied"] == 1 and got["created"] == 3 and got["left_for_review"] == 0
    [person] = b("person", "list", "--json").json()
    assert person["display_name"] == "Тарас Шевченко"
    [attendee] = b("event", "show", eid, "--json").json()["attendees"]
    assert attendee["status"] == "checked_in"

    # Paris answered (it applied something), so Cologne can clean up its file
    assert a("mailbox", "sync", "--json").json()["cleaned"] == 1
    status = a("mailbox", "status", "--json").json()
    assert status["folder"] == str(shared)
    assert [p["apply"] for p in status["peers"]] == ["review"]
    assert all(not f["waiting_for"] for f in status["own_files"])


def test_by_default_a_peers_bundle_waits_for_review(two):
    a, b, _fp_a, _fp_b, _shared = two
    a.ok("person", "add", "--name", "Asel")
    a.ok("mailbox", "sync")
    out = b.ok("mailbox", "sync")
    assert "left for review 1" in out
    [item] = b("mailbox", "status", "--json").json()["for_review"]
    assert item["sender"]["name"] == "Cologne"
    assert b("person", "list", "--json").json() == []
    assert b("import", item["file"], "--dry-run", "--json").json()["created"] == 1
    b.ok("import", item["file"])
    assert b("mailbox", "status", "--json").json()["for_review"] != []  # until the next round
    b.ok("mailbox", "sync")
    assert b("mailbox", "status", "--json").json()["for_review"] == []


def test_bad_files_are_reported_by_reason_and_nothing_breaks(two):
    _a, b, fp_a, _fp_b, shared = two
    b.ok("mailbox", "trust", fp_a, "--auto")
    (shared / "garbage.pslb").write_bytes(b"\x00" * 500)
    (shared / ".syncthing.x.pslb.tmp").write_bytes(b"half")
    out = b("mailbox", "sync", "--json").json()
    assert out["skipped"] == {"not_for_us": 1, "partial_file": 1}
    assert (shared / "garbage.pslb").exists()  # never ours to delete


def test_mistakes_get_a_clear_message_and_no_traceback(two, tmp_path):
    a, _b, _fp_a, _fp_b, _shared = two
    missing = run_cli("--vault", str(a.vault), "mailbox", "set", str(tmp_path / "nowhere"))
    assert missing.code == 2 and "is not a folder" in missing.err
    assert "Traceback" not in missing.err
    a.ok("mailbox", "set", "--off")
    unset = run_cli("--vault", str(a.vault), "mailbox", "sync")
    assert unset.code == 2 and "no mailbox folder" in unset.err
    unknown = a("mailbox", "trust", "12345 " * 12, "--auto")
    assert unknown.code in (2, 5)
