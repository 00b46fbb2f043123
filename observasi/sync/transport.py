"""What sync needs from the place revisions travel through, and nothing more.

A place is a shared folder (:mod:`observasi.sync.folder`) or an S3-compatible bucket
(:mod:`observasi.sync.bucket`). Both hold the same layout (see :mod:`observasi.sync.naming`)
under their root: ``observasi/<device-id>/<file>``. Sync asks a place for four things:

- the device prefixes under ``observasi/`` (:meth:`Transport.prefixes`);
- the files of one device prefix, optionally only those whose name sorts after a given
  one (:meth:`Transport.list`; a folder lists all and lets the caller skip what it has);
- the bytes of one listed file (:meth:`Transport.read`);
- a create-only write into this device's own prefix (:meth:`Transport.write_new`): it
  never replaces what is there, and says so (False) when the name was taken.

Everything else (which names are ours, what is a problem, what is new) is decided once,
in :mod:`observasi.sync.listing`, whatever the place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, slots=True)
class Prefix:
    """A name directly under ``observasi/``."""

    name: str
    is_folder: bool  # False: a plain file where a device folder would be


@dataclass(frozen=True, slots=True)
class Item:
    """A file listed in a device prefix."""

    name: str
    size: int
    stamp: int  # modification time in ns: with the size, what the file cache compares
    ref: str  # what read() needs: a path on disk, an object key
    problem: str | None = None  # listed, but cannot be read as a file (the reason shown)


@dataclass(slots=True)
class Columns:
    """A device prefix's listing column by column: the files of one folder (100,000 at a
    large school) as a few lists, not an object each, for a rescan that only compares them
    with the last one (:func:`observasi.sync.listed.folder_print`)."""

    names: list[str]
    sizes: list[int]
    stamps: list[int]
    refs: list[str] | None = None  # what read() needs, when it is not base + name
    base: str = ""
    problems: dict[int, str] | None = None  # by position: listed, but not a readable file
    # Its digest once made (observasi.sync.listed.folder_print): a listing is never changed.
    printed: str | None = None

    def item(self, i: int) -> Item:
        ref = self.refs[i] if self.refs is not None else self.base + self.names[i]
        problem = self.problems.get(i) if self.problems else None
        return Item(self.names[i], self.sizes[i], self.stamps[i], ref, problem)

    def items(self) -> list[Item]:
        return [self.item(i) for i in range(len(self.names))]

    @classmethod
    def of(cls, items: list[Item]) -> Columns:
        problems = {i: item.problem for i, item in enumerate(items) if item.problem is not None}
        return cls(
            [i.name for i in items],
            [i.size for i in items],
            [i.stamp for i in items],
            [i.ref for i in items],
            "",
            problems,
        )


@runtime_checkable
class HasColumns(Protocol):
    """A place that lists a device prefix as :class:`Columns` itself (a folder)."""

    def columns(self, device: str) -> Columns: ...


class Transport(Protocol):
    """A place revisions travel through (a folder, a bucket)."""

    @property
    def label(self) -> str:
        """The place as the user gave it (a folder path, an ``s3://`` URL)."""
        ...

    @property
    def lists_after(self) -> bool:
        """Whether :meth:`list` can ask for names after a given one (a bucket can; a
        folder lists everything)."""
        ...

    @property
    def where(self) -> str:
        """What comes before ``observasi/<device>/<file>`` in the paths remembered and
        shown for this place: empty for the folder (as before), the URL for a bucket."""
        ...

    def open(self) -> None:
        """Check the place can be reached (making ``observasi/`` where needed); raise a
        UserError that names the place otherwise."""
        ...

    def prefixes(self) -> list[Prefix]:
        """The names directly under ``observasi/``, sorted; OSError if unreachable."""
        ...

    def list(self, device: str, after: str | None = None) -> list[Item]:
        """The files of one device prefix (with names after *after*, where the place can
        ask only for those), sorted by name; OSError if the prefix cannot be read."""
        ...

    def read(self, item: Item, limit: int) -> bytes:
        """At most *limit* + 1 bytes of a listed file (so a huge file is known to be huge);
        OSError if it cannot be read."""
        ...

    def write_new(self, device: str, name: str, data: bytes) -> bool:
        """Create ``observasi/<device>/<name>`` with *data* unless it exists: False (and
        nothing changed) if it does."""
        ...
