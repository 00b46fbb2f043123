"""Messages of the supervision year: what needs attention, follow-ups marked done,
periods: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- periods (core/period.py) ------------------------------------------------------------
    "year.period.calendar": ("Tahun {year}", "Year {year}"),
    "year.help.year": (
        "rekap satu tahun kalender (Januari-Desember), mis. 2026: periode laporan kinerja",
        "the recap of one calendar year (January-December), e.g. 2026: the performance report's period",
    ),
    "year.tui.period_placeholder": ("2026-1, Genap 2026, atau 2026", "2026-1, Genap 2026, or 2026"),
    "year.err.year": ("'{value}' bukan tahun (tulis misalnya 2026)", "'{value}' is not a year (write e.g. 2026)"),
    # -- follow-ups marked done ---------------------------------------------------------------
    "year.err.done_date": (
        "tanggal selesai '{value}' tidak dikenali; tulis misalnya 24/11/2026 atau 2026-11-24",
        "the day done '{value}' is not a date; write e.g. 24/11/2026 or 2026-11-24",
    ),
    "year.err.done_future": (
        "tanggal selesai {date} belum tiba; tindak lanjut hanya dapat ditandai selesai sampai hari ini",
        "the day done {date} has not come yet; a follow-up can be marked done up to today",
    ),
    "year.err.no_followup": (
        "tidak ada butir tindak lanjut '{which}' di observasi ini (ada {count} butir; tulis nomornya, mis. 1)",
        "no follow-up item '{which}' in this observation (it has {count}; give its number, e.g. 1)",
    ),
    # -- the CLI ---------------------------------------------------------------------------------
    "year.help.coverage": (
        "Yang perlu perhatian: observasi terjadwal minggu ini, guru yang belum diobservasi semester ini, "
        "tindak lanjut yang jatuh tempo atau lewat batas, dan observasi yang berkonflik",
        "What needs attention: observations planned this week, teachers not yet observed this semester, "
        "follow-ups due or overdue, and observations in conflict",
    ),
    "year.help.today": (
        "hitung seolah-olah hari ini tanggal ini (bawaan: tanggal laptop)",
        "count as if today were this date (default: the laptop's date)",
    ),
    "year.help.followup": ("Butir rencana tindak lanjut", "Follow-up plan items"),
    "year.help.followup_done": (
        "Tandai butir tindak lanjut ITEM (nomornya, mis. 1) dari observasi ID selesai, dengan catatan dan tanggal",
        "Mark follow-up item ITEM (its number, e.g. 1) of observation ID done, with a note and a date",
    ),
    "year.help.note": ("apa yang terlihat (catatan)", "what was seen (a note)"),
    "year.help.done_date": ("tanggal selesai (bawaan: hari ini)", "the day it was done (default: today)"),
    "year.cli.title": ("Perlu perhatian per {today}", "Needs attention as of {today}"),
    "year.cli.period": (
        "{period}: {observed} dari {teachers} guru sudah diobservasi",
        "{period}: {observed} of {teachers} teachers observed",
    ),
    "year.cli.planned": ("Terjadwal minggu ini ({week}): {count}", "Planned this week ({week}): {count}"),
    "year.cli.not_observed": ("Belum diobservasi semester ini: {count}", "Not yet observed this semester: {count}"),
    "year.cli.draft_on": ("draf {date}", "draft {date}"),
    "year.cli.overdue": ("Tindak lanjut lewat batas: {count}", "Follow-ups overdue: {count}"),
    "year.cli.due": (
        "Tindak lanjut jatuh tempo 7 hari ke depan: {count}",
        "Follow-ups due in the next 7 days: {count}",
    ),
    "year.cli.conflicts": ("Observasi berkonflik: {count}", "Observations in conflict: {count}"),
    "year.cli.done": ("Selesai {date}: {action}", "Done {date}: {action}"),
    # -- the home screen's panel and the attention screen -------------------------------------
    "year.tui.planned": ("Terjadwal minggu ini: {count}", "Planned this week: {count}"),
    "year.tui.not_observed": (
        "Belum diobservasi: {count} dari {teachers} guru",
        "Not yet observed: {count} of {teachers} teachers",
    ),
    "year.tui.followups": (
        "Tindak lanjut: {overdue} lewat batas, {due} jatuh tempo",
        "Follow-ups: {overdue} overdue, {due} due",
    ),
    "year.tui.conflicts": ("Konflik: {count}", "Conflicts: {count}"),
    "year.tui.title": ("Perlu perhatian", "Needs attention"),
    "year.tui.cmd_help": (
        "Observasi terjadwal, guru yang belum diobservasi, tindak lanjut jatuh tempo, konflik",
        "Planned observations, teachers not yet observed, follow-ups due, conflicts",
    ),
    "year.tui.help": (
        "Daftar yang perlu perhatian semester ini. Enter: buka observasi yang terjadwal, riwayat guru "
        "yang belum diobservasi, tandai tindak lanjut selesai (dengan catatan dan tanggal), atau buka "
        "Sinkronisasi untuk konflik. 1-4 melompat ke daftar; o membuka observasinya.",
        "What needs attention this semester. Enter: open a planned observation, the history of a teacher "
        "not yet observed, mark a follow-up done (with a note and a date), or open Sync for a conflict. "
        "1-4 jump to a list; o opens the observation.",
    ),
    "year.tui.key.done": ("Tandai selesai", "Mark done"),
    "year.tui.key.open": ("Buka observasi", "Open observation"),
    "year.tui.key.planned": ("Terjadwal minggu ini", "Planned this week"),
    "year.tui.key.teachers": ("Belum diobservasi", "Not yet observed"),
    "year.tui.key.followups": ("Tindak lanjut jatuh tempo", "Follow-ups due"),
    "year.tui.key.conflicts": ("Konflik", "Conflicts"),
    "year.tui.col.what": ("Perihal", "What"),
    "year.tui.col.date": ("Tanggal", "Date"),
    "year.tui.col.teacher": ("Guru", "Teacher"),
    "year.tui.col.detail": ("Keterangan", "Detail"),
    "year.tui.kind.planned": ("Terjadwal", "Planned"),
    "year.tui.kind.not_observed": ("Belum diobs.", "Not observed"),
    "year.tui.kind.overdue": ("Lewat batas", "Overdue"),
    "year.tui.kind.due": ("Jatuh tempo", "Due"),
    "year.tui.kind.conflict": ("Konflik", "Conflict"),
    "year.tui.versions": ("{count} versi; selesaikan di Sinkronisasi", "{count} versions; resolve in Sync"),
    "year.tui.nothing": ("Tidak ada yang perlu perhatian", "Nothing needs attention"),
    "year.tui.empty.planned": ("Tidak ada observasi terjadwal minggu ini", "No observation planned this week"),
    "year.tui.empty.teachers": (
        "Semua guru sudah diobservasi semester ini",
        "Every teacher has been observed this semester",
    ),
    "year.tui.empty.followups": ("Tidak ada tindak lanjut yang jatuh tempo", "No follow-up is due"),
    "year.tui.empty.conflicts": ("Tidak ada konflik", "No conflicts"),
    "year.tui.no_record": ("Baris ini bukan observasi", "This row is not an observation"),
    "year.tui.not_followup": (
        "Pilih baris tindak lanjut dulu (tekan 3)",
        "Choose a follow-up row first (press 3)",
    ),
    "year.tui.done_title": ("Tandai tindak lanjut selesai", "Mark follow-up done"),
    "year.tui.done_due": ("Batas waktu: {due}", "Due: {due}"),
    "year.tui.done_note": ("Catatan (apa yang terlihat)", "Note (what was seen)"),
    "year.tui.done_date": ("Tanggal selesai (kosong: hari ini)", "Day done (empty: today)"),
    "year.tui.done_save": ("Tandai selesai", "Mark done"),
}
