"""Messages of narrow screens, click's own texts and screens refreshed by a sync (branch screens)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "screens.home.class_subject": ("Kelas · Mapel", "Class·Subject"),
    "screens.home.form_code": ("Instr", "Form"),
}
