"""The Program Supervisi Akademik of one semester: purpose and targets, the observer team,
the forms used, and the schedule (one row per teacher: planned date or week, observer,
form, focus). Pure rules: the defaults, spreading teachers over chosen weeks, moving a row.

A programme is stored and travels as one JSON document (:func:`programme_payload`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from observasi.core.canonical import sha256_hex
from observasi.core.dates import semester_label, semester_range
from observasi.core.status import new_id, utc_now
from observasi.errors import UserError
from observasi.i18n import t

# The data key a school's programmes are sealed under in the shared folder is made and
# wrapped like a teacher's, for this id, which no teacher has (their ids are random).
SCHOOL_DATA_SUBJECT = "0" * 32


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)


class TeamMember(_Model):
    name: str
    role: str = ""  # e.g. "Ketua", "Anggota (guru senior)"
    id_label: str = "NIP"
    id_number: str = ""


class ScheduleRow(_Model):
    id: str = Field(default_factory=new_id)
    teacher_id: str
    teacher_name: str
    subject: str = ""
    week: str | None = None  # the Monday (ISO) of the planned week
    planned_date: str | None = None  # a planned day (ISO), more precise than the week
    observer: str = ""
    form_id: str = ""
    focus: str = ""
    observation_id: str | None = None  # set when the row is started

    @property
    def day(self) -> str | None:
        """The planned day, else the Monday of the planned week."""
        return self.planned_date or self.week

    def in_week(self, monday: dt.date) -> bool:
        day = self.day
        if day is None:
            return False
        return monday <= dt.date.fromisoformat(day) <= monday + dt.timedelta(days=6)


class Programme(_Model):
    id: str = Field(default_factory=new_id)
    semester: str  # "2026-1"
    purpose: str = ""
    targets: str = ""
    team: list[TeamMember] = Field(default_factory=list)
    forms: list[str] = Field(default_factory=list)  # form ids
    schedule: list[ScheduleRow] = Field(default_factory=list)
    # Who signs "Mengetahui, Pengawas Sekolah" on the printed programme.
    supervisor_name: str = ""
    supervisor_id_number: str = ""
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    # The versions (their sha256) this one was made from: the last version the laptop had
    # shared, or the two versions a merge joined (observasi.core.programme_merge).
    based_on: list[str] = Field(default_factory=list)

    def row(self, row_id: str) -> ScheduleRow:
        text = row_id.strip().lower()
        if text.isdigit() and 1 <= int(text) <= len(self.schedule):
            return self.schedule[int(text) - 1]
        found = [r for r in self.schedule if len(text) >= 4 and r.id.startswith(text)]
        if len(found) != 1:
            raise UserError(t("year.err.no_row", which=row_id, count=len(self.schedule)))
        return found[0]


def programme_payload(programme: Programme) -> dict[str, Any]:
    return programme.model_dump(mode="json")


def programme_hash(programme: Programme) -> str:
    return sha256_hex(programme_payload(programme))


def new_programme(
    semester: str, lang: str | None = None, team: Sequence[TeamMember] = (), forms: Sequence[str] = ()
) -> Programme:
    """A programme with the usual Indonesian purpose and targets, to be edited."""
    label = semester_label(semester, lang)
    return Programme(
        semester=semester,
        purpose=t("year.prog.default_purpose", lang=lang),
        targets=t("year.prog.default_targets", lang=lang, semester=label),
        team=list(team),
        forms=list(forms),
    )


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weeks_from(first: dt.date, count: int, skip: Sequence[dt.date] = ()) -> list[dt.date]:
    """*count* school weeks (their Mondays) from the week of *first*, leaving out the weeks
    of the days in *skip* (exams, holidays)."""
    if count < 1:
        raise UserError(t("year.err.weeks", count=count))
    skipped = {monday(day) for day in skip}
    weeks: list[dt.date] = []
    week = monday(first)
    while len(weeks) < count:
        if week not in skipped:
            weeks.append(week)
        week += dt.timedelta(days=7)
    return weeks


def spread(
    programme: Programme,
    teachers: Sequence[tuple[str, str, str]],
    weeks: Sequence[dt.date],
    observer: str = "",
    form_id: str = "",
) -> Programme:
    """The programme with every teacher (id, name, subject) given a week, spread evenly over
    *weeks* in the given order. A row already started keeps its week; a teacher's existing
    row keeps its observer, form and focus; a planned day outside its new week is dropped."""
    if not weeks:
        raise UserError(t("year.err.weeks", count=0))
    if not teachers:
        raise UserError(t("year.err.no_teachers"))
    start, end = semester_range(programme.semester)
    for week in weeks:
        if week + dt.timedelta(days=6) < start or week > end:
            raise UserError(t("year.err.outside", date=week.isoformat(), semester=semester_label(programme.semester)))
    rows = {r.teacher_id: r for r in programme.schedule}
    waiting = [teacher for teacher in teachers if not (rows.get(teacher[0]) and rows[teacher[0]].observation_id)]
    planned: list[ScheduleRow] = [r for r in programme.schedule if r.observation_id]
    for index, (teacher_id, name, subject) in enumerate(waiting):
        week = weeks[index * len(weeks) // len(waiting)]
        existing = rows.get(teacher_id)
        base = existing or ScheduleRow(
            teacher_id=teacher_id, teacher_name=name, subject=subject, observer=observer, form_id=form_id
        )
        planned.append(
            base.model_copy(
                update={
                    "teacher_name": name,
                    "subject": subject or base.subject,
                    "week": week.isoformat(),
                    "planned_date": None,
                }
            )
        )
    planned.sort(key=lambda r: (r.day or "9999", r.teacher_name.lower()))
    return programme.model_copy(update={"schedule": planned, "updated_at": utc_now()})


def move_row(programme: Programme, row_id: str, day: dt.date, exact_day: bool) -> Programme:
    """The row *row_id* moved to the week of *day* (and to *day* itself when *exact_day*)."""
    row = programme.row(row_id)
    start, end = semester_range(programme.semester)
    if not start <= day <= end:
        raise UserError(t("year.err.outside", date=day.isoformat(), semester=semester_label(programme.semester)))
    moved = row.model_copy(
        update={"week": monday(day).isoformat(), "planned_date": day.isoformat() if exact_day else None}
    )
    schedule = [moved if r.id == row.id else r for r in programme.schedule]
    schedule.sort(key=lambda r: (r.day or "9999", r.teacher_name.lower()))
    return programme.model_copy(update={"schedule": schedule, "updated_at": utc_now()})


def update_row(programme: Programme, row_id: str, **values: Any) -> Programme:
    row = programme.row(row_id)
    changed = row.model_copy(update=values)
    schedule = [changed if r.id == row.id else r for r in programme.schedule]
    return programme.model_copy(update={"schedule": schedule, "updated_at": utc_now()})
