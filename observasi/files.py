"""Writing files that a person or a sync client will see, and naming them.

Every file observasi leaves on disk goes through here: a sheet, a recap, an export, a key,
a revision in the shared folder. The rules, in one place:

- **Atomic.** The bytes go to a temp file beside the target (a name sync clients skip:
  Dropbox skips ``.~*``, OneDrive and Google Drive skip ``*.tmp``), are flushed and fsynced,
  and the temp file is then renamed over the target. A crash, a full disk or a flat battery
  leaves the old file or the new one, never half of one.
- **Retried on Windows sharing errors.** While an antivirus, a sync client or the search
  indexer holds a file open, Windows refuses the rename with a sharing violation
  (PermissionError); it is gone a moment later, so the rename is tried again a few times.
  A file that stays open (a PDF viewer, Excel) gets one plain line saying so.
- **Create-only where asked.** The shared folder is append-only: :func:`write_new` never
  replaces a file that is already there, even one that appears while it writes.
- **Removal said plainly.** :func:`remove` deletes a file observasi wrote (a teacher's
  sheets when the teacher is forgotten), with the same retries.
- **Leftovers known.** A write killed before its rename leaves its temp file; the name says
  which process wrote it, so :func:`stale_temps` finds those no running write will rename
  (a forget erases them: they hold the teacher's sheet).
- **Names Windows accepts.** :func:`safe_file_name` turns a teacher's name into a file name
  valid on every system, keeping non-Latin letters.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import re
import stat
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from observasi.errors import UserError
from observasi.i18n import t

T = TypeVar("T")

# Temp files: Dropbox skips names starting with ".~" and ending in ".tmp", OneDrive and
# Google Drive skip "*.tmp"; Syncthing copies nothing until it is renamed only if it is
# fast, so the temp file lives a few milliseconds at most.
TEMP_PREFIX = ".~observasi-"
TEMP_SUFFIX = ".tmp"
# A temp file's name says which process of which laptop writes it
# (``.~observasi-<device>-<pid>-<random>.tmp``), so a leftover of a write killed before its
# rename (power cut, Task Manager) can be told from a write still running: see
# :func:`stale_temps`. The laptop is its device identity (12 hex digits of a digest of its
# device id, :func:`write_as`), not its hostname: two laptops cloned from one image share a
# hostname, and each took the other's running write on a network folder for its own dead
# one. Names written before say the host (8 hex digits, a digest of the hostname) and are
# still judged by it; a process that knows no data directory names its files so too.
_TEMP_NAME = re.compile(
    re.escape(TEMP_PREFIX)
    + r"(?:(?:(?P<device>[0-9a-f]{12})|(?P<host>[0-9a-f]{8}))-(?P<pid>[0-9]{1,10})-)?[0-9a-f]{12}"
    + re.escape(TEMP_SUFFIX)
)
# No write of observasi holds its temp file this long (the largest recap or bundle is made
# in seconds): a temp file older than this is a leftover whoever wrote it, even one of
# another computer writing into the same network folder or of an older version.
STALE_AFTER_SECONDS = 24 * 60 * 60

# Pauses between attempts while Windows reports a sharing violation (1.55 s in all).
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)
# Windows' rename refuses to replace an existing file: there it is create-only in one step.
RENAME_REFUSES_EXISTING = sys.platform == "win32"
# How Windows says another program holds a file open; "access denied" means it too when
# the file exists (a PDF open in a viewer, a workbook in Excel).
_SHARING_VIOLATION, _LOCK_VIOLATION, _ACCESS_DENIED = 32, 33, 5
# link() says "this file system has no hard links" (FAT, exFAT, some shares) with one of these.
_NO_LINKS = frozenset(
    getattr(errno, name)
    for name in ("EPERM", "EXDEV", "EMLINK", "ENOTSUP", "EOPNOTSUPP", "ENOSYS")
    if hasattr(errno, name)
)

# Characters Windows refuses in a name, the control characters, and the bidirectional
# overrides that can make "tugas\u202efdp.exe" read as "tugasexe.pdf".
_RESERVED_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]+')
# Device names Windows keeps for itself, whatever the extension ("nul.txt" is NUL too).
_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in (*"123456789", "¹", "²", "³")}
)
MAX_NAME_CHARS = 80
# Whatever the letters, a name stays well inside the 255 bytes of ext4 and the 255 UTF-16
# units of NTFS, leaving room for "-2026-12-02-b6f92098.pdf" after it.
MAX_NAME_BYTES = 160


# -- names ---------------------------------------------------------------------------------


def safe_file_name(text: str, *, fallback: str = "observasi", max_chars: int = MAX_NAME_CHARS) -> str:
    """*text* as a file name valid on Windows, macOS and Linux.

    Reserved characters become ``_``; no leading or trailing dots or spaces (Windows drops
    trailing ones, a leading dot hides the file); a device name such as ``CON`` or
    ``nul.txt`` gets a ``_``; the length is bounded in characters and in UTF-8 bytes.
    Letters of any script are kept (in NFC, so the same name gives the same bytes on a Mac).
    An empty result becomes *fallback*."""
    name = unicodedata.normalize("NFC", text)
    name = _RESERVED_CHARS.sub("_", name)
    name = _trim(name)
    name = _bounded(name, max_chars)
    if not name:
        return fallback
    base, dot, rest = name.partition(".")
    if base.rstrip(" ").lower() in _DEVICE_NAMES:
        name = f"{base.rstrip(' ')}_{dot}{rest}"
    return name


def _trim(name: str) -> str:
    # "~$" starts the lock files of Office, which sync clients and the shared-folder scan skip.
    return name.strip().lstrip(".~ ").rstrip(". ")


def _bounded(name: str, max_chars: int) -> str:
    cut = min(len(name), max_chars)
    while cut and len(name[:cut].encode("utf-8")) > MAX_NAME_BYTES:
        cut -= 1
    # Never part a letter from its marks: a cut inside one drops the whole letter.
    while 0 < cut < len(name) and unicodedata.combining(name[cut]):
        cut -= 1
    return _trim(name[:cut])


# -- retries -------------------------------------------------------------------------------


def retry_on_sharing_error(action: Callable[[], T], sleep: Callable[[float], None] = time.sleep) -> T:
    """*action*, tried again after a pause while it raises PermissionError (a Windows
    sharing violation); the last attempt's error is raised."""
    for delay in RETRY_DELAYS:
        try:
            return action()
        except PermissionError:
            sleep(delay)
    return action()


def _in_use(exc: OSError, target: Path) -> bool:
    """Whether *exc* means another program holds *target* open (Windows)."""
    winerror = getattr(exc, "winerror", None)
    return winerror in (_SHARING_VIOLATION, _LOCK_VIOLATION) or (winerror == _ACCESS_DENIED and target.exists())


def _failure(exc: OSError, target: Path) -> UserError:
    if isinstance(exc, PermissionError) and _in_use(exc, target):
        return UserError(t("files.err.in_use", path=target))
    return UserError(t("files.err.write", path=target, detail=exc.strerror or exc))


# -- writing -------------------------------------------------------------------------------


def _new_temp(folder: Path, *, private: bool) -> Path:
    """An empty temp file in *folder*, created (never opened over an existing file) with
    owner-only permissions when *private* (meaningful on POSIX; Windows keeps the ACL of
    the user's profile)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = folder / f"{TEMP_PREFIX}{_writer_tag()}-{os.getpid()}-{os.urandom(6).hex()}{TEMP_SUFFIX}"
        try:
            os.close(os.open(temp, flags, 0o600 if private else 0o666))
        except FileExistsError:
            continue
        return temp


@functools.cache
def _host_tag() -> str:
    import socket  # only when a file is written

    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


# This process's device identity, asked for the first time a temp file is named or
# leftovers are judged (the data directory's device id, set by observasi.context when it
# opens the store; one process works on one data directory), then kept. Empty: no data
# directory known, the hostname names its files.
_device_of_process: list[Callable[[], str]] = []
_device_tag_kept: list[str | None] = []


def write_as(device_id: Callable[[], str] | None) -> None:
    """Name this process's temp files after *device_id* (called when first needed), the
    device identity of the data directory it works on; None: after the hostname again."""
    _device_of_process[:] = [device_id] if device_id is not None else []
    _device_tag_kept.clear()


def _device_tag() -> str | None:
    # One look at each list: another thread's write_as may clear them meanwhile (a district
    # reads its schools in threads; the review saw an IndexError between two looks).
    kept, device_of = _device_tag_kept[:], _device_of_process[:]
    if kept:
        return kept[0]
    tag = None
    if device_of:
        try:
            device = device_of[0]()
        except Exception:  # a name for a temp file never fails a write: the hostname names it
            device = ""
        if device:
            tag = hashlib.sha256(b"observasi-temp|" + device.encode("ascii", "replace")).hexdigest()[:12]
    _device_tag_kept[:] = [tag]
    return tag


def _writer_tag() -> str:
    return _device_tag() or _host_tag()


def stale_temps(folder: Path, *, now: float | None = None) -> list[Path]:
    """The temp files in *folder* that no running write will rename: those this computer's
    writes left when their process died (killed, power cut) before the rename, and any
    older than :data:`STALE_AFTER_SECONDS`.

    Safe to delete, never a running write's: a write's temp file is named by its process,
    which holds it until the rename (or removes it on any error); a process that is gone
    renames nothing. A process id reused since counts as running: that leftover waits for
    the age limit. Another laptop's temp file (a network folder two laptops print into;
    told apart by device identity, so a laptop cloned with this one's hostname is another)
    goes only at the age limit, as its process cannot be looked up from here."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    moment = time.time() if now is None else now
    found = []
    for entry in entries:
        match = _TEMP_NAME.fullmatch(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue  # gone meanwhile: renamed by its write, or removed
        if not stat.S_ISREG(info.st_mode):
            continue
        if match["device"] is not None:  # named by a laptop's device identity
            mine = match["device"] == _device_tag()
        else:  # named by the hostname: an older version's, or a process with no data directory
            mine = match["host"] is not None and match["host"] == _host_tag()
        mine = mine and match["pid"] is not None
        if (mine and not _running(int(match["pid"]))) or moment - info.st_mtime > STALE_AFTER_SECONDS:
            found.append(Path(entry.path))
    return sorted(found)


def _running(pid: int) -> bool:
    """Whether a process *pid* runs on this computer (True when that cannot be told)."""
    if pid == os.getpid():
        return True
    if not 0 < pid <= 0xFFFFFFFF:  # no process has such an id (a hand-made name): not a write's
        return False
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        # os.kill(pid, 0) would end the process on Windows: ask for its exit code instead.
        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel.OpenProcess.restype = wintypes.HANDLE
        kernel.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel.GetExitCodeProcess.restype = wintypes.BOOL
        kernel.CloseHandle.argtypes = (wintypes.HANDLE,)
        kernel.CloseHandle.restype = wintypes.BOOL
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() != 87  # ERROR_INVALID_PARAMETER: no such process
        try:
            code = wintypes.DWORD()
            if not kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0: nothing is sent, only whether the process exists
    except (ProcessLookupError, OverflowError):  # gone, or beyond what this system numbers
        return False
    except OSError:
        return True  # another user's process (EPERM): running
    return True


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows commits the rename with the file."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _prepared(path: Path, produce: Callable[[Path], object], *, private: bool) -> Path:
    """A complete, fsynced temp file beside *path* holding what *produce* wrote."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _new_temp(path.parent, private=private)
    try:
        produce(temp)
        _fsync_file(temp)
    except BaseException:
        _remove(temp)
        raise
    return temp


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


# How many times a file was put in place or removed here: a listing kept for the length of
# a sync (observasi.sync.listed) is good only while this has not moved since it was made.
_changes = 0


def changes() -> int:
    """A count that moves whenever this process has written or removed a file."""
    return _changes


def _changed() -> None:
    global _changes
    _changes += 1


# How many times a file that was there could not be read (a sync client or an antivirus
# holding it open on Windows): what a step read is remembered as read only when this did
# not move meanwhile (observasi.sync.enrollment, laptop_names).
_read_failures = 0


def read_failures() -> int:
    """A count that moves whenever a read of a file failed with an OS error."""
    return _read_failures


def note_read_failure() -> None:
    global _read_failures
    _read_failures += 1


def write_atomic(
    path: Path, produce: Callable[[Path], object], *, private: bool = False, sync_folder: bool = True
) -> Path:
    """Let *produce* write a temp file beside *path*, then put it in place of *path*
    (replacing an older file of that name). Returns *path*; a problem is one UserError line.

    *sync_folder* False leaves the folder's fsync (what makes the rename durable) to the
    caller, who writes many files into one folder and calls :func:`fsync_folder` once after
    the last: the file's own bytes are fsynced either way."""
    path = Path(path)
    try:
        temp = _prepared(path, produce, private=private)
    except OSError as exc:
        raise _failure(exc, path) from exc
    try:
        retry_on_sharing_error(lambda: os.replace(temp, path))
    except OSError as exc:
        raise _failure(exc, path) from exc
    finally:
        _remove(temp)
        _changed()
    if sync_folder:
        _fsync_folder(path.parent)
    return path


def fsync_folder(folder: Path) -> None:
    """Make the renames of files written with ``sync_folder=False`` into *folder* durable."""
    _fsync_folder(Path(folder))


def write_bytes(path: Path, data: bytes, *, private: bool = False, sync_folder: bool = True) -> Path:
    """:func:`write_atomic` of *data*."""
    return write_atomic(path, lambda temp: temp.write_bytes(data), private=private, sync_folder=sync_folder)


def write_new(path: Path, data: bytes, *, private: bool = False) -> bool:
    """Write *data* as *path* only if no file has that name: False (nothing changed) if one
    exists, even one that appears while this writes. Atomic like :func:`write_atomic`."""
    path = Path(path)
    if path.exists():
        return False
    try:
        temp = _prepared(path, lambda temp: temp.write_bytes(data), private=private)
    except OSError as exc:
        raise _failure(exc, path) from exc
    try:
        created = _place_new(temp, path)
    except OSError as exc:
        raise _failure(exc, path) from exc
    finally:
        _remove(temp)
        _changed()
    if created:
        _fsync_folder(path.parent)
    return created


def _place_new(temp: Path, path: Path) -> bool:
    """Give the complete *temp* the name *path* unless *path* exists, in one step: rename
    refuses an existing target on Windows; a hard link does on POSIX."""
    if RENAME_REFUSES_EXISTING:
        try:
            retry_on_sharing_error(lambda: os.rename(temp, path))
        except FileExistsError:
            return False
        return True
    try:
        os.link(temp, path)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        # No hard links here (a FAT stick, some network shares): check, then rename.
        if path.exists():
            return False
        os.replace(temp, path)
    return True


def remove(path: Path) -> None:
    """Delete *path* (gone already is fine), retrying a Windows sharing violation; a file
    that stays open or cannot be deleted is one UserError line."""
    path = Path(path)
    try:
        retry_on_sharing_error(lambda: path.unlink(missing_ok=True))
    except OSError as exc:
        if isinstance(exc, PermissionError) and _in_use(exc, path):
            raise UserError(t("files.err.in_use", path=path)) from exc
        raise UserError(t("files.err.remove", path=path, detail=exc.strerror or exc)) from exc
    finally:
        _changed()


# -- owner-only ----------------------------------------------------------------------------


def restrict_to_owner(path: Path) -> None:
    """Give *path* owner-only permissions (0600 for a file, 0700 for a folder) where the
    system has POSIX modes. On Windows ``chmod`` can only set the read-only flag: there the
    data folder sits in the user's own profile (``%LOCALAPPDATA%``), whose access list
    already admits only that user, SYSTEM and administrators (docs/privacy.md). A file
    that is gone (a WAL the last connection removed) is fine."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, 0o700 if Path(path).is_dir() else 0o600)
