"""Messages of a record's history and restore, and laptops by name (branch history)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "history.laptop.named": ("Laptop {name}", "Laptop {name}"),
    "history.when": ("{date} {time}", "{date} {time}"),
    "history.time_format": ("%H.%M", "%H:%M"),
    "history.side": ("{laptop}, {time}", "{laptop}, {time}"),
    # What a version is.
    "history.kind.created": ("Dibuat", "Created"),
    "history.kind.edit": ("Diubah", "Edited"),
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
    "history.value.na": ("T/A", "N/A"),
    "history.value.entries": ("{count} entri", "{count} entries"),
    # The command line.
    "history.cli.title": (
        "Riwayat observasi {id} ({teacher}): {count} versi, terbaru di atas",
        "History of observation {id} ({teacher}): {count} versions, newest first",
    ),
    "history.cli.version": (
        "Versi {number} [{rev}] {when} · {laptop} · {author} · {kind}",
        "Version {number} [{rev}] {when} · {laptop} · {author} · {kind}",
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
    # Errors.
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
}
