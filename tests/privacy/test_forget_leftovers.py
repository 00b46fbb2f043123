"""A sheet write killed before its rename leaves its temp file (a whole PDF of the teacher)
beside the sheets; forgetting the teacher erases it, and never a temp file a running write
is about to rename."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from observasi import files, paths
from observasi.cli.commands import cli
from observasi.context import AppContext
from observasi.settings import Settings
from tests.recap.conftest import MiniSchool

# A real command in another process, killed (SIGKILL: no finally, no cleanup) at the moment
# its complete temp file is about to be renamed into the folder given first.
_KILLED_AT_RENAME = """
import os, signal, sys
from pathlib import Path

rename = os.replace

def killed(src, dst):
    if Path(dst).parent == Path(sys.argv[1]):
        os.kill(os.getpid(), signal.SIGKILL)
    return rename(src, dst)

os.replace = killed
from observasi.cli.commands import cli
cli(sys.argv[2:])
"""


def _run(data_dir: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args], input=input)


def _killed_write(folder: Path, *command: str) -> Path:
    """The temp file *command* left in *folder*, killed before its rename."""
    script = [sys.executable, "-c", _KILLED_AT_RENAME, str(folder), *command]
    done = subprocess.run(script, capture_output=True)
    assert done.returncode == -9, done.stderr.decode()
    (leftover,) = [p for p in folder.iterdir() if p.name.startswith(".~observasi-")]
    return leftover


def _killed_sheet_write(data_dir: Path, obs_id: str) -> Path:
    leftover = _killed_write(paths.sheets_dir(data_dir), "--data-dir", str(data_dir), "sheet", obs_id)
    assert leftover.read_bytes().startswith(b"%PDF")  # the whole sheet, the teacher's name in it
    return leftover


@pytest.mark.skipif(sys.platform == "win32", reason="the write is killed with SIGKILL")
def test_forget_erases_the_temp_file_of_a_sheet_write_killed_before_its_rename(
    school: MiniSchool, data_dir: Path
) -> None:
    his = _run(data_dir, "sheet", school.budi_final.id)
    assert his.exit_code == 0, his.output
    leftover = _killed_sheet_write(data_dir, school.ani_second.id)
    folder = leftover.parent
    # A write running in this process right now (its temp made, not yet renamed) and a
    # file of the user's: neither is the forget's to erase.
    running = files._new_temp(folder, private=False)
    mine = folder / "catatan.tmp"
    mine.write_bytes(b"x")
    before = {p.name for p in folder.iterdir()}

    asked = _run(data_dir, "teachers", "forget", "Ani", input="n\n")
    assert f"1 berkas sementara dari penulisan yang terputus (laptop mati atau program dihentikan) di {folder}" in (
        asked.output
    )
    assert leftover.exists()  # said first, nothing erased on a no

    done = _run(data_dir, "teachers", "forget", "Ani", input="y\n")
    assert done.exit_code == 0, done.output
    assert f"1 berkas sementara dari penulisan yang terputus dihapus dari {folder}." in done.output
    assert {p.name for p in folder.iterdir()} == before - {leftover.name}
    assert running.exists() and mine.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the write is killed with SIGKILL")
def test_forget_erases_the_leftover_of_an_export_killed_in_the_teachers_export_folder(
    school: MiniSchool, data_dir: Path
) -> None:
    """The app exports a teacher's data (and bundles) into ekspor/<teacher>/: the copies
    there are the user's and stay; a killed write's temp file there is no copy, and goes."""
    folder = paths.teacher_export_dir(data_dir, school.ani.name)
    folder.mkdir(parents=True)
    command = ["--data-dir", str(data_dir), "teachers", "export", "Ani", "-o", str(folder)]
    leftover = _killed_write(folder, *command)
    assert b"Ani Lestari" in leftover.read_bytes()  # the export's JSON, whole

    done = _run(data_dir, "teachers", "forget", "Ani", "--yes")
    assert done.exit_code == 0, done.output
    assert f"1 berkas sementara dari penulisan yang terputus dihapus dari {folder}." in done.output
    assert not leftover.exists() and folder.is_dir()


def test_a_temp_file_goes_stale_when_its_process_is_gone_or_after_a_day(tmp_path: Path) -> None:
    ours = files._new_temp(tmp_path, private=False)  # this process: a running write
    gone = subprocess.run(
        [
            sys.executable,
            "-c",
            "from pathlib import Path; from observasi import files; "
            f"print(files._new_temp(Path({str(tmp_path)!r}), private=False))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = Path(gone.stdout.strip())  # its process ended without renaming it
    other_host = tmp_path / ".~observasi-00000000-1-0123456789ab.tmp"  # another laptop, same share
    old_version = tmp_path / ".~observasi-0123456789ab.tmp"  # named before names said whose
    for path in (other_host, old_version):
        path.write_bytes(b"")
    assert files.stale_temps(tmp_path) == [dead]
    a_day_later = time.time() + files.STALE_AFTER_SECONDS + 60
    assert files.stale_temps(tmp_path, now=a_day_later) == sorted([ours, dead, other_host, old_version])
    os.utime(old_version, (0, 0))
    assert old_version in files.stale_temps(tmp_path)


def test_a_temp_name_with_an_impossible_process_id_is_a_leftover_not_a_crash(tmp_path: Path) -> None:
    """review10 L3: a name of this computer's form with a process id beyond any system's
    made the check raise OverflowError, and the forget's plan with it."""
    impossible = tmp_path / f".~observasi-{files._host_tag()}-9999999999-0123456789ab.tmp"
    impossible.write_bytes(b"")
    assert files.stale_temps(tmp_path) == [impossible]


def _dead_write_of(data_dir: Path, folder: Path) -> Path:
    """A temp file a process of the laptop with *data_dir* left in *folder* (it ended without
    renaming it): to another laptop on the network folder, a write it cannot look up."""
    made = subprocess.run(
        [
            sys.executable,
            "-c",
            "from pathlib import Path; from observasi import files; from observasi.context import AppContext; "
            "from observasi.settings import Settings; "
            f"AppContext(Settings(data_dir=Path({str(data_dir)!r}))).store; "
            f"print(files._new_temp(Path({str(folder)!r}), private=False))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return Path(made.stdout.strip())


def test_two_laptops_with_one_hostname_never_take_each_others_temp_files(tmp_path: Path) -> None:
    """fix11-sync 4: two laptops cloned with one hostname printing into one network folder
    each took the other's running write (its process id unknown here) for a dead one of its
    own, and a forget deleted it. The laptop is told by its device identity: two data
    directories on this one host stand for the two laptops."""
    folder = tmp_path / "network-folder"
    folder.mkdir()
    of_b = _dead_write_of(tmp_path / "b", folder)
    _open(tmp_path / "a")  # this process is laptop A now
    assert files.stale_temps(folder) == []  # B's write may be running on B: A leaves it
    _open(tmp_path / "b")  # laptop B: its own write, whose process is gone
    assert files.stale_temps(folder) == [of_b]
    old_naming = folder / f".~observasi-{files._host_tag()}-4294967294-0123456789ab.tmp"  # before: the hostname
    old_naming.write_bytes(b"")
    assert files.stale_temps(folder) == sorted([of_b, old_naming])  # this host's, its process gone
    _open(tmp_path / "a")
    assert files.stale_temps(folder) == [old_naming]
    a_day_later = time.time() + files.STALE_AFTER_SECONDS + 60
    assert files.stale_temps(folder, now=a_day_later) == sorted([of_b, old_naming])


def _open(data_dir: Path) -> None:
    """This process works on *data_dir* (as the app or a command does)."""
    AppContext(Settings(data_dir=data_dir)).store  # noqa: B018 - opening the store is the point
