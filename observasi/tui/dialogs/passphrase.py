"""The passphrase of this laptop's signing key, asked before a sheet is signed, and where
the app keeps it for the rest of the session (memory only, never written anywhere)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from observasi.errors import UserError
from observasi.i18n import t
from observasi.tui.base import BaseModal

# Where the passphrase lives for the rest of the session: an attribute of the App object
# (whichever app shows the dialogs), in memory only.
PASSPHRASE_ATTR = "observasi_sheet_passphrase"


def remembered_passphrase(app: App[Any]) -> str | None:
    value = getattr(app, PASSPHRASE_ATTR, None)
    return value if isinstance(value, str) and value else None


def remember_passphrase(app: App[Any], passphrase: str | None) -> None:
    """Keep *passphrase* for this session (None forgets it)."""
    setattr(app, PASSPHRASE_ATTR, passphrase)


@contextmanager
def signing_with(app: App[Any], passphrase: str | None, sign: bool) -> Iterator[None]:
    """Around one signing attempt: a passphrase that opened the key is kept for the session
    (not asked again); a remembered one that no longer does (the key changed) is forgotten."""
    try:
        yield
    except UserError:
        if passphrase is not None and remembered_passphrase(app) == passphrase:
            remember_passphrase(app, None)
        raise
    if sign:
        remember_passphrase(app, passphrase)


class PassphrasePrompt(BaseModal[str | None]):
    """Ask for the key's passphrase (hidden). Empty = save without a digital signature."""

    DEFAULT_CSS = """
    PassphrasePrompt { align: center middle; }
    PassphrasePrompt > Vertical { width: 64; max-width: 100%; height: auto; border: round $primary;
                                  padding: 1 2; background: $surface; }
    PassphrasePrompt .hint { width: 100%; height: auto; color: $text-muted; margin-bottom: 1; }
    PassphrasePrompt Horizontal { height: auto; margin-top: 1; }
    PassphrasePrompt Button { margin-right: 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "sheet.tui.cancel", id="sheet.passphrase.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(t("sheet.tui.passphrase_title"), markup=False)
            # A Static wraps to the dialog's width; a Label kept one line and cut the hint.
            yield Static(Text(t("sheet.tui.passphrase_hint")), classes="hint", id="passphrase-hint")
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
