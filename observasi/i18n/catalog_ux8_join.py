"""Messages of round 8's ux8-join: a newcomer's typing set aside by the school's profile
stays in view; one sync at a time on a laptop; a joiner writes nothing in a school-less folder."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the school's profile arrives over what the newcomer typed -------------------------------------
    "ux8j.arrived.use_school": ("Pakai profil sekolah, sisihkan ketikan", "Use the school's, set my typing aside"),
    "ux8j.arrived.after": (
        "«Pakai profil sekolah» membiarkan profil sekolah apa adanya; ketikan Anda tidak disimpan, tetapi tetap "
        "tertulis di bawah kolomnya selama layar ini terbuka. «Pakai yang saya ketik» mengembalikan ketikan Anda "
        "ke kolomnya; bila Anda menyimpan (ctrl+s), ketikan itu mengganti profil sekolah di semua laptop sekolah.",
        "«Use the school's» leaves the school's profile as it is; your typing is not saved, but stays written "
        "under its field while this screen is open. «Use what I typed» puts your typing back in its fields; if "
        "you save (ctrl+s), it replaces the school's profile on every laptop of the school.",
    ),
    "ux8j.arrived.set_aside": (
        "Ketikan Anda (disisihkan, tidak disimpan): {typed}",
        "Your typing (set aside, not saved): {typed}",
    ),
    # -- one sync at a time ------------------------------------------------------------------------------
    "ux8j.sync.running": (
        "Sinkronisasi sedang berjalan di laptop ini (di aplikasi atau di jendela lain). Coba lagi setelah selesai.",
        "A sync is already running on this laptop (in the app or another window). Try again once it has finished.",
    ),
}
