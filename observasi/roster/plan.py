"""What an import would do, row by row, before it does anything.

Each row is matched to a teacher already on this laptop by NIP, then NUPTK, then name (a
name matches only where no id says otherwise: two teachers called Siti Aminah with
different NIPs are two people). A row becomes:

* new -- nobody matches;
* unchanged -- what it says is already known (an empty cell never wipes anything, and a
  name spelled only in other capitals or without its diacritics is the same name);
* changed -- field by field, old -> new; a change to a teacher's name, NIP or NUPTK
  (a NUPTK that matches a teacher of another name, say) is applied only when the user
  confirms it;
* skipped -- with the reason: unreadable, no name, a bad or Excel-mangled id, staff who do
  not teach, another school's NPSN, a row that repeats an earlier one, ids that point at
  two different teachers.

Pure: the caller passes the teachers; :mod:`observasi.roster.service` reads and saves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from observasi.core.names import name_key
from observasi.i18n import t
from observasi.roster.rows import TEACHER_FIELDS, ParsedRoster, RosterRow

if TYPE_CHECKING:
    from observasi.store.models import Teacher

Action = Literal["new", "unchanged", "changed", "skipped"]
ACTIONS: tuple[Action, ...] = ("new", "changed", "unchanged", "skipped")

# A change to one of these needs the user's confirmation: it makes an existing teacher
# someone else on every sheet and recap.
IDENTITY_FIELDS = ("name", "nip", "nuptk")


@dataclass(frozen=True)
class FieldChange:
    field: str  # a teacher's field, or "active" (a teacher removed from the list comes back)
    old: str
    new: str

    @property
    def identity(self) -> bool:
        return self.field in IDENTITY_FIELDS


@dataclass(frozen=True)
class RowPlan:
    line: int
    action: Action
    name: str
    values: tuple[tuple[str, str], ...] = ()  # the row's teacher fields (new rows)
    teacher_id: str | None = None  # the existing teacher it matched
    current_name: str = ""  # that teacher's name now
    matched_by: str | None = None  # "nip", "nuptk" or "name"
    changes: tuple[FieldChange, ...] = ()
    reason: str | None = None  # why it is skipped
    notes: tuple[str, ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return any(change.identity for change in self.changes)


@dataclass
class RosterPreview:
    parsed: ParsedRoster
    rows: list[RowPlan] = field(default_factory=list)

    def of(self, action: Action) -> list[RowPlan]:
        return [row for row in self.rows if row.action == action]

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def renames(self) -> list[RowPlan]:
        """The changes to a teacher's name or ids: applied only when confirmed."""
        return [row for row in self.rows if row.needs_confirmation]

    @property
    def has_work(self) -> bool:
        return any(row.action in ("new", "changed") for row in self.rows)


def plan_import(parsed: ParsedRoster, existing: list[Teacher], school_npsn: str = "") -> RosterPreview:
    by_nip = {x.nip: x for x in existing if x.nip}
    by_nuptk = {x.nuptk: x for x in existing if x.nuptk}
    by_name: dict[str, list[Teacher]] = {}
    for teacher in existing:
        by_name.setdefault(name_key(teacher.name), []).append(teacher)
    preview = RosterPreview(parsed)
    seen_ids: dict[str, int] = {}  # "nip:…", "nuptk:…", "name:…" -> the first line that had it
    matched: dict[str, int] = {}  # teacher id -> the line that matched it
    names = {row.line: row.name for row in parsed.rows}
    for row in parsed.rows:
        preview.rows.append(_plan_row(row, by_nip, by_nuptk, by_name, seen_ids, matched, school_npsn, names))
    return preview


def _skipped(row: RosterRow, reason: str) -> RowPlan:
    return RowPlan(row.line, "skipped", row.name, reason=reason, notes=tuple(row.notes))


def _plan_row(
    row: RosterRow,
    by_nip: dict[str, Teacher],
    by_nuptk: dict[str, Teacher],
    by_name: dict[str, list[Teacher]],
    seen_ids: dict[str, int],
    matched: dict[str, int],
    school_npsn: str,
    names: dict[int, str],
) -> RowPlan:
    if row.skip:
        return _skipped(row, row.skip)
    values = row.values
    if school_npsn and row.npsn and row.npsn != school_npsn:
        return _skipped(row, t("roster.row.other_school", npsn=row.npsn, school_npsn=school_npsn))
    # A row repeats an earlier one when they share an id, or a name where one of them has
    # no id at all (with different ids, two rows of one name are two people).
    name = f"name:{name_key(row.name)}"
    ids = [f"{kind}:{values[kind]}" for kind in ("nip", "nuptk") if values[kind]]
    repeated = [key for key in ids if key in seen_ids]
    if not repeated and name in seen_ids and (not ids or seen_ids.get(f"bare-{name}")):
        repeated = [name]
    if repeated:
        return _skipped(row, _repeat_reason(row, repeated[0], seen_ids[repeated[0]], names[seen_ids[repeated[0]]]))
    for key in ids:
        seen_ids[key] = row.line
    seen_ids.setdefault(name, row.line)
    if not ids:
        seen_ids.setdefault(f"bare-{name}", row.line)

    by_number = by_nip.get(values["nip"]) if values["nip"] else None
    by_card = by_nuptk.get(values["nuptk"]) if values["nuptk"] else None
    if by_number is not None and by_card is not None and by_number.id != by_card.id:
        return _skipped(row, t("roster.row.ids_disagree", nip_name=by_number.name, nuptk_name=by_card.name))
    match, how = (by_number, "nip") if by_number else ((by_card, "nuptk") if by_card else (None, None))
    notes = list(row.notes)
    if match is None:
        candidates = [x for x in by_name.get(name_key(row.name), []) if _ids_agree(x, values)]
        if len(candidates) > 1:
            return _skipped(row, t("roster.row.ambiguous_name", count=len(candidates)))
        if candidates:
            match, how = candidates[0], "name"
        elif by_name.get(name_key(row.name)):
            notes.append(t("roster.note.namesake"))
    if match is None:
        return RowPlan(row.line, "new", row.name, values=tuple(values.items()), notes=tuple(notes))
    if match.id in matched:
        return _skipped(row, t("roster.row.same_teacher", first=matched[match.id], name=match.name))
    matched[match.id] = row.line
    changes = _changes(match, values)
    action: Action = "changed" if changes else "unchanged"
    return RowPlan(
        row.line,
        action,
        row.name,
        values=tuple(values.items()),
        teacher_id=match.id,
        current_name=match.name,
        matched_by=how,
        changes=changes,
        notes=tuple(notes),
    )


def _repeat_reason(row: RosterRow, key: str, first: int, first_name: str) -> str:
    """Why a row that shares an id or a name with an earlier row is skipped. "Same as row N"
    is true only of the same name; a row of another name that carries an earlier row's NIP
    is a typing error in the file, and the principal needs to see whose number it is."""
    kind, _, value = key.partition(":")
    if kind == "name" or name_key(row.name) == name_key(first_name):
        return t("roster.row.duplicate", first=first)
    return t("roster.row.id_taken", label=kind.upper(), value=value, first=first, name=first_name)


def _ids_agree(teacher: Teacher, values: dict[str, str]) -> bool:
    return all(
        not (values[kind] and getattr(teacher, kind) and values[kind] != getattr(teacher, kind))
        for kind in ("nip", "nuptk")
    )


def _changes(teacher: Teacher, values: dict[str, str]) -> tuple[FieldChange, ...]:
    changes = []
    for key in TEACHER_FIELDS:
        new, old = values[key], getattr(teacher, key)
        if not new or new == old:
            continue  # an empty cell never wipes what is known
        if key == "name" and name_key(new) == name_key(old) and new.casefold() == old.casefold():
            continue  # the same name in other capitals: keep the spelling already chosen
        changes.append(FieldChange(key, old, new))
    if not teacher.active:
        changes.append(FieldChange("active", "0", "1"))
    return tuple(changes)


def teachers_to_save(preview: RosterPreview, existing: list[Teacher], *, with_identity: bool) -> list[Teacher]:
    """The teachers an import saves: every new row, and each change (those to a name or id
    only *with_identity*, that is when the user confirmed them)."""
    from observasi.store.models import Teacher

    by_id = {x.id: x for x in existing}
    save: list[Teacher] = []
    for row in preview.rows:
        if row.action == "new":
            save.append(Teacher(**dict(row.values)))
        elif row.action == "changed" and row.teacher_id in by_id:
            update: dict[str, object] = {
                change.field: (change.new == "1") if change.field == "active" else change.new
                for change in row.changes
                if with_identity or not change.identity
            }
            if update:
                save.append(by_id[row.teacher_id].model_copy(update=update))
    return save
