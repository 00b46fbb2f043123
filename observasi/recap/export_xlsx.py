"""The recap as an Excel workbook (openpyxl, imported only when a workbook is written).

Sheets: "Rekap" (heading lines and the per-teacher table), "Per indikator" (weakest
first within each form), "Tindak lanjut", then predikat, observers, levels of verbal forms
and co-observation agreement when there is any. Headers are bold and frozen, columns are
sized to their content, nilai cells are real numbers shown with two decimals.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from observasi.core.spreadsheet_cell import put_xlsx_cell as put
from observasi.files import write_atomic
from observasi.i18n import t
from observasi.recap.school import SchoolRecap
from observasi.recap.tables import Table, heading_lines, recap_tables

# The sheet of each table, in workbook order.
SHEET_ORDER = (
    "schools",
    "teachers",
    "indicators",
    "followups",
    "coverage",
    "predikat",
    "levels",
    "observers",
    "kappa",
    "agreement",
    "counts",
)
MAX_WIDTH = 60


def write_recap_xlsx(recap: SchoolRecap, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", start_color="DDE4EE")
    wrap = Alignment(wrap_text=True, vertical="top")
    tables = {table.key: table for table in recap_tables(recap)}

    def put_table(sheet, table: Table, first_row: int) -> None:
        for col, title in enumerate(table.header, 1):
            cell = put(sheet.cell(row=first_row, column=col), title)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for r, values in enumerate(table.rows, first_row + 1):
            for col, value in enumerate(values, 1):
                cell = sheet.cell(row=r, column=col)
                if isinstance(value, Decimal):
                    cell.value = float(value)
                    cell.number_format = "0." + "0" * max(1, -int(value.as_tuple().exponent))
                else:
                    put(cell, value)
                if isinstance(value, str) and len(value) > MAX_WIDTH:
                    cell.alignment = wrap
        for col, title in enumerate(table.header, 1):
            longest = max([len(title)] + [len(str(row[col - 1] or "")) for row in table.rows])
            sheet.column_dimensions[get_column_letter(col)].width = min(MAX_WIDTH, max(6, longest + 2))
        last = get_column_letter(len(table.header))
        sheet.auto_filter.ref = f"A{first_row}:{last}{first_row + max(1, len(table.rows))}"
        sheet.freeze_panes = f"A{first_row + 1}"

    def produce(temp: Path) -> None:
        book = Workbook()
        first = True
        for key in SHEET_ORDER:
            table = tables.get(key)
            if table is None:
                continue
            sheet = book.active if first else book.create_sheet()
            sheet.title = t(f"recap.sheet.{key}")[:31]
            start = 1
            if first:
                title = put(sheet.cell(row=1, column=1), t("recap.title"))
                title.font = Font(bold=True, size=14)
                for i, (label, value) in enumerate(heading_lines(recap), 2):
                    # One cell per line: it overflows into the empty cells to its right.
                    put(sheet.cell(row=i, column=1), f"{label}: {value}")
                start = len(heading_lines(recap)) + 3
            put_table(sheet, table, start)
            first = False
        book.properties.title = t("recap.title")
        book.save(temp)

    return write_atomic(path, produce)
