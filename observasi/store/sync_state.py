"""What sync remembers between runs (tables made by migration m005_sync_state): the files
already read, the problems reported, each device's pinned key, the conflicts waiting for
the user, the records not yet applied, and a log of syncs."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TypedDict

from observasi.core.status import utc_now
from observasi.store.connection import Connection


class SyncFile(TypedDict):
    """A file of the shared folder already read: a row of ``sync_files``."""

    path: str  # relative to the shared folder, with "/"
    size: int
    mtime_ns: int
    kind: str  # "revision" | "form"
    key: str  # the revision id or form hash its name carries
    sha256: str


_FILE_COLUMNS = tuple(SyncFile.__annotations__)


class SyncTables(Connection):
    # -- the file cache -------------------------------------------------------------------

    def sync_file_cache(self) -> dict[str, tuple[int, int]]:
        """Files already read: path -> (size, mtime in ns). Read a batch of rows at a time
        (every row as a dict at once was 35 MiB more at the peak of a rescan of 100,000)."""
        return {
            r["path"]: (r["size"], r["mtime_ns"]) for r in self._stream("select path, size, mtime_ns from sync_files")
        }

    def sync_file_cache_under(self, folders: Iterable[str]) -> dict[str, tuple[int, int]]:
        """:meth:`sync_file_cache` of the files in *folders* alone (``<where>observasi/<device>``):
        a rescan that finds one colleague's folder changed reads that folder's rows only."""
        found: dict[str, tuple[int, int]] = {}
        with self._lock:
            for folder in sorted(set(folders)):
                # Paths in the folder sort from "<folder>/" up to "<folder>0" ("0" follows "/").
                rows = self.conn.execute(
                    "select path, size, mtime_ns from sync_files where path >= ? and path < ?",
                    [f"{folder}/", f"{folder}0"],
                )
                found.update((path, (size, mtime_ns)) for path, size, mtime_ns in rows)
        return found

    # -- each folder's listing, as last read whole (observasi.sync.listing) -----------------

    def folder_prints(self) -> dict[str, tuple[str, int]]:
        """Folder -> (the digest of its listing, files of ours in it), as the last sync that
        read it whole left them."""
        return {
            r["folder"]: (r["print"], r["entries"])
            for r in self._rows("select folder, print, entries from sync_folder_prints")
        }

    def replace_folder_prints(self, keep: dict[str, tuple[str, int]], drop: Sequence[str]) -> None:
        """Remember *keep* (folder -> digest, files of ours) and forget the folders in *drop*."""
        with self.transaction() as conn:
            conn.executemany("delete from sync_folder_prints where folder = ?", [(f,) for f in drop])
            conn.executemany(
                "insert or replace into sync_folder_prints (folder, print, entries) values (?, ?, ?)",
                [(f, p, n) for f, (p, n) in keep.items()],
            )

    def remember_sync_files(self, files: Sequence[SyncFile]) -> None:
        """Remember files read (every column given, so a replace is an upsert)."""
        if files:
            with self.transaction() as conn:
                conn.executemany(
                    f"insert or replace into sync_files ({', '.join(_FILE_COLUMNS)}) "
                    f"values ({', '.join(':' + c for c in _FILE_COLUMNS)})",
                    files,
                )

    def received_form_hashes(self, own_device: str) -> list[str]:
        """Hashes of the forms read from other devices' folders (``form-<sha256>.json``),
        not from *own_device*'s."""
        rows = self._rows(
            "select distinct sha256 from sync_files where kind = 'form' and instr(path, ?) = 0 order by sha256",
            [f"/{own_device}/"],
        )
        return [r["sha256"] for r in rows]

    # -- problems -------------------------------------------------------------------------

    def replace_sync_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """The problems of the last sync, replacing the earlier ones (each keeps the time
        it was first seen)."""
        now = utc_now()
        with self.transaction() as conn:
            first = {r["path"]: r["first_seen"] for r in self._rows("select path, first_seen from sync_problems")}
            conn.execute("delete from sync_problems")
            conn.executemany(
                "insert into sync_problems (path, reason, first_seen, last_seen) values (?, ?, ?, ?)",
                [(p, r, first.get(p, now), now) for p, r in dict(problems).items()],
            )

    def sync_problems(self) -> list[tuple[str, str]]:
        return [(r["path"], r["reason"]) for r in self._rows("select path, reason from sync_problems order by path")]

    def sync_problem_count(self) -> int:
        return self._count("select count(*) from sync_problems")

    # -- device keys ----------------------------------------------------------------------

    def device_keys(self) -> dict[str, str]:
        """Each device's public key, as pinned the first time it was seen."""
        return {r["device_id"]: r["public_key"] for r in self._rows("select device_id, public_key from sync_devices")}

    def pin_device_keys(self, keys: dict[str, str]) -> None:
        if keys:
            now = utc_now()
            with self.transaction() as conn:
                conn.executemany(
                    "insert or ignore into sync_devices (device_id, public_key, first_seen) values (?, ?, ?)",
                    [(d, k, now) for d, k in keys.items()],
                )

    # -- conflicts and records not applied yet ---------------------------------------------

    def set_conflict(self, observation_id: str, heads: list[str]) -> None:
        """Mark a record as changed on two laptops (its heads' ids); kept as first seen
        while the heads stay the same."""
        with self.transaction() as conn:
            existing = self._rows("select heads from sync_conflicts where observation_id = ?", [observation_id])
            if existing and json.loads(existing[0]["heads"]) == heads:
                return
            conn.execute(
                "insert or replace into sync_conflicts (observation_id, heads, detected_at) values (?, ?, ?)",
                [observation_id, json.dumps(heads), utc_now()],
            )

    def clear_conflicts(self, observation_ids: Sequence[str]) -> None:
        with self.transaction() as conn:
            conn.executemany("delete from sync_conflicts where observation_id = ?", [(i,) for i in observation_ids])

    def sync_conflicts(self) -> list[tuple[str, list[str]]]:
        """(record id, head revision ids) of every record waiting for the user to choose."""
        return [
            (r["observation_id"], json.loads(r["heads"]))
            for r in self._rows("select observation_id, heads from sync_conflicts order by detected_at, observation_id")
        ]

    def conflict_count(self) -> int:
        return self._count("select count(*) from sync_conflicts")

    def conflict_teacher_name(self, observation_id: str, head_id: str) -> str:
        """The teacher of a record in conflict: from the local record, else from a head."""
        found = self._rows(
            "select json_extract(teacher, '$.name') as n from observations where id = ?", [observation_id]
        ) or self._rows("select json_extract(payload, '$.teacher.name') as n from revisions where id = ?", [head_id])
        return (found[0]["n"] if found else "") or ""

    def set_unapplied(self, observation_id: str, reason: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "insert or replace into sync_unapplied (observation_id, reason) values (?, ?)", [observation_id, reason]
            )

    def clear_unapplied(self, observation_ids: Sequence[str]) -> None:
        with self.transaction() as conn:
            conn.executemany("delete from sync_unapplied where observation_id = ?", [(i,) for i in observation_ids])

    def unapplied(self) -> list[str]:
        return [r["observation_id"] for r in self._rows("select observation_id from sync_unapplied")]

    # -- the log ----------------------------------------------------------------------------

    def log_sync(
        self,
        folder: str,
        sent: int,
        received: int,
        conflicts: int,
        problems: int,
        seconds: float,
        *,
        durable: bool = True,
        unchanged: str | None = None,
    ) -> None:
        """A sync's line in the log ("Sinkron terakhir" is its time). Not *durable*: not
        synced to the disk (:meth:`not_synced`) -- for a sync that wrote nothing else, whose
        line a power cut may take back whole: the header then names the sync before it,
        which is recorded, and nothing of the person's work depended on this one.

        *unchanged*: the digest of what this complete, problem-free sync read, kept with
        the database marked clean in the same commit, after every write of the sync
        (observasi.sync.unchanged) -- unless another thread or program committed since the
        sync began (:meth:`writes_apart`); without it, the mark is left as it is."""
        with contextlib.nullcontext() if durable else self.not_synced(), self.transaction() as conn:
            before = self._db_state()
            conn.execute(
                "insert into sync_log (at, folder, sent, received, conflicts, problems, seconds) "
                "values (?, ?, ?, ?, ?, ?, ?)",
                [utc_now(), folder, sent, received, conflicts, problems, round(seconds, 3)],
            )
            # Another thread's or program's commit since the sync began is no part of what
            # it read: the mark stays, and the next sync is a whole one.
            if unchanged is not None and not self.others_wrote():
                conn.execute("update sync_unchanged set dirty = 0, state = ?", [unchanged])
            # The log is no input of the look for edited records: made with nothing written
            # since, it still holds after this line (the write lock and the connection's
            # lock are held: no other write came between).
            if self._edits_look is not None and self._edits_look[0] == before:
                self._edits_look = (self._db_state(), self._edits_look[1])

    def unchanged_state(self) -> str | None:
        """The digest the last complete, problem-free sync kept, if nothing was written to
        the database since (by any program: the triggers of schema.watch_writes)."""
        with self._lock:
            found = self.conn.execute("select dirty, state from sync_unchanged").fetchone()
        return None if found is None or found[0] else found[1]

    def forget_unchanged(self) -> None:
        """The kept digest no longer holds: a sync begins that may stop half-way. Not synced
        to the disk: a power cut that takes it back takes back whatever the sync wrote after
        it too (the WAL keeps commits in order)."""
        with self.not_synced(), self.transaction() as conn:
            conn.execute("update sync_unchanged set dirty = 1 where dirty = 0")

    def last_sync(self) -> str | None:
        found = self._rows("select at from sync_log order by id desc limit 1")
        return found[0]["at"] if found else None

    # -- what the school's files were last exchanged against ---------------------------------

    def school_files_state(self, settings: Sequence[str] = ()) -> str:
        """A digest of what exchanging the school's files reads on this laptop: every
        teacher's row, the school's row, the teachers forgotten here and the *settings*
        named (their stored text). One query each: a rescan compares it with the last
        exchange's instead of reading every roster file."""
        digest = hashlib.sha256()
        with self._lock:
            cursor = self.conn.cursor()
            cursor.row_factory = None  # plain tuples, each query's rows in one repr
            for sql, params in (
                (self._teachers_mark(cursor), ()),
                ("select * from school", ()),
                ("select teacher_id from forgotten_teachers order by teacher_id", ()),
                (
                    f"select key, value from settings where key in ({','.join('?' * len(settings))}) order by key",
                    settings,
                ),
            ):
                digest.update(repr(cursor.execute(sql, params).fetchall()).encode("utf-8"))
                digest.update(b"\x00")
        return digest.hexdigest()

    def _teachers_mark(self, cursor: sqlite3.Cursor) -> str:
        """What says the teachers' rows changed: the count their triggers move (m129), or
        every row when a trigger is missing (a table rebuilt by a later migration drops them)."""
        found = cursor.execute(
            "select count(*) from sqlite_master where type = 'trigger' and tbl_name = 'teachers' "
            "and name in ('sync_marks_teachers_insert', 'sync_marks_teachers_update', 'sync_marks_teachers_delete')"
        ).fetchone()
        if found and found[0] == 3:
            return "select 'mark', n from sync_marks where name = 'teachers'"
        return "select * from teachers order by id"

    def teacher_as_observed(self, teacher_id: str) -> list[tuple[str, str, str, str]]:
        """(name, subject, id label, id number) of the teacher as each of their observations
        (not deleted) names them: what a roster merge compares with, without reading whole
        records."""
        rows = self._rows(
            "select json_extract(teacher, '$.name') as name, subject, "
            "coalesce(json_extract(teacher, '$.id_label'), 'NIP') as label, "
            "coalesce(json_extract(teacher, '$.id_number'), '') as number "
            "from observations where deleted = 0 and teacher_id = ?",
            [teacher_id],
        )
        return [(r["name"], r["subject"], r["label"], r["number"]) for r in rows]
