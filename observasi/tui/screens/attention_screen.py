"""What needs attention, item by item: the lessons planned this week, the teachers not yet
observed this semester, the follow-up items overdue and due soon, the records in
conflict. Enter acts on the row (opens the lesson, the teacher's history, marks the
follow-up done, opens a conflict's two versions); 1-4 jump to a list."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from observasi.context import AppContext
from observasi.core.dates import semester_label
from observasi.i18n import t
from observasi.queries import coverage
from observasi.queries.coverage import Coverage
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand, cursor_key, restore_cursor
from observasi.tui.dialogs.followup_done import FollowUpDoneDialog
from observasi.tui.widgets.attention_panel import KINDS, attention_text

PROGRAMME_CLASH = "programme:"  # a conflict row that is a semester's programme, not a record


class AttentionScreen(BaseScreen[None]):
    TITLE_KEY = "year.tui.title"
    HELP_KEY = "year.tui.help"
    DEFAULT_CSS = """
    AttentionScreen #attention-summary { height: auto; padding: 0 1; }
    AttentionScreen #attention-list { height: 1fr; }
    """

    BINDINGS = [
        Binding("escape", "close", "tui.key.back", id="attention.back"),
        Binding("d", "done", "year.tui.key.done", id="attention.done"),
        Binding("o", "open_record", "year.tui.key.open", id="attention.open"),
        Binding("1", "jump('planned')", "year.tui.key.planned", id="attention.planned", show=False),
        Binding("2", "jump('teachers')", "year.tui.key.teachers", id="attention.teachers", show=False),
        Binding("3", "jump('followups')", "year.tui.key.followups", id="attention.followups", show=False),
        Binding("4", "jump('conflicts')", "year.tui.key.conflicts", id="attention.conflicts", show=False),
    ]

    def __init__(self, context: AppContext, kind: str = "planned") -> None:
        super().__init__(context)
        self.kind = kind
        self.found: Coverage | None = None
        # Row key -> what the row is about: (kind, record id, follow-up id or teacher id).
        self.rows: dict[str, tuple[str, str, str]] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="attention-summary")
        yield DataTable(id="attention-list", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#attention-list", DataTable)

    def on_mount(self) -> None:
        table = self.table
        table.add_column(t("year.tui.col.what"), key="what", width=14)
        table.add_column(t("year.tui.col.date"), key="date", width=10)
        table.add_column(t("year.tui.col.teacher"), key="teacher", width=24)
        table.add_column(t("year.tui.col.detail"), key="detail")
        self.reload()
        self.action_jump(self.kind)
        table.focus()

    def on_screen_resume(self) -> None:
        if self.found is not None:
            self.reload()

    def reload(self) -> None:
        found = coverage.attention(self.context)
        self.found = found
        self.query_one("#attention-summary", Static).update(attention_text(found.counts))
        table = self.table
        selected = cursor_key(table)
        table.clear()
        self.rows.clear()

        def add(key: str, about: tuple[str, str, str], what: Text, date: str, teacher: str, detail: str) -> None:
            self.rows[key] = about
            table.add_row(what, date, Text(teacher), Text(detail), key=key)

        for r in found.planned:
            detail = r.subject if r.obs_id else t("year.tui.not_started")
            add(
                f"p:{r.obs_id or 'row-' + r.teacher_id}",
                ("planned", r.obs_id, r.teacher_id),
                Text(t("year.tui.kind.planned")),
                r.date,
                r.teacher_name,
                detail,
            )
        for teacher in found.not_observed:
            detail = t("year.cli.draft_on", date=teacher.planned) if teacher.planned else ""
            add(
                f"t:{teacher.teacher_id}",
                ("teachers", "", teacher.teacher_id),
                Text(t("year.tui.kind.not_observed")),
                "",
                teacher.name,
                detail,
            )
        for label, style, rows in (
            ("year.tui.kind.overdue", "bold red", found.overdue),
            ("year.tui.kind.due", "", found.due),
        ):
            for f in rows:
                add(
                    f"f:{f.obs_id}:{f.followup_id}",
                    ("followups", f.obs_id, f.followup_id),
                    Text(t(label), style=style),
                    f.due,
                    f.teacher_name,
                    f.action,
                )
        for c in found.conflicts:
            add(
                f"c:{c.obs_id}",
                ("conflicts", c.obs_id, ""),
                Text(t("year.tui.kind.conflict"), style="bold red"),
                "",
                c.teacher_name,
                t("ux6.attention.versions", count=c.versions),
            )
        for semester in found.programme_clashes:
            add(
                f"p:{semester}",
                ("conflicts", "", PROGRAMME_CLASH + semester),
                Text(t("year.tui.kind.conflict"), style="bold red"),
                "",
                t("year3.clash.programme", semester=semester_label(semester)),
                t("year3.clash.open"),
            )
        if not self.rows:
            table.add_row(Text(t("year.tui.nothing"), style="dim"), "", "", "", key="none")
        restore_cursor(table, selected)

    # -- moving ----------------------------------------------------------------------------------

    def action_jump(self, kind: str) -> None:
        for index, about in enumerate(self.rows.values()):
            if about[0] == kind:
                self.table.move_cursor(row=index)
                return
        if kind in KINDS:
            self.notify(t(f"year.tui.empty.{kind}"), timeout=4)

    def _current(self) -> tuple[str, str, str] | None:
        key = cursor_key(self.table)
        return self.rows.get(key) if key else None

    # -- acting on a row -------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#attention-list")
    def _selected(self) -> None:
        about = self._current()
        if about is None:
            return
        kind, obs_id, other = about
        if kind == "planned" and obs_id:
            self.app.open_observation(obs_id)
        elif kind == "planned":
            from observasi.queries import programme

            ok, obs = self.guarded(programme.start_for_teacher, self.context, other)
            if ok and obs is not None:
                self.app.open(places.Details(obs.id))
        elif kind == "teachers":
            self.app.open(places.History(other))
        elif kind == "followups":
            self.action_done()
        elif other.startswith(PROGRAMME_CLASH):
            self._choose_programme(other.removeprefix(PROGRAMME_CLASH))
        else:
            self._choose_versions(obs_id)

    def _choose_versions(self, obs_id: str) -> None:
        """The record's two versions, to choose from, here (the walk: Enter opened the sync
        screen, and the conflict was two more keys away)."""
        from observasi.tui.dialogs.conflict import ConflictScreen

        self.app.push_screen(ConflictScreen(self.context, obs_id), lambda resolved: self.reload())

    def _choose_programme(self, semester: str) -> None:
        """Both laptops' versions of the semester's programme, to choose from (any
        semester: the planner shows only the current one)."""
        from observasi.queries import programme
        from observasi.tui.dialogs.programme_clash import ProgrammeClashScreen

        ok, found = self.guarded(programme.current, self.context, semester)
        if ok and found is not None:
            self.app.push_screen(ProgrammeClashScreen(self.context, found), lambda saved: self.reload())

    def action_open_record(self) -> None:
        about = self._current()
        if about is None or not about[1]:
            self.notify(t("year.tui.no_record"), timeout=3)
            return
        self.app.open_observation(about[1])

    def action_done(self) -> None:
        about = self._current()
        if about is None or about[0] != "followups" or self.found is None:
            self.notify(t("year.tui.not_followup"), timeout=4)
            return
        _, obs_id, followup_id = about
        row = next(f for f in [*self.found.overdue, *self.found.due] if f.followup_id == followup_id)

        def saved(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            note, day = answer
            ok, item = self.guarded(coverage.mark_followup_done, self.context, obs_id, followup_id, note, day)
            if ok and item is not None:
                self.notify(t("year.cli.done", action=item.action, date=item.done_on or ""))
                self.reload()

        self.app.push_screen(FollowUpDoneDialog(row.teacher_name, row.action, row.due), saved)

    def action_close(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[PaletteCommand]:
        return [(t("year.tui.key.done"), t("year.tui.done_title"), self.action_done)]
