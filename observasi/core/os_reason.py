"""Why a file could not be read, in the user's language for the cases a school meets
(the system's own text is English on most laptops). Pure: it only reads the exception."""

from __future__ import annotations

from observasi.i18n import t


def read_reason(exc: OSError) -> str:
    """Why a file could not be read, in the user's language for the cases a school meets
    (the system's own text is English on most laptops)."""
    if isinstance(exc, FileNotFoundError):
        return t("bad.os.missing")
    if isinstance(exc, IsADirectoryError):
        return t("bad.os.folder")
    if isinstance(exc, NotADirectoryError):  # a file's name used as a folder: "guru.csv/guru2.csv"
        return t("walk9.os.not_a_folder")
    if isinstance(exc, PermissionError):
        return t("bad.os.denied")
    return str(exc.strerror or exc)
