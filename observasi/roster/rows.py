"""A table's rows as teachers' fields: the header found, each row checked and either made
into a teacher's values or skipped with the reason a person can act on.

The full name is "Nama" as written, or, where Dapodik splits it, "Gelar Depan" +
"Nama (Tanpa Gelar)" + ", " + "Gelar Belakang" (Dr. H. Ahmad Fauzi, M.Pd., M.Si.).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from observasi.core.id_numbers import IdKind, check_id, nip_birth_date, nip_gender
from observasi.core.text import TextRejected, clean_text
from observasi.errors import UserError
from observasi.i18n import t
from observasi.roster.columns import (
    FIELD_LABELS,
    HEADER_SEARCH_ROWS,
    Header,
    is_numbering_row,
    is_tendik,
    merge_sub_header,
    read_header,
)
from observasi.roster.table import Cell, RawTable, cell_text, is_number

# The teacher's fields a roster can fill (what the store keeps).
TEACHER_FIELDS = ("name", "nip", "nuptk", "gender", "ptk_type", "subject", "rank")

_GENDERS = {
    "L": ("l", "laki-laki", "laki laki", "lakilaki", "lk", "m", "male", "pria", "1"),
    "P": ("p", "perempuan", "pr", "f", "female", "wanita", "2"),
}


@dataclass
class RosterRow:
    line: int
    values: dict[str, str]  # TEACHER_FIELDS, "" where the file says nothing
    skip: str | None = None  # why the row is not imported
    notes: list[str] = field(default_factory=list)  # what a person should look at
    npsn: str = ""

    @property
    def name(self) -> str:
        return self.values.get("name", "")


@dataclass
class ParsedRoster:
    source: str
    kind: str
    header_line: int
    rows: list[RosterRow]
    ignored_columns: list[str]
    sheet: str = ""  # the workbook's sheet read; "" for a text file

    def place(self, line: int) -> str:
        """Where a row is, for a message read away from the preview's header: the file's
        name (its folder is in the header line), the sheet of a workbook, the row."""
        name = Path(self.source).name or self.source
        if self.sheet:
            return t("bad.roster.place_sheet", file=name, sheet=self.sheet, line=line)
        return t("bad.roster.place", file=name, line=line)


def parse_table(table: RawTable) -> ParsedRoster:
    header, header_index, first_data = _find_header(table)
    rows: list[RosterRow] = []
    first = True  # the first filled row under the header may number the columns
    for raw in table.rows[first_data:]:
        if raw.problem:
            rows.append(RosterRow(raw.number, {}, skip=raw.problem))
            first = False
            continue
        texts = raw.texts()
        if not any(text.strip() for text in texts):
            continue
        if first and is_numbering_row(texts):
            first = False
            continue
        first = False
        rows.append(_row(raw.number, raw.cells, header))
    return ParsedRoster(table.source, table.kind, table.rows[header_index].number, rows, header.ignored, table.sheet)


def _find_header(table: RawTable) -> tuple[Header, int, int]:
    """The header, the index of its row, and the index of the first row after it."""
    for index, raw in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        if raw.problem:
            continue
        labels = raw.texts()
        header = read_header(labels)
        if header is None:
            continue
        below = table.rows[index + 1] if index + 1 < len(table.rows) else None
        name_column = header.column_of("name")
        if name_column is None:
            name_column = header.column_of("name_plain")
        if below is not None and not below.problem and name_column is not None:
            joined = merge_sub_header(labels, below.texts(), name_column)
            two_rows = read_header(joined) if joined else None
            if two_rows is not None:
                return two_rows, index, index + 2
        return header, index, index + 1
    found = next((r.texts() for r in table.rows[:HEADER_SEARCH_ROWS] if not r.problem and any(r.texts())), [])
    seen = ", ".join(text.strip() for text in found if text.strip())[:200] or "-"
    raise UserError(t("roster.err.no_name", path=table.source, columns=seen))


def _row(line: int, cells: tuple[Cell, ...], header: Header) -> RosterRow:
    found: dict[str, str] = {}
    numeric: set[str] = set()
    for column, key in header.columns.items():
        cell = cells[column] if column < len(cells) else None
        try:
            found[key] = clean_text(cell_text(cell), key)
        except TextRejected as exc:
            return RosterRow(line, {}, skip=t("roster.row.cell", column=header.label_of(column), reason=exc))
        if is_number(cell):
            numeric.add(key)
    values = dict.fromkeys(TEACHER_FIELDS, "")
    values["name"] = _full_name(found)
    row = RosterRow(line, values)
    if not values["name"]:
        row.skip = t("roster.row.no_name")
        return row
    for kind in ("nip", "nuptk", "npsn"):
        checked = check_id(kind, found.get(kind, ""), from_number=kind in numeric)
        if checked.problem:
            row.skip = t("roster.row.cell", column=_label(header, kind), reason=checked.problem)
            return row
        if kind == "npsn":
            row.npsn = checked.value
        else:
            values[kind] = checked.value
    ptk_type = found.get("ptk_type", "")
    if is_tendik(ptk_type):
        row.skip = t("roster.row.tendik", ptk_type=ptk_type)
        return row
    values["ptk_type"] = ptk_type
    values["subject"] = found.get("subject", "")
    values["rank"] = found.get("rank", "")
    values["gender"] = _gender(found.get("gender", ""), row)
    _check_nip_against_row(values, found.get("birth_date", ""), row)
    return row


def _label(header: Header, key: IdKind) -> str:
    column = header.column_of(key)
    return header.label_of(column) if column is not None else FIELD_LABELS[key]


def _full_name(found: dict[str, str]) -> str:
    name = found.get("name", "") or found.get("name_plain", "")
    front, back = found.get("title_front", ""), found.get("title_back", "")
    if front and not name.casefold().startswith(front.casefold()):
        name = f"{front} {name}"
    if back and back.casefold() not in name.casefold():
        name = f"{name}, {back.lstrip(', ')}"
    return name.strip() if name.strip(" ,") else ""


def normal_gender(text: str) -> str | None:
    """ "L", "P", "" for nothing, or None for a value that is neither."""
    folded = text.strip().casefold()
    if not folded:
        return ""
    return next((code for code, spellings in _GENDERS.items() if folded in spellings), None)


def _gender(text: str, row: RosterRow) -> str:
    gender = normal_gender(text)
    if gender is None:
        row.notes.append(t("roster.note.gender_unknown", value=text))
        return ""
    return gender


def _check_nip_against_row(values: dict[str, str], birth: str, row: RosterRow) -> None:
    """A NIP carries the birth date and the gender: say so when the row disagrees (the
    teacher is imported; a person looks at it)."""
    nip = values["nip"]
    if not nip:
        return
    born, given = nip_birth_date(nip), _date(birth)
    if born is not None and given is not None and born != given:
        row.notes.append(t("roster.note.nip_birth", nip=nip, birth=given.isoformat(), nip_birth=born.isoformat()))
    from_nip = nip_gender(nip)
    if values["gender"] and from_nip and values["gender"] != from_nip:
        row.notes.append(t("roster.note.nip_gender", nip=nip, gender=values["gender"], nip_gender=from_nip))


def _date(text: str) -> dt.date | None:
    """A birth date as Dapodik and Excel write it; None for anything else (no check then)."""
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip()[:10], pattern).date()
        except ValueError:
            continue
    return None
