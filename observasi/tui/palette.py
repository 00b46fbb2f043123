"""What the app asks of its screens (their palette commands, a fresh copy after a language
switch, a question before a form's typing is dropped) and the palette's entries the whole
app offers after the screen's own."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from textual.app import SystemCommand
from textual.screen import Screen

from observasi.i18n import t
from observasi.tui.textual_adapter import SaidCommandPalette

# (title, help text, callback): one entry of the command palette.
PaletteCommand = tuple[str, str, Callable[[], Any]]


@runtime_checkable
class AsksBeforeLeaving(Protocol):
    """A form that asks before what was typed in it is dropped (Esc, and ctrl+q too)."""

    def ask_before_leaving(self, leave: Callable[[], object], stay: Callable[[], object]) -> None: ...


def form_that_asks(stack: Iterable[Screen[Any]]) -> AsksBeforeLeaving | None:
    """The uppermost open form of *stack* (bottom first) that asks before its typing is
    dropped, even under the screen on top (the walk: ctrl+q on the sync screen reached
    through the welcome's "Gabung" dropped the welcome's unsaved names without a word)."""
    for screen in reversed(list(stack)):
        if isinstance(screen, AsksBeforeLeaving):
            return screen
    return None


@runtime_checkable
class ScreenHooks(Protocol):
    """What the app asks of a screen (every screen of :mod:`observasi.tui.base` has both)."""

    def rebuilt(self) -> Screen[Any] | None:
        """A fresh copy of the screen after a language switch (None: not kept)."""
        ...

    def palette_commands(self) -> list[PaletteCommand]:
        """The screen's own commands for the command palette."""
        ...


def command_palette(**options: Any) -> SaidCommandPalette:
    """Textual's command palette (with *options*) that says "no matches" in the display language."""
    return SaidCommandPalette(no_matches=t("fx10s.palette.none"), **options)


def app_commands(app: Any, own: list[tuple[str, str, Any]]) -> Iterator[SystemCommand]:
    for title, help_text, callback in own:
        yield SystemCommand(title, help_text, callback)
    yield SystemCommand(t("tui.cmd.new"), t("tui.cmd.new_help"), app.action_new_observation)
    yield SystemCommand(t("tui.cmd.language"), t("tui.cmd.language_help"), app.action_toggle_language)
    yield SystemCommand(t("tui.cmd.theme"), t("tui.cmd.theme_help"), app.action_change_theme)
    yield SystemCommand(t("tui.cmd.settings"), t("tui.cmd.settings_help"), app.action_settings)
    yield SystemCommand(t("forms2.tui.title"), t("forms2.tui.cmd_help"), app.action_forms)
    yield SystemCommand(t("tui.cmd.sync"), t("tui.cmd.sync_help"), app.action_sync)
    if hasattr(app, "action_verify_sheet"):  # the observasi app (a test's bare shell has no dialogs)
        yield SystemCommand(t("fx10s.cmd.key"), t("fx10s.cmd.key_help"), app.action_signing_key)
        yield SystemCommand(t("walk9.verify.cmd"), t("walk9.verify.cmd_help"), app.action_verify_sheet)
    yield SystemCommand(t("tui.cmd.recap"), t("tui.cmd.recap_help"), app.action_recap)
    yield SystemCommand(t("tui.cmd.help"), t("tui.cmd.help_help"), app.action_help)
    yield SystemCommand(t("tui.cmd.quit"), t("tui.cmd.quit_help"), app.action_quit)
