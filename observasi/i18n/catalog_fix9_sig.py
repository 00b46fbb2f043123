"""Strings of a signature image that no longer exists or cannot be read (round 9, fix9-sig):
the sheet is still made, without the picture, and the dialog says so before the passphrase."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fx9s.image.missing": (
        "Gambar tanda tangan {path} tidak ditemukan",
        "The signature image {path} does not exist",
    ),
    "fx9s.image.broken": (
        "Gambar tanda tangan {path} tidak dapat dibaca ({detail}; pakai berkas PNG)",
        "The signature image {path} cannot be read ({detail}; use a PNG file)",
    ),
    # The sheet dialog when it opens, and `sheet --sign`, before the passphrase is asked.
    "fx9s.sheet.will_sign": (
        "{reason}. Lembar tetap akan dibuat dan ditandatangani secara digital, tanpa gambar tanda tangan. "
        "Untuk memakai gambar: Pengaturan → Gambar tanda tangan.",
        "{reason}. The sheet will still be made and signed digitally, without the signature image. "
        "To use an image: Settings → Signature image.",
    ),
    "fx9s.sheet.unsigned": (
        "{reason}. Lembar akan dibuat tanpa gambar tanda tangan. Untuk memakai gambar: Pengaturan → Gambar tanda tangan.",
        "{reason}. The sheet will be made without the signature image. To use an image: Settings → Signature image.",
    ),
    # After the sheet was made (the dialog's result, the CLI's warning).
    "fx9s.note": (
        "{reason}: lembar dibuat tanpa gambar tanda tangan; perbaiki di Pengaturan → Gambar tanda tangan",
        "{reason}: the sheet was made without the signature image; fix it in Settings → Signature image",
    ),
    # On the sheet, in the signature block, where the picture would be.
    "fx9s.pdf.no_image": ("(tanpa gambar tanda tangan:", "(no signature image:"),
    "fx9s.pdf.missing": ("berkas gambar tidak ditemukan)", "its file was not found)"),
    "fx9s.pdf.broken": ("berkas gambar tidak dapat dibaca)", "its file could not be read)"),
}
