"""The passphrase of this laptop's signing key, asked before a sheet is signed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from observasi.i18n import t
from observasi.tui.base import BaseModal


class PassphrasePrompt(BaseModal[str | None]):
    """Ask for the key's passphrase (hidden). Empty = save without a digital signature."""

    DEFAULT_CSS = """
    PassphrasePrompt { align: center middle; }
    PassphrasePrompt > Vertical { width: 64; height: auto; border: round $primary; padding: 1 2;
                                  background: $surface; }
    PassphrasePrompt .hint { color: $text-muted; margin-bottom: 1; }
    PassphrasePrompt Horizontal { height: auto; margin-top: 1; }
    PassphrasePrompt Button { margin-right: 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "sheet.tui.cancel", id="sheet.passphrase.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(t("sheet.tui.passphrase_title"), markup=False)
            yield Label(t("sheet.tui.passphrase_hint"), classes="hint", markup=False)
            yield Input(password=True, id="passphrase")
            with Horizontal():
                yield Button(t("sheet.tui.ok"), variant="primary", id="ok")
                yield Button(t("sheet.tui.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#passphrase", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def action_ok(self) -> None:
        self.dismiss(self.query_one("#passphrase", Input).value)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
