"""Messages of narrow screens, click's own texts and screens refreshed by a sync (branch screens)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "screens.home.class_subject": ("Kelas · Mapel", "Class·Subject"),
    "screens.home.form_code": ("Instr", "Form"),
    "screens.newer_kept": (
        "Versi lebih baru dari observasi ini tiba (sinkronisasi); isian Anda yang belum tersimpan tetap di layar",
        "A newer version of this observation arrived (sync); what you typed and has not been saved stays on the screen",
    ),
}
