"""A record's history, as a person reads it, and restoring an earlier version.

Every revision of the record is a *version*: when it was made (this laptop's local time),
on which laptop (by its name, :mod:`observasi.sync.laptops`), by which observer, and what
it changed from the version it was made on (indicators by their label, texts in full,
the status). Merges, conflict resolutions, amendments and restores are said as such.

Restoring is a new version whose content is the earlier one: nothing leaves the history,
and the restore shows in it like any other version. A final record changes only through
an amendment (:mod:`observasi.core.final_lock`), so restoring one adds an amendment with
the reason given, and the record goes back to reflecting until it is finalised again; a
restore never makes a record final by itself.
"""

from __future__ import annotations

import hashlib
import heapq
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from observasi.context import AppContext
from observasi.core.merge_rule import merge3
from observasi.core.record import Amendment, Observation, content_hash, utc_now
from observasi.core.status import Status
from observasi.errors import UserError
from observasi.i18n import t
from observasi.record import Scored
from observasi.store.revisions import RevisionHead
from observasi.sync import conflicts, merge
from observasi.sync.incoming import capture_edits
from observasi.sync.laptops import Laptops

if TYPE_CHECKING:
    from observasi.core.instrument import Instrument
    from observasi.store.models import Revision

# Parts of a record a person does not read as a change of its own: the lesson clock's
# bookkeeping and ids that follow the names shown elsewhere.
_QUIET = frozenset(
    {"started_at", "paused_at", "paused_seconds", "finalized_at", "created_at", "form_hash", "teacher_id"}
    | {"observer_id", "identity", "semester", "form_version"}
)
# What a restore leaves as the record has it now: its identity and its amendments.
# What a restore leaves as the record has it now: what the record is (its id, creation and
# amendments) and where its lesson stands (status, clock, finalising, acknowledgement) --
# bringing back an old score or note does not rewind a lesson. A final record goes back to
# reflecting (the amendment rule); a restore never makes a record final.
_KEPT_ON_RESTORE = frozenset({"id", "created_at", "amendments", "updated_at"})
_PROGRESS = frozenset(
    {"status", "started_at", "paused_at", "paused_seconds", "ended_at", "stage_marks", "finalized_at"}
)
_PROGRESS_AND_ACK = _PROGRESS | {"acknowledgement"}


@dataclass(frozen=True)
class Change:
    """One part a version changed: its name and its value before and after, in full."""

    part: str
    before: str
    after: str

    def line(self) -> str:
        """ "Skor PR2: 4 (Sangat Baik) → 2 (Cukup)". A value of several lines (a note that
        kept both laptops' texts, "A" + blank line + "B") is set out under the part, each
        value labelled and indented: run on after an arrow, where the old note ended and
        the new one began could not be told (the walk's restore question)."""
        if "\n" not in self.before and "\n" not in self.after:
            return t("history.change", part=self.part, before=self.before, after=self.after)
        return "\n".join(
            [
                f"{self.part}:",
                _labelled(t("walk9.history.before"), self.before),
                _labelled(t("walk9.history.after"), self.after),
            ]
        )


def _labelled(label: str, value: str) -> str:
    first, *rest = value.split("\n")
    return "\n".join([f"  {label}: {first}", *(f"    {line}" if line.strip() else "" for line in rest)])


@dataclass(frozen=True)
class Version:
    number: int  # 1 for the first version, in the order the history holds them
    revision_id: str
    created_at: str  # UTC, as stored
    laptop: str  # "Laptop Bu Sari"
    author: str  # the observer who made it
    kind: str  # created, edit, finalised, merge, resolution, amendment, restore, deleted
    note: str  # the version restored, the versions merged
    amendment: str  # the reason of the amendment this version made ("" when none)
    status: str
    deleted: bool
    head: bool  # the latest version (one of two while the record is in conflict)
    in_conflict: bool  # one of the versions waiting for a person to decide
    # What it changed, worked out when first asked: a screen shows one version's at a time
    # (a long history listed whole would spend seconds comparing every version).
    describe: Callable[[], tuple[Change, ...]] = field(repr=False, compare=False, default=tuple)

    @cached_property
    def changes(self) -> tuple[Change, ...]:
        """The parts it changed from the version it was made on, each in full."""
        return self.describe()

    @property
    def short_id(self) -> str:
        return self.revision_id[:8]


@dataclass(frozen=True)
class RecordHistory:
    observation_id: str
    teacher_name: str
    versions: list[Version] = field(default_factory=list)  # newest first
    in_conflict: bool = False
    final: bool = False  # the record as it stands is final: restoring needs a reason

    def version(self, which: str) -> Version:
        """A version by its number ("3") or the start of its revision id (4+ characters)."""
        text = which.strip().lower()
        found = [v for v in self.versions if text and (str(v.number) == text or v.revision_id.startswith(text))]
        if not text.isdigit():
            found = [v for v in found if len(text) >= 4]
        if len(found) != 1:
            raise UserError(t("history.err.no_version", which=which, id=self.observation_id[:8]))
        return found[0]


def local_time(utc_text: str) -> str:
    """A stored UTC time as this laptop's local day and time, Indonesian style: "3 Des 2026 09.14"."""
    from observasi.core.dates import short_date
    from observasi.core.status import parse_utc

    try:
        moment = parse_utc(utc_text).astimezone()
    except ValueError:
        return utc_text
    return t("history.when", date=short_date(moment.date()), time=moment.strftime(t("history.time_format")))


def record_history(context: AppContext, obs_id: str) -> RecordHistory:
    """Every version of the record *obs_id* (the full id), newest first. Edits not yet in
    the history are saved as a version first, as a sync would."""
    store = context.store
    state = store.record_state(obs_id)
    if state is None:
        raise UserError(t("store.err.not_found", id=obs_id))
    if not state.in_conflict:
        capture_edits(store, only=obs_id)
    skeletons = store.revision_skeletons([obs_id])[obs_id]
    broken = merge.cyclic(skeletons)
    skeletons = [r for r in skeletons if r.id not in broken]
    revisions = {r.id: store.revision(r.id) for r in skeletons}
    ordered = _in_order(skeletons)
    numbers = {r.id: n for n, r in enumerate(ordered, start=1)}
    head_ids = {h.id for h in merge.distinct_heads(skeletons)} if skeletons else set()
    waiting: set[str] = set()
    view = conflicts.conflict_view(context, obs_id) if len(head_ids) > 1 else None
    if view is not None:
        waiting = {*view.a.revision_ids, *view.b.revision_ids}
    laptops = Laptops(context)
    inst = _instrument(context, revisions)
    by_id = {r.id: r for r in skeletons}
    keys = _content_keys(revisions)
    versions = [
        _version(rev, numbers, revisions, by_id, keys, laptops, inst, rev.id in head_ids, rev.id in waiting)
        for rev in (revisions[r.id] for r in ordered)
    ]
    latest = revisions[ordered[-1].id].payload if ordered else {}
    teacher = latest.get("teacher") if isinstance(latest.get("teacher"), dict) else {}
    return RecordHistory(
        obs_id,
        str((teacher or {}).get("name", "")),
        list(reversed(versions)),
        in_conflict=bool(waiting) or state.in_conflict,
        final=not state.deleted and latest.get("status") == Status.final.value,
    )


def _in_order(revisions: list[RevisionHead]) -> list[RevisionHead]:
    """Parents before the versions made on them; otherwise by time, then id (the same
    order on every laptop)."""
    by_id = {r.id: r for r in revisions}
    waiting = {r.id: sum(1 for p in set(r.parents) if p in by_id) for r in revisions}
    children: dict[str, list[str]] = {}
    for r in revisions:
        for p in set(r.parents):
            if p in by_id:
                children.setdefault(p, []).append(r.id)
    ready = [(r.created_at, r.id) for r in revisions if waiting[r.id] == 0]
    heapq.heapify(ready)
    out: list[RevisionHead] = []
    while ready:
        _, rid = heapq.heappop(ready)
        out.append(by_id[rid])
        for child in children.get(rid, []):
            waiting[child] -= 1
            if waiting[child] == 0:
                heapq.heappush(ready, (by_id[child].created_at, child))
    return out


def _instrument(context: AppContext, revisions: dict[str, Revision]) -> Instrument | None:
    for rev in revisions.values():
        form_hash = rev.payload.get("form_hash")
        if form_hash:
            try:
                return context.store.instrument(str(form_hash))
            except (UserError, LookupError, ValueError):
                return None
    return None


def _version(
    rev: Revision,
    numbers: dict[str, int],
    revisions: dict[str, Revision],
    by_id: dict[str, RevisionHead],
    keys: dict[str, str],
    laptops: Laptops,
    inst: Instrument | None,
    head: bool,
    waiting: bool,
) -> Version:
    parents = [revisions[p] for p in rev.parents if p in revisions]
    base = parents[0] if parents else None
    kind, note = _kind(rev, parents, numbers, revisions, by_id, keys)
    amendment = _new_amendment(rev, parents)

    def describe() -> tuple[Change, ...]:
        return tuple(describe_changes(base.payload, rev.payload, inst)) if base else ()

    return Version(
        numbers[rev.id],
        rev.id,
        rev.created_at,
        laptops.name(rev.device_id),
        rev.author,
        kind,
        note,
        amendment,
        str(rev.payload.get("status", "")),
        rev.deleted,
        head,
        waiting,
        describe,
    )


def _kind(
    rev: Revision,
    parents: list[Revision],
    numbers: dict[str, int],
    revisions: dict[str, Revision],
    by_id: dict[str, RevisionHead],
    keys: dict[str, str],
) -> tuple[str, str]:
    if not parents:
        return "created", ""
    if rev.deleted:
        return "deleted", ""
    if len(parents) > 1:
        joined = ", ".join(str(numbers[p.id]) for p in parents if p.id in numbers)
        return ("merge" if _merges_cleanly(parents, by_id, revisions) else "resolution"), joined
    restored = _restored_from(rev, parents[0], numbers, by_id, keys)
    if restored:
        return "restore", str(restored)
    if _new_amendment(rev, parents):
        return "amendment", ""
    if rev.payload.get("status") == Status.final.value and parents[0].payload.get("status") != Status.final.value:
        return "finalised", ""
    return "edit", ""


def _new_amendment(rev: Revision, parents: list[Revision]) -> str:
    """The reason of the amendment *rev* added to its parents' ("" when none)."""
    before = max((len(p.payload.get("amendments") or []) for p in parents), default=0)
    amendments = rev.payload.get("amendments") or []
    if len(amendments) > before and isinstance(amendments[-1], dict):
        return str(amendments[-1].get("reason", "")) or "-"
    return ""


def _merges_cleanly(parents: list[Revision], by_id: dict[str, RevisionHead], revisions: dict[str, Revision]) -> bool:
    """Whether the versions a merge joins merged without a person (else it resolved a conflict)."""

    def payload_of(revision_id: str) -> tuple[dict[str, Any], bool]:
        found = revisions[revision_id]
        return found.payload, found.deleted

    live = sorted((by_id[p.id] for p in parents), key=lambda r: (r.created_at, r.id))
    try:
        return merge.fold(list(by_id.values()), live, payload_of).clean
    except KeyError:  # a version this laptop does not hold
        return True


def _content(payload: dict[str, Any]) -> dict[str, Any]:
    """What a restore brings back: the record apart from what it keeps (see _KEPT_ON_RESTORE)."""
    return {k: v for k, v in payload.items() if k not in _KEPT_ON_RESTORE and k not in _PROGRESS_AND_ACK}


def _restored_from(
    rev: Revision,
    parent: Revision,
    numbers: dict[str, int],
    by_id: dict[str, RevisionHead],
    keys: dict[str, str],
) -> int | None:
    """The number of the earlier version *rev* brought back (its content again, not its
    parent's), if any."""
    mine = keys[rev.id]
    if mine == keys[parent.id]:
        return None
    same = [r for r, key in keys.items() if key == mine and r != rev.id]
    if not same:
        return None
    earlier = merge.ancestors(by_id, parent.id)
    found = [numbers[r] for r in same if r in earlier and r in numbers]
    return max(found) if found else None


def _content_keys(revisions: dict[str, Revision]) -> dict[str, str]:
    """Revision id -> a digest of its content (see :func:`_content`)."""
    return {
        rid: hashlib.sha256(json.dumps(_content(r.payload), sort_keys=True, default=str).encode()).hexdigest()
        for rid, r in revisions.items()
    }


# -- what changed, in words -------------------------------------------------------------------


def describe_changes(before: dict[str, Any] | None, after: dict[str, Any], inst: Instrument | None) -> list[Change]:
    """The parts *after* changed from *before*, each named and shown in full."""
    old = dict(before or {})
    units = merge3(old, old, after).only_b
    out: list[Change] = []
    for unit in conflicts.items(units):
        if unit.split("/")[0] in _QUIET:
            continue
        was, now = unit_value(old, unit), unit_value(after, unit)
        if _blank(was) and _blank(now):
            continue  # an empty field that appeared with its item: nothing a person typed
        out.append(Change(part_name(unit, (after, old), inst), _text(was, unit, inst), _text(now, unit, inst)))
    return out


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _text(value: Any, unit: str, inst: Instrument | None) -> str:
    """A value as a person reads it; a score with its level's name ("4 (Sangat Baik)")."""
    return conflicts.value_text(value, unit, inst)


def part_name(unit: str, payloads: tuple[dict[str, Any], ...], inst: Instrument | None) -> str:
    """The part as a person names it, an indicator or a question with its text."""
    label = conflicts.part_label(unit, payloads)
    parts = unit.split("/")
    if parts[0] == "ratings" and len(parts) >= 3 and parts[2] == "recommendation":
        label = t("history.part.recommendation", key=parts[1])
    if inst is None or len(parts) < 2:
        return label
    text = ""
    if parts[0] == "ratings":
        indicator = inst.indicator(parts[1])
        text = indicator.text if indicator else ""
    elif parts[0] == "reflection":
        text = next((q.text for q in inst.reflection if q.id == parts[1]), "")
    elif parts[0] == "tallies":
        text = next((tally.label for tally in inst.tallies if tally.name == parts[1]), "")
    return f"{label} ({_short(text)})" if text else label


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def unit_value(payload: dict[str, Any], unit: str) -> Any:
    """The value of one part of a record (None when it has none)."""
    parts = unit.split("/")
    name = parts[0]
    value = payload.get(name)
    if name in ("evidence", "followups", "attachments") and len(parts) >= 2:
        item = next((i for i in value or [] if isinstance(i, dict) and str(i.get("id", "")) == parts[1]), None)
        if item is None:
            return None
        return item.get("text") or item.get("action") or item.get("name") or item.get("file_name") or ""
    if name == "ratings" and len(parts) >= 3:
        rating = (value or {}).get(parts[1])
        if not isinstance(rating, dict):
            return None
        if parts[2] == "level" and rating.get("na"):
            return t("history.value.na")
        return rating.get(parts[2])
    if name in ("reflection", "tallies") and len(parts) >= 2:
        return (value or {}).get(parts[1])
    if name == "status" and value:
        return t(f"status.{value}")
    if name in ("snapshots", "stage_marks", "amendments"):
        return t("history.value.entries", count=len(value or []))
    return value


# -- restoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestorePlan:
    """What restoring a version does, said before it is done."""

    observation_id: str
    version: Version
    changes: list[Change]  # from the record as it is now to the record restored
    amendment: bool  # the record is final: the restore is an amendment (needs a reason)
    record: Observation  # the record as it will be (its time and amendment set when done)


def plan_restore(context: AppContext, obs_id: str, which: str) -> RestorePlan:
    """What restoring version *which* (its number or revision id) of *obs_id* changes.
    UserError when the record waits on a conflict, the version is a deletion, or the
    record already holds that content."""
    store = context.store
    history = record_history(context, obs_id)
    if history.in_conflict:
        raise UserError(t("history.err.conflict", id=obs_id[:8]))
    version = history.version(which)
    if version.deleted:
        raise UserError(t("history.err.deleted_version", number=version.number))
    current = store.get_observation(obs_id)
    target = store.revision(version.revision_id).payload
    restored = _restored_record(current, target)
    now_payload = current.model_dump(mode="json")
    if _content(restored.model_dump(mode="json")) == _content(now_payload):
        raise UserError(t("history.err.same", number=version.number))
    inst = _instrument_of(context, current.form_hash)
    changes = describe_changes(now_payload, restored.model_dump(mode="json"), inst)
    return RestorePlan(obs_id, version, changes, current.status is Status.final, restored)


def _instrument_of(context: AppContext, form_hash: str) -> Instrument | None:
    try:
        return context.store.instrument(form_hash)
    except (UserError, LookupError, ValueError):
        return None


def _restored_record(current: Observation, target: dict[str, Any]) -> Observation:
    """The record with *target*'s content; what it is and where its lesson stands stay
    (see _KEPT_ON_RESTORE); a final record goes back to reflecting, to be finalised again."""
    data = {k: v for k, v in target.items() if k not in _KEPT_ON_RESTORE and k not in _PROGRESS_AND_ACK}
    restored = Observation.model_validate({**current.model_dump(mode="json"), **data})
    if current.status is Status.final:
        restored = restored.model_copy(
            update={"status": Status.reflecting, "finalized_at": None, "acknowledgement": None}
        )
    return restored


def restore(context: AppContext, obs_id: str, which: str, reason: str = "") -> Observation:
    """Restore version *which* of *obs_id* as a new version of this laptop. A final record
    needs *reason*: the restore is its amendment."""
    store = context.store
    plan = plan_restore(context, obs_id, which)
    now = utc_now()
    record = plan.record.model_copy(update={"updated_at": now})
    if plan.amendment:
        reason = reason.strip()
        if not reason:
            raise UserError(t("history.err.reason"))
        current = store.get_observation(obs_id)
        observer = store.self_observer()
        author = observer.name if observer else current.observer.name
        amendment = Amendment(at=now, reason=reason, author=author, previous_hash=content_hash(current))
        record = record.model_copy(update={"amendments": [*current.amendments, amendment]})
    store.write_whole_records([store.whole_rows(record)])
    return record


def version_scored(context: AppContext, revision_id: str) -> Scored:
    """One version of a record as it was then, with its instrument and its score."""
    from observasi.core.scoring import score

    store = context.store
    try:
        revision = store.revision(revision_id)
    except IndexError:
        raise UserError(t("history.err.no_version", which=revision_id[:8], id="?")) from None
    record = Observation.model_validate(revision.payload)
    inst = store.instrument(record.form_hash)
    return Scored(record, inst, score(inst, record.ratings))
