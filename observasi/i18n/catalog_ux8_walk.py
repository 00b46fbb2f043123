"""Messages of the eighth walk through a principal's first lesson (round 8, ux8-walk):
the recap's columns of the latest observation, a verbal form's counts at 80 columns, a
sheet saved with or without its digital signature, sections scored beyond a form's choice, an evidence line not saved when the lesson is left."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the per-teacher recap: the nilai and predikat shown are the latest observation's ----------
    "ux8w.recap.col.latest_nilai": ("Nilai terakhir", "Latest nilai"),
    "ux8w.recap.col.latest_predikat": ("Predikat terakhir", "Latest predicate"),
    # -- the live screen's count line on a verbal form, narrow: each count under its level's digit --
    "ux8w.live.level_counts": ("Tingkat {counts}", "Levels {counts}"),
    # -- the sheet dialog: what was saved, signed or not ------------------------------------------
    "ux8w.sheet.saved_signed": (
        "Tersimpan, ditandatangani secara digital: {path}",
        "Saved, signed digitally: {path}",
    ),
    "ux8w.sheet.not_signed": (
        "Lembar ini TIDAK ditandatangani secara digital: kata sandi dikosongkan.",
        "This sheet is NOT signed digitally: the passphrase was left empty.",
    ),
    # -- finalising: more sections scored than the form lets the teacher choose --------------------
    "ux8w.final.too_many_sections": (
        "Instrumen ini menilai {choose} indikator praktik pilihan guru; yang dinilai {count}: {titles}. "
        "Skor yang salah dihapus di layar skor (ctrl+o) dengan Backspace.",
        "This form scores the {choose} practice indicator(s) the teacher chose; {count} are scored: {titles}. "
        "Take a wrong score back on the scores screen (ctrl+o) with Backspace.",
    ),
    # -- leaving the live screen with a line typed in the evidence box and not saved -------------
    "ux8w.live.unsaved_line": (
        "Catatan bukti ini belum disimpan dan akan hilang bila Anda keluar sekarang "
        "(Batal, lalu Enter di baris catatan menyimpannya): {text}",
        "This evidence line is not saved and is lost if you leave now "
        "(Cancel, then Enter on the evidence line saves it): {text}",
    ),
}
