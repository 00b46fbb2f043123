"""What comes in from the shared folder: new files read and checked, their revisions
stored, and each touched record brought to its single head (or marked as a conflict).

Everything is written in short transactions -- a batch of a few hundred rows -- so a
principal scoring a lesson while a sync runs never waits long behind it. Deciding what
to do with a record (reading it, hashing it, validating the head) happens outside the
transaction; inside it, a record whose version moved in between (a keystroke saved
meanwhile) is decided again, so a sync never writes over an edit it did not see.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

from observasi.context import AppContext
from observasi.core.instrument import Instrument
from observasi.core.programme import Programme
from observasi.core.record import Observation
from observasi.core.text import invalid_place, json_path, text_problems
from observasi.i18n import t
from observasi.record import integrity
from observasi.store.models import Observer, Revision, Teacher
from observasi.store.record_rows import WholeRecordRows, chunks
from observasi.store.revisions import RevisionHead, heads
from observasi.store.store import Store
from observasi.store.sync_state import SyncFile
from observasi.sync import merge, revision_file
from observasi.sync.envelope import Forgotten, Keyring
from observasi.sync.listing import Entry, Listing
from observasi.sync.naming import revision_file_name
from observasi.sync.programme_versions import reconcile_programmes
from observasi.sync.year_files import YEAR_KINDS, adopt_clear_programmes, import_year_file

# Files per transaction on import (a few tens of milliseconds each), records per
# transaction when applying (their rows are made before, so a batch is mostly SQL). A batch
# is also all an import holds of the files' contents and the heads' records: memory stays
# the same at 1,000 files as at 100,000 (issue 18: 2.24 GB when they were held at once).
# A batch of heads holds each record validated, dumped and as rows (about 60 KB a record):
# 500 of them were 73 MiB more at the peak of a first import; 250 stay under the peak the
# roster makes after them. Each transaction is a durable commit (an fsync, more on a busy
# disk): 100 files or records a commit made a first import of 100,000 files commit 410 times.
IMPORT_BATCH = 1000
APPLY_BATCH = 250

Problem = tuple[str, str]  # (file, reason)


def capture_edits(store: Store, problems: list[Problem] | None = None, only: str | None = None) -> int:
    """Save edits made since the last revision of each record (or of the record *only*,
    not waiting on a conflict) as a revision (not when the record already equals a head: two heads of the same
    content would only grow a chain of merge revisions on every device; nor when it
    changes a final record without an amendment: edited outside observasi, it is reported
    in *problems*, never published)."""
    made = 0
    # One record: its content compared with its heads below decides (no scan of all records).
    candidates = store.changed_since_revision() if only is None else [only]
    histories = store.revision_skeletons(candidates)
    for obs_id in candidates:
        head_hashes = {h.hash for h in heads(histories.get(obs_id, []))}
        stored = store.stored_digest(obs_id)
        if stored is None:
            continue
        if stored[0] in head_hashes:
            # Saved again as a head holds it (the same score pressed twice within a second:
            # its time is in whole seconds): nothing to send. Marked so, or it was counted as
            # waiting to be sent at every sync after.
            store.mark_revised_at(obs_id, stored[1])
            continue
        tampered = integrity.local_tampering(store, obs_id)
        if tampered is not None:
            if problems is not None:
                problems.append((tampered.where, tampered.reason))
            continue
        if store.record_revision(obs_id) is not None:
            made += 1
    return made


# -- reading the place ------------------------------------------------------------------------


class Received:
    """What an import stored: how many revisions, the records they belong to, and -- asked
    of the database, not held -- whether a revision was one of them (the revisions this
    import inserted: origin 'imported', between the rowids it began and ended at). A dict
    of 100,000 revision ids held for the whole sync was a fifth of a first import's peak."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.count = 0
        self.observations: set[str] = set()
        self._rowids = (store.last_revision_rowid(), store.last_revision_rowid())

    def add(self, observation_id: str) -> None:
        self.count += 1
        self.observations.add(observation_id)

    def close(self) -> None:
        """Every revision of this import is stored: the rowids it took are known."""
        self._rowids = (self._rowids[0], self.store.last_revision_rowid())

    def __len__(self) -> int:
        return self.count

    def __contains__(self, revision_id: object) -> bool:
        return isinstance(revision_id, str) and self.store.imported_between(revision_id, *self._rowids)


def import_files(
    store: Store,
    listing: Listing,
    problems: list[Problem],
    decode: Callable[[bytes], revision_file.RevisionFile] = revision_file.decode,
    keys: Keyring | None = None,
) -> Received:
    """Read every new or changed file; store the genuine revisions, a batch at a time, and
    return what was received (files that are not genuine go to *problems*). *decode* opens
    a revision file (sealed ones need the keys: observasi.sync.envelope); *keys* open the
    year's sealed files."""
    received = Received(store)
    if not listing.entries:  # every prefix listed as the last sync read it (observasi.sync.listing)
        return received
    # The rows of the folders listed here alone (one colleague's new files: that folder's).
    cache = store.sync_file_cache_under({e.folder for e in listing.entries})
    changed = [e for e in listing.entries if cache.get(e.rel) != (e.size, e.mtime_ns)] if cache else listing.entries
    if not changed:  # a rescan that finds nothing new reads no more of the database
        return received
    pinned = store.device_keys()
    new_keys: dict[str, str] = {}
    # Each file read since the last batch was stored, with the revision it brought (None:
    # a form or a year's file). Whether a revision is known already is asked of the
    # database a batch at a time (:func:`_store_batch`), not held for the whole folder.
    seen: list[tuple[SyncFile, revision_file.RevisionFile | None]] = []
    forms: dict[str, Instrument] = {}  # received forms checked since, stored with their batch
    clear: list[Programme] = []  # programme versions in the clear, taken after the sealed ones
    # Forms first, so the revisions that use them can be applied in the same sync.
    for entry in sorted(changed, key=Entry.order):
        new: revision_file.RevisionFile | None = None
        name = entry.name  # made on each use: once a file here
        try:
            if name.kind in YEAR_KINDS:
                digest = import_year_file(store, listing, entry, keys, clear)
            elif name.kind == "form":
                digest = _import_form(store, _read_entry(listing, entry), name.key, forms)
            else:
                raw = _read_entry(listing, entry)
                found = decode(raw)
                digest = found.sha256
                _check(found, entry, pinned.get(found.device_id) or new_keys.get(found.device_id))
                new_keys.setdefault(found.device_id, found.public_key)
                new = found
        except Forgotten:
            # Sealed under a key a member destroyed when the teacher was forgotten: nobody
            # can open it, by design; remembered so it is not read (nor reported) again.
            digest = name.key
        except revision_file.BadFile as bad:
            problems.append((entry.rel, str(bad)))
            continue
        row = SyncFile(
            path=entry.rel,
            size=entry.size,
            mtime_ns=entry.mtime_ns,
            kind=name.kind,
            key=name.key,
            sha256=digest,
        )
        seen.append((row, new))
        if len(seen) == IMPORT_BATCH:
            _store_batch(store, seen, new_keys, pinned, received, problems, forms)
            seen = []
    _store_batch(store, seen, new_keys, pinned, received, problems, forms)
    received.close()
    reconcile_programmes(store)  # the sealed versions first: one in the clear never replaces them
    adopt_clear_programmes(store, clear)
    return received


def _store_batch(
    store: Store,
    seen: list[tuple[SyncFile, revision_file.RevisionFile | None]],
    new_keys: dict[str, str],
    pinned: dict[str, str],
    received: Received,
    problems: list[Problem],
    forms: dict[str, Instrument],
) -> None:
    """The keys first; then a batch of files with their new revisions and the forms read
    with them (*forms*, emptied), in one transaction: a sync stopped half-way reads the
    files it did not remember again (a transaction of its own for a form was one more
    fsync of a first import). A revision whose id is known (here, or earlier in the batch:
    a sync client's copy of a file) with other content is a problem, and its file is not
    remembered (it is reported at every sync)."""
    fresh = {d: k for d, k in new_keys.items() if d not in pinned}
    if fresh:
        store.pin_device_keys(fresh)
        pinned.update(fresh)
    if not seen:
        return
    known = store.revision_hashes([found.id for _, found in seen if found is not None])
    rows: list[SyncFile] = []
    revisions: list[revision_file.RevisionFile] = []
    for row, found in seen:
        if found is not None:
            if found.id in known:
                if known[found.id] != found.revision_hash:
                    problems.append((row["path"], t("sync.bad.same_id")))
                    continue
            else:
                known[found.id] = found.revision_hash
                revisions.append(found)
                received.add(found.observation_id)
        rows.append(row)
    with store.transaction():
        for inst in forms.values():
            store.remember_form(inst)
        forms.clear()
        store.insert_imported_revisions(revisions)
        store.remember_sync_files(rows)


def _check(found: revision_file.RevisionFile, entry: Entry, key: str | None) -> None:
    if found.id != entry.name.key:
        raise revision_file.BadFile(t("sync.bad.name_mismatch"))
    if found.device_id != entry.device:
        raise revision_file.BadFile(t("sync.bad.wrong_folder"))
    if key is not None and key != found.public_key:
        raise revision_file.BadFile(t("sync.bad.other_key"))


def _read_entry(listing: Listing, entry: Entry) -> bytes:
    """The bytes of a listed file; BadFile when it cannot be one of ours."""
    if entry.size > revision_file.MAX_BYTES:
        raise revision_file.BadFile(t("sync.bad.huge", limit=revision_file.MAX_BYTES // (1024 * 1024)))
    if entry.size == 0:
        raise revision_file.BadFile(t("sync.bad.empty"))
    try:
        return listing.read(entry, revision_file.MAX_BYTES)
    except OSError as exc:
        raise revision_file.BadFile(t("sync.bad.unreadable", detail=exc.strerror or exc)) from exc


def _import_form(store: Store, raw: bytes, digest: str, pending: dict[str, Instrument]) -> str:
    """Check a received form's file; a form not stored yet is added to *pending* (stored
    with the batch its file is remembered in)."""
    body = revision_file.decode_form(raw, digest)
    if digest not in pending and not store.has_form(digest):
        for loc, why in text_problems(body):
            raise revision_file.BadFile(t("text.in_file", place=json_path(loc), problem=why))
        try:
            inst = Instrument.model_validate(body)
        except ValidationError as exc:
            raise revision_file.BadFile(t("sync.bad.form_invalid", detail=invalid_place(exc.errors()))) from exc
        if inst.content_hash() != digest:
            raise revision_file.BadFile(t("sync.bad.hash"))
        pending[digest] = inst
    return digest


# -- applying heads ---------------------------------------------------------------------------


@dataclass
class _Plan:
    """What to do with one record, decided from what was stored at *version*."""

    obs_id: str
    version: int | None  # None: no local record
    kind: Literal["capture", "conflict", "settled", "apply", "merge", "unapplied"]
    head_ids: list[str]  # for "merge": the heads the merge revision replaces (its parents)
    rows: WholeRecordRows | None = None  # the head's record, ready to write
    problem: Problem | None = None
    cycle: list[Problem] | None = None  # revisions left out of the history (reported each sync)


class Applier:
    def __init__(self, context: AppContext, received: Container[str]) -> None:
        self.context = context
        self.store = context.store
        self.received = received
        self.people = _People(self.store)
        self.stored_forms: set[str] = set()
        # A batch's single heads and which of their parents are final, read together
        # (:meth:`prefetch`); a record planned again inside a write reads its own.
        self._heads: dict[str, Revision] = {}
        self._finals: set[str] | None = None
        # The batch's records stored here when it was prefetched (None: ask each record):
        # a first import's records are new, and asking for each was a query a record.
        self._present: set[str] | None = None

    def prefetch(self, histories: dict[str, list[RevisionHead]]) -> None:
        """Read the single head of each record of a batch, and which of the heads' parents
        hold a final record, in a query or two instead of two reads per record."""
        wanted = [h[0] for h in map(merge.distinct_heads, histories.values()) if len(h) == 1]
        self._heads = self.store.revisions_by_id(h.id for h in wanted)
        self._finals = self.store.final_revisions(p for h in wanted for p in h.parents)
        self._present = set(self.store.record_versions(list(histories)))

    def _head(self, revision_id: str) -> tuple[Revision, set[str] | None]:
        """A head's revision, and the final parents known for it (None: not prefetched)."""
        found = self._heads.pop(revision_id, None)
        if found is None:
            return self.store.revision(revision_id), None
        return found, self._finals

    def plan(self, obs_id: str, history: list[RevisionHead]) -> _Plan | None:
        cycle = merge.cyclic(history)
        if cycle:
            plan = self._plan(obs_id, [r for r in history if r.id not in cycle])
            problems = [self._cycle_problem(rid) for rid in sorted(cycle)]
            if plan is None or plan.kind == "capture":
                return _Plan(obs_id, None, "unapplied", [], problem=problems[0], cycle=problems[1:])
            plan.cycle = problems
            return plan
        return self._plan(obs_id, history)

    def _cycle_problem(self, revision_id: str) -> Problem:
        where = f"observasi/{self.store.revision(revision_id).device_id}/{revision_file_name(revision_id)}"
        return where, t("trust.bad.cycle")

    def _plan(self, obs_id: str, history: list[RevisionHead]) -> _Plan | None:
        if not history:
            return None
        # Not stored at prefetch: none to read (one stored since is planned again when written).
        absent = self._present is not None and obs_id not in self._present
        stored = None if absent else self.store.stored_digest(obs_id)
        local, version = stored if stored is not None else (None, None)
        if local is not None and local not in {r.hash for r in history}:
            # An edit made while the sync ran: it becomes a revision of its own first.
            return _Plan(obs_id, version, "capture", [])
        distinct = merge.distinct_heads(history)
        ids = sorted(h.id for h in distinct)
        if len(distinct) > 1:
            return self._merge_plan(obs_id, version, history, distinct, ids)
        head = distinct[0]
        if local == head.hash:
            return _Plan(obs_id, version, "settled", ids)
        rev, finals = self._head(head.id)  # read by key: an import holds no file's content
        tampered = integrity.incoming_tampering(self.store, rev, finals)
        if tampered is not None:
            return _Plan(obs_id, version, "unapplied", ids, problem=(tampered.where, tampered.reason))
        checked = self._checked_head(rev.payload, rev.device_id, rev.id)
        if isinstance(checked, Observation):
            return _Plan(obs_id, version, "apply", ids, self.store.whole_rows(checked, rev.deleted))
        return _Plan(obs_id, version, "unapplied", ids, problem=checked)

    def _merge_plan(
        self, obs_id: str, version: int | None, history: list[RevisionHead], live: list[RevisionHead], ids: list[str]
    ) -> _Plan:
        """Two or more versions: merged without asking where only one side changed a part
        or both only added; a conflict where both changed one part differently."""
        folded = merge.fold(history, live, self._payload_of)
        if not folded.clean:
            return _Plan(obs_id, version, "conflict", ids)
        payload, deleted = merge.split_deleted(folded.merge.payload())
        checked = self._checked_head(payload, self.store.device_id, folded.b_id)
        if isinstance(checked, Observation):
            return _Plan(obs_id, version, "merge", folded.parents, self.store.whole_rows(checked, deleted))
        return _Plan(obs_id, version, "unapplied", ids, problem=checked)

    def _payload_of(self, revision_id: str) -> tuple[dict[str, Any], bool]:
        rev = self.store.revision(revision_id)  # read by key: an import holds no file's content
        return rev.payload, rev.deleted

    def _checked_head(self, payload: dict[str, Any], device_id: str, revision_id: str) -> Observation | Problem:
        """The head's record, ready to be written (its form stored, its people noted); a
        problem if it cannot be."""
        where = f"observasi/{device_id}/{revision_file_name(revision_id)}"
        try:
            obs = Observation.model_validate(payload)
        except ValidationError as exc:
            return where, t("sync.bad.record_invalid", detail=invalid_place(exc.errors(), ("payload",)))
        if obs.form_hash not in self.stored_forms and not self.store.has_form(obs.form_hash):
            known = self.context.catalog.by_hash(obs.form_hash)
            if known is None:
                return where, t("sync.bad.form_missing", form=f"{obs.form_id} {obs.form_version}")
            self.store.remember_form(known.instrument)
        self.stored_forms.add(obs.form_hash)
        self.people.note(obs)
        return obs

    def _capture(self, obs_id: str) -> None:
        """Keep an edit made on this laptop while the sync ran as a revision of its own.
        It was made on the record as it stood, which had none of the content this sync
        brought in: its parents are the heads without the revisions of new content, so
        it meets them as a second head (a conflict to resolve) instead of silently
        replacing them. A revision received with content this laptop already had (the
        same record made on two laptops, as the demo is) is not new: it stays a parent."""
        history = self.store.revision_skeletons([obs_id])[obs_id]
        known = {r.hash for r in history if r.id not in self.received}
        new = {r.id for r in history if r.id in self.received and r.hash not in known}
        before = heads([r for r in history if r.id not in new])
        self.store.record_revision(obs_id, parents=[h.id for h in before])

    def write(self, plans: list[_Plan], problems: list[Problem]) -> None:
        """Write one batch of plans in one transaction, deciding again for a record that
        changed since it was planned."""
        store = self.store
        self._present = None  # a record planned again here reads what is stored now
        with store.transaction():
            versions = store.record_versions([p.obs_id for p in plans])
            ready: list[WholeRecordRows] = []
            settled: list[str] = []
            merges: list[_Plan] = []
            for plan in plans:
                if plan.kind == "capture" or plan.version != versions.get(plan.obs_id):
                    fresh = self.plan(plan.obs_id, store.revision_skeletons([plan.obs_id])[plan.obs_id])
                    if fresh is not None and fresh.kind == "capture":
                        self._capture(plan.obs_id)
                        fresh = self.plan(plan.obs_id, store.revision_skeletons([plan.obs_id])[plan.obs_id])
                    if fresh is None or fresh.kind == "capture":
                        continue  # left for the next sync
                    plan = fresh
                if plan.kind == "conflict":
                    store.set_conflict(plan.obs_id, plan.head_ids)
                    store.clear_unapplied([plan.obs_id])
                elif plan.kind == "unapplied":
                    assert plan.problem is not None
                    store.clear_conflicts([plan.obs_id])
                    store.set_unapplied(plan.obs_id, plan.problem[1])
                    problems.append(plan.problem)
                else:
                    settled.append(plan.obs_id)
                    if plan.kind in ("apply", "merge"):
                        assert plan.rows is not None
                        ready.append(plan.rows)
                    if plan.kind == "merge":
                        merges.append(plan)
            store.clear_conflicts(settled)
            store.clear_unapplied(settled)
            for plan in plans:
                if plan.cycle:
                    # Reported again at every sync, as any file that is not genuine.
                    problems.extend(plan.cycle)
                    store.set_unapplied(plan.obs_id, plan.cycle[0][1])
            store.write_whole_records(ready, revision=False)
            for plan in merges:
                # The merge is a revision of this laptop whose parents are the versions it
                # joins; a laptop that made the same merge made the same content.
                store.record_revision(plan.obs_id, parents=plan.head_ids)
            self.people.save()


def apply_heads(
    context: AppContext,
    observation_ids: set[str],
    received: Container[str],
    problems: list[Problem],
) -> None:
    """Bring each local record to its single head; mark the rest as conflicts. Planned and
    written a batch of records at a time: no more than a batch of heads is held."""
    if not observation_ids:
        return
    applier = Applier(context, received)
    for batch in chunks(sorted(observation_ids), APPLY_BATCH):
        histories = context.store.revision_skeletons(batch)
        applier.prefetch(histories)
        plans = [p for obs_id in batch if (p := applier.plan(obs_id, histories.get(obs_id, [])))]
        applier.write(plans, problems)


class _People:
    """Teachers and observers named by imported records, added to the local lists."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # A forgotten teacher stays forgotten: the tombstones of their records (from every
        # laptop that erased them) name the teacher's id, and must not bring a row back.
        self.teachers = store.known_teacher_ids() | set(store.forgotten_teachers())
        self.observers = store.known_observer_ids()
        self.new_teachers: dict[str, Teacher] = {}
        self.new_observers: dict[str, Observer] = {}

    def note(self, obs: Observation) -> None:
        if obs.teacher_id not in self.teachers:
            person = obs.teacher
            self.new_teachers[obs.teacher_id] = Teacher(
                id=obs.teacher_id,
                name=person.name,
                subject=obs.subject,
                nip=person.id_number if person.id_label == "NIP" else "",
                nuptk=person.id_number if person.id_label == "NUPTK" else "",
            )
            self.teachers.add(obs.teacher_id)
        if obs.observer_id and obs.observer_id not in self.observers:
            p = obs.observer
            self.new_observers[obs.observer_id] = Observer(
                id=obs.observer_id,
                name=p.name,
                id_label=p.id_label,
                id_number=p.id_number,
                role=p.role or "kepala_sekolah",
            )
            self.observers.add(obs.observer_id)

    def save(self) -> None:
        if self.new_teachers:
            self.store.save_teachers(list(self.new_teachers.values()))
            self.new_teachers.clear()
        for observer in self.new_observers.values():
            self.store.save_observer(observer)
        self.new_observers.clear()
