"""Two coordinators exchange cards and a bundle from the command line, as a script would."""

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
    fp_b = a.ok("peer", "add", str(tmp_path / "b.pslid"))
    a.ok("peer", "verify", fp_b)
    return a, b, fp_a, fp_b


def test_a_exports_to_b_and_b_sees_as_people_with_a_as_author(two, tmp_path):
    a, b, fp_a, fp_b = two
    shown = a("identity", "show", "--json").json()
    assert shown["name"] == "Cologne" and shown["fingerprint"] == fp_a
    assert len(fp_a.split()) == 12 and all(len(g) == 5 for g in fp_a.split())
    ids = {a.ok("person", "add", "--name", n, "--city", "Köln") for n in ("Тарас", "Asel")}
    bundle = str(tmp_path / "ab.pslb")
    a.ok("export", "--to", fp_b, "-o", bundle)
    dry = b("import", bundle, "--dry-run", "--json").json()
    assert dry["created"] == 2 and dry["dry_run"]
    assert b("person", "list", "--json").json() == []
    assert b("import", bundle, "--json").json()["created"] == 2
    people = b("person", "list", "--json").json()
    assert {p["id"] for p in people} == ids
    assert all(p["author"] == fp_a.replace(" ", "") for p in people)
    before = b.ok("person", "list", "--json")
    again = b("import", bundle, "--json").json()
    assert again["already_imported"] and again["created"] == 0
    assert b.ok("person", "list", "--json") == before
    peers = b("peer", "list", "--json").json()
    assert peers == [
        {**peers[0], "fingerprint": fp_a, "name": "Cologne", "verified": True, "revoked": False}
    ]


def test_conflicts_can_be_listed_and_resolved(two, tmp_path):
    a, b, _fp_a, fp_b = two
    pid = a.ok("person", "add", "--name", "Asel", "--city", "Köln")
    a.ok("export", "--to", fp_b, "-o", str(tmp_path / "1.pslb"))
    b.ok("import", str(tmp_path / "1.pslb"))
    b.ok("person", "edit", pid, "--city", "Berlin")
    a.ok("person", "edit", pid, "--city", "Paris")
    a.ok("export", "--to", fp_b, "-o", str(tmp_path / "2.pslb"))
    b.ok("import", str(tmp_path / "2.pslb"))
    [conflict] = b("conflicts", "list", "--json").json()
    values = {v["value_id"]: v["value"] for v in conflict["values"]}
    assert values == {"kept": "Paris", "lost": "Berlin"}
    b.ok("conflicts", "resolve", str(conflict["id"]), "--take", "lost")
    assert b("person", "show", pid, "--json").json()["city"] == "Berlin"
    assert b("conflicts", "list", "--json").json() == []


def test_a_rejected_bundle_exits_4_with_one_line_and_changes_nothing(two, tmp_path):
    a, b, fp_a, fp_b = two
    a.ok("person", "add", "--name", "Asel")
    bundle = tmp_path / "ab.pslb"
    a.ok("export", "--to", fp_b, "-o", str(bundle))
    data = bytearray(bundle.read_bytes())
    data[-100] ^= 0xFF
    bundle.write_bytes(bytes(data))
    before = b.ok("status", "--json")
    result = run_cli("--vault", str(b.vault), "import", str(bundle))
    assert result.code == 4
    assert result.err.strip().count("\n") == 0
    assert "damaged or was altered" in result.err
    assert b.ok("status", "--json") == before
    b.ok("peer", "revoke", fp_a)
    a.ok("export", "--to", fp_b, "--all", "-o", str(bundle))
    revoked = b("import", str(bundle))
    assert revoked.code == 4 and "revoked" in revoked.err


def test_exporting_to_an_unverified_peer_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PSLAPP_PASSPHRASE", "x")
    a, b = Cli(tmp_path / "a", capsys), Cli(tmp_path / "b", capsys)
    a.init("A")
    b.init("B")
    b.ok("identity", "export", str(tmp_path / "b.pslid"))
    fp_b = a.ok("peer", "add", str(tmp_path / "b.pslid"))
    result = a("export", "--to", fp_b, "-o", str(tmp_path / "x.pslb"))
    assert result.code == 2 and "not verified" in result.err
    bad = tmp_path / "bad.pslid"
    bad.write_text("hello")
    assert a("peer", "add", str(bad)).code == 2


def test_revoking_from_a_past_moment(two):
    _a, b, fp_a, _fp_b = two
    assert b("peer", "revoke", fp_a, "--at", "last tuesday").code == 2
    b.ok("peer", "revoke", fp_a, "--at", "2026-03-01T12:00")
    [peer] = b("peer", "list", "--json").json()
    assert peer["revoked"]


def test_after_a_revoke_the_peers_contributions_can_be_reviewed(two, tmp_path):
    a, b, fp_a, fp_b = two
    pid = a.ok("person", "add", "--name", "Planted contact", "--city", "Minsk")
    bundle = tmp_path / "ab.pslb"
    a.ok("export", "--to", fp_b, "-o", str(bundle))
    b.ok("import", str(bundle))
    b.ok("person", "edit", pid, "--city", "Vilnius")  # B's own correction
    own = b.ok("person", "add", "--name", "Known comrade")
    b.ok("peer", "revoke", fp_a)
    [entry] = b("peer", "review", fp_a, "--json").json()
    assert entry["id"] == pid
    assert entry["title"] == "Planted contact"
    assert "display_name" in entry["fields"]
    assert "city" not in entry["fields"], "B's own edit is B's"
    assert own not in {e["id"] for e in b("peer", "review", fp_a, "--json").json()}


def test_a_stranger_relayed_by_a_peer_is_listed_as_introduced_never_as_a_peer(
    tmp_path, capsys, monkeypatch
):
    """Cologne writes; Paris relays to Hamburg, who has never met Cologne: `peer authors`
    names Cologne as introduced by Paris, and `peer list` does not list Cologne at all."""
    monkeypatch.setenv("PSLAPP_PASSPHRASE", "correct horse battery staple")
    cologne, paris, hamburg = (Cli(tmp_path / n, capsys) for n in ("c", "p", "h"))
    cards = {}
    for name, cli in (("Cologne", cologne), ("Paris", paris), ("Hamburg", hamburg)):
        cli.init(name)
        cli.ok("identity", "export", str(tmp_path / f"{name}.pslid"))
        cards[name] = str(tmp_path / f"{name}.pslid")
    fp_p_at_c = cologne.ok("peer", "add", cards["Paris"], "--verified")
    paris.ok("peer", "add", cards["Cologne"], "--verified")
    fp_h = paris.ok("peer", "add", cards["Hamburg"], "--verified")
    fp_p = hamburg.ok("peer", "add", cards["Paris"], "--verified")
    cologne.ok("person", "add", "--name", "Олена")
    cologne.ok("export", "--to", fp_p_at_c, "-o", str(tmp_path / "cp.pslb"))
    paris.ok("import", str(tmp_path / "cp.pslb"))
    paris.ok("export", "--to", fp_h, "-o", str(tmp_path / "ph.pslb"))
    assert hamburg("import", str(tmp_path / "ph.pslb"), "--json").json()["created"] == 1
    shown = hamburg("peer", "authors", "--json").json()
    [stranger] = shown["introduced"]
    assert stranger["name"] == "Cologne" and stranger["verified"] is False
    assert stranger["introduced_by"] == fp_p and stranger["introduced_by_name"] == "Paris"
    assert shown["forks"] == []
    assert [p["name"] for p in hamburg("peer", "list", "--json").json()] == ["Paris"]
