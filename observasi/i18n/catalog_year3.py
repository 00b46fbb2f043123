"""Messages of the supervision year, finished (issue 20, round 3): the bundle of any period
with data, drive buttons in the file picker, the programme's versions that met, and the
programme files a forgotten teacher's name is taken out of."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the evidence bundle of any period with data ------------------------------------------------
    "year3.bundle.has_data": (
        "Periode dengan observasi final {name}: {periods} (pilih dengan --semester atau --year)",
        "Periods with final observations of {name}: {periods} (choose one with --semester or --year)",
    ),
    "year3.bundle.none_at_all": (
        "{name} belum punya observasi final sama sekali",
        "{name} has no final observation at all",
    ),
    "year3.bundle.period": ("Periode:", "Period:"),
    "year3.bundle.make": ("Buat zip", "Make the zip"),
    # -- forgetting a teacher: the printed programmes and reports ------------------------------
    "year3.forget.printed": (
        "{count} PDF program dan laporan supervisi di {folder} dapat memuat nama guru ini dan juga dihapus "
        "(cetak lagi dari Program supervisi sesudahnya).",
        "{count} supervision programme and report PDFs in {folder} may hold this teacher's name and are erased "
        "too (print them again from the supervision programme afterwards).",
    ),
    "year3.forget.printed_done": (
        "{count} PDF program dan laporan dihapus dari {folder}; cetak lagi dari Program supervisi.",
        "{count} programme and report PDFs deleted from {folder}; print them again from the supervision programme.",
    ),
}
