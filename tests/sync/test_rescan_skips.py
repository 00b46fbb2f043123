"""A rescan that finds nothing new does not verify the school's certificates or open the
laptops' names again -- but a certificate, key or name file that came, went or was
rewritten (a sync client replacing it in place) is read and verified again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.core.programme import Programme, ScheduleRow
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.sync import devices, enrollment, envelope, laptop_names
from observasi.sync.naming import device_dir
from observasi.sync.school_keys import load_school
from observasi.sync.service import sync
from tests.privacy.enrolled import join


def _school(tmp_path: Path) -> tuple[Path, AppContext, AppContext, AppContext]:
    """A founds the school in the folder, B and C join it; each has synced since."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b, c = (AppContext(Settings(data_dir=tmp_path / name)) for name in "ABC")
    sync(a, shared)
    join(a, b, shared)
    join(a, c, shared)
    for laptop in (a, b, c, b):
        assert sync(laptop, shared).problems == []
    return shared, a, b, c


def _rewrite_in_place(path: Path, data: bytes) -> None:
    """What a sync client does when a colleague's copy differs: same name, new content,
    a new modification time (the size may well be the same)."""
    stamp = path.stat().st_mtime_ns
    path.write_bytes(data)
    os.utime(path, ns=(stamp + 1_000_000, stamp + 1_000_000))


def _forged(data: bytes) -> bytes:
    """*data* with one character of its signature changed: the same size, not genuine."""
    at = data.index(b'"signature":"') + len('"signature":"') + 10
    return data[:at] + (b"A" if data[at : at + 1] != b"A" else b"B") + data[at + 1 :]


def test_a_rescan_verifies_no_certificate_again_while_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared, a, b, c = _school(tmp_path)
    members = set(devices.prepare(b, shared).members)
    assert members == {a.store.device_id, b.store.device_id, c.store.device_id}

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("a signed file was read although nothing changed")

    names = b.store.laptop_names()
    monkeypatch.setattr(enrollment, "read_signed", no_reading)
    again = sync(b, shared)
    assert again.problems == [] and again.received == 0
    assert set(devices.prepare(b, shared).members) == members
    assert b.store.laptop_names() == names


def test_a_member_certificate_rewritten_in_place_is_verified_again(tmp_path: Path) -> None:
    shared, a, b, c = _school(tmp_path)
    certificate = device_dir(shared, a.store.device_id) / enrollment.member_file_name(c.store.device_id)
    _rewrite_in_place(certificate, _forged(certificate.read_bytes()))

    sync(b, shared)
    # The devices B's screen lists: C is no member any more (its certificate is not genuine).
    assert {m.device for m in devices.device_list(b).members} == {a.store.device_id, b.store.device_id}


def test_a_removal_and_the_new_school_key_are_taken_at_the_next_rescan(tmp_path: Path) -> None:
    shared, a, b, c = _school(tmp_path)
    before = load_school(b.store.data_dir)
    assert before is not None
    devices.remove(a, c.store.device_id[:8])  # a removal notice and a new school key, for B too
    sync(a, shared)

    sync(b, shared)
    after = load_school(b.store.data_dir)
    assert after is not None and after.current != before.current and after.current in after.keys
    assert c.store.device_id not in devices.prepare(b, shared).members


def test_laptop_names_are_read_again_when_a_name_file_was_rewritten(tmp_path: Path) -> None:
    shared, a, b, c = _school(tmp_path)
    a.update_settings(laptop_name="Laptop Kepala Sekolah")
    sync(a, shared)
    sync(b, shared)
    seen = b.store.get_setting("sync.laptop_names_seen")
    sync(b, shared)
    assert b.store.get_setting("sync.laptop_names_seen") == seen  # nothing new: no name opened
    assert b.store.laptop_names()[a.store.device_id] == "Laptop Kepala Sekolah"

    # A's newest name file replaced in place by a genuine one of the same number (what a sync
    # client leaves when two copies of A's folder met): same name, new content and time.
    folder = device_dir(shared, a.store.device_id)
    newest = sorted(n for n in os.listdir(folder) if laptop_names.NAME_FILE.fullmatch(n))[-1]
    os.replace(folder / newest, tmp_path / newest)
    keys = envelope.keyring(a.store, shared, devices.prepare(a, shared))
    laptop_names._write(keys, int(newest[5:11]), "Laptop Lab Komputer")
    sync(b, shared)
    assert b.store.laptop_names()[a.store.device_id] == "Laptop Lab Komputer"


def test_a_sync_that_finds_nothing_new_writes_only_its_log_line(tmp_path: Path) -> None:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = (AppContext(Settings(data_dir=tmp_path / name)) for name in "AB")
    fill_demo(a.store, a.catalog)
    a.store.save_programme(Programme(semester="2026-1", schedule=[ScheduleRow(teacher_id="t1", teacher_name="Ani")]))
    sync(a, shared)
    join(a, b, shared)
    for laptop in (a, b, a, b, a):
        sync(laptop, shared)
    assert a.store.programmes() and [p for p in os.listdir(device_dir(shared, a.store.device_id)) if "programme" in p]

    for laptop in (a, b):
        conn = laptop.store.conn
        before, logged = conn.total_changes, len(conn.execute("select id from sync_log").fetchall())
        report = sync(laptop, shared)
        assert (report.sent, report.received, report.problems) == (0, 0, [])
        assert len(conn.execute("select id from sync_log").fetchall()) == logged + 1
        assert conn.total_changes - before == 1  # the log row, nothing else


def test_a_certificate_not_readable_for_a_moment_is_read_again_at_the_next_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a sync client or an antivirus holds a file open for a moment: stat works,
    reading fails. That sync cannot see the colleague as a member; the next ones must (the
    review: the skip remembered the failed read, and B refused C's work for weeks as "a new
    laptop asking to join")."""
    shared, a, b, c = _school(tmp_path)
    colleague = c.store.device_id
    d = AppContext(Settings(data_dir=tmp_path / "D"))
    sync(d, shared)  # the folder changes: D asks to join
    certificate = device_dir(shared, a.store.device_id) / enrollment.member_file_name(colleague)
    real = Path.read_bytes

    def locked(path: Path) -> bytes:
        if path == certificate:
            raise PermissionError(32, "The process cannot access the file because it is being used")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", locked)
    assert colleague not in devices.prepare(b, shared).members  # that sync could not read it
    monkeypatch.setattr(Path, "read_bytes", real)  # the lock is gone; nothing else changes
    sync(b, shared)
    assert colleague in devices.prepare(b, shared).members
    fill_demo(c.store, c.catalog)
    assert sync(c, shared).problems == []
    received = sync(b, shared)
    assert received.received > 0 and received.problems == []
