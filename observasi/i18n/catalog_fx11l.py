"""Messages of round 11's lesson fixes (fix11-lesson): the evidence line restored after a
kill leaves the keys on the scores; the scores screen's way back to the reflection."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fx11l.line.restored": (
        "Baris bukti ini belum disimpan ketika aplikasi tertutup ({time}); teksnya dipulihkan di baris "
        "bukti. Tombol angka tetap menilai. Tekan / untuk kembali ke baris itu: Enter menyimpannya, Esc "
        "untuk membuangnya (ditanya dulu).",
        "This evidence line was not saved when the app closed ({time}); its text is restored in the "
        "evidence line. Digits still score. Press / to go back into the line: Enter saves it, Esc to "
        "throw it away (you are asked first).",
    ),
    "fx11l.final.unsaved": (
        "• Diketik sebelum aplikasi tertutup dan belum pernah disimpan (tidak masuk ke catatan; "
        "Batal lalu ctrl+o untuk menyimpannya): {text}",
        "• Typed before the app closed and never saved (not in the record; Cancel, then ctrl+o to save it): {text}",
    ),
    "fx11l.live.unsaved_line": (
        "Catatan bukti ini belum disimpan dan akan hilang bila Anda keluar sekarang "
        "(Batal, lalu / dan Enter menyimpannya): {text}",
        "This evidence line is not saved and is lost if you leave now (Cancel, then / and Enter save it): {text}",
    ),
}
