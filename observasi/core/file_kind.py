"""What a file is, said from its first bytes, for a refusal that tells the user what they
gave instead of what was asked: the files a school sends by mistake are empty, PDFs,
Word or Excel documents, old Office files, pictures and saved web pages."""

from __future__ import annotations

import codecs
import io
import zipfile

from observasi.i18n import t

_IMAGES = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG", "PNG"), (b"GIF8", "GIF"))


def content_kind(data: bytes) -> str:
    """A phrase naming what *data* is ("a Word document (.docx)"), or "" when it is none of
    the kinds above (plain text, or something unknown)."""
    key, image = _kind(data)
    return t(key, kind=image) if key else ""


def kind_key(data: bytes) -> str:
    """The catalog key of :func:`content_kind` ("bad.kind.docx"), for a caller that
    decides by the kind; "" for none."""
    return _kind(data)[0]


def _kind(data: bytes) -> tuple[str, str]:
    head = data[:1024].lstrip()
    if not data:
        return "bad.kind.empty", ""
    if head.startswith(b"%PDF"):
        return "bad.kind.pdf", ""
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data), ""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "bad.kind.ole", ""  # .doc and .xls of older Office, and any password-protected file
    if head[:5].lower() in (b"<!doc", b"<html"):
        return "bad.kind.html", ""
    for mark, name in _IMAGES:
        if head.startswith(mark):
            return "bad.kind.image", name
    return "", ""


def _zip_kind(data: bytes) -> str:
    """Which Office document a ZIP archive is, by the folders inside it."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return "bad.kind.broken_zip"
    for folder, key in (("word/", "bad.kind.docx"), ("xl/", "bad.kind.xlsx"), ("ppt/", "bad.kind.pptx")):
        if any(name.startswith(folder) for name in names):
            return key
    if "mimetype" in names:
        return "bad.kind.odf"
    return "bad.kind.zip"


def book_trouble(raw: bytes) -> str:
    """Why *raw* could not be opened as an Excel workbook, in the user's language: what it
    is instead, or that the workbook's own parts are damaged. Said in place of the reader's
    exception ("BadZipFile: File is not a zip file"), which is English and names no cure."""
    key = kind_key(raw)
    if key in ("bad.kind.xlsx", "bad.kind.broken_zip"):  # a workbook whose parts are cut or spoilt
        return t("bad.book.damaged")
    return t("bad.book.not_xlsx", kind=content_kind(raw) or t("bad.kind.unknown"))


def bare_utf16(raw: bytes) -> str:
    """ "utf_16_le" or "utf_16_be" for UTF-16 written without a BOM (Excel's "Unicode Text"
    from some versions, exports of other programs), else "". Latin text in UTF-16 has a NUL
    in every other byte, on the odd side (LE) or the even side (BE); charset-normalizer
    does not guess UTF-16 without its BOM."""
    if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return ""
    head = raw[:4096]
    pairs = len(head) // 2
    if pairs < 2:
        return ""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd * 10 >= pairs * 6 and even * 20 <= pairs:
        return "utf_16_le"
    if even * 10 >= pairs * 6 and odd * 20 <= pairs:
        return "utf_16_be"
    return ""


def is_utf16(raw: bytes) -> bool:
    """UTF-16 text, with its BOM (Notepad's "Unicode") or without."""
    return raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or bool(bare_utf16(raw))
