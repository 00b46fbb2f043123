"""The teachers, the school and this laptop's observer: read for the screens, and the
school profile saved from the settings screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from observasi import privacy
from observasi.context import AppContext
from observasi.core.id_numbers import checked_number
from observasi.core.names import name_key
from observasi.core.predikat import predikat_text
from observasi.core.status import OBSERVED_STATUSES
from observasi.core.text import TextRejected, clean_text
from observasi.i18n import t
from observasi.store.models import ROLES, Observer, School, Teacher

__all__ = [
    "ROLES",
    "Observer",
    "Profile",
    "School",
    "Teacher",
    "TeacherRow",
    "find_teachers",
    "forget_plan",
    "forget_teacher",
    "profile",
    "save_profile",
    "self_observer",
    "get_teacher",
    "teacher_overview",
]

# Each active teacher with the number of observations and the nilai of the latest final
# one, in one grouped pass over the observations (index m050 covers it, so the records'
# pages are not read). The latest final is the row holding the greatest date-then-creation
# key: SQLite gives the bare columns of a group with one max() the values of the row where
# the max is found. A teacher with no final record has no key; the outer select then
# drops the bare columns, which would come from an arbitrary row.
# The count is of lessons observed, the one meaning of "observed" (reflecting or final,
# core.status.OBSERVED_STATUSES) the recap's coverage and the home screen use: a draft is a
# plan, and counting it said a teacher was observed three times who was observed twice.
_OBSERVED = ", ".join(f"'{status}'" for status in OBSERVED_STATUSES)
OVERVIEW_SQL = f"""
with latest as (
  select teacher_id, sum(status in ({_OBSERVED})) as count,
         max(case when status = 'final' then date || ' ' || coalesce(created_at, '') end) as last_key,
         date, nilai, predikat
  from observations where deleted = 0 group by teacher_id)
select t.id, t.name, t.subject, coalesce(l.count, 0) as count,
       case when l.last_key is not null then l.date end as last_date,
       case when l.last_key is not null then l.nilai end as last_nilai,
       case when l.last_key is not null then l.predikat end as last_predikat
from teachers t
left join latest l on l.teacher_id = t.id
where t.active = 1
order by t.name collate nocase
"""


@dataclass(frozen=True)
class TeacherRow:
    """One active teacher: how many lessons were observed (reflecting or final: a draft is
    a plan, not counted), and the latest final observation's result."""

    id: str
    name: str
    subject: str
    count: int
    last_date: str | None
    last_nilai: str | None
    last_predikat: str | None


@dataclass(frozen=True)
class Profile:
    """The school and the person observing on this laptop (None before the set-up)."""

    school: School
    observer: Observer | None


def teacher_overview(context: AppContext) -> list[TeacherRow]:
    """Every active teacher, by name."""
    return [
        TeacherRow(
            id=row["id"],
            name=row["name"],
            subject=row["subject"] or "",
            count=int(row["count"]),
            last_date=row["last_date"],
            last_nilai=row["last_nilai"],
            last_predikat=predikat_text(row["last_predikat"]),
        )
        for row in context.store.query(OVERVIEW_SQL)
    ]


def get_teacher(context: AppContext, teacher_id: str) -> Teacher | None:
    return context.store.get_teacher(teacher_id)


def find_teachers(context: AppContext, query: str, limit: int) -> list[Teacher]:
    """At most *limit* active teachers whose name, NIP or NUPTK contains *query*."""
    return context.store.find_teachers(query)[:limit]


def self_observer(context: AppContext) -> Observer | None:
    """The person observing on this laptop (None before the set-up)."""
    return context.store.self_observer()


def profile(context: AppContext) -> Profile:
    store = context.store
    return Profile(store.get_school() or School(), store.self_observer())


def role_doubt(context: AppContext) -> str | None:
    """One line when this laptop's observer is saved as the principal while the school's
    profile names another principal (None: nothing to say). The welcome once preset
    "Kepala Sekolah" for every laptop, and still does where the school names no principal
    yet: the sheet prints the Jabatan, so where a sheet is prepared this is said (the sheet
    is still made; the person may be acting principal)."""
    store = context.store
    me, school = store.self_observer(), store.get_school()
    if me is None or school is None or me.role != ROLES[0] or not school.principal_name.strip():
        return None
    if name_key(me.name) == name_key(school.principal_name):
        return None
    return t("fx10c.role.doubt", principal=school.principal_name)


def save_profile(
    context: AppContext, school: School, observer: Observer, shared_folder: Path | None, signature: Path | None
) -> None:
    """Keep the school, this laptop's observer (as the one observing here), the shared
    folder and the scanned signature. Their texts pass the program's text boundary first
    (a pasted control character removed; NUL or an overlong name refused, naming the field)."""
    school, observer = profile_text(school), profile_text(observer)
    # The school's numbers are checked when typed here, not as they came from a colleague's
    # laptop: a profile saved by an older version refused every Settings save (the language,
    # the output folder) until a school-wide field was edited on every laptop (review11).
    kept = context.store.get_school()
    school = school.model_copy(
        update={
            "principal_id_number": _typed_number(
                (kept.principal_id_label, kept.principal_id_number) if kept else None,
                school.principal_id_label,
                school.principal_id_number,
                t("fx10.field.principal_number"),
            ),
            # Printed on every sheet's letterhead: 8 characters (the walk saved 20 letters).
            "npsn": _typed_number(("NPSN", kept.npsn) if kept else None, "NPSN", school.npsn, t("lead11.field.npsn")),
        }
    )
    observer = observer.model_copy(
        update={"id_number": checked_number(observer.id_label, observer.id_number, t("fx10.field.observer_number"))}
    )
    store = context.store
    store.save_school(school)
    store.save_observer(observer)
    store.set_setting("self_observer_id", observer.id)
    context.update_settings(shared_folder=shared_folder, signature_image=signature, id_label=observer.id_label)


def _typed_number(kept: tuple[str, str] | None, label: str, number: str, field: str) -> str:
    """*number* checked (:func:`checked_number`) unless it is the one already kept under the
    same *label* (a kept NUPTK relabelled NIP is a NIP typed anew: review11b)."""
    return number if kept == (label, number) else checked_number(label, number, field)


_ProfilePart = TypeVar("_ProfilePart", School, Observer)
# The kind of each text field of the school and the observer (observasi.core.text.LIMITS).
_PROFILE_KINDS = {"name": "name", "principal_name": "name", "npsn": "npsn", "id_number": "nip", "kop_lines": "kop"}
_NOT_TEXT = {"id", "created_at", "logo_path"}


def profile_text(part: _ProfilePart) -> _ProfilePart:
    """*part* with every typed text through :func:`observasi.core.text.clean_text`;
    :class:`observasi.core.text.TextRejected` names the field that cannot be kept."""
    updates: dict[str, str] = {}
    for field, value in part.model_dump().items():
        if field in _NOT_TEXT or type(value) is not str:
            continue
        try:
            updates[field] = clean_text(value, _PROFILE_KINDS.get(field, "line"))
        except TextRejected as exc:
            raise TextRejected(f"{t(f'text.field.{field}')}: {exc.message}") from exc
    return part.model_copy(update=updates)


def forget_plan(context: AppContext, teacher: Teacher) -> privacy.ForgetPlan:
    """What forgetting *teacher* would remove (said before asking)."""
    return privacy.forget_plan(context.store, teacher)


def forget_teacher(context: AppContext, teacher: Teacher) -> privacy.Forgotten:
    """Erase what is held about *teacher* (UU 27/2022)."""
    return privacy.forget_teacher(context.store, teacher)
