"""The whole rubric of one indicator, for a terminal too narrow to show it beside the
list (the live screen abbreviates each level to one line there)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Label, Static

from observasi.core.instrument import Instrument
from observasi.core.record import Observation
from observasi.i18n import t
from observasi.tui.base import BaseModal
from observasi.tui.render import rubric


def show_full_rubric(app: App[Any], record: Observation, inst: Instrument, indicator_id: str | None) -> None:
    if indicator_id is not None:
        title = t("firstday.live.rubric_title", id=indicator_id)
        app.push_screen(RubricDialog(title, rubric(record, inst, indicator_id)))


class RubricDialog(BaseModal[None]):
    """A scrollable text and a close button (Esc, f4 or Enter)."""

    BINDINGS = [
        Binding("escape", "close", "firstday.live.rubric_close", id="rubric.close"),
        Binding("f4", "close", "firstday.live.rubric_close", id="rubric.close_f4", show=False),
    ]

    def __init__(self, title: str, body: Text) -> None:
        super().__init__()
        self.heading = title
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.heading, classes="dialog-title", markup=False)
            with VerticalScroll(classes="dialog-body", id="rubric-full"):
                yield Static(self.body)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("firstday.live.rubric_close"), variant="primary", id="close")

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)
