"""Messages of round 10's fixes to what the walk found cut, stale or English on the screens at
80x24 (fix10-screens): the recap's coverage column named as the other recaps name "observed",
the signing key in the command palette, the palette's "no matches" in the app's language."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The coverage table counts a teacher's lessons held in the period, reflecting or final
    # (core.status.OBSERVED_STATUSES), as the line above it says; "Observasi" alone read as the
    # status of a lesson still being observed, which it does not count.
    "fx10s.recap.col.held": ("Pelajaran terlaksana (refleksi/final)", "Lessons held (reflecting/final)"),
    # -- the command palette: the signing key, as the settings' key panel offers it --------------
    "fx10s.cmd.key": ("Kunci tanda tangan", "Signing key"),
    "fx10s.cmd.key_help": (
        "Buat kunci tanda tangan digital, atau lihat milik siapa dan sampai kapan berlaku",
        "Make the digital signing key, or see whose it is and until when it is valid",
    ),
    # Where Textual's palette says "No matches found" (the commands, the theme picker).
    "fx10s.palette.none": ("Tidak ada yang cocok", "No matches found"),
}
