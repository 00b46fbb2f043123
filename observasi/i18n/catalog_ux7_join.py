"""Messages of round 6's ux7-join: a laptop that asked to join never founds the school in
an empty folder (and the way back for the school's true first laptop); the laptop's name
for both join routes; sync words that are true ("Sinkron terakhir" fetched, "terkirim"
only sent; what arrived and was hidden; changes on how many observations)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- a joining laptop, an empty folder ------------------------------------------------------------
    "ux7j.join.no_school": (
        "Belum tersinkron: folder bersama ini belum berisi sekolah, dan laptop ini meminta bergabung, jadi "
        "tidak menulis apa pun di sana. Pilih folder yang dipakai laptop sekolah, atau sinkronkan dulu laptop "
        "sekolah ke folder ini, lalu coba lagi.",
        "Not synced: this shared folder holds no school yet, and this laptop asked to join, so it wrote nothing "
        "there. Choose the folder the school's laptop uses, or sync the school's laptop into this folder first, "
        "then try again.",
    ),
    "ux7j.join.no_school_tui": (
        "Bila laptop ini memang laptop pertama sekolah (belum ada laptop lain yang memegang data sekolah), "
        "pilih tombol «Laptop ini laptop pertama sekolah» di bawah.",
        "If this laptop truly is the school's first laptop (no other laptop holds the school's data), choose "
        "the button «This is the school's first laptop» below.",
    ),
    "ux7j.join.not_member": (
        "laptop ini meminta bergabung, tetapi folder bersama belum berisi sekolah; sinkronkan dulu laptop "
        "sekolah ke folder ini",
        "this laptop asked to join, but the shared folder holds no school yet; sync the school's laptop into "
        "this folder first",
    ),
    "ux7j.join.panel_no_school": (
        "Folder bersama yang dipilih belum berisi sekolah; laptop ini tidak menulis apa pun di sana. Sinkronkan "
        "dulu laptop sekolah ke folder itu (atau pilih folder yang dipakainya), lalu tekan tombol di bawah lagi.",
        "The shared folder chosen holds no school yet; this laptop wrote nothing there. Sync the school's laptop "
        "into that folder first (or choose the folder it uses), then press the button below again.",
    ),
    "ux7j.founded": (
        "Laptop ini memulai sekolah di folder bersama: laptop lain sekolah ini meminta bergabung, dan laptop "
        "ini yang menyetujuinya (Sinkronisasi, p).",
        "This laptop started the school in the shared folder: the school's other laptops ask to join, and this "
        "laptop approves them (Sync, p).",
    ),
    "ux7j.first.button": (
        "Laptop ini laptop pertama sekolah: mulai folder",
        "This is the school's first laptop: start the folder",
    ),
    "ux7j.first.title": ("Jadikan laptop ini laptop pertama sekolah?", "Make this the school's first laptop?"),
    "ux7j.first.what": (
        "Laptop ini memulai sekolah di folder bersama {path}: membuat kunci sekolah dan menulis tanda "
        "keanggotaannya di sana, lalu mengirim data laptop ini.",
        "This laptop starts the school in the shared folder {path}: it makes the school key, writes its "
        "membership there, then sends this laptop's data.",
    ),
    "ux7j.first.after": (
        "Laptop lain sekolah ini kemudian meminta bergabung, dan laptop inilah yang menyetujuinya.",
        "The school's other laptops then ask to join, and this laptop approves them.",
    ),
    "ux7j.first.warn": (
        "Jangan pilih ini bila laptop lain (misalnya laptop kepala sekolah) sudah memegang data sekolah: "
        "sinkronkan laptop itu dulu, lalu sinkronkan laptop ini (ia akan meminta bergabung).",
        "Do not choose this if another laptop (the principal's, say) already holds the school's data: sync "
        "that laptop first, then sync this one (it will ask to join).",
    ),
    "ux7j.first.confirm": ("Mulai folder", "Start the folder"),
    "ux7j.help.join": (
        "Laptop ini bergabung ke sekolah yang sudah memakai folder/bucket ini: tidak pernah memulai sekolah di "
        "folder kosong (diingat untuk sinkron berikutnya).",
        "This laptop joins a school that already uses this folder/bucket: it never starts a school in an empty "
        "folder (remembered for the next syncs).",
    ),
    "ux7j.help.first": (
        "Laptop ini laptop pertama sekolah: memulai sekolah di folder kosong meskipun tadinya meminta bergabung.",
        "This is the school's first laptop: start the school in an empty folder even though it asked to join.",
    ),
    "ux7j.help.name": (
        "Dengan --join: nama Anda; anggota sekolah melihat permintaan dari «Laptop NAMA» (tanpa ini: nama "
        "observer laptop ini, atau nama komputer).",
        "With --join: your name; the school's members see the request from «Laptop NAME» (without it: this "
        "laptop's observer, or the computer's name).",
    ),
    "ux7j.help.exit_no_school": (
        "Juga 3 bila laptop ini meminta bergabung dan folder belum berisi sekolah (tidak ada yang ditulis).",
        "Also 3 when this laptop asked to join and the folder holds no school yet (nothing written).",
    ),
    "ux7j.err.name_without_join": (
        "--name dipakai bersama --join (nama laptop yang meminta bergabung); nama laptop lain diubah di Pengaturan.",
        "--name goes with --join (the name of the laptop asking to join); change the laptop's name in Settings.",
    ),
    "ux7j.err.join_and_first": (
        "Pilih salah satu: --join (bergabung) atau --first-laptop (laptop pertama sekolah), tidak keduanya.",
        "Choose one: --join (join) or --first-laptop (the school's first laptop), not both.",
    ),
    # -- "Sinkron terakhir" fetched too; a send-only publish since is "terkirim" --------------------------
    "ux7j.header.sent": (
        "Sinkron {when} · terkirim {sent} · {pending} menunggu dikirim",
        "Synced {when} · sent {sent} · {pending} waiting to be sent",
    ),
    "ux7j.header.sent_short": (
        "Sinkron {when} · terkirim {sent} · {pending} menunggu",
        "Synced {when} · sent {sent} · {pending} waiting",
    ),
    "ux7j.header.never": ("belum", "never"),
    "ux7j.screen.last": (
        "Sinkron terakhir (kirim dan ambil): {when} · belum terkirim: {pending}",
        "Last sync (send and fetch): {when} · not yet sent: {pending}",
    ),
    "ux7j.screen.sent": (
        "Sesudahnya hanya terkirim (tanpa mengambil dari rekan): {sent}",
        "Since then only sent (nothing fetched from colleagues): {sent}",
    ),
    # -- a sync's done line: changes on how many observations; what arrived, hidden or not -------------
    "ux7j.changes": (
        "{count} perubahan pada {observations} observasi",
        "{count} change(s) to {observations} observation(s)",
    ),
    "ux7j.received.hidden_forms": ("{count} instrumen (disembunyikan)", "{count} instrument(s) (hidden)"),
    "ux7j.and": (" dan ", " and "),
}
