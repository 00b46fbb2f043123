"""Messages of the sixth walk's leftovers on the screens (round 6, ux7-screens): undoing a
hidden form, the key dialog, the follow-up date, the print failure, the conflict summary."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- hidden forms: how to undo, and the undo ---------------------------------------------------------
    "ux7s.forms.hide_undo": (
        "Dapat dibatalkan: tekan t di layar Instrumen untuk menampilkannya lagi.",
        "This can be undone: press t on the Instrumen screen to show it again.",
    ),
    "ux7s.forms.not_hidden": ("Tidak disembunyikan.", "Not hidden."),
    "ux7s.forms.hidden_line": (
        "Tersembunyi ({count}): {titles} · t: tampilkan lagi",
        "Hidden ({count}): {titles} · t: show again",
    ),
    "ux7s.forms.key.show": ("Tampilkan lagi", "Show again"),
    "ux7s.forms.none_hidden": ("Tidak ada instrumen yang disembunyikan.", "No instrument is hidden."),
    "ux7s.forms.show_title": ("Tampilkan lagi instrumen dari rekan?", "Show a colleague's instrument again?"),
    "ux7s.forms.show_text": (
        "Instrumen yang Anda pilih kembali ke daftar Instrumen sekarang, dan sinkron berikutnya mengambilnya "
        "lagi beserta versi barunya.",
        "The instrument you pick goes back on the Instrumen list now, and the next sync takes it and its new "
        "versions again.",
    ),
    "ux7s.forms.versions": ("{title} (versi {versions})", "{title} (version {versions})"),
    "ux7s.forms.shown": ("Ditampilkan lagi: {title}.", "Shown again: {title}."),
    "ux7s.forms.shown_later": (
        "Tidak lagi disembunyikan: {title}. Sinkron berikutnya mengambilnya lagi.",
        "No longer hidden: {title}. The next sync takes it again.",
    ),
    # -- the signing key: never closed without a word --------------------------------------------------
    "ux7s.key.not_made": (
        "Kunci belum dibuat. Buat kapan saja di Pengaturan (F2), tombol «Buat kunci tanda tangan».",
        "No key was made. Make it any time in Settings (F2), button «Create a signing key».",
    ),
    "ux7s.key.not_replaced": (
        "Kunci tidak diganti: kunci lama tetap dipakai.",
        "The key was not replaced: the old one stays.",
    ),
    # -- the follow-up's due date: its form in the label, in plain text ---------------------------------
    "ux7s.followup.due": ("Batas waktu (hh/bb/tttt, tanggal ke depan)", "Due date (dd/mm/yyyy, a day ahead)"),
    # -- the conflict screen: the merged texts are shortened above, whole below -------------------------
    "ux7s.conflict.below": (
        "Teks yang digabung ditulis lengkap di bawah (PageDown).",
        "The merged texts are written in full below (PageDown).",
    ),
}
