"""Finding the roster file on a principal's laptop: the folders a download or a saved
workbook lands in, the newest roster-like files there, and completion of a typed path.

(Kept here rather than in :mod:`observasi.paths`: these are the user's own folders, read
only while choosing a file, never written.)
"""

from __future__ import annotations

import os
from pathlib import Path

from observasi.roster.service import ROSTER_SUFFIXES

# Lock and temp files Excel, LibreOffice and sync clients leave beside a workbook.
_CLUTTER_PREFIXES = ("~$", ".~lock", ".")


def start_folders() -> list[Path]:
    """Documents, Downloads, Desktop and the home folder, those that exist, in that order."""
    from platformdirs import user_documents_path, user_downloads_path

    home = Path.home()
    found: list[Path] = []
    for folder in (user_documents_path(), user_downloads_path(), home / "Desktop", home):
        try:
            if folder.is_dir() and folder not in found:
                found.append(folder)
        except OSError:
            continue
    return found


def is_roster_file(path: Path) -> bool:
    return path.suffix.casefold() in ROSTER_SUFFIXES and not path.name.startswith(_CLUTTER_PREFIXES)


def recent_roster_files(folders: list[Path], limit: int = 8) -> list[Path]:
    """The newest files that could be a roster, directly in *folders* (where a browser saves
    a download), newest first."""
    found: list[tuple[float, Path]] = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_file() and is_roster_file(Path(entry.path)):
                    found.append((entry.stat().st_mtime, Path(entry.path)))
            except OSError:
                continue
    found.sort(key=lambda item: item[0], reverse=True)
    unique: list[Path] = []
    for _, path in found:
        if path not in unique:
            unique.append(path)
    return unique[:limit]


def complete_path(typed: str) -> str | None:
    """The typed path completed as far as it is unambiguous ("~/Unduh/daf" ->
    "~/Unduh/daftar-guru.xlsx"); folders end with a separator. None when nothing fits."""
    if not typed:
        return None
    expanded = os.path.expanduser(typed)
    folder, partial = os.path.split(expanded)
    try:
        entries = [
            entry.name + (os.sep if entry.is_dir() else "")
            for entry in os.scandir(folder or ".")
            if not entry.name.startswith(_CLUTTER_PREFIXES) and (entry.is_dir() or is_roster_file(Path(entry.name)))
        ]
    except OSError:
        return None
    # Exact capitals first; on Windows and macOS, where they do not matter, any capitals.
    names = [name for name in entries if name.startswith(partial)] or [
        name for name in entries if name.casefold().startswith(partial.casefold())
    ]
    if not names:
        return None
    common = os.path.commonprefix([name.casefold() for name in names])
    completion = names[0][: len(common)] if len(names) > 1 else names[0]
    if len(completion) <= len(partial):
        return None
    return typed[: len(typed) - len(partial)] + completion
