"""What needs attention now: the lessons planned this week, the teachers not yet observed
this semester, the follow-up items due soon or overdue, and the records two laptops
changed. The home screen, `observasi coverage` and the recap read the same answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from observasi.core.period import Period
from observasi.core.status import Status
from observasi.store.coverage import ConflictRow, FollowUpRow, LessonRow
from observasi.store.store import Store

# A follow-up item shows as due this many days before its date.
DUE_SOON_DAYS = 7
# The status of a planned lesson that is a row of the programme, not yet a record.
SCHEDULED = "scheduled"


@dataclass(frozen=True, slots=True)
class TeacherToObserve:
    teacher_id: str
    name: str
    planned: str | None = None  # the day of a draft or programme row planned for them


@dataclass(frozen=True, slots=True)
class AttentionCounts:
    """The numbers the home screen's panel shows (see attention_counts)."""

    planned: int
    not_observed: int
    teachers: int  # active teachers
    overdue: int
    due: int
    conflicts: int  # records and programmes waiting for a person's choice

    @property
    def needs_attention(self) -> bool:
        return bool(self.planned or self.not_observed or self.overdue or self.due or self.conflicts)


@dataclass(frozen=True)
class Coverage:
    today: dt.date
    week_start: dt.date
    week_end: dt.date
    period: Period
    planned: list[LessonRow] = field(default_factory=list)  # drafts and programme rows of this week
    not_observed: list[TeacherToObserve] = field(default_factory=list)
    overdue: list[FollowUpRow] = field(default_factory=list)  # due before today
    due: list[FollowUpRow] = field(default_factory=list)  # due today or within DUE_SOON_DAYS
    conflicts: list[ConflictRow] = field(default_factory=list)
    # The semesters whose programme two laptops changed differently (a person chooses).
    programme_clashes: list[str] = field(default_factory=list)
    teachers: int = 0  # active teachers
    observed: int = 0  # of them, observed in the period

    @property
    def counts(self) -> AttentionCounts:
        return AttentionCounts(
            planned=len(self.planned),
            not_observed=len(self.not_observed),
            teachers=self.teachers,
            overdue=len(self.overdue),
            due=len(self.due),
            conflicts=len(self.conflicts) + len(self.programme_clashes),  # records and programmes
        )

    @property
    def needs_attention(self) -> bool:
        return self.counts.needs_attention

    def as_json(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "week": {"from": self.week_start.isoformat(), "to": self.week_end.isoformat()},
            "period": {"from": self.period.date_from, "to": self.period.date_to, "semester": self.period.semester},
            "teachers": self.teachers,
            "observed": self.observed,
            "planned_this_week": [
                {"id": r.obs_id, "date": r.date, "teacher": r.teacher_name, "subject": r.subject} for r in self.planned
            ],
            "not_observed": [
                {"teacher_id": r.teacher_id, "teacher": r.name, "planned": r.planned} for r in self.not_observed
            ],
            "followups_overdue": [_followup_json(r) for r in self.overdue],
            "followups_due": [_followup_json(r) for r in self.due],
            "conflicts": [{"id": r.obs_id, "teacher": r.teacher_name, "versions": r.versions} for r in self.conflicts],
            "programme_conflicts": [{"semester": s} for s in self.programme_clashes],
        }


def _followup_json(row: FollowUpRow) -> dict[str, object]:
    return {
        "id": row.obs_id,
        "followup_id": row.followup_id,
        "teacher": row.teacher_name,
        "action": row.action,
        "due": row.due,
        "status": row.status,
    }


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of the week of *day*."""
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=6)


def coverage(store: Store, today: dt.date | None = None, period: Period | None = None) -> Coverage:
    """What needs attention on *today* (the laptop's date), for the semester of *today*
    unless another *period* is given."""
    today = today or dt.date.today()
    period = period or Period.current(today)
    week_start, week_end = week_of(today)
    lessons = store.lessons_between(period.date_from, period.date_to)
    # A programme row whose record is held (in the period or this week) is no plan any more.
    this_week = store.lessons_between(week_start.isoformat(), week_end.isoformat())
    live_ids = {r.obs_id for r in lessons} | {r.obs_id for r in this_week}
    planned = planned_this_week(store, period, week_start, week_end)
    teachers = store.active_teacher_names()
    observed_ids = _observed_or_begun(store, period, teachers)
    drafts: dict[str, str] = {}
    for row in lessons:
        if row.status == Status.draft.value and row.date >= today.isoformat():
            drafts.setdefault(row.teacher_id, row.date)
    for teacher_id, _, day, obs_id in store.scheduled_between(period.date_from, period.date_to):
        if not obs_id or obs_id not in live_ids:
            drafts.setdefault(teacher_id, day)
    not_observed = [
        TeacherToObserve(teacher_id, name, drafts.get(teacher_id))
        for teacher_id, name in teachers
        if teacher_id not in observed_ids
    ]
    due_rows = store.open_followups_due_by(_due_by(today))
    return Coverage(
        today=today,
        week_start=week_start,
        week_end=week_end,
        period=period,
        planned=planned,
        not_observed=not_observed,
        overdue=[r for r in due_rows if r.due < today.isoformat()],
        due=[r for r in due_rows if r.due >= today.isoformat()],
        conflicts=store.conflict_rows(),
        programme_clashes=programme_clashes(store),
        teachers=len(teachers),
        observed=len(teachers) - len(not_observed),
    )


def attention_counts(store: Store, today: dt.date | None = None) -> AttentionCounts:
    """coverage(store, today).counts, without reading the rows behind the numbers: the
    home screen's panel shows only these, and at 100,000 records the rows (tens of
    thousands of overdue follow-ups) cost seconds at every start."""
    today = today or dt.date.today()
    period = Period.current(today)
    week_start, week_end = week_of(today)
    teachers = store.active_teacher_names()
    observed_ids = _observed_or_begun(store, period, teachers)
    overdue, due = store.open_followups_due_counts(today.isoformat(), _due_by(today))
    return AttentionCounts(
        planned=len(planned_this_week(store, period, week_start, week_end)),
        not_observed=sum(1 for teacher_id, _ in teachers if teacher_id not in observed_ids),
        teachers=len(teachers),
        overdue=overdue,
        due=due,
        conflicts=store.conflict_count() + len(programme_clashes(store)),
    )


def _observed_or_begun(store: Store, period: Period, teachers: list[tuple[str, str]]) -> set[str]:
    """The teachers not "not yet observed": a lesson held, or one begun (counted once,
    under what it is: this week's lesson in "Terjadwal", the one under way in "Lanjutkan")."""
    observed = store.observed_teacher_ids(period.date_from, period.date_to)
    rest = [teacher_id for teacher_id, _ in teachers if teacher_id not in observed]
    return observed | store.begun_teacher_ids(rest, period.date_from, period.date_to)


def _due_by(today: dt.date) -> str:
    return (today + dt.timedelta(days=DUE_SOON_DAYS)).isoformat()


def planned_this_week(store: Store, period: Period, week_start: dt.date, week_end: dt.date) -> list[LessonRow]:
    """The drafts of the week and the programme's rows of the week not started yet (a
    started one is a draft, or a record held, in the week or elsewhere in *period*)."""
    this_week = store.lessons_between(week_start.isoformat(), week_end.isoformat())
    planned = [r for r in this_week if r.status == Status.draft.value]
    scheduled = store.scheduled_between(week_start.isoformat(), week_end.isoformat())
    live_ids = {r.obs_id for r in this_week} | store.live_ids_between(
        [obs_id for *_, obs_id in scheduled if obs_id], period.date_from, period.date_to
    )
    week_teachers = {r.teacher_id for r in this_week}
    planned += [
        LessonRow("", day, SCHEDULED, teacher_id, name, "")
        for teacher_id, name, day, obs_id in scheduled
        if (not obs_id or obs_id not in live_ids) and teacher_id not in week_teachers
    ]
    planned.sort(key=lambda r: (r.date, r.teacher_name.lower()))
    return planned


def programme_clashes(store: Store) -> list[str]:
    """The semesters whose programme waits for a person's choice between two laptops' versions."""
    clashes = store.programme_clashes()  # nearly always none: no programme read then
    return sorted({p.semester for p in store.programmes() if p.id in clashes}) if clashes else []


@dataclass(frozen=True, slots=True)
class TeacherCoverage:
    """One teacher's line of the recap's coverage table."""

    teacher_id: str
    name: str
    held: int  # lessons observed in the period (see OBSERVED_STATUSES)
    last_date: str | None
    planned: str | None  # the next planned day: a draft or a programme row not started


def teacher_coverage(store: Store, period: Period) -> list[TeacherCoverage]:
    """Every teacher on the list: how many lessons were observed in *period*, the last one,
    and what is planned; the teachers not yet observed first."""
    held: dict[str, tuple[int, str | None]] = {}
    planned: dict[str, str] = {}
    for teacher_id, count, last, draft in store.teacher_lessons(period.date_from, period.date_to):
        if count:
            held[teacher_id] = (count, last)
        if draft:
            planned[teacher_id] = draft
    scheduled = store.scheduled_between(period.date_from, period.date_to)
    live_ids = store.live_among([obs_id for *_, obs_id in scheduled if obs_id], period.date_from, period.date_to)
    for teacher_id, _, day, obs_id in scheduled:
        if not obs_id or obs_id not in live_ids:
            planned.setdefault(teacher_id, day)
    rows = [
        TeacherCoverage(
            teacher_id,
            name,
            *held.get(teacher_id, (0, None)),
            planned.get(teacher_id),
        )
        for teacher_id, name in store.active_teacher_names()
    ]
    return sorted(rows, key=lambda r: (r.held > 0, r.name.lower()))
