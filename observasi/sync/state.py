"""What sync remembers in the local database (tables made by migration m005_sync_state).

Plain SQL over the store's connection, under the store's lock, so the store module does
not grow sync-only methods.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from observasi.core.record import utc_now
from observasi.store.models import Revision
from observasi.store.store import Store
from observasi.sync.revision_file import RevisionFile


@contextmanager
def transaction(store: Store) -> Iterator[Database]:
    """One transaction (with the store's lock) around many changes: the store's own
    methods called inside nest as savepoints, so a batch costs one commit."""
    with store._tx() as db:
        yield db


def rows(store: Store, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return store.query(sql, list(params))


# -- the file cache ----------------------------------------------------------------------


def file_cache(store: Store) -> dict[str, tuple[int, int]]:
    return {r["path"]: (r["size"], r["mtime_ns"]) for r in rows(store, "select path, size, mtime_ns from sync_files")}


_FILE_COLUMNS = ("path", "size", "mtime_ns", "kind", "key", "sha256")


def remember_files(db: Database, files: list[dict[str, Any]]) -> None:
    """Remember files read (every column given, so a replace is an upsert; plain SQL
    because a first import remembers thousands)."""
    if files:
        db.conn.executemany(
            f"insert or replace into sync_files ({', '.join(_FILE_COLUMNS)}) values ({', '.join('?' * len(_FILE_COLUMNS))})",
            [tuple(f[c] for c in _FILE_COLUMNS) for f in files],
        )


# -- problems ------------------------------------------------------------------------------


def replace_problems(store: Store, problems: list[tuple[str, str]]) -> None:
    now = utc_now()
    with transaction(store) as db:
        first = {r["path"]: r["first_seen"] for r in db.query("select path, first_seen from sync_problems")}
        db.execute("delete from sync_problems")
        unique = dict(problems)
        db["sync_problems"].insert_all(
            [{"path": p, "reason": r, "first_seen": first.get(p, now), "last_seen": now} for p, r in unique.items()],
            pk="path",
        )


def problems(store: Store) -> list[tuple[str, str]]:
    return [(r["path"], r["reason"]) for r in rows(store, "select path, reason from sync_problems order by path")]


# -- device keys ---------------------------------------------------------------------------


def device_keys(store: Store) -> dict[str, str]:
    return {r["device_id"]: r["public_key"] for r in rows(store, "select device_id, public_key from sync_devices")}


def pin_devices(db: Database, keys: dict[str, str]) -> None:
    if keys:
        now = utc_now()
        db["sync_devices"].insert_all(
            [{"device_id": d, "public_key": k, "first_seen": now} for d, k in keys.items()], pk="device_id", ignore=True
        )


# -- revisions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RevisionHead:
    """A revision without its payload: enough to compute heads."""

    id: str
    observation_id: str
    parents: tuple[str, ...]
    hash: str
    deleted: bool
    created_at: str


def known_revisions(store: Store) -> dict[str, str]:
    """Revision id -> content hash, for every revision in the database."""
    return {r["id"]: r["hash"] for r in rows(store, "select id, hash from revisions")}


_REVISION_COLUMNS = (
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


def insert_revisions(db: Database, files: list[RevisionFile]) -> None:
    """Insert revisions imported from checked files, each payload as the file's own JSON
    text (plain SQL: thousands at a time on a first import)."""
    if files:
        sql = (
            f"insert or ignore into revisions ({', '.join(_REVISION_COLUMNS)}) "
            f"values ({', '.join('?' * len(_REVISION_COLUMNS))})"
        )
        db.conn.executemany(
            sql,
            [
                (
                    f.id,
                    f.observation_id,
                    json.dumps(f.parents),
                    f.device_id,
                    f.author,
                    f.created_at,
                    int(f.deleted),
                    f.payload_json,
                    f.content_hash,
                    f.signature,
                    "imported",
                    None,
                )
                for f in files
            ],
        )


def revision_skeletons(store: Store, observation_ids: Iterable[str]) -> dict[str, list[RevisionHead]]:
    ids = sorted(set(observation_ids))
    out: dict[str, list[RevisionHead]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in rows(
            store,
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


def revision(store: Store, revision_id: str) -> Revision:
    return Revision.from_row(rows(store, "select * from revisions where id = ?", [revision_id])[0])


def local_revision_ids(store: Store, device_id: str) -> list[tuple[str, bool]]:
    """(id, published) of this device's own revisions, oldest first."""
    return [
        (r["id"], r["published_at"] is not None)
        for r in rows(
            store,
            "select id, published_at from revisions where origin = 'local' and device_id = ? "
            "order by created_at, rowid",
            [device_id],
        )
    ]


def mark_published(store: Store, done: list[tuple[str, str | None]]) -> None:
    """Record (revision id, signature) pairs as written to the folder (None: keep the
    signature, the file was already there)."""
    if not done:
        return
    now = utc_now()
    with transaction(store) as db:
        db.conn.executemany(
            "update revisions set published_at = ?, signature = coalesce(?, signature) where id = ?",
            [(now, signature, rid) for rid, signature in done],
        )


def pending_count(store: Store) -> int:
    return rows(store, "select count(*) as n from revisions where origin = 'local' and published_at is null")[0]["n"]


def changed_since_revision(store: Store) -> list[str]:
    """Observations edited after their latest revision (and not waiting on a conflict)."""
    return [
        r["id"]
        for r in rows(
            store,
            """
        select o.id from observations o
        where o.updated_at >= coalesce((select max(r.created_at) from revisions r where r.observation_id = o.id), '')
          and o.id not in (select observation_id from sync_conflicts)
    """,
        )
    ]


def used_form_hashes(store: Store) -> list[str]:
    return [r["form_hash"] for r in rows(store, "select distinct form_hash from observations where form_hash != ''")]


def has_form(store: Store, digest: str) -> bool:
    return bool(rows(store, "select 1 from forms where hash = ?", [digest]))


def form_body(store: Store, digest: str) -> bytes | None:
    found = rows(store, "select body from forms where hash = ?", [digest])
    return found[0]["body"].encode("utf-8") if found else None


# -- conflicts and unapplied heads ---------------------------------------------------------


def set_conflict(db: Database, observation_id: str, heads: list[str]) -> None:
    existing = list(db.query("select heads from sync_conflicts where observation_id = ?", [observation_id]))
    if existing and json.loads(existing[0]["heads"]) == heads:
        return
    db["sync_conflicts"].upsert(
        {"observation_id": observation_id, "heads": json.dumps(heads), "detected_at": utc_now()}, pk="observation_id"
    )


def clear_conflict(db: Database, *observation_ids: str) -> None:
    db.conn.executemany("delete from sync_conflicts where observation_id = ?", [(i,) for i in observation_ids])


def conflicts(store: Store) -> list[tuple[str, list[str]]]:
    return [
        (r["observation_id"], json.loads(r["heads"]))
        for r in rows(store, "select observation_id, heads from sync_conflicts order by detected_at, observation_id")
    ]


def conflict_count(store: Store) -> int:
    return rows(store, "select count(*) as n from sync_conflicts")[0]["n"]


def problem_count(store: Store) -> int:
    return rows(store, "select count(*) as n from sync_problems")[0]["n"]


def set_unapplied(db: Database, observation_id: str, reason: str) -> None:
    db["sync_unapplied"].upsert({"observation_id": observation_id, "reason": reason}, pk="observation_id")


def clear_unapplied(db: Database, *observation_ids: str) -> None:
    db.conn.executemany("delete from sync_unapplied where observation_id = ?", [(i,) for i in observation_ids])


def unapplied(store: Store) -> list[str]:
    return [r["observation_id"] for r in rows(store, "select observation_id from sync_unapplied")]


# -- the log -------------------------------------------------------------------------------


def log_sync(
    store: Store, folder: str, sent: int, received: int, conflicts_: int, problems_: int, seconds: float
) -> None:
    with transaction(store) as db:
        db["sync_log"].insert(
            {
                "at": utc_now(),
                "folder": folder,
                "sent": sent,
                "received": received,
                "conflicts": conflicts_,
                "problems": problems_,
                "seconds": round(seconds, 3),
            }
        )


def last_sync(store: Store) -> str | None:
    found = rows(store, "select at from sync_log order by id desc limit 1")
    return found[0]["at"] if found else None
