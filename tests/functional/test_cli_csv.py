"""A forum organiser drives `pslapp-cli csv ...` as a script would."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.functional.conftest import Cli

DATA = Path(__file__).resolve().parents[1] / "data" / "registration"


def _forum(cli: Cli) -> str:
    cli.init()
    return cli.ok("event", "add", "--title", "Forum", "--kind", "forum", "--start", "2026-03-07")


def test_import_dry_run_then_import_then_export_and_stats(cli: Cli, tmp_path: Path):
    event = _forum(cli)
    cli.ok("person", "add", "--name", "Anna K.", "--email", "anna.kuznetsova@example.org")
    cli.ok("person", "add", "--name", "Тарас Шевченко")
    dry = cli(
        "csv",
        "import",
        str(DATA / "google_forms_utf8.csv"),
        "--event",
        event,
        "--dry-run",
        "--json",
    )
    assert dry.code == 0, dry.err
    assert (dry.json()["created"], dry.json()["merged"], dry.json()["dry_run"]) == (3, 1, True)
    assert cli("status", "--json").json()["counts"]["attendance"] == 0

    done = cli(
        "csv", "import", str(DATA / "google_forms_utf8.csv"), "--event", event, "--json"
    ).json()
    assert done["registered"] == 4 and done["dry_run"] is False
    typeform = cli.ok("csv", "import", str(DATA / "typeform_bom_semicolon.csv"), "--event", event)
    assert (
        "Similar names to review" in typeform and "Taras Schewtschenko ~ Тарас Шевченко" in typeform
    )
    assert cli("status", "--json").json()["counts"]["person"] == 2 + 3 + 3

    out = tmp_path / "attendees.csv"
    cli.ok("csv", "export", "--event", event, "-o", str(out))
    assert "Олена Бондаренко" in out.read_text(encoding="utf-8-sig")
    stats = cli("event", "stats", event, "--json").json()
    assert stats["total"] == 7 and stats["by_status"]["registered"] == 7


def test_bad_rows_exit_2_with_their_lines_and_write_nothing(cli: Cli):
    event = _forum(cli)
    result = cli("csv", "import", str(DATA / "broken_rows.csv"), "--event", event)
    assert result.code == 2
    assert "line 4:" in result.err and "line 5:" in result.err and "line 6:" in result.err
    assert "Traceback" not in result.err
    assert cli("status", "--json").json()["counts"]["person"] == 0
    ok = cli("csv", "import", str(DATA / "broken_rows.csv"), "--event", event, "--skip-bad-rows")
    assert ok.code == 0 and "skipped line 4" in ok.out


def test_malformed_files_exit_2_without_a_traceback(cli: Cli, tmp_path: Path):
    event = _forum(cli)
    files = {
        "empty.csv": b"",
        "binary.csv": bytes(range(256)) * 4,
        "ragged.csv": b'Name,Email\n"unclosed,x@example.org\n',
        "noheader.csv": b"Olga Petrova,olga@example.org\nIvan Orlov,ivan@example.org\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        result = cli("csv", "import", str(tmp_path / name), "--event", event)
        assert result.code == 2, (name, result.err)
        assert result.err.startswith("pslapp-cli: ") and "Traceback" not in result.err
    assert cli("csv", "import", str(tmp_path / "missing.csv"), "--event", event).code == 2
    bad_map = cli(
        "csv", "import", str(tmp_path / "noheader.csv"), "--event", event, "--map", "nonsense"
    )
    assert bad_map.code == 2
    mapped = cli(
        "csv",
        "import",
        str(tmp_path / "noheader.csv"),
        "--event",
        event,
        "--map",
        "Olga Petrova=display_name",
        "--map",
        "olga@example.org=email",
    )
    assert mapped.code == 0, mapped.err  # a header-less file works once its columns are named


def test_unknown_event_exits_5(cli: Cli, tmp_path: Path):
    cli.init()
    shutil.copy(DATA / "google_forms_utf8.csv", tmp_path / "list.csv")
    result = cli(
        "csv",
        "import",
        str(tmp_path / "list.csv"),
        "--event",
        "00000000-0000-0000-0000-000000000000",
    )
    assert result.code == 5
