"""The header's sync line kept true: read in the first frame, then by a worker every few
seconds and whenever a screen that wrote comes back; a laptop newly asking to join is
said once in a toast too. Part of the app's shell (:class:`observasi.tui.shell.AppShell`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App

from observasi.i18n import t
from observasi.tui.sync_line import sync_line
from observasi.tui.textual_adapter import withdraw_toast

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.sync.status import SyncStatus


class SyncStatusShell(App[Any]):
    context: AppContext
    join_requests_told = 0  # join requests already said in a toast
    join_toast: str | None = None  # that toast's words: taken back where the requests show
    outside_commits: int | None = None  # the database's count of other programs' commits, as last read

    def refresh_sync_status(self) -> None:
        self.load_sync_status()

    @work(thread=True, exclusive=True, group="sync-status", exit_on_error=False)
    def load_sync_status(self) -> None:
        from observasi.sync.status import status  # four counts: none of the sync's machinery

        current = status(self.context)
        self.call_from_thread(self.show_sync_status, current)

    def show_sync_status(self, now: SyncStatus) -> None:
        self.sub_title = sync_line(
            self.context.settings.has_sync_place,
            *(now.last_sync, now.pending, now.conflicts, now.join_requests, now.last_sent, now.not_joined),
        )
        self.announce_join_requests(now.join_requests)
        self.show_outside_writes(now.outside_commits)

    def show_outside_writes(self, commits: int) -> None:
        """Another program wrote to the database (the command line's sync, import or resolve):
        the screen on top shows what is stored now, if it lists records (the walk: after a
        sync from the command line the header said it had synced, and Beranda still listed
        one observation of two for minutes). Screens below read again when they come back."""
        seen, self.outside_commits = self.outside_commits, commits
        written_elsewhere = getattr(self.screen, "written_elsewhere", None)
        if seen is not None and commits != seen and callable(written_elsewhere):
            written_elsewhere()

    def announce_join_requests(self, count: int) -> None:
        """A laptop newly asking to join is said once in a toast too (the header keeps it);
        not over a screen that shows the requests itself (the sync screen, the devices
        dialog, a question asked over them): there the toast ("press y, then p") only
        covered the rows it was about. A toast still up follows the count: approved or
        gone, the laptop it named is no longer said to wait (the walk saw "1 laptop minta
        bergabung" beside "kini perangkat sekolah"); another still waiting is said again
        with the right count."""
        shown_here = any(getattr(screen, "SHOWS_JOIN_REQUESTS", False) for screen in self.screen_stack)
        told = self.join_requests_told
        if shown_here or count != told:
            was_up = withdraw_toast(self, self.join_toast)  # that toast only
            if count and not shown_here and (was_up or count > told):
                self.join_toast = t("firstday_a.sync.join_toast", count=count)
                self.notify(self.join_toast, timeout=10)
        self.join_requests_told = count
