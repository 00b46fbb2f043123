"""A laptop that asked to join a school, and is not one of its laptops yet, syncs by itself
at the app's periodic pickup: a waiting joiner left open for minutes wrote nothing, and
learnt of its approval only when its person pressed "Gabung" again (the walk)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observasi.sync.service import SyncReport
    from observasi.tui.shell import AppShell


def pick_up_join(app: AppShell) -> bool:
    """Sync now if this laptop waits to join (called in the pickup's worker). False: it is
    a member (or syncs alone), or a sync already runs (the one guard of every sync entry:
    that sync does what this one would)."""
    from observasi.sync.status import waits_to_join

    if not waits_to_join(app.context):
        return False
    from observasi.sync.one_at_a_time import SyncRunning
    from observasi.sync.service import sync

    try:
        report = sync(app.context)
    except SyncRunning:
        return False
    app.call_from_thread(_said, app, report)  # what changed (a request written, an approval) is said
    return True


def waits_and_nobody_looks(app: AppShell) -> bool:
    """This laptop waits for its approval, and no look for it runs now: its app looks every
    JOIN_WAIT_EVERY seconds, not at the five-minute pickup, since its person stands next to
    the colleague who approves it (a member's app leaves the folder alone meanwhile; a first
    sync after the approval may take longer than the period)."""
    from observasi.sync.status import waits_to_join

    looking = any(w.group == "join-requests" and not w.is_finished for w in app.workers)
    return not looking and waits_to_join(app.context)


def _said(app: AppShell, report: SyncReport) -> None:
    """Every open screen that shows the join's state is told, not only the one on top: with
    the help or a question over the sync screen, it kept "Menunggu persetujuan" for good
    once joined (no look runs after that; the review)."""
    for screen in app.screen_stack:
        picked_up = getattr(screen, "picked_up", None)
        if callable(picked_up):
            picked_up(report)
