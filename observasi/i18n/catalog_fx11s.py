"""Messages of round 11's sync fixes (fix11-sync): the sync screen's wait behind another
sync (whose, how long at most, Esc) and this visit's earlier runs."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fx11s.sync.waits_this_program": (
        "Menunggu sejak {since} sampai sinkronisasi lain selesai: aplikasi ini sendiri sedang mengirim atau "
        "memeriksa folder bersama di latar belakang. Sinkronisasi ini berjalan setelahnya, ditunggu paling lama {minutes} "
        "menit. Esc: kembali sekarang; tidak ada yang hilang.",
        "Waiting since {since} for another sync to finish: this app itself is sending or checking the shared "
        "folder in the background. This sync runs right after it, waiting at most {minutes} minutes. "
        "Esc: go back now; nothing is lost.",
    ),
    "fx11s.sync.waits_another_program": (
        "Menunggu sejak {since} sampai sinkronisasi lain selesai: program lain di laptop ini (observasi sync di "
        "jendela perintah, tugas terjadwal, atau jendela observasi kedua) sedang menyinkronkan. Sinkronisasi ini "
        "berjalan setelahnya, ditunggu paling lama {minutes} menit. Esc: kembali sekarang; tidak ada yang hilang.",
        "Waiting since {since} for another sync to finish: another program on this laptop (observasi sync in a "
        "command window, a scheduled task, or a second observasi window) is syncing. This sync runs right after "
        "it, waiting at most {minutes} minutes. Esc: go back now; nothing is lost.",
    ),
    "fx11s.sync.gave_up_this_program": (
        "Sinkronisasi aplikasi ini di latar belakang masih berjalan setelah ditunggu {minutes} menit; sinkronisasi "
        "ini tidak dijalankan (tidak ada yang dikirim atau diterima; catatan Anda tetap tersimpan di laptop ini). "
        "Tekan s untuk mencoba lagi. Bila tetap macet: keluar dari aplikasi (Ctrl+Q), buka lagi, lalu sinkronkan.",
        "This app's background sync was still running after a {minutes}-minute wait; this sync did not run "
        "(nothing sent or received; your records stay saved on this laptop). Press s to try again. If it stays "
        "stuck: quit the app (Ctrl+Q), open it again, then sync.",
    ),
    "fx11s.sync.gave_up_another_program": (
        "Program lain di laptop ini masih menyinkronkan setelah ditunggu {minutes} menit; sinkronisasi ini tidak "
        "dijalankan (tidak ada yang dikirim atau diterima; catatan Anda tetap tersimpan di laptop ini). Tekan s "
        "untuk mencoba lagi. Bila tetap macet: tutup jendela perintah atau jendela observasi lain yang "
        "menyinkronkan, lalu tekan s.",
        "Another program on this laptop was still syncing after a {minutes}-minute wait; this sync did not run "
        "(nothing sent or received; your records stay saved on this laptop). Press s to try again. If it stays "
        "stuck: close the command window or the other observasi window that is syncing, then press s.",
    ),
    "fx11s.sync.earlier": (
        "Sinkronisasi sebelumnya selama layar ini terbuka (terbaru dulu):",
        "Earlier syncs while this screen is open (newest first):",
    ),
    "fx11s.sync.run_at": ("Pukul {time}: {said}", "At {time}: {said}"),
    "fx11s.sync.older_runs": (
        "... dan {count} sinkronisasi yang lebih lama.",
        "... and {count} older sync(s).",
    ),
}
