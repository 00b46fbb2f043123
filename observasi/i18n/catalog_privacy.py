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
        "Yang tersisa hanya tanda hapus (id, instrumen, tanggal) yang dikirim ke folder bersama agar laptop lain ikut menyembunyikan observasi ini; berkas yang sudah ada di folder bersama atau laptop lain, dan lembar atau ekspor yang disimpan ke folder pilihan sendiri, tidak diubah dari sini.",
        "Only deletion marks remain (id, form, date); they go to the shared folder so other laptops hide these observations too; files already in the shared folder or on other laptops, and sheets or exports saved to a folder of your choice, are not changed from here.",
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
}
