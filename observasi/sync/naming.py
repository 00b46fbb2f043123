"""Names in the shared folder: what observasi writes, what sync clients make of it, clutter.

Layout::

    <shared>/observasi/<device-id>/<revision-id>.json      one revision, written once
    <shared>/observasi/<device-id>/form-<sha256>.json      a form a revision uses
    <shared>/observasi/<device-id>/device.pub.json         the device's public key
    <shared>/observasi/<device-id>/programme-<sha256>.json one version of a supervision programme
    <shared>/observasi/<device-id>/file-<sha256>-<dkid>.bin an evidence file's bytes, sealed under
                                                           one teacher's data key (file-<sha256>.bin:
                                                           written in the clear before, still read)
    <shared>/observasi/forms/*.toml                        forms offered to everyone

Only names that match these strict patterns (or a conflict copy a sync client made of
one) are read; a path is never built from a file's content, so a crafted id cannot lead
a write (or a read) outside the folder.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from observasi.files import TEMP_PREFIX  # our own temp files are clutter to a reader

APP_DIR = "observasi"
FORMS_DIR = "forms"
DEVICE_KEY_FILE = "device.pub.json"

ID_RE = re.compile(r"[0-9a-f]{32}")
DEVICE_RE = re.compile(r"[0-9a-f]{16,32}")
HASH_RE = re.compile(r"[0-9a-f]{64}")

# <stem> is the name we wrote without ".json". Sync clients' conflict copies:
#   Google Drive / OneDrive / Windows:  "<stem> (1).json"
#   Dropbox:   "<stem> (Budi's conflicted copy 2026-11-24).json" (and translations)
#   Syncthing: "<stem>.sync-conflict-20261124-101500-ABCDEFG.json"
#   OneDrive:  "<stem>-LAPTOP.json" (the computer's name appended)
_STEM = r"(?P<stem>[0-9a-f]{32}|form-[0-9a-f]{64}|programme-[0-9a-f]{64})"
_STRICT = re.compile(_STEM + r"\.json")
_COPIES = (
    re.compile(_STEM + r" \(\d{1,4}\)\.json"),
    re.compile(_STEM + r" \([^()\\/]{1,120}\)\.json"),
    re.compile(_STEM + r"\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?\.json"),
    re.compile(_STEM + r"-[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\.json"),
)

# An evidence file's bytes, named by their sha256 (and, sealed, by the data key they are
# sealed under: a file two teachers' records name is sealed once for each, so forgetting
# one leaves the other's readable): a copy a sync client made is the same bytes under
# another name, so the strict name and the numbered copy are read.
_BLOB = re.compile(r"file-(?P<hash>[0-9a-f]{64})(?:-(?P<dkid>[0-9a-f]{32}))?(?: \(\d{1,4}\))?\.bin")

_CLUTTER_NAMES = frozenset(
    {
        "desktop.ini",
        ".ds_store",
        "thumbs.db",
        "icon\r",
        ".dropbox",
        ".dropbox.attr",
        ".dropbox.cache",
        "ehthumbs.db",
        ".stfolder",
        ".stignore",
        ".stversions",
    }
)


@dataclass(frozen=True)
class FileName:
    """What a file name says: a revision (``key`` is its id) or a form (``key`` its hash)."""

    kind: str  # "revision" | "form" | "programme" | "file"
    key: str
    copy: bool  # a sync client's conflict copy, not the name we wrote


def revision_file_name(revision_id: str) -> str:
    if not ID_RE.fullmatch(revision_id):
        raise ValueError(f"not a revision id: {revision_id!r}")
    return f"{revision_id}.json"


def form_file_name(digest: str) -> str:
    if not HASH_RE.fullmatch(digest):
        raise ValueError(f"not a form hash: {digest!r}")
    return f"form-{digest}.json"


def programme_file_name(digest: str) -> str:
    if not HASH_RE.fullmatch(digest):
        raise ValueError(f"not a programme hash: {digest!r}")
    return f"programme-{digest}.json"


def blob_file_name(digest: str, dkid: str | None = None) -> str:
    """``file-<sha256>.bin`` (plaintext), ``file-<sha256>-<dkid>.bin`` (sealed under *dkid*)."""
    if not HASH_RE.fullmatch(digest):
        raise ValueError(f"not a file hash: {digest!r}")
    if dkid is None:
        return f"file-{digest}.bin"
    if not ID_RE.fullmatch(dkid):
        raise ValueError(f"not a data key id: {dkid!r}")
    return f"file-{digest}-{dkid}.bin"


def sealed_blob(name: str) -> tuple[str, str] | None:
    """(sha256, data key id) of a sealed evidence file's name (or a copy of one)."""
    blob = _BLOB.fullmatch(name)
    if blob is None or blob.group("dkid") is None:
        return None
    return blob.group("hash"), blob.group("dkid")


def parse_name(name: str) -> FileName | None:
    """The meaning of a file name in a device folder, or None if observasi did not write it."""
    blob = _BLOB.fullmatch(name)
    if blob is not None:
        return FileName("file", blob.group("hash"), name != blob_file_name(blob.group("hash"), blob.group("dkid")))
    match = _STRICT.fullmatch(name)
    copy = False
    if match is None:
        for pattern in _COPIES:
            match = pattern.fullmatch(name)
            if match:
                copy = True
                break
    if match is None:
        return None
    stem = match.group("stem")
    if stem.startswith("form-"):
        return FileName("form", stem[5:], copy)
    if stem.startswith("programme-"):
        return FileName("programme", stem[len("programme-") :], copy)
    return FileName("revision", stem, copy)


# Copies of the whole app folder a sync client makes (two laptops created it at once):
# "observasi (1)", "observasi (Budi's conflicted copy 2026-11-24)", "observasi-LAPTOP" ...
_APP_DIR_COPY = re.compile(
    re.escape(APP_DIR)
    + r"(?: \([^()\\/]{1,120}\)|\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?|-[A-Za-z0-9][A-Za-z0-9_.-]{0,62})"
)


def is_app_dir_copy(name: str) -> bool:
    return bool(_APP_DIR_COPY.fullmatch(name))


def shown_name(name: str) -> str:
    """A file name as text a person can read and the database can store: bytes that are
    not UTF-8 (a name made on another system) shown as \\xNN."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def is_clutter(name: str) -> bool:
    """Files that operating systems, office programs and sync clients leave around."""
    lower = name.lower()
    return (
        lower in _CLUTTER_NAMES
        or name.startswith(("~$", ".~lock", "._", "~syncthing~", ".syncthing.", TEMP_PREFIX))
        or lower.endswith((".tmp", ".partial", ".crdownload", ".part", ".lnk"))
    )


def is_device_id(name: str) -> bool:
    return bool(DEVICE_RE.fullmatch(name))


def app_dir(shared: Path) -> Path:
    return Path(shared) / APP_DIR


def device_dir(shared: Path, device_id: str) -> Path:
    if not is_device_id(device_id):
        raise ValueError(f"not a device id: {device_id!r}")
    return app_dir(shared) / device_id
