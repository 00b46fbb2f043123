"""The school's devices, as the command line and the app see them: this laptop's state,
the members, the join requests waiting (each with its short code) and approving one.
The rules are in :mod:`observasi.sync.enrollment`; this module ties them to the context
and the folder the user set."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from observasi.context import AppContext
from observasi.errors import UserError
from observasi.i18n import t
from observasi.store.store import Store
from observasi.sync import enrollment, envelope, rotation, school_keys
from observasi.sync.enrollment import Enrollment, JoinRequest, Member
from observasi.sync.folder import FolderTransport
from observasi.sync.listing import Listing
from observasi.sync.status import (
    JOIN_REPLACES,
    NO_SCHOOL_SEEN,
    REQUESTS_SEEN,
    WAITING_CODE,
    RequestSeen,
    requests_seen,
)


def own_laptop_name(context: AppContext) -> str:
    """This laptop's name for the school's other laptops: the one chosen in the settings,
    else "Laptop <observer>", else the computer's name (only when nothing else is known)."""
    return join_name(context)


def join_name(context: AppContext, *, chosen: str = "", person: str = "", computer: bool = True) -> str:
    """The laptop's name, one rule for every route that names it (the welcome's "Gabung",
    ``observasi sync --join [--name]``, each sync after): the name chosen for the laptop
    (*chosen*, typed on the welcome, else the settings'), else "Laptop <person>" (*person*
    typed or given, else the observer saved here), else the computer's name ("" when
    *computer* is False: the app then asks for a name rather than send "vm")."""
    picked = (chosen or context.settings.laptop_name or "").strip()
    if picked:
        return picked[:60]
    return default_laptop_name(context.store, person=person, computer=computer)


def default_laptop_name(store: Store, *, person: str = "", computer: bool = True) -> str:
    """What a laptop is called before its person chooses a name: "Laptop <observer>", else
    the computer's name."""
    observer = store.self_observer()
    who = person.strip() or (observer.name.strip() if observer is not None else "")
    if who:
        return t("privacy3.laptop.default", observer=who)[:60]
    if not computer:
        return ""
    try:
        return socket.gethostname()[:60]
    except OSError:
        return ""


def asking_name(label: str, device: str) -> str:
    """What a laptop asking to join is called: its name, else (a name no member can open:
    sealed for other members only, or none sent) its short id, never a bare "?"."""
    return label.strip() or t("ux6.join.unnamed", id=device[:8])


def laptop_name(context: AppContext, device_id: str) -> str:
    """The name a screen shows for the laptop *device_id* (one place: :mod:`observasi.sync.laptops`)."""
    from observasi.sync.laptops import laptop_name as named

    return named(context, device_id)


# What the last enrollment check of each key folder found, with the digest of what it read
# (observasi.sync.enrollment._remembered): a rescan verifies no certificate again.
ENROLLMENT_SEEN = "sync.enrollment_seen"


def prepare(context: AppContext, shared: Path) -> Enrollment:
    store = context.store
    memo = enrollment.Memo(
        lambda: store.get_setting(ENROLLMENT_SEEN), lambda value: store.set_setting(ENROLLMENT_SEEN, value)
    )
    state = enrollment.prepare(
        store.data_dir,
        store.device_id,
        shared,
        store.device_keys,
        lambda: own_laptop_name(context),
        memo,
        may_found=not joining(context),
        replaces=str(store.get_setting(JOIN_REPLACES) or ""),
    )
    if state.no_school != no_school_seen(context):  # the welcome says it without reading the folder
        store.set_setting(NO_SCHOOL, state.no_school)
    remember_waiting(store, state)
    return state


def remember_waiting(store: Store, state: Enrollment) -> None:
    """Keep the code this laptop waits with (none once it is a member, or when the folder
    holds no school): the header, the sync screen and the welcome say it without reading
    the folder, after a restart too."""
    code = state.code if state.waiting and not state.no_school else None
    if code != store.get_setting(WAITING_CODE):
        store.set_setting(WAITING_CODE, code)


def waiting_code(context: AppContext) -> str | None:
    """The code this laptop showed when it asked to join and still waits with (None: a member)."""
    code = context.store.get_setting(WAITING_CODE)
    return code if isinstance(code, str) and code else None


# This laptop asked to join a school (the welcome's "Gabung", ``observasi sync --join``):
# it never founds one in an empty folder, at this sync or any later one, until its person
# says it is the school's first laptop after all.
JOINING = "joining_school"


# The person's name typed when joining ("Nama Anda", asked when the welcome held none): the
# welcome's observer field shows it until the observer is saved (the walk: after the approval
# the welcome said "Nama observer wajib diisi", and the name had to be typed again).
JOIN_PERSON = "join_person"


def ask_to_join(context: AppContext, name: str = "", person: str = "") -> None:
    """Remember that this laptop joins a school that already uses the app, and keep *name*
    (from :func:`join_name`) as its name: the join request carries it, sealed for the members.
    *person*, the name its person typed to join, is kept for the welcome's observer field."""
    name = name.strip()[:60]
    if name and name != (context.settings.laptop_name or ""):
        context.update_settings(laptop_name=name)
    person = person.strip()
    if person and person != join_person(context):
        context.store.set_setting(JOIN_PERSON, person)
    if not joining(context):
        context.store.set_setting(JOINING, True)


def join_person(context: AppContext) -> str:
    """The name typed by this laptop's person when it asked to join ("": none typed)."""
    person = context.store.get_setting(JOIN_PERSON, "")
    return person if isinstance(person, str) else ""


def joining(context: AppContext) -> bool:
    return bool(context.store.get_setting(JOINING, False))


# The last look at the folder found no school to join (this laptop asked to join).
NO_SCHOOL = NO_SCHOOL_SEEN  # one key: the header reads it without this module


def no_school_seen(context: AppContext) -> bool:
    return bool(context.store.get_setting(NO_SCHOOL, False))


def first_laptop(context: AppContext) -> None:
    """The way back: this laptop is the school's first one; its next sync founds the school
    in an empty folder, as a laptop that never asked to join does."""
    if joining(context):
        context.store.set_setting(JOINING, False)


def not_member_text(state: Enrollment) -> str:
    """Why a laptop that is not one of the school's devices cannot do a member's work."""
    if state.no_school:
        return t("ux7j.join.not_member")
    return t("privacy.enroll.not_member", code=state.code)


def remember_requests(store: Store, state: Enrollment) -> None:
    """Keep the join requests *state* found (a member's view; written only when they changed)."""
    seen = [{"device": r.device, "label": r.label, "code": r.code} for r in state.requests]
    if store.get_setting(REQUESTS_SEEN, []) != seen:
        store.set_setting(REQUESTS_SEEN, seen)


def look_for_requests(context: AppContext) -> None:
    """Read the shared folder for join requests waiting, as a sync would see them, without
    syncing (the app does it when it starts and now and then: a principal who opens the
    app in the morning learns that the new laptop waits). Only on a member of the school:
    a laptop that is not one writes nothing here."""
    folder = context.settings.shared_folder
    if folder is None or school_keys.load_school(context.store.data_dir) is None:
        return
    shared = Path(str(folder)).expanduser()
    if not shared.is_dir():
        return
    state = prepare(context, shared)
    if not state.waiting:
        remember_requests(context.store, state)


def requests_waiting(context: AppContext) -> list[RequestSeen]:
    return requests_seen(context.store)


def members_only(store: Store, listing: Listing, state: Enrollment, problems: list[tuple[str, str]]) -> Listing:
    """The listing without the folders of devices that are not members: each such folder
    is reported once, by name (with its code when it asked to join)."""
    waiting = {r.device: r for r in state.requests}
    listed = {e.device for e in listing.entries} | {d for d, n in listing.known.items() if n}
    strangers = sorted(d for d in listed if d not in state.members)
    for device in strangers:
        request = waiting.get(device)
        reason = (
            t("privacy.enroll.request", label=asking_name(request.label, device), code=request.code)
            if request
            else t("privacy.enroll.unknown")
        )
        problems.append((f"observasi/{device}", reason))
    for request in state.requests:  # not the laptop's: never read, said by name
        problems += [(f"observasi/{request.device}/{name}", t("fx10f.join.foreign")) for name in request.foreign]
    pinned = store.device_keys()
    store.pin_device_keys({d: m.public_key for d, m in state.members.items() if d not in pinned})
    if not strangers:
        return listing
    return dataclasses.replace(
        listing,
        entries=[e for e in listing.entries if e.device in state.members],
        names={d: n for d, n in listing.names.items() if d in state.members},
        known={d: n for d, n in listing.known.items() if d in state.members},
    )


@dataclass(frozen=True)
class Waiting:
    """This laptop (or a district's reader) is not one of the school's devices yet: it
    wrote its join request and waits for a member to approve *code*."""

    code: str
    no_school: bool = False  # it asked to join, and the folder holds no school yet: nothing written


@dataclass(frozen=True)
class DeviceList:
    this_device: str
    waiting_code: str  # this laptop's code while it waits to be approved; "" once a member
    members: list[Member]
    requests: list[JoinRequest]
    founder: str = ""  # the laptop that made the school key (shown; removable like any other)
    no_school: bool = False  # this laptop asked to join and the folder holds no school yet

    def removable(self, device: str) -> bool:
        """Whether *device* can be taken out of the school from this laptop (not this
        laptop itself, and only by a member; the founder can, from another member)."""
        return not self.waiting_code and not self.no_school and device != self.this_device


def device_list(context: AppContext) -> DeviceList:
    """This laptop, the members and the join requests (reads the shared folder or bucket)."""
    with school_files(context) as shared:
        state = prepare(context, shared)
    if not state.waiting:
        remember_requests(context.store, state)
    names = context.store.laptop_names()
    named = [
        dataclasses.replace(m, label=own_laptop_name(context) if d == state.device else names.get(d) or m.label)
        for d, m in state.members.items()
    ]
    return DeviceList(
        state.device,
        state.code,
        sorted(named, key=lambda m: m.approved_at),
        state.requests,
        state.school.root_device if state.school else "",
        state.no_school,
    )


@contextmanager
def school_files(context: AppContext) -> Iterator[Path]:
    """The folder holding the school's key files: the shared folder; for a school that syncs
    through a bucket (alone or with a folder), the local copy of the key files, filled from
    the places first and what this laptop wrote there sent to them after (the transport is
    only storage: observasi.sync.key_files)."""
    from observasi.sync import service

    chosen = service.places(context)  # UserError when no place is set
    place = next((p for p in chosen if not isinstance(p, FolderTransport)), chosen[0])
    if isinstance(place, FolderTransport):
        if not place.shared.is_dir():
            raise UserError(t("sync.err.unreachable", path=place.shared))
        yield place.shared
        return
    place.open()
    yield service.key_folder(context, place)
    service.push_key_files(context, place)


def approve(context: AppContext, which: str) -> JoinRequest:
    """Approve the join request whose device id starts with *which*, or whose code is
    *which* (spaces ignored). The person compared the code on both screens first."""
    with school_files(context) as shared:
        state = prepare(context, shared)
        if state.waiting:
            raise UserError(not_member_text(state))
        wanted = which.replace(" ", "").lower()
        found = [
            r for r in state.requests if r.code.replace(" ", "") == wanted or (wanted and r.device.startswith(wanted))
        ]
        if len(found) != 1:
            raise UserError(t("privacy.enroll.no_request", which=which))
        enrollment.approve(context.store.data_dir, state.device, shared, found[0], state)
    remember_requests(
        context.store, dataclasses.replace(state, requests=[r for r in state.requests if r.device != found[0].device])
    )
    if found[0].label:  # its own sealed name file follows at its first sync as a member
        context.store.save_laptop_names({found[0].device: (found[0].label, 0)})
    return found[0]


def remove(context: AppContext, which: str) -> Member:
    """Take the member whose device id starts with *which* out of the school (a lost or
    retired laptop): the school key is replaced, so it reads nothing written after."""
    with school_files(context) as shared:
        state = prepare(context, shared)
        if state.waiting:
            raise UserError(not_member_text(state))
        wanted = which.strip().lower()
        found = [m for d, m in state.members.items() if wanted and d.startswith(wanted)]
        if len(found) != 1 or found[0].device == state.device:
            raise UserError(t("privacy.devices.no_member", which=which))
        enrollment.remove(context.store.data_dir, shared, state, found[0].device)
        rotation.rotate(envelope.keyring(context.store, shared, state))
    return dataclasses.replace(found[0], label=laptop_name(context, found[0].device))
