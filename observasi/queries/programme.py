"""The supervision programme and its schedule (observasi.year.programme), for the planner
screen and the attention list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from observasi import paths
from observasi.context import AppContext
from observasi.core.programme import Programme
from observasi.core.programme_merge import Side
from observasi.core.record import Observation
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sync import programme_versions as versions
from observasi.sync.programme_versions import ProgrammeClash
from observasi.year import programme as service

__all__ = [
    "Programme",
    "ProgrammeClash",
    "clash",
    "resolve_clash",
    "current",
    "move",
    "observed_of",
    "plan",
    "save",
    "start",
    "start_for_teacher",
    "write_pdf",
    "write_report",
]


def clash(context: AppContext, programme: Programme) -> ProgrammeClash | None:
    """Another laptop's version of *programme* that waits for a person's choice."""
    return versions.programme_clash(context.store, programme)


def resolve_clash(context: AppContext, programme: Programme, choices: Mapping[str, Side]) -> Programme:
    return versions.resolve_clash(context.store, programme, choices)


def current(context: AppContext, semester: str | None = None) -> Programme:
    return service.programme_for(context, semester)


def save(context: AppContext, programme: Programme) -> Programme:
    return service.save(context, programme)


def save_edited(context: AppContext, programme: Programme) -> Programme:
    return service.save_edited(context, programme)


def plan(context: AppContext, programme: Programme, first: dt.date, weeks: int, skip: Sequence[dt.date]) -> Programme:
    return service.plan(context, programme, first, weeks, skip)


def move(context: AppContext, programme: Programme, row_id: str, day: dt.date, exact_day: bool) -> Programme:
    return service.move(context, programme, row_id, day, exact_day)


def start(context: AppContext, programme: Programme, row_id: str) -> Observation:
    return service.start(context, programme, row_id)


def start_for_teacher(context: AppContext, teacher_id: str) -> Observation:
    """The observation of the teacher's row in the current programme, created if needed."""
    programme = current(context)
    row = next((r for r in programme.schedule if r.teacher_id == teacher_id), None)
    if row is None:
        raise UserError(t("year.err.not_scheduled"))
    return service.start(context, programme, row.id)


def write_pdf(context: AppContext, programme: Programme, sign: bool, passphrase: str | None) -> Path:
    from observasi.sheet.programme_pdf import write_programme

    target = paths.programme_file(context.settings.files_dir, programme.semester)
    return write_programme(context, programme, target, sign=sign, passphrase=passphrase)


def observed_of(context: AppContext, programme: Programme) -> tuple[int, int]:
    """(teachers observed, teachers on the list) in the programme's semester: what its
    report will say."""
    from observasi.core.period import Period
    from observasi.year.coverage import teacher_coverage

    rows = teacher_coverage(context.store, Period.of_semester(programme.semester))
    return sum(1 for r in rows if r.held), len(rows)


def write_report(context: AppContext, programme: Programme, sign: bool, passphrase: str | None) -> Path:
    """The semester's laporan supervisi akademik, in the folder for sheets and recaps."""
    from observasi.sheet.programme_pdf import write_report as write

    target = paths.report_file(context.settings.files_dir, programme.semester)
    return write(context, programme, target, sign=sign, passphrase=passphrase)
