"""The supervision programme of a semester: made with defaults, planned over chosen weeks,
rows moved, and a scheduled row started (its observation created as a draft)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from observasi import paths, record
from observasi.context import AppContext
from observasi.core import programme as rules
from observasi.core.dates import semester_of
from observasi.core.id_numbers import checked_number
from observasi.core.names import name_key
from observasi.core.programme import SCHOOL_DATA_SUBJECT, Programme, ScheduleRow, TeamMember, programme_hash
from observasi.core.record import Observation
from observasi.core.status import parse_utc, utc_now
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.store import Store


def current_semester(today: dt.date | None = None) -> str:
    return semester_of(today or dt.date.today())


def programme_for(context: AppContext, semester: str | None = None) -> Programme:
    """The programme of *semester* (default: the current one), made with the usual
    Indonesian texts, this laptop's observer as the team's head and the form used last
    when there is none yet (not stored until it is saved)."""
    semester = semester or current_semester()
    store = context.store
    found = store.programme_of(semester)
    if found is not None:
        return found
    observer = store.self_observer()
    team = []
    if observer is not None:
        team.append(
            TeamMember(
                name=observer.name,
                role=t("year.prog.role_head"),
                id_label=observer.id_label,
                id_number=observer.id_number,
            )
        )
    form_id = store.last_used_form_id() or next((k.instrument.id for k in context.catalog.latest()), "")
    return rules.new_programme(semester, team=team, forms=[form_id] if form_id else [])


def save(context: AppContext, programme: Programme) -> Programme:
    """Store *programme*; its ``updated_at`` is made later than the version it came from
    (the clock has whole seconds), so every laptop takes this version as the newer one."""
    return _save(context.store, programme)


def save_edited(context: AppContext, programme: Programme) -> Programme:
    """:func:`save` of what a person typed into the programme (the app's edit form and
    ``programme edit``): the pengawas' NIP and the team's numbers, printed on the signed
    programme, are checked as the profile's are, a UserError naming the field. Planning,
    moving and starting rows save without it: a number stored before this check does not
    stop them. The team is typed as "Name: role" lines, without numbers: a member kept
    keeps the number the programme held (the team head's NIP, printed on the programme)."""
    return save(context, checked_numbers(_numbers_kept(context.store, programme)))


def _numbers_kept(store: Store, programme: Programme) -> Programme:
    """*programme* with the number of each team member typed without one taken from the
    held version's member of the same name (the edit form and ``--member`` carry none)."""
    held = store.programme_by_id(programme.id)
    if held is None:
        held = store.programme_of(programme.semester)
    known = {name_key(member.name): member for member in held.team} if held is not None else {}
    team = []
    for member in programme.team:
        before = known.get(name_key(member.name))
        if not member.id_number.strip() and before is not None and before.id_number:
            member = member.model_copy(update={"id_label": before.id_label, "id_number": before.id_number})
        team.append(member)
    return programme.model_copy(update={"team": team})


def checked_numbers(programme: Programme) -> Programme:
    """*programme* with its numbers as kept (digits), or a UserError naming the field."""
    supervisor = checked_number("NIP", programme.supervisor_id_number, t("fx10c.field.supervisor_nip"))
    team = [
        member.model_copy(
            update={
                "id_number": checked_number(
                    member.id_label, member.id_number, t("fx10c.field.team_number", name=member.name)
                )
            }
        )
        for member in programme.team
    ]
    return programme.model_copy(update={"supervisor_id_number": supervisor, "team": team})


def _save(store: Store, programme: Programme) -> Programme:
    """Saved as a version made from the one held: from it when it is in the shared place
    already, else from what it was made from (a version never shared is nobody's common
    version: merging with another laptop's looks past it)."""
    stored = store.programme_by_id(programme.id)
    floor = max(programme.updated_at, stored.updated_at if stored else "")
    now = utc_now()
    if now <= floor:
        now = later_than(floor)
    based_on = programme.based_on
    if stored is not None:
        digest = programme_hash(stored)
        known = store.programme_history(programme.id).get(digest)
        based_on = [digest] if known is None or known[1] else stored.based_on
    saved = programme.model_copy(update={"updated_at": now, "based_on": based_on})
    store.save_programme(saved)
    return saved


def later_than(stamp: str) -> str:
    """A UTC time one second after *stamp* (the clock has whole seconds)."""
    return (parse_utc(stamp) + dt.timedelta(seconds=1)).isoformat().replace("+00:00", "Z")


def forget_teacher(store: Store, teacher_id: str) -> list[str]:
    """Take a forgotten teacher out of every programme's schedule and save every programme
    anew. The versions already in the shared folder were sealed under the school's data
    key: its ids are returned, for the forget to destroy them on every laptop (the teacher's
    name in those versions can then be read by nobody); the next sync seals the new versions
    under a fresh key."""
    for programme in store.programmes():
        kept = [row for row in programme.schedule if row.teacher_id != teacher_id]
        _save(store, programme.model_copy(update={"schedule": kept}))
    store.erase_programme_history()  # the versions before named the teacher
    return store.data_key_teachers().get(SCHOOL_DATA_SUBJECT, [])


PRINTED_PREFIXES = ("program-supervisi-", "laporan-supervisi-")


def printed_files(store: Store) -> tuple[Path, ...]:
    """The programme and report PDFs observasi printed into its own folders (``program/``
    of the data folder and of the output folder). A programme names every teacher of its
    schedule and a report every teacher on the list: forgetting a teacher erases them."""
    found: list[Path] = []
    for root in paths.output_roots(store.data_dir, store.get_setting("output_dir")):
        folder = paths.programmes_dir(root)
        if folder.is_dir():
            found += [
                path
                for path in folder.iterdir()
                if path.name.lower().startswith(PRINTED_PREFIXES) and path.suffix.lower() == ".pdf" and path.is_file()
            ]
    return tuple(sorted(found))


def plan(
    context: AppContext,
    programme: Programme,
    first_week: dt.date,
    weeks: int,
    skip: Sequence[dt.date] = (),
) -> Programme:
    """Every active teacher given a week, spread over *weeks* school weeks from
    *first_week* (the weeks of *skip* left out); saved."""
    chosen = rules.weeks_from(first_week, weeks, skip)
    teachers = [(t_.id, t_.name, t_.subject) for t_ in context.store.list_teachers()]
    observer = context.store.self_observer()
    form_id = programme.forms[0] if programme.forms else ""
    planned = rules.spread(programme, teachers, chosen, observer.name if observer else "", form_id)
    return save(context, planned)


def move(context: AppContext, programme: Programme, row_id: str, day: dt.date, exact_day: bool) -> Programme:
    return save(context, rules.move_row(programme, row_id, day, exact_day))


def start(context: AppContext, programme: Programme, row_id: str, today: dt.date | None = None) -> Observation:
    """The observation of a scheduled row, created as a draft (dated the planned day; in
    the planned week, today; else the week's Monday) and linked to the row; a row already
    started gives its observation back."""
    store = context.store
    row = programme.row(row_id)
    if row.observation_id and not store.is_deleted(row.observation_id):
        return store.get_observation(row.observation_id)
    teacher = store.get_teacher(row.teacher_id)
    if teacher is None:
        raise UserError(t("year.err.teacher_gone", name=row.teacher_name))
    observer = store.self_observer()
    if observer is None:
        raise UserError(t("year.err.no_observer"))
    form_id = row.form_id or (programme.forms[0] if programme.forms else "") or store.last_used_form_id() or ""
    known = context.catalog.get(form_id) if form_id else None
    if known is None:
        raise UserError(t("year.err.no_form", form=form_id or "-"))
    obs = record.create_draft(
        store,
        teacher,
        observer,
        known.instrument,
        date=_lesson_day(row, today or dt.date.today()).isoformat(),
        semester=programme.semester,
        subject=row.subject or teacher.subject,
        focus=row.focus,
    )
    save(context, rules.update_row(programme, row.id, observation_id=obs.id))
    return obs


def _lesson_day(row: ScheduleRow, today: dt.date) -> dt.date:
    if row.planned_date:
        return dt.date.fromisoformat(row.planned_date)
    if row.week:
        monday = dt.date.fromisoformat(row.week)
        return today if rules.monday(today) == monday else monday
    return today
