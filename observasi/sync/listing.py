"""What a place holds, as sync sees it: the files observasi wrote (or a sync client's
copies of them) in each device prefix, and a problem for anything else.

One listing per device prefix and nothing opened: the file cache then decides what is
new, except in a prefix listed exactly as the last sync that read it whole without a
problem left it (:func:`folder_print`: names, sizes, times), whose files were all read
then. The same rules hold for every place (:mod:`observasi.sync.transport`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import cast

from observasi.i18n import t
from observasi.sync.enrollment import JOIN_FILE, is_enrollment_file
from observasi.sync.listed import STAT_MARK, folder_print
from observasi.sync.naming import (
    APP_DIR,
    DEVICE_KEY_FILE,
    FORMS_DIR,
    FileName,
    is_clutter,
    is_device_id,
    parse_name,
    shown_name,
)
from observasi.sync.school_files import is_school_file
from observasi.sync.transport import Columns, HasColumns, Item, Transport

# A revision file as observasi names it, the bulk of every device prefix: it is neither
# clutter, nor a key or enrollment file, nor a copy, and its name is plain ASCII, so the
# checks below are skipped for it (they were most of a no-op rescan's time at 100,000).
_PLAIN_REVISION = re.compile(r"[0-9a-f]{32}\.json")


@dataclass(frozen=True, slots=True)
class _Prefix:
    """One device prefix as listed: what its entries share."""

    rel: str  # where, as remembered and shown: <where>observasi/<device>
    device: str
    found: Columns


class Entry:
    """A file in a device prefix that looks like one observasi writes.

    A position in its prefix's listing, not copies of it: the path, the reference and the
    name's meaning are made when asked. A first import lists 100,000 files; an entry that
    held its own strings was 45 MiB of its peak, held until every file was read."""

    __slots__ = ("_at", "_i", "_meaning")

    def __init__(self, at: _Prefix, i: int, meaning: FileName | None = None) -> None:
        self._at, self._i, self._meaning = at, i, meaning  # meaning None: a plain revision file

    @property
    def rel(self) -> str:
        """The path remembered and shown: <where>observasi/<device>/<name>."""
        name = self._at.found.names[self._i]
        return f"{self._at.rel}/{name if self._meaning is None else shown_name(name)}"

    @property
    def ref(self) -> str:
        """What the place reads it by (a path as os.scandir gives it, an object key)."""
        return _ref(self._at.found, self._i)

    @property
    def folder(self) -> str:
        """Its device prefix, as remembered: <where>observasi/<device>."""
        return self._at.rel

    @property
    def device(self) -> str:
        return self._at.device

    def order(self) -> tuple[bool, bool, str]:
        """Where an import reads it: forms first, then the files before their copies, by path."""
        if self._meaning is None:
            return True, False, self.rel
        return self._meaning.kind != "form", self._meaning.copy, self.rel

    @property
    def name(self) -> FileName:
        if self._meaning is None:
            return FileName("revision", self._at.found.names[self._i][:-5], False)
        return self._meaning

    @property
    def size(self) -> int:
        return self._at.found.sizes[self._i]

    @property
    def mtime_ns(self) -> int:
        return self._at.found.stamps[self._i]

    def __repr__(self) -> str:
        return f"Entry({self.rel!r}, {self.size}, {self.mtime_ns})"


@dataclass
class Listing:
    entries: list[Entry] = field(default_factory=list)
    # Each device prefix listed: where (as remembered, ``<where>observasi/<device>``), and
    # the digest of its listing with how many files of ours it held, when nothing in it was
    # a problem (:func:`folder_print`).
    folders: dict[str, str] = field(default_factory=dict)
    prints: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Files of ours left out of *entries*, by device: their prefix is listed as the last
    # sync that read it whole without a problem left it, so every one was read then.
    known: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)
    # file names present in each device prefix (for noticing our own lost files)
    names: dict[str, set[str]] = field(default_factory=dict)
    source: Transport | None = None  # where the entries are read from
    # the school's key files in each device prefix (observasi.sync.key_files copies a bucket's)
    key_files: dict[str, list[Item]] = field(default_factory=dict)

    def read(self, entry: Entry, limit: int) -> bytes:
        """At most *limit* + 1 bytes of a listed entry; OSError if it cannot be read."""
        assert self.source is not None, "a listing made by scan() knows its place"
        return self.source.read(Item(entry.name.key, entry.size, entry.mtime_ns, entry.ref), limit)


def scan(
    place: Transport, after: Mapping[str, str] | None = None, prints: Mapping[str, tuple[str, int]] | None = None
) -> Listing:
    """Every candidate file of *place*: one listing per device prefix (only names after
    ``after[device]`` where given and the place can ask for them). OSError when the
    place's top cannot be listed.

    A prefix whose listing is the one *prints* holds for it (what the last sync that read
    all of it without a problem listed, with how many files of ours it held) gives no
    entries: each of its files was read then, as it is now; they are counted in ``known``."""
    listing = Listing(source=place)
    # A copy of the app folder (observasi (1)) names itself; names that are not UTF-8 are
    # shown (and remembered) by their bytes.
    base = f"{place.where}{getattr(place, 'app_name', APP_DIR)}"
    columnar = isinstance(place, HasColumns)  # asked once: a protocol check is slow
    for prefix in place.prefixes():
        rel_folder = f"{base}/{shown_name(prefix.name)}"
        if prefix.name == FORMS_DIR or is_clutter(prefix.name):
            continue
        if not prefix.is_folder or not is_device_id(prefix.name):
            listing.problems.append((rel_folder, t("sync.bad.unknown")))
            continue
        names: set[str] = set()
        listing.names[prefix.name] = names
        try:
            found = _columns(place, prefix.name, (after or {}).get(prefix.name), columnar)
        except OSError as exc:
            listing.problems.append((rel_folder, t("sync.bad.unreadable", detail=exc.strerror or exc)))
            continue
        listing.folders[prefix.name] = rel_folder
        printed = folder_print(found)
        before = prints.get(rel_folder) if prints is not None else None
        if before is not None and before[0] == printed:
            _known(listing, prefix.name, found, names, before, keys=not columnar)
            continue
        problems = len(listing.problems)
        ours = _classify(listing, prefix.name, rel_folder, found, names)
        if len(listing.problems) == problems:
            listing.prints[prefix.name] = (printed, ours)
    return listing


def _columns(place: Transport, device: str, after: str | None, columnar: bool) -> Columns:
    """The listing of one device prefix, column by column (a folder makes it so; any
    other place's items are put in columns)."""
    if columnar:
        return cast(HasColumns, place).columns(device)
    return Columns.of(place.list(device, after))


def _known(
    listing: Listing, device: str, found: Columns, names: set[str], printed: tuple[str, int], *, keys: bool
) -> None:
    """A prefix listed as the last sync that read it whole left it: no entry, no problem
    (it had none, and its listing is the same); its names (every one: a key or school
    file's name is never asked for as a revision's) and, with *keys*, its key files (a
    bucket's are copied by observasi.sync.key_files; a folder's are read in place)."""
    names.update(found.names)
    listing.known[device] = printed[1]
    listing.prints[device] = printed
    if not keys:
        return
    marked = [
        i for i, name in enumerate(found.names) if (STAT_MARK in name or name == JOIN_FILE) and is_enrollment_file(name)
    ]
    if marked:
        listing.key_files.setdefault(device, []).extend(found.item(i) for i in marked)


def _classify(listing: Listing, device: str, rel_folder: str, found: Columns, names: set[str]) -> int:
    """Sort the files of one device prefix: ours become entries, key files are kept aside,
    anything else is a problem. Returns how many are ours."""
    ours = 0
    entries = listing.entries
    problems = found.problems or {}
    at = _Prefix(rel_folder, device, found)
    for i, name in enumerate(found.names):
        if _PLAIN_REVISION.fullmatch(name) and i not in problems:
            names.add(name)
            ours += 1
            entries.append(Entry(at, i))
            continue
        rel = f"{rel_folder}/{shown_name(name)}"
        if is_enrollment_file(name):
            listing.key_files.setdefault(device, []).append(found.item(i))
            continue
        if is_clutter(name) or name == DEVICE_KEY_FILE or is_school_file(name):
            continue
        meaning = parse_name(name)
        if meaning is None:
            listing.problems.append((rel, t("sync.bad.unknown")))
            continue
        if i in problems:
            listing.problems.append((rel, problems[i]))
            continue
        names.add(name)
        ours += 1
        entries.append(Entry(at, i, meaning))
    return ours


def _ref(found: Columns, i: int) -> str:
    return found.refs[i] if found.refs is not None else found.base + found.names[i]


def prints_to_keep(listing: Listing, problems: list[tuple[str, str]]) -> tuple[dict[str, tuple[str, int]], list[str]]:
    """After a sync read *listing*: the digests to remember (folder -> digest and files of
    ours) of the device prefixes it read whole with no problem named in or under them, and
    the folders whose digest is forgotten (the others it listed). A prefix left out of
    ``listing.names`` (a device that is not a member) is never remembered: it is reported
    at every sync."""
    troubled = {path for path, _ in problems} | {path.rpartition("/")[0] for path, _ in problems}
    keep: dict[str, tuple[str, int]] = {}
    for device, folder in listing.folders.items():
        printed = listing.prints.get(device)
        if printed is not None and device in listing.names and folder not in troubled:
            keep[folder] = printed
    return keep, [folder for folder in listing.folders.values() if folder not in keep]
