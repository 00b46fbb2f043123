"""Messages of round 9's ux9-sync: a joiner's waiting sync says it waits (with its code), not
"masalah 1"; ``observasi sync`` waits for another sync of the laptop instead of failing."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- a joiner's sync while it waits for approval: the normal state, not a problem -----------------
    "ux9s.sync.waiting": (
        "Menunggu persetujuan, kode {code}: permintaan bergabung ada di folder bersama; belum ada yang "
        "dikirim atau diterima dari sekolah.",
        "Waiting for approval, code {code}: the join request is in the shared folder; nothing sent to or "
        "received from the school yet.",
    ),
    "ux9s.sync.also_problems": ("Masalah: {count}.", "Problems: {count}."),
    "ux9s.sync.approve_here": (
        "Di laptop sekolah yang terdaftar: Sinkronisasi, tekan p, pilih permintaan dengan kode yang sama. "
        "Laptop ini memeriksa lagi sendiri.",
        "On an enrolled school laptop: Sync, press p, pick the request with the same code. This laptop "
        "looks again by itself.",
    ),
    # -- `observasi sync` while another sync of this laptop runs --------------------------------------
    "ux9s.sync.cli_waits": (
        "Sinkronisasi lain sedang berjalan di laptop ini (di aplikasi atau di jendela lain); menunggu sampai "
        "selesai, lalu berjalan. Ctrl+C membatalkan.",
        "Another sync is running on this laptop (in the app or another window); waiting for it to finish, "
        "then running. Ctrl+C cancels.",
    ),
    "ux9s.help.no_wait": (
        "jangan menunggu sinkronisasi lain yang sedang berjalan di laptop ini: langsung keluar (kode 2)",
        "do not wait for another sync running on this laptop: exit at once (code 2)",
    ),
    "ux9s.sync.cancelled": (
        "Dibatalkan sebelum mulai: tidak ada yang dikirim atau diterima.",
        "Cancelled before it started: nothing was sent or received.",
    ),
}
