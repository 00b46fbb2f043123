"""Sync through a dumb folder: what the CLI and the app call.

``sync`` = capture unrecorded edits as revisions, import every new file of the folder
(a union: nothing is thrown away by clock order), apply each observation whose history
has one head, mark the others as conflicts, then publish every local revision that is
not in this device's folder (which also re-publishes files lost to a restored backup).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observasi.context import AppContext
from observasi.core.merge_rule import Choice
from observasi.core.record import Observation
from observasi.core.status import revision_id_ms
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync import conflicts as conflicts_view
from observasi.sync import (
    device_key,
    devices,
    envelope,
    forgetting,
    form_offers,
    identity,
    laptop_names,
    laptops,
    listed,
    revision_file,
    rotation,
    unchanged,
)
from observasi.sync.folder import FolderTransport
from observasi.sync.incoming import apply_heads, capture_edits, import_files
from observasi.sync.listing import Listing, prints_to_keep, scan
from observasi.sync.naming import APP_DIR, form_file_name, revision_file_name
from observasi.sync.one_at_a_time import SyncRunning, one_sync
from observasi.sync.status import SyncStatus as SyncStatus  # served here too: the sync screen, tests
from observasi.sync.status import status as status
from observasi.sync.transport import Transport
from observasi.sync.year_files import publish_year_files


@dataclass(frozen=True)
class ConflictInfo:
    observation_id: str
    teacher_name: str
    head_ids: list[str]


@dataclass
class SyncReport:
    sent: int = 0  # revisions and the year's files (programmes, evidence files) written
    sent_year: int = 0  # of which the year's files
    sent_forms: int = 0  # instruments of this laptop published for colleagues
    sent_school: int = 0  # the school's profile and teachers' rows written (changed here)
    sent_observations: int = 0  # the observations the revisions sent belong to
    received: int = 0
    received_observations: int = 0  # the observations the revisions received belong to
    received_forms: int = 0  # colleagues' new forms now on the Instrumen list
    received_school: int = 0  # colleagues' profile and teachers' rows new here (as they count sent_school)
    hidden_forms: int = 0  # new versions of a form the person hid: arrived, and hidden too
    conflicts: list[ConflictInfo] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # said once (a new device identity ...)
    listed: int = 0  # files of ours the place holds (read or already known)
    waiting_code: str | None = None  # not a member of the school yet: the code to approve
    no_school: bool = False  # asked to join, and the place holds no school yet: nothing written
    seconds: float = 0.0


# -- the places ---------------------------------------------------------------------------


def shared_folder(context: AppContext, folder: Path | None = None) -> Path:
    """The shared folder to use (given, else remembered); UserError if none is set."""
    chosen = folder if folder is not None else context.settings.shared_folder
    if chosen is None or str(chosen).strip() == "":
        raise UserError(t("sync.err.no_folder"))
    return Path(str(chosen)).expanduser()


def bucket_place(context: AppContext, url: str, endpoint: str | None) -> Transport:
    """The bucket at *url* on *endpoint*, with the credentials of this laptop (imported
    only here: a school that syncs through a folder never loads the S3 client)."""
    from observasi.sync.bucket import BucketTransport, load_credentials

    return BucketTransport(url, endpoint, load_credentials(context.settings.data_dir))


def places(
    context: AppContext, folder: Path | None = None, bucket: str | None = None, endpoint: str | None = None
) -> list[Transport]:
    """The places to sync with: the folder and the bucket given, else those remembered
    (either, or both); UserError if there is none or one is misconfigured."""
    settings = context.settings
    chosen_folder = folder if folder is not None else settings.shared_folder
    chosen_bucket = bucket if bucket is not None else settings.bucket_url
    chosen_endpoint = endpoint if endpoint is not None else settings.bucket_endpoint
    found: list[Transport] = []
    if chosen_folder is not None and str(chosen_folder).strip():
        found.append(FolderTransport(Path(str(chosen_folder)).expanduser()))
    if chosen_bucket is not None and chosen_bucket.strip():
        found.append(bucket_place(context, chosen_bucket, chosen_endpoint))
    if not found:
        raise UserError(
            t("bucket.err.no_place") if bucket is not None or settings.bucket_url else t("sync.err.no_folder")
        )
    return found


def _remember(context: AppContext, folder: Path | None, bucket: str | None, endpoint: str | None) -> None:
    """Keep the places given on the command line (or in a screen) for next time."""
    changes: dict[str, object] = {}
    if folder is not None and Path(str(context.settings.shared_folder or "")) != Path(str(folder)).expanduser():
        changes["shared_folder"] = Path(str(folder)).expanduser()
    if bucket is not None and bucket.strip() != (context.settings.bucket_url or ""):
        changes["bucket_url"] = bucket.strip() or None
    if endpoint is not None and endpoint.strip() != (context.settings.bucket_endpoint or ""):
        changes["bucket_endpoint"] = endpoint.strip() or None
    if changes:
        context.update_settings(**changes)


# -- sync -----------------------------------------------------------------------------------


def sync(
    context: AppContext,
    folder: Path | None = None,
    *,
    bucket: str | None = None,
    endpoint: str | None = None,
    wait: bool = False,
    waiting: Callable[[str], object] | None = None,
    wait_limit: float | None = None,
    stop: threading.Event | None = None,
) -> SyncReport:
    """Publish and import with every place set (a folder, a bucket, or both); raises
    UserError when none can be reached, and names one that cannot among the problems.
    One sync at a time on a data directory: another running raises SyncRunning, or with
    *wait* this one says so through *waiting* and runs after it, or gives up after
    *wait_limit* seconds with SyncStillRunning, or once *stop* is set with SyncCancelled
    (:mod:`one_at_a_time`)."""
    # Each member's folder listed once, not a dozen times; the settings read in one query.
    with (
        one_sync(context.settings.data_dir, wait=wait, waiting=waiting, limit=wait_limit, stop=stop),
        listed.one_listing_each(),
        context.store.settings_read_once(),
        context.store.writes_apart(),
    ):
        return _sync(context, folder, bucket, endpoint)


def _sync(context: AppContext, folder: Path | None, bucket: str | None, endpoint: str | None) -> SyncReport:
    started = time.perf_counter()
    chosen = places(context, folder, bucket, endpoint)
    reachable: list[Transport] = []
    failures: list[tuple[Transport, UserError]] = []
    for place in chosen:
        try:
            place.open()
            reachable.append(place)
        except UserError as exc:
            failures.append((place, exc))
    if not reachable:
        raise failures[0][1]
    _remember(context, folder, bucket, endpoint)
    withheld: list[tuple[str, str]] = []  # final records edited outside observasi: not sent
    changes = context.store.total_changes()
    identity.renew_if_key_lost(context.store)
    renewed = context.store.total_changes() != changes
    # Every input as the last complete sync left it: its exchange would find nothing new
    # and write nothing (observasi.sync.unchanged). Its own mark is not the sync's work.
    gate = unchanged.look(context, reachable, len(failures))
    changes = context.store.total_changes()
    if not gate.holds:
        capture_edits(context.store, withheld)
    report = SyncReport(problems=withheld, listed=gate.listed)
    notice = identity.renewal_notice(context.store)
    if notice:
        report.notices.append(notice)
    for place in [] if gate.holds else reachable:
        try:
            one = exchange(context, place)
        except UserError as exc:
            if len(reachable) == 1:
                raise
            # A bucket whose server cannot refuse an overwrite (or that fails half-way) is
            # named among the problems; the other place has synced all the same.
            failures.append((place, exc))
            continue
        report.sent = max(report.sent, one.sent)  # the same revisions, sent to each place
        report.sent_year = max(report.sent_year, one.sent_year)
        report.sent_forms = max(report.sent_forms, one.sent_forms)
        report.sent_school = max(report.sent_school, one.sent_school)
        report.received += one.received
        report.sent_observations = max(report.sent_observations, one.sent_observations)
        report.received_observations += one.received_observations
        report.received_forms += one.received_forms
        report.received_school += one.received_school
        report.hidden_forms += one.hidden_forms
        report.problems += one.problems
        report.notices += one.notices
        report.listed += one.listed
        report.waiting_code = report.waiting_code or one.waiting_code
        report.no_school = report.no_school or one.no_school
        if isinstance(place, FolderTransport):
            _read_copies(context, place, report)
    report.problems += [(place.label, str(exc)) for place, exc in failures]
    report.conflicts = conflicts(context)
    report.problems.sort()
    # None before, none now: nothing to write (the gate held: the last sync had none).
    if report.problems or (not gate.holds and context.store.sync_problem_count()):
        context.store.replace_sync_problems(report.problems)
    report.seconds = time.perf_counter() - started
    if report.waiting_code is not None or report.no_school:
        return report  # nothing of the school read: not the header's "Sinkron terakhir"
    context.store.log_sync(
        " + ".join(p.label for p in reachable),
        report.sent,
        report.received,
        len(report.conflicts),
        len(report.problems),
        report.seconds,
        # A sync that wrote nothing else (a rescan that found nothing new) does not wait for
        # the disk to sync its log line; one that did keeps its line as durable as its work.
        durable=renewed or context.store.total_changes() != changes,
        unchanged=None if gate.holds or not _complete(context, report) else gate.record(report.listed),
    )
    return report


def _complete(context: AppContext, report: SyncReport) -> bool:
    """Whether the next sync may compare its inputs with this one's and skip the exchange
    (observasi.sync.unchanged): no problem, no notice, nothing left to send or to apply."""
    store = context.store
    return not (
        report.problems
        or report.notices
        or store.pending_count()
        or store.unapplied()
        # What the next sync's capture_edits would look at (a record whose time moved past
        # its last revision counts there, not in pending_count): it must not be gated away.
        or store.changed_since_revision()
    )


def _read_copies(context: AppContext, place: FolderTransport, report: SyncReport) -> None:
    """Copies of the app folder a sync client made (``observasi (1)`` ...): read like the
    folder (nothing is written there), and reported so the school can tidy them up."""
    for copy in place.copies():
        one = exchange(context, copy, publish=False)
        report.received += one.received
        report.sent_observations = max(report.sent_observations, one.sent_observations)
        report.received_observations += one.received_observations
        report.received_forms += one.received_forms
        report.hidden_forms += one.hidden_forms
        report.problems += one.problems
        report.problems.append((copy.app_name, t("trust.sync.copy_folder", count=one.listed)))


def exchange(context: AppContext, place: Transport, *, publish: bool = True) -> SyncReport:
    """Import every new file of *place*, bring the touched records to their heads, then
    publish what *place* lacks of this device's revisions -- unless *publish* is False (a
    district reading a school writes nothing there). Problems are returned, not kept."""
    store = context.store
    prints = store.folder_prints()
    try:
        listing = scan(place, listing_cursors(store, place) if place.lists_after else None, prints)
    except OSError as exc:
        raise UserError(t("sync.err.unreachable_detail", path=place.label, detail=exc.strerror or exc)) from exc
    report = SyncReport(problems=list(listing.problems), listed=len(listing.entries) + sum(listing.known.values()))
    keys = _school_keys(context, place, report.problems, listing)
    if isinstance(keys, devices.Waiting):
        push_key_files(context, place, listing)
        report.waiting_code = keys.code
        report.no_school = keys.no_school
        return report  # not a member yet: only the join request was written
    if keys is not None:
        # A member moved the school key on: the old one goes, here too (a district reading
        # included: it renews its exchange key, one small file in its own folder).
        rotation.catch_up(keys)
        listing = devices.members_only(store, listing, keys.school, report.problems)
        if keys.school.founded:  # said: the folder is this laptop's school now, others ask it
            report.notices.append(t("ux7j.founded"))
        laptops.remember(store, {d: m.label for d, m in keys.school.members.items()})
    with _collector_paused(), store.bulk_writes():
        received = import_files(store, listing, report.problems, keys.decode if keys else revision_file.decode, keys)
        # Read: the rest of the sync needs the names in each folder, not an entry per file
        # (76 MiB at 100,000 files, held through the apply and the roster otherwise).
        listing.entries = []
        if keys is not None:
            keys.flush()
        report.received = len(received)
        report.received_observations = len(received.observations)
        touched = received.observations
        apply_heads(context, touched | set(store.unapplied()), received, report.problems)
    forms_kept = form_offers.keep_received_forms(context, report.problems)
    report.notices += forms_kept.notices()
    report.received_forms, report.hidden_forms = forms_kept.kept, forms_kept.hidden
    if keys is not None:
        if publish:
            report.notices += forgetting.erased_notices(forgetting.exchange_forgets(store, keys.shared, keys.school))
            rotation.after_forgets(keys)  # no school key held here opens a forgotten teacher's key
        else:  # a copy, or a district reading: it erases what the school forgot, says nothing
            report.notices += forgetting.erased_notices(forgetting.apply_forgets(store, keys.shared, keys.school))
        laptop_names.exchange(keys, devices.own_laptop_name(context), publish=publish)
    if keys is not None:
        _school_files(context, place, keys, report, publish)
        # The teachers' data keys the school files were opened with: kept, so the next
        # sync opens no ``dk-`` file again (it re-read 2,000 of them at every rescan).
        keys.flush()
    if publish:
        sent_to: set[str] = set()
        report.sent = _publish(store, place, listing.names.get(store.device_id), keys, sent_to)
        report.sent_observations = len(sent_to)
        report.sent_year = publish_year_files(store, place, listing.names, keys)
        report.sent += report.sent_year
        report.sent_forms = form_offers.publish_user_forms(context, place, listing.names.get(store.device_id))
    push_key_files(context, place, listing)  # a bucket: the key files this sync wrote (data keys too)
    _keep_prints(store, listing, report.problems, prints)
    return report


def _keep_prints(
    store: Store, listing: Listing, problems: list[tuple[str, str]], before: dict[str, tuple[str, int]]
) -> None:
    """Remember the listing of each device prefix this exchange read whole without a
    problem, so the next one skips comparing its files one by one (observasi.sync.listing)."""
    keep, drop = prints_to_keep(listing, problems)
    keep = {folder: printed for folder, printed in keep.items() if before.get(folder) != printed}
    drop = [folder for folder in drop if folder in before]
    if keep or drop:
        store.replace_folder_prints(keep, drop)


def _school_files(
    context: AppContext, place: Transport, keys: envelope.Keyring, report: SyncReport, publish: bool
) -> None:
    """The school's profile, roster and observers' certificates (observasi.sync.school_files).
    Through a shared folder only: a bucket's key folder is a local copy that carries key
    files alone (docs/sync-protocol.md)."""
    if not isinstance(place, FolderTransport):
        return
    from observasi.sync.school_files import exchange_school_files

    outcome = exchange_school_files(
        context.store, keys.shared, keys, report.problems, publish=publish, label=devices.own_laptop_name(context)
    )
    report.notices += outcome.notices()
    report.sent_school = outcome.written
    report.received_school = outcome.received


# The school's keys are kept in the shared folder; for a bucket, in a local copy of its key
# files (observasi.sync.key_files): the same enrollment and sealing either way.


def key_folder(context: AppContext, place: Transport, listing: Listing | None = None) -> Path:
    """Where the school's key files of *place* are read and written: the shared folder
    itself, or for a bucket the local copy, filled from the bucket (and the shared folder,
    when the school uses both) first."""
    if isinstance(place, FolderTransport):
        return place.shared
    from observasi.sync import key_files

    copy = key_files.local_copy(context.store.data_dir)
    key_files.pull(place, copy, listing.key_files if listing else None)
    for folder in _folder_too(context):
        key_files.pull(folder, copy)
    return copy


def _folder_too(context: AppContext) -> list[Transport]:
    folder = context.settings.shared_folder
    if folder is None or not str(folder).strip() or not Path(str(folder)).expanduser().is_dir():
        return []
    return [FolderTransport(Path(str(folder)).expanduser())]


def push_key_files(context: AppContext, place: Transport, listing: Listing | None = None) -> None:
    """For a bucket: this laptop's key files its local copy holds and the places lack, sent."""
    if isinstance(place, FolderTransport):
        return
    from observasi.sync import key_files

    copy = key_files.local_copy(context.store.data_dir)
    device = context.store.device_id
    seen = {item.name for item in listing.key_files.get(device, [])} if listing else None
    key_files.push(place, copy, device, seen)
    for folder in _folder_too(context):
        key_files.push(folder, copy, device)


def _school_keys(
    context: AppContext, place: Transport, problems: list[tuple[str, str]], listing: Listing | None = None
) -> Any:
    """The keyring of this sync; devices.Waiting while this laptop waits to be approved (the
    report says it by its code: waiting is the normal state of a joiner, not a problem)."""
    shared = key_folder(context, place, listing)
    school = devices.prepare(context, shared)
    if school.waiting:
        return devices.Waiting(school.code, school.no_school)
    devices.remember_requests(context.store, school)  # said on the home screen until approved
    return envelope.keyring(context.store, shared, school)


# A rescan asks each device prefix of a bucket only for names after this much before the
# newest revision already read from it: a revision published a little out of order (two
# syncs of one laptop overlapping, a clock corrected by a few minutes) is still listed.
LISTING_OVERLAP_MS = 10 * 60 * 1000


def listing_cursors(store: Store, place: Transport) -> dict[str, str]:
    """For each other device prefix of *place*, the name to list after: the time of the
    newest time-ordered revision read from it, less the overlap, and never past a file that
    was a problem at the last sync (so it is read, and reported, again). This laptop's own
    prefix is always listed whole: publishing compares it with the local revisions."""
    base = f"{place.where}{APP_DIR}/"
    # A laptop whose clock ran years ahead must not push its cursor past what it writes
    # once the clock is right: a time more than a day ahead of ours does not count.
    horizon = time.time_ns() // 1_000_000 + 24 * 3600 * 1000
    newest: dict[str, int] = {}
    for path in store.sync_file_cache():
        if path.startswith(base):
            device, _, name = path[len(base) :].partition("/")
            ms = revision_id_ms(name)
            if ms is not None and ms < horizon and ms > newest.get(device, -1):
                newest[device] = ms
    for path, _ in store.sync_problems():
        if path.startswith(base):
            device, _, name = path[len(base) :].partition("/")
            ms = revision_id_ms(name)
            if ms is not None and device in newest:
                newest[device] = min(newest[device], ms - 1)
    return {
        device: f"{max(ms - LISTING_OVERLAP_MS, 0):012x}" for device, ms in newest.items() if device != store.device_id
    }


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


def publish(context: AppContext, *, wait: bool = False) -> int:
    """Publish pending local revisions to every place set; 0 (and no error) when none can
    be reached, or when a sync runs meanwhile (the same guard: never beside it): that sync
    sends them, or the next one does -- they stay counted as waiting. With *wait* (the app
    quitting), after that sync instead."""
    try:
        chosen = places(context)
    except UserError:
        return 0
    try:
        with one_sync(context.settings.data_dir, wait=wait):
            return _publish_to(context, chosen)
    except SyncRunning:
        return 0


def _publish_to(context: AppContext, chosen: list[Transport]) -> int:
    sent = 0
    identity.renew_if_key_lost(context.store)
    capture_edits(context.store)
    reached: list[str] = []
    for place in chosen:
        try:
            place.open()
            keys = _school_keys(context, place, [])
            if isinstance(keys, devices.Waiting):
                push_key_files(context, place)
                continue  # nothing is written before the school approved this laptop
            wrote = _publish(context.store, place, None, keys)
            push_key_files(context, place)
        except (UserError, OSError):
            continue
        sent = max(sent, wrote)
        if wrote:
            reached.append(place.label)
    if reached:
        # Said beside "Sinkron terakhir" as "terkirim HH:MM", not as it: a send fetched
        # nothing, and a principal would take the colleagues' notes for read at that time.
        from observasi.sync.status import mark_sent_only

        mark_sent_only(context.store)
    return sent


def _own_names(place: Transport, device: str) -> set[str]:
    try:
        return {item.name for item in place.list(device)}
    except FileNotFoundError:
        return set()  # nothing published from this laptop yet


def _publish(
    store: Store,
    place: Transport,
    present: set[str] | None,
    keys: envelope.Keyring | None,
    observations: set[str] | None = None,
) -> int:
    """Write every local revision (and the forms they use) missing from this device's prefix;
    the observations they belong to are added to *observations*."""
    device = store.device_id
    if present is None:
        present = _own_names(place, device)
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
            place.write_new(device, name, body)
    done: list[tuple[str, str]] = []
    try:
        for rid in missing:
            revision = store.revision(rid)
            data, _, signature = keys.encode(revision, key) if keys else revision_file.encode(revision, key)
            place.write_new(device, revision_file_name(rid), data)
            done.append((rid, signature))
            if observations is not None:
                observations.add(revision.observation_id)
    finally:
        store.mark_published(done)
    return len(done)


# -- status, conflicts, resolving ------------------------------------------------------------


def conflicts(context: AppContext) -> list[ConflictInfo]:
    store = context.store
    return [
        ConflictInfo(obs_id, store.conflict_teacher_name(obs_id, head_ids[0]), head_ids)
        for obs_id, head_ids in store.sync_conflicts()
    ]


def resolve(context: AppContext, observation_id: str, choices: dict[str, Choice] | None = None) -> Observation:
    """Merge a conflict's versions (see :func:`observasi.sync.conflicts.resolve`) and publish."""
    merged = conflicts_view.resolve(context, observation_id, choices)
    publish(context)
    return merged


def resolve_keeping(context: AppContext, observation_id: str, revision_id: str, *, drop_other: bool) -> list[str]:
    """Keep one version as it is (``observasi resolve ID --keep REVISION``) and publish;
    what the other version added is dropped only with *drop_other*, and listed."""
    dropped = conflicts_view.resolve_keeping(context, observation_id, revision_id, drop_other=drop_other)
    publish(context)
    return dropped
