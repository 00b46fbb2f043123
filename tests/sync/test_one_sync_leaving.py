"""A sync waiting behind another (the sync screen's, fix11-sync) is told whose sync it waits
for each time that changes, and once its screen is left it runs nothing, even when the
other sync ends in that very moment (review11 M3, L1)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from observasi.sync.one_at_a_time import (
    ANOTHER_PROGRAM,
    THIS_PROGRAM,
    SyncCancelled,
    _thread_lock,
    one_sync,
)
from tests.waiting import HANG

_HOLD = (
    "import sys; from pathlib import Path; from observasi.sync.one_at_a_time import one_sync\n"
    "with one_sync(Path(sys.argv[1])):\n"
    "    print('held', flush=True)\n"
    "    sys.stdin.read()\n"
)


def test_left_as_the_other_sync_ends_nothing_runs(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    held, release, told, stop = threading.Event(), threading.Event(), threading.Event(), threading.Event()
    ran: list[bool] = []
    cancelled: list[bool] = []

    def other() -> None:  # the app's own background send
        with one_sync(data_dir):
            held.set()
            release.wait(HANG)

    def screens() -> None:
        try:
            with one_sync(data_dir, wait=True, waiting=lambda _whose: told.set(), stop=stop):
                ran.append(True)
        except SyncCancelled:
            cancelled.append(True)

    first = threading.Thread(target=other)
    first.start()
    assert held.wait(HANG)
    second = threading.Thread(target=screens)
    second.start()
    assert told.wait(HANG)
    stop.set()  # Esc on the sync screen ...
    release.set()  # ... and the other sync ends in the same moment
    second.join(HANG)
    first.join(HANG)
    assert ran == [] and cancelled == [True]


def test_the_wait_names_the_other_program_once_the_apps_own_sync_gave_way(tmp_path: Path) -> None:
    data_dir = (tmp_path / "data").resolve()
    data_dir.mkdir()
    ours = _thread_lock(data_dir)
    assert ours.acquire(timeout=HANG)  # the app's own sync ...
    holder = subprocess.Popen(  # ... and the command line's, holding the file behind it
        [sys.executable, "-c", _HOLD, str(data_dir)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    told: list[str] = []
    this, another = threading.Event(), threading.Event()

    def waiting(whose: str) -> None:
        told.append(whose)
        (another if whose == ANOTHER_PROGRAM else this).set()

    def screens() -> None:
        with one_sync(data_dir, wait=True, waiting=waiting):
            pass

    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        waiter = threading.Thread(target=screens)
        waiter.start()
        assert this.wait(HANG), told
        ours.release()  # the app's own sync ends; the command line's still runs
        assert another.wait(HANG), told
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=HANG)
    waiter.join(HANG)
    assert told == [THIS_PROGRAM, ANOTHER_PROGRAM]
