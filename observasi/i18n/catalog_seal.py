"""Messages of the sealed supervision-year files (branch seal)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # One short line in the forget confirmation (it must fit an 80x24 dialog with its buttons).
    "seal.forget.also": (
        "Juga dihapus: {what}; salinan lamanya di folder bersama tidak dapat dibuka lagi.",
        "Also erased: {what}; their old copies in the shared folder can no longer be opened.",
    ),
    "seal.forget.rows": (
        "{count} baris jadwal program supervisi",
        "{count} schedule rows of the supervision programme",
    ),
    "seal.forget.files": ("{count} berkas lampiran", "{count} attached files"),
    "seal.forget.and": (" dan ", " and "),
}
