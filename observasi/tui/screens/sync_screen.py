"""The sync screen: run a sync without freezing the app, see what came and went, the files
the folder could not give (each with its reason), and the conflicts, each opened in the
conflict screen (:mod:`observasi.tui.dialogs.conflict`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Footer, Static

from observasi.context import AppContext
from observasi.i18n import t
from observasi.queries.reports import sync_problems
from observasi.sync import service
from observasi.tui.base import BaseScreen
from observasi.tui.dialogs.conflict import ConflictScreen
from observasi.tui.dialogs.devices import DevicesDialog
from observasi.tui.render import plain


class SyncScreen(BaseScreen[None]):
    """Sync with the shared folder; problems and conflicts listed below the summary."""

    DEFAULT_CSS = """
    SyncScreen { layout: vertical; }
    SyncScreen #sync-title { text-style: bold; padding: 0 1; background: $boost; }
    SyncScreen #sync-folder, SyncScreen #sync-status, SyncScreen #sync-summary { padding: 0 1; }
    SyncScreen .sync-heading { text-style: bold; margin: 1 1 0 1; }
    SyncScreen #sync-conflicts { height: auto; max-height: 10; margin: 0 1; }
    SyncScreen #sync-problems { height: auto; max-height: 14; margin: 0 1; }
    """
    BINDINGS = [
        Binding("s", "sync", "sync.key.sync", id="sync.run"),
        Binding("p", "devices", "privacy.key.devices", id="sync.devices"),
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

    def __init__(self, context: AppContext, *, run_on_open: bool = True) -> None:
        super().__init__(context)
        self.run_on_open = run_on_open
        self.report: service.SyncReport | None = None
        self.running = False

    def compose(self) -> ComposeResult:
        yield Static(t("sync.screen.title"), id="sync-title")
        with VerticalScroll():
            yield Static(id="sync-folder")
            yield Static(id="sync-status")
            yield Static(id="sync-summary")
            yield Static(id="sync-conflicts-heading", classes="sync-heading")
            yield DataTable(id="sync-conflicts", cursor_type="row", zebra_stripes=True)
            yield Static(id="sync-problems-heading", classes="sync-heading")
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
        if self.run_on_open and self.context.settings.has_sync_place:
            self.action_sync()

    def _show_state(self, conflicts: list[service.ConflictInfo], problems: list[tuple[str, str]]) -> None:
        folder = self.context.settings.shared_folder
        lines = [t("sync.screen.folder", path=folder) if folder else t("sync.screen.no_folder")]
        if self.context.settings.bucket_url:
            lines.append(t("bucket.screen.bucket", url=self.context.settings.bucket_url))
        self.query_one("#sync-folder", Static).update(plain("\n".join(lines)))
        status = service.status(self.context)
        self.query_one("#sync-status", Static).update(
            plain(t("sync.screen.last", when=status.last_sync or t("sync.screen.never"), pending=status.pending))
        )
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
        for path, reason in problems:
            self.problems_table.add_row(plain(path), plain(reason), key=path)

    def action_sync(self) -> None:
        if self.running:
            return
        self.running = True
        self.query_one("#sync-summary", Static).update(t("sync.screen.running"))
        self.run_sync()

    @work(thread=True, exclusive=True, exit_on_error=False, group="sync")
    def run_sync(self) -> None:
        try:
            report = service.sync(self.context)
        except Exception as exc:
            self.post_message(self.Failed(self.failure_line(exc, "sync.screen.error")))
        else:
            self.post_message(self.Finished(report))

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        self.running = False
        self.report = message.report
        report = message.report
        self.query_one("#sync-summary", Static).update(
            plain(
                t(
                    "sync.cli.summary",
                    sent=report.sent,
                    received=report.received,
                    conflicts=len(report.conflicts),
                    problems=len(report.problems),
                )
                + "".join(f"\n{notice}" for notice in report.notices)
            )
        )
        self._show_state(report.conflicts, report.problems)

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.running = False
        self.query_one("#sync-summary", Static).update(plain(message.message))
        self.notify(message.message, severity="error")

    @on(DataTable.RowSelected, "#sync-conflicts")
    def _open_conflict(self, event: DataTable.RowSelected) -> None:
        obs_id = str(event.row_key.value)

        def done(resolved: bool | None) -> None:
            if resolved:
                self._show_state(service.conflicts(self.context), sync_problems(self.context))

        self.app.push_screen(ConflictScreen(self.context, obs_id), done)

    def action_devices(self) -> None:
        """The school's devices: approve a new laptop after comparing its code."""
        self.app.push_screen(DevicesDialog(self.context))

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
        self.dismiss(None)
