"""A filled workbook read back into a form: every problem as ``FILE:SHEET!CELL: what``.

The cells become the same data a TOML form file gives, which is then validated by the
same rules (:mod:`observasi.core.form_loader`); each problem points at the cell the
value came from (or the nearest one: the row, the sheet's header).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from observasi.core.form_loader import field_name, form_warnings, logo_file, pydantic_message, semantic_problems
from observasi.core.instrument import Instrument
from observasi.core.os_reason import read_reason
from observasi.formbook.layout import (
    BANDS,
    CONVERSION,
    FORM_PART,
    IDENTITY,
    INDICATORS,
    INSTRUCTIONS,
    LEVELS,
    LIST_SEPARATOR,
    MAIN_SCALE,
    NA_KINDS,
    NO,
    REFLECTION,
    RUBRIC_PREFIX,
    SCALES,
    SECTIONS,
    SETTINGS,
    SETTINGS_KEYS,
    SNAPSHOT,
    TABLES,
    TALLIES,
    YES,
    Kind,
    Table,
)
from observasi.i18n import t

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000
MAX_COLUMNS = 60

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class BookProblem:
    file: str
    place: str  # SHEET!CELL, or SHEET, or "" for the file
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.place}: {self.message}" if self.place else f"{self.file}: {self.message}"


@dataclass
class BookRead:
    instrument: Instrument | None
    problems: list[BookProblem] = field(default_factory=list)
    warnings: list[BookProblem] = field(default_factory=list)


@dataclass
class _Reader:
    name: str
    problems: list[BookProblem] = field(default_factory=list)
    cells: dict[Loc, str] = field(default_factory=dict)  # where each value of the form came from

    def problem(self, place: str, message: str) -> None:
        self.problems.append(BookProblem(self.name, place, message))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _parse(value: Any, kind: Kind) -> Any:
    """A cell's value as the form's data wants it (ValueError when it is not one)."""
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = _text(value).casefold()
        if text in YES:
            return True
        if text in NO:
            return False
        raise ValueError("bool")
    if kind == "int":
        if isinstance(value, bool):
            raise ValueError("int")
        if isinstance(value, int):
            return value
        number = Decimal(_text(value))
        if number != number.to_integral_value():
            raise ValueError("int")
        return int(number)
    if kind == "number":
        if isinstance(value, bool):
            raise ValueError("number")
        try:
            return Decimal(_text(value).replace(",", "."))
        except InvalidOperation as exc:
            raise ValueError("number") from exc
    if kind == "list":
        return [part.strip() for part in _text(value).split(LIST_SEPARATOR) if part.strip()]
    return _text(value)


def _set(target: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for part in parts[:-1]:
        target = target.setdefault(part, {})
    target[parts[-1]] = value


def read_workbook(raw: bytes, name: str) -> BookRead:
    """The form in the workbook *raw* (named *name* in messages), or its problems."""
    from openpyxl import load_workbook

    reader = _Reader(name)
    if len(raw) > MAX_BYTES:
        reader.problem("", t("forms2.book.too_big", limit=MAX_BYTES // (1024 * 1024)))
        return BookRead(None, reader.problems)
    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # a broken file raises zipfile's, openpyxl's or the XML parser's own errors
        from observasi.core.file_kind import book_trouble

        reader.problem("", book_trouble(raw))
        return BookRead(None, reader.problems)
    try:
        sheets = {ws.title: ws for ws in workbook.worksheets}
        known = {SETTINGS, INSTRUCTIONS, *(table.sheet for table in TABLES)}
        for title in sheets:
            if title not in known:
                reader.problem(title, t("forms2.book.unknown_sheet", sheets=", ".join(sorted(known - {INSTRUCTIONS}))))
        grids = {title: _grid(ws, reader) for title, ws in sheets.items() if title in known}
    finally:
        workbook.close()
    # Cells that could not be read are left out and the rest is still checked, so that
    # every problem is listed at once, not only those of the first kind.
    return _validate(_assemble(grids, reader), reader)


def read_workbook_file(path: Path) -> BookRead:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return BookRead(None, [BookProblem(str(path), "", t("form.err.unreadable", detail=read_reason(exc)))])
    read = read_workbook(raw, str(path))
    logo = logo_file(read.instrument, path) if read.instrument is not None else None
    if logo is not None and not logo.is_file():
        # Installed without it; the sheet then prints the kop without a logo and says so.
        read.warnings.append(BookProblem(str(path), SETTINGS, f"kop.logo: {t('forms3.warn.logo_missing', path=logo)}"))
    return read


def _grid(ws: Any, reader: _Reader) -> list[list[Any]]:
    if (ws.max_row or 0) > MAX_ROWS or (ws.max_column or 0) > MAX_COLUMNS:
        reader.problem(ws.title, t("forms2.book.too_many", rows=ws.max_row, columns=ws.max_column))
        return []
    return [list(row) for row in ws.iter_rows(values_only=True)]


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _place(sheet: str, row: int, column: int) -> str:
    """``Sheet!C5`` (row and column 0-based)."""
    return f"{sheet}!{_column_letter(column)}{row + 1}"


@dataclass
class _Row:
    number: int  # 0-based row in the sheet
    data: dict[str, Any]
    places: dict[str, str]  # field -> SHEET!CELL
    first: str  # the row's first cell, for problems about the row as a whole


def _table(grids: dict[str, list[list[Any]]], table: Table, reader: _Reader) -> list[_Row]:
    grid = grids.get(table.sheet)
    if not grid:
        return []
    by_header = {c.header: c for c in table.columns}
    columns: list[tuple[int, Any]] = []  # (index, Column or rubric level key)
    for index, header in enumerate(grid[0]):
        text = _text(header).casefold()
        if not text:
            continue
        if text in by_header:
            columns.append((index, by_header[text]))
        elif table is INDICATORS and text.startswith(RUBRIC_PREFIX):
            columns.append((index, _text(header)[len(RUBRIC_PREFIX) :].strip()))
        else:
            expected = ", ".join(c.header for c in table.columns)
            reader.problem(
                _place(table.sheet, 0, index), t("forms2.book.unknown_column", value=_text(header), expected=expected)
            )
    rows = []
    for number, cells in enumerate(grid[1:], start=1):
        if all(_text(cell) == "" for cell in cells):
            continue
        data: dict[str, Any] = {}
        places: dict[str, str] = {}
        for index, column in columns:
            value = cells[index] if index < len(cells) else None
            place = _place(table.sheet, number, index)
            if not isinstance(column, str):
                places[column.field] = place  # an empty cell too: "required" names it
            if _text(value) == "":
                continue
            if isinstance(column, str):
                data.setdefault("rubric", {})[column] = _text(value)
                places[f"rubric.{column}"] = place
                continue
            try:
                parsed = _parse(value, column.kind)
            except ValueError:
                reader.problem(
                    place, t("forms2.book.bad_value", column=column.header, kind=t(f"forms2.book.kind.{column.kind}"))
                )
                continue
            _set(data, column.field, parsed)
        rows.append(_Row(number, data, places, _place(table.sheet, number, 0)))
    return rows


def _remember(reader: _Reader, loc: Loc, row: _Row, prefix: str = "") -> None:
    reader.cells[loc] = row.first
    for name, place in row.places.items():
        if prefix and not name.startswith(prefix):
            continue
        reader.cells[(*loc, *name[len(prefix) :].split("."))] = place


def _settings(grids: dict[str, list[list[Any]]], reader: _Reader, data: dict[str, Any]) -> None:
    grid = grids.get(SETTINGS)
    if grid is None:
        reader.problem(SETTINGS, t("forms2.book.no_sheet"))
        return
    kinds = dict(SETTINGS_KEYS)
    for number, cells in enumerate(grid[1:], start=1):
        key = _text(cells[0] if cells else None)
        value = cells[1] if len(cells) > 1 else None
        if not key:
            continue
        if key not in kinds:
            reader.problem(_place(SETTINGS, number, 0), t("forms2.book.unknown_key", value=key))
            continue
        if _text(value) == "":
            continue
        kind = kinds[key]
        place = _place(SETTINGS, number, 1)
        try:
            parsed = _parse(value, "text" if kind == "list" else kind)
        except ValueError:
            reader.problem(place, t("forms2.book.bad_value", column=key, kind=t(f"forms2.book.kind.{kind}")))
            continue
        loc = tuple(key.split("."))
        if kind == "list":
            target = data
            for part in loc[:-1]:
                target = target.setdefault(str(part), {})
            items = target.setdefault(str(loc[-1]), [])
            reader.cells[(*loc, len(items))] = place
            items.append(parsed)
        else:
            _set(data, key, parsed)
            reader.cells[loc] = place


def _assemble(grids: dict[str, list[list[Any]]], reader: _Reader) -> dict[str, Any]:
    data: dict[str, Any] = {}
    _settings(grids, reader, data)
    scales: dict[str, dict[str, Any]] = {}
    for row in _table(grids, SCALES, reader):
        name = row.data.pop("name", MAIN_SCALE)
        loc: Loc = ("scale",) if name == MAIN_SCALE else ("scales", name)
        scales[name] = {**row.data, "levels": []}
        _remember(reader, loc, row)
    for table, key in ((LEVELS, "levels"), (NA_KINDS, "na_kinds")):
        for row in _table(grids, table, reader):
            name = row.data.pop("scale", MAIN_SCALE)
            if name not in scales:
                reader.problem(row.places.get("scale", row.first), t("forms2.err.scale_unknown", value=name))
                continue
            items = scales[name].setdefault(key, [])
            loc = ("scale",) if name == MAIN_SCALE else ("scales", name)
            _remember(reader, (*loc, key, len(items)), row)
            items.append(row.data)
    if MAIN_SCALE in scales:
        data["scale"] = scales.pop(MAIN_SCALE)
    if scales:
        data["scales"] = scales
    else:
        reader.cells.setdefault(("scale",), SCALES.sheet)

    sections: dict[str, dict[str, Any]] = {}
    for row in _table(grids, SECTIONS, reader):
        section_id = str(row.data.get("id", ""))
        loc = ("sections", len(sections))
        sections[section_id] = {**row.data, "indicators": []}
        _remember(reader, loc, row)
    data["sections"] = list(sections.values())
    index = {section_id: i for i, section_id in enumerate(sections)}
    for row in _table(grids, INDICATORS, reader):
        section_id = str(row.data.pop("section", ""))
        if section_id not in sections:
            reader.problem(row.places.get("section", row.first), t("forms2.book.no_section", value=section_id))
            continue
        items = sections[section_id]["indicators"]
        _remember(reader, ("sections", index[section_id], "indicators", len(items)), row)
        items.append(row.data)
    for table, key in ((BANDS, "bands"), (CONVERSION, "conversion")):
        for row in _table(grids, table, reader):
            section_id = str(row.data.pop("section", FORM_PART))
            if section_id == FORM_PART:
                owner, loc = data, ()
            elif section_id in sections:
                owner, loc = sections[section_id], ("sections", index[section_id])
            else:
                reader.problem(row.places.get("section", row.first), t("forms2.book.no_section", value=section_id))
                continue
            if key == "conversion":
                owner = owner.setdefault("scoring", {})
                loc = (*loc, "scoring")
            items = owner.setdefault(key, [])
            _remember(reader, (*loc, key, len(items)), row)
            items.append(row.data)
    data.setdefault("bands", [])
    for table, key in ((IDENTITY, "identity"), (REFLECTION, "reflection"), (TALLIES, "tallies")):
        rows = _table(grids, table, reader)
        if rows or key != "identity":
            data[key] = []
        for row in rows:
            _remember(reader, (key, len(data[key])), row)
            data[key].append(row.data)
    prompts = _table(grids, SNAPSHOT, reader)
    if prompts:
        snapshot = data.setdefault("snapshot", {})
        snapshot["prompts"] = []
        for row in prompts:
            _remember(reader, ("snapshot", "prompts", len(snapshot["prompts"])), row)
            snapshot["prompts"].append(row.data)
    return data


def _where(reader: _Reader, loc: Loc) -> str:
    """The cell of *loc*, or of the nearest enclosing part that has one."""
    for end in range(len(loc), 0, -1):
        place = reader.cells.get(tuple(loc[:end]))
        if place:
            return place
    return SETTINGS


def _validate(data: dict[str, Any], reader: _Reader) -> BookRead:
    try:
        inst = Instrument.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            reader.problem(_where(reader, loc), f"{field_name(loc)}: {pydantic_message(error)}")
        return BookRead(None, reader.problems)
    for loc, message in semantic_problems(inst):
        reader.problem(_where(reader, loc), f"{field_name(loc)}: {message}")
    if reader.problems:
        return BookRead(None, reader.problems)
    warnings = [
        BookProblem(reader.name, _where(reader, loc), f"{field_name(loc)}: {m}") for loc, m in form_warnings(inst)
    ]
    return BookRead(inst, [], warnings)
