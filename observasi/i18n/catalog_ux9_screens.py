"""Messages of round 9's screens that still cut or hid things at 80x24 and 100x30 (ux9-screens):
the recap's buttons and columns, what "observed" counts, the teachers list, the follow-up
dialog and the sheet dialog after a save."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the recap screen: its buttons on a line of their own, each naming its key -----------------
    "ux9v.recap.xlsx": ("Ekspor XLSX (x)", "Export XLSX (x)"),
    "ux9v.recap.csv": ("Ekspor CSV (c)", "Export CSV (c)"),
    "ux9v.recap.pdf": ("Ekspor PDF (p)", "Export PDF (p)"),
    # -- the per-teacher table's short titles (every column fits at 80 columns) ---------------------
    "ux9v.recap.col.final": ("Final", "Final"),
    "ux9v.recap.col.latest": ("Terakhir", "Latest"),
    "ux9v.recap.col.average": ("Rata-rata", "Average"),
    # -- one meaning of "observed" in every recap (core.status.OBSERVED_STATUSES) ---------------------
    "ux9v.recap.col.final_count": ("Jumlah final", "Final count"),
    "ux9v.recap.head.observed": ("Guru diobservasi", "Teachers observed"),
    "ux9v.recap.note.observed": (
        "{observed} dari {known} guru (pelajaran terlaksana: refleksi atau final)",
        "{observed} of {known} teachers (lesson held: reflecting or final)",
    ),
    "ux9v.recap.note.pending": (
        "draf {draft}, sedang observasi {observing}, refleksi {reflecting} (belum final: tidak masuk nilai dan predikat)",
        "draft {draft}, observing {observing}, reflecting {reflecting} (not final: not in the nilai and predicates)",
    ),
    # -- the sheet dialog: an amendment's file, and what a save did -----------------------------------
    "ux9v.sheet.amendment": (
        "Amandemen ke-{number}: disimpan sebagai berkas baru berakhiran -amandemen-{number}.pdf; "
        "lembar yang sudah ada tidak ditimpa.",
        "Amendment {number}: saved as a new file ending in -amandemen-{number}.pdf; the sheet saved "
        "before is not overwritten.",
    ),
    "ux9v.sheet.signed_done": (
        "Ditandatangani secara digital dengan kunci Anda. Simpan lagi: ditandatangani lagi.",
        "Signed digitally with your key. Saved again: signed again.",
    ),
    "ux9v.sheet.not_signed_done": (
        "Tidak ditandatangani: kata sandi dikosongkan. Simpan lagi dan isi kata sandi untuk menandatanganinya.",
        "Not signed: the passphrase was left empty. Save again and type the passphrase to sign it.",
    ),
}
