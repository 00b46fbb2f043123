"""Forgetting reaches every laptop (one offline at the time included) and leaves no trace in
any database; a removed laptop reads nothing written after its removal."""

from __future__ import annotations

from pathlib import Path

import pytest

from observasi import paths, privacy
from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices
from observasi.sync.service import sync
from tests.conftest import edit
from tests.privacy.enrolled import join


def _traces(data_dir: Path, needles: list[str]) -> list[str]:
    db = paths.database(data_dir)
    data = b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    return [n for n in needles if n.encode("utf-8") in data]


@pytest.fixture
def school(tmp_path: Path):
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b, c = (AppContext(Settings(data_dir=tmp_path / n)) for n in "ABC")
    fill_demo(a.store, a.catalog)
    sync(a, shared)
    join(a, b, shared)
    join(a, c, shared)
    yield a, b, c, shared
    for context in (a, b, c):
        context.store.close()


def test_a_forget_on_one_laptop_erases_the_teacher_on_a_laptop_that_was_offline(school) -> None:
    a, b, _, shared = school
    teacher = next(
        t for t in a.store.list_teachers() if t.nip and t.nuptk and a.store.list_observations(teacher_id=t.id)
    )
    needles = [teacher.name, teacher.nip, teacher.nuptk]
    assert _traces(b.settings.data_dir, needles)  # B holds her, and is offline now
    held_by_b = b.store.data_key_teachers()[teacher.id]

    privacy.forget_teacher(a.store, teacher)
    sync(a, shared)
    assert (shared / "observasi" / a.store.device_id / f"forget-{teacher.id}.json").is_file()

    sync(b, shared)  # B comes back
    assert b.store.get_teacher(teacher.id) is None
    assert b.store.list_observations(teacher_id=teacher.id) == []
    assert _traces(b.settings.data_dir, needles) == []
    assert _traces(a.settings.data_dir, needles) == []
    # No member holds her data keys any more: her revisions in the folder cannot be opened.
    for context in (a, b):
        assert all(context.store.data_key(dkid) is None for dkid in held_by_b)
        assert all(context.store.is_forgotten_data_key(dkid) for dkid in held_by_b)
    assert sync(b, shared).problems == []


def test_a_forgotten_teacher_does_not_come_back_as_a_blank_row(school, monkeypatch) -> None:
    from observasi.core import tombstone

    a, b, _, shared = school
    teacher = next(t for t in a.store.list_teachers() if a.store.list_observations(teacher_id=t.id))
    privacy.forget_teacher(a.store, teacher)
    sync(a, shared)
    # B erases her a moment later (its deletion marks carry its own time), and publishes
    # them at its next sync: A applies revisions that name a teacher it forgot.
    monkeypatch.setattr(tombstone, "utc_now", lambda: "2099-01-01T00:00:00Z")
    sync(b, shared)
    assert sync(b, shared).sent > 0
    assert sync(a, shared).problems == []
    for context in (a, b):
        assert context.store.get_teacher(teacher.id) is None
        assert teacher.id not in {t.id for t in context.store.list_teachers(include_inactive=True)}


def test_a_removed_laptop_reads_nothing_written_after_its_removal(school) -> None:
    a, b, c, shared = school
    a.update_settings(shared_folder=shared)
    devices.remove(a, c.store.device_id[:8])
    obs_id = a.store.query("select id from observations where status = 'draft' order by id limit 1")[0]["id"]
    edit(a.store, obs_id, ch.SetDetails({"topic": "Sesudah laptop C dikeluarkan"}))
    sync(a, shared)
    sync(b, shared)
    assert b.store.get_observation(obs_id).topic == "Sesudah laptop C dikeluarkan"

    report = sync(c, shared)
    assert c.store.get_observation(obs_id).topic != "Sesudah laptop C dikeluarkan"
    assert any("kunci data yang belum ada" in reason for _, reason in report.problems), report.problems
    # What C writes now is not applied anywhere: it is no longer one of the school's devices.
    edit(c.store, obs_id, ch.SetDetails({"topic": "Dari laptop C"}))
    sync(c, shared)
    after = sync(a, shared)
    assert a.store.get_observation(obs_id).topic == "Sesudah laptop C dikeluarkan"
    assert (
        f"observasi/{c.store.device_id}",
        "folder perangkat yang bukan anggota sekolah (tidak disetujui siapa pun); isinya tidak diterapkan",
    ) in after.problems


def test_a_colleagues_forget_deletes_the_sheets_and_recaps_this_laptop_printed_and_says_so(school) -> None:
    from observasi.sheet.service import write_sheet

    a, b, _, shared = school
    teacher = next(t for t in a.store.list_teachers() if a.store.list_observations(teacher_id=t.id))
    other = next(
        t for t in a.store.list_teachers() if t.id != teacher.id and a.store.list_observations(teacher_id=t.id)
    )
    b.update_settings(output_dir=shared.parent / "B-dokumen")
    hers = write_sheet(b, b.store.list_observations(teacher_id=teacher.id)[0].id)
    kept = write_sheet(b, b.store.list_observations(teacher_id=other.id)[0].id)
    recap = paths.recaps_dir(shared.parent / "B-dokumen") / "rekap-2026-2.csv"
    recap.parent.mkdir(parents=True, exist_ok=True)
    recap.write_text(f"{teacher.name};3,5\n", encoding="utf-8")
    assert hers.is_file() and kept.is_file()

    privacy.forget_teacher(a.store, teacher)
    sync(a, shared)
    report = sync(b, shared)
    assert not hers.exists() and not recap.exists()  # they named her
    assert kept.is_file()  # another teacher's sheet stays
    said = " ".join(report.notices)
    assert "melupakan 1 guru" in said and "2 berkas" in said and str(hers.parent) in said
    assert not any("melupakan" in n for n in sync(b, shared).notices)  # said once


def test_a_colleagues_forget_erases_a_killed_writes_leftover_in_the_teachers_export_folder(school) -> None:
    """review10 L4: a forget made on another laptop swept the sheets' folders here but not
    the teacher's ekspor/<teacher>/, where an interrupted export left the teacher's data."""
    from observasi import files

    a, b, _, shared = school
    teacher = next(t for t in a.store.list_teachers() if a.store.list_observations(teacher_id=t.id))
    folder = paths.teacher_export_dir(b.store.data_dir, teacher.name)
    folder.mkdir(parents=True)
    copy = folder / "data-guru.json"  # an export made and kept: the user's copy
    copy.write_text(teacher.name, encoding="utf-8")
    # What a write killed before its rename leaves: this computer's name, a process long gone.
    leftover = folder / f".~observasi-{files._host_tag()}-4294967295-0123456789ab.tmp"
    leftover.write_text(teacher.name, encoding="utf-8")

    privacy.forget_teacher(a.store, teacher)
    sync(a, shared)
    sync(b, shared)
    assert not leftover.exists()
    assert copy.is_file()
