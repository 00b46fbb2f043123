"""Messages of the fifth walk's leftovers (round 5, ux6): what a sync sent, per kind; the
home search; conflicts in the attention panel; hidden forms; join names; the follow-up
date and the pre-observation notes on the sheet."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- what a sync sent, one count per kind -----------------------------------------------------------
    "ux6.sent.line": ("Terkirim {parts}", "Sent {parts}"),
    "ux6.sent.observations": ("{count} perubahan observasi", "{count} observation change(s)"),
    "ux6.sent.year": ("{count} berkas program/bukti", "{count} programme/evidence file(s)"),
    "ux6.sent.forms": ("{count} instrumen", "{count} instrument(s)"),
    "ux6.sent.school": ("{count} perubahan profil sekolah/daftar guru", "{count} school profile/roster change(s)"),
    # -- home: c under a search that hides the draft ----------------------------------------------------
    "ux6.home.draft_hidden": (
        "c melanjutkan observasi yang sudah dimulai; belum ada. Draf {teacher} belum dimulai dan tersembunyi "
        "oleh pencarian/saringan: tekan Esc di daftar untuk menampilkan semua, lalu pilih barisnya dan tekan Enter.",
        "c continues an observation that has started; there is none. The draft for {teacher} has not started and "
        "is hidden by the search/filters: press Esc on the list to show everything, then pick its row and press Enter.",
    ),
    # -- conflicts: the attention row, the merged parts in full ------------------------------------------
    # Short: the row's last column has about 26 characters at 80 columns.
    "ux6.attention.versions": ("{count} versi · Enter: pilih", "{count} versions · Enter: choose"),
    "ux6.conflict.merged": (
        "Sudah digabung dari {label} (tidak perlu dipilih), teks lengkapnya:",
        "Merged from {label} already (nothing to choose), in full:",
    ),
    # -- forms colleagues published: said after a sync ----------------------------------------------------
    "ux6.forms.received": (
        "Dari laptop rekan: {count} instrumen baru di daftar Instrumen (tanda «dari rekan»).",
        "From a colleague's laptop: {count} new instrument(s) on the Instrumen list (marked «from colleague»).",
    ),
    "ux6.forms.hidden_version": (
        "{count} instrumen baru disembunyikan (versi baru dari instrumen yang Anda sembunyikan).",
        "{count} new instrument(s) hidden (a new version of an instrument you hid).",
    ),
    # -- joining: the name the members see when they approve ----------------------------------------------
    "ux6.join.name_title": ("Nama Anda", "Your name"),
    "ux6.join.unnamed": ("laptop {id} (tanpa nama)", "laptop {id} (no name)"),
    "ux6.join.name_label": (
        "Rekan yang menyetujui laptop ini melihat «Laptop <nama Anda>». Kosongkan: nama komputer.",
        "The colleague who approves this laptop sees «Laptop <your name>». Leave empty: the computer's name.",
    ),
    # -- the follow-up's due date: its form, never a date already past -----------------------------------
    "ux6.date.ahead": ("hh/bb/tttt atau tttt-bb-hh (tanggal ke depan)", "dd/mm/yyyy or yyyy-mm-dd (a day ahead)"),
    # -- the feedback sheet -------------------------------------------------------------------------------
    "ux6.sheet.pre_notes": ("Catatan pra-observasi", "Pre-observation notes"),
}
