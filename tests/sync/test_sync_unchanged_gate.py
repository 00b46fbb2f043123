"""A sync that finds every input as the last complete, problem-free sync left it skips the
exchange (observasi.sync.unchanged) and says what a whole no-op sync says -- and anything
that changed, a sync that stopped or had a problem, a new programme, makes it whole again.

"Exchanged" is observed by the SQL the sync ran: every exchange reads the folder digests
it kept (``sync_folder_prints``); the gate does not."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

import observasi
from observasi import paths, privacy
from observasi.context import AppContext
from observasi.core import changes as ch
from observasi.demo import fill_demo
from observasi.settings import Settings
from observasi.store.schema import NOT_WATCHED, watch_writes
from observasi.sync import devices, form_offers, service, unchanged
from observasi.sync.naming import device_dir
from observasi.sync.service import SyncReport, sync
from tests.conftest import edit
from tests.privacy.enrolled import join


def _school(tmp_path: Path) -> tuple[Path, AppContext, AppContext]:
    """A founds the school (with the demo's records), B joins; both have synced since."""
    shared = tmp_path / "Drive"
    shared.mkdir()
    a, b = (AppContext(Settings(data_dir=tmp_path / name)) for name in "AB")
    fill_demo(a.store, a.catalog)
    sync(a, shared)
    join(a, b, shared)
    for laptop in (a, b, a, b):
        assert sync(laptop, shared).problems == []
    return shared, a, b


def _open_record(laptop: AppContext) -> str:
    """A record of *laptop* not final yet (one the person may still edit)."""
    return str(laptop.store.conn.execute("select id from observations where status = 'draft' limit 1").fetchone()[0])


def _sync(laptop: AppContext, shared: Path) -> tuple[SyncReport, bool]:
    """The report of one sync, and whether it ran the exchange."""
    statements: list[str] = []
    laptop.store.conn.set_trace_callback(statements.append)
    try:
        report = sync(laptop, shared)
    finally:
        laptop.store.conn.set_trace_callback(None)
    return report, any("sync_folder_prints" in s for s in statements)


def _settled(laptop: AppContext, shared: Path) -> SyncReport:
    """Syncs until one takes the gate (the sync before it found nothing new and wrote
    nothing: after a forget arrives, a laptop may still send what it erased, then find its
    own files new); that sync's report."""
    for _ in range(5):
        report, exchanged = _sync(laptop, shared)
        if not exchanged:
            return report
    raise AssertionError("a sync that found everything as it was ran the whole exchange")


def _exchanges(laptop: AppContext, shared: Path) -> SyncReport:
    report, exchanged = _sync(laptop, shared)
    assert exchanged, "the sync skipped the exchange although an input changed"
    return report


def test_a_rescan_that_finds_everything_as_it_was_skips_the_exchange_and_says_the_same(tmp_path: Path) -> None:
    shared, a, b = _school(tmp_path)
    b.store.forget_unchanged()  # what a sync does before it runs the whole exchange
    whole, exchanged = _sync(b, shared)
    assert exchanged and (whole.sent, whole.received, whole.problems) == (0, 0, [])
    logged = b.store.conn.execute("select count(*) from sync_log").fetchone()[0]

    statements: list[str] = []
    b.store.conn.set_trace_callback(statements.append)
    gated = sync(b, shared)
    b.store.conn.set_trace_callback(None)
    assert not any("sync_folder_prints" in s or "from revisions" in s for s in statements)
    assert len(statements) < 25  # a whole no-op sync ran about 55
    for field in ("sent", "received", "sent_forms", "received_forms", "conflicts", "problems", "notices"):
        assert getattr(gated, field) == getattr(whole, field), field
    assert gated.listed == whole.listed
    # The header's "Sinkron terakhir" moves as after a whole sync.
    assert b.store.conn.execute("select count(*) from sync_log").fetchone()[0] == logged + 1
    # And again, in a new program (the data folder opened anew).
    again = AppContext(Settings(data_dir=b.settings.data_dir, shared_folder=shared))
    assert not _sync(again, shared)[1]
    again.store.close()


def test_a_file_added_replaced_or_removed_in_a_colleagues_folder_runs_the_exchange(tmp_path: Path) -> None:
    shared, a, b = _school(tmp_path)
    obs_id = _open_record(a)
    _settled(b, shared)

    edit(a.store, obs_id, ch.SetDetails({"topic": "Pecahan senilai"}))
    sync(a, shared)  # a new revision file in A's folder
    assert _exchanges(b, shared).received == 1
    assert b.store.get_observation(obs_id).topic == "Pecahan senilai"

    _settled(b, shared)
    folder = device_dir(shared, a.store.device_id)
    extra = folder / "catatan.txt"  # not observasi's: a problem, but only by looking
    extra.write_text("x")
    assert _exchanges(b, shared).problems
    extra.unlink()
    assert _exchanges(b, shared).problems == []
    _settled(b, shared)
    (folder / "lain").mkdir()  # a folder in a device folder: reported at every sync, never digested
    assert _exchanges(b, shared).problems
    assert _exchanges(b, shared).problems
    (folder / "lain").rmdir()

    _settled(b, shared)
    name_file = next(p for p in folder.iterdir() if p.name.startswith("name-"))
    data = name_file.read_bytes()
    stamp = name_file.stat().st_mtime_ns
    name_file.write_bytes(data[:-1] + b" ")  # rewritten in place: same size, a new time
    _exchanges(b, shared)
    name_file.write_bytes(data)
    os.utime(name_file, ns=(stamp, stamp))
    _exchanges(b, shared)

    _settled(b, shared)
    (shared / "observasi" / "forms").mkdir(exist_ok=True)
    (shared / "observasi" / "forms" / "baru.toml").write_text("# a form offered to everyone\n")
    _exchanges(b, shared)

    _settled(b, shared)
    (shared / "observasi (1)").mkdir()  # a sync client's copy of the whole app folder
    report = _exchanges(b, shared)
    assert any(where == "observasi (1)" for where, _ in report.problems)


def test_a_record_edited_here_or_by_another_program_runs_the_exchange(tmp_path: Path) -> None:
    shared, a, b = _school(tmp_path)
    obs_id = _open_record(a)
    _settled(a, shared)
    edit(a.store, obs_id, ch.SetDetails({"topic": "Di laptop ini"}))
    assert _exchanges(a, shared).sent == 1
    _settled(a, shared)
    edit(a.store, obs_id, ch.Finalise())
    assert _exchanges(a, shared).sent == 1

    _settled(a, shared)
    other = sqlite3.connect(a.store.path)  # another program: a second observasi, a script
    with other:
        other.execute(
            "update observations set topic = 'Dari program lain', version = version + 1 where id = ?", [obs_id]
        )
    other.close()
    report = _exchanges(a, shared)  # a final record changed behind observasi's back: said, not sent
    assert report.sent == 0 and any("di luar observasi" in reason for _, reason in report.problems)


def test_a_setting_or_a_key_file_changed_runs_the_exchange(tmp_path: Path) -> None:
    shared, a, b = _school(tmp_path)
    _settled(b, shared)
    b.update_settings(laptop_name="Laptop Guru Piket")
    _exchanges(b, shared)  # the new name published for colleagues
    sync(a, shared)
    assert a.store.laptop_names()[b.store.device_id] == "Laptop Guru Piket"

    _settled(b, shared)
    other = sqlite3.connect(b.store.path)
    with other:
        changed = other.execute("update settings set value = 'Laptop Lab' where key = 'laptop_name'").rowcount
    other.close()
    assert changed == 1
    _exchanges(b, shared)

    _settled(b, shared)
    school = paths.school_keys(b.store.data_dir)
    data, stamp = school.read_bytes(), school.stat().st_mtime_ns
    school.write_bytes(data)  # the school's keys written again (restored from a backup)
    os.utime(school, ns=(stamp + 1_000_000, stamp + 1_000_000))
    _exchanges(b, shared)

    _settled(b, shared)
    trusted = paths.trusted_certificates_dir(b.store.data_dir)
    trusted.mkdir(parents=True, exist_ok=True)
    (trusted / "rekan-0123456789abcdef.der").write_bytes(b"not a certificate")
    _exchanges(b, shared)


def test_a_sync_with_a_problem_or_stopped_half_way_is_followed_by_a_whole_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared, a, b = _school(tmp_path)
    _settled(b, shared)
    junk = device_dir(shared, a.store.device_id) / f"{'0' * 32}.json"
    junk.write_text("{not json")
    assert _exchanges(b, shared).problems
    junk.unlink()  # the folder is as the last complete sync found it again
    report = _exchanges(b, shared)
    assert report.problems == [] and b.store.sync_problem_count() == 0

    _settled(b, shared)
    junk.write_text("{not json")

    def stopped(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the laptop shut down half-way

    monkeypatch.setattr(form_offers, "keep_received_forms", stopped)
    with pytest.raises(KeyboardInterrupt):
        sync(b, shared)
    monkeypatch.undo()
    junk.unlink()
    _exchanges(b, shared)


def test_a_new_programme_version_runs_the_exchange_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared, a, b = _school(tmp_path)
    _settled(b, shared)
    monkeypatch.setattr(observasi, "__version__", observasi.__version__ + ".1")
    unchanged._programme.cache_clear()
    try:
        _exchanges(b, shared)
        _settled(b, shared)
    finally:
        unchanged._programme.cache_clear()


def test_a_forget_or_a_removal_waiting_to_be_sent_runs_the_exchange(tmp_path: Path) -> None:
    shared, a, b = _school(tmp_path)
    _settled(a, shared)
    teacher = a.store.list_teachers()[0]
    privacy.forget_teacher(a.store, teacher)
    _exchanges(a, shared)
    assert any(n.startswith("forget-") for n in os.listdir(device_dir(shared, a.store.device_id)))

    _settled(a, shared)
    _settled(b, shared)
    devices.remove(a, b.store.device_id[:8])  # a removal notice and a new school key
    _exchanges(a, shared)
    _exchanges(b, shared)


def test_every_table_is_watched_also_one_a_later_migration_makes(tmp_path: Path) -> None:
    laptop = AppContext(Settings(data_dir=tmp_path / "A"))
    db = laptop.store.db
    db.execute("create table later_table (id integer primary key, note text)")
    watch_writes(db)  # what apply_migrations runs after any migration applied
    tables = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'").fetchall()}
    triggers = {r[0] for r in db.execute("select tbl_name from sqlite_master where type = 'trigger'").fetchall()}
    assert "later_table" in triggers and tables - triggers <= NOT_WATCHED
    with laptop.store.transaction() as conn:
        conn.execute("update sync_unchanged set dirty = 0")
    other = sqlite3.connect(laptop.store.path)
    with other:
        other.execute("insert into later_table (note) values ('x')")
    other.close()
    assert db.execute("select dirty from sync_unchanged").fetchone()[0] == 1


@pytest.mark.parametrize("writer", ["another thread", "another program"])
def test_a_change_written_while_a_sync_runs_is_sent_by_a_later_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer: str
) -> None:
    """The principal renames a teacher on the Guru screen (the app's UI thread) or from the
    command line (another program) while a sync exchanges: that sync read the roster before
    the rename, so its digest must not be kept as "everything as it was" -- a later sync
    must send the new name (it said "Tidak ada yang perlu dikirim" for ever)."""
    shared, a, b = _school(tmp_path)
    teacher = b.store.list_teachers()[0]
    b.store.forget_unchanged()  # this sync runs the whole exchange, and may record its digest
    real = service.exchange

    def rename() -> None:
        if writer == "another thread":
            b.store.save_teacher(teacher.model_copy(update={"name": "Nama Baru Guru"}))
            return
        other = AppContext(Settings(data_dir=b.settings.data_dir))
        try:
            other.store.save_teacher(teacher.model_copy(update={"name": "Nama Baru Guru"}))
        finally:
            other.store.close()

    def exchange_while_renamed(context: AppContext, place: object, **options: bool) -> SyncReport:
        report = real(context, place, **options)  # type: ignore[arg-type]  # the real exchange, given what it was given
        if context is b:
            apart = threading.Thread(target=rename)
            apart.start()
            apart.join()
        return report

    monkeypatch.setattr(service, "exchange", exchange_while_renamed)
    sync(b, shared)
    monkeypatch.setattr(service, "exchange", real)

    assert _exchanges(b, shared).sent_school >= 1  # the rename goes out
    sync(a, shared)
    renamed = a.store.get_teacher(teacher.id)
    assert renamed is not None and renamed.name == "Nama Baru Guru"
