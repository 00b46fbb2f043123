"""Messages of round 6's ux7-join2: a newcomer's typing never renames the school (the
profile that arrives is shown, a different spelling only by choice); quitting over the
welcome asks; a joiner that is waiting or refused says so; the join code never split."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the school's profile arrives on the welcome -------------------------------------------------
    "ux7j2.join.arrived": (
        "Disetujui: profil {school} sudah datang dari folder bersama; kolom sekolah di bawah kini berisi profil "
        "itu. Periksa, isi nama Anda sebagai observer, lalu simpan (ctrl+s).",
        "Approved: the profile of {school} came from the shared folder; the school fields below now hold it. "
        "Check them, fill in your name as the observer, then save (ctrl+s).",
    ),
    "ux7j2.arrived.title": (
        "Profil sekolah berbeda dari yang Anda ketik",
        "The school's profile differs from what you typed",
    ),
    "ux7j2.arrived.lead": (
        "Profil {school} datang dari folder bersama, dan kolom sekolah kini berisi profil itu. Di kolom berikut "
        "Anda sudah mengetik lain:",
        "The profile of {school} came from the shared folder, and the school fields now hold it. In these "
        "fields you had typed something else:",
    ),
    "ux7j2.arrived.field": (
        "• {label}\n    profil sekolah: {school}\n    Anda ketik:     {typed}",
        "• {label}\n    school's profile: {school}\n    you typed:        {typed}",
    ),
    "ux7j2.arrived.use_typed": ("Pakai yang saya ketik", "Use what I typed"),
    # -- a laptop that is not one of the school's yet ----------------------------------------------------
    # Short: the welcome's title leaves about 32 columns at 80, and the code comes first.
    "ux7j2.header.waiting": ("Kode {code} · menunggu persetujuan", "Code {code} · waiting for approval"),
    "ux7j2.header.no_school": ("Belum tergabung ke sekolah", "Not part of a school yet"),
    "ux7j2.screen.waiting": (
        "Belum tergabung ke sekolah: menunggu persetujuan (kodenya di bawah); belum ada yang disinkronkan.",
        "Not part of a school yet: waiting for approval (its code below); nothing synced yet.",
    ),
    "ux7j2.screen.no_school": (
        "Belum tergabung ke sekolah: folder bersama belum berisi sekolah; belum ada yang disinkronkan.",
        "Not part of a school yet: the shared folder holds no school; nothing synced yet.",
    ),
    "ux7j2.join.waiting": (
        "Laptop ini sudah meminta bergabung dan menunggu persetujuan, kode {code}. Seorang anggota sekolah "
        "menyetujuinya (Sinkronisasi, p). Aplikasi memeriksa lagi sendiri tiap beberapa menit; atau tekan "
        "tombol di bawah.",
        "This laptop has asked to join and waits for approval, code {code}. A member of the school approves "
        "it (Sync, p). The app looks again by itself every few minutes; or press the button below.",
    ),
    # -- "first laptop" chosen after a school appeared in the folder ---------------------------------
    "ux7j2.first.school_there": (
        "Folder bersama ini sudah berisi sekolah, jadi laptop ini tidak memulai sekolah kedua: laptop ini "
        "meminta bergabung ke sekolah itu.",
        "This shared folder already holds a school, so this laptop did not start a second one: it asked to "
        "join that school.",
    ),
    # -- the join code, never cut nor split ------------------------------------------------------------
    "ux7j2.devices.asks": ("kode {code}, minta bergabung", "code {code}, asks to join"),
    # -- the command line ------------------------------------------------------------------------------
    "ux7j2.help.folder_first": (
        "Perhatian: di laptop yang belum tergabung, sinkron ke folder yang belum berisi sekolah tanpa --join "
        "menjadikan laptop ini laptop pertama sekolah; laptop sekolah yang lain memakai --join.",
        "Note: on a laptop that has not joined, syncing into a folder that holds no school without --join "
        "makes this laptop the school's first laptop; the school's other laptops use --join.",
    ),
    "ux7j2.join.no_school_cli": (
        "Bila laptop ini memang laptop pertama sekolah (belum ada laptop lain yang memegang data sekolah): {command}",
        "If this laptop truly is the school's first laptop (no other laptop holds the school's data): {command}",
    ),
}
