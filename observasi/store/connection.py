"""The one connection to the local database, and how every write is made.

* WAL journal with ``synchronous=FULL``: a commit that returned survives a power cut
  (NORMAL may lose the last commits in WAL mode).
* A write waits for the write lock when another program (a second window, the command
  line, a sync) holds it, trying again every millisecond (see :meth:`Connection._begin`),
  instead of failing; every other statement has a busy timeout too.
* Every write transaction starts with ``BEGIN IMMEDIATE``: it takes the write lock
  first and only then reads. A deferred transaction that read first and then tried to
  write after another connection's commit failed at once with "database is locked",
  whatever the timeout (the snapshot it read was stale); that was the 9.8% of failed
  writes seen with a sync running.
* One connection is shared by the app's UI thread and its workers, guarded by a lock;
  transactions nest (an inner one joins the outer).

This module imports neither sqlite-utils nor pydantic: the home screen reads through
plain sqlite3, and sqlite-utils is made only for the schema migrations.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from observasi import files, paths
from observasi.core.search_fold import fold
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.schema import applied_migrations, apply_migrations, known_migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

# How long a write waits for another program's transaction before it is reported. Every
# transaction observasi makes is short (a keystroke about a millisecond, a sync batch a
# few tens), so reaching this means another program is holding the database.
BUSY_TIMEOUT_SECONDS = 5.0
RETRY_SECONDS = 0.001
# Pages the WAL may hold before a commit copies it into the database, while a sync writes
# a long run of transactions (:meth:`Connection.bulk_writes`): 64 MiB of 4 KiB pages.
BULK_CHECKPOINT_PAGES = 16384
BULK_PAGE_BYTES = 4096

# What a statement's placeholders are filled from: ``?`` by position, ``:name`` by name.
Params: TypeAlias = Sequence[Any] | Mapping[str, Any]


class StoreBusy(UserError):
    """The database stayed locked by another program for longer than the busy timeout;
    nothing was written."""


class StoreFailure(UserError):
    """The database refused a write (disk full, read-only folder, I/O error); nothing was written."""


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _create_private(path: Path) -> None:
    """Create the database file owner-only before SQLite opens it (SQLite would make it
    with the umask's 0644, readable by every account on the laptop)."""
    import os

    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600))


class Connection:
    """The database file of one data directory, opened and brought up to date."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = paths.database(self.data_dir)
        self._lock = threading.RLock()
        self._depth = 0  # open write transactions on this connection (nested ones join)
        self._db: Database | None = None
        # The last look for records edited since their revision (RecordTables.changed_since_revision):
        # the database's state it was made at (:meth:`_db_state`) and what it found.
        self._edits_look: tuple[tuple[int, int], tuple[str, ...]] | None = None
        # While a sync works (:meth:`writes_apart`): its thread, the database's data_version
        # when it began, and the commits other threads of this program made since.
        self._apart: list[int] | None = None
        try:
            # 0700 when observasi makes the folder: sheets and exports in it are personal data.
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            _create_private(self.path)
        except OSError as exc:
            raise UserError(t("store.err.data_dir", path=self.data_dir, detail=exc.strerror or exc)) from exc
        try:
            # isolation_level=None: the module opens no transaction behind our back; every
            # write transaction is begun here, explicitly, IMMEDIATE.
            self.conn = sqlite3.connect(
                str(self.path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
            )
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            # fold(text): names found without their marks ("nguyen" finds "Nguyễn").
            self.conn.create_function("fold", 1, fold, deterministic=True)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            # A deleted row's bytes are overwritten, not left in a free page: a forgotten
            # teacher's name must not survive in the file (some SQLite builds default to off).
            self.conn.execute("PRAGMA secure_delete=ON")
            # A rating replaced (insert or replace) fires its delete trigger too, so the
            # recap's rating_tally (schema m122) loses what the replaced row counted.
            self.conn.execute("PRAGMA recursive_triggers=ON")
            applied = applied_migrations(self.conn)
            if applied - known_migrations():
                raise UserError(t("store.err.newer", path=self.path))
            if known_migrations() - applied:
                apply_migrations(self.db)
        except sqlite3.DatabaseError as exc:
            raise UserError(t("store.err.damaged", path=self.path, detail=exc)) from exc

        self.restrict_files()

    def restrict_files(self) -> None:
        """Owner-only permissions on the database and its WAL and shared-memory files
        (SQLite gives the two the database's mode; an older database made 0644 is fixed)."""
        for path in (self.path, _sidecar(self.path, "-wal"), _sidecar(self.path, "-shm")):
            files.restrict_to_owner(path)

    def erase_freed(self) -> bool:
        """After erasing personal data: copy the WAL into the database and cut it to zero
        bytes, so no old page (with the erased text in it) stays in the WAL, and zero what
        the freed pages held. Another program's open read transaction holds the WAL back:
        tried again for the busy timeout; False if it never let go (the next erase or the
        last connection's close finishes the job)."""
        limit = time.monotonic() + BUSY_TIMEOUT_SECONDS
        with self._lock:
            while True:
                busy, _, _ = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if not busy:
                    return True
                if time.monotonic() >= limit:
                    return False
                time.sleep(RETRY_SECONDS * 10)

    @property
    def db(self) -> Database:
        """sqlite-utils on the same connection, for the schema migrations (and tests that
        set up odd rows). Made on first use, so opening the TUI does not import it."""
        with self._lock:
            if self._db is None:
                from sqlite_utils import Database

                # No sqlite-utils plugins: none is used, and looking for them costs ~20 ms.
                self._db = Database(self.conn, execute_plugins=False)
            return self._db

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    # -- reading ------------------------------------------------------------------------

    def _rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self.conn.execute(sql, params)
            keys = [column[0] for column in cursor.description]
            return [dict(zip(keys, row, strict=False)) for row in cursor]

    def _stream(self, sql: str, params: Params = (), batch: int = 500) -> Iterator[dict[str, Any]]:
        """The rows of *sql* a batch at a time, so a caller going through 100,000 of them
        holds a few hundred. The lock is held per batch, not across the caller's loop."""
        with self._lock:
            cursor = self.conn.execute(sql, params)
            keys = [column[0] for column in cursor.description]
        while True:
            with self._lock:
                rows = cursor.fetchmany(batch)
            if not rows:
                return
            for row in rows:
                yield dict(zip(keys, row, strict=False))

    def _count(self, sql: str, params: Params = ()) -> int:
        """The number a ``select count(*) ...`` returns."""
        with self._lock:
            (number,) = self.conn.execute(sql, params).fetchone()
        return int(number)

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Rows of a read-only query, for reports that aggregate in SQL (recap, history)
        instead of loading every record. Only this package writes: anything but a SELECT
        is refused."""
        if not sql.lstrip().lower().startswith(("select", "with")):
            raise ValueError("Store.query reads; writes go through the store's named methods")
        return self._rows(sql, params)

    def query_stream(self, sql: str, params: Params = ()) -> Iterator[dict[str, Any]]:
        """:meth:`query`'s rows a batch at a time, for a report that tallies more rows
        than it should hold (a recap of all years)."""
        if not sql.lstrip().lower().startswith(("select", "with")):
            raise ValueError("Store.query_stream reads; writes go through the store's named methods")
        return self._stream(sql, params)

    def query_batches(self, sql: str, params: Params = (), batch: int = 1000) -> Iterator[list[tuple[Any, ...]]]:
        """:meth:`query_stream`'s rows as tuples in the select's order, a list of *batch* at a
        time: for a listing of 100,000 lines (`observasi list`), where a dict per row cost
        more than the line it printed."""
        if not sql.lstrip().lower().startswith(("select", "with")):
            raise ValueError("Store.query_batches reads; writes go through the store's named methods")
        with self._lock:
            cursor = self.conn.execute(sql, params)
        while True:
            with self._lock:
                rows = cursor.fetchmany(batch)
            if not rows:
                return
            yield rows

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads that must see one state of the database (a whole record is read
        from four tables): a read transaction, which in WAL mode blocks no writer."""
        with self._lock:
            if self.conn.in_transaction:
                yield
                return
            self.conn.execute("BEGIN")
            try:
                yield
            finally:
                self.conn.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------

    @contextmanager
    def transaction(self, wait: float | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside is committed together, durably, when
        the block ends, or not at all if it raises. Nested blocks join the outer one.

        The write lock is taken first, waiting up to *wait* seconds (the busy timeout
        when not given) for another program's transaction to end. A database kept locked
        longer raises :class:`StoreBusy`; any other refusal of the database
        :class:`StoreFailure`. Both are plain messages for the screen, and nothing was
        written. (The UI thread waits briefly and tries again later, so its clock keeps
        running; workers and the command line wait the whole timeout.)"""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self._begin(wait)
            self._depth = 1
            try:
                yield self.conn
            except BaseException as exc:
                self._depth = 0
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):
                    raise self._refusal(exc) from exc
                raise
            self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise self._refusal(exc) from exc
            if self._apart is not None and self._apart[0] != threading.get_ident():
                self._apart[2] += 1

    @contextmanager
    def writes_apart(self) -> Iterator[None]:
        """While a sync works: note whether anything besides its own thread commits to the
        database -- the screens' thread of this program, or another program -- so that the
        sync does not take a write it never read for part of what it exchanged
        (:meth:`others_wrote`)."""
        with self._lock:
            (version,) = self.conn.execute("PRAGMA data_version").fetchone()
            self._apart = [threading.get_ident(), int(version), 0]
        try:
            yield
        finally:
            with self._lock:
                self._apart = None

    def others_wrote(self) -> bool:
        """Whether a commit other than the watching thread's came since :meth:`writes_apart`
        began (True outside one: nothing can be said). Call it inside the transaction whose
        write depends on the answer: the write lock then keeps the answer true until it commits."""
        with self._lock:
            if self._apart is None:
                return True
            (version,) = self.conn.execute("PRAGMA data_version").fetchone()
            return int(version) != self._apart[1] or self._apart[2] > 0

    def _db_state(self) -> tuple[int, int]:
        """Equal at two moments when nothing was committed to the database in between: by
        another connection or program (data_version) nor by this one (its total of rows
        changed). Call it holding the lock."""
        (version,) = self.conn.execute("PRAGMA data_version").fetchone()
        return int(version), self.conn.total_changes

    def outside_commits(self) -> int:
        """A number that changes whenever another program (the command line's sync or
        import) commits to the database, and stays put otherwise: PRAGMA data_version,
        which this connection's own commits leave alone."""
        with self._lock:
            (version,) = self.conn.execute("PRAGMA data_version").fetchone()
            return int(version)

    def total_changes(self) -> int:
        """Rows this connection has inserted, changed or deleted since it was opened: equal
        before and after a piece of work that wrote nothing to the database."""
        with self._lock:
            return self.conn.total_changes

    @contextmanager
    def not_synced(self) -> Iterator[None]:
        """A transaction begun within this is committed without syncing the WAL to the
        disk (synchronous=NORMAL, then FULL again): it survives the program's crash but
        may be lost, whole, to a power cut or a crash of the computer -- never half, and
        never ahead of a later durable commit (that one syncs the WAL, this with it).
        Inside an open transaction nothing changes: that one's commit decides."""
        with self._lock:
            if self._depth:
                yield
                return
            self.conn.execute("PRAGMA synchronous=NORMAL")
            try:
                yield
            finally:
                self.conn.execute("PRAGMA synchronous=FULL")

    @contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """A long run of transactions (a sync's first import: hundreds of them): the WAL is
        copied into the database file every BULK_CHECKPOINT_PAGES pages instead of every
        1,000 (SQLite's default), then as before. Each commit is as durable as ever (the WAL
        is synced at every commit, synchronous=FULL); what comes less often is the copy into
        the database and its sync, which was most of the wall time of an import on a busy
        disk (a checkpoint every 4 MiB of a 700 MiB import)."""
        with self._lock:
            (before,) = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            with self._lock:
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(before)}")
                # A WAL grown past what SQLite keeps by default is copied in and cut back, so
                # old versions of changed text do not stay in it longer than they used to.
                with contextlib.suppress(OSError):
                    if _sidecar(self.path, "-wal").stat().st_size > int(before) * BULK_PAGE_BYTES:
                        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _begin(self, wait: float | None) -> None:
        """Take the write lock, trying again every few milliseconds for up to *wait*
        seconds. SQLite's own busy handler waits longer and longer between tries (up to a
        tenth of a second), so a program that writes back to back, freeing the lock for
        a few microseconds between its transactions, could hold a waiting write off for
        the whole timeout; frequent tries find those gaps."""
        limit = time.monotonic() + (BUSY_TIMEOUT_SECONDS if wait is None else wait)
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if not _is_busy(exc) or time.monotonic() >= limit:
                        raise self._refusal(exc) from exc
                time.sleep(RETRY_SECONDS)
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")

    def _refusal(self, error: sqlite3.OperationalError) -> UserError:
        if _is_busy(error):
            return StoreBusy(t("store.err.busy", path=self.path))
        return StoreFailure(t("store.err.write", path=self.path, detail=error))

    def _replace_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Insert or replace *rows* (all with the same columns) in one statement. Plain
        ``executemany``: sqlite-utils' helpers inspect the table on every call, which
        dominated a first import of thousands of records."""
        if not rows:
            return
        columns = list(rows[0])
        sql = f"insert or replace into {table} ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})"
        self.conn.executemany(sql, [[r.get(c) for c in columns] for r in rows])
