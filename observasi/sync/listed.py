"""One listing of each folder per sync.

A sync looks into every member's folder a dozen times (its certificates, join requests,
exchange keys, removals, rotations, forgets, data keys, laptop names, school files...).
At a large school a member's folder holds a file per revision (100,000 of them), and
each look listed it whole again: two thirds of a rescan that found nothing new. Inside
:func:`one_listing_each` (what a sync runs in) a folder is listed once and the names are
reused; the listing the sync starts with (observasi.sync.folder) gives them, with each
file's size and time, so nothing is listed or stat'ed twice.

A kept listing is good only while this process has written nothing since it was made
(:func:`observasi.files.changes`): a file this sync writes (a renewed exchange key, an
approval) is in the next look. A file another program adds while the sync runs is in the
next sync, as one added just after a listing always was. Outside a sync nothing is kept.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from observasi import files
from observasi.i18n import t
from observasi.sync.transport import Columns

# The kinds of file a sync looks for all have this in their names (``member-``, ``dk-``,
# ``teacher-`` ...); a revision file's (``<32 hex>.json``), the bulk of a folder, has none.
STAT_MARK = "-"


@dataclass(slots=True)
class _Kept:
    listing: Columns  # names, with sizes and times when the sync's listing made it
    stated: bool
    changes: int  # files.changes() when listed
    folder: str  # where it was listed (os.fspath)
    # Positions of the names with STAT_MARK by what comes before and with it ("member-":
    # [...]): every look of a sync is for one such kind, and a folder is mostly revision files.
    kinds: dict[str, list[int]] | None = None

    def of_kind(self, kind: str) -> list[int]:
        if self.kinds is None:
            key = (self.folder, folder_print(self.listing)) if self.stated else None
            self.kinds = _derived.get(key) if key else None
            if self.kinds is None:
                self.kinds = {}
                names = self.listing.names
                for i in [i for i, name in enumerate(names) if STAT_MARK in name]:
                    name = names[i]
                    self.kinds.setdefault(name[: name.find(STAT_MARK) + 1], []).append(i)
                if key:
                    _keep_derived(key, self.kinds)
        return self.kinds.get(kind, [])


# What is worked out from a folder's listing (the positions of each kind of name, the
# digest of the files of some kinds), kept between syncs in this process by the folder and
# the digest of its whole listing (:func:`folder_print`: every name, size, time and
# unreadable position, in order): the same listing gives the same answers, so a rescan
# that finds a member's folder as it was does not sort its 20,000 roster files by kind
# again. Only listings with each file's size and time are looked up (``stated``).
_DERIVED_KEPT = 256
_derived: dict[tuple[str, ...], Any] = {}


def _keep_derived(key: tuple[str, ...], value: Any) -> None:
    if len(_derived) >= _DERIVED_KEPT:
        _derived.pop(next(iter(_derived)), None)  # the oldest
    _derived[key] = value


_kept: ContextVar[dict[str, _Kept] | None] = ContextVar("observasi_sync_listed", default=None)


@contextmanager
def one_listing_each() -> Iterator[None]:
    """Within this, each folder is listed once (until this process writes a file)."""
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def remember(folder: Path, listing: Columns, *, stated: bool = True) -> None:
    """Keep a listing just made of *folder* (with each file's size and time, when
    *stated*), when inside :func:`one_listing_each`."""
    kept = _kept.get()
    if kept is not None:
        kept[os.fspath(folder)] = _Kept(listing, stated, files.changes(), os.fspath(folder))


def _held(folder: Path) -> _Kept | None:
    kept = _kept.get()
    if kept is None:
        return None
    found = kept.get(os.fspath(folder))
    return found if found is not None and found.changes == files.changes() else None


def kept(folder: Path) -> Columns | None:
    """The listing of *folder* with each file's size and time kept in this sync (by the
    sync's gate, observasi.sync.unchanged), if this process wrote nothing since."""
    found = _held(folder)
    return found.listing if found is not None and found.stated else None


def names(folder: Path) -> list[str]:
    """The names in *folder*, as :func:`os.listdir` gives them (OSError as it raises)."""
    found = _held(folder)
    if found is not None:
        return found.listing.names
    listed = os.listdir(folder)
    remember(folder, Columns(listed, [], []), stated=False)
    return listed


def forget(folders: Iterable[Path]) -> None:
    """Drop what is kept of *folders*: the next look lists them again (what a step reads
    and then remembers as read must be listed when it reads, not when the sync began)."""
    kept = _kept.get()
    if kept is not None:
        for folder in folders:
            kept.pop(os.fspath(folder), None)


def _kind(prefix: str) -> str:
    mark = prefix.find(STAT_MARK)
    assert mark >= 0, "only names with STAT_MARK are sorted by kind"
    return prefix[: mark + 1]


def starting(folder: Path, prefix: str) -> list[str]:
    """The names in *folder* that start with *prefix* (which holds STAT_MARK, as
    ``"member-"``); OSError as :func:`os.listdir` raises."""
    found = _held(folder)
    if found is None:
        listed = names(folder)
        found = _held(folder)
        if found is None:  # outside a sync: nothing kept
            return [name for name in listed if name.startswith(prefix)]
    every = found.listing.names
    return [every[i] for i in found.of_kind(_kind(prefix)) if every[i].startswith(prefix)]


def stats(folder: Path, prefixes: Sequence[str]) -> Columns:
    """The files in *folder* whose name starts with one of *prefixes* (each holding
    STAT_MARK), with their sizes and times, in the order listed (a folder lists in the same
    order while nothing in it changes); OSError when it cannot be listed. A name that is
    not a readable file is left out."""
    wanted = tuple(prefixes)
    found = _held(folder)
    if found is None or not found.stated:
        found = _Kept(read_columns(folder, wanted), False, 0, os.fspath(folder))  # (a part: not looked up)
    listing = found.listing
    kinds = dict.fromkeys(map(_kind, wanted))
    at = [i for kind in kinds for i in found.of_kind(kind)]
    if len(kinds) > 1:
        at.sort()  # in the order listed, as a listing of the folder gives them
    every = listing.names
    if any(prefix not in kinds for prefix in wanted):  # a prefix longer than its kind
        at = [i for i in at if every[i].startswith(wanted)]
    if listing.problems:
        at = [i for i in at if i not in listing.problems]
    return Columns([every[i] for i in at], [listing.sizes[i] for i in at], [listing.stamps[i] for i in at])


def stats_print(folder: Path, prefixes: Sequence[str]) -> str:
    """:func:`folder_print` of :func:`stats` (OSError as it raises): worked out once for
    a listing of the folder, and kept between syncs for the same listing."""
    found = _held(folder)
    if found is None or not found.stated:
        return folder_print(stats(folder, prefixes))
    key = (found.folder, folder_print(found.listing), *prefixes)
    printed = _derived.get(key)
    if printed is None:
        printed = folder_print(stats(folder, prefixes))
        _keep_derived(key, printed)
    return str(printed)


def read_columns(folder: str | Path, wanted: tuple[str, ...] = ()) -> Columns:
    """One listing of *folder* and a stat per file (of those whose name starts with one of
    *wanted*, when given), column by column: no object made per file (a rescan of 100,000
    files spent more on those than on the stats). A name that is not a file, or that cannot
    be stat'ed, is listed with size and time 0 and its reason in ``problems``. OSError when
    the folder cannot be listed. What a folder's listing (observasi.sync.folder) and a look
    for some kinds of file outside a sync both are."""
    names: list[str] = []
    sizes: list[int] = []
    stamps: list[int] = []
    problems: dict[int, str] = {}
    with os.scandir(folder) as inner:
        # The filter outside the loop: a rescan's listing (no filter) pays nothing per file for it.
        for entry in (e for e in inner if e.name.startswith(wanted)) if wanted else inner:
            names.append(entry.name)
            # Not a symbolic link, then a file: is_file() and stat() without follow_symlinks=False
            # (the same answers; a keyword argument parsed per file was 2% of a rescan).
            if entry.is_symlink() or not entry.is_file():
                problems[len(sizes)] = t("sync.bad.not_file")
                sizes.append(0)
                stamps.append(0)
                continue
            try:
                stat = entry.stat()
            except OSError as exc:
                problems[len(sizes)] = t("sync.bad.unreadable", detail=exc.strerror or exc)
                sizes.append(0)
                stamps.append(0)
                continue
            sizes.append(stat.st_size)
            stamps.append(stat.st_mtime_ns)
    # The path as os.scandir gives it (folder + separator + name), for open().
    return Columns(names, sizes, stamps, None, os.path.join(folder, ""), problems)


def folder_print(listing: Columns) -> str:
    """A digest of a device prefix's listing: every name with its size, time and whether it
    could be read, in the order listed. A file a sync client rewrote in place keeps its
    name but not its size and time; a file added, removed or renamed changes the names."""
    if listing.printed is not None:
        return listing.printed
    digest = hashlib.sha256()
    digest.update("\n".join(listing.names).encode("utf-8", "surrogateescape"))
    # The bytes array("q", ...).tobytes() gave (native order, 8 bytes each: the digests kept
    # stay valid), made twice as fast: a rescan's digest of 1,400 files spent 0.1 ms there.
    digest.update(struct.pack(f"={len(listing.sizes)}q", *listing.sizes))
    digest.update(struct.pack(f"={len(listing.stamps)}q", *listing.stamps))
    digest.update(repr(sorted(listing.problems or {})).encode("ascii"))
    listing.printed = digest.hexdigest()
    return listing.printed
