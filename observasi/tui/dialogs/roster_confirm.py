"""The question a roster import asks before it renames anyone: every change to an existing
teacher's name, NIP or NUPTK listed in full, and three answers: apply them, import without
them, or import nothing. It starts on "Batal": an Enter pressed too soon renames nobody."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from observasi.i18n import t
from observasi.tui.dialogs.questions import ButtonsQuestion, QuestionText


class RenameDialog(ButtonsQuestion["str | None"]):
    """Gives back "all" (apply the renames too), "keep" (import the rest) or None."""

    BINDINGS = [Binding("escape", "cancel", "tui.key.cancel", id="renames.cancel")]

    def __init__(self, teachers: int, lines: list[str]) -> None:
        super().__init__()
        self.teachers = teachers
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("tui.roster.renames_title", count=self.teachers), classes="dialog-title", markup=False)
            with QuestionText():
                for line in self.lines:
                    yield Static(Text(line), classes="dialog-line")
                yield Static(Text(t("tui.roster.renames_note")), classes="hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.roster.apply_all"), variant="warning", id="all")
                yield Button(t("tui.roster.apply_keep"), variant="primary", id="keep")
                yield Button(t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    @on(Button.Pressed, "#all")
    def _all(self) -> None:
        self.dismiss("all")

    @on(Button.Pressed, "#keep")
    def _keep(self) -> None:
        self.dismiss("keep")

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
