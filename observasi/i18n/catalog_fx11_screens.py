"""Messages of round 11's fixes to what the screens say at 80x24 (fix11-screens): how the sync
screen's conflicts are opened (F1), the roster import's rows left out kept in view."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # F1 on the sync screen: its keys are listed by the help itself; this says what no key
    # does (the walk reached a conflict only through Beranda's 4).
    "fx11s.sync.help": (
        "Konflik: dua laptop mengubah bagian yang sama dari satu observasi secara berbeda. Tab pindah ke "
        "daftar Konflik, ↑/↓ memilih, Enter membukanya. Layar konflik menampilkan hanya bagian yang "
        "berbeda, lengkap dengan versi A dan B (siapa, laptop mana, kapan); yang lain sudah digabung. "
        "a atau b memakai versi A atau B, k menyimpan kedua teks, Ctrl+S menyimpan gabungan. Tidak ada "
        "yang dibuang: setiap versi tetap ada di riwayat.",
        "Conflicts: two laptops changed the same part of one observation differently. Tab moves to the "
        "Conflicts list, ↑/↓ choose, Enter opens one. The conflict screen shows only the parts that "
        "differ, with versions A and B in full (who, which laptop, when); the rest is merged already. "
        "a or b takes version A or B, k keeps both texts, Ctrl+S saves the merge. Nothing is thrown "
        "away: every version stays in the history.",
    ),
    # -- the roster import's rows left out, after the import (a dialog: they wait for the file mended)
    "fx11s.roster.skipped": (
        "{count} baris dilewati dan belum tersimpan. Perbaiki di berkasnya, lalu impor lagi:",
        "{count} row(s) left out and not saved. Mend them in the file, then import it again:",
    ),
    "fx11s.roster.skipped_row": ("• baris {line}, {name}: {reason}", "• row {line}, {name}: {reason}"),
}
