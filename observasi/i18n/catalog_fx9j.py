"""Strings of round 9's fix9-join: leaving the conflict screen with choices not saved."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "fx9j.conflict.unsaved_title": (
        "{count} pilihan belum disimpan: tinggalkan?",
        "{count} choice(s) not saved: leave?",
    ),
    "fx9j.conflict.unsaved_lead": (
        "Meninggalkan layar ini membuang pilihan berikut; konfliknya tetap menunggu. Batal kembali ke pilihan Anda; ctrl+s di sana menyimpannya.",
        "Leaving this screen drops the choices below; the conflict stays waiting. Cancel goes back to your choices; ctrl+s there saves them.",
    ),
    "fx9j.conflict.unsaved_part": ("• {part}: {choice}", "• {part}: {choice}"),
    "fx9j.conflict.leave": ("Tinggalkan", "Leave"),
    # The welcome after the approval, its observer's name already filled (typed when joining).
    "fx9j.join.arrived_named": (
        "Disetujui: profil {school} sudah datang dari folder bersama; kolom sekolah di bawah kini berisi profil "
        "itu. Periksa, juga nama Anda sebagai observer, lalu simpan (ctrl+s).",
        "Approved: the profile of {school} came from the shared folder; the school fields below now hold it. "
        "Check them and your name as the observer, then save (ctrl+s).",
    ),
}
