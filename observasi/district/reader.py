"""Reading the schools of a district: each school's place (folder or bucket) is read into
that school's own data folder under the district's, read-only -- nothing is ever written
into a school's place (no revision, no form, no device key)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from observasi import paths
from observasi.context import AppContext
from observasi.core.status import utc_now
from observasi.district.schools import SchoolPlace, schools
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sync import service
from observasi.sync.folder import FolderTransport
from observasi.sync.transport import Transport

LAST_READ_KEY = "district.last_read"

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


def read_school(context: AppContext, school: SchoolPlace) -> service.SyncReport:
    """Import what is new in one school's place; UserError when it cannot be reached."""
    started = time.perf_counter()
    place = school_place(context, school)
    place.open()
    own = school_context(context, school)
    try:
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
        return report
    finally:
        own.store.close()


def read_all(context: AppContext, readers: int = READERS) -> list[SchoolRead]:
    """Read every school; a school that cannot be read is reported, the others go on."""
    known = schools(context)

    def one(school: SchoolPlace) -> SchoolRead:
        try:
            return SchoolRead(school, read_school(context, school))
        except UserError as exc:
            return SchoolRead(school, None, str(exc))

    with ThreadPoolExecutor(max_workers=max(1, readers)) as pool:
        reads = list(pool.map(one, known))
    now = utc_now()
    last = dict(last_reads(context))
    last.update({r.school.slug: now for r in reads if r.report is not None})
    context.store.set_setting(LAST_READ_KEY, last)
    return reads


def last_reads(context: AppContext) -> dict[str, str]:
    """When each school was last read (UTC), by slug."""
    stored = context.store.get_setting(LAST_READ_KEY, {}) or {}
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}
