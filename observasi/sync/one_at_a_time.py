"""One sync at a time on a data directory.

The joiner's automatic pickup, a sync started with ``s`` on Sinkronisasi, the background
publish after a save and ``observasi sync`` from the command line all read and write the
same database and the same own folder; two at once imported the same files twice over and
raced on what each had sent (the review). Every entry takes this one guard: a lock held
in-process (threads) and on a file in the data directory (another process: the command
line while the app runs). The operating system releases the file's lock when a process
dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import errno
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from observasi import paths
from observasi.errors import UserError
from observasi.i18n import t

POLL_SECONDS = 0.2  # how often a waiting sync looks whether the other process is done

_guard = threading.Lock()
_in_process: dict[Path, threading.Lock] = {}


class SyncRunning(UserError):
    """Another sync on this data directory has not finished."""

    def __init__(self) -> None:
        super().__init__(t("ux8j.sync.running"))


class SyncStillRunning(UserError):
    """The other sync on this data directory still ran when this one's waiting limit was
    up (a sync stuck on a share that stopped answering): this one never started."""

    def __init__(self, limit: float) -> None:
        super().__init__(t("fx10f.sync.still_running", minutes=minutes_text(limit)))


def minutes_text(limit: float) -> str:
    """A waiting limit in seconds as the minutes a person is told: "60", "0,05"."""
    from observasi.core.numbers import number_text

    minutes = limit / 60
    return str(int(minutes)) if minutes == int(minutes) else number_text(minutes)


# Who holds the sync a waiting one waits for, as *waiting* is told: a sync of this program
# (the app's background send or look, in another thread) or of another process (the command
# line, a scheduled task, a second window).
THIS_PROGRAM, ANOTHER_PROGRAM = "this_program", "another_program"


class SyncCancelled(UserError):
    """Ctrl+C while this sync waited for another (or its screen was left): it never
    started, nothing was written."""

    def __init__(self) -> None:
        super().__init__(t("ux9s.sync.cancelled"))


def _thread_lock(data_dir: Path) -> threading.Lock:
    with _guard:
        return _in_process.setdefault(data_dir, threading.Lock())


# What a lock held by another process is refused with; any other refusal (a network or FUSE
# mount with no locks: ENOLCK, EINVAL, ENOSYS) means this file system cannot lock, not that
# a sync is running.
_BUSY = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


def _try_file_lock(handle: IO[bytes]) -> bool | None:
    """True: locked; False: another process holds it; None: locks do not work here."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)  # msvcrt locks from the file's position: always the first byte
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return False if exc.errno in _BUSY else None
    return True


def _release_file_lock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def _cancelled_while_waiting() -> Iterator[None]:
    """Ctrl+C while waiting for the other sync (the command line): nothing of this one
    started, and that is said plainly, not as an interrupted sync."""
    try:
        yield
    except KeyboardInterrupt:
        raise SyncCancelled() from None


@contextmanager
def one_sync(
    data_dir: Path,
    *,
    wait: bool = False,
    waiting: Callable[[str], object] | None = None,
    limit: float | None = None,
    stop: threading.Event | None = None,
) -> Iterator[None]:
    """Hold the data directory's sync for the block. Another holds it: raise
    :class:`SyncRunning`, or with *wait* call *waiting* with whose it is
    (:data:`THIS_PROGRAM`, :data:`ANOTHER_PROGRAM`; again when that changes) and wait for
    it, at most *limit* seconds when given (then :class:`SyncStillRunning`), and no longer
    than *stop* stays unset (then :class:`SyncCancelled`: the one who asked left, and the
    block does not run even when the other sync ended in the same moment)."""
    where = Path(os.path.abspath(data_dir))
    lock = _thread_lock(where)
    said: str | None = None  # whose sync *waiting* was last told of
    deadline = None if limit is None else time.monotonic() + limit
    if not lock.acquire(blocking=False):
        if not wait:
            raise SyncRunning()
        with _cancelled_while_waiting():
            if waiting is not None:
                waiting(THIS_PROGRAM)
            said = THIS_PROGRAM
            _wait_for_thread(lock, deadline, limit, stop)
    try:
        with open(paths.sync_lock(where), "a+b") as handle:
            # A ctrl+c here leaves before the block: the file's lock goes with its handle.
            with _cancelled_while_waiting():
                while (locked := _try_file_lock(handle)) is False:
                    if not wait:
                        raise SyncRunning()
                    if deadline is not None and time.monotonic() >= deadline:
                        raise SyncStillRunning(limit or 0.0)
                    # The app's own sync gave way to another program's (the review: the
                    # screen kept naming the app's, and its advice, quit and reopen, was wrong).
                    if said != ANOTHER_PROGRAM and waiting is not None:
                        waiting(ANOTHER_PROGRAM)
                    said = ANOTHER_PROGRAM
                    # another process: no event to wait on, only its file
                    if stop is None:
                        time.sleep(POLL_SECONDS)
                    elif stop.wait(POLL_SECONDS):
                        raise SyncCancelled()
            try:
                if said is not None and stop is not None and stop.is_set():
                    # Left while it waited, in the moment the other sync ended (its lock was
                    # taken within the same poll): nothing of this sync runs, as the screen
                    # said. (A sync that never waited was running when it was left: it goes on.)
                    raise SyncCancelled()
                yield  # where the file system cannot lock, the threads' lock alone guards
            finally:
                if locked:
                    _release_file_lock(handle)
    finally:
        lock.release()


def _wait_for_thread(
    lock: threading.Lock, deadline: float | None, limit: float | None, stop: threading.Event | None
) -> None:
    """Take *lock* once the sync of this program holding it is done: by the *deadline*
    (else :class:`SyncStillRunning`), while *stop* is not set (else :class:`SyncCancelled`)."""
    while True:
        left = -1.0 if deadline is None else max(0.0, deadline - time.monotonic())
        step = left if stop is None else (POLL_SECONDS if left < 0 else min(left, POLL_SECONDS))
        if lock.acquire(timeout=step):
            return
        if stop is not None and stop.is_set():
            raise SyncCancelled()
        if deadline is not None and time.monotonic() >= deadline:
            raise SyncStillRunning(limit or 0.0)
