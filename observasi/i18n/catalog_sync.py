"""Messages of the shared-folder sync (CLI, app screen and the reasons given for files)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Why a file in the shared folder was not taken (each shown next to the file's name).
    "sync.bad.empty": (
        "file kosong (mungkin belum selesai diunduh); dicoba lagi pada sinkronisasi berikutnya",
        "empty file (perhaps not downloaded yet); tried again at the next sync",
    ),
    "sync.bad.truncated": (
        "file terpotong (mungkin belum selesai diunduh); dicoba lagi pada sinkronisasi berikutnya",
        "file cut short (perhaps still downloading); tried again at the next sync",
    ),
    "sync.bad.huge": (
        "file terlalu besar (lebih dari {limit} MB); bukan file observasi",
        "file too large (over {limit} MB); not an observasi file",
    ),
    "sync.bad.deep": (
        "isi JSON bersarang terlalu dalam; bukan file observasi",
        "JSON nested too deeply; not an observasi file",
    ),
    "sync.bad.encoding": ("bukan teks UTF-8", "not UTF-8 text"),
    "sync.bad.json": ("bukan JSON yang sah ({detail})", "not valid JSON ({detail})"),
    "sync.bad.not_revision": ("bukan revisi observasi", "not an observasi revision"),
    "sync.bad.version": (
        "dibuat oleh versi observasi yang lebih baru (format {version}); perbarui program",
        "written by a newer observasi (format {version}); update the program",
    ),
    "sync.bad.fields": ("isian hilang: {fields}", "fields missing: {fields}"),
    "sync.bad.ids": ("id revisi atau observasi tidak sah", "invalid revision or observation id"),
    "sync.bad.device": ("id perangkat tidak sah", "invalid device id"),
    "sync.bad.shape": ("isian berjenis salah", "fields of the wrong type"),
    "sync.bad.hash": (
        "isi tidak cocok dengan hash-nya (diubah di luar observasi?); tidak diimpor",
        "content does not match its hash (edited outside observasi?); not imported",
    ),
    "sync.bad.signature": (
        "tanda tangan perangkat tidak cocok; tidak diimpor",
        "device signature does not match; not imported",
    ),
    "sync.bad.other_key": (
        "ditandatangani kunci lain dari yang biasa dipakai perangkat ini; tidak diimpor",
        "signed with another key than this device used before; not imported",
    ),
    "sync.bad.same_id": (
        "id revisi sudah ada dengan isi berbeda; tidak diimpor",
        "a revision with this id already exists with other content; not imported",
    ),
    "sync.bad.name_mismatch": (
        "nama file tidak cocok dengan id di dalamnya; tidak diimpor",
        "file name does not match the id inside; not imported",
    ),
    "sync.bad.wrong_folder": (
        "berada di folder perangkat lain; tidak diimpor",
        "sits in another device's folder; not imported",
    ),
    "sync.bad.not_form": ("bukan formulir observasi", "not an observasi form"),
    "sync.bad.form_invalid": ("formulir tidak sah: {detail}", "invalid form: {detail}"),
    "sync.bad.form_missing": (
        "formulir {form} belum ada di laptop ini; dicoba lagi pada sinkronisasi berikutnya",
        "form {form} is not on this laptop yet; tried again at the next sync",
    ),
    "sync.bad.record_invalid": (
        "catatan tidak dapat dibaca versi ini: {detail}",
        "record cannot be read by this version: {detail}",
    ),
    "sync.bad.unknown": ("bukan file yang ditulis observasi; dibiarkan", "not a file observasi writes; left alone"),
    "sync.bad.not_file": (
        "bukan file biasa (folder atau tautan); dibiarkan",
        "not a plain file (a folder or a link); left alone",
    ),
    "sync.bad.unreadable": (
        "tidak dapat dibaca ({detail}); dicoba lagi pada sinkronisasi berikutnya",
        "cannot be read ({detail}); tried again at the next sync",
    ),
    # Errors.
    "sync.err.no_folder": (
        "Folder bersama belum ditentukan: jalankan `observasi sync --folder FOLDER`.",
        "No shared folder set: run `observasi sync --folder FOLDER`.",
    ),
    "sync.err.unreachable": (
        "Folder bersama {path} tidak dapat dijangkau (tidak ada atau bukan folder).",
        "The shared folder {path} cannot be reached (missing or not a folder).",
    ),
    "sync.err.unreachable_detail": (
        "Folder bersama {path} tidak dapat dijangkau: {detail}.",
        "The shared folder {path} cannot be reached: {detail}.",
    ),
    "sync.err.no_head": (
        "Tidak ada versi {id} di antara versi yang bertentangan.",
        "No version {id} among the conflicting versions.",
    ),
    "sync.err.no_conflict": ("Observasi {id} tidak sedang bertentangan.", "Observation {id} is not in conflict."),
    # CLI.
    "sync.help.sync": (
        "Kirim dan terima observasi lewat folder bersama (Google Drive, OneDrive, Dropbox, ...).",
        "Send and receive observations through the shared folder (Google Drive, OneDrive, Dropbox, ...).",
    ),
    "sync.help.folder": ("Folder bersama (diingat untuk berikutnya).", "The shared folder (remembered for next time)."),
    "sync.help.conflicts": (
        "Daftar observasi yang diubah di dua laptop dan menunggu keputusan.",
        "List observations changed on two laptops, waiting for a decision.",
    ),
    "sync.help.resolve": (
        "Selesaikan konflik dengan mempertahankan satu versi.",
        "Resolve a conflict by keeping one version.",
    ),
    "sync.help.keep": (
        "Id (awal) versi yang dipertahankan, lihat `observasi conflicts`.",
        "The (start of the) id of the version to keep, see `observasi conflicts`.",
    ),
    "sync.cli.problem": ("Masalah: {path}: {reason}", "Problem: {path}: {reason}"),
    "sync.cli.conflict": (
        "Konflik: {id} ({teacher}): {count} versi; selesaikan di aplikasi atau dengan `observasi resolve`.",
        "Conflict: {id} ({teacher}): {count} versions; resolve in the app or with `observasi resolve`.",
    ),
    "sync.cli.no_conflicts": ("Tidak ada konflik.", "No conflicts."),
    "sync.cli.conflicts_header": (
        "Observasi\tGuru\tVersi\tPerangkat\tPenulis\tWaktu (UTC)\tStatus",
        "Observation\tTeacher\tVersion\tDevice\tAuthor\tTime (UTC)\tStatus",
    ),
    "sync.cli.resolved": (
        "Konflik {id} diselesaikan; keputusan ini akan dikirim ke laptop lain.",
        "Conflict {id} resolved; the decision travels to the other laptops.",
    ),
    "sync.cli.deleted": ("dihapus", "deleted"),
    # The app.
    "sync.screen.title": ("Sinkronisasi", "Sync"),
    "sync.screen.folder": ("Folder bersama: {path}", "Shared folder: {path}"),
    "sync.screen.no_folder": ("Folder bersama belum ditentukan.", "No shared folder set."),
    "sync.screen.running": ("Menyinkronkan...", "Syncing..."),
    "sync.screen.last": (
        "Sinkronisasi terakhir: {when} · belum terkirim: {pending}",
        "Last sync: {when} · not yet sent: {pending}",
    ),
    "sync.screen.never": ("belum pernah", "never"),
    "sync.screen.problems": ("Masalah ({count})", "Problems ({count})"),
    "sync.screen.conflicts": ("Konflik ({count})", "Conflicts ({count})"),
    "sync.screen.none": ("Tidak ada.", "None."),
    "sync.screen.col_file": ("File", "File"),
    "sync.screen.col_reason": ("Alasan", "Reason"),
    "sync.screen.col_observation": ("Observasi", "Observation"),
    "sync.screen.col_teacher": ("Guru", "Teacher"),
    "sync.screen.col_versions": ("Versi", "Versions"),
    "sync.screen.error": ("Sinkronisasi gagal: {detail}", "Sync failed: {detail}"),
    "sync.key.sync": ("Sinkronkan", "Sync"),
    "sync.key.open": ("Buka konflik", "Open conflict"),
    "sync.key.back": ("Kembali", "Back"),
    "sync.conflict.title": ("Konflik: {teacher}", "Conflict: {teacher}"),
    "sync.conflict.intro": (
        "Observasi ini diubah di dua laptop. Pilih versi untuk setiap bagian yang berbeda, "
        "lalu simpan. Tidak ada yang hilang: kedua versi tetap tersimpan dalam riwayat.",
        "This observation was changed on two laptops. Choose a version for each part that "
        "differs, then save. Nothing is lost: both versions stay in the history.",
    ),
    "sync.conflict.side": (
        "Versi {label}: {author}, perangkat {device}, {when}",
        "Version {label}: {author}, device {device}, {when}",
    ),
    "sync.conflict.col_part": ("Bagian", "Part"),
    "sync.conflict.col_choice": ("Pilih", "Choice"),
    "sync.conflict.absent": ("(tidak ada)", "(absent)"),
    "sync.conflict.deleted": ("(dihapus)", "(deleted)"),
    "sync.conflict.same": ("Kedua versi sama isinya.", "Both versions have the same content."),
    "sync.conflict.saved": ("Konflik diselesaikan.", "Conflict resolved."),
    "sync.conflict.keep_a": ("Pakai A semua", "Keep A"),
    "sync.conflict.keep_b": ("Pakai B semua", "Keep B"),
    "sync.conflict.toggle": ("Ganti pilihan", "Switch choice"),
    "sync.conflict.save": ("Simpan gabungan", "Save merge"),
    "sync.conflict.error": ("Tidak dapat menyimpan: {detail}", "Cannot save: {detail}"),
    "sync.part.ratings": ("Skor {key}", "Rating {key}"),
    "sync.part.reflection": ("Refleksi {key}", "Reflection {key}"),
    "sync.part.evidence": ("Catatan bukti", "Evidence note"),
    "sync.part.followups": ("Tindak lanjut", "Follow-up"),
}
