"""What a reader hands on: the rows of a file with the numbers a person sees for them (the
line in a CSV, the row in a sheet), and any row it could not read, with the reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None


@dataclass(frozen=True)
class RawRow:
    number: int  # the line (CSV) or row (sheet) a person finds it at
    cells: tuple[Cell, ...] = ()
    problem: str | None = None  # why the row could not be read; it is skipped with this

    def texts(self) -> list[str]:
        return [cell_text(cell) for cell in self.cells]


@dataclass
class RawTable:
    source: str  # the file, as the user named it
    kind: str  # how it was read, in words: "CSV (;, UTF-8)", "XLSX, lembar Daftar Guru"
    rows: list[RawRow] = field(default_factory=list)
    sheet: str = ""  # the workbook's sheet the rows come from; "" for a text file


def cell_text(cell: Cell) -> str:
    """A cell as text: numbers without a spurious ".0", dates as YYYY-MM-DD."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e21 else repr(cell)
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, dt.date | dt.time):
        return cell.isoformat()
    return str(cell)


def is_number(cell: Cell) -> bool:
    return isinstance(cell, int | float) and not isinstance(cell, bool)
