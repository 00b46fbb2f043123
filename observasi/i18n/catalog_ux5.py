"""Messages of the last walk's leftovers (round 4, ux5): the evidence line that hands the
keys back, the home search that lets go of command keys, narrow columns, joining an
existing school from the welcome screen, and the CLI's honest exits."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the live screen's evidence line ------------------------------------------------------------
    "ux5.live.saved_tagged": ("✓ Catatan bukti tersimpan, ditandai ke {id}", "✓ Evidence saved, tagged to {id}"),
    # -- the home list's search box -------------------------------------------------------------------
    "ux5.home.key.to_list": ("Ke daftar", "To the list"),
    "ux5.home.help_search": (
        "Di kotak cari setiap huruf diketik sebagai teks; Enter, ↓ atau Esc kembali ke daftar dengan "
        "pencarian tetap berlaku, lalu tombol huruf (n, c, s, g …) bekerja lagi.",
        "In the search box every letter is typed as text; Enter, ↓ or Esc go back to the list with the "
        "search kept, and the letter keys (n, c, s, g …) work again.",
    ),
    # -- `observasi sync` on a laptop not approved yet -------------------------------------------------
    "ux5.sync.help_exit": (
        "Kode keluar: 0 selesai (konflik dan masalah berkas dicetak); 2 galat (mis. folder tidak ada); "
        "{code} laptop ini masih menunggu persetujuan sekolah, belum ada yang dikirim atau diterima.",
        "Exit codes: 0 done (conflicts and file problems are printed); 2 error (e.g. no such folder); "
        "{code} this laptop still waits for the school's approval, nothing was sent or received.",
    ),
    "ux5.sync.waiting": (
        "Belum tersinkron: laptop ini menunggu persetujuan (kode {code}). Di laptop sekolah yang sudah "
        'terdaftar, buka Sinkronisasi lalu tekan p (atau: observasi devices approve "{code}"), lalu jalankan '
        "observasi sync lagi di sini.",
        "Not synced: this laptop waits to be approved (code {code}). On a school laptop already enrolled, "
        'open Sync and press p (or: observasi devices approve "{code}"), then run observasi sync here again.',
    ),
    # -- a new laptop's welcome: join a school that already uses the app ----------------------------
    "ux5.join.title": (
        "Sekolah sudah memakai observasi di laptop lain?",
        "Does the school already use observasi on another laptop?",
    ),
    "ux5.join.next": (
        "Pilih folder bersama sekolah (tombol di bawah, lalu f). Laptop ini meminta bergabung dengan sebuah kode; "
        "seorang anggota sekolah menyetujuinya (Sinkronisasi, p). Lalu sinkronkan lagi: profil, guru, dan "
        "observasi datang sendiri.",
        "Choose the school's shared folder (the button below, then f). This laptop asks to join with a code; a "
        "member of the school approves it (Sync, p). Then sync again: the profile, teachers and observations "
        "arrive by themselves.",
    ),
    "ux5.join.button": ("Gabung ke sekolah yang sudah ada", "Join an existing school"),
    # -- short column titles at 80 columns -------------------------------------------------------------
    "ux5.col.subject": ("Mapel", "Subject"),
    "ux5.col.count": ("Obs.", "Obs."),
    "ux5.refl.key.add": ("Tambah", "Add"),
    # -- a teacher's history: a verbal form's result, whole, under the table ---------------------------
    "ux5.history.result": ("↓ {date} ({form}): {result}", "↓ {date} ({form}): {result}"),
}
