"""The revisions: every saved state of every record, the unit the shared folder carries.

A revision is keyed by its *revision hash* (:func:`observasi.core.record.revision_hash`:
the record's payload and its deleted flag). The *heads* of a record's history are the
revisions no other revision names as a parent; one head is a settled record, two are
edits made on two laptops.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from observasi.core.canonical import revision_hash
from observasi.core.status import new_id, new_revision_id, utc_now
from observasi.store.settings_table import SettingsTable

if TYPE_CHECKING:
    from observasi.core.record import Observation
    from observasi.store.models import Revision

# Ids per query where a list of ids goes into an ``in (...)``: well under SQLite's limit
# on parameters, and a batch short enough that nobody waits long behind it.
BATCH = 500


@dataclass(frozen=True)
class RevisionHead:
    """A revision without its payload: enough to compute heads."""

    id: str
    observation_id: str
    parents: tuple[str, ...]
    hash: str  # the revision hash
    deleted: bool
    created_at: str


def heads(revisions: Sequence[RevisionHead]) -> list[RevisionHead]:
    """Revisions that no other revision names as a parent, oldest first."""
    parents = {p for r in revisions for p in r.parents}
    return [r for r in revisions if r.id not in parents]


class ImportedRevision(Protocol):
    """A revision read from a checked file of the shared folder, its payload kept as the
    file's own JSON text (the text that was hashed). Read-only: a checked file is frozen."""

    @property
    def id(self) -> str: ...

    @property
    def observation_id(self) -> str: ...

    @property
    def parents(self) -> list[str]: ...

    @property
    def device_id(self) -> str: ...

    @property
    def author(self) -> str: ...

    @property
    def created_at(self) -> str: ...

    @property
    def deleted(self) -> bool: ...

    @property
    def revision_hash(self) -> str: ...

    @property
    def signature(self) -> str: ...

    @property
    def payload_json(self) -> str: ...


_COLUMNS = (
    "id",
    "observation_id",
    "parents",
    "device_id",
    "author",
    "created_at",
    "deleted",
    "payload",
    "hash",
    "signature",
    "origin",
    "published_at",
)


class RevisionTables(SettingsTable):
    _laptop_observer: str | None = None  # see _author

    def _record_revision(
        self, obs: Observation, deleted: bool = False, parents: Sequence[str] | None = None
    ) -> Revision | None:
        """Save *obs* as a revision of its record (inside the caller's transaction),
        unless the single head already is this content. Its parents are the current heads,
        or *parents* when the caller knows which revisions the record was based on."""
        from observasi.core.record import record_payload
        from observasi.store.models import Revision

        self._mark_revised(self.conn, [obs.id])
        payload = record_payload(obs)
        current = self._heads_of(obs.id)
        digest = revision_hash(payload, deleted)
        if len(current) == 1 and current[0].hash == digest:
            return None
        revision = Revision(
            id=new_revision_id(),
            observation_id=obs.id,
            parents=list(parents) if parents is not None else [h.id for h in current],
            device_id=self.device_id,
            author=self._author(obs),
            created_at=utc_now(),
            deleted=deleted,
            payload=payload,
            hash=digest,
            signature=None,
            origin="local",
            published_at=None,
        )
        self._replace_rows("revisions", [revision.to_row()])
        return revision

    def mark_revised_at(self, obs_id: str, version: int) -> None:
        """The record as stored at *version* holds a revision's content already (it equals
        a head): it is not "changed", so not waiting to be sent. An edit saved since (the
        version moved) is still changed."""
        with self.transaction() as conn:
            conn.execute(
                "update observations set revised_version = version where id = ? and version = ?", [obs_id, version]
            )

    def _mark_revised(self, conn: sqlite3.Connection, obs_ids: Sequence[str]) -> None:
        """The records as stored now are (or are about to be) revisions: not "changed"."""
        conn.executemany("update observations set revised_version = version where id = ?", [(i,) for i in obs_ids])

    def revisions(self, obs_id: str) -> list[Revision]:
        from observasi.store.models import Revision

        return [
            Revision.from_row(r)
            for r in self._rows("select * from revisions where observation_id = ? order by created_at, rowid", [obs_id])
        ]

    def revision(self, revision_id: str) -> Revision:
        from observasi.store.models import Revision

        return Revision.from_row(self._rows("select * from revisions where id = ?", [revision_id])[0])

    def revisions_by_id(self, revision_ids: Iterable[str]) -> dict[str, Revision]:
        """The revisions with these ids that are here, read a batch at a time (a sync
        applies hundreds of heads: a query and a validation each were a tenth of it). Each
        row was checked when it was stored: built without a second validation."""
        from observasi.store.models import Revision

        ids = sorted(set(revision_ids))
        out: dict[str, Revision] = {}
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            for r in self._rows(f"select * from revisions where id in ({','.join('?' * len(chunk))})", chunk):
                row = dict(r)
                row["parents"] = json.loads(row["parents"] or "[]")
                row["payload"] = json.loads(row["payload"])
                row["deleted"] = bool(row["deleted"])
                out[row["id"]] = Revision.model_construct(**row)
        return out

    def final_revisions(self, revision_ids: Iterable[str]) -> set[str]:
        """Those of *revision_ids* that are here and hold a final record (not deleted):
        the only parents an incoming revision can change behind a finalisation, told by
        SQL without reading each payload."""
        ids = sorted(set(revision_ids))
        out: set[str] = set()
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            out.update(
                r["id"]
                for r in self._rows(
                    f"select id from revisions where id in ({','.join('?' * len(chunk))}) and not deleted "
                    "and json_extract(payload, '$.status') = 'final'",
                    chunk,
                )
            )
        return out

    def _heads_of(self, obs_id: str) -> list[RevisionHead]:
        return heads(self.revision_skeletons([obs_id])[obs_id])

    def heads(self, obs_id: str) -> list[Revision]:
        """Revisions of *obs_id* that no other revision names as a parent."""
        with self._snapshot():
            return [self.revision(head.id) for head in self._heads_of(obs_id)]

    def revision_skeletons(self, observation_ids: Iterable[str]) -> dict[str, list[RevisionHead]]:
        """Every revision of the given records, without payloads, oldest first."""
        ids = sorted(set(observation_ids))
        out: dict[str, list[RevisionHead]] = {i: [] for i in ids}
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            marks = ",".join("?" * len(chunk))
            for r in self._rows(
                f"select id, observation_id, parents, hash, deleted, created_at from revisions "
                f"where observation_id in ({marks}) order by created_at, rowid",
                chunk,
            ):
                out[r["observation_id"]].append(
                    RevisionHead(
                        r["id"],
                        r["observation_id"],
                        tuple(json.loads(r["parents"] or "[]")),
                        r["hash"],
                        bool(r["deleted"]),
                        r["created_at"],
                    )
                )
        return out

    def revision_hashes(self, revision_ids: Sequence[str]) -> dict[str, str]:
        """Revision id -> revision hash, for those of *revision_ids* that are here (an
        import asks a batch at a time: every revision of the database held at once was
        tens of MiB at 100,000)."""
        out: dict[str, str] = {}
        for start in range(0, len(revision_ids), BATCH):
            chunk = revision_ids[start : start + BATCH]
            marks = ",".join("?" * len(chunk))
            out.update(
                (r["id"], r["hash"]) for r in self._rows(f"select id, hash from revisions where id in ({marks})", chunk)
            )
        return out

    def last_revision_rowid(self) -> int:
        """The rowid of the revision stored last (0 when there is none): the revisions an
        import inserts take the rowids after it."""
        return self._count("select coalesce(max(rowid), 0) from revisions")

    def imported_between(self, revision_id: str, after: int, last: int) -> bool:
        """Whether *revision_id* was imported (not made here) with a rowid in (after, last]."""
        return bool(
            self._rows(
                "select 1 from revisions where id = ? and origin = 'imported' and rowid > ? and rowid <= ?",
                [revision_id, after, last],
            )
        )

    def insert_imported_revisions(self, revisions: Sequence[ImportedRevision]) -> None:
        """Store revisions read from the shared folder (inside the caller's transaction;
        plain SQL: thousands at a time on a first import)."""
        if not revisions:
            return
        sql = f"insert or ignore into revisions ({', '.join(_COLUMNS)}) values ({', '.join('?' * len(_COLUMNS))})"
        self.conn.executemany(
            sql,
            [
                (
                    r.id,
                    r.observation_id,
                    json.dumps(r.parents),
                    r.device_id,
                    r.author,
                    r.created_at,
                    int(r.deleted),
                    r.payload_json,
                    r.revision_hash,
                    r.signature,
                    "imported",
                    None,
                )
                for r in revisions
            ],
        )

    def device_observers(self, device_id: str | None = None) -> dict[str, str]:
        """Device id -> the observer who uses that laptop: the one named most often as the
        observer of the records started there (laptops that started none are absent)."""
        where, args = ("and device_id = ?", [device_id]) if device_id else ("", [])
        best: dict[str, tuple[int, str]] = {}
        for r in self._rows(
            "select device_id, json_extract(payload, '$.observer.name') as name, count(*) as n "
            f"from revisions where parents = '[]' {where} group by device_id, name",
            args,
        ):
            rank = (r["n"], r["name"] or "")
            if rank[1] and rank > best.get(r["device_id"], (0, "")):
                best[r["device_id"]] = rank
        return {device: name for device, (_, name) in best.items()}

    def device_authors(self) -> dict[str, str]:
        """Device id -> who made most of its revisions (a laptop that started no record
        is still known by the person editing on it)."""
        best: dict[str, tuple[int, str]] = {}
        for r in self._rows("select device_id, author, count(*) as n from revisions group by device_id, author"):
            rank = (r["n"], r["author"] or "")
            if rank[1] and rank > best.get(r["device_id"], (0, "")):
                best[r["device_id"]] = rank
        return {device: name for device, (_, name) in best.items()}

    def _author(self, obs: Observation) -> str:
        """Who made a revision on this laptop: the observer who uses it, once known (a
        colleague's record edited here is edited by this laptop's observer): the one set
        up at first run, else the one who started records here; else the record's observer."""
        chosen = self._self_observer_name()  # read each time: Settings may change it
        if chosen:
            return chosen
        cached = self._laptop_observer
        if cached is None:
            cached = self.device_observers(self.device_id).get(self.device_id)
            if cached:
                self._laptop_observer = cached
        return cached or (obs.observer.name if obs.observer else "")

    def _self_observer_name(self) -> str:
        observer_id = self.get_setting("self_observer_id")
        rows = self._rows("select name from observers where id = ?", [observer_id]) if observer_id else []
        return str(rows[0]["name"] or "") if rows else ""

    # -- publishing -------------------------------------------------------------------

    def local_revision_ids(self) -> list[tuple[str, bool]]:
        """(id, published) of this device's own revisions, oldest first."""
        return [
            (r["id"], r["published_at"] is not None)
            for r in self._rows(
                "select id, published_at from revisions where origin = 'local' and device_id = ? "
                "order by created_at, rowid",
                [self.device_id],
            )
        ]

    def mark_published(self, done: Sequence[tuple[str, str | None]]) -> None:
        """Record (revision id, signature) pairs as written to the folder (None: keep the
        signature, the file was already there)."""
        if not done:
            return
        now = utc_now()
        with self.transaction() as conn:
            conn.executemany(
                "update revisions set published_at = ?, signature = coalesce(?, signature) where id = ?",
                [(now, signature, rid) for rid, signature in done],
            )

    def has_published(self, device_id: str) -> bool:
        """Whether *device_id* wrote any of this laptop's revisions to the shared folder."""
        return bool(
            self._rows(
                "select 1 from revisions where origin = 'local' and device_id = ? and published_at is not null limit 1",
                [device_id],
            )
        )

    def start_new_device_identity(self) -> str:
        """A new device id for this laptop; its revisions not yet published move to it
        (the published ones stay where they were written). Returns the new id."""
        old = self.device_id
        new = new_id()[:16]
        with self.transaction() as conn:
            self.set_setting("device_id", new)
            conn.execute(
                "update revisions set device_id = ? where origin = 'local' and device_id = ? and published_at is null",
                [new, old],
            )
        return new

    def pending_count(self) -> int:
        """What this laptop's next sync sends: its revisions not yet written to the shared
        folder, and the records edited since their last revision (a sync makes each a
        revision first; counted from m142's index of them, not a scan of every record). Named: the
        planner took m129's covering index instead, a walk over every record's entry (6 ms
        CPU at 100,000, at each return to a screen; 0.01 ms from the partial index)."""
        return self._count(
            "select (select count(*) from revisions where origin = 'local' and published_at is null)"
            " + (select count(*) from observations indexed by observations_unrevised where unrevised = 1"
            " and id not in (select observation_id from sync_conflicts))"
        )
