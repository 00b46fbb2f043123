"""Messages of a teacher's personal data (UU 27/2022): export and erasure: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "privacy.help.teachers_export": (
        "ekspor semua data seorang guru (JSON dan PDF) sesuai UU 27/2022",
        "export everything held about a teacher (JSON and PDFs), per UU 27/2022",
    ),
    "privacy.help.export_dir": ("folder tujuan", "target folder"),
    "privacy.help.teachers_forget": (
        "hapus data seorang guru dari laptop ini dan kirim tanda hapus ke folder bersama",
        "erase a teacher's data from this laptop and publish deletion marks to the shared folder",
    ),
    "privacy.help.yes": ("jangan minta konfirmasi", "do not ask for confirmation"),
    "privacy.export.json": (
        "Data {name} ditulis ke {path} ({count} observasi).",
        "The data of {name} written to {path} ({count} observations).",
    ),
    "privacy.export.pdfs": (
        "{count} lembar umpan balik PDF ditulis ke {path}.",
        "{count} feedback sheet PDFs written to {path}.",
    ),
    "privacy.export.pdf_problem": ("PDF tidak dibuat untuk {detail}", "No PDF for {detail}"),
    "privacy.forget.plan": (
        "Akan dihapus dari laptop ini: data guru {name}, {observations} observasi beserta nilai, {evidence} catatan bukti, refleksi, {followups} tindak lanjut dan {revisions} revisi tersimpan.",
        "To be erased from this laptop: the teacher {name}, {observations} observations with their scores, {evidence} evidence notes, reflections, {followups} follow-up items and {revisions} saved revisions.",
    ),
    "privacy.forget.tombstones": (
        "Yang tersisa hanya tanda hapus (id, instrumen, tanggal). Kunci data guru ini dimusnahkan, sehingga berkas terenkripsinya di folder bersama tidak dapat dibuka lagi; laptop sekolah yang lain ikut menghapus guru ini pada sinkronisasi berikutnya (juga yang sedang tidak tersambung). Lembar atau ekspor yang disimpan ke folder pilihan sendiri tidak diubah dari sini.",
        "Only deletion marks remain (id, form, date). This teacher's data key is destroyed, so their encrypted files in the shared folder can no longer be opened; the school's other laptops erase this teacher too at their next sync (offline ones included). Sheets or exports saved to a folder of your choice are not changed from here.",
    ),
    "privacy.forget.sheets": (
        "{count} lembar umpan balik PDF guru ini di {folder} juga dihapus.",
        "{count} feedback sheet PDFs of this teacher in {folder} are erased too.",
    ),
    "privacy.forget.copy_kept": (
        "Salinan ekspor di {folder} tetap disimpan; hapus sendiri bila tidak diperlukan lagi.",
        "The exported copy in {folder} is kept; delete it yourself when it is no longer needed.",
    ),
    "privacy.forget.hint_export": (
        'Simpan salinan dahulu bila perlu: observasi teachers export "{name}" -o FOLDER',
        'Keep a copy first if needed: observasi teachers export "{name}" -o FOLDER',
    ),
    "privacy.forget.confirm": (
        "Hapus semua data {name}? Tindakan ini tidak dapat dibatalkan",
        "Erase all data of {name}? This cannot be undone",
    ),
    "privacy.forget.cancelled": ("Dibatalkan; tidak ada yang dihapus.", "Cancelled; nothing was erased."),
    "privacy.forget.done": (
        "Data {name} dihapus: {count} observasi menjadi tanda hapus.",
        "The data of {name} is erased: {count} observations became deletion marks.",
    ),
    "privacy.forget.sheets_done": (
        "{count} lembar PDF dihapus dari {folder}.",
        "{count} sheet PDFs deleted from {folder}.",
    ),
    "privacy.forget.sheet_left": (
        "Lembar ini masih ada (hapus sendiri): {detail}",
        "This sheet is still there (delete it yourself): {detail}",
    ),
    "privacy.forget.recaps": (
        "{count} berkas rekap sekolah di {folder} memuat nama guru ini dan juga dihapus (buat lagi sesudahnya).",
        "{count} school recap files in {folder} hold this teacher's name and are erased too (make them again afterwards).",
    ),
    "privacy.forget.recaps_done": (
        "{count} berkas rekap dihapus dari {folder}.",
        "{count} recap files deleted from {folder}.",
    ),
    "privacy.key.passphrase_short": (
        'kata sandi minimal {min} karakter: kunci tanda tangan harus tahan ditebak komputer. Pakai tiga atau empat kata yang mudah diingat, misalnya "kopi pagi ruang guru"',
        'the passphrase needs at least {min} characters so a computer cannot guess it. Use three or four words you remember, e.g. "morning coffee staff room"',
    ),
    "privacy.key.prompt_new": (
        "Kata sandi baru untuk kunci (minimal {min} karakter, misalnya tiga atau empat kata)",
        "New passphrase for the key (at least {min} characters, e.g. three or four words)",
    ),
    "privacy.tamper.where": ("{teacher}, {date} ({id})", "{teacher}, {date} ({id})"),
    "privacy.tamper.local": (
        "observasi final ini diubah di luar observasi (langsung di basis data) tanpa amandemen; tidak dikirim. Pulihkan dari riwayat atau buat amandemen",
        "this final observation was changed outside observasi (directly in the database) without an amendment; not sent. Restore it from the history or make an amendment",
    ),
    "privacy.tamper.incoming": (
        "revisi ini mengubah observasi final {record} tanpa amandemen; tidak diterapkan",
        "this revision changes the final observation {record} without an amendment; not applied",
    ),
    "privacy.verify.tampered": (
        "TIDAK SAH: catatan {record} di basis data diubah di luar observasi sesudah difinalkan (tanpa amandemen)",
        "NOT VALID: the record {record} in the database was changed outside observasi after it was finalised (no amendment)",
    ),
    "privacy.verify.differs": (
        "TIDAK COCOK: isi catatan di basis data berbeda dengan lembar ini",
        "DOES NOT MATCH: the record in the database differs from this sheet",
    ),
    "privacy.enroll.request": (
        "perangkat baru {label} minta bergabung (kode {code}); isinya tidak diterapkan sebelum disetujui",
        "new device {label} asks to join (code {code}); nothing from it is applied until approved",
    ),
    "privacy.enroll.unknown": (
        "folder perangkat yang bukan anggota sekolah (tidak disetujui siapa pun); isinya tidak diterapkan",
        "the folder of a device that is not one of the school's (approved by nobody); nothing from it is applied",
    ),
    "privacy.enroll.not_member": (
        "laptop ini belum disetujui sebagai perangkat sekolah (kodenya {code}); minta laptop yang terdaftar menyetujuinya",
        "this laptop is not approved as a school device yet (its code is {code}); ask an enrolled laptop to approve it",
    ),
    "privacy.enroll.no_request": (
        "tidak ada satu permintaan bergabung dengan kode atau id {which}; lihat: observasi devices",
        "no single join request has the code or id {which}; see: observasi devices",
    ),
    "privacy.help.devices": (
        "perangkat sekolah: anggota dan permintaan bergabung (setujui dengan: devices approve KODE)",
        "the school's devices: members and join requests (approve with: devices approve CODE)",
    ),
    "privacy.help.devices_list": (
        "daftar perangkat sekolah dan permintaan bergabung",
        "list the school's devices and join requests",
    ),
    "privacy.help.devices_approve": (
        "setujui laptop baru sesudah kodenya sama dengan yang tampil di layarnya",
        "approve a new laptop once its code matches the one on its screen",
    ),
    "privacy.devices.waiting": (
        'Laptop ini menunggu persetujuan. Kodenya: {code}. Di laptop sekolah yang terdaftar: observasi devices approve "{code}" (bila kodenya sama).',
        'This laptop waits to be approved. Its code: {code}. On an enrolled school laptop: observasi devices approve "{code}" (if the code is the same).',
    ),
    "privacy.devices.members_header": ("PERANGKAT\tNAMA\t\tDISETUJUI", "DEVICE\tNAME\t\tAPPROVED"),
    "privacy.devices.this": ("(laptop ini)", "(this laptop)"),
    "privacy.devices.no_requests": ("Tidak ada permintaan bergabung.", "No join requests."),
    "privacy.devices.request": (
        'Minta bergabung: {label} ({device}), kode {code}. Bandingkan dengan layar laptop itu; bila sama: observasi devices approve "{code}"',
        'Asks to join: {label} ({device}), code {code}. Compare it with that laptop\'s screen; if the same: observasi devices approve "{code}"',
    ),
    "privacy.devices.approved": (
        "{label} (kode {code}) kini perangkat sekolah; kunci sekolah dititipkan untuknya di folder bersama.",
        "{label} (code {code}) is now a school device; the school key is left for it in the shared folder.",
    ),
    "privacy.key.devices": ("Perangkat", "Devices"),
    "privacy.tui.devices_title": ("Perangkat sekolah", "School devices"),
    "privacy.tui.devices_reading": ("Membaca folder bersama…", "Reading the shared folder…"),
    "privacy.tui.col_device": ("Perangkat", "Device"),
    "privacy.tui.col_name": ("Nama", "Name"),
    "privacy.tui.col_state": ("Keadaan", "State"),
    "privacy.tui.member": ("anggota", "member"),
    "privacy.tui.waiting": (
        "Laptop ini menunggu persetujuan. Kodenya: {code}\nDi laptop sekolah yang terdaftar: Sinkronisasi, tekan p, pilih permintaan dengan kode yang sama.",
        "This laptop waits to be approved. Its code: {code}\nOn an enrolled school laptop: Sync, press p, pick the request with the same code.",
    ),
    "privacy.tui.requests_hint": (
        "{count} permintaan bergabung. Pilih satu dan tekan Enter untuk menyetujuinya.",
        "{count} join requests. Pick one and press Enter to approve it.",
    ),
    "privacy.tui.approve_title": ("Setujui laptop baru?", "Approve the new laptop?"),
    "privacy.tui.compare": (
        "Kode di layar «{label}» harus sama persis: {code}",
        "The code on the screen of «{label}» must be exactly: {code}",
    ),
    "privacy.tui.compare_differs": (
        "Bila berbeda, jangan setujui: orang lain mencoba masuk ke folder sekolah. Sesudah disetujui, laptop itu dapat membaca dan menulis semua observasi sekolah.",
        "If it differs, do not approve: someone else is trying to get into the school's folder. Once approved, that laptop can read and write every observation of the school.",
    ),
    "privacy.tui.approve": ("Setujui", "Approve"),
    "privacy.sealed.no_key": (
        "terenkripsi dengan kunci data yang belum ada di laptop ini (belum terunduh?); dicoba lagi pada sinkronisasi berikutnya",
        "encrypted under a data key this laptop does not have yet (not downloaded yet?); tried again at the next sync",
    ),
    "privacy.sealed.forgotten": (
        "milik guru yang datanya sudah dihapus (teachers forget); tidak dapat dibuka lagi oleh siapa pun",
        "belongs to a teacher whose data was erased (teachers forget); nobody can open it any more",
    ),
    "privacy.sealed.tampered": (
        "isi terenkripsinya diubah atau rusak; tidak diimpor",
        "its encrypted content was changed or is damaged; not imported",
    ),
    "privacy.help.devices_remove": (
        "keluarkan laptop yang hilang atau tidak dipakai lagi; kunci sekolah diganti sehingga laptop itu tidak dapat membaca apa pun yang ditulis sesudahnya",
        "remove a lost or retired laptop; the school key is replaced so it cannot read anything written afterwards",
    ),
    "privacy.devices.remove_confirm": (
        "Keluarkan perangkat {device} dari sekolah? Ia tidak akan dapat membaca apa pun yang ditulis sesudah ini, dan kirimannya tidak diterapkan lagi",
        "Remove device {device} from the school? It will not be able to read anything written after this, and nothing it sends is applied any more",
    ),
    "privacy.devices.removed": (
        "{label} ({device}) dikeluarkan; kunci sekolah baru dititipkan untuk perangkat yang tersisa.",
        "{label} ({device}) removed; a new school key is left for the remaining devices.",
    ),
    "privacy.devices.no_member": (
        "tidak ada satu perangkat anggota lain dengan id {which} (laptop ini tidak dapat mengeluarkan dirinya sendiri); lihat: observasi devices list",
        "no single other member device has the id {which} (this laptop cannot remove itself); see: observasi devices list",
    ),
}
