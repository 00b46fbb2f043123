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

# The join requests a sync or a send last found waiting in the shared folder, so that the
# home screen can say so without reading the folder: [{"device", "label", "code"}, ...].
REQUESTS_SEEN = "join_requests_seen"


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


def status(context: AppContext) -> SyncStatus:
    """Cheap: a few queries, no folder access."""
    store = context.store
    return SyncStatus(
        store.last_sync(),
        store.pending_count(),
        store.conflict_count(),
        store.sync_problem_count(),
        len(requests_seen(store)),
    )
