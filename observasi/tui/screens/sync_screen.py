"""The sync screen: run a sync without freezing the app, see what came and went, the files
the folder could not give (each with its reason), and the conflicts, each opened in the
conflict screen (:mod:`observasi.tui.dialogs.conflict`)."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Button, DataTable, Footer, Static

from observasi.context import AppContext
from observasi.i18n import t
from observasi.queries.reports import sync_problems
from observasi.sync import devices, service
from observasi.sync.one_at_a_time import THIS_PROGRAM, SyncCancelled, SyncStillRunning, minutes_text
from observasi.sync.report_words import summary_line as sync_summary
from observasi.tui.base import BaseScreen
from observasi.tui.dialogs.conflict import ConflictScreen
from observasi.tui.dialogs.devices import DevicesDialog
from observasi.tui.dialogs.folder_choice import FolderDialog
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.join_code import code_on_its_own_line
from observasi.tui.render import local_time, plain
from observasi.tui.shell import AppShell
from observasi.tui.sync_line import not_joined_line
from observasi.tui.textual_adapter import withdraw_toast
from observasi.tui.widgets.sync_runs import SyncRuns


def summary_line(report: service.SyncReport, pending: int) -> str:
    """What one sync did (the command line's words), or why nothing was synced."""
    if report.no_school:  # it asked to join; the folder has no school to join yet
        return t("ux7j.join.no_school") + "\n" + t("ux7j.join.no_school_tui")
    if report.waiting_code:  # the code, and where the other laptop approves it
        return sync_summary(report, pending) + "\n" + t("ux9s.sync.approve_here")
    return sync_summary(report, pending)


class SyncScreen(BaseScreen[None]):
    """Sync with the shared folder; problems and conflicts listed below the summary."""

    SHOWS_JOIN_REQUESTS = True  # in its own lines: no toast about them (AppShell.announce_join_requests)
    HELP_KEY = "fx11s.sync.help"  # F1: how a conflict is opened, and what its screen does
    DEFAULT_CSS = """
    SyncScreen { layout: vertical; }
    SyncScreen #sync-title { text-style: bold; padding: 0 1; background: $boost; }
    SyncScreen #sync-folder, SyncScreen #sync-status, SyncScreen #sync-summary { padding: 0 1; }
    SyncScreen #sync-runs { padding: 0 1; color: $text-muted; }
    SyncScreen #sync-requests { padding: 0 1; margin-top: 1; border-left: thick $warning; }
    SyncScreen #sync-problem-detail { padding: 0 1; color: $text-muted; }
    SyncScreen .sync-heading { text-style: bold; margin: 1 1 0 1; }
    SyncScreen #sync-conflicts { height: auto; max-height: 10; margin: 0 1; }
    SyncScreen #sync-problems { height: auto; max-height: 14; margin: 0 1; }
    SyncScreen #sync-first-laptop { margin: 1 1 0 1; display: none; }
    """
    BINDINGS = [
        Binding("s", "sync", "sync.key.sync", id="sync.run"),
        Binding("p", "devices", "privacy.key.devices", id="sync.devices"),
        Binding("f", "choose_folder", "firstday_a.sync.key.folder", id="sync.folder"),
        Binding("f2", "app.settings", "tui.home.key.settings", id="sync.settings", show=False),
        # Not in the footer (80 columns hold s, p and esc); the sync's notices name them.
        Binding("c", "school_choices", "travel.key.choices", id="sync.school_choices", show=False),
        Binding("r", "colleague_certs", "travel.key.certs", id="sync.colleague_certs", show=False),
        Binding("escape", "close", "sync.key.back", id="sync.back"),
    ]

    @dataclass
    class Finished(Message):
        """A sync ended (posted from the worker thread)."""

        report: service.SyncReport

    @dataclass
    class Failed(Message):
        message: str

    @dataclass
    class Waiting(Message):
        """Another sync of this laptop runs (the joiner's pickup, the command line): this one waits."""

        whose: str  # one_at_a_time.THIS_PROGRAM or ANOTHER_PROGRAM

    # How long `s` waits behind another sync of this laptop (`observasi sync --wait-limit`):
    # one stuck on a share that stopped answering held the screen's sync for ever.
    WAIT_LIMIT_SECONDS = 10 * 60

    def __init__(self, context: AppContext, *, run_on_open: bool = True) -> None:
        super().__init__(context)
        self.run_on_open = run_on_open
        self.report: service.SyncReport | None = None
        self.running = False
        self.problem_reasons: dict[str, str] = {}
        self.first_chosen = False  # "first laptop" chosen: its sync says what it did
        self.left = threading.Event()  # Esc: a sync still waiting for another one gives up
        self.waited_for = THIS_PROGRAM  # whose sync this one waited for (set from the worker)
        self.waiting_since: str | None = None  # when this screen's running sync began to wait

    def compose(self) -> ComposeResult:
        yield Static(t("sync.screen.title"), id="sync-title")
        with VerticalScroll():
            yield Static(id="sync-folder")
            yield Static(id="sync-requests")
            yield Static(id="sync-status")
            yield Static(id="sync-summary")
            yield SyncRuns(id="sync-runs")
            yield Button(t("ux7j.first.button"), id="sync-first-laptop")
            yield Static(id="sync-conflicts-heading", classes="sync-heading")
            yield DataTable(id="sync-conflicts", cursor_type="row", zebra_stripes=True)
            yield Static(id="sync-problems-heading", classes="sync-heading")
            # The reason of the problem under the cursor, whole (the column cuts it at 80).
            yield Static(id="sync-problem-detail")
            yield DataTable(id="sync-problems", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    @property
    def conflicts_table(self) -> DataTable[Any]:
        return self.query_one("#sync-conflicts", DataTable)

    @property
    def problems_table(self) -> DataTable[Any]:
        return self.query_one("#sync-problems", DataTable)

    def on_mount(self) -> None:
        self.conflicts_table.add_columns(
            t("sync.screen.col_observation"), t("sync.screen.col_teacher"), t("sync.screen.col_versions")
        )
        self.problems_table.add_columns(t("sync.screen.col_file"), t("sync.screen.col_reason"))
        self._show_state(service.conflicts(self.context), sync_problems(self.context))
        if devices.requests_waiting(self.context):
            # The home screen's toast ("press y, then p") is about what this screen now says
            # with its own key; left, it told the principal to press y here (the walk).
            withdraw_toast(self.app, getattr(self.app, "join_toast", None))  # that toast only
        if self.run_on_open and self.context.settings.has_sync_place:
            self.action_sync()

    def on_screen_resume(self) -> None:
        # Back from Settings (f2): the folder may have been set there.
        if self.is_mounted and self.problems_table.columns:
            self._show_state(service.conflicts(self.context), sync_problems(self.context))

    def _show_state(self, conflicts: list[service.ConflictInfo], problems: list[tuple[str, str]]) -> None:
        folder = self.context.settings.shared_folder
        lines = [t("sync.screen.folder", path=folder) if folder else t("firstday_a.sync.no_folder")]
        if self.context.settings.bucket_url:
            lines.append(t("bucket.screen.bucket", url=self.context.settings.bucket_url))
        self.query_one("#sync-folder", Static).update(plain("\n".join(lines)))
        status = service.status(self.context)
        when = local_time(status.last_sync) if status.last_sync else t("sync.screen.never")
        said = t("ux7j.screen.last", when=when, pending=status.pending)
        if status.last_sent:  # a send since, that fetched nothing: not the last sync
            said += "\n" + t("ux7j.screen.sent", sent=local_time(status.last_sent))
        if status.not_joined:  # no school's sync yet, nothing "to send": it is not one of the school's
            said = not_joined_line(status.not_joined, screen=True)
        self.query_one("#sync-status", Static).update(plain(said))
        self.query_one("#sync-conflicts-heading", Static).update(t("sync.screen.conflicts", count=len(conflicts)))
        self.query_one("#sync-problems-heading", Static).update(t("sync.screen.problems", count=len(problems)))
        self.conflicts_table.clear()
        for conflict in conflicts:
            self.conflicts_table.add_row(
                plain(conflict.observation_id[:8]),
                plain(conflict.teacher_name),
                str(len(conflict.head_ids)),
                key=conflict.observation_id,
            )
        self.problems_table.clear()
        self.problem_reasons = dict(problems)
        for path, reason in problems:
            self.problems_table.add_row(plain(path), plain(reason), key=path)
        self._show_problem(problems[0][0] if problems else None)
        self._show_requests()

    def _show_requests(self) -> None:
        """Laptops waiting for this one to approve them: said first, with the key."""
        waiting = devices.requests_waiting(self.context)
        line = self.query_one("#sync-requests", Static)
        line.display = bool(waiting)
        if waiting:
            who = ", ".join(
                t("firstday_a.sync.request_one", label=devices.asking_name(r.label, r.device), code=r.code)
                for r in waiting
            )
            line.update(plain(t("firstday_a.sync.requests", count=len(waiting), who=who)))

    def _show_problem(self, path: str | None) -> None:
        detail = self.query_one("#sync-problem-detail", Static)
        reason = self.problem_reasons.get(path or "", "")
        detail.display = bool(reason)
        detail.update(plain(code_on_its_own_line(reason)))

    @on(DataTable.RowHighlighted, "#sync-problems")
    def _problem_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_problem(str(event.row_key.value))

    def action_sync(self) -> None:
        if self.running:
            return
        if not self.context.settings.has_sync_place:
            self.action_choose_folder()  # nothing to sync with yet: choose it here
            return
        self.running = True
        self.waiting_since = None
        self.query_one("#sync-summary", Static).update(t("sync.screen.running"))
        self.query_one(SyncRuns).summary_taken()  # what the last run did stays in view meanwhile
        self.run_sync()

    @work(thread=True, exclusive=True, exit_on_error=False, group="sync")
    def run_sync(self) -> None:
        app = self.app  # while the screen is shown: a closed screen has no app to ask
        try:
            report = service.sync(
                self.context, wait=True, waiting=self._waits_for, wait_limit=self.WAIT_LIMIT_SECONDS, stop=self.left
            )
        except SyncCancelled:
            pass  # the screen was left while this sync waited: nothing ran, nothing to say
        except SyncStillRunning:
            minutes = minutes_text(self.WAIT_LIMIT_SECONDS)
            self.post_message(self.Failed(t(f"fx11s.sync.gave_up_{self.waited_for}", minutes=minutes)))
        except Exception as exc:
            self.post_message(self.Failed(self.failure_line(exc, "sync.screen.error")))
        else:
            self.post_message(self.Finished(report))
        finally:
            self._header_follows(app)

    def _waits_for(self, whose: str) -> None:
        self.waited_for = whose
        self.post_message(self.Waiting(whose))

    @staticmethod
    def _header_follows(app: object) -> None:
        """The header's sync line, told again when a sync ends: the screen may have been
        closed while it ran (Esc), and the line it refreshed then said what held before."""
        if isinstance(app, AppShell):
            with contextlib.suppress(RuntimeError):  # the app closed meanwhile: no line to keep
                app.call_from_thread(app.refresh_sync_status)

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        self.running = False
        self.report = message.report
        self._show_summary(message.report)
        self._show_state(message.report.conflicts, message.report.problems)

    def picked_up(self, report: service.SyncReport) -> None:
        """The app's own look synced this waiting laptop (its approval came, perhaps): said as
        this screen's sync (it kept "Menunggu persetujuan" after the laptop had joined)."""
        if self.running:  # a sync of this screen runs: it says the newer state itself
            return
        shown = self.report
        if shown is not None and (shown.waiting_code, shown.no_school) == (report.waiting_code, report.no_school):
            return  # the join's state as this screen says it: its own words stay
        # Shown now (called on the app's thread), not posted: a posted one could be handled
        # after a sync this screen started meanwhile, and say the older state over it.
        self.report = report
        self._show_summary(report)
        self._show_state(report.conflicts, report.problems)

    def _show_summary(self, report: service.SyncReport, *, new_run: bool = True) -> None:
        """What *report*'s run did, with its time; a *new_run* moves the one said before
        into this visit's earlier runs (a following `s` no longer hides what it did)."""
        pending = service.status(self.context).pending
        self.query_one("#sync-first-laptop", Button).display = report.no_school
        runs = self.query_one(SyncRuns)
        said = summary_line(report, pending)
        timed = runs.ran(said) if new_run else runs.newest_is(said)
        self.query_one("#sync-summary", Static).update(
            plain(
                code_on_its_own_line(
                    self._after_first_chosen(report) + timed + "".join(f"\n{notice}" for notice in report.notices)
                )
            )
        )

    def _after_first_chosen(self, report: service.SyncReport) -> str:
        """Once "first laptop" was chosen: a school that appeared in the folder meanwhile
        made this laptop ask to join instead, and the screen says so (the walk: a toast
        claimed it started the school while it asked to join). Founding says itself."""
        chosen, self.first_chosen = self.first_chosen, False
        if chosen and report.waiting_code is not None:
            return t("ux7j2.first.school_there") + "\n"
        return ""

    @on(Button.Pressed, "#sync-first-laptop")
    def _first_laptop(self) -> None:
        """The way back for a laptop that asked to join but truly is the school's first:
        asked, saying what it does and when not to, starting on "Batal"."""

        def answered(yes: bool | None) -> None:
            if yes:
                devices.first_laptop(self.context)
                self.query_one("#sync-first-laptop", Button).display = False
                self.first_chosen = True  # what the sync then did is said when it ends, not before
                self.action_sync()

        folder = self.context.settings.shared_folder or self.context.settings.bucket_url or ""
        lines = [t("ux7j.first.what", path=folder), t("ux7j.first.after"), t("ux7j.first.warn")]
        dialog = ConfirmDialog(t("ux7j.first.title"), lines, t("ux7j.first.confirm"), destructive=True)
        self.app.push_screen(dialog, answered)

    @on(Waiting)
    def _waiting(self, message: Waiting) -> None:
        self.waiting_since = self.waiting_since or time.strftime("%H:%M")  # this run's wait began
        said = t(
            f"fx11s.sync.waits_{message.whose}", since=self.waiting_since, minutes=minutes_text(self.WAIT_LIMIT_SECONDS)
        )
        self.query_one("#sync-summary", Static).update(plain(said))

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.running = False
        self.query_one("#sync-summary", Static).update(plain(self.query_one(SyncRuns).ran(message.message)))
        self.notify(message.message, severity="error")

    @on(DataTable.RowSelected, "#sync-conflicts")
    def _open_conflict(self, event: DataTable.RowSelected) -> None:
        obs_id = str(event.row_key.value)

        def done(resolved: bool | None) -> None:
            if resolved:
                open_now = service.conflicts(self.context)
                if self.report is not None:  # the summary counts what is still open, not what was
                    still = {c.observation_id for c in open_now}
                    self.report = dataclasses.replace(
                        self.report, conflicts=[c for c in self.report.conflicts if c.observation_id in still]
                    )
                    self._show_summary(self.report, new_run=False)
                self._show_state(open_now, sync_problems(self.context))

        self.app.push_screen(ConflictScreen(self.context, obs_id), done)

    def action_choose_folder(self) -> None:
        """Choose the shared folder here (no terminal, no trip to Settings), then sync."""

        def chosen(folder: Path | None) -> None:
            if folder is None:
                return
            ok, _ = self.guarded(self.context.update_settings, shared_folder=folder)
            if ok:
                self.notify(t("firstday_a.sync.folder_kept", path=folder), timeout=4)
                self._show_state(service.conflicts(self.context), sync_problems(self.context))
                self.app.refresh_sync_status()
                self.action_sync()

        current = self.context.settings.shared_folder
        self.app.push_screen(FolderDialog(current.parent if current else None, current), chosen)

    def action_devices(self) -> None:
        """The school's devices: approve a new laptop after comparing its code."""
        if self.context.settings.shared_folder is None:
            self.action_choose_folder()  # the devices live in the shared folder: choose it first
            return

        def closed(_: None) -> None:
            self._show_requests()  # an approved laptop no longer waits
            self.app.refresh_sync_status()

        self.app.push_screen(DevicesDialog(self.context), closed)

    def action_school_choices(self) -> None:
        """Profile or teacher fields two laptops changed differently: the person decides."""
        from observasi.tui.dialogs.school_travel import SchoolChoicesDialog

        self.app.push_screen(SchoolChoicesDialog(self.context))

    def action_colleague_certs(self) -> None:
        """Colleagues' certificates waiting to be trusted after comparing their code."""
        from observasi.tui.dialogs.school_travel import ColleagueCertificatesDialog

        self.app.push_screen(ColleagueCertificatesDialog(self.context))

    def action_close(self) -> None:
        # Dismissed, not popped: the app refreshes its sync line when this screen closes.
        self.left.set()  # a sync of this screen still waiting for another's end gives up; one running goes on
        self.dismiss(None)
