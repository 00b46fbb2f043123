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

from pydantic import ValidationError

from observasi import files
from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.core.record import Observation, utc_now
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.models import Observer, Revision, Teacher
from observasi.store.store import Store
from observasi.sync import device_key, merge, revision_file, state
from observasi.sync import folder as folder_io
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
    received: dict[str, revision_file.RevisionFile] = {}
    with _collector_paused():
        touched = _import(store, listing, report, received)
        _apply(context, touched | set(state.unapplied(store)), report, received)
    report.sent = _publish(store, shared, listing.names.get(store.device_id))
    report.conflicts = conflicts(context)
    report.problems.sort()
    state.replace_problems(store, report.problems)
    report.seconds = time.perf_counter() - started
    state.log_sync(
        store, str(shared), report.sent, report.received, len(report.conflicts), len(report.problems), report.seconds
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


def capture_edits(store: Store) -> int:
    """Save edits made since the last revision of each record as a revision (not when the
    record already equals a head: two heads of the same content would only grow a chain
    of merge revisions on every device)."""
    made = 0
    candidates = state.changed_since_revision(store)
    histories = state.revision_skeletons(store, candidates)
    for obs_id in candidates:
        head_hashes = {h.hash for h in merge.heads(histories.get(obs_id, []))}
        if _local_digest(store, obs_id) not in head_hashes and store.record_revision(obs_id) is not None:
            made += 1
    return made


def _import(
    store: Store, listing: folder_io.Listing, report: SyncReport, received: dict[str, revision_file.RevisionFile]
) -> set[str]:
    """Read every new or changed file; store genuine revisions (also put in *received*);
    returns the observations touched."""
    cache = state.file_cache(store)
    known = state.known_revisions(store)
    pinned = state.device_keys(store)
    new_keys: dict[str, str] = {}
    new_revisions: list[revision_file.RevisionFile] = []
    seen_files: list[dict] = []
    touched: set[str] = set()
    # Forms first, so the revisions that use them can be applied in the same sync.
    entries = sorted(listing.entries, key=lambda e: (e.name.kind != "form", e.name.copy, e.rel))
    changed = [e for e in entries if cache.get(e.rel) != (e.size, e.mtime_ns)]
    for entry in changed:
        try:
            raw = _read_entry(entry)
            if entry.name.kind == "form":
                digest = _import_form(store, raw, entry.name.key)
            else:
                found = revision_file.decode(raw)
                digest = found.sha256
                if found.id != entry.name.key:
                    raise revision_file.BadFile(t("sync.bad.name_mismatch"))
                if found.device_id != entry.device:
                    raise revision_file.BadFile(t("sync.bad.wrong_folder"))
                key = pinned.get(found.device_id) or new_keys.get(found.device_id)
                if key is not None and key != found.public_key:
                    raise revision_file.BadFile(t("sync.bad.other_key"))
                if key is None:
                    new_keys[found.device_id] = found.public_key
                if found.id in known:
                    if known[found.id] != found.content_hash:
                        raise revision_file.BadFile(t("sync.bad.same_id"))
                else:
                    known[found.id] = found.content_hash
                    new_revisions.append(found)
                    touched.add(found.observation_id)
        except revision_file.BadFile as bad:
            report.problems.append((entry.rel, str(bad)))
            continue
        seen_files.append(
            {
                "path": entry.rel,
                "size": entry.size,
                "mtime_ns": entry.mtime_ns,
                "kind": entry.name.kind,
                "key": entry.name.key,
                "sha256": digest,
            }
        )
    with state.transaction(store) as db:
        state.insert_revisions(db, new_revisions)
        state.pin_devices(db, new_keys)
        state.remember_files(db, seen_files)
    report.received = len(new_revisions)
    for found in new_revisions:
        received[found.id] = found
    return touched


def _read_entry(entry: folder_io.Entry) -> bytes:
    """The bytes of a listed file; BadFile when it cannot be one of ours."""
    if entry.size > revision_file.MAX_BYTES:
        raise revision_file.BadFile(t("sync.bad.huge", limit=revision_file.MAX_BYTES // (1024 * 1024)))
    if entry.size == 0:
        raise revision_file.BadFile(t("sync.bad.empty"))
    try:
        return folder_io.read_capped(entry.path, revision_file.MAX_BYTES, entry.size)
    except OSError as exc:
        raise revision_file.BadFile(t("sync.bad.unreadable", detail=exc.strerror or exc)) from exc


def _import_form(store: Store, raw: bytes, digest: str) -> str:
    body = revision_file.decode_form(raw, digest)
    if not state.has_form(store, digest):
        try:
            inst = Instrument.model_validate(body)
        except ValidationError as exc:
            raise revision_file.BadFile(t("sync.bad.form_invalid", detail=str(exc).splitlines()[0][:80])) from exc
        if inst.content_hash() != digest:
            raise revision_file.BadFile(t("sync.bad.hash"))
        store.remember_form(inst)
    return digest


def _apply(
    context: AppContext,
    observation_ids: set[str],
    report: SyncReport,
    received: dict[str, revision_file.RevisionFile] | None = None,
) -> None:
    """Bring each local record to its single head; mark the rest as conflicts."""
    if not observation_ids:
        return
    store = context.store
    histories = state.revision_skeletons(store, observation_ids)
    existing = {r["id"] for r in state.rows(store, "select id from observations")}
    people = _People(store)
    # Records to write, in one statement per table at the end (same transaction).
    ready: list[tuple[Observation, bool]] = []
    settled: list[str] = []  # one head (or none left to apply): neither a conflict nor unapplied
    stored_forms: set[str] = set()
    with state.transaction(store) as db:
        for obs_id in sorted(observation_ids):
            history = histories.get(obs_id) or []
            if not history:
                continue
            local = _local_digest(store, obs_id) if obs_id in existing else None
            if local is not None and local not in {r.hash for r in history}:
                # An edit made while the sync ran: keep it as a revision of its own first.
                store.record_revision(obs_id)
                history = state.revision_skeletons(store, [obs_id])[obs_id]
            heads = merge.distinct_heads(history)
            if len(heads) > 1:
                state.set_conflict(db, obs_id, sorted(h.id for h in heads))
                state.clear_unapplied(db, obs_id)
                continue
            head = heads[0]
            if local == head.hash:
                settled.append(obs_id)
                continue
            imported = (received or {}).get(head.id)
            rev = imported.revision if imported is not None else state.revision(store, head.id)
            checked = _checked_head(context, rev, people, stored_forms)
            if isinstance(checked, Observation):
                ready.append((checked, rev.deleted))
                settled.append(obs_id)
            else:
                state.clear_conflict(db, obs_id)
                state.set_unapplied(db, obs_id, checked[1])
                report.problems.append(checked)
        state.clear_conflict(db, *settled)
        state.clear_unapplied(db, *settled)
        store.put_observations(ready, revision=False)
        people.save()


class _People:
    """Teachers and observers named by imported records, added to the local lists in one go."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.teachers = {r["id"] for r in state.rows(store, "select id from teachers")}
        self.observers = {r["id"] for r in state.rows(store, "select id from observers")}
        self.new_teachers: dict[str, Teacher] = {}

    def note(self, obs: Observation) -> None:
        if obs.teacher_id not in self.teachers:
            person = obs.teacher
            numbers = (
                {"nip": person.id_number}
                if person.id_label == "NIP"
                else ({"nuptk": person.id_number} if person.id_label == "NUPTK" else {})
            )
            self.new_teachers[obs.teacher_id] = Teacher(
                id=obs.teacher_id, name=person.name, subject=obs.subject, **numbers
            )
            self.teachers.add(obs.teacher_id)
        if obs.observer_id and obs.observer_id not in self.observers:
            p = obs.observer
            self.store.save_observer(
                Observer(
                    id=obs.observer_id,
                    name=p.name,
                    id_label=p.id_label,
                    id_number=p.id_number,
                    role=p.role or "kepala_sekolah",
                )
            )
            self.observers.add(obs.observer_id)

    def save(self) -> None:
        if self.new_teachers:
            self.store.save_teachers(list(self.new_teachers.values()))
            self.new_teachers.clear()


def _local_digest(store: Store, obs_id: str) -> str:
    obs = store.get_observation(obs_id)
    return revision_file.content_digest(obs.model_dump(mode="json"), store.is_deleted(obs_id))


def _checked_head(
    context: AppContext, rev: Revision, people: _People, stored_forms: set[str]
) -> Observation | tuple[str, str]:
    """*rev*'s record, ready to be written into the local tables (its form stored, its
    people noted); a (file, reason) problem if it cannot be. *stored_forms*: form hashes
    already found stored in this sync (asked once per form, not once per record)."""
    store = context.store
    where = f"observasi/{rev.device_id}/{revision_file_name(rev.id)}"
    try:
        obs = Observation.model_validate(rev.payload)
    except ValidationError as exc:
        return where, t("sync.bad.record_invalid", detail=str(exc).splitlines()[0][:80])
    if obs.form_hash not in stored_forms and not state.has_form(store, obs.form_hash):
        known = context.catalog.by_hash(obs.form_hash)
        if known is None:
            return where, t("sync.bad.form_missing", form=f"{obs.form_id} {obs.form_version}")
        store.remember_form(known.instrument)
    stored_forms.add(obs.form_hash)
    people.note(obs)
    return obs


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
    for rid, published in state.local_revision_ids(store, store.device_id):
        if revision_file_name(rid) not in present:
            missing.append(rid)
        elif not published:
            already.append((rid, None))
    state.mark_published(store, already)
    if not missing:
        return 0
    key = device_key.load_or_create(store.data_dir)
    for digest in state.used_form_hashes(store):
        name = form_file_name(digest)
        body = state.form_body(store, digest) if name not in present else None
        if body is not None:
            files.write_new(own / name, body)
    done: list[tuple[str, str]] = []
    try:
        for rid in missing:
            data, _, signature = revision_file.encode(state.revision(store, rid), key)
            files.write_new(own / revision_file_name(rid), data)
            done.append((rid, signature))
    finally:
        state.mark_published(store, done)
    return len(done)


# -- status, conflicts, resolving ------------------------------------------------------------


def status(context: AppContext) -> SyncStatus:
    """Cheap: a few queries, no folder access."""
    store = context.store
    return SyncStatus(
        state.last_sync(store), state.pending_count(store), state.conflict_count(store), state.problem_count(store)
    )


def conflicts(context: AppContext) -> list[ConflictInfo]:
    store = context.store
    out = []
    for obs_id, head_ids in state.conflicts(store):
        name = state.rows(store, "select json_extract(teacher, '$.name') as n from observations where id = ?", [obs_id])
        if not name:
            name = state.rows(
                store, "select json_extract(payload, '$.teacher.name') as n from revisions where id = ?", [head_ids[0]]
            )
        out.append(ConflictInfo(obs_id, (name[0]["n"] if name else "") or "", head_ids))
    return out


@dataclass(frozen=True)
class Head:
    """One side of a conflict, for the conflict screen."""

    revision_id: str
    device_id: str
    author: str
    created_at: str
    deleted: bool
    payload: dict


def conflict_heads(context: AppContext, observation_id: str) -> list[Head]:
    for obs_id, head_ids in state.conflicts(context.store):
        if obs_id == observation_id:
            revs = [state.revision(context.store, rid) for rid in head_ids]
            return [Head(r.id, r.device_id, r.author, r.created_at, r.deleted, r.payload) for r in revs]
    return []


def resolve(context: AppContext, observation_id: str, chosen: Observation, *, deleted: bool = False) -> None:
    """Store *chosen* (one head kept, or a merge) as a new revision whose parents are all
    the current heads, so the resolution travels and every device converges on it."""
    store = context.store
    chosen = chosen.model_copy(update={"id": observation_id, "updated_at": utc_now()})
    with state.transaction(store) as db:
        store.put_observation(chosen, revision=True, deleted=deleted)
        state.clear_conflict(db, observation_id)
        state.clear_unapplied(db, observation_id)
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
