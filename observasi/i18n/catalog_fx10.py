"""Strings of the lead's round-10 fixes: the observer's Jabatan and the numbers on the welcome."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fx10.role.missing": (
        "Pilih jabatan Anda sebagai observer: jabatan itu dicetak di setiap lembar umpan balik yang Anda tanda tangani.",
        "Choose your position as the observer: it is printed on every feedback sheet you sign.",
    ),
    "fx10.role.prompt": ("Pilih jabatan Anda", "Choose your position"),
    "fx10.field.principal_number": ("Nomor kepala sekolah", "Principal's number"),
    "fx10.field.observer_number": ("Nomor observer", "Observer's number"),
}
