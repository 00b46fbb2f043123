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
        "Hanya instrumen dari rekan yang dapat disembunyikan. Instrumen bawaan selalu ada; instrumen laptop ini "
        "dihapus dari folder forms di folder data.",
        "Only a colleague's instrument can be hidden. Bundled instruments always stay; an instrument of this "
        "laptop is removed from the forms folder in the data folder.",
    ),
    "lead4.forms.key.hide": ("Sembunyikan", "Hide"),
    "lead4.forms.hide_title": ("Sembunyikan instrumen dari rekan?", "Hide this colleague's instrument?"),
    "lead4.forms.hide_what": (
        "{title} (versi {version}) hilang dari daftar Instrumen dan tidak dapat dipilih untuk observasi baru.",
        "{title} (version {version}) leaves the Instrumen list and cannot be chosen for a new observation.",
    ),
    "lead4.forms.hide_used": (
        "{count} observasi yang sudah memakainya tetap tersimpan dan terbaca seperti biasa.",
        "The {count} observation(s) already made on it stay saved and readable as before.",
    ),
    "lead4.forms.hide_sync": (
        "Sinkron berikutnya tidak mengambilnya lagi, juga versi barunya: versi baru instrumen ini dari rekan "
        "ikut tersembunyi (sinkron memberitahukannya). Rekan Anda tetap memilikinya.",
        "The next sync does not bring it back, nor its new versions: a colleague's new version of this "
        "instrument is hidden too (the sync says so). Your colleague still has it.",
    ),
    "lead4.forms.hidden": ("Disembunyikan: {title} (versi {version}).", "Hidden: {title} (version {version})."),
}
