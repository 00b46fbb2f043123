"""A sync that finds nothing new pays as little as it can above listing the folder: it
reads the settings in one query, and does not wait for the disk to sync its log line --
while a sync that wrote anything keeps its line as durable as its work, every setting
written during a sync is read back as written, and later writes stay durable."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.store.store import Store
from observasi.sync import listed
from observasi.sync.naming import device_dir
from observasi.sync.service import status, sync
from observasi.sync.transport import Columns
from tests.privacy.enrolled import join
from tests.privacy.test_final_records import _a_final, _later_than_its_history


def _school(tmp_path: Path) -> tuple[Path, AppContext, AppContext]:
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = (AppContext(Settings(data_dir=tmp_path / name)) for name in "AB")
    sync(a, shared)
    join(a, b, shared)
    for laptop in (a, b, a, b):
        assert sync(laptop, shared).problems == []
    return shared, a, b


def test_a_sync_that_finds_nothing_new_reads_the_settings_once(tmp_path: Path) -> None:
    shared, a, b = _school(tmp_path)
    statements: list[str] = []
    b.store.conn.set_trace_callback(statements.append)
    try:
        report = sync(b, shared)
    finally:
        b.store.conn.set_trace_callback(None)
    assert (report.received, report.problems) == (0, [])
    one_by_one = [s for s in statements if "from settings where key = " in " ".join(s.split())]
    assert one_by_one == []  # 17 of them before: one query per setting
    assert len([s for s in statements if "from settings" in s]) <= 2  # the read, and the school files' digest


def test_a_setting_written_while_they_are_read_once_is_read_as_written(tmp_path: Path) -> None:
    store = Store(tmp_path / "data")
    store.set_setting("laptop_labels", {"a": "Laptop TU"})
    long_text = "x" * 10_000  # longer than what is held: read when asked for
    store.set_setting("travel.bases", {"t1": long_text})
    with store.settings_read_once():
        assert store.get_setting("laptop_labels") == {"a": "Laptop TU"}
        assert store.get_setting("travel.bases") == {"t1": long_text}
        assert store.get_setting("never.set", "default") == "default"
        store.set_setting("laptop_labels", {"a": "Laptop Kepala Sekolah"})
        assert store.get_setting("laptop_labels") == {"a": "Laptop Kepala Sekolah"}
        store.set_setting("never.set", 3)
        assert store.get_setting("never.set", "default") == 3
        # A write rolled back is never served.
        with pytest.raises(RuntimeError), store.transaction():
            store.set_setting("laptop_labels", {"a": "rolled back"})
            raise RuntimeError("the step failed")
        assert store.get_setting("laptop_labels") == {"a": "Laptop Kepala Sekolah"}
    assert store.get_setting("laptop_labels") == {"a": "Laptop Kepala Sekolah"}
    store.close()


def test_a_setting_another_thread_or_program_writes_during_a_sync_is_read_as_written(tmp_path: Path) -> None:
    """The sync reads the settings once on its thread; the screens' thread (a form hidden
    while a sync runs) or another program may write one meanwhile. Served from what was
    read, the sync wrote the form back as shown (review)."""
    import threading

    store = Store(tmp_path / "data")
    store.set_setting("forms.declined", ["a"])
    with store.settings_read_once():
        assert store.get_setting("forms.declined") == ["a"]
        screens = threading.Thread(target=store.set_setting, args=("forms.declined", ["a", "b"]))
        screens.start()
        screens.join()
        assert store.get_setting("forms.declined") == ["a", "b"]
        other = sqlite3.connect(store.path)
        with other:
            other.execute("update settings set value = ? where key = 'forms.declined'", ['["c"]'])
        other.close()
        assert store.get_setting("forms.declined") == ["c"]
    store.close()


def test_a_setting_another_program_changed_between_syncs_is_read_by_the_next(tmp_path: Path) -> None:
    shared, a, b = _school(tmp_path)
    other = sqlite3.connect(b.store.path)
    with other:
        other.execute("update settings set value = '[]' where key = 'join_requests_seen'")
        other.execute("insert or replace into settings (key, value) values ('join_waiting_code', '\"123 456\"')")
    other.close()
    sync(b, shared)  # a member: the code it waited with is cleared again, read from the table
    assert b.store.get_setting("join_waiting_code") is None


_STRACED = """
import os, sys
from pathlib import Path
from observasi.context import AppContext
from observasi.settings import Settings
from observasi.sync.service import sync
context = AppContext(Settings(data_dir=Path(sys.argv[1])))
# A laptop's app holds its database open: the WAL is there already (the first write after
# the last connection closed makes it, and syncs its header and the folder once).
context.store.set_setting("test.opened", os.urandom(8).hex())
os.getppid()  # the marks the trace is cut at
report = sync(context, Path(sys.argv[2]))
os.getppid()
print(report.received)
"""


def _syncs_to_disk(tmp_path: Path, data_dir: Path, shared: Path) -> tuple[int, int]:
    """(fsync and fdatasync calls, revisions received) of one sync run in a program of
    its own under strace, counted from the sync's start to its end."""
    trace = tmp_path / f"trace-{len(list(tmp_path.glob('trace-*')))}"
    done = subprocess.run(
        ["strace", "-f", "-e", "trace=fsync,fdatasync,getppid", "-o", str(trace)]
        + [sys.executable, "-c", _STRACED, str(data_dir), str(shared)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = trace.read_text().splitlines()
    marks = [i for i, line in enumerate(lines) if "getppid(" in line]
    during = lines[marks[-2] : marks[-1]]
    return sum(1 for line in during if "fsync(" in line or "fdatasync(" in line), int(done.stdout.split()[-1])


@pytest.mark.skipif(shutil.which("strace") is None, reason="counts the disk syncs with strace")
def test_a_sync_that_finds_nothing_new_does_not_wait_for_the_disk_and_one_that_receives_does(
    tmp_path: Path,
) -> None:
    shared, a, b = _school(tmp_path)
    logged = len(b.store.query("select id from sync_log"))
    b.store.close()
    synced, received = _syncs_to_disk(tmp_path, b.store.data_dir, shared)
    assert (synced, received) == (0, 0)  # nothing new: the log line is not synced to the disk
    again = Store(b.store.data_dir)  # ... and yet recorded: "Sinkron terakhir" is that sync
    assert len(again.query("select id from sync_log")) == logged + 1
    again.close()

    fill_demo(a.store, a.catalog)
    sync(a, shared)
    synced, received = _syncs_to_disk(tmp_path, b.store.data_dir, shared)
    assert received > 0 and synced > 0  # what it received, and its log line, are on the disk


def test_after_a_sync_that_found_nothing_new_every_commit_is_durable_again(tmp_path: Path) -> None:
    shared, a, b = _school(tmp_path)
    before = b.store.conn.total_changes
    sync(b, shared)
    assert b.store.conn.total_changes == before + 1  # only its log line: written without a disk sync
    (at,) = b.store.conn.execute("select at from sync_log order by id desc limit 1").fetchone()
    assert status(b).last_sync == at  # the header's "Sinkron terakhir" is the line recorded
    assert b.store.conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL: a keystroke is synced


_LOOK_AT_EVERY_RECORD = "from observations o where (o.version != o.revised_version"


def test_a_record_edited_by_another_program_between_two_syncs_is_still_caught(tmp_path: Path) -> None:
    """The look for records edited since their last revision is not made again while the
    database is as it was -- and a program editing the file behind observasi's back is a
    change the next sync sees."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    a = AppContext(Settings(data_dir=tmp_path / "A"))
    fill_demo(a.store, a.catalog)
    for _ in range(3):  # the last one finds nothing new and writes nothing but its log line
        sync(a, shared)
    statements: list[str] = []
    a.store.conn.set_trace_callback(statements.append)
    try:
        assert sync(a, shared).problems == []
    finally:
        a.store.conn.set_trace_callback(None)
    assert not [s for s in statements if _LOOK_AT_EVERY_RECORD in " ".join(s.split())]

    obs_id, name = _a_final(a.store)
    other = sqlite3.connect(a.store.path)  # another program: a database browser, a script
    with other:
        other.execute(
            "update observations set teacher = json_set(teacher, '$.name', 'Orang Lain') where id = ?", [obs_id]
        )
        other.execute(
            "update observations set updated_at = ? where id = ?", [_later_than_its_history(a.store, obs_id), obs_id]
        )
    other.close()
    report = sync(a, shared)
    assert report.sent == 0
    mine = [reason for where, reason in report.problems if name in where]
    assert mine and "di luar observasi" in mine[0], report.problems


def test_a_rescan_that_finds_the_folders_as_they_were_works_out_nothing_from_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The digests of the certificate, roster and name files of each folder are worked out
    once per listing of it; a folder listed differently (a file rewritten in place) is
    worked out again -- and its certificate verified again (tests/sync/test_rescan_skips.py)."""
    shared, a, b = _school(tmp_path)
    sync(b, shared)
    looks: list[Path] = []
    real = listed.stats

    def counted(folder: Path, prefixes: Sequence[str]) -> Columns:
        looks.append(folder)
        return real(folder, prefixes)

    monkeypatch.setattr(listed, "stats", counted)
    assert sync(b, shared).problems == []
    assert looks == []  # 9 before: the member, key, roster and name files of each of 3 folders

    name_file = next(p for p in device_dir(shared, a.store.device_id).iterdir() if p.name.startswith("name-"))
    stamp = name_file.stat().st_mtime_ns + 1_000_000
    os.utime(name_file, ns=(stamp, stamp))  # a sync client touched it: its folder is listed differently
    sync(b, shared)
    assert set(looks) == {device_dir(shared, a.store.device_id)}
