"""Undo hiding: the colleagues' forms this laptop hid, one button each; the one pressed goes
back on the Instrumen list (its id is returned; None when cancelled)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Label, Static

from observasi.core.text import displayable
from observasi.i18n import t
from observasi.sync.form_offers import HiddenForm
from observasi.tui.dialogs.questions import ButtonsQuestion, QuestionText


class HiddenFormsDialog(ButtonsQuestion["str | None"]):
    BINDINGS = [Binding("escape", "cancel", "tui.key.cancel", id="hidden_forms.cancel")]

    def __init__(self, hidden: list[HiddenForm]) -> None:
        super().__init__()
        self.hidden = hidden

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("ux7s.forms.show_title"), classes="dialog-title", markup=False)
            with QuestionText():
                yield Static(Text(t("ux7s.forms.show_text")), classes="dialog-line")
            with Vertical(classes="dialog-choices"):
                for number, form in enumerate(self.hidden):
                    label = t("ux7s.forms.versions", title=form.title, versions=", ".join(form.versions))
                    yield Button(displayable(label), id=f"form-{number}")
            yield Button(t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def chosen(self, event: Button.Pressed) -> None:
        name = event.button.id or ""
        self.dismiss(self.hidden[int(name.removeprefix("form-"))].id if name.startswith("form-") else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
