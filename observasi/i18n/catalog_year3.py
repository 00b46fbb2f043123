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
    "year3.bundle.make": ("Buat zip", "Make the zip"),
    # -- the planner's documents --------------------------------------------------------------------
    "year.tui.prog.writing": ("Menyiapkan PDF...", "Preparing the PDF..."),
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
    # -- a programme changed on two laptops ----------------------------------------------------------
    "year3.clash.row": ("Jadwal: {teacher}", "Schedule: {teacher}"),
    "year3.clash.row_out": ("(dikeluarkan dari jadwal)", "(taken out of the schedule)"),
    "year3.clash.supervisor": ("Pengawas sekolah (Mengetahui)", "School supervisor (Acknowledged by)"),
    "year3.clash.title": (
        "Program supervisi {semester}: diubah di dua laptop",
        "Supervision programme {semester}: changed on two laptops",
    ),
    "year3.clash.intro": (
        "A = laptop ini, B = {laptop}; yang hanya diubah di satu laptop digabung tanpa bertanya, dan baris "
        "jadwal yang ditambah di satu laptop tetap ada. Di bawah ini bagian yang diubah berbeda di keduanya: "
        "pilih A atau B untuk tiap bagian (a / b; semua: Shift+A / Shift+B), lalu Ctrl+S.",
        "A = this laptop, B = {laptop}; what only one laptop changed is merged without asking, and a schedule "
        "row added on one laptop stays. Below are the parts both changed differently: choose A or B for each "
        "(a / b; all: Shift+A / Shift+B), then Ctrl+S.",
    ),
    "year3.clash.taken": ("Diambil dari B: {parts}", "Taken from B: {parts}"),
    "year3.clash.taken_none": ("Diambil dari B: tidak ada", "Taken from B: nothing"),
    "year3.clash.side_a": ("A, laptop ini:", "A, this laptop:"),
    "year3.clash.side_b": ("B, {laptop}:", "B, {laptop}:"),
    "year3.clash.saved": (
        "Program disimpan dengan pilihan Anda; laptop lain menerimanya pada sinkronisasi berikutnya.",
        "Programme saved with your choices; the other laptops receive it at their next sync.",
    ),
    "year3.clash.none": ("Tidak ada lagi yang perlu dipilih.", "Nothing left to choose."),
    "year3.clash.waiting": (
        "Program ini diubah di dua laptop: {count} bagian menunggu pilihan Anda (tekan k).",
        "This programme was changed on two laptops: {count} parts wait for your choice (press k).",
    ),
    "year3.clash.key": ("Dua versi", "Two versions"),
    "year3.clash.programme": ("Program supervisi {semester}", "Supervision programme {semester}"),
    "year3.clash.cli": (
        "Program diubah di dua laptop, menunggu pilihan (buka Program & jadwal, tombol k): {count}",
        "Programmes changed on two laptops, waiting for a choice (open the planner, key k): {count}",
    ),
    "year3.clash.after_sync": (
        "Program supervisi {semester} diubah berbeda di dua laptop: pilih versinya di Program & jadwal (tombol k)",
        "Supervision programme {semester} was changed differently on two laptops: choose in the planner (key k)",
    ),
    "year3.clash.open": (
        "diubah di dua laptop: Enter untuk memilih",
        "changed on two laptops: Enter to choose",
    ),
}
