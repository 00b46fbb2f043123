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
}
