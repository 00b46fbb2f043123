"""The teachers: each active teacher with how often they were observed and the nilai of
their latest final observation. Enter opens the teacher's history; a adds a teacher, u
edits one, i imports a roster (with a preview, see the roster import screen), Delete takes
a teacher off the list after saying that their observations stay (r shows the removed
ones, k brings one back); e exports everything held about a teacher and x erases it
(UU 27/2022), after saying what goes; b makes the teacher's evidence bundle (bukti dukung)
for this semester or this calendar year."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static
from textual.widgets.data_table import ColumnKey

from observasi.context import AppContext
from observasi.core.numbers import number_text
from observasi.core.text import displayable
from observasi.i18n import t
from observasi.queries import people
from observasi.queries.people import Teacher, TeacherRow
from observasi.roster import teachers as roster_teachers
from observasi.tui import places
from observasi.tui.base import BaseScreen, cursor_key, restore_cursor
from observasi.tui.dialogs.questions import ConfirmDialog
from observasi.tui.home_columns import PREDIKAT_WIDTH, fit

WIDE = 100  # from this terminal width the titles are whole and the columns wider


class TeachersScreen(BaseScreen[None]):
    TITLE_KEY = "tui.teachers.title"
    HELP_KEY = "tui.teachers.help"
    FOOTER_FROM = {"teachers.remove": 90}  # at 80 columns it would cut f1 help off

    BINDINGS = [
        Binding("escape", "close", "tui.key.back", id="teachers.back"),
        Binding("g", "close", "tui.home.key.observations", id="teachers.observations"),
        Binding("a", "add", "tui.teachers.key.add", id="teachers.add"),
        Binding("u", "edit", "tui.teachers.key.edit", id="teachers.edit"),
        Binding("i", "import_roster", "tui.teachers.key.import", id="teachers.import"),
        Binding("delete", "remove", "tui.teachers.key.remove", id="teachers.remove"),
        Binding("r", "toggle_removed", "tui.teachers.key.show_removed", id="teachers.show_removed", show=False),
        Binding("k", "restore", "tui.teachers.key.restore", id="teachers.restore", show=False),
        Binding("b", "bundle", "reachb.bundle.key", id="teachers.bundle", show=False),
        Binding("e", "export_data", "tui.teachers.key.export", id="teachers.export", show=False),
        Binding("x", "forget", "tui.teachers.key.forget", id="teachers.forget", show=False),
    ]

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.show_removed = False
        self.removed_ids: set[str] = set()
        self.select_after_load: str | None = None  # a teacher just added or edited
        self._wide = False  # the columns' layout shown (see _add_columns)

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
        self._add_columns()
        table.focus()
        self.load_teachers()

    def _add_columns(self) -> None:
        """Every column fits beside the scroll bar: at 80 columns with short titles (the
        line above the table says the nilai is the latest final one), from 100 wider."""
        wide = self.app.size.width >= WIDE
        self._wide = wide
        table = self.table
        table.add_column(t("show.teacher"), key="name", width=28 if wide else 25)
        table.add_column(t("show.subject") if wide else t("ux5.col.subject"), key="subject", width=14 if wide else 10)
        table.add_column(
            t("tui.teachers.col_count") if wide else t("ux5.col.count"), key="count", width=9 if wide else 4
        )
        table.add_column(t("tui.teachers.col_last_date"), key="last_date", width=10)
        nilai_title = t("tui.teachers.col_last_nilai") if wide else t("show.nilai")
        table.add_column(nilai_title, key="last_nilai", width=14 if wide else 6)
        table.add_column(t("show.predikat"), key="predikat", width=PREDIKAT_WIDTH)

    def on_resize(self) -> None:
        if self.is_mounted and self.table.columns and (self.app.size.width >= WIDE) != self._wide:
            self.table.clear(columns=True)
            self._add_columns()
            self.load_teachers()

    def on_screen_resume(self) -> None:
        # Back from a teacher's history: a follow-up or a record may have changed.
        if self.is_mounted and self.table.row_count:
            self.load_teachers()

    @work(thread=True, exclusive=True, group="teachers", exit_on_error=False)
    def load_teachers(self) -> None:
        rows = people.teacher_overview(self.context)
        removed = roster_teachers.removed_teachers(self.context) if self.show_removed else []
        self.app.call_from_thread(self.fill_teachers, rows, removed)

    def fill_teachers(self, rows: list[TeacherRow], removed: list[Teacher] | None = None) -> None:
        table = self.table
        selected = self.select_after_load or cursor_key(table)
        self.select_after_load = None
        table.clear()
        info = self.query_one("#teachers-info", Static)
        # A first day: say how teachers get here, instead of showing an empty table.
        hint = "tui.teachers.hint_removed" if self.show_removed else "tui.teachers.hint"
        info.update(Text(t(hint if rows or removed else "tui.teachers.empty"), style="dim"))
        for row in rows:
            table.add_row(
                # Cut where a reader sees it was ("Pendidikan…"), not mid-word without a mark.
                Text(fit(displayable(row.name), self.table.columns[ColumnKey("name")].width)),
                Text(fit(displayable(row.subject), self.table.columns[ColumnKey("subject")].width)),
                str(row.count),
                row.last_date or "–",
                Text(number_text(row.last_nilai) if row.last_nilai else "–", justify="right"),
                Text(row.last_predikat or ""),
                key=row.id,
            )
        self.removed_ids = {teacher.id for teacher in removed or []}
        for teacher in removed or []:
            table.add_row(
                Text(displayable(teacher.name), style="dim strike"),
                Text(displayable(teacher.subject), style="dim"),
                Text(t("tui.teachers.removed_mark"), style="italic"),
                "",
                "",
                "",
                key=teacher.id,
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

    # -- the list: add, edit, import, remove, bring back ----------------------------------

    def action_add(self) -> None:
        from observasi.tui.dialogs.teacher_form import TeacherDialog

        self.app.push_screen(TeacherDialog(self.context), self._saved)

    def action_edit(self) -> None:
        from observasi.tui.dialogs.teacher_form import TeacherDialog

        teacher = self._selected()
        if teacher is None:
            return
        ok, plan = self.guarded(roster_teachers.removal_plan, self.context, teacher.id)
        observations = plan.observations if ok and plan is not None else 0
        self.app.push_screen(TeacherDialog(self.context, teacher, observations=observations), self._saved)

    def _saved(self, teacher: Teacher | None) -> None:
        if teacher is not None:
            self.notify(t("tui.teachers.added", name=teacher.name))
            self.select_after_load = teacher.id
            self.load_teachers()

    def action_import_roster(self) -> None:
        self.app.open(places.RosterImport(), self._imported)

    def _imported(self, _result: object) -> None:
        self.load_teachers()

    def action_remove(self) -> None:
        teacher = self._selected()
        if teacher is None:
            return
        if teacher.id in self.removed_ids:
            self.action_restore()
            return
        ok, plan = self.guarded(roster_teachers.removal_plan, self.context, teacher.id)
        if not ok or plan is None:
            return

        def answered(confirmed: bool | None) -> None:
            if confirmed:
                ok, _ = self.guarded(roster_teachers.remove_teacher, self.context, teacher.id)
                if ok:
                    self.notify(t("tui.teachers.removed", name=teacher.name))
                    self.load_teachers()

        lines = [*plan.lines(), t("tui.teachers.remove_erase_hint")]
        dialog = ConfirmDialog(
            t("tui.teachers.remove_title", name=teacher.name), lines, t("tui.teachers.remove_button")
        )
        self.app.push_screen(dialog, answered)

    def action_toggle_removed(self) -> None:
        self.show_removed = not self.show_removed
        self.load_teachers()

    def action_restore(self) -> None:
        teacher = self._selected()
        if teacher is None:
            return
        if teacher.id not in self.removed_ids:
            self.notify(t("tui.teachers.not_removed", name=teacher.name), severity="warning")
            return
        ok, _ = self.guarded(roster_teachers.restore_teacher, self.context, teacher.id)
        if ok:
            self.notify(t("tui.teachers.restored", name=teacher.name))
            self.load_teachers()

    # -- personal data (UU 27/2022) ----------------------------------------------------------

    def action_bundle(self) -> None:
        from observasi.tui.dialogs.bundle import bundle_dialog

        teacher = self._selected()
        if teacher is not None:
            self.app.push_screen(bundle_dialog(self.context, teacher))

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
        target = paths.teacher_export_dir(self.context.settings.files_dir, teacher.name)
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
