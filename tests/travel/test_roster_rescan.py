"""A sync that finds the school's files as they were, and this laptop's roster as it was,
does not open the roster again (issue 18: a no-op rescan of a school of 2,000 teachers
spent most of its time there); anything new on either side is exchanged as before, and a
damaged file is reported at every sync."""

from __future__ import annotations

from observasi.roster import teachers
from observasi.sync import school_files
from observasi.sync.naming import device_dir
from observasi.sync.service import sync


def _values(teacher) -> dict[str, str]:
    return {f: getattr(teacher, f) for f in ("name", "nip", "nuptk", "gender", "ptk_type", "subject", "rank")}


def _counting(monkeypatch) -> list[str]:
    opened: list[str] = []
    real = school_files._read

    def counting(path, kind, *args):
        opened.append(kind)
        return real(path, kind, *args)

    monkeypatch.setattr(school_files, "_read", counting)
    return opened


def test_a_rescan_with_nothing_new_opens_no_roster_file(laptops, monkeypatch) -> None:
    a, b, shared = laptops
    sync(b, shared)
    before = [_values(x) for x in b.store.list_teachers(include_inactive=True)]
    opened = _counting(monkeypatch)
    report = sync(b, shared)
    assert report.problems == [] and set(opened) <= {"cert"}
    assert [_values(x) for x in b.store.list_teachers(include_inactive=True)] == before


def test_what_changes_on_either_side_is_still_exchanged(laptops, monkeypatch) -> None:
    a, b, shared = laptops
    sync(a, shared)
    sync(b, shared)
    opened = _counting(monkeypatch)
    # Renamed here: published at the next sync, though no file of the folder changed.
    one, other = b.store.list_teachers()[:2]
    teachers.update_teacher(b, one.id, {**_values(one), "name": "Nama Dari B"})
    sync(b, shared)
    assert "teacher" in opened
    sync(a, shared)
    assert a.store.get_teacher(one.id).name == "Nama Dari B"
    # Renamed there: taken here at the next sync.
    teachers.update_teacher(a, other.id, {**_values(other), "name": "Nama Dari A"})
    sync(a, shared)
    report = sync(b, shared)
    assert b.store.get_teacher(other.id).name == "Nama Dari A" and report.problems == []


def test_a_damaged_roster_file_is_reported_at_every_sync(laptops) -> None:
    a, b, shared = laptops
    sync(b, shared)
    victim = sorted(device_dir(shared, a.store.device_id).glob("teacher-*.json"))[0]
    victim.write_bytes(victim.read_bytes().replace(b'"ciphertext":"', b'"ciphertext":"AAAA', 1))
    for _ in range(2):
        report = sync(b, shared)
        assert [where for where, _ in report.problems if victim.name in where], report.problems
