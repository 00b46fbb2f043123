"""A roster in a workbook: Dapodik's XLSX download, or a sheet saved from Excel.

The first sheet that has a header with a name column is read. A merged cell in the rows
above the data (the title, a two-row header such as "Gelar" over "Depan" | "Belakang")
is filled into every column it spans, so the header reads the same as when it is typed
out. Cells keep their type: a NIP that Excel stored as a number has lost its last digits
and is refused by the id check, not imported wrong.
"""

from __future__ import annotations

import io
from typing import Any

from observasi.errors import UserError
from observasi.i18n import t
from observasi.roster.columns import HEADER_SEARCH_ROWS, read_header
from observasi.roster.table import Cell, RawRow, RawTable, cell_text

# A school's roster has tens of rows, a district's some thousands; past these a file is not
# a roster (or is a zip bomb) and is refused with the figure.
MAX_BYTES = 30 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200


def read_xlsx_table(raw: bytes, source: str) -> RawTable:
    from openpyxl import load_workbook

    from observasi.core.file_kind import book_trouble

    if len(raw) > MAX_BYTES:
        raise UserError(
            t("roster.err.too_big", path=source, size=len(raw) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
        )
    try:
        # Not read-only: merged cells are only known to a fully loaded sheet.
        workbook = load_workbook(io.BytesIO(raw), data_only=True)
    except Exception as exc:  # a broken file raises zipfile's, openpyxl's or the XML parser's own errors
        raise UserError(t("roster.err.bad_xlsx", path=source, detail=book_trouble(raw))) from exc
    try:
        for sheet in workbook.worksheets:
            table = _sheet_table(sheet, source)
            if table is not None:
                return table
        sheets = ", ".join(ws.title for ws in workbook.worksheets)
        first = workbook.worksheets[0] if workbook.worksheets else None
        found = ", ".join(_labels(first)) if first is not None else "-"
        raise UserError(t("roster.err.no_name_xlsx", path=source, sheets=sheets, columns=found or "-"))
    finally:
        workbook.close()


def _sheet_table(sheet: Any, source: str) -> RawTable | None:
    if sheet.max_row > MAX_ROWS or sheet.max_column > MAX_COLUMNS:
        raise UserError(
            t("roster.err.too_many_rows", path=source, sheet=sheet.title, rows=sheet.max_row, columns=sheet.max_column)
        )
    grid: list[list[Cell]] = [list(row) for row in sheet.iter_rows(min_row=1, values_only=True)]
    _fill_merged(sheet, grid)
    for row in grid[:HEADER_SEARCH_ROWS]:
        if read_header([cell_text(cell) for cell in row]) is not None:
            rows = [RawRow(number, tuple(_trimmed(row))) for number, row in enumerate(grid, start=1)]
            return RawTable(source, t("roster.kind.xlsx", sheet=sheet.title), rows, sheet.title)
    return None


def _fill_merged(sheet: Any, grid: list[list[Cell]]) -> None:
    """Copy each merged cell's value into the cells it covers, in the rows where titles
    and headers are (a merged cell among the teachers is left as Excel shows it)."""
    for merged in sheet.merged_cells.ranges:
        if merged.min_row > HEADER_SEARCH_ROWS + 2:
            continue
        value = grid[merged.min_row - 1][merged.min_col - 1]
        for row in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
            cells = grid[row - 1]
            while len(cells) < merged.max_col:
                cells.append(None)
            for col in range(merged.min_col, merged.max_col + 1):
                cells[col - 1] = value


def _trimmed(row: list[Cell]) -> list[Cell]:
    end = len(row)
    while end and row[end - 1] in (None, ""):
        end -= 1
    return row[:end]


def _labels(sheet: Any) -> list[str]:
    for row in sheet.iter_rows(min_row=1, max_row=HEADER_SEARCH_ROWS, values_only=True):
        texts = [cell_text(cell).strip() for cell in row if cell_text(cell).strip()]
        if len(texts) > 1:
            return texts[:12]
    return []
