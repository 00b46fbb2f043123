"""What the header's sync line says, read without the sync itself: when this laptop last
synced, what its next sync sends, open conflicts and problems, and the join requests the
last sync or send found. A module of its own because the app reads it right after its
first frame: it imports only the store (no pydantic, no cryptography, none of the
folder's machinery), so the line costs its four counts and nothing more.
:mod:`observasi.sync.service` and :mod:`observasi.sync.devices` serve these same
functions to the sync screen and the command line."""

from __future__ import annotations

from dataclasses import dataclass

from observasi.context import AppContext
from observasi.store.store import Store

# When this laptop last sent without fetching (the publish the app runs when it quits or
# after a save): said beside "Sinkron terakhir", which is the last exchange that also read
# the colleagues' work -- a principal must not take a send for a fetch.
SENT_ONLY = "last_sent_only"

# The join requests a sync or a send last found waiting in the shared folder, so that the
# home screen can say so without reading the folder: [{"device", "label", "code"}, ...].
REQUESTS_SEEN = "join_requests_seen"


# This laptop is not (yet) one of the school's: the code it waits with since it asked to
# join, and (the key :data:`observasi.sync.devices.NO_SCHOOL`) that the folder it asked to
# join held no school. The header says that, not a last sync or a count "to send".
WAITING_CODE = "join_waiting_code"
NO_SCHOOL_SEEN = "join_found_no_school"
# A laptop that waited to join and started a new device identity (its key was lost): the
# device id its old request was under, named in its new request so that a member shows
# the one request, not two codes for one laptop (observasi.sync.enrollment.join_requests).
JOIN_REPLACES = "join_replaces_device"


@dataclass(frozen=True)
class RequestSeen:
    device: str
    label: str
    code: str


@dataclass(frozen=True)
class SyncStatus:
    last_sync: str | None
    pending: int
    conflicts: int
    problems: int
    join_requests: int = 0  # other laptops waiting to be approved, as the last sync or send found
    last_sent: str | None = None  # a send-only publish after last_sync (None: none since)
    not_joined: str = ""  # "" a member (or alone); NOT_JOINED_NO_SCHOOL; else the code it waits with
    outside_commits: int = 0  # changes when another program wrote to the database (Store.outside_commits)


def requests_seen(store: Store) -> list[RequestSeen]:
    """The join requests found waiting at the last sync or send (no folder access)."""
    found = store.get_setting(REQUESTS_SEEN, [])
    if not isinstance(found, list):
        return []
    return [
        RequestSeen(str(r.get("device", "")), str(r.get("label", "")), str(r.get("code", "")))
        for r in found
        if isinstance(r, dict)
    ]


def mark_sent_only(store: Store) -> None:
    """A publish sent this laptop's work and fetched nothing (the time as the sync log's)."""
    from observasi.core.status import utc_now

    store.set_setting(SENT_ONLY, utc_now())


def sent_since(store: Store, last_sync: str | None) -> str | None:
    """The last send-only publish, when it came after the last sync (the same UTC text form)."""
    sent = store.get_setting(SENT_ONLY)
    if not isinstance(sent, str) or (last_sync is not None and sent <= last_sync):
        return None
    return sent


NOT_JOINED_NO_SCHOOL = "no_school"


def not_joined(store: Store) -> str:
    """Why this laptop is not one of the school's yet ("" when it is, or syncs alone)."""
    if store.get_setting(NO_SCHOOL_SEEN, False):
        return NOT_JOINED_NO_SCHOOL
    code = store.get_setting(WAITING_CODE)
    return code if isinstance(code, str) else ""


def waits_to_join(context: AppContext) -> bool:
    """This laptop asked to join a school and is not one of its laptops yet."""
    return bool(not_joined(context.store))


def status(context: AppContext) -> SyncStatus:
    """Cheap: a few queries, no folder access."""
    store = context.store
    last = store.last_sync()
    return SyncStatus(
        last,
        store.pending_count(),
        store.conflict_count(),
        store.sync_problem_count(),
        len(requests_seen(store)),
        sent_since(store, last),
        not_joined(store),
        store.outside_commits(),
    )
