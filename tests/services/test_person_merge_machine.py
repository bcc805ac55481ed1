"""Three laptops edit people, check them in, merge them (in any direction, in chains, the
same pair twice), undo merges and delete, passing bundles around late, twice and out of
order. After a full exchange: every laptop holds the same people and attendances; no
check-in is lost or doubled; every edit is applied to the kept record, seen by whoever
overwrote it, or listed."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from pslapp.core.enums import Kind
from pslapp.core.errors import NotFound, ValidationError
from pslapp.core.person_merge import Pointer, roots
from pslapp.core.stamps import DELETED, Stamp
from pslapp.services import conflicts, events, person_merge, records
from pslapp.services.bundles import Scope, import_bundle, seal_bundle
from pslapp.services.vault import Vault
from pslapp.storage import person_merges as merge_store
from pslapp.storage import records as repo
from tests.services.bundle_kit import befriend, exchange_everything, new_vault

NAMES = ["Тарас Шевченко", "Taras Shevchenko", "Ольга Петрова", "Olga Petrova", "Anna Müller"]
CITIES = ["Köln", "Paris", "Berlin", "Hamburg"]


@dataclass(frozen=True)
class Edit:
    record_id: str
    value: str
    stamp: Stamp


def state(vault: Vault) -> dict[str, Any]:
    with vault.read() as conn:
        people = repo.page(conn, Kind.PERSON, vault.authors, limit=10_000, include_deleted=True)
        attendance = repo.page(conn, Kind.ATTENDANCE, vault.authors, limit=10_000)
    return {
        "people": {p.id: (p.deleted, p.values) for p in people},
        "attendance": {a.id: a.values for a in attendance},
    }


class MergeReplicas(RuleBasedStateMachine):
    count = 3

    @initialize()
    def make_vaults(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="merges-"))
        self.vaults = [new_vault(self.folder / f"v{i}", f"Vault {i}") for i in range(self.count)]
        befriend(*self.vaults)
        first = self.vaults[0]
        self.ids = [records.create(first, Kind.PERSON, {"display_name": n}).id for n in NAMES]
        self.events = [
            records.create(
                first, Kind.EVENT, {"title": t, "kind": "forum", "start": "2026-05-01T18:00"}
            ).id
            for t in ("Forum", "Picket")
        ]
        self.edits: list[Edit] = []
        self.writes: dict[str, list[Stamp]] = {}  # every write that may have seen an edit
        self.check_ins: list[tuple[str, str]] = []  # (event, person)
        self.family = {rid: {rid} for rid in self.ids}  # everyone ever merged together
        self.in_flight: list[tuple[int, Path]] = []
        self.made = 0
        self.exchange_everything("start")

    def teardown(self) -> None:
        if not hasattr(self, "vaults"):
            return
        try:
            self.check_converged()
        finally:
            for vault in self.vaults:
                vault.lock()
            shutil.rmtree(self.folder, ignore_errors=True)

    def live(self, at: int) -> list[str]:
        return [r.id for r in records.page(self.vaults[at], Kind.PERSON, limit=1000)]

    @rule(at=st.integers(0, 2), pick=st.integers(0, 9), city=st.sampled_from(CITIES))
    def edit(self, at: int, pick: int, city: str) -> None:
        here = self.live(at)
        if not here:
            return
        rid = here[pick % len(here)]
        value = f"{city} {len(self.edits)}"
        record = records.edit(self.vaults[at], Kind.PERSON, rid, {"city": value})
        stamp = record.stamps.get("city")
        assert stamp is not None
        self.edits.append(Edit(rid, value, stamp))
        self.wrote(at, rid)

    def wrote(self, at: int, *record_ids: str) -> None:
        """Keep the stamps each record's city and deletion now carry here."""
        for rid in record_ids:
            record = records.get(self.vaults[at], Kind.PERSON, rid, include_deleted=True)
            for name in ("city", DELETED):
                stamp = record.stamps.get(name)
                if stamp is not None:
                    self.writes.setdefault(rid, []).append(stamp)

    @rule(at=st.integers(0, 2), pick=st.integers(0, 9), event=st.integers(0, 1))
    def check_in(self, at: int, pick: int, event: int) -> None:
        here = self.live(at)
        if not here:
            return
        rid = here[pick % len(here)]
        events.check_in(self.vaults[at], self.events[event], rid)
        self.check_ins.append((self.events[event], rid))

    @rule(at=st.integers(0, 2), keep=st.integers(0, 9), other=st.integers(0, 9))
    def merge(self, at: int, keep: int, other: int) -> None:
        here = self.live(at)
        if len(here) < 2:
            return
        a, b = here[keep % len(here)], here[other % len(here)]
        if a == b:
            return
        person_merge.merge(self.vaults[at], a, b)
        self.wrote(at, a, b)
        joined = self.family[a] | self.family[b]
        for rid in joined:
            self.family[rid] = joined

    @rule(at=st.integers(0, 2), pick=st.integers(0, 9))
    def unmerge(self, at: int, pick: int) -> None:
        made = person_merge.undoable_merges(self.vaults[at])
        if not made:
            return
        undone = made[pick % len(made)]
        try:
            person_merge.unmerge(self.vaults[at], undone.other_id)
        except (NotFound, ValidationError):
            return  # changed since (a peer's merge or revival): refused, nothing written
        self.wrote(at, undone.kept_id, undone.other_id)

    @rule(at=st.integers(0, 2), pick=st.integers(0, 9))
    def delete(self, at: int, pick: int) -> None:
        here = self.live(at)
        if len(here) > 3:  # keep people around to merge
            rid = here[pick % len(here)]
            records.delete(self.vaults[at], Kind.PERSON, rid)
            self.wrote(at, rid)

    @rule(src=st.integers(0, 2), dst=st.integers(1, 2), now=st.booleans())
    def send(self, src: int, dst: int, now: bool) -> None:
        target = (src + dst) % self.count
        path = self.folder / f"b{self.made}.pslb"
        self.made += 1
        seal_bundle(self.vaults[src], [self.vaults[target].fingerprint], path, Scope())
        if now:
            import_bundle(self.vaults[target], path)
        else:
            self.in_flight.append((target, path))

    @rule(pick=st.integers(0, 20), keep=st.booleans())
    def deliver(self, pick: int, keep: bool) -> None:
        if not self.in_flight:
            return
        target, path = self.in_flight[pick % len(self.in_flight)]
        import_bundle(self.vaults[target], path)
        if not keep:
            self.in_flight.remove((target, path))

    def exchange_everything(self, name: str) -> None:
        exchange_everything(self.vaults, self.folder, name)

    def check_converged(self) -> None:
        for target, path in self.in_flight:
            import_bundle(self.vaults[target], path)
        for round_ in range(5):  # what settling writes on import travels in the next round
            self.exchange_everything(f"final{round_}")
            states = [state(v) for v in self.vaults]
            if all(s == states[0] for s in states[1:]):
                break
        assert all(s == states[0] for s in states[1:]), "every laptop holds the same"
        final = states[0]
        self.check_no_attendance_doubled(final)
        self.check_no_check_in_lost(final)
        self.check_every_edit_applied_or_listed()

    def check_no_attendance_doubled(self, final: dict[str, Any]) -> None:
        """No live attendance stays on a person merged into someone alive (the event would
        list them twice, or under a record nobody sees)."""
        people = final["people"]
        with self.vaults[0].read() as conn:
            away = merge_store.merged_away(conn, self.vaults[0].authors)
        pointers = {
            rid: Pointer(r.values["merged_into"], r.stamps.get("merged_into") or Stamp(0, ""))
            for rid, r in away.items()
        }
        alive = {rid for rid, (deleted, _) in people.items() if not deleted}
        ends = roots(pointers, alive).root
        for attendance in final["attendance"].values():
            assert attendance["person_id"] not in ends, "an attendance on a ghost"

    def check_no_check_in_lost(self, final: dict[str, Any]) -> None:
        people = final["people"]
        listed = {
            c.record_id
            for v in self.vaults
            for c in conflicts.list_conflicts(v, include_resolved=True)
        }
        for event, person in self.check_ins:
            family = self.family[person]
            alive = [rid for rid in family if not people[rid][0]]
            if not alive:
                continue  # everyone of the family deleted on purpose
            ids = {records.attendance_id(event, rid) for rid in family}
            present = [
                a
                for a in final["attendance"].values()
                if a["event_id"] == event and a["person_id"] in alive
            ]
            if any(a["status"] == "checked_in" for a in present):
                continue
            assert ids & listed, (event, person, "check-in neither present nor listed")

    def check_every_edit_applied_or_listed(self) -> None:
        """Each edit is the city its record holds, or some write on the record (an edit, a
        deletion, a merge, whose kept record then took it) had seen it, or it is listed."""
        vault = self.vaults[0]
        entries = [
            c for v in self.vaults for c in conflicts.list_conflicts(v, include_resolved=True)
        ]
        lost = {(c.record_id, c.field, c.lost_hlc, c.lost_author) for c in entries}
        for e in self.edits:
            record = records.get(vault, Kind.PERSON, e.record_id, include_deleted=True)
            if not record.deleted and record.stamps.get("city") == e.stamp:
                continue  # the value everyone holds
            if any(w != e.stamp and w.saw(e.stamp) for w in self.writes.get(e.record_id, [])):
                continue
            assert (e.record_id, "city", e.stamp.hlc, e.stamp.author) in lost, e


MergeReplicas.TestCase.settings = settings(
    derandomize=True,
    database=None,
    max_examples=8,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestMergeReplicas = MergeReplicas.TestCase


class ManyMergeReplicas(MergeReplicas):
    pass


ManyMergeReplicas.TestCase.settings = settings(
    MergeReplicas.TestCase.settings, max_examples=80, stateful_step_count=50
)
TestManyMergeReplicas = pytest.mark.slow(ManyMergeReplicas.TestCase)
