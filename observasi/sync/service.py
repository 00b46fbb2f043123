"""Sync through a dumb folder: what the CLI and the app call.

``sync`` = capture unrecorded edits as revisions, import every new file of the folder
(a union: nothing is thrown away by clock order), apply each observation whose history
has one head, mark the others as conflicts, then publish every local revision that is
not in this device's folder (which also re-publishes files lost to a restored backup).
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observasi import files
from observasi.context import AppContext
from observasi.core.record import Observation, utc_now
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync import device_key, merge, revision_file
from observasi.sync import folder as folder_io
from observasi.sync.incoming import apply_heads, capture_edits, import_files
from observasi.sync.naming import app_dir, device_dir, form_file_name, revision_file_name


@dataclass(frozen=True)
class ConflictInfo:
    observation_id: str
    teacher_name: str
    head_ids: list[str]


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: list[ConflictInfo] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True)
class SyncStatus:
    last_sync: str | None
    pending: int
    conflicts: int
    problems: int


# -- the folder ---------------------------------------------------------------------------


def shared_folder(context: AppContext, folder: Path | None = None) -> Path:
    """The shared folder to use (given, else remembered); UserError if none is set."""
    chosen = folder if folder is not None else context.settings.shared_folder
    if chosen is None or str(chosen).strip() == "":
        raise UserError(t("sync.err.no_folder"))
    return Path(str(chosen)).expanduser()


def _reachable(shared: Path) -> Path:
    try:
        if not shared.is_dir():
            raise UserError(t("sync.err.unreachable", path=shared))
        root = app_dir(shared)
        root.mkdir(exist_ok=True)
    except OSError as exc:
        raise UserError(t("sync.err.unreachable_detail", path=shared, detail=exc.strerror or exc)) from exc
    return root


# -- sync -----------------------------------------------------------------------------------


def sync(context: AppContext, folder: Path | None = None) -> SyncReport:
    """Publish and import; raises UserError when the folder cannot be reached."""
    started = time.perf_counter()
    shared = shared_folder(context, folder)
    _reachable(shared)
    if folder is not None and Path(str(context.settings.shared_folder or "")) != shared:
        context.update_settings(shared_folder=shared)
    store = context.store
    capture_edits(store)
    try:
        listing = folder_io.scan(shared)
    except OSError as exc:
        raise UserError(t("sync.err.unreachable_detail", path=shared, detail=exc.strerror or exc)) from exc
    report = SyncReport(problems=list(listing.problems))
    with _collector_paused():
        received = import_files(store, listing, report.problems)
        report.received = len(received)
        touched = set(received.values())
        apply_heads(context, touched | set(store.unapplied()), received, report.problems)
    report.sent = _publish(store, shared, listing.names.get(store.device_id))
    report.conflicts = conflicts(context)
    report.problems.sort()
    store.replace_sync_problems(report.problems)
    report.seconds = time.perf_counter() - started
    store.log_sync(
        str(shared), report.sent, report.received, len(report.conflicts), len(report.problems), report.seconds
    )
    return report


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a sync imports and applies records.

    A first import keeps hundreds of thousands of small objects alive (listing entries,
    revisions, records and their ratings) and makes millions more; each full collection
    walked all of them, about a fifth of the whole import. The records make no reference
    cycles; whatever else did is collected once the collector runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# -- publishing ----------------------------------------------------------------------------


def publish(context: AppContext) -> int:
    """Publish pending local revisions; 0 (and no error) when there is no reachable folder."""
    try:
        shared = shared_folder(context)
        _reachable(shared)
        store = context.store
        capture_edits(store)
        return _publish(store, shared, None)
    except (UserError, OSError):
        return 0


def _publish(store: Store, shared: Path, present: set[str] | None) -> int:
    """Write every local revision (and the forms they use) missing from this device's folder."""
    own = device_dir(shared, store.device_id)
    if present is None:
        present = set(os.listdir(own)) if own.is_dir() else set()
    missing: list[str] = []
    already: list[tuple[str, str | None]] = []  # in the folder, but the sync that wrote it stopped early
    for rid, published in store.local_revision_ids():
        if revision_file_name(rid) not in present:
            missing.append(rid)
        elif not published:
            already.append((rid, None))
    store.mark_published(already)
    if not missing:
        return 0
    key = device_key.load_or_create(store.data_dir)
    for digest in store.used_form_hashes():
        name = form_file_name(digest)
        body = store.form_body(digest) if name not in present else None
        if body is not None:
            files.write_new(own / name, body)
    done: list[tuple[str, str]] = []
    try:
        for rid in missing:
            data, _, signature = revision_file.encode(store.revision(rid), key)
            files.write_new(own / revision_file_name(rid), data)
            done.append((rid, signature))
    finally:
        store.mark_published(done)
    return len(done)


# -- status, conflicts, resolving ------------------------------------------------------------


def status(context: AppContext) -> SyncStatus:
    """Cheap: a few queries, no folder access."""
    store = context.store
    return SyncStatus(store.last_sync(), store.pending_count(), store.conflict_count(), store.sync_problem_count())


def conflicts(context: AppContext) -> list[ConflictInfo]:
    store = context.store
    return [
        ConflictInfo(obs_id, store.conflict_teacher_name(obs_id, head_ids[0]), head_ids)
        for obs_id, head_ids in store.sync_conflicts()
    ]


@dataclass(frozen=True)
class Head:
    """One side of a conflict, for the conflict screen."""

    revision_id: str
    device_id: str
    author: str
    created_at: str
    deleted: bool
    payload: dict[str, Any]


def conflict_heads(context: AppContext, observation_id: str) -> list[Head]:
    for obs_id, head_ids in context.store.sync_conflicts():
        if obs_id == observation_id:
            revs = [context.store.revision(rid) for rid in head_ids]
            return [Head(r.id, r.device_id, r.author, r.created_at, r.deleted, r.payload) for r in revs]
    return []


def resolve(context: AppContext, observation_id: str, chosen: Observation, *, deleted: bool = False) -> None:
    """Store *chosen* (one head kept, or a merge) as a new revision whose parents are all
    the current heads, so the resolution travels and every device converges on it."""
    store = context.store
    chosen = chosen.model_copy(update={"id": observation_id, "updated_at": utc_now()})
    with store.transaction():
        store.put_observation(chosen, revision=True, deleted=deleted)
        store.clear_conflicts([observation_id])
        store.clear_unapplied([observation_id])
    publish(context)


def resolve_with(context: AppContext, observation_id: str, revision_id: str) -> None:
    """Keep one head as it is (``observasi resolve ID --keep REVISION``)."""
    for head in conflict_heads(context, observation_id):
        if head.revision_id.startswith(revision_id.lower()):
            resolve(context, observation_id, Observation.model_validate(head.payload), deleted=head.deleted)
            return
    raise UserError(t("sync.err.no_head", id=revision_id))


def merged_observation(a: Head, b: Head, choices: dict[str, merge.Side]) -> Observation:
    return Observation.model_validate(merge.merge(a.payload, b.payload, choices))
