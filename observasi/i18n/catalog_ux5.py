"""Messages of the last walk's leftovers (round 4, ux5): the evidence line that hands the
keys back, the home search that lets go of command keys, narrow columns, joining an
existing school from the welcome screen, and the CLI's honest exits."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the live screen's evidence line ------------------------------------------------------------
    "ux5.live.saved_tagged": ("✓ Catatan bukti tersimpan, ditandai ke {id}", "✓ Evidence saved, tagged to {id}"),
    # -- the home list's search box -------------------------------------------------------------------
    "ux5.home.key.to_list": ("Ke daftar", "To the list"),
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
}
