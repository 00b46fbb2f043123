"""Files a person or a sync client sees: names Windows accepts, writes that survive a
sharing violation, and a shared folder that is never overwritten."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observasi import files
from observasi.errors import UserError
from observasi.sync.naming import is_clutter

# -- what Windows refuses, written out independently of observasi.files ----------------------

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in "123456789¹²³"
}


def windows_accepts(name: str) -> bool:
    return (
        bool(name)
        and not (set(name) & WINDOWS_FORBIDDEN)
        and not name.endswith((".", " "))
        and name.split(".")[0].rstrip(" ").upper() not in WINDOWS_DEVICES
        and len(name.encode("utf-16-le")) // 2 <= 255
    )


@pytest.mark.parametrize(
    ("given_name", "expected"),
    [
        ('Dr. A: "B"/C?.', "Dr. A_ _B_C_"),
        ("Siti Aminah, S.Pd. ", "Siti Aminah, S.Pd"),
        ("CON", "CON_"),
        ("nul.txt", "nul_.txt"),
        ("com1", "com1_"),
        ("LPT²", "LPT²_"),
        ("Con Artist", "Con Artist"),
        ("...hidden", "hidden"),
        ("~$rekap", "$rekap"),  # "~$" starts an Office lock file, which sync clients skip
        ("a\tb\nc", "a_b_c"),
        ("tugas\u202efdp.exe", "tugas_fdp.exe"),
    ],
)
def test_names_windows_refuses_become_valid(given_name: str, expected: str) -> None:
    name = files.safe_file_name(given_name)
    assert name == expected
    assert windows_accepts(name)


def test_non_latin_names_are_kept() -> None:
    for name in ("Nguyễn Thị Lan", "Şükrü Abdullah Al-Qur'ān", "محمد عبد الله", "Ирина"):
        assert files.safe_file_name(name) == name
    # macOS hands out decomposed letters; the name is the same either way.
    assert files.safe_file_name("Nguye\u0302\u0303n") == "Nguyễn"


def test_names_are_bounded_without_cutting_a_letter_in_half() -> None:
    long_latin = "Dra. Hj. " + "Sri Wahyuningsih " * 10
    assert len(files.safe_file_name(long_latin)) <= files.MAX_NAME_CHARS
    arabic = "محمد عبد الله " * 20
    name = files.safe_file_name(arabic)
    assert len(name.encode("utf-8")) <= files.MAX_NAME_BYTES and windows_accepts(name)
    # ā with two marks below: NFC composes the macron, the marks below stay separate.
    cut_inside_a_letter = "x" * 78 + "a\u0304\u0331\u0331"
    assert files.safe_file_name(cut_inside_a_letter) == "x" * 78


def test_an_empty_name_gets_the_fallback() -> None:
    assert files.safe_file_name("...") == "observasi"
    assert files.safe_file_name(" . ", fallback="guru") == "guru"


@given(st.text(max_size=300))
def test_any_text_gives_a_name_windows_and_this_system_accept(text: str) -> None:
    name = files.safe_file_name(text)
    assert windows_accepts(name), repr(name)
    assert len(name.encode("utf-8")) <= files.MAX_NAME_BYTES + 1
    assert files.safe_file_name(name) == name  # stable: a name made once is kept


def test_a_name_from_any_roster_can_be_created_here(tmp_path: Path) -> None:
    for teacher in ('Dr. A: "B"/C?.', "CON", "محمد عبد الله", "x" * 400, "é" * 300):
        target = tmp_path / f"{files.safe_file_name(teacher)}-2026-12-02-b6f92098.pdf"
        files.write_bytes(target, b"%PDF")
        assert target.read_bytes() == b"%PDF"


# -- atomic writes -------------------------------------------------------------------------------


def test_the_temp_file_sits_beside_the_target_under_a_name_sync_clients_skip(tmp_path: Path) -> None:
    seen: list[Path] = []

    def produce(temp: Path) -> None:
        seen.append(temp)
        temp.write_text("isi", encoding="utf-8")

    target = tmp_path / "lembar" / "a.pdf"
    assert files.write_atomic(target, produce) == target
    assert target.read_text(encoding="utf-8") == "isi"
    (temp,) = seen
    assert temp.parent == target.parent and is_clutter(temp.name) and not temp.exists()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "rekap.csv"
    target.write_text("lama", encoding="utf-8")

    def broken(temp: Path) -> None:
        temp.write_text("setengah", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError, match="tidak dapat ditulis"):
        files.write_atomic(target, broken)
    assert target.read_text(encoding="utf-8") == "lama"
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.csv"]


def test_a_folder_that_cannot_be_made_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "lembar"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(UserError) as err:
        files.write_bytes(blocker / "a.pdf", b"%PDF")
    assert str(blocker / "a.pdf") in err.value.message and "\n" not in err.value.message


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_private_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    key = files.write_bytes(tmp_path / "keys" / "observer.p12", b"secret", private=True)
    assert key.stat().st_mode & 0o777 == 0o600
    assert files.write_new(tmp_path / "keys" / "device.pem", b"secret", private=True)
    assert (tmp_path / "keys" / "device.pem").stat().st_mode & 0o777 == 0o600


def _sharing_violation() -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used")
    exc.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION, as Windows reports it
    return exc


@pytest.fixture
def no_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.0,) * len(files.RETRY_DELAYS))


def test_a_passing_sharing_violation_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_pauses: None
) -> None:
    real_replace = os.replace
    attempts: list[str] = []

    def held_twice(src: str | Path, dst: str | Path) -> None:
        attempts.append(str(dst))
        if len(attempts) <= 2:  # an antivirus scan holds the file for a moment
            raise _sharing_violation()
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", held_twice)
    target = tmp_path / "rekap.xlsx"
    target.write_bytes(b"old")
    files.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(attempts) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.xlsx"]


def test_a_file_held_open_says_so_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_pauses: None
) -> None:
    def always_held(src: str | Path, dst: str | Path) -> None:
        raise _sharing_violation()

    monkeypatch.setattr(files.os, "replace", always_held)
    target = tmp_path / "rekap.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(UserError, match="sedang dibuka program lain"):
        files.write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.xlsx"]


def test_retry_gives_up_after_the_last_delay() -> None:
    pauses: list[float] = []
    calls = 0

    def held() -> None:
        nonlocal calls
        calls += 1
        raise _sharing_violation()

    with pytest.raises(PermissionError):
        files.retry_on_sharing_error(held, sleep=pauses.append)
    assert calls == len(files.RETRY_DELAYS) + 1 and pauses == list(files.RETRY_DELAYS)


# -- create-only writes (the shared folder) -------------------------------------------------------


def test_create_only_writes_a_new_file_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "observasi" / "0123456789abcdef" / ("a" * 32 + ".json")
    assert files.write_new(target, b"first") is True
    assert files.write_new(target, b"second") is False
    assert target.read_bytes() == b"first"
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_create_only_loses_to_a_file_that_appears_while_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rev.json"
    real_prepared = files._prepared

    def and_meanwhile(path: Path, produce, *, private: bool) -> Path:
        temp = real_prepared(path, produce, private=private)
        path.write_bytes(b"the other writer")  # appears between the check and the rename
        return temp

    monkeypatch.setattr(files, "_prepared", and_meanwhile)
    assert files.write_new(target, b"ours") is False
    assert target.read_bytes() == b"the other writer"
    assert [p.name for p in tmp_path.iterdir()] == ["rev.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="the hard-link path is the POSIX one")
def test_create_only_works_where_hard_links_do_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(src: str | Path, dst: str | Path) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # a FAT stick, an SMB share

    monkeypatch.setattr(files.os, "link", no_links)
    target = tmp_path / "rev.json"
    assert files.write_new(target, b"first") is True
    assert files.write_new(target, b"second") is False
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["rev.json"]


def test_create_only_on_windows_renames_once_and_retries_a_held_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_pauses: None
) -> None:
    real_rename = os.rename
    attempts = 0

    def windows_rename(src: str | Path, dst: str | Path) -> None:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise _sharing_violation()
        if Path(dst).exists():  # Windows' rename never replaces a file
            raise FileExistsError(errno.EEXIST, "Cannot create a file when that file already exists")
        real_rename(src, dst)

    monkeypatch.setattr(files, "RENAME_REFUSES_EXISTING", True)
    monkeypatch.setattr(files.os, "rename", windows_rename)
    first = tmp_path / "first.json"
    assert files.write_new(first, b"ours") is True and attempts == 2
    assert first.read_bytes() == b"ours"

    real_prepared = files._prepared

    def and_meanwhile(path: Path, produce, *, private: bool) -> Path:
        temp = real_prepared(path, produce, private=private)
        path.write_bytes(b"the other writer")
        return temp

    monkeypatch.setattr(files, "_prepared", and_meanwhile)
    second = tmp_path / "second.json"
    assert files.write_new(second, b"ours") is False
    assert second.read_bytes() == b"the other writer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.json", "second.json"]


def test_remove_retries_a_held_file_and_says_when_it_stays_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_pauses: None
) -> None:
    real_unlink = os.unlink
    held = {"times": 1}

    def viewer_closes_soon(path: str | Path, *args: object, **kwargs: object) -> None:
        if held["times"]:
            held["times"] -= 1
            raise _sharing_violation()
        real_unlink(path)

    monkeypatch.setattr(files.os, "unlink", viewer_closes_soon)
    sheet = tmp_path / "a.pdf"
    sheet.write_bytes(b"%PDF")
    files.remove(sheet)
    assert not sheet.exists()
    files.remove(sheet)  # already gone is fine

    held["times"] = 100
    sheet.write_bytes(b"%PDF")
    with pytest.raises(UserError, match="sedang dibuka program lain"):
        files.remove(sheet)
    assert sheet.exists()
