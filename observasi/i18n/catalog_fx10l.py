"""Messages of round 10's lesson fixes (fix10-lesson): the evidence line half typed when
the app ended, brought back; Enter that saves the line; what a sync changed on an open
screen."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fx10l.live.key.stamp": ("Simpan baris bukti", "Save the evidence line"),
    "fx10l.line.restored": (
        "Baris bukti ini belum disimpan ketika aplikasi tertutup ({time}). Yang sudah diketik dipulihkan "
        "di baris bukti: Enter menyimpannya, Esc untuk membuangnya (ditanya dulu).",
        "This evidence line was not saved when the app closed ({time}). What was typed is restored in "
        "the evidence line: Enter saves it, Esc to throw it away (you are asked first).",
    ),
    "fx10l.line.drop_title": ("Buang baris bukti yang dipulihkan?", "Throw away the restored evidence line?"),
    "fx10l.line.drop_lines": (
        "Teks ini diketik sebelum aplikasi tertutup dan belum disimpan. Bila dibuang, tidak bisa "
        "dikembalikan. Batal kembali ke baris bukti.",
        "This text was typed before the app closed and was never saved. Thrown away, it cannot be "
        "brought back. Cancel goes back to the evidence line.",
    ),
    "fx10l.sync.changed": (
        "Observasi ini diubah di tempat lain (sinkronisasi): {changes}",
        "This observation was changed elsewhere (sync): {changes}",
    ),
    "fx10l.sync.more": (" (dan {count} perubahan lain)", " (and {count} more changes)"),
}
