"""Messages of the last walk's leftovers (round 4, ux5): the evidence line that hands the
keys back, the home search that lets go of command keys, narrow columns, joining an
existing school from the welcome screen, and the CLI's honest exits."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the live screen's evidence line ------------------------------------------------------------
    "ux5.live.saved_tagged": ("✓ Catatan bukti tersimpan, ditandai ke {id}", "✓ Evidence saved, tagged to {id}"),
    # -- the home list's search box -------------------------------------------------------------------
    "ux5.home.key.to_list": ("Ke daftar", "To the list"),
}
