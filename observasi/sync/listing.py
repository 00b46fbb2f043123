"""What a place holds, as sync sees it: the files observasi wrote (or a sync client's
copies of them) in each device prefix, and a problem for anything else.

One listing per device prefix and nothing opened: the file cache then decides what is
new. The same rules hold for every place (:mod:`observasi.sync.transport`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from observasi.i18n import t
from observasi.sync.enrollment import is_enrollment_file
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
from observasi.sync.transport import Item, Transport

# A revision file as observasi names it, the bulk of every device prefix: it is neither
# clutter, nor a key or enrollment file, nor a copy, and its name is plain ASCII, so the
# checks below are skipped for it (they were most of a no-op rescan's time at 100,000).
_PLAIN_REVISION = re.compile(r"[0-9a-f]{32}\.json")


@dataclass(frozen=True, slots=True)
class Entry:
    """A file in a device prefix that looks like one observasi writes."""

    rel: str  # the path remembered and shown: <where>observasi/<device>/<name>
    ref: str  # what the place reads it by (a path as os.scandir gives it, an object key)
    device: str
    name: FileName
    size: int
    mtime_ns: int


@dataclass
class Listing:
    entries: list[Entry] = field(default_factory=list)
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


def scan(place: Transport, after: Mapping[str, str] | None = None) -> Listing:
    """Every candidate file of *place*: one listing per device prefix (only names after
    ``after[device]`` where given and the place can ask for them). OSError when the
    place's top cannot be listed."""
    listing = Listing(source=place)
    # A copy of the app folder (observasi (1)) names itself; names that are not UTF-8 are
    # shown (and remembered) by their bytes.
    base = f"{place.where}{getattr(place, 'app_name', APP_DIR)}"
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
            items = place.list(prefix.name, (after or {}).get(prefix.name))
        except OSError as exc:
            listing.problems.append((rel_folder, t("sync.bad.unreadable", detail=exc.strerror or exc)))
            continue
        for item in items:
            if item.problem is None and _PLAIN_REVISION.fullmatch(item.name):
                names.add(item.name)
                plain = FileName("revision", item.name[:-5], False)
                listing.entries.append(
                    Entry(f"{rel_folder}/{item.name}", item.ref, prefix.name, plain, item.size, item.stamp)
                )
                continue
            rel = f"{rel_folder}/{shown_name(item.name)}"
            if is_enrollment_file(item.name):
                listing.key_files.setdefault(prefix.name, []).append(item)
                continue
            if is_clutter(item.name) or item.name == DEVICE_KEY_FILE or is_school_file(item.name):
                continue
            meaning = parse_name(item.name)
            if meaning is None:
                listing.problems.append((rel, t("sync.bad.unknown")))
                continue
            if item.problem is not None:
                listing.problems.append((rel, item.problem))
                continue
            names.add(item.name)
            listing.entries.append(Entry(rel, item.ref, prefix.name, meaning, item.size, item.stamp))
    return listing
