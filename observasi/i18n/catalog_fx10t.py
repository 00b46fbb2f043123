"""Messages of round 10's trust fixes (fix10-trust): c on the home screen when the only
lesson under way is a colleague's; `verify` on a laptop whose copy of the record is older
than the sheet."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fx10t.home.colleagues": (
        "c melanjutkan observasi Anda yang sudah dimulai; belum ada. Observasi {teacher} dimulai oleh {observer} "
        "di laptop lain: pilih barisnya di daftar lalu tekan Enter untuk melihat atau melanjutkannya.",
        "c continues an observation of yours that has started; there is none. The observation of {teacher} was "
        "begun by {observer} on another laptop: pick its row in the list and press Enter to view or continue it.",
    ),
    "fx10t.verify.newer": (
        "Lembar ini lebih baru dari catatan di laptop ini (amandemen ke-{number} belum diterima): sinkronkan, "
        "lalu periksa lagi.",
        "This sheet is newer than the record on this laptop (amendment {number} not received yet): sync, "
        "then check again.",
    ),
    "fx10t.verify.newer_many": (
        "Lembar ini lebih baru dari catatan di laptop ini (amandemen ke-{first} sampai ke-{number} belum "
        "diterima): sinkronkan, lalu periksa lagi.",
        "This sheet is newer than the record on this laptop (amendments {first} to {number} not received "
        "yet): sync, then check again.",
    ),
    "fx10t.verify.newer_final": (
        "Lembar ini lebih baru dari catatan di laptop ini (versi finalnya belum diterima): sinkronkan, "
        "lalu periksa lagi.",
        "This sheet is newer than the record on this laptop (its final version not received yet): sync, "
        "then check again.",
    ),
    "fx10t.verify.content_older": (
        "Isi: catatan di basis data lokal lebih lama dari lembar ini",
        "Content: the record in the local database is older than this sheet",
    ),
}
