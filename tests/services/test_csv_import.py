"""Registration lists exported from form services come in: every encoding and delimiter,
header names in five languages, bad rows stop the import, a dry run writes nothing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pslapp.core.enums import Kind
from pslapp.core.errors import ImportRejected, NotFound
from pslapp.services import events, records
from pslapp.services.registration import Action, OnMatch, apply_import, plan_import
from pslapp.services.vault import Vault, create_vault, open_vault
from tests.conftest import FAST_KDF, PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data" / "registration"


@pytest.fixture(scope="module")
def empty_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    created, _recovery = create_vault(folder, PASSPHRASE, "Cologne coordinator", kdf=FAST_KDF)
    created.lock()
    return folder


@pytest.fixture
def vault(empty_vault: Path, tmp_path: Path) -> Iterator[Vault]:
    """A fresh copy of one empty vault: creating a vault per test is the slow part."""
    shutil.copytree(empty_vault, tmp_path / "vault")
    opened = open_vault(tmp_path / "vault", PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def forum(vault: Vault) -> str:
    return records.create(
        vault,
        Kind.EVENT,
        {"title": "Forum of the free diaspora", "kind": "forum", "start": "2026-03-07T10:00"},
    ).id


def people(vault: Vault) -> dict[str, dict]:
    return {p.values["display_name"]: p.values for p in records.page(vault, Kind.PERSON)}


def import_file(vault: Vault, event_id: str, name: str, **kw) -> object:
    return apply_import(vault, plan_import(vault, DATA / name, event_id, **kw))


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter", "expected"),
    [
        (
            "google_forms_utf8.csv",
            "utf-8",
            ",",
            {"Анна Кузнецова", "Jürgen Müller", "Олена Бондаренко", "Hélène Lefèvre"},
        ),
        (
            "typeform_bom_semicolon.csv",
            "utf-8-sig",
            ";",
            {"Taras Schewtschenko", "Ljudmila Petrowa", "Zoë Dubois"},
        ),
        ("tally_utf16_tab.tsv", "utf-16", "\t", {"Дмитрий Соколов", "Айгерим Сарсенова"}),
        ("excel_cp1251_semicolon.csv", "cp1251", ";", {"Тарас Шевченко", "Ирина Ковальчук"}),
        ("french_ukrainian_utf8.csv", "utf-8", ",", {"Олена Коваленко", "Taras Chevtchenko"}),
    ],
)
def test_form_exports_in_every_encoding_register_everyone(
    vault: Vault, forum: str, name: str, encoding: str, delimiter: str, expected: set[str]
):
    plan = import_file(vault, forum, name)
    assert (plan.encoding, plan.delimiter) == (encoding, delimiter)
    assert set(people(vault)) == expected
    registered = {a.person.values["display_name"] for a in events.attendees(vault, forum)}
    assert registered == expected
    assert all(
        a.attendance.values["status"] == "registered" for a in events.attendees(vault, forum)
    )


def test_google_forms_columns_fill_the_person(vault: Vault, forum: str):
    import_file(vault, forum, "google_forms_utf8.csv")
    anna = people(vault)["Анна Кузнецова"]
    assert anna["city"] == "Köln"
    assert anna["languages"] == ["ru", "de"]
    assert anna["consent_contact"] is True
    assert anna["channels"] == [{"kind": "email", "value": "anna.kuznetsova@example.org"}]
    assert anna["notes"] == "Needs a place to sleep\non Friday night"  # an embedded newline
    olena = people(vault)["Олена Бондаренко"]
    assert olena["languages"] == ["uk", "ru", "de"]


def test_a_broken_row_stops_the_import_and_names_its_line(vault: Vault, forum: str):
    with pytest.raises(ImportRejected) as caught:
        plan_import(vault, DATA / "broken_rows.csv", forum)
    lines = [line for line, _reason in caught.value.problems]
    assert lines == [4, 5, 6]  # Maria's note spans lines 2 and 3
    assert "not an email address" in caught.value.problems[0][1]
    assert "line 5: row: has 4 cells" in str(caught.value)
    assert records.count(vault, Kind.PERSON) == 0


def test_skip_bad_rows_imports_the_rest(vault: Vault, forum: str):
    plan = import_file(vault, forum, "broken_rows.csv", skip_bad_rows=True)
    assert set(people(vault)) == {"Maria Sidorova", "Sergei Lebedev"}
    assert [b.line for b in plan.bad_rows] == [4, 5, 6]
    assert len(events.attendees(vault, forum)) == 2


def test_dry_run_reports_and_writes_nothing(vault: Vault, forum: str):
    records.create(
        vault,
        Kind.PERSON,
        {
            "display_name": "Anna K.",
            "channels": [{"kind": "email", "value": "Anna.Kuznetsova@example.org"}],
        },
    )
    before = {kind: records.count(vault, kind) for kind in Kind}
    plan = plan_import(vault, DATA / "google_forms_utf8.csv", forum)
    after = {kind: records.count(vault, kind) for kind in Kind}
    assert before == after
    report = plan.to_json()
    assert report["dry_run"] is True
    assert (report["created"], report["merged"], report["registered"]) == (3, 1, 4)


def test_an_exact_email_match_is_merged_not_doubled(vault: Vault, forum: str):
    known = records.create(
        vault,
        Kind.PERSON,
        {
            "display_name": "Anna K.",
            "chapter": "Cologne",
            "languages": ["ru"],
            "channels": [{"kind": "email", "value": "ANNA.Kuznetsova@example.org"}],
        },
    )
    plan = import_file(vault, forum, "google_forms_utf8.csv")
    assert records.count(vault, Kind.PERSON) == 4
    merged = records.get(vault, Kind.PERSON, known.id).values
    assert merged["display_name"] == "Anna K."  # kept, not replaced
    assert merged["city"] == "Köln"  # an empty field filled
    assert merged["languages"] == ["ru", "de"]  # added to
    assert len(merged["channels"]) == 1  # the same address, another case
    assert [r.action for r in plan.rows if r.person_id == known.id] == [Action.MERGE]
    assert known.id in {a.person.id for a in events.attendees(vault, forum)}


def test_a_phone_match_across_prefixes_is_merged(vault: Vault, forum: str):
    known = records.create(
        vault,
        Kind.PERSON,
        {
            "display_name": "Людмила Петрова",
            "channels": [{"kind": "phone", "value": "+49 171 7654321"}],
        },
    )
    import_file(vault, forum, "typeform_bom_semicolon.csv")
    assert records.count(vault, Kind.PERSON) == 3
    assert records.get(vault, Kind.PERSON, known.id).values["city"] == "Hamburg"


def test_a_name_in_another_script_is_proposed_for_review(vault: Vault, forum: str):
    known = records.create(vault, Kind.PERSON, {"display_name": "Тарас Шевченко"})
    plan = import_file(vault, forum, "typeform_bom_semicolon.csv")
    review = [r for r in plan.rows if r.review]
    assert [r.registration.person["display_name"] for r in review] == ["Taras Schewtschenko"]
    assert review[0].match is not None and review[0].match.person_id == known.id
    assert review[0].action is Action.CREATE  # created, for a person to decide
    assert records.count(vault, Kind.PERSON) == 4


@pytest.mark.parametrize(
    ("on_match", "people_after", "city_of_known"),
    [(OnMatch.MERGE, 4, "Köln"), (OnMatch.NEW, 5, None), (OnMatch.SKIP, 4, None)],
)
def test_on_match_decides_what_a_known_email_does(
    vault: Vault, forum: str, on_match: OnMatch, people_after: int, city_of_known: str | None
):
    known = records.create(
        vault,
        Kind.PERSON,
        {
            "display_name": "Anna",
            "channels": [{"kind": "email", "value": "anna.kuznetsova@example.org"}],
        },
    )
    import_file(vault, forum, "google_forms_utf8.csv", on_match=on_match)
    assert records.count(vault, Kind.PERSON) == people_after
    assert records.get(vault, Kind.PERSON, known.id).values["city"] == city_of_known
    registered = {a.person.id for a in events.attendees(vault, forum)}
    assert (known.id in registered) is (on_match is not OnMatch.NEW)


def test_importing_the_same_list_twice_adds_no_one(vault: Vault, forum: str):
    import_file(vault, forum, "google_forms_utf8.csv")
    plan = import_file(vault, forum, "google_forms_utf8.csv")
    assert records.count(vault, Kind.PERSON) == 4
    assert records.count(vault, Kind.ATTENDANCE) == 4
    assert plan.to_json()["already_registered"] == 4


def test_two_rows_for_one_person_become_one(vault: Vault, forum: str, tmp_path: Path):
    path = tmp_path / "twice.csv"
    path.write_text(
        "Name,Email,City\nOksana Melnyk,oksana@example.org,\nOksana M.,OKSANA@example.org,Wien\n",
        encoding="utf-8",
    )
    plan = apply_import(vault, plan_import(vault, path, forum))
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.MERGE]
    assert people(vault)["Oksana Melnyk"]["city"] == "Wien"
    assert records.count(vault, Kind.ATTENDANCE) == 1


def test_organisation_column_links_a_known_organisation(vault: Vault, forum: str):
    memorial = records.create(
        vault, Kind.ORGANISATION, {"name": "МЕМОРИАЛ", "kind": "human_rights"}
    )
    import_file(vault, forum, "excel_cp1251_semicolon.csv")
    by_name = {
        a.person.values["display_name"]: a.attendance.values for a in events.attendees(vault, forum)
    }
    assert by_name["Тарас Шевченко"]["delegate_of"] == memorial.id
    assert by_name["Тарас Шевченко"]["consent_follow_up"] is True
    assert by_name["Ирина Ковальчук"]["consent_follow_up"] is False


def test_an_unknown_organisation_goes_to_the_attendance_notes(vault: Vault, forum: str):
    import_file(vault, forum, "google_forms_utf8.csv")
    by_name = {
        a.person.values["display_name"]: a.attendance for a in events.attendees(vault, forum)
    }
    anna = by_name["Анна Кузнецова"].values
    assert anna["delegate_of"] is None
    assert anna["notes"] == "Organisation: Freie Demokratische Initiative"


def test_map_overrides_a_column(vault: Vault, forum: str, tmp_path: Path):
    path = tmp_path / "custom.csv"
    path.write_text("Teilnehmer*in,Kontakt\nKarl Weber,karl@example.de\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="no column holds a name"):
        plan_import(vault, path, forum)
    plan = plan_import(
        vault, path, forum, overrides={"Teilnehmer*in": "display_name", "kontakt": "email"}
    )
    apply_import(vault, plan)
    assert people(vault)["Karl Weber"]["channels"] == [
        {"kind": "email", "value": "karl@example.de"}
    ]


def test_an_unknown_event_is_not_found(vault: Vault):
    with pytest.raises(NotFound):
        plan_import(vault, DATA / "google_forms_utf8.csv", "00000000-0000-0000-0000-000000000000")
