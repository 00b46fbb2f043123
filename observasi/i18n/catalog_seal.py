"""Messages of the sealed supervision-year files (branch seal)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "seal.forget.schedule": (
        "{count} baris jadwal program supervisi memuat guru ini dan ikut dihapus dari programnya; "
        "versi program yang lama di folder bersama tidak dapat dibuka lagi (programnya dikirim ulang tanpa guru ini).",
        "{count} schedule rows of the supervision programme name this teacher and are taken out of it; "
        "the programme's old versions in the shared folder can no longer be opened (it is sent again without this teacher).",
    ),
    "seal.forget.files": (
        "{count} berkas lampiran (modul ajar, foto) yang hanya dimiliki observasi guru ini ikut dihapus dari laptop ini; "
        "salinan terenkripsinya di folder bersama tidak dapat dibuka lagi.",
        "{count} attached files (modul ajar, photos) that only this teacher's observations hold are erased from this laptop too; "
        "their encrypted copies in the shared folder can no longer be opened.",
    ),
}
