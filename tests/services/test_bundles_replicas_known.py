"""A program the state machine in `test_bundles_replicas.py` once failed on, kept as is.

Three vaults edit one person's city. Vault 0's edit (X) is concurrent with vault 2's (Y);
vault 1 then edits again having seen Y but not X (Z). Where X meets Z, X loses. With only
the HLC of the value a writer replaced (the stamps' old `base`), the merge took Z's author
to have seen X, since Y is newer than X: no conflict entry, although nobody saw X. Each
stamp now carries its causal past per field, and X is listed."""

from __future__ import annotations

from tests.services.test_bundles_replicas import Replicas

STEPS = [
    ("concurrent_edit", {"city": "Köln", "first": 0, "other": 1, "pick": 0}),
    *[("create", {"at": at, "city": "Köln"}) for at in (1, 0, 0, 0, 0, 0, 0)],
    ("sync", {"dst": 1, "src": 1}),
    ("sync", {"dst": 2, "src": 1}),
    ("create", {"at": 2, "city": "Tbilisi"}),
    ("delete", {"at": 1, "pick": 7}),
    ("concurrent_edit", {"city": "Hamburg", "first": 0, "other": 2, "pick": 1}),
    ("concurrent_edit", {"city": "Hamburg", "first": 0, "other": 2, "pick": 2}),
    ("export", {"dst": 2, "everything": True, "src": 2}),
    ("deliver", {"keep": True, "pick": 39}),
    ("deliver", {"keep": True, "pick": 44}),
    ("export", {"dst": 2, "everything": False, "src": 1}),
    ("edit", {"at": 1, "city": "Paris", "field": "city", "pick": 3}),
    ("deliver", {"keep": False, "pick": 9}),
    ("delete", {"at": 0, "pick": 0}),
    ("delete", {"at": 1, "pick": 6}),
    ("deliver", {"keep": False, "pick": 23}),
    ("concurrent_edit", {"city": "Tbilisi", "first": 2, "other": 1, "pick": 2}),
    ("deliver", {"keep": True, "pick": 44}),
    ("concurrent_edit", {"city": "Köln", "first": 1, "other": 1, "pick": 3}),
    ("concurrent_edit", {"city": "Paris", "first": 0, "other": 1, "pick": 3}),
    ("edit", {"at": 1, "city": "Hamburg", "field": "city", "pick": 0}),
    ("export", {"dst": 1, "everything": False, "src": 2}),
]


def test_an_edit_hidden_behind_a_newer_concurrent_one_is_listed_as_a_conflict():
    machine = Replicas()
    machine.make_vaults()
    try:
        for name, args in STEPS:
            getattr(machine, name)(**args)
            machine.clocks_never_run_backwards()
    finally:
        machine.teardown()
