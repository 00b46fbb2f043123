"""A rescan skips comparing a device folder's files one by one when the folder is listed
as the last sync that read it whole left it (observasi.sync.listing): whatever a sync
client does to a file (rewritten in place, cut short, put back) is still read again, and
whatever was a problem is reported at every sync."""

from __future__ import annotations

import os
from pathlib import Path

from observasi import files
from observasi.core.instrument import Instrument
from observasi.sync import listed
from observasi.sync.naming import ID_RE, app_dir
from tests.sync.conftest import Device


def _own_files(device: Device) -> list[Path]:
    folder = app_dir(device.shared) / device.store.device_id
    return sorted(p for p in folder.glob("*.json") if ID_RE.fullmatch(p.stem))


def _later(path: Path, seconds: int) -> None:
    """A time a sync client gives a file it wrote (coarse clocks: never the same as before)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + seconds * 1_000_000_000))


def _rel(device: Device, path: Path) -> str:
    return f"observasi/{device.store.device_id}/{path.name}"


def test_a_file_a_sync_client_rewrote_in_place_is_read_again(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    a.new_observation(mini_form)
    a.new_observation(mini_form, teacher="Ahmad Fauzi")
    a.sync()
    first = b.sync()
    assert first.received == 2 and first.problems == []
    again = b.sync()
    assert again.received == 0 and again.problems == []
    assert f"observasi/{a.store.device_id}" in b.store.folder_prints()  # the folder's listing kept
    assert again.listed == first.listed  # the files it skips comparing are still counted

    target = _own_files(a)[0]
    original = target.read_bytes()
    # Rewritten in place with the same size (a client writing over it): only the time says so.
    middle = len(original) // 2
    target.write_bytes(
        original[:middle] + (b"0" if original[middle : middle + 1] != b"0" else b"1") + original[middle + 1 :]
    )
    _later(target, 5)
    report = b.sync()
    assert _rel(a, target) in dict(report.problems)
    assert b.sync().problems == report.problems  # reported again: a folder with a problem is never skipped

    target.write_bytes(original[: len(original) // 3])  # cut short, as a download in progress
    _later(target, 10)
    assert "terpotong" in dict(b.sync().problems)[_rel(a, target)]

    target.write_bytes(original)  # the download finishes
    _later(target, 15)
    report = b.sync()
    assert report.problems == [] and report.received == 0  # its revision was read before
    assert b.sync().problems == []


def test_a_new_file_in_a_known_folder_is_read(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    a.new_observation(mini_form)
    a.sync()
    b.sync()
    assert b.sync().received == 0
    a.new_observation(mini_form, teacher="Ahmad Fauzi")
    a.sync()
    report = b.sync()
    assert report.received == 1 and report.problems == []
    assert b.store.count_observations() == 2


def test_a_stranger_folder_is_reported_at_every_sync(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    a.new_observation(mini_form)
    a.sync()
    stranger = app_dir(a.shared) / "0123456789abcdef"
    stranger.mkdir()
    (stranger / _own_files(a)[0].name).write_bytes(_own_files(a)[0].read_bytes())
    for _ in range(3):
        assert "observasi/0123456789abcdef" in dict(b.sync().problems)


def test_a_file_written_during_a_sync_is_in_the_next_look(tmp_path: Path) -> None:
    folder = tmp_path / "device"
    folder.mkdir()
    (folder / "member-aa.json").write_bytes(b"{}")
    with listed.one_listing_each():
        assert listed.starting(folder, "member-") == ["member-aa.json"]
        assert files.write_new(folder / "member-bb.json", b"{}")  # as approving a laptop does
        assert sorted(listed.starting(folder, "member-")) == ["member-aa.json", "member-bb.json"]
        names = listed.names(folder)
        (folder / "member-cc.json").write_bytes(b"{}")  # another program: seen by the next sync
        assert listed.names(folder) is names
    assert sorted(listed.starting(folder, "member-")) == ["member-aa.json", "member-bb.json", "member-cc.json"]


def test_a_teacher_edited_here_travels_at_the_next_sync(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    a.new_observation(mini_form)
    a.sync()
    b.sync()
    assert a.sync().problems == [] and b.sync().problems == []
    (teacher,) = a.store.list_teachers()
    a.store.save_teacher(teacher.model_copy(update={"name": "Siti Aminah Lubis"}))
    a.sync()
    b.sync()
    assert [t.name for t in b.store.list_teachers()] == ["Siti Aminah Lubis"]


def test_a_sync_that_finds_nothing_new_writes_only_its_log_line(devices, mini_form: Instrument) -> None:
    a, b, _ = devices
    a.new_observation(mini_form)
    a.sync()
    b.sync()
    b.sync()
    before = b.store.conn.total_changes
    assert b.sync().received == 0
    assert b.store.conn.total_changes - before == 1  # the sync log's line; no laptop name written again
