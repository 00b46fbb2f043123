"""F1: the keys of the screen underneath, with what they do, and a word on how it works."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from observasi.i18n import t
from observasi.tui.base import BaseModal, BaseScreen


def key_rows(screen: Screen[Any]) -> list[tuple[str, str]]:
    """(keys, description) for every binding that is active on *screen*, hidden ones
    included; keys doing the same thing are shown together (1 2 3 4)."""
    rows: dict[str, list[str]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.system or not binding.description:
            continue
        if type(active.node).__module__.startswith("textual."):
            continue  # a plain Textual widget: its descriptions are English only
        display = screen.app.get_key_display(binding)
        # The footer shows a short description; its tooltip, where there is one, says more.
        keys = rows.setdefault(binding.tooltip or binding.description, [])
        if display not in keys:
            keys.append(display)
    return [(" ".join(keys), description) for description, keys in rows.items()]


class HelpScreen(BaseModal[None]):
    BINDINGS = [
        Binding("escape,f1", "close", "tui.key.close", id="help.close"),
    ]

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self.rows = key_rows(screen)
        self.text = screen.help_text if isinstance(screen, BaseScreen | BaseModal) else ""

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True)
        table.add_column()
        for keys, description in self.rows:
            table.add_row(Text(keys, style="bold"), Text(description))
        with Vertical(classes="dialog help-dialog"):
            yield Label(t("tui.help.title"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body", id="help-body"):
                yield Static(table, id="help-keys")
                if self.text:
                    yield Static(Text(self.text), id="help-text")
            yield Label(t("tui.help.close_hint"), classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
