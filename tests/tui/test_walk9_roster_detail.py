"""The import preview's detail of a row with no name: the walk read "odd.csv, baris 3:  ·
Dilewati" (a gap where the name is); it shows "–" as the table does."""

from __future__ import annotations

from observasi.roster.plan import plan_import
from observasi.roster.service import read_roster_bytes
from observasi.tui.screens.roster_import_screen import _full_detail


def test_a_row_with_no_name_is_shown_with_a_dash() -> None:
    parsed = read_roster_bytes(b"nama lengkap,no hp\nAhmad Fauzi,0812\n,0813\n", "odd.csv")
    preview = plan_import(parsed, [])
    skipped = next(row for row in preview.rows if row.action == "skipped")
    first = _full_detail(skipped, parsed)[0]
    assert "baris 3: – · Dilewati" in first, first
