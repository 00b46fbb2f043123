"""The Program Supervisi Akademik of the current semester: the schedule as a table, planned
over the weeks the principal chooses (p), a row moved (m) or edited (u), a row started
(Enter: its observation is created and its pre-observation opens), the purpose, targets,
team and supervisor edited (e), the programme printed as PDF (c; signed: t), and the
semester's laporan supervisi akademik made, signed on request, and printed (r)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from observasi.context import AppContext
from observasi.core.dates import parse_date, semester_label, short_date
from observasi.core.programme import Programme, TeamMember, update_row
from observasi.errors import UserError
from observasi.i18n import t
from observasi.queries import programme as programmes
from observasi.queries.reports import can_sign
from observasi.tui import places
from observasi.tui.base import BaseScreen, PaletteCommand, cursor_key, restore_cursor
from observasi.tui.dialogs.fields_form import Field, FieldsForm
from observasi.tui.dialogs.make_file import Made, MakeFileDialog, Variant


def _day(text: str, label: str) -> dt.date:
    try:
        return parse_date(text)
    except ValueError:
        raise UserError(t("year.err.day", label=label, value=text.strip() or "-")) from None


def team_lines(team: list[TeamMember]) -> str:
    return "\n".join(f"{m.name}: {m.role}" if m.role else m.name for m in team)


def parse_team(text: str) -> list[TeamMember]:
    """One member a line, ``Name: role`` (the role may be left out)."""
    members = []
    for line in text.splitlines():
        name, _, role = line.partition(":")
        if name.strip():
            members.append(TeamMember(name=name.strip(), role=role.strip()))
    return members


class ProgrammeScreen(BaseScreen[None]):
    TITLE_KEY = "year.tui.prog.title"
    HELP_KEY = "year.tui.prog.help"
    # Narrower terminals would push f1 help off the footer; F1 lists every key.
    FOOTER_FROM = {
        "programme.edit": 90,
        "programme.move": 120,
        "programme.row": 120,
        "programme.clash": 120,  # said in the summary when there is something to choose
    }
    DEFAULT_CSS = """
    ProgrammeScreen #programme-summary { height: auto; padding: 0 1; }
    ProgrammeScreen #schedule { height: 1fr; }
    """

    BINDINGS = [
        Binding("escape", "close", "tui.key.back", id="programme.back"),
        Binding("p", "plan", "year.tui.prog.key.plan", id="programme.plan"),
        Binding("m", "move", "year.tui.prog.key.move", id="programme.move"),
        Binding("u", "edit_row", "year.tui.prog.key.row", id="programme.row"),
        Binding("e", "edit", "year.tui.prog.key.edit", id="programme.edit"),
        Binding("c", "print", "firstdayb.prog.key.print", id="programme.print"),
        Binding("t", "sign", "year.tui.prog.key.sign", id="programme.sign", show=False),
        Binding("r", "report", "reachb.report.key", id="programme.report"),
        Binding("k", "clash", "year3.clash.key", id="programme.clash"),
    ]

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.programme: Programme | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="programme-summary")
        yield DataTable(id="schedule", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    @property
    def table(self) -> DataTable[Any]:
        return self.query_one("#schedule", DataTable)

    def on_mount(self) -> None:
        table = self.table
        table.add_column(t("sheet.col.no"), key="no", width=3)
        table.add_column(t("year.pdf.col.when"), key="when", width=18)
        table.add_column(t("year.pdf.col.teacher"), key="teacher", width=23)
        table.add_column(t("year.tui.prog.col.state"), key="state", width=9)
        table.add_column(t("year.pdf.col.focus"), key="focus")
        table.add_column(t("year.pdf.col.observer"), key="observer")
        self.reload()
        table.focus()

    def on_screen_resume(self) -> None:
        if self.programme is not None:
            self.reload()

    def reload(self) -> None:
        self.show(programmes.current(self.context))

    def show(self, prog: Programme) -> None:
        self.programme = prog
        started = sum(1 for r in prog.schedule if r.observation_id)
        summary = t(
            "year.tui.prog.summary",
            semester=semester_label(prog.semester),
            rows=len(prog.schedule),
            started=started,
        )
        if not prog.schedule:
            summary += "\n" + t("year.tui.prog.empty")
        text = Text(summary)
        text.append(self._clash_line(prog), style="bold yellow")
        self.query_one("#programme-summary", Static).update(text)
        table = self.table
        selected = cursor_key(table)
        table.clear()
        for n, row in enumerate(prog.schedule, 1):
            if row.planned_date:
                when = short_date(dt.date.fromisoformat(row.planned_date))
            elif row.week:
                when = t("year.tui.prog.week_of", day=short_date(dt.date.fromisoformat(row.week)))
            else:
                when = "-"
            state = Text(t("year.tui.prog.started"), style="green") if row.observation_id else Text("")
            table.add_row(
                str(n),
                when,
                Text(row.teacher_name),
                state,
                Text(row.focus),
                Text(row.observer, style="dim"),
                key=row.id,
            )
        restore_cursor(table, selected)

    def _row_id(self) -> str | None:
        key = cursor_key(self.table)
        if key is None:
            self.notify(t("year.tui.prog.no_row"), severity="warning", timeout=4)
        return key

    # -- planning ------------------------------------------------------------------------------------

    def action_plan(self) -> None:
        prog = self.programme
        if prog is None:
            return
        today = dt.date.today()

        def accept(values: dict[str, str]) -> None:
            first = _day(values["first"], t("year.tui.prog.first_week"))
            try:
                weeks = int(values["weeks"].strip())
            except ValueError:
                raise UserError(t("year.err.weeks_number", value=values["weeks"].strip() or "-")) from None
            skip = [
                _day(part, t("year.tui.prog.skip"))
                for part in values["skip"].replace(";", ",").split(",")
                if part.strip()
            ]
            self.show(programmes.plan(self.context, prog, first, weeks, skip))

        fields = [
            Field(
                "first",
                t("year.tui.prog.first_week"),
                today.strftime("%d/%m/%Y"),
                placeholder=t("tui.date.placeholder"),
            ),
            Field("weeks", t("year.tui.prog.weeks"), "8"),
            Field("skip", t("year.tui.prog.skip"), placeholder=t("year.tui.prog.skip_placeholder")),
        ]
        hint = t("year.tui.prog.plan_hint")
        if any(r.observation_id for r in prog.schedule):
            hint += " " + t("year.tui.prog.plan_keeps")
        self.app.push_screen(FieldsForm(t("year.tui.prog.plan_title"), fields, accept, hint))

    def action_move(self) -> None:
        prog, row_id = self.programme, self._row_id()
        if prog is None or row_id is None:
            return
        row = prog.row(row_id)

        def accept(values: dict[str, str]) -> None:
            text = values["day"].strip()
            whole_week = text.lower().startswith(("minggu ", "week "))
            if whole_week:
                text = text.split(" ", 1)[1]
            day = _day(text, t("year.tui.prog.move_day"))
            self.show(programmes.move(self.context, prog, row.id, day, exact_day=not whole_week))

        current = dt.date.fromisoformat(row.day).strftime("%d/%m/%Y") if row.day else ""
        fields = [Field("day", t("year.tui.prog.move_day"), current, placeholder=t("tui.date.placeholder"))]
        title = t("year.tui.prog.move_title", teacher=row.teacher_name)
        self.app.push_screen(FieldsForm(title, fields, accept, t("year.tui.prog.move_hint")))

    def action_edit_row(self) -> None:
        prog, row_id = self.programme, self._row_id()
        if prog is None or row_id is None:
            return
        row = prog.row(row_id)

        def accept(values: dict[str, str]) -> None:
            form_id = values["form"].strip()
            if form_id and self.context.catalog.get(form_id) is None:
                raise UserError(t("year.err.no_form", form=form_id))
            changed = update_row(
                prog, row.id, observer=values["observer"].strip(), focus=values["focus"].strip(), form_id=form_id
            )
            self.show(programmes.save(self.context, changed))

        fields = [
            Field("observer", t("year.pdf.col.observer"), row.observer),
            Field("form", t("year.tui.prog.form"), row.form_id),
            Field("focus", t("year.pdf.col.focus"), row.focus, multiline=True),
        ]
        self.app.push_screen(FieldsForm(row.teacher_name, fields, accept))

    def action_edit(self) -> None:
        prog = self.programme
        if prog is None:
            return

        def accept(values: dict[str, str]) -> None:
            team = parse_team(values["team"])
            changed = prog.model_copy(
                update={
                    "purpose": values["purpose"].strip(),
                    "targets": values["targets"].strip(),
                    "team": team,
                    "supervisor_name": values["supervisor"].strip(),
                    "supervisor_id_number": values["supervisor_nip"].strip(),
                }
            )
            self.show(programmes.save_edited(self.context, changed))

        fields = [
            Field("purpose", t("year.pdf.h.purpose"), prog.purpose, multiline=True),
            Field("targets", t("year.pdf.h.targets"), prog.targets, multiline=True),
            Field("team", t("year.tui.prog.team"), team_lines(prog.team), multiline=True),
            Field("supervisor", t("year.help.supervisor"), prog.supervisor_name),
            Field("supervisor_nip", t("year.help.supervisor_nip"), prog.supervisor_id_number),
        ]
        self.app.push_screen(FieldsForm(t("year.tui.prog.edit_title"), fields, accept))

    # -- starting a row ------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#schedule")
    def _start(self, event: DataTable.RowSelected) -> None:
        prog = self.programme
        if prog is None or not event.row_key.value:
            return
        row = prog.row(event.row_key.value)
        ok, obs = self.guarded(programmes.start, self.context, prog, row.id)
        if not ok or obs is None:
            return
        if row.observation_id == obs.id:
            self.app.open_observation(obs.id)
        else:
            self.notify(t("year.cli.started", teacher=obs.teacher.name, date=obs.date, id=obs.id[:8]))
            self.app.open(places.Details(obs.id))

    # -- changed on two laptops ---------------------------------------------------------------------

    def _clash_line(self, prog: Programme) -> str:
        """Said when another laptop's version waits for a choice (k opens both)."""
        found = programmes.clash(self.context, prog)
        return "\n" + t("year3.clash.waiting", count=len(found.parts)) if found else ""

    def action_clash(self) -> None:
        prog = self.programme
        if prog is None:
            return
        from observasi.tui.dialogs.programme_clash import ProgrammeClashScreen

        self.app.push_screen(ProgrammeClashScreen(self.context, prog), lambda saved: self.reload())

    # -- printing ------------------------------------------------------------------------------------

    def action_print(self) -> None:
        self._document("programme", signed=False)

    def action_sign(self) -> None:
        self._document("programme", signed=True)

    def action_report(self) -> None:
        self._document("report", signed=False)

    def _document(self, which: str, signed: bool) -> None:
        """The programme or the semester's report, in the files folder: said what it holds,
        signed when this laptop has the key and the box is ticked, then where it went, with
        "Cetak" to print it."""
        prog = self.programme
        if prog is None:
            return
        label = semester_label(prog.semester)
        if which == "report":
            observed, teachers = programmes.observed_of(self.context, prog)
            title = t("reachb.report.title", semester=label)
            lines = [
                t("reachb.report.lines", semester=label, rows=len(prog.schedule), observed=observed, teachers=teachers),
                t("reachb.report.holds"),
            ]
            write, said = programmes.write_report, ("year.cli.report", "year.cli.report_signed")
        else:
            title = t("reachb.prog.title", semester=label)
            lines = [t("reachb.prog.lines", rows=len(prog.schedule), team=len(prog.team)), t("reachb.prog.holds")]
            write, said = programmes.write_pdf, ("year.cli.pdf", "year.cli.pdf_signed")

        def make(sign: bool, passphrase: str | None) -> Made:
            path = write(self.context, prog, sign, passphrase)
            return Made(path, t(said[1] if sign else said[0], path=path))

        dialog = MakeFileDialog(
            title,
            lines,
            [Variant(which, t("reachb.report.save"), make)],
            can_sign=can_sign(self.context),
            sign_label=t("reachb.make.sign"),
            printable=True,
            sign_ticked=signed,
            working=t("year.tui.prog.writing"),
        )
        self.app.push_screen(dialog)

    def action_close(self) -> None:
        self.dismiss(None)

    def palette_commands(self) -> list[PaletteCommand]:
        return [
            (t("year.tui.prog.key.plan"), t("year.tui.prog.plan_hint"), self.action_plan),
            (t("year.tui.prog.key.print"), t("year.help.prog_pdf"), self.action_print),
            (t("year.tui.prog.key.sign"), t("year.help.prog_sign"), self.action_sign),
            (t("reachb.report.key"), t("year.help.prog_report"), self.action_report),
        ]
