"""The recap as CSV: UTF-8 with a byte-order mark, in one of two dialects.

Why these choices: without the BOM, Excel reads UTF-8 as the Windows code page and names
such as "Şükrü" or "Al-Qur'ān" come out garbled. The default dialect, ``excel-id``, is
what Excel with Indonesian regional settings opens by double-click: ``;`` between cells
and a decimal comma (69,44); a comma-separated file opened there lands in one column.
``rfc4180`` is the exchange format: ``,`` between cells and a decimal point.

The file holds several tables one after another, each headed by its title line and
separated by an empty line; every table carries the form id and version. Every cell
passes :func:`observasi.core.spreadsheet_cell.spreadsheet_cell` (no formula injection).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from observasi.core.spreadsheet_cell import spreadsheet_cell
from observasi.files import write_atomic
from observasi.recap.school import SchoolRecap
from observasi.recap.tables import cell_text, heading_lines, recap_tables

# dialect -> (cell separator, language whose number style the cells take)
DIALECTS = {"excel-id": (";", "id"), "rfc4180": (",", "en")}
DEFAULT_DIALECT = "excel-id"


def csv_row(cells: Iterable[object]) -> list[object]:
    """A row's cells through the one spreadsheet-cell rule: a name starting with "=",
    "+", "-" or "@" is written behind an apostrophe, so no spreadsheet runs it."""
    return [spreadsheet_cell(cell).csv() for cell in cells]


def write_recap_csv(recap: SchoolRecap, path: Path, dialect: str = DEFAULT_DIALECT) -> Path:
    delimiter, number_style = DIALECTS[dialect]

    def produce(temp: Path) -> None:
        with open(temp, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
            for label, value in heading_lines(recap):
                writer.writerow(csv_row([label, value]))
            for table in recap_tables(recap):
                writer.writerow([])
                writer.writerow(csv_row([table.title]))
                writer.writerow(csv_row(table.header))
                for row in table.rows:
                    writer.writerow(csv_row(cell_text(c, number_style) for c in row))

    return write_atomic(path, produce)
