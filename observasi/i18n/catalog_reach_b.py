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
    "reachb.prog.title": ("Program supervisi akademik {semester}", "Academic supervision programme {semester}"),
    "reachb.prog.lines": (
        "{rows} baris jadwal; tim supervisi {team} orang.",
        "{rows} schedule rows; a supervision team of {team}.",
    ),
    "reachb.prog.holds": (
        'PDF: tujuan, sasaran, tim, instrumen, jadwal, "Mengetahui, Pengawas Sekolah" dan tanda tangan.',
        'PDF: purpose, targets, team, forms, schedule, "Mengetahui, Pengawas Sekolah" and signatures.',
    ),
    "reachb.report.save": ("Simpan PDF", "Save PDF"),
    # -- a teacher's evidence bundle -----------------------------------------------------------
    "reachb.bundle.key": ("Bukti dukung", "Evidence bundle"),
    "reachb.bundle.cmd_help": (
        "Bukti dukung (zip) guru observasi yang dipilih: lembar, lampiran, ringkasan",
        "The evidence bundle (zip) of the selected observation's teacher: sheets, attachments, summary",
    ),
    "reachb.bundle.title": ("Bukti dukung guru (zip)", "Teacher's evidence bundle (zip)"),
    "reachb.bundle.teacher": ("Guru: {name}", "Teacher: {name}"),
    "reachb.bundle.period_line": (
        "{period}: {sheets} observasi final, {files} lampiran",
        "{period}: {sheets} final observations, {files} attachments",
    ),
    "reachb.bundle.holds": (
        "Zip berisi lembar umpan balik tiap observasi final, lampirannya, dan ringkasan satu halaman. "
        "Pilih periodenya:",
        "The zip holds the feedback sheet of each final observation, its attachments, and a one-page "
        "summary. Choose the period:",
    ),
    "reachb.bundle.sign": (
        "Tandatangani lembar milik pengguna laptop ini",
        "Sign the sheets that belong to this laptop's user",
    ),
    "reachb.bundle.no_teacher": (
        "Guru observasi ini sudah dihapus dari daftar",
        "This observation's teacher was taken off the list",
    ),
    # -- the file picker (tui/dialogs/file_picker.py) --------------------------------------------
    "reachb.pick.hint": (
        "↑↓ pilih; Enter membuka folder atau melampirkan berkas; Backspace ke folder atas. Hanya PDF, foto "
        "dan dokumen Office yang tampil; maks. {limit}.",
        "↑↓ choose; Enter opens a folder or attaches the file; Backspace goes to the folder above. Only PDFs, "
        "photos and Office documents are shown; max. {limit}.",
    ),
    "reachb.pick.where": ("Folder: {folder}", "Folder: {folder}"),
    "reachb.pick.up": ("Folder atas", "Folder above"),
    "reachb.pick.path": (
        "Atau tulis path berkas atau folder (mis. flashdisk E:\\); Ctrl+S",
        "Or type a file's or folder's path (e.g. a USB stick's E:\\); Ctrl+S",
    ),
    "reachb.pick.path_placeholder": (
        "mis. C:\\Users\\Guru\\Downloads\\modul.pdf",
        "e.g. C:\\Users\\Teacher\\Downloads\\modul.pdf",
    ),
    "reachb.pick.attach": ("Lampirkan", "Attach"),
    "reachb.pick.key.attach": ("Lampirkan", "Attach"),
    "reachb.pick.key.choose": ("Buka folder / lampirkan", "Open folder / attach"),
    "reachb.pick.key.up": ("Folder atas", "Folder above"),
    "reachb.pick.nothing": (
        "Pilih berkas di daftar atau tulis path-nya dulu",
        "Choose a file in the list or type its path first",
    ),
}
