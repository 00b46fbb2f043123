"""What stays on this laptop: owner-only files, a forget that leaves no trace in the
database or its WAL (even with the app open), a passphrase a guesser cannot exhaust, and an
error log without names."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from observasi import paths, privacy
from observasi.context import AppContext
from observasi.demo import fill_demo
from observasi.errors import UserError
from observasi.settings import Settings
from observasi.store.models import Teacher
from observasi.store.store import Store

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows relies on the profile's ACL")


@pytest.fixture
def demo(tmp_path: Path) -> AppContext:
    context = AppContext(Settings(data_dir=tmp_path / "demo"))
    fill_demo(context.store, context.catalog)
    return context


def _teacher_with_numbers(store: Store) -> Teacher:
    for teacher in store.list_teachers():
        if teacher.nip and teacher.nuptk and store.list_observations(teacher_id=teacher.id):
            return teacher
    for teacher in store.list_teachers():
        if (teacher.nip or teacher.nuptk) and store.list_observations(teacher_id=teacher.id):
            return teacher
    raise AssertionError("the demo has no teacher with an id number and observations")


def _traces(data_dir: Path, needles: list[str]) -> dict[str, list[str]]:
    """Which of *needles* (as UTF-8 bytes) each database file holds."""
    found: dict[str, list[str]] = {}
    db = paths.database(data_dir)
    for path in (db, db.with_name(db.name + "-wal")):
        data = path.read_bytes() if path.exists() else b""
        hits = [n for n in needles if n.encode("utf-8") in data]
        if hits:
            found[path.name] = hits
    return found


@posix_only
def test_database_wal_and_keys_are_owner_only(demo: AppContext) -> None:
    from observasi.sync import device_key

    data_dir = demo.settings.data_dir
    device_key.load_or_create(data_dir)
    db = paths.database(data_dir)
    for path in (db, db.with_name(db.name + "-wal"), paths.device_key(data_dir)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(paths.keys_dir(data_dir).stat().st_mode) == 0o700


@posix_only
def test_an_older_world_readable_database_is_made_owner_only_when_opened(tmp_path: Path) -> None:
    Store(tmp_path / "d").close()
    db = paths.database(tmp_path / "d")
    db.chmod(0o644)
    Store(tmp_path / "d").close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_secure_delete_is_on(demo: AppContext) -> None:
    (row,) = demo.store.conn.execute("pragma secure_delete").fetchall()
    assert row == (1,)


def test_forget_leaves_no_name_or_number_in_the_database_or_wal_while_the_app_is_open(demo: AppContext) -> None:
    store = demo.store
    data_dir = demo.settings.data_dir
    teacher = _teacher_with_numbers(store)
    needles = [teacher.name, *(n for n in (teacher.nip, teacher.nuptk) if n)]
    # The app, open on the same database in another window, idle on its home screen.
    app = Store(data_dir)
    try:
        assert app.get_teacher(teacher.id) is not None
        assert _traces(data_dir, needles)  # the test can see them before
        privacy.forget_teacher(store, teacher)
        assert _traces(data_dir, needles) == {}
        assert app.get_teacher(teacher.id) is None
    finally:
        app.close()


def test_forget_removes_the_recaps_the_program_wrote_and_says_so_first(demo: AppContext) -> None:
    store = demo.store
    data_dir = demo.settings.data_dir
    recaps = paths.recaps_dir(data_dir)
    recaps.mkdir()
    written = [recaps / "rekap-2026-1.xlsx", recaps / "rekap-2026-1.csv"]
    for path in written:
        path.write_bytes(b"x")
    mine = recaps / "catatan saya.txt"  # not written by observasi: left alone
    mine.write_text("x", encoding="utf-8")
    teacher = _teacher_with_numbers(store)
    plan = privacy.forget_plan(store, teacher)
    assert any("2 berkas rekap" in line for line in privacy.plan_lines(plan, data_dir))
    done = privacy.forget_teacher(store, teacher)
    assert done.recaps_removed == 2 and not any(p.exists() for p in written) and mine.exists()
    assert any("2 berkas rekap dihapus" in line for line in privacy.done_lines(teacher, done, data_dir))


def test_a_short_passphrase_is_refused_with_the_reason(demo: AppContext) -> None:
    from observasi.signing.keys import create_key

    with pytest.raises(UserError, match="minimal 12 karakter"):
        create_key(demo, "rahasia-123")


def test_the_key_file_is_stretched_with_argon2id_and_older_pkcs12_keys_still_load(demo: AppContext) -> None:
    import json

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from observasi.signing import keys

    passphrase = "kopi pagi ruang guru"
    keys.create_key(demo, passphrase)
    path = paths.observer_key(demo.settings.data_dir)
    envelope = json.loads(path.read_bytes())
    assert envelope["kdf"]["name"] == "argon2id" and envelope["kdf"]["memory_kib"] >= 64 * 1024
    key, cert = keys.load_key(demo, passphrase)
    with pytest.raises(UserError):
        keys.load_key(demo, passphrase + "!")
    # A key made by an earlier version: PKCS#12 under the passphrase itself.
    old = pkcs12.serialize_key_and_certificates(
        b"old", key, cert, None, serialization.BestAvailableEncryption(b"sandi lama 6")
    )
    path.write_bytes(old)
    loaded, _ = keys.load_key(demo, "sandi lama 6")
    assert loaded.private_numbers() == key.private_numbers()


def test_the_error_log_holds_no_name_or_number_and_is_owner_only(demo: AppContext) -> None:
    store = demo.store
    teacher = _teacher_with_numbers(store)
    try:
        raise ValueError(f"could not draw the sheet of {teacher.name} ({teacher.nip}, NIK 3201234567890123)")
    except ValueError as exc:
        privacy.log_error(demo, exc)
    log = paths.error_log(demo.settings.data_dir)
    text = log.read_text(encoding="utf-8")
    assert "ValueError" in text and "could not draw the sheet of [nama]" in text
    assert teacher.name not in text and teacher.nip not in text and "3201234567890123" not in text
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
