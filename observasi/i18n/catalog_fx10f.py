"""Messages of round 10's fixes of files left behind or left out (fix10-files): the
leftovers of interrupted writes a forget erases, the notes ``observasi show`` prints."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fx10f.forget.leftovers": (
        "{count} berkas sementara dari penulisan yang terputus (laptop mati atau program dihentikan) di {folder} "
        "dapat memuat lembar guru ini dan juga dihapus.",
        "{count} temporary file(s) left by an interrupted write (laptop off or program stopped) in {folder} "
        "may hold this teacher's sheet and are erased too.",
    ),
    "fx10f.forget.leftovers_done": (
        "{count} berkas sementara dari penulisan yang terputus dihapus dari {folder}.",
        "{count} temporary file(s) left by an interrupted write deleted from {folder}.",
    ),
}
MESSAGES.update(
    {
        "fx10f.show.ratings": ("Penilaian", "Ratings"),
        "fx10f.show.note": ("Catatan", "Note"),
        "fx10f.show.recommendation": ("Rekomendasi", "Recommendation"),
    }
)
MESSAGES.update(
    {
        "fx10f.join.foreign": (
            "permintaan bergabung yang ditandatangani kunci lain, bukan kunci permintaan pertama laptop ini; "
            "tidak dibaca (mungkin ditaruh orang lain di folder ini)",
            "a join request signed by another key than this laptop's first request; not read (someone else "
            "may have put it in this folder)",
        ),
    }
)
MESSAGES.update(
    {
        "fx10f.sync.still_running": (
            "Sinkronisasi lain di laptop ini masih berjalan setelah ditunggu {minutes} menit; sinkronisasi ini "
            "tidak dijalankan (tidak ada yang dikirim atau diterima). Bila aplikasi observasi terbuka dan "
            "sinkronisasinya tampak macet, tutup aplikasinya lalu coba lagi.",
            "Another sync on this laptop was still running after a {minutes}-minute wait; this sync did not run "
            "(nothing sent or received). If the observasi app is open and its sync looks stuck, close the app "
            "and try again.",
        ),
        "fx10f.help.exit_still_running": (
            "{code} bila sinkronisasi lain di laptop ini masih berjalan setelah --wait-limit (tidak ada yang dijalankan).",
            "{code} when another sync on this laptop still runs after --wait-limit (nothing was run).",
        ),
        "fx10f.help.wait_limit": (
            "paling lama menunggu sinkronisasi lain di laptop ini selama sekian menit, lalu keluar (kode {code})",
            "wait at most this many minutes for another sync on this laptop, then exit (code {code})",
        ),
    }
)
