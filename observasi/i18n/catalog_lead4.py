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
}
