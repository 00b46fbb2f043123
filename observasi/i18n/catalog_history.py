"""Messages of a record's history and restore, and laptops by name (branch history)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "history.laptop.named": ("Laptop {name}", "Laptop {name}"),
    "history.laptop.this": ("{name} (laptop ini)", "{name} (this laptop)"),
    "history.when": ("{date} {time}", "{date} {time}"),
    "history.time_format": ("%H.%M", "%H:%M"),
    "history.side": ("{laptop}, {time}", "{laptop}, {time}"),
    # What a version is.
    "history.kind.created": ("Dibuat", "Created"),
    "history.kind.edit": ("Diubah", "Edited"),
    "history.kind.finalised": ("Difinalkan", "Finalised"),
    "history.kind.merge": ("Gabungan otomatis versi {note}", "Automatic merge of versions {note}"),
    "history.kind.resolution": ("Konflik diputuskan (versi {note})", "Conflict decided (versions {note})"),
    "history.kind.amendment": ("Amandemen", "Amendment"),
    "history.kind.restore": ("Pemulihan versi {note}", "Restore of version {note}"),
    "history.kind.deleted": ("Dihapus", "Deleted"),
    "history.mark.amendment": ("Amandemen: {reason}", "Amendment: {reason}"),
    "history.mark.conflict": ("menunggu keputusan (konflik)", "waiting for a decision (conflict)"),
    "history.mark.latest": ("terbaru", "latest"),
    "history.no_changes": ("(isi tidak berubah)", "(content unchanged)"),
    "history.change": ("{part}: {before} → {after}", "{part}: {before} → {after}"),
    "history.part.recommendation": ("Rekomendasi {key}", "Recommendation {key}"),
    "history.value.na": ("T/A", "N/A"),
    "history.value.entries": ("{count} entri", "{count} entries"),
    # The command line.
    "history.cli.title": (
        "Riwayat observasi {id} ({teacher}): {count} versi, terbaru di atas",
        "History of observation {id} ({teacher}): {count} versions, newest first",
    ),
    "history.cli.version": (
        "Versi {number} · {when} · {laptop} · {author} · {kind}",
        "Version {number} · {when} · {laptop} · {author} · {kind}",
    ),
    "history.cli.restore_hint": (
        "Memulihkan versi lama: observasi restore {id} --version NOMOR",
        "To restore an earlier version: observasi restore {id} --version NUMBER",
    ),
    "history.cli.status": ("status: {status}", "status: {status}"),
    "history.cli.plan": (
        "Memulihkan versi {number} ({when}, {laptop}) sebagai versi baru. Yang berubah:",
        "Restoring version {number} ({when}, {laptop}) as a new version. What changes:",
    ),
    "history.cli.plan_final": (
        "Observasi ini final: pemulihan dicatat sebagai amandemen (alasan: {reason}); "
        "observasi kembali ke refleksi dan perlu difinalkan lagi.",
        "This observation is final: the restore is recorded as an amendment (reason: {reason}); "
        "the observation goes back to reflection and needs finalising again.",
    ),
    "history.cli.nothing_lost": (
        "Tidak ada yang dihapus: versi sekarang tetap ada di riwayat.",
        "Nothing is deleted: the current version stays in the history.",
    ),
    "history.cli.confirm": ("Pulihkan?", "Restore?"),
    "history.cli.restored": (
        "Versi {number} dipulihkan sebagai versi baru.",
        "Version {number} restored as a new version.",
    ),
    "history.cli.cancelled": ("Dibatalkan; tidak ada yang berubah.", "Cancelled; nothing changed."),
    "history.help.history": (
        "Riwayat: ID observasi -> semua versinya; nama guru -> riwayat supervisinya",
        "History: an observation ID -> all its versions; a teacher's name -> their supervision history",
    ),
    "history.help.restore": (
        "Pulihkan versi lama sebuah observasi sebagai versi baru (tidak ada yang dihapus)",
        "Restore an earlier version of an observation as a new version (nothing is deleted)",
    ),
    "history.help.version": (
        "Nomor versi (dari 'observasi history ID') atau awal ID revisinya",
        "The version number (from 'observasi history ID') or the start of its revision id",
    ),
    "history.help.reason": (
        "Alasan amandemen (wajib untuk observasi final)",
        "The amendment's reason (required for a final observation)",
    ),
    "history.help.yes": ("Pulihkan tanpa bertanya", "Restore without asking"),
    "history.help.keep": (
        "Simpan satu versi utuh: A atau B seperti di 'observasi conflicts', atau awal id revisinya.",
        "Keep one version whole: A or B as 'observasi conflicts' lists them, or the start of its revision id.",
    ),
    # Errors.
    "history.err.ambiguous_side": (
        "'{id}' cocok dengan kedua versi. Tulis A atau B, atau id yang lebih panjang: {a} (A), {b} (B).",
        "'{id}' matches both versions. Write A or B, or a longer id: {a} (A), {b} (B).",
    ),
    "history.err.no_version": (
        "Tidak ada versi '{which}' pada observasi {id}. Lihat nomornya dengan: observasi history {id}",
        "Observation {id} has no version '{which}'. See the numbers with: observasi history {id}",
    ),
    "history.err.conflict": (
        "Observasi {id} menunggu keputusan konflik. Putuskan dulu (layar Sinkron, atau observasi conflicts), "
        "lalu pulihkan.",
        "Observation {id} is waiting for a conflict decision. Decide it first (the Sync screen, or "
        "observasi conflicts), then restore.",
    ),
    "history.err.deleted_version": (
        "Versi {number} adalah penghapusan; pilih versi yang berisi catatan.",
        "Version {number} is a deletion; choose a version that holds the record.",
    ),
    "history.err.same": (
        "Isi observasi sekarang sudah sama dengan versi {number}; tidak ada yang dipulihkan.",
        "The observation already holds the content of version {number}; nothing to restore.",
    ),
    "history.err.reason": (
        'Observasi ini final: pemulihan adalah amandemen dan perlu alasan (--reason "...").',
        'This observation is final: a restore is an amendment and needs a reason (--reason "...").',
    ),
    # The app.
    "history.tui.key.versions": ("Riwayat", "History"),
    "history.tui.cmd_help": (
        "Semua versi observasi ini: kapan, laptop mana, siapa, apa yang berubah; pulihkan versi lama",
        "Every version of this observation: when, which laptop, who, what changed; restore an earlier one",
    ),
    "history.tui.read_only": ("isi versi ini, baca saja", "this version's content, read-only"),
    "history.tui.title": ("Riwayat versi", "Version history"),
    "history.tui.heading": (
        "{teacher} · {count} versi, terbaru di atas",
        "{teacher} · {count} versions, newest first",
    ),
    "history.tui.caption": (
        "Versi {number} · {when} · {laptop} · {author}",
        "Version {number} · {when} · {laptop} · {author}",
    ),
    "history.tui.banner": ("Versi {number} · {when} · {laptop}", "Version {number} · {when} · {laptop}"),
    "history.tui.col.number": ("No", "No"),
    "history.tui.col.when": ("Waktu", "When"),
    "history.tui.col.laptop": ("Laptop", "Laptop"),
    "history.tui.col.author": ("Pengamat", "Observer"),
    "history.tui.col.kind": ("Perubahan", "Change"),
    "history.tui.key.view": ("Lihat isi", "View"),
    "history.tui.key.restore": ("Pulihkan", "Restore"),
    "history.tui.restore_title": ("Pulihkan versi {number}?", "Restore version {number}?"),
    "history.tui.restore_help": (
        "Jadikan isi versi yang disorot sebagai versi baru (tidak ada yang dihapus)",
        "Make the highlighted version's content a new version (nothing is deleted)",
    ),
    "history.tui.amend_title": (
        "Pulihkan versi {number}: observasi final, jadi ini amandemen",
        "Restore version {number}: the observation is final, so this is an amendment",
    ),
    "history.tui.help": (
        "Semua versi observasi ini, terbaru di atas: kapan (waktu laptop ini), di laptop mana, oleh siapa, "
        "dan di bawah tabel apa yang diubah versi yang disorot (nilai lama → baru, teks lengkap). Gabungan, "
        "konflik, amandemen, dan pemulihan ditandai. Enter menampilkan seluruh isi versi itu. p memulihkan "
        "versi yang disorot sebagai versi baru setelah Anda melihat apa yang berubah; tidak ada yang dihapus, "
        "versi sekarang tetap di riwayat. Observasi final dipulihkan lewat amandemen dengan alasan, lalu "
        "kembali ke refleksi sampai difinalkan lagi.",
        "Every version of this observation, newest first: when (this laptop's time), on which laptop, by whom, "
        "and under the table what the highlighted version changed (old value → new, texts in full). Merges, "
        "conflicts, amendments and restores are marked. Enter shows that version's whole content. p restores "
        "the highlighted version as a new version after you have seen what changes; nothing is deleted, the "
        "current version stays in the history. A final observation is restored through an amendment with a "
        "reason, and goes back to reflection until it is finalised again.",
    ),
}
