"""A data directory on a file system that cannot lock files (some network or FUSE mounts
answer ENOLCK): the sync still runs, guarded by the threads' lock, instead of saying
"Sinkronisasi sedang berjalan" for ever (review)."""

from __future__ import annotations

import errno
import sys
import threading
from pathlib import Path

import pytest

from observasi.sync.one_at_a_time import SyncRunning, one_sync


@pytest.mark.skipif(sys.platform == "win32", reason="flock is the POSIX lock")
def test_a_file_system_without_locks_does_not_look_like_a_running_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    def no_locks_here(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks_here)
    ran = []
    with one_sync(tmp_path):
        ran.append(1)
        # Still one at a time within the program.
        other = threading.Thread(target=lambda: ran.append(_second(tmp_path)))
        other.start()
        other.join()
    with one_sync(tmp_path):
        ran.append(3)
    assert ran == [1, "refused", 3]


def _second(data_dir: Path) -> str:
    try:
        with one_sync(data_dir):
            return "ran"
    except SyncRunning:
        return "refused"
