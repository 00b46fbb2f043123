"""The sync screen: run a sync without freezing the app, see what came and went, the files
the folder could not give (each with its reason), and the conflicts; and the conflict
screen, where two versions of one observation are shown side by side and the user keeps
one or merges them part by part."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from observasi.context import AppContext
from observasi.core.record import Observation
from observasi.i18n import has, t
from observasi.sync import merge, service
from observasi.tui.keys import translate_bindings
from observasi.tui.screens.base import failure_text


def _plain(value: object) -> Text:
    """Text shown as typed: a name with [brackets] is not markup."""
    return Text("" if value is None else str(value))


class SyncScreen(Screen[None]):
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
        Binding("escape", "app.pop_screen", "sync.key.back", id="sync.back"),
    ]

    @dataclass
    class Finished(Message):
        """A sync ended (posted from the worker thread)."""

        report: service.SyncReport

    @dataclass
    class Failed(Message):
        message: str

    def __init__(self, context: AppContext, *, run_on_open: bool = True) -> None:
        super().__init__()
        translate_bindings(self)
        self.context = context
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
        yield Footer()

    @property
    def conflicts_table(self) -> DataTable:
        return self.query_one("#sync-conflicts", DataTable)

    @property
    def problems_table(self) -> DataTable:
        return self.query_one("#sync-problems", DataTable)

    def on_mount(self) -> None:
        self.conflicts_table.add_columns(
            t("sync.screen.col_observation"), t("sync.screen.col_teacher"), t("sync.screen.col_versions")
        )
        self.problems_table.add_columns(t("sync.screen.col_file"), t("sync.screen.col_reason"))
        self._show_state(service.conflicts(self.context), _stored_problems(self.context))
        if self.run_on_open and self.context.settings.shared_folder:
            self.action_sync()

    def _show_state(self, conflicts: list[service.ConflictInfo], problems: list[tuple[str, str]]) -> None:
        folder = self.context.settings.shared_folder
        self.query_one("#sync-folder", Static).update(
            _plain(t("sync.screen.folder", path=folder) if folder else t("sync.screen.no_folder"))
        )
        status = service.status(self.context)
        self.query_one("#sync-status", Static).update(
            _plain(t("sync.screen.last", when=status.last_sync or t("sync.screen.never"), pending=status.pending))
        )
        self.query_one("#sync-conflicts-heading", Static).update(t("sync.screen.conflicts", count=len(conflicts)))
        self.query_one("#sync-problems-heading", Static).update(t("sync.screen.problems", count=len(problems)))
        self.conflicts_table.clear()
        for conflict in conflicts:
            self.conflicts_table.add_row(
                _plain(conflict.observation_id[:8]),
                _plain(conflict.teacher_name),
                str(len(conflict.head_ids)),
                key=conflict.observation_id,
            )
        self.problems_table.clear()
        for path, reason in problems:
            self.problems_table.add_row(_plain(path), _plain(reason), key=path)

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
            self.post_message(self.Failed(failure_text(self.app, exc, "sync.screen.error")))
        else:
            self.post_message(self.Finished(report))

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        self.running = False
        self.report = message.report
        report = message.report
        self.query_one("#sync-summary", Static).update(
            _plain(
                t(
                    "sync.cli.summary",
                    sent=report.sent,
                    received=report.received,
                    conflicts=len(report.conflicts),
                    problems=len(report.problems),
                )
            )
        )
        self._show_state(report.conflicts, report.problems)

    @on(Failed)
    def _failed(self, message: Failed) -> None:
        self.running = False
        self.query_one("#sync-summary", Static).update(_plain(message.message))
        self.notify(message.message, severity="error")

    @on(DataTable.RowSelected, "#sync-conflicts")
    def _open_conflict(self, event: DataTable.RowSelected) -> None:
        obs_id = str(event.row_key.value)

        def done(resolved: bool | None) -> None:
            if resolved:
                self._show_state(service.conflicts(self.context), _stored_problems(self.context))

        self.app.push_screen(ConflictScreen(self.context, obs_id), done)


def _stored_problems(context: AppContext) -> list[tuple[str, str]]:
    return context.store.sync_problems()


_FIELD_LABELS = {
    "teacher": "show.teacher",
    "observer": "show.observer",
    "subject": "show.subject",
    "class_name": "show.class",
    "date": "show.date",
    "period": "show.period",
    "topic": "show.topic",
    "status": "show.status",
}


def part_label(difference: merge.Difference) -> str:
    """What the user reads for a part of the record."""
    if difference.field in ("ratings", "reflection"):
        return t(f"sync.part.{difference.field}", key=difference.key)
    if difference.field in ("evidence", "followups"):
        return t(f"sync.part.{difference.field}")
    key = _FIELD_LABELS.get(difference.field, "")
    return t(key) if key and has(key) else difference.field


def part_value(value: object) -> str:
    """A part's value in a few words."""
    if value is None:
        return t("sync.conflict.absent")
    if isinstance(value, dict):
        if "indicator_id" in value:  # a rating
            level = "N/A" if value.get("na") else (value.get("level") or "-")
            note = value.get("note") or ""
            return f"{level} {note}".strip()
        for key in ("text", "action", "name"):
            if key in value:
                return str(value[key])
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return f"{len(value)} ×"
    return str(value)


class ConflictScreen(Screen[bool]):
    """Two versions side by side; each differing part taken from A or B; saved as a new
    revision whose parents are both versions, so the decision travels."""

    DEFAULT_CSS = """
    ConflictScreen { layout: vertical; }
    ConflictScreen #conflict-title { text-style: bold; padding: 0 1; background: $boost; }
    ConflictScreen #conflict-intro, ConflictScreen .conflict-side { padding: 0 1; }
    ConflictScreen #conflict-sides { height: auto; }
    ConflictScreen .conflict-side { width: 1fr; }
    ConflictScreen #conflict-parts { height: 1fr; margin: 0 1; }
    """
    BINDINGS = [
        Binding("space", "toggle_side", "sync.conflict.toggle", id="sync.conflict.toggle"),
        Binding("a", "keep('a')", "sync.conflict.keep_a", id="sync.conflict.keep_a"),
        Binding("b", "keep('b')", "sync.conflict.keep_b", id="sync.conflict.keep_b"),
        Binding("ctrl+s", "save", "sync.conflict.save", id="sync.conflict.save"),
        Binding("escape", "cancel", "sync.key.back", id="sync.conflict.back"),
    ]

    def __init__(self, context: AppContext, observation_id: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.context = context
        self.observation_id = observation_id
        heads = sorted(service.conflict_heads(context, observation_id), key=lambda h: (h.created_at, h.revision_id))
        # Two versions side by side; a rare third waits for the next round.
        self.a: service.Head | None = heads[0] if heads else None
        self.b: service.Head | None = (heads + heads)[1] if heads else None
        self.differences = merge.differences(self.a.payload, self.b.payload) if self.a and self.b else []
        self.choices: dict[str, merge.Side] = {}

    def compose(self) -> ComposeResult:
        teacher = (self.a.payload.get("teacher") or {}).get("name", "") if self.a else ""
        yield Static(_plain(t("sync.conflict.title", teacher=teacher)), id="conflict-title")
        yield Static(t("sync.conflict.intro"), id="conflict-intro")
        with Horizontal(id="conflict-sides"):
            for label, head in (("A", self.a), ("B", self.b)):
                text = ""
                if head is not None:
                    text = t(
                        "sync.conflict.side",
                        label=label,
                        author=head.author,
                        device=head.device_id[:8],
                        when=head.created_at,
                    )
                    if head.deleted:
                        text += " " + t("sync.conflict.deleted")
                yield Static(_plain(text), classes="conflict-side")
        yield DataTable(id="conflict-parts", cursor_type="row", zebra_stripes=True)
        yield Footer()

    @property
    def table(self) -> DataTable:
        return self.query_one("#conflict-parts", DataTable)

    def on_mount(self) -> None:
        self.table.add_column(t("sync.conflict.col_part"), key="part")
        self.table.add_column("A", key="a")
        self.table.add_column("B", key="b")
        self.table.add_column(t("sync.conflict.col_choice"), key="choice")
        if not self.differences:
            self.table.add_row(_plain(t("sync.conflict.same")), "", "", "")
        for difference in self.differences:
            self.table.add_row(
                _plain(part_label(difference)),
                _plain(part_value(difference.a)),
                _plain(part_value(difference.b)),
                "A",
                key=difference.unit,
            )
        self.table.focus()

    def _set(self, unit: str, side: merge.Side) -> None:
        self.choices[unit] = side
        self.table.update_cell(unit, "choice", side.upper())

    def action_toggle_side(self) -> None:
        if not self.differences:
            return
        unit = self.differences[self.table.cursor_row].unit
        self._set(unit, "b" if self.choices.get(unit, "a") == "a" else "a")

    def action_keep(self, side: merge.Side) -> None:
        for difference in self.differences:
            self._set(difference.unit, side)

    def action_cancel(self) -> None:
        self.dismiss(False)

    def action_save(self) -> None:
        if self.a is None or self.b is None:
            self.dismiss(False)
            return
        chosen_sides = {self.choices.get(d.unit, "a") for d in self.differences} or {"a"}
        # A tombstone wins only when every part was taken from the deleted side.
        deleted = len(chosen_sides) == 1 and (self.a if chosen_sides == {"a"} else self.b).deleted
        try:
            merged: Observation = service.merged_observation(self.a, self.b, self.choices)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            self.notify(t("sync.conflict.error", detail=str(exc).splitlines()[0]), severity="error")
            return
        self.save_resolution(merged, deleted)

    @work(thread=True, exclusive=True, exit_on_error=False, group="resolve")
    def save_resolution(self, merged: Observation, deleted: bool) -> None:
        try:
            service.resolve(self.context, self.observation_id, merged, deleted=deleted)
        except Exception as exc:
            self.app.call_from_thread(
                self.notify, t("sync.conflict.error", detail=failure_text(self.app, exc)), severity="error"
            )
            return
        self.app.call_from_thread(self._saved)

    def _saved(self) -> None:
        self.notify(t("sync.conflict.saved"))
        self.dismiss(True)
