"""The header's sync line, as words. A module of its own because the app's shell says it
from the first frame on: it must not load what the screens' rendering needs (the form
models, pydantic), which the app loads in a worker once the home screen is drawn."""

from __future__ import annotations

from observasi.core.status import parse_utc
from observasi.i18n import t


def sync_line(has_place: bool, last_sync: str | None, pending: int, conflicts: int, join_requests: int) -> str:
    """The header's sync line: when this laptop last synced, what waits to be sent, open
    conflicts, and laptops asking to join."""
    if not has_place:
        # Said once, without a count that would only grow: nothing is sent anywhere.
        text = t("trust.sync.no_folder")
    elif last_sync:
        local = parse_utc(last_sync).astimezone()
        text = t("tui.sync.status", when=local.strftime("%d-%m %H:%M"), pending=pending)
    else:
        text = t("tui.sync.never", pending=pending)
    if conflicts:
        text += " · " + t("tui.sync.conflicts", count=conflicts)
    if join_requests:
        # First, so that it is not the part an 80-column header cuts off.
        text = t("firstday_a.sync.join_header", count=join_requests) + " · " + text
    return text
