"""`observasi sync` while the app (or another `observasi sync`, a scheduled task) syncs the
same data directory: it waits for it, says so once on stderr, then runs -- it used to exit 2
("Coba lagi setelah selesai"), which a principal's scheduled task took for a failure.
Ctrl+C while it waits stops it cleanly; ``--no-wait`` keeps the old refusal. Two real
processes: the other sync is a process holding the guard until the test writes a line to it."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from observasi.context import AppContext
from observasi.i18n import t
from observasi.settings import Settings
from observasi.store.models import School
from observasi.sync.service import sync

# The other sync: holds the data directory's guard until a line comes on its stdin.
_HOLDER = """
import sys
from pathlib import Path
from observasi.sync.one_at_a_time import one_sync
with one_sync(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def _school(tmp_path: Path) -> Path:
    shared = tmp_path / "Drive"
    shared.mkdir()
    school = AppContext(Settings(data_dir=tmp_path / "A"))
    school.store.save_school(School(name="SMP Negeri 7 Sukamaju", npsn="20212345"))
    school.update_settings(shared_folder=shared)
    sync(school, shared)
    school.store.close()
    return tmp_path / "A"


@contextmanager
def _another_sync(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        yield holder
    finally:
        if holder.poll() is None:
            assert holder.stdin is not None
            holder.stdin.write("\n")
            holder.stdin.close()
        holder.wait(timeout=60)


def _cli_sync(data_dir: Path, *more: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "observasi", "--data-dir", str(data_dir), "sync", *more]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _syncs_logged(data_dir: Path) -> int:
    """The syncs the data directory's log holds (a count: two syncs can share a second)."""
    context = AppContext(Settings(data_dir=data_dir))
    try:
        return len(context.store.db.execute("select id from sync_log").fetchall())
    finally:
        context.store.close()


def test_the_command_line_waits_for_the_other_sync_then_runs(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    before = _syncs_logged(data_dir)
    with _another_sync(data_dir) as holder:
        waiter = _cli_sync(data_dir)
        assert waiter.stderr is not None
        said = waiter.stderr.readline()  # a condition, not a sleep: it says it waits
        assert said.strip() == t("ux9s.sync.cli_waits")
        assert waiter.poll() is None  # still waiting, not refused
        assert holder.stdin is not None
        holder.stdin.write("\n")  # the other sync ends
        holder.stdin.flush()
        out, err = waiter.communicate(timeout=120)
    assert waiter.returncode == 0, err
    assert out.startswith("Tidak ada yang perlu dikirim") and "masalah 0" in out
    assert t("ux9s.sync.cli_waits") not in err  # said once
    assert _syncs_logged(data_dir) == before + 1  # it did sync


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_while_it_waits_stops_it_cleanly(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    before = _syncs_logged(data_dir)
    with _another_sync(data_dir):
        waiter = _cli_sync(data_dir)
        assert waiter.stderr is not None
        assert waiter.stderr.readline().strip() == t("ux9s.sync.cli_waits")
        waiter.send_signal(signal.SIGINT)
        out, err = waiter.communicate(timeout=120)
    assert waiter.returncode == 130
    assert err.strip() == t("ux9s.sync.cancelled") and out == ""  # no traceback, no summary
    assert _syncs_logged(data_dir) == before  # nothing ran


def test_no_wait_keeps_the_plain_refusal(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    with _another_sync(data_dir):
        refused = _cli_sync(data_dir, "--no-wait")
        out, err = refused.communicate(timeout=120)
    assert refused.returncode == 2 and out == ""
    assert err.strip() == t("ux8j.sync.running")
