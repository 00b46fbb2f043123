"""Messages of the first day's settings, shared-folder set-up and dialogs (issue 14,
round 3: firstday-a)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "text.kind.kop": ("kop surat", "the letterhead lines"),
    "text.field.kop_lines": ("Kop surat", "Letterhead lines"),
    # -- a letter typed on a closed list of choices ------------------------------------------------------------
    "firstday_a.choice.typed_named": (
        "«{field}» adalah daftar pilihan, bukan isian: yang diketik tidak masuk. Tekan Enter untuk membuka "
        "daftarnya, atau Tab untuk pindah ke isian berikutnya.",
        "“{field}” is a list of choices, not a text field: what you type does not go in. Press Enter to open "
        "the list, or Tab to move to the next field.",
    ),
    "firstday_a.choice.typed": (
        "Ini daftar pilihan, bukan isian: yang diketik tidak masuk. Tekan Enter untuk membuka daftarnya, atau "
        "Tab untuk pindah ke isian berikutnya.",
        "This is a list of choices, not a text field: what you type does not go in. Press Enter to open the "
        "list, or Tab to move to the next field.",
    ),
    # -- the sync screen: what a sync did, as it is true ------------------------------------------------------
    "firstday_a.sync.summary": (
        "{sent}; diterima {received}, konflik {conflicts}, masalah {problems}.",
        "{sent}; received {received}, conflicts {conflicts}, problems {problems}.",
    ),
    "firstday_a.sync.sent": ("Terkirim {count} perubahan", "Sent {count} changes"),
    "firstday_a.sync.all_sent": (
        "Tidak ada yang perlu dikirim: semua perubahan laptop ini sudah ada di folder bersama",
        "Nothing to send: every change made on this laptop is already in the shared folder",
    ),
    # -- join requests, said where a principal looks ------------------------------------------------------------
    "firstday_a.sync.join_header": (
        "{count} laptop minta bergabung (y, lalu p)",
        "{count} laptop(s) asking to join (y, then p)",
    ),
    "firstday_a.sync.requests": (
        "Menunggu persetujuan Anda: {count} laptop minta bergabung: {who}. Tekan p, bandingkan kodenya dengan "
        "layar laptop itu, lalu setujui.",
        "Waiting for your approval: {count} laptop(s) asking to join: {who}. Press p, compare the code with "
        "that laptop's screen, then approve.",
    ),
    "firstday_a.sync.join_toast": (
        "{count} laptop minta bergabung dengan sekolah. Tekan y (Sinkronisasi) lalu p, bandingkan kodenya, "
        "dan setujui.",
        "{count} laptop(s) asking to join the school. Press y (Sync), then p, compare the code and approve.",
    ),
    "firstday_a.sync.request_one": ("{label} (kode {code})", "{label} (code {code})"),
    # -- the shared folder, chosen where it is needed -----------------------------------------------------------
    "firstday_a.sync.no_folder": (
        "Folder bersama belum ditentukan. Tekan f untuk memilih folder yang juga dibuka laptop lain di sekolah "
        "(mis. folder Google Drive atau OneDrive yang dibagikan, atau flashdisk); sesudah itu sinkronisasi berjalan.",
        "No shared folder set. Press f to choose a folder the school's other laptops open too (a shared Google "
        "Drive or OneDrive folder, or a USB stick); the sync runs right after.",
    ),
    "firstday_a.sync.key.folder": ("Folder", "Folder"),
    "firstday_a.sync.folder_kept": ("Folder bersama: {path}", "Shared folder: {path}"),
    "firstday_a.folder.title": ("Pilih folder bersama", "Choose the shared folder"),
    "firstday_a.folder.hint": (
        "Folder yang juga dibuka laptop lain di sekolah. ↑/↓ memilih, Enter membuka folder, Backspace ke folder "
        "atas; atau ketik jalurnya di bawah. ctrl+s memakai folder itu.",
        "A folder the school's other laptops open too. Up/down choose, Enter opens a folder, Backspace goes to "
        "the folder above; or type its path below. ctrl+s uses that folder.",
    ),
    "firstday_a.folder.path": (
        "Atau ketik / tempel jalurnya (mis. E:\\ untuk flashdisk):",
        "Or type / paste its path (e.g. E:\\ for a USB stick):",
    ),
    "firstday_a.folder.where": ("Terpilih: {path}", "Chosen: {path}"),
    "firstday_a.folder.where_none": ("Belum ada folder terpilih", "No folder chosen yet"),
    "firstday_a.folder.use": ("Pakai folder ini", "Use this folder"),
    "firstday_a.folder.nothing": (
        "Belum ada folder: pilih di daftar atau ketik jalurnya",
        "No folder yet: choose one in the list or type its path",
    ),
    "firstday_a.folder.missing": (
        "Folder '{path}' tidak ada (atau tidak dapat dibuka); periksa jalurnya",
        "The folder '{path}' does not exist (or cannot be opened); check the path",
    ),
    "firstday_a.settings.key.folder": ("Folder bersama", "Shared folder"),
}
