"""The recap as CSV: UTF-8 with a byte-order mark, comma-separated.

Why these choices: without the BOM, Excel reads UTF-8 as the Windows code page and names
such as "Şükrü" or "Al-Qur'ān" come out garbled. The separator is a comma (RFC 4180),
which every program that imports CSV understands; Excel set to Indonesian regional
settings expects a semicolon when a file is opened by double-click, so for Excel the
XLSX export is the one to use -- the CSV is for data exchange (Data > From Text/CSV in
Excel detects the comma). Numbers are written with a dot and two decimals.

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


def csv_row(cells: Iterable[object]) -> list[object]:
    """A row's cells through the one spreadsheet-cell rule: a name starting with "=",
    "+", "-" or "@" is written behind an apostrophe, so no spreadsheet runs it."""
    return [spreadsheet_cell(cell).csv() for cell in cells]


def write_recap_csv(recap: SchoolRecap, path: Path) -> Path:
    def produce(temp: Path) -> None:
        with open(temp, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\r\n")
            for label, value in heading_lines(recap):
                writer.writerow(csv_row([label, value]))
            for table in recap_tables(recap):
                writer.writerow([])
                writer.writerow(csv_row([table.title]))
                writer.writerow(csv_row(table.header))
                for row in table.rows:
                    writer.writerow(csv_row(cell_text(c) for c in row))

    return write_atomic(path, produce)
