"""The names the school's laptops chose ("Laptop Bu Sri"), sealed in the shared folder.

A laptop's name says whose it is, so it is personal data: it travels only as
``name-<seq>.json`` in the laptop's own folder, signed by its device key and sealed under the
school key (AES-256-GCM, associated data ``name|<device>|<seq>|<kid>``). Each sync reads the
members' newest names into the database (what every screen that names a laptop shows) and
writes a new file when this laptop's name changed or the school key moved on since its last
one -- so a renamed laptop's new name reaches the colleagues at their next sync, and a laptop
that joins later can read it. Format: docs/sync-protocol.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass

from observasi import files
from observasi.core.record import utc_now
from observasi.sync import device_key, enrollment, listed
from observasi.sync.envelope import Keyring
from observasi.sync.naming import device_dir
from observasi.sync.transport import Columns

NAME_FILE = re.compile(r"name-(?P<seq>[0-9]{6})\.json")
MAX_CHARS = 60


def name_file_name(seq: int) -> str:
    return f"name-{seq:06d}.json"


def _aad(device: str, seq: int, kid: str) -> bytes:
    return f"name|{device}|{seq}|{kid}".encode("ascii")


@dataclass(frozen=True)
class Named:
    seq: int
    name: str | None  # None: sealed under a school key not held here
    kid: str


def _newest(keys: Keyring, device: str, public_key: str) -> Named | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    school = keys.school.school
    held = school.keys if school else {}
    folder = device_dir(keys.shared, device)
    try:
        names = [n for n in listed.starting(folder, "name-") if NAME_FILE.fullmatch(n)]
    except OSError:
        return None
    for file_name in sorted(names, reverse=True):
        seq = int(file_name[5:11])
        body = enrollment.read_signed(folder / file_name, public_key)
        if not body or body.get("device_id") != device or body.get("seq") != seq:
            continue
        kid = str(body.get("kid", ""))
        name = None
        if kid in held:
            try:
                plain = AESGCM(held[kid]).decrypt(
                    base64.b64decode(body["nonce"]), base64.b64decode(body["ciphertext"]), _aad(device, seq, kid)
                )
                name = plain.decode("utf-8")[:MAX_CHARS]
            except (InvalidTag, ValueError, KeyError, TypeError, UnicodeDecodeError):
                continue
        return Named(seq, name, kid)
    return None


def exchange(keys: Keyring, own_name: str, *, publish: bool = True) -> None:
    """Read the members' names into the database; with *publish*, write this laptop's name
    when it changed or is sealed under a school key that is no longer the current one."""
    school = keys.school.school
    if school is None:
        return
    own_name = own_name.strip()[:MAX_CHARS]
    printed = inputs_print(keys, own_name, publish)
    seen = keys.store.get_setting(_SEEN)
    if printed is not None and printed == seen:
        return  # no name file came, went or changed, nor anything that decides a write
    before, failed = files.changes(), files.read_failures()
    found = _exchange(keys, own_name, publish)
    # The names and the digest in one transaction (each commit is an fsync of a sync).
    with keys.store.transaction():
        keys.store.save_laptop_names(found)
        if files.changes() == before and files.read_failures() == failed and printed != seen:
            # Remembered after an exchange that wrote nothing: the one that writes a new
            # name file is followed by one that reads it (and finds nothing to write).
            keys.store.set_setting(_SEEN, printed)


# The digest of what the last exchange that wrote nothing read (:func:`inputs_print`).
_SEEN = "sync.laptop_names_seen"


def inputs_print(keys: Keyring, own_name: str, publish: bool) -> str | None:
    """A digest of everything :func:`exchange` reads and decides by: the members and their
    keys, the school keys held and the current one, this laptop's name and whether it
    publishes, and the name, size and time of every name file in the members' folders (the
    sync's listing: nothing listed or stat'ed again). None when a folder cannot be listed."""
    school = keys.school.school
    members = sorted((device, member.public_key) for device, member in keys.school.members.items())
    head = [keys.school.device, members, sorted(school.keys) if school else [], school.current if school else ""]
    digest = hashlib.sha256(json.dumps([*head, own_name, publish]).encode("utf-8"))
    for device, _ in members:
        try:
            found = listed.stats_print(device_dir(keys.shared, device), ("name-",))
        except FileNotFoundError:
            found = listed.folder_print(Columns([], [], []))
        except OSError:
            return None
        digest.update(f"\n{device}\n{found}".encode())
    return digest.hexdigest()


def _exchange(keys: Keyring, own_name: str, publish: bool) -> dict[str, tuple[str, int]]:
    """The members' names (to store), read; this laptop's name file written if due."""
    school = keys.school.school
    assert school is not None
    me = keys.school.device
    found: dict[str, tuple[str, int]] = {}
    mine: Named | None = None
    for device, member in keys.school.members.items():
        newest = _newest(keys, device, member.public_key)
        if device == me:
            mine = newest
        elif newest is not None and newest.name:
            found[device] = (newest.name, newest.seq)
    if publish and own_name and (mine is None or mine.name != own_name or mine.kid != school.current):
        _write(keys, enrollment.next_number(mine.seq if mine else 0, _numbers(keys, me)), own_name)
    return found


def _numbers(keys: Keyring, device: str) -> list[int]:
    """The numbers of *device*'s name files, genuine or not (a new one steps over them)."""
    try:
        names = listed.starting(device_dir(keys.shared, device), "name-")
    except OSError:
        return []
    return [int(n[5:11]) for n in names if NAME_FILE.fullmatch(n)]


def _write(keys: Keyring, seq: int, name: str) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    school = keys.school.school
    assert school is not None
    kid, device = school.current, keys.school.device
    nonce = os.urandom(12)
    body = {
        "format": "observasi-name",
        "version": 1,
        "device_id": device,
        "seq": seq,
        "kid": kid,
        "created_at": utc_now(),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "ciphertext": base64.b64encode(
            AESGCM(school.keys[kid]).encrypt(nonce, name.encode("utf-8"), _aad(device, seq, kid))
        ).decode("ascii"),
    }
    signer = device_key.load_or_create(keys.store.data_dir)
    files.write_new(device_dir(keys.shared, device) / name_file_name(seq), enrollment.signed(body, signer))
