"""The welcome steps after the school and the observer are saved: the signing key and
the teachers. Each can be skipped; both are found again in Settings (f2)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, Footer, Header, Label, Static

from observasi.i18n import t
from observasi.tui import places
from observasi.tui.base import BaseScreen
from observasi.tui.widgets.setup_panels import KeyPanel, RosterPanel, SetupPanel


class SetupScreen(BaseScreen[None]):
    TITLE_KEY = "firstday.steps.title"
    HELP_KEY = "firstday.steps.intro"

    BINDINGS = [
        Binding("escape", "done", "firstday.steps.done", id="setup.done"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="setup-body"):
            yield Static(Text(t("firstday.steps.intro")), id="setup-intro")
            yield Label(t("firstday.steps.key"), classes="section-title")
            yield KeyPanel()
            yield Label(t("firstday.steps.roster"), classes="section-title")
            yield Static(Text(t("firstday.steps.roster_hint"), style="dim"), classes="hint")
            yield RosterPanel()
            yield Button(t("firstday.steps.done"), variant="primary", id="setup-done")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        first = self.query_one("#make-key", Button)
        (first if first.display else self.query_one("#roster-import", Button)).focus()

    def on_screen_resume(self) -> None:
        for panel in self.query(SetupPanel):
            panel.show_status()

    @on(Button.Pressed, "#setup-done")
    def action_done(self) -> None:
        self.app.replace_with(places.Home())
