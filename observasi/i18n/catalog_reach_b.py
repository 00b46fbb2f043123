"""Messages of the supervision year reached from the app (issue 20): the semester's report
from the planner, a teacher's evidence bundle, the file picker: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- making a file (tui/dialogs/make_file.py) ---------------------------------------------
    "reachb.make.key.print": ("Cetak", "Print"),
    "reachb.make.sign": (
        "Tandatangani secara digital dengan kunci laptop ini",
        "Sign digitally with this laptop's key",
    ),
    "reachb.make.nothing_yet": ("Belum ada berkas yang dibuat", "No file made yet"),
    # -- the semester's report from the planner ------------------------------------------------
    "reachb.report.key": ("Laporan", "Report"),
    "reachb.report.title": ("Laporan supervisi akademik {semester}", "Academic supervision report {semester}"),
    "reachb.report.lines": (
        "{rows} guru dalam jadwal; {observed} dari {teachers} guru sudah disupervisi semester ini.",
        "{rows} teachers scheduled; {observed} of {teachers} teachers observed this semester.",
    ),
    "reachb.report.holds": (
        "PDF: pendahuluan, pelaksanaan dan cakupan tiap guru, hasil, tindak lanjut, penutup, tanda tangan.",
        "PDF: introduction, what was done and each teacher's coverage, results, follow-up, closing, signatures.",
    ),
    "reachb.report.save": ("Simpan PDF", "Save PDF"),
}
