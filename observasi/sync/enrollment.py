"""Only the school's devices write: the school key, members, join requests and approvals.

The first laptop that syncs into an empty folder founds the school without a question: it
makes the school key and writes a member certificate for itself. Any other laptop writes a
join request into its own device folder and waits; a member sees the request (the app's
sync screen, ``observasi devices``) with a short code that the new laptop shows too, and
approves it when the two codes are the same. The approval is a member certificate for the
new device signed by the approving member, and the school key wrapped for the new device's
X25519 key (see docs/sync-protocol.md). Revisions are read only from members' folders: an
unknown device folder is reported by name, never applied.

Every file here is written create-only into the writer's own device folder, as revisions
are, and carries the writer's ECDSA signature (its device key); nothing is ever edited or
deleted. Local secrets (the X25519 key, the school keys) live in ``keys/`` owner-only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from observasi import files
from observasi.core.canonical import canonical_json
from observasi.core.record import utc_now
from observasi.errors import UserError
from observasi.i18n import t
from observasi.sync import device_key, listed
from observasi.sync.naming import app_dir, device_dir, is_device_id
from observasi.sync.school_keys import (
    SchoolKeys,
    b64,
    kex_path,
    kex_public,
    load_school,
    save_kex_key,
    save_school,
    unwrap,
    wrap_for,
)

JOIN_FILE = "join.json"
# The same laptop asking again under another name: ``join-000001.json`` ... (create-only,
# so the newest is read; join.json is sequence 0).
_JOIN_AGAIN = re.compile(r"join-(?P<seq>(?!000000)[0-9]{6})\.json")  # never 0: join.json's
_MEMBER = re.compile(r"member-(?P<device>[0-9a-f]{16,32})\.json")
_KEY = re.compile(r"key-(?P<kid>[0-9a-f]{16})-(?P<device>[0-9a-f]{16,32})\.json")
_REMOVED = re.compile(r"removed-(?P<device>[0-9a-f]{16,32})\.json")
_KEX = re.compile(r"kex-(?P<seq>[0-9]{6})\.json")
# Read by observasi.sync.envelope (a teacher's data key, as made or wrapped again),
# observasi.sync.forgetting and observasi.sync.rotation (the school key moved on).
_OTHER_KEY_FILES = re.compile(
    r"(?:dk|forget)-[0-9a-f]{32}\.json|dk-[0-9a-f]{32}-[0-9a-f]{16}\.json|rotate-[0-9a-f]{16}\.json"
    r"|name-[0-9]{6}\.json"  # observasi.sync.laptop_names: a laptop's chosen name, sealed
    r"|join-[0-9]{6}\.json"  # a join request asked again under another name
)
MAX_BYTES = 64 * 1024


# What every name above starts with: a school's roster file (20,000 at a large school) is
# told apart without trying each pattern.
_STARTS = ("member-", "key-", "removed-", "kex-", "dk-", "forget-", "rotate-", "name-", "join-")


def is_enrollment_file(name: str) -> bool:
    """Names this module reads; the revision reader skips them."""
    return name == JOIN_FILE or (
        name.startswith(_STARTS)
        and any(pattern.fullmatch(name) for pattern in (_MEMBER, _KEY, _REMOVED, _KEX, _OTHER_KEY_FILES))
    )


def member_file_name(device: str) -> str:
    return f"member-{device}.json"


def key_file_name(kid: str, device: str) -> str:
    return f"key-{kid}-{device}.json"


def removed_file_name(device: str) -> str:
    return f"removed-{device}.json"


def _named(folder: Path, prefix: str, suffix: str = ".json") -> list[Path]:
    """The files of *folder* named ``<prefix>...<suffix>`` (none when it cannot be listed).
    What ``folder.glob(prefix + "*" + suffix)`` gave, without a Path and a pattern match for
    every name: a member's folder holds a file per revision (100,000 at a large school), and
    a sync looks for these a dozen times."""
    try:
        names = [n for n in listed.starting(folder, prefix) if n.endswith(suffix)]
    except OSError:
        return []
    return [folder / name for name in names if len(name) >= len(prefix) + len(suffix)]


def latest_kex(shared: Path, device: str, public_key: str) -> tuple[int, str] | None:
    """The newest exchange key *device* announced (``kex-<seq>.json`` signed by its device
    key), as (seq, key); None when it never renewed the one in its certificate."""
    folder = device_dir(shared, device)
    best: tuple[int, str] | None = None
    for path in _named(folder, "kex-"):
        match = _KEX.fullmatch(path.name)
        body = read_signed(path, public_key) if match else None
        if (
            match
            and body
            and body.get("device_id") == device
            and body.get("seq") == int(match["seq"])
            and isinstance(body.get("kex_key"), str)
            and (best is None or int(match["seq"]) > best[0])
        ):
            best = (int(match["seq"]), body["kex_key"])
    return best


def renew_kex(data_dir: Path, shared: Path, device: str) -> str:
    """Replace this laptop's exchange key with a new one and announce it in its folder.

    The school keys wrapped for the old key stay in the folder (nothing is deleted there);
    once the old key is gone, nothing held here opens them: a school key retired at a
    forget cannot be recovered from this laptop's keys. Returns the new public key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    signer = device_key.load_or_create(data_dir)
    latest = latest_kex(shared, device, signer.public_key)
    folder = device_dir(shared, device)
    # Numbered after every exchange key file there, genuine or not (:func:`next_number`): a
    # damaged one under the next number refused the create-only write, and the new key was
    # kept here while the members never heard of it (they wrapped for the old one).
    present = {int(m["seq"]) for path in _named(folder, "kex-") if (m := _KEX.fullmatch(path.name))}
    seq = next_number(latest[0] if latest else 0, present)
    key = X25519PrivateKey.generate()
    public = b64(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))
    body = {"format": "observasi-kex", "version": 1, "device_id": device, "kex_key": public, "created_at": utc_now()}
    while not files.write_new(folder / f"kex-{seq:06d}.json", signed({**body, "seq": seq}, signer)):
        if seq >= 999999:  # the readers' six digits are used up: said, the key is not changed
            raise UserError(t("files.err.write", path=folder / f"kex-{seq:06d}.json", detail="kex-999999"))
        present.add(seq)  # a file appeared under it meanwhile
        seq = next_number(seq, present)
    save_kex_key(data_dir, key)  # only once announced: a key the members never heard of opens nothing
    return public


# -- signed files ----------------------------------------------------------------------------


def signed(body: dict[str, Any], key: device_key.DeviceKey) -> bytes:
    """*body* with this device's signature, as the canonical JSON written to the folder."""
    digest = hashlib.sha256(canonical_json(body)).hexdigest()
    return canonical_json({**body, "signature": key.sign(digest.encode("ascii"))})


def read_signed(path: Path, public_key: str | None = None) -> dict[str, Any] | None:
    """A signed file's body when its signature holds (by *public_key*, or by the key the
    file names for itself); None for anything else."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError:
        files.note_read_failure()  # there but not readable now: not to be remembered as read
        return None
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("signature"), str):
        return None
    body = {k: v for k, v in data.items() if k != "signature"}
    signer = public_key if public_key is not None else body.get("public_key")
    if not isinstance(signer, str):
        return None
    digest = hashlib.sha256(canonical_json(body)).hexdigest()
    if not device_key.verify(signer, data["signature"], digest.encode("ascii")):
        return None
    return body


def short_code(device: str, public_key: str, kex: str) -> str:
    """Six digits both screens show for one join request: the same only when the request
    the member sees is the one the new laptop wrote."""
    digest = hashlib.sha256(f"observasi-join|{device}|{public_key}|{kex}".encode()).digest()
    number = int.from_bytes(digest[:8], "big") % 1_000_000
    return f"{number // 1000:03d} {number % 1000:03d}"


# -- membership --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    device: str
    public_key: str
    kex: str
    approved_by: str
    approved_at: str
    label: str


@dataclass(frozen=True)
class JoinRequest:
    device: str
    public_key: str
    kex: str
    label: str
    created_at: str
    # Request files in the device's folder signed by another key than its first request's:
    # not the laptop's (anyone can write into a folder), never read, reported by name.
    foreign: tuple[str, ...] = ()
    # The device id of this laptop's earlier request, under an identity it lost while it
    # waited (its request says so, signed by its own key); "" for none.
    replaces: str = ""

    @property
    def code(self) -> str:
        return short_code(self.device, self.public_key, self.kex)


def _folders(shared: Path) -> list[Path]:
    root = app_dir(shared)
    try:
        with os.scandir(root) as found:  # a device folder's kind, without a stat each
            names = sorted(e.name for e in found if is_device_id(e.name) and e.is_dir())
    except OSError:
        return []
    return [root / name for name in names]


def founders(shared: Path) -> list[Member]:
    """Self-signed founder certificates in the folder (normally exactly one)."""
    found = []
    for folder in _folders(shared):
        body = read_signed(folder / member_file_name(folder.name))
        if body and body.get("founder") is True and body.get("device_id") == folder.name:
            found.append(_member(body))
    return found


def _member(body: dict[str, Any]) -> Member:
    return Member(
        str(body["device_id"]),
        str(body["public_key"]),
        str(body["kex_key"]),
        str(body.get("approved_by", "")),
        str(body.get("approved_at", "")),
        str(body.get("label", "")),
    )


def members(shared: Path, school: SchoolKeys) -> dict[str, Member]:
    """Every device whose membership goes back to the school's founder through certificates
    signed by members; devices removed by a member (the founder too) are left out, and a
    removed device's certificates count only for the devices its removal notice keeps
    (those it had approved by then): a lost laptop cannot let a new one in."""
    known = _walk(shared, school, {})
    notices = removals(shared, known)
    if not notices:
        return _with_renewed_kex(shared, known)
    limits = {device: kept for device, kept in notices.items() if kept is not None}
    known = _walk(shared, school, limits) if limits else known
    for device in notices:
        known.pop(device, None)
    return _with_renewed_kex(shared, known)


def _walk(shared: Path, school: SchoolKeys, limits: dict[str, set[str]]) -> dict[str, Member]:
    """The founder and every device certified by a device already found (a device in
    *limits* certifies only the devices listed for it)."""
    root = Member(school.root_device, school.root_key, "", "", "", "")
    founder = read_signed(
        device_dir(shared, school.root_device) / member_file_name(school.root_device), school.root_key
    )
    if founder is not None:
        root = _member(founder)
    known = {root.device: root}
    folders = {folder.name: folder for folder in _folders(shared)}
    changed = True
    while changed:
        changed = False
        for signer, member in list(known.items()):
            folder = folders.get(signer)
            if folder is None:
                continue
            for path in _named(folder, "member-"):
                match = _MEMBER.fullmatch(path.name)
                if not match or match["device"] in known:
                    continue
                if signer in limits and match["device"] not in limits[signer]:
                    continue
                body = read_signed(path, member.public_key)
                if body and body.get("device_id") == match["device"] and body.get("approved_by") == signer:
                    known[match["device"]] = _member(body)
                    changed = True
    return known


def _with_renewed_kex(shared: Path, known: dict[str, Member]) -> dict[str, Member]:
    for device, member in list(known.items()):
        renewed = latest_kex(shared, device, member.public_key)
        if renewed:
            known[device] = dataclasses.replace(member, kex=renewed[1])
    return known


def removals(shared: Path, known: dict[str, Member]) -> dict[str, set[str] | None]:
    """Devices a member has removed (``removed-<device>.json`` signed by that member) ->
    the devices whose certificates by it still count (None: every one, a notice written
    before notices listed them)."""
    gone: dict[str, set[str] | None] = {}
    for signer, member in known.items():
        folder = device_dir(shared, signer)
        for path in _named(folder, "removed-"):
            match = _REMOVED.fullmatch(path.name)
            body = read_signed(path, member.public_key) if match else None
            if match and body and body.get("device_id") == match["device"]:
                kept = body.get("kept")
                listed = {str(d) for d in kept} if isinstance(kept, list) else None
                earlier = gone.get(match["device"], set())
                gone[match["device"]] = None if listed is None or earlier is None else listed | earlier
    return gone


def removed(shared: Path, known: dict[str, Member]) -> set[str]:
    """Devices a member has removed."""
    return set(removals(shared, known))


def join_requests(
    shared: Path, known: dict[str, Member], gone: set[str] | None = None, data_dir: Path | None = None, me: str = ""
) -> list[JoinRequest]:
    """Join requests of devices that are not members (nor removed); the laptop's name is
    opened when it was sealed for *me* (with this laptop's exchange key, in *data_dir*)."""
    found: list[JoinRequest] = []
    approved: list[JoinRequest] = []  # members' own requests: only what they replaced counts
    for folder in _folders(shared):
        if gone and folder.name in gone:
            continue
        member = known.get(folder.name)
        if member is not None and not (folder / JOIN_FILE).exists():
            continue  # a member that never asked to join (the founder): no request to read
        # A member's own request (signed by its key) still says which request it replaced.
        latest, foreign = _requests(folder, member.public_key if member is not None else None)
        if latest is not None:
            body = latest[1]
            replaces = body.get("replaces")
            request = JoinRequest(
                folder.name,
                str(body["public_key"]),
                str(body["kex_key"]),
                (_sealed_label(body, data_dir, me) if data_dir else "") or str(body.get("label", ""))[:60],
                str(body.get("created_at", "")),
                tuple(foreign),
                replaces if isinstance(replaces, str) and is_device_id(replaces) else "",
            )
            (found if member is None else approved).append(request)
    return current_requests(found, approved)


def current_requests(found: list[JoinRequest], approved: list[JoinRequest]) -> list[JoinRequest]:
    """*found* without the requests a laptop made again under a new identity: it lost its
    key while it waited, and its new request (waiting too, or *approved* since: a member's
    own) names the old device. A member showed both, and the old code matched nothing the
    laptop showed. Taken as the same laptop only when the newer request names the older one
    and carries the same name, opened here: a request that names another laptop's under
    another name leaves it listed, and so does one whose name cannot be opened here (two
    unread names are not one name: the review hid a real request behind a forged one so)."""
    claims = {r.replaces: r for r in [*found, *approved] if r.replaces and r.replaces != r.device}

    def replaced(r: JoinRequest) -> bool:
        newer = claims.get(r.device)
        return newer is not None and bool(r.label) and newer.label == r.label and newer.created_at >= r.created_at

    return [r for r in found if not replaced(r)]


def next_number(newest: int, present: Iterable[int]) -> int:
    """The number of a new create-only file of this laptop (a name, a join request asked
    again): the first after *newest*, its newest genuine one, that no file present holds. A
    damaged or foreign file under the next number is stepped over (the write collided with
    it: nothing written, the new name never travelled), and one far ahead
    (``name-999999.json``, not ours) does not push the number past the six digits the
    readers' pattern holds."""
    taken = set(present)
    number = newest + 1
    while number in taken:
        number += 1
    return number


def _signed_by(path: Path, public_key: str, device: str) -> bool:
    body = read_signed(path, public_key)
    return body is not None and body.get("device_id") == device


def _requests(folder: Path, owner: str | None = None) -> tuple[tuple[int, dict[str, Any]] | None, list[str]]:
    """A device folder's newest valid join request and its sequence (``join.json`` is 0,
    the ``join-<seq>.json`` written when the laptop asked again under another name its
    number), and the names of the request files signed by another key.

    Each request is signed by the key it names, but anyone can write such a file into any
    folder: the laptop's key is *owner* (the joining laptop reading its own folder knows
    it), else the key of its ``join.json``, the request a laptop always writes first (the
    later ones are create-only under numbers from 1). A request under another key would
    otherwise take the real one's place: the member would be shown another laptop's code,
    the real one never. Without a valid ``join.json`` (a sync client has not brought it yet)
    nothing is read and nothing accused: a numbered file alone cannot say whose it is (the
    review: a forged lower number was taken as the key, and the real file accused)."""
    again = [(int(m["seq"]), path) for path in _named(folder, "join-") if (m := _JOIN_AGAIN.fullmatch(path.name))]
    valid: list[tuple[int, str, dict[str, Any]]] = []
    for seq, path in sorted([(0, folder / JOIN_FILE), *again]):
        body = read_signed(path)
        if body and body.get("device_id") == folder.name and isinstance(body.get("kex_key"), str):
            valid.append((seq, path.name, body))
    first = valid[0][2] if valid and valid[0][0] == 0 else None
    key = owner if owner is not None else (first.get("public_key") if first is not None else None)
    if key is None:
        return None, []
    own = [(seq, body) for seq, _, body in valid if body.get("public_key") == key]
    return (own[-1] if own else None), [name for _, name, body in valid if body.get("public_key") != key]


_LABEL_KID = "laptop-name"  # in place of a school key id, when a join request seals its name


def seal_label(label: str, known: dict[str, Member]) -> list[dict[str, Any]]:
    """A joining laptop's name sealed for each member's exchange key (ECDH, as a school key
    is wrapped): the name says whose laptop it is, so the folder never shows it."""
    data = label.strip()[:60].encode("utf-8")
    return [wrap_for(_LABEL_KID, data, device, member.kex) for device, member in known.items() if data]


def _sealed_label(body: dict[str, Any], data_dir: Path, me: str) -> str:
    sealed = body.get("label_sealed")
    for item in sealed if isinstance(sealed, list) else ():
        if isinstance(item, dict) and item.get("device_id") == me and item.get("kid") == _LABEL_KID:
            opened = unwrap(data_dir, item)
            if opened is not None:
                return opened.decode("utf-8", "replace")[:60]
    return ""


def wrapped_keys_for(shared: Path, device: str, known: dict[str, Member], data_dir: Path) -> dict[str, bytes]:
    """School keys wrapped for *device* by any member, opened."""
    found: dict[str, bytes] = {}
    for signer, member in known.items():
        folder = device_dir(shared, signer)
        for path in _named(folder, "key-", f"-{device}.json"):
            match = _KEY.fullmatch(path.name)
            body = read_signed(path, member.public_key) if match else None
            if match and body and body.get("device_id") == device and body.get("kid") == match["kid"]:
                key = unwrap(data_dir, body)
                if key is not None:
                    found[match["kid"]] = key
    return found


# -- what a sync does first -----------------------------------------------------------------


@dataclass
class Enrollment:
    """The school as this sync sees it."""

    device: str
    school: SchoolKeys | None
    members: dict[str, Member] = field(default_factory=dict)
    requests: list[JoinRequest] = field(default_factory=list)
    code: str = ""  # this laptop's join code, while it waits
    founded: bool = False
    # A laptop that asked to join found no school in the folder: it wrote nothing there.
    no_school: bool = False

    @property
    def waiting(self) -> bool:
        return self.school is None


def _member_body(
    device: str, public_key: str, kex: str, approver: str, label: str, *, founder: bool = False
) -> dict[str, Any]:
    return {
        "format": "observasi-member",
        "version": 1,
        "device_id": device,
        "public_key": public_key,
        "kex_key": kex,
        "approved_by": approver,
        "approved_at": utc_now(),
        "label": label,
        "founder": founder,
    }


def _found(data_dir: Path, device: str, shared: Path, known_before: dict[str, str]) -> SchoolKeys:
    key = device_key.load_or_create(data_dir)
    kid = os.urandom(8).hex()
    school = SchoolKeys(device, key.public_key, {kid: os.urandom(32)}, kid, known_before)
    own = device_dir(shared, device)
    body = _member_body(device, key.public_key, kex_public(data_dir), device, "", founder=True)
    files.write_new(own / member_file_name(device), signed(body, key))
    write_wrapped(shared, data_dir, device, school, kid, device, kex_public(data_dir))
    save_school(data_dir, school)
    return school


def write_wrapped(shared: Path, data_dir: Path, me: str, school: SchoolKeys, kid: str, device: str, kex: str) -> None:
    key = device_key.load_or_create(data_dir)
    body = {**wrap_for(kid, school.keys[kid], device, kex), "wrapped_by": me, "created_at": utc_now()}
    files.write_new(device_dir(shared, me) / key_file_name(kid, device), signed(body, key))


def prepare(
    data_dir: Path,
    device: str,
    shared: Path,
    pinned: Callable[[], dict[str, str]],
    label: Callable[[], str],
    memo: Memo | None = None,
    *,
    may_found: bool = True,
    replaces: str = "",
) -> Enrollment:
    """Found the school, or ask to join it, or take the school key a member wrapped for
    this laptop; then the members and the waiting join requests (a member's, with *memo*:
    read again only when what they are read from changed, :func:`_remembered`). The keys
    pinned before and this laptop's name are asked for only by a laptop not yet a member.
    A laptop that asked to join (*may_found* False) never founds: in a folder with no
    school yet it writes nothing. A request it writes names *replaces*, the device id of
    its own earlier request under an identity it lost (:func:`current_requests`)."""
    school = load_school(data_dir)
    if school is None:
        joined = _join(data_dir, device, shared, pinned(), label(), may_found, replaces)
        if isinstance(joined, Enrollment):
            return joined
        school = joined
    if memo is None:
        return _member_state(data_dir, device, shared, school)
    return _remembered(data_dir, device, shared, school, memo)


def _join(
    data_dir: Path, device: str, shared: Path, pinned: dict[str, str], label: str, may_found: bool, replaces: str = ""
) -> Enrollment | SchoolKeys:
    """Not a member yet: found the school (an empty folder, unless this laptop asked to
    join: then nothing is written), take the school key a member wrapped for this laptop
    (the school's keys, returned), or write a join request."""
    key = device_key.load_or_create(data_dir)
    roots = founders(shared)
    if not roots and not may_found:
        return no_school_yet(device)
    if not roots:
        school = _found(data_dir, device, shared, dict(pinned))
        state = Enrollment(device, school, founded=True)
        state.members = members(shared, school)
        return state
    if len(roots) == 1:
        candidate = SchoolKeys(roots[0].device, roots[0].public_key)
        known = members(shared, candidate)
        if device in known:
            keys = wrapped_keys_for(shared, device, known, data_dir)
            if keys:
                candidate.keys = keys
                candidate.current = max(keys, key=lambda kid: _key_time(shared, known, kid, device))
                save_school(data_dir, candidate)
                return candidate
    kex = kex_public(data_dir)
    name = label.strip()[:60]
    asked, _ = _requests(device_dir(shared, device), key.public_key)
    # Asked before under another name (cancelled, asked again): a new request, which the
    # members read in place of the first. The name is sealed for this laptop too, so it
    # knows what its request says without keeping a copy of it.
    if asked is None or (name and _sealed_label(asked[1], data_dir, device) != name):
        me = Member(device, key.public_key, kex, "", "", "")
        request = {
            "format": "observasi-join",
            "version": 1,
            "device_id": device,
            "public_key": key.public_key,
            "kex_key": kex,
            "label": "",  # the name only sealed, for the members (none yet: no name)
            "label_sealed": seal_label(label, {**(known if len(roots) == 1 else {}), device: me}),
            "created_at": utc_now(),
        }
        if replaces and replaces != device:
            request["replaces"] = replaces  # its earlier request, under an identity it lost
        folder = device_dir(shared, device)
        # Numbered after every request file there, genuine or not: a damaged one under the
        # next number (or a damaged join.json) refused the create-only write, and the
        # members kept the old name (or saw no request) while this laptop believed it asked.
        present = {int(m["seq"]): path for path in _named(folder, "join-") if (m := _JOIN_AGAIN.fullmatch(path.name))}
        if asked is None and not present and not (folder / JOIN_FILE).exists():
            name_of = JOIN_FILE
        else:
            ours = [seq for seq, path in present.items() if _signed_by(path, key.public_key, device)]
            name_of = f"join-{next_number(max(ours, default=0), present):06d}.json"
        files.write_new(folder / name_of, signed(request, key))
    return Enrollment(device, None, code=short_code(device, key.public_key, kex))


def _member_state(data_dir: Path, device: str, shared: Path, school: SchoolKeys) -> Enrollment:
    """The members and join requests, read and verified from the folder (and a school key
    a member wrapped for this laptop taken, a request of a laptop known before approved)."""
    state = Enrollment(device, school)
    state.members = members(shared, school)
    if device in state.members:
        _take_new_keys(shared, data_dir, device, state)
    state.requests = join_requests(shared, state.members, removed(shared, state.members), data_dir, device)
    for waiting in list(state.requests):
        if school.known_before.get(waiting.device) == waiting.public_key:
            approve(data_dir, device, shared, waiting, state)
    return state


def no_school_yet(device: str) -> Enrollment:
    """A joining laptop before the school's laptop has synced into the folder: founding
    there would make the school's own laptop ask this empty one to let it in (the walk)."""
    return Enrollment(device, None, no_school=True)


# -- what a member found, kept between syncs ------------------------------------------------


@dataclass(frozen=True)
class Memo:
    """Where :func:`prepare` keeps what it found between syncs: the store's settings,
    reached through observasi.sync.devices (this module writes no SQL)."""

    load: Callable[[], Any]
    save: Callable[[Any], None]


# Every file _member_state reads is one of these, or a join request (``join.json``).
_READ_PREFIXES = ("member-", "key-", "removed-", "kex-", "join-")
_MEMO_PLACES = 4  # key folders remembered (a school syncing through a folder and a bucket: 2)


def _remembered(data_dir: Path, device: str, shared: Path, school: SchoolKeys, memo: Memo) -> Enrollment:
    """:func:`_member_state`, not read again while nothing it reads changed since a sync
    that read it and wrote nothing (:func:`inputs_print`): verifying ~7 signed files and
    opening the wrapped school keys was most of a rescan that found nothing new.

    A file added, removed, renamed or rewritten (its size or time moves) is read and
    verified again, as is everything when this laptop's school keys or exchange key
    changed. What is kept is what was verified then, never a file's unverified claim."""
    printed = inputs_print(data_dir, device, shared, school)
    kept = memo.load()
    kept = kept if isinstance(kept, dict) else {}
    place = os.fspath(shared)
    entry = kept.get(place)
    if printed is not None and isinstance(entry, dict) and entry.get("print") == printed:
        restored = _restore(device, school, entry)
        if restored is not None:
            return restored
    before, failed = files.changes(), files.read_failures()
    state = _member_state(data_dir, device, shared, school)
    if printed is None or files.changes() != before or files.read_failures() != failed:
        return state  # a key written here, or a file not readable now: the next sync reads again
    fresh = {
        "print": printed,
        "members": [dataclasses.astuple(m) for m in state.members.values()],
        "requests": [dataclasses.astuple(r) for r in state.requests],
    }
    others = [(p, e) for p, e in kept.items() if p != place][-(_MEMO_PLACES - 1) :]
    memo.save({**dict(others), place: fresh})
    return state


def _restore(device: str, school: SchoolKeys, entry: dict[str, Any]) -> Enrollment | None:
    """The state kept in *entry*; None when it is not one :func:`_remembered` wrote."""
    try:
        found = [Member(*map(str, row)) for row in entry["members"]]
        requests = [_kept_request(row) for row in entry["requests"]]
    except (KeyError, TypeError):
        return None
    return Enrollment(device, school, {m.device: m for m in found}, requests)


def _kept_request(row: Any) -> JoinRequest:
    """A request as :func:`_remembered` kept it; TypeError for one kept before requests
    listed their foreign files (read again: that version showed a foreign request)."""
    if not isinstance(row, list) or len(row) != 7 or not isinstance(row[5], list):
        raise TypeError("a join request kept by an older version")  # before it said what it replaces
    device, public_key, kex, label, created_at = map(str, row[:5])
    return JoinRequest(device, public_key, kex, label, created_at, tuple(map(str, row[5])), str(row[6]))


def inputs_print(data_dir: Path, device: str, shared: Path, school: SchoolKeys) -> str | None:
    """A digest of everything :func:`_member_state` reads: this laptop, its school keys
    (ids, current, devices known before) and exchange key file (size and time), and in
    each device folder the name, size and time of every member, key, removal and exchange
    key file and of the join request (observasi.sync.listed: the sync's own listing, not
    listed or stat'ed again). None when a folder cannot be listed."""
    digest = hashlib.sha256()
    head = [device, school.root_device, school.root_key, sorted(school.keys), school.current]
    digest.update(json.dumps([*head, sorted(school.known_before.items())]).encode("utf-8"))
    digest.update(_stamp(kex_path(data_dir)).encode("ascii"))
    for folder in _folders(shared):
        try:
            found = listed.stats_print(folder, _READ_PREFIXES)
        except OSError:
            return None
        digest.update(f"\n{folder.name}\n{found}\n{_stamp(folder / JOIN_FILE)}".encode())
    return digest.hexdigest()


def _stamp(path: Path) -> str:
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return "-"
    return f"{found.st_size} {found.st_mtime_ns}"


def _key_time(shared: Path, known: dict[str, Member], kid: str, device: str) -> str:
    for signer in known:
        body = read_signed(device_dir(shared, signer) / key_file_name(kid, device), known[signer].public_key)
        if body:
            return str(body.get("created_at", ""))
    return ""


def _take_new_keys(shared: Path, data_dir: Path, device: str, state: Enrollment) -> None:
    """A member that rotated the school key (a device removed) wrapped the new one for us."""
    school = state.school
    assert school is not None
    keys = wrapped_keys_for(shared, device, state.members, data_dir)
    fresh = {kid: k for kid, k in keys.items() if kid not in school.keys}
    if fresh:
        school.keys.update(fresh)
        school.current = max(keys, key=lambda kid: _key_time(shared, state.members, kid, device))
        save_school(data_dir, school)


def approve(data_dir: Path, me: str, shared: Path, request: JoinRequest, state: Enrollment) -> None:
    """Make *request*'s device a member: its certificate and every school key, for it."""
    school = state.school
    assert school is not None
    key = device_key.load_or_create(data_dir)
    body = _member_body(request.device, request.public_key, request.kex, me, "")  # names: laptop_names
    files.write_new(device_dir(shared, me) / member_file_name(request.device), signed(body, key))
    for kid in school.keys:
        write_wrapped(shared, data_dir, me, school, kid, request.device, request.kex)
    state.members[request.device] = _member(body)
    state.requests = [r for r in state.requests if r.device != request.device]


def remove(data_dir: Path, shared: Path, state: Enrollment, device: str) -> None:
    """Take *device* out of the school: a removal notice signed by this member. The caller
    then moves the school key on (observasi.sync.rotation.rotate), so the removed device
    reads nothing written after."""
    key = device_key.load_or_create(data_dir)
    body = {
        "format": "observasi-removed",
        "version": 1,
        "device_id": device,
        "removed_by": state.device,
        "at": utc_now(),
        # The devices it approved, still members: its certificates count for these only.
        "kept": sorted(d for d, m in state.members.items() if m.approved_by == device and d != device),
    }
    files.write_new(device_dir(shared, state.device) / removed_file_name(device), signed(body, key))
    state.members.pop(device, None)
