"""Marking a follow-up item done: what was seen, and the day (empty: today)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from observasi.core.dates import parse_date
from observasi.i18n import t
from observasi.tui.base import BaseModal


class FollowUpDoneDialog(BaseModal[tuple[str, str] | None]):
    """Returns (note, ISO day) or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="fudone.cancel"),
        Binding("ctrl+s", "save", "tui.key.save", id="fudone.save"),
    ]

    def __init__(self, teacher: str, action: str, due: str) -> None:
        super().__init__()
        self.teacher = teacher
        self.action_text = action
        self.due = due

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(t("year.tui.done_title"), classes="dialog-title")
            yield Static(Text(f"{self.teacher}: {self.action_text}"), classes="hint")
            yield Static(Text(t("year.tui.done_due", due=self.due or "-")), classes="hint")
            yield Label(t("year.tui.done_note"), classes="field-label")
            yield Input(id="done-note")
            yield Label(t("year.tui.done_date"), classes="field-label")
            yield Input(id="done-date", placeholder=t("tui.date.placeholder"))
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("year.tui.done_save"), variant="primary", id="save")
                yield Button(t("tui.dialog.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#done-note").focus()

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        if event.input.id == "done-date":
            self.action_save()
        else:
            self.focus_next()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        day_text = self.query_one("#done-date", Input).value.strip()
        day = ""
        if day_text:
            try:
                day = parse_date(day_text).isoformat()
            except ValueError:
                self.notify(t("tui.date.invalid", value=day_text), severity="warning")
                self.query_one("#done-date").focus()
                return
        self.dismiss((self.query_one("#done-note", Input).value.strip(), day))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
