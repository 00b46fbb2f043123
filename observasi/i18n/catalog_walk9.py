"""Strings of the round-9 walk (roster, conflicts, history, settings, checking a signed sheet)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- checking a signed PDF in the app (Settings, the command palette) -----------------------
    "walk9.verify.button": ("Periksa lembar bertanda tangan", "Check a signed sheet"),
    "walk9.verify.cmd": ("Periksa lembar bertanda tangan", "Check a signed sheet"),
    "walk9.verify.cmd_help": (
        "Periksa tanda tangan digital lembar umpan balik atau rekap PDF, mis. dari rekan",
        "Check the digital signature of a feedback sheet or recap PDF, e.g. a colleague's",
    ),
    "walk9.verify.pick_title": ("Pilih lembar PDF yang akan diperiksa", "Choose the PDF sheet to check"),
    "walk9.verify.pick_hint": (
        "↑↓ pilih; Enter membuka folder atau memeriksa berkas; Backspace ke folder atas. Hanya PDF yang tampil.",
        "↑↓ choose; Enter opens a folder or checks the file; Backspace goes to the folder above. Only PDFs are shown.",
    ),
    "walk9.verify.key": ("Periksa", "Check"),
    "walk9.verify.no_file": (
        "Berkas {path} tidak ada; periksa penulisannya atau pilih di daftar",
        "There is no file {path}; check the spelling or choose it in the list",
    ),
    "walk9.verify.checking": ("Memeriksa tanda tangan {name}...", "Checking the signature of {name}..."),
    "walk9.verify.title": ("Pemeriksaan tanda tangan: {name}", "Signature check: {name}"),
    # -- a change of several lines in the history and the restore question --------------------
    "walk9.history.before": ("sebelum", "before"),
    "walk9.history.after": ("sesudah", "after"),
    # -- a path with a file's name where a folder should be ----------------------------------
    "walk9.os.not_a_folder": (
        "lokasinya memakai nama berkas sebagai folder; periksa lokasinya",
        "the path uses a file's name as a folder; check the path",
    ),
}
