"""The founding laptop can be taken out of the school like any other (a lost or retired one),
and a removed laptop -- in a thief's hands -- cannot let a new laptop in."""

from __future__ import annotations

from pathlib import Path

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from tests.privacy.enrolled import join, join_code


def test_the_founder_is_removed_and_what_it_approves_afterwards_is_not_a_member(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b, c, d = (AppContext(Settings(data_dir=tmp_path / n)) for n in "ABCD")
    try:
        fill_demo(a.store, a.catalog)
        sync(a, shared)
        join(a, b, shared)
        join(a, c, shared)
        b.update_settings(shared_folder=shared)
        listed = devices.device_list(b)
        assert listed.founder == a.store.device_id and listed.removable(a.store.device_id)

        gone = devices.remove(b, a.store.device_id[:8])  # the principal's old laptop is lost
        assert gone.device == a.store.device_id
        members = {m.device for m in devices.device_list(b).members}
        assert members == {b.store.device_id, c.store.device_id}  # what the founder approved before stays

        # Whoever holds the lost laptop approves a laptop of their own: it is not let in.
        code = join_code(sync(d, shared))
        a.update_settings(shared_folder=shared)
        devices.approve(a, code)
        assert join_code(sync(d, shared)) == code  # still waiting
        report = sync(b, shared)
        assert d.store.device_id not in {m.device for m in devices.device_list(b).members}
        stranger = "folder perangkat yang bukan anggota sekolah (tidak disetujui siapa pun); isinya tidak diterapkan"
        assert (f"observasi/{a.store.device_id}", stranger) in report.problems
        sync(c, shared)
        # The remaining members still read and write the school: C reads what B writes.
        assert {o.id for o in c.store.list_observations()} == {o.id for o in b.store.list_observations()}
    finally:
        for context in (a, b, c, d):
            context.store.close()
