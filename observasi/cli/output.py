"""Plain text tables and JSON for the terminal."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import click

# Lines handed to the terminal at a time: one write per line costs more than the line.
LINES_PER_WRITE = 1000


def echo_table(header: str, rows: Iterable[Sequence[Any]]) -> None:
    """Columns padded to their widest cell; *header* is tab-separated."""
    rows = rows if isinstance(rows, Sequence) else list(rows)
    echo_streamed_table(header, lambda: rows)


def echo_streamed_table(header: str, rows: Callable[[], Iterable[Sequence[Any]]]) -> None:
    """:func:`echo_table` of rows read twice from *rows()* (once for the widths, once to
    print), so a table of 100,000 lines never holds more than its widths."""
    headings = header.split("\t")
    widths = [len(h) for h in headings]
    for row in rows():
        for i, c in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], len("" if c is None else str(c)))
    click.echo("  ".join(h.ljust(w) for h, w in zip(headings, widths, strict=False)).rstrip())
    lines: list[str] = []
    for row in rows():
        cells = ("" if c is None else str(c) for c in row)
        lines.append("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip())
        if len(lines) == LINES_PER_WRITE:
            click.echo("\n".join(lines))
            lines = []
    if lines:
        click.echo("\n".join(lines))


def echo_json_array(items: Iterable[Any], flat: bool = False) -> None:
    """``echo_json(list(items))``, written a thousand items at a time. *flat*: every item
    is a dict of strings, numbers and nulls (the list's rows), written by the C encoder
    with the indent as separators: the indenting encoder is pure Python, and was most of
    `list --json` (3 s CPU at 100,000 rows)."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",\n    ", ": ")).encode
    first = True
    chunk: list[str] = []
    for item in items:
        if flat and item:
            text = "{\n    " + encode(item)[1:-1] + "\n  }"
        else:
            text = json.dumps(item, ensure_ascii=False, indent=2, sort_keys=False).replace("\n", "\n  ")
        chunk.append(("[\n  " if first else ",\n  ") + text)
        first = False
        if len(chunk) == LINES_PER_WRITE:
            click.echo("".join(chunk), nl=False)
            chunk = []
    chunk.append("[]" if first else "\n]")
    click.echo("".join(chunk))


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False))


class InputFile(click.ParamType):
    """A file the command reads. A folder is refused in the user's language, naming it
    (click's own check says so in English); a missing file is left to the command, which
    names it with the reason."""

    name = "file"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        from observasi.errors import UserError
        from observasi.i18n import t

        path = Path(value)
        if path.is_dir():
            raise UserError(t("bad.cli.folder", path=path))
        return path
