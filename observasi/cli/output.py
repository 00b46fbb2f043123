"""Plain text tables and JSON for the terminal."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click


def echo_table(header: str, rows: Sequence[Sequence[Any]]) -> None:
    """Columns padded to their widest cell; *header* is tab-separated."""
    headings = header.split("\t")
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headings)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headings, widths, strict=False)).rstrip())
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False))
