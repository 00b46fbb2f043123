"""A record's history: every version, newest first, with when, on which laptop (by its
name) and by whom it was made; below, what the highlighted version changed, in full.
Enter shows a version's whole content; p restores it as a new version (nothing leaves
the history; a final record is restored through an amendment, with its reason)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from observasi.context import AppContext
from observasi.i18n import t
from observasi.sync.history import (
    RecordHistory,
    RestorePlan,
    Version,
    local_time,
    plan_restore,
    record_history,
    restore,
)
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand, cursor_key, restore_cursor
from observasi.tui.dialogs.questions import ConfirmDialog, TextPrompt
from observasi.tui.render import plain

_CELL = 17  # the laptop and observer columns: names cut here keep the table in 80 columns
_KIND = 20  # the change column (the detail below says it in full)


def kind_text(version: Version) -> str:
    """What a version is, in a few words: "Diubah", "Amandemen: …", "Pemulihan versi 3"."""
    if version.kind == "amendment":
        text = t("history.mark.amendment", reason=version.amendment)
    else:
        text = t(f"history.kind.{version.kind}", note=version.note)
    if version.in_conflict:
        text += " · " + t("history.mark.conflict")
    return text


def change_lines(version: Version) -> list[Text]:
    """What *version* changed, each part with its value before and after, in full."""
    out: list[Text] = []
    if version.amendment and version.kind != "amendment":
        out.append(Text(t("history.mark.amendment", reason=version.amendment), style="bold"))
    if version.kind == "created":
        out.append(Text(t("history.cli.status", status=t(f"status.{version.status}"))))
    for change in version.changes:
        if "\n" in change.before + change.after:  # set out under the part (Change.line)
            out.append(Text(change.line()))
            continue
        line = Text(change.part + ": ", style="bold")
        line.append(change.before, style="red")
        line.append(" → ")
        line.append(change.after, style="green")
        out.append(line)
    if version.kind != "created" and not version.changes:
        out.append(Text(t("history.no_changes"), style="dim"))
    return out


def caption(version: Version) -> str:
    return t(
        "history.tui.caption",
        number=version.number,
        when=local_time(version.created_at),
        laptop=version.laptop,
        author=version.author or "-",
    )


class VersionsScreen(BaseScreen[None]):
    TITLE_KEY = "history.tui.title"
    HELP_KEY = "history.tui.help"
    DEFAULT_CSS = """
    VersionsScreen { layout: vertical; }
    VersionsScreen #versions-title { text-style: bold; padding: 0 1; background: $boost; }
    VersionsScreen #versions-table { height: auto; max-height: 9; }
    VersionsScreen #versions-detail { height: 1fr; padding: 0 1; border-top: solid $primary; }
    """

    BINDINGS = [
        Binding("enter", "view", "history.tui.key.view", id="versions.view", priority=True),
        Binding("p", "restore", "history.tui.key.restore", id="versions.restore"),
        Binding("escape", "leave", "tui.key.back", id="versions.back"),
    ]

    def __init__(self, context: AppContext, obs_id: str) -> None:
        super().__init__(context)
        self.obs_id = obs_id
        self.history: RecordHistory | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="versions-title", markup=False)
        yield DataTable(id="versions-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="versions-detail"):
            yield Static("", id="versions-changes")
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#versions-table", DataTable)

    def on_mount(self) -> None:
        self.table.add_columns(
            t("history.tui.col.number"),
            t("history.tui.col.when"),
            t("history.tui.col.laptop"),
            t("history.tui.col.author"),
            t("history.tui.col.kind"),
        )
        self.reload()
        self.table.focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def rebuilt(self) -> Screen[Any] | None:
        return VersionsScreen(self.context, self.obs_id)

    def reload(self) -> None:
        ok, history = self.guarded(record_history, self.context, self.obs_id)
        if not ok or history is None:
            return
        self.history = history
        table = self.table
        keep = cursor_key(table)
        table.clear()
        for version in history.versions:
            table.add_row(
                plain(str(version.number)),
                plain(local_time(version.created_at)),
                plain(_cut(version.laptop)),
                plain(_cut(version.author or "-")),
                plain(_cut(kind_text(version), _KIND)),
                key=version.revision_id,
            )
        restore_cursor(table, keep)
        self.query_one("#versions-title", Static).update(
            t("history.tui.heading", teacher=history.teacher_name or "-", count=len(history.versions))
        )
        self._show_selected()

    def selected(self) -> Version | None:
        key = cursor_key(self.table)
        if self.history is None or key is None:
            return None
        return next((v for v in self.history.versions if v.revision_id == key), None)

    def on_data_table_row_highlighted(self, _: DataTable.RowHighlighted) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        version = self.selected()
        body: list[Text] = []
        if version is not None:
            body = [Text(caption(version), style="bold"), Text(kind_text(version)), *change_lines(version)]
        self.query_one("#versions-changes", Static).update(Text("\n").join(body))

    def action_view(self) -> None:
        version = self.selected()
        if version is None:
            return
        if version.deleted:
            self.notify(t("history.err.deleted_version", number=version.number), severity="warning", timeout=4)
            return
        banner = t(
            "history.tui.banner", number=version.number, when=local_time(version.created_at), laptop=version.laptop
        )
        self.app.open(places.Version(self.obs_id, version.revision_id, banner))

    def action_restore(self) -> None:
        version = self.selected()
        if version is None:
            return
        ok, plan = self.guarded(plan_restore, self.context, self.obs_id, version.revision_id)
        if not ok or plan is None:
            return
        if not plan.amendment:
            self._confirm(plan, "")
            return

        def reason_given(reason: str | None) -> None:
            if reason and reason.strip():
                self._confirm(plan, reason.strip())

        self.app.push_screen(
            TextPrompt(
                t("history.tui.amend_title", number=version.number), t("tui.record.amend_reason"), required=True
            ),
            reason_given,
        )

    def _confirm(self, plan: RestorePlan, reason: str) -> None:
        version = plan.version
        lines = [
            t("history.cli.plan", number=version.number, when=local_time(version.created_at), laptop=version.laptop)
        ]
        lines += ["• " + c.line() for c in plan.changes]
        if plan.amendment:
            lines.append(t("history.cli.plan_final", reason=reason))
        lines.append(t("history.cli.nothing_lost"))

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            done, _ = self.guarded(restore, self.context, self.obs_id, version.revision_id, reason)
            if done:
                self.notify(t("history.cli.restored", number=version.number), timeout=5)
                self.reload()
                self.table.move_cursor(row=0)

        self.app.push_screen(
            ConfirmDialog(t("history.tui.restore_title", number=version.number), lines, t("history.tui.key.restore")),
            answered,
        )

    def action_leave(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        return [(t("history.tui.key.restore"), t("history.tui.restore_help"), self.action_restore)]


def _cut(text: str, width: int = _CELL) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
