"""Messages of the record's rules (observasi.core.lesson), the live-record service and the
database's refusals."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the locks -------------------------------------------------------------------------
    "lesson.err.locked": (
        "observasi ini sudah final; ubah lewat amandemen dengan alasan",
        "this observation is final; change it through an amendment with a reason",
    ),
    "lesson.err.conflict": (
        "observasi ini diubah di dua laptop; selesaikan konfliknya dulu (Sinkronkan → Konflik)",
        "this observation was changed on two laptops; resolve the conflict first (Sync → Conflicts)",
    ),
    # -- changes that do not apply ----------------------------------------------------------
    "lesson.err.no_indicator": ("indikator {id} tidak ada di instrumen ini", "indicator {id} is not in this form"),
    "lesson.err.no_level": (
        "tingkat {level} tidak ada di skala instrumen ini",
        "level {level} is not on this form's scale",
    ),
    "lesson.err.no_na": ("instrumen ini tidak mengizinkan T/A", "this form does not allow N/A"),
    "lesson.err.reason": ("amandemen memerlukan alasan", "an amendment needs a reason"),
    "lesson.err.not_final": ("hanya observasi final yang diamandemen", "only a final observation can be amended"),
    "lesson.err.started": ("pelajaran ini sudah dimulai", "this lesson has already started"),
    "lesson.err.not_observing": (
        "jam pelajaran tidak sedang berjalan (mulai dengan ctrl+n)",
        "the lesson clock is not running (start it with ctrl+n)",
    ),
    "lesson.err.no_stage": ("tahap {stage} tidak dikenal", "{stage} is not a lesson stage"),
    "lesson.err.last_stage": (
        "Sudah tahap terakhir; ctrl+l mengakhiri pelajaran",
        "This is the last stage; ctrl+l ends the lesson",
    ),
    "lesson.err.empty_text": ("isian ini kosong; tidak ada yang disimpan", "this is empty; nothing was saved"),
    "lesson.err.no_evidence": ("catatan bukti itu tidak ada (lagi)", "that evidence line is not there (any more)"),
    "lesson.err.no_tally": ("hitungan {name} tidak ada di instrumen ini", "this form has no tally {name}"),
    "lesson.err.no_snapshot": ("instrumen ini tidak meminta potret kelas", "this form asks for no snapshots"),
    "lesson.err.no_question": (
        "pertanyaan refleksi {id} tidak ada di instrumen ini",
        "this form has no reflection question {id}",
    ),
    "lesson.err.no_followup": (
        "butir tindak lanjut itu tidak ada (lagi)",
        "that follow-up item is not there (any more)",
    ),
    # -- the database ------------------------------------------------------------------------
    "store.err.busy": (
        "basis data {path} sedang dipakai program lain; perubahan belum tersimpan",
        "the database {path} is in use by another program; the change is not saved yet",
    ),
    "store.err.write": (
        "basis data {path} menolak penyimpanan ({detail}); perubahan belum tersimpan",
        "the database {path} refused to save ({detail}); the change is not saved",
    ),
}
