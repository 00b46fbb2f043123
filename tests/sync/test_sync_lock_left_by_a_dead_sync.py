"""A sync whose process died (killed, a crash, a laptop switched off mid-sync) leaves no
lock behind: the operating system releases the lock file's lock with the process, so the
`observasi sync` waiting behind it (a principal's scheduled task) runs at once. One stuck
while alive (a share that stopped answering) is waited for at most --wait-limit minutes:
then `observasi sync` says so and exits 4, having run nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from observasi.i18n import t
from tests.sync.test_cli_sync_waits import _another_sync, _cli_sync, _school, _syncs_logged


@pytest.mark.skipif(sys.platform == "win32", reason="the holder is killed with SIGKILL")
def test_a_sync_waiting_behind_a_killed_sync_runs_when_it_dies(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    before = _syncs_logged(data_dir)
    with _another_sync(data_dir) as holder:
        waiter = _cli_sync(data_dir)
        assert waiter.stderr is not None
        assert waiter.stderr.readline().strip() == t("ux9s.sync.cli_waits")
        holder.kill()  # no finally, no unlock: only the process's end
        holder.wait(timeout=60)
        out, err = waiter.communicate(timeout=120)
    assert waiter.returncode == 0, err
    assert out.startswith("Tidak ada yang perlu dikirim") and "masalah 0" in out
    assert _syncs_logged(data_dir) == before + 1


@pytest.mark.skipif(sys.platform == "win32", reason="the holder is killed with SIGKILL")
def test_the_lock_file_of_a_killed_sync_does_not_hold_the_next(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    with _another_sync(data_dir) as holder:
        holder.kill()
        holder.wait(timeout=60)
    done = subprocess.run(
        [sys.executable, "-m", "observasi", "--data-dir", str(data_dir), "sync", "--no-wait"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert t("ux8j.sync.running") not in done.stderr


def test_a_sync_still_running_after_the_wait_limit_is_left_alone_with_exit_code_4(tmp_path: Path) -> None:
    data_dir = _school(tmp_path)
    before = _syncs_logged(data_dir)
    with _another_sync(data_dir) as holder:
        waiter = _cli_sync(data_dir, "--wait-limit", "0.01")  # 0.6 s: the other sync outlasts it
        out, err = waiter.communicate(timeout=120)
        assert holder.poll() is None  # the other sync was not disturbed
    assert waiter.returncode == 4
    assert err.splitlines() == [
        t("ux9s.sync.cli_waits"),
        t("fx10f.sync.still_running", minutes="0,01"),
    ]
    assert out == "" and "Traceback" not in err
    assert _syncs_logged(data_dir) == before  # nothing ran
