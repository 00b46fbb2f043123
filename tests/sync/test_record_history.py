"""A record's history across two laptops, named by their laptops, and restoring a version:
nothing leaves the history, and a final record is restored only through an amendment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.core.instrument import Instrument
from observasi.core.status import Status
from observasi.errors import UserError
from observasi.settings import Settings
from observasi.sync.history import plan_restore, record_history, restore
from tests.cli.helpers import observasi
from tests.conftest import edit
from tests.sync.conftest import Device
from tests.sync.laptops import named_laptops


@pytest.fixture
def laptops(tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch):
    a, b = named_laptops(tmp_path, shared, monkeypatch)
    yield a, b
    a.close()
    b.close()


def _edited_on_both(a: Device, b: Device, inst: Instrument) -> str:
    """A rates R1 2; B (after a sync) rates it 4 and types a note; A syncs it in."""
    obs = a.new_observation(inst)
    edit(a.store, obs.id, ch.Rate("R1", "2"))
    a.sync()
    b.sync()
    edit(b.store, obs.id, ch.Rate("R1", "4"), ch.SetNote("R1", "Catatan B: tujuan ditulis di papan"))
    b.sync()
    a.sync()
    return obs.id


def test_the_history_lists_both_laptops_versions_by_name_newest_first(laptops, mini_form: Instrument) -> None:
    a, b = laptops
    obs_id = _edited_on_both(a, b, mini_form)
    history = record_history(a.context, obs_id)
    assert [v.number for v in history.versions] == [3, 2, 1]
    newest, second, first = history.versions
    assert (first.kind, first.laptop) == ("created", "Laptop Bu Sari")
    assert second.laptop == "Laptop Bu Sari" and second.author == "Pengamat A"
    assert newest.laptop == "Laptop Pak Budi" and newest.author == "Pengamat B"
    # What B changed, the indicator named by its text and the note in full.
    parts = {c.part: (c.before, c.after) for c in newest.changes}
    assert parts["Skor R1 (Tujuan pembelajaran dirumuskan dengan jelas)"] == ("2 (Cukup)", "4 (Sangat Baik)")
    assert parts["Catatan skor R1 (Tujuan pembelajaran dirumuskan dengan jelas)"] == (
        "(kosong)",
        "Catatan B: tujuan ditulis di papan",
    )
    # The other laptop sees the same history, named the same way.
    other = record_history(b.context, obs_id)
    assert [(v.revision_id, v.laptop) for v in other.versions] == [(v.revision_id, v.laptop) for v in history.versions]


def test_restoring_brings_back_the_old_score_and_the_note_b_typed(laptops, mini_form: Instrument) -> None:
    a, b = laptops
    obs_id = _edited_on_both(a, b, mini_form)
    # A then lowers the score and clears B's note.
    edit(a.store, obs_id, ch.Rate("R1", "1"), ch.SetNote("R1", ""))
    before = record_history(a.context, obs_id)
    assert before.versions[0].number == 4

    plan = plan_restore(a.context, obs_id, "3")
    assert not plan.amendment
    said = {c.part.split(" (")[0]: (c.before, c.after) for c in plan.changes}
    assert said["Skor R1"] == ("1 (Kurang)", "4 (Sangat Baik)")
    assert said["Catatan skor R1"][1] == "Catatan B: tujuan ditulis di papan"

    restore(a.context, obs_id, "3")
    record = a.store.get_observation(obs_id)
    assert record.ratings["R1"].level == "4"
    assert record.ratings["R1"].note == "Catatan B: tujuan ditulis di papan"
    after = record_history(a.context, obs_id)
    # Nothing left the history: version 4 (the score 1) is still there, the restore on top.
    assert [v.number for v in after.versions] == [5, 4, 3, 2, 1]
    assert (after.versions[0].kind, after.versions[0].note) == ("restore", "3")
    assert after.versions[0].laptop == "Laptop Bu Sari"
    # The restore travels like any edit.
    a.sync()
    b.sync()
    assert b.store.get_observation(obs_id).ratings["R1"].note == "Catatan B: tujuan ditulis di papan"
    assert record_history(b.context, obs_id).versions[0].kind == "restore"


def test_a_final_record_is_restored_only_through_an_amendment(laptops, mini_form: Instrument) -> None:
    a, b = laptops
    obs_id = _edited_on_both(a, b, mini_form)
    edit(a.store, obs_id, ch.Rate("R1", "3"), ch.Finalise())
    with pytest.raises(UserError, match="amandemen"):
        restore(a.context, obs_id, "3")
    assert a.store.get_observation(obs_id).status is Status.final

    restore(a.context, obs_id, "3", reason="Skor R1 salah ketik")
    record = a.store.get_observation(obs_id)
    assert record.ratings["R1"].level == "4"
    assert record.status is Status.reflecting and record.acknowledgement is None
    assert [x.reason for x in record.amendments] == ["Skor R1 salah ketik"]
    newest = record_history(a.context, obs_id).versions[0]
    assert (newest.kind, newest.amendment) == ("restore", "Skor R1 salah ketik")
    # The colleague's laptop takes it: an amendment is the legitimate way a final record changes.
    a.sync()
    got = b.sync()
    assert got.problems == []
    assert b.store.get_observation(obs_id).amendments == record.amendments


def test_a_record_in_conflict_is_not_restored_until_decided(laptops, mini_form: Instrument) -> None:
    a, b = laptops
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(a.store, obs.id, ch.SetDetails({"topic": "Topik A"}))
    edit(b.store, obs.id, ch.SetDetails({"topic": "Topik B"}))
    b.sync()
    assert a.sync().conflicts
    history = record_history(a.context, obs.id)
    assert history.in_conflict and sum(v.in_conflict for v in history.versions) == 2
    assert {v.laptop for v in history.versions if v.in_conflict} == {"Laptop Bu Sari", "Laptop Pak Budi"}
    with pytest.raises(UserError, match="konflik"):
        plan_restore(a.context, obs.id, "1")


def test_history_and_restore_from_the_command_line(
    capsys: pytest.CaptureFixture[str], laptops, mini_form: Instrument
) -> None:
    a, b = laptops
    obs_id = _edited_on_both(a, b, mini_form)
    edit(a.store, obs_id, ch.SetNote("R1", ""))
    data_dir = str(a.store.data_dir)
    a.close()
    listed = observasi(capsys, "--data-dir", data_dir, "history", obs_id[:8])
    assert listed.code == 0, listed.err
    assert "Versi 4" in listed.out and "Laptop Pak Budi" in listed.out
    assert "Catatan B: tujuan ditulis di papan" in listed.out
    assert listed.out.index("Versi 4") < listed.out.index("Versi 1")
    refused = observasi(capsys, "--data-dir", data_dir, "restore", obs_id[:8], "--version", "9", "--yes")
    assert refused.code == 2 and "Tidak ada versi '9'" in refused.err
    done = observasi(capsys, "--data-dir", data_dir, "restore", obs_id[:8], "--version", "3", "--yes")
    assert done.code == 0, done.err
    assert "Catatan B: tujuan ditulis di papan" in done.out and "Versi 3 dipulihkan" in done.out
    again = AppContext(Settings(data_dir=Path(data_dir)))
    assert again.store.get_observation(obs_id).ratings["R1"].note == "Catatan B: tujuan ditulis di papan"
    again.store.close()
    # A teacher's name still gives the teacher's supervision history.
    teacher = observasi(capsys, "--data-dir", data_dir, "history", "Siti Aminah")
    assert teacher.code == 0 and "Riwayat supervisi" in teacher.out


def test_two_edits_in_the_same_second_are_sides_a_and_b_alike_on_both_laptops_named_by_laptop(
    capsys: pytest.CaptureFixture[str], laptops, mini_form: Instrument
) -> None:
    from observasi.sync.conflicts import conflict_view, short_id
    from observasi.sync.history import local_time

    a, b = laptops
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(a.store, obs.id, ch.SetDetails({"topic": "Topik dari Bu Sari"}))
    a.store.record_revision(obs.id)
    edit(b.store, obs.id, ch.SetDetails({"topic": "Topik dari Pak Budi"}))
    b.store.record_revision(obs.id)
    same_second = "2026-12-03T02:14:07Z"
    for device in (a, b):  # both clocks say the same second
        device.store.db.execute(
            "update revisions set created_at = ? where observation_id = ? and parents != '[]'", [same_second, obs.id]
        )
        device.store.conn.commit()
    a.sync()
    b.sync()
    a.sync()
    on_a, on_b = conflict_view(a.context, obs.id), conflict_view(b.context, obs.id)
    assert on_a is not None and on_b is not None
    # The same order on both laptops: A is the edit made first (Bu Sari's), B the later one.
    assert on_a.a.revision_ids == on_b.a.revision_ids and on_a.b.revision_ids == on_b.b.revision_ids
    assert on_a.merge.a["topic"] == on_b.merge.a["topic"] == "Topik dari Bu Sari"
    assert (on_a.a.laptop, on_a.b.laptop) == ("Laptop Bu Sari (laptop ini)", "Laptop Pak Budi")
    assert (on_b.a.laptop, on_b.b.laptop) == ("Laptop Bu Sari", "Laptop Pak Budi (laptop ini)")
    # `observasi conflicts` names each side by its laptop and its local time.
    data_dir = str(b.store.data_dir)
    b.close()
    listed = observasi(capsys, "--data-dir", data_dir, "conflicts")
    when = local_time(same_second)
    rev_a, rev_b = short_id(on_b, "A"), short_id(on_b, "B")
    assert f"Versi A [{rev_a}]: Laptop Bu Sari, {when}" in listed.out
    assert f"Versi B [{rev_b}]: Laptop Pak Budi (laptop ini), {when}" in listed.out
    # Revision ids start with their time: a start both share names neither; A or B does.
    common = os.path.commonprefix([rev_a, rev_b])
    if len(common) >= 4:
        refused = observasi(capsys, "--data-dir", data_dir, "resolve", obs.id[:8], "--keep", common)
        assert refused.code == 2 and "cocok dengan kedua versi" in refused.err
    kept = observasi(capsys, "--data-dir", data_dir, "resolve", obs.id[:8], "--keep", "A")
    assert kept.code == 0, kept.err
    again = AppContext(Settings(data_dir=Path(data_dir)))
    assert again.store.get_observation(obs.id).topic == "Topik dari Bu Sari"
    again.store.close()


def test_laptops_without_a_chosen_name_are_named_by_who_uses_them(devices, mini_form: Instrument) -> None:
    """Nobody typed a laptop name: each laptop is "Laptop <its observer>" on every laptop,
    never the computer's name (the same "vm" on every school laptop) or a hex id."""
    from observasi.store.models import Observer

    a, b, _ = devices
    for laptop, name in ((a, "Sari Dewi"), (b, "Budi Hartono")):
        observer = laptop.store.save_observer(Observer(name=name))
        laptop.store.set_setting("self_observer_id", observer.id)
    obs = a.new_observation(mini_form)
    a.sync()
    b.sync()
    edit(b.store, obs.id, ch.SetDetails({"topic": "Diubah di B"}))
    b.sync()
    a.sync()
    for laptop in (a, b):
        newest, first = record_history(laptop.context, obs.id).versions
        assert newest.laptop == "Laptop Budi Hartono"
        assert first.laptop == "Laptop Sari Dewi"


def test_restoring_an_old_score_does_not_rewind_the_lesson(laptops, mini_form: Instrument) -> None:
    a, _ = laptops
    obs = a.new_observation(mini_form)
    edit(a.store, obs.id, ch.Rate("R1", "2"))
    a.store.record_revision(obs.id)  # version 2: a draft with R1 2
    edit(a.store, obs.id, ch.StartLesson(), ch.Rate("R1", "3"), ch.EndLesson())
    ended = a.store.get_observation(obs.id)
    assert ended.status is Status.reflecting
    plan = plan_restore(a.context, obs.id, "2")
    assert [c.part.split(" (")[0] for c in plan.changes] == ["Skor R1"]  # the status is not among them
    restore(a.context, obs.id, "2")
    record = a.store.get_observation(obs.id)
    assert record.ratings["R1"].level == "2"
    assert (record.status, record.started_at, record.ended_at) == (Status.reflecting, ended.started_at, ended.ended_at)
