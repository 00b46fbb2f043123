"""A roster in a text file: CSV from Excel or Dapodik, or Excel's "Unicode Text" (UTF-16,
tab-separated).

The encoding is detected by charset-normalizer among those a Windows laptop in Indonesia
writes (UTF-8 with or without BOM, UTF-16, Windows-1252); the delimiter (``,`` ``;`` or
tab) by :class:`csv.Sniffer`, checked against the header: the delimiter that makes a row
read as a header with a name column wins, so a ``;`` file whose names carry commas
("Dr. H. Ahmad Fauzi, M.Pd., M.Si.") is read on ``;``.

A roster row is one line. Each line is read on its own, so a quote left open swallows
nothing: it may continue over the next lines only when the quote closes there and the
record has as many cells as the header (an address typed with a line break); otherwise the
line is named and skipped and the next line is read as usual. A cell over the csv module's
field limit names its row and column; the other rows still import.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator

from observasi.core.file_kind import bare_utf16
from observasi.errors import UserError
from observasi.i18n import t
from observasi.roster.columns import HEADER_SEARCH_ROWS, Header, column_name, header_score, read_header
from observasi.roster.table import RawRow, RawTable

DELIMITERS = (";", "\t", ",")
# Named in words: "pemisah ,, UTF-8" read as a typo on the import screen.
DELIMITER_NAMES = {";": "roster.delimiter.semicolon", "\t": "roster.delimiter.tab", ",": "roster.delimiter.comma"}
ENCODINGS = ["utf_8", "utf_16", "cp1252"]
# A record may run over this many lines when a quoted cell holds line breaks.
MAX_LINES_PER_RECORD = 8

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BINARY = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def decode(raw: bytes, source: str) -> tuple[str, str]:
    """The text and the name of its encoding.

    Bytes that are valid UTF-8 are UTF-8: text in Windows-1252 or UTF-16 almost never is,
    while charset-normalizer, ranking by how natural each reading looks, can take a short
    UTF-8 name ("Nguyễn", "Αλέξης") for Windows-1252 and show it garbled. Only the rest is
    left to it, among UTF-16 and Windows-1252. (UTF-16 without a BOM is valid UTF-8 full of
    NULs: that is not taken for UTF-8.)
    """
    from charset_normalizer import from_bytes

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if text.count("\x00") * 10 < len(text):
            return text, "utf_8_sig" if raw.startswith(codecs.BOM_UTF8) else "utf_8"
    bare = bare_utf16(raw)
    if bare:
        try:
            return raw.decode(bare), bare
        except UnicodeDecodeError as exc:
            raise UserError(t("bad.roster.utf16_broken", path=source, encoding=_encoding_name(bare))) from exc
    best = from_bytes(raw, cp_isolation=ENCODINGS[1:]).best()
    if best is not None:
        text, encoding = str(best).lstrip("\ufeff"), best.encoding
    else:
        # Too short or too odd for it to judge ("A¿"): Windows-1252, the one left.
        try:
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise UserError(t("roster.err.not_text", path=source)) from exc
    if len(_BINARY.findall(text[:4096])) * 20 > len(text[:4096]):
        raise UserError(t("roster.err.not_text", path=source))  # a PDF, a picture, a zip: not a roster
    return text, encoding


def read_csv_table(raw: bytes, source: str) -> RawTable:
    text, encoding = decode(raw, source)
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    if not any(line.strip() for line in lines):
        raise UserError(t("roster.err.empty", path=source))
    dialect = _dialect(lines)
    kind = t("roster.kind.csv", delimiter=t(DELIMITER_NAMES[dialect.delimiter]), encoding=_encoding_name(encoding))
    return RawTable(source, kind, list(_records(lines, dialect)))


def _encoding_name(encoding: str) -> str:
    return {"utf_8": "UTF-8", "utf_8_sig": "UTF-8 (BOM)", "cp1252": "Windows-1252"}.get(
        encoding, encoding.upper().replace("_", "-")
    )


class _Dialect(csv.excel):
    """Excel's CSV with the delimiter found; the quote is always ``"``, because a Sniffer
    that takes ``'`` for the quote would split "Al-Qur'ān"."""

    def __init__(self, delimiter: str, skipinitialspace: bool = False) -> None:
        self.delimiter = delimiter
        self.skipinitialspace = skipinitialspace


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def _dialect(lines: list[str]) -> _Dialect:
    head = lines[:HEADER_SEARCH_ROWS]
    sniffed: csv.Dialect | type[csv.Dialect] | None = None
    try:
        # Title rows above the header have no delimiter at all and confuse the Sniffer:
        # it reads from the first line that has one.
        start = next(i for i, line in enumerate(head) if any(d in line for d in DELIMITERS))
        sniffed = csv.Sniffer().sniff("\n".join(lines[start : start + 20]), delimiters="".join(DELIMITERS))
    except (StopIteration, csv.Error):
        sniffed = None
    order = list(DELIMITERS)
    if sniffed is not None and sniffed.delimiter in order:
        order.remove(sniffed.delimiter)
        order.insert(0, sniffed.delimiter)

    def score(delimiter: str) -> int:
        return max((header_score(_split(line, delimiter)) for line in head), default=0)

    scores = {d: score(d) for d in order}
    best = max(order, key=lambda d: scores[d])  # max keeps the first of equals: the Sniffer's
    skip_space = bool(sniffed is not None and sniffed.delimiter == best and sniffed.skipinitialspace)
    return _Dialect(best, skip_space)


def _records(lines: list[str], dialect: _Dialect) -> Iterator[RawRow]:
    header: Header | None = None
    index = 0
    while index < len(lines):
        number = index + 1
        line = lines[index]
        used = 1
        try:
            cells = next(csv.reader([line], dialect, strict=True), [])
        except csv.Error as exc:
            if "field limit" in str(exc):
                column = _giant_column(line, dialect, csv.field_size_limit())
                label = header.label_of(column) if header else column_name(column)
                yield RawRow(number, problem=t("roster.row.giant_cell", column=label, limit=csv.field_size_limit()))
                index += 1
                continue
            joined = _joined_record(lines, index, dialect, header) if "end of data" in str(exc) else None
            if "end of data" in str(exc) and joined is None:
                yield RawRow(number, problem=t("roster.row.open_quote"))
                index += 1
                continue
            if joined is not None:
                cells, used = joined
            else:
                # A stray quote inside a cell (`"abc"def`): read it as Excel does.
                cells = next(csv.reader([line], dialect), [])
        if header is None:
            header = read_header(cells)
        elif _extra_cells(cells, header):
            yield RawRow(number, problem=t("roster.row.extra_cells", count=len(cells), width=header.width))
            index += used
            continue
        yield RawRow(number, tuple(cells))
        index += used


def _joined_record(
    lines: list[str], index: int, dialect: _Dialect, header: Header | None
) -> tuple[list[str], int] | None:
    """The record a quoted line break makes of lines[index:], when it is one: the quote
    closes within a few lines, the cells number as many as the header's, and the line
    break is not in a column that is read (no name or NIP holds one)."""
    if header is None:
        return None
    for used in range(2, MAX_LINES_PER_RECORD + 1):
        if index + used > len(lines):
            return None
        try:
            cells = next(csv.reader(["\n".join(lines[index : index + used])], dialect, strict=True), [])
        except csv.Error:
            continue
        width_ok = len(cells) == header.width or (
            len(cells) > header.width and not any(c.strip() for c in cells[header.width :])
        )
        breaks_in_read_column = any(col < len(cells) and "\n" in cells[col] for col in header.columns)
        return (cells, used) if width_ok and not breaks_in_read_column else None
    return None


def _extra_cells(cells: list[str], header: Header) -> bool:
    """More filled cells than the header has columns: a comma in a name that was not
    quoted has split it, and every cell after it has moved."""
    return any(cell.strip() for cell in cells[header.width :]) and header.width > 1


def _giant_column(line: str, dialect: _Dialect, limit: int) -> int:
    """The column whose cell is over *limit* characters, for the message (the csv module's
    error names neither)."""
    delimiter, quote = dialect.delimiter, dialect.quotechar or '"'
    column = length = 0
    quoted = False
    position = 0
    while position < len(line):
        char = line[position]
        if quoted:
            if char == quote and line[position + 1 : position + 2] == quote:
                position += 1
            elif char == quote:
                quoted = False
                position += 1
                continue
            length += 1
        elif char == quote and length == 0:
            quoted = True
        elif char == delimiter:
            if length > limit:
                return column
            column, length = column + 1, 0
        else:
            length += 1
        position += 1
    return column
