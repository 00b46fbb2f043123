"""Strings of round 11 written by the lead: a sheet saved in another language than its form's."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The sheet dialog, when the app's language is not the form's (sheet.content.language_suffix).
    "lead11.sheet.language-en": (
        "Lembar ini berbahasa Inggris, seperti tampilan aplikasi: disimpan sebagai berkas baru berakhiran "
        "-en.pdf; lembar berbahasa Indonesia tidak ditimpa.",
        "This sheet is in English, as the app's screens are: saved as a new file ending in -en.pdf; the "
        "Indonesian sheet is not overwritten.",
    ),
    "lead11.sheet.language-id": (
        "Lembar ini berbahasa Indonesia, seperti tampilan aplikasi: disimpan sebagai berkas baru berakhiran "
        "-id.pdf; lembar berbahasa Inggris tidak ditimpa.",
        "This sheet is in Indonesian, as the app's screens are: saved as a new file ending in -id.pdf; the "
        "English sheet is not overwritten.",
    ),
    # One of them (i18n.t takes the ".one" variant for count=1).
    "tui.home.count.one": ("{count} observasi", "{count} observation"),
    # The welcome's and Settings' school NPSN, named where its check fails.
    "lead11.field.npsn": ("NPSN sekolah", "School NPSN"),
    # A file of the shared folder that does not begin as JSON: not a download cut short.
    "sync.bad.not_json": (
        "bukan file observasi (isinya bukan JSON); dibiarkan",
        "not an observasi file (its content is not JSON); left alone",
    ),
}
