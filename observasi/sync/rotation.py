"""The school key moves on: at a forget and when a device is removed.

A forgotten teacher's data key stays in the folder wrapped under the school key of the
time (nothing is deleted there), and each member's school key stays there wrapped for its
exchange key. So forgetting means: a new school key, every data key still in use wrapped
again under it (``dk-<dkid>-<kid>.json``), a signed ``rotate-<kid>.json`` naming the school
keys it retires, and on every member -- the one that rotates at once, any other when it
syncs next, an offline one whenever it comes back -- the retired school keys destroyed and
the exchange key renewed (``kex-<seq>.json``). After that no member holds anything that
opens the forgotten teacher's data key. A device removal moves on the same way: the removed
device still holds the old keys, so data keys made afterwards (under the new school key)
are out of its reach. Format: docs/sync-protocol.md.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

from observasi import files
from observasi.core.record import utc_now
from observasi.sync import device_key, enrollment, listed, school_keys
from observasi.sync.envelope import Keyring
from observasi.sync.forgetting import forget_records
from observasi.sync.naming import device_dir

_ROTATE = re.compile(r"rotate-(?P<kid>[0-9a-f]{16})\.json")


def rotate_file_name(kid: str) -> str:
    return f"rotate-{kid}.json"


def forgotten_teachers(keys: Keyring) -> set[str]:
    """Teachers forgotten here or by any member (a forget record not applied here yet included)."""
    return set(keys.store.forgotten_teachers()) | set(forget_records(keys.shared, keys.school))


def rotate(keys: Keyring) -> str:
    """Make a new school key, current from now on: wrapped for every member, every data key
    of a teacher not forgotten wrapped again under it, the older school keys retired (here
    at once; on the other members at their next sync). Returns the new key's id."""
    state, store = keys.school, keys.store
    school = state.school
    assert school is not None
    data_dir, me = store.data_dir, state.device
    everything = keys.every_data_key(forgotten_teachers(keys))  # opened while the old keys are here
    retired = sorted(school.keys)
    kid = os.urandom(8).hex()
    school.keys[kid] = os.urandom(32)
    school.current = kid
    school_keys.save_school(data_dir, school)  # the new key is kept before anything names it
    _renew_own_kex(keys)
    for device, member in state.members.items():
        enrollment.write_wrapped(keys.shared, data_dir, me, school, kid, device, member.kex)
    for dkid, (teacher, key, made_under) in everything.items():
        keys.rewrap(dkid, teacher, key, kid, made_under)
    body = {
        "format": "observasi-rotate",
        "version": 1,
        "kid": kid,
        "retires": retired,
        "device_id": me,
        "at": utc_now(),
    }
    files.write_new(device_dir(keys.shared, me) / rotate_file_name(kid), enrollment.signed(body, _signer(keys)))
    school.keys = {kid: school.keys[kid]}
    school_keys.save_school(data_dir, school)
    keys.forget_folder_index()
    return kid


def catch_up(keys: Keyring) -> bool:
    """Retire here the school keys a member's rotation retired, once this laptop holds the
    new one: first every data key they open (and no other school key held wraps) is wrapped
    again under the current key, so nothing still in use is lost with them; then they are
    destroyed and the exchange key renewed. True when keys were retired."""
    school = keys.school.school
    if school is None:
        return False
    retiring = {old for kid, olds in _rotations(keys).items() if kid in school.keys for old in olds}
    retiring &= set(school.keys)
    kept = {kid: key for kid, key in school.keys.items() if kid not in retiring}
    if not retiring or not kept:
        return False
    if school.current not in kept:
        school.current = sorted(kept)[-1]
    already = keys.wrapped_under(school.current)
    for dkid, (teacher, key, made_under) in keys.every_data_key(forgotten_teachers(keys)).items():
        if dkid not in already and made_under not in kept:
            keys.rewrap(dkid, teacher, key, school.current, made_under)
    _renew_own_kex(keys)
    school.keys = kept
    school_keys.save_school(keys.store.data_dir, school)
    keys.forget_folder_index()
    return True


def after_forgets(keys: Keyring) -> bool:
    """Rotate when a forgotten teacher's data key is still wrapped, in the folder, under a
    school key held here (the forget was made here, or by a member whose own rotation has not
    arrived). True when it rotated."""
    school = keys.school.school
    if school is None:
        return False
    forgotten = {dkid for dkids in keys.store.forgotten_teachers().values() for dkid in dkids}
    if not forgotten:
        return False
    index = keys.wrapped_files()
    for dkid in forgotten & index.keys():
        if any(_wrapping_kid(path) in school.keys for path in index[dkid]):
            rotate(keys)
            return True
    return False


def _wrapping_kid(path: Path) -> str:
    """The school key a ``dk-`` file is wrapped under (its name says it when wrapped again)."""
    stem = path.name.removesuffix(".json").split("-")
    if len(stem) == 3:
        return stem[2]
    try:
        return str(json.loads(path.read_bytes()).get("kid", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def _rotations(keys: Keyring) -> dict[str, list[str]]:
    """Rotation records signed by members: new school key id -> the ids it retires."""
    found: dict[str, list[str]] = {}
    for device, member in keys.school.members.items():
        folder = device_dir(keys.shared, device)
        try:
            names = listed.starting(folder, "rotate-")
        except OSError:
            continue
        for name in names:
            match = _ROTATE.fullmatch(name)
            body = enrollment.read_signed(folder / name, member.public_key) if match else None
            if match and body and body.get("kid") == match["kid"] and isinstance(body.get("retires"), list):
                found.setdefault(match["kid"], []).extend(str(old) for old in body["retires"])
    return found


def _renew_own_kex(keys: Keyring) -> None:
    state = keys.school
    kex = enrollment.renew_kex(keys.store.data_dir, keys.shared, state.device)
    member = state.members.get(state.device)
    if member is not None:
        state.members[state.device] = dataclasses.replace(member, kex=kex)


def _signer(keys: Keyring) -> device_key.DeviceKey:
    return device_key.load_or_create(keys.store.data_dir)
