"""The teachers: each active teacher with how often they were observed and the nilai of
their latest final observation. Enter opens the teacher's history; e exports everything
held about the teacher and Delete erases it (UU 27/2022), after saying what goes."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from observasi.i18n import t
from observasi.queries import people
from observasi.queries.people import Teacher, TeacherRow
from observasi.tui import places
from observasi.tui.base import BaseScreen, cursor_key, restore_cursor
from observasi.tui.dialogs.questions import ConfirmDialog


class TeachersScreen(BaseScreen[None]):
    TITLE_KEY = "tui.teachers.title"

    BINDINGS = [
        Binding("escape", "close", "tui.key.back", id="teachers.back"),
        Binding("g", "close", "tui.home.key.observations", id="teachers.observations"),
        Binding("e", "export_data", "tui.teachers.key.export", id="teachers.export"),
        Binding("delete", "forget", "tui.teachers.key.forget", id="teachers.forget"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(t("tui.teachers.hint"), style="dim"), id="teachers-info")
        yield DataTable(id="teachers", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#teachers", DataTable)

    def on_mount(self) -> None:
        table = self.table
        # Fixed widths so name to last nilai fit in 80 columns; the rest scrolls sideways.
        table.add_column(t("show.teacher"), key="name", width=24)
        table.add_column(t("show.subject"), key="subject", width=12)
        table.add_column(t("tui.teachers.col_count"), key="count")
        table.add_column(t("tui.teachers.col_last_date"), key="last_date")
        table.add_column(t("tui.teachers.col_last_nilai"), key="last_nilai")
        table.add_column(t("show.predikat"), key="predikat")
        table.focus()
        self.load_teachers()

    def on_screen_resume(self) -> None:
        # Back from a teacher's history: a follow-up or a record may have changed.
        if self.is_mounted and self.table.row_count:
            self.load_teachers()

    @work(thread=True, exclusive=True, group="teachers", exit_on_error=False)
    def load_teachers(self) -> None:
        rows = people.teacher_overview(self.context)
        self.app.call_from_thread(self.fill_teachers, rows)

    def fill_teachers(self, rows: list[TeacherRow]) -> None:
        table = self.table
        selected = cursor_key(table)
        table.clear()
        for row in rows:
            table.add_row(
                Text(row.name),
                Text(row.subject),
                str(row.count),
                row.last_date or "–",
                Text(row.last_nilai or "–", justify="right"),
                Text(row.last_predikat or ""),
                key=row.id,
            )
        restore_cursor(table, selected)

    @on(DataTable.RowSelected, "#teachers")
    def _open_teacher(self, event: DataTable.RowSelected) -> None:
        teacher_id = event.row_key.value
        if teacher_id:
            self.app.open(places.History(teacher_id))

    def _selected(self) -> Teacher | None:
        teacher_id = cursor_key(self.table)
        teacher = people.get_teacher(self.context, teacher_id) if teacher_id else None
        if teacher is None:
            self.notify(t("tui.teachers.none_selected"), severity="warning")
        return teacher

    # -- personal data (UU 27/2022) ----------------------------------------------------------

    def action_export_data(self) -> None:
        teacher = self._selected()
        if teacher is not None:
            self.notify(t("tui.teachers.exporting", name=teacher.name))
            self._export(teacher)

    @work(thread=True, exclusive=True, group="teachers-privacy", exit_on_error=False)
    def _export(self, teacher: Teacher) -> None:
        from observasi import paths
        from observasi.privacy import export_teacher

        # A failure is reported by the app like any worker's (see observasi.tui.base).
        target = paths.teacher_export_dir(self.context.settings.data_dir, teacher.name)
        result = export_teacher(self.context, teacher, target)
        lines = [
            t(
                "tui.teachers.exported",
                name=teacher.name,
                folder=target,
                count=result.observations,
                pdfs=len(result.pdfs),
            )
        ]
        lines += [t("privacy.export.pdf_problem", detail=problem) for problem in result.pdf_problems]
        severity = "warning" if result.pdf_problems else "information"
        self.app.call_from_thread(self.notify, "\n".join(lines), severity=severity, timeout=12)

    def action_forget(self) -> None:
        from observasi.privacy import plan_lines

        teacher = self._selected()
        if teacher is None:
            return
        ok, plan = self.guarded(people.forget_plan, self.context, teacher)
        if not ok or plan is None:
            return
        lines = [*plan_lines(plan, self.context.settings.data_dir), t("tui.teachers.forget_hint")]

        def answered(confirmed: bool | None) -> None:
            if confirmed:
                self._forget(teacher)

        dialog = ConfirmDialog(
            t("privacy.forget.confirm", name=teacher.name), lines, t("tui.teachers.forget_button"), destructive=True
        )
        self.app.push_screen(dialog, answered)

    @work(thread=True, exclusive=True, group="teachers-privacy", exit_on_error=False)
    def _forget(self, teacher: Teacher) -> None:
        from observasi.privacy import done_lines

        forgotten = people.forget_teacher(self.context, teacher)
        message = "\n".join(done_lines(teacher, forgotten, self.context.settings.data_dir))
        severity = "warning" if forgotten.sheets_left else "information"
        self.app.call_from_thread(self.notify, message, severity=severity, timeout=10)
        self.app.call_from_thread(self.load_teachers)

    def action_close(self) -> None:
        self.dismiss(None)
