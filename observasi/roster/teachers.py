"""One teacher by hand: add, edit, remove from the list, bring back.

Typed values pass the same checks as a roster's cells (:func:`observasi.core.text.clean_text`, the NIP /
NUPTK rules), and a NIP or NUPTK that already belongs to another teacher is refused with
that teacher's name: one person, one row.

Removing takes a teacher off the list and the teacher picker; their observations stay,
whole, in the home list, their history and the recaps, and a roster import (or
:func:`restore_teacher`) brings them back. Erasing a teacher's data is another, explicit
act (:mod:`observasi.privacy`, UU 27/2022).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from observasi.core.id_numbers import IdKind, check_id
from observasi.core.text import TextRejected, clean_text
from observasi.errors import UserError
from observasi.i18n import t
from observasi.roster.rows import TEACHER_FIELDS, normal_gender

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.store.models import Teacher
    from observasi.store.store import Store


class TeacherInvalid(UserError):
    """Typed values that cannot be saved; *problems* maps each field to its message."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


def check_teacher(values: dict[str, str], others: list[Teacher]) -> dict[str, str]:
    """The values as they would be saved, or :class:`TeacherInvalid` naming each field
    that is wrong. *others* are every other teacher (removed ones too)."""
    cleaned: dict[str, str] = {}
    problems: dict[str, str] = {}
    for key in TEACHER_FIELDS:
        try:
            cleaned[key] = clean_text(values.get(key, ""), key)
        except TextRejected as exc:
            problems[key] = str(exc)
    if not problems.get("name") and not cleaned.get("name"):
        problems["name"] = t("teacher.err.name_required")
    kinds: tuple[IdKind, ...] = ("nip", "nuptk")
    for kind in kinds:
        if kind in problems:
            continue
        checked = check_id(kind, cleaned[kind])
        if checked.problem:
            problems[kind] = checked.problem
            continue
        cleaned[kind] = checked.value
        owner = next((x for x in others if checked.value and getattr(x, kind) == checked.value), None)
        if owner is not None:
            key = "teacher.err.id_taken" if owner.active else "teacher.err.id_taken_removed"
            problems[kind] = t(key, label=kind.upper(), value=checked.value, name=owner.name)
    if "gender" not in problems:
        gender = normal_gender(cleaned["gender"])
        if gender is None:
            problems["gender"] = t("teacher.err.gender", value=cleaned["gender"])
        else:
            cleaned["gender"] = gender
    if problems:
        raise TeacherInvalid(problems)
    return cleaned


def add_teacher(context: AppContext, values: dict[str, str]) -> Teacher:
    from observasi.store.models import Teacher

    store = context.store
    cleaned = check_teacher(values, store.list_teachers(include_inactive=True))
    return store.save_teacher(Teacher(**cleaned))


def update_teacher(context: AppContext, teacher_id: str, values: dict[str, str]) -> Teacher:
    """Save edited values. Observations keep the name and number they were made with (a
    final sheet is signed as it was); new observations use the new ones."""
    store = context.store
    teacher = _get(store, teacher_id)
    others = [x for x in store.list_teachers(include_inactive=True) if x.id != teacher_id]
    cleaned = check_teacher(values, others)
    return store.save_teacher(teacher.model_copy(update=cleaned))


@dataclass(frozen=True)
class RemovalPlan:
    """What removing a teacher means, said before asking."""

    teacher: Teacher
    observations: int
    unfinished: int  # not final yet: they can still be continued from the home list

    def lines(self) -> list[str]:
        lines = [t("teacher.remove.what", name=self.teacher.name)]
        if self.observations:
            lines.append(t("teacher.remove.observations_stay", count=self.observations))
        else:
            lines.append(t("teacher.remove.no_observations"))
        if self.unfinished:
            lines.append(t("teacher.remove.unfinished", count=self.unfinished))
        lines.append(t("teacher.remove.back"))
        return lines


def removal_plan(context: AppContext, teacher_id: str) -> RemovalPlan:
    store = context.store
    teacher = _get(store, teacher_id)
    counts = store.teacher_observation_counts(teacher_id)
    unfinished = sum(count for status, count in counts.items() if status != "final")
    return RemovalPlan(teacher, sum(counts.values()), unfinished)


def remove_teacher(context: AppContext, teacher_id: str) -> Teacher:
    store = context.store
    return store.save_teacher(_get(store, teacher_id).model_copy(update={"active": False}))


def restore_teacher(context: AppContext, teacher_id: str) -> Teacher:
    store = context.store
    return store.save_teacher(_get(store, teacher_id).model_copy(update={"active": True}))


def get_teacher(context: AppContext, teacher_id: str) -> Teacher:
    """The teacher, or a plain message when they are gone (erased, or a sync changed them)."""
    return _get(context.store, teacher_id)


def removed_teachers(context: AppContext) -> list[Teacher]:
    """The teachers taken off the list, by name (to bring one back)."""
    return [x for x in context.store.list_teachers(include_inactive=True) if not x.active]


def _get(store: Store, teacher_id: str) -> Teacher:
    teacher = store.get_teacher(teacher_id)
    if teacher is None:
        raise UserError(t("teacher.err.gone"))
    return teacher
