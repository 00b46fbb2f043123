"""The shared folder on disk: a cheap listing, and reading what it lists.

observasi never edits, overwrites or deletes a file in the shared folder: it only adds new
files to its own device folder, create-only and atomically (see :func:`observasi.files.write_new`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from observasi.i18n import t
from observasi.sync.enrollment import is_enrollment_file
from observasi.sync.naming import (
    DEVICE_KEY_FILE,
    FORMS_DIR,
    FileName,
    app_dir,
    is_clutter,
    is_device_id,
    parse_name,
)


@dataclass(frozen=True)
class Entry:
    """A file in a device folder that looks like one observasi writes."""

    rel: str  # path relative to the shared folder, with "/" separators
    path: str  # as os.scandir gives it, for open(): a Path per file cost more than the rescan's checks
    device: str
    name: FileName
    size: int
    mtime_ns: int


@dataclass
class Listing:
    entries: list[Entry] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    # file names present in each device folder (for noticing our own lost files)
    names: dict[str, set[str]] = field(default_factory=dict)


def scan(shared: Path) -> Listing:
    """Every candidate file under ``<shared>/observasi``: one listing per folder and a
    stat per file; nothing is opened here."""
    listing = Listing()
    root = app_dir(shared)
    if not root.is_dir():
        return listing
    with os.scandir(root) as top:
        devices = sorted(top, key=lambda e: e.name)
    for folder in devices:
        rel_folder = f"observasi/{folder.name}"
        if folder.name == FORMS_DIR or is_clutter(folder.name):
            continue
        if not folder.is_dir(follow_symlinks=False) or not is_device_id(folder.name):
            listing.problems.append((rel_folder, t("sync.bad.unknown")))
            continue
        names: set[str] = set()
        listing.names[folder.name] = names
        try:
            with os.scandir(folder.path) as inner:
                files = list(inner)
        except OSError as exc:
            listing.problems.append((rel_folder, t("sync.bad.unreadable", detail=exc.strerror or exc)))
            continue
        for item in files:
            rel = f"{rel_folder}/{item.name}"
            if is_clutter(item.name) or item.name == DEVICE_KEY_FILE or is_enrollment_file(item.name):
                continue
            meaning = parse_name(item.name)
            if meaning is None:
                listing.problems.append((rel, t("sync.bad.unknown")))
                continue
            if not item.is_file(follow_symlinks=False):
                listing.problems.append((rel, t("sync.bad.not_file")))
                continue
            try:
                stat = item.stat(follow_symlinks=False)
            except OSError as exc:
                listing.problems.append((rel, t("sync.bad.unreadable", detail=exc.strerror or exc)))
                continue
            names.add(item.name)
            listing.entries.append(Entry(rel, item.path, folder.name, meaning, stat.st_size, stat.st_mtime_ns))
    return listing


def read_capped(path: str | Path, limit: int, expected: int | None = None) -> bytes:
    """At most *limit* + 1 bytes of *path* (so a huge file is known to be huge).

    *expected* (the size the listing saw) sizes the first read: asking for *limit* bytes
    outright allocates that much for every small file, which tripled the cost of reading
    a folder of thousands. A file that grew since it was listed is read on to the limit."""
    first = limit if expected is None else min(max(expected, 0), limit)
    with open(path, "rb") as handle:
        data = handle.read(first + 1)
        if len(data) > first and first < limit:
            data += handle.read(limit - first)
        return data
