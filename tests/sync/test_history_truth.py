"""Sync decides by the records' history, not by clocks, and a strange folder or file never
blocks the rest: one test per scenario the torture run found."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from observasi.core import changes as ch
from observasi.core.canonical import revision_hash
from observasi.core.instrument import Instrument
from observasi.core.record import new_id
from observasi.paths import device_key as device_key_path
from observasi.sync import device_key, revision_file
from observasi.sync import devices as school_devices
from observasi.sync.naming import app_dir, revision_file_name
from tests.conftest import edit
from tests.privacy.enrolled import join_code


def test_a_laptop_whose_clock_runs_a_day_ahead_delays_nobody(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    # A's clock says tomorrow: its revision carries tomorrow's time.
    a.store.db.execute("update revisions set created_at = '2099-01-01T08:00:00Z'")
    a.store.conn.commit()
    a.sync()
    b.sync()
    edit(b.store, obs.id, ch.SetDetails({"topic": "Diubah di B hari ini"}))
    assert b.sync().sent == 1
    assert b.context.store.pending_count() == 0
    a.sync()
    assert a.store.get_observation(obs.id).topic == "Diubah di B hari ini"


def test_a_laptop_that_lost_its_device_key_starts_a_new_identity(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    old_id = a.store.device_id
    # Reinstalled with only observasi.db copied back: the device key is gone.
    device_key_path(a.store.data_dir).unlink()
    edit(a.store, obs.id, ch.SetDetails({"topic": "Setelah instal ulang"}))
    report = a.sync()
    assert a.store.device_id != old_id
    assert len(report.notices) == 1 and "identitas baru" in report.notices[0]
    # A new identity is a new device to the school: a colleague approves it by its code.
    code = join_code(report)
    b.context.update_settings(shared_folder=b.shared)
    school_devices.approve(b.context, code)
    assert not any("identitas baru" in n for n in a.sync().notices)  # said once
    got = b.sync()
    assert got.problems == [] and got.received == 1
    assert b.store.get_observation(obs.id).topic == "Setelah instal ulang"


def test_a_top_level_copy_of_the_app_folder_is_read_and_reported(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    # Google Drive made "observasi (1)" and put A's later edit there.
    mine = app_dir(a.shared) / a.store.device_id
    before = set(os.listdir(mine))
    edit(a.store, obs.id, ch.SetDetails({"topic": "Di folder salinan"}))
    a.sync()
    (later,) = set(os.listdir(mine)) - before
    copy = a.shared / "observasi (1)" / a.store.device_id
    copy.mkdir(parents=True)
    shutil.move(mine / later, copy / later)
    report = b.sync()
    assert report.received == 2
    assert b.store.get_observation(obs.id).topic == "Di folder salinan"
    assert [p for p, _ in report.problems] == ["observasi (1)"]


@pytest.mark.parametrize("shape", ["self", "pair"])
def test_revisions_whose_parents_form_a_cycle_are_reported_and_block_nothing(
    devices, mini_form: Instrument, shape: str
) -> None:
    a, b, _ = devices
    fine = a.new_observation(mini_form, teacher="Guru Biasa")
    a.sync()
    b.sync()
    # Genuine, signed files of A for a record whose revisions name themselves (or each
    # other) as parents ...
    x, y, stuck_id = new_id(), new_id(), new_id()
    template = a.store.heads(fine.id)[0]
    key = device_key.load_or_create(a.store.data_dir)
    folder = app_dir(a.shared) / a.store.device_id
    for rid, parents in ({x: [x]} if shape == "self" else {x: [y], y: [x]}).items():
        payload = {**template.payload, "id": stuck_id}
        rev = template.model_copy(
            update={
                "id": rid,
                "parents": parents,
                "observation_id": stuck_id,
                "payload": payload,
                "hash": revision_hash(payload, False),
            }
        )
        (folder / revision_file_name(rid)).write_bytes(revision_file.encode(rev, key)[0])
    # ... and genuine updates arriving in the same sync.
    edit(a.store, fine.id, ch.SetDetails({"topic": "Pembaruan sah"}))
    other = a.new_observation(mini_form, teacher="Guru Baru")
    a.sync()
    report = b.sync()
    assert b.store.get_observation(fine.id).topic == "Pembaruan sah"
    assert b.store.get_observation(other.id).teacher.name == "Guru Baru"
    cyclic = sorted(p for p, _ in report.problems if x in p or y in p)
    assert len(cyclic) == (1 if shape == "self" else 2), report.problems
    again = b.sync()
    assert sorted(p for p, _ in again.problems if x in p or y in p) == cyclic  # still reported


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always text")
def test_a_file_name_that_is_not_utf8_is_reported_by_its_bytes_and_skipped(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    obs = a.new_observation(mini_form)
    a.sync()
    folder = os.fsencode(app_dir(a.shared) / a.store.device_id)
    with open(folder + b"/laporan-\xff\xfe.json", "wb") as handle:
        handle.write(b"{}")
    report = b.sync()
    assert report.received == 1 and b.store.get_observation(obs.id).id == obs.id
    assert [p for p, _ in report.problems] == [f"observasi/{a.store.device_id}/laporan-\\xff\\xfe.json"]
