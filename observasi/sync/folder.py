"""The shared folder on disk as a place revisions travel through: a cheap listing,
reading what it lists, and create-only writes into this device's own folder.

observasi never edits, overwrites or deletes a file in the shared folder: it only adds new
files to its own device folder, create-only and atomically (see :func:`observasi.files.write_new`).
"""

from __future__ import annotations

import os
from pathlib import Path

from observasi import files
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sync import listed
from observasi.sync.listing import Listing
from observasi.sync.listing import scan as scan_place
from observasi.sync.naming import APP_DIR, device_dir, is_app_dir_copy
from observasi.sync.transport import Columns, Item, Prefix


class FolderTransport:
    """A shared folder (Google Drive for desktop, OneDrive, Dropbox, Syncthing, a share)."""

    def __init__(self, shared: Path, app_name: str = APP_DIR) -> None:
        self.shared = Path(shared)
        # The folder's name in the shared folder: "observasi", or a copy of it a sync
        # client made ("observasi (1)"), which is read but never written to.
        self.app_name = app_name

    @property
    def root(self) -> Path:
        return self.shared / self.app_name

    def copies(self) -> list[FolderTransport]:
        """The copies of the app folder beside it (``observasi (1)``, ``observasi-LAPTOP`` ...)."""
        try:
            with os.scandir(self.shared) as top:
                names = sorted(e.name for e in top if is_app_dir_copy(e.name) and e.is_dir(follow_symlinks=False))
        except OSError:
            return []
        return [FolderTransport(self.shared, name) for name in names]

    @property
    def label(self) -> str:
        return str(self.shared)

    @property
    def lists_after(self) -> bool:
        return False

    @property
    def where(self) -> str:
        return ""  # paths stay relative to the folder, as they always were

    def open(self) -> None:
        """Check the folder is there; create nothing in it (a joiner that finds no school
        writes nothing: its ``observasi/`` comes with the first file a member writes)."""
        shared = self.shared
        try:
            if not shared.is_dir():
                raise UserError(t("sync.err.unreachable", path=shared))
        except OSError as exc:
            raise UserError(t("sync.err.unreachable_detail", path=shared, detail=exc.strerror or exc)) from exc

    def prefixes(self) -> list[Prefix]:
        root = self.root
        if not root.is_dir():
            return []
        with os.scandir(root) as top:
            found = [Prefix(e.name, e.is_dir(follow_symlinks=False)) for e in top]
        return sorted(found, key=lambda p: p.name)

    def list(self, device: str, after: str | None = None) -> list[Item]:
        """Every file of the device folder: one listing and a stat per file (*after* is
        not used: a folder cannot list part of itself, and the file cache skips the rest)."""
        return self.columns(device).items()

    def columns(self, device: str) -> Columns:
        """:meth:`list` as columns: one listing and a stat per file, and no object made
        per file (a rescan of 100,000 files spent more on those than on the stats). The
        listing is kept for the rest of the sync (observasi.sync.listed)."""
        folder = self.root / device
        found = listed.kept(folder)  # the gate's listing: what it recorded is what is read
        if found is not None:
            return found
        found = listed.read_columns(folder)
        listed.remember(folder, found)
        return found

    def read(self, item: Item, limit: int) -> bytes:
        return read_capped(item.ref, limit, item.size)

    def write_new(self, device: str, name: str, data: bytes) -> bool:
        return files.write_new(device_dir(self.shared, device) / name, data)  # makes the folders it needs

    def names(self, device: str) -> set[str]:
        """The file names in one device folder (empty when it does not exist yet)."""
        own = device_dir(self.shared, device)
        return set(os.listdir(own)) if own.is_dir() else set()


def scan(shared: Path) -> Listing:
    """Every candidate file under ``<shared>/observasi``: one listing per folder and a
    stat per file; nothing is opened here."""
    return scan_place(FolderTransport(shared))


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
