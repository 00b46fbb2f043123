"""Messages of the lead's round-4 fixes: a colleague's forget applied on this laptop."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "lead4.forget.applied": (
        "Laptop lain sekolah ini melupakan {teachers} guru: data mereka dihapus juga dari laptop ini.",
        "Another laptop of this school forgot {teachers} teacher(s): their data was erased from this laptop too.",
    ),
    "lead4.forget.printed": (
        "Lembar, rekap dan PDF program yang menyebut mereka dihapus: {files} berkas ({folders}).",
        "The sheets, recaps and programme PDFs that named them were deleted: {files} file(s) ({folders}).",
    ),
    "lead4.forms.only_received": (
        "Hanya formulir dari rekan yang dapat disembunyikan. Formulir bawaan selalu ada; formulir laptop ini "
        "dihapus dari folder formulir di folder data.",
        "Only a colleague's form can be hidden. Bundled forms always stay; a form of this laptop is removed "
        "from the forms folder in the data folder.",
    ),
    "lead4.forms.key.hide": ("Sembunyikan", "Hide"),
    "lead4.forms.hide_title": ("Sembunyikan formulir dari rekan?", "Hide this colleague's form?"),
    "lead4.forms.hide_what": (
        "{title} (versi {version}) hilang dari daftar Instrumen dan tidak dapat dipilih untuk observasi baru.",
        "{title} (version {version}) leaves the Instrumen list and cannot be chosen for a new observation.",
    ),
    "lead4.forms.hide_used": (
        "{count} observasi yang sudah memakainya tetap tersimpan dan terbaca seperti biasa.",
        "The {count} observation(s) already made on it stay saved and readable as before.",
    ),
    "lead4.forms.hide_sync": (
        "Sinkron berikutnya tidak mengambilnya lagi. Rekan Anda tetap memilikinya.",
        "The next sync does not bring it back. Your colleague still has it.",
    ),
    "lead4.forms.hidden": ("Disembunyikan: {title} (versi {version}).", "Hidden: {title} (version {version})."),
}
