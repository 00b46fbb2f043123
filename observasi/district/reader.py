"""Reading the schools of a district: each school's place (folder or bucket) is read into
that school's own data folder under the district's, read-only -- nothing is ever written
into a school's place (no revision, no form, no device key)."""

from __future__ import annotations

import dataclasses
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from observasi import paths
from observasi.context import AppContext
from observasi.core.status import utc_now
from observasi.district.schools import SchoolPlace, schools
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sync import service
from observasi.sync.folder import FolderTransport
from observasi.sync.listing import Listing, scan
from observasi.sync.transport import Transport

LAST_READ_KEY = "district.last_read"
# What the last read of each bucket school listed (see Remembered), by slug.
LISTINGS_KEY = "district.listings"

# Schools read at once: a bucket answers many requests in parallel, and each school's
# import runs in its own database (a no-op rescan of 40 schools on a loaded 2-core machine:
# 1 reader 0.5-0.6 s, 4 or 8 readers 0.25-0.35 s, 16 no better).
READERS = 8


@dataclass
class SchoolRead:
    school: SchoolPlace
    report: service.SyncReport | None
    error: str | None = None


def school_context(context: AppContext, school: SchoolPlace) -> AppContext:
    """The data folder holding what the district read of *school* (in the district's
    language: opening it must not switch the program's language to the school's)."""
    settings = context.settings.replace(
        data_dir=paths.district_school_dir(context.settings.data_dir, school.slug),
        shared_folder=None,
        bucket_url=None,
        bucket_endpoint=None,
        lang_forced=True,
    )
    return AppContext(settings)


def school_place(context: AppContext, school: SchoolPlace) -> Transport:
    if school.is_bucket:
        return service.bucket_place(context, school.place, school.endpoint)
    return FolderTransport(Path(school.place))


@dataclass(frozen=True)
class Remembered:
    """What a read of a bucket school that left nothing to do listed: the names each device
    prefix was asked after, and a digest of what came back. A rescan that lists the same
    again (nothing new, nothing changed) needs nothing from the school's database: 200
    schools' databases opened and queried were most of a district's no-op rescan."""

    place: str
    cursors: dict[str, str]
    fingerprint: str
    conflicts: list[tuple[str, str, list[str]]]  # as the read reported them


def fingerprint(listing: Listing) -> str:
    """A digest of everything a listing found: the files with their size and time, the
    device prefixes, and the places it could not use."""
    digest = hashlib.sha256()
    for e in sorted(listing.entries, key=lambda e: e.rel):
        digest.update(f"{e.rel}\0{e.size}\0{e.mtime_ns}\n".encode())
    for device in sorted(listing.names):
        digest.update(f"@{device}\n".encode())
    for where, _ in sorted(listing.problems):
        digest.update(f"!{where}\n".encode())
    return digest.hexdigest()


def narrowed(listing: Listing, after: dict[str, str]) -> Listing:
    """What *listing* holds that a listing after *after* (per device prefix) would list: the
    names sorting after a prefix's cursor (as an S3 listing from that key gives them), every
    name of a prefix without one. Only from what was listed before a read that left nothing
    to do, so a file that arrived since is never taken for one seen."""
    entries = [e for e in listing.entries if e.device not in after or e.ref.rsplit("/", 1)[-1] > after[e.device]]
    return dataclasses.replace(listing, entries=entries)


def read_school(context: AppContext, school: SchoolPlace) -> service.SyncReport:
    """Import what is new in one school's place; UserError when it cannot be reached."""
    return _read_school(context, school, None)[0]


def _read_school(
    context: AppContext, school: SchoolPlace, remembered: Remembered | None
) -> tuple[service.SyncReport, Remembered | None]:
    started = time.perf_counter()
    place = school_place(context, school)
    place.open()
    if remembered is not None and remembered.place == school.place and place.lists_after:
        unchanged = _unchanged(context, school, place, remembered)
        if unchanged is not None:
            report, listing = unchanged
            report.seconds = time.perf_counter() - started
            return report, _narrower(context, school, place, remembered, listing)
    own = school_context(context, school)
    try:
        before: Listing | None = None
        if place.lists_after:
            # Listed before the import, so a file that arrives meanwhile is not in the
            # digest: the next rescan sees a difference and reads it.
            try:
                before = scan(place, service.listing_cursors(own.store, place))
            except OSError:
                before = None  # the import below names what cannot be listed
        report = service.exchange(own, place, publish=False)
        if report.waiting_code is not None:
            # A school's folder is sealed: the district reads it once a school laptop has
            # approved it, like a new laptop (its join request is all it ever writes there).
            raise UserError(t("district.waiting", code=report.waiting_code))
        report.conflicts = service.conflicts(own)
        report.problems.sort()
        report.seconds = time.perf_counter() - started
        # A read that found nothing new and the same problems writes nothing (each commit
        # of a school's database costs an fsync, 200 schools a rescan).
        if report.received or dict(report.problems) != dict(own.store.sync_problems()):
            own.store.replace_sync_problems(report.problems)
            own.store.log_sync(
                place.label, 0, report.received, len(report.conflicts), len(report.problems), report.seconds
            )
        memo = None
        # Only a read that left nothing to do again is remembered: a problem file is read
        # (and reported) again on every sync, an unapplied record is tried again.
        if before is not None and not report.problems and not own.store.unapplied():
            conflicts = [(c.observation_id, c.teacher_name, c.head_ids) for c in report.conflicts]
            # The next rescan lists after what this read left read (the first import listed
            # every prefix whole: remembering that made every rescan list 128,000 names).
            cursors = service.listing_cursors(own.store, place)
            memo = Remembered(school.place, cursors, fingerprint(narrowed(before, cursors)), conflicts)
        return report, memo
    finally:
        own.store.close()


def _narrower(
    context: AppContext, school: SchoolPlace, place: Transport, remembered: Remembered, listing: Listing
) -> Remembered:
    """*remembered*, or when it lists a laptop's prefix whole (remembered by an earlier
    version after a first import), the same listing narrowed to after what was read: the
    school's copy is opened once for it, and every later rescan lists less."""
    if len(listing.names) - len(remembered.cursors) <= 1:  # every prefix but the district's own
        return remembered
    own = school_context(context, school)
    try:
        cursors = service.listing_cursors(own.store, place)
    finally:
        own.store.close()
    return dataclasses.replace(remembered, cursors=cursors, fingerprint=fingerprint(narrowed(listing, cursors)))


def _unchanged(
    context: AppContext, school: SchoolPlace, place: Transport, remembered: Remembered
) -> tuple[service.SyncReport, Listing] | None:
    """The report of a read with nothing new and what it listed, if the place lists as it
    did; else None."""
    if not paths.database(paths.district_school_dir(context.settings.data_dir, school.slug)).is_file():
        return None  # the school's copy is gone: read it again
    try:
        listing = scan(place, remembered.cursors)
    except OSError:
        return None  # the full read names what cannot be listed
    if fingerprint(listing) != remembered.fingerprint:
        return None
    conflicts = [service.ConflictInfo(o, name, list(heads)) for o, name, heads in remembered.conflicts]
    return service.SyncReport(conflicts=conflicts, listed=len(listing.entries)), listing


def _remembered(context: AppContext) -> dict[str, Remembered]:
    stored = context.store.get_setting(LISTINGS_KEY, {}) or {}
    found: dict[str, Remembered] = {}
    if isinstance(stored, dict):
        for slug, item in stored.items():
            try:
                found[str(slug)] = Remembered(
                    str(item["place"]),
                    {str(k): str(v) for k, v in item["cursors"].items()},
                    str(item["fingerprint"]),
                    [(str(o), str(n), [str(h) for h in heads]) for o, n, heads in item["conflicts"]],
                )
            except (KeyError, TypeError, ValueError, AttributeError):
                continue  # an older or damaged note: that school is read in full
    return found


def read_all(context: AppContext, readers: int = READERS) -> list[SchoolRead]:
    """Read every school; a school that cannot be read is reported, the others go on."""
    known = schools(context)
    remembered = _remembered(context)
    memos: dict[str, Remembered] = {}

    def one(school: SchoolPlace) -> SchoolRead:
        try:
            report, memo = _read_school(context, school, remembered.get(school.slug))
        except UserError as exc:
            return SchoolRead(school, None, str(exc))
        if memo is not None:
            memos[school.slug] = memo
        return SchoolRead(school, report)

    with ThreadPoolExecutor(max_workers=max(1, readers)) as pool:
        reads = list(pool.map(one, known))
    if memos != remembered:
        stored: dict[str, Any] = {slug: asdict(memo) for slug, memo in sorted(memos.items())}
        context.store.set_setting(LISTINGS_KEY, stored)
    now = utc_now()
    last = dict(last_reads(context))
    last.update({r.school.slug: now for r in reads if r.report is not None})
    context.store.set_setting(LAST_READ_KEY, last)
    return reads


def last_reads(context: AppContext) -> dict[str, str]:
    """When each school was last read (UTC), by slug."""
    stored = context.store.get_setting(LAST_READ_KEY, {}) or {}
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}
