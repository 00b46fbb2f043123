"""A bucket holds the school's keys the way a shared folder does: the transport is only storage.

Enrollment, sealing, forgetting and the school key moving on (observasi.sync.enrollment,
envelope, forgetting, rotation, laptop_names) read and write the small signed key files in a
folder laid out like the shared folder. For a bucket that folder is a local copy, kept
owner-only in the data folder: each sync first copies into it the key files of the bucket
(and of the shared folder, when the school uses both) that it does not hold yet, then runs
those steps on it, then writes this laptop's new key files into the bucket (and the folder),
create-only like every other file. So a school that syncs only through a bucket founds,
joins, approves, removes and forgets exactly as through a folder, and the bucket holds
only ciphertext.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from observasi import files, paths
from observasi.sync.enrollment import MAX_BYTES, is_enrollment_file
from observasi.sync.naming import APP_DIR, device_dir, is_device_id
from observasi.sync.transport import Item, Transport


def local_copy(data_dir: Path) -> Path:
    """The folder standing in for the shared folder's key files (``<data>/school-keys``)."""
    root = paths.school_key_files(data_dir)
    (root / APP_DIR).mkdir(parents=True, exist_ok=True)
    files.restrict_to_owner(root)
    return root


def pull(place: Transport, copy: Path, listed: Mapping[str, list[Item]] | None = None) -> int:
    """Copy every key file of *place* that *copy* lacks into it (*listed*: the key files a
    sync's listing of the place already saw, by device; else the place is listed here).
    Returns how many were copied."""
    if listed is None:
        listed = _key_files(place)
    added = 0
    for device, items in listed.items():
        target = device_dir(copy, device)
        for item in items:
            if item.problem is not None or item.size > MAX_BYTES or (target / item.name).exists():
                continue
            try:
                data = place.read(item, MAX_BYTES)
            except OSError:
                continue
            if len(data) <= MAX_BYTES:
                target.mkdir(parents=True, exist_ok=True)
                added += files.write_new(target / item.name, data)
    return added


def _key_files(place: Transport) -> dict[str, list[Item]]:
    found: dict[str, list[Item]] = {}
    try:
        prefixes = [p.name for p in place.prefixes() if p.is_folder and is_device_id(p.name)]
    except OSError:
        return found
    for device in prefixes:
        try:
            found[device] = [i for i in place.list(device) if is_enrollment_file(i.name)]
        except OSError:
            continue
    return found


def push(place: Transport, copy: Path, device: str, present: set[str] | None = None) -> int:
    """Write this laptop's key files from *copy* that *place* lacks into it (*present*: the
    names a sync's listing saw there; else its prefix is listed here). Returns how many."""
    own = device_dir(copy, device)
    try:
        names = sorted(p.name for p in own.iterdir() if is_enrollment_file(p.name))
    except OSError:
        return 0
    if present is None:
        try:
            present = {item.name for item in place.list(device)}
        except OSError:
            present = set()
    written = 0
    for name in names:
        if name not in present:
            written += place.write_new(device, name, (own / name).read_bytes())
    return written
