"""Two versions of one programme that met: made on two laptops since a common version.

What only one side changed is taken without asking; a schedule row one side added is kept
(never dropped); a part both changed differently is a clash a person decides, seeing
both in full. A part is a field of the programme (purpose, targets, the team, the forms,
who signs as supervisor) or one teacher's schedule row: inside a row each field is merged
by itself (one laptop moved the week, the other wrote the focus: both kept), and only a
field both changed differently makes the row a clash.

The result of a merge without clashes is the same whichever side is "ours", so two
laptops that merge the same two versions make the same version (the same hash), and
converge without making new versions forever. Pure rules: no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from observasi.core.programme import Programme, ScheduleRow

Side = Literal["ours", "theirs"]

# The programme's fields a person edits, merged one by one; the supervisor is one part
# (name and number go together).
FIELDS: dict[str, tuple[str, ...]] = {
    "purpose": ("purpose",),
    "targets": ("targets",),
    "team": ("team",),
    "forms": ("forms",),
    "supervisor": ("supervisor_name", "supervisor_id_number"),
}
# A row's fields merged one by one; the planned week and day go together.
ROW_FIELDS: dict[str, tuple[str, ...]] = {
    "when": ("week", "planned_date"),
    "observer": ("observer",),
    "form_id": ("form_id",),
    "focus": ("focus",),
    "observation_id": ("observation_id",),
    "teacher": ("teacher_name", "subject"),
}


@dataclass(frozen=True)
class Clash:
    """A part both sides changed differently. *key* is a field name of :data:`FIELDS` or
    ``row:<teacher id>``; *ours* / *theirs* the whole part on each side (None: that side
    took the row out)."""

    key: str
    ours: Any
    theirs: Any

    @property
    def is_row(self) -> bool:
        return self.key.startswith("row:")


@dataclass(frozen=True)
class ProgrammeMerge:
    merged: Programme  # with every clash given this laptop's side, until a person decides
    clashes: list[Clash] = field(default_factory=list)
    taken: list[str] = field(default_factory=list)  # parts taken from the other side (keys)

    @property
    def clean(self) -> bool:
        return not self.clashes


def _part(source: Any, names: tuple[str, ...]) -> Any:
    values = []
    for name in names:
        value = getattr(source, name)
        values.append(
            [v.model_dump(mode="json") for v in value]
            if isinstance(value, list) and value and hasattr(value[0], "model_dump")
            else value
        )
    return values[0] if len(values) == 1 else tuple(values)


def _three_way(base: Any, ours: Any, theirs: Any, have_base: bool) -> tuple[Any, Side | None, bool]:
    """(value, side taken from the other laptop or None, clash)."""
    if ours == theirs:
        return ours, None, False
    if have_base and ours == base:
        return theirs, "theirs", False
    if have_base and theirs == base:
        return ours, None, False
    return ours, None, True


def merge(
    base: Programme | None, ours: Programme, theirs: Programme, ours_hash: str, theirs_hash: str
) -> ProgrammeMerge:
    """The two versions merged over their common *base* (None when it is not known: then a
    part that differs is a clash, and a row on one side only is kept)."""
    have_base = base is not None
    update: dict[str, Any] = {}
    clashes: list[Clash] = []
    taken: list[str] = []
    for key, names in FIELDS.items():
        was = _part(base, names) if base is not None else None
        mine, other = _part(ours, names), _part(theirs, names)
        value, side, clash = _three_way(was, mine, other, have_base)
        if clash and not have_base and (_empty(mine) or _empty(other)):
            # No common version (two laptops each made the programme): a part one side
            # left empty is not a disagreement; the one filled in is kept.
            clash, side = False, ("theirs" if _empty(mine) else None)
        if clash:
            clashes.append(Clash(key, _part(ours, names), _part(theirs, names)))
        elif side == "theirs":
            taken.append(key)
            update.update({name: getattr(theirs, name) for name in names})
    schedule, row_clashes, row_taken = _merge_rows(base, ours, theirs)
    clashes += row_clashes
    taken += row_taken
    update.update(
        schedule=schedule,
        id=min(ours.id, theirs.id),
        created_at=min(ours.created_at, theirs.created_at),
        updated_at=max(ours.updated_at, theirs.updated_at),
        based_on=sorted({ours_hash, theirs_hash}),
    )
    return ProgrammeMerge(ours.model_copy(update=update), clashes, taken)


def _rows(programme: Programme | None) -> dict[str, ScheduleRow]:
    return {r.teacher_id: r for r in programme.schedule} if programme is not None else {}


def _merge_rows(
    base: Programme | None, ours: Programme, theirs: Programme
) -> tuple[list[ScheduleRow], list[Clash], list[str]]:
    """Rows are one teacher's each (spreading keeps one row per teacher), matched by the
    teacher: two laptops that planned the same teacher separately hold one row, not two."""
    was, mine, other = _rows(base), _rows(ours), _rows(theirs)
    kept: list[ScheduleRow] = []
    clashes: list[Clash] = []
    taken: list[str] = []
    for teacher_id in sorted(set(mine) | set(other)):
        key = f"row:{teacher_id}"
        a, b, o = mine.get(teacher_id), other.get(teacher_id), was.get(teacher_id)
        if a is not None and b is not None:
            row, clash, from_theirs = _merge_row(o, a, b, base is not None)
            kept.append(row)
            if clash:
                clashes.append(Clash(key, a, b))
            elif from_theirs:
                taken.append(key)
            continue
        present = a if a is not None else b
        assert present is not None
        if o is None:  # added on one side: kept
            kept.append(present)
            if b is not None:
                taken.append(key)
        elif _same_row(present, o):  # taken out on the other side, unchanged here: out
            if a is not None:
                taken.append(key)
        else:  # changed on one side, taken out on the other: a person decides
            clashes.append(Clash(key, a, b))
            if a is not None:
                kept.append(a)
    kept.sort(key=lambda r: (r.day or "9999", r.teacher_name.lower(), r.teacher_id))
    return kept, clashes, taken


def _same_row(a: ScheduleRow, b: ScheduleRow) -> bool:
    return all(_part(a, names) == _part(b, names) for names in ROW_FIELDS.values())


def _merge_row(
    base: ScheduleRow | None, ours: ScheduleRow, theirs: ScheduleRow, have_base: bool
) -> tuple[ScheduleRow, bool, bool]:
    """(the row, clash, something taken from the other side). Without a base row (both
    added it) a field set on one side only is not a clash: the set one is kept."""
    update: dict[str, Any] = {"id": min(ours.id, theirs.id)}
    clash = from_theirs = False
    for names in ROW_FIELDS.values():
        a, b = _part(ours, names), _part(theirs, names)
        if base is None:
            was: Any = tuple(None for _ in names) if len(names) > 1 else None
            value, side, conflict = _three_way(was, a, b, True)
            if conflict and not _empty(a) and not _empty(b):
                clash = True
            elif conflict:
                value, side = (b, "theirs") if _empty(a) else (a, None)
        else:
            value, side, conflict = _three_way(_part(base, names), a, b, have_base)
            clash = clash or conflict
        if side == "theirs":
            from_theirs = True
            update.update({name: getattr(theirs, name) for name in names})
    if clash:
        return ours, True, False
    return ours.model_copy(update=update), False, from_theirs


def _empty(value: Any) -> bool:
    if isinstance(value, tuple):
        return all(_empty(v) for v in value)
    return value in (None, "", [])


def resolve(merge_result: ProgrammeMerge, theirs: Programme, choices: Mapping[str, Side]) -> Programme:
    """The merged programme with each clash given the side a person chose (this laptop's
    when not chosen)."""
    programme = merge_result.merged
    update: dict[str, Any] = {}
    schedule = {r.teacher_id: r for r in programme.schedule}
    for clash in merge_result.clashes:
        if choices.get(clash.key, "ours") != "theirs":
            continue
        if clash.is_row:
            teacher_id = clash.key.removeprefix("row:")
            if clash.theirs is None:
                schedule.pop(teacher_id, None)
            else:
                schedule[teacher_id] = clash.theirs
        else:
            update.update({name: getattr(theirs, name) for name in FIELDS[clash.key]})
    rows = sorted(schedule.values(), key=lambda r: (r.day or "9999", r.teacher_name.lower(), r.teacher_id))
    return programme.model_copy(update={**update, "schedule": rows})
