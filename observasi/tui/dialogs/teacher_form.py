"""Add or edit one teacher: name, NIP, NUPTK, JK, Jenis PTK, subject, rank.

The values are checked as a roster's cells are (NIP 18 digits with a real birth date, NUPTK
16, one NIP or NUPTK per teacher); each problem is shown under its field and nothing is
saved until all are right. Esc with edits asks before throwing them away. Gives back the
saved teacher (None when cancelled).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Select, Static

from observasi.core.text import displayable
from observasi.errors import UserError
from observasi.i18n import t
from observasi.roster.teachers import TeacherInvalid, add_teacher, update_teacher
from observasi.tui.base import BaseModal

if TYPE_CHECKING:
    from observasi.context import AppContext
    from observasi.queries.people import Teacher

# The typed fields, in order (JK is a choice, after NUPTK).
TEXT_FIELDS = ("name", "nip", "nuptk", "ptk_type", "subject", "rank")
PTK_TYPES = [
    "Guru Mapel",
    "Guru Kelas",
    "Guru BK",
    "Guru TIK",
    "Guru Pendamping Khusus",
    "Kepala Sekolah",
]


class TeacherDialog(BaseModal["Teacher | None"]):
    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="teacher.cancel"),
        Binding("ctrl+s", "save", "tui.key.save", id="teacher.save"),
    ]

    def __init__(self, context: AppContext, teacher: Teacher | None = None, *, observations: int = 0) -> None:
        super().__init__()
        self.context = context
        self.teacher = teacher
        self.observations = observations
        self.initial = {key: (getattr(teacher, key) if teacher else "") for key in (*TEXT_FIELDS, "gender")}
        if self.initial["gender"] not in ("L", "P"):
            self.initial["gender"] = ""  # only L or P is offered; an older import may have kept other text

    def compose(self) -> ComposeResult:
        title = t("tui.teacher.edit_title", name=self.teacher.name) if self.teacher else t("tui.teacher.add_title")
        with Vertical(classes="dialog teacher-dialog"):
            yield Label(displayable(title), classes="dialog-title", markup=False)
            with VerticalScroll(classes="dialog-body"):
                for key in TEXT_FIELDS[:3]:
                    yield from self._field(key)
                with Horizontal(classes="teacher-row"):
                    yield Label(t("roster.field.gender"), classes="teacher-label")
                    yield Select(
                        [(t("tui.teacher.gender_l"), "L"), (t("tui.teacher.gender_p"), "P")],
                        value=self.initial["gender"] or Select.NULL,
                        prompt=t("tui.teacher.gender_none"),
                        compact=True,
                        id="teacher-gender",
                    )
                yield Static("", id="error-gender", classes="teacher-error")
                for key in TEXT_FIELDS[3:]:
                    yield from self._field(key)
            if self.teacher is not None and self.observations:
                yield Static(Text(t("tui.teacher.edit_note", count=self.observations)), classes="hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.dialog.save"), variant="primary", id="teacher-save")
                yield Button(t("tui.dialog.cancel"), id="cancel")

    def _field(self, key: str) -> ComposeResult:
        suggester = SuggestFromList(PTK_TYPES, case_sensitive=False) if key == "ptk_type" else None
        with Horizontal(classes="teacher-row"):
            yield Label(t(f"tui.teacher.label.{key}"), classes="teacher-label")
            yield Input(self.initial[key], id=f"teacher-{key}", compact=True, suggester=suggester)
        yield Static("", id=f"error-{key}", classes="teacher-error")

    def on_mount(self) -> None:
        self.query_one("#teacher-name", Input).focus()

    def values(self) -> dict[str, str]:
        values = {key: self.query_one(f"#teacher-{key}", Input).value for key in TEXT_FIELDS}
        gender = self.query_one("#teacher-gender", Select).value
        values["gender"] = gender if isinstance(gender, str) else ""
        return values

    @on(Input.Submitted)
    @on(Button.Pressed, "#teacher-save")
    def action_save(self) -> None:
        for error in self.query(".teacher-error").results(Static):
            error.update("")
            error.remove_class("shown")
        try:
            if self.teacher is None:
                saved = add_teacher(self.context, self.values())
            else:
                saved = update_teacher(self.context, self.teacher.id, self.values())
        except TeacherInvalid as exc:
            for key, problem in exc.problems.items():
                error = self.query_one(f"#error-{key}", Static)
                error.update(Text(problem, style="bold red"))
                error.add_class("shown")
            first = next(key for key in (*TEXT_FIELDS[:3], "gender", *TEXT_FIELDS[3:]) if key in exc.problems)
            self.query_one(f"#teacher-{first}").focus()
            return
        except UserError as exc:
            self.notify(exc.message, severity="error", timeout=8)
            return
        self.dismiss(saved)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        from observasi.tui.dialogs.questions import ConfirmDialog

        if self.values() == self.initial:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        dialog = ConfirmDialog(
            t("tui.teacher.discard_title"), [t("tui.teacher.discard_line")], t("tui.teacher.discard"), destructive=True
        )
        self.app.push_screen(dialog, answered)
