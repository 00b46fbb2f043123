"""The "nothing changed" gate: a sync that finds every input of the exchange as the last
complete, problem-free sync left it skips the exchange (its report is that sync's no-op).

Why: a rescan that finds nothing new still ran some 25 fixed steps (the school's keys
loaded, the certificates', roster's and names' digests compared, forgets, forms, laptop
names, year files...), each 30-300 us: at 1,000 files that was 1.9x the cost of listing
the folder and stat'ing its files (issue 18). Each step already skipped its own work when
its own inputs were as before; this asks the question once, for all of them.

What the exchange of a shared folder reads, and how each is compared here:

- the folder: every device prefix under ``observasi/`` listed with each file's name, size
  and time (:func:`observasi.sync.listed.folder_print`), the names directly under
  ``observasi/`` and the copies of it a sync client made beside it. The exchange then works
  from these very listings (:func:`observasi.sync.listed.remember`), so what is recorded is
  what it read. Not seen: a file rewritten in place with the same size and the same
  modification time to the nanosecond (as the per-prefix digests of
  observasi.sync.listing never saw it either);
- the database: a flag every write to any table sets (but the log and the ratings' tally,
  derived), by this program or another
  (triggers, :func:`observasi.store.schema.watch_writes`), cleared in the last commit of a
  complete sync (:meth:`observasi.store.sync_state.SyncTables.log_sync`);
- the data folder: its files (the device key, the school's keys, the trusted
  certificates, the forms, the evidence files, the logo) by name, size and time, two
  folders deep; the database's own files, the sync lock and the error log left out;
- the programme (its version and its migrations), the place, and the laptop's settings.

A sync that had a problem or a notice, waited for approval, found no school, raised, or
was killed does not record its digest, and one that begins a whole exchange first marks
the kept digest stale: the next sync is a whole one. The exchange has no duty that falls
due with time alone (renewals, rotations and forgets are files or rows, compared above).
A bucket, or a folder and a bucket together, always run the whole exchange: a bucket's
listing is not cheap to fingerprint.
"""

from __future__ import annotations

import gc
import hashlib
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import observasi
from observasi import files, paths
from observasi.context import AppContext
from observasi.store.schema import known_migrations
from observasi.sync import listed
from observasi.sync.folder import FolderTransport
from observasi.sync.naming import is_app_dir_copy
from observasi.sync.transport import Columns, Transport

# Files of the data folder a sync always changes or that say nothing about its inputs.
_NOT_INPUTS = (paths.DATABASE, paths.ERROR_LOG, paths.sync_lock(Path()).name)


@dataclass(frozen=True)
class Gate:
    """What a sync found of its inputs: *state* is their digest (None: a place the gate
    does not cover), *holds* whether the last complete sync recorded the same, *listed*
    the files of ours that sync reported the place holds."""

    state: str | None
    holds: bool = False
    listed: int = 0
    written: int = field(default_factory=files.changes)  # this process's file writes so far

    def record(self, listed_files: int) -> str | None:
        """What a complete, problem-free sync keeps (:meth:`SyncTables.log_sync`); None
        when it is kept already (the gate held) or there is nothing to keep. Nor when the
        sync wrote a file: its inputs were listed before it, and a folder put back as it
        was then (an old backup restored over the files it wrote) must be exchanged."""
        if self.state is None or self.holds or files.changes() != self.written:
            return None
        return f"{self.state} {listed_files}"


def look(context: AppContext, reachable: list[Transport], failed: int) -> Gate:
    """Compare this sync's inputs with those the last complete sync recorded; when they
    differ, mark the record stale first (this sync may stop half-way)."""
    if failed or len(reachable) != 1 or not isinstance(reachable[0], FolderTransport):
        return _stale(context, None)
    place = reachable[0]
    listings: dict[str, Columns] = {}
    was_enabled = gc.isenabled()
    gc.disable()  # a few thousand names and numbers, no cycle: no collection of the app's heap
    try:
        state = inputs(context, place, listings)
    except OSError:
        return _stale(context, None)  # the exchange says what cannot be read
    finally:
        if was_enabled:
            gc.enable()
    kept = context.store.unchanged_state()
    if kept is not None:
        printed, _, files = kept.partition(" ")
        if printed == state and files.isdigit():
            return Gate(state, True, int(files))
    root = place.root
    for name, columns in listings.items():
        listed.remember(root / name, columns)  # what the exchange reads: this very listing
    return _stale(context, state, kept)


def _stale(context: AppContext, state: str | None, kept: str | None = "?") -> Gate:
    if kept == "?":
        kept = context.store.unchanged_state()
    if kept is not None:
        context.store.forget_unchanged()
    return Gate(state)


@cache
def _programme() -> bytes:
    """The programme's version and every migration it has: an upgrade is a whole sync."""
    return f"{observasi.__version__}\0{sorted(known_migrations())}\0".encode()


def inputs(context: AppContext, place: FolderTransport, listings: dict[str, Columns] | None = None) -> str:
    """The digest of what the exchange with *place* reads (the module's docstring); the
    listing of each device prefix into *listings*. OSError when the folder cannot be listed."""
    digest = hashlib.sha256(_programme())
    settings = context.settings
    digest.update(f"{os.fspath(place.shared)}\0{place.app_name}\0{settings!r}\0".encode("utf-8", "surrogateescape"))
    with os.scandir(place.shared) as top:
        copies = sorted(e.name for e in top if is_app_dir_copy(e.name))
    digest.update(f"copies {copies}\0".encode("utf-8", "surrogateescape"))
    root = os.fspath(place.root)
    try:
        with os.scandir(root) as inside:
            found = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in inside)
    except FileNotFoundError:
        found = []  # nothing written to the folder yet
    for name, is_folder in found:
        if is_folder:
            columns = listed.read_columns(os.path.join(root, name))
            if listings is not None:
                listings[name] = columns
            digest.update(f"{name}/{listed.folder_print(columns)}\0".encode("utf-8", "surrogateescape"))
        else:
            digest.update(f"{name} file\0".encode("utf-8", "surrogateescape"))
    _data_folder(os.fspath(settings.data_dir), digest, depth=2, top=True)
    return digest.hexdigest()


def _data_folder(folder: str, digest: Any, *, depth: int, top: bool = False) -> None:
    try:
        columns = listed.read_columns(folder)
    except FileNotFoundError:
        digest.update(b"none\0")
        return
    if top:
        keep = [i for i, name in enumerate(columns.names) if not name.startswith(_NOT_INPUTS)]
        columns = Columns(
            [columns.names[i] for i in keep],
            [columns.sizes[i] for i in keep],
            [columns.stamps[i] for i in keep],
            problems={j: "" for j, i in enumerate(keep) if columns.problems and i in columns.problems},
        )
    digest.update(f"{folder}/{listed.folder_print(columns)}\0".encode("utf-8", "surrogateescape"))
    if depth and columns.problems:
        for i in sorted(columns.problems):  # not a plain file: a folder, looked into
            _data_folder(os.path.join(folder, columns.names[i]), digest, depth=depth - 1)
