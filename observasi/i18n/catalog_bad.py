"""Messages about bad input files named with what is wrong and what to do: (Indonesian, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # `observasi verify FILE` on something that is not a PDF
    "bad.verify.folder": (
        "{path} adalah folder, bukan berkas PDF; sebutkan berkas PDF di dalamnya",
        "{path} is a folder, not a PDF file; name a PDF file inside it",
    ),
    "bad.verify.empty": (
        "berkas kosong (0 bita), bukan PDF; salin lagi dari sumbernya",
        "the file is empty (0 bytes), not a PDF; copy it again from where it came from",
    ),
    "bad.verify.truncated": (
        "PDF terpotong (akhir berkas hilang), mungkin unduhan atau salinan yang belum selesai; salin lagi",
        "the PDF is cut short (its end is missing), perhaps an unfinished download or copy; copy it again",
    ),
    "bad.verify.damaged": (
        "PDF rusak dan tidak dapat dibaca; minta berkas aslinya lagi",
        "the PDF is damaged and cannot be read; ask for the original file again",
    ),
    "bad.verify.zip": (
        "bukan PDF: berkas ini arsip ZIP (dokumen Word .docx, buku kerja Excel .xlsx, atau .zip); "
        "minta lembar PDF yang ditandatangani",
        "not a PDF: this file is a ZIP archive (a Word .docx, an Excel .xlsx, or a .zip); ask for the signed PDF sheet",
    ),
    "bad.verify.ole": (
        "bukan PDF: berkas ini dokumen Office lama (.doc atau .xls); minta lembar PDF yang ditandatangani",
        "not a PDF: this file is an older Office document (.doc or .xls); ask for the signed PDF sheet",
    ),
    "bad.verify.html": (
        "bukan PDF: berkas ini halaman web (HTML), mungkin halaman unduhan yang tersimpan; unduh lagi PDF-nya",
        "not a PDF: this file is a web page (HTML), perhaps a saved download page; download the PDF again",
    ),
    "bad.verify.image": (
        "bukan PDF: berkas ini gambar {kind} (foto atau pindaian tidak membawa tanda tangan digital)",
        "not a PDF: this file is a {kind} image (a photo or scan carries no digital signature)",
    ),
    "bad.verify.other": (
        "bukan PDF (tidak diawali %PDF); minta lembar PDF yang ditandatangani",
        "not a PDF (it does not start with %PDF); ask for the signed PDF sheet",
    ),
}
MESSAGES.update(
    {
        # why a file could not be read (observasi.files.read_reason)
        "bad.os.missing": (
            "berkas tidak ada; periksa nama dan foldernya",
            "there is no such file; check its name and folder",
        ),
        "bad.os.folder": ("ini folder, bukan berkas", "this is a folder, not a file"),
        "bad.os.denied": (
            "tidak ada izin membacanya, atau program lain sedang membukanya",
            "no permission to read it, or another program has it open",
        ),
    }
)
MESSAGES.update(
    {
        # a roster row with a problem, named with its file (and sheet)
        "bad.roster.place": ("{file}, baris {line}", "{file}, row {line}"),
        "bad.roster.place_sheet": ("{file}, lembar {sheet}, baris {line}", "{file}, sheet {sheet}, row {line}"),
        "bad.roster.problem": ("{place}: {text}", "{place}: {text}"),
    }
)
MESSAGES.update(
    {
        "bad.roster.utf16_broken": (
            '{path}: tampaknya teks Unicode {encoding} tanpa BOM (Excel "Teks Unicode"), tetapi terpotong atau '
            'rusak; simpan ulang dari Excel sebagai "CSV UTF-8 (Comma delimited)" atau sebagai .xlsx',
            '{path}: looks like {encoding} Unicode text without a BOM (Excel "Unicode Text") but is cut short or '
            'damaged; save it again from Excel as "CSV UTF-8 (Comma delimited)" or as .xlsx',
        ),
    }
)
