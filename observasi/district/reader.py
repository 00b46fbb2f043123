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
from observasi.district.schools import SchoolPlace, schools
from observasi.errors import UserError
from observasi.sync import service
from observasi.sync.folder import FolderTransport
from observasi.sync.transport import Transport

# Schools read at once: a bucket answers many requests in parallel, and each school's
# import runs in its own database.
READERS = 4


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
        report.conflicts = service.conflicts(own)
        report.problems.sort()
        own.store.replace_sync_problems(report.problems)
        report.seconds = time.perf_counter() - started
        own.store.log_sync(place.label, 0, report.received, len(report.conflicts), len(report.problems), report.seconds)
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
        return list(pool.map(one, known))
