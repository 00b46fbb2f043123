"""Messages of round 10's certificate fix (fix10-cert): a signing key whose certificate names
another person or number than the profile now does; a Jabatan "Kepala Sekolah" beside a
profile naming another principal; the programme's numbers checked as the profile's are."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The settings' key panel and the palette's "Kunci tanda tangan".
    "fx10c.key.differs": (
        "Kunci tanda tangan (berlaku sampai {until}) dibuat untuk {named}, tetapi profil Anda sekarang "
        "{profile}. Lembar yang Anda tandatangani memuat sertifikat dengan data lama: ganti kuncinya.",
        "The signing key (valid until {until}) was made for {named}, but your profile now says {profile}. "
        "The sheets you sign carry a certificate with the old details: replace the key.",
    ),
    "fx10c.key.no_number": ("tanpa nomor identitas", "no identity number"),
    # The replace dialog opened for such a key (instead of bad.key.replace_what).
    "fx10c.key.replace_what": (
        "Sertifikat kunci ini menyebut {named}; profil Anda: {profile}. Kunci baru menggantikan kunci lama "
        "(berkas lama disimpan di samping). Lembar yang sudah ditandatangani tetap sah; rekan yang "
        "memeriksanya perlu sertifikat baru Anda.",
        "This key's certificate names {named}; your profile: {profile}. A new key replaces the old one (the old "
        "file is kept aside). Sheets already signed stay valid; colleagues who check them need your new "
        "certificate.",
    ),
    # The sheet dialog's line of what a save makes, before the passphrase.
    "fx10c.sheet.signed_differs": (
        "Akan ditandatangani dengan kunci Anda, tetapi sertifikatnya menyebut {named}, bukan {profile} "
        "seperti di profil. Tekan k (Ganti kunci) untuk kunci baru, atau simpan seperti ini.",
        "Will be signed with your key, but its certificate names {named}, not {profile} as the profile "
        "does. Press k (Replace the key) for a new key, or save as it is.",
    ),
    "fx10c.sheet.replace_button": ("Ganti kunci", "Replace the key"),
    # `observasi sheet --sign` (before the passphrase) and `observasi keys show`.
    "fx10c.cli.differs": (
        "sertifikat kunci Anda menyebut {named}, bukan {profile} seperti di profil; lembar yang "
        "ditandatangani dengan kunci ini memuatnya. Kunci baru: observasi keys create --force",
        "your key's certificate names {named}, not {profile} as the profile does; the sheets signed with "
        "this key carry it. A new key: observasi keys create --force",
    ),
    # The sheet dialog and `observasi sheet`: the sheet is still made.
    "fx10c.role.doubt": (
        "Jabatan Anda tercatat Kepala Sekolah, tetapi kepala sekolah di profil adalah {principal}: "
        "periksa di Pengaturan.",
        "Your position is saved as Principal, but the profile names {principal} as the principal: "
        "check it in Settings.",
    ),
    # The programme's numbers, named when one cannot be kept.
    "fx10c.field.supervisor_nip": ("NIP pengawas sekolah", "The school supervisor's NIP"),
    "fx10c.field.team_number": ("Nomor anggota tim {name}", "Team member {name}'s number"),
}
